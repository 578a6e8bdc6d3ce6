"""(points20, issue 5) The classes measure20 named on unseen20, each by one general mechanism:

- (a) a plural body, then a word that carries something to people ('W đến/tới' + recipients), read as
  the body's verb (extract/clauseverbs.py);
- (b) an ask coordinated with the verbs of an act already taken shares its 'đã' (extract/doneacts.py, once pastacts.py);
- (c) 'đưa', 'treo' end a subject (offices.SUBJECT_VERBS);
- (d) '+' sub-items under a '– Chỉ đạo X ...:' item are X's duties: their partners are not listed
  (extract/assign.py), while a partner elsewhere stays an office;
- (e) a negation's scope stops at a purpose clause (temporal._NEGATED_BEFORE), so the last of two
  dated parts is read;
- (f) a window of days in a quarter's month recurs quarterly, and its family (temporal).

The wordings are written here from general usage (letters, notices, portal answers), never copied from
the blind set."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from conftest import process_text
from pipeline.extract.doneacts import past_act_with_ask
from pipeline.extract.temporal import find_deadline, find_recurrence


def _doc(text):
    with tempfile.TemporaryDirectory() as d:
        return process_text(Path(d), text)


def _task(doc, start):
    return next((t for t in doc.tasks if t.text.startswith(start)), None)


def _offices(doc, start):
    t = _task(doc, start)
    return [o.office for o in t.offices if o.role in ("lead", "support")] if t else None


# -- (a) a verb of conveying after a plural body -------------------------------------------------

LEAD_A = ("Sở Y tế vừa có văn bản gửi các bệnh viện, trung tâm y tế về việc phòng, chống sốt xuất huyết.\n\n"
          "Theo đó, Sở đề nghị các đơn vị tăng cường giám sát, phát hiện sớm các ca bệnh.\n\n")


@pytest.mark.parametrize("point, who", [
    ("Các trung tâm y tế thông tin đến người dân về các biện pháp diệt lăng quăng, bọ gậy.", "Các trung tâm y tế"),
    ("Các trạm y tế xã thông báo tới toàn thể hộ gia đình lịch phun hóa chất diệt muỗi.", "Các trạm y tế xã"),
])
def test_a_plural_body_that_conveys_to_people_is_a_task(point, who):
    doc = _doc(LEAD_A + point + "\n")
    assert _offices(doc, point[:25]) == [who]


def test_a_plural_body_with_a_noun_before_den_is_no_task():
    statement = "Các thông tin liên quan đến người bệnh được bảo mật."
    doc = _doc(LEAD_A + statement + "\n")
    assert _task(doc, statement[:25]) is None


# -- (b) an act already taken, an ask inside it --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "UBND phường đã cử cán bộ địa chính xuống kiểm tra, nhắc nhở và yêu cầu hộ dân tháo dỡ mái che lấn chiếm vỉa hè.",
    "Đoàn kiểm tra đã lập biên bản, yêu cầu cơ sở tạm dừng hoạt động.",
    "UBND xã cũng đã làm việc với các hộ kinh doanh và đề nghị các hộ cam kết không tái phạm.",
])
def test_an_ask_inside_a_past_act_is_the_past(sentence):
    assert past_act_with_ask(sentence)


@pytest.mark.parametrize("sentence", [
    "UBND tỉnh đã ban hành Công văn số 12/UBND-KT yêu cầu các sở thực hiện.",  # a document's ask
    "UBND phường đã kiểm tra và yêu cầu hộ dân tháo dỡ trước ngày 30/6/2024.",  # a bound: a duty now
    "Thời gian tới UBND phường sẽ kiểm tra, yêu cầu các hộ cam kết.",  # no 'đã'
    "Các đơn vị đã triển khai, đồng thời phải yêu cầu các nhà thầu khắc phục.",  # a duty now
])
def test_a_document_ask_a_bound_or_a_duty_now_is_not_a_past_act(sentence):
    assert not past_act_with_ask(sentence)


def test_a_portal_answer_reporting_an_ask_made_has_no_task():
    text = ("Kính chào Ông/Bà.\n\nVấn đề Ông/Bà phản ánh, UBND phường kiểm tra và trả lời như sau:\n\n"
            "UBND phường đã cử cán bộ địa chính xuống kiểm tra, nhắc nhở và yêu cầu hộ dân tháo dỡ mái che lấn chiếm "
            "vỉa hè hằng năm vẫn tái diễn.\n\nTrân trọng.\n")
    doc = _doc(text)
    assert _task(doc, "UBND phường đã cử") is None


# -- (c) the verb glued to the second body of a comma group ----------------------------------------

def test_dua_and_treo_end_a_subject():
    from pipeline.extract.offices import load_gazetteer, roles_in_sentence

    gaz = load_gazetteer()
    for s in ("Sở yêu cầu các đơn vị, nhà trường đưa nội dung phòng, chống đuối nước vào kế hoạch giáo dục.",
              "Sở yêu cầu các đơn vị, nhà trường treo băng rôn tuyên truyền tại cổng trường."):
        names = [r.office for r in roles_in_sentence(s, gaz)]
        assert names and not any(n.endswith((" đưa", " treo")) for n in names), names


# -- (d) a partner under a directing item ----------------------------------------------------------

LETTER_D = ("Theo đó, Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh thực hiện các nội dung sau:\n\n"
            "– Chỉ đạo các Sở Công Thương tăng cường kiểm tra thị trường dịp cuối năm:\n\n"
            "+ Kiểm tra, xử lý nghiêm các cơ sở kinh doanh hàng giả;\n\n"
            "+ Phối hợp với lực lượng công an thực hiện nghiêm việc kiểm soát hàng hóa nhập lậu qua biên giới.\n")


def test_a_partner_under_a_directing_item_is_not_listed():
    doc = _doc(LETTER_D)
    assert _offices(doc, "Phối hợp với lực lượng") == ["Ủy ban nhân dân các tỉnh"]


def test_a_partner_of_a_named_doer_stays_an_office():
    text = ("UBND huyện yêu cầu các đơn vị thực hiện các nội dung sau:\n\n"
            "- Phòng Kinh tế chủ trì, phối hợp với Công an huyện kiểm tra các cơ sở kinh doanh trên địa bàn.\n")
    doc = _doc(text)
    assert "Công an huyện" in (_offices(doc, "Phòng Kinh tế chủ trì") or [])


# -- (e) two dated parts joined by ';' -------------------------------------------------------------

def test_a_negation_inside_a_noun_does_not_hide_the_purpose_clauses_period():
    s = ("UBND tỉnh yêu cầu Ban Quản lý dự án hoàn thành hồ sơ giao đất 5ha chưa giải phóng mặt bằng để bàn giao "
         "cho nhà thầu trong tháng 10/2024")
    assert find_deadline(s, 2024).date.isoformat() == "2024-10-31"
    both = ("UBND tỉnh yêu cầu Ban Quản lý dự án bàn giao 3ha mặt bằng cho nhà thầu trong tháng 8/2024; hoàn thành hồ sơ "
            "giao đất 5ha chưa giải phóng mặt bằng để bàn giao cho nhà thầu trong tháng 10/2024")
    assert find_deadline(both, 2024).date.isoformat() == "2024-10-31"


def test_a_negated_period_stays_no_deadline():
    assert find_deadline("Chưa thực hiện điều chỉnh tăng giá trong Quý I và Quý II năm 2020.", 2020) is None


# -- (f) a window of a quarter and its family ----------------------------------------------------

@pytest.mark.parametrize("sentence, rec", [
    ("Công an xã, từ ngày 20 đến ngày 25 tháng cuối quý, gửi danh sách công dân thay đổi nơi cư trú về Ban Chỉ huy quân sự xã.", "quarterly"),
    ("Các thôn báo cáo kết quả từ ngày 01 đến ngày 05 của tháng đầu quý.", "quarterly"),
    ("Các trường tổ chức họp phụ huynh vào tuần cuối của mỗi quý.", "quarterly"),
    ("Tổ kiểm tra làm việc tại các xã vào tháng thứ ba của mỗi quý.", "quarterly"),
    ("Ban chỉ đạo kiểm tra các cơ sở mỗi năm hai lần.", "half-yearly"),
    ("Ban chỉ đạo kiểm tra các cơ sở mỗi năm 4 lần.", "quarterly"),
])
def test_a_window_of_every_quarter_and_its_family_recur(sentence, rec):
    assert find_recurrence(sentence) == rec


@pytest.mark.parametrize("sentence", [
    "Số liệu từ ngày 01 tháng đầu quý đến hết ngày 22 tháng cuối quý để ước quý báo cáo.",
    "Kỳ báo cáo bắt đầu từ ngày 01 tháng đầu quý đến ngày cuối của tháng cuối quý đó.",
])
def test_a_data_period_over_the_quarter_stays_no_recurrence(sentence):
    assert find_recurrence(sentence) is None
