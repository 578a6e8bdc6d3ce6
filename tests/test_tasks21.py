"""tasks21: a news item's lead that retells its headline's act with the actor named in full is a report of
that body's own work, not a request (ownwork.retells_headline); an ask of 'các Tổ' / 'các Đoàn' after the
text named the unit it set up gives the plural as written (ownwork.unit_plural_roles)."""
from __future__ import annotations

import pytest

from pipeline.extract import load_gazetteer
from pipeline.extract.ownwork import named_units, retells_headline, unit_plural_roles
from conftest import extracted_tasks


# ------------------------------------------------- a headline's act retold by its actor: no task

RETOLD = [
    # (a place, a colon, the act / the place's committee and the act)
    ("Tháp Mười: Thành lập 4 Tổ kiểm tra, giám sát tình hình thực hiện Chỉ thị số 16",
     "Ban Chỉ đạo phòng, chống dịch Covid-19 huyện Tháp Mười thành lập 4 Tổ kiểm tra, giám sát tình hình "
     "thực hiện Chỉ thị số 16/CT-TTg tại các xã, thị trấn."),
    # (a commune's headline told with 'vừa' / its caption-like line in the present)
    ("Xã Đại An vừa tổ chức tuyên truyền lưu động về cuộc bầu cử",
     "Xã Đại An tuyên truyền Ngày hội bầu cử."),
    # (a ward's portal: the headline names the ward, the lead its People's Committee)
    ("Phường An Hội ra quân tổng vệ sinh môi trường",
     "UBND phường An Hội ra quân tổng vệ sinh môi trường tại các tuyến đường chính và khu dân cư."),
    # (a commune's campaign, the headline shorter than the lead)
    ("Quỳnh Hải: Tổ chức ra quân diệt lăng quăng, bọ gậy",
     "Ban Chỉ đạo phòng, chống dịch bệnh xã Quỳnh Hải tổ chức ra quân diệt lăng quăng, bọ gậy tại 8 thôn."),
    # (a district's drive)
    ("Huyện Tam Nông phát động phong trào trồng cây xanh",
     "UBND huyện Tam Nông phát động phong trào trồng 10.000 cây xanh trên địa bàn huyện."),
]


@pytest.mark.parametrize("title,lead", RETOLD)
def test_a_lead_that_retells_its_headline_is_a_report(title, lead):
    gaz = load_gazetteer()
    assert retells_headline(title, lead, gaz)
    assert extracted_tasks(f"{title}\n\n{lead}\n") == []


KEPT = [
    # (the headline names the act, not the actor: the lead's bodies are addressees)
    ("Tăng cường phòng, chống dịch sốt xuất huyết",
     "Các trạm y tế xã tăng cường giám sát, phát hiện sớm các ca bệnh trên địa bàn.", "Các trạm y tế xã"),
    # (a headline that directs)
    ("UBND huyện Tam Nông yêu cầu ra quân tổng vệ sinh môi trường",
     "UBND các xã thuộc huyện Tam Nông ra quân tổng vệ sinh môi trường trước ngày 30/6.", "UBND các xã"),
    # (a plural of bodies in the lead)
    ("Huyện Tam Nông: Các xã ra quân tổng vệ sinh môi trường",
     "Các xã trên địa bàn huyện Tam Nông ra quân tổng vệ sinh môi trường trước ngày 30/6.", "Các xã"),
]


@pytest.mark.parametrize("title,lead,office", KEPT)
def test_other_leads_after_a_headline_stay_as_before(title, lead, office):
    gaz = load_gazetteer()
    assert not retells_headline(title, lead, gaz)


def test_the_lead_of_a_directing_headline_is_still_the_request():
    ts = extracted_tasks("Tăng cường phòng, chống dịch sốt xuất huyết\n\n"
                  "Các trạm y tế xã tăng cường giám sát, phát hiện sớm các ca bệnh trên địa bàn.\n")
    assert len(ts) == 1 and ts[0].offices and ts[0].offices[0].office.startswith("Các trạm y tế xã")


# ------------------------------------------------- 'các Tổ' of the units the text named

