"""Text ingestion: encodings detected (never guessed silently) and bad files refused clearly."""
from pathlib import Path

import pytest

from pipeline.ingest import ingest

TEXT = "Ủy ban nhân dân huyện đề nghị các phòng, ban thực hiện nghiêm túc.\nHạn chót: trước ngày 15/6/2023.\n"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 spells a toned letter as its base letter plus a combining tone mark."""
    from pipeline.vietnamese import TONE_BY_NAME, split_tone

    out = []
    for ch in text:
        base, tone = split_tone(ch)
        out.append(base + (TONE_BY_NAME[tone] if tone else ""))
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("encoding,label", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
    ("cp1258", "cp1258"),
])
def test_encodings_detected(tmp_path: Path, encoding: str, label: str):
    import unicodedata

    f = tmp_path / "a.txt"
    f.write_bytes(to_cp1258(TEXT) if encoding == "cp1258" else TEXT.encode(encoding))
    doc = ingest(f)
    assert doc.ok, doc.error
    assert doc.encoding == label
    assert unicodedata.normalize("NFC", doc.text) == TEXT.rstrip("\n")
    assert len(doc.lines) == 2


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"),
    (b"   \n\n  ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    (bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d]) * 50, "undecodable"),
])
def test_bad_text_files(tmp_path: Path, content: bytes, reason: str):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    doc = ingest(f)
    assert doc.status == "error"
    assert reason in doc.error


def test_missing_and_unsupported(tmp_path: Path):
    assert ingest(tmp_path / "nope.txt").error == "file not found"
    x = tmp_path / "a.xlsx"
    x.write_bytes(b"PK\x03\x04rest")
    doc = ingest(x)
    assert doc.status == "unsupported"
    assert "zip" in doc.error


def test_seed_is_read_line_for_line(samples: Path):
    seed = samples / "text" / "000_bed89d1f3f7829d9.txt"
    doc = ingest(seed)
    assert doc.encoding == "utf-8"
    assert len(doc.lines) == len(seed.read_text(encoding="utf-8").splitlines())
