"""(relay17) Asks one body passes on from another (issue 5, offices on unseen text): an earlier
document's ask told as history is no task; in a press or portal item 'X có văn bản đề nghị Y ...' is X's
letter and Y does it, while in a directive's own text X is told to write (X does it); a body named only
as the one who asks or sends is no doer; a shared list named again in part adds no bodies."""
from __future__ import annotations

import pytest

from pipeline.extract.relay import (drop_directed_partners, drop_named_again, drop_speakers, earlier_assignment, reads_as_report,
                                    reported_letter_text)
from pipeline.model import OfficeRole
from conftest import extracted_tasks


def doers(task) -> list[str]:
    return [r.office for r in task.offices if r.role in ("lead", "support")]


# ---- history: what an earlier document asked ------------------------------------------------------

@pytest.mark.parametrize("text,following", [
    ("Trước đó, vào tháng 6/2013, UBND tỉnh Phú Thọ đã có công văn báo cáo tình hình thiệt hại và đề nghị được "
     "hỗ trợ kinh phí khắc phục hậu quả.", None),
    ("Trước đó, Bộ Nội vụ đã gửi Công văn 8091/BNV-TCBC ngày 17/9/2025 yêu cầu các bộ, ngành, địa phương báo cáo "
     "trước 17h00 ngày 22/9/2025.", None),
    ("Trước đây, Sở Y tế đã có văn bản đề nghị các huyện rà soát các cơ sở khám bệnh tư nhân.", None),
    ("Trước đó, Cục Văn hóa cơ sở có công văn gửi Sở Văn hóa, Thể thao và Du lịch đề nghị xây dựng đề án.", None),
    ("Ngày 28/7/2022, UBND tỉnh ban hành Công văn số 4948/UBND-KTN giao Sở Xây dựng chủ trì, phối hợp với các "
     "Sở, ngành liên quan rà soát, đề xuất phương án; Sở Xây dựng đã có Báo cáo số 311/BC-SXD ngày 15/9/2022.", None),
    ("Ngày 08/4/2021, Văn phòng UBND tỉnh ban hành Văn bản số 404/VPUBND-TCD giao Sở Tài nguyên và Môi trường "
     "phối hợp với Sở Công Thương trả lời đơn của công dân; báo cáo UBND tỉnh trong 30 ngày làm việc.",
     "Tuy nhiên, đến nay Sở Tài nguyên và Môi trường chưa trình nội dung trên."),
    ("UBND huyện có Công văn số 215/UBND-NN ngày 3/3/2023 yêu cầu UBND các xã kiểm tra các hộ nuôi chim yến.",
     "Đến nay, mới có 3 xã báo cáo kết quả."),
    ("Sở Giáo dục và Đào tạo đã ban hành Kế hoạch số 45/KH-SGDĐT giao các trường rà soát cơ sở vật chất; "
     "các trường đã gửi báo cáo về Sở.", None),
])
def test_an_earlier_documents_ask_told_as_history(text, following):
    assert earlier_assignment(text, following)


@pytest.mark.parametrize("text,following", [
    # a news lead that reports the item's own document: no answer, no turn to the present
    ("Ngày 21-4, UBND TP Hà Nội đã có Công văn số 1888/UBND-TKBT đôn đốc các đơn vị chậm triển khai các nhiệm vụ.",
     "Theo đó, UBND thành phố yêu cầu các đơn vị khẩn trương thực hiện."),
    ("UBND tỉnh vừa ban hành Công văn số 120/UBND-VX yêu cầu các sở, ngành tăng cường phòng chống dịch.", None),
    # no completed act after the opener, or a turn to what is asked now
    ("Trước đó, các đơn vị cần rà soát danh sách hộ nghèo.", None),
    ("Trước đó, UBND tỉnh đã có văn bản chỉ đạo; nay UBND tỉnh tiếp tục đề nghị các Sở khẩn trương thực hiện.", None),
    ("Trước ngày 15/6/2023, các Sở báo cáo kết quả về UBND tỉnh.", None),
    ("Nay, UBND tỉnh ban hành Công văn số 50/UBND-KT giao Sở Xây dựng chủ trì kiểm tra; Sở Xây dựng đã có báo cáo.", None),
])
def test_a_request_of_the_item_itself_is_not_history(text, following):
    assert not earlier_assignment(text, following)


