"""A spaCy ``Doc`` per document with span groups 'offices', 'deadlines', 'references' (and
'tasks'), so notebooks can show them with displaCy and a trained component can later
replace the rules.

Tokenizer: ``spacy.blank('vi')`` segments words with pyvi (installed with the project), so
'Tài chính' is one token; offices are matched on top of it with a ``PhraseMatcher`` built from
the gazetteer (attribute ORTH: 'thanh tra' the activity is not 'Thanh tra' the body), and deadlines and cited documents come from the same
patterns the extractor uses (char offsets -> ``Doc.char_span(alignment_mode='expand')``), so
the spans shown are exactly what extraction used.  When pyvi is missing we fall back to
``spacy.blank('xx')`` (whitespace and punctuation tokens): the spans stay right, only the
tokens are syllables.
"""
from __future__ import annotations

from functools import lru_cache

from pipeline.model import Document


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    try:
        return spacy.blank("vi")
    except Exception:  # noqa: BLE001 - pyvi missing or broken: a tokenizer that needs nothing
        return spacy.blank("xx")


@lru_cache(maxsize=2)
def _office_matcher(models_dir: str | None = None):
    from spacy.matcher import PhraseMatcher

    from pipeline.extract.offices import gazetteer_path, load_gazetteer

    nlp = _nlp()
    gaz = load_gazetteer(gazetteer_path(models_dir) if models_dir else None)
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")  # case kept: 'thanh tra' the verb is no body
    variants = sorted({r["variant"] for r in gaz.rows})
    matcher.add("OFFICE", list(nlp.tokenizer.pipe(variants)))
    return matcher


def body_text(doc: Document) -> str:
    """The repaired text the spans point into: lines joined by newlines (no page marks)."""
    return "\n".join(ln.text for ln in doc.lines)


def build_spacy_doc(doc: Document, models_dir: str | None = None):
    """Build (and store in ``doc.spacy_doc``) a spaCy Doc of the document's repaired text.

    Span groups: 'offices' (gazetteer phrases, labelled OFFICE, plus the extractor's office
    matches with their canonical name as label), 'deadlines' (the deadline phrases of the
    tasks, label DEADLINE, or RECURRENCE when no date), 'references' (cited documents, label
    the document type) and 'tasks' (each task sentence, label TASK)."""
    import re

    from spacy.tokens import Span
    from spacy.util import filter_spans

    from pipeline.extract.offices import gazetteer_path, load_gazetteer
    from pipeline.extract.tasks import find_references
    from pipeline.extract.temporal import TRIGGER_RE, find_dates

    text = body_text(doc)
    nlp = _nlp()
    sdoc = nlp(text)
    starts = []
    pos = 0
    for ln in doc.lines:
        starts.append(pos)
        pos += len(ln.text) + 1

    def span(a: int, b: int, label: str) -> Span | None:
        sp = sdoc.char_span(a, b, label=label, alignment_mode="expand")
        return sp

    # every pattern runs on the text with newlines as spaces: same length, so offsets hold and
    # phrases wrapped over two lines are found
    flat = text.replace("\n", " ")

    # offices: PhraseMatcher over the gazetteer + the extractor's own matches (jurisdiction kept)
    office_spans = [Span(sdoc, s, e, label="OFFICE") for _m, s, e in _office_matcher(models_dir)(sdoc)]
    gaz = load_gazetteer(gazetteer_path(models_dir) if models_dir else None)
    for m in gaz.find(flat, fuzzy=False):
        sp = span(m.start, m.end, "OFFICE")
        if sp is not None:
            office_spans.append(sp)
    sdoc.spans["offices"] = filter_spans(office_spans)

    refs = find_references(flat)
    ref_spans = [sp for a, b, _t, ty, _n, _d in refs if (sp := span(a, b, ty or "REFERENCE")) is not None]
    sdoc.spans["references"] = filter_spans(ref_spans)

    dl_spans = []
    masks = [(a, b) for a, b, *_ in refs]
    for h in find_dates(flat, None, masks):
        if not h.triggered:
            continue
        before = flat[max(0, h.start - 40):h.start]
        m = TRIGGER_RE.search(before)
        a = h.start - (len(before) - m.start()) if m else h.start
        if (sp := span(a, h.end, "DEADLINE")) is not None:
            dl_spans.append(sp)
    for t in doc.tasks:  # meeting dates and attribute lines: the phrase the task's date came from
        if t.deadline_text and (t.deadline or t.recurrence):
            pat = r"\s+".join(map(re.escape, t.deadline_text.split()))
            m = re.search(pat, flat)
            if m and (sp := span(m.start(), m.end(), "DEADLINE" if t.deadline else "RECURRENCE")) is not None:
                dl_spans.append(sp)
    for m in re.finditer(r"(?:hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)|định\s+kỳ(?:\s+(?:0?6|sáu)\s+tháng)?|theo\s+từng\s+tháng", flat, re.I):
        if (sp := span(m.start(), m.end(), "RECURRENCE")) is not None:
            dl_spans.append(sp)
    sdoc.spans["deadlines"] = filter_spans(dl_spans)

    # tasks: find each task's words in order from its first line
    task_spans = []
    for t in doc.tasks:
        if not 1 <= t.line_start <= len(doc.lines):
            continue
        words = t.text.split()
        pat = r"\s+".join(map(re.escape, words))
        m = re.compile(pat).search(flat, starts[t.line_start - 1])
        if m and (sp := span(m.start(), m.end(), "TASK")) is not None:
            task_spans.append(sp)
    sdoc.spans["tasks"] = task_spans
    doc.spacy_doc = sdoc
    return sdoc


def render(doc: Document, group: str = "offices", jupyter: bool | None = None):
    """displaCy 'span' view of one span group (in a notebook: ``render(doc, 'deadlines')``)."""
    from spacy import displacy

    sdoc = doc.spacy_doc or build_spacy_doc(doc)
    return displacy.render(sdoc, style="span", options={"spans_key": group}, jupyter=jupyter)
