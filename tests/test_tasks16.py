"""Meeting and inspection news that mixes reports of what was done with instructions (session 16,
tasks16, issue 5).

(1) A topic fronted by 'Đối với / Riêng / Riêng đối với ...' and closed by a comma (not a colon) is
read past: the clause after it directs when it opens on a body and its action ('Đối với dự án ...,
Phòng NN&PTNT tham mưu ...', the topic may list names with commas of its own) or, after a directive,
on a verb of doing ('Đối với đề án ..., tiếp tục đôn đốc ...').  A topic over a statement or a report
('Đối với công tác tuyên truyền, vận động, kết quả đạt được khá tốt', '... UBND huyện đã tổ chức khen
thưởng') directs no one.  Counted first: 23 required gold tasks in 19 documents open on such a topic
with a comma; 87 such sentences in 50 gazette documents; the pages corpus's meeting conclusions and
press retellings (a district chairman's conclusions, a Deputy Prime Minister's flood instructions, a
province's dam inspection).

(2) A report whose completed marker 'đã' follows a fronted time clause that holds 'sau khi' ('Ngay
trong đêm 25/8, sau khi bão đi qua, đồng chí A ..., đồng chí B ... đã trực tiếp đi kiểm tra, chỉ đạo
...') is a report: a 'khi' in a clause fronted before the subject is no condition over the marker (a
'khi' in the subject's own segment, or 'nếu' / 'trường hợp' anywhere before it, still is)."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible
from pipeline.extract.tasks import done_scope, fronted_topic_end

CONCLUSION = ("Kết luận cuộc họp, đồng chí Chủ tịch UBND huyện đề nghị: các xã tiếp tục đẩy nhanh tiến độ "
              "trồng rừng; phòng Nông nghiệp và PTNT tham mưu, đề xuất tháo gỡ khó khăn, vướng mắc. ")


def _texts(doc):
    return [t.text for t in doc.tasks]


@pytest.mark.parametrize("point, office", [
    ("Đối với dự án phát triển sản xuất năm 2023, Phòng Tài chính - Kế hoạch tham mưu hoàn thiện hồ sơ, thẩm định các dự án.",
     "Phòng Tài chính - Kế hoạch"),
    ("Đối với các dự án chậm tiến độ như Suối Đôi, Gia Hoét, Sông Sào, Khe Chè, Ban Quản lý dự án đẩy nhanh tiến độ thực hiện.",
     "Ban Quản lý dự án"),
    ("Riêng đối với các xã có ổ dịch cũ, Trạm Y tế xã tổ chức tiêu độc khử trùng định kỳ.",
     "Trạm Y tế xã"),
])
def test_a_body_after_a_fronted_topic_is_the_doer(tmp_path, point, office):
    doc = process_text(tmp_path, "Họp giao ban UBND huyện\n\n" + CONCLUSION + point + "\n")
    texts = _texts(doc)
    assert any(t.startswith(point[:30]) for t in texts), texts
    assert office in responsible(doc, point[:30])


@pytest.mark.parametrize("point", [
    "Đối với đề án trồng cây ăn quả, tiếp tục đôn đốc đẩy nhanh tiến độ hoàn thiện các thủ tục, quy trình.",
    "Riêng đối với các xã có ổ dịch cũ, tổ chức tiêu độc khử trùng định kỳ hằng tuần.",
    "Đối với diện tích không bảo đảm nguồn nước, chủ động chuyển sang gieo cấy lúa mùa hoặc trồng rau màu.",
])
def test_a_verb_after_a_fronted_topic_goes_on_with_the_directive(tmp_path, point):
    doc = process_text(tmp_path, "Họp giao ban UBND huyện\n\n" + CONCLUSION + point + "\n")
    assert any(t.startswith(point[:30]) for t in _texts(doc)), _texts(doc)


@pytest.mark.parametrize("statement", [
    "Đối với công tác tuyên truyền, vận động, kết quả đạt được khá tốt.",
    "Đối với các xã đã hoàn thành tiêm phòng, UBND huyện đã tổ chức khen thưởng kịp thời.",
    "Đối với các hộ chăn nuôi, phần lớn đã chủ động tiêm phòng cho đàn vật nuôi.",
])
def test_a_fronted_topic_over_a_statement_or_a_report_directs_no_one(tmp_path, statement):
    text = ("Kết quả phòng, chống dịch năm 2024\n\n"
            "Năm qua, công tác phòng, chống dịch trên địa bàn huyện được triển khai đồng bộ. " + statement + "\n")
    doc = process_text(tmp_path, text)
    assert not any(t.startswith(statement[:30]) for t in _texts(doc)), _texts(doc)


def test_fronted_topic_end():
    t = "Đối với các dự án chậm tiến độ như Suối Đôi, Gia Hoét, Ban Quản lý dự án đẩy nhanh tiến độ."
    from pipeline.extract.offices import load_gazetteer
    assert t[fronted_topic_end(t, load_gazetteer()):].startswith("Ban Quản lý dự án")
    assert fronted_topic_end("Đối với diện tích lúa, chủ động bơm tát.") == len("Đối với diện tích lúa, ")
    assert fronted_topic_end("Đối với khu vực ven biển: sẵn sàng sơ tán dân.") == 0  # (a colon topic: TOPIC_COLON_RE's)
    assert fronted_topic_end("Các xã, thị trấn chủ động bơm tát.") == 0


@pytest.mark.parametrize("report", [
    "Ngay trong đêm 25/8, sau khi bão số 5 đi qua, đồng chí Nguyễn Văn A – Bí thư Đảng ủy, đồng chí Trần Văn B - Chủ tịch UBND xã đã trực tiếp đi kiểm tra, chỉ đạo công tác khắc phục hậu quả.",
    "Đáng chú ý là, sau khi dịch bùng phát, Huyện ủy đã ra Công điện số 07, UBND huyện ra công điện số 14 chỉ đạo các xã quyết liệt triển khai các biện pháp phòng, chống dịch.",
    "Ngay sau khi nhận được thông tin, UBND xã đã huy động lực lượng dân quân, phối hợp với nhân dân dọn dẹp, khơi thông cống rãnh.",
])
def test_a_report_after_a_fronted_time_clause_with_khi(report):
    assert done_scope(report)


@pytest.mark.parametrize("duty", [
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc đã phát sinh, các đơn vị báo cáo về UBND huyện.",
    "Các hộ khi đã tiêm phòng cho đàn vật nuôi, lưu giữ giấy chứng nhận tiêm phòng.",
    "Trường hợp các xã đã hoàn thành, báo cáo kết quả về UBND huyện trước ngày 30/6.",
])
def test_a_condition_still_governs_the_marker(duty):
    assert not done_scope(duty)


@pytest.mark.parametrize("report", [
    "Tại hội nghị, các thành viên Ban Tổ chức đã báo cáo công tác chuẩn bị; cũng như đề xuất những vướng mắc đang gặp phải để Ban Tổ chức tháo gỡ.",
    "Các xã đã tổ chức tập huấn cho điều tra viên, hướng dẫn khắc phục những sai sót thường mắc phải khi ghi phiếu.",
])
def test_phai_completing_a_verb_is_no_modal(report):
    # (tasks16) 'gặp phải', 'mắc phải': 'phải' completes the verb, it does not oblige anyone
    assert done_scope(report)


def test_vuong_mac_then_the_modal_still_directs():
    from pipeline.extract.tasks import DIRECTIVE_CUE_RE, _NOUN_CUE_RE
    t = "Cơ quan Thuế khi nhận được vướng mắc phải nghiên cứu, báo cáo cấp có thẩm quyền giải quyết."
    assert DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t))
