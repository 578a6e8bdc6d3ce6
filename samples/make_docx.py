"""Build samples/docx/kehoach_numbered.docx: a short Kế hoạch with automatic numbering
(Word 'List Number' paragraphs, so the labels are NOT in the paragraph text) and a table.

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
    tmp = path.with_suffix(".tmp")
    d.save(str(tmp))
    # rewrite the zip with fixed entry dates so the file is byte-for-byte reproducible
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 12, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    tmp.unlink()


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


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    build(OUT / "kehoach_numbered.docx")
    (OUT / "kehoach_numbered.clean.txt").write_text(expected(), encoding="utf-8")
    print(OUT / "kehoach_numbered.docx")
