"""Session 17 (issue #3): a law's date whose month was lost whole.

The National Assembly passes laws only in the months it sits (June and November, a few
extraordinary sessions), so a law's date ('Luật Bảo vệ môi trường ngày 23 tháng 6 năm 2014')
whose day and year are printed and whose month lost its digits takes the one month of that
year's sessions the gaps allow (pipeline.repair.glyphdigits.law_month_fills, the register
models/law_dates.tsv built from the gazette by models/build_law_dates.py).  Only right after
a law's name or its '/QHkk' number; a day's gap is left; a clause ('có hiệu lực từ ngày')
and other documents' dates are no law's date."""
import pytest

from pipeline.repair import glyphdigits
from pipeline.repair.glyphdigits import _session_months, law_month_fills


def _filled(text: str, digits: str) -> str:
    chars = list(text)
    for col, ch in law_month_fills(text, set(digits)):
        chars[col] = ch
    return "".join(chars)


@pytest.fixture(autouse=True)
def _register():
    if not _session_months():
        pytest.skip("models/law_dates.tsv missing")


def test_the_register_holds_the_sessions_of_a_year():
    months = _session_months()
    assert {6, 11} <= months["2014"] and {6, 11} <= months["2023"]
    # (a register of the Assembly's sessions: the months of a year are few)
    assert all(len(m) <= 5 for m in months.values())


def test_a_law_named_before_its_date_takes_the_session_month():
    for text, whole in (
            ("Căn cứ Luật Bảo vệ môi trường ngày 23 tháng   năm 2014;",
             "Căn cứ Luật Bảo vệ môi trường ngày 23 tháng 6 năm 2014;"),
            ("Căn cứ Luật Hòa giải ở cơ sở ngày 20/ /2013;", "Căn cứ Luật Hòa giải ở cơ sở ngày 20/6/2013;"),
            ("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/ /2012;",
             "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;"),
            ("- Luật Tài nguyên, môi trường biển và hải đảo ngày 25 tháng   năm 2015;",
             "- Luật Tài nguyên, môi trường biển và hải đảo ngày 25 tháng 6 năm 2015;"),
            ("CĂN CỨ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG NGÀY 19 THÁNG   NĂM 2015;",
             "CĂN CỨ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG NGÀY 19 THÁNG 6 NĂM 2015;")):
        assert _filled(text, "36") == whole, text


def test_the_number_of_the_assembly_before_the_date():
    assert _filled("Căn cứ Luật Giá số 16/2023/QH15 ngày 19/ /2023;", "6") == \
        "Căn cứ Luật Giá số 16/2023/QH15 ngày 19/6/2023;"
    assert _filled("theo Nghị quyết số 55/2014/QH13, ngày 24/  /2014", "1") == \
        "theo Nghị quyết số 55/2014/QH13, ngày 24/11/2014"
    # a code's two-digit month: '1 ' is 11 with '1' lost, never '6'
    assert _filled("Bộ luật Lao động ngày 20 tháng 1  năm 2019", "16") == "Bộ luật Lao động ngày 20 tháng 11 năm 2019"


def test_two_session_months_that_fit_leave_the_gap():
    # 2025 sat in February and in June: with '2' and '6' both possibly lost, nothing is filled
    assert {2, 6} <= _session_months()["2025"]
    assert law_month_fills("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng   năm 2025;", {"2", "6"}) == []
    # one of them alone among the lost digits: filled
    assert _filled("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng   năm 2025;", "6").endswith(
        "ngày 16 tháng 6 năm 2025;")


def test_no_law_or_a_clause_is_no_passing_day():
    for text in ("Luật này có hiệu lực thi hành từ ngày 01 tháng   năm 2015.",
                 "Căn cứ Quyết định số 12/QĐ-UBND ngày 20/ /2013 của UBND tỉnh;",
                 "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng   năm 2016 của Chính phủ;",
                 "Thực hiện Luật Tiếp công dân năm 2013, ngày 14/ /2014 Chủ tịch UBND xã ban hành",
                 "Ngày 19/ /2023, Đoàn thanh tra công bố quyết định thanh tra.",
                 "Luật Đất đai được ban hành ngày 29 tháng   năm 2013"):
        assert law_month_fills(text, {"1", "3", "6"}) == [], text


def test_a_day_or_a_year_with_gaps_is_left():
    assert law_month_fills("Căn cứ Luật Bảo vệ môi trường ngày 2  tháng   năm 2014;", {"3", "6"}) == []
    assert law_month_fills("Căn cứ Luật Bảo vệ môi trường ngày 23 tháng   năm 201 ;", {"4", "6"}) == []
    # a year the register holds no session of
    assert law_month_fills("Căn cứ Luật Đất đai ngày 14 tháng   năm 1993;", {"7"}) == []


