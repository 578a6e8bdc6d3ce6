"""Lost digits on kinds of text the repair had not seen (session 7): the Assembly term of a
law's number ('/2025/QH 5'), a cited document's number known by its full code with the year
('0 /2022/TT-BTNMT'), and a document's number the fills cannot tell from another.  Every
line here is written for the test in the shape real directives have; the damage is made
the way a font loses glyphs (each lost character printed as a space)."""

from pipeline.repair.glyphdigits import NumberGaps
from pipeline.repair.glyphs import DocumentNumbers


def lose(text: str, lost: str) -> str:
    """``text`` as a font that lost ``lost`` prints it."""
    return "".join(" " if c in lost else c for c in text)


def apply(text: str, fills: list[tuple[int, str]]) -> str:
    chars = list(text)
    for c, x in fills:
        chars[c] = x
    return "".join(chars)


INTACT = ["Kế hoạch số 45/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân huyện về chuyển đổi số năm 2024.",
          "Báo cáo kết quả thực hiện năm 2023 và phương hướng nhiệm vụ năm 2024, 2025."]


def test_term_of_a_law_from_its_year():
    # a law of 2020 was passed by the 14th Assembly, a resolution of the Standing
    # Committee of 2023 by the 15th: the year says the term
    damaged = [lose("Căn cứ Luật Đầu tư công số 39/2020/QH14 và Luật số 72/2020/QH14;", "1"),
               lose("Căn cứ Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023;", "1")]
    gaps = NumberGaps(INTACT, damaged)
    assert "1" in gaps.candidates
    assert apply(damaged[0], gaps.term_fills(damaged[0])).endswith("72/2020/QH14;")
    assert "39/2020/QH14" in apply(damaged[0], gaps.term_fills(damaged[0]))
    assert "/2023/UBTVQH15" in apply(damaged[1], gaps.term_fills(damaged[1]))


def test_term_in_a_year_two_terms_share():
    # 2021: the 14th Assembly sat until July, the 15th after: 'QH1 ' fits both (neither '4'
    # nor '5' is printed by the damaged line) and is left; in 2026 (15th, then 16th) 'QH 5'
    # is only the 15th
    line = lose("Luật số 01/2021/QH14 được ban hành.", "4")
    gaps = NumberGaps(INTACT, [line])
    assert {"4", "5"} <= gaps.candidates
    assert gaps.term_fills(line) == []
    line = lose("Luật số 02/2026/QH15 được ban hành.", "1")
    gaps = NumberGaps(INTACT, [line])
    assert apply(line, gaps.term_fills(line)) == "Luật số 02/2026/QH15 được ban hành."


def test_term_needs_a_lost_digit_and_a_printed_year():
    # the gap must be a digit the damaged lines never print; a year with a gap says nothing
    line = lose("Căn cứ Luật số 31/2024/QH15;", "5")
    printed_five = "Năm 2025 triển khai 15 nhiệm vụ."
    gaps = NumberGaps(INTACT, [line, printed_five])
    assert gaps.term_fills(line) == []
    line = "Căn cứ Luật số 31/20 4/QH 5;"
    gaps = NumberGaps(INTACT, [line])
    assert gaps.term_fills(line) == []


def test_document_number_known_by_its_code_with_year():
    # '04' and '03' both printed intact; the gap before '/2022/TT-BTNMT' is the circular's
    intact = ["Thực hiện theo Thông tư số 03/2022/TT-BTNMT của Bộ Tài nguyên và Môi trường.",
              "Thời hạn giao nộp từ 03 đến 04 tháng kể từ ngày quyết toán.",
              "Hồ sơ lưu 04 bộ tại Văn phòng."]
    damaged = lose("Giao nộp theo mẫu của Thông tư số 03/2022/TT-BTNMT.", "3")
    numbers = DocumentNumbers(intact + [damaged], {0, 1, 2}, {"3"})
    assert apply(damaged, numbers.fills(damaged)) == "Giao nộp theo mẫu của Thông tư số 03/2022/TT-BTNMT."
    # a code no intact number carries: left
    other = lose("Theo Thông tư số 03/2021/TT-BXD.", "3")
    assert numbers.fills(other) == []


