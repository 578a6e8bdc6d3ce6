"""Lost glyphs in numbers a directive's structure pins down (pipeline.repair.glyphs and
glyphdigits): list numbers that lost a digit, numbers that count with a list's items, a
cited document's year and its date, the same number between the same words, 'Đi u' for
'Điều', and the spaces a fill must never take.  Every line here was written for the test,
in the shapes directives print them."""
from __future__ import annotations

from pipeline.repair.glyphdigits import NumberGaps
from pipeline.repair.glyphs import (DocumentNumbers, GlyphSolver, infer_label, infer_list_counters,
                                    infer_list_labels, join_letters, label_indent)
from pipeline.repair.lexicon import DocumentLM, lexicon

# a list of twelve units, each with its form number ('Biểu số 01' ... 'Biểu số 12')
UNITS = ["Văn phòng Ủy ban nhân dân", "Sở Tài chính", "Sở Xây dựng", "Sở Y tế", "Sở Nội vụ",
         "Sở Công Thương", "Sở Tư pháp", "Sở Giáo dục và Đào tạo", "Sở Văn hóa và Thể thao",
         "Sở Khoa học và Công nghệ", "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh", "Công an tỉnh"]


def _list(lines_of: dict[int, str] | None = None) -> list[str]:
    out = ["Điều 1. Giao các cơ quan sau báo cáo kết quả thực hiện:"]
    for n, unit in enumerate(UNITS, start=1):
        out.append(f"{n}. {unit} (theo Biểu số {n:02d}).")
    out.append("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    for k, t in (lines_of or {}).items():
        out[k] = t
    return out


def test_list_numbers_that_lost_a_digit_from_the_count():
    # '1' lost: '12.' prints as ' 2.' (the lost digit reads as indentation), '11.' as '  .';
    # '3' lost: '13.' as '1 .'
    lines = _list({11: "  . Sở Dân tộc và Tôn giáo (theo Biểu số   ).",
                   12: " 2. Thanh tra tỉnh (theo Biểu số  2).",
                   13: "1 . Công an tỉnh (theo Biểu số 1 )."})
    got = infer_list_labels(lines)
    assert {k: v[2] for k, v in got.items()} == {11: "11", 12: "12", 13: "13"}
    a, b, label = got[12]
    assert lines[12][:a] + label + lines[12][b:] == "12. Thanh tra tỉnh (theo Biểu số  2)."
    # a digit the line prints is one its font maps: ' 2.' in a line printing '1' is no '12.'
    lines[12] = " 2. Thanh tra tỉnh (theo Biểu số 12)."
    assert 12 not in infer_list_labels(lines)
    # an excerpt's cut: the items after '[…]' are counted on their own (items 6-11 left out)
    cut = ["Điều 1. Giao các cơ quan sau:"] + [f"{n}. {UNITS[n - 1]}." for n in range(1, 6)] + ["[…]"]
    cut += ["12. Thanh tra tỉnh.", "13. Công an tỉnh.", "1 . Sở Ngoại vụ.", "15. Sở Du lịch.", "16. Ban Dân tộc."]
    assert {k: v[2] for k, v in infer_list_labels(cut).items()} == {9: "14"}


def test_clean_lists_and_restarts_are_left_alone():
    assert infer_list_labels(_list()) == {}
    # a second list that starts again at 1 without a heading: ' 1.' is no '11.'
    lines = ["Điều 3. Tổ chức thực hiện"] + [f"{n}. Nhiệm vụ thứ {n}." for n in range(1, 7)]
    lines += ["Các đơn vị phối hợp gồm:"] + [f" {n}. Đơn vị thứ {n}." for n in range(1, 4)]
    assert infer_list_labels(lines) == {}


def test_numbers_that_count_with_the_items():
    # '4' and '1' lost; the items' numbers already restored from the count
    printed = _list({4: "  . Sở Y tế (theo Biểu số 0 ).", 12: " 2. Thanh tra tỉnh (theo Biểu số  2)."})
    lines = _list({4: "4. Sở Y tế (theo Biểu số 0 ).", 12: "12. Thanh tra tỉnh (theo Biểu số  2)."})
    got = infer_list_counters(lines, printed)
    assert got == {4: [(len("4. Sở Y tế (theo Biểu số 0"), "4")],
                   12: [(len("12. Thanh tra tỉnh (theo Biểu số "), "1")]}
    # a digit the damaged line prints is one its font maps: ' 2' in a line printing '1'
    # elsewhere is not '12'
    printed[12] = " 2. Thanh tra tỉnh 1 (theo Biểu số  2)."
    assert 12 not in infer_list_counters(lines, printed)
    # a list whose items print other numbers there says nothing
    other = [t.replace("Biểu số 0", "Biểu số 1") for t in lines]
    assert infer_list_counters(other, other) == {}


def test_a_cited_numbers_year_from_its_date_and_back():
    """A document is numbered in the year it is signed: '78/202 /NĐ-CP ngày 12 tháng 3 năm
    2024' is '78/2024/NĐ-CP', and the date's year gap takes the number's."""
    gaps = NumberGaps(["Căn cứ Luật năm 2019; năm 2020; năm 2024."], ["Thực hiện Nghị quyết"])
    gaps.candidates = {"4", "7"}  # the digits the damaged lines never print
    text = "Căn cứ Nghị định số 78/202 /NĐ-CP ngày 12 tháng 3 năm 2024 của Chính phủ;"
    assert gaps.fills(text) == [(text.index("202 ") + 3, "4")]
    # the date on the next line ('2024' and '2044' both fit the gap alone)
    text2 = "Bãi bỏ Quyết định số 15/20 4/QĐ-UBND ngày 30 tháng 6"
    gaps.candidates = {"2", "4"}
    assert gaps.fills(text2, after="năm 2024 của Ủy ban nhân dân tỉnh") == [(text2.index("20 4") + 2, "2")]
    # the date's year from the number before it
    text3 = "Thông tư số 05/2023/TT-BTC ngày 10/3/ 0 3 của Bộ Tài chính"
    col = text3.index("/ 0 3") + 1
    assert gaps.fills(text3) == [(col, "2"), (col + 2, "2")]
    # a date that is not the number's (another document between them) says nothing
    assert gaps.fills("số 05/202 /TT-BTC và Nghị định số 10 ngày 10/3/2023") == []


def test_four_places_between_slashes_are_a_year_not_a_month():
    gaps = NumberGaps(["năm 2015 và năm 2022"], ["Luật"])
    text = "Luật Thủy sản số 18/ 01 /QH14 ngày 21 tháng 11 năm 2017"
    a = text.index(" 01 ")
    assert gaps._kind(text, a, a + 4) == "year"
    text = "ngày 15/ 2/2024"
    a = text.index(" 2/")
    assert gaps._kind(text, a, a + 2) == "month"


def test_the_same_number_between_the_same_words():
    intact = ["Quy hoạch đến năm 2020, tầm nhìn đến năm 2030 đã hết hạn.",
              "Kế hoạch phát triển đến năm 2025, định hướng đến năm 2030 của tỉnh."]
    texts = intact + ["KẾ HOẠCH PHÁT TRIỂN ĐẾN NĂM 202 , ĐỊNH HƯỚNG ĐẾN NĂM 2030"]
    nums = DocumentNumbers(texts, {0, 1}, {"5", "0"})
    t = texts[2]
    assert nums.fills(t) == [(t.index("202 ") + 3, "5")]


def test_di_u_is_dieu_with_a_letter_the_font_never_prints():
    lex = lexicon()
    lines = ["Đi u 4. Tổ chức  hực hiện", "Đi u 5. Hiệu lực  hi hành"]
    assert "ề" in join_letters(lines, {"t": 0.0}, frozenset("aciêu"), lex)
    # a letter the damaged font prints ('ề' in its other lines) is mapped: no join
    assert "ề" not in join_letters(lines, {"t": 0.0}, frozenset("ề"), lex)
    # two common words side by side are what they seem
    assert join_letters(["đi học và ở nhà"], {}, frozenset(), lex) == set()


def test_the_first_item_under_an_article_is_one():
    lines = ["Điều 8. Nhiệm vụ của các thành viên", "  . Trưởng ban:", "a) Chỉ đạo chung;",
             "b) Phân công nhiệm vụ."]
    assert infer_label(lines, 1) == "1"
    # under a chapter the count may go on (a third of the gazette's chapters, sections and
    # appendices go on counting); under a
    # part in Roman numerals it starts at '1.' (1806 of 1830 in the gazette, the others codes
    # of two or more digits: session 16, tests/test_glyph18.py)
    lines2 = ["Chương II", "  . Mục tiêu chung"]
    assert infer_label(lines2, 1) is None
    assert infer_label(["I. MỤC TIÊU", "  . Mục tiêu chung"], 1) == "1"


def _solver(lost: str) -> GlyphSolver:
    return GlyphSolver(DocumentLM([], lexicon()), {c: 0.0 for c in lost}, fill_cost=1.0,
                       allow_bare=True, max_fills=4)


def test_no_fill_before_an_indented_label():
    """A lost glyph never turns a list's letter into a word: '    a) Quyế  đ n ' is no
    '   ra) Quyết ...' (the search alone makes it so)."""
    line = "    a) Quyế  đ n  số 23/2011/QĐ-UBND ngày 28"
    assert label_indent(line) == frozenset(range(4))
    assert _solver("tịrđc").solve(line, label_indent(line)).text.startswith("    a) Quyết")
    assert label_indent("   Quyết định này") == frozenset()


def test_no_word_glued_to_a_comma_or_an_opening_bracket():
    """Directives put a space after a comma and before a bracket: 'doanh, m rketing' is no
    'doanh,âm rketing', 'Âu, Á (được' no 'Áo(được'."""
    assert _solver("aâ").solve("kinh doanh, m rketing (được").text == "kinh doanh, m rketing (được"
    assert _solver("mo").solve("bánh Âu, Á (được quy định").text == "bánh Âu, Á (được quy định"
    assert _solver("amâ").solve("Sở Lao động, m t trận tổ quốc").text.startswith("Sở Lao động, m")


def test_a_word_lost_whole_only_inside_a_sentence():
    """A line the font printed whole but for a run of spaces (no fragment): a word lost whole
    there sits between lower-case words ('bảo hiểm   tế' = 'bảo hiểm y tế'); the run between
    a signer's title and name is the layout's, even where the document's own words ('Lào
    Cai') make a bare 'cai' likely."""
    dlm = DocumentLM(["UBND các tỉnh Bắc Kạn, Lào Cai, Hà Tĩnh, Cà Mau"] * 3, lexicon())
    line = "KT. BỘ TRƯỞNG THỨ TRƯỞNG     Hà Công Tuấn |"
    solver = GlyphSolver(dlm, {c: 0.0 for c in "achiìậềụ"}, fill_cost=1.0, allow_bare=True, max_fills=4)
    assert solver.solve(line).text != line  # a damaged line's search may (its words are cut)
    solver.bare_in_sentence = True
    assert solver.solve(line).text == line
    assert _solver("y").solve("chi trả bảo hiểm   tế cho người dân").text == "chi trả bảo hiểm y tế cho người dân"
    s = _solver("y")
    s.bare_in_sentence = True
    assert s.solve("chi trả bảo hiểm   tế cho người dân").text == "chi trả bảo hiểm y tế cho người dân"


def test_two_capitals_the_gaps_keep_apart_are_two_words():
    """'H  N  , ngày' (a place before the date) is two capitalised words, not 'HIỆN'; in a
    line of capitals a word with its capitals apart is a word in capitals ('Đ U' = 'ĐẦU')."""
    out = _solver("imntà").solve("| *H  N  ,  g y 24  há g 01  ă  2025* |").text
    assert "HIỆN" not in out and out.startswith("| *H") and "ngày 24 tháng 01 năm 2025" in out
    assert _solver("imntàộ").solve("| *H  N  ,  g y 24  há g 01  ă  2025* |").text.startswith("| *Hà Nội, ngày")
    assert _solver("ầ").solve("NHIỆM VỤ TRỌNG TÂM: Đ U TƯ XÂY DỰNG").text == "NHIỆM VỤ TRỌNG TÂM: ĐẦU TƯ XÂY DỰNG"
    assert _solver("à").solve("KẾ HOẠCH TỔ CHỨC NG Y HỘI").text == "KẾ HOẠCH TỔ CHỨC NGÀY HỘI"


def test_cid_digits_from_the_numbers_printed_whole():
    """'(cid:NN)' codes read as digits: the ascent scores every digit alike where a number
    stands, so which digit comes from the numbers the document prints whole elsewhere."""
    from pipeline.repair.glyphs import _vote_digits
    damaged = ["Căn cứ Nghị định số 193/202(cid:41)/NĐ-CP ngày 02/7/202(cid:41) của Chính phủ;",
               "khoản 2 Điều (cid:41)6 của Luật"]
    others = ["Thực hiện Nghị định số 193/2025/NĐ-CP ngày 02/7/2025, Luật năm 2024;"]
    mapping = {"41": "4", "17": "a"}
    _vote_digits(damaged, others, mapping, list("3459"))
    assert mapping == {"41": "5", "17": "a"}
    # nothing printed whole that fits: the ascent's digit stays
    mapping = {"41": "4"}
    _vote_digits(damaged, ["Không có số nào ở đây."], mapping, list("3459"))
    assert mapping == {"41": "4"}
