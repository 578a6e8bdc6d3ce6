"""Dates an OCR reading made impossible (pipeline.repair.ocrdates): a month or day no
calendar has, a year of five digits or one no directive could name, a year opened by 'L'.
The lines are written for these tests in the shapes of directives' date lines and citations."""
from __future__ import annotations

import pytest

from pipeline.repair.ocrdates import fix_document_dates, fix_field, fix_year, document_years

from conftest import ocr_doc  # noqa: E402


@pytest.mark.parametrize("lines, want", [
    # a '1' read '4': the only month a '1' reaches
    (["Hà Nội, ngày 29 tháng 44 năm 2022"], "Hà Nội, ngày 29 tháng 11 năm 2022"),
    (["Đà Nẵng, ngày 05 tháng 42 năm 2021"], "Đà Nẵng, ngày 05 tháng 12 năm 2021"),
    (["Hà Nội, ngày ñ tháng 42 năm 2022"], "Hà Nội, ngày ñ tháng 12 năm 2022"),
    (["Bắc Giang, ngày 46 tháng 3 năm 2024"], "Bắc Giang, ngày 16 tháng 3 năm 2024"),
    (["báo cáo trước ngày 47/5/2024"], "báo cáo trước ngày 17/5/2024"),
    (["hoàn thành trước ngày 37/5/2024"], "hoàn thành trước ngày 31/5/2024"),
    # the document's other dates decide where a '1' alone cannot
    (["Hà Nội, ngày 46 tháng 22 năm 2023", "Kế hoạch số 12/KH-TCT ngày 16/11/2023"],
     "Hà Nội, ngày 16 tháng 11 năm 2023"),
    (["(Kèm theo Công văn ngày 49/10/2023)", "Đà Nẵng, ngày 18 tháng 10 năm 2023"],
     "(Kèm theo Công văn ngày 18/10/2023)"),
])
def test_impossible_day_or_month(lines, want):
    assert fix_document_dates(lines)[0] == want


@pytest.mark.parametrize("lines, want", [
    (["kể từ ngày 01 tháng 01 năm 19279;", "theo Quyết định năm 1979 của Hội đồng"], "kể từ ngày 01 tháng 01 năm 1979;"),
    (["có hiệu lực từ tháng 6 nam 20195;", "Luật số 80/2015/QH13"], "có hiệu lực từ tháng 6 nam 2015;"),
    (["ban hành ngày 12/3/2924", "Kế hoạch năm 2024 của tỉnh"], "ban hành ngày 12/3/2024"),
    (["L979 đến ngày 31 tháng 8 năm 1989"], "1979 đến ngày 31 tháng 8 năm 1989"),
])
def test_implausible_year_read_back_to_the_documents_year(lines, want):
    assert fix_document_dates(lines)[0] == want


@pytest.mark.parametrize("lines", [
    ["Hà Nội, ngày 29 tháng 11 năm 2022"],            # a valid date
    ["ngày 31/12/2024 và ngày 30/6/2025"],
    ["tháng 22 năm 2023"],                             # no '1' look-alike and no other date: left
    ["ngày 89 tháng 5 năm 2024"],
    ["năm 19279 không có năm nào khác"],               # a year nothing else names: left
    ["ngày 12/3/2924"],
    ["đến năm 2030, tầm nhìn đến năm 2045"],           # years ahead are plausible
    ["Quyết định số 10/2026/QĐ-UBND; mã số 45/44/2020"],  # codes, not dates
    ["Mã L9 và LX99", "tổng 1.979 tỷ đồng"],
    # a footnote's number after a year the document prints
    ["Luật Địa chất và Khoáng sản năm 20243.", "Luật số 54/2024/QH15 năm 2024"],
    ["đến năm 2030, tầm nhìn đến năm 2050", "giai đoạn 2031 - 2040, tầm nhìn đến năm 2060", "năm 2075 và 2030"],
])
def test_plausible_or_undecided_dates_stay(lines):
    assert fix_document_dates(lines) == {}


def test_fields_and_years():
    assert fix_field("44", 12, set()) == "11"
    assert fix_field("22", 12, set()) is None
    assert fix_field("22", 12, {11}) == "11"
    assert fix_field("12", 12, set()) is None
    years = document_years(["năm 2015 và 2019", "Luật 38/2019/QH14"])
    assert years[2019] == 2 and years[2015] == 1
    assert fix_year("20195", years) is None  # '2019' and a footnote's '5'
    assert fix_year("20155", {2015: 1}) is None
    assert fix_year("20915", {2015: 1, 2019: 1}) == "2015"  # a digit read in, not the last
    assert fix_year("19279", {1979: 2, 1929: 1}) == "1979"  # the more frequent year
    assert fix_year("2019", years) is None


def test_dates_are_fixed_in_ocr_documents_only():
    text = "Hà Nội, ngày 29 tháng 44 năm 2022\nV/v báo cáo kết quả thực hiện"
    assert ocr_doc(text).lines[0].text == "Hà Nội, ngày 29 tháng 11 năm 2022"
    assert ocr_doc(text, ocr=False).lines[0].text == "Hà Nội, ngày 29 tháng 44 năm 2022"


# ----------------------------------------------------------------------------- type symbols
from pipeline.repair.ocrletters import fix_code_symbols  # noqa: E402


@pytest.mark.parametrize("line, want", [
    ("Xét Tờ trình số 107/PTr-SGDĐT ngày 09/8/2024 của Sở", "Xét Tờ trình số 107/TTr-SGDĐT ngày 09/8/2024 của Sở"),
    ("theo đề nghị tại Tờ trình số 42/PTr-UBND", "theo đề nghị tại Tờ trình số 42/TTr-UBND"),
    ("Chương trình số 05/CIr-UBND ngày 3/2/2025", "Chương trình số 05/CTr-UBND ngày 3/2/2025"),
    ("Căn cứ Luật Đất đai số 31/2024/OH15;", "Căn cứ Luật Đất đai số 31/2024/QH15;"),
    ("Luật Đầu tư công số 58/2024/OH15 ngày 29/11/2024", "Luật Đầu tư công số 58/2024/QH15 ngày 29/11/2024"),
])
def test_type_symbol_with_a_capital_misread(line, want):
    fixes = fix_code_symbols(line)
    new = line
    for a, b, _, rep in sorted(fixes, reverse=True):
        new = new[:a] + rep + new[b:]
    assert new == want


@pytest.mark.parametrize("line", [
    "Tờ trình số 12/TTr-UBND", "Công văn số 5/CP-NN", "Quyết định số 10/QĐ-TTg", "số 15/BTP-PC",
    "số 33/Sở-VP", "Luật số 67/2006/QH11", "mã OH15 của thiết bị", "Công văn số 120/SYT-NVY",
])
def test_type_symbols_as_printed_stay(line):
    assert fix_code_symbols(line) == []