def test_second_round_leaves_a_number_a_likely_lost_digit_also_fits(monkeypatch):
    # the fills showed '1' lost: ' 4' before '/2025' is '14'; but when '6', common in the
    # document, is missing from the damaged lines too, it is '14' or '64' and left.
    # (Off by default since session 11 round 2: a document's number stays a gap in the
    # second round, measured; the rule is kept behind the flag)
    from pipeline.repair import glyphdigits
    line = "Căn cứ Luật Ban hành văn bản số  4/2025/QH15;"
    gap = line.index("  4/") + 1
    gaps = NumberGaps(INTACT, [line])
    gaps.used = {"1"}
    assert all(c != gap for c, _x in gaps.fills(line, second=True))
    monkeypatch.setattr(glyphdigits, "SECOND_ROUND_CODES", True)
    assert (gap, "1") in gaps.fills(line, second=True)
    gaps.likely = {"6"}
    assert all(c != gap for c, _x in gaps.fills(line, second=True))


def test_date_slot_a_font_lost_whole(monkeypatch):
    from pipeline.repair import glyphdigits
    monkeypatch.setattr(glyphdigits, "SECOND_ROUND_SLOTS", True)  # (off by default: test_glyph12)
    # a one-digit month the font lost whole leaves its slot: '25/ /2025', 'tháng   năm';
    # filled when one digit only may be lost (the damaged lines print all others)
    damaged = [lose("Luật số 87/2025/QH15 ngày 25/6/2025 và Nghị định số 109/2024/NĐ-CP;", "6"),
               lose("Căn cứ Luật ngày 19 tháng 6 năm 2015; Nghị định số 73/2017/NĐ-CP;", "6"),
               lose("Văn bản số 3480/UBND ngày 12/8/2023 phân bổ 19 chỉ tiêu;", "6")]
    gaps = NumberGaps(INTACT, damaged)
    assert gaps.candidates == {"6"}
    assert apply(damaged[0], gaps.fills(damaged[0])).startswith("Luật số 87/2025/QH15 ngày 25/6/2025")
    assert "ngày 19 tháng 6 năm 2015" in apply(damaged[1], gaps.fills(damaged[1]))
    # several digits may be lost ('6' or '7'...): left; in the second round only when the
    # digits the damaged lines lack though the document prints them often ('likely') do not
    # add another value (the digits the fills showed lost are not all the font lost)
    short = lose("Thông tư ngày 25/6/2025;", "6")
    gaps = NumberGaps(INTACT, [short])
    assert {"6", "7"} <= gaps.candidates
    assert gaps.slot_fills(short) == []
    gaps.used = {"6"}
    gaps.likely = {"7"}
    assert gaps.slot_fills(short, second=True) == []
    gaps.likely = {"6"}
    assert gaps.slot_fills(short, second=True) == [(short.index("/ /") + 1, "6")]
    # a blank date of a draft ('ngày   tháng   năm 2026': no day printed) is no slot
    blank = "Lào Cai, ngày   tháng   năm 2026"
    assert NumberGaps(INTACT, [blank, damaged[2]]).slot_fills(blank) == []


def test_sub_item_numbers_that_lost_every_digit():
    from pipeline.repair.glyphs import _GAP_LABEL, _LABEL_GOES_ON, infer_sublabel
    lines = ["2. Ý kiến của các sở theo lĩnh vực quản lý",
             "2.1. Về đất đai",
             "Phù hợp với quy hoạch sử dụng đất.",
             "   . . Về môi trường",
             "Bổ sung đánh giá khoảng cách an toàn.",
             "   .3. Về khoáng sản",
             "Không chồng lấn với các mỏ đã cấp phép."]
    # the second sub-item lost both digits: its sibling above says 2.2, and the third,
    # which lost its first digit, counts the one between ('2.1.' + 1 + 1)
    assert infer_sublabel(lines, 3, [" ", " "]) == "2.2"
    assert infer_sublabel(lines, 5, [" ", "3"]) == "2.3"
    # a top-level number does not fit ' . .': the dot goes on to the next part
    m = _GAP_LABEL.match(lines[3])
    assert m and _LABEL_GOES_ON.match(lines[3], m.end())
    # a width the numbering does not fit ('2.10.' in a slot of one digit) says nothing
    assert infer_sublabel(lines[:2] + ["   . .  Về nước"] + lines[2:], 2, [" ", "  "]) is None


