"""deadline40 (D10): a step placed 'trong <campaign>' takes the end of the span the document tells for that campaign.

Texts: Khánh Hòa's flag notice for the provincial Party congress (Báo Khánh Hòa 2020, office_spans ob9-079), pending
fi3 (Bà Rịa - Vũng Tàu police's peak campaign), development z1 (Đà Nẵng's exam-time letter), deadline_phrases dp4504
(Hà Nội 2015) and deadline batch 66's dp4601 (a school's Action Month page).  No standing-set text.
"""
from __future__ import annotations

import datetime as dt

from pipeline.extract.campaignspan import campaign_spans, date_campaign_references, referred_campaign_end
from pipeline.config import Config
from pipeline.model import Document, Header, lines_from_text
from pipeline.structure import structure
from pipeline.extract import extract

KHANH_HOA = (
    "Đề nghị các cơ quan, đơn vị thực hiện như sau:\n"
    "Các sở, ban, ngành, tổ chức đảng, Mặt trận Tổ quốc, đoàn thể, lực lượng vũ trang, các đơn vị sự nghiệp và doanh "
    "nghiệp nhà nước thuộc tỉnh; UBND các huyện, thị xã, thành phố triển khai thực hiện việc treo cờ Tổ quốc, cờ Đảng "
    "trong thời gian diễn ra Đại hội Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2020-2025, được tổ chức từ ngày 12 đến "
    "14-10-2020.\n"
    "UBND các huyện, thị xã, thành phố chỉ đạo các xã, phường thông báo đến các hộ gia đình trên địa bàn thực hiện việc "
    "treo cờ Tổ quốc trong thời gian diễn ra đại hội.\n"
)

FI3 = (
    "Trong đợt cao điểm, Công an tỉnh và công an các địa phương thực hiện đồng loạt các biện pháp nghiệp vụ để bảo "
    "đảm ANCT và TTATXH. Đợt cao điểm diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6."
)


def _run(text: str, issued: dt.date | None = None):
    doc = Document(doc_id="t", lines=lines_from_text(text))
    doc = structure(doc, Config(ocr=False))
    if doc.header is None:
        doc.header = Header()
    doc.header.date = issued
    return extract(doc, Config(ocr=False)).tasks


def test_span_told_after_its_verb_and_referred_back_by_name():
    spans = campaign_spans([FI3], 2021)
    assert [(h, d) for h, _, d in spans] == [("đợt cao điểm", dt.date(2021, 6, 23))]
    assert referred_campaign_end(FI3.split(". ")[0], spans)[0] == dt.date(2021, 6, 23)


def test_no_year_anywhere_dates_nothing():
    # fi3 as the pipeline sees it: no document date, the span prints no year (the gold read 2021 elsewhere)
    assert campaign_spans([FI3], None) == []


def test_khanh_hoa_follower_dated_by_the_congress_span():
    tasks = _run(KHANH_HOA)
    follower = [t for t in tasks if t.text.startswith("UBND các huyện, thị xã, thành phố chỉ đạo")]
    assert follower and follower[0].deadline == dt.date(2020, 10, 14)
    assert "diễn ra đại hội" in follower[0].deadline_text


def test_a_campaign_over_before_the_document_dates_nothing():
    tasks = _run(KHANH_HOA, issued=dt.date(2020, 11, 1))
    follower = [t for t in tasks if t.text.startswith("UBND các huyện, thị xã, thành phố chỉ đạo")]
    assert follower and follower[0].deadline is None


def test_span_of_another_time_between_is_not_the_campaign_s():
    # development z1: the span is the exam's ('trong thời gian diễn kỳ thi từ ngày ...'), not the summer peak's
    z1 = ("nhằm góp phần bảo đảm trật tự an toàn giao thông, hạn chế tai nạn giao thông liên quan đến học sinh, sinh viên "
          "trong đợt cao điểm nghỉ hè và trong thời gian diễn kỳ thi từ ngày 23/6/2019 đến hết ngày 27/6/2019 trên địa bàn")
    assert campaign_spans([z1], 2019) == []


def test_plural_peaks_are_no_told_campaign():
    spans = [("đợt cao điểm", frozenset(), dt.date(2019, 6, 27))]
    assert referred_campaign_end("tham gia hỗ trợ về giao thông trong các đợt cao điểm.", spans) is None
    assert referred_campaign_end("Trong đợt cao điểm, các đơn vị tăng cường tuần tra.", spans) is not None


def test_same_sentence_span_after_the_event_dp4504():
    s = ('UBND TP Hà Nội đề nghị các cơ quan, đơn vị, bệnh viện và trường học trên địa bàn TP treo Cờ Tổ quốc và băng rôn '
         '"Nhiệt liệt chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ IX" trước cổng trụ sở cơ quan, đơn vị trong '
         'suốt thời gian diễn ra Đại hội, từ ngày 6 - 7/12/2015.')
    assert referred_campaign_end(s, campaign_spans([s], 2015))[0] == dt.date(2015, 12, 7)


def test_the_campaign_s_contents_listed_stay_undated():
    # deadline batch 66 dp4601: the Action Month's activities listed, no one's step (labels32, as unseen30 fo3)
    text = ("Tháng hành động Vì trẻ em năm 2023 được diễn ra từ ngày 01-30/6/2023.\n"
            "Ngoài ra, trong Tháng hành động Vì trẻ em còn tổ chức các hoạt động như diễn đàn trẻ em tại địa phương; "
            "vận động nguồn lực chăm lo cho trẻ em.\n")

    from types import SimpleNamespace

    t = SimpleNamespace(deadline=None, recurrence="", deadline_text=None, text=text.split("\n")[1])
    date_campaign_references([t], [text.replace("\n", " ")], 2023, dt.date(2023, 6, 1))
    assert t.deadline is None
    # the same text with a doer's step in the month is dated
    t = SimpleNamespace(deadline=None, recurrence="", deadline_text=None,
                        text="Các trường học tổ chức thăm, tặng quà trẻ em trong Tháng hành động Vì trẻ em.")
    date_campaign_references([t], [text.replace("\n", " ")], 2023, dt.date(2023, 6, 1))
    assert t.deadline == dt.date(2023, 6, 30)
