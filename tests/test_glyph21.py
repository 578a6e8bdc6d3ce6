"""Session 19 (issue #3, branch glyph21): a '(cid:NN)' cipher's date formula read with its
words coded whole or wrapped over two lines (glyphs.CID_WRAPPED_DATES, coded_date_pins), and
two codes never read as one letter (glyphs.CID_ONE_CODE_A_LETTER: a font codes a glyph once).

A code is one character, so 'ngày D tháng M năm YYYY' holds its words' lengths even where a
word is codes alone ('năm' printed '(cid:146)(cid:82)(cid:34)'), and a hard-wrapped copy's
header date ('Bình Định, ngày' / '29 tháng 04 năm 2021') reads as one formula across the
break: the formula pins those codes for the whole document (formula_pins).  The glyph
repair's date_fills cannot read those: a run of spaces may be any length there."""
import pipeline.repair.glyphs as G
from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair
from pipeline.repair.glyphs import _CID, DocumentLM, coded_date_pins, formula_pins, solve_cid
from pipeline.repair.lexicon import lexicon

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


def _coded(s: str, codes: dict[str, str]) -> str:
    return "".join(f"(cid:{codes[c]})" if c in codes else c for c in s)


def _solve(texts: list[str]) -> dict[str, str]:
    return solve_cid(texts, DocumentLM([_CID.sub(" ", t) for t in texts], lexicon()), others=[])


# 'và' and 'về' (and 'thành' and 'tại') read by one letter: the ascent alone reads both codes
# as the common one; the code the document uses less reads its best other letter
ONE_LETTER_CASES = [
    ({"à": "98", "ề": "72", "y": "48"},
     ["Quyết định số 15/2021/QĐ-UBND về Quy chế tiếp nhận thông tin và xử lý.", "Các xã và thị trấn thực hiện."],
     {"98": "à", "72": "ề"}),
    ({"à": "7", "ề": "77", "h": "193"},
     ["nông thôn về việc tăng cường thực hiện các giải pháp thủy lợi phòng, chống hạn và xâm nhập mặn"],
     {"7": "à", "77": "ề"}),
    ({"ạ": "33", "h": "19", "n": "217"},
     ["Tại công văn này, thành phố cũng yêu cầu các quận, huyện thực hiện báo cáo tình hình giá cả."],
     {"19": "h", "33": "ạ"}),
]


def test_two_codes_never_read_one_letter():
    for codes, plain, want in ONE_LETTER_CASES:
        got = _solve([_coded(t, codes) for t in plain])
        assert all(got.get(n) == c for n, c in want.items()), (plain, got)
        letters = [c for c in got.values() if c.isalpha()]
        assert len(letters) == len(set(letters)), got


def test_one_letter_switch():
    codes, plain, _want = ONE_LETTER_CASES[0]
    texts = [_coded(t, codes) for t in plain]
    old = G.CID_ONE_CODE_A_LETTER
    G.CID_ONE_CODE_A_LETTER = False
    try:
        got = _solve(texts)
    finally:
        G.CID_ONE_CODE_A_LETTER = old
    assert got["98"] == got["72"] == "à"  # (what the ascent alone reads)


def test_a_map_without_collision_is_unchanged():
    codes = {"u": "210", "ồ": "192", "n": "135", "ạ": "131", "ế": "57", "m": "170"}
    plain = ["1. Thiết kế đồ họa (được quy định tại Phụ lục số 01).",
             "9. Kỹ thuật trồng và chăm sóc cây dược liệu (được quy định tại Phụ lục số 09).",
             "12. Kỹ thuật nuôi trồng thủy sản nước ngọt (được quy định tại Phụ lục số 12).",
             "Các đơn vị tổ chức đào tạo nghề cho lao động nông thôn theo đúng định mức."]
    got = _solve([_coded(t, codes) for t in plain])
    assert got == {v: k for k, v in codes.items()}
