"""A learned office tagger: a CRF over syllable tokens, BIO tags with lead/support.

Wired in (crf14) as a fallback: a task the rules give no office gets the bodies the tagger reads
in its sentence and the lead-in lines above it (:func:`crf_fallback`), each marked with source
'crf' in the output (``task_offices.source``; the task's ``office_source`` column) and kept only
when the gazetteer knows it as a body.  The tagger file is ``models/office_crf.crfsuite``, built by
``models/build_office_crf.py`` (``make models``); without it (or without python-crfsuite) the
pipeline runs on its rules alone.  ``benchmarks/office_crf.py`` trains it on the office_spans batches
before k and tests it on batch k, beside the rules' blind first pass on the same batch: the
question is whether a learned tagger generalises to unseen wordings better than the rules do.

A row of office_spans is one task sentence (``target``, else the text's first line) with the
lines above it that name its doer (headings, lead-ins).  The sequence tagged is the kept context
(lines ending with ':', article / section titles, short lines) followed by the target; tokens
are syllables, words joined by '-', '/', '&', '.' inside (``TN&MT``, ``TP.HCM``) and single
punctuation marks.  Features: the syllable (lower case) and its shape, neighbours +-2, bigrams,
membership in a gazetteer match (``pipeline.extract.offices``: its kind and B/I position), cue
words before ('giao', 'chủ trì', 'phối hợp', 'đề nghị', 'yêu cầu', ...) and after ('chủ trì',
'có trách nhiệm', ...), punctuation, whether the token is in the target or in a context line and
whether that line is a heading.  Tags: B-L / I-L (the lead), B-S / I-S (other offices), O.
sklearn-crfsuite comes with pyvi (a dependency of the project).
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass

CONTEXT = "all"  # "all": every line of the row; "kept": headings, lead-ins and short lines only
_TOKEN_RE = re.compile(r"[^\W_]+(?:[-/&.][^\W_]+)*|[^\w\s]", re.U)
_CTX_HEADING = re.compile(r"^\s*(?:Điều\s+\d|[IVX]+\.|Chương\s|Mục\s|PHẦN\s)|[Tt]rách nhiệm (?:của|thi hành)|[Nn]hiệm vụ(?:, quyền hạn)? của")
_LABEL = re.compile(r"^\s*(?:[-+*•]\s*|\d+(?:\.\d+)*\s*[./)-]\s*|[a-zđ]\)\s*|[IVX]+\.\s*|Điều\s+\d+[a-zđ]?\s*[.:]\s*)")

CUES_BEFORE = ("giao", "chủ trì", "phối hợp", "phối hợp với", "đề nghị", "yêu cầu", "chỉ đạo", "với", "cùng",
               "kính gửi", "gửi", "của", "ủy quyền cho", "phân cấp cho")
CUES_AFTER = ("chủ trì", "phối hợp", "có trách nhiệm", "chịu trách nhiệm", "thực hiện", "khẩn trương", "tổ chức",
              "triển khai", "cần", "phải", "chủ động", "tham mưu", "theo dõi", "báo cáo", "căn cứ", "tiếp tục")


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).casefold()
    return s.replace("uỷ", "ủy").replace("oà", "òa").replace("oá", "óa").replace("oả", "ỏa").replace("thuỷ", "thủy")


@dataclass
class Tok:
    text: str
    start: int
    end: int
    line: int  # index of the line in the source text
    target: bool
    side: int = 0  # -1 before the target, 0 in it, 1 after it


def tokenize(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def _find_seq(hay: list[str], needle: list[str], lo: int = 0) -> int:
    n = len(needle)
    if not n:
        return -1
    for i in range(lo, len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return i
    return -1


def sequence(text: str, target: str | None) -> list[Tok]:
    """The tokens tagged for a row: kept context lines above the target, then the target."""
    toks = tokenize(text)
    if not toks:
        return []
    line_of = []
    starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    li = 0
    for _, s, _e in toks:
        while li + 1 < len(starts) and starts[li + 1] <= s:
            li += 1
        line_of.append(li)
    words = [_norm(t) for t, _, _ in toks]
    tgt = target if target else text.split("\n")[0]
    tw = [_norm(t) for t, _, _ in tokenize(tgt)]
    i = _find_seq(words, tw)
    if i < 0:
        i = _find_seq(words, tw[:8])
        j = i + len(tw) if i >= 0 else -1
    else:
        j = i + len(tw)
    if i < 0:  # not found: the first line is the target
        i, j = 0, sum(1 for x in line_of if x == 0)
    j = min(j, len(toks))
    lines = text.split("\n")
    out: list[Tok] = []
    for k in range(len(toks)):
        if i <= k < j:
            out.append(Tok(toks[k][0], toks[k][1], toks[k][2], line_of[k], True, 0))
        elif CONTEXT == "all" or _keep_context(lines[line_of[k]]):
            out.append(Tok(toks[k][0], toks[k][1], toks[k][2], line_of[k], False, -1 if k < i else 1))
    return out


def _keep_context(line: str) -> bool:
    s = line.strip()
    return s.endswith(":") or bool(_CTX_HEADING.search(s)) or len(tokenize(s)) <= 15


def _shape(t: str) -> str:
    if not re.search(r"\w", t):
        return "P"
    if t.isdigit():
        return "D"
    if t.isupper():
        return "U"
    if t[:1].isupper():
        return "T"
    if t.islower():
        return "L"
    return "M"


def features(seq: list[Tok], text: str, gaz=None) -> list[dict]:
    low = [_norm(t.text) for t in seq]
    n = len(seq)
    # gazetteer matches on the source text, mapped to tokens
    gz = [""] * n
    if gaz is not None and n:
        spans = []
        for o in gaz.find(text):
            spans.append((o.start, o.end, o.kind))
        for k, t in enumerate(seq):
            for s, e, kind in spans:
                if s <= t.start < e:
                    gz[k] = ("B-" if t.start == s else "I-") + kind
                    break
    lines = text.split("\n")
    line_feats = {}
    for t in seq:
        if t.line not in line_feats:
            ln = lines[t.line].strip()
            line_feats[t.line] = {"colon": ln.endswith(":"), "head": bool(_CTX_HEADING.search(ln)),
                                  "label": bool(_LABEL.match(ln))}
    out = []
    for k, t in enumerate(seq):
        w = low[k]
        f = {"b": 1.0, "w": w, "sh": _shape(t.text), "tgt": t.target, "side": str(t.side), "gz": gz[k] or "-",
             "gzk": gz[k][2:] if gz[k] else "-", "gzb": gz[k][:1] if gz[k] else "-"}
        lf = line_feats[t.line]
        f["lcolon"] = lf["colon"]
        f["lhead"] = lf["head"]
        f["line0"] = k == 0 or seq[k - 1].line != t.line
        f["lstart_label"] = lf["label"]
        for d in (-2, -1, 1, 2):
            j = k + d
            if 0 <= j < n:
                f[f"w{d:+d}"] = low[j]
                f[f"sh{d:+d}"] = _shape(seq[j].text)
                f[f"gz{d:+d}"] = gz[j][:1] if gz[j] else "-"
            else:
                f[f"w{d:+d}"] = "<s>" if j < 0 else "</s>"
        if k > 0:
            f["bg-"] = low[k - 1] + "|" + w
        if k + 1 < n:
            f["bg+"] = w + "|" + low[k + 1]
        # cue words: the nearest cue within the 6 tokens before (same sentence part: no '.' / ';')
        before = []
        for j in range(k - 1, max(-1, k - 7), -1):
            if low[j] in (".", ";", ":"):
                break
            before.insert(0, low[j])
        tail = " ".join(before)
        for c in CUES_BEFORE:
            if tail.endswith(c):
                f["cue_prev_adj"] = c
            if (" " + tail + " ").find(" " + c + " ") >= 0:
                f["cue_prev:" + c] = True
        after = " ".join(low[k + 1:k + 12])
        for c in CUES_AFTER:
            if (" " + after + " ").find(" " + c + " ") >= 0:
                f["cue_next:" + c] = True
        f["punct_prev"] = low[k - 1] if k > 0 and not re.search(r"\w", low[k - 1]) else "-"
        f["punct_next"] = low[k + 1] if k + 1 < n and not re.search(r"\w", low[k + 1]) else "-"
        out.append(f)
    return out


def labels(seq: list[Tok], offices: list[str], lead: str | None) -> list[str]:
    """BIO tags from the gold office names: each name's occurrences in the target, else its last
    occurrence in the kept context.  A name not written as such (distributed, rewritten) is left."""
    low = [_norm(t.text) for t in seq]
    tags = ["O"] * len(seq)
    for name in sorted(offices, key=len, reverse=True):
        nw = [_norm(t) for t, _, _ in tokenize(name)]
        role = "L" if lead is not None and _norm(lead) == _norm(name) else "S"
        hits, i = [], _find_seq(low, nw)
        while i >= 0:
            hits.append(i)
            i = _find_seq(low, nw, i + 1)
        in_t = [h for h in hits if seq[h].target]
        use = in_t or hits[-1:]
        for h in use:
            if any(tags[h + m] != "O" for m in range(len(nw))):
                continue
            tags[h] = "B-" + role
            for m in range(1, len(nw)):
                tags[h + m] = "I-" + role
    return tags


def spans(seq: list[Tok], text: str, tags: list[str]) -> list[tuple[str, str]]:
    """(name as written, role) for each tagged span."""
    out: list[tuple[str, str]] = []
    cur = None
    for t, g in zip(seq, tags):
        if g.startswith("B-") or (g.startswith("I-") and (cur is None or cur[2] != g[2:])):
            if cur:
                out.append(cur)
            cur = [t.start, t.end, g[2:]]
        elif g.startswith("I-") and cur is not None:
            cur[1] = t.end
        else:
            if cur:
                out.append(cur)
            cur = None
    if cur:
        out.append(cur)
    res: list[tuple[str, str]] = []
    for s, e, r in out:
        name = re.sub(r"\s+", " ", text[s:e]).strip(" ,;.")
        if name and all(_norm(name) != _norm(x) for x, _ in res):
            res.append((name, r))
    return res


def train(items, c1: float = 0.05, c2: float = 0.05, max_iterations: int = 150):
    """items: (text, target, offices, lead).  Returns a fitted sklearn_crfsuite.CRF."""
    import sklearn_crfsuite
    from pipeline.extract.offices import gazetteer_path, load_gazetteer

    gaz = load_gazetteer(gazetteer_path())
    X, Y = [], []
    for text, target, offices, lead in items:
        seq = sequence(text, target)
        if not seq:
            continue
        X.append(features(seq, text, gaz))
        Y.append(labels(seq, offices, lead))
    crf = sklearn_crfsuite.CRF(algorithm="lbfgs", c1=c1, c2=c2, max_iterations=max_iterations,
                               all_possible_transitions=True)
    crf.fit(X, Y)
    return crf


def predict(crf, text: str, target: str | None) -> tuple[list[str], str | None]:
    """(offices, lead) the tagger reads for a row's sentence."""
    from pipeline.extract.offices import gazetteer_path, load_gazetteer

    seq = sequence(text, target)
    if not seq:
        return [], None
    tags = crf.predict_single(features(seq, text, load_gazetteer(gazetteer_path())))
    found = spans(seq, text, tags)
    lead = next((n for n, r in found if r == "L"), None)
    return [n for n, _ in found], lead


