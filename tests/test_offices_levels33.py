"""levels33: a bare administrative level as a step's doer, and a text's effect clause without 'này'
(benchmarks/HISTORY.md, session 26, levels33; samples/gold/README.md, "A bare administrative level as a step's
doer" and "The effect clause of a Quyết định"):

- '– Cấp xã hoàn thành và báo cáo kết quả trước ngày ...;' names the level that does the step: the level is
  the office, as printed (pipeline/extract/barelevels.py); in a ';' row of levels each level is one; a level
  that receives, a body's own level, a described level, a table's column head and a later clause standing for
  the first clause's head are not;
- 'Điều 3. Quyết định có hiệu lực thi hành sau 10 ngày kể từ ngày ký.' is the effect clause as 'Quyết định
  này có hiệu lực ...' is: no task (pipeline/extract/tasks.py PREAMBLE_RE); 'Quyết định có hiệu lực pháp luật
  của Tòa án ...' names another decision.

Wordings after unseen26 ex2-ex4 and ex9 and the gazette corpus's report forms; the document texts invented."""
from __future__ import annotations

from tests.conftest import extracted_tasks

from pipeline.extract.offices import load_gazetteer, roles_in_sentence
from pipeline.extract.tasks import PREAMBLE_RE

GAZ = load_gazetteer()


def _doers(text: str) -> list[str]:
    return [r.office for r in roles_in_sentence(text, GAZ) if r.role in ("lead", "support")]


def test_a_bare_level_opening_its_step_is_the_doer_as_written():
    assert _doers("– Cấp xã hoàn thành và báo cáo kết quả trước ngày 16/01/2020;") == ["Cấp xã"]
    assert _doers("- Cấp huyện hoàn thành và báo cáo kết quả trước ngày 15/7/2015;") == ["Cấp huyện"]
    assert _doers("Cấp tỉnh tổng hợp từ báo cáo của cấp huyện, bổ sung một cột tên huyện.") == ["Cấp tỉnh"]
    row = ("Cụ thể: cấp phường, xã phải hoàn thành và báo cáo kết quả về cấp huyện trước ngày 1/6/2015; cấp quận, "
           "huyện phải hoàn thành và báo cáo kết quả về thành phố trước ngày 15/7/2015; cấp thành phố hoàn thành và "
           "báo cáo kết quả về Bộ Tài nguyên và Môi trường trước ngày 1/9/2015.")
    assert _doers(row) == ["cấp phường, xã", "cấp quận, huyện", "cấp thành phố"]


def test_what_is_no_bare_level_doer_stays_as_it_was():
    # a named body wins; a receiver, a described level, a column head and an elided head give no level
    assert _doers("UBND cấp xã hoàn thành và báo cáo kết quả trước ngày 16/01/2020;") == ["UBND cấp xã"]
    assert _doers("Sở Tài nguyên và Môi trường tổng hợp báo cáo về cấp huyện trước ngày 15/8/2015;") \
        == ["Sở Tài nguyên và Môi trường"]
    assert _doers("Cấp xã có 5 cán bộ địa chính.") == []
    assert _doers("Cấp tỉnh quản lý") == []
    assert _doers("Đại hội cấp huyện tổ chức trong tháng 9 và tháng 10.2020; cấp tỉnh dự kiến vào tháng 12.2020.") == []


def test_the_effect_clause_without_nay_is_no_task():
    for clause in ("Quyết định có hiệu lực thi hành sau 10 ngày kể từ ngày ký.", "Quyết định có hiệu lực kể từ ngày ký.",
                   "Quyết định này có hiệu lực kể từ ngày ký."):
        assert PREAMBLE_RE.match(clause), clause
    assert not PREAMBLE_RE.match("Quyết định có hiệu lực pháp luật của Tòa án hủy bỏ quyết định tuyên bố mất tích.")
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính của tỉnh.\n\n"
            "Điều 2. Sở Nội vụ có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện kế hoạch.\n\n"
            "Điều 3. Quyết định có hiệu lực thi hành sau 10 ngày kể từ ngày ký.\n")
    tasks = extracted_tasks(text)
    assert [t for t in tasks if t.text.startswith("Sở Nội vụ")]
    assert not [t for t in tasks if "hiệu lực" in t.text]
