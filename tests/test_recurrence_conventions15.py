"""Recurrence conventions settled in session 15 (branch recur15, issue 5) from ANNOTATION.md:

    `recurrence`: "daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly" for "hằng ngày",
    "hằng tuần / hàng tuần", "hằng tháng / định kỳ hằng tháng", "hằng quý", "định kỳ 6 tháng / sáu
    tháng", "hằng năm / định kỳ hằng năm"; else null ("thường xuyên" is null).

1. A report, review or plan named by its period, without 'hằng'/'định kỳ' ('Báo cáo 6 tháng', 'báo
   cáo quý', 'sơ kết 6 tháng', 'tổng kết năm', 'kế hoạch công tác năm'): the period names what the
   document covers; the text states no recurrence -> null.
2. 'kế hoạch công tác hằng năm' as the plan a duty is written into ('cụ thể hoá trong các chương trình,
   kế hoạch công tác hằng năm'): the writing recurs with the plan, and the spec gives 'yearly' for
   'hằng năm' -> yearly (the same for a quarterly meeting's programme: quarterly).
3. 'thường xuyên', 'định kỳ' or 'đột xuất' without a period -> null; 'hằng năm vào dịp ...' -> yearly;
   'mỗi tuần một lần' -> weekly; a duty done N times in every unit ('tuần 2 lần', '02 lần/tháng')
   -> that unit (no finer value exists; '02 lần/năm' fits half-yearly exactly and stays so); an
   ordinal weekday of the month ('thứ Hai đầu tiên của tháng') -> monthly; 'cuối mỗi quý' -> quarterly.

Sentences are written from general usage in the shapes the sources print them (gazette decrees and
circulars, provincial rules, portal and press posts; counts in benchmarks/HISTORY.md, session 15).
"""
from __future__ import annotations

import pytest

from pipeline.extract.temporal import find_recurrence


# ---------------------------------------------------------------- 1. named by its period: null

@pytest.mark.parametrize("text", [
    # a decree's reporting clause: each report by its name and its due day
    "Báo cáo 06 tháng gửi trước ngày 20 tháng 6 và báo cáo năm gửi trước ngày 20 tháng 12.",
    "Tổ chức, doanh nghiệp gửi báo cáo trước ngày 20 tháng 6 đối với báo cáo sáu tháng, trước ngày 20 "
    "tháng 12 đối với báo cáo năm.",
    "Thời hạn gửi báo cáo: chậm nhất là ngày 31 tháng 01 năm sau đối với báo cáo năm.",
    # a city board's work rules (the gold's yw1 wording) and a printing regime's page
    "Báo cáo 6 tháng, chậm nhất vào ngày 20/6;",
    "- Báo cáo cả năm gửi trước ngày 10/01 của năm liền kề năm báo cáo.",
    # reviews named by their period
    "Tổ chức sơ kết 6 tháng và tổng kết năm, đánh giá kết quả thực hiện Kế hoạch.",
    "Các đơn vị gửi báo cáo sơ kết 6 tháng đầu năm về Văn phòng trước ngày 15/6/2024.",
    "Các bộ, cơ quan báo cáo tình hình kinh tế - xã hội tháng 6 và 6 tháng đầu năm 2020.",
    # a plan named by its period, without 'hằng'
    "Đồng thời, cụ thể hóa đầy đủ các nhiệm vụ tại Chương trình hành động trong kế hoạch công tác năm "
    "làm cơ sở bố trí xây dựng dự toán.",
    "- Xây dựng và thực hiện kế hoạch công tác năm, quý, tháng, tuần của cá nhân.",
])
def test_a_document_named_by_its_period_sets_no_recurrence(text):
    assert find_recurrence(text) is None


# ---------------------------------------------------------------- 2. the plan a duty is written into

@pytest.mark.parametrize("text, expected", [
    ("Các cấp uỷ, tổ chức đảng xác định đây là nhiệm vụ chính trị trọng tâm, phải cụ thể hoá trong các "
     "chương trình, kế hoạch công tác hằng năm, có nhiệm vụ, kết quả, sản phẩm cụ thể.", "yearly"),
    ("Cụ thể hóa nhiệm vụ chuyển đổi số trong chương trình, kế hoạch công tác hằng năm của cơ quan, đơn vị.", "yearly"),
    ("Nhiệm vụ chuyển đổi số được xác định cụ thể trong chương trình, kế hoạch công tác hằng năm của cơ quan, "
     "tổ chức, đơn vị, địa phương.", "yearly"),
    ("Tổ chức triển khai các nhiệm vụ được giao bằng cách lồng ghép vào các kế hoạch 5 năm, kế hoạch hàng năm "
     "trong các ngành, lĩnh vực phụ trách.", "yearly"),
    ("Đưa nội dung phòng, chống thiên tai vào kế hoạch công tác hằng năm của cơ quan, đơn vị.", "yearly"),
    ("a) Việc lập và tổng hợp dự toán kinh phí thực hiện hoạt động quy hoạch vào dự toán ngân sách nhà nước "
     "hằng năm theo quy định.", "yearly"),
    ("Đưa nội dung phòng, chống tham nhũng vào chương trình sinh hoạt chi bộ định kỳ, sinh hoạt chuyên đề "
     "hằng quý.", "quarterly"),
])
def test_the_plan_a_duty_is_written_into_gives_its_period(text, expected):
    assert find_recurrence(text) == expected