# --- the wired fallback (crf14): a tagger file built by models/build_office_crf.py -------------------

MODEL_FILE = "office_crf.crfsuite"
# tags the tagger's spans carry in the pipeline's output (OfficeRole.source)
CRF_SOURCE = "crf"
_CRF_PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}
_LEADIN_END = re.compile(r"[:：]\s*$")
_SENT_END = re.compile(r"[.;:!?]\s*$")
_taggers: dict = {}
_override: list = []  # (benchmarks) a tagger file to use instead of the models dir's


def fit_file(items, path, params: dict | None = None) -> int:
    """Fit the tagger with python-crfsuite on ``items`` (text, target, offices, lead) and write it to
    ``path``.  Deterministic: the same items in the same order give the same file.  Returns the
    number of sequences fitted."""
    import pycrfsuite
    from pipeline.extract.offices import gazetteer_path, load_gazetteer

    gaz = load_gazetteer(gazetteer_path())
    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for text, target, offices, lead in items:
        seq = sequence(text, target)
        if not seq:
            continue
        trainer.append(features(seq, text, gaz), labels(seq, offices, lead))
        n += 1
    trainer.set_params({**_CRF_PARAMS, **(params or {})})
    trainer.train(str(path))
    return n


def use_tagger_file(path) -> None:
    """(benchmarks) tag with this file instead of ``models/office_crf.crfsuite``; 'off': rules
    alone; None: back to the models dir's file."""
    _override.clear()
    if path is not None:
        _override.append(str(path))


