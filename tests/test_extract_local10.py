"""Local directives of session 10 (blind batch yf1-yf8: a commune letter to its hamlet heads, ward
council and ward committee meetings as the ward portal reports them, a district office's guidance,
a district deputy chairman's conclusion, a commune Party committee's monthly briefing, district
culture offices' reminders).  Each rule is tested on text written here in the same shape as the
real documents, never on a sample's own sentences; the last test checks the samples' scores.

Rules: a steering committee's name ('Ban Chỉ đạo') and the nouns 'danh sách / tờ trình / xét đề
nghị' are no directive cue; a news report's opening 'Sáng ngày dd/mm/yyyy, X tổ chức ...' tells an
event; the chair 'kết luận (một số) nhiệm vụ ...' and 'nhấn mạnh trách nhiệm của X trong việc ...'
direct, and the latter (as 'giao trách nhiệm cho X') makes X responsible; a hamlet head by the post
written after the place ('các ông xóm trưởng', 'ấp trưởng'); 'các ban / phòng (chuyên môn) + body'
is one office; the period of the work may stand between the ask and the bodies asked; a body that
'dự kiến tổ chức' an event the sentence is about is not its doer; a numbered instruction whose full
stop was left off, with nothing under it, is no heading; 'HĐND.' / 'UBND.' end a sentence; after a
'Sau khi ...,' clause a subject and a directive cue bring the main clause (and its date) back.
After batch 2 (yf9-yf12: a city education office's notice, a commune military-service council, a
district education office's letter, a commune security meeting): a weekday between a date and its
trigger ('vào lúc 16h00 ngày thứ Sáu 20/4/2018'); a 'Kính gửi: X.' line that runs on into the body;
the speaker and his verb of speech before a colon are no doer; grassroots forces ('lực lượng tham
gia bảo vệ ANTT ở cơ sở', 'lực lượng dân phòng'), preschool groups ('nhóm lớp mầm non'), a body's
acronym and level ('HĐNVQS xã') and its members are offices; a '*' note opens a sentence."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import process_text, responsible, task_starting
from tests.extract_helpers import f1, run_and_score


def _texts(doc) -> list[str]:
    return [t.text for t in doc.tasks]


def test_a_steering_committee_named_in_a_news_report_directs_no_one(tmp_path):
    doc = process_text(tmp_path, "Họp Ban Chỉ đạo xây dựng nông thôn mới thị xã\n\n"
                                 "Chiều ngày 20/5/2021, Ban Chỉ đạo xây dựng nông thôn mới thị xã họp xét đề nghị công nhận "
                                 "xã đạt chuẩn nông thôn mới nâng cao năm 2021.\n\n"
                                 "Tại cuộc họp, lãnh đạo Phòng Kinh tế thị xã báo cáo danh sách đề nghị công nhận các thôn "
                                 "đạt chuẩn.\n\n"
                                 "Kết luận cuộc họp, đồng chí Phó Chủ tịch UBND thị xã giao Phòng Kinh tế hoàn thiện hồ sơ "
                                 "trình UBND tỉnh.\n")
    assert len(doc.tasks) == 1
    assert responsible(doc, "Kết luận cuộc họp")[0] == "Phòng Kinh tế"


def test_a_news_opening_on_the_day_of_the_event_is_a_report_unless_it_asks(tmp_path):
    doc = process_text(tmp_path, "Sáng ngày 03/4/2023, Hội đồng nhân dân xã tổ chức phiên họp chuyên đề và thông qua "
                                 "Nghị quyết về đầu tư công.\n\n"
                                 "Chiều nay, UBND phường họp và yêu cầu các tổ dân phố rà soát hộ kinh doanh trên vỉa hè.\n")
    assert not any(t.startswith("Sáng ngày") for t in _texts(doc))
    assert any(t.startswith("Chiều nay") for t in _texts(doc))


def test_the_chair_concludes_on_tasks_and_stresses_a_responsibility(tmp_path):
    doc = process_text(tmp_path, "Chiều ngày 05/9/2023, UBND thị trấn họp giao ban tháng 9.\n\n"
                                 "Sau khi nghe báo cáo của các bộ phận, đồng chí Chủ tịch kết luận các nhiệm vụ trọng tâm "
                                 "cần làm trong tháng 10/2023, gồm: thu ngân sách; chỉnh trang đô thị.\n\n"
                                 "Đồng thời nhấn mạnh trách nhiệm của công chức Địa chính - Xây dựng trong việc kiểm tra "
                                 "trật tự xây dựng trên địa bàn.\n")
    concl = task_starting(doc, "Sau khi nghe báo cáo")
    assert concl.deadline == dt.date(2023, 10, 31)
    assert "Công chức Địa chính - Xây dựng" in responsible(doc, "Đồng thời nhấn mạnh")


def test_a_responsibility_given_or_stressed_names_its_body(gaz):
    from pipeline.extract.offices import roles_in_sentence

    def leads(s):
        return [r.office for r in roles_in_sentence(s, gaz) if r.role == "lead"]

    assert leads("Giao trách nhiệm cho Phòng Tư pháp hướng dẫn các xã niêm yết thủ tục hành chính.") == ["Phòng Tư pháp"]
    assert leads("Trong đó, giao Phòng Nội vụ rà soát biên chế các cơ quan.") == ["Phòng Nội vụ"]
    assert any("Phó Chủ tịch" in n for n in leads("Đề nghị 3 đồng chí Phó Chủ tịch đôn đốc các bộ phận theo lĩnh vực."))
    # a principle, not a work item ('trong cơ quan', no 'trong việc'), and an action listed after ';'
    assert leads("Đề cao trách nhiệm của người đứng đầu trong cơ quan, đơn vị.") == []
    assert leads("Rà soát quy chế làm việc; giao trách nhiệm người đứng đầu các phòng theo dõi.") == []


def test_hamlet_heads_by_the_post_written_after_the_place(tmp_path, gaz):
    from pipeline.extract.offices import roles_in_sentence

    assert [r.office for r in roles_in_sentence("Các ấp trưởng tổng hợp danh sách hộ nghèo gửi UBND xã.", gaz)][0] == "Các ấp trưởng"
    doc = process_text(tmp_path, "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 15/UBND\n\nKính gửi: Các bà, ông khóm trưởng.\n\n"
                                 "Ủy ban nhân dân xã đề nghị các ông khóm trưởng thực hiện các việc sau:\n"
                                 "1. Thông báo lịch tiêm chủng đến các hộ dân.\n"
                                 "2. Lập danh sách trẻ em chưa tiêm chủng gửi Trạm Y tế trước ngày 20/4/2021.\n")
    assert responsible(doc, "Thông báo lịch tiêm") == ["Các ông khóm trưởng"]


def test_the_committees_of_a_council_are_one_office(gaz):
    from pipeline.extract.offices import split_office_list

    assert [n for n, _w in split_office_list("thường trực HĐND, các ban HĐND xã", gaz)] == ["Thường trực HĐND", "Các ban HĐND xã"]
    assert [n for n, _w in split_office_list("các phòng chuyên môn UBND quận", gaz)] == ["Các phòng chuyên môn UBND quận"]
    assert [n for n, _w in split_office_list("giao ban UBND quận", gaz)] == ["UBND quận"]


def test_a_month_between_the_ask_and_the_bodies_asked(tmp_path):
    doc = process_text(tmp_path, "Chiều ngày 02/11/2020, Thường trực HĐND xã họp giao ban.\n\n"
                                 "Kết luận cuộc họp, đồng chí Chủ tịch HĐND xã đề nghị tháng 11/2020 thường trực HĐND, "
                                 "các ban HĐND xã tập trung thực hiện các nội dung sau:\n"
                                 "- Tiếp công dân theo lịch. Chuẩn bị kỳ họp thứ 12, HĐND xã dự kiến tổ chức vào ngày "
                                 "25/11/2020.\n")
    first = task_starting(doc, "Tiếp công dân")
    assert responsible(doc, "Tiếp công dân") == ["Thường trực HĐND", "Các ban HĐND xã"]
    assert first.deadline == dt.date(2020, 11, 30)
    second = task_starting(doc, "Chuẩn bị kỳ họp")
    assert second.deadline == dt.date(2020, 11, 25)
    assert "HĐND xã" not in [o.office for o in second.offices if o.role == "lead"]


def test_an_instruction_without_its_full_stop_is_no_heading(tmp_path):
    doc = process_text(tmp_path, "Ủy ban nhân dân phường yêu cầu các tổ dân phố thực hiện:\n"
                                 "1. Vận động các hộ kinh doanh ký cam kết an toàn thực phẩm.\n"
                                 "2. Treo băng rôn tuyên truyền tại nhà văn hóa tổ dân phố (có mẫu kèm theo)\n"
                                 "3. Báo cáo kết quả về UBND phường trước ngày 30/6/2022.\n")
    assert any(t.startswith("Treo băng rôn") for t in _texts(doc))
    # a heading over its items stays a heading
    doc = process_text(tmp_path, "1. Tổ chức thực hiện\n- Các tổ dân phố báo cáo kết quả.\n2. Kinh phí.\n", name="b.txt")
    assert not any(t.startswith("Tổ chức thực hiện") for t in _texts(doc))


def test_a_council_acronym_ends_its_sentence():
    from pipeline.extract.sentences import split_sentences

    text = "Duy trì tiếp công dân của đại biểu HĐND. Chuẩn bị tốt kỳ họp cuối năm."
    assert len(split_sentences(text)) == 2
    assert len(split_sentences("Giao TP. Hồ Chí Minh chủ trì.")) == 1


def test_a_weekday_between_the_trigger_and_the_date():
    from pipeline.extract.temporal import find_deadline

    assert find_deadline("Các trường ra quân dọn vệ sinh vào lúc 7h30 ngày thứ Bảy 12/5/2018.", 2018).date == dt.date(2018, 5, 12)
    assert find_deadline("Tổ chức dâng hương vào sáng Chủ nhật, ngày 13/5/2018.", 2018).date == dt.date(2018, 5, 13)
    assert find_deadline("Nộp danh sách trước thứ Năm 17/5/2018.", 2018).date == dt.date(2018, 5, 17)


def test_a_kinh_gui_line_that_runs_on_into_the_body(tmp_path):
    doc = process_text(tmp_path, "Thông báo về việc kiểm tra hồ sơ chuyên môn\n\n"
                                 "Kính gửi: Hiệu trưởng các trường tiểu học. Thực hiện Kế hoạch số 45/KH-PGDĐT ngày 02 tháng 3 "
                                 "năm 2019 của Phòng Giáo dục và Đào tạo, Phòng GD&ĐT yêu cầu các trường tiểu học thực hiện các "
                                 "nội dung sau:\n\n"
                                 "1. Hoàn thiện hồ sơ chuyên môn của giáo viên theo quy định.\n\n"
                                 "2. Chuẩn bị phòng làm việc cho đoàn kiểm tra vào lúc 8h00 ngày thứ Ba 12/3/2019.\n")
    assert any("Các trường tiểu học" in o for o in responsible(doc, "Hoàn thiện hồ sơ"))
    assert task_starting(doc, "Chuẩn bị phòng").deadline == dt.date(2019, 3, 12)


def test_the_speaker_before_a_colon_is_no_doer(gaz):
    from pipeline.extract.offices import roles_in_sentence

    roles = roles_in_sentence("Kết luận buổi làm việc, đồng chí Nguyễn Văn B - Bí thư Đảng ủy; Chủ tịch HĐND xã lưu ý: Việc sửa "
                              "chữa nhà văn hóa thôn là việc cấp bách, Ban Quản lý dự án xã cần đôn đốc nhà thầu đẩy nhanh tiến độ.", gaz)
    assert [r.office for r in roles if r.role == "lead"] == ["Ban Quản lý dự án xã"]


def test_local_forces_groups_and_acronym_bodies(gaz):
    from pipeline.extract.offices import roles_in_sentence

    def leads(s):
        return [r.office for r in roles_in_sentence(s, gaz) if r.role == "lead"]

    assert leads("UBND phường đề nghị lực lượng tham gia bảo vệ ANTT ở cơ sở tăng cường tuần tra ban đêm.") == \
        ["Lực lượng tham gia bảo vệ ANTT ở cơ sở"]
    assert leads("Yêu cầu lực lượng dân phòng tiếp tục trực tại các chốt.") == ["Lực lượng dân phòng"]
    assert leads("Phòng GD&ĐT đề nghị các nhóm trẻ độc lập rà soát điều kiện an toàn.") == ["Các nhóm trẻ độc lập"]
    assert leads("HĐTĐKT huyện cần hoàn thiện hồ sơ khen thưởng.") == ["HĐTĐKT huyện"]
    assert "Các thành viên BCĐ huyện" in leads("Đề nghị các thành viên BCĐ huyện phụ trách địa bàn đôn đốc các xã.")


def test_a_star_note_starts_a_sentence():
    from pipeline.extract.sentences import split_sentences

    assert len(split_sentences("Đề nghị các thôn hoàn thành chỉ tiêu. * Một số hình ảnh tại hội nghị")) == 2


YF = [
    "yf1_ninhbinh_giavien_ubndxalienson_congvan08_xomtruong_2020",
    "yf2_hanoi_longbien_hdndphuongphucloi_giaoban_thang11_2018",
    "yf3_hanoi_longbien_ubndphuongbode_hopthuongky_thang3_2022",
    "yf4_quangninh_pgdmongcai_huongdan_lichsu_hk2_2014_excerpt",
    "yf5_dongthap_tanhong_pctubndhuyen_ketluan_bcdvanhoa_2020",
    "yf7_hue_phongvhtthuyen_dondoc_chuanvanhoa_2019",
    "yf8_hanoi_myduc_phongvhtt_congvan50_thaodopano_2016",
    "yf9_hue_pgdtphue_thongbao_tongvesinh_2018",
    "yf10_haiduong_ninhgiang_unghoe_hdnvqsxa_tuyenquan_2021",
    "yf11_hanoi_pgdcaugiay_congvan355_phongchongdich_2023",
    "yf12_tuyenquang_thongnguyen_ubndxa_tongket_antt_2025",
]


@pytest.mark.parametrize("doc_id", YF)
def test_batch_scores(doc_id):
    _doc, s = run_and_score(doc_id)
    assert f1(s.tasks) == 1.0
    assert f1(s.offices) >= 0.8


def test_a_portal_title_with_type_and_subject_gives_the_type(tmp_path):
    doc = process_text(tmp_path, "Công văn về việc rà soát hồ sơ giáo viên hợp đồng\n\n"
                                 "Kính gửi: Hiệu trưởng các trường THCS.\n\n"
                                 "Phòng GD&ĐT đề nghị các trường rà soát hồ sơ giáo viên hợp đồng, gửi về Phòng trước ngày "
                                 "15/9/2021.\n")
    assert doc.header.doc_type == "Công văn"
    # a news headline is no document title
    doc = process_text(tmp_path, "UBND phường họp giao ban tháng 9\n\nSáng ngày 03/9/2021, UBND phường họp giao ban.\n", name="n.txt")
    assert doc.header is None or doc.header.doc_type is None
