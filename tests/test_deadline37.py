"""deadline37: a from-now span that binds the plan's work is no weak evidence for the scorer's veto; 'trong năm
nay / tháng này / quý này' is the document's own period (``pipeline/extract/nowspans.py``).

Texts (none from a standing set): pending gold fb2 (Kinh Môn's environment movement, Hải Dương 2017) and eu2
(Hải Dương's provincial police, posted 21/02/2020; the same texts are in samples/text); deadline_phrases dp772
(Ứng Hòa's council, 2020), dp1034 / dp1036 (Government resolutions 86 and 406 as the press printed them), dp1065
(the 2024 launch of the 'Xóa nhà tạm' movement) and batch 61's dp4201 / dp4203 (xã Tân Nhựt's and phường Thuận
Giao's 2025 drives, pages corpus).
"""
from __future__ import annotations

import datetime as dt

from pipeline.extract.nowspans import mentions_this_period, own_day, strong_from_now_span, this_period_deadline, \
    with_this_period
from pipeline.extract.temporal import find_dates, find_deadline
from tests.conftest import extracted_tasks

FB2 = "Phong trào gồm 8 tiêu chí và được thực hiện từ nay đến hết năm 2020."
DP772 = ("Từ nay đến hết năm 2020, HĐND huyện Ứng Hòa tiếp tục thực hiện giám sát chuyên đề về công tác giải phóng "
         "mặt bằng, tiến độ thực hiện các dự án xây dựng cơ bản trên địa bàn huyện.")
TAN_NHUT = ("Để giữ vững trật tự đô thị, từ nay đến ngày 12-12, xã Tân Nhựt sẽ tăng cường tuyên truyền, vận động "
            "người dân ký cam kết không vi phạm, đồng thời nhắc nhở việc tuân thủ quy định.")
THUAN_GIAO = "Đợt cao điểm được thực hiện từ nay đến hết tháng 11."
DP1036 = ('Trước bối cảnh đó, nhất là từ nay đến hết năm 2025, khối lượng công việc còn rất lớn, Chính phủ yêu '
          'cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban Nhân dân các '
          'tỉnh, thành phố trực thuộc Trung ương tiếp tục theo dõi sát diễn biến tình hình, phát huy tinh thần '
          'đoàn kết, thống nhất, phối hợp chặt chẽ, thực hiện đồng bộ, hiệu quả các nhiệm vụ, giải pháp trên '
          'các lĩnh vực; vừa tăng tốc, bứt phá để quyết tâm thực hiện thắng lợi Kế hoạch phát triển kinh tế-xã '
          'hội năm 2025, vừa tạo đà, tạo lực, tạo thế, tạo nền tảng thực hiện Kế hoạch phát triển kinh tế-xã '
          'hội năm 2026.')
DP1034 = ('Để bảo đảm hoàn thành cao nhất các chỉ tiêu, nhiệm vụ kế hoạch phát triển kinh tế - xã hội năm 2025, '
          'Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban '
          'nhân dân các tỉnh, thành phố trực thuộc Trung ương tiếp tục đề cao trách nhiệm người đứng đầu, phát '
          'huy tinh thần đoàn kết, thống nhất, tập trung triển khai toàn diện, hiệu quả các Nghị quyết, Kết '
          'luận của Trung ương; trong đó chú trọng triển khai nhiệm vụ trọng tâm từ nay đến cuối năm 2025, như '
          'sau:')
DP1065 = ("Ngày 13-4, Hội đồng Thi đua - Khen thưởng Trung ương phối hợp Ủy ban Trung ương MTTQVN tổ chức Lễ phát động "
          "phong trào thi đua “Xóa nhà tạm, nhà dột nát” từ nay đến năm 2025.")
EU2 = ("Trong tháng này, Công an các huyện, thị xã, thành phố sẽ tổ chức điều động cán bộ, chiến sĩ về các địa phương "
       "nhận nhiệm vụ.")


def _span_end(text: str, year: int):
    hit = [h for h in find_dates(text, year) if h.date][0]
    return hit.start, hit.end, hit.date


def test_the_span_after_passive_work_and_the_span_opening_a_foretold_step_are_strong():
    for text, year in ((FB2, 2017), (DP772, 2020), (TAN_NHUT, 2025), (THUAN_GIAO, 2025)):
        assert strong_from_now_span(text, *_span_end(text, year), None), text


def test_a_state_a_lead_in_and_a_bare_year_horizon_stay_weak():
    for text, year in ((DP1036, 2025), (DP1034, 2025), (DP1065, 2024)):
        assert not strong_from_now_span(text, *_span_end(text, year), None), text


def test_the_passive_movement_span_is_dated_and_the_negatives_are_not():
    # fb2's movement span: the rules read 2020-12-31 and START's scorer vetoed it (score 0.069)
    assert find_deadline(FB2, 2017).date == dt.date(2020, 12, 31)
    assert find_deadline(DP1036, 2025, issued=dt.date(2025, 12, 10)) is None
    assert find_deadline(DP1065, 2024, issued=dt.date(2024, 4, 13)) is None


def test_a_span_already_over_is_no_binding():
    # read after its end the span is a report's period, not a bound
    assert not strong_from_now_span(TAN_NHUT, *_span_end(TAN_NHUT, 2025), dt.date(2025, 12, 20))


def test_this_period_is_written_as_the_documents_own():
    own = dt.date(2020, 2, 21)
    assert with_this_period(EU2, own)[0].startswith("Trong tháng 2/2020, Công an")
    assert with_this_period("phấn đấu trong năm nay đạt", own)[0] == "phấn đấu trong năm 2020 đạt"
    assert with_this_period("hoàn thành trong quý này", own)[0] == "hoàn thành trong quý I/2020"
    assert with_this_period(EU2, None)[0] == EU2
    # no 'trong' before it: 'năm nay' names the exam or the crop, no period of work
    assert not mentions_this_period("nhất là kỳ thi năm nay tổ chức cho 2 nhóm học sinh")


def test_this_month_is_due_at_the_month_end_and_none_without_a_date():
    dl = this_period_deadline(EU2, 2020, [], None, dt.date(2020, 2, 21), find_deadline)
    assert dl.date == dt.date(2020, 2, 29) and dl.text.startswith("Trong tháng này")
    assert this_period_deadline(EU2, 2020, [], None, None, find_deadline) is None


def test_the_portal_posting_line_is_the_documents_own_day():
    lines = ["Tất cả các xã, thị trấn có công an chính quy", "", "Xã hội - Ngày đăng : 16:15, 21/02/2020", "",
             "Ngày 21.2, Công an tỉnh đã quyết định điều động công an chính quy."]
    assert own_day(None, lines) == dt.date(2020, 2, 21)
    assert own_day(dt.date(2020, 3, 1), lines) == dt.date(2020, 3, 1)
    assert own_day(None, ["Tất cả các xã có công an chính quy", EU2]) is None


def test_eu2s_step_this_month_through_the_pipeline():
    text = "\n".join(["Tất cả các xã, thị trấn có công an chính quy", "",
                      "Xã hội - Ngày đăng : 16:15, 21/02/2020", "",
                      "Ngày 21.2, Công an tỉnh đã quyết định điều động công an chính quy đảm nhiệm các chức danh công an "
                      "tại 69 xã trong tỉnh.", "", EU2])
    step = [t for t in extracted_tasks(text) if t.text.startswith("Trong tháng này")]
    assert step and step[0].deadline == dt.date(2020, 2, 29)
