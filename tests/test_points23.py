"""(points23, issue 5) The classes measure23 named on unseen23, each by one general mechanism:

- (k) a press item that quotes a directive opens the quote on the list's first marker ('“- Giao X ...:'): the
  quotation mark is no part of the item, the dash is its marker (structure/labels._BULLET, extract/sentences);
- (l) 'đề nghị A, B giao (cho) X <verb>': an addressee written as a list still hands the work to X
  (extract/letterscope._ASK_TO_ASSIGN_RE), but 'nhiệm vụ được giao' is no ask to assign;
- (i)/(j) a plan step retold after the plan's name, 'Theo kế hoạch ..., các xã / ban chỉ đạo ... <verb>': the
  bodies after it do the step (extract/planstep.py);
- (e) a web page's clock line 'Thứ Bảy, ngày 19/01/2019 07:15 AM (GMT+7)' is no date line (structure/header);
- (g) a one-off window that opens an inner clause, '..., thời gian từ ngày 15 đến 25-11-2010, <bodies> <verb>',
  bounds the step (extract/spanclause.py).

The wordings are written from general usage and from the other occurrences of each class (pending gold yo3,
deadline_phrases dp2438, unseen_repair k1, unseen15 yz8), never copied from the blind set."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.letterscope import assigned_by_addressee
from pipeline.extract.offices import load_gazetteer, roles_in_sentence
from pipeline.extract.planstep import capitalise_plan_subject
from pipeline.extract.sentences import match_label
from pipeline.extract.temporal import find_deadline
from pipeline.structure.header import parse_date
from pipeline.structure.labels import parse_label
from test_points20 import _doc, _offices


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _doers(roles):
    return [r.office for r in roles if r.role in ("lead", "support")]


# -- (k) a quotation mark before a list's first marker --------------------------------------------

def test_quote_before_a_bullet_is_no_part_of_the_item():
    lab = parse_label("“- Giao Sở Y tế chỉ đạo các bệnh viện:")
    assert lab is not None and lab.style == "bullet" and lab.rest.startswith("Giao Sở Y tế")
    assert match_label("“- Giao Sở Y tế chỉ đạo các bệnh viện:")[2].startswith("Giao Sở Y tế")
    # a quoted provision that opens on text, and a quote mark with no marker after it, are no bullets
    assert parse_label("“Điều 3. Đối tượng áp dụng") is None or parse_label("“Điều 3. Đối tượng áp dụng").style != "bullet"
    assert parse_label("“Các quán cà phê phải đóng cửa trước 22 giờ”") is None


def test_quoted_lead_in_hands_its_addressees_to_the_points():
    doc = _doc("Thực hiện Nghị định số 15/2024/NĐ-CP, UBND tỉnh đã có chỉ đạo như sau:\n\n"
               "“- Giao Sở Nông nghiệp và Phát triển nông thôn chỉ đạo các trạm khuyến nông:\n\n"
               "+ Hướng dẫn nông dân gieo cấy đúng lịch thời vụ.\n\n"
               "+ Theo dõi, thống kê diện tích bị sâu bệnh trên địa bàn.”\n")
    assert _offices(doc, "Hướng dẫn nông dân") == ["Sở Nông nghiệp và Phát triển nông thôn"]
    assert _offices(doc, "Theo dõi, thống kê") == ["Sở Nông nghiệp và Phát triển nông thôn"]


# -- (l) 'đề nghị A, B giao (cho) X' ---------------------------------------------------------------

@pytest.mark.parametrize("text, given", [
    ("Bộ đề nghị UBND các tỉnh giao các Sở Nông nghiệp và Phát triển nông thôn lập kế hoạch kiểm định an toàn đập.",
     "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Bộ Công Thương đề nghị Chủ tịch UBND các tỉnh, thành phố giao cho Sở Công Thương chủ động kiểm tra các cửa hàng xăng dầu.",
     "Sở Công Thương"),
])
def test_the_body_an_addressee_is_to_assign_is_a_doer(gaz, text, given):
    roles = assigned_by_addressee(text, roles_in_sentence(text, gaz), gaz, roles_in_sentence)
    assert any(given.casefold() in o.casefold() for o in _doers(roles)), _doers(roles)


def test_work_already_handed_out_is_no_ask_to_assign(gaz):
    text = ("Đề nghị các phòng ban chuyên môn, đơn vị sự nghiệp trên cơ sở chức năng, nhiệm vụ được giao chủ động "
            "xây dựng kế hoạch thực hiện.")
    before = roles_in_sentence(text, gaz)
    assert assigned_by_addressee(text, before, gaz, roles_in_sentence) == before


# -- (i)/(j) a plan step's subject after the plan's name -------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("Theo kế hoạch của tỉnh, các xã hoàn thành rà soát hộ nghèo trong quý III/2019.", "các xã"),
    ("Theo lộ trình, các đơn vị hoàn thành việc chuyển đổi số liệu trước ngày 30/6/2024.", "các đơn vị"),
    ("Theo kế hoạch, từ ngày 1/10 đến ngày 15/10/2019, ban chỉ đạo (BCĐ) các huyện tổ chức tập huấn cho điều tra viên.",
     "ban chỉ đạo"),
])
def test_plan_step_subject(gaz, text, who):
    assert any(o.casefold().startswith(who) for o in _doers(roles_in_sentence(text, gaz))), roles_in_sentence(text, gaz)


def test_capitalise_plan_subject_keeps_offsets():
    t = "Theo kế hoạch, thời gian từ ngày 1 đến 5/10/2019, ban chỉ đạo các xã lập danh sách."
    out = capitalise_plan_subject(t)
    assert len(out) == len(t) and ", Ban chỉ đạo các xã" in out
    # only after a plan's name: a sentence that opens otherwise is left as it is
    assert capitalise_plan_subject("Sau đó, ban chỉ đạo các xã lập danh sách.") == "Sau đó, ban chỉ đạo các xã lập danh sách."


# -- (e) a web page's clock line ---------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Thứ Bảy, ngày 19/01/2019 07:15 AM (GMT+7)",
    "author Thứ Tư, ngày 23/05/2012 05:36 AM (GMT+7)",
    "Thứ hai, ngày 20/01/2025 - 19:33",  # unseen_repair k1's page
])
def test_clock_line_is_no_date_line(line):
    assert parse_date(line)[0] is None


def test_a_date_line_keeps_its_place():
    assert parse_date("Hà Nội, ngày 19/01/2019")[0] == dt.date(2019, 1, 19)
    # a weekday alone (a schedule's day, no clock) is read as before
    assert parse_date("Thứ Hai, ngày 18/09/2017")[0] == dt.date(2017, 9, 18)


# -- (g) a one-off window opening an inner clause ------------------------------------------------------

@pytest.mark.parametrize("text, due", [
    ("Theo kế hoạch điều tra ..., sau 2 bước chuẩn bị, thời gian từ ngày 5 đến 20-10-2019, ban chỉ đạo các huyện lập "
     "danh sách hộ nghèo.", dt.date(2019, 10, 20)),
    ("Theo Kế hoạch này, từ ngày 6 đến ngày 10/7/2015, các vị ĐBQH trong Đoàn ĐBQH tỉnh sẽ tiếp xúc cử tri tại 11 xã.",
     dt.date(2015, 7, 10)),  # pending gold yo3
])
def test_window_opening_an_inner_clause_bounds_the_step(text, due):
    dl = find_deadline(text, due.year)
    assert dl is not None and dl.date == due


def test_a_window_already_reported_stays_no_deadline():
    # the clause after the window reports what was done
    dl = find_deadline("Theo báo cáo, từ ngày 1 đến 5/12/2010, các xã đã tổ chức bình xét hộ nghèo.", 2010,
                       issued=dt.date(2010, 12, 20))
    assert dl is None or dl.date is None