def load_tagger(models_dir=None):
    """The fitted tagger (a ``pycrfsuite.Tagger``), or None when its file or python-crfsuite is
    missing: the pipeline then runs on its rules alone.  The environment variable
    ``CHIDAO_OFFICE_CRF`` turns the fallback on ('on', '1': the shipped file) or names another
    tagger file; unset (or 'off', '0', '') the pipeline runs on its rules alone.  Off by default since
    session 14: on blind batches it was not fit on (office batches 25 and 28, ``samples/unseen13``)
    it added nothing, and on unseen13 it cost one false office (HISTORY, crf14)."""
    from pathlib import Path

    from pipeline.config import REPO_MODELS_DIR

    env = (os.environ.get("CHIDAO_OFFICE_CRF") or "").strip()
    if _override[:1] == ["off"] or (not _override and env.lower() in ("", "0", "off", "none")):
        return None  # the fallback off (the default): rules alone
    path = (_override[0] if _override else env if env.lower() not in ("1", "on", "yes", "true")
            else str(Path(models_dir or REPO_MODELS_DIR) / MODEL_FILE))
    if path not in _taggers:
        tagger = None
        try:
            import pycrfsuite

            if Path(path).exists():
                tagger = pycrfsuite.Tagger()
                tagger.open(path)
        except ImportError:  # pragma: no cover - a declared dependency
            tagger = None
        _taggers[path] = tagger
    return _taggers[path]


