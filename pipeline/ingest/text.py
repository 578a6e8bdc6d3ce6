"""Text files in any encoding, detected from the bytes and never guessed silently.

Order of evidence: a BOM; UTF-16 without BOM (NUL bytes in every other position); strict
UTF-8; then the single-byte Vietnamese encodings (Windows-1258, and the legacy font
encodings TCVN3 and VNI that the repair stage knows), each scored by how Vietnamese the
decoded text looks.  The winner is recorded in ``Document.encoding``; when nothing scores
as Vietnamese the file is refused with the reason, not decoded into mojibake.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from pipeline.config import Config
from pipeline.ingest import IngestError
from pipeline.model import Document, lines_from_text
from pipeline.vietnamese import vietnamese_score

MAX_TEXT_BYTES = 200 * 1024 * 1024


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many C0 control characters mean a binary file, not text."""
    return binary_reason(data) is not None


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is a binary file and not text (what was found and where), or None.

    The error said only 'binary file, not text': a user with a text full of control characters
    (a terminal log's colour codes, bell characters) could not tell what to clean."""
    sample = data[:65536]
    if b"\x00" in sample:
        return f"binary file, not text (NUL bytes, the first at byte {sample.index(0)})"
    at = [i for i, b in enumerate(sample) if b < 32 and b not in (9, 10, 12, 13, 27)]
    if len(at) <= max(8, len(sample) // 100):
        return None
    return (f"binary file, not text ({len(at)} control characters in the first {len(sample)} bytes, "
            f"the first \\x{sample[at[0]]:02x} at byte {at[0]})")


def drop_stray_nuls(data: bytes) -> bytes:
    """Text with a few NUL bytes: the NULs removed; anything else unchanged.

    Old editors and interrupted copies leave NUL padding after the text or a stray NUL in a
    line; the rest is a normal document, and refusing it as binary loses it.  A file is
    still binary when NULs are more than 1 in 1000 of its bytes (trailing padding not
    counted) -- UTF-16, which is half NULs, is told apart before this is asked.  NUL is no
    character of any Vietnamese text encoding, so nothing readable is lost."""
    if b"\x00" not in data:
        return data
    body = data.rstrip(b"\x00")
    if body.count(0) > max(2, len(body) // 1000):
        return data
    return body.replace(b"\x00", b"")


def plausible_text(text: str) -> bool:
    """Text, not bytes that happen to decode: few control, unassigned or private characters."""
    sample = text[:20000]
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\t\n\r\f")
    return bad <= len(sample) // 100


def mostly_utf8(data: bytes, notes: list[str] | None = None) -> str | None:
    """UTF-8 text with a few bytes that are not UTF-8, those bytes read as Windows-1252; None
    when the bytes are not such a text.

    Why: a UTF-8 document with a Windows quote or a Latin-1 letter pasted into it (a few
    bytes in thousands) was refused whole as undecodable.  The stray bytes are taken as
    Windows-1252, which is where such quotes and dashes come from (U+FFFD for the five codes
    it leaves undefined).  A legacy 8-bit file is never taken for this: its letters are
    invalid UTF-8 almost everywhere, so it fails the test below (at least 5 valid
    multi-byte characters for each invalid byte, and invalid bytes at most 1 in 500): the
    samples and unseen texts written in TCVN3, VNI, VISCII and Windows-1258 (672 files)
    have at most 0.12 valid characters per invalid byte, and 13 % or more invalid bytes."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = [i for i, ch in enumerate(text) if "\udc80" <= ch <= "\udcff"]
    if not bad:
        return text
    good = sum(1 for ch in text if ch > "\x7f") - len(bad)
    if good < 5 * len(bad) or len(bad) > max(4, len(data) // 500):
        return None
    chars = list(text)
    for i in bad:
        chars[i] = bytes([ord(chars[i]) - 0xDC00]).decode("cp1252", errors="replace")
    if notes is not None:
        first = len(text[:bad[0]].encode("utf-8", errors="surrogateescape"))
        notes.append(f"{len(bad)} bytes not UTF-8 (the first at byte {first}) read as Windows-1252")
    return "".join(chars)


def decode_bytes(data: bytes, notes: list[str] | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise :class:`IngestError` with the reason; what was
    done to read damaged text (bytes dropped or read otherwise) is added to ``notes``."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = mostly_utf8(data[3:], notes)
        if text is not None:
            return text, "utf-8-sig"
        return _strict(data[3:], "utf-8", "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", "utf-16")
    if len(data) >= 4:
        even_nul = data[0:200:2].count(0)
        odd_nul = data[1:200:2].count(0)
        half = min(100, len(data) // 2)
        for codec, nuls, others in (("utf-16-le", odd_nul, even_nul), ("utf-16-be", even_nul, odd_nul)):
            if nuls > 0.4 * half and others == 0:
                text, label = _strict(data, codec, codec)
                if not plausible_text(text):
                    raise IngestError("binary file, not text (NUL bytes, and not readable as UTF-16)")
                return text, label
    data = drop_stray_nuls(data)
    reason = binary_reason(data)
    if reason:
        raise IngestError(reason)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    text = mostly_utf8(data, notes)
    if text is not None:
        return text, "utf-8"
    mixed = mixed_lines(data, notes)
    if mixed is not None:
        return mixed
    best: tuple[float, str, str] | None = None
    for name, decoder in single_byte_candidates():
        try:
            text = decoder(data)
        except (UnicodeDecodeError, ValueError):
            continue
        score = vietnamese_score(text)
        if best is None or score > best[0]:
            best = (score, text, name)
    if best and best[0] >= 0.5:
        return best[1], best[2]
    raise IngestError(
        f"undecodable bytes: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
        "and not recognisable as Windows-1258, TCVN3 or VNI Vietnamese"
    )


def mixed_lines(data: bytes, notes: list[str] | None = None) -> tuple[str, str] | None:
    """A file whose lines are in two encodings -- UTF-8 lines and lines of one 8-bit Vietnamese
    encoding (texts pasted together from an old and a new file) -- read line by line, each
    in its own encoding; None when the file is not such a text.

    Why: the whole file was read in the 8-bit encoding, the UTF-8 lines turned into mojibake
    ('á»¦Y BAN' for 'ỦY BAN') without a word.  Both parts must read as Vietnamese (score 0.5,
    as a whole 8-bit file must), so a legacy file where a line happens to be valid UTF-8 is
    not split: such a line decodes to no Vietnamese."""
    lines = data.split(b"\n")
    utf8_at, other_at = [], []
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_at.append(i)
        except UnicodeDecodeError:
            other_at.append(i)
    if not utf8_at or not other_at:
        return None
    utf8_part = "\n".join(lines[i].decode("utf-8") for i in utf8_at)
    if vietnamese_score(utf8_part) < 0.5:
        return None
    other = b"\n".join(lines[i] for i in other_at)
    best: tuple[float, str] | None = None
    for name, decoder in single_byte_candidates():
        try:
            score = vietnamese_score(decoder(other))
        except (UnicodeDecodeError, ValueError):
            continue
        if best is None or score > best[0]:
            best = (score, name)
    if best is None or best[0] < 0.5:
        return None
    decode = dict(single_byte_candidates())[best[1]]
    utf8 = set(utf8_at)
    out = [line.decode("utf-8") if i in utf8 or line.isascii() else decode(line) for i, line in enumerate(lines)]
    if notes is not None:
        notes.append(f"mixed encodings: {len(utf8_at)} lines UTF-8 (the first line {utf8_at[0] + 1}), "
                     f"{len(other_at)} lines {best[1]} (the first line {other_at[0] + 1}); each read in its own")
    return "\n".join(out), f"utf-8+{best[1]}"


def single_byte_candidates():
    """(name, decoder) pairs for 8-bit Vietnamese encodings, most common first."""
    yield "cp1258", lambda b: unicodedata.normalize("NFC", b.decode("cp1258"))
    try:
        from pipeline.repair.legacy import byte_decoders
    except ImportError:  # the legacy tables are optional for plain text ingestion
        return
    yield from byte_decoders()


def _strict(data: bytes, codec: str, label: str) -> tuple[str, str]:
    try:
        return data.decode(codec), label
    except UnicodeDecodeError as exc:
        raise IngestError(f"undecodable bytes: declared {label} but {exc.reason} at byte {exc.start}") from exc


def read_text(path: Path, doc: Document, config: Config) -> Document:
    size = path.stat().st_size
    if size == 0:
        raise IngestError("empty file")
    if size > MAX_TEXT_BYTES:
        raise IngestError(f"text file too large ({size} bytes > {MAX_TEXT_BYTES})")
    data = path.read_bytes()
    text, encoding = decode_bytes(data, doc.warnings)
    if not encoding.startswith("utf-16") and b"\x00" in data:
        doc.warnings.append(f"{data.count(0)} NUL bytes removed (padding or stray NULs in the text)")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise IngestError("empty file (only white space)")
    doc.format = "txt"
    doc.encoding = encoding
    doc.lines = lines_from_text(text)
    doc.meta["newline"] = "\r\n" if "\r\n" in text[:10000] else "\n"
    doc.meta["final_newline"] = text.endswith(("\n", "\r"))
    longest = max(doc.lines, key=lambda ln: len(ln.text))
    alone = sum(1 for ln in doc.lines if ln.text.strip()) == 1
    if len(longest.text) > LONG_LINE or (alone and len(longest.text) > LONG_ALONE):
        doc.warnings.append(
            f"line {longest.number} is {len(longest.text)} characters long: a text whose header, sections "
            "and closing run on in one line (line breaks lost in an export) gives few or no tasks, since "
            "they are found line by line; restore its line breaks")
    return doc


# A paragraph of a directive is at most ~1,400 characters (the longest line of the 300-odd sample,
# unseen and held-out texts); a line over this holds a whole document or its body run together
# (session 11: the 2,700-character letter 05 on one line gave its header and no task, silently).
LONG_LINE = 5000
LONG_ALONE = 1000  # a text of one line only, longer than a paragraph: the same, said sooner
