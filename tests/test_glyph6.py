"""Lost glyphs on kinds of text the repair had not seen (session 6): a rare lost letter the
inferred set lacks, numbers printed once, names and titles, formulas and units, '(cid:NN)'
digits.  Every line here is written for the test in the shape real directives have; the
damage is made the way a font loses glyphs (each lost character printed as a space, or as
one '(cid:NN)' code)."""

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair
from pipeline.repair.glyphs import (
    DocumentNames,
    DocumentNumbers,
    GlyphSolver,
    _printed_beside,
    _takes_number,
    _vote_digits,
    rescue_word,
    solve_cid,
)
from pipeline.repair.legacy import token_evidence
from pipeline.repair.lexicon import DocumentLM, lexicon


def lose(text: str, lost: str) -> str:
    """``text`` as a font that lost ``lost`` prints it."""
    return "".join(" " if c in lost else c for c in text)


def repaired(text: str) -> list[str]:
    doc = Document(doc_id="t", source="t", format="txt", lines=lines_from_text(text))
    return [ln.text for ln in repair(doc, Config()).lines]


INTACT = [
    "Ủy ban nhân dân xã giao các phòng chuyên môn chủ trì, phối hợp thực hiện nhiệm vụ.",
    "Hội đồng nhân dân cấp xã, Ủy ban nhân dân cấp xã báo cáo kết quả trước ngày 30/6/2026.",
    "Sau đây gọi tắt là cơ sở thực phẩm; các đơn vị tạm ngừng hoạt động khi có sự cố.",
]


def test_a_rare_letter_outside_the_searched_set_rescues_a_word_between_its_neighbours():
    # 'HĐND   p xã': the search had no 'ấ' (the sample of lines never needed it) and read
    # 'cạp'; 'cấp xã' between the same neighbours is far likelier, and 'ấ' is a letter no
    # damaged line prints
    lex = lexicon()
    solver = GlyphSolver(DocumentLM(INTACT, lex), {"c": 0.0, "ạ": 0.0, "h": 0.0, "o": 0.0}, fill_cost=1.0)
    assert rescue_word("cạp", [0, 1], solver, frozenset("ấọụ"), "HĐND", "xã") == ("cấp", "ấ")
    # a word the search read right stays: 'gọi' is no better than 'ghi' without 'ọ' at hand
    assert rescue_word("học", [1], solver, frozenset("ấụ"), "sinh", "tập") is None
    # a letter the damaged lines print is mapped by the font: never a rescue
    assert rescue_word("cạp", [0, 1], solver, frozenset("ọụ"), "HĐND", "xã") is None
    # the case of the word is kept in a heading
    got = rescue_word("CẠP", [0, 1], solver, frozenset("ấ"), "UBND", "XÃ")
    assert got is not None and got[0] == "CẤP"


def test_the_next_word_decides_a_rescue_too():
    # 'sau đây  ọi tắt là': 'ghi tắt' and 'gọi tắt' both follow 'đây'; 'tắt' after it decides
    lex = lexicon()
    solver = GlyphSolver(DocumentLM(INTACT, lex), {"g": 0.0, "h": 0.0}, fill_cost=1.0)
    assert rescue_word("ghi", [0, 1], solver, frozenset("ọ"), "đây", "tắt") == ("gọi", "ọ")


def test_a_formula_symbol_keeps_its_space_in_a_damaged_line():
    lines = [
        "Mức hỗ trợ di dời (tính cho 01 tấn trọng lượng) được xác định như sau:",
        lose("M = (1.500.000 đồng x P) x K; trong đó:", "o"),
        lose("Công tác nội chính, các xã, phường, thị trấn có trách nhiệm báo cáo", "ôáaịc"),
        lose("Tổng hợp kết quả thực hiện các nhiệm vụ trọng tâm của các phòng", "ôáaịc"),
        "M: Mức hỗ trợ di dời; P: trọng lượng vật nuôi (tấn); K: hệ số.",
    ]
    out = repaired("\n".join(lines))
    assert out[1].startswith("M = (1.500.000 đồng x P)")


def test_a_unit_of_area_is_no_legacy_encoding():
    # '(m²)' read as VISCII is 'mỗ', a syllable: the clean Unicode was rewritten
    assert token_evidence("(m²)", "viscii")[0] == -1
    assert token_evidence("km²", "viscii")[0] == -1
    assert token_evidence("m²i", "viscii")[0] == 1  # a letter after it: VISCII 'mỗi' it may be
    text = "Mức bồi thường bằng khối lượng thực tế đo đếm (m²) nhân với đơn giá; ao 20 m³ nước.\n"
    assert repaired(text)[0] == text.rstrip("\n")


def test_a_number_gap_never_takes_a_digit_its_line_prints():
    # the font of 'Điều 1 , Điều 17' prints '7': the gap is another digit, not 'Điều 17'
    intact = ["Căn cứ Điều 17 và Điều 23 Nghị định số 08/2015/NĐ-CP của Chính phủ."]
    numbers = DocumentNumbers(intact, {0}, {"6", "7", "3"})
    assert numbers.fills("Điều 1 , Điều 17, Điều 2 , Điều 24 Nghị định số 08/2015/NĐ-CP;") == [(24, "3")]


