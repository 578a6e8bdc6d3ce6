"""header44: header fields (issue 5) -- the dash family (H16): a signing lead whose signer's name and title are joined by a
dash, in either order, read as '<title> <Name> đã ký' (pipeline/structure/signing_dash.py).

Real texts off the standing sets: header_fields AX07 (thoidai.com.vn, 'Ông Ngô Đức Sáu – Phó Chủ tịch UBND huyện Lâm Thao,
tỉnh Phú Thọ đã ký hướng dẫn số 1510/UBND-GDĐT ...'), deadline_audit sf12 (VietnamPlus, the name already after a title,
'... Chủ tịch Quốc hội Trần Thanh Mẫn - Chủ tịch Hội đồng Bầu cử Quốc gia đã ký ...': left in its order), and the dashes
that join a name and a title with no signing (header_fields hue_cv4009, office_spans ob17-047, the Sơn Tây portal's
chairman at a meeting in tests/test_header43.py): never rewritten.
"""
from __future__ import annotations

from conftest import benchmark_row, header_head, structured_header

from pipeline.structure.signing_dash import signing_in_title_order


def test_a_name_dash_title_signing_lead_gives_issuer_title_and_signer():
    # header_fields AX07: START read the type, number, date and name, not the issuer or the title
    text = benchmark_row("benchmarks/data/header_fields.jsonl", "id",
                         "header42_AX07_phutho_lamthao_ubndhuyen_huongdan1510_khoanthu_2021_thoidai")["text"]
    h = structured_header(text)
    assert header_head(h) == ("Hướng dẫn", "1510/UBND-GDĐT", "2021-08-27", "UBND huyện Lâm Thao")
    assert (h.signer_title, h.signer) == ("Phó Chủ tịch", "Ngô Đức Sáu")


def test_the_rewrite_puts_the_title_first_and_drops_the_honorific():
    line = ("Ông Ngô Đức Sáu – Phó Chủ tịch UBND huyện Lâm Thao, tỉnh Phú Thọ đã ký hướng dẫn số 1510/UBND-GDĐT "
            "ngày 27/8/2021, về việc hướng dẫn công tác quản lý thu, chi năm học 2021 – 2022")
    assert signing_in_title_order(line).startswith(
        "Phó Chủ tịch UBND huyện Lâm Thao, tỉnh Phú Thọ Ngô Đức Sáu đã ký hướng dẫn số 1510/UBND-GDĐT")


def test_a_title_dash_name_signing_lead_loses_its_dash():
    # the title-first order (measure30's H16 shape), the office's head signing after a lead's day
    line = ("Ngày 1/11, Chánh Văn phòng HĐND-UBND thành phố Kon Tum - Nguyễn Quốc Vương đã ký ban hành thông báo kết luận "
            "tại cuộc họp giao ban")
    assert signing_in_title_order(line) == (
        "Ngày 1/11, Chánh Văn phòng HĐND-UBND thành phố Kon Tum Nguyễn Quốc Vương đã ký ban hành thông báo kết luận "
        "tại cuộc họp giao ban")


def test_a_name_that_already_follows_its_title_keeps_its_order():
    # deadline_audit sf12: 'Chủ tịch Quốc hội <name> - <second title> đã ký' is read from its dashless words already
    text = benchmark_row("benchmarks/data/deadline_audit_short_sf_texts.jsonl", "id", "sf12_hdbcqg_nq85_donvibaucu_2026")["text"]
    line = next(t for t in text.splitlines() if "Trần Thanh Mẫn" in t and " - " in t)
    assert signing_in_title_order(line) == line


def test_dashes_with_no_signing_are_left_alone():
    for line in (
        # header_fields hue_cv4009: a speaker's conclusion
        "Thực hiện kết luận của Chủ tịch UBND tỉnh - Phan Ngọc Thọ - Trưởng Ban Chỉ đạo phòng chống dịch tỉnh",
        # office_spans ob17-047: a team's head
        "Thành lập Tổ công tác do Phó Chủ tịch Thường trực UBND huyện - Trương Văn Trung làm tổ trưởng",
        # the Sơn Tây portal (tests/test_header43.py): a chairman at a meeting
        "Đ/c Tạ Thanh Phong – Phó Chủ tịch UBND thị xã chủ trì hội nghị.",
        # a joined 'HĐND-UBND' and a symbol's hyphen are no dash
        "Chánh Văn phòng HĐND-UBND huyện đã ký Công văn số 12/UBND-VP",
    ):
        assert signing_in_title_order(line) == line


def test_a_dash_before_an_office_word_is_not_a_name():
    # 'Văn phòng' and a body's words are no personal name: nothing moves
    line = "Ông Văn Phòng – Giám đốc Sở Y tế đã ký"
    assert signing_in_title_order(line) == line
