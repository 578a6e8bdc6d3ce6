"""Session 12 (issue #3): lost glyphs and cid codes the first pass on the unseen p1-p15 left.

Each rule is written from general Vietnamese usage, with more than one wording."""
from pipeline.repair.ciddigits import DateChecks
from pipeline.repair.glyphdigits import law_fills, law_matches
from pipeline.repair.glyphphrases import named_code_fills

ALL = set("0123456789")


def _apply(text: str, fills) -> str:
    chars = list(text)
    for f in fills:
        chars[f[0]] = f[1]
    return "".join(chars)


# ------------------------------------------------------------------ laws cited by name
def test_law_date_by_name():
    # a local decision's first legal basis: the law's date printed with a lost digit
    t = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 1  tháng 6 năm 2015;"
    assert _apply(t, law_fills(t, ALL)) == "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    # the year's digit lost, the date written with slashes
    t = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/20 5;"
    assert _apply(t, law_fills(t, ALL)) == "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2015;"
    # a code ('Bộ luật') in capitals at a line's start
    t = "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 201 ;"
    assert _apply(t, law_fills(t, ALL)) == "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;"


def test_law_number_by_name():
    # the number 'số N/YYYY/QHkk' after the name: the year and the Assembly's term
    t = "Căn cứ Luật Tổ chức Quốc hội số 57/20 4/QH 3;"
    assert _apply(t, law_fills(t, ALL)) == "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;"
    t = "Căn cứ Luật An toàn, vệ sinh lao động số 84/2015/QH 3 ngày 25 tháng 6 năm 2015;"
    assert _apply(t, law_fills(t, ALL)) == "Căn cứ Luật An toàn, vệ sinh lao động số 84/2015/QH13 ngày 25 tháng 6 năm 2015;"


def test_law_fill_refused_without_evidence():
    # a law and its successor share the name: a gap both dates fit is left
    t = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 1  tháng 6 năm 20 5;"
    assert law_fills(t, ALL) == []
    # only digits the font may have lost fill a gap ('9' printed by the damaged lines)
    t = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 1  tháng 6 năm 2015;"
    assert law_fills(t, set("0123")) == []
    # a name the gazette does not cite, or cites no date for: nothing
    t = "Căn cứ Luật Tổ chức hội đồng hương ước ngày 1  tháng 6 năm 2015;"
    assert law_fills(t, ALL) == []
    # fewer than half of the digits printed: too little to tell the citation by
    t = "Căn cứ Luật Tổ chức chính quyền địa phương ngày    tháng   năm 2   ;"
    assert law_fills(t, ALL) == []


