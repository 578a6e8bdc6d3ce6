"""Benchmarks (one command each, prints a table).

HELDOUT: the real documents kept as held-out gold (the lead measures generalisation on
them; the brief forbids running or tuning on them).  The benchmarks that read
../shared/realdocs/text skip them.
"""
from functools import lru_cache

from models.corpus_source import HELD_OUT_IDS

HELDOUT_PREFIXES = ("06_tchq_congvan778", "09_ttg_qd844", "10_cp_nq116")


def is_heldout(name: str) -> bool:
    """Is this file (by name) one of the held-out documents?"""
    return name.startswith(HELDOUT_PREFIXES) or any(h in name for h in HELD_OUT_IDS)


def ocr_readings() -> set[str]:
    """Sample texts that are themselves OCR readings (samples/SOURCES.md says 'OCR text'):
    they are no clean reference for the repair benchmark (a right correction of their own
    OCR confusions would count as damage), so it leaves them out.  A fresh set each call."""
    from pathlib import Path

    src = Path(__file__).resolve().parent.parent / "samples" / "SOURCES.md"
    if not src.exists():
        return set()
    stat = src.stat()
    return set(_ocr_readings_of(str(src), stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=4)
def _ocr_readings_of(path: str, _mtime_ns: int, _size: int) -> frozenset[str]:
    """The names SOURCES.md marks 'OCR text', read once per version of the file: the suite asks
    per sample text at collection (test_diacritics, test_ocr_only_marks: ~1 460 calls a worker,
    each a regex pass over the 270 KB file, about a third of a worker's collection CPU)."""
    import re

    with open(path, encoding="utf-8") as fh:
        return frozenset(re.findall(r"^- `([^`]+\.txt)`[^\n]*OCR text", fh.read(), re.M))
