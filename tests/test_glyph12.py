"""Session 11 round 2 (issue #3): a wrong number is worse than a gap; 'trong' before a
duration.  Rules from general Vietnamese usage, each with more than one wording."""
from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair.glyphdigits import NumberGaps
from pipeline.repair.glyphs import DocumentNumbers, repair_glyphs


def _lose(line: str, lost: str) -> str:
    return "".join(" " if c in lost else c for c in line)


def _repair(lines: list[str]) -> list[str]:
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(lines)))
    return [ln.text for ln in repair_glyphs(doc, Config()).lines]


def _apply(text: str, fills: list[tuple[int, str]]) -> str:
    chars = list(text)
    for c, x in fills:
        chars[c] = x
    return "".join(chars)


# ------------------------------------------------------------------ several printed numbers fit
def test_a_gap_several_printed_years_fit_stays_a_gap():
    # the document prints 2025 twice and 2023 once: '202 ' (with '3' and '5' lost) may be
    # either, and neither is printed far more often
    texts = ["Kế hoạch năm 2025 của Ủy ban nhân dân huyện", "thực hiện trong năm 2025",
             "Báo cáo số 12/BC-UBND ngày 10/4/2023 của huyện"]
    nums = DocumentNumbers(texts, {0, 1, 2}, set("35"))
    assert nums.fills("ngày 29 tháng 7 năm 202  về việc tổ chức") == []
    assert nums.fills("Kế hoạch số 17/KH-UBND ngày 20/7/202  của huyện") == []


def test_a_gap_one_printed_number_fits_is_still_filled():
    # one printed number fits (the gap's digit is one the font lost): the twin is evidence
    texts = ["Kế hoạch năm 2025 của Ủy ban nhân dân huyện", "thực hiện trong năm 2025"]
    nums = DocumentNumbers(texts, {0, 1}, set("5"))
    assert _apply("mục tiêu năm 202  của huyện", nums.fills("mục tiêu năm 202  của huyện")) == \
        "mục tiêu năm 2025 của huyện"


# ------------------------------------------------------------------ second-round document numbers
def test_second_round_leaves_a_document_numbers_gap():
    # '1' shown lost by a year: 'số  4/2025' may be '14' or '64' or any number whose digits
    # the font lost; a document's number is any number, so it stays a gap
    gaps = NumberGaps(["Căn cứ Luật năm 2019 và năm 2023"], ["Căn cứ Luật số  4/2025/QH 5 ngày 19/2/2025"])
    gaps.used = {"1"}
    assert not any(c in (19, 20) for c, _x in gaps.fills("Căn cứ Luật số  4/2025/QH15 ngày", second=True))
    assert gaps.fills("Quyết định số  0/2026/QĐ-UBND của tỉnh", second=True) == []


# ------------------------------------------------------------------ 'trong' before a duration
def test_trong_before_a_count_of_days_months_years():
    clean = [
        "ỦY BAN NHÂN DÂN TỈNH",
        "Các sở, ngành hoàn thành việc rà soát trong 05 ngày làm việc kể từ ngày nhận được văn bản.",
        "Chương trình được thực hiện trong 03 năm, từ năm 2024 đến năm 2026, theo kế hoạch của tỉnh.",
        "Ủy ban nhân dân các huyện báo cáo kết quả trong 2 tháng đầu năm về Sở Nội vụ để tổng hợp.",
        "Giao Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tổ chức thực hiện.",
        "Sở Nội vụ theo dõi, đôn đốc việc thực hiện và báo cáo Ủy ban nhân dân tỉnh theo quy định.",
    ]
    # 'o' and 'a' both lost: 'tr ng' alone is 'trong' or 'trang'
    broken = clean[:1] + [_lose(t, "oa") for t in clean[1:]]
    out = _repair(broken)
    assert "trong 05 ngày làm việc" in out[1]
    assert "trong 03 năm" in out[2]
    assert "trong 2 tháng" in out[3]


