"""A conclusion notice a report names in prose ('Văn phòng UBND TPHCM vừa có thông báo kết luận cuộc họp ...') is typed
"Thông báo kết luận", as its heading 'THÔNG BÁO KẾT LUẬN' types it, and so is its numbered twin 'Thông báo số N về kết
luận của ...' (samples/gold/README.md, session 31: labels31's call (1), H15).  The texts are real rows of benchmarks/data/header_fields.jsonl (press items off the standing
sets); a plain 'thông báo' report keeps the type 'Thông báo'."""
from __future__ import annotations

import pytest
from conftest import benchmark_row, structured_header

ROWS = ["header15_R20", "header16_T11_vpubnd_hcm_tbkl", "header18_W12_vpubnd_hcm_tbkl_viahe",
        "header33_AO09_hcm_thanhuy_tbkl_giaichaybo_2025_nld",
        # the numbered twin: 'Thông báo số 47/TB-VPCP ngày 21/2/2022 kết luận của ...', 'thông báo số 704 /TB-VPUBND về
        # kết luận của ...', 'Thông báo số 81/TB-UBND về “Kết luận của ...'
        "header15_R13", "header15_S08", "thainguyen_tb81_2011_ccb"]


@pytest.mark.parametrize("row_id", ROWS)
def test_a_conclusion_notice_told_in_prose_is_typed_as_one(row_id):
    row = benchmark_row("benchmarks/data/header_fields.jsonl", "id", row_id)
    assert row["expected"]["doc_type"] == "Thông báo kết luận"
    assert structured_header(row["text"]).doc_type == "Thông báo kết luận"


def test_a_plain_notice_keeps_its_type():
    text = ("Sở Y tế vừa có thông báo về việc tạm dừng tiếp nhận hồ sơ đăng ký hành nghề trong thời gian nâng cấp hệ thống.\n\n"
            "Theo đó, các cơ sở gửi hồ sơ qua bưu điện từ ngày 05/3/2024.\n")
    assert structured_header(text).doc_type == "Thông báo"


def test_a_conclusion_named_after_another_word_is_no_conclusion_notice():
    text = ("Văn phòng UBND tỉnh vừa có thông báo ý kiến của Chủ tịch UBND tỉnh về việc tổ chức kết luận thanh tra.\n\n"
            "Theo đó, Chủ tịch UBND tỉnh giao Sở Tài chính chủ trì thực hiện.\n")
    assert structured_header(text).doc_type == "Thông báo"


def test_a_cited_conclusion_notice_of_another_number_leaves_the_type():
    from pipeline.structure.conclusion_notice import conclusion_type
    texts = ["Sở Y tế ban hành Thông báo số 12/TB-SYT về lịch tiếp dân.",
             "Trước đó, UBND tỉnh có Thông báo số 40/TB-UBND về kết luận của Chủ tịch UBND tỉnh."]
    assert conclusion_type("Thông báo", texts, "12/TB-SYT") == "Thông báo"
    assert conclusion_type("Thông báo", texts, "40/TB-UBND") == "Thông báo kết luận"
    assert conclusion_type("Kế hoạch", texts, "40/TB-UBND") == "Kế hoạch"
