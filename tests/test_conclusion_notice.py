"""A conclusion notice a report names in prose ('Văn phòng UBND TPHCM vừa có thông báo kết luận cuộc họp ...') is typed
"Thông báo kết luận", as its heading 'THÔNG BÁO KẾT LUẬN' types it (samples/gold/README.md, session 30: the convention
header41's H15 asked for).  The texts are real rows of benchmarks/data/header_fields.jsonl (press items off the standing
sets); a plain 'thông báo' report keeps the type 'Thông báo'."""
from __future__ import annotations

import pytest
from conftest import benchmark_row, structured_header

ROWS = ["header15_R20", "header16_T11_vpubnd_hcm_tbkl", "header18_W12_vpubnd_hcm_tbkl_viahe",
        "header33_AO09_hcm_thanhuy_tbkl_giaichaybo_2025_nld"]


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