@pytest.mark.parametrize("text,history,ask", [
    ("Hỗ trợ kinh phí\nTrước đó, vào tháng 6/2013, UBND tỉnh Phú Thọ đã có công văn báo cáo thiệt hại và đề nghị "
     "được hỗ trợ kinh phí.\nTại công văn mới này, Bộ Tài chính yêu cầu UBND tỉnh Phú Thọ chỉ đạo các Sở khẩn "
     "trương thực hiện hỗ trợ giống cây trồng.", "Trước đó", "UBND tỉnh Phú Thọ"),
    ("Đôn đốc thực hiện\nNgày 28/7/2022, UBND tỉnh ban hành Công văn số 4948/UBND-KTN giao Sở Xây dựng chủ trì rà "
     "soát, đề xuất phương án xử lý; Sở Xây dựng đã có Báo cáo số 311/BC-SXD ngày 15/9/2022 gửi UBND tỉnh.\nNay, UBND "
     "tỉnh đề nghị Sở Xây dựng khẩn trương hoàn thiện phương án, báo cáo UBND tỉnh trước ngày 30/10/2022.",
     "Ngày 28/7/2022", "Sở Xây dựng"),
])
def test_the_history_gives_no_task_and_the_request_stays(text, history, ask):
    tasks = extracted_tasks(text)
    assert not any(t.text.startswith(history) for t in tasks), [t.text for t in tasks]
    assert any(doers(t) == [ask] for t in tasks), [(t.text, doers(t)) for t in tasks]


# ---- the genre decides 'X có văn bản đề nghị Y' ----------------------------------------------------

@pytest.mark.parametrize("text,doer", [
    ("Tăng cường kiểm tra an toàn thực phẩm\nSở Y tế Hà Nội có văn bản đề nghị UBND các quận, huyện, thị xã tăng "
     "cường kiểm tra an toàn thực phẩm dịp Tết.", "UBND các quận, huyện, thị xã"),
    ("An toàn hồ đập\nTheo đó, Sở Nông nghiệp và PTNT có văn bản đề nghị UBND các huyện kiểm tra an toàn hồ đập "
     "trước mùa mưa lũ.", "UBND các huyện"),
    ("Kiểm tra hàng giả\nCục Quản lý thị trường có công văn yêu cầu Cục Quản lý thị trường các tỉnh tăng cường kiểm "
     "tra hàng giả dịp cuối năm.", "Cục Quản lý thị trường các tỉnh"),
])
def test_in_a_press_item_the_letters_addressee_does_the_ask(text, doer):
    tasks = extracted_tasks(text)
    assert tasks and doers(tasks[0]) == [doer], [(t.text, doers(t)) for t in tasks]


@pytest.mark.parametrize("item,doer", [
    ("Bảo hiểm xã hội các tỉnh có văn bản đề nghị các cơ sở khám bệnh, chữa bệnh cập nhật dữ liệu trước ngày "
     "30/6/2014.", "Bảo hiểm xã hội các tỉnh"),
    ("Trung tâm Y tế các huyện có văn bản đề nghị UBND các xã, phường tăng cường kiểm tra các cơ sở kinh doanh "
     "thực phẩm.", "Trung tâm Y tế các huyện"),
])
def test_in_a_directive_the_body_told_to_write_does_the_ask(item, doer):
    text = ("BỘ Y TẾ\nSố: 384/BYT-KCB\nHà Nội, ngày 10 tháng 3 năm 2014\nV/v cập nhật dữ liệu\n"
            "Kính gửi: Bảo hiểm xã hội các tỉnh.\nĐể bảo đảm quyền lợi người bệnh, Bộ Y tế đề nghị:\n1. " + item)
    tasks = [t for t in extracted_tasks(text) if t.text.startswith(item[:20])]
    assert tasks and doers(tasks[0]) == [doer], [(t.text, doers(t)) for t in extracted_tasks(text)]


