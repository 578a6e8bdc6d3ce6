"""header40: header fields (issue 5) -- the lead's day after a leading clause when the press writes it as a new start
('..., Ngày D <body> ...', '...; Ngày D, <body> ...', no comma before the body), and a symbol spaced before its hyphen only.

Real texts off the standing sets: header batch AT04 (a Khánh Hòa commune's portal, 'Nhằm ..., Ngày 21/01/2021 Ủy ban nhân dân
xã đã ban hành kế hoạch số 05/KH -UBND ...'), a Tây Ninh portal's item (tayninh.gov.vn, pages corpus: 'Nhằm tuyên truyền, ...,
tạo sự đồng thuận ...; Ngày 04/4/2016, UBND tỉnh ban hành kế hoạch số 819/KH-UBND ...'), development ym4 (Đắk Nông, 'Nhằm
...; Ủy ban nhân dân tỉnh vừa ban hành Công văn số 1974/UBND-KGVX ...'); the counter-cases' wordings are invented after them.
"""
from __future__ import annotations

from conftest import benchmark_row, header_head, structured_header

from pipeline.structure.posted import _later_lead, press_lead

_header = structured_header
_row = benchmark_row
_head = header_head

# tayninh.gov.vn, 'Kế hoạch tổ chức Mít tinh – Diễu hành Kỷ niệm 55 năm thảm họa da cam ...' (pages corpus), its opening
_TAYNINH = (
    "Kế hoạch tổ chức Mít tinh – Diễu hành Kỷ niệm 55 năm thảm họa da cam ở Việt Nam trên địa bàn tỉnh Tây Ninh\n\n"
    "Thứ năm - 07/04/2016 10:00 102 0\n"
    "Nhằm tuyên truyền, nâng cao nhận thức trong cán bộ, đảng viên và toàn dân về tính chất nguy hiểm, hậu quả lâu dài của "
    "thảm họa da cam đối với môi trường và con người Việt Nam, vận động các tầng lớp nhân dân, các tổ chức, cá nhân trong và "
    "ngoài tỉnh tiếp tục quan tâm, giúp đỡ thăm hỏi, động viên nạn nhân chất độc da cam về vật chất, tinh thần, tạo sự đồng "
    "thuận của dư luận trong tỉnh, trong nước để tích cực tham gia cuộc đấu tranh đòi công lý cho nạn nhân chất độc da cam ở "
    "Việt Nam; Ngày 04/4/2016, UBND tỉnh ban hành kế hoạch số 819/KH-UBND tổ chức tổ chức mít tinh – diễu hành kỷ niệm 55 năm "
    "thảm họa da cam ở Việt Nam trên địa bàn tỉnh Tây Ninh.\n\n"
    "Kế hoạch tổ chức kỷ niệm 55 năm thảm họa da cam ở Việt Nam trên địa bàn tỉnh Tây Ninh bao gồm nhiều nội dung trong đó "
    "chú trọng công tác tuyên truyền; hoạt động thăm hỏi, tặng quà; mít tinh, diễu hành.\n")


def test_the_day_after_a_purpose_clause_s_semicolon_is_the_plan_s_day():
    # (START read the number and the body after the day's comma, and lost the day)
    assert _head(_header(_TAYNINH)) == ("Kế hoạch", "819/KH-UBND", "2016-04-04", "UBND tỉnh")


def test_a_capitalised_day_with_no_comma_after_a_purpose_clause_opens_the_lead():
    text = _row("benchmarks/data/header_fields.jsonl", "id",
                "header38_AT04_khanhhoa_ninhquang_ubndxa_kehoach05_tuyentruyen_tet_2021_portal")["text"]
    line = next(x for x in text.splitlines() if x.startswith("Nhằm "))
    p = press_lead(line)
    # (the number spaced before its hyphen is read whole; the page's header block, its number left blank, still gives the
    # document's other fields in the pipeline)
    assert p is not None and (p.doc_type, p.number, p.date.isoformat(), p.issuer) == \
        ("Kế hoạch", "05/KH-UBND", "2021-01-21", "Ủy ban nhân dân xã")


def test_a_later_lead_after_a_purpose_clause_s_semicolon_agrees_with_the_press_lead():
    text = _row("benchmarks/data/header_fields.jsonl", "id",
                "measure12_ym4_daknong_ubndtinh_congvan1974_baocao_covid_2020_posted")["text"]
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    later = _later_lead(lines[:9], None)
    assert later is not None and (later.doc_type, later.number) == ("Công văn", "1974/UBND-KGVX")
    assert _head(_header(text))[:2] == ("Công văn", "1974/UBND-KGVX")


def test_a_day_inside_the_grounds_is_not_the_lead_s_day():
    h = _header("Triển khai kế hoạch phòng chống thiên tai năm 2021\n"
                "Thực hiện Kế hoạch số 15/KH-UBND, ngày 05/3/2021 của UBND tỉnh về phòng chống thiên tai, UBND huyện ban hành "
                "Kế hoạch số 9/KH-UBND về phòng, chống thiên tai và tìm kiếm cứu nạn năm 2021.\n")
    assert _head(h)[:2] == ("Kế hoạch", "9/KH-UBND") and h.date is None


def test_a_day_with_no_comma_before_a_lowercase_word_opens_no_lead():
    assert press_lead("Nhằm đảm bảo an toàn cho nhân dân dịp Tết Nguyên đán năm 2021, ngày 21/01/2021 các xã đã ban hành "
                      "kế hoạch số 05/KH-UBND về việc trực Tết.") is None


def test_a_spaced_hyphen_takes_only_a_capitals_word():
    p = press_lead("Ngày 12/3/2021, UBND huyện đã ban hành văn bản số 120/UBND -VX về việc tiêm chủng.")
    assert p is not None and p.number == "120/UBND-VX"
    p = press_lead("Ngày 12/3/2021, UBND huyện đã ban hành văn bản số 120/UBND -Sở Y tế phối hợp thực hiện.")
    assert p is None or p.number == "120/UBND"
