"""Offices on new text, the classes office batches 40-42 left (issue #5, session 19, branch office23).

(3) a speaker's reminder to a body ('X cũng lưu ý các cơ sở giáo dục ...', 'X nhắc nhở UBND các xã ...') is an
ask: the body reminded is the office, the speaker is not; a reminder inside the assignee's own chain of work
('chỉ đạo, kiểm tra, nhắc nhở việc ...', 'đôn đốc nhắc nhở nhân dân ...') or of things ('lưu ý một số nội dung')
names no new office; (5) 'Còn đối với X, <body> ...' reads as 'Đối với X, <body> ...'; (6) publishers are
bodies a letter makes responsible ('phối hợp với nhà xuất bản, ...'); (7) 'đưa tin', 'đăng tải', 'phát sóng'
end a station's name; (2) a later comma-joined clause of the same ask that names its own doers with a modal
('..., các cơ quan, đơn vị, địa phương của tỉnh cần ...') adds them (support beside a 'chủ trì' lead).
Sentences written for the test from general administrative and press usage; none is a benchmark row or a gold
sentence."""
from __future__ import annotations

import pytest

from extract_helpers import sentence_lead
from extract_helpers import sentence_offices as offices  # (gaz: conftest's)


def _keys(found: list[str]) -> list[str]:
    return [f.casefold() for f in found]


@pytest.mark.parametrize("text, asked, speaker", [
    ("Sở Y tế cũng lưu ý các bệnh viện tuyến huyện chuẩn bị đủ cơ số thuốc.", "các bệnh viện tuyến huyện", "sở y tế"),
    ("Bộ Giáo dục và Đào tạo lưu ý các sở giáo dục và đào tạo rà soát kế hoạch năm học.", "các sở giáo dục và đào tạo",
     "bộ giáo dục"),
    ("UBND tỉnh đồng thời lưu ý UBND các huyện, thị xã khẩn trương kiểm tra các hồ đập.", "ubnd các huyện, thị xã",
     "ubnd tỉnh"),
    ("Sở Công Thương đều lưu ý các doanh nghiệp phải niêm yết giá công khai.", "các doanh nghiệp", "sở công thương"),
    ("Chủ tịch UBND huyện nhắc nhở UBND các xã thường xuyên kiểm tra việc chấp hành quy định.", "ubnd các xã",
     "chủ tịch ubnd huyện"),
    ("Ban Chỉ huy phòng chống thiên tai tỉnh nhắc nhở các chủ tàu cá theo dõi chặt chẽ diễn biến của bão.",
     "các chủ tàu cá", "ban chỉ huy"),
    # (the units of a level by their level word, office batch 43's ob43-005 shape, written after its blind score)
    ("Chủ tịch UBND huyện cũng lưu ý các xã cần tập trung khắc phục hậu quả sau mưa lũ.", "các xã", "chủ tịch"),
    ("Sở Nội vụ nhắc nhở các phường, xã phải rà soát hồ sơ cán bộ trước ngày 15.", "các phường, xã", "sở nội vụ"),
])
def test_a_reminder_to_a_body_asks_it(gaz, text, asked, speaker):
    found = _keys(offices(gaz, text))
    assert any(asked in f or asked.startswith(f) for f in found), found
    assert not any(f.startswith(speaker) for f in found), found


@pytest.mark.parametrize("text, doer, not_doer", [
    # the reminder is part of the assignee's work: the parties reminded are directed
    ("UBND các phường có trách nhiệm chỉ đạo, kiểm tra, nhắc nhở các hộ gia đình treo cờ Tổ quốc.", "ubnd các phường",
     "hộ gia đình"),
    ("Tổ trưởng tổ dân phố đôn đốc nhắc nhở nhân dân trên địa bàn thực hiện việc treo cờ.", "tổ trưởng tổ dân phố",
     "nhân dân"),
    ("Công an xã thường xuyên nhắc nhở các hộ kinh doanh không lấn chiếm vỉa hè.", "công an xã", "hộ kinh doanh"),
])
def test_a_reminder_inside_the_doers_work_directs(gaz, text, doer, not_doer):
    found = _keys(offices(gaz, text))
    assert any(f.startswith(doer) for f in found), found
    assert not any(not_doer in f for f in found), found