def lead_in_context(lines: list[str], start: int, limit: int = 15) -> list[str]:
    """The lines above a task (``lines[:start]``, nearest last) that can name its doer: lead-ins
    ending with ':' (with the lines of the same sentence wrapped above them) and section or article
    headings ('Điều 3. Trách nhiệm của ...', 'II. TỔ CHỨC THỰC HIỆN'), up to three of them within
    ``limit`` lines.  Items and paragraphs between are left out: another item's body is not this
    one's."""
    out: list[list[str]] = []
    i = start - 1
    lo = max(0, start - limit)
    while i >= lo and len(out) < 3:
        s = lines[i].strip()
        if s and (_LEADIN_END.search(s) or _is_heading(s)):
            group = [s]
            j = i - 1
            # the same sentence wrapped over lines above ('X có trách nhiệm' / 'thực hiện các việc sau:')
            while j >= lo and len(group) < 4:
                p = lines[j].strip()
                if not p or _SENT_END.search(p) or _LABEL.match(s):
                    break
                group.insert(0, p)
                s = p
                j -= 1
            out.insert(0, group)
            i = j
            continue
        i -= 1
    return [x for g in out for x in g]


def _is_heading(line: str) -> bool:
    """An article or section title, or a 'Trách nhiệm của X' heading: short, no sentence of its own
    ('- Căn cứ chức năng, nhiệm vụ của từng đơn vị ...' is an item, not a heading)."""
    return bool(_CTX_HEADING.search(line)) and len(tokenize(line)) <= 25 and not line.endswith(";")


# the least per-token marginal probability of its tags a span needs to be kept (chosen on office_spans'
# sequential folds, batches 17-24: benchmarks/office_crf.py wired)
MIN_CONFIDENCE = float(os.environ.get("CHIDAO_OFFICE_CRF_MIN", "0.6"))


def _spans_with_confidence(tagger, seq, text, tags) -> list[tuple[str, str, float, int]]:
    """(name as written, role, confidence, index of its first token) for each tagged span: the
    confidence is the least marginal probability the tagger gives the span's own tags."""
    out: list[tuple] = []
    cur = None  # [start, end, role, conf, first token]
    for k, (t, g) in enumerate(zip(seq, tags)):
        p = tagger.marginal(g, k) if g != "O" else 1.0
        if g.startswith("B-") or (g.startswith("I-") and (cur is None or cur[2] != g[2:])):
            if cur:
                out.append(tuple(cur))
            cur = [t.start, t.end, g[2:], p, k]
        elif g.startswith("I-") and cur is not None:
            cur[1], cur[3] = t.end, min(cur[3], p)
        else:
            if cur:
                out.append(tuple(cur))
            cur = None
    if cur:
        out.append(tuple(cur))
    res: list[tuple[str, str, float, int]] = []
    for s, e, r, p, k in out:
        name = re.sub(r"\s+", " ", text[s:e]).strip(" ,;.")
        if name and all(_norm(name) != _norm(x[0]) for x in res):
            res.append((name, r, p, k))
    return res


