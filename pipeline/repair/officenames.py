"""Office names respelled from the gazetteer where a guessing repair left a mark wrong.

The diacritics and OCR repairs put marks back word by word from a language model of running
text, and a body's name is not running text: 'Bộ Kế hoạch và Đầu tư' came back as 'Bộ Kế hoạch
và Đầu tự', 'Ban Chính sách, chiến lược Trung ương' as 'Ban Chinh sách ...', 'Ủy ban MTTQ' as
'Ủy bản MTTQ' (benchmarks/end_to_end.py, stripped diacritics and OCR confusions on 108 gold
documents).  The names are a closed list (models/gazetteer.tsv) and the extract stage names
offices as the document writes them, so a wrong mark there is a wrong office.  Where a span of
a line the guessing repairs touched reads, without its marks, as exactly one name of the
gazetteer, the name's marks are put back (the span's own capitals kept).  Lines no guess
touched are never changed: there a mark that differs from the gazetteer is the document's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.config import Config
from pipeline.extract.offices import fold_same_length
from pipeline.model import Document
from pipeline.repair.record import record_change
from pipeline.vietnamese import strip_accents

# the repairs whose marks are guesses
GUESSING_KINDS = ("diacritics", "ocr")
CONFIDENCE = 0.9
_WORD = re.compile(r"[^\W\d_]+")


def _fold(s: str) -> str:
    """Marks off, 'đ' -> 'd', lower case; one character for one (offsets are kept)."""
    out = strip_accents(s).lower()
    return out if len(out) == len(s) else "".join(strip_accents(c).lower()[:1] or c for c in s)


def _norm(s: str) -> str:
    """Words only, single-spaced: the key a name is looked up under."""
    return " ".join(_WORD.findall(s))


@lru_cache(maxsize=2)
def _index(models_dir: str | None) -> tuple[re.Pattern | None, dict[str, str]]:
    """(regex over folded text, folded key -> the one spelling the gazetteer gives it).
    Names of one word ('Bộ') or without marks ('Ban CTMT') say nothing; a folded key two
    different spellings share ('Ban Dân vận' / 'Bản ...') is left out."""
    from pathlib import Path

    from pipeline.extract.offices import gazetteer_path, load_gazetteer  # noqa: PLC0415

    try:
        gaz = load_gazetteer(gazetteer_path(Path(models_dir) if models_dir else None))
    except (FileNotFoundError, OSError):
        return None, {}
    spellings: dict[str, set[str]] = {}
    for r in gaz.rows:
        for name in (r["variant"], r["canonical"]):
            words = _WORD.findall(name)
            if len(words) < 2 or not name[:1].isupper() or strip_accents(name) == name:
                continue
            key = _fold(_norm(name))
            spellings.setdefault(key, set()).add(_norm(name))
    table = {k: next(iter(v)) for k, v in spellings.items() if len({s.lower() for s in v}) == 1}
    if not table:
        return None, {}
    alts = sorted(table, key=len, reverse=True)
    rx = re.compile(r"(?<![^\W_])(" + "|".join(r"[\W_]+".join(map(re.escape, k.split(" "))) for k in alts) + r")(?![^\W_])")
    return rx, table


def _respell(span: str, spelling: str) -> str | None:
    """``span`` with the marks of ``spelling`` (same words once folded), its capitals kept."""
    got = list(_WORD.finditer(span))
    want = spelling.split(" ")
    if len(got) != len(want):
        return None
    out = list(span)
    for m, w in zip(got, want):
        if len(m.group()) != len(w) or _fold(m.group()) != _fold(w):
            return None
        if fold_same_length(m.group()).lower() == fold_same_length(w).lower():
            continue  # the same marks, or the old tone placement ('Đảng uỷ'): the document's
        for i, (a, b) in enumerate(zip(m.group(), w)):
            out[m.start() + i] = b.upper() if a.isupper() else b.lower()
    new = "".join(out)
    return new if new != span else None


def respell_office_names(text: str, models_dir: str | None = None) -> str:
    """``text`` with every gazetteer name whose marks differ respelled (a name must start with
    a capital, as a body's name does)."""
    rx, table = _index(models_dir)
    if rx is None:
        return text
    folded = _fold(text)
    if len(folded) != len(text):
        return text
    out = text
    for m in rx.finditer(folded):
        span = text[m.start():m.end()]
        if not span[:1].isupper():
            continue
        new = _respell(span, table[_norm(m.group())])
        if new:
            out = out[:m.start()] + new + out[m.end():]
    return out


def repair_office_names(doc: Document, config: Config) -> Document:
    """Respell the office names on the lines a diacritics or OCR repair changed."""
    guessed: dict[int, str] = {}
    for r in doc.repairs:
        if r.kind in GUESSING_KINDS:
            guessed.setdefault(r.line, r.kind)
    if not guessed:
        return doc
    models_dir = str(config.models_dir) if getattr(config, "models_dir", None) else None
    for n, kind in sorted(guessed.items()):
        line = doc.line(n)
        new = respell_office_names(line.text, models_dir)
        if new != line.text:
            record_change(doc, line, new, kind, CONFIDENCE, note="office name as the gazetteer spells it")
    return doc
