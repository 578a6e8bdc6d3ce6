"""Tail: 'Nơi nhận' recipients and the signature (authority, title, name) in every layout a
source flattens them to; tail lines are marked so that extract does not read them as tasks."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import structured_sample

from pipeline.model import Document, lines_from_text
from pipeline.structure.tail import find_tail, parse_signature
from pipeline.structure.titles import is_personal_name

ROOT = Path(__file__).resolve().parent.parent
TEXT = ROOT / "samples" / "text"


def tail_of(text: str):
    doc = Document(doc_id="t", lines=lines_from_text(text))
    return find_tail(doc, 1, len(doc.lines))


@pytest.mark.parametrize("text,expected", [
    ("TL. CHỦ TỊCH CHÁNH VĂN PHÒNG", ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", None)),
    ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn", ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đỗ Hoàng Anh Tuấn")),
    ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG",
     ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hữu Tháp")),
    ("K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Tố Hữu", ("KT. THỦ TƯỚNG CHÍNH PHỦ", "PHÓ THỦ TƯỚNG", "Tố Hữu")),
    ("KT.CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Nguyễn Văn Hiệp", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hiệp")),
    ("BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng", (None, "BỘ TRƯỞNG, CHỦ NHIỆM", "Mai Tiến Dũng")),
    ("TM. CHÍNH PHỦ THỦ TƯỚNG [ Lê Minh Hưng", ("TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Lê Minh Hưng")),
    ("KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:",
     ("KT. TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh")),
])
def test_parse_signature(text, expected):
    assert parse_signature(text) == expected


@pytest.mark.parametrize("name,ok", [
    ("Nguyễn Văn A", True), ("Tố Hữu", True), ("Phạm Thị Thanh Trà", True), ("Lê Thị Bích Thuận", True),
    ("Như trên", False), ("Văn phòng", False), ("Sở Tài chính", False), ("Hà Nội", False),
    ("UBND Tỉnh", False), ("Nguyễn", False), ("Bộ Giáo Dục Và Đào Tạo Hà Nội", False),
])
def test_personal_name_shape(name, ok):
    assert is_personal_name(name) is ok


def _structured(name: str) -> Document:
    return structured_sample(name)


def test_lines_in_order_with_plus_subitems_and_luu():
    t = tail_of("Nội dung cuối./.\nNơi nhận:\n- Văn phòng UBND tỉnh:\n  Phòng Tổng hợp;\n+ Phòng KG-VX;\n"
                "- UBND các xã, thị trấn;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n")
    assert [(r.level, r.text) for r in t.recipients] == [
        (1, "Văn phòng UBND tỉnh:"), (2, "Phòng Tổng hợp;"), (2, "Phòng KG-VX;"), (1, "UBND các xã, thị trấn;")]
    assert (t.authority, t.title, t.signer) == ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", None)
    assert t.start == 2 and t.end == 9


def test_signature_merged_with_recipients_on_the_same_lines():
    # OCR ground truth of a two-column tail: each line holds a recipient and a signature piece
    t = tail_of("Nơi nhận: GIÁM ĐỐC\nNhư trên; (Đã ký và đóng dấu)\nBộ Giáo dục và Đào tạo;\n"
                "Thành ủy, HĐND, UBND thành phố; Lê Thị Bích Thuận\nCác Sở: Y tế, TT&TT;\nLưu: VT, CTrTT.\n")
    assert (t.authority, t.title, t.signer) == (None, "GIÁM ĐỐC", "Lê Thị Bích Thuận")
    assert [r.text for r in t.recipients] == ["Như trên;", "Bộ Giáo dục và Đào tạo;", "Thành ủy, HĐND, UBND thành phố;",
                                              "Các Sở: Y tế, TT&TT;"]


def test_tab_columns():
    t = tail_of("Nơi nhận:\tTM. UỶ BAN NHÂN DÂN\n- Bộ Khoa học và Công nghệ;\tKT.CHỦ TỊCH\n"
                "- Cục Kiểm tra VB QPPL (Bộ Tư pháp);\tPHÓ CHỦ TỊCH\n- CT, PCT UBND tỉnh;\t(Đã ký)\n"
                "- UBND các huyện, thị xã;\tNguyễn Văn Hiệp\n- Lưu VT.\n")
    assert (t.authority, t.title, t.signer) == ("TM. UỶ BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hiệp")
    assert len(t.recipients) == 4


def test_word_table_cells():
    t = tail_of("|Nơi nhận:      |GIÁM ĐỐC      |\n|- Giám đốc;    |              |\n|- Lưu: VT.     |              |\n"
                "|               |Phan Quang Thao |\n")
    assert (t.title, t.signer) == ("GIÁM ĐỐC", "Phan Quang Thao")
    assert [r.text for r in t.recipients] == ["Giám đốc;"]


def test_signature_before_recipients():
    # a PDF's right column (signature) read before the left one (Nơi nhận)
    t = tail_of("Nội dung./.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Hữu Việt\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert (t.authority, t.title, t.signer) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Hữu Việt")
    assert [r.text for r in t.recipients] == ["Như trên;"]


def test_no_recipients_signature_with_image_placeholder():
    t = tail_of("các địa phương thực hiện./.\n\n KT. THỦ TƯỚNG \n PHÓ THỦ TƯỚNG \n [ \nPhạm Thị Thanh Trà \n\nKý bởi: CÔNG BÁO\n")
    assert (t.authority, t.title, t.signer) == ("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Phạm Thị Thanh Trà")
    assert t.end == 6


def test_tail_lines_are_marked_and_not_in_sections():
    doc = _structured("13_phutho_stttt_congvan275_hoithi_2011_transcribed.txt")
    h = doc.header
    assert (h.signer_authority, h.signer_title, h.signer) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Hữu Việt")
    blocks = {ln.text.strip(): ln.block for ln in doc.lines if ln.text.strip()}
    assert blocks["Nơi nhận:"] == "recipients" and blocks["- Lưu: CNTT, VT."] == "recipients"
    assert blocks["KT. GIÁM ĐỐC"] == "signature" and blocks["Nguyễn Hữu Việt"] == "signature"
    first, last = doc.meta["body_span"]
    assert doc.line(last).text.startswith("Vậy sở Thông tin")
    assert [r.text for r in doc.recipients] == ["Như trên;", "GĐ, các PGĐ;"]


@pytest.mark.parametrize("name,recipients,signer", [
    ("000_bed89d1f3f7829d9.txt", 11, None),
    ("01_danang_sgddt_congvan1906_covid_2020.txt", 8, "Lê Thị Bích Thuận"),
    ("02_kontum_ubnd_qd435_chuongtrinhhanhdong_2020.txt", 10, "Nguyễn Hữu Tháp"),
    ("03_btc_congvan19046_haiquan_2014.txt", 4, "Đỗ Hoàng Anh Tuấn"),
    ("05_vpcp_congvan2739_2019.txt", 4, "Mai Tiến Dũng"),
    ("07_ttg_chithi21_sapxepthon_2026.txt", 0, "Phạm Thị Thanh Trà"),
    ("11_binhduong_ubnd_chithi09_khcn_2009.txt", 11, "Nguyễn Văn Hiệp"),
    ("12_phutho_stttt_kehoach_daotao_phanmem_2011.txt", 4, "Phan Quang Thao"),
])
def test_real_tails(name, recipients, signer):
    doc = _structured(name)
    assert len(doc.recipients) == recipients
    assert doc.header.signer == signer
    # nothing of the tail is body text
    for r in doc.recipients:
        assert doc.line(r.line).block != "body"


def test_marker_letters_inside_a_recipient_are_no_authority():
    t = tail_of("Nơi nhận:\n- Thanh tra Sở, Phòng TNN-KTTV;\n- Lưu: VT, CCBVMT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Thị Minh Hoa\n")
    assert (t.authority, t.title, t.signer) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Minh Hoa")


def test_ingest_tail_columns_without_a_shared_row():
    """A scan's tail where the signature title sits above 'Nơi nhận' and the name below the
    list (P04): no row holds both columns, yet they come out left column first."""
    from pipeline.ingest.layout import Segment, order_page

    def seg(text, x0, top, x1):
        return Segment(text=text, x0=x0, top=top, x1=x1, bottom=top + 11, size=11)

    segs = [seg("Vậy sở Thông tin và Truyền thông gửi các đơn vị biết và tham gia.", 77, 380, 457),
            seg("KT. GIÁM ĐỐC", 344, 425, 447), seg("PHÓ GIÁM ĐỐC", 341, 442, 450),
            seg("Nơi nhận:", 47, 460, 98), seg("- Như trên;", 48, 474, 95), seg("- Lưu: VT.", 48, 499, 129),
            seg("Nguyễn Hữu Việt", 342, 534, 450)]
    out = order_page(segs, 595, 0, False)
    assert [s.text for s in out] == ["Vậy sở Thông tin và Truyền thông gửi các đơn vị biết và tham gia.",
                                     "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
                                     "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Hữu Việt"]
    assert [s.block for s in out][1:] == ["tail_left"] * 3 + ["tail_right"] * 3


@pytest.mark.parametrize("line,want", [
    # the diacritics repair read a stripped signature as running text: 'PHO' -> 'PHỐ' (street)
    ("KT. GIÁM ĐỐC PHỐ GIÁM ĐỐC Hoàng Văn Nam", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Nam")),
    # 'THU TRUONG' -> 'THỦ TRƯỞNG': one who signs on behalf of a minister (KT.) is a deputy
    ("KT. BỘ TRƯỞNG THỦ TRƯỞNG Đào Minh Tú", ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đào Minh Tú")),
    # a signature left without marks: the titles come back from the lexicon
    ("KT. BO TRUONG THU TRUONG", ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", None)),
    ("KT. CHU TICH PHO CHU TICH", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", None)),
])
def test_signature_titles_with_wrong_marks_take_the_lexicon_spelling(line, want):
    assert parse_signature(line) == want


def test_head_of_agency_title_as_printed_without_kt():
    assert parse_signature("THỦ TRƯỞNG Nguyễn Văn Hòa")[1] == "THỦ TRƯỞNG"