# ---------------------------------------------------------------- 3. words with and without a period

@pytest.mark.parametrize("text", [
    "Các phòng, ban thường xuyên kiểm tra, đôn đốc việc thực hiện.",
    "30.2. Thường xuyên bổ sung hồ sơ để phản ánh kịp thời những thay đổi của cán bộ, công chức.",
    "Định kỳ báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.",
    "Tổng hợp, báo cáo định kỳ và đột xuất cho Chính phủ về tình hình thực hiện.",
    "Kiểm tra công trình thường xuyên, định kỳ và đột xuất nhằm phát hiện kịp thời hư hỏng.",
    "Các sở, ngành báo cáo định kỳ, đột xuất đến Cơ quan Thường trực Ban Chỉ đạo.",
    "Các văn phòng cần thực hiện đúng chế độ gửi báo cáo định kỳ, báo cáo chuyên đề, báo cáo đột xuất.",
])
def test_no_period_no_recurrence(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text, expected", [
    # 'hằng năm vào dịp ...', before or after the occasion
    ("Hằng năm vào dịp Tết Nguyên đán, UBND xã tổ chức thăm hỏi, tặng quà các gia đình chính sách.", "yearly"),
    ("Tổ chức gặp mặt, biểu dương hằng năm vào dịp kỷ niệm ngày thành lập.", "yearly"),
    ("Vào dịp Tết Nguyên đán hằng năm, tổ chức thăm hỏi gia đình chính sách.", "yearly"),
    # once a unit
    ("Ban Giám đốc họp giao ban mỗi tuần một lần vào sáng thứ Hai.", "weekly"),
    ("Một số điểm nổi bật như Ban Chỉ đạo họp định kỳ 3 tháng một lần và họp đột xuất.", "quarterly"),
    ("Định kỳ 6 tháng một lần thông báo, phối hợp với các cơ quan chức năng.", "half-yearly"),
    # the end of each quarter or month
    ("Tổng hợp kết quả gửi Phòng Nội vụ vào cuối mỗi quý.", "quarterly"),
    ("Sổ tiền gửi ngân hàng phải khóa sổ vào cuối mỗi tháng và đối chiếu số liệu.", "monthly"),
])
def test_periods_the_spec_values_name(text, expected):
    assert find_recurrence(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a duty done more than once in each unit: the unit
    ("Tổ trưởng tổ dân phố tổ chức kiểm tra vệ sinh môi trường tuần 2 lần.", "weekly"),
    ("Phun thuốc diệt muỗi 2 - 3 lần/tuần tại các ổ dịch.", "weekly"),
    ("Đội tuần tra hoạt động mỗi tuần ba buổi vào ban đêm.", "weekly"),
    ("Giáo viên chủ nhiệm kiểm tra vở ghi của học sinh 02 lần/tuần.", "weekly"),
    ("Các tổ thực hiện kiểm tra 02 lần/tháng.", "monthly"),
    ("Giám đốc và các Phó Giám đốc thực hiện chế độ giao ban mỗi tháng hai lần (02 lần/tháng) vào sáng thứ Hai.",
     "monthly"),
    ("Hội đồng họp mỗi quý hai lần.", "quarterly"),
    # days of each unit (the law on citizen reception and a commune's rules)
    ("- Trực tiếp tiếp công dân tại trụ sở Ủy ban nhân dân cấp xã ít nhất 01 ngày trong 01 tuần.", "weekly"),
    ("Thực hiện nghiêm túc chế độ tiếp công dân định kỳ của Bí thư Đảng uỷ xã (ít nhất 01 ngày/tháng).", "monthly"),
    # times a day (a district's news of its radio duty; a health or school routine)
    ("Tuyên truyền trên hệ thống truyền thanh của các xã về phòng chống đuối nước trẻ em 2 lần trên ngày.", "daily"),
    ("Nhân viên y tế kiểm tra nhiệt độ phòng cách ly 3 lần/ngày.", "daily"),
    ("Đài truyền thanh xã phát bản tin ngày hai lần.", "daily"),
    ("Các tổ thực hiện kiểm tra 01 lần trên tháng.", "monthly"),
    # a count that fits a listed period stays that period
    ("Doanh nghiệp báo cáo tình hình thay đổi lao động 2 lần/năm.", "half-yearly"),
])
def test_a_duty_done_several_times_in_each_unit_recurs_with_the_unit(text, expected):
    assert find_recurrence(text) == expected