def test_law_matches_checks_a_cid_reading():
    # a '(cid:NN)' reading that gives a law its gazette date scores; another does not
    assert law_matches("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;") == 1
    assert law_matches("Căn cứ Luật Tổ chức chính quyền địa phương ngày 13 tháng 6 năm 2015;") == 0
    assert law_matches("Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;") == 1
    assert law_matches("Căn cứ Luật Tổ chức Quốc hội số 57/2017/QH13;") == 0
    checks = DateChecks(["Hà Nội, ngày 12 tháng 3 năm 2019"])
    right = checks.score("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    wrong = checks.score("Căn cứ Luật Tổ chức chính quyền địa phương ngày 13 tháng 6 năm 2015;")
    assert right > wrong


# ------------------------------------------------------------------ names of a fixed spelling
def test_named_codes():
    t = "phòng, chống dịch COVID- 9 theo Chỉ thị"
    assert _apply(t, named_code_fills(t)) == "phòng, chống dịch COVID-19 theo Chỉ thị"
    t = "dịch bệnh C vid- 9 trên địa bàn"
    assert _apply(t, named_code_fills(t)) == "dịch bệnh Covid-19 trên địa bàn"
    t = "tiêm vắc xin phòng covid-1  cho trẻ"
    assert named_code_fills(t) == []  # its last character lost: where the token ends is not sure
    t = "virus SARS-C V-2 gây bệnh"
    assert _apply(t, named_code_fills(t)) == "virus SARS-CoV-2 gây bệnh"
    # half of it lost, or another token: nothing
    assert named_code_fills("dịch C   d- 9 mới") == []
    assert named_code_fills("mã COVAD-19 khác") == []


# ------------------------------------------------------------------ thin evidence is flagged
from pipeline.repair.glyphdigits import NumberGaps, _whole_word  # noqa: E402
from pipeline.repair.glyphs import DocumentNumbers, _thin_twin  # noqa: E402


def test_thin_twin():
    # a cited circular's year with two of four digits lost: the 2015 the document prints
    # once fits, and so do 2012 and 2017 with the digits the font may have lost
    assert _thin_twin(" 01 ", "2015", {"2", "5", "7"}, 1, False)
    # a month: 'tháng 0 ' where the document prints '08' once, '06' fits as well
    assert _thin_twin("0 ", "08", {"6", "8"}, 1, False)
    # printed three times or more, or between the same words: no thin evidence
    assert not _thin_twin(" 01 ", "2015", {"2", "5", "7"}, 3, False)
    assert not _thin_twin(" 01 ", "2015", {"2", "5", "7"}, 1, True)
    # no other number of its kind fits the lost digits: the twin is the only reading
    assert not _thin_twin("202 ", "2023", {"3"}, 1, False)
    assert not _thin_twin(" 023", "2023", {"2", "0"}, 1, False)  # (0023 is no year)


def test_document_numbers_mark_thin_fills():
    texts = ["Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
             "Căn cứ Thông tư số 04/ 01 /TT-BNV ngày 31 tháng 8 năm  01  của Bộ Nội vụ;"]
    nums = DocumentNumbers(texts, {0}, {"2", "5", "7"})
    fills = nums.fills(texts[1], strong_only=True)
    assert fills and all(c in nums.thin for c, _x in fills)
    # a year printed often, between the same words: filled, not thin
    texts = ["Kế hoạch năm 2023 của tỉnh", "Kế hoạch năm 2023 của huyện", "Kế hoạch năm 2023 của xã",
             "Kế hoạch năm 202  của xã"]
    nums = DocumentNumbers(texts, {0, 1, 2}, {"3", "5"})
    fills = nums.fills(texts[3], strong_only=True)
    assert fills == [(len("Kế hoạch năm 202"), "3")] and not nums.thin


def test_second_round_refusals_are_noted():
    gaps = NumberGaps(["Hà Nội, ngày 12 tháng 3 năm 2023"], ["Ng ị quyế  số 1  của Tỉn  ủy"])
    gaps.used = {"2", "7"}
    # a document's number the second round will not guess: the gap stays, its readings noted
    assert gaps.fills("Nghị quyết số 1  của Tỉnh ủy về kinh tế", second=True) == []
    assert gaps.refused == {"1 ": ["12", "17"]}
    assert gaps.fills("Thực hiện Kế hoạch số  5/KH-UBND của huyện", second=True) == []
    assert gaps.refused == {" 5": ["25", "75"]}
    # the next call starts afresh
    assert gaps.fills("Ngày hội văn hóa", second=True) == [] and gaps.refused == {}


def test_whole_word_after_a_gap():
    # the word after a number's gap is whole: the extra space is the number's lost digit
    assert _whole_word("của Tỉnh ủy", 0) and _whole_word("năm 2023", 0) and _whole_word("chỉ tiêu", 0)
    # a word a lost first letter makes another of ('ăm' is 'năm', 'ương' is 'lương'): not sure
    assert not _whole_word("ăm 2023", 0) and not _whole_word("ương", 0) and not _whole_word("ấp xã", 0)


# ------------------------------------------------------------------ a weekday named with its date
from pipeline.repair.glyphdigits import _weekday_fits  # noqa: E402


def test_weekday_decides_a_lost_digit_of_its_date():
    # 23/01/2020 was a Thursday: of the days the lost digits allow, the one on 'Thứ Năm'
    gaps = NumberGaps(["Kế hoạch năm 2020, năm 2019"], ["Th  Năm, ng y 2 /01/2020"])
    assert gaps.fills("Thứ Năm, ngày 2 /01/2020: họp giao ban") == [(len("Thứ Năm, ngày 2"), "3")]
    # the weekday alone decided (a document's weekday may be its misprint): flagged for review
    assert gaps.weekday_cols == {len("Thứ Năm, ngày 2")}
    # the weekday after the date, in brackets, and a year's lost digit: 14/02/2018 was a Wednesday
    t = "từ ngày 14/02/20 8 (thứ Tư) đến hết ngày"
    assert _weekday_fits(t, t.index("20 8"), "20 8", ["2008", "2018"]) == ["2018"]
    # 'ngày ... tháng ... năm' with 'Chủ nhật' before it: 03/10/2021 was a Sunday
    t = "Chủ nhật, ngày 0  tháng 10 năm 2021"
    assert _weekday_fits(t, t.index("0 "), "0 ", ["03", "04", "05"]) == ["03"]
    # no weekday named, or a date without its year: nothing to check, the values stay
    t = "ngày 2 /01/2020 họp"
    assert _weekday_fits(t, 5, "2 ", ["23", "25"]) == ["23", "25"]
    t = "Thứ Hai, ngày 2 /01 họp"
    assert _weekday_fits(t, t.index("2 "), "2 ", ["23", "27"]) == ["23", "27"]


# ------------------------------------------------------------------ thin cited and anniversary fills
from pipeline.repair.glyphdigits import cited_fills  # noqa: E402
from pipeline.repair.glyphyears import anniversary_fills  # noqa: E402


def test_cited_fill_thin_when_cited_once_and_much_lost():
    # a decree the gazette cites 28 times: sure
    thin: set[int] = set()
    t = "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 201 ;"
    assert _apply(t, cited_fills(t, ALL, thin)) == "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016;"
    assert not thin
    # a decree the gazette cites once, a third of its digits lost: filled, marked thin
    t = "Căn cứ Nghị định số 10/2 19/NĐ-CP ngày 30 tháng 1 năm 2 19;"
    fills = cited_fills(t, set("0"), thin)
    assert _apply(t, fills) == "Căn cứ Nghị định số 10/2019/NĐ-CP ngày 30 tháng 1 năm 2019;"
    assert not thin  # (two of fourteen digits lost: not thin)
    t = "Căn cứ Nghị định số 10/ 0 9/NĐ-CP ngày 30 tháng 1 năm  0 9;"
    fills = cited_fills(t, set("12"), thin)
    assert _apply(t, fills) == "Căn cứ Nghị định số 10/2019/NĐ-CP ngày 30 tháng 1 năm 2019;"
    assert not thin  # (four of thirteen: under a third)
    t = "Căn cứ Nghị định số 10/ 0 9/NĐ-CP ngày 30 tháng   năm  0 9;"
    fills = cited_fills(t, set("12"), thin)
    assert _apply(t, fills) == "Căn cứ Nghị định số 10/2019/NĐ-CP ngày 30 tháng 1 năm 2019;"
    assert thin == {c for c, _x in fills}


def test_anniversary_thin_when_two_numbers_lost_digits():
    thin: set[int] = set()
    # the count alone lost a digit: the years say it, not thin
    t = "kỷ niệm 9  năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2025);"
    assert anniversary_fills(t, set("5"), thin) and not thin
    # the count and the founding year both lost digits: one reading, but thin
    t = "Chào mừng 7  năm Quốc khánh nước Cộng hòa XHCN Việt Nam (2/9/19 5 - 2/9/2019)."
    fills = anniversary_fills(t, set("4"), thin)
    assert _apply(t, fills) == "Chào mừng 74 năm Quốc khánh nước Cộng hòa XHCN Việt Nam (2/9/1945 - 2/9/2019)."
    assert thin == {c for c, _x in fills}
