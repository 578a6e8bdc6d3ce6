"""Session 11 (issue #3): lost glyphs the first pass on the unseen n1-n15 left.

Each rule is written from general Vietnamese usage, with more than one wording."""
from pipeline.repair.glyphyears import anniversary_fills


def _apply(text: str, digits: str) -> str:
    chars = list(text)
    for col, ch in anniversary_fills(text, set(digits)):
        chars[col] = ch
    return "".join(chars)


def test_anniversary_count_from_the_years_it_spans():
    # the count and the founding year printed once: the difference of the years says the count
    assert _apply("Chào mừng  4 năm Quốc khánh nước Cộng hòa XHCN Việt Nam (2/9/1945 - 2/9/2019).", "7") == \
        "Chào mừng 74 năm Quốc khánh nước Cộng hòa XHCN Việt Nam (2/9/1945 - 2/9/2019)."
    assert _apply("kỷ niệm 9  năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2025);", "5") == \
        "kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2025);"
    # a three-digit count after a comma, in a list of anniversaries
    assert _apply("Để chào mừng 70 năm chiến thắng Điện Biên Phủ (07/5/1954-07/5/2024),  3  năm ngày sinh "
                  "Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2024)", "14") == \
        "Để chào mừng 70 năm chiến thắng Điện Biên Phủ (07/5/1954-07/5/2024), 134 năm ngày sinh " \
        "Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2024)"


def test_anniversary_year_and_shared_day_month():
    # the count printed, a year lost: the other year and the count say it; the two dates of
    # an anniversary share their day and month
    assert _apply("Kỷ niệm 67 năm chiến thắng Điện Biên Phủ (0 /5/ 954-07/5/2021)", "17") == \
        "Kỷ niệm 67 năm chiến thắng Điện Biên Phủ (07/5/1954-07/5/2021)"
    assert _apply("KỶ NIỆM 50 NĂM NGÀY GIẢI PHÓNG HOÀN TOÀN MIỀN NAM (30/4/1975 - 30/4/202 )", "5") == \
        "KỶ NIỆM 50 NĂM NGÀY GIẢI PHÓNG HOÀN TOÀN MIỀN NAM (30/4/1975 - 30/4/2025)"


def test_no_anniversary_no_fill():
    # a period counts its years inclusively ('5 năm (2021-2025)'): no arithmetic there
    assert _apply("triển khai trong 5 năm (2021-202 ) theo kế hoạch", "5") == "triển khai trong 5 năm (2021-202 ) theo kế hoạch"
    assert _apply("kỷ niệm 5 năm giai đoạn (2021-202 )", "5") == "kỷ niệm 5 năm giai đoạn (2021-202 )"
    # two readings fit (the lost digits allow both): the gap stays
    assert _apply("Kỷ niệm 1  năm thành lập trường (19 5 - 2025)", "0123456789") == \
        "Kỷ niệm 1  năm thành lập trường (19 5 - 2025)"
    # the difference no lost digit makes: nothing
    assert _apply("Kỷ niệm 6  năm thành lập huyện (1955 - 2025)", "01") == "Kỷ niệm 6  năm thành lập huyện (1955 - 2025)"
