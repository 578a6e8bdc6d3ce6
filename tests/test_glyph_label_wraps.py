"""Section numbers a font lost, told by the numbering around them (pipeline/repair/glyphs.py
infer_label): a wrapped body line that starts on a cited article ('Điều 12 Luật ...') is no
article heading and does not end the look for the next sibling.  Lines written for the test
in the shape directives print them."""

from pipeline.repair.glyphs import infer_label


def test_a_wrapped_line_starting_on_a_cited_article_does_not_stop_the_numbering():
    lines = [
        "I. Phạm vi và nguyên tắc",
        " . Phạm vi:",
        "- Kế hoạch kiểm tra tại trụ sở người nộp thuế theo quy định tại khoản 2",
        "Điều 12 Luật Quản lý thuế số 38/2019/QH14 và các văn bản hướng dẫn;",
        "2. Nguyên tắc:",
        "2.1. Áp dụng quản lý rủi ro trong lựa chọn đối tượng kiểm tra.",
    ]
    assert infer_label(lines, 1) == "1"
    # an article's heading still ends it: the list starts again under 'Điều 3.'
    lines[3] = "Điều 3. Tổ chức thực hiện"
    # (the part above, 'I. ...', now says '1' by itself: the first item of a part in Roman
    # numerals, tests/test_glyph18.py; without it nothing says)
    assert infer_label(lines, 1) == "1"
    lines[0] = "Cục Thuế xây dựng kế hoạch kiểm tra như sau:"
    assert infer_label(lines, 1) is None


def test_a_wrapped_cited_article_is_not_the_article_a_first_item_follows():
    lines = [
        "1. Sở Tài chính hướng dẫn thực hiện quy định tại khoản 3",
        "Điều 7 Nghị định số 11/2020/NĐ-CP;",
        " . Sở Nội vụ tổng hợp kết quả.",
    ]
    assert infer_label(lines, 2) == "2"
    lines = ["Điều 7. Trách nhiệm của các sở, ngành", " . Sở Nội vụ tổng hợp kết quả.", "2. Sở Tài chính bố trí kinh phí."]
    assert infer_label(lines, 1) == "1"
