"""(points22, issue 5) The classes measure22 named on unseen22, each by one general mechanism:

- (a)/(b) a link word, then a list of bodies or premises, then a verb of doing, in an item that has asked before,
  is one more duty; the premises' owners are its doers (extract/linkedbodies.py);
- (c) a press lead 'Sáng 1-4, ..., X tổ chức ...' reports an event (tasks.EVENT_OPENER_RE: a day without 'ngày');
- (d) the day of the event a request prepares for, in its fronted purpose clause, is no deadline (extract/purposeday.py);
- (e) a lead-in's addressees separated by ';' are each asked (assign._addressed);
- (f) 'Yêu cầu cán bộ, công chức, viên chức ...' under a lead-in's addressees is their duty (extract/staffasks.py);
- (g) the problems the addressee meets, 'Các khó khăn, vướng mắc phải báo cáo ...', are reported by it (askreach.py);
- (i)/(j) whom a speaker named by 'Đồng chí' or by a long title and name asks (extract/speakerasks.py);
- (k) 'và nhà người dân' in a list of addressees: the residents (linkedbodies.owners_for_premises);
- (o) a lead's day and month take the one year of the item's full dates (structure/leadyear.py);
- (p) a card's 'Người ký' with no colon, or with the name on the next line (structure/cardsigner.py).

The wordings are written here from general usage (flag notices, press items, meeting news), never copied from
the blind set."""
from __future__ import annotations

from pipeline.extract.linkedbodies import linked_bodies_act, linked_subject_roles, owners_for_premises
from pipeline.extract.purposeday import purpose_day_masks
from pipeline.extract.staffasks import asks_own_staff
from pipeline.model import Document, lines_from_text
from pipeline.structure.cardsigner import card_signer
from pipeline.structure.leadyear import full_dates_year
from test_points20 import _doc, _offices, _task


# -- (a)/(b) linked duties -----------------------------------------------------------------------

def test_linked_bodies_act_reads_premises_and_lists():
    assert linked_bodies_act("Theo đó, các trụ sở cơ quan, trường học và nhà ở của Nhân dân trên các tuyến phố chính "
                             "treo cờ Tổ quốc từ ngày 1/9 đến hết ngày 3/9.")
    assert linked_bodies_act("Bên cạnh đó, các phòng chuyên môn và UBND các phường tiếp tục thực hiện kiểm tra các cơ sở kinh doanh.")
    # a report of what was done, or of what was said, is no duty
    assert not linked_bodies_act("Bên cạnh đó, các xã đã tổ chức ra quân dọn vệ sinh tại 40 điểm.")
    assert not linked_bodies_act("Bên cạnh đó, các đại biểu cũng đóng góp ý kiến về công tác thi đua khen thưởng.")
    assert not linked_bodies_act("Các phòng chuyên môn tiếp tục thực hiện kiểm tra.")  # no link word: read elsewhere


def test_linked_subject_roles_take_the_owners_of_premises():
    got = [n for n, _ in linked_subject_roles("Theo đó, tất cả các trụ sở cơ quan nhà nước, tổ chức chính trị - xã hội, "
                                              "trường học và nhà ở của Nhân dân dọc các tuyến đường chính treo cờ Tổ quốc.")]
    assert got == ["cơ quan nhà nước", "tổ chức chính trị - xã hội", "trường học", "Nhân dân"]


FLAGS = ("Thị trấn treo cờ chào mừng ngày Quốc khánh\n\n"
         "UBND thị trấn yêu cầu các cơ quan, đơn vị trên địa bàn thị trấn thực hiện treo cờ và trang trí khẩu hiệu.\n\n"
         "Theo đó, tất cả các trụ sở cơ quan, trường học và nhà ở của Nhân dân trên các tuyến đường chính treo cờ Tổ quốc "
         "từ ngày 31/8/2024 đến hết ngày 3/9/2024.\n\n"
         "Bên cạnh đó, các đoàn thể và các khu phố tiếp tục thực hiện tổng vệ sinh môi trường tại các tuyến đường chính.\n")


