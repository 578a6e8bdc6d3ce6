"""Header: type, number, date and place, issuer and parent, title, Kính gửi, period; merged
(web scrape), split (PDF) and TAB-column (antiword) layouts; header fields on the gold files."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import structured_sample

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure
from pipeline.structure.check import HEADER_FIELDS, header_match, header_value
from pipeline.structure.header import parse_date, parse_number, split_issuer

ROOT = Path(__file__).resolve().parent.parent
TEXT = ROOT / "samples" / "text"
GOLD = ROOT / "samples" / "gold"


def run(text: str) -> Document:
    doc = Document(doc_id="t", lines=lines_from_text(text))
    return structure(doc, Config())


# ---------------------------------------------------------------- field parsers

@pytest.mark.parametrize("text,number", [
    ("Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020", "435/QĐ-UBND"),
    ("Số: 21/C T-TTg", "21/CT-TTg"),  # PDF character spacing
    ("Số: 1906 /SGDĐT-CTrTT", "1906/SGDĐT-CTrTT"),
    ("Số: 09/2009/CT-UBND\tThủ Dầu Một, ngày 15 tháng 4 năm 2009", "09/2009/CT-UBND"),
    ("Số: 2739/VPCP-ĐMDN V/v quy định về quản trị doanh nghiệp", "2739/VPCP-ĐMDN"),
    ("Số: 778/TCHQ-GSQL", "778/TCHQ-GSQL"),
    ("Số 12/KH-UBND", "12/KH-UBND"),
])
def test_parse_number(text, number):
    assert parse_number(text)[0] == number


@pytest.mark.parametrize("text", ["Số: …/UBND", "Số:         /KH-STTTT", "Số: ....../QĐ-UBND"])
def test_blank_number_is_none(text):
    r = parse_number(text)
    assert r is not None and r[0] is None


@pytest.mark.parametrize("text,date,place", [
    ("Kon Tum, ngày 04 tháng 5 năm 2020", dt.date(2020, 5, 4), "Kon Tum"),
    ("Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH", dt.date(2020, 5, 4), "Kon Tum"),
    ("Thủ Dầu Một, ngày 15  tháng 4  năm 2009", dt.date(2009, 4, 15), "Thủ Dầu Một"),
    ("299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ", dt.date(1980, 11, 10), "Hà Nội"),
    ("TP. Hồ Chí Minh, ngày 01 tháng 02 năm 2021", dt.date(2021, 2, 1), "TP. Hồ Chí Minh"),
    ("Phú Thọ, ngày    tháng 12 năm 2011", None, "Phú Thọ"),  # a draft: day left blank
])
def test_parse_date(text, date, place):
    d, p, m = parse_date(text)
    assert m is not None and d == date and p == place


def test_split_issuer():
    assert split_issuer("BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN -------") == ["BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN"]
    assert split_issuer("UBND THÀNH PHỐ ĐÀ NẴNG SỞ GIÁO DỤC VÀ ĐÀO TẠO") == ["UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]
    assert split_issuer("ỦY BAN NHÂN DÂN TỈNH KON TUM") == ["ỦY BAN NHÂN DÂN TỈNH KON TUM"]
    assert split_issuer("VĂN PHÒNG CHÍNH PHỦ") == ["VĂN PHÒNG CHÍNH PHỦ"]


# ---------------------------------------------------------------- layouts

SEPARATE = """UBND THÀNH PHỐ ĐÀ NẴNG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1906 /SGDĐT-CTrTT
V/v khẩn trương thực hiện các biện pháp phòng, chống dịch COVID-19
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đà Nẵng, ngày 26 tháng 7 năm 2020
Kính gửi:
Phòng giáo dục và đào tạo các quận, huyện;
Các trường đại học ngoài công lập.
Thực hiện chỉ đạo của UBND thành phố, Sở Giáo dục và Đào tạo yêu cầu như sau:
1. Thời gian nghỉ học
"""


def test_separate_lines_letter():
    doc = run(SEPARATE)
    h = doc.header
    assert (h.doc_type, h.number, h.date, h.place) == ("Công văn", "1906/SGDĐT-CTrTT", dt.date(2020, 7, 26), "Đà Nẵng")
    assert (h.issuer, h.issuer_parent) == ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "UBND THÀNH PHỐ ĐÀ NẴNG")
    assert h.title == "khẩn trương thực hiện các biện pháp phòng, chống dịch COVID-19"
    assert h.addressees == ["Phòng giáo dục và đào tạo các quận, huyện", "Các trường đại học ngoài công lập"]
    blocks = [ln.block for ln in doc.lines]
    assert blocks[:10] == ["header"] * 10 and blocks[10] == "body"


MERGED = """Quyết định 435/QĐ-UBND năm 2020
ỦY BAN NHÂN DÂN TỈNH KON TUM -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN KẾ HOẠCH SỐ 119-KH/TU
Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Điều 1.
Ban hành kèm theo Quyết định này Chương trình hành động.
"""


def test_merged_web_scrape_header():
    doc = run(MERGED)
    h = doc.header
    # a Quyết định that issues a programme is a Quyết định
    assert (h.doc_type, h.number, h.date, h.place) == ("Quyết định", "435/QĐ-UBND", dt.date(2020, 5, 4), "Kon Tum")
    assert h.issuer == "ỦY BAN NHÂN DÂN TỈNH KON TUM" and h.issuer_parent is None
    assert h.title.startswith("V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG")
    assert doc.lines[4].block == "body"


SPLIT = """PHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc -------
Số:
299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP.
1. Để phục vụ kế hoạch phát triển kinh tế.
"""


def test_number_split_from_so_and_body_glued_to_header():
    doc = run(SPLIT)
    h = doc.header
    assert (h.doc_type, h.number, h.date, h.issuer) == ("Chỉ thị", "299/TTg", dt.date(1980, 11, 10), "PHỦ THỦ TƯỚNG")
    assert h.title == "VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC"
    line, col = doc.meta["body_start"]
    assert line == 3 and doc.lines[2].text[col:].startswith("Ngày 24 tháng 6")


TABS = """
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BÌNH DƯƠNG\tĐộc lập - Tự do - Hạnh phúc

