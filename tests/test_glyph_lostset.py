"""Lost glyphs: inferring which characters a font lost from the document's own lines.

The lines here are written for the tests in the shapes real documents have (a weekly
schedule in a '|' table, a gazette header); the damage is made the way a font loses
glyphs: each character of the lost set printed as a space."""

from pipeline.repair.glyphs import damaged_printed, fragment_spans, fragments
from pipeline.repair.lexicon import lexicon


def lose(text: str, lost: str) -> str:
    """``text`` as a font that lost ``lost`` prints it."""
    return "".join(" " if c in lost else c for c in text)


def test_times_units_and_slash_abbreviations_are_no_fragments():
    # a schedule row: times ('15h30'), units ('12km'), 'Đ/c' and 'b/c' are how the
    # document writes them, not words a lost glyph cut
    row = "| Thứ 5 | 15h30 | Làm việc với Đ/c Hùng về b/c tuyến đường 12km | Phòng KT | |"
    assert fragments(row) == 0
    # a word cut next to a slash still shows ('242/Ng y' = '242/Ngày' with 'à' lost)
    assert fragments("CÔNG BÁO/Số 242/Ng y 22-04-2026") == 1
    # and the damaged words of the same row do too
    assert fragments(lose(row, "àòư")) >= 3


def test_printed_letters_are_weighed_by_damage_not_counted_by_line():
    """A schedule prints names the word lists lack ('Đắk Mol', 'Ea Súp') in many clean rows:
    each has two fragments, as a lightly damaged line has.  Counted one a line they
    outvoted the few rows the damaged font set, and the letters they print ('a', 'o')
    passed for letters that font maps."""
    lex = lexicon()
    clean = [
        "| | 08h00 | Kiểm tra tiến độ tại xã Đắk Mol | Đ/c Hòa - PCT | Đắk Mol | |",
        "| | 13h30 | Làm việc tại xã Ea Súp về giải phóng mặt bằng | Đ/c Tâm | Ea Súp | |",
        "| | 07h30 | Dự họp tại thôn Đắk Lao | Đ/c Sơn - CVP | Đắk Lao | |",
        "| | 14h00 | Đi cơ sở xã Ea Kly | Đ/c Hòa - PCT | Ea Kly | |",
        "| | 09h00 | Tiếp dân tại Đắk Sor | Đ/c Tâm | Đắk Sor | |",
    ]
    damaged = [lose(t, "aoyáư") for t in (
        "| | 08h00 | Họp bàn kế hoạch xây dựng đường giao thông nông thôn mới của huyện | Đ/c Sơn |",
        "| | 14h00 | Giám sát trách nhiệm của UBND xã về việc bố trí kinh phí cho Ban thanh tra |",
        "| | 07h30 | Tham gia đoàn kiểm tra đánh giá tiến độ xã nông thôn mới theo Kế hoạch số 108 |",
    )]
    texts = clean + damaged
    cands = {k: v for k, t in enumerate(texts) if (v := fragment_spans(t, lex))}
    assert all(2 <= len(cands[k]) <= 4 for k in range(len(clean)))  # a name or two each
    printed = damaged_printed(texts, cands, share=0.45)
    assert not {"a", "o", "á"} & printed  # the font lost them: only the clean rows print them
    assert {"h", "n", "t"} <= printed  # and the damaged rows print these


def test_the_date_formula_fills_its_words_and_keeps_its_slots_for_digits():
    from pipeline.repair.glyphphrases import date_fills

    def filled(line: str) -> str:
        fills, _slots = date_fills(line)
        chars = list(line)
        for col, x in fills:
            chars[col] = x
        return "".join(chars)

    # a header date whose font lost 'n', 'g', 'à', 'á' and a digit
    assert filled("Bắc Ninh,  gày 1  th    10 năm 2025") == "Bắc Ninh, ngày 1  tháng 10 năm 2025"
    # an unsigned draft: day and month left blank; the blanks are slots, never words
    line = "Cà Mau, n  y        t  ng        năm 2027"
    fills, slots = date_fills(line)
    assert filled(line) == "Cà Mau, ngày        tháng        năm 2027"
    assert {line.index("y") + 2, line.index("năm") - 2} <= slots
    # capitals, in a citation's heading
    assert filled("NGHỊ QUYẾT SỐ 12 NG Y 03 T ÁNG 5 NĂM 2024") == "NGHỊ QUYẾT SỐ 12 NGÀY 03 THÁNG 5 NĂM 2024"
    # an intact date, and words that only look like it, are left alone
    assert date_fills("ngày 30 tháng 4 năm 2025")[0] == []
    assert date_fills("hay 5 tháng nữa năm 2020") == ([], set())
    # a day and a month each lost whole: two readings differ, so nothing is said
    assert date_fills("N   1  T    1  N   2023") == ([], set())


