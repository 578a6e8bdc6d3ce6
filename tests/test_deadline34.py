"""deadline34: a past day after 'chậm nhất (là) đến' stays the bound; 'từ nay cho đến <day>' is from-now-until.

Texts: xã Hoằng Thái's (Thanh Hóa) 2021 report on the voters' list (pages corpus; deadline_phrases dp4089
holds the same sentence) and the National Election Council office's letter 64/VPHĐBCQG-TT of 24/02/2021
(pages corpus, dulieuphapluat.vn), both stating the election law's bounds with their relative term in
brackets.
"""
from __future__ import annotations

import datetime as dt

from pipeline.extract.fromnow import from_now_until
from pipeline.extract.temporal import find_deadline

HOANG_THAI = ("Danh sách cử tri phải được niêm yết tại trụ sở ủy ban nhân dân cấp xã và tại những địa điểm công cộng "
              "của khu vực bỏ phiếu chậm nhất đến ngày 13/4/2021 (40 ngày trước ngày bầu cử), đồng thời thông báo "
              "rộng rãi danh sách cử tri và việc niêm yết để nhân dân kiểm tra.")


def _dl(text: str, issued: dt.date):
    dl = find_deadline(text, issued.year, [], issued=issued)
    return dl.date if dl else None


def test_past_day_after_cham_nhat_den_stays_the_bound():
    # the commune's report of 16/4 retells the law's day, already past: still the posting's bound
    assert _dl(HOANG_THAI, dt.date(2021, 4, 16)) == dt.date(2021, 4, 13)
    # the same sentence read before the day (as START read it) is unchanged
    assert _dl(HOANG_THAI, dt.date(2021, 3, 1)) == dt.date(2021, 4, 13)


def test_cham_nhat_la_den_and_the_letter_of_the_election_council():
    text = "Ủy ban nhân dân cấp xã phải niêm yết danh sách cử tri chậm nhất là đến ngày 13/4/2021."
    assert _dl(text, dt.date(2021, 4, 16)) == dt.date(2021, 4, 13)
    letter = ("- Ủy ban bầu cử ở tỉnh, ở huyện, ở xã trên cơ sở đề nghị của Ủy ban nhân dân cùng cấp, hoàn thành việc "
              "ấn định và công bố số đơn vị bầu cử theo quy định tại Điều 10 của Luật bầu cử đại biểu Quốc hội và đại "
              "biểu Hội đồng nhân dân chậm nhất là ngày 4 tháng 3 năm 2021 (80 ngày trước ngày bầu cử).")
    assert _dl(letter, dt.date(2021, 2, 24)) == dt.date(2021, 3, 4)
    # read after the day, the bound stays (as 'chậm nhất là ngày' always kept it)
    assert _dl(letter, dt.date(2021, 3, 10)) == dt.date(2021, 3, 4)


def test_a_past_day_without_a_bound_word_is_still_no_deadline():
    # a day already over, named as when something was done, is no bound ('đến ngày' alone is not 'chậm nhất')
    text = "Ngày 13/4/2021, Ủy ban nhân dân xã đã niêm yết danh sách cử tri tại trụ sở."
    assert _dl(text, dt.date(2021, 4, 16)) is None


def test_from_now_until_reads_cho_den():
    assert from_now_until("chiến dịch được triển khai trong 4 tháng, từ nay cho đến ")
    assert from_now_until("Hoàn thành từ nay đến ")
    assert from_now_until("thực hiện từ nay tới hết ngày ")
    assert not from_now_until("thực hiện cho đến ")  # no 'từ nay': no span opening now
    assert not from_now_until("từ nay đến nay ")


def test_from_now_cho_den_dates_the_work_as_tu_nay_den():
    issued = dt.date(2020, 5, 4)
    plain = "Các đơn vị triển khai thực hiện từ nay đến ngày 31/8/2020."
    cho = plain.replace("từ nay đến", "từ nay cho đến")
    assert _dl(plain, issued) == dt.date(2020, 8, 31)
    assert _dl(cho, issued) == dt.date(2020, 8, 31)
    # a span with a dated start already read 'cho đến' as 'đến' (START): unchanged
    span = "Các đơn vị triển khai thực hiện từ ngày 01/6/2020 cho đến ngày 31/8/2020."
    assert _dl(span, issued) == dt.date(2020, 8, 31)