def test_linked_duties_are_tasks_with_their_own_doers():
    doc = _doc(FLAGS)
    assert _task(doc, "Theo đó, tất cả các trụ sở") is not None
    assert "Nhân dân" in _offices(doc, "Theo đó, tất cả các trụ sở")
    assert _task(doc, "Bên cạnh đó, các đoàn thể") is not None


# -- (c) an event lead with a bare day ---------------------------------------------------------

def test_event_lead_with_a_bare_day_is_no_task():
    doc = _doc("Huyện ra quân tổng vệ sinh môi trường\n\n"
               "Sáng 12-3, tại thị trấn, UBND huyện tổ chức lễ ra quân tổng vệ sinh môi trường năm 2023.\n\n"
               "Tại buổi lễ, Chủ tịch UBND huyện đề nghị các xã, thị trấn duy trì tổng vệ sinh vào sáng thứ Bảy hằng tuần.\n")
    assert _task(doc, "Sáng 12-3") is None
    assert _task(doc, "Tại buổi lễ") is not None


# -- (d) the purpose clause's day ------------------------------------------------------------------

def test_purpose_clause_day_is_masked_but_a_bound_day_is_not():
    t = ("Nhằm chuẩn bị đón Đoàn kiểm tra của tỉnh về làm việc vào ngày 20/9/2024, UBND xã yêu cầu các thôn "
         "tổng vệ sinh đường làng.")
    masks = purpose_day_masks(t)
    assert [t[a:b] for a, b in masks] == ["ngày 20/9/2024"]
    assert purpose_day_masks("Để hoàn thành trước ngày 30/9/2024, UBND xã yêu cầu các thôn rà soát.") == []
    assert purpose_day_masks("Nhằm chuẩn bị đón Đoàn vào ngày 20/9/2024, các thôn đã tổng vệ sinh.") == []  # nobody asked


def test_purpose_clause_day_is_no_deadline():
    doc = _doc("Xã chuẩn bị đón Đoàn kiểm tra\n\n"
               "Nhằm chuẩn bị đón Đoàn kiểm tra của tỉnh về làm việc vào ngày 20/9/2024, UBND xã yêu cầu các thôn "
               "tổng vệ sinh đường làng, ngõ xóm.\n")
    t = _task(doc, "Nhằm chuẩn bị")
    assert t is not None and t.deadline is None


# -- (e)/(f) a lead-in's ';' addressees and the staff they ask ------------------------------------

LEAD_IN = ("Tỉnh tăng cường phòng, chống cháy rừng\n\n"
           "Để chủ động phòng, chống cháy rừng trong mùa khô, UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành cấp tỉnh; "
           "Chủ tịch UBND các huyện, thị xã, thực hiện các nội dung như sau:\n\n"
           "Chỉ đạo cán bộ, công chức của cơ quan phổ biến các quy định về phòng cháy rừng.\n\n"
           "Yêu cầu cán bộ, công chức, viên chức và người dân không đốt nương rẫy trong những ngày nắng nóng.\n")


def test_lead_in_hands_every_addressee_and_staff_asked_are_no_offices():
    doc = _doc(LEAD_IN)
    first = _offices(doc, "Chỉ đạo cán bộ")
    assert any(o.startswith("Giám đốc các sở") for o in first) and any(o.startswith("Chủ tịch UBND các huyện") for o in first)
    second = _offices(doc, "Yêu cầu cán bộ")
    assert any(o.startswith("Chủ tịch UBND các huyện") for o in second)
    assert not any("người dân" in o.casefold() for o in second)