def test_letters_an_earlier_fill_restored_are_not_printed_by_the_font():
    """The date formula restores 'ngày' before the search; the 'y' it wrote is no letter
    the font prints (a fill with a letter the line prints costs more), so the search
    reads the line as the font printed it."""
    from pipeline.repair.glyphs import GlyphSolver
    from pipeline.repair.lexicon import DocumentLM

    lex = lexicon()
    dlm = DocumentLM(["Các công ty cổ phần báo cáo tình hình tài chính năm 2024."] * 5, lex)
    solver = GlyphSolver(dlm, {"g": 0.0, "t": 0.0, "y": 0.0}, fill_cost=1.0, allow_bare=True, max_fills=4)
    raw = lose("Ngày 26 tháng 3 năm 2019, có 80 công ty cổ phần", "gty")
    restored = "Ngày 26 tháng 3 năm 2019" + raw[len("Ngày 26 tháng 3 năm 2019"):]
    as_printed = solver.solve(restored, printed=raw)
    as_written = solver.solve(restored)
    assert as_printed.text.endswith("công ty cổ phần")
    # the 'y' and 't' of 'công ty' pay the printed letter's price only when the restored
    # words are taken for the font's own
    assert as_printed.score > as_written.score + 2


def test_a_rare_letter_the_damaged_lines_never_print_is_a_cheaper_fill():
    """A font's rarer lost letters ('ồ' of 'Đồng ý') turn up once in a short document's few
    damaged lines: too seldom for the first pass to name them.  Their absence from the
    damaged lines, where about one was due, still makes them likelier fills than a letter
    nothing names; a letter those lines print keeps its cost."""
    from pipeline.repair.glyphs import _adjust_by_presence

    lex = lexicon()
    intact = ["Ủy ban nhân dân tỉnh đồng ý chủ trương đầu tư xây dựng công trình giao thông nông thôn.",
              "Sở Giao thông vận tải chủ trì, phối hợp với các sở, ngành liên quan triển khai thực hiện.",
              "Các đơn vị tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15/12."] * 3
    damaged = [lose(t, "acồạ") for t in (
        "1. Đồng ý chủ trương chuyển giao nguyên trạng khu văn hóa - du lịch cho thành phố quản lý.",
        "2. Giao Ủy ban nhân dân thành phố tiếp nhận, quản lý, khai thác có hiệu quả khu văn hóa.",
        "3. Các bộ, ngành liên quan phối hợp hướng dẫn, hỗ trợ việc bàn giao và tiếp nhận.")]
    texts = intact + damaged
    cands = {k: v for k, t in enumerate(texts) if (v := fragment_spans(t, lex))}
    from pipeline.repair.glyphs import MAX_HINTS

    costs: dict[str, float] = {"a": 0.0, "c": 0.0}
    _adjust_by_presence(costs, texts, cands)
    hinted = {c for c, v in costs.items() if 1.0 < v < 6.0}
    # letters never printed by the damaged lines, the most due first, a few at most
    assert hinted and len(hinted) <= MAX_HINTS
    assert not any(c in t for c in hinted for t in damaged)
    assert "ư" not in costs and "ý" not in costs  # printed there: the font maps them


