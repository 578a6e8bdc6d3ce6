"""Sentences that report what was done, read as instructions (session 15, fact15, issue 5).

The aspect of the clause that governs the verbs decides: a completed marker in the head of the main
clause ('đã', 'vừa' before an act, an issuance with its number and day) scopes over every verb after
it -- a list, a serial chain, a parallel clause, and a subjectless sentence joined to it by 'Đồng
thời / Bên cạnh đó / Sau đó' -- unless a directive marker reopens the clause ('yêu cầu', 'đề nghị',
'giao', 'cần', 'phải', 'tiếp tục', 'sẽ', a speaker's 'thống nhất, chỉ đạo' at a meeting).  The
wordings are those counted in press and portal items (commune and district reports of an epidemic,
a province's three-year review of a Party directive, a department's half-year results, meeting
news, conclusion notices) and the unseen classes measure15 named, set in sentences written here.
A marker inside an object ('những kết quả đã đạt được'), a condition ('khi đã ...') or 'nhỏ và vừa'
governs nothing."""
from __future__ import annotations

import pytest

from conftest import process_text
from pipeline.extract.tasks import done_scope

REQUEST = "UBND huyện yêu cầu các xã, thị trấn khẩn trương triển khai các biện pháp phòng, chống dịch."
HEAD = "Tăng cường phòng, chống dịch bệnh\n\n" + REQUEST + "\n\n"


def _texts(doc):
    return [t.text for t in doc.tasks]


@pytest.mark.parametrize("report", [
    # 'đã' over a list whose cue stands late in it
    "UBND xã đã kiện toàn Ban Chỉ đạo phòng, chống dịch, phân công cán bộ phụ trách từng thôn; chỉ đạo các thôn rà soát, thống kê đàn vật nuôi.",
    "Ngày 5/3, UBND huyện đã họp Ban Chỉ đạo, thống nhất kế hoạch, chỉ đạo các xã rà soát, thống kê và tổ chức tiêm phòng cho đàn gia súc.",
    # a parallel clause shares the marker
    "Đáng chú ý là, Huyện ủy đã ra Công điện số 07, UBND huyện ra công điện số 14 chỉ đạo các xã tổ chức tiêm phòng.",
    # an issuance reported
    "Mới đây, Chủ tịch UBND tỉnh đã ký Quyết định số 2211/QĐ-UBND công bố dịch cúm gia cầm trên địa bàn.",
    "Ban Thường vụ Tỉnh ủy ban hành Kết luận số 71-KL/TU ngày 24/3/2016 về cơ chế hỗ trợ xây dựng nông thôn mới.",
    # a fronted clause, then the subject and the marker
    "Xác định công tác tuyên truyền là khâu quan trọng, Tỉnh ủy đã chú trọng chỉ đạo đẩy mạnh tuyên truyền trên báo chí.",
    "Trong năm qua, các địa phương đã triển khai nhiều mô hình hay, chỉ đạo các thôn xây dựng hương ước.",
])
def test_a_report_of_what_was_done_is_no_task(tmp_path, report):
    doc = process_text(tmp_path, HEAD + report + "\n")
    texts = _texts(doc)
    assert not any(t.startswith(report[:25]) for t in texts), texts
    assert any(t.startswith(REQUEST[:25]) for t in texts), texts


@pytest.mark.parametrize("follow", [
    "Đồng thời, tổ chức hội nghị quán triệt tới cán bộ chủ chốt; chỉ đạo các cấp ủy tăng cường quán triệt nội dung Chỉ thị.",
    "Bên cạnh đó, chỉ đạo các huyện ủy, thành ủy xây dựng kế hoạch thực hiện.",
    "Sau đó, tổ chức các đoàn kiểm tra tại một số huyện.",
])
def test_a_subjectless_sentence_joined_to_a_report_goes_on_with_it(tmp_path, follow):
    text = ("Ba năm thực hiện cuộc vận động\n\n"
            "Thực hiện Chỉ thị số 10-CT/TW ngày 15/12/2016 của Ban Bí thư, Tỉnh ủy đã ban hành Kế hoạch số 69-KH/TU "
            "ngày 17/3/2017 về triển khai thực hiện Chỉ thị. " + follow + "\n")
    doc = process_text(tmp_path, text)
    assert _texts(doc) == [], _texts(doc)


