"""Lost glyphs, session 9: a header's and closing's labels, the motto with a third of its
letters printed, a number the intact lines print read into its gap once the word beside it
is whole, a proper noun a list repeats preferred over a name printed once.  Every text here
is written for the test (not taken from a sample)."""
from __future__ import annotations

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair.glyphphrases import label_fills, phrase_fills
from pipeline.repair.glyphs import repair_glyphs


def _lose(line: str, lost: str) -> str:
    """The line as a font that lost ``lost`` prints it: each such character a space."""
    return "".join(" " if c in lost else c for c in line)


def _repair(lines: list[str]) -> list[str]:
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(lines)))
    return [ln.text for ln in repair_glyphs(doc, Config()).lines]


def test_label_fills_read_the_header_and_closing_labels():
    assert label_fills("S : /KH-UBND") == [(1, "ố")]
    assert label_fills("S :  5/2024/QĐ-UBND") == [(1, "ố")]
    assert label_fills("| S : 12/TB-VP | Hà Nội") == [(3, "ố")]
    assert label_fills("S  14-CT/TU") == [(1, "ố")]  # a Party document's 'Số 14-CT/TU'
    assert label_fills("- L  : VT, TH.") == [(3, "ư"), (4, "u")]
    assert label_fills("- L u: VP, KT (2).") == [(3, "ư")]
    assert label_fills("N i nh n:") == [(1, "ơ"), (6, "ậ")]
    assert label_fills("**K nh g i:** Ủy ban nhân dân các xã") == [(3, "í"), (8, "ử")]


def test_label_fills_leave_other_lines_alone():
    assert label_fills("Số: 45/KH-UBND") == []  # printed whole
    assert label_fills("- Lưu: VT.") == []
    assert label_fills("S : diện tích khu đất (m2)") == []  # a formula's symbol, no number after it
    assert label_fills("S 14-CT/TU") == []  # no gap
    assert label_fills("- L  : nội dung") == []  # no recipient in capitals after it
    assert label_fills("Thông báo số   /TB") == []  # not at the line's start
    assert label_fills("    : VT") == []  # the label's first letter lost too: nothing to go by


def test_motto_with_a_third_of_its_letters_and_a_trimmed_end():
    # a font that lost 'ộ c ậ o ạ n h ú': eight of eighteen letters printed, the line's
    # trailing spaces trimmed after 'p'
    line = _lose("Độc lập - Tự do - Hạnh phúc", "ộcậoạnhú").rstrip()
    fills = phrase_fills(line)
    out = list(line) + [" "] * (max(c for c, _x in fills) + 1 - len(line))
    for c, x in fills:
        out[c] = x
    assert "".join(out) == "Độc lập - Tự do - Hạnh phúc"
    # a word with none of its letters printed: not enough to go by
    assert phrase_fills(_lose("Độc lập - Tự do - Hạnh phúc", "ộcậoạnhHú")) == []


def test_a_damaged_label_alone_is_read_and_clean_labels_stay():
    clean = [
        "ỦY BAN NHÂN DÂN",
        "XÃ HÒA BÌNH",
        "Số: /KH-UBND",
        "KẾ HOẠCH",
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025 tại các thôn",
        "Nơi nhận:",
        "- Thường trực Đảng ủy xã;",
        "- Lưu: VT, VP.",
    ]
    damaged = list(clean)
    damaged[2] = _lose(clean[2], "ố")
    damaged[7] = _lose(clean[7], "ưu")
    assert damaged[2] == "S : /KH-UBND" and damaged[7] == "- L  : VT, VP."
    assert _repair(damaged) == clean
    assert _repair(clean) == clean


