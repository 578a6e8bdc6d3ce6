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
