"""Measure the structure stage against gold files, without running extract.

Section accuracy is measured the way vnscore.py scores a task's section (equal, or one path
a prefix of the other at a ' > ' boundary), for the line where each gold task's anchor
starts.  Header fields are compared the way vnscore.py compares them.

    python -m pipeline.structure.check samples/gold            # every gold file with a text
    python -m pipeline.structure.check GOLD_DIR --text-dir DIR  # texts elsewhere
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

from pipeline.config import Config
from pipeline.model import Document
from pipeline.structure.sections import section_path_at

_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", s)).strip().casefold()


def norm_section(s: str) -> str:
    parts = [p.strip().rstrip(".)") for p in re.split(r">|/", s or "") if p.strip()]
    return " > ".join(parts).casefold()


def section_match(pred: str, gold: str) -> bool:
    p, g = norm_section(pred), norm_section(gold)
    return p == g or p.startswith(g + " >") or (g.startswith(p + " >") and p != "")


def anchor_line(doc: Document, anchor: str, occurrence: int = 0) -> int | None:
    """The line where ``anchor`` starts (its ``occurrence``-th time), matching across line
    breaks and spacing."""
    pieces: list[tuple[int, int]] = []  # (offset in joined text, line number)
    buf: list[str] = []
    off = 0
    for ln in doc.lines:
        t = _WS.sub(" ", unicodedata.normalize("NFC", ln.text)).strip()
        if not t:
            continue
        pieces.append((off, ln.number))
        buf.append(t)
        off += len(t) + 1
    text = " ".join(buf)
    a = _WS.sub(" ", unicodedata.normalize("NFC", anchor)).strip()
    if text.find(a) < 0:
        # case folded only when the exact words are not there: a sentence must not be found in
        # the title that repeats it in capitals ('QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT ...')
        text, a = text.casefold(), a.casefold()
    if text.find(a) < 0 and len(a.split()) > 3:
        a = " ".join(a.split()[:-1])  # tolerate the last word differing
    i = -1
    if text.find(a) < 0:
        return _fuzzy_line(doc, anchor)
    for _ in range(occurrence + 1):
        j = text.find(a, i + 1)
        if j < 0:
            break
        i = j
    if i < 0:
        return None
    line = None
    for o, n in pieces:
        if o <= i:
            line = n
        else:
            break
    return line


def _fuzzy_line(doc: Document, anchor: str) -> int | None:
    """Broken input (the seed before repair) may not hold the anchor verbatim: the line that
    best holds its first words, if the match is close."""
    from rapidfuzz import fuzz

    a = _norm(anchor)[:40]
    best, best_score = None, 0.0
    for ln in doc.lines:
        t = _norm(ln.text)
        if len(t) < 10:
            continue
        sc = fuzz.partial_ratio(a, t)
        if sc > best_score:
            best, best_score = ln.number, sc
    return best if best_score >= 80 else None


def _anchor_col(doc: Document, line: int, anchor: str) -> int | None:
    """Where on ``line`` the anchor starts (its first three words), for an item that starts
    inside a line; None when the line does not hold them."""
    text = doc.line(line).text
    words = _WS.sub(" ", unicodedata.normalize("NFC", anchor)).strip().split()[:3]
    m = re.search(r"\s+".join(map(re.escape, words)), text) if words else None
    return m.start() if m else None


def section_accuracy(doc: Document, gold: dict, clean: str | None = None) -> tuple[int, int, list[str]]:
    """(hits, tasks scored, what was wrong) of the section paths at the gold anchors' lines.

    ``clean``: the gold clean text when ``doc`` was read from a broken input that it renders
    line for line (the seed, the OCR'd letters m7-m9): the anchors are the clean text's words,
    which the input may not hold (or may hold damaged, so that a fuzzy search lands on another
    line), so each anchor's line is found in the clean text and the section is read at that
    line of ``doc``."""
    from pipeline.model import lines_from_text

    where = doc
    if clean is not None:
        lines = lines_from_text(clean)
        if len(lines) == len(doc.lines):
            where = Document(doc_id=doc.doc_id, lines=lines)
    hits = n = 0
    wrong: list[str] = []
    seen: dict[str, int] = {}
    for t in gold.get("tasks", []):
        if "section" not in t:
            continue
        k = _norm(t["anchor"])
        line = anchor_line(where, t["anchor"], seen.get(k, 0))
        seen[k] = seen.get(k, 0) + 1
        n += 1
        pred = section_path_at(doc, line, _anchor_col(doc, line, t["anchor"])) if line else ""
        if section_match(pred, t["section"]):
            hits += 1
        else:
            wrong.append(f"{gold['doc_id']}: line {line} '{t['anchor'][:40]}': {pred!r}, gold {t['section']!r}")
    return hits, n, wrong


HEADER_FIELDS = ("doc_type", "number", "date", "issuer", "signer_title", "signer")


def header_value(doc: Document, field: str) -> str:
    v = getattr(doc.header, field)
    return "" if v is None else str(v)


def _fold_tone(s: str) -> str:
    fold = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
    for k, v in fold.items():
        s = s.replace(k, v)
    return s


def header_match(field: str, pred: str, gold: str) -> bool:
    if field == "number":
        return re.sub(r"\s+", "", pred).casefold() == re.sub(r"\s+", "", gold).casefold()
    if field == "date":
        return pred.strip()[:10] == gold
    p, g = _fold_tone(_norm(pred)).strip(" .:"), _fold_tone(_norm(gold)).strip(" .:")
    if field == "issuer":
        # a name's hyphen is spaced or not, and a dash of any length, as the scorer (vnscore.py's
        # office_match) takes them: 'BÀ RỊA-VŨNG TÀU', 'Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu',
        # 'Thừa Thiên-Huế' are one name
        p, g = _dash_fold(p), _dash_fold(g)
        return p == g or (len(p) > 8 and len(g) > 8 and (p in g or g in p)) or _issuer_expand(p) == _issuer_expand(g)
    return p == g


def _dash_fold(s: str) -> str:
    return re.sub(r"\s*[-\u2010-\u2015]\s*", " - ", s)


def _issuer_expand(s: str) -> str:
    return s.replace("ubnd", "ủy ban nhân dân").replace("uỷ", "ủy")


def run(gold_dirs: list[Path], text_dirs: list[Path], repair: bool = True) -> dict:
    from pipeline.model import lines_from_text
    from pipeline.repair import repair_text
    from pipeline.structure import structure

    sec_hits = sec_n = 0
    wrong: list[str] = []
    fields = {f: [0, 0] for f in HEADER_FIELDS}
    docs = 0
    for gd in gold_dirs:
        for gf in sorted(gd.glob("*.tasks.json")):
            gold = json.loads(gf.read_text(encoding="utf-8"))
            doc_id = gold["doc_id"]
            src = next((d / f"{doc_id}.txt" for d in text_dirs if (d / f"{doc_id}.txt").exists()), None)
            if src is None:
                continue
            docs += 1
            text = src.read_text(encoding="utf-8")
            doc = repair_text(text, doc_id=doc_id) if repair else Document(doc_id=doc_id, lines=lines_from_text(text))
            structure(doc, Config())
            clean = gf.with_name(f"{doc_id}.clean.txt")
            h, n, w = section_accuracy(doc, gold, clean.read_text(encoding="utf-8") if clean.exists() else None)
            sec_hits += h
            sec_n += n
            wrong.extend(w)
            for f in HEADER_FIELDS:
                g = (gold.get("header") or {}).get(f)
                if g is None:
                    continue
                fields[f][1] += 1
                ok = header_match(f, header_value(doc, f), str(g))
                fields[f][0] += ok
                if not ok:
                    wrong.append(f"{doc_id}: {f} {header_value(doc, f)!r}, gold {g!r}")
    return {
        "documents": docs,
        "section_accuracy": round(sec_hits / sec_n, 4) if sec_n else None,
        "sections_scored": sec_n,
        **{f: (round(a / b, 4) if b else None) for f, (a, b) in fields.items()},
        "wrong": wrong[:60],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--text-dir", action="append", type=Path, default=[])
    ap.add_argument("--no-repair", action="store_true", help="structure the texts as they are (clean texts)")
    a = ap.parse_args(argv)
    here = Path(__file__).resolve().parents[2]
    text_dirs = a.text_dir or [here / "samples" / "text", here.parent / "shared" / "realdocs" / "text"]
    print(json.dumps(run(a.gold, text_dirs, repair=not a.no_repair), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
