"""Shapes of ministries' and general departments' letters met in session 9's blind batch (gold
yd*), each tested on a text written for the test in the same shape, not on the sample's lines:
a letter's symbol whose drafting unit's code spells a document type ('…/BYT-KH-TC': the
Planning and Finance Department), and a header exported as table cells, its motto wrapped after
'CHỦ NGHĨA' and each cell closed by a pipe."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure
from pipeline.structure.header import _symbol_type


def run(text: str) -> Document:
    return structure(Document(doc_id="t", lines=lines_from_text(text)), Config())


@pytest.mark.parametrize("number, expected", [
    # a letter: the issuer's code, then the drafting unit's, whatever letters the unit's code has
    ("512/BNV-KH", None),
    ("2031/UBND-KH", None),
    ("88/BGDĐT-KHTC", None),
    ("1450/BTC-KH-TC", None),
    ("77/SYT-TB", None),
    ("903/TCHQ-TT", None),
    # a typed document: the type's code comes first after the number (and its year)
    ("12/KH-UBND", "Kế hoạch"),
    ("09/2019/TT-BTP", "Thông tư"),
    ("301/QĐ-BYT", "Quyết định"),
    ("15/CT-TTg", "Chỉ thị"),
    # a Party body's number puts the type before the slash
    ("445-KL/TU", "Kết luận"),
])
def test_the_type_code_is_the_first_code_of_the_symbol(number, expected):
    assert _symbol_type(number) == expected


CELLS = """BỘ NỘI VỤ |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM |
Số: 512/BNV-KH |
Hà Nội, ngày 12 tháng 3 năm 2024 |
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Để tổng hợp báo cáo Chính phủ, Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố gửi số liệu biên chế năm 2024 về Bộ Nội vụ trước ngày 30 tháng 3 năm 2024.
Trân trọng./.
|
KT. BỘ TRƯỞNG |
"""


def test_a_header_in_table_cells_with_a_wrapped_motto_keeps_its_issuer():
    h = run(CELLS).header
    assert h.issuer is not None and h.issuer.upper() == "BỘ NỘI VỤ"
    assert h.doc_type == "Công văn"
    assert h.number == "512/BNV-KH"


def test_a_two_line_issuer_cell_still_joins_before_its_pipe():
    text = CELLS.replace("BỘ NỘI VỤ |\n", "TỔNG CỤC HẢI\nQUAN |\n", 1)
    h = run(text).header
    assert h.issuer is not None and h.issuer.upper() == "TỔNG CỤC HẢI QUAN"


def _offices(sentence: str) -> list[str]:
    from pipeline.extract.offices import load_gazetteer, split_office_list

    return [n for n, _w in split_office_list(sentence, load_gazetteer())]


def test_two_kinds_of_body_joined_by_a_slash_are_one_office():
    got = _offices("các hiệp hội ngành hàng, chi nhánh/văn phòng đại diện của Phòng Thương mại "
                   "và Công nghiệp Việt Nam, Đài Phát thanh và Truyền hình tỉnh")
    assert any(g.casefold().startswith("chi nhánh/văn phòng đại diện") for g in got), got
    assert any("hiệp hội" in g.casefold() for g in got), got


def test_a_slash_between_words_that_name_no_body_gives_no_office():
    assert _offices("hồ sơ/tài liệu") == []


def _roles(sentence: str) -> list[tuple[str, str]]:
    from pipeline.extract.offices import load_gazetteer, roles_in_sentence

    return [(r.office, r.role) for r in roles_in_sentence(sentence, load_gazetteer())]


@pytest.mark.parametrize("sentence, told", [
    ("Bộ Giáo dục và Đào tạo thông báo để các Sở Giáo dục và Đào tạo biết, thực hiện./.", "các Sở Giáo dục và Đào tạo"),
    ("Cục Thuế tỉnh thông báo các Chi cục Thuế khu vực được biết và triển khai thực hiện./.", "các Chi cục Thuế khu vực"),
    ("Bộ Nội vụ xin thông báo tới Ủy ban nhân dân các tỉnh, thành phố biết để phối hợp./.", "Ủy ban nhân dân các tỉnh, thành phố"),
])
def test_the_closing_formula_makes_the_bodies_told_to_know_the_office_not_the_issuer(sentence, told):
    got = _roles(sentence)
    leads = [o.casefold() for o, role in got if role == "lead"]
    assert leads and all(not o.startswith(("bộ giáo dục", "cục thuế tỉnh", "bộ nội vụ")) for o in leads), got
    assert any(told.casefold().replace("các ", "") in o.replace("các ", "") for o in leads), got


def test_an_announcement_without_biet_keeps_its_subject():
    # 'thông báo kết quả cho X' is the subject's own work (it announces), no closing formula
    got = _roles("Sở Tài chính thông báo kết quả thẩm định dự toán cho các phòng chuyên môn trước ngày 20/7/2024.")
    assert ("Sở Tài chính", "lead") in got, got


@pytest.mark.parametrize("sentence, party", [
    ("DNCX phải kê khai tờ khai hải quan mới trước khi bán hàng hóa vào nội địa.", "DNCX"),
    ("NNT nộp hồ sơ đề nghị hoàn thuế tại cơ quan thuế quản lý trực tiếp.", "NNT"),
    ("HTX lập phương án sử dụng vốn hỗ trợ và gửi Ủy ban nhân dân xã.", "HTX"),
])
def test_enterprises_and_taxpayers_by_their_abbreviation_are_the_doers(sentence, party):
    assert (party, "lead") in _roles(sentence)


def test_a_topic_group_that_comes_back_as_the_object_is_not_the_doer():
    # under 'đề nghị Cục Thuế thực hiện:' the work on the group is the tax department's
    assert _roles("Đối với hộ kinh doanh nộp thuế theo phương pháp khoán: Rà soát doanh thu của hộ kinh doanh "
                  "và điều chỉnh mức thuế khoán theo quy định.") == []


def test_a_public_body_after_doi_voi_stays_the_doer():
    got = _roles("Đối với Sở Giáo dục và Đào tạo: Chủ trì hướng dẫn các trường tổ chức ôn tập cho học sinh.")
    assert got and got[0][0].startswith("Sở Giáo dục"), got


def test_a_topic_label_with_la_does_not_make_the_duty_a_statement():
    from pipeline.extract.offices import load_gazetteer
    from pipeline.extract.tasks import _statement

    gaz = load_gazetteer()
    assert _statement("Đối với tổ chức là đơn vị sự nghiệp công lập: Hướng dẫn đơn vị lập hồ sơ theo mẫu số 02.", gaz) is None
    assert _statement("Thời hạn nộp hồ sơ là ngày 30/6/2024.", gaz) == "copula"


WRAPPED_TOPIC = """BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc
Số: 1201/TCT-KK Hà Nội, ngày 05 tháng 4 năm 2024
V/v rà soát hồ sơ hoàn thuế giá trị gia tăng

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

