"""Session 22 (issue #3): a short item the damaged font set nearly whole.

The search prices a space left over inside a run of spaces by the document's own spacing
habit, read from the lines another font printed (:func:`pipeline.repair.glyphs.single_spaced`,
:func:`pipeline.repair.glyphs.tight_before_marks`).  A press item of two or three long lines,
all of them in the damaged font, has no such lines: its habit was read as 'doubles spaces',
so a word lost whole ('chỉ đạo các lực lượng' printed 'chỉ đạ      lự  lượng') or a word
read shorter than its gap ('Châu Phi và  địa bàn' for 'vào') stayed.  Such a document is
now read with the habit of the language's directives (most never double a space):
:func:`pipeline.repair.glyphs.spacing_tight`, UNKNOWN_HABIT_TIGHT."""
import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import glyphs
from pipeline.repair.glyphs import repair_glyphs, spacing_tight

_INTACT = [
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành và địa phương tổ chức thực hiện nghiêm túc các nội dung sau đây.",
    "Các cơ quan, đơn vị tăng cường kỷ luật, kỷ cương hành chính, đưa công tác cải cách hành chính đi vào nền nếp.",
    "Thủ trưởng các cơ quan chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện nhiệm vụ được giao.",
]
# a press item's paragraph (Thủ tướng's telegram on drowning, 2024, as portals relayed it)
_ITEM = ("Thủ tướng yêu cầu Chủ tịch Ủy ban nhân dân tỉnh khẩn trương chỉ đạo các lực lượng nỗ lực tìm kiếm "
         "các em học sinh còn mất tích trong vụ đuối nước; tăng cường công tác phòng, chống đuối nước đối với "
         "trẻ em, học sinh; chỉ đạo các cơ sở giáo dục trên địa bàn quản lý chặt chẽ nhằm bảo đảm an toàn cho "
         "học sinh trong dịp nghỉ hè.")


def _lose(line: str, lost: str) -> str:
    return "".join(" " if c in lost else c for c in line)


def _repaired(lines: list[str]) -> list[str]:
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(lines)))
    return [ln.text for ln in repair_glyphs(doc, Config()).lines]


def test_too_few_intact_lines_read_as_the_language_spaces():
    lost = {"a": 0.0, "c": 0.0}
    damaged = _lose(_ITEM, "cao")
    # nothing intact to read: the language's habit
    assert spacing_tight([damaged], {0: [(0, 4)]}, lost)
    assert spacing_tight([damaged], {0: [(0, 4)]}, lost, marks=True)
    # an intact line that doubles a space (or spaces a mark) still says so, however short
    assert not spacing_tight(["Sở Tài chính;  Sở Nội vụ", damaged], {1: [(0, 4)]}, lost)
    assert not spacing_tight(["Thời gian thực hiện : quý I", damaged], {1: [(0, 4)]}, lost, marks=True)
    # enough intact words: their own reading, as before
    assert spacing_tight(_INTACT + [damaged], {3: [(0, 4)]}, lost)
    # no letter lost (digits only): no reading
    assert not spacing_tight([damaged], {0: [(0, 4)]}, {"1": 0.0})


def test_the_switch_keeps_the_old_reading(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(glyphs, "UNKNOWN_HABIT_TIGHT", False)
    assert not spacing_tight([_lose(_ITEM, "cao")], {0: [(0, 4)]}, {"a": 0.0, "c": 0.0})


def test_a_word_lost_whole_in_a_short_item_is_restored():
    out = _repaired([_lose(_ITEM, "caoá")])
    assert "chỉ đạo các lực lượng" in out[0], out[0]
    assert "tìm kiếm các em học sinh" in out[0], out[0]


def test_clean_text_is_untouched():
    assert _repaired([_ITEM]) == [_ITEM]
    assert _repaired(_INTACT + [_ITEM]) == _INTACT + [_ITEM]


# the space after a word whose last letter was a fill is that word's separator
# (glyphs.SEPARATOR_AFTER_FILL): 'củ  huyện' is 'của huyện', not 'củ chuyện'
_PLAN = ("Ủy ban nhân dân huyện đã hoàn thiện dự thảo Quy hoạch sử dụng đất đến năm 2030 của huyện "
         "Phước Sơn, thông báo tới các tổ chức, cá nhân nội dung dự thảo quy hoạch của huyện trên "
         "Cổng thông tin điện tử của huyện để lấy ý kiến.")


def test_a_word_that_lost_its_last_letter_before_a_run_keeps_it():
    out = _repaired(_INTACT + [_lose(_PLAN, "caoâá")])
    assert "của huyện" in out[3] and "chuyện" not in out[3], out[3]
    assert out[:3] == _INTACT


def test_the_separator_switch(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(glyphs, "SEPARATOR_AFTER_FILL", False)
    out = _repaired(_INTACT + [_lose(_PLAN, "caoâá")])
    assert out[:3] == _INTACT


# a short word before a left-over run in a single-spaced document takes the lost letter
# (glyphs.LEFT_OVER_TIGHT_SPACE_COST): 'ỷ lại và  nhà nước' is 'vào'
_ADVICE = ("Phát huy tinh thần chủ động khắc phục thiên tai, tránh tư tưởng trông chờ, ỷ lại vào nhà nước, "
           "nêu cao tinh thần tương thân, tương ái, giúp đỡ nhau trong hoạn nạn.")


def test_a_short_word_before_a_left_over_run_takes_the_lost_letter():
    out = _repaired(_INTACT + [_lose(_ADVICE, "oaá")])
    assert "ỷ lại vào nhà nước" in out[3], out[3]
    assert out[:3] == _INTACT


def test_a_run_wider_than_the_longer_word_keeps_the_short_one():
    # 'và 11 địa phương' in a font that lost '1': the run holds a number, not the 'o' of 'vào'
    line = ("Đoàn công tác đã kiểm tra tại tỉnh Cao Bằng và 11 địa phương khác trong khu vực, "
            "yêu cầu các địa phương tăng cường kiểm soát pháo nổ.")
    out = _repaired(_INTACT + [_lose(line, "oa1")])
    assert "vào" not in out[3], out[3]
    assert out[:3] == _INTACT