@pytest.mark.parametrize("text", [
    "Người lao động được nghỉ 01 ngày/tuần.",            # a rest day, a benefit
    "Số lần kiểm tra không quá 02 lần/tuần.",            # a cap
    "Mỗi học sinh được đăng ký tối đa 02 lần/học kỳ.",   # a cap, and no listed unit
    "Kỳ công bố: 5 năm 02 lần.",                         # a count over several years
    "Tổ chức 03 lần/năm.",                               # no listed value fits, and no unit is finer
    "Ngày 2 lần lượt các đoàn đến làm việc với xã.",     # 'lần lượt' is 'in turn'
    "Câu lạc bộ họp định kỳ hai tuần một lần.",          # every two weeks: no listed value
    "Mua văn phòng phẩm cho Ban chấp hành (2 tháng 1 lần).",
    "Giải quyết hồ sơ trong 3 ngày làm việc.",           # days counted, no recurrence
])
def test_counts_that_set_no_listed_recurrence(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text", [
    "Chi bộ sinh hoạt vào thứ Hai đầu tiên của mỗi tháng.",
    "Họp giao ban cơ quan vào thứ Hai đầu tiên của tháng.",
    "Dọn vệ sinh khu dân cư vào Chủ nhật cuối cùng của tháng.",
    "- Phó Chủ tịch UBND phường tiếp công dân vào ngày thứ tư của tuần lễ thứ hai trong tháng.",
    "Tổ chức sinh hoạt câu lạc bộ vào thứ Sáu tuần cuối của mỗi tháng.",
])
def test_an_ordinal_weekday_of_the_month_recurs_monthly(text):
    assert find_recurrence(text) == "monthly"


@pytest.mark.parametrize("text", [
    "Họp giao ban vào thứ Hai đầu tiên của tháng 7/2025.",
    "Tổ chức họp vào thứ Hai đầu tiên của tháng tới.",
])
def test_an_ordinal_weekday_of_a_named_month_is_one_day(text):
    assert find_recurrence(text) is None


# ---------------------------------------------------------------- criteria of a yearly rating

@pytest.mark.parametrize("text", [
    # a Party programme (gold n1/p7's wording) and a government action plan (yb1's)
    "- Đưa chỉ tiêu bảo vệ môi trường, ứng phó biến đổi khí hậu vào chỉ tiêu đánh giá kết quả thực hiện "
    "nhiệm vụ hằng năm của các cấp ủy, chính quyền và người đứng đầu.",
    "Định kỳ đánh giá, công bố mức độ hoàn thành nhiệm vụ chuyển đổi số của cơ quan; kết quả thực hiện chuyển "
    "đổi số là tiêu chí đánh giá hiệu quả thực hiện nhiệm vụ, đánh giá thi đua, khen thưởng hằng năm.",
    # written from general usage
    "Lấy kết quả thực hiện làm tiêu chí xếp loại cán bộ, công chức hằng năm.",
    "Kết quả cải cách hành chính là một trong những tiêu chí bình xét thi đua hằng năm của các phòng, ban.",
])
def test_criteria_of_a_yearly_rating_set_no_recurring_duty(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Xây dựng bộ tiêu chí đánh giá và tổ chức đánh giá hằng năm.", "yearly"),
    ("Sở Nội vụ xây dựng tiêu chí thi đua, tổ chức chấm điểm hằng năm.", "yearly"),
    ("Báo cáo kết quả thực hiện chỉ tiêu thi đua hằng quý.", "quarterly"),
    # the plan comes first and keeps its period (gold yb2)
    ("Chỉ đạo việc quy định cụ thể, lượng hóa trong chương trình, kế hoạch công tác hằng năm đối với mục tiêu "
     "chuyển đổi số; kết quả thực hiện là tiêu chí đánh giá hiệu quả triển khai nhiệm vụ, thi đua, khen thưởng "
     "hằng năm.", "yearly"),
])
def test_a_duty_beside_criteria_keeps_its_period(text, expected):
    assert find_recurrence(text) == expected
