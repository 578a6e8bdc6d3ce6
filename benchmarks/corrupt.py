"""Break clean Vietnamese directives the ways real ones arrive broken (for benchmarks/repair.py).

Every generator is deterministic for a given ``random.Random`` and keeps the line structure
(one output line per input line), so a repaired output can be scored line by line against
the clean text.  The models follow the seed's evidence (samples/text/000_*.txt):

- ``glyph``: one PDF font (the headings: numbered or all-capitals lines, plus a run of body
  lines like the seed's closing paragraph) lost a set of 5-10 glyphs, common letters, some
  accented ones, and digits; each of its characters became a space.
- ``cid``: the same, written as '(cid:NN)' with one number per character.
- ``encoding-*``: TCVN3 / VNI / VISCII surface text (as a PDF text layer shows it) for the
  whole document, for single lines (a mixed document), or for runs inside lines; TCVN3
  capitals are typed with the lowercase codes a '.VnTimeH' font draws as capitals.
- ``codepoint``: NFD lines, 'ƣ' for 'ư' (an old font's code), 'Ð' for 'Đ', marks on the
  wrong vowel ('người' -> 'ngừơi').
- ``diacritics``: whole paragraphs typed without marks; ``ocr``: look-alike marks, lost hats
  and horns, đ->d.
"""
from __future__ import annotations

import random
import re
import unicodedata

from pipeline.repair.legacy import ENCODERS
from pipeline.vietnamese import strip_accents

_LABEL = re.compile(r"^\s*(?:[IVXLC]+\.|[A-Z]\.|\d+(?:\.\d+)*\.)\s")
# characters a font may lose, weighted by how often they occur in directives
_LOSABLE_COMMON = list("aghinotcumy")
_LOSABLE_MARKED = list("áàảạăâấầậêếềệôốồộơớờợưứừựđíìịóòọúùụýạ")


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return False
    caps = sum(c.isupper() for c in letters) / len(letters)
    return bool(_LABEL.match(line)) and len(line) < 90 or (caps > 0.8 and len(letters) > 3)


