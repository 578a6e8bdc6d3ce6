"""points34 (session 34, issue 5): two of measure34's unseen33 classes, built where the counts of every labelled text
(benchmarks/points34_counts.py) support a rule; never on the standing sets' texts.

- K4: a bare duty modal after an addition marker ('Bên cạnh đó, cần ...', 'Đồng thời, cần ...', 'Ngoài ra cần ...')
  opens the point as the marker alone or the modal alone does; with it (S1) a lowercase 'số.' ends its sentence.
- T2: a time sentence under its task that names the work with a relative term ('Thời hạn nộp hồ sơ chậm nhất là 45
  ngày kể từ ...') or with a comma inside the work's name is that task's time, not a task of its own.
Texts: development yb1, pending fg2, deadline_phrases dp3322, the gazette corpus (Luật Bảo hiểm xã hội's
consolidated text, Thông tư 22/2022/TT-BKHĐT).
"""
from __future__ import annotations

from pipeline.config import Config
from pipeline.extract import extract
from pipeline.extract.sentences import split_sentences
from pipeline.extract.tasks import TIME_SENTENCE_RE, opens_on_a_duty
from pipeline.model import Document, Header, lines_from_text
from pipeline.structure import structure

from conftest import SAMPLES


def _tasks(text: str):
    doc = Document(doc_id="t", lines=lines_from_text(text))
    doc = structure(doc, Config(ocr=False))
    if doc.header is None:
        doc.header = Header()
    return extract(doc, Config(ocr=False)).tasks


OB17 = ("Tổng Cục Đường bộ Việt Nam đã gửi văn bản đến Sở GT-VT các tỉnh, thành phố về công tác bảo đảm trật tự, ATGT và "
        "ứng phó mưa bão năm 2022. Theo đó, Tổng Cục Đường bộ Việt Nam đề nghị Sở GT-VT các tỉnh, thành phố cần tăng cường "
        "công tác quản lý, bảo trì kết cấu hạ tầng giao thông đường bộ. Bên cạnh đó, cần xây dựng phương án, chuẩn bị vật "
        "tư, phương tiện thiết bị và bố trí cán bộ, lãnh đạo thường trực để thực hiện công tác bảo đảm giao thông, khắc phục "
        "kịp thời hư hỏng công trình đường bộ và tại các thời điểm ùn tắc giao thông.\n")


def test_marker_then_bare_modal_opens_a_duty():
    # office_spans ob17-037's text (Báo Bà Rịa - Vũng Tàu, 2022): read as no duty of its own at START
    assert opens_on_a_duty("Bên cạnh đó, cần xây dựng phương án, chuẩn bị vật tư, phương tiện thiết bị và bố trí cán bộ, "
                           "lãnh đạo thường trực để thực hiện công tác bảo đảm giao thông.")
    # the class's wording (measure34's K4): the marker alone and the modal alone were read before, the two together
    # now are
    assert opens_on_a_duty("Bên cạnh đó, cần tăng cường công tác tuyên truyền, phổ biến pháp luật.")


def test_follower_with_bare_modal_carries_the_ask_addressee():
    # right after the ask it was read before too (by the follower readers); the addressee carried on is kept
    tasks = _tasks(OB17)
    step = next(t for t in tasks if t.text.startswith("Bên cạnh đó, cần xây dựng"))
    assert [o.office for o in step.offices] == ["Sở GT-VT các tỉnh, thành phố"]


def test_marker_then_modal_of_a_state_is_no_duty():
    # pending fg2 (Hải Dương's criteria for congress delegates): 'phải là người ...' is a criterion, no act
    assert not opens_on_a_duty("Đồng thời phải là người đạt một trong các tiêu chuẩn sau: được Nhà nước phong tặng danh hiệu Anh hùng;")
    # a report after the marker stays a report
    assert not opens_on_a_duty("Bên cạnh đó, còn một số hạn chế trong công tác tuyên truyền.")


def test_lowercase_so_ends_its_sentence():
    # development yb1 (Nghị quyết 03/NQ-CP's programme): 'chuyển đổi số.' closes a point and the next opens
    line = next(ln for ln in (SAMPLES / "text" / "yb1_cp_nq03_ctrhanhdong_nq57_phuluc_2025_excerpt.txt")
                .read_text(encoding="utf-8").splitlines() if "chuyển đổi số. Chú trọng" in ln)
    pieces = [line[a:b].strip() for a, b in split_sentences(line)]
    assert any(p.endswith("chuyển đổi số.") for p in pieces)
    assert any(p.startswith("Chú trọng biểu dương") for p in pieces)


def test_relative_term_sentence_is_the_time_of_its_task():
    # the gazette corpus: a procedure's time limit right after the duty it times (none of them read so at START)
    for t in ("Thời hạn nộp hồ sơ chậm nhất là 45 ngày kể từ ngày trở lại làm việc.",
              "Thời hạn cơ quan được đánh giá có ý kiến phản hồi là 15 ngày làm việc kể từ ngày nhận được dự thảo báo cáo.",
              "Thời gian bổ sung, sửa đổi hồ sơ là 15 ngày kể từ ngày nhận được văn bản thông báo.",
              "Thời gian xem xét, giải quyết không quá 30 ngày kể từ ngày nhận được bản khai."):
        assert TIME_SENTENCE_RE.match(t), t
    # a period of the text's own stays outside
    assert not TIME_SENTENCE_RE.match("Thời gian tới là 15 ngày kể từ ngày nhận được văn bản này.")


def test_comma_list_time_sentence_needs_a_bound():
    # (measure34's T2 wording) a list with a comma in the work's name, then a bound and a day
    assert TIME_SENTENCE_RE.match("Thời gian nộp và bàn giao bản kê khai tài sản, thu nhập về Thanh tra tỉnh trước ngày 28/1/2024…")
    # an event's bare day after a comma list is no bound of the work before it
    assert not TIME_SENTENCE_RE.match("Thời gian kiểm tra, đánh giá năng lực học sinh vào ngày 7/6.")


def test_procedure_time_is_no_task_of_its_own():
    # Nghị quyết 66.16/2026/NQ-CP (the gazette corpus): the duty, then its time limit; one task, no day
    tasks = _tasks("Trong thời hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ, Sở Nông nghiệp và Môi trường có trách nhiệm "
                   "kiểm tra và thông báo bằng văn bản cho tổ chức đề nghị công nhận vùng nông nghiệp ứng dụng công nghệ cao về "
                   "tính đầy đủ, hợp lệ của hồ sơ. Thời gian bổ sung, sửa đổi hồ sơ là 15 ngày kể từ ngày nhận được văn bản "
                   "thông báo.\n")
    assert [t.text[:22] for t in tasks] == ["Trong thời hạn 03 ngày"]
    assert tasks[0].deadline is None  # relative terms: no day