@pytest.mark.parametrize("text", [
    "Đồng chí Chủ tịch UBND huyện lưu ý một số nhiệm vụ trọng tâm cần tập trung thực hiện.",
    "Sở Tài chính lưu ý các nội dung sau khi lập dự toán:",
])
def test_a_reminder_of_things_names_no_body(gaz, text):
    found = _keys(offices(gaz, text))
    assert not any("nhiệm vụ" in f or "nội dung" in f for f in found), found


@pytest.mark.parametrize("text, doer, topic", [
    ("Còn đối với các hộ dân vùng sạt lở, UBND các xã phải di dời đến nơi an toàn.", "ubnd các xã", "hộ dân"),
    ("Còn đối với học sinh, các trường phải tổ chức dạy bù.", "các trường", "học sinh"),
    ("Còn đối với những trường hợp vi phạm, Công an huyện cần xử lý nghiêm.", "công an huyện", "trường hợp"),
    ("Còn đối với các cơ sở chưa đủ điều kiện, Phòng Kinh tế phải hướng dẫn khắc phục.", "phòng kinh tế", "cơ sở"),
])
def test_a_topic_opened_by_con_is_a_topic(gaz, text, doer, topic):
    found = _keys(offices(gaz, text))
    assert any(f.startswith(doer) for f in found), found
    assert not any(topic in f for f in found), found


@pytest.mark.parametrize("text, body", [
    ("Các trường học phối hợp với nhà xuất bản, tổ chức, cá nhân có liên quan cung ứng đủ sách giáo khoa.",
     "nhà xuất bản"),
    ("Sở Văn hóa phối hợp với các nhà xuất bản, các cơ quan báo chí tuyên truyền về sự kiện.", "các nhà xuất bản"),
    ("Các nhà xuất bản, nhà in phải chấp hành nghiêm quy định về lưu chiểu.", "các nhà xuất bản"),
    ("Sở Giáo dục phối hợp với Nhà xuất bản Giáo dục Việt Nam tổ chức cung ứng đủ sách giáo khoa.",
     "nhà xuất bản giáo dục việt nam"),
])
def test_a_publisher_is_a_body(gaz, text, body):
    found = _keys(offices(gaz, text))
    assert any(f == body or f.startswith(body) for f in found), found


@pytest.mark.parametrize("text, station", [
    ("Đề nghị các đài phát thanh truyền hình địa phương đưa tin, tuyên truyền về công tác phòng chống dịch.",
     "các đài phát thanh truyền hình địa phương"),
    ("Yêu cầu Đài Truyền thanh huyện đăng tải thông tin trên trang mạng của huyện.", "đài truyền thanh huyện"),
    ("Các đài truyền thanh cấp xã phát sóng thông báo 3 lần mỗi ngày.", "các đài truyền thanh cấp xã"),
    ("Đài Phát thanh và Truyền hình tỉnh đưa tin kịp thời về diễn biến của bão.", "đài phát thanh và truyền hình tỉnh"),
])
def test_a_stations_verb_ends_its_name(gaz, text, station):
    found = _keys(offices(gaz, text))
    assert station in found, found


@pytest.mark.parametrize("text, bodies, lead", [
    ("Chủ tịch UBND tỉnh yêu cầu các cơ quan báo chí, các doanh nghiệp có trách nhiệm đồng hành cùng tỉnh trong "
     "công tác thông tin, các cơ quan, đơn vị, địa phương của tỉnh cần kịp thời cung cấp thông tin.",
     ["các cơ quan báo chí", "các doanh nghiệp", "các cơ quan, đơn vị, địa phương"], None),
    ("UBND tỉnh yêu cầu Sở Y tế chủ trì tổ chức kiểm tra an toàn thực phẩm, UBND các huyện cần phối hợp chặt chẽ "
     "trong quá trình kiểm tra.", ["sở y tế", "ubnd các huyện"], "Sở Y tế"),
    ("Sở Tài chính chủ trì thẩm định dự toán, các đơn vị sử dụng ngân sách phải gửi hồ sơ đúng hạn.",
     ["sở tài chính", "các đơn vị sử dụng ngân sách"], "Sở Tài chính"),
    ("Bộ Công Thương đề nghị các doanh nghiệp xăng dầu phải bảo đảm nguồn cung, các thương nhân phân phối cần "
     "duy trì hoạt động của cửa hàng.", ["các doanh nghiệp xăng dầu", "các thương nhân phân phối"], None),
])
def test_a_later_clause_of_the_ask_gives_its_doers(gaz, text, bodies, lead):
    found = _keys(offices(gaz, text))
    for b in bodies:
        assert any(f.startswith(b) for f in found), (b, found)
    assert sentence_lead(gaz, text) if lead else True
    if lead:
        leads = [r for r in found if r.startswith(lead.casefold())]
        assert leads, found


