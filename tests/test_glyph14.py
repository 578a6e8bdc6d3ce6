"""Session 13 (issue #3): lost glyphs the first pass on the unseen s1-s17 left.

Hard-wrapped copies (a portal's or a legal database's text cut at a fixed width) break a
fixed formula or a citation over two lines; each rule reads the two lines as one.  Each
rule is written from general Vietnamese usage, with more than one wording."""
from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair.glyphdigits import law_fills
from pipeline.repair.glyphphrases import date_fills, wrapped_date_fills
from pipeline.repair.glyphs import _forward_range, _left_context, _wrapped, repair_glyphs
from pipeline.repair.lexicon import lexicon

ALL = set("0123456789")


def _apply(text: str, fills) -> str:
    chars = list(text)
    for f in fills:
        chars[f[0]] = f[1]
    return "".join(chars)


def _repair(lines: list[str]) -> list[str]:
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(lines)))
    return [ln.text for ln in repair_glyphs(doc, Config()).lines]


# ------------------------------------------------------------------ the date wrapped over two lines
def test_wrapped_date_header():
    # a header's date cut after the day: the month and year on the next line lost letters
    f1, f2, _s1, s2 = wrapped_date_fills("Trà Vinh, ngày 13", "t  n  5 n    0 4")
    assert f1 == []
    assert _apply("t  n  5 n    0 4", f2) == "tháng 5 năm  0 4"
    assert {7, 8, 9, 10, 11, 12, 13, 14, 15} & s2  # the year's slot: digits, never letters
    # the first line damaged, the second intact
    f1, f2, _s1, _s2 = wrapped_date_fills("An Giang, ng y 26", "tháng 8 năm 2021")
    assert _apply("An Giang, ng y 26", f1) == "An Giang, ngày 26" and f2 == []


def test_wrapped_date_in_a_citation():
    # a cited decree's date cut after the day, and a law's cut after the month
    t = "t áng 7 năm 2019 của Chính phủ sửa đổi, bổ sung một số điều"
    _f1, f2, _s1, _s2 = wrapped_date_fills("lúa; Nghị định số 62/2019/NĐ-CP ngày 11", t)
    assert _apply(t, f2).startswith("tháng 7 năm 2019")
    _f1, f2, _s1, _s2 = wrapped_date_fills("Căn cứ Luật Đất đai ngày 29 tháng 11", "n m 2013;")
    assert _apply("n m 2013;", f2) == "năm 2013;"


def test_wrapped_date_only_across_the_break():
    # a formula one line holds whole is that line's own, not a wrapped one
    assert wrapped_date_fills("Hà Nội, ngày 15 tháng 6 năm 2012", "QUYẾT ĐỊNH") == ([], [], set(), set())
    # two lines that are no date: nothing
    assert wrapped_date_fills("Căn cứ kết quả họp ngày", "t  ng  ua vừa qua") == ([], [], set(), set())


def test_header_date_with_ngay_lost_whole():
    # the font lost every letter of 'ngày': right after the place and its comma it is the formula's
    t = "Ho  Bì h,      2  th    11   m 2019"
    assert _apply(t, date_fills(t)[0]) == "Ho  Bì h, ngày 2  tháng 11 năm 2019"
    t = "Hà Nội,      15 tháng 6 năm 2012"
    assert _apply(t, date_fills(t)[0]) == "Hà Nội, ngày 15 tháng 6 năm 2012"
    # no place and comma before it: the run of spaces is not read as 'ngày'
    assert date_fills("Số 12,      2  tháng 3 năm 2020 có")[0] == []


def test_wrapped_header_date_end_to_end():
    body = ("Căn cứ Luật Trồng trọt ngày 19 tháng 11 năm 2018 và Quyết định số 467/QĐ-BNN-TT ngày 31 tháng 01 "
            "năm 2024 của Bộ trưởng Bộ Nông nghiệp về kế hoạch chuyển đổi cơ cấu cây trồng năm 2024 trên đất trồng lúa;")
    out = _repair(["ỦY BAN NHÂN DÂN", "Số: 41/KH-UBND", "Trà Vinh, ngày 13", "t  n  5 n    0 4", "KẾ HOẠCH", body])
    assert out[3] == "tháng 5 năm 2024"
    assert out[5] == body


# ------------------------------------------------------------------ a range of years runs forward
def test_forward_range_drops_a_twin_before_the_first_year():
    # 'giai đoạn 2024 - 2025': the document prints 2015, which fits the gaps, but a period ends later
    t = "GIAI ĐOẠN 2024 -  0 5, ĐỊNH"
    a = t.index(" 0 5")
    assert _forward_range(t, a, a + 4, ["2015", "2025"], []) == ["2025"]
    # the first year restored by this line's fills just before
    t = "giai đoạn  0 1 –  0 5"
    assert _forward_range(t, 17, 21, ["2015", "2025"], [(10, "2"), (12, "2")]) == ["2025"]
    # the bound after it: '( 0 0 - 2025)' is before 2025
    t = "nhiệm kỳ ( 0 0 - 2025)"
    assert _forward_range(t, 10, 14, ["2020", "2030"], []) == ["2020"]
    # no range: every fit stays
    t = "năm  0 5 và"
    assert _forward_range(t, 4, 8, ["2015", "2025"], []) == ["2015", "2025"]


