"""header27: header leftovers on new text (issue 5): a ministry's or a department's unit ('Cục', 'Chi cục', 'Tổng
cục') speaking in a post without naming its document, its parent in brackets; a body that 'quyết định' (decides) what the
post reports, after grounds opened by a connective ('Tuy nhiên, thực hiện ...; căn cứ ..., UBND huyện X quyết định dừng
...') or for a steering committee ('Ban Chỉ đạo ... vừa quyết định thành lập ...'); and their counter-cases ('quyết định
số ...' is a noun; 'cục Quản lý thị trường các tỉnh' an addressee).

Invented wordings and wordings after press items of other sources (see pipeline/structure/posted.py).
"""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure


def _header27(text: str):
    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    return doc.header


@pytest.mark.parametrize("lead,issuer", [
    ("Chi cục Kiểm lâm đề nghị Chủ tịch UBND các xã chỉ đạo lực lượng tuần tra canh gác lửa rừng.", "Chi cục Kiểm lâm"),
    ("Ngày 12/3, Chi cục Chăn nuôi và Thú y (Sở Nông nghiệp và Phát triển nông thôn) yêu cầu các trạm thú y tổ chức "
     "tiêm phòng đúng lịch.", "Chi cục Chăn nuôi và Thú y"),
    ("Tổng cục Quản lý thị trường chỉ đạo cục Quản lý thị trường các tỉnh tăng cường kiểm tra xăng dầu.",
     "Tổng cục Quản lý thị trường"),
    ("Cục Quản lý thị trường tỉnh Bắc Giang yêu cầu các Đội Quản lý thị trường tăng cường kiểm tra bánh trung thu.",
     "Cục Quản lý thị trường tỉnh Bắc Giang"),
])
def test_a_units_lead_names_it_as_the_issuer(lead, issuer):
    h = _header27("Tăng cường kiểm tra trong mùa cao điểm\n\n" + lead + "\n\nCác đơn vị báo cáo kết quả trước ngày 30/4.\n")
    assert h.issuer == issuer


def test_a_units_lead_after_another_sentence_in_its_paragraph_list():
    h = _header27("Dự báo cháy rừng từ ngày 10/8 đến 13/8\n\n"
                  "Theo thông tin của Cục Lâm nghiệp, thời tiết trên địa bàn tiếp tục nắng nóng.\n\n"
                  "Đặc trưng của cấp III là thời tiết khô hanh kéo dài.\n\n"
                  "Chi cục Kiểm lâm đề nghị Chủ tịch UBND các xã chỉ đạo các chủ rừng thực hiện các biện pháp phòng cháy.\n")
    assert h.issuer == "Chi cục Kiểm lâm"


def test_a_lowercase_unit_is_an_addressee_not_a_speaker():
    h = _header27("Tin thị trường\n\ncục Quản lý thị trường các tỉnh yêu cầu tăng cường kiểm tra.\n")
    assert h.issuer is None


@pytest.mark.parametrize("lead,issuer", [
    ("Tuy nhiên, thực hiện Chỉ thị số 05/CT-TTg ngày 28-1-2021 của Thủ tướng Chính phủ về một số biện pháp cấp bách; "
     "Chỉ thị số 03/CT-UBND ngày 3-2-2021 của Chủ tịch UBND tỉnh về phòng, chống dịch; căn cứ vào tình hình thực tế của "
     "huyện, UBND huyện Yên Dũng quyết định dừng tổ chức lễ hội đầu xuân.", "UBND huyện Yên Dũng"),
    ("Đồng thời, căn cứ tình hình dịch bệnh trên địa bàn, UBND tỉnh Quảng Ngãi vừa quyết định cho học sinh toàn tỉnh nghỉ học "
     "thêm một tuần.", "UBND tỉnh Quảng Ngãi"),
    ("Nhằm đảm bảo an toàn thực phẩm trong dịp tết, phục vụ nhân dân vui xuân an toàn, Ban Chỉ đạo liên ngành về an toàn "
     "thực phẩm tỉnh vừa quyết định thành lập 3 đoàn kiểm tra liên ngành.", "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh"),
])
def test_a_body_that_decides_is_the_issuer(lead, issuer):
    h = _header27("Dừng tổ chức lễ hội\n\n" + lead + "\n\nCác đơn vị liên quan triển khai thực hiện.\n")
    assert h.issuer == issuer


def test_quyet_dinh_as_a_noun_is_no_verb():
    h = _header27("Tin chỉ đạo\n\nCăn cứ tình hình thực tế, UBND huyện Yên Dũng quyết định số 12 về việc dừng lễ hội.\n")
    assert h.issuer != "UBND huyện Yên Dũng"


def test_the_last_addressee_after_gui_is_no_speaker():
    h = _header27("Đề nghị bố trí dẫn đoàn tại chốt kiểm soát\n"
                  "GD&TĐ - Tổng cục Đường bộ Việt Nam vừa có văn bản gửi UBND tỉnh Bắc Ninh, Sở Giao thông vận tải, Cục CSGT "
                  "(Bộ Công an) đề nghị xử lý ùn tắc tại các chốt.\n")
    assert h.issuer != "Cục CSGT"
