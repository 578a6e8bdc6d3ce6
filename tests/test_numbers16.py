"""Session 14 round 2 (issue #3): lost digits of numbers a document or the gazette prints
intact elsewhere.

- a law cited with both its number and its date ('Luật Giá số 1 /202 /QH15 ngày 19/ /202 '):
  models/cited_laws.tsv keeps the gazette's citations by number and by date as separate
  rows, so the number is read from the rows with a number and the date from the rows with
  a date, the date only with the number's year;
- a date's year beside a cited number's year when the date's day or month lost digits too;
- the same date printed intact after the same document's code elsewhere;
- a day's or month's gap is not filled with any twin number printed elsewhere ('08'
  printed once is no evidence for 'tháng 0 ' when '6' may be lost too), only with the one
  that makes a whole date the document prints."""
from pipeline.repair.glyphdigits import NumberGaps, law_fills
from pipeline.repair.glyphs import DocumentNumbers


def _apply(text: str, fills) -> str:
    chars = list(text)
    for f in fills:
        chars[f[0]] = f[1]
    return "".join(chars)


def _law(text: str, digits: str) -> str:
    return _apply(text, law_fills(text, set(digits)))


def test_a_law_cited_with_number_and_date_takes_each_from_its_rows():
    assert _law("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 1 / /2025;", "69") == \
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;"
    assert _law("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 1  tháng   năm 2025;", "69") == \
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;"
    assert _law("Căn cứ Luật Giá số 1 /202 /QH15 ngày 19/ /202 ;", "36") == \
        "Căn cứ Luật Giá số 16/2023/QH15 ngày 19/ /202 ;"
    assert _law("- Luật Quy hoạch số 2 /2017/QH14 ngày 24/11/2017;", "1") == \
        "- Luật Quy hoạch số 21/2017/QH14 ngày 24/11/2017;"
    assert _law("Căn cứ Luật Xây dựng số 50/2014/QH13 ngày 1 /6/2014;", "89") == \
        "Căn cứ Luật Xây dựng số 50/2014/QH13 ngày 18/6/2014;"


def test_the_date_takes_only_the_numbers_year():
    # the 2015 law and the 2025 law of one name: a 2015 number takes the 2015 date
    assert _law("Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 1  tháng   năm 2015;", "69") == \
        "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;"
    # a number several of the law's rows fit: nothing
    text = "Căn cứ Luật Tổ chức chính quyền địa phương số 7 /20 5/QH1  ngày 1 / /20 5;"
    assert _law(text, "1269") == text


def test_a_dates_year_beside_the_cited_number_whose_month_lost_digits():
    gaps = NumberGaps(["Năm 2024, 2025, 2026."], ["Căn c  Luật Giá s  1 /202 /QH15 ngà  19/ /202 ;"])
    for text, want in (("Căn cứ Luật Giá số 16/2023/QH15 ngày 19/ /202 ;", "Căn cứ Luật Giá số 16/2023/QH15 ngày 19/ /2023;"),
                       ("theo Nghị định số 13/2023/NĐ-CP ngày 1  tháng   năm 202  của",
                        "theo Nghị định số 13/2023/NĐ-CP ngày 1  tháng   năm 2023 của")):
        a = text.index("202 ", text.index("ngày"))
        assert gaps.paired_year(text, a, a + 4) == "2023"
        assert _apply(text, [(a + 3, "3")]) == want


def _numbers(intact: list[str], damaged: str, digits: str) -> str:
    texts = intact + [damaged]
    nums = DocumentNumbers(texts, set(range(len(intact))), set(digits))
    return _apply(damaged, nums.fills(damaged))


def test_the_same_date_after_the_same_code():
    intact = ["- Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính;",
              "Chương trình số 1249a/CTPH-UBDT-BTP ngày 13/11/2014 của Ủy ban Dân tộc."]
    assert _numbers(intact, "Thông tư số  8/2015/TT-BTC  ngày 25/ /2015 của Bộ Tài chính.", "37") == \
        "Thông tư số 38/2015/TT-BTC  ngày 25/3/2015 của Bộ Tài chính."
    assert _numbers(intact, "Căn cứ Chương trình số 1249 /CTPH-UBDT-BTP ngày 1 /11/2014 của", "37a") == \
        "Căn cứ Chương trình số 1249 /CTPH-UBDT-BTP ngày 13/11/2014 của"
    # the words' form too, the code's date printed as a slash date
    assert _numbers(["Kế hoạch số 128/KH-UBND ngày 30/3/2026 của UBND Thành phố."],
                    "theo Kế hoạch số 128/KH-UBND ngày  0 tháng   năm 2026 của", "37") == \
        "theo Kế hoạch số 128/KH-UBND ngày 30 tháng 3 năm 2026 của"


def test_no_date_of_another_document_fills_a_gap():
    # the document's own date shares its day and year with a cited one: no evidence
    intact = ["Căn cứ Nghị định số 29/2008/NĐ-CP của Chính phủ ngày 14/3/2008 quy định về khu"]
    for damaged in ("Đồng Hới, ngày 14 tháng   năm 2008", "Hà Tĩnh, ngày 14/ /2008"):
        assert _numbers(intact, damaged, "35") == damaged
    # another code's date
    assert _numbers(["Quyết định số 52/2008/QĐ-TTg ngày 25/4/2008 của Thủ tướng."],
                    "Căn cứ Quyết định số 5/2008/QĐ-UBND ngày 25/ /2008;", "34") == \
        "Căn cứ Quyết định số 5/2008/QĐ-UBND ngày 25/ /2008;"


def test_a_day_or_month_twin_only_when_the_whole_date_is_printed():
    intact = ["Có 08 đơn vị tham gia, 08 tổ công tác.", "Theo Nghị quyết số 02-NQ/TW ngày 17/3/2026 và Quyết định số 5/QĐ-UBND ngày 07/01/2024."]
    for damaged in ("Công văn số 2345/BGDĐT-GDTH ngày 07 tháng 0  năm 2021 của Bộ", "ngày 07/0 /2021 của Bộ"):
        assert _numbers(intact, damaged, "68") == damaged
    assert _numbers(intact, "Thực hiện Nghị quyết số 02-NQ/TW ngày 1 /3/2026 của Bộ Chính trị", "67") == \
        "Thực hiện Nghị quyết số 02-NQ/TW ngày 17/3/2026 của Bộ Chính trị"
    assert _numbers(intact, "SỐ 02-NQ/TW NGÀY 1  THÁNG 3 NĂM 2026 CỦA BỘ CHÍNH TRỊ", "67") == \
        "SỐ 02-NQ/TW NGÀY 17 THÁNG 3 NĂM 2026 CỦA BỘ CHÍNH TRỊ"
    assert _numbers(intact, "theo Quyết định số 5/QĐ-UBND ngày 0 /01/2024 của", "78") == \
        "theo Quyết định số 5/QĐ-UBND ngày 07/01/2024 của"
    # a date printed without the code (the page's posting date) is no evidence
    damaged = "Thực hiện Thông báo số 491/TB-UBND ngày 0  tháng 10 năm 2023 của UBND quận"
    assert _numbers(["Ngày đăng 07/10/2023 | 08:01", "có 07 tổ dân phố"], damaged, "67") == damaged
    # a count beside no date keeps its twin
    assert _numbers(intact, "Có 0  đơn vị tham gia", "68") == "Có 08 đơn vị tham gia"
