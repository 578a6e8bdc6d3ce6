"""Session 7 office rules (issue #5: how directives name the bodies responsible), each on a
sentence written for the test in the shape of the real ones of batch 6 of
``benchmarks/data/office_spans.jsonl`` (gazette articles 'Trách nhiệm của X', headings naming
bodies, regulated parties and communes as doers)."""
from __future__ import annotations

import pytest

from pipeline.extract.assign import heading_offices
from pipeline.extract.offices import roles_in_sentence
from tests.conftest import process_text, responsible, task_starting


def roles(gaz, text):
    rs = roles_in_sentence(text, gaz)
    return [(r.office, r.role) for r in rs if r.role != "report-to"]


def heads(gaz, text):
    return [r.office for r in heading_offices(text, gaz)]


# ---------------------------------------------------------------- titles naming whose duties follow

@pytest.mark.parametrize("title,office", [
    # a regulated party narrowed by what it does or holds
    ("Trách nhiệm của đơn vị cung cấp dịch vụ thanh toán", "Đơn vị cung cấp dịch vụ thanh toán"),
    ("Trách nhiệm của tổ chức, cá nhân có hàng hóa quá cảnh", "Tổ chức, cá nhân có hàng hóa quá cảnh"),
    # a collective the gazetteer holds only in part
    ("Nhiệm vụ của các sở, ngành, doanh nghiệp nhà nước", "Các sở, ngành, doanh nghiệp nhà nước"),
    # a topic narrows the holder: the holder is named without it
    ("Trách nhiệm của Ủy ban nhân dân cấp xã về phòng, chống thiên tai", "Ủy ban nhân dân cấp xã"),
    ("Nhiệm vụ, quyền hạn của chủ rừng trong việc bảo vệ rừng", "Chủ rừng"),
])
def test_a_duty_title_names_the_holder_of_the_duties_below(gaz, title, office):
    assert heads(gaz, title) == [office]


@pytest.mark.parametrize("title", ["Trách nhiệm thi hành", "Trách nhiệm tổ chức thực hiện", "Nhiệm vụ của năm 2027",
                                   "TRÁCH NHIỆM CỦA CÁC BÊN", "Trách nhiệm của hướng dẫn"])
def test_titles_that_name_no_holder(gaz, title):
    assert heads(gaz, title) == []


@pytest.mark.parametrize("title,office", [
    ("Thẩm quyền của Ủy ban nhân dân tỉnh ủy quyền cho Giám đốc Sở Xây dựng", "Giám đốc Sở Xây dựng"),
    ("Các nhiệm vụ phân cấp cho Ủy ban nhân dân cấp xã thực hiện", "Ủy ban nhân dân cấp xã"),
])
def test_a_title_over_powers_handed_down_names_who_receives_them(gaz, title, office):
    assert heads(gaz, title) == [office]


def test_items_of_a_duty_article_belong_to_its_holder(tmp_path):
    doc = process_text(tmp_path, (
        "BỘ TÀI CHÍNH\nSố: 12/2026/TT-BTC\nHà Nội, ngày 05 tháng 3 năm 2026\n\nTHÔNG TƯ\nHướng dẫn thu phí\n\n"
        "Điều 7. Trách nhiệm của đơn vị cung cấp dịch vụ thanh toán\n"
        "1. Lưu trữ đầy đủ dữ liệu giao dịch theo quy định.\n"
        "2. Cung cấp thông tin cho cơ quan thuế khi có yêu cầu.\n"
        "3. Báo cáo định kỳ hằng năm về Bộ Tài chính.\n"
        "Điều 8. Trách nhiệm của Ủy ban nhân dân cấp xã về thu phí\n"
        "1. Tuyên truyền, phổ biến quy định về phí trên địa bàn.\n"
        "2. Kiểm tra việc thu, nộp phí của các tổ chức thu phí.\n"))
    for start in ("Lưu trữ đầy đủ", "Cung cấp thông tin", "Báo cáo định kỳ"):
        assert responsible(doc, start) == ["Đơn vị cung cấp dịch vụ thanh toán"]
    assert responsible(doc, "Kiểm tra việc thu") == ["Ủy ban nhân dân cấp xã"]


# ---------------------------------------------------------------- one body at several levels; inspecting

@pytest.mark.parametrize("heading,office", [
    ("Hội Nông dân cấp tỉnh và cấp xã", "Hội Nông dân cấp tỉnh và cấp xã"),
    ("Công an cấp tỉnh, cấp xã", "Công an cấp tỉnh, cấp xã"),
])
def test_a_body_named_at_several_levels_is_one_heading_office(gaz, heading, office):
    assert heads(gaz, heading) == [office]


@pytest.mark.parametrize("text", [
    "Thanh tra, kiểm tra, xử lý vi phạm trong lĩnh vực phí, lệ phí theo thẩm quyền.",
    "Thanh tra, giám sát việc chấp hành quy định về an toàn thực phẩm trên địa bàn.",
])
def test_the_verb_thanh_tra_heading_a_series_is_no_inspectorate(gaz, text):
    assert roles(gaz, text) == []


