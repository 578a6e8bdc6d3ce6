"""Reviewers' accepted corrections: the per-user adaptation of the repairers.

The review notebooks write a CSV (``Config.corrections``) with columns ``before``, ``after``,
optional ``context`` and ``accepted`` (1/0, true/false, yes/no; a missing column means every
row is accepted).  Repair uses the accepted rows two ways:

- *boost*: the syllables and syllable pairs of every ``after`` (and its ``context``) are
  added to the LM's cache model with a high weight, so the restorer prefers 'đôn đốc' once
  a reviewer has accepted it;
- *apply*: a syllable-for-syllable substitution ``before -> after`` (same number of
  syllables) is offered to the OCR repairer as a strong candidate (it then runs on the
  lines where ``before`` occurs even in a document that is not OCR'd).

Both repairers read the file through :func:`pipeline.repair.diacritics.document_model`
and :func:`pipeline.repair.ocr.repair_ocr`; nothing is cached across runs but the parsed
file (keyed by its modification time).

The last step of the cascade, :func:`repair_reviewed`, then holds every line to the
reviewers' word (what the review notebook and the README promise): a *rejected* change
(``accepted`` false) that a repairer made again is undone where the input read ``before``
and the repair wrote ``after``; an *accepted* one is applied wherever ``before`` stands as
whole words, in the input or in the repaired line.  Its rows have kind ``review``.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.repair.lm import SyllableLM, text_counts

BOOST_WEIGHT = 20.0  # one accepted correction counts like 20 occurrences in the document
_TRUE = {"1", "true", "yes", "y", "x", "accepted", "ok", "có", "co"}


@dataclass(frozen=True)
class Correction:
    before: str
    after: str
    context: str = ""


def _nfc(s: str | None) -> str:
    return unicodedata.normalize("NFC", (s or "").strip())


@dataclass(frozen=True)
class Decision:
    """One row of the corrections file: ``before`` -> ``after``, accepted or rejected."""
    before: str
    after: str
    accepted: bool
    context: str = ""


@lru_cache(maxsize=8)
def _read_all(path: str, mtime: float) -> tuple[Decision, ...]:
    out: list[Decision] = []
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        fields = {(k or "").strip().lower() for k in (reader.fieldnames or [])}
        if not {"before", "after"} <= fields:
            raise ValueError(f"{path}: a corrections file needs 'before' and 'after' columns, "
                             f"found {sorted(fields)}")
        for row in reader:
            row = {(k or "").strip().lower(): v for k, v in row.items()}
            acc = row.get("accepted")
            accepted = acc is None or str(acc).strip().lower() in _TRUE
            before, after = _nfc(row.get("before")), _nfc(row.get("after"))
            if not before or not after or before == after:
                continue
            out.append(Decision(before, after, accepted, _nfc(row.get("context"))))
    return tuple(out)


def _read(path: str, mtime: float) -> tuple[Correction, ...]:
    return tuple(Correction(d.before, d.after, d.context) for d in _read_all(path, mtime) if d.accepted)


def load_corrections(path: Path | str | None) -> list[Correction]:
    """The accepted corrections in ``path``; [] when there is no file (not an error: a new
    user has none).  A file without the required columns is an error naming the file."""
    if path is None:
        return []
    p = Path(path)
    if not p.exists():
        return []
    return list(_read(str(p.resolve()), p.stat().st_mtime))


def load_decisions(path: Path | str | None) -> list[Decision]:
    """Every decision in ``path``, accepted and rejected ([] when there is no file); a file
    without the required columns raises ValueError naming the file."""
    if path is None:
        return []
    p = Path(path)
    if not p.exists():
        return []
    return list(_read_all(str(p.resolve()), p.stat().st_mtime))


def correction_counts(corrections: list[Correction], weight: float = BOOST_WEIGHT) -> Counter:
    """Cache-model counts (see :meth:`SyllableLM.adapt`) from the accepted ``after`` texts."""
    texts = [c.after for c in corrections] + [c.context for c in corrections if c.context]
    return text_counts(texts, weight)


def substitutions(corrections: list[Correction]) -> dict[str, str]:
    """Lower-case syllable substitutions 'before' -> 'after' taken from corrections that
    change syllables one for one ('nguòi' -> 'người')."""
    subs: dict[str, str] = {}
    for c in corrections:
        b, a = c.before.lower().split(), c.after.lower().split()
        if len(b) != len(a):
            continue
        for x, y in zip(b, a):
            if x != y:
                subs[x] = y
    return subs


def adapt_with_corrections(lm: SyllableLM, corrections: list[Correction]) -> SyllableLM:
    """The LM with accepted corrections boosted (identity when there are none)."""
    if not corrections:
        return lm
    return lm.adapt(correction_counts(corrections))


# ----------------------------------------------------------------------------- decisions
_SPACE = re.compile(r"(\s+)")
_EDGE = "\"'“”‘’()[]{}.,;:!?…«»"


def _core(token: str) -> tuple[int, int]:
    """(start, end) of a token without its leading and trailing punctuation."""
    start, end = 0, len(token)
    while start < end and token[start] in _EDGE:
        start += 1
    while end > start and token[end - 1] in _EDGE:
        end -= 1
    return start, end


def _all_capitals(sample: str) -> bool:
    """Two or more letters, all capitals ('THANG', 'UBND'); 'V/' has one letter, so it says
    nothing about case (read as capitals, an accepted 'V/' -> 'V/v' wrote 'V/V')."""
    return sample.isupper() and sum(c.isalpha() for c in sample) > 1


def _cased(word: str, sample: str) -> str:
    """``word`` in the case of ``sample`` ('Thang' -> 'Tháng', 'THANG' -> 'THÁNG')."""
    if _all_capitals(sample):
        return word.upper()
    if sample[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _window_is(cores: list[str], words: list[str]) -> bool:
    """The document's words ``cores`` are ``words`` as written, or in another case."""
    if cores == words:
        return True
    return [c.lower() for c in cores] == [w.lower() for w in words] and \
        all(c == _cased(w, c) for c, w in zip(cores, words))


