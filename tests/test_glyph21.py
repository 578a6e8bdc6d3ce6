"""Session 19 (issue #3, branch glyph21): a '(cid:NN)' cipher's date formula read with its
words coded whole or wrapped over two lines (glyphs.CID_WRAPPED_DATES, coded_date_pins).

A code is one character, so 'ngày D tháng M năm YYYY' holds its words' lengths even where a
word is codes alone ('năm' printed '(cid:146)(cid:82)(cid:34)'), and a hard-wrapped copy's
header date ('Bình Định, ngày' / '29 tháng 04 năm 2021') reads as one formula across the
break: the formula pins those codes for the whole document (formula_pins).  The glyph
repair's date_fills cannot read those: a run of spaces may be any length there."""
import pipeline.repair.glyphs as G
from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair
from pipeline.repair.glyphs import coded_date_pins, formula_pins

# t=222 h á=75 n=146 g=165, ă=82 m=34
THANG = "(cid:222)h(cid:75)(cid:146)(cid:165)"
NAM = "(cid:146)(cid:82)(cid:34)"
PINS = {"222": "t", "75": "á", "146": "n", "165": "g", "82": "ă", "34": "m"}


def test_a_header_date_wrapped_after_ngay_pins_its_codes():
    for place in ("Bình Định, ngày", "Tiền Giang, ngày", "TP. Hồ Chí Minh, ngày"):
        for date in (f"29 {THANG} 04 {NAM} 2021", f"2 {THANG} 8 {NAM} 2023"):
            assert formula_pins([place, date]) == PINS, (place, date)


def test_a_citation_wrapped_after_ngay_and_one_line_with_coded_words():
    lines = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày",
             f"19 {THANG} 6 {NAM} 2015; Luật sửa đổi, bổ sung một số điều."]
    assert formula_pins(lines) == PINS
    # one line, 'tháng' and 'năm' codes whole ('ngày' printed)
    lines = [f"Nghị định số 62/2019/NĐ-CP ngày 11 {THANG} 7 {NAM} 2019 của Chính phủ"]
    assert formula_pins(lines) == PINS
    # the break after 'tháng': the first line holds 'ngày' and a coded 'tháng'
    lines = [f"Quảng Ngãi, ngày 29 {THANG}", f"12 {NAM} 2017"]
    assert formula_pins(lines) == PINS


def test_upper_case_formula_takes_upper_case_letters():
    lines = ["HÀ NỘI, NGÀY 02 T(cid:1)ÁNG 8 (cid:2)(cid:3)M 2023"]
    assert sorted(coded_date_pins(lines)) == [("1", "H"), ("2", "N"), ("3", "Ă")]


def test_what_is_no_formula_pins_nothing():
    # too few letters printed: the shape alone is no formula
    assert coded_date_pins([f"(cid:9)(cid:8)(cid:7)(cid:6) 29 {THANG} 04 {NAM} 2021"]) == []
    # two codes for one letter ('n' of 'tháng' and of 'năm'), one code for two letters
    assert coded_date_pins(["ngày 1 (cid:1)(cid:2)(cid:3)(cid:4)(cid:5) 6 (cid:6)(cid:7)(cid:8) 2015"]) == []
    assert coded_date_pins(["ngày 1 (cid:1)(cid:1)áng 6 năm 2015"]) == []
    # digits of the day lost as codes: the slots must print their digits
    assert coded_date_pins([f"Bình Định, ngày (cid:40)9 {THANG} 04 {NAM} 2021"]) == []
    # a formula one line holds whole is read once, not again with its neighbour
    lines = [f"Hà Nội, ngày 11 {THANG} 7 {NAM} 2019", "Kính gửi: các Sở, ngành"]
    assert len(coded_date_pins(lines)) == 7  # (the two n of one code)
    # a word after the first line's 'ngày' that is no date ('ngày làm việc')
    assert coded_date_pins(["trong 05 ngày", f"làm việc {THANG} 04 {NAM} 2021"]) == []


def test_the_switch():
    lines = ["Bình Định, ngày", f"29 {THANG} 04 {NAM} 2021"]
    old = G.CID_WRAPPED_DATES
    G.CID_WRAPPED_DATES = False
    try:
        assert formula_pins(lines) == {}
    finally:
        G.CID_WRAPPED_DATES = old
    assert formula_pins(lines) == PINS


def test_the_repair_reads_the_wrapped_date_and_the_codes_elsewhere():
    text = "\n".join([
        "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
        "Bình Định, ngày",
        f"29 {THANG} 04 {NAM} 2021",
        "QUYẾT ĐỊNH",
        f"Kế hoạch {THANG} 5 {NAM} 2021",  # (a font line prints no coded letter as itself)
    ])
    doc = repair(Document(doc_id="t", lines=lines_from_text(text)), Config())
    got = [ln.text for ln in doc.lines]
    assert got[2] == "29 tháng 04 năm 2021", got
    assert got[4] == "Kế hoạch tháng 5 năm 2021", got