Để bảo đảm việc hoàn thuế đúng đối tượng, đề nghị Cục Thuế các tỉnh, thành phố thực hiện:

- Đối với hồ sơ hoàn thuế đã giải quyết trong năm 2023 có số tiền từ 10 tỷ đồng trở lên:
Rà soát lại hồ sơ hoàn thuế, đối chiếu với dữ liệu hóa đơn điện tử của người bán và
báo cáo kết quả về Tổng cục Thuế trước ngày 30/5/2024.

- Đối với hồ sơ hoàn thuế đang giải quyết: Kiểm tra trước, hoàn thuế sau theo quy định tại
Luật Quản lý thuế và các văn bản hướng dẫn.

Về thời gian:
Các Cục Thuế hoàn thành việc rà soát trong quý II/2024.

Tổng cục Thuế thông báo để Cục Thuế các tỉnh, thành phố biết, thực hiện./.
"""


def test_a_topic_line_printed_to_the_page_width_runs_on_into_its_duty(tmp_path):
    import pipeline

    path = tmp_path / "t.txt"
    path.write_text(WRAPPED_TOPIC, encoding="utf-8")
    doc = pipeline.process(str(path))
    texts = [t.text for t in doc.tasks]
    wrapped = [t for t in doc.tasks if t.text.startswith("Đối với hồ sơ hoàn thuế đã giải quyết")]
    assert wrapped and "Rà soát lại hồ sơ hoàn thuế" in wrapped[0].text, texts
    assert wrapped[0].deadline is not None and wrapped[0].deadline.isoformat() == "2024-05-30"
    # the short 'Về thời gian:' line is a heading: its sentence is a task of its own
    assert any(t.startswith("Các Cục Thuế hoàn thành việc rà soát") for t in texts), texts
    # the group the second topic names is what is checked; the tax departments do it
    second = [t for t in doc.tasks if t.text.startswith("Đối với hồ sơ hoàn thuế đang giải quyết")]
    assert second and [o.office for o in second[0].offices if o.role == "lead"] == ["Cục Thuế các tỉnh, thành phố"], \
        [(o.office, o.role) for o in second[0].offices] if second else texts


def test_two_parties_each_with_a_clause_of_the_same_duty_verb_are_both_doers():
    got = _roles("Ủy ban nhân dân cấp xã lập danh sách hộ nghèo, Phòng Lao động - Thương binh và Xã hội lập "
                 "danh sách tổng hợp gửi Sở trước ngày 10/9/2024.")
    leads = [o for o, role in got if role == "lead"]
    assert len(leads) == 2 and leads[0].startswith("Ủy ban nhân dân") and leads[1].startswith("Phòng Lao động"), got


def test_a_second_clause_with_another_verb_is_left_to_the_roles():
    got = _roles("Sở Tài chính chủ trì, Sở Kế hoạch và Đầu tư phối hợp thẩm định phương án.")
    assert ("Sở Tài chính", "lead") in got and ("Sở Kế hoạch và Đầu tư", "lead") not in got, got


@pytest.mark.parametrize("sentence, expected", [
    # the day the goods crossed or a declaration was lodged picks which goods a rule covers
    ("Hướng dẫn doanh nghiệp đối với lô hàng xuất khẩu trước ngày 15/8/2024 tiếp tục áp dụng thuế suất cũ.", None),
    ("Rà soát các tờ khai nhập khẩu đăng ký từ ngày 01/3/2024 có khai mã miễn thuế.", None),
    ("Đề nghị Cục Thuế kiểm tra các hóa đơn phát hành trước ngày 01/6/2024 chưa kê khai.", None),
    # a bound of the work itself stays one
    ("Kiểm tra các tờ khai đăng ký từ ngày 01/3/2024 và báo cáo Tổng cục trước ngày 20/5/2024.", "2024-05-20"),
    ("Hoàn thành việc rà soát tờ khai tồn đọng trước ngày 31/7/2024.", "2024-07-31"),
    ("Hồ sơ đề nghị hoàn thuế nộp trước ngày 15/6/2024.", "2024-06-15"),
])
def test_the_day_goods_or_declarations_date_is_no_deadline(sentence, expected):
    from pipeline.extract.temporal import find_deadline

    d = find_deadline(sentence, 2024)
    assert (d.date.isoformat() if d and d.date else None) == expected


def test_a_case_naming_its_body_then_a_subjectless_request_asks_that_body():
    got = _roles("Trường hợp Phòng Tài nguyên và Môi trường chưa hoàn thành việc kiểm kê đất công, "
                 "yêu cầu báo cáo rõ lý do với Ủy ban nhân dân huyện trước ngày 15/7/2024.")
    assert got and got[0] == ("Phòng Tài nguyên và Môi trường", "lead"), got


def test_a_request_naming_its_own_body_after_a_case_keeps_it():
    got = _roles("Trường hợp cần thiết, đề nghị Sở Y tế chủ trì tổ chức kiểm tra đột xuất.")
    assert got and got[0] == ("Sở Y tế", "lead"), got
