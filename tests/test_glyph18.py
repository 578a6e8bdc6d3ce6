"""Session 16 (issue #3): the first item of a part in Roman numerals is '1.'.

A numbered heading that lost its number (' . Mục đích') takes it from the numbering around
it (pipeline.repair.glyphs.infer_label): its children, its siblings above and below.  An
excerpt that ends before the second item, or whose second item lost its number too, leaves
only the heading above: under a part in Roman numerals ('I. MỤC ĐÍCH, YÊU CẦU') the first
numbered item is '1.' (the gazette: 1806 of 1830 first items; the others are codes of two
or more digits or an excerpt's cut).  A chapter, a section or an appendix says nothing (a
third of them go on counting), and a sibling below that disagrees still wins nothing."""
from pipeline.repair.glyphs import infer_label


def test_the_first_item_under_a_roman_part_is_one():
    for head, item in (("I. MỤC ĐÍCH, YÊU CẦU", " . Mục đích"),
                       ("II. NHIỆM VỤ VÀ GIẢI PHÁP", " . Tăng cường công tác tuyên truyền"),
                       ("III. Tổ chức thực hiện", " . Sở Tài chính"),
                       ("**IV. KINH PHÍ**", " . Nguồn kinh phí")):
        for gap in ([], [""]):  # right under it, or after a blank line
            lines = [head, *gap, item, "- Nâng cao nhận thức của người dân."]
            assert infer_label(lines, len(lines) - 2) == "1", (head, gap)


def test_the_sibling_below_agrees_or_decides():
    lines = ["I. MỤC ĐÍCH", " . Mục đích", "- Bảo đảm an toàn.", "2. Yêu cầu", "- Thiết thực."]
    assert infer_label(lines, 1) == "1"
    # a sibling below that says another number: the two disagree, nothing is filled
    lines = ["I. MỤC ĐÍCH", " . Mục đích", "- Bảo đảm an toàn.", "4. Yêu cầu"]
    assert infer_label(lines, 1) is None


def test_other_higher_headings_say_nothing_of_the_first_item():
    for head in ("Chương II", "Mục 2", "PHỤ LỤC", "PHẦN I"):
        lines = [head, " . Phạm vi điều chỉnh", "- Nội dung."]
        assert infer_label(lines, 1) is None, head
    # (an article's first item is '1.' as before)
    assert infer_label(["Điều 3. Tổ chức thực hiện", " . Sở Nội vụ chủ trì"], 1) == "1"


def test_a_line_printing_a_one_is_no_lost_one():
    # the font printed '1' in the line: the gap is another digit, the heading says nothing
    lines = ["I. NHIỆM VỤ", " . Hoàn thành trước ngày 15/10/2025", "- Thực hiện."]
    assert infer_label(lines, 1) is None


def test_a_part_heading_in_the_middle_of_a_list_does_not_reach_past_a_sibling():
    # a sibling above the gap (after the Roman heading) counts as before: '1.' above, '2.'
    lines = ["I. MỤC TIÊU", "1. Mục tiêu chung", "- Giảm thiểu.", " . Mục tiêu cụ thể", "- Đạt 90%."]
    assert infer_label(lines, 3) == "2"


def test_a_roman_part_with_a_dash():
    for head in ("I- MỤC ĐÍCH – YÊU CẦU", "II – NHIỆM VỤ CỤ THỂ", "III - Tổ chức thực hiện"):
        lines = [head, " . Mục đích.", " . . Đợt ra quân tổng vệ sinh.", "1.2. Tổ chức các hoạt động.",
                 "2. Yêu cầu"]
        assert infer_label(lines, 1) == "1", head
    # a word after the dash in lower case is no heading ('I-ốt' is a word, 'V - a' a formula)
    for head in ("I-ốt hóa muối ăn", "V - a là thể tích"):
        assert infer_label([head, " . Mục đích", "- Nội dung."], 1) is None, head


# ----------------------------------------------------------------------------- left-over spaces
# A short word before a run of spaces read again with the words either side
# (pipeline.repair.glyphs.rescore_left_over): 'vào' whose 'o' the font lost reads 'và' and a
# space the search leaves over, because the model's bigram after the word before prefers 'và'.

def _solver(lost: str, run_cost: float = 2.5):
    from pipeline.repair.glyphs import GlyphSolver
    from pipeline.repair.lexicon import DocumentLM, lexicon
    s = GlyphSolver(DocumentLM([], lexicon()), {c: 0.0 for c in lost}, fill_cost=1.0, allow_bare=True, max_fills=4)
    s.run_cost = run_cost
    return s


def test_a_short_word_takes_the_left_over_space_when_the_words_after_say_so():
    from pipeline.repair.glyphs import rescore_left_over
    for text, want in (("Thời gian có thể thay đổi tùy thuộc và  tiến độ thi công", "tùy thuộc vào tiến độ"),
                       ("Các sở, ngành tập trung và  các nhiệm vụ trọng tâm", "tập trung vào các nhiệm vụ"),
                       ("công trình được đưa và  sử dụng ngay sau khi nghiệm thu", "được đưa vào sử dụng"),
                       ("căn cứ và  tình hình thực tế của địa phương", "căn cứ vào tình hình"),
                       ("các cơ quan tham gia và  quá trình thẩm định", "tham gia vào quá trình")):
        for cost in (2.5, 4.0):
            new, fills = rescore_left_over(text, [], _solver("o", cost))
            assert want in new, (text, cost, new)
            assert len(new) == len(text) and [x for _c, x in fills] == ["o"]


def test_a_short_word_that_fits_the_words_after_keeps_its_space():
    from pipeline.repair.glyphs import rescore_left_over
    for text in ("các sở, ban, ngành và  các địa phương triển khai",
                 "tăng cường công tác phòng, chống và  kiểm soát dịch bệnh",
                 "Sở Y tế và  Sở Tài chính phối hợp"):
        assert rescore_left_over(text, [], _solver("o"))[0] == text, text


def test_no_letter_the_line_prints_and_no_price_no_change():
    from pipeline.repair.glyphs import rescore_left_over
    # the line prints 'o' ('hoàn thành'): the font maps it, the space is no lost 'o'
    text = "tùy thuộc và  tiến độ hoàn thành"
    assert rescore_left_over(text, [], _solver("o"))[0] == text
    # the first pass prices no left-over space: nothing to weigh against
    text = "tùy thuộc và  tiến độ thi công"
    assert rescore_left_over(text, [], _solver("o", 0.0))[0] == text
    # a capitalised word, a line's first word after its indentation: left as they are
    for text in ("Sở Tư pháp, Và  tiến độ", "  và  tiến độ thi công"):
        assert rescore_left_over(text, [], _solver("o"))[0] == text