def test_an_inspectorate_named_with_its_owner_is_still_a_body(gaz):
    assert roles(gaz, "Thanh tra tỉnh, Sở Tư pháp kiểm tra việc thực hiện.") == [("Thanh tra tỉnh", "lead"), ("Sở Tư pháp", "lead")]


# ---------------------------------------------------------------- regulated parties as doers

@pytest.mark.parametrize("text,party", [
    ("Cơ sở đào tạo phải công khai danh sách học viên trên trang thông tin điện tử.", "Cơ sở đào tạo"),
    ("Sau khi nhận được thông báo, người sử dụng đất có trách nhiệm bàn giao mặt bằng đúng thời hạn.", "Người sử dụng đất"),
    ("Người nộp lệ phí thực hiện nộp tiền vào ngân sách nhà nước theo quy định.", "Người nộp lệ phí"),
    ("2. Chủ rừng có nghĩa vụ bảo vệ, phát triển rừng theo phương án đã được phê duyệt.", "Chủ rừng"),
])
def test_a_party_named_by_its_role_then_a_duty_verb_is_the_doer(gaz, text, party):
    assert roles(gaz, text) == [(party, "lead")]


@pytest.mark.parametrize("text", [
    "Hồ sơ phải được gửi trước ngày 15/6/2026.",
    "Cơ sở dữ liệu phải được cập nhật thường xuyên.",
    "Người được giao nhiệm vụ là người chịu trách nhiệm chính.",
])
def test_no_party_where_the_duty_verb_has_no_party_before_it(gaz, text):
    assert roles(gaz, text) == []


# ---------------------------------------------------------------- the closing article's addressees

def test_a_long_execution_clause_names_every_addressee_from_the_first(gaz):
    text = ("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Xây dựng; Thủ trưởng các sở, ban, ngành, đơn vị có liên quan; "
            "Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.")
    got = [o for o, _r in roles(gaz, text)]
    # (session 9: the head of the office by his title, 'Chánh Văn phòng ...', is the office named)
    assert got[0] == "Chánh Văn phòng Ủy ban nhân dân tỉnh" and "Giám đốc Sở Xây dựng" in got and len(got) == 5
    # the article's title printed on the clause's line is no part of it
    assert [o for o, _r in roles(gaz, "Trách nhiệm thi hành " + text)] == got


def test_a_title_before_a_shared_head_heads_each_body_of_the_list(gaz):
    got = [o for o, _r in roles(gaz, "Giám đốc các Sở Nội vụ, Tài chính và Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này.")]
    assert got == ["Giám đốc Sở Nội vụ", "Giám đốc Sở Tài chính", "Chủ tịch Ủy ban nhân dân các xã"]


# ---------------------------------------------------------------- jointly; officials addressed as 'ông, bà'

def test_a_duty_done_jointly_with_a_body_names_that_body(gaz):
    assert roles(gaz, "Cùng Sở Tài chính rà soát, đề xuất phương án bố trí kinh phí.") == [("Sở Tài chính", "support")]
    assert roles(gaz, "2.3- Cùng với các đơn vị liên quan kiểm tra hiện trường.") == [("Các đơn vị liên quan", "support")]


def test_officials_addressed_as_ong_ba_are_named_by_their_titles(gaz):
    got = [o for o, _r in roles(gaz, "Giao các ông Giám đốc Sở Tài chính; Chi cục trưởng Chi cục Thuế tổ chức thực hiện Quyết định này.")]
    assert got == ["Giám đốc Sở Tài chính", "Chi cục trưởng Chi cục Thuế"]


# ---------------------------------------------------------------- batch 7 shapes (a ministry's plan, a decision)

@pytest.mark.parametrize("text,office", [
    ("Định kỳ trước ngày 20 tháng 6 hằng năm và khi có yêu cầu, Sở Xây dựng có trách nhiệm báo cáo kết quả thực hiện.", "Sở Xây dựng"),
    ("Định kỳ 6 tháng và khi có yêu cầu, Ủy ban nhân dân các xã báo cáo tình hình thực hiện.", "Ủy ban nhân dân các xã"),
])
def test_a_recurring_time_clause_before_the_subject(gaz, text, office):
    assert roles(gaz, text)[0] == (office, "lead")


def test_heads_of_departments_by_title_and_a_department_named_by_its_field(gaz):
    got = [o for o, _r in roles(gaz, "Vụ trưởng Vụ Các vấn đề chung về xây dựng pháp luật, Cục trưởng Cục Trợ giúp pháp lý "
                                     "chịu trách nhiệm thi hành Quyết định này.")]
    assert got == ["Vụ trưởng Vụ Các vấn đề chung về xây dựng pháp luật", "Cục trưởng Cục Trợ giúp pháp lý"]
    # the verb after 'về' in a sentence that has its own verb first is still that sentence's object
    assert roles(gaz, "Sở Tư pháp báo cáo về xây dựng văn bản.") == [("Sở Tư pháp", "lead")]


