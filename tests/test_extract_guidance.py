"""Second blind round (issue 5): Government resolutions with duties by body and ministries'
guidance letters, on the real documents samples/text/k1_…-k6_… (their gold files test the whole;
these tests pin the rules the blind pass showed missing)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.assign import heading_offices
from pipeline.extract.offices import roles_in_sentence
from pipeline.extract.sentences import LABEL_RES
from pipeline.structure.labels import parse_label

from conftest import office_names as names  # noqa: E402
from conftest import run_sample as run  # noqa: E402
from conftest import task_starting as task  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TEXT = ROOT / "samples" / "text"
MINISTRIES = ["Bộ Y tế", "Bộ Công Thương", "Bộ Nông nghiệp và Môi trường"]


@pytest.fixture(scope="module")
def k4():
    return run("k4")


def test_shared_head_list_heading_names_each_ministry(gaz):
    # '1. Các Bộ: Y tế, Công Thương, Nông nghiệp và Môi trường' (no closing colon) over a)-đ)
    assert [r.office for r in heading_offices("Các Bộ: Y tế, Công Thương, Nông nghiệp và Môi trường", gaz)] == MINISTRIES
    assert [r.office for r in heading_offices("Các Sở: Nội vụ, Y tế:", gaz)] == ["Sở Nội vụ", "Sở Y tế"]


def test_partners_after_a_shared_head_colon(gaz):
    roles = roles_in_sentence("Bộ Khoa học và Công nghệ: Tăng cường kiểm tra; phối hợp với các Bộ: Y tế, Công Thương, "
                              "Nông nghiệp và Môi trường rà soát, hoàn thiện các tiêu chuẩn.", gaz)
    assert [r.office for r in roles] == ["Bộ Khoa học và Công nghệ", *MINISTRIES]
    assert [r.role for r in roles] == ["lead", "support", "support", "support"]


def test_resolution_duties_under_a_ministries_heading(k4):
    for start in ("Chủ động hướng dẫn tổ chức triển khai", "Chủ động rà soát Luật An toàn thực phẩm"):
        t = task(k4, start)
        assert names(t) == MINISTRIES and t.lead is None and t.section.startswith("Điều 3 > 1 >")
    t = task(k4, "Bộ Khoa học và Công nghệ: Tăng cường")
    assert names(t) == ["Bộ Khoa học và Công nghệ", *MINISTRIES] and t.lead == "Bộ Khoa học và Công nghệ"


def test_guidance_letter_restating_the_law_directs_only_in_its_closing():
    k5 = run("k5")  # OCR of a ministry's guidance, items 1-5 explain the law
    texts = [t.text for t in k5.tasks]
    assert any(x.startswith("Trên đây là một số ý kiến hướng dẫn") for x in texts)
    for stated in ("Do đó, sản xuất thực phẩm nhỏ lẻ là",  # a copula after 'Do đó,'
                   "Khoản 10 Điều 3, Khoản 1 Điều 12",  # a list of cited articles
                   "Do đó, Thông tư số 57/2015/TT-BCT",  # 'không còn hiệu lực'
                   "Đối tượng áp dụng quy định tại Thông tư",  # 'đã được bãi bỏ'
                   "Hiệu lực của Thông tư số 57/2015",  # an item's long title without a stop
                   "trình đầu tư, từ sản xuất",  # a quotation that an OCR colon cut
                   "Trong thời gian khi Bộ Công Thương"):  # 'ý kiến đề nghị' is a noun
        assert not any(x.startswith(stated) for x in texts), stated
    closing = task(k5, "Trên đây là một số ý kiến hướng dẫn")
    assert closing.section == "5" and names(closing)[0].startswith("Sở Công Thương các tỉnh")


def test_wrapped_chapter_citation_is_no_heading():
    line = "Chương VI Nghị định số 77/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính"
    assert parse_label(line) is None
    assert not any(rx.match(line) for style, rx in LABEL_RES if style == "part")
    assert parse_label("Chương I. Quy định chung") is not None and parse_label("Chương II QUY ĐỊNH CHUNG") is not None
    k6 = run("k6")
    assert [t.section for t in k6.tasks] == [""]
    assert names(k6.tasks[0]) == ["UBND tỉnh Bình Định"]


def test_ocr_header_spaced_number_and_cut_motto():
    from pipeline.structure.header import parse_number

    assert parse_number("Số:8 5 2 0/BCT-KHCN Hà Nội, ngày")[0] == "8520/BCT-KHCN"
    assert parse_number("Số: 435/QĐ-UBND Kon Tum, ngày")[0] == "435/QĐ-UBND"
    h = run("k6").header  # 'BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI É' on one OCR line
    assert (h.number, h.issuer, h.doc_type) == ("8520/BCT-KHCN", "BỘ CÔNG THƯƠNG", "Công văn")


def test_cited_document_list_items_are_not_tasks(k4):
    # Điều 1: '1. Nghị định số 46/2026/NĐ-CP ... quy định ...', '2. Nghị quyết số 66.13/2026/NQ-CP ...
    # quy định về ...': the texts the resolution suspends (the dot of '66.13' ends no sentence)
    assert not any(t.text.startswith(("Nghị định số 46/2026", "Nghị quyết số 66.13")) for t in k4.tasks)



def test_need_not_is_no_directive():
    from pipeline.extract.tasks import DIRECTIVE_CUE_RE

    assert not DIRECTIVE_CUE_RE.search("Do đó, đối tượng này không cần đáp ứng quy định tại Điều 40")
    assert not DIRECTIVE_CUE_RE.search("các văn bản sửa đổi cần thiết")
    assert DIRECTIVE_CUE_RE.search("Các đơn vị cần khẩn trương báo cáo")