def test_a_number_printed_intact_fills_its_gap_beside_a_damaged_word():
    intact = [
        "Căn cứ Nghị quyết số 58/NQ-CP ngày 12/3/2025 của Chính phủ về cải cách thủ tục hành chính;",
        "Thực hiện Nghị quyết số 58/NQ-CP, các sở, ngành đã ban hành kế hoạch của đơn vị mình.",
        "Các đơn vị gửi báo cáo về Sở Nội vụ trước ngày 20 hằng tháng để tổng hợp.",
        "Sở Tài chính bảo đảm kinh phí thực hiện các nhiệm vụ được giao trong năm.",
        "Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc các đơn vị triển khai kịp thời.",
    ]
    heading = [
        "Theo Nghị quyết 58/NQ-CP, có 14 nhiệm vụ hạn thực hiện trong tháng 3, tháng 4 và tháng 6.",
        "Đến hết tháng 6, có 9 nhiệm vụ hoàn thành; các nhiệm vụ còn lại đang thực hiện trong hạn.",
        "Thời hạn hoàn thành các nhiệm vụ này được ghi tại Phụ lục kèm theo Kế hoạch thực hiện.",
    ]
    lost = "htàạ5"
    damaged = intact + [_lose(t, lost) for t in heading]
    assert damaged[5].startswith("T eo Ng ị quyế   8/NQ-CP")  # 'quyết' lost its 't' beside the gap
    out = _repair(damaged)
    assert "Nghị quyết 58/NQ-CP" in out[5]
    assert out[:5] == intact


def test_a_proper_noun_a_list_repeats_beats_a_name_printed_once():
    people = [
        ("Hoàng Văn Sinh", "Nam", 1980, "Tày"), ("Lý Thị Hoa", "Nữ", 1991, "Tày"),
        ("Triệu Tài Lộc", "Nam", 1975, "Dao"), ("Nông Văn Tuấn", "Nam", 1986, "Tày"),
        ("Vi Thị Hằng", "Nữ", 1994, "Tày"), ("Bàn Văn Quý", "Nam", 1983, "Dao"),
        ("Hà Văn Nam", "Nam", 1977, "Tày"), ("Lục Thị Mai", "Nữ", 1990, "Nùng"),
        ("Đinh Văn Cường", "Nam", 1979, "Tày"), ("Mã Thị Lan", "Nữ", 1996, "Tày"),
    ]
    rows = [f"{k}. {n} - {s}, {y}, {e} - Công chức văn phòng Đảng ủy xã" for k, (n, s, y, e) in enumerate(people, 1)]
    lost = "yhaơiê"
    damaged = rows[:6] + [_lose(r, lost) for r in rows[6:]]
    assert ", Tà  -" in damaged[6]
    out = _repair(damaged)
    # 'Tà ' fits 'Tày' (printed four times in the intact rows) and 'Tài' (once, in 'Triệu
    # Tài Lộc'); the model alone reads 'Tài'
    for k in (6, 8, 9):
        assert ", Tày -" in out[k], out[k]
    assert out[:6] == rows[:6]


def _codes(line: str, codes: dict[str, int]) -> str:
    """The line as a font with ``codes`` prints it: each such character a '(cid:NN)'."""
    return "".join(f"(cid:{codes[c]})" if c in codes else c for c in line)


def test_formula_pins_read_the_codes_a_fixed_formula_holds():
    from pipeline.repair.glyphs import formula_pins
    codes = {"ă": 146, "ố": 77, "ư": 12, "u": 5}
    lines = [_codes(t, codes) for t in (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Số: /KH-UBND",
        "- Lưu: VT, VP.",
        "Các đơn vị xây dựng kế hoạch năm và báo cáo kết quả thực hiện.",
    )]
    assert lines[0].startswith("C(cid:146)n cứ")
    pins = formula_pins(lines)
    assert pins == {"146": "ă", "77": "ố", "12": "ư", "5": "u"}
    # no formula, no pin: a code the formulas do not read is left to the cipher
    assert formula_pins([_codes("Các đơn vị báo cáo kết quả.", codes)]) == {}


