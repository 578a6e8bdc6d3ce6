"""Build, reproducibly, small PDFs like the ones archivists meet, from one directive.

    .venv/bin/python samples/make_pdfs.py        # writes samples/pdf/generated/ and samples/docx/

The directive (a district Kế hoạch with numbered sections, tasks, offices and deadlines) is
written here; its clean text, in the reading order ingest must give (header left column,
header right column, body, tail left, tail right; pages separated by a form feed), is
written next to the PDFs as ``kehoach.clean.txt``.  Variants:

* ``kehoach_clean.pdf``: Unicode text, DejaVu Serif (a TTF with every Vietnamese glyph),
  page numbers '- N -' at the foot of each page;
* ``kehoach_lost_glyphs.pdf``: the bold (heading) font's ToUnicode map sends every letter
  with a Vietnamese mark to a space ('C NG H A' for 'CỘNG HÒA'), and the body font maps 'ư'
  to 'ƣ' (U+01A3) - both as in the project's seed document;
* ``kehoach_cid.pdf``: the body font's ToUnicode map loses the entries of letters with a
  tone mark, so pdfminer shows '(cid:NN)' for them;
* ``kehoach_differences.pdf``: codes >= 128 have no ToUnicode entry but are named in the
  fonts' /Encoding /Differences; one glyph ('Ệ' of the body font) is named nowhere;
* ``kehoach_tcvn3.pdf``: the text layer is TCVN3 ('KÕ ho¹ch') in fonts named '.VnTime',
  '.VnTime,Bold' and '.VnTimeH' (the all-capitals headings, typed with lowercase codes), as a
  1990s Word document printed to PDF;
* ``kehoach_scan.pdf``: page 1 rendered to a 200 dpi bitonal image, no text layer;
* ``kehoach_scan_rotated.pdf``: the same scan lying sideways on a landscape page (fed into
  the scanner the wrong way), no /Rotate: OCR must find which way is up;
* ``kehoach_rotate90.pdf``: the clean PDF stored sideways with /Rotate 90 setting it upright
  (the text layer's coordinates run up the page).

Reproducible: reportlab's invariant mode (fixed dates and document IDs), pikepdf saves with
a fixed ID and no timestamps, and no randomness.  The .docx sample is built by
``samples/make_docx.py``.
"""
from __future__ import annotations

import io
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

OUT = HERE / "pdf" / "generated"
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]

HEADER_LEFT = [("UBND HUYỆN ĐÔNG SƠN", "R"), ("PHÒNG NỘI VỤ", "B"), ("Số: 45/KH-PNV", "R")]
HEADER_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"), ("Độc lập - Tự do - Hạnh phúc", "B"),
                ("Đông Sơn, ngày 12 tháng 3 năm 2024", "R")]
TITLE = [("KẾ HOẠCH", "B"), ("Kiểm tra công tác cải cách hành chính năm 2024", "B")]
# (paragraph, style): 'B' bold heading, 'R' regular paragraph (wrapped)
BODY = [
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2024 của Ủy ban nhân dân huyện về cải cách "
     "hành chính năm 2024, Phòng Nội vụ xây dựng Kế hoạch kiểm tra như sau:", "R"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "B"),
    ("1. Đánh giá kết quả thực hiện nhiệm vụ cải cách hành chính tại các cơ quan, đơn vị; kịp "
     "thời phát hiện và chấn chỉnh những tồn tại, hạn chế.", "R"),
    ("2. Việc kiểm tra phải bảo đảm khách quan, đúng quy định, không gây ảnh hưởng đến hoạt "
     "động của cơ quan được kiểm tra.", "R"),
    ("II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN", "B"),
    ("1. Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện xây dựng đề cương "
     "kiểm tra, hoàn thành trước ngày 25/3/2024.", "R"),
    ("2. Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện Kế hoạch, hoàn thành trong "
     "tháng 4 năm 2024.", "R"),
    ("3. UBND các xã, thị trấn tự kiểm tra và gửi báo cáo kết quả về Phòng Nội vụ trước "
     "ngày 15 tháng 5 năm 2024.", "R"),
    ("4. Trung tâm Văn hóa, Thông tin và Thể thao huyện tuyên truyền về cải cách hành chính "
     "hằng tháng trên hệ thống truyền thanh cơ sở.", "R"),
    ("5. Đoàn kiểm tra của huyện kiểm tra trực tiếp tại 05 xã trong tháng 6 năm 2024; "
     "thành phần Đoàn do Trưởng phòng Nội vụ quyết định.", "R"),
    ("III. TỔ CHỨC THỰC HIỆN", "B"),
    ("1. Giao Phòng Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này; định kỳ hằng quý "
     "tổng hợp, báo cáo Chủ tịch UBND huyện kết quả thực hiện.", "R"),
    ("2. Các cơ quan, đơn vị được kiểm tra chuẩn bị đầy đủ hồ sơ, tài liệu theo đề cương; "
     "trong quá trình thực hiện nếu có vướng mắc, kịp thời phản ánh về Phòng Nội vụ để "
     "được hướng dẫn.", "R"),
]
TAIL_LEFT = [("Nơi nhận:", "B"), ("- UBND huyện (b/c);", "R"), ("- Các phòng, ban liên quan;", "R"),
             ("- UBND các xã, thị trấn;", "R"), ("- Lưu: VT, NV.", "R")]
