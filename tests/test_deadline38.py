"""deadline38: a window opening the sentence after a phase's name or 'Khoảng' is out of the scorer's veto
(``extract.phasespans``); a portal's section name with a number before its posting label ('Hà Nội 360 - Ngày
đăng : ...') is stripped like eu2's ('Xã hội - Ngày đăng : ...') when 'nay' is read by the page's day
(``extract.nowspans.own_day``).

Texts: the development gold's ff4, the pending gold's fc5 and fk2, deadline_phrases dp156, pending eu2's posting
line and header_fields AG15's (nhipsonghanoi.hanoimoi.vn); none from a standing set.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import temporal as T
from pipeline.extract.datescore import load_scorer
from pipeline.extract.nowspans import own_day
from pipeline.extract.phasespans import phase_span_opens_sentence

FF4 = ("Trong giai đoạn 1 từ ngày 1 - 14.12.2019, lực lượng CSGT trên toàn quốc sẽ tập trung xử lý theo chuyên đề "
       "vi phạm nồng độ cồn và ma túy.")
FC5 = ("Khoảng từ ngày 22/02/2021 đến 27/02/2021 (85 - 90 ngày trước ngày bầu cử): Các địa phương gửi dự kiến danh "
       "sách đơn vị bầu cử ở địa phương mình về Hội đồng bầu cử quốc gia.")
FK2_1 = ("Giai đoạn 1 từ ngày 1-8 đến ngày 14-8-2023, lực lượng chức năng tập trung rà soát, lập hồ sơ kiểm tra các "
         "phương tiện kinh doanh vận tải hành khách, vận tải hàng hóa bằng container.")
FK2_2 = ("Giai đoạn 2 từ ngày 15-8 đến ngày 15-10-2023, các đơn vị đồng loạt ra quân thực hiện tuần tra, kiểm soát, "
         "xử lý vi phạm.")
DP156 = ("Trong khoảng thời gian từ ngày 01/4/2022 đến ngày 30/6/2022, Tôi chưa nhận tiền hỗ trợ của tháng......... "
         "và chưa nhận quá 3 tháng.")


def _read(text: str, issued: dt.date | None, scorer) -> dt.date | None:
    with T.use_scorer(scorer):
        dl = T.find_deadline(text, issued.year if issued else None, issued=issued)
    return dl.date if dl else None


@pytest.fixture(scope="module")
def scorer():
    return load_scorer()


@pytest.mark.parametrize("text,issued,expected", [
    (FF4, dt.date(2019, 11, 30), dt.date(2019, 12, 14)),
    (FC5, dt.date(2021, 1, 20), dt.date(2021, 2, 27)),
    (FK2_1, None, dt.date(2023, 8, 14)),
    (FK2_2, None, dt.date(2023, 10, 15)),
])
def test_phase_window_keeps_its_last_day(scorer, text, issued, expected):
    """The rules' reading stands with the shipped scorer: the window opening the sentence bounds the step."""
    assert _read(text, None, None) == expected or _read(text, issued, None) == expected
    assert _read(text, issued, scorer) == expected


def test_state_in_a_window_stays_vetoed(scorer):
    """'Trong khoảng thời gian từ ..., Tôi chưa nhận ...' (a state, no phase opener): still no deadline."""
    assert _read(DP156, dt.date(2022, 7, 1), scorer) is None


def _last_day(text: str) -> tuple[int, int, dt.date]:
    hits = [h for h in T.find_dates(text, None) if h.range_end]
    h = hits[0]
    return h.start, h.end, h.date


def test_phase_opener_shapes():
    s, e, d = _last_day(FF4)
    assert phase_span_opens_sentence(FF4, s, e, d, dt.date(2019, 11, 30))
    s, e, d = _last_day(FC5)
    assert phase_span_opens_sentence(FC5, s, e, d, dt.date(2021, 1, 20))