UNITS = [
    ("Ban Chỉ đạo huyện thành lập 4 Tổ kiểm tra, giám sát tại các xã. Ban Chỉ đạo huyện yêu cầu các Tổ xây dựng "
     "kế hoạch kiểm tra cụ thể.", "các Tổ"),
    ("UBND tỉnh thành lập 3 Đoàn kiểm tra liên ngành về an toàn thực phẩm. UBND tỉnh giao các Đoàn tổ chức "
     "kiểm tra các cơ sở sản xuất trước ngày 15/1.", "các Đoàn"),
    ("Sở Y tế thành lập 5 Đội phản ứng nhanh. Sở Y tế đề nghị các Đội thường trực 24/24 giờ.", "các Đội"),
    ("Ban Chỉ đạo xã đã thành lập các Tổ công tác tại các thôn. Ban Chỉ đạo yêu cầu mỗi Tổ báo cáo kết quả "
     "hằng tuần.", "mỗi Tổ"),
]


@pytest.mark.parametrize("text,office", UNITS)
def test_an_ask_of_the_named_units_plural_gives_it_as_written(text, office):
    units = named_units(text)
    ask = text.split(". ", 1)[1]
    assert [r.office for r in unit_plural_roles(ask, units)] == [office]


def test_a_plural_of_a_unit_the_text_never_named_gives_nothing():
    # ('tổ dân phố' in lower case, a unit never set up: no office guessed)
    text = "Các tổ dân phố tổ chức họp dân. UBND phường yêu cầu các Tổ xây dựng kế hoạch."
    assert unit_plural_roles("UBND phường yêu cầu các Tổ xây dựng kế hoạch.", named_units(text)) == []


def test_the_named_units_plural_reaches_the_task():
    ts = extracted_tasks("Thành lập Tổ kiểm tra\n\nBan Chỉ đạo phòng, chống dịch huyện Tháp Mười thành lập 4 Tổ kiểm tra, "
                  "giám sát tại các xã, thị trấn.\n\nĐể triển khai thực hiện có hiệu quả, Ban Chỉ đạo huyện yêu cầu "
                  "các Tổ xây dựng kế hoạch kiểm tra, giám sát cụ thể.\n")
    asks = [t for t in ts if "yêu cầu" in t.text]
    assert asks and [r.office for r in asks[0].offices if r.role == "lead"] == ["các Tổ"]


# ------------------------------------------------- advice drawn from a report, the speaker left out

ADVICE = [
    ("Thông tin từ Chi cục Kiểm lâm tỉnh, hiện nay thời tiết đã bước vào mùa hanh khô, nguy cơ cháy rừng cao. "
     "Qua đó, khuyến cáo các chủ rừng và người dân chấp hành nghiêm các quy định về phòng cháy, chữa cháy rừng.",
     ["Các chủ rừng", "Người dân"]),
    ("Trung tâm Y tế huyện Châu Thành cho biết, trong tuần qua trên địa bàn huyện đã phát hiện 3 ổ dịch sốt xuất "
     "huyết. Qua đó, khuyến cáo người dân chủ động diệt lăng quăng, bọ gậy và ngủ màn để phòng bệnh.", ["Người dân"]),
    ("Theo Trung tâm Kiểm soát bệnh tật tỉnh, từ đầu năm đến nay toàn tỉnh ghi nhận 230 ca mắc tay chân miệng. "
     "Từ đó, ngành y tế khuyến cáo người dân thường xuyên rửa tay bằng xà phòng.", ["Người dân"]),
    ("Mưa lớn kéo dài khiến nhiều tuyến đường bị ngập sâu. Qua đó, kêu gọi người dân hạn chế đi lại qua các "
     "ngầm tràn khi nước dâng cao.", ["Người dân"]),
]


@pytest.mark.parametrize("text,offices", ADVICE)
def test_advice_drawn_from_a_report_asks_the_public(text, offices):
    ts = [t for t in extracted_tasks(f"Tin địa phương\n\n{text}\n") if t.text.startswith(("Qua đó", "Từ đó"))]
    assert len(ts) == 1
    assert sorted(r.office.capitalize() for r in ts[0].offices if r.role == "lead") == offices


NOT_ADVICE = [
    "Qua đó, đã khuyến cáo 120 hộ dân không sử dụng hóa chất cấm trong chăn nuôi.",
    "Qua đó, các khuyến cáo của ngành y tế đã được người dân thực hiện nghiêm.",
    "Qua đó, nhắc nhở 15 trường hợp vi phạm trật tự đô thị.",
]


@pytest.mark.parametrize("line", NOT_ADVICE)
def test_advice_given_before_or_the_noun_is_no_ask(line):
    from pipeline.extract.ownwork import advice_after_link
    assert not advice_after_link(line)
