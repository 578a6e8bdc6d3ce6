"""Benchmarks (one command each, prints a table).

HELDOUT: the real documents kept as held-out gold (the lead measures generalisation on
them; the brief forbids running or tuning on them).  The benchmarks that read
../shared/realdocs/text skip them.
"""
from models.corpus_source import HELD_OUT_IDS

HELDOUT_PREFIXES = ("06_tchq_congvan778", "09_ttg_qd844", "10_cp_nq116")


def is_heldout(name: str) -> bool:
    """Is this file (by name) one of the held-out documents?"""
    return name.startswith(HELDOUT_PREFIXES) or any(h in name for h in HELD_OUT_IDS)


def ocr_readings() -> set[str]:
    """Sample texts that are themselves OCR readings (samples/SOURCES.md says 'OCR text'):
    they are no clean reference for the repair benchmark (a right correction of their own
    OCR confusions would count as damage), so it leaves them out."""
    import re
    from pathlib import Path

    src = Path(__file__).resolve().parent.parent / "samples" / "SOURCES.md"
    if not src.exists():
        return set()
    return set(re.findall(r"^- `([^`]+\.txt)`[^\n]*OCR text", src.read_text(encoding="utf-8"), re.M))
