"""Lost glyphs, session 10: a typist's space inside a document's code, the formulas a header
wraps over lines and a letter's closing, 'Căn cứ' after a list label, 'Như Điều N' in a
Nơi nhận, a school year's and a term's second year, a name printed intact filling letters
no damaged line prints, and the trigram window that reads a short word with the words after
it.  Every text here is written for the test (not taken from a sample)."""
from __future__ import annotations

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair.glyphdigits import NumberGaps
from pipeline.repair.glyphphrases import as_article_code, as_article_fills, executing_article, opening_fills, phrase_fills
from pipeline.repair.glyphs import formula_pins, repair_glyphs


def _lose(line: str, lost: str) -> str:
    """The line as a font that lost ``lost`` prints it: each such character a space."""
    return "".join(" " if c in lost else c for c in line)


def _apply(line: str, fills: list[tuple[int, str]]) -> str:
    out = list(line) + [" "] * max(0, max((c for c, _x in fills), default=-1) + 1 - len(line))
    for c, x in fills:
        out[c] = x
    return "".join(out)


def _repair(lines: list[str]) -> list[str]:
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(lines)))
    return [ln.text for ln in repair_glyphs(doc, Config()).lines]


def test_a_typists_space_inside_a_code_is_no_lost_letter():
    # the document's own 'Số : 12/KH -UBND' (a space before the issuer's part) stays as
    # typed while the damaged lines around it are repaired with 'o' among the lost letters
    clean = [
        "UBND XÃ BÌNH MINH",
        "Số : 12/KH -UBND",
        "KẾ HOẠCH",
        "Tổ chức hội nghị tổng kết công tác năm 2025",
        "Căn cứ tình hình thực tế của địa phương, Ủy ban nhân dân xã xây dựng kế hoạch như sau:",
        "1. Mục đích: đánh giá kết quả công tác, rút ra bài học kinh nghiệm cho năm sau.",
        "2. Thời gian tổ chức hội nghị: trong tháng 12 năm 2025 tại hội trường xã.",
    ]
    broken = list(clean)
    for k in (3, 4, 5):
        broken[k] = _lose(clean[k], "oọôàh")
    out = _repair(broken)
    assert out[1] == "Số : 12/KH -UBND"


def test_wrapped_motto_and_country_name_lines_are_the_formulas():
    assert _apply("Đ   l p -", phrase_fills("Đ   l p -")) == "Độc lập -"
    line = _lose("Tự do - Hạnh phúc", "oạnhú").rstrip()
    assert _apply(line, phrase_fills(line)).rstrip() == "Tự do - Hạnh phúc"
    line = _lose("CHỦ NGHĨA VIỆT NAM", "ỦGĨ")
    assert _apply(line, phrase_fills(line)) == "CHỦ NGHĨA VIỆT NAM"
    # a word with none of its letters printed, or a line with fewer than half of them, is
    # not enough to go by
    assert phrase_fills("     l   -") == []
    assert phrase_fills("Tự do - hợp tác") == []  # another phrase, printed whole


def test_a_letters_closing_formula():
    line = _lose("   Xin trân trọng cảm ơn!", "itâảọ")
    assert _apply(line, phrase_fills(line)) == "   Xin trân trọng cảm ơn!"
    assert phrase_fills("Xin trân trọng cảm ơn!") == []


def test_can_cu_after_a_list_label_and_in_capitals():
    assert _apply("I. Căn    xây dựng kế hoạch", opening_fills("I. Căn    xây dựng kế hoạch")) \
        == "I. Căn cứ xây dựng kế hoạch"
    assert _apply("1. C N C  PHÁP LÝ", opening_fills("1. C N C  PHÁP LÝ")) == "1. CĂN CỨ PHÁP LÝ"
    assert opening_fills("I. Căn cứ xây dựng kế hoạch") == []  # printed whole
    assert opening_fills("2. Công tác kiểm tra") == []  # another phrase


def test_nhu_dieu_takes_the_last_articles_number():
    texts = [
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
        "Điều 4. Chánh Văn phòng, Trưởng các phòng chịu trách nhiệm thi hành Quyết định này./.",
        "Nơi nhận:",
        "- Nh  Đ  u  ;",
        "- Lưu: VT.",
    ]
    assert executing_article(texts, 4) == "4"
    assert _apply(texts[4], as_article_fills(texts, 4)) == "- Như Điều 4;"
    # its words whole, only the number lost
    texts[4] = "- Như Điều  ;"
    assert _apply(texts[4], as_article_fills(texts, 4)) == "- Như Điều 4;"
    # the number printed: nothing to do; the last article's number lost: no guess
    texts[4] = "- Như Điều 4;"
    assert as_article_fills(texts, 4) == []
    texts[2] = "Điều  . Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./."
    texts[4] = "- Như Điều  ;"
    assert as_article_fills(texts, 4) == []
    # a code the cipher left open
    texts[2] = "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./."
    texts[4] = "- Như Điều (cid:151);"
    assert as_article_code(texts, 4) == (11, 20, "3")
    assert formula_pins(texts) == {"151": "3"}


