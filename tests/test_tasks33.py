"""(tasks33, issue 5) Class (A): a body's step told with 'sẽ' in an item that asks no one, read with no frame
(extract/futuresteps.py, hooked in toldsteps.read_told_steps).  Texts: the development and pending gold's sentences
of the shape (benchmarks/futurestep_counts.py), a press report with one such step (pending eu2), and sentences of
the `pages` corpus that must stay unread (an event or a check in the passive, a result as subject, a question, a
purpose before a deed told done, a speaker's report)."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible, task_starting
from pipeline.extract.futuresteps import future_step


@pytest.mark.parametrize("text", [
    # pending eu2 (a report of the police's postings; its one step)
    "Trong tháng này, Công an các huyện, thị xã, thành phố sẽ tổ chức điều động cán bộ, chiến sĩ về các địa phương "
    "nhận nhiệm vụ.",
    # pending ef10 (a district's Party congress plan retold)
    "Các chi, Đảng bộ sẽ tiến hành xây dựng kế hoạch triển khai trong nội bộ, thành lập các tiểu ban, tập trung rà "
    "soát thực hiện tốt công tác nhân sự...",
    # development gold (an exam calendar retold; a link and a bound before the body)
    "Trước ngày 10/8, Vụ Giáo dục Đại học sẽ công bố điểm sàn.",
    "Theo đó, trước ngày 10/11/2020, UBND các huyện, thành phố sẽ báo cáo chính thức kết quả rà soát hộ nghèo, cận "
    "nghèo trên địa bàn về UBND tỉnh để tổng hợp báo cáo.",
    # a purpose before the body (a press item of the `pages` corpus, carry-over fk5's sentence, read after its
    # blind scoring at START)
    "Nhằm đảm bảo trật tự giao thông trên các tuyến đường nhân dịp lễ 30/4, 1/5 và bảo vệ bầu cử đại biểu Quốc hội "
    "khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026, Cục CSGT sẽ huy động tối đa lực và bố trí lực lượng CSGT "
    "toàn quốc tuần tra kiểm soát, xử lý nghiêm các hành vi vi phạm trật tự an toàn giao thông (TTATGT).",
])
def test_a_body_s_step_with_se(text, gaz):
    assert future_step(text, gaz)


@pytest.mark.parametrize("text", [
    "Các bệnh viện công và tư sẽ được kiểm tra và chỉ ra những tồn tại thiếu sót để khắc phục.",  # the passive
    "Việc kiểm tra sẽ bắt đầu trong vòng 2 tuần kể từ đầu tuần sau.",  # an activity as subject, no body
    "Kết quả kiểm tra sẽ là cơ sở để Sở Y tế TP.HCM tiến hành đánh giá chất lượng bệnh viện.",  # a result, 'là'
    "Dự kiến, Lễ ra quân Chiến dịch sẽ diễn ra vào ngày 28/6/2020.",  # an event
    "Chiến dịch Thanh niên tình nguyện Hè 2016 sẽ diễn ra từ 1/6 đến 31/8.",  # a campaign's span: no body
    "Trước tình hình đó, Công an thành phố sẽ có những biện pháp và nhiệm vụ gì để đảm bảo an ninh, an toàn cho đời "
    "sống người dân trong dịp tết?",  # a question, 'sẽ có'
    "Để bảo đảm an toàn cho nhân dân và du khách, Công an tỉnh đã huy động lực lượng, triển khai đồng bộ các phương "
    "án.",  # a purpose before a deed told done
    "Ông Nguyễn Văn A cho biết, thời gian tới UBND huyện sẽ tiếp tục rà soát các hộ nghèo.",  # a speaker's report
    "UBND xã đã và sẽ tiếp tục vận động người dân tham gia.",  # a tense word
    # (development gold: a risk, 'cũng sẽ có')
    "HCM trước đây là một trong những trọng điểm đua xe, vì thế đến nay cũng sẽ có nguy cơ bùng phát tình trạng này.",
])
def test_no_future_step(text, gaz):
    assert not future_step(text, gaz)


def test_a_report_s_one_step_read_with_its_doers(tmp_path):
    """Pending eu2's shape: a report told with 'đã' around one step with 'sẽ' (no frame, no ask): the step is a
    task, its body the office; the deeds told done stay reports."""
    text = ("Ngày 21.2, Công an tỉnh đã quyết định điều động công an chính quy đảm nhiệm các chức danh công an tại 69 "
            "xã trong tỉnh.\n\n"
            "Trong tháng này, Công an các huyện, thị xã, thành phố sẽ tổ chức điều động cán bộ, chiến sĩ về các địa "
            "phương nhận nhiệm vụ.\n\n"
            "Đây là đợt thứ ba Công an tỉnh điều động công an chính quy về các xã. Đến nay, tất cả 188 xã, thị trấn "
            "và 47 phường trong tỉnh đã có công an chính quy.\n")
    doc = process_text(tmp_path, text)
    task_starting(doc, "Trong tháng này, Công an các huyện")
    assert any("Công an các huyện" in o for o in responsible(doc, "Trong tháng này, Công an các huyện"))
    assert not [t for t in doc.tasks if t.text.startswith(("Ngày 21.2", "Đến nay"))]