def test_cid_codes_of_the_legal_bases_read_as_can_cu():
    # a circular's heading font lost 't h g ự ă 9': 'ă' stands only in 'Căn' of its two
    # legal bases, where the cipher alone reads 'Cen' ('e' is a letter the model likes)
    codes = {"t": 33, "h": 121, "g": 165, "ự": 34, "ă": 146, "9": 12}
    clean = [
        "BỘ GIAO THÔNG VẬN TẢI",
        "Độc lập - Tự do - Hạnh phúc",
        "THÔNG TƯ",
        "Quy định về kiểm định an toàn kỹ thuật phương tiện thủy nội địa",
        "Căn cứ Luật Giao thông đường thủy nội địa số 23/2004/QH11 được sửa đổi, bổ sung bởi Luật số 48/2014/QH13;",
        "Căn cứ Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15;",
        "Theo đề nghị của Cục trưởng Cục Đăng kiểm Việt Nam;",
        "Bộ trưởng Bộ Giao thông vận tải ban hành Thông tư quy định về kiểm định phương tiện.",
        "Điều 1. Phạm vi điều chỉnh",
        "Thông tư này quy định việc kiểm định an toàn kỹ thuật và bảo vệ môi trường phương tiện thủy nội địa.",
    ]
    font = {1, 4, 5, 8}
    out = _repair([_codes(t, codes) if k in font else t for k, t in enumerate(clean)])
    assert out == clean


def test_second_round_year_needs_the_likely_digits_to_agree():
    # the fills showed '6' lost; '3' is missing from the damaged lines too though the
    # document prints it often: 'ngày 19/6/202 ' may be 2023 as well as 2026 -> a gap
    from pipeline.repair.glyphdigits import NumberGaps
    intact = ["Căn cứ Luật số 16/2023/QH15 ngày 19 tháng 6 năm 2023 của Quốc hội;",
              "Kế hoạch năm 2025 và năm 2026 của Ủy ban nhân dân tỉnh."]
    gaps = NumberGaps(intact, ["Căn cứ Luật số 1 /202 /QH15 ngày 19/ /202 ;"])
    line = "Căn cứ Nghị quyết ngày 19/6/202 ;"
    gaps.used = {"6"}
    gaps.likely = {"3"}
    assert gaps.fills(line, second=True) == []
    gaps.likely = set()
    # (session 19, YEAR_RIVALS: 2023 is printed intact and the damaged lines never print '3':
    # a rival year, so the gap stays unless the rule is off)
    assert gaps.fills(line, second=True) == []
    from pipeline.repair import glyphdigits
    old, glyphdigits.YEAR_RIVALS = glyphdigits.YEAR_RIVALS, False
    try:
        assert [x for _c, x in gaps.fills(line, second=True)] == ["6"]
    finally:
        glyphdigits.YEAR_RIVALS = old


def test_second_round_month_lost_whole(monkeypatch):
    # 'Luật ... ngày 19 tháng 6 năm 2015' printed by a font that lost '6' (the month's one
    # digit gone whole): once the fills showed '6' lost and no other digit is missing
    # from the damaged lines, the month is June; with '7' missing too it stays a gap.
    # (Off by default since session 11 round 2: measured, mostly wrong months; the gap
    # stays, see tests/test_glyph12.py; the rule itself is kept behind the flag)
    from pipeline.repair import glyphdigits
    from pipeline.repair.glyphdigits import NumberGaps
    gaps = NumberGaps(["Kế hoạch năm 2025 của Ủy ban nhân dân huyện."], ["ngày 19 tháng   năm 2015;"])
    line = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng   năm 2015;"
    gaps.used = {"6"}
    gaps.likely = set()
    assert gaps.fills(line, second=True) == []
    monkeypatch.setattr(glyphdigits, "SECOND_ROUND_SLOTS", True)
    fills = gaps.fills(line, second=True)
    assert fills == [(line.index("tháng") + 6, "6")]
    gaps.likely = {"7"}
    assert gaps.fills(line, second=True) == []


def test_a_header_wrapped_before_the_formulas_last_word_is_left_alone():
    # two-column headers wrap: 'Độc lập - Tự do - Hạnh' / 'phúc', '... CHỦ NGHĨA VIỆT' / 'NAM'
    assert phrase_fills("Độc lập - Tự do - Hạnh") == []
    assert phrase_fills("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT") == []
    assert phrase_fills("Độc lập - Tự do - Hạnh ph") == []
    lines = ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM", "Độc lập - Tự do - Hạnh", "phúc",
             "Số: 15/KH-UBND", "Kế hoạch tổ chức Tháng hành động vì an toàn thực phẩm năm 2025"]
    assert _repair(lines) == lines