def test_reads_as_report_and_the_tense_made_explicit():
    assert reads_as_report(["Tăng cường kiểm tra", "Sở Y tế có văn bản đề nghị ..."], [])
    assert not reads_as_report(["BỘ Y TẾ", "Số: 384/BYT-KCB", "..."], [])
    assert not reads_as_report(["Tin", "..."], ["Sở Y tế các tỉnh"])
    assert reported_letter_text("Sở Y tế có văn bản đề nghị các huyện rà soát.") == \
        "Sở Y tế vừa có văn bản đề nghị các huyện rà soát."
    assert reported_letter_text("Bộ Tài chính có công văn hỏa tốc yêu cầu các tỉnh báo cáo.") is not None
    # already told, or a duty to write
    assert reported_letter_text("Sở Y tế vừa có văn bản đề nghị các huyện rà soát.") is None
    assert reported_letter_text("Các huyện cần có văn bản đề nghị Sở Y tế hướng dẫn.") is None
    assert reported_letter_text("Sở Y tế có trách nhiệm hướng dẫn các huyện.") is None


# ---- the one who passes the ask on ------------------------------------------------------------------

def R(office, role="lead"):
    return OfficeRole(office=office, role=role, text=office, source="inline")


@pytest.mark.parametrize("text,roles,kept", [
    ("UBND tỉnh tiếp tục gửi văn bản đến Sở Xây dựng; UBND tỉnh đề nghị Sở Xây dựng khẩn trương hoàn thiện "
     "phương án, báo cáo UBND tỉnh trước ngày 30/10/2022.", ["UBND tỉnh", "Sở Xây dựng"], ["Sở Xây dựng"]),
    ("Bộ Y tế có văn bản gửi Sở Y tế các tỉnh; Bộ Y tế yêu cầu Sở Y tế các tỉnh báo cáo số ca mắc.",
     ["Bộ Y tế", "Sở Y tế các tỉnh"], ["Sở Y tế các tỉnh"]),
    ("Theo đó, Sở Công Thương cũng đề nghị các doanh nghiệp kinh doanh xăng dầu bảo đảm nguồn cung.",
     ["Sở Công Thương", "Các doanh nghiệp kinh doanh xăng dầu"], ["Các doanh nghiệp kinh doanh xăng dầu"]),
])
def test_the_one_who_asks_or_sends_is_no_doer(text, roles, kept):
    out = drop_speakers([R(x) for x in roles], text)
    assert [r.office for r in out] == kept


@pytest.mark.parametrize("text,roles", [
    # a partner before the ask verb is a doer ('phối hợp với Sở B đề nghị UBND tỉnh ...')
    ("Sở Tài chính chủ trì, phối hợp với Sở Nội vụ đề nghị UBND tỉnh xem xét phân bổ kinh phí.",
     ["Sở Tài chính", "Sở Nội vụ"]),
    # named also as a doer elsewhere in the sentence
    ("UBND huyện đề nghị Phòng Y tế phối hợp với UBND huyện kiểm tra các cơ sở.", ["UBND huyện", "Phòng Y tế"]),
    # the only doer stays
    ("UBND tỉnh đề nghị rà soát các dự án chậm tiến độ.", ["UBND tỉnh"]),
])
def test_doers_that_do_not_only_speak_stay(text, roles):
    out = drop_speakers([R(x) for x in roles], text)
    assert [r.office for r in out] == roles


# ---- a shared list named again in part ----------------------------------------------------------------

@pytest.mark.parametrize("names,kept", [
    (["Sở Xây dựng", "Các Sở, ngành, đơn vị, địa phương liên quan", "Đơn vị, địa phương"],
     ["Sở Xây dựng", "Các Sở, ngành, đơn vị, địa phương liên quan"]),
    (["Sở Nội vụ", "Các sở, ban, ngành", "Ban, ngành"], ["Sở Nội vụ", "Các sở, ban, ngành"]),
    (["Công an tỉnh", "Các cơ quan, đơn vị, địa phương có liên quan", "đơn vị, địa phương"],
     ["Công an tỉnh", "Các cơ quan, đơn vị, địa phương có liên quan"]),
    # not a list, or not a tail of the whole: both stay
    (["UBND các xã, phường", "Phường"], ["UBND các xã, phường"] + ["Phường"]),
    (["Các cơ quan, đơn vị", "Đơn vị, địa phương"], ["Các cơ quan, đơn vị", "Đơn vị, địa phương"]),
    (["Sở Y tế", "Sở Tài chính"], ["Sở Y tế", "Sở Tài chính"]),
])
def test_a_shared_list_named_again_in_part(names, kept):
    roles = [R(names[0])] + [R(x, "support") for x in names[1:]]
    # (the part is read in the sentence only inside the whole)
    text = "Giao " + names[0] + " chủ trì, phối hợp với " + names[1] + " thực hiện."
    assert [r.office for r in drop_named_again(roles, text)] == kept