def _decide_line(raw: str, text: str, rejected: list[Decision],
                 accepted: list[Decision]) -> tuple[str, list[tuple[int, str, str]]]:
    """The line with the reviewers' decisions applied (see the module docstring), and the
    changed spans (column in ``text``, before, after)."""
    cur = _SPACE.split(text)
    orig = list(cur)
    src = _SPACE.split(raw) if raw else []
    aligned = len(src) == len(cur)  # same words and spaces: the repair changed words in place
    words = list(range(0, len(cur), 2))  # indexes of the non-space parts
    # the line's words, lower-cased: a decision whose first word is not among them is passed
    # over without a scan (a long file of decisions on a long line)
    present = {p[slice(*_core(p))].lower() for p in cur[::2] + src[::2]}
    for decisions, is_accepted in ((rejected, False), (accepted, True)):
        for d in decisions:
            b, a = d.before.split(), d.after.split()
            if len(b) != len(a) and not is_accepted:
                continue
            if b[0].strip(_EDGE).lower() not in present:
                continue
            if is_accepted:
                present.update(w.strip(_EDGE).lower() for w in a)  # a later decision may start from it
            k = len(b)
            for i in range(len(words) - k + 1):
                idx = words[i:i + k]
                spans = [_core(cur[j]) for j in idx]
                cores = [cur[j][s:e] for j, (s, e) in zip(idx, spans)]
                src_cores = [src[j][slice(*_core(src[j]))] for j in idx] if aligned else None
                if is_accepted:
                    want = [w.strip(_EDGE) for w in b]
                    if _window_is(cores, want):
                        sample = cores[0]
                    elif src_cores is not None and _window_is(src_cores, want):
                        sample = src_cores[0]
                    else:
                        continue
                    new_words = [w.strip(_EDGE) for w in a]
                    new_words[0] = _cased(new_words[0], sample)
                    if _all_capitals(sample):
                        new_words = [w.upper() for w in new_words]
                    if len(new_words) != k:  # 'ke hoach' -> 'kế hoạch' has the same count; 'tp' -> 'thành phố' not
                        first, last = idx[0], idx[-1]
                        s0 = spans[0][0]
                        e1 = spans[-1][1]
                        cur[first] = cur[first][:s0] + " ".join(new_words) + cur[last][e1:]
                        for j in range(first + 1, last + 1):
                            cur[j] = ""
                        continue
                    for j, (s, e), w in zip(idx, spans, new_words):
                        cur[j] = cur[j][:s] + w + cur[j][e:]
                else:
                    if src_cores is None or not _window_is(src_cores, [w.strip(_EDGE) for w in b]):
                        continue
                    if not _window_is(cores, [_cased(w.strip(_EDGE), src_cores[0]) for w in a]) \
                            and not _window_is(cores, [w.strip(_EDGE) for w in a]):
                        continue
                    for j, (s, e), w in zip(idx, spans, src_cores):
                        cur[j] = cur[j][:s] + w + cur[j][e:]
    changed: list[tuple[int, str, str]] = []  # parts keep their places: one linear walk
    col = j = 0
    while j < len(cur):
        if cur[j] == orig[j]:
            col += len(orig[j])
            j += 1
            continue
        k = j
        while k < len(cur) and cur[k] != orig[k]:  # a word, or words joined by cleared spaces
            k += 1
        old_s, new_s = "".join(orig[j:k]), "".join(cur[j:k])
        changed.append((col, old_s, new_s))
        col += len(old_s)
        j = k
    return "".join(cur), changed