def test_window_over_or_reported_is_not_strong():
    # over when issued: a report of what a phase did
    s, e, d = _last_day(FF4)
    assert not phase_span_opens_sentence(FF4, s, e, d, dt.date(2020, 1, 10))
    past = FK2_1.replace("lực lượng chức năng tập trung", "lực lượng chức năng đã tập trung")
    s, e, d = _last_day(past)
    assert not phase_span_opens_sentence(past, s, e, d, None)
    # the window not the sentence's opening (other words before the phase's name)
    inner = "Theo kế hoạch, " + FK2_1
    s, e, d = _last_day(inner)
    assert not phase_span_opens_sentence(inner, s, e, d, None)
    # a window named as a noun with no directive after it
    bare = "Khoảng từ ngày 22/02/2021 đến 27/02/2021 là thời gian niêm yết."
    s, e, d = _last_day(bare)
    assert not phase_span_opens_sentence(bare, s, e, d, None)


def test_section_name_before_posting_label_two_sites():
    """baohaiduong.vn's print view (pending eu2) and nhipsonghanoi.hanoimoi.vn's (header_fields AG15)."""
    eu2 = ["Tất cả các xã, thị trấn có công an chính quy", "", "Xã hội - Ngày đăng : 16:15, 21/02/2020", ""]
    ag15 = ["Huyện Đông Anh dừng tổ chức Lễ hội Cổ Loa và Lễ hội đền Sái", "Hà Nội 360 - Ngày đăng : 12:39, 09/02/2021",
            "(NSHN) - UBND huyện Đông Anh cho biết, ..."]
    assert own_day(None, eu2) == dt.date(2020, 2, 21)
    assert own_day(None, ag15) == dt.date(2021, 2, 9)
    # a header date wins; a sentence with a dash before the label is no section name
    assert own_day(dt.date(2021, 3, 1), ag15) == dt.date(2021, 3, 1)
    assert own_day(None, ["Ngày 21.2, Công an tỉnh - Ngày đăng : 16:15, 21/02/2020"]) is None


# ------------------------------------------------------------------ a window told apart, then 'Theo đó,' (periodapart)
from pipeline.extract.periodapart import period_told_before  # noqa: E402

FB3_BEFORE = "Thời gian thực hiện từ ngày 20 - 26/12."
FB3_STEP = ("Theo đó, Công an thị xã chỉ đạo các đội nghiệp vụ tăng cường công tác nắm tình hình, kịp thời phát hiện, "
            "đấu tranh ngăn chặn âm mưu, hoạt động lợi dụng lễ Noel để tuyên truyền, kích động chống phá Đảng, Nhà nước.")
FP4_BEFORE = ("Tại Mệnh lệnh số 1433/ĐK-HT, Bộ trưởng Tô Lâm nêu rõ đợt cao điểm này bắt đầu từ ngày 15.12.2020 - "
              "28.2.2021.")
FP4_STEP = ("Theo đó, công an các đơn vị, địa phương tập trung lực lượng, phương tiện để tấn công, trấn áp tội phạm, "
            "tập trung vào các băng nhóm tội phạm hình sự, kinh tế, ma túy, môi trường.")
FP2_BEFORE = ("Tháng cao điểm này chia thành 2 đợt: Đợt 1 từ ngày 15/7 đến hết ngày 29/7; đợt 2 từ ngày 30/7 đến hết "
              "ngày 14/8.")


def test_window_told_apart_dates_the_accordingly_step():
    dl = period_told_before(FB3_STEP, FB3_BEFORE, 2016, None)
    assert dl is not None and dl.date == dt.date(2016, 12, 26)
    dl = period_told_before(FP4_STEP, FP4_BEFORE, 2021, None)
    assert dl is not None and dl.date == dt.date(2021, 2, 28)


def test_window_told_apart_limits():
    # not opened by 'Theo đó,' (fb3's next sentence), two rounds (fp2, 'Cụ thể,' in its text), a window not named
    # as the plan's time, a window over when the document was issued
    assert period_told_before("Phối hợp với công an xã, phường nắm chặt tình hình.", FB3_BEFORE, 2016, None) is None
    assert period_told_before("Theo đó, Cảnh sát giao thông toàn quốc sẽ bố trí lực lượng.", FP2_BEFORE, 2024, None) is None
    assert period_told_before(FB3_STEP, "Từ ngày 20 - 26/12 trời rét đậm.", 2016, None) is None
    assert period_told_before(FB3_STEP, FB3_BEFORE, 2016, dt.date(2017, 1, 5)) is None
