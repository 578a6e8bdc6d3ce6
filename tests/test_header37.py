"""header37: header fields (issue 5) -- a press lead whose clause of purpose is closed by a semicolon ('Nhằm ...; Ban chỉ
đạo ... huyện vừa xây dựng kế hoạch ...'), read as after a comma for every body the lead reader knows; its counter-cases
(a semicolon clause before an ask with no document, before a list of doers).

Invented wordings after the real shapes cited in pipeline/structure/posted.py (samples ym4, office_spans ob36-005).
"""
from __future__ import annotations

from conftest import structured_header
from pipeline.structure.posted import press_lead

_header = structured_header


def test_a_steering_board_plan_after_a_purpose_clause_closed_by_a_semicolon():
    h = _header("Huyện tổ chức hai đợt hiến máu năm 2024\n\n"
                "Nhằm tiếp tục đẩy mạnh phong trào hiến máu tình nguyện trong toàn huyện, góp phần cung cấp máu cho công "
                "tác cấp cứu người bệnh; Ban chỉ đạo hiến máu tình nguyện huyện vừa xây dựng kế hoạch tuyên truyền, vận "
                "động hiến máu năm 2024.\n\nTheo đó, năm 2024 huyện phấn đấu tiếp nhận 1.200 đơn vị máu.\n")
    assert (h.doc_type, h.issuer) == ("Kế hoạch", "Ban chỉ đạo hiến máu tình nguyện huyện")


def test_a_department_letter_with_its_number_after_a_semicolon():
    p = press_lead("Để kịp thời ngăn chặn tàu cá của ngư dân vi phạm vùng biển nước ngoài trong mùa cá chính vụ; Sở Nông "
                   "nghiệp và Phát triển nông thôn vừa có công văn số 1203/SNN-TS gửi UBND các huyện ven biển.")
    assert p is not None
    assert (p.doc_type, p.number, p.issuer) == ("Công văn", "1203/SNN-TS", "Sở Nông nghiệp và Phát triển nông thôn")


def test_the_comma_form_reads_as_before():
    p = press_lead("Để kịp thời ngăn chặn tàu cá của ngư dân vi phạm vùng biển nước ngoài trong mùa cá chính vụ, Sở Nông "
                   "nghiệp và Phát triển nông thôn vừa có công văn số 1203/SNN-TS gửi UBND các huyện ven biển.")
    assert p is not None and (p.doc_type, p.number) == ("Công văn", "1203/SNN-TS")


def test_a_semicolon_clause_before_an_ask_with_no_document_gives_nothing():
    assert press_lead("Nhằm đảm bảo an toàn cho người dân trong mùa mưa bão năm nay; Ban Chỉ huy phòng chống thiên tai "
                      "huyện yêu cầu các xã rà soát phương án sơ tán.") is None


def test_a_semicolon_clause_before_a_list_of_doers_gives_nothing():
    assert press_lead("Để kịp thời ngăn chặn tàu cá vi phạm vùng biển nước ngoài trong mùa cá chính vụ; các địa phương ven "
                      "biển cần khẩn trương thực hiện đợt cao điểm.") is None