def test_school_year_and_term_second_year():
    gaps = NumberGaps(["Năm 2024, năm 2025, năm 2026 và năm 2030 được nhắc tới."],
                      ["kế h  ch c a các x  "])
    # a school year is two years, a term five
    assert gaps._range("NĂM HỌC 2024 - 202 ", 15, 19) == (2025, 2025)
    assert gaps._range("nhiệm kỳ 2025 – 20 0", 16, 20) == (2030, 2030)
    assert gaps._range("giai đoạn 2021 - 20 5", 17, 21) == (2021, 9999)
    assert gaps.fills("NĂM HỌC 2024 - 202 ", years_only=True) == [(18, "5")]


def test_a_name_printed_intact_fills_letters_no_damaged_line_prints():
    # a short notice: only two damaged lines, the inferred set lacks 'a' and 'â', which
    # the name 'Mai Châu' printed intact in the body has
    clean = [
        "UBND HUYỆN MAI CHÂU",
        "Mai Châu, ngày 19 tháng 12 năm 2019",
        "THÔNG BÁO",
        "Ủy ban nhân dân huyện Mai Châu thông báo lịch tiếp công dân định kỳ tháng 12 năm 2019.",
        "Ủy ban nhân dân huyện thông báo để các cơ quan, đơn vị và công dân biết, thực hiện./.",
    ]
    broken = list(clean)
    broken[1] = _lose(clean[1], "uaâăáà")
    out = _repair(broken)
    assert out[1] == "Mai Châu, ngày 19 tháng 12 năm 2019"
    assert out[3:] == clean[3:]


def test_the_words_after_a_short_word_decide_it():
    # 'v ' is 'về' or 'và' (both lost letters): the bigram before it prefers 'và', the
    # words after it ('về phê duyệt đề án') decide
    clean = [
        "Căn cứ Quyết định số 12/QĐ-TTg ngày 27/3/2020 của Thủ tướng Chính phủ về phê duyệt đề án phát triển nhiều ngành nghề;",
        "Căn cứ Kế hoạch số 45/KH-UBND ngày 10/4/2021 của Ủy ban nhân dân tỉnh về việc triển khai các điều kiện của đề án;",
        "Ủy ban nhân dân huyện ban hành kế hoạch thực hiện trên địa bàn huyện như sau:",
        "1. Mục đích, yêu cầu",
        "Triển khai đồng bộ các nhiệm vụ, giải pháp của đề án; phân công rõ trách nhiệm của các cơ quan.",
    ]
    broken = list(clean)
    broken[0] = _lose(clean[0], "ềàyh")
    broken[1] = _lose(clean[1], "ềàyh")
    out = _repair(broken)
    assert "Chính phủ về phê duyệt" in out[0]


def test_a_cited_document_the_gazette_cites_fills_its_gaps():
    from pipeline.repair.glyphdigits import cited_fills

    digits = set("0123456789")
    # Nghị định 34/2016/NĐ-CP of 14 May 2016 (the law-making decree every legal basis cites)
    line = "Căn cứ Nghị định số 34/201 /NĐ-CP ngày 14 tháng 5 năm 201  của Chính phủ;"
    assert _apply(line, cited_fills(line, digits)) == \
        "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ;"
    # a lost letter of 'số' before the number: the slot is read both ways
    line = "Căn cứ Nghị định số  4/2016/NĐ-CP ngày 14 tháng 5 năm 2016;"
    assert _apply(line, cited_fills(line, digits)) == "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016;"
    # two decrees of the same day (96 and 97/2022/NĐ-CP, 29/11/2022): the digits the font
    # may have lost decide, or nothing is filled
    line = "Nghị định số 9 /2022/NĐ-CP ngày 29 tháng 11 năm 2022"
    assert cited_fills(line, digits) == []
    assert _apply(line, cited_fills(line, {"6", "8"})) == "Nghị định số 96/2022/NĐ-CP ngày 29 tháng 11 năm 2022"
    # printed whole, or a document no citation knows: nothing
    assert cited_fills("Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016", digits) == []
    assert cited_fills("Quyết định số 9 /2022/QĐ-XYZ ngày 29 tháng 11 năm 2022", digits) == []


def test_motto_with_en_dashes_and_a_school_years_first_year():
    line = _lose("Độc lập – Tự do – Hạnh phúc", "ạnú")
    assert _apply(line, phrase_fills(line)) == "Độc lập – Tự do – Hạnh phúc"
    gaps = NumberGaps(["Năm 2022, năm 2023 và năm 2024."], ["kế h  ch c a các x  "])
    assert gaps._range("NĂM HỌC 202 -2024", 8, 12) == (2023, 2023)
    assert gaps._range("nhiệm kỳ 20 0 - 2025", 9, 13) == (2020, 2020)
