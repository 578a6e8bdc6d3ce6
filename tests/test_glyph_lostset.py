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
