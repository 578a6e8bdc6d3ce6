"""points32 (session 32): measure32's furniture and span classes, on texts off the standing sets.

Texts: the development gold (zb2, fb2), the pending gold (ga3, fw1), benchmarks/data (header_fields doan_qd367, AM14,
AN13; deadline batch 65's Hà Nội portal and Pentaxim items), the pages corpus.  No standing set is read here.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.birthspan import birth_spans
from pipeline.extract.bylines import byline_lines, drop_bylines
from pipeline.extract.cutline import cut_fragment
from pipeline.extract.relatedlinks import page_end_line
from pipeline.extract.temporal import find_deadline

ROOT = Path(__file__).resolve().parents[1]


# -- (F9) a last line cut right after a whole syllable -----------------------------------------------------------

def test_whole_syllable_cut_after_a_short_head_is_a_fragment():
    # header_fields doan_qd367 ends '... QUY ĐỊNHVề ban hành văn bả': 'bả' is a syllable, 'văn bản' the word
    assert cut_fragment(["Điều 1. Quy định chung.", "Về ban hành văn bả"]) == "Về ban hành văn bả"


def test_whole_syllable_cut_with_a_whole_clause_is_kept():
    # office_spans ob30-021: a whole clause before the cut 'trong tì[nh]' -- annotated as printed, no drop
    line = "Sở Y tế chủ động xây dựng các phương án bảo vệ, di dời cơ sở y tế trong tì"
    assert cut_fragment(["Yêu cầu các đơn vị:", line]) is None


@pytest.mark.parametrize("last", ["Phan Trung Bá", "Nguyễn Huy Hoàn", "Tổ chức thực hiện", "Giao các phòng ban làm"])
def test_whole_words_and_names_are_not_cut(last):
    # development p2/k5 end on signers' names, whose last syllable could go on ('Bá' / 'Báo'): names are capitalised
    assert cut_fragment(["Đề nghị các đơn vị thực hiện.", last]) is None


def test_dash_led_short_fragment_is_read_as_cut():
    # a point of a lead-in's list cut after a whole syllable (the shape of measure32's F9 remainder)
    assert cut_fragment(["Yêu cầu các địa phương:", "- Tổ chức vui Tết Trung thu;", "- Nhân dịp các hoạt độn"]) \
        == "- Nhân dịp các hoạt độn"


# -- (F11) furniture after the body ------------------------------------------------------------------------------

def _text(name: str) -> str:
    return next((ROOT / "samples" / "text").glob(name + "*.txt")).read_text(encoding="utf-8")


def test_title_case_byline_after_the_body():
    lines = _text("zb2_khanhhoa_bithutinhuy_giaoban_tuan_2018_news").split("\n")
    assert byline_lines(lines) == {"Nguyên Lộc - Văn phòng Tỉnh ủy"}


@pytest.mark.parametrize("line", ["Nguyễn Tiến Tùng - LĐLĐ huyện Chợ Mới", "Nguyễn Thu Hà- MTTQ huyện Sóc Sơn"])
def test_byline_forms_of_the_pages_corpus(line):
    # header_fields AM14, AN13 (portal items of a district's labour federation and front)
    assert byline_lines(["UBND huyện yêu cầu các xã triển khai kế hoạch.", line]) == {line}


@pytest.mark.parametrize("line", ["Sở Tài chính - Kế hoạch", "- Phòng Tài chính – Kế hoạch", "Ban Biên tập",
                                  "Nguyễn Văn An - Chủ tịch UBND huyện chỉ đạo các xã thực hiện nghiêm."])
def test_bodies_recipients_and_sentences_are_no_bylines(line):
    assert byline_lines(["UBND huyện yêu cầu các xã triển khai kế hoạch.", line]) == set()


def test_only_the_byline_task_is_dropped():
    class T:
        def __init__(self, text):
            self.text = text
    tasks = [T("UBND tỉnh yêu cầu Sở Tài chính rà soát kinh phí."), T("Nguyên Lộc - Văn phòng Tỉnh ủy")]
    kept = drop_bylines(tasks, ["UBND tỉnh yêu cầu Sở Tài chính rà soát kinh phí.", "Nguyên Lộc - Văn phòng Tỉnh ủy"])
    assert [t.text for t in kept] == ["UBND tỉnh yêu cầu Sở Tài chính rà soát kinh phí."]


def test_newest_items_list_is_the_page_end():
    # development fb2: '(0) Bình luận / Nổi bật / Tin mới nhất / Kinh Môn huy động toàn dân bảo vệ môi trường'
    lines = _text("fb2_haiduong_kinhmon_bandanvan_mttq_phatdong_baovemoitruong").split("\n")
    at = page_end_line(lines)
    assert at is not None and lines[at].strip() == "Tin mới nhất"
    assert all("Tin mới nhất" not in t for t in lines[:at])


# -- (D11) a target group's birth span --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # deadline batch 65 dp4501 (Hà Nội's portal) and dp4502 (the Pentaxim registration), pending ga3
    "Đối tượng được đăng ký đợt này là những trẻ đủ 2 điều kiện sau: Có ngày sinh trong khoảng từ ngày 21/7/2014 đến "
    "ngày 21/5/2016 (năm dương lịch); tính đến ngày 21/7/2016 trẻ đã đến lịch tiêm chủng nhưng chưa được tiêm chủng.",
    "Đối tượng được đăng ký tiêm vaccine 5 trong 1 là tất cả các trẻ đủ 2 tháng tuổi đến 24 tháng tuổi, tính đến ngày "
    "tiêm (trẻ sơ sinh trong khoảng từ ngày 05/4/2014 đến ngày 29/02/2016, chưa được tiêm hoặc tiêm chưa đủ mũi vaccine "
    "5 trong 1).",
    "Trẻ từ 2 đến dưới 10 tuổi ( mốc sinh từ 01/06/ 2004 đến 30/04/2012 ) chưa được tiêm vacxin Sởi hoặc chưa tiêm "
    "đầy đủ 2 mũi vacxin Sởi",
])
def test_birth_span_is_no_deadline(sentence):
    assert birth_spans(sentence)
    assert find_deadline(sentence, 2016) is None


def test_birth_span_masked_leaves_the_work_window():
    # pending ga3's target line and its 'Thời gian tiêm:' value joined in one clause: the rules (the learned scorer
    # set aside, as it judges whole sentences) keep the vaccination window and leave the birth span
    from pipeline.extract.temporal import use_scorer

    s = ("Tiêm bổ sung vacxin Sởi cho trẻ từ 2 đến dưới 10 tuổi ( mốc sinh từ 01/06/ 2004 đến 30/04/2012 ) từ ngày "
         "12/05/2014 đến hết ngày 16/05/2014")
    with use_scorer(None):
        dl = find_deadline(s, 2014)
    assert dl is not None and dl.date.isoformat() == "2014-05-16"


@pytest.mark.parametrize("sentence, iso", [
    ("Các trường tổ chức tuyển sinh từ ngày 1/7 đến 15/7/2020.", "2020-07-15"),  # an enrolment window stays
    ("Các đơn vị tổ chức vệ sinh môi trường, hoàn thành trước ngày 5/6/2020.", "2020-06-05"),
])
def test_other_sinh_words_are_no_birth_cue(sentence, iso):
    assert birth_spans(sentence) == []
    dl = find_deadline(sentence, 2020)
    assert dl is not None and dl.date.isoformat() == iso