def pick_font_lines(lines: list[str], rng: random.Random) -> list[int]:
    """The lines set in the damaged font: headings plus one run of body lines."""
    heads = [k for k, ln in enumerate(lines) if _is_heading(ln)]
    chosen = set(rng.sample(heads, min(len(heads), max(2, len(heads) // 2)))) if heads else set()
    body = [k for k, ln in enumerate(lines) if len(ln.split()) >= 4]
    if body:
        start = rng.choice(body)
        chosen.update(k for k in range(start, min(len(lines), start + 4)) if lines[k].strip())
    return sorted(chosen)


def pick_lost_set(text: str, rng: random.Random) -> list[str]:
    present = set(text)
    common = [c for c in _LOSABLE_COMMON if c in present]
    marked = [c for c in _LOSABLE_MARKED if c in present]
    lost = rng.sample(common, min(len(common), rng.randint(2, 4)))
    lost += rng.sample(marked, min(len(marked), rng.randint(2, 5)))
    if rng.random() < 0.6:
        lost += rng.sample(list("123456789"), rng.randint(1, 2))
    return lost


def lose_glyphs(text: str, rng: random.Random, as_cid: bool = False) -> tuple[str, dict]:
    lines = text.split("\n")
    font = pick_font_lines(lines, rng)
    lost = pick_lost_set("\n".join(lines[k] for k in font), rng)
    codes = {c: str(rng.randint(3, 240)) for c in lost}
    while len(set(codes.values())) < len(codes):
        codes = {c: str(rng.randint(3, 240)) for c in lost}
    for k in font:
        ln = unicodedata.normalize("NFC", lines[k])
        lines[k] = "".join((f"(cid:{codes[c]})" if as_cid else " ") if c in codes else c for c in ln)
    return "\n".join(lines), {"lines": font, "lost": "".join(lost)}


def encode(text: str, rng: random.Random, enc: str, scope: str) -> tuple[str, dict]:
    """scope: 'doc' (everything), 'lines' (a fifth of the lines), 'runs' (3-8 words in lines)."""
    f = ENCODERS[enc]
    lines = text.split("\n")
    touched = []
    for k, ln in enumerate(lines):
        if not ln.strip():
            continue
        if scope == "doc":
            lines[k] = f(ln)
            touched.append(k)
        elif scope == "lines" and rng.random() < 0.2:
            lines[k] = f(ln)
            touched.append(k)
        elif scope == "runs" and rng.random() < 0.2:
            words = ln.split(" ")
            if len(words) < 6:
                continue
            a = rng.randrange(0, len(words) - 3)
            b = min(len(words), a + rng.randint(3, 8))
            words[a:b] = [f(w) for w in words[a:b]]
            lines[k] = " ".join(words)
            touched.append(k)
    return "\n".join(lines), {"lines": touched, "encoding": enc}


_MISPLACE = [("ười", "ừơi"), ("ương", "ương"), ("ước", "ứơc"), ("ường", "ừơng"), ("uộc", "ụôc"),
             ("iệc", "ịêc"), ("uyế", "uýê"), ("ưới", "ứơi")]


def codepoints(text: str, rng: random.Random) -> tuple[str, dict]:
    lines = text.split("\n")
    touched = []
    for k, ln in enumerate(lines):
        if not ln.strip() or rng.random() > 0.3:
            continue
        r = rng.random()
        if r < 0.3:
            new = unicodedata.normalize("NFD", ln)
        elif r < 0.55:
            new = ln.replace("ư", "ƣ").replace("Ư", "Ƣ")
        elif r < 0.7:
            new = ln.replace("Đ", "Ð")
        else:
            new = ln
            for a, b in _MISPLACE:
                if a != b and a in new and rng.random() < 0.7:
                    new = new.replace(a, b)
        if new != ln:
            lines[k] = new
            touched.append(k)
    return "\n".join(lines), {"lines": touched}


def strip_diacritics(text: str, rng: random.Random) -> tuple[str, dict]:
    lines = text.split("\n")
    touched = [k for k, ln in enumerate(lines) if ln.strip() and rng.random() < 0.3]
    for k in touched:
        lines[k] = strip_accents(unicodedata.normalize("NFC", lines[k]))
    return "\n".join(lines), {"lines": touched}


_OCR = [("ấ", "ẩ"), ("ẩ", "ấ"), ("ẽ", "ẻ"), ("ơ", "o"), ("ư", "u"), ("â", "a"), ("đ", "d"), ("ộ", "ô"),
        ("ệ", "ê"), ("ỉ", "í")]


def ocr_confusions(text: str, rng: random.Random) -> tuple[str, dict]:
    lines = text.split("\n")
    touched = []
    for k, ln in enumerate(lines):
        if not ln.strip():
            continue
        words = ln.split(" ")
        changed = False
        for i, w in enumerate(words):
            if rng.random() < 0.04:
                for a, b in rng.sample(_OCR, len(_OCR)):
                    if a in w:
                        words[i] = w.replace(a, b, 1)
                        changed = True
                        break
        if changed:
            lines[k] = " ".join(words)
            touched.append(k)
    return "\n".join(lines), {"lines": touched}


KINDS = {
    "glyph": lambda t, r: lose_glyphs(t, r),
    "cid": lambda t, r: lose_glyphs(t, r, as_cid=True),
    "encoding-tcvn3-doc": lambda t, r: encode(t, r, "tcvn3", "doc"),
    "encoding-vni-doc": lambda t, r: encode(t, r, "vni", "doc"),
    "encoding-viscii-doc": lambda t, r: encode(t, r, "viscii", "doc"),
    "encoding-lines": lambda t, r: encode(t, r, r.choice(["tcvn3", "vni", "viscii"]), "lines"),
    "encoding-runs": lambda t, r: encode(t, r, r.choice(["tcvn3", "vni"]), "runs"),
    "codepoint": codepoints,
    "diacritics": strip_diacritics,
    "ocr": ocr_confusions,
}


def corrupt(text: str, kind: str, seed: int) -> tuple[str, dict]:
    """Corrupt ``text`` one way; the same (text, kind, seed) always gives the same output."""
    rng = random.Random(f"{kind}:{seed}")
    return KINDS[kind](text, rng)