def test_a_number_before_a_code_is_that_documents_number_or_nothing():
    intact = ["Thực hiện Nghị quyết số 50-NQ/TU ngày 19/7/2021 của Ban Thường vụ Tỉnh ủy.",
              "Quyết định số 1775/QĐ-TTg ngày 21 tháng 11 năm 2012 của Thủ tướng."]
    numbers = DocumentNumbers(intact, {0, 1}, {"1", "5", "7"})
    # '10-NQ/TW' lost its '1': the printed '50-NQ/TU' is another document's number
    assert numbers.fills("- Nghị quyết số  0-NQ/TW của Bộ Chính trị về định hướng") == []
    # the same code, even with a lost letter of its own ('QĐ-TT ' lost its 'g'), fits
    assert numbers.fills("| Số:    5/QĐ-TT  | Hà Nội |") == [(6, "1"), (7, "7"), (8, "7")]


def test_a_name_printed_intact_elsewhere_is_read_into_its_damaged_copy():
    lex = lexicon()
    texts = ["Xây dựng hệ thống xử lý nước thải tại Cụm công nghiệp Bắc Văn Yên và Khánh Yên Thượng.",
             lose("trung tại 04 cụm công nghiệp Bắc Văn Yên; Cụm công nghiệp Khánh Yên Thượng", "ăợ")]
    names = DocumentNames(texts, {0}, {"ă": 0.0, "ợ": 0.0}, lex)
    fills = dict(names.fills(texts[1]))
    assert "ă" in fills.values() and "ợ" in fills.values()
    chars = list(texts[1])
    for col, x in fills.items():
        chars[col] = x
    assert "Bắc Văn Yên" in "".join(chars) and "Khánh Yên Thượng" in "".join(chars)
    # a capital is a glyph of its own: a sentence's 'Tại Việt Nam' is no name for ' ại'
    texts = ["Tại Việt Nam, hàng hóa chịu thuế theo quy định.", "kinh doanh và tiêu dùng  ại Việ  Nam là đối tượng"]
    names = DocumentNames(texts, {0}, {"t": 0.0}, lex)
    assert all(x != "T" for _c, x in names.fills(texts[1]))


def test_a_lone_code_after_a_number_word_is_a_digit():
    assert _takes_number("có hiệu lực từ ngày 25 tháng ")
    assert _takes_number("ngày 13 (cid:232)háng ")  # 'tháng' with its 't' a code
    assert _takes_number("Điều ")
    assert not _takes_number("tại điểm ")  # 'điểm a, b': a letter
    assert not _takes_number("(cid:1)(cid:2)(cid:3)(cid:4)g ")  # too little printed to tell
    texts = ["Quyết định này có hiệu lực thi hành từ ngày 25 tháng (cid:223) năm 2026.",
             "Giao (cid:70)ác sở, ngành (cid:70)hủ trì thực hiện (cid:70)ác nhiệm vụ."]
    mapping = solve_cid(texts, DocumentLM(INTACT, lexicon()), others=INTACT)
    assert mapping["223"].isdigit() and mapping["70"].lower() == "c"


def test_cid_digits_are_never_a_digit_their_number_prints_and_one_code_is_one_digit():
    texts = ["VÀ BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN (cid:78)0(cid:78)1-(cid:78)0(cid:78)(cid:188)"]
    assert _printed_beside(texts) == {"78": {"0", "1"}, "188": {"0", "1"}}
    others = ["Kết quả thực hiện giai đoạn 2021 - 2025 và kế hoạch năm 2025, 2026."]
    mapping = {"78": "1", "188": "1"}
    _vote_digits(texts, others, mapping, list("0123456789"))
    assert mapping == {"78": "2", "188": "5"}


def test_a_repeated_date_tells_a_lone_cid_digit():
    texts = ["2. Quyết định số 13/2024/QĐ-TTg ngày 13 tháng (cid:223) năm 2024 của Thủ tướng Chính phủ"]
    others = ["Quyết định số 13/2024/QĐ-TTg ngày 13 tháng 8 năm 2024 của Thủ tướng Chính phủ ban hành"]
    mapping = {"223": "5"}
    _vote_digits(texts, others, mapping, list("0123456789"))
    assert mapping["223"] == "8"


def test_an_article_heading_in_capitals_with_a_colon_gets_its_number():
    lines = [
        "ĐIỀU 1: CÁC ĐỊNH NGHĨA",
        lose("Nhằm những mục đích của Công ước này, các định nghĩa sau đây được áp dụng thống nhất.", "aáô"),
        lose("Các Bên phải bảo vệ hệ thống khí hậu vì lợi ích của các thế hệ hiện nay và mai sau.", "aáô"),
        lose("ĐIỀU 2: MỤC TIÊU", "2"),
        lose("Mục tiêu cuối cùng của Công ước này là ổn định nồng độ các khí nhà kính trong khí quyển.", "aáô"),
        "ĐIỀU 3: CÁC NGUYÊN TẮC",
        "Các Bên phải hợp tác để đẩy mạnh một hệ thống kinh tế quốc tế mở cửa và tương trợ.",
    ]
    assert repaired("\n".join(lines))[3] == "ĐIỀU 2: MỤC TIÊU"