def test_a_row_that_cooperates_keeps_the_lead_its_attribute_line_names(tmp_path):
    doc = process_text(tmp_path, (
        "BỘ TƯ PHÁP\nSố: 20/KH-BTP\nHà Nội, ngày 10 tháng 02 năm 2026\n\nKẾ HOẠCH\nPhối hợp công tác năm 2026\n\n"
        "I. NỘI DUNG\n1. Công tác xây dựng pháp luật\n"
        "a) Phối hợp rà soát các văn bản quy phạm pháp luật về công tác dân tộc\n"
        "- Đơn vị chủ trì: Vụ Pháp luật hình sự - hành chính.\n- Đơn vị phối hợp: Vụ Pháp luật quốc tế.\n"
        "- Thời gian thực hiện: Quý II/2026.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương\n"
        "a) Tham mưu cho Ủy ban nhân dân cấp tỉnh ban hành kế hoạch cụ thể.\n"
        "b) Hằng năm, phối hợp với Cơ quan công tác dân tộc tỉnh báo cáo Bộ Tư pháp về kết quả thực hiện.\n"))
    t = task_starting(doc, "Phối hợp rà soát")
    assert t.lead == "Vụ Pháp luật hình sự - hành chính"
    t = task_starting(doc, "Hằng năm, phối hợp")
    # session-8 convention: the heading's body cooperates with a partner and so leads it
    assert t.lead == "Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương"
    assert len([o for o in t.offices if o.role in ("lead", "support")]) == 2


# ---------------------------------------------------------------- the blind batches of this session

def _batch(n):
    import sys
    from pathlib import Path

    from pipeline.config import Config

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import office_spans as ob

    rows = [r for r in ob.load() if r.batch == n]
    ob.run(rows, Config())
    return ob, rows


def test_batch_6_rows_are_well_formed_and_keep_the_fixes():
    """Batch 6 (138 rows, first pass 0.831 on its 122 unseen rows): well formed, seen rows marked,
    and the code keeps 0.94 on it."""
    ob, rows = _batch(6)
    assert len(rows) >= 130 and sum(r.seen for r in rows) == 16
    assert all(r.source and (r.lead is None or r.lead in r.offices) for r in rows)
    assert ob.summary(rows)["f1"] >= 0.94


def test_batch_7_rows_are_well_formed_and_keep_the_fixes():
    """Batch 7 (52 rows, blind after the batch-6 fixes, first pass 0.862): the code keeps 0.92."""
    ob, rows = _batch(7)
    assert len(rows) >= 50 and not any(r.seen for r in rows)
    assert all(r.source and (r.lead is None or r.lead in r.offices) for r in rows)
    assert ob.summary(rows)["f1"] >= 0.92


# ---------------------------------------------------------------- powers as verbs; conditions; recipients

def test_an_item_deciding_something_under_a_powers_title_is_a_duty(tmp_path):
    doc = process_text(tmp_path, (
        "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 15/2026/QĐ-UBND\nAn Giang, ngày 02 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
        "Phân cấp thẩm quyền trong lĩnh vực xây dựng\n\n"
        "Điều 2. Thẩm quyền của Ủy ban nhân dân tỉnh phân cấp cho Chủ tịch Ủy ban nhân dân cấp xã\n"
        "1. Cấp giấy phép xây dựng nhà ở riêng lẻ trên địa bàn.\n"
        "2. Quyết định thành lập Tổ công tác cưỡng chế đối với từng công trình vi phạm.\n"))
    assert responsible(doc, "Quyết định thành lập Tổ công tác") == ["Chủ tịch Ủy ban nhân dân cấp xã"]


def test_a_cited_decision_still_reads_as_background():
    from pipeline.extract.tasks import LAW_SUBJECT_RE
    assert LAW_SUBJECT_RE.match("Quyết định số 22/2013/QĐ-TTg giao Bộ Xây dựng chủ trì hướng dẫn.")
    assert not LAW_SUBJECT_RE.match("Quyết định giao đất cho các tổ chức theo quy định tại Điều 118.")


def test_the_subject_after_a_time_then_a_condition(gaz):
    text = ("Sau 10 ngày, nếu không có ý kiến khác thì Ủy ban nhân dân cấp xã lập danh sách, "
            "chuyển đến Phòng Văn hóa - Xã hội để tổng hợp.")
    got = roles_in_sentence(text, gaz)
    assert [(r.office, r.role) for r in got] == [("Ủy ban nhân dân cấp xã", "lead"), ("Phòng Văn hóa - Xã hội", "report-to")]


def test_a_scope_after_a_colon_then_cooperation_keeps_the_subject_as_lead(gaz):
    # session-8 convention: the body named before the colon leads, its partner supports
    got = roles(gaz, "Các sở, ngành khác: Căn cứ chức năng, nhiệm vụ, phối hợp với Sở Tài chính triển khai thực hiện.")
    assert got == [("Các sở, ngành", "lead"), ("Sở Tài chính", "support")]
