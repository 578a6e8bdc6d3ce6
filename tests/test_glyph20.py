"""Session 18 (issue #3, branch glyph20): lost digits of dates on unseen text.

A day's or a month's gap takes no twin number that is no day or month
(glyphs.TWIN_DATE_PART_BOUNDS): DocumentNumbers fills a gap from a number printed intact
elsewhere in the document ('16' of an article, a count), and a month's '1 ' with '6' lost
read 'tháng 16' (unseen_repair p21, `--seeds 3`: two wrong numbers).  A date's day is 1-31
and its month 1-12 whatever the document prints elsewhere."""
import pipeline.repair.glyphs as G
from pipeline.repair.glyphs import DocumentNumbers

INTACT = ["Điều 16. Hiệu lực thi hành", "Có 16 đơn vị và 45 xã tham gia; 16 đội kiểm tra"]


def _fill(text: str, digits: str = "26", intact: list[str] = INTACT) -> str:
    texts = intact + [text]
    nums = DocumentNumbers(texts, set(range(len(intact))), set(digits))
    chars = list(text)
    for c, x in nums.fills(text):
        chars[c] = x
    return "".join(chars)


def test_a_month_gap_takes_no_twin_above_twelve():
    for text in ("Căn cứ Thông tư số 54/2015/TT-BYT ngày 28 tháng 1  năm 2015 của Bộ Y tế",
                 "theo Quyết định số 53/QĐ-BYT ngày 24 tháng 1  năm 2020",
                 "Căn cứ Công văn số 10/UBND-VX ngày 05/1 /2021 của UBND tỉnh",
                 "Hà Nội, ngày 9 tháng 1  năm 2019"):
        out = _fill(text)
        assert "16" not in out.replace("2016", ""), out


def test_a_day_gap_takes_no_twin_above_thirty_one():
    intact = ["Có 45 xã, 46 phường tham gia; 45 đội", "Điều 45. Trách nhiệm"]
    for text in ("Hà Nội, ngày 4  tháng 5 năm 2020", "ban hành ngày 4 /3/2021 của Sở Y tế"):
        out = _fill(text, digits="56", intact=intact)
        assert "45" not in out and "46" not in out, out


def test_a_twin_that_is_a_day_or_month_still_fills():
    # the same number printed elsewhere, a valid month: the twin rule works as before
    intact = ["Kế hoạch thực hiện trong tháng 12 năm 2020", "tổ chức từ ngày 12 tháng 12"]
    out = _fill("ngày 15 tháng 1  năm 1998 của Bộ", digits="2", intact=intact)
    assert "tháng 12 năm" in out, out
    # a number outside a date keeps its twin whatever its size ('16' in a count)
    out = _fill("có 1  đơn vị được khen thưởng")
    assert "có 16 đơn vị" in out, out


def test_the_switch():
    G.TWIN_DATE_PART_BOUNDS = False
    try:
        out = _fill("Hà Nội, ngày 9 tháng 1  năm 2019")
    finally:
        G.TWIN_DATE_PART_BOUNDS = True
    assert "tháng 16" in out


# -- cid: the document's year alone decides no digit code (ciddigits.DOC_YEAR_ALONE_MARGIN) --

import pipeline.repair.ciddigits as CD
from pipeline.repair.ciddigits import settle_digits


def _settle(lines, domains, votes=None):
    return settle_digits(lines, {}, domains, votes or {}, {})


def test_the_documents_year_alone_leaves_the_code_open():
    # a budget year, a programme's year, a report's year: '201_' is the document's 2019 as
    # well as 2018 or 2016; that the document prints 2019 most says too little
    for coded in ("1. Phương án sử dụng nguồn tăng thu ngân sách tỉnh năm 201(cid:23).",
                  "Kết quả thực hiện Chương trình năm 201(cid:23) của huyện",
                  "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 201(cid:23)"):
        lines = ["Bình Định, ngày 12 tháng 7 năm 2019", "Kỳ họp thứ 9 năm 2019 thông qua.", coded]
        assert _settle(lines, {"23": ["6", "8", "9"]}) == {"23": None}, coded


def test_the_documents_year_with_other_evidence_still_decides():
    lines = ["Bình Định, ngày 12 tháng 7 năm 2019", "Kỳ họp thứ 9 năm 2019 thông qua.",
             "Kết quả thực hiện Chương trình năm 201(cid:23) của huyện"]
    # numbers printed whole elsewhere vote for 9 too
    assert _settle(lines, {"23": ["6", "8", "9"]}, votes={"23": {"9": 2}}) == {"23": "9"}
    # a cited number's year pins its date's year, whatever the document's year
    lines = ["Bình Định, ngày 12 tháng 7 năm 2019",
             "Căn cứ Nghị định số 47/2018/NĐ-CP ngày 12/3/201(cid:23) của Chính phủ."]
    assert _settle(lines, {"23": ["6", "8", "9"]}) == {"23": "8"}


def test_the_cid_switch():
    lines = ["Bình Định, ngày 12 tháng 7 năm 2019", "Kỳ họp thứ 9 năm 2019 thông qua.",
             "Kết quả thực hiện Chương trình năm 201(cid:23) của huyện"]
    CD.DOC_YEAR_ALONE_MARGIN = 0.0
    try:
        assert _settle(lines, {"23": ["6", "8", "9"]}) == {"23": "9"}
    finally:
        CD.DOC_YEAR_ALONE_MARGIN = 2.0
