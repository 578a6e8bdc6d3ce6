"""A sentence that names no doer of its own goes on with the doers before it (session 23, office28, issue 5).

The pending gold files missed offices where a subjectless sentence or point follows a request or a lead-in
that names its doers (extract/nextsentence.py, extract/dutyholders.py):
- the verb after a frame closed by a comma, a colon or (a condition) 'cần / phải / thì': 'Theo chức năng, nhiệm
  vụ được giao, chủ động ...', 'Trong trường hợp ... cần có văn bản ...', 'Đối với các nội dung ..., chủ động phối
  hợp với Sở X ...' (the partners it names stay with it);
- an imperative that is no directive cue of its own, in the same paragraph or item: 'Chú ý ...', 'Tìm mọi biện
  pháp ...';
- a numbered letter reported as sent, its sentence ending on the addressees: '... có Công điện số 37 gửi tới X; Y.';
- a lead-in naming who must do the listed duties by a modal: 'Trưởng phòng phải thực hiện ... gồm:', '...,
  Chánh Văn phòng còn phải thực hiện các nhiệm vụ sau đây:'.
What still stops the carry: a frame that names a body, a sentence naming its own doer, a statement between.
The sentences are written here, never copied from a scored text."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible
from pipeline.extract.dutyholders import duty_holder, post_as_written
from pipeline.extract.nextsentence import continues_after_frame, letter_sent_to_at_end, opens_on_imperative


def _folded(names):
    return sorted(n.casefold() for n in names)


@pytest.mark.parametrize("text,expected", [
    ("Theo chức năng, nhiệm vụ được giao, khẩn trương rà soát các điểm có nguy cơ sạt lở.", True),
    ("Trong trường hợp phát sinh vướng mắc cần kịp thời báo cáo Sở Tài chính.", True),
    ("Nếu có khó khăn thì báo cáo UBND huyện để xem xét.", True),
    ("Đối với các hồ sơ quá hạn, chủ động phối hợp với Sở Tư pháp để giải quyết.", True),
    ("Về công tác tuyên truyền: tăng cường thông tin trên hệ thống loa truyền thanh.", True),
    # a frame that names a body is that body's label, not a frame
    ("Đối với UBND các xã, chủ động rà soát các hộ nghèo.", False),
    ("Trường hợp các xã chưa hoàn thành thì phải báo cáo lý do.", False),
    # no frame, or no verb after it
    ("Theo kế hoạch, tổ chức hội nghị vào tháng 5.", False),
    ("Đối với các hộ dân, đây là nguồn hỗ trợ quan trọng.", False),
])
def test_a_frame_before_the_verb(text, expected):
    assert continues_after_frame(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("Chú ý bảo quản hồ sơ đúng quy định.", True),
    ("Lưu ý không để người dân tập trung đông.", True),
    ("Tìm mọi biện pháp liên lạc với các tàu thuyền.", True),
    ("Chú trọng công tác tuyên truyền.", False),  # an action verb of its own (tasks.ACTION_VERBS)
])
def test_imperatives_that_are_no_cue(text, expected):
    assert opens_on_imperative(text) is expected


def test_a_numbered_letter_ending_on_its_addressees():
    who = letter_sent_to_at_end("Chiều 3/9, Văn phòng Thường trực có Công điện số 21 gửi Ban Chỉ huy phòng, chống thiên tai "
                                "các tỉnh ven biển; Sở Nông nghiệp các tỉnh.")
    assert who is not None and who.startswith("Ban Chỉ huy phòng, chống thiên tai các tỉnh ven biển")
    # an unnumbered letter, or a letter whose sentence goes on after its addressees, is left to tasks.sent_letter
    assert letter_sent_to_at_end("UBND tỉnh gửi văn bản gửi các sở.") is None


@pytest.mark.parametrize("text,holder", [
    ("Trưởng ban phải thực hiện đầy đủ chế độ báo cáo gồm:", "Trưởng ban"),
    ("Ngoài các nhiệm vụ tại khoản 1, Chánh Thanh tra còn phải thực hiện các nhiệm vụ sau đây:", "Chánh Thanh tra"),
    ("Các đơn vị cần thực hiện một số nội dung như sau:", "Các đơn vị"),
    ("Kế hoạch này được thực hiện gồm:", None),
    ("Hồ sơ gồm:", None),
])
def test_the_holder_of_a_modal_duty_lead_in(text, holder):
    assert duty_holder(text) == holder


def test_a_post_is_named_as_written():
    assert post_as_written("Chánh Thanh tra") and post_as_written("Trưởng ban")
    assert not post_as_written("Kế hoạch này")


def test_the_points_under_a_modal_duty_lead_in_are_its_holder_s(tmp_path):
    doc = process_text(tmp_path, "Điều 5. Chế độ báo cáo\n1. Trưởng ban phải thực hiện đầy đủ chế độ báo cáo gồm:\n"
                                 "a) Báo cáo tháng: chậm nhất ngày 25 hằng tháng;\nb) Báo cáo năm: chậm nhất ngày 10/12.\n")
    assert _folded(responsible(doc, "Báo cáo tháng")) == ["trưởng ban"]
    assert _folded(responsible(doc, "Báo cáo năm")) == ["trưởng ban"]


def test_a_framed_point_goes_on_with_the_request_and_keeps_its_partners(tmp_path):
    doc = process_text(tmp_path, "Chủ tịch UBND tỉnh vừa có công văn giao UBND các huyện rà soát các hộ dân ven sông, báo cáo "
                                 "trước ngày 20/7/2024.\n\nTheo chức năng, nhiệm vụ được giao, khẩn trương di dời các hộ dân ra "
                                 "khỏi vùng nguy hiểm. Đối với các trường hợp khó khăn, chủ động phối hợp với Sở Xây dựng để "
                                 "hỗ trợ kịp thời.\n")
    assert _folded(responsible(doc, "Theo chức năng")) == ["ubnd các huyện"]
    assert _folded(responsible(doc, "Đối với các trường hợp")) == ["sở xây dựng", "ubnd các huyện"]


def test_an_imperative_in_the_same_item_goes_on_with_its_subject(tmp_path):
    doc = process_text(tmp_path, "Để chào mừng ngày lễ, UBND xã thông báo:\n1. Các cơ quan, đơn vị và các hộ dân trên địa bàn xã "
                                 "tổ chức treo cờ Tổ quốc từ ngày 30/4/2024. Chú ý treo cờ đúng quy định, thay cờ cũ, phai màu "
                                 "bằng cờ mới.\n2. Công an xã bảo đảm an ninh trật tự.\n")
    assert _folded(responsible(doc, "Chú ý treo")) == _folded(responsible(doc, "Các cơ quan, đơn vị"))
    assert responsible(doc, "Chú ý treo")


# --- the subject behind a fronted adverbial (extract/frontedsubject.py) ------------------------------------
@pytest.fixture(scope="module")
def read_roles():
    from functools import partial

    from pipeline.extract.offices import load_gazetteer, roles_in_sentence

    return partial(roles_in_sentence, gaz=load_gazetteer())


@pytest.mark.parametrize("text,expected", [
    ("Ở vùng núi cao, các huyện cần chủ động sơ tán dân ra khỏi khu vực nguy hiểm.", ["các huyện"]),
    ("Đặc biệt, Sở Xây dựng và Sở Giao thông vận tải cần khẩn trương kiểm tra các công trình.",
     ["sở giao thông vận tải", "sở xây dựng"]),
    ("Theo kế hoạch, đến ngày 15/8, xã Tân Phú sẽ hoàn thành việc bàn giao mặt bằng.", ["xã tân phú"]),
    # a verb of doing in the head: the clause is the duty itself
    ("Kiểm tra, nhắc nhở các hộ dân, các cơ sở kinh doanh thực hiện nghiêm quy định.", []),
    # the body after the head speaks or asks: no doer
    ("Tại hội nghị, Chủ tịch UBND tỉnh yêu cầu tổ chức tốt lễ hội.", []),
    # 'X nào ... thì Y': a condition, its doer after 'thì'
    ("Sau ngày 15/6, xã nào chưa nộp báo cáo thì Phòng Nội vụ tổng hợp, báo cáo UBND huyện.", []),
    # no fronted adverbial
    ("Các huyện, thị xã khẩn trương rà soát.", []),
])
def test_the_subject_behind_a_fronted_adverbial(read_roles, text, expected):
    from pipeline.extract.frontedsubject import subject_after_fronted_head

    got = subject_after_fronted_head(text, read_roles)
    assert _folded(r.office for r in got) == _folded(expected)
