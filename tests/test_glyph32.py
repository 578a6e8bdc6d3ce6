"""A font that lost only digits (session 29): no word is cut, so the glyph search never
starts, yet a title prints its period, its year or a cited date with gaps.  The numbers are
read from the document's own intact copies ('GIAI ĐOẠN 20 7-202 ' in the title, 'giai đoạn
2017-2021' in the text), and left as gaps where the text prints no copy.  The lines are real
plans' titles and opening sentences (a province's legal-education plan, a province's plan on
animal disease, a national decision on a children-friendly commune standard); the damage is
made the way a font loses glyphs (each lost character printed as a space)."""

from pipeline.repair import glyphdigitfont, repair_text
from pipeline.repair.glyphdigitfont import _traces, range_twin_fills

from tests.test_glyph7 import lose

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH YÊN BÁI", "Số: 108/KH-UBND", "Yên Bái, ngày 26 tháng 4 năm 2019", "KẾ HOẠCH"]


def _doc(title: str, body: list[str]) -> list[str]:
    return HEAD + [title] + body


def _repair(lines: list[str]) -> list[str]:
    return [ln.text for ln in repair_text("\n".join(lines)).lines]


def test_a_title_period_read_from_the_period_the_text_prints(monkeypatch):
    title = lose("THỰC HIỆN CHƯƠNG TRÌNH PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT GIAI ĐOẠN 2017-2021 TRÊN ĐỊA BÀN TỈNH YÊN BÁI", "13")
    assert "GIAI ĐOẠN 20 7-202  TRÊN" in title
    body = ["Thực hiện Chương trình phổ biến, giáo dục pháp luật giai đoạn 2017-2021, Ủy ban nhân dân tỉnh ban "
            "hành Kế hoạch thực hiện Chương trình phổ biến, giáo dục pháp luật giai đoạn 2017 - 2021 trên địa bàn "
            "tỉnh như sau:",
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012 và Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ "
            "tướng Chính phủ;"]
    lines = _doc(title, body)
    out = _repair(lines)
    assert "GIAI ĐOẠN 2017-2021 TRÊN ĐỊA BÀN" in out[5]
    assert out[6:] == body  # the intact lines untouched
    with monkeypatch.context() as mp:
        mp.setattr(glyphdigitfont, "DIGIT_FONT_FILLS", False)
        assert _repair(lines)[5] == title


def test_a_period_the_text_never_prints_stays_a_gap():
    # the title's '2018-2020' is not printed in the text (only '2012-2020'): nothing pins it
    title = lose("PHÊ DUYỆT DỰ ÁN HỖ TRỢ CƠ GIỚI HÓA TRONG SẢN XUẤT THỦY SẢN TỈNH AN GIANG GIAI ĐOẠN 2018-2020", "13")
    body = ["Căn cứ Quyết định số 2163/QĐ-UBND ngày 29 tháng 11 năm 2012 của UBND tỉnh về Kế hoạch phát triển "
            "nông nghiệp ứng dụng công nghệ cao tỉnh An Giang giai đoạn 2012-2020 và tầm nhìn đến năm 2030;"]
    assert _repair(_doc(title, body))[5] == title
    # and a title year of a plan the excerpt never names ('NĂM 202 ' with 2015-2022 printed)
    title = lose("KẾ HOẠCH PHÒNG, CHỐNG DỊCH BỆNH ĐỘNG VẬT TRÊN ĐỊA BÀN TỈNH GIA LAI NĂM 2023", "13")
    body = ["Căn cứ Luật Thú y năm 2015; Luật Thủy sản năm 2017; Luật Chăn nuôi năm 2018;",
            "Thực hiện Công văn số 5177/BNN-TY ngày 08/8/2022 của Bộ Nông nghiệp và PTNT;"]
    assert _repair(_doc(title, body))[5] == title


def test_a_heading_cited_date_from_the_same_document_cited_whole():
    # a heading in capitals restates the decision the text cites with its date
    title = lose("TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG NGÀY 30/5/2014 CỦA THỦ TƯỚNG CHÍNH PHỦ", "1")
    assert "NGÀY 30/5/20 4 CỦA" in title
    body = ["Căn cứ Quyết định số 34/2014/QĐ-TTg ngày 30/5/2014 của Thủ tướng Chính phủ về việc Quy định tiêu chuẩn "
            "xã, phường, thị trấn phù hợp với trẻ em;",
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2019 như sau:"]
    out = _repair(_doc(title, body))
    assert "NGÀY 30/5/2014 CỦA" in out[5]


def test_clean_text_with_a_typists_space_is_no_trace():
    lines = ["Số: 12 /QĐ-UBND", "Căn cứ Quyết định số 123/QĐ-UBND ngày 2 /3/2017 của UBND tỉnh;",
             "Kế hoạch giai đoạn 2017 - 2021 và năm 2020."]
    assert _traces(lines) == []
    assert _repair(lines) == lines
    # a year with a gap is a trace; a date's year with a gap is one; a number's inner gap is one
    assert _traces(["GIAI ĐOẠN 20 7-2021", "NGÀY 2 /3/20  CỦA", "SỐ 2 0-KL/TW", "năm 2017"]) == [0, 1, 2]
    # a three-digit count is no year that lost its last digit; a year's last digit lost leaves
    # its space and the real one, or the line's end
    assert _traces(["có 198 công dân đủ điều kiện", "TỈNH GIA LAI NĂM 202 ", "NĂM 202  TRÊN ĐỊA BÀN"]) == [1, 2]


def test_a_period_end_needs_one_printed_period_that_fits():
    text = "GIAI ĐOẠN 2017-202  TRÊN ĐỊA BÀN"
    assert range_twin_fills(text, {("2017", "2021")}, {"1", "3"}) == [(text.index("202 ") + 3, "1")]
    # two printed periods from 2017 whose ends fit: nothing
    assert range_twin_fills(text, {("2017", "2021"), ("2017", "2023")}, {"1", "3"}) == []
    # the end's digit must be one the font may have lost
    assert range_twin_fills(text, {("2017", "2025")}, {"1", "3"}) == []
    # another first year prints no such period
    assert range_twin_fills(text, {("2016", "2021")}, {"1", "3"}) == []