def test_own_date_year_from_the_documents_it_cites():
    # the document is signed after the documents it cites: in the year of the latest
    # (2025, whose '5' the damaged line prints) or the next, so '202 ' is 2026
    intact = ["Thực hiện Văn bản số 10699/BNNMT-ĐCKS ngày 23/12/2025 của Bộ Nông nghiệp và Môi trường.",
              "Kế hoạch số 45/KH-UBND ngày 12/3/2024 về chuyển đổi số năm 2024, 2025."]
    header = "Số:      /BC-UBND | Lào Cai, ngày      tháng      năm 202 "
    other = "Báo cáo kết quả 5 năm 2021-2025 và 15 chỉ tiêu chủ yếu."
    gaps = NumberGaps(intact, [header, other])
    assert {"6", "7", "8", "9"} <= gaps.candidates and "5" not in gaps.candidates
    assert apply(header, gaps.fills(header)).endswith("năm 2026")
    # nothing cited with a date: the year is left
    gaps = NumberGaps(["Kế hoạch năm 2024, 2025 của huyện."], [header, other])
    assert gaps.fills(header) == []


def test_second_year_of_a_pair_is_the_next():
    # a report's year and its plan's: 'năm 2025 và năm 202 ' is 2026 (in capitals, and with
    # 'cho' repeated); a year not joined by 'và' is left when several fit
    intact = ["Kế hoạch năm 2024 của Ủy ban nhân dân tỉnh."]
    lines = ["KẾT QUẢ NĂM 2025 VÀ NHIỆM VỤ NĂM 202 ", "THÍ ĐIỂM CHO NĂM 2025 VÀ CHO NĂM 202 ",
             "kinh phí năm 2025 và năm 202 ", "dự toán ngân sách nhà nước năm 202 "]
    gaps = NumberGaps(intact, lines)
    assert gaps.fills(lines[0]) == []  # 'nhiệm vụ' between: not a pair
    assert apply(lines[1], gaps.fills(lines[1])).endswith("CHO NĂM 2026")
    assert apply(lines[2], gaps.fills(lines[2])).endswith("năm 2025 và năm 2026")
    assert gaps.fills(lines[3]) == []


def test_heading_in_capitals_with_a_year_cut_by_the_margin_is_searched():
    from pipeline.repair.glyphs import _CUT_YEAR
    assert _CUT_YEAR.search("KINH PHÍ NĂM 2025 VÀ NĂM 202 ")
    assert not _CUT_YEAR.search("KINH PHÍ NĂM 2025 VÀ NĂM 2026 ")
    assert not _CUT_YEAR.search("Tổng số 202 hộ")


def test_number_between_the_words_an_intact_twin_stands_between():
    # 'thời hạn  0 ngày' (a lost '1'): '10' is printed between 'hạn' and 'ngày', '30' between
    # 'quá' and 'ngày'; read once the words around it are whole
    intact = ["Trong thời hạn 10 ngày kể từ ngày có quyết định, cơ quan trình cấp có thẩm quyền.",
              "Hoàn trả trong thời hạn không quá 30 ngày kể từ ngày nộp đủ hồ sơ."]
    line = "4. Trong thời hạn  0 ngày kể từ ngày kết thúc thời hạn thông báo."
    numbers = DocumentNumbers(intact + [line], {0, 1}, {"1", "3"})
    assert apply(line, numbers.context_fills(line)) == "4. Trong thời hạn 10 ngày kể từ ngày kết thúc thời hạn thông báo."
    # two intact numbers between the same words ('hạn 10 ngày', 'hạn 30 ngày'): left
    intact.append("Trong thời hạn 30 ngày làm việc, Sở có văn bản trả lời.")
    numbers = DocumentNumbers(intact + [line], {0, 1, 2}, {"1", "3"})
    assert numbers.context_fills(line) == []
    # glued to a word, or at the line's edge: not a number between two words
    assert numbers.context_fills("Luật số 31/2024/QH 5 ngày") == []
