"""The text layer of a PDF page as positioned segments with font runs.

Measured on the Công báo PDFs in realdocs (P07, P08; 1,600 characters a page): pdfplumber's
``extract_text`` costs 150 ms a page, pypdfium2's ``get_text_range`` 5 ms, and walking
pdfium's characters one by one with their boxes, sizes and fonts (what we need for columns
and font runs) about 13 ms.  So pdfium is the default path: the same characters, in the same
order, with pdfium's generated spaces and line breaks (which also avoids pdfplumber's
'21/C T-TTg' split of tightly kerned capitals).

pdfplumber (pdfminer) is used for a page only where pdfium cannot say what it needs: glyphs
without a Unicode mapping.  pdfium reports them as U+FFFE/U+FFFD/control characters and
loses the character code; pdfminer writes them as '(cid:NN)' with the font name, which is
what the repair stage's CID decoder works from (see :func:`page_segments_plumber`).
"""
from __future__ import annotations

import ctypes
import re
import unicodedata

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.ingest.layout import Segment
from pipeline.model import FontRun

_SUBSET_RE = re.compile(r"^[A-Z]{6}\+")
# pdfium's answers for a glyph it cannot map to Unicode
_UNMAPPED = {0, 0xFFFE, 0xFFFD, 0xFFFF}
_UNMAPPED_CHARS = {chr(u) for u in _UNMAPPED}
_BAD_RE = re.compile("[\x00-\x1f\ufffd\ufffe\uffff]")
TEXT_RENDER_INVISIBLE = 3  # PDF text render mode 3: neither fill nor stroke (OCR layers)


class FontCache:
    """Font name and boldness per pdfium text object, looked up once per font handle."""

    def __init__(self) -> None:
        self._by_font: dict[int, tuple[str, bool]] = {}
        self._buf = ctypes.create_string_buffer(256)

    def font_of(self, textobj) -> tuple[str, bool, bool]:
        """(name without subset prefix, bold, invisible) for a text page object."""
        if not textobj:
            return "", False, False
        invisible = pdfium_c.FPDFTextObj_GetTextRenderMode(textobj) == TEXT_RENDER_INVISIBLE
        font = pdfium_c.FPDFTextObj_GetFont(textobj)
        key = ctypes.cast(font, ctypes.c_void_p).value or 0
        hit = self._by_font.get(key)
        if hit is None:
            n = pdfium_c.FPDFFont_GetBaseFontName(font, self._buf, len(self._buf))
            name = self._buf.raw[: max(n - 1, 0)].decode("latin-1", "replace") if n else ""
            name = _SUBSET_RE.sub("", name)
            weight = pdfium_c.FPDFFont_GetWeight(font)
            bold = weight >= 600 or bool(re.search(r"bold|black|heavy|demi", name, re.I))
            hit = (name, bold)
            self._by_font[key] = hit
        return hit[0], hit[1], invisible


