"""Who does a point of a letter that names no doer (session 16, inherit16, issue 5).

measure15's office classes (b) and (c), from HISTORY only (the set itself never opened): a press or
portal item retelling a letter to named addressees goes on with sentences that name no doer of their
own -- the speaker alone asks ('Đặc biệt, Bộ đề nghị tăng cường ...'), the thing to be sent is the
subject ('Các kết quả ... cần gửi về Bộ ... trước ngày ...') -- or asks the addressee to assign a
body ('đề nghị UBND các tỉnh giao Sở X ...').  The letter's addressees act in the first two (also
after a statement that closed the request's scope); the body assigned acts with the addressee in the
third.  The other side: a point with its own doer keeps it, an issuer acting alone ('Chỉ đạo X',
'Bộ sẽ tổng hợp') keeps no office, a text that names no addressee anywhere gives none, a report of
what was sent is no duty to send.  The sentences below are written here in the wordings counted
(pages corpus, gold zk1-zk2, office_spans), never copied from a scored text."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible


def _folded(names):
    return sorted(n.casefold() for n in names)


def _report_to(doc, start):
    t = next(t for t in doc.tasks if t.text.startswith(start))
    return [o.office for o in t.offices if o.role == "report-to"]


LEADS = [
    ("Cục Thú y vừa có công văn gửi Sở Nông nghiệp và Phát triển nông thôn các tỉnh, thành phố về việc phòng, "
     "chống bệnh dại.", ["Sở Nông nghiệp và Phát triển nông thôn các tỉnh, thành phố"], "Cục"),
    ("Bộ Y tế vừa có văn bản gửi UBND các tỉnh, thành phố về việc phòng, chống sốt xuất huyết.",
     ["UBND các tỉnh, thành phố"], "Bộ"),
    ("Ngày 5/10/2023, UBND tỉnh có Công điện số 12/CĐ-UBND gửi các sở, ngành và UBND các huyện về việc chủ động "
     "ứng phó với mưa lớn.", ["các sở, ngành", "UBND các huyện"], "UBND tỉnh"),
]
# (a request that names no letter: the duty to send still goes to its addressee)
# the plural is kept before a department of every province (office33: the gold keeps it 85 times, bare 8)
REQUEST = ("Bộ Giáo dục và Đào tạo đề nghị các Sở Giáo dục và Đào tạo chuẩn bị các điều kiện cho năm học mới.",
           ["các Sở Giáo dục và Đào tạo"], "Bộ")


# --- the speaker alone asks: the letter's addressees act ------------------------------------------
@pytest.mark.parametrize("lead,addressee,speaker", LEADS)
@pytest.mark.parametrize("ask", [
    "Đặc biệt, {s} đề nghị tăng cường kiểm tra tại các địa bàn trọng điểm.",
    "{s} cũng đề nghị chủ động bố trí kinh phí, vật tư để xử lý kịp thời.",
    "Công văn nêu rõ, cần xử lý triệt để các vụ việc ngay khi phát hiện.",
])
def test_an_ask_of_the_speaker_alone_is_the_addressees(tmp_path, lead, addressee, speaker, ask):
    ask = ask.format(s=speaker)
    doc = process_text(tmp_path, lead + "\n\n" + ask + "\n")
    assert _folded(responsible(doc, ask[:20])) == _folded(addressee), [(t.text, t.offices) for t in doc.tasks]


@pytest.mark.parametrize("lead,addressee,speaker", LEADS)
def test_the_ask_keeps_the_addressees_past_a_statement(tmp_path, lead, addressee, speaker):
    text = (lead + "\n\nTheo số liệu thống kê, từ đầu năm đến nay cả nước ghi nhận hơn 2.000 trường hợp.\n\n"
            f"{speaker} đề nghị thường xuyên theo dõi, cập nhật tình hình trên địa bàn.\n")
    doc = process_text(tmp_path, text)
    assert _folded(responsible(doc, f"{speaker} đề nghị thường")) == _folded(addressee)


# --- the thing to be sent is the subject: the addressees send it, the speaker receives it ----------
@pytest.mark.parametrize("lead,addressee,speaker", LEADS + [REQUEST])
@pytest.mark.parametrize("duty", [
    "Các kết quả kiểm tra cần gửi về Bộ trước ngày 25/7/2024.",
    "Báo cáo gửi về Cục (qua Phòng Tổng hợp) trước ngày 15 tháng 8 năm 2024.",
    "Các đề án phải gửi về Cục trước ngày 10/12/2024 để tổng hợp, báo cáo Bộ trưởng.",
])
def test_a_duty_to_send_is_the_addressees(tmp_path, lead, addressee, speaker, duty):
    doc = process_text(tmp_path, lead + " Theo đó, đề nghị rà soát toàn bộ các cơ sở trên địa bàn.\n\n" + duty + "\n")
    assert _folded(responsible(doc, duty[:18])) == _folded(addressee), [(t.text, t.offices) for t in doc.tasks]


def test_the_body_reported_to_is_no_doer(tmp_path):
    doc = process_text(tmp_path, "Bộ Y tế vừa có văn bản gửi UBND các tỉnh, thành phố về việc phòng, chống sốt xuất huyết.\n\n"
                                 "Theo thống kê, cả nước ghi nhận hơn 20.000 ca mắc.\n\n"
                                 "Danh sách các ổ dịch phải gửi về Bộ Y tế (qua Cục Y tế dự phòng) trước ngày 15/7/2024.\n")
    assert _folded(responsible(doc, "Danh sách các ổ dịch")) == ["ubnd các tỉnh, thành phố"]
    assert "Bộ Y tế" in _report_to(doc, "Danh sách các ổ dịch")


def test_a_report_of_what_was_sent_is_no_duty(tmp_path):
    doc = process_text(tmp_path, "Bộ Y tế vừa có văn bản gửi UBND các tỉnh, thành phố về việc phòng, chống dịch. "
                                 "Theo đó, đề nghị rà soát các cơ sở y tế.\n\n"
                                 "Kết quả rà soát đã gửi về Bộ Y tế trước ngày 20/5/2024.\n")
    t = [t for t in doc.tasks if t.text.startswith("Kết quả rà soát đã")]
    assert not t or responsible(doc, "Kết quả rà soát đã") == []


def test_a_rule_of_procedure_in_the_passive_keeps_no_doer(tmp_path):
    # (office_spans ob10-016: '... phải được gửi về Bộ ...' after a subject of its own gives no office)
    doc = process_text(tmp_path, "UBND cấp tỉnh rà soát diện tích tự nhiên của các đơn vị hành chính cấp xã mới. "
                                 "Số liệu phải được gửi về Bộ Nội vụ trước ngày 30/8/2025.\n")
    t = [t for t in doc.tasks if t.text.startswith("Số liệu phải được")]
    assert not t or responsible(doc, "Số liệu phải được") == []


# --- the addressee asked to assign: the body assigned acts with it --------------------------------
@pytest.mark.parametrize("ask,offices", [
    ("Theo đó, Bộ đề nghị UBND các tỉnh giao Sở Nông nghiệp và Phát triển nông thôn rà soát các hồ chứa.",
     ["UBND các tỉnh", "Sở Nông nghiệp và Phát triển nông thôn"]),
    ("Bộ Y tế yêu cầu UBND các tỉnh, thành phố giao cho Sở Y tế chủ trì tổ chức giám sát các ổ dịch.",
     ["UBND các tỉnh, thành phố", "Sở Y tế"]),
    ("Sở Văn hóa, Thể thao và Du lịch đề nghị UBND các huyện giao Phòng Văn hóa và Thông tin kiểm tra các cơ sở.",
     ["UBND các huyện", "Phòng Văn hóa và Thông tin"]),
])
def test_the_body_the_addressee_is_to_assign_is_a_doer(tmp_path, ask, offices):
    doc = process_text(tmp_path, ask + " Đồng thời, tổ chức diễn tập phương án ứng phó.\n")
    assert _folded(responsible(doc, ask[:20])) == _folded(offices), [(t.text, t.offices) for t in doc.tasks]
    assert _folded(responsible(doc, "Đồng thời, tổ chức")) == _folded(offices)


@pytest.mark.parametrize("ask,offices", [
    ("Theo đó, Bộ đề nghị UBND các tỉnh chỉ đạo Sở Nông nghiệp và Phát triển nông thôn rà soát các hồ chứa.",
     ["UBND các tỉnh"]),
    ("Bộ Văn hóa, Thể thao và Du lịch đề nghị UBND các tỉnh chỉ đạo cơ quan chuyên môn xây dựng đề án đổi mới lễ hội.",
     ["UBND các tỉnh"]),
])
def test_a_body_the_addressee_directs_is_not_listed(tmp_path, ask, offices):
    doc = process_text(tmp_path, ask + "\n")
    assert _folded(responsible(doc, ask[:20])) == _folded(offices)


# --- the other side -------------------------------------------------------------------------------
def test_a_point_with_its_own_doer_keeps_it(tmp_path):
    doc = process_text(tmp_path, "Bộ Y tế vừa có văn bản gửi UBND các tỉnh, thành phố về việc phòng, chống dịch.\n\n"
                                 "Bộ Y tế đề nghị các bệnh viện tuyến cuối chuẩn bị sẵn sàng giường bệnh.\n")
    assert _folded(responsible(doc, "Bộ Y tế đề nghị các")) == ["các bệnh viện tuyến cuối"]


def test_an_ask_with_no_addressee_anywhere_gives_no_office(tmp_path):
    doc = process_text(tmp_path, "Bộ Công Thương đề nghị tăng cường kiểm tra thị trường dịp cuối năm.\n")
    assert responsible(doc, "Bộ Công Thương đề nghị") == []


@pytest.mark.parametrize("own", [
    "Bộ Y tế sẽ tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 30/9/2024.",
    "Bộ Y tế chỉ đạo Cục Y tế dự phòng theo dõi sát diễn biến dịch.",
])
def test_the_issuer_acting_alone_keeps_no_addressee(tmp_path, own):
    doc = process_text(tmp_path, "Bộ Y tế vừa có văn bản gửi UBND các tỉnh, thành phố về việc phòng, chống dịch.\n\n"
                                 "Theo thống kê, cả nước ghi nhận hơn 2.000 ca mắc.\n\n" + own + "\n")
    t = [t for t in doc.tasks if t.text.startswith(own[:20])]
    assert not t or "ubnd các tỉnh, thành phố" not in _folded(responsible(doc, own[:20]))


def test_a_proposal_of_many_bodies_is_no_ask_of_the_letter(tmp_path):
    doc = process_text(tmp_path, "UBND tỉnh vừa có văn bản gửi Sở Tài chính về việc bố trí kinh phí phòng, chống dịch.\n\n"
                                 "Theo báo cáo, dịch bệnh đã xuất hiện tại 5 huyện.\n\n"
                                 "UBND các huyện đề nghị hỗ trợ kinh phí mua vắc xin.\n")
    t = [t for t in doc.tasks if t.text.startswith("UBND các huyện đề nghị")]
    assert not t or "sở tài chính" not in _folded(responsible(doc, "UBND các huyện đề nghị"))


def test_an_ask_of_the_speaker_alone_outside_a_retold_letter_is_read_as_before(tmp_path):
    # (a leader's instructions told as news, 'Thủ tướng yêu cầu ...', name no letter: the ask is not carried)
    doc = process_text(tmp_path, "Thủ tướng Chính phủ yêu cầu các bộ, ngành và địa phương tập trung phòng, chống dịch.\n\n"
                                 "Theo thống kê, cả nước ghi nhận hơn 2.000 ca mắc.\n\n"
                                 "Thủ tướng cũng yêu cầu tăng cường tuyên truyền cho người dân.\n")
    t = [t for t in doc.tasks if t.text.startswith("Thủ tướng cũng yêu cầu")]
    assert not t or "các bộ, ngành và địa phương" not in _folded(responsible(doc, "Thủ tướng cũng yêu cầu"))