def test_the_switch(monkeypatch):
    monkeypatch.setattr(glyphdigits, "LAW_SESSION_MONTHS", False)
    assert law_month_fills("Căn cứ Luật Hòa giải ở cơ sở ngày 20/ /2013;", {"6"}) == []


# ----------------------------------------------------------------------------- the own date
# The header's own date ('Nam Định, ngày 2  tháng 0  năm 20  ') is the date the document's own
# number is printed with where the text names it again, intact (an appendix's heading, a
# plan's reference to the decision that issues it): pipeline.repair.glyphs.SAME_OWN_DATE.
from pipeline.repair import glyphs  # noqa: E402
from pipeline.repair.glyphs import DocumentNumbers  # noqa: E402


def _own_fill(lines: list[str], damaged: set[int], k: int, digits: str) -> str:
    nums = DocumentNumbers(lines, set(range(len(lines))) - damaged, set(digits))
    chars = list(lines[k])
    for col, ch in nums.fills(lines[k]):
        chars[col] = ch
    return "".join(chars)


def _decision(number_line: str, date_line: str, again: str) -> list[str]:
    return ["ỦY BAN NHÂN DÂN TỈNH", number_line, date_line, "QUYẾT ĐỊNH", "Về việc ban hành kế hoạch",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.", "KẾ HOẠCH", again, "I. MỤC ĐÍCH"]


def test_the_own_date_is_the_own_number_s_date_printed_again():
    cases = (
        ("Số:  680/QĐ-UBND", "Nam Định, ngày 2  tháng 0  năm 20  ",
         "(Ban hành kèm theo Quyết định số 1680/QĐ-UBND ngày 27/07/2017 của UBND tỉnh Nam Định)",
         "17", "Nam Định, ngày 27 tháng 07 năm 2017"),
        ("Số: 215/KH-UBND", "Lạng Sơn, ngày 14 tháng   năm 2019",
         "Thực hiện Kế hoạch số 215/KH-UBND, ngày 14/6/2019 của UBND tỉnh, các sở triển khai.",
         "6", "Lạng Sơn, ngày 14 tháng 6 năm 2019"),
        ("Số: 40/2026/QĐ-UBND", "L o Cai, ngày 3  tháng 5 năm 2026",
         "(Kèm theo Quyết định số 40/2026/QĐ-UBND ngày 31 tháng 5 năm 2026 của Ủy ban nhân dân tỉnh)",
         "1", "L o Cai, ngày 31 tháng 5 năm 2026"),
    )
    for number, date, again, digits, whole in cases:
        lines = _decision(number, date, again)
        assert _own_fill(lines, {1, 2}, 2, digits) == whole, date


def test_a_table_row_of_number_and_date():
    # (the row lost '6' everywhere: a digit the line prints is no lost one)
    lines = _decision("Số: 49/202 /QĐ-UBND | Lào Cai, ngày 30 tháng   năm 202 ", "",
                      "(Ban hành kèm theo Quyết định số 49/2026/QĐ-UBND ngày 30/6/2026 của UBND tỉnh Lào Cai)")
    assert _own_fill(lines, {1}, 1, "6").endswith("Lào Cai, ngày 30 tháng 6 năm 2026")


def test_another_number_of_the_same_code_is_another_document():
    lines = _decision("Số:  680/QĐ-UBND", "Nam Định, ngày 2  tháng 0  năm 20  ",
                      "Căn cứ Quyết định số 1250/QĐ-UBND ngày 21/01/2011 của UBND tỉnh;")
    assert _own_fill(lines, {1, 2}, 2, "7") == "Nam Định, ngày 2  tháng 0  năm 20  "
    # nor a date printed with no number, or a body date with no place before it
    # (the year may take the '2017' the document prints, an older rule: the day and month stay)
    lines = _decision("Số:  680/QĐ-UBND", "Nam Định, ngày 2  tháng 0  năm 20  ", "Ngày 27/07/2017, UBND tỉnh họp.")
    assert _own_fill(lines, {1, 2}, 2, "17").startswith("Nam Định, ngày 2  tháng 0  năm")
    lines = _decision("Số: 1680/QĐ-UBND", "Ngày 2  tháng 0  năm 20  , UBND tỉnh họp.",
                      "(Ban hành kèm theo Quyết định số 1680/QĐ-UBND ngày 27/07/2017 của UBND tỉnh)")
    assert _own_fill(lines, {2}, 2, "17").startswith("Ngày 2  tháng 0  năm")


def test_the_own_date_switch(monkeypatch):
    monkeypatch.setattr(glyphs, "SAME_OWN_DATE", False)
    lines = _decision("Số:  680/QĐ-UBND", "Nam Định, ngày 2  tháng 0  năm 20  ",
                      "(Ban hành kèm theo Quyết định số 1680/QĐ-UBND ngày 27/07/2017 của UBND tỉnh Nam Định)")
    assert _own_fill(lines, {1, 2}, 2, "17").startswith("Nam Định, ngày 2  tháng 0  năm")
