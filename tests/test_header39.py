"""header39: header fields (issue 5) -- grounds listed with semicolons and closed by one before the issuing lead
(measure29's H5 in its 'Thực hiện <documents>; <body> <verb> <type> số N' form), read by posted.py's press lead as the
same grounds closed by a comma always were.

Real texts off the standing sets: office_spans ob9-081 (Tây Ninh's Ban Thường vụ Tỉnh ủy, 'Thực hiện Công văn số
4930/MTTW-BTT ...; Ban Thường vụ Tỉnh ủy vừa có văn bản chỉ đạo số 682-CV/TU ...') and header_fields AG07 (a Lạng Sơn
market office's page, 'Căn cứ Công văn số 1799/TCQLTT-CVN ...; Cục Quản lý thị trường tỉnh Lạng Sơn đã ban hành Kế
hoạch số 1050/KH-CQLTT ngày 30/8/2021 ...'); the counter-cases' wordings are invented after them.
"""
from __future__ import annotations

from conftest import benchmark_row, header_head, structured_header

_header = structured_header
_row = benchmark_row
_head = header_head


def test_grounds_closed_by_a_semicolon_before_a_party_board_s_numbered_letter():
    text = _row("benchmarks/data/office_spans.jsonl", "id", "ob9-081")["text"]
    assert _head(_header(text)) == ("Công văn", "682-CV/TU", None, "Ban Thường vụ Tỉnh ủy")


def test_grounds_closed_by_a_semicolon_before_a_department_s_numbered_and_dated_plan():
    text = _row("benchmarks/data/header_fields.jsonl", "id", "header25_AG07_langson_cucqltt_kehoach1092_trungthu_dms")["text"]
    # the lead's own plan (the row's gold names the team's later plan the page is about: the lead is still read as the
    # press lead reads it after a comma)
    assert _head(_header(text))[:3] == ("Kế hoạch", "1050/KH-CQLTT", "2021-08-30")


def test_the_day_after_the_semicolon_is_the_lead_s_day():
    h = _header("Tổ chức lễ hội mùa xuân năm 2021\n"
                "Thực hiện Chỉ thị số 12/CT-BVHTTDL ngày 20/12/2020 của Bộ Văn hóa, Thể thao và Du lịch về công tác lễ hội; "
                "ngày 15/01/2021, UBND tỉnh ban hành văn bản số 77/UBND-VX về việc tổ chức lễ hội mùa xuân năm 2021.\n"
                "Theo đó, UBND tỉnh giao Sở Văn hóa chủ trì tổ chức các hoạt động.\n")
    assert _head(h) == ("Công văn", "77/UBND-VX", "2021-01-15", "UBND tỉnh")


def test_a_list_of_grounds_whose_last_item_is_a_task_names_no_document():
    h = _header("Phòng chống dịch bệnh trên đàn vật nuôi\n"
                "Thực hiện Công văn số 15/SNN-TY ngày 02/3/2021 của Sở Nông nghiệp; Kế hoạch số 20/KH-UBND ngày 05/3/2021 "
                "của UBND huyện; các xã tổ chức tiêm phòng cho đàn gia súc trước ngày 30/4/2021.\n")
    assert h.number is None
