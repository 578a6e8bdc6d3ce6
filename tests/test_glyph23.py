"""Session 20 (issue #3): a word that lost its last letter right before a closing mark.

The lost-glyph corruption turns each lost character into a space, so a word that lost its
last letter before a comma, a full stop, a semicolon or a closing quote leaves a single
space between its letters and the mark ('tại chuồn , không', 'hiếm cá .', 'thách thức;
son , được').  The search priced a space left over inside a run of spaces, but this single
space cost nothing, so a shorter syllable ('chuồn', 'son', 'cá') won over the word whose
letter the space is.  A document whose intact lines never leave a space before such a mark
does not leave one in its damaged lines either (:func:`pipeline.repair.glyphs.tight_before_marks`,
GlyphSolver.mark_gap_cost)."""
import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import glyphs
from pipeline.repair.glyphs import repair_glyphs, tight_before_marks

_INTACT = [
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành và địa phương tổ chức thực hiện nghiêm túc các nội dung sau đây.",
    "Các cơ quan, đơn vị tăng cường kỷ luật, kỷ cương hành chính, đưa công tác cải cách hành chính đi vào nền nếp.",
    "Thủ trưởng các cơ quan chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện nhiệm vụ được giao.",
]
_DAMAGED = ("Các địa phương hướng dẫn người chăn nuôi nhốt trâu bò tại chuồng, không chăn thả trâu, bò khi "
            "nhiệt độ xuống thấp; giữ khô nền chuồng, che chắn tránh gió lùa, đốt lửa sưởi ấm.")


def _lose(line: str, lost: str) -> str:
    return "".join(" " if c in lost else c for c in line)


def _repaired(lines: list[str]) -> list[str]:
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(lines)))
    return [ln.text for ln in repair_glyphs(doc, Config()).lines]


def test_the_intact_lines_say_whether_a_mark_follows_its_word():
    lost = {"g": 0.0, "t": 0.0, "â": 0.0}
    texts = _INTACT + [_lose(_DAMAGED, "gtâ")]
    assert tight_before_marks(texts, {3: [(0, 4)]}, lost)
    # a mark spaced anywhere in the intact lines: the source's habit, no evidence
    for spaced in ("Các đơn vị báo cáo kết quả thực hiện trước ngày 20 hằng tháng ./.",
                   "Thời gian thực hiện : quý I năm 2024", "tổ chức triển khai thực hiện ( theo phụ lục đính kèm ) ;"):
        assert not tight_before_marks(_INTACT + [spaced] + texts[3:], {4: [(0, 4)]}, lost), spaced
    # the damaged lines' own spaces are no evidence, nor too few intact words
    assert not tight_before_marks(_INTACT[:1], {}, lost)
    assert not tight_before_marks(_INTACT, {}, {})


def test_a_word_cut_before_its_mark_is_read_whole():
    out = _repaired(_INTACT + [_lose(_DAMAGED, "gtâ")])
    assert out[:3] == _INTACT
    assert "tại chuồng, không" in out[3] and "nền chuồng, che" in out[3], out[3]


def test_the_switch_restores_the_free_space(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(glyphs, "MARK_GAPS", False)
    assert glyphs.MARK_GAP_COST > 0
    out = _repaired(_INTACT + [_lose(_DAMAGED, "gtâ")])
    assert out[:3] == _INTACT


def test_clean_text_is_untouched():
    lines = _INTACT + [_DAMAGED]
    assert _repaired(lines) == lines
