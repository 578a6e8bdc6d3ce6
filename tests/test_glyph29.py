"""Lost digits of a date the repair left as gaps (session 26): a two-digit day or month the
font lost whole ('19/  /2024', 'ngày 26 tháng    năm 2003'), and a press item's date written
with a dash or without its year after a word of time ('Ngày  0-3,', 'ngày 26- 0,', 'sáng  2/3,').
Lines are written for the test in the shape real directives have; the damage is made the
way a font loses glyphs (each lost character printed as a space)."""

from pipeline.repair import glyphdigits
from pipeline.repair.glyphdigits import NumberGaps


# the damage maker, the fill applier and the intact lines are test_glyph7's (the same number reader)
from tests.test_glyph7 import INTACT, apply, lose  # noqa: E402

# the damaged font's other lines print every digit but '1' and '7'
PRINTS = "Căn cứ 0 2 3 4 5 6 8 9 của Tỉnh ủy"


def gaps_for(lost: str, *lines: str) -> NumberGaps:
    return NumberGaps(INTACT, [lose(t, lost) for t in lines] + [PRINTS])


def test_a_two_digit_month_lost_whole_is_read_when_one_month_fits():
    # '1' and '7' may be lost: the only month two of them make is 11
    glued = "Công điện số 118 ngày 19/11/2024 của Thủ tướng Chính phủ"
    spaced = "Căn cứ Luật Xây dựng ngày 26 tháng 11 năm 2003;"
    gaps = gaps_for("17", glued, spaced)
    assert gaps.candidates == {"1", "7"}
    assert apply(lose(glued, "17"), gaps.fills(lose(glued, "17"))).startswith("Công điện số   8 ngày 19/11/2024")
    assert "ngày 26 tháng 11 năm 2003" in apply(lose(spaced, "17"), gaps.fills(lose(spaced, "17")))
    # a day the same two digits make 11 or 17: left as it is
    day = lose("Quyết định số 630/QĐ-TTg ngày 11/5/2020", "17")
    assert apply(day, gaps.fills(day)).endswith("ngày   /5/2020")


def test_a_month_slot_is_read_only_where_the_date_shows_its_width():
    gaps = gaps_for("17", "ngày 19/11/2024")
    # a draft's blank date prints no day: no slot
    assert gaps.fills("Hà Nội, ngày    tháng    năm 2024") == []
    # a date with no year is read only after a word of time, before a mark
    assert apply("Ngày  8/  , tại xã Hiền Lương", gaps.fills("Ngày  8/  , tại xã Hiền Lương")) == \
        "Ngày 18/11, tại xã Hiền Lương"
    assert gaps.slot_fills("có 8/   hộ gia đình") == []


def test_two_digit_slots_switch(monkeypatch):
    line = lose("ngày 19/11/2024", "17")
    gaps = gaps_for("17", "ngày 19/11/2024")
    with monkeypatch.context() as mp:
        mp.setattr(glyphdigits, "TWO_DIGIT_SLOTS", False)
        assert gaps.slot_fills(line) == []
    assert gaps.slot_fills(line) == [(line.index("/  /") + 1, "1"), (line.index("/  /") + 2, "1")]


def test_a_press_date_with_a_dash_or_without_its_year():
    gaps = gaps_for("17", "Ngày 10-3")
    cases = {"Ngày 10-3, Văn phòng UBND tỉnh đã có văn bản": "Ngày 10-3,",
             "Trước thực trạng này, ngày 26-10, UBND tỉnh đã có Công văn": "ngày 26-10,",
             "Chiều 18-5, Thủ tướng đã có Công điện": "Chiều 18-5,",
             "trên địa bàn tỉnh, sáng 12/3, đồng chí Phó Chủ tịch": "sáng 12/3,"}
    for clean, want in cases.items():
        broken = lose(clean, "17")
        assert want in apply(broken, gaps.fills(broken)), clean
    # a dash between numbers that is no date ('5-10%'), or a day that two values fit
    for clean in ("Giảm 5-10% tỷ lệ mắc", "Chiều 3-1, Hội đồng nghĩa vụ quân sự"):
        broken = lose(clean, "17")
        assert apply(broken, gaps.fills(broken)) == broken, clean


def test_dash_dates_switch(monkeypatch):
    broken = lose("Chiều 18-5, Thủ tướng đã có Công điện", "17")
    gaps = gaps_for("17", "Chiều 18-5")
    with monkeypatch.context() as mp:
        mp.setattr(glyphdigits, "DASH_DATES", False)
        assert gaps.fills(broken) == []
    assert gaps.fills(broken) == [(broken.index(" 8-5") , "1")]


def test_a_plain_year_lies_at_most_a_few_years_after_the_documents_years(monkeypatch):
    # the intact lines print 2017 and 2018; '1', '3', '5', '7', '9' may be lost: a plain
    # 'năm 20 8' is 2018, not 2038; a target, a period's end or the document's own date
    # line may run further ahead, and stays open
    intact = ["Kế hoạch tuyển quân năm 2018 của huyện, thực hiện Nghị quyết năm 2017."]
    gaps = NumberGaps(intact, ["Căn cứ 0 2 4 6 8 của Tỉnh ủy"])
    assert gaps.candidates == {"1", "3", "5", "7", "9"}
    plain = "Huyện phát lệnh gọi công dân nhập ngũ năm 20 8 cho các xã"
    assert "năm 2018 cho" in apply(plain, gaps.fills(plain))
    for ahead in ("định hướng đến năm 20 0 của huyện", "Xuyên Mộc, ngày 5 tháng 2 năm 20 8"):
        assert NumberGaps(intact, ["Căn cứ 0 2 4 6 8 của Tỉnh ủy"]).fills(ahead) == [], ahead
    # a document printing one year only says too little
    few = NumberGaps(["Kế hoạch năm 2018 của huyện."], ["Căn cứ 0 2 4 6 8 của Tỉnh ủy"])
    assert few.fills(plain) == []
    with monkeypatch.context() as mp:
        mp.setattr(glyphdigits, "YEAR_AHEAD_CAP", False)
        assert NumberGaps(intact, ["Căn cứ 0 2 4 6 8 của Tỉnh ủy"]).fills(plain) == []
