"""deadline36: the drought of a purpose clause ('để chủ động trước dự báo tình hình khô, hạn trong năm 2019') names the
hazard's season, as deadline30's 'thiên tai trong năm 2022' does: its year is no deadline, and the drought's 'hạn'
is not the bound word 'hạn'.

Texts: pending gold zb2 (Khánh Hòa's provincial Party secretary's weekly meeting, 2018, pages corpus: the drought
written 'khô, hạn' after 'chủ động trước'), deadline_phrases dp944 (Đà Nẵng's Chỉ thị 04 retold: the class with
'thiên tai'); the controls are written sentences of the shapes the rule must keep.
"""
from __future__ import annotations

import datetime as dt

from pipeline.extract.temporal import find_deadline

ZB2 = ("Đồng thời, lưu ý triển khai tốt việc tiết kiệm nước, tích nước các hồ chứa trên địa bàn tỉnh để chủ động "
       "trước dự báo tình hình khô, hạn trong năm 2019; tuyên truyền người dân sử dụng nước tiết kiệm.")
DP944 = ("Đồng thời, chỉ đạo các cơ quan, đơn vị, địa phương tổ chức tổng kết công tác phòng, chống thiên tai năm "
         "2021; xây dựng kế hoạch phòng, chống thiên tai năm 2022 để có giải pháp khắc phục và ứng phó hiệu quả với "
         "các loại hình thiên tai trong năm 2022.")


def _dl(text: str, issued: dt.date):
    dl = find_deadline(text, issued.year, [], issued=issued)
    return dl.date if dl else None


def test_the_drought_a_purpose_faces_names_its_season():
    assert _dl(ZB2, dt.date(2018, 12, 10)) is None
    # the same drought written 'khô hạn' and 'hạn mặn', with and without 'chủ động trước'
    assert _dl("Các địa phương tích nước các hồ chứa để chủ động phòng, chống khô hạn trong năm 2019.",
               dt.date(2018, 12, 10)) is None
    assert _dl("Các huyện rà soát công trình thủy lợi nhằm chủ động trước tình hình hạn mặn trong năm 2020.",
               dt.date(2019, 11, 5)) is None
    # deadline30's hazard of the class, unchanged
    assert _dl(DP944, dt.date(2022, 1, 20)) is None


def test_bounds_around_the_purpose_are_kept():
    # a completion word inside the purpose keeps the year a bound (deadline30's rule, unchanged)
    assert _dl("Các địa phương tích nước để hoàn thành kế hoạch chống khô hạn trong năm 2019.",
               dt.date(2018, 12, 10)) == dt.date(2019, 12, 31)
    # a bound of the work itself, beside 'chủ động trước'
    assert _dl("Các địa phương hoàn thành việc nạo vét kênh mương trước ngày 30/6/2019 để chủ động trước mùa mưa "
               "bão.", dt.date(2019, 3, 1)) == dt.date(2019, 6, 30)
    assert _dl("Các địa phương rà soát phương án để chủ động trước mùa mưa bão, hoàn thành trong tháng 5/2019.",
               dt.date(2019, 3, 1)) == dt.date(2019, 5, 31)
    # 'trước' that bounds the purpose's own work still blocks the reading ('để ... trước ngày' is no hazard's season)
    assert _dl("Các xã rà soát để báo cáo trước ngày 15/5/2019 tình hình thiệt hại do hạn hán trong năm 2019.",
               dt.date(2019, 3, 1)) is not None