def test_a_schedule_heading_gets_its_years_and_a_table_cell_keeps_its_padding():
    """A weekly schedule whose heading font lost 'a', 'h', 't' and '2': the heading in
    capitals keeps its letters and only its years show the damage ('04/3/ 0 5'); the
    clean rows (times, names, room numbers) print every digit and are no evidence of
    which digits the font lost; a number before a cell bar ('tầng 1 |') is whole."""
    from pipeline.config import Config
    from pipeline.model import Document, lines_from_text
    from pipeline.repair.glyphs import repair_glyphs

    clean_rows = [
        "| Thứ 2 | 07h30 | Họp giao ban đầu tuần | Đ/c Hoàng - CT UBND | Phòng họp tầng 1 | |",
        "| | 14h00 | Làm việc với xã Ea Tul về công tác giải ngân vốn | Đ/c Sơn - PCT | Ea Tul | |",
        "| Thứ 3 | 08h00 | Tiếp công dân định kỳ năm 2025 | Đ/c Hoàng | Phòng tiếp dân tầng 1 | |",
        "| | 13h30 | Kiểm tra tiến độ công trình tại xã Cư Pui | Đ/c Sơn - PCT | Cư Pui | |",
        "| Thứ 4 | 07h30 | Dự hội nghị triển khai nhiệm vụ năm 2025 | Đ/c Hoàng | UBND tỉnh | |",
        "| | 14h00 | Họp Ban chỉ đạo phòng chống thiên tai | Đ/c Sơn | Phòng họp tầng 1 | |",
    ]
    damaged_rows = [lose(t, "aht2") for t in (
        "| Thứ 5 | 08h00 | Làm việc với Thanh tra tỉnh về kết quả thanh tra đất đai | Đ/c Thanh - PCT | Hội trường tầng 2 | |",
        "| | 14h00 | Họp thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới | Đ/c Thành | Phòng họp | |",
        "| Thứ 6 | 07h30 | Tham gia đoàn kiểm tra thực hiện chương trình mục tiêu | Đ/c Thanh | Các xã | |",
    )]
    heading = lose("LỊCH LÀM VIỆC TỪ NGÀY 04/3/2025 ĐẾN NGÀY 08/3/2025", "2")
    assert heading == "LỊCH LÀM VIỆC TỪ NGÀY 04/3/ 0 5 ĐẾN NGÀY 08/3/ 0 5"
    doc = Document(doc_id="t", lines=lines_from_text("\n".join([heading] + clean_rows + damaged_rows)))
    out = [ln.text for ln in repair_glyphs(doc, Config()).lines]
    assert out[0] == "LỊCH LÀM VIỆC TỪ NGÀY 04/3/2025 ĐẾN NGÀY 08/3/2025"
    assert out[1:1 + len(clean_rows)] == clean_rows


def test_sub_item_and_article_numbers_from_the_numbering_around_them():
    from pipeline.repair.glyphs import _GAP_SUBLABEL, infer_article, infer_sublabel

    lines = ["II. NỘI DUNG", "1. Kỳ họp thứ nhất", "1.1. Báo cáo tình hình", "1.2. Tờ trình dự toán",
             "1. . Kế hoạch đầu tư công", "2. Kỳ họp thứ hai", "2. . Quyết toán ngân sách",
             "2.2. Báo cáo giám sát", "3. Kỳ họp thứ ba", " .1. Chương trình giám sát"]

    def guess(k: int) -> str | None:
        m = _GAP_SUBLABEL.match(lines[k])
        return infer_sublabel(lines, k, m.group(2).split("."))

    assert guess(4) == "1.3"  # one more than the sibling above
    assert guess(6) == "2.1"  # the first under its parent, one less than the sibling below
    assert guess(9) == "3.1"  # the parent's digit lost: the parent above says it
    # a gap the siblings do not fit ('1.2.' above, '1.3.' below: no value) says nothing
    assert infer_sublabel(["1.2. A", "1. . B", "1.3. C"], 1, ["1", " "]) is None
    arts = ["Điều 1. Phạm vi", "Điều 2. Đối tượng", "Điều  . Trách nhiệm", "Điều 4. Hiệu lực"]
    assert infer_article(arts, 2, 1) == "3"
    assert infer_article(["Điều 2. A", "Điều  . B", "Điều 5. C"], 1, 1) is None  # they disagree