# ------------------------------------------------------------------ citations wrapped over two lines
def test_law_named_on_the_line_before():
    # the law's name runs over the break, its date on the damaged line
    t = "quyền địa phương ngày 19 tháng   năm 2015;"
    got = _wrapped(lambda s: law_fills(s, ALL), "Căn cứ Luật Tổ chức chính", t)
    assert _apply(t, got) == "quyền địa phương ngày 19 tháng 6 năm 2015;"
    t = "bản quy phạm pháp luật ngày 22 tháng   năm 2015;"
    got = _wrapped(lambda s: law_fills(s, ALL), "Căn cứ Luật Ban hành văn", t)
    assert _apply(t, got) == "bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;"


def test_wrapped_citation_needs_a_sentence_that_runs_on():
    # the line before closes its item: the next line starts a new one
    t = "quyền địa phương ngày 19 tháng   năm 2015;"
    assert _wrapped(lambda s: law_fills(s, ALL), "Căn cứ Luật Tổ chức chính;", t) == []
    assert _wrapped(lambda s: law_fills(s, ALL), None, t) == []


# ------------------------------------------------------------------ left context across a hard wrap
def test_left_context_of_a_wrapped_line():
    lex = lexicon()
    prev = "Nghị định số 35/2015/NĐ-CP ngày 13 tháng 4 năm 2015 về quản lý, sử dụng đất trồng"
    assert _left_context(prev, "l  ; Nghị định số 62/2019/NĐ-CP", lex) == "trồng"
    prev2 = "Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 190 về việc"
    assert _left_context(prev2, "b n hành kế hoạch", lex) == "việc"
    # the line before closes a sentence, or this line opens with a capital: no context
    assert _left_context(prev + ";", "l  ; Nghị định", lex) is None
    assert _left_context(prev, "Ng ị định số 62", lex) is None
    # a short line before (a heading, a header's cell) says nothing
    assert _left_context("KẾ HOẠCH chung", "c  ển đổi", lex) is None


# ------------------------------------------------------------------ closed lists: a header's place, a weekday
def test_header_place_from_the_provinces_and_capitals():
    from pipeline.repair.glyphphrases import place_fills
    # 'm' printed by the line: 'Hà Nam' needs it lost, so only 'Hà Nội' fits
    t = "H  N  , n  y 1   h n  06 n m 2012"
    assert _apply(t, place_fills(t)).startswith("Hà Nội, ")
    # a province's capital
    t = "Đ n  H  , n  y 14  h n    năm 2008"
    assert _apply(t, place_fills(t)).startswith("Đồng Hới, ")
    # in a header's table cell, old tone placement in the document's spelling
    t = "| Số: 12/QĐ-UBND | *Th nh  o , ngày 4 th ng 7 n m 2019* |"
    assert "*Thanh Hoá, " in _apply(t, place_fills(t, "UBND tỉnh Thanh Hoá quyết định"))


def test_header_place_needs_one_name():
    from pipeline.repair.glyphphrases import place_fills
    # 'Hà Nội' and 'Hà Nam' both fit: nothing, unless the document or its issuer tells them apart
    t = "H  N  ,  g y 24  há g 01  ă  2025"
    assert place_fills(t) == []
    assert _apply(t, place_fills(t, central=True)).startswith("Hà Nội, ")
    assert _apply(t, place_fills(t, intact="Ủy ban nhân dân tỉnh Hà Nam")).startswith("Hà Nam, ")
    # a commune's name is no province: left to the search
    assert place_fills("Qu ng Phú, ngày 17 tháng 12 năm 2020") == []
    # an intact place: nothing to do
    assert place_fills("Hà Nội, ngày 15 tháng 6 năm 2012") == []


def test_weekday_names():
    from pipeline.repair.glyphphrases import weekday_fills
    assert _apply("Thứ H i, ngày 12/5/2025", weekday_fills("Thứ H i, ngày 12/5/2025")) == "Thứ Hai, ngày 12/5/2025"
    assert _apply("- Thứ B  (ngày 3/6)", weekday_fills("- Thứ B  (ngày 3/6)")) == "- Thứ Ba (ngày 3/6)"
    t = "Chiều thứ S u, ngày 9/5: họp giao ban"
    assert _apply(t, weekday_fills(t)) == "Chiều thứ Sáu, ngày 9/5: họp giao ban"
    # a letter the line prints is one its font maps: 'Sáng' prints 'á', so no 'Sáu' here
    assert weekday_fills("Sáng thứ S u, ngày 9/5") == []
    # not before a date or a comma: no weekday slot
    assert weekday_fills("Thứ tr  ng cơ quan") == []
