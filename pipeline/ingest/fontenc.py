"""Fonts whose glyph names pdfium ignores: simple fonts with an /Encoding /Differences array.

A PDF producer may leave codes out of a font's ToUnicode map (or write no map) and name
the glyphs in /Differences instead ('/uacute', '/uni1EC6'); the PDF specification makes the
glyph name the way to the character then.  pdfium (what :mod:`pipeline.ingest.pdftext`
reads with, for speed) does not use those names for a TrueType font flagged symbolic (as
embedded subsets are): it returns the code itself as a Latin-1 character ('liân' for 'liên',
'xÜ' for 'xã'), silently, so the page cannot be caught by its unmapped-glyph count (Type1
and non-symbolic TrueType fonts it reads right).  pdfminer maps such codes through the
Differences (and, for codes no name covers, through the base encoding, WinAnsi for
TrueType), and writes '(cid:NN)' only for codes nothing names.

:func:`pages_needing_encoding` finds, before reading, the pages that use such a font, so
that :func:`pipeline.ingest.pdf.read_pdf` sends them to pdfminer.  It looks only at font
dictionaries (pikepdf, each font object once), a few milliseconds per document.

:func:`honest_resource_manager` is the other half: pdfminer's own guess (WinAnsi) for a
symbolic TrueType font's codes that its ToUnicode map leaves out is turned off, so they
stay '(cid:NN)' instead of becoming '€' or 'Œ'.
"""
from __future__ import annotations

import re
from pathlib import Path

_PAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<[0-9A-Fa-f]+>|\[)")
SYMBOLIC = 1 << 2  # FontDescriptor /Flags bit 3
MAX_FONTS = 2000  # a pathological file: stop looking, pdfium's reading stays


def tounicode_codes(data: bytes) -> set[int]:
    """Character codes a ToUnicode CMap maps (bfchar entries and bfrange spans)."""
    codes: set[int] = set()
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, flags=re.S):
        codes.update(int(c, 16) for c, _ in _PAIR.findall(block))
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, flags=re.S):
        for lo, hi in _RANGE.findall(block):
            a, b = int(lo, 16), int(hi, 16)
            if 0 <= b - a < 65536:
                codes.update(range(a, b + 1))
    return codes


def differences_codes(encoding) -> set[int]:
    """Codes named by a /Differences array ([code /name /name ... code /name ...])."""
    codes: set[int] = set()
    code = None
    import pikepdf

    for item in encoding.get("/Differences", []):
        if isinstance(item, (int, float)) or not isinstance(item, pikepdf.Name):
            try:
                code = int(item)
            except (TypeError, ValueError):
                code = None
            continue
        if code is not None:
            codes.add(code)
            code += 1
    return codes


def font_needs_encoding(font) -> bool:
    """A symbolic TrueType font whose /Differences name codes its ToUnicode map leaves out.

    Measured on variants of kehoach_differences.pdf and on hand-made fonts: pdfium applies
    /Differences for Type1 fonts and for non-symbolic TrueType fonts ('ÊBCÁỆ' as pdfminer),
    and ignores them only for a TrueType font flagged symbolic (descriptor flag 3, what
    every embedded subset is flagged), giving the code as Latin-1.  Only those fonts send a
    page to pdfminer, so PDFs whose Type1 fonts use /Differences (LaTeX) keep the fast path."""
    import pikepdf

    if str(font.get("/Subtype", "")) != "/TrueType":
        return False
    try:
        desc = font.get("/FontDescriptor")
        flags = int(desc.get("/Flags", 0)) if isinstance(desc, pikepdf.Dictionary) else 0
    except (TypeError, ValueError):
        flags = 0
    if not flags & SYMBOLIC:
        return False
    enc = font.get("/Encoding")
    if not isinstance(enc, pikepdf.Dictionary) or "/Differences" not in enc:
        return False
    named = differences_codes(enc)
    if not named:
        return False
    cmap = font.get("/ToUnicode")
    if not isinstance(cmap, pikepdf.Stream):
        return True
    try:
        mapped = tounicode_codes(cmap.read_bytes())
    except Exception:  # noqa: BLE001 - an unreadable map maps nothing
        return True
    return not named <= mapped


def pages_needing_encoding(path: Path, limit: int) -> set[int]:
    """0-based indices of the first ``limit`` pages that use a font of
    :func:`font_needs_encoding` (in the page's resources or its forms, one level down)."""
    import pikepdf

    out: set[int] = set()
    verdict: dict[tuple[int, int], bool] = {}
    try:
        pdf = pikepdf.open(str(path))
    except Exception:  # noqa: BLE001 - pdfium opened it; its reading stays
        return out
    with pdf:
        for i, page in enumerate(pdf.pages):
            if i >= limit or len(verdict) > MAX_FONTS:
                break
            try:
                res = page.obj.get("/Resources") or page.resources
                fonts = list((res.get("/Font") or {}).values())
                for xobj in (res.get("/XObject") or {}).values():
                    if str(xobj.get("/Subtype", "")) == "/Form":
                        fonts += list(((xobj.get("/Resources") or {}).get("/Font") or {}).values())
                for font in fonts:
                    key = font.objgen
                    if key not in verdict or key == (0, 0):
                        verdict[key] = font_needs_encoding(font)
                    if verdict[key]:
                        out.add(i)
                        break
            except Exception:  # noqa: BLE001 - a broken resource dictionary: skip the page
                continue
    return out



def honest_resource_manager():
    """A pdfminer resource manager whose fonts guess no character for an unnamed code.

    pdfminer reads a TrueType font without /Encoding as WinAnsi.  For a *symbolic* font
    (descriptor flag 3: its codes select glyphs of its own, as in every subset font
    reportlab or a PDF printer embeds) that guess is wrong: a code the ToUnicode map leaves
    out comes back as 'Œ', '…' or '€' (the generated kehoach_cid.pdf: 14 such symbols for
    toned letters), silently, where '(cid:NN)' would tell the repair stage's CID decoder
    what to solve.  So for a symbolic TrueType font with a ToUnicode map and no /Encoding,
    the map is the only source of characters.  A symbolic font with no map at all is left
    to pdfminer's guess (old printers flag plain Latin subsets symbolic and rely on it)."""
    from pdfminer.pdffont import PDFTrueTypeFont
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdftypes import resolve1

    class HonestResourceManager(PDFResourceManager):
        def get_font(self, objid, spec):
            font = super().get_font(objid, spec)
            try:
                if isinstance(font, PDFTrueTypeFont) and "Encoding" not in spec and font.unicode_map is not None:
                    desc = resolve1(spec.get("FontDescriptor")) or {}
                    flags = int(resolve1(desc.get("Flags", 0)) or 0)
                    if flags & SYMBOLIC:
                        font.cid2unicode = {}
            except Exception:  # noqa: BLE001 - a malformed descriptor: keep pdfminer's font
                pass
            return font

    return HonestResourceManager()