def test_a_list_handed_down_beside_the_items_own_is_kept():
    # ('Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương:' over 'd) Theo dõi, đôn đốc và phối hợp chặt
    # chẽ với các bộ, cơ quan, địa phương ...': the lead-in's list is not named in the item)
    roles = [R("Bộ Tài chính"), R("Các bộ, cơ quan, địa phương", "support"), R("các cơ quan, địa phương", "support")]
    text = "Theo dõi, đôn đốc và phối hợp chặt chẽ với các bộ, cơ quan, địa phương trong công tác lập quy hoạch."
    assert [r.office for r in drop_named_again(roles, text)] == [r.office for r in roles]


# ---- partners of a body the doer directs ----------------------------------------------------------------

@pytest.mark.parametrize("text,roles,kept", [
    ("Chủ tịch UBND tỉnh chỉ đạo các sở, ngành kiểm tra; đồng thời chỉ đạo Công an tỉnh phối hợp với các sở, "
     "ngành liên quan xử lý nghiêm việc khai thác cát trái phép.",
     ["Chủ tịch UBND tỉnh", "các sở, ngành liên quan"], ["Chủ tịch UBND tỉnh"]),
    ("UBND huyện chỉ đạo Phòng Tài nguyên và Môi trường phối hợp chặt chẽ với UBND các xã kiểm tra hiện trường.",
     ["UBND huyện", "UBND các xã"], ["UBND huyện"]),
    ("Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật phối hợp với Bệnh viện tỉnh, Trung tâm Y tế các huyện giám sát ca bệnh.",
     ["Sở Y tế", "Trung tâm Y tế các huyện"], ["Sở Y tế"]),
])
def test_partners_of_a_directed_body_are_no_offices(text, roles, kept):
    out = drop_directed_partners([R(roles[0])] + [R(x, "support") for x in roles[1:]], text)
    assert [r.office for r in out] == kept


@pytest.mark.parametrize("text,roles", [
    # the doer's own partners
    ("Giao Sở Xây dựng chủ trì, phối hợp với các sở, ngành liên quan kiểm tra các công trình.",
     ["Sở Xây dựng", "các sở, ngành liên quan"]),
    # a comma between: the doer may be the one working with them
    ("Yêu cầu UBND huyện chỉ đạo các xã tổ chức ra quân, phối hợp với Công an huyện xử lý vi phạm.",
     ["UBND huyện", "Công an huyện"]),
    # a steering committee is a name, not the verb
    ("Sở Y tế phối hợp với Ban Chỉ đạo phòng chống dịch tỉnh, phối hợp với các huyện giám sát.",
     ["Sở Y tế", "các huyện"]),
])
def test_the_doers_own_partners_stay(text, roles):
    out = drop_directed_partners([R(roles[0])] + [R(x, "support") for x in roles[1:]], text)
    assert [r.office for r in out] == roles


@pytest.mark.parametrize("text,roles", [
    # a body told to press on ('yêu cầu tập trung ...' names no one asked) and a body's own directing duty
    ("Mới đây, UBND TP đã có Công điện khẩn số 06/CĐ-UBND gửi các sở, ban, ngành, đoàn thể TP, UBND quận, huyện yêu "
     "cầu tập trung vào các nhiệm vụ cụ thể sau:", ["Các sở, ban, ngành, đoàn thể TP", "UBND quận, huyện"]),
    ("Bộ Tài chính phối hợp với Bộ Công Thương điều hành Quỹ bình ổn giá; Ủy ban nhân dân các tỉnh, thành phố chỉ đạo "
     "kiểm tra các cửa hàng trên địa bàn.", ["Bộ Tài chính", "Ủy ban nhân dân các tỉnh, thành phố"]),
    ("Sở Nội vụ giao các phòng chuyên môn rà soát hồ sơ; Sở Tài chính thẩm định kinh phí.", ["Sở Nội vụ", "Sở Tài chính"]),
])
def test_a_doer_whose_verb_is_no_ask_of_another_stays(text, roles):
    out = drop_speakers([R(x) for x in roles], text)
    assert [r.office for r in out] == roles
