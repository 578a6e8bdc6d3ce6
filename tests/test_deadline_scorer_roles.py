"""Session 14's measured-and-parked levers of the deadline scorer (benchmarks/deadline_scorer_seq.py).

``datescore.role_features`` (the words governing a date and the role words of its clause) and
``temporal._directive_span`` (a span ending a clause that opens on its directive verb is bound) were
measured sequentially by batch (fit on the batches before, test on the next, batches 15-30) and moved
the number by at most two items of ~100 dated ones: both are off by default (``ROLE_FEATURES``,
``DIRECTIVE_SPAN_STRONG``) and the shipped model is fitted without them. These tests pin what each one
reads, in several wordings, so that a later refit can switch them on and re-measure.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import datescore, temporal
from pipeline.extract.datescore import candidate_features, role_features
from pipeline.extract.temporal import _directive_span, find_dates


def test_the_parked_levers_are_off_by_default():
    assert datescore.ROLE_FEATURES is False and temporal.DIRECTIVE_SPAN_STRONG is False
    text = "Hội nghị tổng kết dự kiến tổ chức vào ngày 20/12/2026."
    hits = find_dates(text, 2026)
    feats = candidate_features(text, hits, 0, 0, None, dt.date(2026, 2, 10), with_rules=False)
    assert not any(f.startswith(("gov1=", "gov2=", "role=", "verb=")) for f in feats)


@pytest.mark.parametrize("clause, after, gov2, roles", [
    # an event's day: a meeting, a school's opening, a ceremony
    ("Nhằm chuẩn bị cho Hội nghị lần thứ 5 (dự kiến tổ chức vào cuối ", ")", "tổ chức", {"event", "planned"}),
    ("Theo đó, các cấp học sẽ tựu trường vào ", ".", "tựu trường", {"event", "planned"}),
    ("Lễ khai giảng năm học mới được tổ chức vào ", ".", "tổ chức", {"event"}),
    # a reporting period
    ("Các số liệu năm 2020 ước tính đến hết ", ".", "ước tính", {"period"}),
    ("Số liệu báo cáo được tính từ ngày 01/01 đến ", ".", "được tính", {"period"}),
    # a target year
    ("Phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số vào ", ".", "dân số", {"target"}),
])
def test_role_features_read_the_governing_words_past_the_time_words(clause, after, gov2, roles):
    feats = role_features(clause, after)
    assert f"gov2={gov2}" in feats
    assert roles <= {f.split("=", 1)[1] for f in feats if f.startswith("role=")}


def test_role_features_name_the_directive_verb_not_the_office_before_the_date():
    feats = role_features("Các đơn vị gửi báo cáo về Sở Nội vụ trước ", ".")
    assert "gov2=nội vụ" in feats and "verb=báo cáo" in feats
    assert not any(f.startswith("role=") for f in feats)


def _span_end(text: str):
    return [h for h in find_dates(text, 2026) if h.range_end][-1]


@pytest.mark.parametrize("text", [
    "Tổ chức kiểm tra tại các xã từ tháng 7 đến tháng 10/2026.",
    "- Giám sát việc tổ chức lấy ý kiến cử tri nơi cư trú đối với người ứng cử (từ 04/02/2026 đến 08/02/2026).",
    "+ Chuẩn bị các điều kiện để phối hợp tổ chức Hội nghị cử tri từ ngày 02/02/2026 đến ngày 08/02/2026.",
    "b) Tuyên truyền trên hệ thống loa truyền thanh từ ngày 15/3/2026 đến ngày 30/3/2026.",
])
def test_a_span_ending_a_clause_that_opens_on_its_verb_is_bound(text):
    assert _directive_span(text, _span_end(text), dt.date(2026, 1, 10))


@pytest.mark.parametrize("text", [
    # a head that is a noun as often as a verb, a rate's 'áp dụng', a period word before the span
    "- Báo cáo 6 tháng đầu năm: Số liệu từ ngày 01 tháng 01 đến hết ngày 30 tháng 6 năm 2026.",
    "Áp dụng mức thu từ ngày 01/01/2026 đến hết ngày 31/12/2026.",
    "d) Báo cáo thống kê năm được tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 12 năm 2026;",
    "Chi trả chế độ cho các đối tượng phát sinh từ ngày 01/3/2026 đến ngày 30/6/2026.",
    # no directive verb at the head
    "Mức phí áp dụng từ ngày 01/01/2026 đến hết ngày 31/12/2026 là 3% trên doanh thu.",
    "Theo đó, đợt nghỉ lễ sẽ kéo dài từ ngày 27/4/2026 đến hết ngày 01/5/2026.",
])
def test_a_span_of_validity_or_a_period_stays_weakly_bound(text):
    assert not _directive_span(text, _span_end(text), dt.date(2026, 1, 10))


def test_a_span_already_over_is_not_made_bound():
    text = "Tổ chức kiểm tra tại các xã từ tháng 7 đến tháng 10/2026."
    assert not _directive_span(text, _span_end(text), dt.date(2026, 12, 1))
