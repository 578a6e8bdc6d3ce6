"""Local directives of session 12 (blind batch yj1-yj8: a province's and a district's letters as
newspapers and portals report them, a district's letter with its portal's source note, a ward's
notice, a province's answer to voters, a city leader's assignments in the press).  Each rule is
tested on text written here in the shape of such documents, never on a sample's own sentences,
with more than one wording.

Rules: local units named by their level alone, plural, before their verb ('Các huyện thành lập
...', 'Các xã, phường rà soát ...') are the subject and the office; a body asked to inform others
('Đề nghị Tổ trưởng các tổ dân phố thông báo cho các hộ gia đình được biết') is the doer, those told
are not; 'Đối với <topic>, giao / đề nghị <body> ...' names the body, the topic is no subject; a
newspaper's tag before its lead ('(PL)- ', '(TTXVN) - ') hides no subject; the duties a notice
asks of households and businesses ('đổ rác', 'thu gom', 'phân loại') end their names; 'Nếu ...
thì <verb>' goes on with the directive before it; a paragraph that opens on its verb after a task
paragraph ending on ';' is one more item of an unmarked list; a portal's source note '(Nguồn công
văn số N - dd/mm/yyyy)' gives the type, number and date; a body that speaks after its grounds
('Thực hiện ...; Ủy ban nhân dân huyện có ý kiến như sau:') is the issuer."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible
from extract_helpers import sentence_lead as lead_of, sentence_offices as offices  # (the gaz fixture is conftest's)


def _kinds(doc) -> list[str]:
    return [t.text for t in doc.tasks]


# --- plural local units by their level alone -----------------------------------------------------
@pytest.mark.parametrize("text, office", [
    ("Các huyện thành lập đoàn đánh giá mức độ hoàn thành các tiêu chí, xong trước ngày 31/7.", "các huyện"),
    ("Các xã rà soát danh sách hộ nghèo, báo cáo về Phòng Lao động trước ngày 15/10.", "các xã"),
    ("Các phường tổ chức tuyên truyền đến từng hộ dân trên địa bàn.", "các phường"),
    ("Các xã, thị trấn triển khai ra quân tổng vệ sinh môi trường vào sáng Chủ nhật.", "các xã, thị trấn"),
])
def test_plural_local_units_before_their_verb_are_the_office(gaz, text, office):
    got = offices(gaz, text)
    assert len(got) == 1 and office in got[0].casefold(), got
    assert lead_of(gaz, text) == got[0]


@pytest.mark.parametrize("text", [
    "Các xã đạt chuẩn nông thôn mới được hỗ trợ kinh phí.",
    "Các huyện miền núi còn nhiều khó khăn.",
])
def test_plural_local_units_without_a_verb_are_no_subject(gaz, text):
    assert offices(gaz, text) == []


def test_a_plural_level_after_phoi_hop_is_a_partner(gaz):
    got = offices(gaz, "Phòng Nội vụ phối hợp với các xã rà soát danh sách cán bộ không chuyên trách.")
    assert got[0] == "Phòng Nội vụ" and any("các xã" in o.casefold() for o in got[1:]), got


def test_plural_local_units_in_an_unnumbered_news_item_are_tasks(tmp_path):
    doc = process_text(tmp_path, "Đẩy nhanh xây dựng nông thôn mới\n\n"
                                 "UBND tỉnh vừa yêu cầu các huyện đẩy nhanh tiến độ xây dựng nông thôn mới.\n\n"
                                 "Các huyện thành lập đoàn đánh giá các tiêu chí, hoàn thành trước ngày 31/7/2020. "
                                 "Sau khi lấy ý kiến nhân dân, UBND các huyện hoàn thiện hồ sơ trước ngày 15/9/2020.\n\n"
                                 "Các xã rà soát, cập nhật số liệu, gửi về UBND huyện trước ngày 20/7/2020.\n")
    texts = _kinds(doc)
    assert any(t.startswith("Các huyện thành lập") for t in texts), texts
    assert any(t.startswith("Sau khi lấy ý kiến") for t in texts), texts
    assert any(t.startswith("Các xã rà soát") for t in texts), texts


# --- a body asked to inform others is the doer -----------------------------------------------------
@pytest.mark.parametrize("text, doer", [
    ("Đề nghị Tổ trưởng các tổ dân phố thông báo cho các hộ gia đình được biết và thực hiện.", "Tổ trưởng các tổ dân phố"),
    ("Yêu cầu Trưởng thôn thông báo đến các hộ dân được biết và thực hiện.", "Trưởng thôn"),
    ("Đề nghị Công an xã thông báo cho các cơ sở kinh doanh được biết.", "Công an xã"),
    ("Giao Đài Truyền thanh xã thông báo rộng rãi để Nhân dân được biết.", "Đài Truyền thanh xã"),
])
def test_a_body_asked_to_inform_is_the_doer(gaz, text, doer):
    assert offices(gaz, text) == [doer]


def test_an_issuer_that_informs_still_hands_the_work_to_those_told(gaz):
    # (the closing formula of a letter: the bodies told to know and act are the doers)
    got = offices(gaz, "Tổng cục Hải quan thông báo để các Cục Hải quan tỉnh, thành phố biết, thực hiện.")
    assert got and "Cục Hải quan" in got[0]


# --- 'Đối với <topic>, giao <body> ...' ------------------------------------------------------------
@pytest.mark.parametrize("text, doer", [
    ("Đối với các trường học chưa bảo đảm an toàn, giao Phòng Giáo dục và Đào tạo kiểm tra, xử lý.", "Phòng Giáo dục và Đào tạo"),
    ("Đối với các trường thải rác trái quy định, giao trách nhiệm cho bộ phận Địa chính phường kiểm tra, xử lý.", "bộ phận Địa chính phường"),
    ("Đối với các cơ sở kinh doanh vi phạm, đề nghị Công an phường lập biên bản xử lý.", "Công an phường"),
])
def test_the_topic_before_an_ask_is_no_subject(gaz, text, doer):
    assert [o.casefold() for o in offices(gaz, text)] == [doer.casefold()]


def test_a_topic_with_its_own_duty_keeps_its_subject(gaz):
    # ('Đối với X: <duty>' / 'Đối với X <verb>': the bodies the item is for are its doers)
    assert offices(gaz, "Đối với các trường THPT: tổ chức cho học sinh ôn tập trước kỳ thi.") == ["Các trường THPT"]
    assert offices(gaz, "Đối với các đoàn thể tổ chức thẩm tra kết quả, báo cáo UBND tỉnh trước ngày 5/10.") == ["Các đoàn thể"]


# --- a newspaper's tag before its lead ---------------------------------------------------------------
@pytest.mark.parametrize("text, doer", [
    ("(PL)- Phó Chủ tịch UBND TP Nguyễn Văn An vừa giao Sở Xây dựng nghiên cứu, đề xuất phương án.", "Sở Xây dựng"),
    ("(TTXVN) - Bộ Y tế yêu cầu các bệnh viện chuẩn bị đủ thuốc, vật tư y tế.", "Các bệnh viện"),
    ("(HNM)- UBND thành phố giao Công an thành phố tăng cường tuần tra dịp Tết.", "Công an thành phố"),
])
def test_a_press_tag_hides_no_subject(gaz, text, doer):
    assert offices(gaz, text) == [doer]


# --- what households and businesses are asked to do ends their names ---------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Yêu cầu các cơ sở kinh doanh, các hộ gia đình đổ rác đúng thời gian, đúng nơi quy định.", ["Các cơ sở kinh doanh", "Các hộ gia đình"]),
    ("Đề nghị các hộ gia đình thu gom rác thải vào túi kín trước khi đưa ra điểm tập kết.", ["Các hộ gia đình"]),
    ("Yêu cầu các hộ gia đình phân loại rác tại nguồn.", ["Các hộ gia đình"]),
])
def test_household_duties_end_their_names(gaz, text, expected):
    assert offices(gaz, text) == expected


# --- 'Nếu ... thì <verb>' and unmarked lists ------------------------------------------------------------
def test_a_condition_closed_by_thi_goes_on_with_the_directive(tmp_path):
    for cond in ("Nếu có từ 90% ý kiến đồng ý thì hoàn thiện hồ sơ trình Bộ Nông nghiệp trước ngày 30/11/2020.",
                 "Nếu đủ điều kiện thì tổ chức lễ công bố trong tháng 12/2020."):
        doc = process_text(tmp_path, "Kết quả xây dựng nông thôn mới\n\n"
                                     "UBND tỉnh yêu cầu các huyện đẩy nhanh tiến độ. "
                                     "UBND tỉnh tổ chức họp đánh giá, bỏ phiếu kết quả của các huyện. " + cond + "\n")
        assert any(t.startswith("Nếu") for t in _kinds(doc)), _kinds(doc)


def test_an_unmarked_list_ending_on_semicolons_goes_on(tmp_path):
    for item in ("Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền địa phương đối với công tác này;",
                 "Đẩy mạnh tuyên truyền để người dân hiểu và thực hiện;"):
        doc = process_text(tmp_path, "UBND huyện chỉ đạo sản xuất vụ đông\n\n"
                                     "UBND các xã chỉ đạo các thôn, bản vận động nhân dân cày ải ngay sau thu hoạch;\n\n"
                                     + item + "\n\n"
                                     "Đảng ủy, UBND các xã xây dựng kế hoạch thực hiện.\n")
        assert item in _kinds(doc), _kinds(doc)


def test_a_verb_paragraph_after_a_finished_task_is_not_pulled_in(tmp_path):
    # (the task before ends on '.', not ';': a verb paragraph after it is left to the other rules)
    doc = process_text(tmp_path, "Tin hoạt động\n\n"
                                 "UBND xã yêu cầu các thôn ra quân dọn vệ sinh vào sáng Chủ nhật.\n\n"
                                 "Tổng kết lại, năm qua xã đạt nhiều kết quả.\n")
    assert not any(t.startswith("Tổng kết lại") for t in _kinds(doc))


# --- a portal's source note and a body that speaks after its grounds --------------------------------------
@pytest.mark.parametrize("note, doc_type, number, date", [
    ("(Nguồn công văn số 2150/UBND-VP - 14/08/2021)", "Công văn", "2150/UBND-VP", "2021-08-14"),
    ("(Nguồn: Kế hoạch số 35/KH-UBND, 05/3/2022)", "Kế hoạch", "35/KH-UBND", "2022-03-05"),
    ("(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)", "Công văn", "6202/UBND-KT", "2023-11-23"),
])
def test_a_portal_source_note_gives_the_identity(tmp_path, note, doc_type, number, date):
    doc = process_text(tmp_path, "Tin chỉ đạo điều hành\n\nTriển khai công tác tuyên truyền\n\n"
                                 "Thực hiện Hướng dẫn số 05-HD/HU ngày 10/8/2021 của Huyện ủy; Ủy ban nhân dân huyện có ý kiến như sau:\n\n"
                                 "1. Phòng Văn hóa và Thông tin đăng tải đề cương tuyên truyền lên trang thông tin điện tử của huyện.\n\n"
                                 + note + "\n")
    assert (doc.header.doc_type, doc.header.number, str(doc.header.date)) == (doc_type, number, date)
    assert doc.header.issuer == "Ủy ban nhân dân huyện"
    assert responsible(doc, "Phòng Văn hóa") == ["Phòng Văn hóa và Thông tin"]


@pytest.mark.parametrize("line, body", [
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2022 của UBND tỉnh; UBND huyện Yên Thế yêu cầu các xã, thị trấn:", "UBND huyện Yên Thế"),
    ("Triển khai Công văn số 88/SYT-NV của Sở Y tế, Ủy ban nhân dân xã Tân Lập đề nghị các thôn như sau:", "Ủy ban nhân dân xã Tân Lập"),
])
def test_the_body_that_speaks_after_its_grounds_is_the_issuer(tmp_path, line, body):
    doc = process_text(tmp_path, "Tin chỉ đạo\n\n" + line + "\n\n- Tổ chức tuyên truyền đến từng hộ dân.\n")
    assert doc.header.issuer == body


# --- second round (after the carry-over batch yj9-yj12 was scored): news items about local meetings --
def test_photo_captions_are_no_tasks(tmp_path):
    for caption in ("Đồng chí Chủ tịch UBND huyện giao nhiệm vụ cho các phòng, ngành. Ảnh: Minh Hà",
                    "Chủ tịch UBND xã yêu cầu các thôn ra quân làm thủy lợi (Ảnh: Văn Bình)",
                    "Lãnh đạo huyện kiểm tra công tác phòng chống dịch. Ảnh minh họa"):
        doc = process_text(tmp_path, "UBND huyện họp giao ban tháng 3\n\n" + caption + "\n\n"
                                     "Kết luận hội nghị, Chủ tịch UBND huyện yêu cầu các phòng, ngành rà soát các chỉ tiêu.\n")
        texts = _kinds(doc)
        assert not any("Ảnh" in t or t.startswith(caption[:20]) for t in texts), texts
        assert any(t.startswith("Kết luận hội nghị") for t in texts), texts


@pytest.mark.parametrize("head", [
    "Xã Tân Lợi: triển khai kế hoạch ra quân làm thủy lợi năm 2024 08:30 12/01/2024",
    "Tiếp tục điều chỉnh vốn ở những dự án chậm giải ngân 15/10/2021 10:05",
])
def test_a_title_with_its_time_stamp_is_no_task(tmp_path, head):
    doc = process_text(tmp_path, head + "\n\nChủ tịch UBND xã đề nghị các thôn tập trung ra quân làm thủy lợi.\n")
    texts = _kinds(doc)
    assert len(texts) == 1 and texts[0].startswith("Chủ tịch UBND xã đề nghị"), texts


@pytest.mark.parametrize("report", [
    "Hội đồng nghĩa vụ quân sự xã vừa tổ chức cuộc họp triển khai công tác giao quân năm 2024.",
    "Chiều ngày 12/3, UBND huyện đã tổ chức hội nghị sơ kết công tác quý I.",
    "Tại buổi họp, các thành viên Ban Chỉ đạo xã đã thảo luận nhiều vấn đề về công tác giao quân.",
    "Tháng 10/2023, UBND huyện đã tập trung chỉ đạo khắc phục hậu quả mưa lũ.",
])
def test_reports_of_a_meeting_are_no_tasks(tmp_path, report):
    doc = process_text(tmp_path, "Tin hoạt động\n\n" + report + "\n\n"
                                 "Chủ tịch UBND xã yêu cầu các ngành liên quan chuẩn bị chu đáo cho lễ giao quân.\n")
    texts = _kinds(doc)
    assert report not in texts, texts
    assert any(t.startswith("Chủ tịch UBND xã yêu cầu") for t in texts), texts


def test_a_meeting_that_asks_is_still_a_task(tmp_path):
    doc = process_text(tmp_path, "Tin hoạt động\n\n"
                                 "UBND huyện vừa tổ chức hội nghị triển khai kế hoạch, yêu cầu các xã hoàn thành trước ngày 30/6/2024.\n")
    assert any(t.startswith("UBND huyện vừa tổ chức") for t in _kinds(doc))


@pytest.mark.parametrize("text, office", [
    ("Theo đó các ngành liên quan phải phát huy vai trò trong công tác tổ chức ngày hội tòng quân.", "Các ngành liên quan"),
    ("Đồng thời các đơn vị báo cáo kết quả về Sở trước ngày 10/6.", "Các đơn vị"),
])
def test_a_connective_without_its_comma_before_a_plural_subject(gaz, text, office):
    assert offices(gaz, text) == [office]


@pytest.mark.parametrize("text, year, due", [
    ("yêu cầu các phòng, ngành rà soát các chỉ tiêu để hoàn thành trong hai tháng còn lại", 2017, "2017-12-31"),
    ("phấn đấu hoàn thành kế hoạch trong 3 tháng còn lại của năm", 2022, "2022-12-31"),
])
def test_the_months_left_of_the_year(text, year, due):
    from pipeline.extract.temporal import find_deadline

    d = find_deadline(text, year)
    assert d is not None and str(d.date) == due


def test_the_months_left_without_a_count_bound_nothing():
    from pipeline.extract.temporal import find_deadline

    assert find_deadline("Nhiệm vụ những tháng còn lại năm 2016 rất nặng nề.", 2016) is None


@pytest.mark.parametrize("title", [
    "UBND huyện Pác Nặm chỉ đạo các địa phương thực hiện cày ải vụ đông xuân",
    "Chủ tịch UBND tỉnh yêu cầu các sở, ngành đẩy nhanh giải ngân vốn đầu tư công",
    "Tiếp tục điều chuyển vốn ở những dự án triển khai chậm",
])
def test_a_posts_headline_over_its_paragraphs_is_no_task(tmp_path, title):
    doc = process_text(tmp_path, title + "\n\n"
                                 "Các cơ quan liên quan phối hợp với UBND các xã tuyên truyền để người dân hiểu rõ mục đích;\n\n"
                                 "UBND các xã chỉ đạo các thôn vận động nhân dân thực hiện ngay;\n\n"
                                 "UBND huyện yêu cầu các địa phương báo cáo kết quả trước ngày 31/1/2013./.\n")
    texts = _kinds(doc)
    assert title not in texts, texts
    assert any(t.startswith("Các cơ quan liên quan phối hợp") for t in texts), texts
    assert len(texts) == 3, texts


def test_a_first_line_that_is_a_whole_request_with_its_stop_stays_a_task(tmp_path):
    doc = process_text(tmp_path, "Đề nghị các thôn ra quân tổng vệ sinh vào sáng Chủ nhật ngày 12/5/2024.\n\n"
                                 "Các hộ gia đình thu gom rác thải đúng nơi quy định.\n")
    assert any(t.startswith("Đề nghị các thôn") for t in _kinds(doc))


def test_a_news_lead_after_a_headline_stays_a_report(tmp_path):
    for lead in ("Ngày 12/5/2019, tại UBND tỉnh, Phó Chủ tịch UBND tỉnh Trần Văn An chủ trì họp nghe báo cáo tiến độ cấp giấy chứng nhận.",
                 "Sáng 3/4, UBND huyện tổ chức hội nghị đánh giá kết quả quý I."):
        doc = process_text(tmp_path, "Kết quả cấp giấy chứng nhận quyền sử dụng đất\n\n" + lead + "\n\n"
                                     "Sở Tài nguyên và Môi trường chịu trách nhiệm làm việc với các đơn vị liên quan.\n")
        texts = _kinds(doc)
        assert lead not in texts, texts
        assert any(t.startswith("Sở Tài nguyên và Môi trường chịu") for t in texts), texts
