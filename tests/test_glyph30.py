"""Lost digits the document itself pins (session 27): the header's own number carries the
year of the document's own date ('Số: 27/20  /NQ-HĐND | An Giang, ngày 08 tháng 12 năm 2017');
a heading restates a phrase of the text with its year ('TRÊN ĐỊA BÀN TỈNH NĂM 20  ' beside
'trên địa bàn tỉnh năm 2017' intact); the space before a Party code's dash is a lost digit
when the text prints one number with that code ('SỐ 2 -CT/TU' beside '21-CT/TU').
Lines are written in the shape real directives have; the damage is made the way a font
loses glyphs (each lost character printed as a space)."""

from pipeline.repair import glyphdigits, glyphs
from pipeline.repair.glyphdigits import NumberGaps, own_date_year
from pipeline.repair.glyphs import DocumentNumbers

from tests.test_glyph7 import INTACT, apply, lose

# the damaged font's other lines print every digit but '1' and '7'
PRINTS = "Căn cứ 0 2 3 4 5 6 8 9 của Tỉnh ủy"


def test_own_date_year_reads_the_header_date_line_only():
    assert own_date_year(["ỦY BAN NHÂN DÂN", "Số: 49/202 /QĐ-UBND | Lào Cai, ngày 30 tháng   năm 2026"]) == "2026"
    assert own_date_year(["Hưng Yên, ngày 18 tháng 02 năm 2022"]) == "2022"
    # a cited document's date is no own date line (no place and comma before it)
    assert own_date_year(["Căn cứ Nghị định số 07/2021/NĐ-CP ngày 27 tháng 01 năm 2021"]) is None


def test_the_own_number_takes_the_own_date_year(monkeypatch):
    header = "Số: 27/2017/NQ-HĐND | An Giang, ngày 08 tháng 12 năm 2017 |"
    line = lose("Số: 27/2017/NQ-HĐND", "17") + " | An Giang, ngày 08 tháng 12 năm 2017 |"
    gaps = NumberGaps(INTACT, [lose(header, "17"), PRINTS])
    assert gaps.candidates == {"1", "7"}
    # '20  ' with '1' or '7' lost: 2011 and 2017 both fit; the date on the line says 2017
    assert "/2017/NQ-HĐND" in apply(line, gaps.fills(line))
    # the date line among the header's lines (set by the caller) says it too
    alone = lose("Số: 27/2017/NQ-HĐND", "17")
    gaps.own_year = "2017"
    assert apply(alone, gaps.fills(alone)).startswith("Số: 2 /2017/")
    with monkeypatch.context() as mp:
        mp.setattr(glyphdigits, "OWN_NUMBER_YEAR", False)
        assert "/20  /" in apply(alone, gaps.fills(alone))
    # a cited number's year is no own number's: no own date decides it
    cited = lose("Căn cứ Nghị quyết số 27/2017/NQ-HĐND của HĐND tỉnh", "17")
    assert "/20  /" in apply(cited, gaps.fills(cited))


def test_a_dash_date_after_a_cited_number_pairs_its_year(monkeypatch):
    # the number in the damaged font, its date wrapped onto the next line, printed whole
    line = lose("Thực hiện Chỉ thị số 14/2007/CT-TTg", "7")
    gaps = NumberGaps(INTACT, [line, "Căn cứ 0 1 2 3 4 5 6 8 9"])
    after = "ngày 13-6-2007 của Thủ tướng Chính phủ về tăng cường công tác quản lý"
    assert apply(line, gaps.fills(line, after=after)).endswith("14/2007/CT-TTg")
    with monkeypatch.context() as mp:
        mp.setattr(glyphdigits, "DASH_PAIRED_DATES", False)
        assert apply(line, gaps.fills(line, after=after)).endswith("14/200 /CT-TTg")


def test_a_heading_year_takes_the_year_the_text_prints_after_the_same_words(monkeypatch):
    texts = ["KẾ HOẠCH", lose("PHÒNG, CHỐNG DỊCH BỆNH GIA SÚC, GIA CẦM TRÊN ĐỊA BÀN TỈNH NĂM 2017", "17"),
             "Kế hoạch phòng, chống dịch bệnh trên địa bàn tỉnh năm 2017 như sau:",
             "Kết quả năm 2011 và năm 2016 đã đạt; tiếp tục thực hiện năm 2017 theo kế hoạch."]
    nums = DocumentNumbers(texts, {0, 2, 3}, set("1457"))
    line = texts[1]
    assert apply(line, nums.fills(line)).endswith("TỈNH NĂM 2017")
    with monkeypatch.context() as mp:
        mp.setattr(glyphs, "PHRASE_TWIN_YEARS", False)
        # several intact years fit '20  ' and none dominates: left
        assert nums.fills(line) == []
    # two words of a date name no phrase ('tháng năm'): nothing decided by them
    assert nums._phrase_twins("ngày 15 tháng 7 năm 20  ", len("ngày 15 tháng 7 năm "), ["2011", "2017"]) == []


def test_the_space_before_a_party_codes_dash_is_a_lost_digit_when_the_code_is_printed():
    texts = [lose("THỰC HIỆN CHỈ THỊ SỐ 21-CT/TU CỦA TỈNH ỦY", "1"),
             "Thực hiện Chỉ thị số 21-CT/TU của Tỉnh ủy Quảng Ngãi ngày 21/3/2017 về an toàn thực phẩm"]
    nums = DocumentNumbers(texts, {1}, set("14"))
    assert apply(texts[0], nums.fills(texts[0])).startswith("THỰC HIỆN CHỈ THỊ SỐ 21-CT/TU")
    # no number printed with that code: the space before the dash stays a space
    other = "THỰC HIỆN CHỈ THỊ SỐ 2 -CT/TW CỦA BAN BÍ THƯ"
    assert nums.fills(other) == []