def test_asks_own_staff_only_for_staff():
    assert asks_own_staff("Yêu cầu cán bộ, công chức, viên chức và người lao động chấp hành nghiêm ...")
    assert asks_own_staff("Đề nghị toàn thể đảng viên gương mẫu thực hiện ...")
    assert not asks_own_staff("Yêu cầu Sở Y tế chủ trì ...")
    assert not asks_own_staff("Đề nghị toàn thể Nhân dân trên địa bàn xã thực hiện ...")  # the public asked is the office


# -- (g) problems to report --------------------------------------------------------------------------

def test_problems_to_report_go_to_the_addressee():
    doc = _doc("Đẩy nhanh giải phóng mặt bằng dự án đường ven sông\n\n"
               "UBND tỉnh vừa có văn bản yêu cầu UBND huyện Hòa Vang kiểm tra, rà soát hồ sơ bồi thường theo quy định.\n\n"
               "Các khó khăn, vướng mắc vượt thẩm quyền phải báo cáo UBND tỉnh trước ngày 15/10/2024 để xem xét.\n")
    assert "UBND huyện Hòa Vang" in (_offices(doc, "Các khó khăn") or [])


# -- (i)/(j) speakers ----------------------------------------------------------------------------------

def test_speaker_named_by_pronoun_or_long_title():
    doc = _doc("Huyện góp ý dự thảo Đề án\n\n"
               "Chiều 5/11, UBND huyện tổ chức hội nghị góp ý dự thảo Đề án phát triển du lịch. Đồng chí cũng giao cho "
               "Phòng Văn hóa và Thông tin huyện tiếp thu các ý kiến, hoàn chỉnh dự thảo Đề án.\n\n"
               "Tại hội nghị, Phó Chủ tịch UBND huyện - Trưởng Ban Chỉ đạo Đề án Lê Văn Hùng đề nghị 45 tuyên truyền viên "
               "cơ sở tiếp tục phổ biến nội dung Đề án đến từng hộ dân.\n")
    assert "Phòng Văn hóa và Thông tin huyện" in (_offices(doc, "Đồng chí cũng giao") or [])
    assert any("tuyên truyền viên" in o for o in (_offices(doc, "Tại hội nghị") or []))


# -- (k) homes in a list -------------------------------------------------------------------------------

def test_homes_in_a_list_are_their_residents():
    assert owners_for_premises("yêu cầu các cơ quan, đơn vị và nhà người dân trên địa bàn thực hiện") == \
        "yêu cầu các cơ quan, đơn vị và người dân trên địa bàn thực hiện"
    assert owners_for_premises("sửa chữa nhà người dân bị hư hỏng") == "sửa chữa nhà người dân bị hư hỏng"  # not in a list


# -- (o)/(p) header --------------------------------------------------------------------------------------

def test_lead_day_takes_the_year_of_the_full_dates():
    assert full_dates_year(["ngày 3/10, UBND tỉnh vừa có văn bản ...", "báo cáo trước ngày 15/10/2024."], (3, 10)) == 2024
    assert full_dates_year(["ngày 3/10, ...", "trước ngày 15/10/2024; Kế hoạch ngày 2/1/2023"], (3, 10)) is None  # two years
    assert full_dates_year(["ngày 20/10, ...", "trước ngày 15/10/2024."], (20, 10)) is None  # the act after the date


def _header_doc(text: str) -> Document:
    return Document("t", lines=lines_from_text(text))


def test_card_signer_layouts():
    assert card_signer(_header_doc("Số hiệu 12/CT-UBND\nNgày ban hành 02/03/2024\nNgười ký Nguyễn Văn Hải\nLĩnh vực Y tế\n")) \
        == "Nguyễn Văn Hải"
    assert card_signer(_header_doc("Ngày có hiệu lực: \n\n02/03/2024\n\nNgười ký văn bản: \n\nTrần Thị Lan\n\nNơi nhận: \n")) \
        == "Trần Thị Lan"
    assert card_signer(_header_doc("Người ký: Ủy ban nhân dân tỉnh Nam Định\n")) is None
