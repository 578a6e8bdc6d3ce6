"""header26: header classes measure20 named on unseen20 and batch AG's issuer misses (issue 5): a rule's sentence whose
body is named by its level ('Chủ tịch UBND cấp xã ký quyết định ...'), a decree named 'Nghị định N/YYYY' on a 'Ngày D-M'
lead, a notice's speaker in its last paragraph and its 'ngày hôm nay (date)', an answer's 'X kiểm tra và trả lời như sau:',
a headline's place under the body the lead names, a place of several syllables before a head's name, a police body's
event, a 'Theo yêu cầu của <body>, ...' opener, a legal database's issuer cut after its first line.

Invented wordings and wordings after press items of other sources (see pipeline/structure/posted.py, posted26.py,
header.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure
from pipeline.structure.posted26 import decree_lead, today_date


def _header26(text: str):
    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    return doc.header


def test_a_level_named_head_signing_states_a_rule_not_the_items_document():
    h = _header26("Từ 1-7, UBND cấp huyện không còn thực hiện việc đăng ký tạm trú.\n\n"
                  "Theo đó, khi tổ chức chính quyền hai cấp, UBND cấp xã thực hiện các nhiệm vụ trước đây của cấp huyện.\n\n"
                  "Chủ tịch UBND cấp xã ký quyết định công nhận tổ trưởng tổ dân phố và giao cho Công an xã thực hiện.\n")
    assert h.doc_type is None and h.signer_title is None
    assert h.issuer != "UBND cấp xã"


def test_a_named_committee_head_signing_is_still_read():
    h = _header26("Chủ tịch UBND huyện Quế Sơn vừa ký quyết định thành lập tổ công tác phòng chống dịch.\n")
    assert h.issuer == "UBND huyện Quế Sơn" and h.signer_title == "Chủ tịch" and h.doc_type == "Quyết định"


@pytest.mark.parametrize("text,number,date", [
    ("Ngày 7-8, Chính phủ ban hành Nghị định 220/2025 sửa đổi một số điều của các nghị định về quốc phòng.",
     "220/2025", dt.date(2025, 8, 7)),
    ("(PLO)- Ngày 15/3, Chính phủ đã ban hành Nghị định số 24/2024/NĐ-CP quy định chi tiết Luật Đấu thầu.",
     "24/2024/NĐ-CP", dt.date(2024, 3, 15)),
    ("Mới đây, Chính phủ vừa ban hành Nghị định 13/2023 về bảo vệ dữ liệu cá nhân.", "13/2023", None),
])
def test_a_decree_lead_gives_type_number_issuer_and_the_numbers_year(text, number, date):
    d = decree_lead([text])
    assert d == {"doc_type": "Nghị định", "number": number, "issuer": "Chính phủ", "date": date}


def test_a_decree_news_item_is_read_as_the_decree():
    h = _header26("Xã thực hiện đăng ký nghĩa vụ quân sự từ 1-9 10/09/2025 08:00\n\n"
                  "Ngày 29-8, Chính phủ ban hành Nghị định 240/2025 sửa đổi quy định về đăng ký nghĩa vụ quân sự.\n\n"
                  "Chủ tịch UBND cấp xã ký quyết định gọi công dân đăng ký nghĩa vụ quân sự.\n")
    assert (h.doc_type, h.number, h.issuer, h.date) == ("Nghị định", "240/2025", "Chính phủ", dt.date(2025, 8, 29))


@pytest.mark.parametrize("text,date", [
    ("Theo tin từ Chi cục Kiểm lâm, tính đến ngày hôm nay ( 12/05/2023 ), nhiều khu vực có nguy cơ cháy rừng.",
     dt.date(2023, 5, 12)),
    ("Hôm nay (3/6/2021), mực nước sông Hồng đang lên.", dt.date(2021, 6, 3)),
    ("Hôm nay trời nắng nóng gay gắt.", None),
])
def test_today_in_brackets_is_the_notices_day(text, date):
    assert today_date([text]) == date


def test_a_notice_speaker_in_its_last_paragraph_and_its_today():
    h = _header26("THÔNG BÁO CẤP DỰ BÁO CHÁY RỪNG\n\n"
                  "Theo tin từ chi cục kiểm lâm, tính đến ngày hôm nay ( 12/05/2023 ), các khu vực dưới đây có nguy cơ cháy rừng:\n\n"
                  "Huyện A Lưới, Nam Đông đang ở cấp IV, cấp nguy hiểm.\n\n"
                  "Ban chỉ huy phòng cháy, chữa cháy rừng của tỉnh yêu cầu UBND các huyện tăng cường tuần tra canh gác lửa rừng.\n")
    assert h.doc_type == "Thông báo" and h.date == dt.date(2023, 5, 12)
    assert h.issuer == "Ban chỉ huy phòng cháy, chữa cháy rừng của tỉnh"


def test_an_answer_formulas_speaker():
    h = _header26("Kính chào Ông/Bà.\n"
                  "Vấn đề Ông/Bà phản ánh, UBND phường Phú Hội kiểm tra và trả lời như sau:\n"
                  "Việc một số hộ dân đổ rác ra vỉa hè, UBND phường đã cử cán bộ kiểm tra, nhắc nhở.\n")
    assert h.issuer == "UBND phường Phú Hội"


def test_a_headlines_place_yields_to_the_body_of_that_place():
    h = _header26("Đà Nẵng yêu cầu trường học tăng cường phòng chống đuối nước\n"
                  "Ảnh minh họa\n\n"
                  "Sở GD&ĐT Đà Nẵng đề nghị các đơn vị, nhà trường tăng cường tuyên truyền phòng chống đuối nước cho học sinh.\n")
    assert h.issuer == "Sở GD&ĐT Đà Nẵng"


def test_a_headlines_place_stays_when_no_body_of_it_speaks():
    h = _header26("Đà Nẵng yêu cầu các quận tăng cường phòng chống đuối nước\n\n"
                  "Các trường học cần tăng cường tuyên truyền cho học sinh.\n")
    assert h.issuer == "Đà Nẵng"


@pytest.mark.parametrize("text,issuer,signer", [
    ("Chủ tịch UBND thành phố Hồ Chí Minh vừa ký văn bản yêu cầu các sở tăng cường phòng chống dịch.",
     "UBND thành phố Hồ Chí Minh", None),
    ("Phó Chủ tịch UBND thành phố Hồ Chí Minh Nguyễn Văn Hiếu vừa ký văn bản yêu cầu các sở tăng cường.",
     "UBND thành phố Hồ Chí Minh", "Nguyễn Văn Hiếu"),
    ("Phó Chủ tịch UBND thành phố Hồ Kỳ Minh vừa ký ban hành văn bản yêu cầu các sở tiết kiệm điện.",
     "UBND thành phố", "Hồ Kỳ Minh"),
])
def test_a_place_of_several_syllables_before_a_heads_name(text, issuer, signer):
    h = _header26(text)
    assert h.issuer == issuer and h.signer == signer


@pytest.mark.parametrize("text,issuer", [
    (" date 2022-04 Sáng 20/4, Công an tỉnh đã phát lệnh ra quân thực hiện đợt cao điểm trấn áp tội phạm.", "Công an tỉnh"),
    ("Trước đó, sáng cùng ngày (8/9), Công an tỉnh Bến Tre tổ chức hội nghị triển khai kế hoạch cao điểm.",
     "Công an tỉnh Bến Tre"),
    ("14:36, 11/02/2020\nUBND huyện Krông Búk đã chỉ đạo các ban, ngành tạm dừng tổ chức lễ hội.", "UBND huyện Krông Búk"),
    ("14:36, 11/02/2020\nUBND huyện Đắk R’Lấp đã chỉ đạo các ban, ngành tạm dừng tổ chức lễ hội.", "UBND huyện Đắk R’Lấp"),
    ("Theo yêu cầu của UBND tỉnh Cao Bằng, các đơn vị chức năng phải tăng cường kiểm tra khai thác cát sỏi.",
     "UBND tỉnh Cao Bằng"),
    ("Theo chỉ đạo của UBND tỉnh, Sở Y tế yêu cầu các bệnh viện tăng cường trực cấp cứu.", "Sở Y tế"),
])
def test_event_and_opener_speakers(text, issuer):
    assert _header26(text).issuer == issuer


def test_a_databases_issuer_lines_under_its_own_lines():
    h = _header26("Hệ thống pháp luật\nĐang tải nội dung, vui lòng chờ giây lát...\nĐang tải nội dung, vui lòng chờ giây lát...\n\n"
                  "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                  "---------------\n\nSố: 12/2018/QĐ-UBND\n\nQuảng Ninh, ngày 05 tháng 3 năm 2018\n\nQUYẾT ĐỊNH\n\n"
                  "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n")
    assert h.issuer == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH" and h.number == "12/2018/QĐ-UBND"