@pytest.mark.parametrize("task", [
    # a directive marker reopens the clause after the marker
    "Những việc đã làm được cần được phát huy trong thời gian tới.",
    "Các xã đã hoàn thành tiêm phòng đợt 1 phải tiếp tục rà soát, tiêm bổ sung cho đàn vật nuôi mới.",
    "UBND huyện đã kiểm tra thực tế tại các xã, yêu cầu các xã khẩn trương khắc phục tồn tại.",
    # the marker inside the object of a directive verb
    "Tiếp tục phát huy những kết quả đã đạt được, tăng cường kiểm tra tại các xã.",
    # a speaker's conclusion at the meeting
    "Qua các ý kiến thảo luận, đồng chí Chủ tịch UBND xã đã thống nhất, chỉ đạo các bộ phận chuyên môn chủ động thực hiện.",
])
def test_a_reopened_or_embedded_marker_still_directs(tmp_path, task):
    doc = process_text(tmp_path, HEAD + task + "\n")
    assert any(t.startswith(task[:25]) for t in _texts(doc)), _texts(doc)


@pytest.mark.parametrize("lead", [
    "UBND tỉnh vừa có công văn chỉ đạo các sở, ngành, địa phương tăng cường phòng, chống dịch sởi.",
    "Chủ tịch UBND huyện đã ký văn bản hỏa tốc yêu cầu các xã khẩn trương di dời dân khỏi vùng nguy hiểm.",
])
def test_a_news_lead_reporting_its_own_document_still_directs(tmp_path, lead):
    doc = process_text(tmp_path, "Khẩn trương phòng, chống dịch\n\n" + lead + "\n")
    assert any(t.startswith(lead[:25]) for t in _texts(doc)), _texts(doc)


@pytest.mark.parametrize("sentence", [
    "Hỗ trợ doanh nghiệp nhỏ và vừa tham gia chuyển đổi số.",
    "Quán triệt cán bộ, giáo viên không lái xe khi đã uống rượu, bia.",
    "Tổ chức các đoàn giám sát tại các thôn, các điểm bỏ phiếu theo lịch trình đã đề ra.",
    "Căn cứ chương trình công tác năm đã được ban hành, các bộ xây dựng kế hoạch.",
    "Trường hợp đơn vị đã có văn bản thì không phải báo cáo lại.",
])
def test_a_marker_outside_the_head_of_the_clause_governs_nothing(sentence):
    assert not done_scope(sentence)


@pytest.mark.parametrize("sentence", [
    "UBND xã đã kiện toàn Ban Chỉ đạo, phân công cán bộ; chỉ đạo các thôn rà soát.",
    "Huyện ủy đã ra Công điện số 07, UBND huyện ra công điện số 14 chỉ đạo các xã tổ chức tiêm phòng.",
    "Thực hiện Chỉ thị số 10-CT/TW, Tỉnh ủy Lào Cai đã ban hành Kế hoạch số 69-KH/TU.",
    "Sở Y tế vừa tổ chức hội nghị tập huấn, chỉ đạo các bệnh viện chuẩn bị thuốc.",
])
def test_a_marker_in_the_head_scopes_over_the_clause(sentence):
    assert done_scope(sentence)


@pytest.mark.parametrize("sentence", [
    # the marker's own verb is the ask, with the bodies asked: a reported instruction (office_spans rows)
    "Bộ trưởng Bộ Công an cũng đã chỉ đạo Công an tỉnh và Công an thành phố tập trung điều tra, làm rõ vụ việc.",
    "Trước tình hình này, Bộ Nông nghiệp và PTNT vừa có văn bản chỉ đạo Chủ tịch UBND các tỉnh chấn chỉnh công tác phòng, chống dịch.",
    "Ngày 11/8/2020, Phó Chủ tịch UBND tỉnh đã ký ban hành văn bản số 2508/UBND-KGVX, chỉ đạo các sở, ban, ngành tăng cường phòng, chống dịch.",
    "Ủy ban MTTQ tỉnh vừa ban hành văn bản đề nghị MTTQ các huyện, thị xã kịp thời nắm bắt tâm tư của Nhân dân.",
    "Ban Chỉ đạo phòng chống dịch động vật huyện đã phân công các đồng chí thành viên phụ trách từng xã.",
    # 'Theo đó' after the issuance turns to what the document asks
    "Bộ Công Thương vừa ban hành Chỉ thị số 03/CT-BCT về bình ổn thị trường, theo đó Giám đốc Sở Công Thương các tỉnh chỉ đạo các chợ niêm yết giá.",
])
def test_a_reported_ask_with_its_addressees_is_left_to_the_other_rules(sentence):
    assert not done_scope(sentence)