# words before a body in the task's own sentence that make it a possessor or an object, not the doer
# ('Nâng cao nhận thức của cấp ủy, chính quyền, Mặt trận Tổ quốc ...', 'báo cáo về Sở Y tế', 'gửi đến
# các bộ'); a list after one of them shares it.  'cho' after an assigning verb ('giao cho X') asks X.
_NOT_DOER_BEFORE = {"của", "cho", "về", "giữa", "đến", "tới", "từ", "đối", "trong", "thuộc", "tại"}
_ASK_BEFORE_CHO = {"giao", "công", "quyền", "cấp"}  # 'giao cho', 'phân công cho', 'ủy quyền cho', 'phân cấp cho'
_ASK_CUES = {"giao", "nghị", "cầu", "hợp", "trì", "gửi", "đạo", "với", "cùng", ":"}


def _after_a_possessor(seq: list[Tok], k: int) -> bool:
    """Is the token at k (a span's first, in the target) in a list after 'của' / 'cho' / 'về' ...?"""
    j = k - 1
    steps = 0
    while j >= 0 and seq[j].target and steps < 14:
        w = _norm(seq[j].text)
        if w in (".", ";", "(", ")"):
            return False
        if w in _NOT_DOER_BEFORE:
            if w == "cho" and j > 0 and _norm(seq[j - 1].text) in _ASK_BEFORE_CHO:
                return False
            return True
        if w in _ASK_CUES:
            return False
        j -= 1
        steps += 1
    return False


def _is_issuer(name: str, issuer: str | None) -> bool:
    """Does the span name the document's issuer (or its standing body: 'Ban Thường trực Ủy ban MTTQ
    ...' in the Front committee's own plan)?  The issuer acting names no office (ANNOTATION.md)."""
    if not issuer:
        return False
    from pipeline.extract.offices import names_issuer

    bare = re.sub(r"^(?:Ban\s+)?Thường\s+trực\s+", "", name, flags=re.I)
    last = issuer.strip().split("\n")[-1]
    return any(names_issuer(n, i) for n in {name, bare} for i in {issuer.replace("\n", " "), last})


def tag_roles(tagger, context: list[str], target: str, gaz, issuer: str | None = None) -> list[tuple[str, str]]:
    """(name as written, 'lead' | 'support') the tagger reads for a task sentence under its lead-in
    lines.  A span is kept when the tagger is sure of it (``MIN_CONFIDENCE``), the gazetteer knows
    it as a body from its first word (as the rules' offices are), it is not the issuer, and, in the
    sentence itself, it does not stand after a possessor ('của', 'cho', 'về', ...)."""
    target = re.sub(r"\s+", " ", target).strip()
    text = "\n".join([*context, target])
    seq = sequence(text, target)
    if not seq or tagger is None:
        return []
    tags = tagger.tag(features(seq, text, gaz))
    out: list[tuple[str, str]] = []
    for name, role, conf, k in _spans_with_confidence(tagger, seq, text, tags):
        if conf < MIN_CONFIDENCE:
            continue
        found = gaz.find(name)
        if not found or found[0].start != 0:
            continue
        if _is_issuer(name, issuer):
            continue
        if seq[k].target and _after_a_possessor(seq, k):
            continue
        out.append((name, "lead" if role == "L" else "support"))
    if len(out) == 1:
        # the only office named leads (ANNOTATION.md)
        out = [(out[0][0], "lead")]
    return out


def crf_fallback(doc, tasks, gaz, tagger) -> int:
    """Give each task whose rules read no office (lead or support) the offices the tagger reads,
    with source 'crf'.  Returns the number of tasks filled."""
    from pipeline.model import OfficeRole

    if tagger is None or not tasks:
        return 0
    lines = [ln.text for ln in doc.lines]
    index = {ln.number: i for i, ln in enumerate(doc.lines)}
    filled = 0
    for t in tasks:
        if any(r.role in ("lead", "support") for r in t.offices):
            continue
        i = index.get(t.line_start)
        context = lead_in_context(lines, i) if i is not None else []
        roles = tag_roles(tagger, context, t.text, gaz, getattr(doc.header, "issuer", None))
        if not roles:
            continue
        t.offices = [*t.offices, *(OfficeRole(n, r, n, CRF_SOURCE) for n, r in roles)]
        filled += 1
    return filled