def test_the_gap_left_gets_a_review_note_with_the_candidates():
    texts = ["Kế hoạch năm 2025 của Ủy ban nhân dân huyện", "năm 2025 và các năm sau",
             "Báo cáo ngày 10/4/2023 của huyện"]
    nums = DocumentNumbers(texts, {0, 1, 2}, set("35"))
    assert nums.fills("tổ chức vào năm 202  tại huyện") == []
    assert set(nums.ambiguous["202 "]) == {"2023", "2025"}


def _trong(filled: list[str], original: list[str], lost: str) -> list[str]:
    from pipeline.repair.glyphs import _fix_trong_before_duration
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(filled)))
    _fix_trong_before_duration(doc, Config(), original, {k: [] for k in range(len(filled))},
                               {c: 0.0 for c in lost})
    return [ln.text for ln in doc.lines]


def test_trang_filled_before_a_duration_is_trong():
    # the search read 'tr ng' as 'trang' (a page) before a count of years, days, months
    filled = ["báo cáo kết quả thực hiện trang 03 năm kế hoạch của huyện",
              "giải quyết hồ sơ trang 05 ngày làm việc kể từ ngày nhận",
              "Trang 6 tháng đầu năm, xã đã hoàn thành các chỉ tiêu",
              "hoàn thành trang 2 tuần"]
    original = ["b   cá  kết quả thực hiện tr ng 03 năm kế h ạch củ  hu ện",
                "giải quyết hồ sơ tr ng 05 ngà  làm việc kể từ ngà  nhận",
                "Tr ng 6 tháng đầu năm, xã đã h àn thành các chỉ tiêu",
                "h àn thành tr ng 2 tuần"]
    assert _trong(filled, original, "oa") == [
        "báo cáo kết quả thực hiện trong 03 năm kế hoạch của huyện",
        "giải quyết hồ sơ trong 05 ngày làm việc kể từ ngày nhận",
        "Trong 6 tháng đầu năm, xã đã hoàn thành các chỉ tiêu",
        "hoàn thành trong 2 tuần"]


def test_trang_left_alone_elsewhere():
    # a page number ('trang 3 của báo cáo'), a 'trang' the font printed whole, a font that
    # prints its 'o': no change
    filled = ["xem trang 3 của báo cáo", "chỉnh trang 03 năm liền", "thực hiện trang 03 năm"]
    original = ["xem tr ng 3 củ  bá  cá ", "chỉnh trang 03 năm liền", "thực hiện tr ng 03 năm"]
    assert _trong(filled[:2], original[:2], "oa") == filled[:2]
    assert _trong(filled[2:], original[2:], "a") == filled[2:]


def test_a_year_printed_far_more_often_still_fills():
    # 2025 printed four times, 2023 once: the heading's '202 ' is the document's own year
    texts = ["KẾ HOẠCH NĂM 2025", "thực hiện trong năm 2025, năm 2025 và năm 2025",
             "Báo cáo ngày 10/4/2023 của huyện"]
    nums = DocumentNumbers(texts, {0, 1, 2}, set("35"))
    assert _apply("mục tiêu năm 202  của huyện", nums.fills("mục tiêu năm 202  của huyện")) == \
        "mục tiêu năm 2025 của huyện"


def test_second_round_leaves_a_lost_one_digit_month_or_day():
    # '3' shown lost by another fill: 'tháng   năm 2015' may be any month whose digit the
    # font lost too, and a wrong month in a cited law's date is worse than the gap
    gaps = NumberGaps(["Căn cứ Luật năm 2019"], ["quyền địa phương ngày 19 tháng   năm 2015;"])
    gaps.used = {"3"}
    gaps.likely = set()
    assert gaps.slot_fills("quyền địa phương ngày 19 tháng   năm 2015;", second=True) == []
    assert gaps.slot_fills("Thông tư ngày 01/ /2025 của Bộ", second=True) == []
