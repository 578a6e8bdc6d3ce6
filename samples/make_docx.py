"""Build samples/docx/kehoach_numbered.docx: a short Kế hoạch with automatic numbering
(Word 'List Number' paragraphs, so the labels are NOT in the paragraph text) and a table;
and samples/docx/congvan_textbox.docx: a Công văn whose number and subject are in a text box
(DrawingML with a VML fallback copy), whose 'Kính gửi' is in a content control, with a
page header and a footer with a PAGE field (running text, kept out of the body).

    .venv/bin/python samples/make_docx.py

Reproducible: the core properties' dates are fixed and the zip entries get a fixed date.
The expected text (labels rebuilt, table rows as 'cell | cell') is written next to it as
``kehoach_numbered.clean.txt`` (the batch runner skips *.clean.txt).
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
OUT = HERE / "docx"

PARAS = [
    ("UBND HUYỆN ĐÔNG SƠN", None),
    ("KẾ HOẠCH", None),
    ("Triển khai chuyển đổi số năm 2024", None),
    ("Phòng Văn hóa và Thông tin chủ trì xây dựng cơ sở dữ liệu văn bản, hoàn thành trước ngày 30/6/2024.", "List Number"),
    ("Văn phòng HĐND và UBND huyện vận hành hệ thống quản lý văn bản, báo cáo hằng tháng.", "List Number"),
    ("UBND các xã, thị trấn cử cán bộ tham gia tập huấn trong tháng 7 năm 2024.", "List Number"),
    ("Tiến độ cụ thể như sau:", None),
]
TABLE = [("Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"),
         ("Xây dựng cơ sở dữ liệu", "Phòng Văn hóa và Thông tin", "30/6/2024"),
         ("Tập huấn cán bộ", "Phòng Nội vụ", "31/7/2024")]
FIXED = dt.datetime(2024, 3, 12, 8, 0, 0)


def build(path: Path) -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.author = cp.last_modified_by = "chidao samples"
    cp.revision = 1
    for text, style in PARAS:
        d.add_paragraph(text, style=style) if style else d.add_paragraph(text)
    t = d.add_table(rows=0, cols=3)
    for row in TABLE:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("Nơi nhận:")
    d.add_paragraph("- Lưu: VT.")
    _save_fixed(d, path)


def expected() -> str:
    lines, n = [], 0
    for text, style in PARAS:
        if style:
            n += 1
            text = f"{n}. {text}"
        lines.append(text)
    lines += [" | ".join(r) for r in TABLE]
    lines += ["Nơi nhận:", "- Lưu: VT."]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- text boxes, headers, footers
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')
BOX_TEXT = ["Số: 128/UBND-VP", "V/v tăng cường phòng, chống dịch bệnh"]
RUNNING_HEADER = "UBND huyện Đông Sơn - Công văn số 128/UBND-VP"
RUNNING_FOOTER = "Trang"
CV_PARAS = [
    "UBND HUYỆN ĐÔNG SƠN",
    "Kính gửi: Các phòng, ban, ngành thuộc UBND huyện.",  # inside a content control
    "Ủy ban nhân dân huyện đề nghị Phòng Y tế chủ trì, phối hợp với Trung tâm Y tế huyện "
    "kiểm tra công tác phòng, chống dịch tại các xã, báo cáo kết quả trước ngày 20/4/2024.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT.",
]


def _text_box(lines: list[str]):
    """A run holding a text box, as Word 2010+ writes it: a DrawingML shape in mc:Choice
    and the same text as a VML text box in mc:Fallback (a reader must take one of them)."""
    from docx.oxml import parse_xml

    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>" for t in lines)
    return parse_xml(
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline><wp:extent cx="2286000" cy="571500"/><wp:docPr id="1" name="Text Box 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:spPr/><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def _content_control(paragraph) -> None:
    """Wrap a body paragraph in a w:sdt content control (a form field of a template)."""
    from docx.oxml import parse_xml

    p = paragraph._p
    sdt = parse_xml(f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Kính gửi"/></w:sdtPr><w:sdtContent/></w:sdt>')
    p.addprevious(sdt)
    sdt[1].append(p)


def build_congvan(path: Path) -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.author = cp.last_modified_by = "chidao samples"
    cp.revision = 1
    section = d.sections[0]
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = RUNNING_HEADER
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.text = RUNNING_FOOTER + " "
    from docx.oxml import parse_xml

    fp._p.append(parse_xml(f'<w:fldSimple {NS} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    first = d.add_paragraph(CV_PARAS[0])
    first._p.append(_text_box(BOX_TEXT))
    _content_control(d.add_paragraph(CV_PARAS[1]))
    for text in CV_PARAS[2:]:
        d.add_paragraph(text)
    _save_fixed(d, path)


def expected_congvan() -> str:
    return "\n".join([CV_PARAS[0], *BOX_TEXT, *CV_PARAS[1:]]) + "\n"


def _save_fixed(d, path: Path) -> None:
    """Save with fixed zip entry dates, so the file is byte-for-byte reproducible."""
    tmp = path.with_suffix(".tmp")
    d.save(str(tmp))
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 12, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    tmp.unlink()


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    build(OUT / "kehoach_numbered.docx")
    (OUT / "kehoach_numbered.clean.txt").write_text(expected(), encoding="utf-8")
    build_congvan(OUT / "congvan_textbox.docx")
    (OUT / "congvan_textbox.clean.txt").write_text(expected_congvan(), encoding="utf-8")
    print(OUT / "kehoach_numbered.docx")
    print(OUT / "congvan_textbox.docx")