Số: 09/2009/CT-UBND\tThủ Dầu Một, ngày 15  tháng 4  năm 2009

CHỈ THỊ
Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở


    Trong thời gian qua, hoạt động khoa học và công nghệ được quan tâm.
"""


def test_tab_columns():
    h = run(TABS).header
    assert (h.doc_type, h.number, h.date, h.place) == ("Chỉ thị", "09/2009/CT-UBND", dt.date(2009, 4, 15), "Thủ Dầu Một")
    assert h.issuer == "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG"
    assert h.title == "Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở"


def test_pdf_blocks_right_column_first():
    # a PDF's two header columns as separate blocks, the right one read first
    doc = Document(doc_id="t", lines=lines_from_text(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLục Ngạn, ngày 28 tháng 4 năm 2023\n"
        "UBND HUYỆN LỤC NGẠN\nVĂN PHÒNG HĐND VÀ UBND\nSố: 25/CTr-VP\n"
        "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5/2023\ncủa UBND huyện\nA. NHIỆM VỤ TRỌNG TÂM\n"))
    for ln in doc.lines[:3]:
        ln.block = "header_right"
    for ln in doc.lines[3:6]:
        ln.block = "header_left"
    h = structure(doc, Config()).header
    assert (h.doc_type, h.number, h.date, h.place) == ("Chương trình công tác", "25/CTr-VP", dt.date(2023, 4, 28), "Lục Ngạn")
    assert (h.issuer, h.issuer_parent) == ("VĂN PHÒNG HĐND VÀ UBND", "UBND HUYỆN LỤC NGẠN")
    assert h.period == "2023-05"
    assert doc.lines[8].block == "body"


def test_doc_type_from_symbol_and_type_lines():
    assert run("UBND TỈNH X\nSố: 12/KH-UBND\nX, ngày 02 tháng 3 năm 2021\nV/v triển khai\nKính gửi: Các sở.\nNội dung.\n").header.doc_type == "Kế hoạch"
    assert run("UBND TỈNH X\nSố: 15/UBND-VX\nX, ngày 02 tháng 3 năm 2021\nV/v triển khai\nKính gửi: Các sở.\nNội dung.\n").header.doc_type == "Công văn"
    h = run("VĂN PHÒNG UBND TỈNH X\nSố: 88/TB-VP\nX, ngày 02 tháng 3 năm 2021\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp\nNgày 01/3/2021, đồng chí Chủ tịch chủ trì.\n").header
    assert h.doc_type == "Thông báo kết luận"
    assert run("UBND TỈNH X\nSố: 1/CĐ-UBND\nX, ngày 02 tháng 3 năm 2021\nCÔNG ĐIỆN\nVề việc ứng phó bão\nChủ tịch UBND tỉnh điện.\n").header.doc_type == "Công điện"


def test_no_header_in_a_text_that_starts_at_its_sections():
    doc = run("A. NHIỆM VỤ TRỌNG TÂM\n1. Về kinh tế\n1.1. Chỉ đạo sản xuất.\n")
    assert doc.header.issuer is None and doc.header.doc_type is None
    assert all(ln.block == "body" for ln in doc.lines)


# ---------------------------------------------------------------- real documents and gold

def _structured(name: str) -> Document:
    return structured_sample(name)


def test_seed_period_from_its_meeting_heading():
    h = _structured("000_bed89d1f3f7829d9.txt").header
    assert h.period == "2023-05" and h.doc_type is None


def test_issuer_slip_respelled_from_the_body():
    h = _structured("12_phutho_stttt_kehoach_daotao_phanmem_2011.txt").header
    assert h.issuer == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" and h.issuer_parent == "UBND TỈNH PHÚ THỌ"
    assert h.number is None and h.date is None  # a draft


@pytest.mark.parametrize("name,number,date,issuer", [
    ("03_btc_congvan19046_haiquan_2014.txt", "19046/BTC-TCHQ", "2014-12-29", "BỘ TÀI CHÍNH"),
    ("04_ttg_chithi299_dodac_1980.txt", "299/TTg", "1980-11-10", "PHỦ THỦ TƯỚNG"),
    ("05_vpcp_congvan2739_2019.txt", "2739/VPCP-ĐMDN", "2019-04-05", "VĂN PHÒNG CHÍNH PHỦ"),
    ("07_ttg_chithi21_sapxepthon_2026.txt", "21/CT-TTg", "2026-05-20", "THỦ TƯỚNG CHÍNH PHỦ"),
])
def test_real_headers(name, number, date, issuer):
    h = _structured(name).header
    assert (h.number, str(h.date), h.issuer) == (number, date, issuer)


def test_header_fields_on_gold():
    hit = {f: [0, 0] for f in HEADER_FIELDS}
    wrong = []
    for gf in sorted(GOLD.glob("*.tasks.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        src = TEXT / f"{gold['doc_id']}.txt"
        if not src.exists():
            continue
        doc = _structured(src.name)
        for f in HEADER_FIELDS:
            g = (gold.get("header") or {}).get(f)
            if g is None:
                continue
            hit[f][1] += 1
            ok = header_match(f, header_value(doc, f), str(g))
            hit[f][0] += ok
            if not ok:
                wrong.append((gold["doc_id"], f, header_value(doc, f), g))
    for f, (a, b) in hit.items():
        assert b == 0 or a / b >= 0.95, wrong


def test_issuer_and_motto_on_one_line():
    h = run("ỦY BAN NHÂN DÂN TỈNH KON TUM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/KH-UBND Kon Tum, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nTriển khai công tác tháng 3/2021\n"
            "I. MỤC ĐÍCH\n1. Bảo đảm tiến độ.\n").header
    assert (h.issuer, h.number, h.date, h.doc_type) == ("ỦY BAN NHÂN DÂN TỈNH KON TUM", "12/KH-UBND", dt.date(2021, 3, 2), "Kế hoạch")
    assert h.title == "Triển khai công tác tháng 3/2021" and h.period == "2021-03"


def test_commune_letter_with_inline_addressees():
    doc = run("UBND HUYỆN YÊN THẾ\nỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM\nSố: 15/UBND\nV/v ra quân vệ sinh môi trường\n"
              "Đồng Tâm, ngày 05 tháng 9 năm 2024\nKính gửi: Trưởng các thôn; Công chức Văn hóa - Xã hội.\n"
              "Thực hiện kế hoạch của UBND huyện, UBND xã đề nghị:\n1. Các thôn ra quân.\n")
    h = doc.header
    assert (h.issuer, h.issuer_parent) == ("ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM", "UBND HUYỆN YÊN THẾ")
    assert h.doc_type == "Công văn" and h.number == "15/UBND" and h.title == "ra quân vệ sinh môi trường"
    assert h.addressees == ["Trưởng các thôn", "Công chức Văn hóa - Xã hội"]
    assert [ln.block for ln in doc.lines[5:7]] == ["header", "body"]


def test_enacting_body_under_the_title_is_the_issuer_when_no_column_names_one():
    """A converted resolution whose header table was lost: the body printed under the title
    (before 'Căn cứ') issues it (real shape: gold 23)."""
    from pipeline.model import Document, lines_from_text
    from pipeline.structure import structure

    text = ("NGHỊ QUYẾT\nVỀ CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\n"
            "KHÓA XVII - KỲ HỌP THỨ NĂM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "QUYẾT NGHỊ:\nĐiều 1. Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh chỉ đạo thực hiện.\n")
    doc = structure(Document("t", lines=lines_from_text(text)), Config())
    assert doc.header.doc_type == "Nghị quyết"
    assert doc.header.issuer is not None and doc.header.issuer.casefold() == "hội đồng nhân dân tỉnh hà giang"


@pytest.mark.parametrize("first, issuer", [
    ("Trường THCS Hoàng Lương", "Trường THCS Hoàng Lương"),
    ("Ủy ban nhân dân xã Tân Phú", "Ủy ban nhân dân xã Tân Phú"),
    ("Trường hợp chưa hoàn thành", None),       # a sentence, not a body
    ("Ban giám hiệu nhà trường", None),         # lower-case common words: not a proper name
])
def test_mixed_case_body_on_the_first_line_is_the_issuer(first, issuer):
    # a school's weekly plan copied from a web page: no header table, the body's name on line 1,
    # its board signing at the foot ('BAN GIÁM HIỆU' is the signer's authority, not the issuer)
    doc = run(f"{first}\nHOẠT ĐỘNG CHUYÊN MÔN TUẦN 5 (TỪ 02/10/2023 ĐẾN 07/10/2023)\n"
              "• Nộp kế hoạch bài dạy trước ngày 03/10/2023\n• Dự giờ thăm lớp\nBAN GIÁM HIỆU\nNGUYỄN VĂN AN\n")
    if issuer:
        assert doc.header.issuer == issuer
        assert doc.line(1).block == "header"
    else:
        assert doc.header.issuer != first


def test_scan_header_symbol_and_specks_are_not_the_issuer():
    # a scan whose number was handwritten: 'Số:' with specks, the symbol alone on the next line;
    # specks under the Kính gửi list ('W Š 1') read as an uppercase line
    doc = run("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nSố: Ø\n/UBND-SGDĐT\nV/v triển khai kế hoạch\n"
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Đà Nẵng, ngày 05 tháng 10 năm 2023\nKính gửi:\n- Các sở, ban, ngành;\n- UBND các quận, huyện.\n"
              "\nW Š 1\nThực hiện Kế hoạch số 12/KH-UBND, UBND thành phố đề nghị các đơn vị báo cáo.\n")
    assert doc.header.issuer == "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG"
    assert not doc.header.number


@pytest.mark.parametrize("number, letter", [
    ("463/SGDĐT-CTrTT", True), ("123-CV/TU", True), ("19046/BTC-TCHQ", True),
    ("19-CT/TU", False), ("435/QĐ-UBND", False), ("104-CTr/TU", False), ("12/KH-UBND", False), ("435", False),
])
def test_a_symbol_that_names_bodies_only_is_a_letter(number, letter):
    from pipeline.structure.header import _letter_symbol
    assert _letter_symbol(number) is letter


def test_scan_letter_without_vv_or_kinh_gui_is_a_cong_van():
    # a scan lost the 'V/v' and pushed 'Kính gửi' far down: the symbol still says 'letter'
    doc = run("UBND THÀNH PHỐ ĐÀ NẴNG\n- SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 463/SGDĐT-CTrTT\n"
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐà Nẵng, ngày 8 tháng 5 năm 2019\n"
              "V/ bảo đảm an toàn giao thông\n" + "ghi chú tay\n" * 8 +
              "Kính gửi: Hiệu trưởng các trường THPT.\nĐề nghị các trường tăng cường tuyên truyền.\n")
    assert doc.header.doc_type == "Công văn"
    assert doc.header.issuer_parent == "UBND THÀNH PHỐ ĐÀ NẴNG"


@pytest.mark.parametrize("date_line,want", [
    ("Đà Nẵng, ngày 14 tháng    năm 2024", dt.date(2024, 3, 14)),  # the month's digits lost
    ("Đà Nẵng, ngày 14 tháng 03 năm 20  ", dt.date(2024, 3, 14)),  # the year's
    ("Đà Nẵng, ngày 1  tháng 03 năm 202 ", dt.date(2024, 3, 15)),  # the day's too: the stamp's day
])
def test_date_line_with_lost_digits_is_dated_by_the_signature_stamp(date_line, want):
    """A date line whose month or year lost its digits (a PDF font without them) is still the
    date line: the letter is dated by its digital-signature stamp, the printed day kept when it
    can be the day (signed that day or a few days after)."""
    doc = run("Ký bởi: Sở Xây dựng\nThời gian ký: 15.03.2024 09:12\nUBND THÀNH PHỐ ĐÀ NẴNG\n"
              "SỞ XÂY DỰNG\nSố: 512/SXD-QLCL\n" + date_line + "\nV/v kiểm tra an toàn công trình\n"
              "Kính gửi: Ủy ban nhân dân các quận, huyện.\nSở Xây dựng đề nghị các quận, huyện kiểm tra.")
    assert doc.header.date == want


def test_date_line_with_lost_digits_and_no_stamp_gives_no_date():
    doc = run("SỞ XÂY DỰNG\nSố: 512/SXD-QLCL\nĐà Nẵng, ngày 14 tháng    năm 2024\nV/v kiểm tra\n"
              "Kính gửi: Ủy ban nhân dân các quận, huyện.\nSở Xây dựng đề nghị các quận, huyện kiểm tra.")
    assert doc.header.date is None and doc.header.number == "512/SXD-QLCL"


@pytest.mark.parametrize("text,want", [
    # an OCR'd news lead: 'tính' for 'tỉnh' (a valid word the OCR repair leaves), the type unmarked
    ("Ngày 12/3/2024, UBND tính ban hành Cong văn số 512/UBND-KT về việc phòng chống cháy rừng.\n"
     "Giao Sở Nông nghiệp và Môi trường chủ trì kiểm tra các khu rừng.",
     ("Công văn", "512/UBND-KT", dt.date(2024, 3, 12), "UBND tỉnh")),
    # a stripped publisher's note and speaker
    ("UBND tinh co y kien nhu sau:\nGiao So Xay dung kiem tra cac cong trinh.\n"
     "(Theo Cong van so 6202/UBND-KT, ngay 23/11/2023)",
     ("Công văn", "6202/UBND-KT", dt.date(2023, 11, 23), "UBND tỉnh")),
])
def test_posted_identity_found_with_wrong_marks(text, want):
    from pipeline.structure.posted import posted_header

    p = posted_header(Document("t", lines=lines_from_text(text)))
    assert (p.doc_type, p.number, p.date, p.issuer) == want
