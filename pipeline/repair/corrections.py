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
"""
from __future__ import annotations

import csv
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


@lru_cache(maxsize=8)
def _read(path: str, mtime: float) -> tuple[Correction, ...]:
    out: list[Correction] = []
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        fields = {(k or "").strip().lower() for k in (reader.fieldnames or [])}
        if not {"before", "after"} <= fields:
            raise ValueError(f"{path}: a corrections file needs 'before' and 'after' columns, "
                             f"found {sorted(fields)}")
        for row in reader:
            row = {(k or "").strip().lower(): v for k, v in row.items()}
            acc = row.get("accepted")
            if acc is not None and str(acc).strip().lower() not in _TRUE:
                continue
            before, after = _nfc(row.get("before")), _nfc(row.get("after"))
            if not after or before == after:
                continue
            out.append(Correction(before, after, _nfc(row.get("context"))))
    return tuple(out)


def load_corrections(path: Path | str | None) -> list[Correction]:
    """The accepted corrections in ``path``; [] when there is no file (not an error: a new
    user has none).  A file without the required columns is an error naming the file."""
    if path is None:
        return []
    p = Path(path)
    if not p.exists():
        return []
    return list(_read(str(p.resolve()), p.stat().st_mtime))


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