def page_text(raw, count: int) -> str:
    """The page's characters, one per pdfium character index.

    pdfium's bulk ``FPDFText_GetText`` is one call instead of one per character (2 ms of a
    9 ms page on the Công báo PDFs), and on every page of realdocs P07-P10 and the generated
    samples it gave the same characters at the same indices except for one thing: it writes
    U+FFFE where ``FPDFText_GetUnicode`` says 0x02 (a soft hyphen at a line end).  U+FFFE is
    also what an unmapped glyph gives, so each U+FFFE is asked again per character; and if
    the lengths ever differ (characters dropped), the per-character reading is used."""
    get_unicode = pdfium_c.FPDFText_GetUnicode
    if count <= 0:
        return ""
    buf = ctypes.create_string_buffer((count + 1) * 2)
    got = pdfium_c.FPDFText_GetText(raw, 0, count, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    text = buf.raw[: max(got - 1, 0) * 2].decode("utf-16-le", "surrogatepass")
    if len(text) != count:
        return "".join([chr(get_unicode(raw, k)) for k in range(count)])
    if "\ufffe" in text:
        chars = list(text)
        for k, ch in enumerate(chars):
            if ch == "\ufffe":
                chars[k] = chr(get_unicode(raw, k))
        text = "".join(chars)
    return text


_TOKEN_RE = re.compile(r"\r\n|[\r\n\x02]|[ \t]|[^ \t\r\n\x02]+")


def page_segments(page: pdfium.PdfPage, fonts: FontCache | None = None) -> tuple[list[Segment], dict]:
    """Segments of a page's text layer, top-left origin, and facts about the layer.

    The page's characters are read first (pdfium's own order with its generated spaces and
    line breaks), then boxes, sizes and fonts are asked per word (its first and last
    character), not per character: a third of the calls.  :func:`page_segments_chars`, the
    per-character walk, gives the same result (kept for comparison and tests).
    """
    fonts = fonts or FontCache()
    textpage = page.get_textpage()
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    text = page_text(raw, count)
    height = page.get_height()
    rotation = page.get_rotation() % 360
    # pdfium's character boxes are in the page's own space; a page with /Rotate is shown
    # turned, and layout must see it as shown (get_width/get_height are already turned)
    raw_w, raw_h = (height, page.get_width()) if rotation in (90, 270) else (page.get_width(), height)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    get_box, get_size, get_obj = pdfium_c.FPDFText_GetCharBox, pdfium_c.FPDFText_GetFontSize, \
        pdfium_c.FPDFText_GetTextObject
    is_generated = pdfium_c.FPDFText_IsGenerated
    segs: list[Segment] = []
    info = {"chars": 0, "unmapped": 0, "invisible": 0, "fonts": set()}
    parts: list[str] = []
    length = 0
    runs: list[FontRun] = []
    box: list[float] | None = None  # x0, y_low, x1, y_high in PDF coordinates
    size = seg_size = 0.0
    prev_x1: float | None = None
    last_obj = None
    cur_font = ("", False, False)

    def flush() -> None:
        nonlocal parts, length, runs, box, seg_size, prev_x1
        line = "".join(parts)
        stripped = line.rstrip()
        if stripped.strip() and box is not None:
            lead = len(stripped) - len(stripped.lstrip())
            line = stripped.lstrip()
            fr = [FontRun(max(r.start - lead, 0), min(r.end - lead, len(line)), r.font, r.size, r.bold)
                  for r in runs if r.end - lead > 0 and r.start - lead < len(line)]
            line, fr = nfc_with_runs(line, fr)
            segs.append(Segment(text=line, x0=box[0], top=height - box[3], x1=box[2], bottom=height - box[1],
                                fonts=fr, size=round(seg_size, 2)))
        parts, length, runs, box, seg_size, prev_x1 = [], 0, [], None, 0.0, None

    def add(piece: str, name: str, bold: bool, piece_size: float) -> None:
        nonlocal length
        last = runs[-1] if runs else None
        if last is not None and last.end == length and last.font == name and last.bold == bold \
                and abs(last.size - piece_size) < 0.5:
            last.end = length + len(piece)
        else:
            runs.append(FontRun(length, length + len(piece), name, round(piece_size, 2), bold))
            info["fonts"].add(name)
        parts.append(piece)
        length += len(piece)

    # a control character, or pdfium's answer for a glyph without Unicode, on the page
    page_bad = bool(_BAD_RE.search(text.replace("\x02", "").replace("\r", "").replace("\n", "")))
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        k = m.start()
        if tok in ("\r\n", "\r", "\n"):
            flush()
            continue
        if tok == "\x02":  # pdfium's marker for a soft hyphen at a line end
            parts.append("\u00ad")
            length += 1
            flush()
            continue
        if tok == " " or tok == "\t":
            if is_generated(raw, k) == 1:  # a space pdfium inferred from a gap
                if parts and not parts[-1].endswith(" "):
                    parts.append(" ")
                    length += 1
                continue
            # A real space glyph (or a glyph the font maps to a space, as in the seed's
            # heading font) is kept as is, in the current font run.
            if parts:
                info["chars"] += 1
                add(" ", cur_font[0], cur_font[1], size)
            continue
        end = k + len(tok) - 1
        get_box(raw, k, left, right, bottom, top)
        x0, y0, y1 = left.value, bottom.value, top.value
        x1 = right.value
        if end != k:
            get_box(raw, end, left, right, bottom, top)
            x1 = max(x1, right.value)
            y0, y1 = min(y0, bottom.value), max(y1, top.value)
        if rotation:
            x0, x1, y0, y1 = rotate_box(x0, x1, y0, y1, rotation, raw_w, raw_h)
        size = get_size(raw, k)
        if prev_x1 is not None and x0 - prev_x1 > 2 * max(size, 4.0) and parts:
            flush()
        obj = get_obj(raw, k)
        objkey = ctypes.cast(obj, ctypes.c_void_p).value
        if objkey != last_obj:
            cur_font = fonts.font_of(obj)
            last_obj = objkey
        name, bold, invisible = cur_font
        info["chars"] += len(tok)
        if invisible:
            info["invisible"] += len(tok)
        if page_bad:
            bad = sum(1 for ch in tok if ch in _UNMAPPED_CHARS or ch < " ")
            if bad:
                info["unmapped"] += bad
                tok = "".join("\ufffd" if (ch in _UNMAPPED_CHARS or ch < " ") else ch for ch in tok)
        if box is None:
            box = [x0, y0, x1, y1]
        else:
            if x0 < box[0]:
                box[0] = x0
            if y0 < box[1]:
                box[1] = y0
            if x1 > box[2]:
                box[2] = x1
            if y1 > box[3]:
                box[3] = y1
        if size > seg_size:
            seg_size = size
        prev_x1 = x1
        # add(tok, ...) inlined: this is the per-word hot path
        last = runs[-1] if runs else None
        if last is not None and last.end == length and last.font == name and last.bold == bold \
                and abs(last.size - size) < 0.5:
            last.end = length + len(tok)
        else:
            runs.append(FontRun(length, length + len(tok), name, round(size, 2), bold))
            info["fonts"].add(name)
        parts.append(tok)
        length += len(tok)
    flush()
    textpage.close()
    return segs, info


def rotate_box(left: float, right: float, bottom: float, top: float, rotation: int,
               width: float, height: float) -> tuple[float, float, float, float]:
    """A box in the page's own space (y up; ``width`` x ``height`` unrotated) as shown after
    ``/Rotate`` (clockwise degrees): (left, right, bottom, top) in the shown page's space."""
    if rotation == 90:  # (x, y) -> (y, W - x)
        return bottom, top, width - right, width - left
    if rotation == 180:  # (x, y) -> (W - x, H - y)
        return width - right, width - left, height - top, height - bottom
    if rotation == 270:  # (x, y) -> (H - y, x)
        return height - top, height - bottom, left, right
    return left, right, bottom, top


def page_segments_chars(page: pdfium.PdfPage, fonts: FontCache | None = None) -> tuple[list[Segment], dict]:
    """Segments of a page's text layer, walking pdfium's characters one by one (pages
    without /Rotate: kept to check :func:`page_segments` against).

    A segment ends at pdfium's line breaks and where the gap to the next character is wider
    than two font sizes (two columns on one baseline, or a page number far right).
    Returns ``(segments, info)``; info has ``chars``, ``unmapped`` (glyphs without Unicode),
    ``invisible`` (characters drawn in render mode 3) and ``fonts`` (names seen).
    """
    fonts = fonts or FontCache()
    height = page.get_height()
    textpage = page.get_textpage()
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    segs: list[Segment] = []
    info = {"chars": 0, "unmapped": 0, "invisible": 0, "fonts": set()}

    chars: list[str] = []
    runs: list[FontRun] = []
    box = [0.0, 0.0, 0.0, 0.0]  # x0, y_low, x1, y_high in PDF coordinates
    sizes: list[float] = []
    prev_x1 = None
    last_obj = None
    cur_font = ("", False, False)

    def flush() -> None:
        nonlocal chars, runs, box, sizes, prev_x1
        text = "".join(chars)
        stripped = text.rstrip()
        if stripped.strip():
            lead = len(stripped) - len(stripped.lstrip())
            text = stripped.lstrip()
            fr = [FontRun(max(r.start - lead, 0), min(r.end - lead, len(text)), r.font, r.size, r.bold)
                  for r in runs if r.end - lead > 0 and r.start - lead < len(text)]
            size = max(sizes) if sizes else 0.0
            text, fr = nfc_with_runs(text, fr)
            segs.append(Segment(text=text,
                                x0=box[0], top=height - box[3], x1=box[2], bottom=height - box[1],
                                fonts=fr, size=round(size, 2)))
        chars, runs, sizes = [], [], []
        box = [0.0, 0.0, 0.0, 0.0]
        prev_x1 = None

    get_box, get_size, get_obj = pdfium_c.FPDFText_GetCharBox, pdfium_c.FPDFText_GetFontSize, \
        pdfium_c.FPDFText_GetTextObject
    get_unicode, is_generated = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_IsGenerated
    n_chars = n_invisible = 0
    size = 0.0
    for k in range(count):
        u = get_unicode(raw, k)
        if u == 32 or u == 9:
            if is_generated(raw, k) == 1:  # a space pdfium inferred from a gap
                if chars and chars[-1] != " ":
                    chars.append(" ")
                continue
            # A real space glyph (or a glyph the font maps to a space, as in the seed's
            # heading font) is kept as is, in the current font run; it needs no box.
            ch = " "
        elif u in (13, 10, 2):  # pdfium's line break (CR LF) or a soft hyphen marker
            if u == 2:
                chars.append("\u00ad")
            flush()
            continue
        else:
            get_box(raw, k, left, right, bottom, top)
            x0, x1 = left.value, right.value
            word_start = not chars or chars[-1] == " "
            if word_start:
                # Size and font are looked up where they can change, at segment and word
                # starts: a lookup per character costs a third of the page time.
                size = get_size(raw, k)
            if prev_x1 is not None and x0 - prev_x1 > 2 * max(size, 4.0) and chars:
                flush()
                word_start = True
            if word_start:
                obj = get_obj(raw, k)
                objkey = ctypes.cast(obj, ctypes.c_void_p).value
                if objkey != last_obj:
                    cur_font = fonts.font_of(obj)
                    last_obj = objkey
            if u in _UNMAPPED or u < 32:
                info["unmapped"] += 1
                ch = "\ufffd"
            else:
                ch = chr(u)
            b, t = bottom.value, top.value
            if not sizes:
                box = [x0, b, x1, t]
            else:
                if x0 < box[0]:
                    box[0] = x0
                if b < box[1]:
                    box[1] = b
                if x1 > box[2]:
                    box[2] = x1
                if t > box[3]:
                    box[3] = t
            sizes.append(size)
            prev_x1 = x1
        name, bold, invisible = cur_font
        n_chars += 1
        if invisible:
            n_invisible += 1
        col = len(chars)
        chars.append(ch)
        last = runs[-1] if runs else None
        if last is not None and last.end == col and last.font == name and last.bold == bold \
                and abs(last.size - size) < 0.5:
            last.end = col + 1
        else:
            runs.append(FontRun(col, col + 1, name, round(size, 2), bold))
            info["fonts"].add(name)
    flush()
    textpage.close()
    info["chars"], info["invisible"] = n_chars, n_invisible
    return segs, info


def page_segments_plumber(plumber_page) -> list[Segment]:
    """Segments from pdfplumber for a page whose glyphs pdfium cannot map to Unicode.

    pdfminer keeps such glyphs as '(cid:NN)' with their font name, which the repair stage
    decodes per font.  Words are grouped by pdfplumber (x_tolerance=1.5 keeps tightly set
    capitals together) and then into segments at wide gaps, like the pdfium path.
    """
    words = plumber_page.extract_words(x_tolerance=1.5, y_tolerance=3, keep_blank_chars=False,
                                       use_text_flow=True, extra_attrs=["fontname", "size"])
    segs: list[Segment] = []
    cur: Segment | None = None
    for w in words:
        name = _SUBSET_RE.sub("", w.get("fontname", ""))
        bold = bool(re.search(r"bold|black|heavy|demi", name, re.I))
        size = float(w.get("size", 0.0))
        text = w["text"]
        new_line = cur is None or abs(w["top"] - cur.top) > 0.5 * max(size, 4.0) or w["x0"] < cur.x1 - 1 \
            or w["x0"] - cur.x1 > 3 * max(size, 4.0)
        if new_line:
            if cur is not None:
                segs.append(cur)
            cur = Segment(text="", x0=w["x0"], top=w["top"], x1=w["x1"], bottom=w["bottom"], size=size)
        sep = " " if cur.text else ""
        start = len(cur.text) + len(sep)
        cur.text += sep + text
        cur.x1 = max(cur.x1, w["x1"])
        cur.bottom = max(cur.bottom, w["bottom"])
        cur.size = max(cur.size, size)
        if cur.fonts and cur.fonts[-1].font == name and cur.fonts[-1].end == start - len(sep):
            cur.fonts[-1].end = start + len(text)
        else:
            cur.fonts.append(FontRun(start, start + len(text), name, round(size, 2), bold))
    if cur is not None:
        segs.append(cur)
    for s in segs:
        s.text, s.fonts = nfc_with_runs(s.text, s.fonts)
    return segs


def nfc_with_runs(text: str, runs: list[FontRun]) -> tuple[str, list[FontRun]]:
    """NFC-normalise a line and move its font runs' columns with it.

    Some Word exports (realdocs P09) write part of the syllables decomposed ('ê' + U+0300);
    the repair stage and every regex downstream expect precomposed text.  Each run is
    normalised on its own so the columns stay exact.
    """
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text, runs
    out: list[str] = []
    new_runs: list[FontRun] = []
    pos = 0
    for r in sorted(runs, key=lambda r: r.start):
        if r.start > pos:
            out.append(unicodedata.normalize("NFC", text[pos:r.start]))
        start = sum(map(len, out))
        piece = unicodedata.normalize("NFC", text[max(r.start, pos):r.end])
        out.append(piece)
        new_runs.append(FontRun(start, start + len(piece), r.font, r.size, r.bold))
        pos = max(pos, r.end)
    if pos < len(text):
        out.append(unicodedata.normalize("NFC", text[pos:]))
    joined = "".join(out)
    final = unicodedata.normalize("NFC", joined)
    if final != joined:  # a mark belonged to a base in another run: columns stay approximate
        new_runs = [FontRun(min(r.start, len(final)), min(r.end, len(final)), r.font, r.size, r.bold)
                    for r in new_runs]
    return final, new_runs
