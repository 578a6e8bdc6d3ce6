"""Session 19 (issue #3): a year's gap the digits shown lost fill, while a year the document
prints intact fits it with another digit the damaged lines never print.

The second round of pipeline.repair.glyphdigits fills a year from the digits earlier fills
showed lost ('2').  A font that loses digits may have lost another one that the damaged lines
never print ('7'); when the intact lines print a year that digit makes ('2017', the document's
own year, beside '2012' of a period 2012-2020), nothing decides between them: the gap stays,
with a review note (a wrong year is worse than a gap)."""
import pipeline.repair.glyphdigits as gd
from pipeline.repair.glyphdigits import NumberGaps

# the damaged lines print '0', '1', '3'..'6', '8', '9': '2' and '7' are the candidates
DAMAGED = ["Th c hi n v n b n s  13 c a U ND ngày 15/8/ 01 , 9 xã, 46 hộ"]


def _gaps(intact: list[str], used: str = "2") -> NumberGaps:
    g = NumberGaps(intact, DAMAGED)
    g.used = set(used)
    return g


def _second(g: NumberGaps, text: str) -> str:
    chars = list(text)
    for c, x in g.fills(text, second=True):
        chars[c] = x
    return "".join(chars)


def test_a_year_with_an_intact_rival_is_left_as_a_gap():
    intact = ["Quảng Ngãi, ngày 10 tháng 4 năm 2017",
              "Chương trình giai đoạn 2012 - 2020 của tỉnh."]
    for text, piece in (("THỰC HIỆN CHỈ THỊ SỐ 01-CT/TU NGÀY 21/3/ 01  CỦA TỈNH ỦY", " 01 "),  # a slash date
                        ("- Kết luận số 11-KL/TW ngày 19/01/ 01  của Ban Bí thư", " 01 "),
                        ("Quyết định số 148/QĐ-BYT ngày 18 tháng 4 năm  01  của Bộ", " 01 "),  # in words
                        ("thay thế Quyết định số 12/ 01 /QĐ-UBND của UBND tỉnh", " 01 ")):  # a number's year
        g = _gaps(intact)
        assert g.candidates >= {"2", "7"}
        out = _second(g, text)
        assert out == text, text
        assert piece in g.refused and {"2012", "2017"} <= set(g.refused[piece]), g.refused


def test_a_rival_the_document_does_not_print_keeps_the_fill():
    # 2017 printed nowhere intact: the shown digit '2' alone fits, 2012 is read
    intact = ["Chương trình giai đoạn 2012 - 2020 của tỉnh.", "Hà Nội, ngày 10 tháng 4 năm 2013"]
    g = _gaps(intact)
    assert _second(g, "Kết luận số 11-KL/TW ngày 19/01/ 01  của") == "Kết luận số 11-KL/TW ngày 19/01/2012 của"


def test_a_rival_with_a_digit_the_damaged_lines_print_is_no_rival():
    # 2015 is printed intact, but the damaged lines print '5': the font keeps it
    intact = ["Hà Nội, ngày 10 tháng 4 năm 2015", "giai đoạn 2012 - 2020"]
    g = _gaps(intact)
    assert "5" not in g.candidates
    assert _second(g, "ngày 19/01/ 01  của") == "ngày 19/01/2012 của"


def test_two_digits_shown_lost_decide_between_them():
    # '2' and '7' both shown lost: both years fit the shown digits, the round refuses as before
    intact = ["Quảng Ngãi, ngày 10 tháng 4 năm 2017", "giai đoạn 2012 - 2020"]
    g = _gaps(intact, used="27")
    text = "ngày 19/01/ 01  của"
    assert _second(g, text) == text
    # and with '7' alone shown lost (the rival would be 2012 with '2' never shown): both printed
    g = _gaps(intact, used="7")
    assert _second(g, text) == text


def test_the_switch():
    intact = ["Quảng Ngãi, ngày 10 tháng 4 năm 2017", "giai đoạn 2012 - 2020"]
    old = gd.YEAR_RIVALS
    try:
        gd.YEAR_RIVALS = False
        assert _second(_gaps(intact), "ngày 19/01/ 01  của") == "ngày 19/01/2012 của"
    finally:
        gd.YEAR_RIVALS = old


def test_a_cited_number_and_its_date_in_capitals_are_one_year():
    # a document is numbered in the year it is signed: the date after the number prints the
    # year whole, in a heading's capitals too, so the rival does not leave the number's year open
    intact = ["Hà Nội, ngày 10 tháng 4 năm 2026", "Kế hoạch đến năm 2027."]
    damaged = ["Th c hi n v n b n s  180 c a U ND ngày 15/8/ 01 , 9 xã, 45 hộ"]
    for text, want in (("KẾ HOẠCH TRIỂN KHAI NGHỊ ĐỊNH SỐ 180/202 /NĐ-CP NGÀY 21/5/2026 CỦA CHÍNH PHỦ",
                         "KẾ HOẠCH TRIỂN KHAI NGHỊ ĐỊNH SỐ 180/2026/NĐ-CP NGÀY 21/5/2026 CỦA CHÍNH PHỦ"),
                        ("THỰC HIỆN NGHỊ ĐỊNH SỐ 180/202 /NĐ-CP NGÀY 21 THÁNG 5 NĂM 2026 CỦA",
                         "THỰC HIỆN NGHỊ ĐỊNH SỐ 180/2026/NĐ-CP NGÀY 21 THÁNG 5 NĂM 2026 CỦA"),
                        ("theo Nghị định số 180/2026/NĐ-CP ngày 21/5/202  của Chính phủ",
                         "theo Nghị định số 180/2026/NĐ-CP ngày 21/5/2026 của Chính phủ")):
        g = NumberGaps(intact, damaged)
        g.used = {"6"}
        assert {"6", "7"} <= g.candidates
        assert _second(g, text) == want, text
    # the number's date printing another year than the fill: the rival stands, a gap
    g = NumberGaps(intact, damaged)
    g.used = {"6"}
    text = "NGHỊ ĐỊNH SỐ 180/202 /NĐ-CP NGÀY 21/5/2027 CỦA"
    assert _second(g, text) == text
