"""header41: header fields (issue 5) -- a district's service unit that directs the communes in a post's prose is the
issuer ('Trung tâm Dịch vụ nông nghiệp X đề nghị UBND các xã ...', 'Trạm Trồng trọt và BVTV ... đã tập trung chỉ đạo Uỷ
ban nhân dân các xã ...'), the shape of measure28-30's (H6) that header40 found off the standing sets in office_spans
ob26-030.

Real texts off the standing sets: office_spans ob26-030 (Bạch Thông's agricultural service centre's urgent notice) and Mỹ
Đức's portal item on its week of rat control (myduc.hanoi.gov.vn, pages corpus); the counter-cases' wordings are invented
after them.
"""
from __future__ import annotations

from conftest import benchmark_row, header_head, structured_header

from pipeline.structure.unit_director import unit_director

# myduc.hanoi.gov.vn 'Mỹ Đức triển khai công tác diệt chuột bảo vệ sản xuất nông nghiệp vụ xuân 2023' (pages corpus), whole
_MYDUC = (
    "TIN TỨC KHÁC\n\n"
    "Mỹ Đức triển khai công tác diệt chuột bảo vệ sản xuất nông nghiệp vụ xuân 2023\n"
    "Ngày đăng 09/03/2023 | 16:12  | View count: 71\n\n"
    "Những ngày qua, trên các cánh đồng của Huyện Mỹ Đức, các tổ diệt chuột đã tập trung xuống đồng đánh chuột bảo vệ sản "
    "xuất nông nghiệp vụ xuân năm 2023\n\n"
    "Trạm Trồng trọt và Bảo vệ thực vật Mỹ Đức đã triển khai công tác diệt chuột bảo vệ sản xuất nông nghiệp và sức khỏe cộng "
    "đồng vụ xuân năm 2023. Phát động tuần lễ diệt chuột trên toàn địa bàn Huyện từ ngày 01 đến ngày 07 tháng 03 năm 2023.\n\n"
    "Trạm Trồng trọt và BVTV Huyện Mỹ Đức đã tập trung chỉ đạo Uỷ ban nhân dân các xã, thị trấn tập trung đánh đồng loạt trong "
    "tuần lễ diệt chuột nhằm đem lại hiệu quả cao nhất. Đồng thời thường xuyên tuyên truyền về các biện pháp phòng trừ chuột "
    "hại trên hệ thống truyền thanh của Huyện và trên các hệ thống truyền thanh địa phương của các xã, thị trấn, không để chuột "
    "phát sinh gây hại nặng trên đồng ruộng. Phấn đấu giành vụ xuân thắng lợi./.\n\n"
    "Trạm Trồng trọt và BVTV Huyện Mỹ Đức\n")


def test_a_service_centre_that_asks_the_communes_after_a_purpose_clause_issues():
    text = benchmark_row("benchmarks/data/office_spans.jsonl", "id", "ob26-030")["text"]
    assert header_head(structured_header(text)) == (None, None, None, "Trung tâm Dịch vụ nông nghiệp Bạch Thông")


def test_a_station_that_directs_the_communes_in_a_later_paragraph_issues():
    # (its first paragraph, where the station acts itself, names no one it directs)
    assert structured_header(_MYDUC).issuer == "Trạm Trồng trọt và BVTV Huyện Mỹ Đức"


def test_a_unit_that_acts_or_reports_is_no_speaker():
    assert unit_director(["Trạm Trồng trọt và Bảo vệ thực vật Mỹ Đức đã triển khai công tác diệt chuột vụ xuân năm 2023."]) is None
    assert unit_director(["Trung tâm Y tế huyện cho biết, đến nay đã có 25 ca mắc sốt xuất huyết; đề nghị các xã phun hóa chất."]) is None


def test_a_unit_named_inside_a_sentence_that_opens_otherwise_is_left_alone():
    # (the director of the centre speaks as a person; who issues is not the sentence's opener)
    assert unit_director(["Sáng 5/6, ông Nguyễn Văn A, Giám đốc Trung tâm Y tế huyện đề nghị các xã tăng cường phun hóa chất."]) is None
    assert unit_director(["Theo Trung tâm Khí tượng thủy văn tỉnh, Trung tâm đề nghị các xã chủ động ứng phó."]) is None


def test_the_unit_s_name_stops_at_its_verb():
    assert unit_director(["Trung tâm Dịch vụ nông nghiệp huyện Bạch Thông vừa đề nghị các xã, thị trấn chỉ đạo phun thuốc."]) == \
        "Trung tâm Dịch vụ nông nghiệp huyện Bạch Thông"


def test_a_time_adverb_after_the_purpose_clause_and_a_steering_opener_are_allowed():
    # (invented after ob26-030 and header batch S09's 'Để ..., vừa qua Sở Thông tin và Truyền thông ...')
    assert unit_director(["Để chủ động phòng, chống bệnh đạo ôn, vừa qua Trung tâm Dịch vụ nông nghiệp Bạch Thông đề nghị "
                          "UBND các xã, thị trấn thông báo tình hình đến các hộ dân."]) == "Trung tâm Dịch vụ nông nghiệp Bạch Thông"
    assert unit_director(["Theo đó, Trung tâm Dịch vụ nông nghiệp Bạch Thông cũng đề nghị các xã chỉ đạo phun thuốc."]) == \
        "Trung tâm Dịch vụ nông nghiệp Bạch Thông"
