"""Repair: restore broken Vietnamese, line by line, recording every change.

The cascade runs from the most certain repair to the least:

1. legacy encodings (TCVN3, VNI, VISCII) - first, because the code-point step would
   otherwise misread their letters: TCVN3 writes 'é' as 'Ð', which the code-point table
   rightly turns into 'Đ' in Unicode text;
2. code points (NFC, 'ƣ', 'Ð', misplaced marks);
3. lost glyphs (spaces) and '(cid:NN)' tokens, then one tone placement per document (after
   the glyphs: 'ngoạ ,' cut from 'ngoại,' is not an old-style 'ngọa');
4. OCR confusions and 5. stripped diacritics (from :mod:`pipeline.repair.ocr` and
   :mod:`pipeline.repair.diacritics` when present), then 6. the office names on the lines
   those two guessed, respelled from the gazetteer (:mod:`pipeline.repair.officenames`), and
   7. the personal names there, respelled from the name model (:mod:`pipeline.repair.personnames`);
   a space lost in print between two capitalised syllables ('THƯƠNG BINHVÀ XÃ HỘI') is split before 6
   (:mod:`pipeline.repair.gluedcaps`).

Each repairer is ``(doc, config) -> doc`` and rewrites ``Line.text`` only through
:func:`pipeline.repair.record.record_change`, so the line count never changes and every
change has a row in ``repairs.csv``.  Lines the cascade cannot read (another language, a
page of numbers) get a 'note' row from :mod:`pipeline.repair.notes`.
"""
from __future__ import annotations

from collections.abc import Callable

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair.codepoints import repair_codepoints, repair_tone_placement
from pipeline.repair.corrections import repair_reviewed
from pipeline.repair.diacritics import repair_diacritics
from pipeline.repair.gluedcaps import repair_glued_caps
from pipeline.repair.glyphs import repair_glyphs
from pipeline.repair.legacy import repair_encoding
from pipeline.repair.notes import repair_notes
from pipeline.repair.ocr import repair_ocr
from pipeline.repair.officenames import repair_office_names
from pipeline.repair.personnames import repair_person_names

Repairer = Callable[[Document, Config], Document]


def _optional(module: str, name: str) -> Repairer | None:
    """A repairer another part of the project provides, when it is there."""
    try:
        mod = __import__(f"pipeline.repair.{module}", fromlist=[name])
        return getattr(mod, name)
    except (ImportError, AttributeError):
        return None


def cascade() -> list[tuple[str, Repairer]]:
    """The repairers in the order they run."""
    steps: list[tuple[str, Repairer | None]] = [
        ("encoding", repair_encoding),
        ("codepoints", repair_codepoints),
        ("glyphs", repair_glyphs),
        ("tone placement", repair_tone_placement),
        ("ocr", repair_ocr),
        ("diacritics", repair_diacritics),
        ("glued capitals", repair_glued_caps),
        ("office names", repair_office_names),
        ("person names", repair_person_names),
        ("reviewed", repair_reviewed),  # the reviewers' accepted and rejected corrections, last
        ("notes", repair_notes),
    ]
    return [(n, r) for n, r in steps if r is not None]


# After the first document a process has loaded what every later one reads (the language
# model's tables, the lexicon, the word lists, the compiled patterns: ~27,000 objects the
# garbage collector tracks, none of them ever garbage).  Python's full collection walks them
# all whenever enough new objects have survived (the per-model caches grow as documents are
# read): 18 ms each, about one per 400 clean documents' pass (0.03 of 0.8 s of CPU, session 18).
# They are moved out of the collector's sight once (gc.freeze, after one full collection so
# no garbage is kept), which no output depends on.
FREEZE_LOADED = True
_FROZEN = [False]


def _freeze_loaded() -> None:
    import gc

    _FROZEN[0] = True
    gc.collect()
    gc.freeze()


def repair(doc: Document, config: Config) -> Document:
    if not config.repair:
        return doc
    for _name, repairer in cascade():
        doc = repairer(doc, config)
    if FREEZE_LOADED and not _FROZEN[0]:
        _freeze_loaded()
    return doc


def repair_text(text: str, config: Config | None = None, doc_id: str = "text") -> Document:
    """Repair a string (handy in notebooks and tests): returns the repaired Document."""
    doc = Document(doc_id=doc_id, lines=lines_from_text(text))
    return repair(doc, config or Config())
