"""Personal names respelled from a name model where a guessing repair left their marks wrong.

The diacritics and OCR repairs put marks back from a language model of running text, and a
personal name is not running text: a signer typed without marks, 'Nguyen Van Tinh', came back
as words ('Nguyễn Văn Tính'), so the header's signer was wrong (benchmarks/end_to_end.py,
stripped diacritics: 21 signers).  Names are close to a closed set by position (few surnames,
a short list of middle names, given names whose marks are skewed), so models/names.json
(built by models/build_names.py from the gazette's signatures and names after 'ông/bà/đồng
chí' and a title, and from our samples) counts the marked spellings of each folded syllable
as a surname, a middle name and a given name, and of whole names.

A span is read as a name only where a name is certain: a line that is a name and nothing else
(the signature's name line), a name after 'ông', 'bà', 'đồng chí', 'đ/c', or a name closing a
line after a title in capitals ('THỨ TRƯỞNG Nguyen Van A'); and its first word must fold to a
known surname.  A word whose spelling no name has in its position ('Hựu' as a middle name,
'Hủy' as a given name) gets the dominant spelling names give its fold there ('Hữu', 'Huy'); a
spelling names do have stays (one plausible name is never traded for another), and a whole
name the model knows gets that name's spelling.
Lines are changed only where a guessing repair touched them, or where a whole-line name was
left without marks in a document that has them (a name typed so by a stripped line: the
surname 'Nguyen' is never written without its marks in marked Vietnamese text).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from pipeline.config import Config
from pipeline.model import Document
from pipeline.repair.record import guessed_lines, record_change
from pipeline.structure.titles import NAME_RE, RANK_RE, is_personal_name
from pipeline.vietnamese import fold

CONFIDENCE = 0.85
# one spelling must be this many times as frequent as the next for a position's choice
DOMINANCE = 2.0
MIN_POSITION_COUNT = 1  # a wrong spelling is replaced by the one names give its fold
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_HONORIFIC_RE = re.compile(r"(?<![^\W_])(?:ông|bà|đồng\s+chí|đ/c|ong|ba|dong\s+chi)\s+", re.IGNORECASE)
_MARKUP = re.compile(r"^[\s*_]+|[\s*_]+$")


@lru_cache(maxsize=4)
def load_names(models_dir: str | None) -> dict:
    path = Path(models_dir or Path(__file__).resolve().parents[2] / "models") / "names.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _pick(table: dict[str, int] | None, least: int = 1) -> str | None:
    """The dominant spelling of a table {spelling: count} seen at least ``least`` times, or None."""
    if not table:
        return None
    ranked = sorted(table.items(), key=lambda kv: -kv[1])
    if ranked[0][1] < least:
        return None
    if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return None


# Words that open a title, not a name, when written with their marks: 'Đồng chí Trưởng Ban
# xây dựng Đảng' is no 'Trương Ban'; the stripped 'Truong Van A' may still be a name.
_TITLE_WORDS = {"trưởng", "thứ", "phó", "chủ", "giám", "chánh", "tổng", "bí", "cục", "vụ", "ủy", "uỷ",
                "đại", "thượng", "thiếu", "trung", "viện", "hiệu", "kế"}


def respell_name(span: str, model: dict) -> str | None:
    """``span`` ('Nguyễn Văn Tính') with the model's marks ('Nguyễn Văn Tĩnh'), its capitals kept;
    None when nothing changes or the span is no name the model can speak for."""
    words = span.split()
    if not 2 <= len(words) <= 5 or fold(words[0]) not in model.get("surname", {}):
        return None
    if words[0].lower() in _TITLE_WORDS or not is_personal_name(" ".join(w[:1] + w[1:].lower() for w in words)):
        return None
    whole = _pick(model.get("full", {}).get(fold(" ".join(words))))
    if whole and len(whole.split()) == len(words):
        want = whole.split()
    else:
        want = []
        for i, w in enumerate(words):
            table = model.get("surname" if i == 0 else "given" if i == len(words) - 1 else "middle", {}).get(fold(w))
            if not table or any(sp.lower() == w.lower() for sp in table):
                # a spelling names have in this position stays: one plausible name is not
                # traded for another ('Thành' and 'Thanh' are both given names)
                want.append(w)
            else:
                want.append(_pick(table, least=MIN_POSITION_COUNT) or w)
    out = []
    for w, s in zip(words, want):
        if fold(w) != fold(s) or len(w) != len(s):
            return None
        out.append("".join(b.upper() if a.isupper() else b.lower() for a, b in zip(w, s)))
    new = " ".join(out)
    return new if new != " ".join(words) else None


def _name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the places in ``text`` where a name is certain (see the module doc); a
    line of a table is read cell by cell ('| ... | KT. BỘ TRƯỞNG THỨ TRƯỞNG Cao Huy |')."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for cell in text.split("|"):
        spans.extend((pos + a, pos + b) for a, b in _cell_name_spans(cell))
        pos += len(cell) + 1
    return spans


def _cell_name_spans(text: str) -> list[tuple[int, int]]:
    core = _MARKUP.sub("", text)
    off = text.find(core) if core else -1
    if core and off >= 0:
        rank = RANK_RE.match(core)
        start = rank.end() if rank else 0
        if NAME_RE.fullmatch(core[start:].strip()):
            s = off + start + (len(core[start:]) - len(core[start:].lstrip()))
            return [(s, off + len(core.rstrip()))]
    spans = []
    for m in NAME_RE.finditer(text):
        before, after = text[:m.start()], text[m.end():]
        hon = _HONORIFIC_RE.search(before[-14:])
        if hon and hon.end() == len(before[-14:]):
            spans.append((m.start(), m.end()))
            continue
        # a name under its title, the signature flattened onto one line: 'PHÓ CHỦ TỊCH Nguyễn
        # Hữu Tháp' at the line's end or before the next uppercase text ('... Tháp CHƯƠNG TRÌNH')
        prev = before.split()[-1] if before.split() else ""
        nxt = after.split()[0] if after.split() else ""
        if len(prev) > 1 and prev.isupper() and (not nxt or (len(nxt) > 1 and nxt.isupper())):
            spans.append((m.start(), m.end()))
    return spans


def respell_names(text: str, model: dict) -> str:
    out = text
    for start, end in reversed(_name_spans(text)):
        new = respell_name(text[start:end], model)
        if new:
            out = out[:start] + new + out[end:]
    return out


def repair_person_names(doc: Document, config: Config) -> Document:
    """Respell the personal names on the lines a diacritics or OCR repair guessed, and on
    whole-line names left without marks in a document that has marks."""
    model = load_names(str(config.models_dir) if getattr(config, "models_dir", None) else None)
    if not model:
        return doc
    lines = guessed_lines(doc)
    marked_doc = None
    surnames = model.get("surname", {})
    for ln in doc.lines:
        if ln.number in lines or _NON_ASCII.search(ln.text):
            continue
        words = _MARKUP.sub("", ln.text).split()
        if not 2 <= len(words) <= 5 or fold(words[0]) not in surnames or not NAME_RE.fullmatch(" ".join(words)):
            continue
        # an unmarked name line: a stripped one only if its surname is never written unmarked
        if not all(_NON_ASCII.search(s) for s in surnames[fold(words[0])]):
            continue
        if marked_doc is None:
            marked_doc = sum(1 for x in doc.lines if _NON_ASCII.search(x.text)) >= max(3, len(doc.lines) // 4)
        if marked_doc:
            lines[ln.number] = "diacritics"
    for n, kind in sorted(lines.items()):
        line = doc.line(n)
        new = respell_names(line.text, model)
        if new != line.text:
            record_change(doc, line, new, kind, CONFIDENCE, note="personal name as the name model spells it")
    return doc