def test_a_line_the_document_repeats_is_read_into_its_damaged_copy():
    from pipeline.config import Config
    from pipeline.model import Document, lines_from_text
    from pipeline.repair.glyphs import repair_glyphs

    header = "CÔNG BÁO/Số 415 + 416/Ngày 21-07-2025"
    body = ["Các bộ, ngành và địa phương triển khai thực hiện nghiêm các nhiệm vụ được giao.",
            "Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan hướng dẫn thực hiện."]
    damaged = lose(header, "ốy4")
    assert damaged == "CÔNG BÁO/S  415 + 416/Ngà  21-07-2025".replace("415", " 15").replace("416", " 16")
    text = "\n".join([damaged] + body + [header] + body + [header] + body)
    out = [ln.text for ln in repair_glyphs(Document(doc_id="t", lines=lines_from_text(text)), Config()).lines]
    assert out[0] == header
    # the clean lines stay as they are
    assert out[1:] == text.split("\n")[1:]


def test_a_four_letter_word_lost_whole_between_its_neighbours():
    """'Ủy ban nhân dân' in a font that lost 'n', 'h', 'â': 'nhân' is four spaces, a word
    with none of its letters printed; the run of spaces it stands in is its own size."""
    from pipeline.repair.glyphs import GlyphSolver
    from pipeline.repair.lexicon import DocumentLM

    lex = lexicon()
    dlm = DocumentLM(["Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành thực hiện."] * 4, lex)
    solver = GlyphSolver(dlm, {"n": 0.0, "h": 0.0, "â": 0.0}, fill_cost=1.0, allow_bare=True, max_fills=4)
    line = lose("Giao Ủy ban nhân dân các huyện chỉ đạo thực hiện", "nhâ")
    assert solver.solve(line).text == "Giao Ủy ban nhân dân các huyện chỉ đạo thực hiện"
    # a table's padding is no word: the run is far longer than one
    padded = "| Ủy ban          | dân |"
    assert solver.solve(padded).text == padded


def test_a_schedule_time_that_lost_its_h():
    from pipeline.repair.glyphs import DocumentTimes

    intact = ["| Thứ 2 | 07h30 | Giao ban | Đ/c Minh |", "| | 14h00 | Tiếp dân | Đ/c Lan |"]
    times = DocumentTimes(intact, {"h": 0.0, "a": 0.0})
    line = "| | 09 15 |  ọp  ội đồng | Đ/c Min  |"
    assert times.fills(line) == [(line.index("09") + 2, "h")]
    # the document must write its times that way, and the font must have lost 'h'
    assert DocumentTimes(intact, {"a": 0.0}).fills(line) == []
    assert DocumentTimes(["Họp lúc 9 giờ sáng"], {"h": 0.0}).fills(line) == []
    # not a count of hours or a share
    assert times.fills("kéo dài 10 30 phút") == [] and times.fills("đạt 12 50 %") == []


def test_a_fragment_line_also_joins_two_rare_words_around_a_lost_letter():
    """'Gi o Sở Kế hoạch ... liên qu n': the line shows a fragment ('qu'), and its first two
    words are syllables of their own ('gi', 'o'), rare ones, with a lost 'a' between them.
    The join is searched on fragment lines too, not only on lines whose words all look whole."""
    from pipeline.repair import repair_text

    clean = [
        "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
        "Công văn nêu rõ: UBND tỉnh nhận được Công văn số 214/BTC-NSNN của Bộ Tài chính về việc báo cáo tình hình giải ngân vốn.",
        "Giao các sở, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã; các Ban quản lý dự án báo cáo tình hình thực hiện.",
        "Giao Sở Tài chính chủ trì phối hợp với các đơn vị liên quan tổng hợp chung báo cáo.",
        "Yêu cầu các cơ quan, đơn vị khẩn trương thực hiện, báo cáo kết quả trước ngày 25/5/2019.",
        "Giao các sở tổ chức thực hiện nghiêm túc nội dung trên.",
    ]
    broken = clean[:1] + [lose(t, "a") for t in clean[1:5]] + clean[5:]
    assert broken[3].startswith("Gi o Sở") and " qu n " in broken[3]
    doc = repair_text("\n".join(broken))
    assert [ln.text for ln in doc.lines][3] == clean[3]