def _is_word_decision(d: "Decision") -> bool:
    """A decision on whole words: every word on both sides keeps a core of two or more
    characters.  The review table also holds fragments of a repair ('  .' -> ' 2.', 'v' ->
    'văn', '  i' -> '' where a lost glyph was filled inside a word); read as whole words
    they would match every empty core or one-letter word of a document, so they are left
    to the language-model boost, which reads them in their context."""
    sides = (d.before.split(), d.after.split())
    return all(sides) and all(len(w.strip(_EDGE)) >= 2 for side in sides for w in side)


def repair_reviewed(doc: "Document", config: "Config") -> "Document":
    """The reviewers' decisions in ``config.corrections``, applied last ('review' rows).

    Why a step of its own: the boost and the OCR candidates above only make an accepted
    spelling likelier, and a rejected change is unknown to them, so without this step the
    same wrong repair comes back in the next run and a word the reviewer corrected may stay
    broken.  Only whole words are touched; a rejected change is undone only where the input
    line read its ``before`` at the same place."""
    from pipeline.repair.record import record_change

    decisions = load_decisions(getattr(config, "corrections", None))
    if not decisions:
        return doc
    rejected_all = [d for d in decisions if not d.accepted]
    decisions = [d for d in decisions if _is_word_decision(d)]
    rejected = [d for d in decisions if not d.accepted]
    accepted = [d for d in decisions if d.accepted]
    keys = {w.strip(_EDGE).lower() for d in decisions for w in (d.before.split()[:1] + d.after.split()[:1])}
    keys.discard("")
    source = Path(str(config.corrections)).name
    made = [r for r in doc.repairs if r.kind not in ("review", "note")]  # before this step's rows
    for line in doc.lines:
        low = (line.text + "\n" + (line.raw or "")).lower()
        if not any(k in low for k in keys):
            continue
        new, spans = _decide_line(line.raw or "", line.text, rejected, accepted)
        if new != line.text:
            record_change(doc, line, new, "review", 1.0, threshold=config.review_threshold,
                          note=f"reviewers' decision ({source})", spans=spans)
    fragments = {(d.before, d.after) for d in rejected_all if not _is_word_decision(d)
                 or len(d.before.split()) != len(d.after.split())}
    if fragments:
        _undo_rejected_fragments(doc, made, fragments, config, source)
    return doc


def _undo_rejected_fragments(doc: "Document", made: list, fragments: set[tuple[str, str]],
                             config: "Config", source: str) -> None:
    """Undo each change this run's repairers made that reviewers rejected as a fragment.

    Why: the review table lists a repair as its repairer recorded it, often a piece of a word
    or words joined ('ph c' -> 'phẹc', 'H nh' -> 'Hành', '  .' -> ' 2.' where a lost glyph was
    filled).  Read as whole words such a decision would match every one-letter word of every
    document, so :func:`_decide_line` leaves it, and a rejected glyph fill came back in every
    later run.  Here it is undone only where a repairer of this run recorded that very change
    (its ``before`` and ``after``, spaces at the edges aside): the ``after`` it wrote, at the
    occurrence in the line nearest the column it recorded, is set back to its ``before``."""
    from pipeline.repair.record import record_change

    by_line: dict[int, list] = {}
    for r in made:
        if (_nfc(r.before), _nfc(r.after)) in fragments and r.after:
            by_line.setdefault(r.line, []).append(r)
    for number, records in by_line.items():
        if not 0 < number <= len(doc.lines):
            continue
        line = doc.lines[number - 1]
        text = line.text
        edits: list[tuple[int, str, str]] = []
        taken: list[tuple[int, int]] = []
        for r in records:
            starts = []
            at = text.find(r.after)
            while at >= 0:
                starts.append(at)
                at = text.find(r.after, at + 1)
            starts = [a for a in starts if all(a + len(r.after) <= s or a >= e for s, e in taken)]
            if not starts:
                continue  # a later step changed it again: nothing of the rejected change is left
            at = min(starts, key=lambda a: abs(a - r.column))
            taken.append((at, at + len(r.after)))
            edits.append((at, r.after, r.before))
        if not edits:
            continue
        new, shift, spans = text, 0, []
        for at, after, before in sorted(edits):
            new = new[:at + shift] + before + new[at + shift + len(after):]
            spans.append((at, after, before))
            shift += len(before) - len(after)
        record_change(doc, line, new, "review", 1.0, threshold=config.review_threshold,
                      note=f"reviewers' decision ({source}): a rejected repair undone", spans=spans)