@pytest.mark.parametrize("text, only", [
    # a list's own commas, no second clause: nothing added
    ("Yêu cầu các sở, ngành, địa phương phải tăng cường kiểm tra.", ["các sở, ngành, địa phương"]),
    # a clause with no body as its subject ('trường hợp cần thiết phải ...') adds nothing
    ("UBND huyện yêu cầu các xã rà soát, thống kê thiệt hại, trường hợp cần thiết phải báo cáo ngay.", ["các xã"]),
    # a list whose first name is read short, before its modal: the commas are the list's
    ("Giám đốc Trung tâm Kiểm soát bệnh tật, Trưởng Phòng Y tế các huyện, các trạm y tế xã có trách nhiệm tổ chức "
     "tiêm chủng.", None),
    # 'cần thiết' is no modal; bodies reported to are no clause's subject
    ("Sở Y tế chủ trì, phối hợp với các sở, ngành theo dõi, kịp thời báo cáo Chính phủ, Thủ tướng Chính phủ các biện "
     "pháp cần thiết.", ["sở y tế", "các sở, ngành"]),
    # a party directed after the duty, then its list: no clause
    ("Bộ Công an có trách nhiệm hướng dẫn trại giam, trại tạm giam về việc thu các khoản tiền mà người phải thi hành "
     "án phải nộp.", ["bộ công an"]),
])
def test_no_clause_no_new_doer(gaz, text, only):
    if only is None:  # (whatever the list reads, no body of the list after its first comma is a clause's)
        from pipeline.extract.offices import _roles_in_one_sentence, roles_in_sentence
        assert [r.office for r in roles_in_sentence(text, gaz)] == [r.office for r in _roles_in_one_sentence(text, gaz)]
        return
    assert _keys(offices(gaz, text)) == only


@pytest.mark.parametrize("text, asked, praiser", [
    # (office batch 43's ob43-005 shape, written after its blind score)
    ("Bí thư Huyện ủy đã đánh giá cao sự chủ động của chính quyền các địa phương, đồng thời đồng chí cũng lưu ý các xã "
     "cần tập trung khắc phục hậu quả sau mưa lũ.", "các xã", "bí thư"),
    ("Bộ trưởng đánh giá cao nỗ lực của ngành, đồng thời cũng yêu cầu các đơn vị tiếp tục triển khai.", "các đơn vị",
     "bộ trưởng"),
    ("Chủ tịch UBND tỉnh biểu dương các lực lượng tham gia cứu nạn, đồng thời ông yêu cầu Công an tỉnh tiếp tục truy bắt "
     "các đối tượng.", "công an tỉnh", "chủ tịch"),
    ("Giám đốc Sở ghi nhận kết quả của các phòng, đồng thời đề nghị Phòng Tổ chức cán bộ hoàn thiện đề án trong tháng 9.",
     "phòng tổ chức cán bộ", "giám đốc"),
])
def test_praise_then_an_ask_gives_the_asked(gaz, text, asked, praiser):
    found = _keys(offices(gaz, text))
    assert any(asked in f for f in found), found
    assert not any(f.startswith(praiser) for f in found), found


def test_a_body_that_notes_and_acts_itself_stays_the_doer(gaz):
    text = "Sở Y tế ghi nhận ý kiến của các bệnh viện và sẽ tổng hợp báo cáo Bộ Y tế."
    assert _keys(offices(gaz, text)) == ["sở y tế"]