TAIL_RIGHT = [("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"), ("Lê Văn Hùng", "B")]

SIZE = 13
LEADING = 19
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 70, 60, 60, 90
MARKED = re.compile(r"[^\x00-\x7f]")


def font_path(name: str) -> Path:
    for d in FONT_DIRS:
        if (d / name).exists():
            return d / name
    raise SystemExit(f"{name} not found: install the Debian package fonts-dejavu-core")


def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont("Serif", str(font_path("DejaVuSerif.ttf"))))
    pdfmetrics.registerFont(TTFont("Serif-Bold", str(font_path("DejaVuSerif-Bold.ttf"))))
    # the TCVN3 sample's all-capitals font ('.VnTimeH'), a separate font object in the PDF
    pdfmetrics.registerFont(TTFont("Serif-Caps", str(font_path("DejaVuSerifCondensed-Bold.ttf"))))


def wrap(text: str, font: str, width: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if cur and pdfmetrics.stringWidth(trial, font, SIZE) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def layout() -> list[list[tuple[str, str, float, float, str]]]:
    """Pages of (text, style, x, y, align) in drawing order, the same for every variant."""
    w, h = A4
    pages: list[list[tuple[str, str, float, float, str]]] = [[]]
    y = h - MARGIN_T
    left_c, right_c = 145, 420
    for i, (t, st) in enumerate(HEADER_LEFT):
        pages[-1].append((t, st, left_c, y - i * LEADING, "C"))
    for i, (t, st) in enumerate(HEADER_RIGHT):
        pages[-1].append((t, st, right_c, y - i * LEADING, "C"))
    y -= 4 * LEADING + 10
    for t, st in TITLE:
        pages[-1].append((t, st, w / 2, y, "C"))
        y -= LEADING
    y -= 10
    width = w - MARGIN_L - MARGIN_R
    for para, st in BODY:
        font = "Serif-Bold" if st == "B" else "Serif"
        for k, line in enumerate(wrap(para, font, width - 25 if st == "R" else width)):
            if y < MARGIN_B:
                pages.append([])
                y = h - MARGIN_T
            x = MARGIN_L + (25 if st == "R" and k == 0 else 0)
            pages[-1].append((line, st, x, y, "L"))
            y -= LEADING
    y -= LEADING
    if y - 6 * LEADING < MARGIN_B:
        pages.append([])
        y = h - MARGIN_T
    for i, (t, st) in enumerate(TAIL_LEFT):
        pages[-1].append((t, st, MARGIN_L, y - i * LEADING, "L"))
    for i, (t, st) in enumerate(TAIL_RIGHT):
        yy = y - i * LEADING - (3 * LEADING if i == 2 else 0)
        pages[-1].append((t, st, 420, yy, "C"))
    return pages


def expected_text(pages) -> str:
    """The lines in the reading order ingest must produce (columns unfolded)."""
    out = []
    for n, items in enumerate(pages):
        out.append("\n".join(t for t, *_ in items))
    return "\n\f".join(out) + "\n"


def default_font(text: str, style: str) -> str:
    return "Serif-Bold" if style == "B" else "Serif"


def tcvn3_font(text: str, style: str) -> str:
    """As a TCVN3 typist did: capitals in '.VnTimeH' (TCVN3 has no accented capitals, the
    'H' font draws the lowercase codes as capitals), other bold text in '.VnTime' bold."""
    if style == "B" and text == text.upper():
        return "Serif-Caps"
    return default_font(text, style)


def draw(pages, path: Path, transform=lambda text, style: text, font_for=default_font) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Kế hoạch kiểm tra công tác cải cách hành chính năm 2024")
    c.setAuthor("chidao samples")
    w, _ = A4
    for n, items in enumerate(pages, 1):
        for text, st, x, y, align in items:
            c.setFont(font_for(text, st), SIZE)
            shown = transform(text, st)
            if align == "C":
                c.drawCentredString(x, y, shown)
            else:
                c.drawString(x, y, shown)
        c.setFont("Serif", 11)
        c.drawCentredString(w / 2, 40, f"- {n} -")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- pikepdf post-processing
def _fonts(pdf):
    for page in pdf.pages:
        res = page.obj.get("/Resources")
        for _name, font in (res.get("/Font") or {}).items():
            yield font


def _save(pdf, path: Path) -> None:
    pdf.save(str(path), static_id=True, deterministic_id=False, compress_streams=True,
             object_stream_mode=__import__("pikepdf").ObjectStreamMode.disable)


def postprocess(src: Path, dst: Path, fix_regular=None, fix_bold=None, rename=None) -> None:
    import pikepdf

    with pikepdf.open(str(src)) as pdf:
        seen = set()
        for font in _fonts(pdf):
            if font.objgen in seen:
                continue
            seen.add(font.objgen)
            base = str(font.get("/BaseFont", ""))
            is_bold = "Bold" in base
            fix = fix_bold if is_bold else fix_regular
            if "Condensed" in base:
                fix = None  # only the TCVN3 sample uses the capitals font
            if fix is not None:
                cmap = font.get("/ToUnicode")
                if cmap is not None:
                    data = cmap.read_bytes().decode("latin-1")
                    cmap.write(_fix_cmap(data, fix).encode("latin-1"))
            if rename is not None:
                new = rename(base)
                font.BaseFont = pikepdf.Name(new)
                for desc_font in [font] + list(font.get("/DescendantFonts", [])):
                    desc = desc_font.get("/FontDescriptor")
                    if desc is not None:
                        desc.FontName = pikepdf.Name(new)
                    if desc_font is not font:
                        desc_font.BaseFont = pikepdf.Name(new)
        _save(pdf, dst)


def _fix_cmap(data: str, fix) -> str:
    def hex_to_text(h: str) -> str:
        return bytes.fromhex(h).decode("utf-16-be")

    def text_to_hex(t: str) -> str:
        return t.encode("utf-16-be").hex().upper()

    def block(match: re.Match) -> str:
        entries = []
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", match.group(1)):
            new = fix(hex_to_text(uni))
            if new is not None:
                entries.append(f"<{code}> <{text_to_hex(new)}>")
        if not entries:
            return ""
        return f"{len(entries)} beginbfchar\n" + "\n".join(entries) + "\nendbfchar"

    return re.sub(r"\d+\s+beginbfchar(.*?)endbfchar", block, data, flags=re.S)


def lost_glyph(ch: str) -> str:
    """Heading font: every letter with a Vietnamese mark comes out as a space."""
    return " " if MARKED.search(ch) and ch.isalpha() else ch


def horn_u(ch: str) -> str:
    return {"ư": "ƣ", "Ư": "Ƣ"}.get(ch, ch)


def drop_toned(ch: str) -> str | None:
    """Body font: the letters carrying a tone mark lose their ToUnicode entry -> '(cid:NN)'."""
    d = unicodedata.normalize("NFD", ch)
    return None if any(m in d for m in "\u0300\u0301\u0303\u0309\u0323") else ch


def scan(src: Path, dst: Path, dpi: int = 200) -> None:
    """Page 1 of ``src`` as a bitonal image-only PDF (what a flatbed scanner gives)."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    doc = pdfium.PdfDocument(str(src))
    img = doc[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    img = img.point(lambda p: 255 if p > 150 else 0).convert("1")
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    buf.seek(0)
    c = canvas.Canvas(str(dst), pagesize=A4, invariant=1, pageCompression=1)
    w, h = A4
    c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
    c.showPage()
    c.save()


def differences(src: Path, dst: Path, unknown: str = "Ệ") -> None:
    """Fonts whose ToUnicode map has no entry for codes >= 128: those codes are named in an
    /Encoding /Differences array instead (Adobe glyph names: /uacute, /uni1EC6), as 1990s
    PDF producers wrote them.  One letter of the body font (``unknown``, at a code below 32)
    loses its ToUnicode entry and gets no glyph name: no reader can know it, so the page goes
    to pdfminer, which must name the Differences letters and leave only that one '(cid:NN)'."""
    import pikepdf
    from fontTools.agl import UV2AGL  # fontTools comes with matplotlib (test dependencies)

    with pikepdf.open(str(src)) as pdf:
        seen = set()
        for font in _fonts(pdf):
            if font.objgen in seen or "/ToUnicode" not in font:
                continue
            seen.add(font.objgen)
            regular = "Bold" not in str(font.get("/BaseFont", ""))
            data = font.ToUnicode.read_bytes().decode("latin-1")
            blocks = "".join(re.findall(r"beginbfchar(.*?)endbfchar", data, flags=re.S))
            keep, diffs = [], []
            for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blocks):
                c, ch = int(code, 16), bytes.fromhex(uni).decode("utf-16-be")
                if c >= 128:
                    diffs += [c, pikepdf.Name("/" + UV2AGL.get(ord(ch), f"uni{ord(ch):04X}"))]
                elif not (regular and ch == unknown and c < 32):
                    keep.append(f"<{code}> <{uni}>")
            font.Encoding = pikepdf.Dictionary(Type=pikepdf.Name.Encoding, Differences=pikepdf.Array(diffs))
            cmap = re.sub(r"\d+\s+beginbfchar.*?endbfchar\s*", "", data, flags=re.S)
            cmap = cmap.replace("endcmap", f"{len(keep)} beginbfchar\n" + "\n".join(keep) + "\nendbfchar\nendcmap", 1)
            font.ToUnicode.write(cmap.encode("latin-1"))
        _save(pdf, dst)


def rotate_pages(src: Path, dst: Path, degrees: int = 90) -> None:
    """The same pages stored sideways with ``/Rotate`` turning them upright for display
    (a landscape scan set right in a viewer, a page rotated in Acrobat): the content is
    drawn turned a quarter counter-clockwise in a landscape MediaBox, and /Rotate 90 turns
    it clockwise again.  Text extraction sees the sideways coordinates."""
    import pikepdf

    assert degrees == 90
    with pikepdf.open(str(src)) as pdf:
        for page in pdf.pages:
            x0, y0, x1, y1 = [float(v) for v in page.MediaBox]
            w, h = x1 - x0, y1 - y0
            page.contents_coalesce()
            data = page.obj.Contents.read_bytes()
            page.obj.Contents.write(f"q 0 1 -1 0 {h:g} 0 cm\n".encode() + data + b"\nQ")
            page.MediaBox = pikepdf.Array([0, 0, h, w])
            page.obj.Rotate = degrees
        _save(pdf, dst)


def scan_rotated(src: Path, dst: Path, dpi: int = 200) -> None:
    """Page 1 of ``src`` scanned sideways: the image turned a quarter counter-clockwise on
    a landscape page, no /Rotate (a sheet fed into the scanner the wrong way); only the
    content says which way is up."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    doc = pdfium.PdfDocument(str(src))
    img = doc[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    img = img.point(lambda p: 255 if p > 150 else 0).convert("1").rotate(90, expand=True)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    buf.seek(0)
    w, h = A4
    c = canvas.Canvas(str(dst), pagesize=(h, w), invariant=1, pageCompression=1)
    c.drawImage(ImageReader(buf), 0, 0, width=h, height=w)
    c.showPage()
    c.save()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    register_fonts()
    pages = layout()
    (OUT / "kehoach.clean.txt").write_text(expected_text(pages), encoding="utf-8")
    clean = OUT / "kehoach_clean.pdf"
    draw(pages, clean)
    postprocess(clean, OUT / "kehoach_lost_glyphs.pdf", fix_regular=horn_u, fix_bold=lost_glyph)
    postprocess(clean, OUT / "kehoach_cid.pdf", fix_regular=drop_toned)
    differences(clean, OUT / "kehoach_differences.pdf")
    try:
        from pipeline.repair.legacy import encode_tcvn3
    except ImportError as exc:  # the TCVN3 tables live in the repair stage
        raise SystemExit(f"pipeline.repair.legacy is needed for the TCVN3 sample: {exc}") from exc
    tmp = OUT / "_tcvn3_tmp.pdf"
    draw(pages, tmp, transform=lambda t, st: encode_tcvn3(t), font_for=tcvn3_font)
    postprocess(tmp, OUT / "kehoach_tcvn3.pdf", rename=lambda base: (
        "/ABCDEF+.VnTimeH" if "Condensed" in base else "/ABCDEG+.VnTime,Bold" if "Bold" in base
        else "/ABCDEH+.VnTime"))
    tmp.unlink()
    scan(clean, OUT / "kehoach_scan.pdf")
    scan_rotated(clean, OUT / "kehoach_scan_rotated.pdf")
    rotate_pages(clean, OUT / "kehoach_rotate90.pdf")
    (OUT / "kehoach_scan.clean.txt").write_text(expected_text(pages[:1]), encoding="utf-8")
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:8d}  {p.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
