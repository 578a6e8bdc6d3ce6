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
from pipeline.repair.record import guessed_lines, record_change
from pipeline.vietnamese import strip_accents

# confidence of a respelling from the gazetteer
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
def _index(models_dir: str | None) -> tuple[int, dict[str, str], frozenset[str]]:
    """(the most words a name has, folded key -> the one spelling the gazetteer gives it, the
    names' first words: a word no name opens with starts no lookup).
    Names of one word ('Bộ') or without marks ('Ban CTMT') say nothing; a folded key two
    different spellings share ('Ban Dân vận' / 'Bản ...') is left out.  (A dict looked up by
    word n-grams, not one regex over all names: compiling that regex cost more than the
    whole first pass of a clean document needs.)"""
    import csv
    from pathlib import Path

    from pipeline.extract.offices import gazetteer_path  # noqa: PLC0415

    # the TSV's two name columns read directly: building the extract stage's Gazetteer (its
    # fuzzy and regex indexes) costs more than a clean document's whole first repair pass
    try:
        with open(gazetteer_path(Path(models_dir) if models_dir else None), encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
    except (FileNotFoundError, OSError):
        return 0, {}, frozenset()
    spellings: dict[str, set[str]] = {}
    for r in rows:
        for name in (r["variant"], r["canonical"]):
            words = _WORD.findall(name)
            if len(words) < 2 or not name[:1].isupper() or strip_accents(name) == name:
                continue
            key = _fold(_norm(name))
            spellings.setdefault(key, set()).add(_norm(name))
    table = {k: next(iter(v)) for k, v in spellings.items() if len({s.lower() for s in v}) == 1}
    firsts = frozenset(k.split(" ", 1)[0] for k in table)
    return max((k.count(" ") + 1 for k in table), default=0), table, firsts


def _name_spans(folded: str, longest: int, table: dict[str, str], firsts: frozenset[str]):
    """(start, end, key) of each gazetteer name in ``folded`` text, left to right, the longest
    at each place, not overlapping: words joined by anything but letters and digits."""
    words = list(_WORD.finditer(folded))
    texts = [w.group() for w in words]
    i = 0
    while i < len(words):
        if texts[i] not in firsts:
            i += 1
            continue
        for n in range(min(longest, len(words) - i), 1, -1):
            key = " ".join(texts[i:i + n])
            if key not in table:
                continue
            run = words[i:i + n]
            start, end = run[0].start(), run[-1].end()
            if any(_HAS_DIGIT.search(folded[a.end():b.start()]) for a, b in zip(run, run[1:])) \
                    or (start and folded[start - 1].isdigit()) or (end < len(folded) and folded[end].isdigit()):
                continue
            yield start, end, key
            i += n
            break
        else:
            i += 1


_HAS_DIGIT = re.compile(r"\d")


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
    longest, table, firsts = _index(models_dir)
    if not table:
        return text
    folded = _fold(text)
    if len(folded) != len(text):
        return text
    out = text
    for start, end, key in _name_spans(folded, longest, table, firsts):
        span = text[start:end]
        if not span[:1].isupper():
            continue
        new = _respell(span, table[key])
        if new:
            out = out[:start] + new + out[end:]
    return out


def repair_office_names(doc: Document, config: Config) -> Document:
    """Respell the office names on the lines a diacritics or OCR repair changed."""
    guessed = guessed_lines(doc)
    if not guessed:
        return doc
    models_dir = str(config.models_dir) if getattr(config, "models_dir", None) else None
    for n, kind in sorted(guessed.items()):
        line = doc.line(n)
        new = respell_office_names(line.text, models_dir)
        if new != line.text:
            record_change(doc, line, new, kind, CONFIDENCE, note="office name as the gazetteer spells it")
    return doc
