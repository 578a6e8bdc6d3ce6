"""A press lead that reprints a directive ('Thủ tướng ... vừa ký Công điện số ... ngày ...') whose
date lost a digit with its font (a space, or a '(cid:NN)' the repair left as a gap): the lead
still names the directive's type, number, issuer and signer (pipeline/structure/posted.py).
Lines written for the test in the shape of a government portal's lead."""

from pipeline.model import Document, lines_from_text
from pipeline.structure.posted import posted_header


def head(first: str):
    text = first + "\n\nĐể kịp thời khắc phục hậu quả, Thủ tướng Chính phủ yêu cầu:\n\n1. Bộ Quốc phòng chủ trì tìm kiếm cứu nạn."
    return posted_header(Document(doc_id="t", lines=lines_from_text(text)))


def test_a_lead_whose_date_lost_a_digit_still_names_the_directive():
    for date in ("21/ /2025", "21/(cid:40)/2025", " 1/8/ 025"):
        p = head(f"Thủ tướng Chính phủ Trần Văn An vừa ký Công điện số 120/CĐ-TTg ngày {date} về việc ứng phó bão số 3.")
        assert (p.doc_type, p.number, p.issuer, p.signer, p.date) == (
            "Công điện", "120/CĐ-TTg", "Thủ tướng Chính phủ", "Trần Văn An", None)
    p = head("Thủ tướng Chính phủ Trần Văn An vừa ký Công điện số 120/CĐ-TTg ngày 21/8/2025 về việc ứng phó bão số 3.")
    assert str(p.date) == "2025-08-21"
