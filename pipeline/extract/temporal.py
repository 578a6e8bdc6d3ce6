"""The Vietnamese temporal normaliser: deadlines and recurrence of a task sentence.

Why our own grammar and not ``dateparser``: on the 20 phrases of
``benchmarks/dateparser_coverage.py`` (those of ANNOTATION.md and issue 5: 'trước ngày
15/6/2023', 'chậm nhất trong tháng 5/2023', 'quý II/2020', '6 tháng đầu năm', 'ngày 10 tháng 6
năm 2026', 'trước 16 giờ 00 ngày 12/9/2024' ...) dateparser 1.5 (languages=['vi'],
DATE_ORDER='DMY', the document's date as RELATIVE_BASE) gets 4/20 right, and those 4 are the
non-deadlines it leaves empty: of the 16 dated phrases it finds 0 (most give None; 'trước 16
giờ 00 ngày 12/9/2024' comes back as the day before the base date, 'trong tháng 5/2023' as
the base day, 'trong năm 2025' as 2025-05-04).  Ours: 20/20.  What
a directive needs is not "any date" but "the date that bounds this task", which is a question
of the trigger word before it ('trước', 'chậm nhất', 'hoàn thành trong' ...), of what the date
belongs to (a cited 'Chỉ thị số 19-CT/TU ngày 11/6/2020' is not a deadline), and of
end-of-period arithmetic ('quý II' -> June 30).  So the grammar below is small and explicit.

Everything works on NFC text with single spaces (sentences are joined from wrapped lines).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from pipeline.extract.spanclause import span_opens_inner_clause
from pipeline.structure.pagestamp import page_stamp  # deadline31
from pipeline.extract.cutyear import mend_cut_years, shift_spans  # deadline32
from pipeline.extract.fromnow import from_now_until  # deadline34
from pipeline.extract.nowspans import strong_from_now_span  # deadline37
from pipeline.extract.periodnoun import noun_period  # deadline41
from pipeline.extract.ownlevelstep import own_level_step  # deadline41
from pipeline.extract.phasespans import phase_span_opens_sentence  # deadline38
from pipeline.extract.gradedgoal import graded_goal_before  # deadline35
from pipeline.extract.birthspan import birth_spans  # points32 (D11)
from pipeline.extract.eventtime import BENEFIT_HUONG, WEEKDAY, work_in_event_time  # points31 (D9)

# ------------------------------------------------------------------ recurrence

_H = r"(?:hằng|hàng)"
_ONCE = r"(?:0?1|một)\s+lần\s*(?:/|một|mỗi|trong\s+01|trong\s+1|trong\s+một)\s*"  # '01 lần/năm', '1 lần một tháng'
_EVERY = r"(?:định\s+kỳ|mỗi)\s+"
# 'tuần 01 lần', '1 năm/lần', '01 quý/lần': once a unit; a unit counted more than once ('2 năm
# một lần', 'hai năm một lần') is none of the listed recurrences
_PER = r"(?:\b(?:0?1|một)\s+{u}\s*/\s*lần\b|(?<!\d\s)(?<!\d)(?<!hai\s)(?<!ba\s)(?<!bốn\s)(?<!năm\s)(?<!mười\s)\b{u}\s+(?:0?1|một)\s+lần\b)"
_PER_WEEK, _PER_MONTH, _PER_QUARTER, _PER_YEAR = (_PER.format(u=u) for u in ("tuần", "tháng", "quý", "năm"))
# ('Chi hội quý họp một lần', 'tổ tháng sinh hoạt một lần': a unit, the act, then once)
_UNIT_ACT_ONCE = r"(?<!\d\s)(?<!hai\s)(?<!ba\s)(?<!\d)(?<![^\W_]){u}\s+(?:họp|sinh\s+hoạt|kiểm\s+tra|báo\s+cáo|giao\s+ban)\s+(?:0?1|một)\s+lần\b"
# A duty done more than once in every week, month or quarter ('tuần 2 lần', '02 lần/tuần', 'hai lần mỗi
# tuần', '2 - 3 lần/tuần', 'mỗi tháng hai lần (02 lần/tháng)'), or on some days of each ('ít nhất 01
# ngày/tháng', '01 ngày trong 01 tuần'): ANNOTATION.md's values name periods, not counts; where the
# count fits a listed period exactly ('02 lần/năm', '04 lần/năm') that period is the value (the
# patterns below), otherwise the duty recurs every such unit and has no finer value, so it takes the
# unit (gold yw2: 'mỗi tháng hai lần (02 lần/tháng)' is monthly).  A count over several units ('5 năm
# 02 lần', '2 năm một lần') is none of them; a cap ('không quá 02 lần/tuần') is no duty
# (_outside_duty); a rest day ('được nghỉ 01 ngày/tuần') is a benefit.
# (a unit counted more than once, 'hai tuần một lần', 'ba tháng 1 lần', is none of the units)
_NOT_COUNTED = r"(?<!hai\s)(?<!ba\s)(?<!bốn\s)(?<!năm\s)(?<!sáu\s)(?<!mười\s)(?<!vài\s)"
_TIMES = r"(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?|một|hai|ba|bốn|năm)\s+(?:lần|buổi|ngày)"
_TIMES_IN = (r"(?<![^\W_])(?<!nghỉ\s)(?:" + _TIMES + r")\s*(?:/\s*|trên\s+|mỗi\s+|một\s+|trong\s+(?:0?1|một|mỗi)\s+){u}(?![^\W_])(?!\s+học)"
             r"|(?<!\d\s)(?<!\d)(?<![^\W_])(?<!nghỉ\s)" + _NOT_COUNTED + r"(?:mỗi\s+|một\s+)?{u}\s+(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?|một|hai|ba|bốn)\s+(?:lần|buổi)(?![^\W_])(?!\s+(?:lượt|thứ|đầu))")
_TIMES_WEEK, _TIMES_MONTH, _TIMES_QUARTER = (_TIMES_IN.replace("{u}", u) for u in ("tuần", "tháng", "quý"))
# ('phát 2 lần trên ngày', '3 lần/ngày', 'ngày hai lần': times a day; not a count of days)
_TIMES_DAY = (r"(?<![^\W_])(?:\d{1,2}|một|hai|ba|bốn)\s+lần\s*(?:/\s*|trên\s+|mỗi\s+|một\s+|trong\s+(?:0?1|một|mỗi)\s+)ngày(?![^\W_])(?!\s+(?:làm\s+việc|\d))"
              r"|(?<!\d\s)(?<!\d)(?<![^\W_])" + _NOT_COUNTED + r"(?:mỗi\s+|một\s+)?ngày\s+(?:[2-4]|hai|ba|bốn)\s+lần(?![^\W_])(?!\s+(?:lượt|thứ|đầu))")
# A weekday placed in the month by its order ('vào thứ Hai đầu tiên của tháng', 'Chủ nhật cuối cùng của
# mỗi tháng', 'vào ngày thứ tư của tuần lễ thứ hai trong tháng', 'thứ Sáu tuần cuối của tháng'): such a
# day exists in every month and names none, so a rule that sets it recurs monthly, as 'ngày làm việc đầu
# tiên của tháng' does (gold yl1; deadline batch 25 dp2515).  A named month ('thứ Hai đầu tiên của tháng
# 7', 'của tháng này', 'của tháng tới') is one day, a date.
_ORD = r"(?:đầu\s+tiên|cuối\s+cùng|cuối|thứ\s+(?:nhất|hai|ba|tư|1|2|3|4))"
_WEEKDAY_OF_MONTH = (r"(?<![^\W_])(?:ngày\s+)?(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s+"
                     r"(?:" + _ORD + r"\s+(?:của\s+|trong\s+)?(?:mỗi\s+|hằng\s+|hàng\s+)?tháng"
                     r"|(?:của\s+)?tuần(?:\s+lễ)?\s+" + _ORD + r"\s+(?:của\s+|trong\s+)?(?:mỗi\s+|hằng\s+|hàng\s+)?tháng)"
                     r"(?![^\W_])(?!\s*(?:\d|này|tới|sau|trước|đó|[IVX]|năm\s+(?:19|20)\d\d))")
# ('Lịch tiếp công dân định kỳ 6 tháng đầu năm 2020': the schedule of the first half of 2020, a
# period named, not a half-yearly duty; 'báo cáo định kỳ 6 tháng' stays half-yearly)
RECURRENCE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("daily", re.compile(rf"\b{_H} ngày\b|\bmỗi ngày\b|\bđịnh kỳ ngày\b|\b{_ONCE}ngày\b|{_TIMES_DAY}", re.I)),
    ("weekly", re.compile(rf"\b{_H} tuần\b|\bmỗi tuần\b|\b{_ONCE}tuần\b|\btheo (?:từng )?tuần\b|{_PER_WEEK}|\bđịnh kỳ (?:vào )?(?:thứ \w+ )?{_H}? ?tuần\b|"
                          # ('chậm nhất vào thứ Năm của tuần trước': a weekday of the week before each week's work)
                          r"\bthứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])\s+của\s+(?:mỗi\s+)?tuần\s+(?:trước|liền\s+trước|kế\s+tiếp)\b|"
                          rf"{_TIMES_WEEK}", re.I)),
    ("monthly", re.compile(rf"{_UNIT_ACT_ONCE.format(u='tháng')}|\b{_H} tháng\b|\bkỳ báo cáo (?:là )?tháng\b|\bmỗi tháng\b|\b{_ONCE}tháng\b|\b12\s+lần\s*/\s*năm\b(?!\s+học)|\btheo (?:từng )?tháng\b|\bđịnh kỳ (?:01 |1 )?tháng\b(?!\s*\d)|{_PER_MONTH}|"
                           # ('chậm nhất vào ngày làm việc đầu tiên của tháng', 'vào tuần cuối của mỗi tháng': a working day of
                           # any month, or a week of each month, falls every month; 'vào tuần cuối của tháng'
                           # alone is the month a plan is for: extract._date_in_planned_month)
                           r"\b(?:ngày\s+làm\s+việc\s+(?:đầu\s+tiên|cuối\s+cùng)\s+của\s+(?:mỗi\s+)?tháng|(?:ngày|tuần)\s+(?:đầu\s+tiên|đầu|cuối\s+cùng|cuối)\s+của\s+mỗi\s+tháng)\b(?!\s*(?:\d|này|tới|sau|trước|đó|[IVX]|(?:đầu|cuối|giữa)\s+(?:của\s+)?(?:mỗi\s+)?quý))|"
                           rf"{_TIMES_MONTH}|{_WEEKDAY_OF_MONTH}|"
                           # (points24: 'Báo cáo tháng gửi trước ngày 15 của tháng': a month's report due on a numbered
                           # day of its month, the README's generic due day that falls in every period; not 'của tháng
                           # đó / này / sau / trước', one month, nor 'của tháng cuối quý', a quarter's; and not without
                           # the month's report: yl1's 'phải trình trước ngày 20 của tháng' is the programme's month)
                           r"(?<![^\W_])báo\s+cáo\s+tháng(?![^\W_])(?!\s*\d)[^.;:]{0,60}?(?<![^\W_])ngày\s+\d{1,2}\s+của\s+(?:mỗi\s+)?tháng(?![^\W_])"
                           r"(?!\s*(?:\d|này|tới|sau|trước|đó|ấy|đầu|cuối|thứ|giữa|[IVX]))", re.I)),
    ("quarterly", re.compile(rf"\b{_H} quý\b|\bkỳ báo cáo (?:là )?quý\b|\bmỗi quý\b|\b{_ONCE}quý\b|\b0?4\s+lần\s*/\s*năm\b(?!\s+học)|"
                             rf"\b{_EVERY}(?:0?3|ba)\s+tháng\b|\b(?:0?3|ba)\s+tháng\s*(?:/\s*|một\s+|1\s+|01\s+)lần\b|"
                             rf"\btháng\s+(?:cuối(?:\s+cùng)?|đầu(?:\s+tiên)?)\s+(?:của\s+)?(?:mỗi\s+)?quý\b|"
                             # (points20: 'vào tuần cuối của mỗi quý', 'ngày làm việc đầu tiên của mỗi quý', 'tháng thứ
                             # ba của mỗi quý', 'mỗi năm bốn lần': a day, a week or a month of every quarter)
                             r"\b(?:ngày|tuần)(?:\s+làm\s+việc)?\s+(?:đầu\s+tiên|đầu|cuối\s+cùng|cuối)\s+(?:của\s+)?mỗi\s+quý\b|"
                             r"\btháng\s+thứ\s+(?:nhất|hai|ba|1|2|3)\s+(?:của\s+)?mỗi\s+quý\b|\b(?:mỗi|một|1)\s+năm\s+(?:0?4|bốn)\s+lần\b|"
                             rf"\btheo (?:từng )?quý\b|\bđịnh kỳ (?:hằng |hàng )?quý\b(?!\s*(?:[IV]+|[1-4])(?![^\W_]))|{_PER_QUARTER}|{_UNIT_ACT_ONCE.format(u='quý')}|{_TIMES_QUARTER}", re.I)),
    ("half-yearly", re.compile(r"\bkỳ báo cáo (?:là )?(?:0?6|sáu) tháng\b|\b(?:mỗi|một|1)\s+năm\s+(?:0?2|hai)\s+lần\b|\b(?:0?2|hai)\s+lần\s*(?:/|một|mỗi|trong\s+01|trong\s+một)\s*năm\b|\b(?:định kỳ|mỗi|hằng|hàng) (?:0?6|sáu) tháng\b(?!\s+(?:đầu|cuối)\s+năm\s+(?:19|20)\d\d)|\b(?:0?6|sáu) tháng (?:một|1) lần\b|\b(?:0?6|sáu) tháng ?/ ?lần\b|\bnửa năm một lần\b|"
                               # ('báo cáo kết quả thực hiện dự án 6 tháng, hằng năm': the half-year's and the year's
                               # reports listed; the most frequent first)
                               r"(?<![^\W_])(?<!\d\s)(?:0?6|sáu)\s+tháng\s*(?:,|và)\s*(?:hằng|hàng)\s+năm\b", re.I)),
    ("yearly", re.compile(rf"{_UNIT_ACT_ONCE.format(u='năm')}|\b{_H} năm\b|\bkỳ báo cáo (?:là )?(?:01 |một )?năm\b|\bmỗi năm\b|\b{_ONCE}năm\b|\b{_EVERY}12\s+tháng\b|\btừng năm\b(?!\s+học)|\bđịnh kỳ (?:hằng |hàng )?năm\b(?!\s*(?:19|20)\d\d)|{_PER_YEAR}", re.I)),
]


# 'nhu cầu tăng trưởng hàng năm', 'tăng bình quân 10% hằng năm', 'ngân sách đã cấp hàng năm': the
# period measures a rate or belongs to a noun's past-participle clause; the duty does not recur
_NOUN_PERIOD_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?:tăng\s+trưởng|tăng|giảm|bình\s+quân|trung\s+bình|thực\s+tế)(?:\s+[\d.,]+\s*%)?|"
    r"(?<![^\W_])đã\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*$", re.I)


# a period that belongs to a noun, not to the duty: a benefit paid so ('trợ cấp hằng tháng',
# 'Mức lương hưu hằng tháng'), a report named as a document ('chỉ cần thiết tại báo cáo hàng
# năm của quỹ'); and one whose noun phrase goes on with its author ('kế hoạch nhập khẩu hàng
# năm do Bộ Công Thương công bố').  (Not a source: 'cân đối kinh phí thường xuyên hằng năm từ
# ngân sách trung ương' is a yearly duty in the gold of b3.)
_BENEFIT_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?:trợ\s+cấp|lương\s+hưu|phụ\s+cấp)(?:\s+[^\W\d_]+){0,4}|lương|tiền\s+lương|thu\s+nhập|"
    # ('ngày nghỉ hằng tuần': the weekly rest day of labour law; '... đối với báo cáo tài chính hàng
    # năm', 'quyết toán của từng năm': a period that a preposition's object or a possessive carries)
    r"ngày\s+nghỉ|(?:tại|trong|theo|đối\s+với)\s+(?:các\s+)?báo\s+cáo(?:\s+tài\s+chính)?|"
    # ('mức phải trả hàng tháng không quá 15% tiền lương': an amount per period)
    r"(?<![^\W_])mức(?:\s+[^\W\d_]+){0,3}|"
    # ('đất có gieo trồng cây hằng năm hoặc cây lâu năm': a crop's kind; 'do nhu cầu sinh hoạt hàng
    # ngày': everyday life, a need; neither is work that recurs)
    r"(?<![^\W_])cây|(?<![^\W_])sinh\s+hoạt|(?<![^\W_])nhu\s+cầu(?:\s+[^\W\d_]+){0,3}|"
    # ('người lao động ... bị khấu trừ hằng tháng vào lương': what is done to the subject, a sanction's
    # mechanics, not work it does)
    r"(?<![^\W_])bị\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*$", re.I)
# (a plan is not such a noun: 'cần được ghi vào kế hoạch và ngân sách từng năm' is a yearly duty
# in the gold of realdoc 04)
_NOUN_AFTER = re.compile(r"\s+do\s", re.I)
# ('Trên cơ sở phương án đầu tư hằng năm được thông qua, ... ban hành kế hoạch đầu tư hằng tháng':
# a participle goes on with the noun the first period qualifies; when another period follows, that
# one is the duty's.  Alone, 'dự toán ngân sách hàng năm được cấp có thẩm quyền giao' still is.)
_PARTICIPLE_AFTER = re.compile(r"\s+(?:đã\s+)?được\s+[^\W\d_]+(?![^\W_])", re.I)
# a leading condition: 'Trường hợp báo cáo tài chính hàng năm ... có khác biệt ... thì ...', 'Nếu ...
# trùng vào ngày nghỉ hằng tuần thì ...': what the condition names does not recur as the duty
# ('Khi gửi ý kiến ... về quỹ tiền lương, tiền thưởng hàng năm thì ...': 'khi ... thì' is the same
# condition)
_CONDITION_OPEN = re.compile(r"(?:^|[.;:]\s*)\s*(?:[-+•]\s*)?(?:[a-zđ]\)\s*)?(?:Trường\s+hợp|Nếu|Khi)(?![^\W_])(?:(?!thì)[^;:])*$", re.I)
# a topic that opens the clause: 'Đối với doanh thu hằng năm, giá trị tài sản ròng: ...' names what
# the rule is about; a period inside it is the topic's
_TOPIC_OPEN = re.compile(r"(?:^|[.;:]\s*)\s*(?:[-+•]\s*)?(?:[a-zđ]\)\s*)?Đối\s+với(?![^\W_])[^,;:]*$", re.I)


# A benefit's noun phrase can be long: 'chi trả trợ cấp ưu đãi người có công với cách mạng hàng
# tháng qua hệ thống bưu điện' pays a monthly benefit (the period is the benefit's, as in 'trợ cấp
# hằng tháng'); the words between the benefit and the period name its kind and holders, with no
# verb and no break between them ('... trợ cấp và báo cáo UBND huyện hằng tháng' is a duty again)
_BENEFIT_NOUN = re.compile(r"(?<![^\W_])(?:trợ\s+cấp|phụ\s+cấp|lương\s+hưu|tiền\s+tuất)(?![^\W_])", re.I)


def _benefit_noun_before(text: str, start: int) -> bool:
    from pipeline.extract.tasks import VERB_ANY_RE  # late: tasks imports this module

    window = text[max(0, start - 90):start]
    last = None
    for last in _BENEFIT_NOUN.finditer(window):
        pass
    if last is None:
        return False
    gap = window[last.end():]
    # (a list of the benefit's kinds, 'trợ cấp mất sức lao động, tai nạn lao động, bệnh nghề nghiệp
    # hằng tháng', keeps its commas; a verb or a conjunction still ends the noun phrase)
    return len(gap.split()) <= 12 and not _CLAUSE_MARK.search(gap) and not VERB_ANY_RE.search(gap) \
        and not _AND_OR.search(gap)


# (the recurrence scan's inline patterns, compiled once: the pipeline's 3 000+ patterns overflow re's
# 512-entry cache, so an inline pattern was compiled again on most calls -- session 25, testtime6)
_CLAUSE_MARK = re.compile(r"[;:()]")
_AND_OR = re.compile(r"(?<![^\W_])(?:và|hoặc)(?![^\W_])", re.I)


# What a body receives is a benefit too: 'các cơ sở tín ngưỡng ... được Nhà nước công nhận và cấp
# kinh phí hoạt động hằng năm' are funded yearly, they do nothing yearly ('được giao cấp kinh phí
# hằng năm' is a duty handed to the body, and stays one)
_RECEIVED_BEFORE = re.compile(
    r"(?<![^\W_])được(?![^\W_])(?!\s+giao)[^,;.:]{0,50}?(?<![^\W_])(?:cấp|hỗ\s+trợ|chi\s+trả|hưởng|nhận)\s+"
    r"(?:kinh\s+phí|tiền|trợ\s+cấp|phụ\s+cấp)(?:\s+[^\W\d_]+){0,4}\s*$", re.I)
# 'Thời gian chốt số liệu báo cáo trong báo cáo định kỳ hằng năm được tính từ ...': a report that a
# preposition governs is named as a document, even with 'định kỳ' ('đối với báo cáo tài chính hàng
# năm' is the same without it, in _BENEFIT_BEFORE)
_PREP_REPORT_BEFORE = re.compile(r"(?<![^\W_])(?:tại|trong|theo|đối\s+với)\s+(?:các\s+)?báo\s+cáo\s*$", re.I)


# a period inside a leading grounds clause ('Căn cứ kết quả xếp loại hàng tuần, ...', 'Trên cơ sở kế
# hoạch hằng năm, ...') qualifies what the work rests on, not how often the work recurs
# (a list inside the grounds, 'Trên cơ sở kết quả đánh giá, phân loại và xếp hạng ... được công bố hàng
# năm, các cơ quan ...': a comma followed by the list's 'và' stays inside the clause)
_GROUNDS_OPEN = re.compile(r"(?:^|[.;:]\s*)\s*(?:[-+•]\s*)?(?:[a-zđ]\)\s*)?(?:Căn\s+cứ|Trên\s+cơ\s+sở)(?![^\W_])(?:[^,;:]|,(?=[^,;:]*\svà\s))*$", re.I)
# a period that bounds a span of days ('Số liệu từ ngày 01 tháng đầu quý đến hết ngày 22 tháng cuối
# quý', 'đối với kỳ báo cáo năm'): a data or report period's definition, not a recurring duty
_SPAN_DAY_BEFORE = re.compile(r"(?<![^\W_])(?:từ|đến(?:\s+hết)?)\s+ngày\s+(?:\d{1,2}|(?:đầu|cuối)(?:\s+(?:tiên|cùng))?)\s+(?:của\s+)?$", re.I)
# (points20) ... unless the span is a few days of that one month, 'Công an cấp xã, từ ngày 25 đến ngày 30
# tháng cuối quý, thông báo cho ...': both days in the quarter's month, a window of the duty that comes
# back every quarter (a data period runs from a day of the first month to one of the last)
_WINDOW_IN_ONE_MONTH_BEFORE = re.compile(r"(?<![^\W_])từ\s+ngày\s+\d{1,2}\s+(?:đến|tới)(?:\s+hết)?\s+ngày\s+\d{1,2}\s+(?:của\s+)?$", re.I)
# ('Dự kiến số lượng vật liệu nổ công nghiệp sử dụng hàng quý': a quantity per period, as 'mức')
# ... unless counting is the work: 'Khảo sát, thống kê số lượng người học ... hằng năm' is a survey done
# every year
_COUNTING_OPEN = re.compile(r"(?:^|[.;:]\s*)\s*(?:[-+•]\s*)?(?:[a-zđ]\)\s*)?(?:khảo\s+sát|thống\s+kê|tổng\s+hợp|báo\s+cáo|cập\s+nhật|rà\s+soát|điều\s+tra)"
                            r"(?![^\W_])[^;:.]*$", re.I)
_QUANTITY_BEFORE = re.compile(r"(?<![^\W_])(?:số\s+lượng|khối\s+lượng|sản\s+lượng)(?:\s+[^\W\d_]+){0,8}\s*$", re.I)
_PREP_PERIOD_BEFORE = re.compile(r"(?<![^\W_])(?:đối\s+với|của|cho)\s*$", re.I)


# a form's or an outline's title ('Đề cương báo cáo định kỳ hằng năm của tổ chức ... Mẫu số 03', 'Mẫu
# báo cáo tình hình ... hằng quý'): the document a period names, no duty; and a cap on how often
# ('không quá 01 kỳ thi mỗi tháng', 'tối đa 02 lần/học kỳ'): a limit, not work done every period
# ('ít nhất 01 lần/quý' is a minimum, and a duty)
_FORM_TITLE_OPEN = re.compile(r"\s*(?:[-+•]\s*)?(?:Đề\s+cương|Mẫu(?:\s+số\s+\S+)?|Biểu(?:\s+mẫu)?)\s+báo\s+cáo(?![^\W_])", re.I)
_CAP_BEFORE = re.compile(r"(?<![^\W_])(?:không\s+quá|tối\s+đa)\s+(?:0?\d+|một|hai|ba)\s+(?:lần|kỳ|đợt|buổi|cuộc)(?![^\W_])[^,;.:()]{0,40}$", re.I)


# a yearly plan the item is outside of ('... không có trong kế hoạch sản xuất, phát sóng hàng năm mà không bố
# trí được kinh phí': a condition on the item, the plan's period not the work's), and a total a cap bounds
# ('Tổng số lao động trong kế hoạch lao động hằng năm ... không được vượt quá 5% ...'); the plan as the
# work's container stays the work's period ('cụ thể hóa ... nhiệm vụ ... trong kế hoạch công tác năm',
# gold t5; 'Phê duyệt kế hoạch ... hằng năm', batch 23)
_OUTSIDE_PLAN_BEFORE = re.compile(
    r"(?<![^\W_])(?:không\s+có|chưa\s+có|(?:nằm\s+)?ngoài)\s+(?:trong\s+)?(?:các\s+)?(?:kế\s+hoạch|chương\s+trình)(?![^\W_])[^;.:()]{0,60}$", re.I)
_CAPPED_TOTAL_OPEN = re.compile(r"\s*(?:[-+•]\s*)?(?:[a-zđ]\)\s*)?(?:Tổng\s+số|Tổng\s+mức|Số\s+lượng)(?![^\W_])[^;.:]*$", re.I)
_CAP_AFTER = re.compile(r"^[^;.]*?(?<![^\W_])không\s+(?:được\s+)?(?:vượt\s+quá|quá|cao\s+hơn)(?![^\W_])", re.I)


def _outside_duty(text: str, start: int, end: int) -> bool:
    if _OUTSIDE_PLAN_BEFORE.search(text[max(0, start - 100):start]) \
            or _CAPPED_TOTAL_OPEN.match(text[:start]) and _CAP_AFTER.match(text[end:]):
        return True
    if _FORM_TITLE_OPEN.match(text) or _CAP_BEFORE.search(text[max(0, start - 60):start]) \
            or _CAP_WORDS_BEFORE.search(text[max(0, start - 20):start]):
        return True
    return bool(_GROUNDS_OPEN.search(text[:start]) and _COMMA_BEFORE_CLAUSE_END.match(text[end:])) \
        or bool(_SPAN_DAY_BEFORE.search(text[max(0, start - 30):start]) and _MONTH_OF_SPAN.match(text[start:end])
                and not _WINDOW_IN_ONE_MONTH_BEFORE.search(text[max(0, start - 50):start])) \
        or bool(_QUANTITY_BEFORE.search(text[max(0, start - 70):start]) and not _COUNTING_OPEN.search(text[:start])) \
        or bool(_REPORT_PERIOD.match(text[start:end]) and _PREP_PERIOD_BEFORE.search(text[max(0, start - 20):start]))


_CAP_WORDS_BEFORE = re.compile(r"(?<![^\W_])(?:không\s+quá|tối\s+đa)\s*$", re.I)
_COMMA_BEFORE_CLAUSE_END = re.compile(r"[^;:.]*?,")
_MONTH_OF_SPAN = re.compile(r"tháng\s+(?:đầu|cuối)", re.I)
_REPORT_PERIOD = re.compile(r"kỳ\s+báo\s+cáo", re.I)


def _in_condition(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside the topic of a 'Trường hợp / Nếu ... thì ...' clause?"""
    return bool(_CONDITION_OPEN.search(text[:start])) and bool(
        _THEN_WORD.search(text[end:].split(";")[0])) or bool(
        _TOPIC_OPEN.search(text[:start]) and _TOPIC_END_AFTER.match(text[end:]))


_THEN_WORD = re.compile(r"(?<![^\W_])thì(?![^\W_])", re.I)
_TOPIC_END_AFTER = re.compile(r"[^;:]*?[,:]")
# 'khai thuế giá trị gia tăng theo tháng hay theo quý': two periods offered as a choice name how a
# rule may be applied, not how often the directed work recurs
_ALTERNATIVE_PERIODS = re.compile(
    r"(?:theo\s+)?(?:từng\s+)?(?:tuần|tháng|quý|năm)\s+(?:hay|hoặc)\s+(?:theo\s+)?(?:từng\s+)?(?:tuần|tháng|quý|năm)(?![^\W_])", re.I)


def _in_alternative_periods(text: str, start: int, end: int) -> bool:
    return any(a.start() <= start and end <= a.end() + 1 or start <= a.start() < end
               for a in _ALTERNATIVE_PERIODS.finditer(text, max(0, start - 40), min(len(text), end + 40)))


# '... các Nghị quyết của Chính phủ về Phiên họp Chính phủ thường kỳ hằng tháng': a period inside
# the subject a document is about ('Nghị quyết ... về X', 'Công văn số ... về X') belongs to that
# title, as a cited document's date does, not to the duty of carrying it out
_DOC_TITLE_BEFORE = re.compile(
    r"(?<![^\W_])(?:nghị\s+quyết|kết\s+luận|chỉ\s+thị|quyết\s+định|thông\s+báo|công\s+văn|thông\s+tư|nghị\s+định|công\s+điện)"
    r"(?:\s+(?:số\s+\S+|của\s+(?:[^\W\d_]+\s+){0,5}?[^\W\d_]+))?\s+(?:về|v/v)\s+(?:(?:việc|các|những)\s+)?[^,;:()]{0,70}$", re.I)
_FUNDING_SUBJECT = re.compile(r"\s*(?:[-+•]\s*)?(?:[a-zđ]\)\s*)?(?:Nguồn\s+)?kinh\s+phí(?![^\W_])", re.I)


# 'chất thải rắn sinh hoạt hàng ngày', 'nước sạch phục vụ sinh hoạt hằng ngày', 'ổn định đời sống
# hằng ngày của Nhân dân': the daily life of people, a noun's period, not a duty done every day
# ('tổ chức sinh hoạt chi bộ hằng tháng' is a monthly meeting and stays one: daily only)
_DAILY_LIFE_BEFORE = re.compile(r"(?<![^\W_])(?:sinh\s+hoạt|đời\s+sống|cuộc\s+sống|đi\s+lại|ăn\s+ở)\s*$", re.I)


# ... unless an action follows the period: 'Phấn đấu trung bình mỗi năm tổ chức đấu giá từ 05
# mỏ' counts what is done each year, the work recurs
_ACTION_AFTER = re.compile(
    r"\s+(?:tổ\s+chức|thực\s+hiện|tiến\s+hành|kiểm\s+tra|thanh\s+tra|đào\s+tạo|bồi\s+dưỡng|tập\s+huấn|xây\s+dựng|"
    r"cấp|trồng|đấu\s+giá|tuyển|mở)(?![^\W_])", re.I)


# A report's data period defined, not a duty: 'Báo cáo định kỳ hàng tháng: Tính từ ngày 15 tháng trước
# đến ngày 14 của tháng thuộc kỳ báo cáo', 'Thời gian chốt số liệu trong chế độ báo cáo hằng năm: Tính
# từ ngày 15 tháng 12 năm trước kỳ báo cáo ...', 'Báo cáo định kỳ 6 tháng: Thời gian chốt số liệu 6
# tháng đầu năm được tính từ ...' (the period names which report the span is for; a clause that also
# sends or submits something is a duty and keeps its period)
_DATA_SPAN_AFTER = re.compile(r"[^:;.]{0,60}:\s*(?:(?:thời\s+gian|thời\s+điểm|kỳ)\s+(?:chốt|lấy)\s+số\s+liệu[^:;.]{0,80}?)?"
                              r"(?:số\s+liệu\s+)?(?:được\s+)?tính\s+từ(?![^\W_])", re.I)
_DATA_SPAN_BEFORE = re.compile(r"(?:thời\s+gian|thời\s+điểm|kỳ)\s+(?:chốt|lấy)\s+số\s+liệu(?![^\W_])[^:;.]*$", re.I)
_DATA_SPAN_DUTY = re.compile(r"(?<![^\W_])(?:gửi|nộp|chậm\s+nhất|trước\s+ngày|phải)(?![^\W_])", re.I)


def _in_data_span(text: str, start: int, end: int) -> bool:
    """Is the period at text[start:end] the name of a report whose data span the clause defines?"""
    left = max(text.rfind(";", 0, start), text.rfind(".", 0, start)) + 1
    right = min([i for i in (text.find(";", end), text.find(".", end)) if i != -1] or [len(text)])
    clause = text[left:right]
    if _DATA_SPAN_DUTY.search(clause):
        return False
    return bool(_DATA_SPAN_AFTER.match(text, end, right) or _DATA_SPAN_BEFORE.search(text, left, start))


# A number written twice, in digits and then in words in brackets, as legal texts do ('định kỳ 03 (ba)
# tháng một lần', 'Định kỳ 06 (sáu) tháng hoặc đột xuất', 'báo cáo định kỳ 06 (sáu) tháng'): the words
# are dropped before the period is read, so the unit follows its number
_NUMBER_WORD = r"(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|linh|lẻ|trăm)"
_SPELLED_NUMBER = re.compile(rf"(?<=\d)\s*\(\s*{_NUMBER_WORD}(?:\s+{_NUMBER_WORD})*\s*\)", re.I)


def find_recurrence(text: str) -> str | None:
    """The recurrence a sentence sets ('chiều thứ Năm hằng tuần' -> 'weekly'), else None.

    The first match in reading order wins, so 'định kỳ hằng năm; riêng năm 2020 ...' is
    yearly; 'thường xuyên' is not a recurrence (ANNOTATION.md); a period that measures a rate
    ('tăng trưởng hàng năm') or qualifies a noun ('ngân sách đã cấp hàng năm') is none."""
    text = _SPELLED_NUMBER.sub("", text)
    if _FUNDING_SUBJECT.match(text):
        # '- Kinh phí tổ chức ... được lấy từ kinh phí ... hàng năm', 'Nguồn kinh phí hoạt động
        # ... do ngân sách nhà nước cấp hàng năm': where money comes from, not a recurring duty
        return None
    best, participle_after = _first_recurrence(text, strict=True)
    if best and ";" in text:
        best = _periodic_clause_recurrence(text) or best
    if best or not participle_after:
        # (the lenient pass differs from the strict one only where a participle follows a period,
        # and a strict pass that found nothing looked at every period: without such a one, the
        # lenient pass would find nothing either)
        return best
    return _first_recurrence(text, strict=False)[0]


def _top_clauses(text: str) -> list[str]:
    """The sentence's clauses split at ';' outside brackets."""
    parts, depth, last = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == ";" and depth == 0:
            parts.append(text[last:i])
            last = i + 1
    parts.append(text[last:])
    return parts


def _periodic_clause_recurrence(text: str) -> str | None:
    """(deadline32) Two duties of different periods in clauses of one sentence: the one said to
    recur ('định kỳ') is the sentence's recurrence, not whichever is written first.

    'duy trì ...; hằng tuần tổ chức kiểm tra ...; định kỳ báo cáo ... (báo cáo vào ngày 01 và 15
    hằng tháng ...)' (unseen26 ex5, gold monthly) against 'Dữ liệu được sao lưu định kỳ hằng ngày;
    ... sao lưu tổng thể hằng tháng' (dp2237, daily): both read by the 'định kỳ' clause, where the
    first-written reading meets only the second (samples/gold/README.md, session 27, deadline32). Periods
    listed for one act in one clause ('định kỳ 6 tháng, hằng năm') are not touched: the first stays."""
    clauses = _top_clauses(text)
    if len(clauses) < 2:
        return None
    periodic, other = set(), set()
    for clause in clauses:
        value = _first_recurrence(clause, strict=True)[0]
        if value:
            (periodic if _PERIODIC_CLAUSE_WORD.search(clause) else other).add(value)
    if len(periodic) == 1 and other - periodic:
        return next(iter(periodic))
    return None


_PERIODIC_CLAUSE_WORD = re.compile(r"(?<![^\W_])định\s+kỳ(?![^\W_])", re.I)


# 'Phạt tiền ... khi có hành vi không báo cáo định kỳ hằng năm theo quy định': the period of a duty an
# offence leaves undone, named by a sanction, sets no recurring duty of its own
_OFFENCE_BEFORE = re.compile(r"(?<![^\W_])hành\s+vi(?![^\W_])[^;.:]{0,110}$", re.I)
# 'tháng 9 và tháng 10 hằng năm luôn là cao điểm công tác': what every year is like, described, not
# work done every year
_DESCRIBED_AFTER = re.compile(r"\s*,?\s*(?:luôn|thường|vẫn)\s+(?:là|có|diễn\s+ra|được\s+coi\s+là)(?![^\W_])", re.I)


# 'kết quả thực hiện là tiêu chí đánh giá hiệu quả thực hiện nhiệm vụ, đánh giá thi đua, khen thưởng hằng
# năm', 'đưa chỉ tiêu bảo vệ môi trường vào chỉ tiêu đánh giá kết quả thực hiện nhiệm vụ hằng năm', 'là một
# trong những tiêu chuẩn đánh giá, bình xét, phân loại đảng viên ... hằng năm': the period is the rating's
# that the criteria serve, set once; the duty does not recur (gold yb1, n1, p7: null).  A duty joined by
# 'và' or a comma ('xây dựng tiêu chí đánh giá và tổ chức đánh giá hằng năm'), or criteria as the
# object of the work ('báo cáo kết quả thực hiện chỉ tiêu thi đua hằng quý'), is read again: the criteria
# must be what something is made ('là', 'làm', 'vào').
_CRITERIA_BEFORE = re.compile(
    r"(?<![^\W_])(?:là|vào|làm)\s+(?:một\s+trong\s+(?:những\s+|các\s+)?)?(?:tiêu\s+chí|tiêu\s+chuẩn|chỉ\s+tiêu)\s+(?:để\s+)?"
    r"(?:đánh\s+giá|bình\s+xét|xếp\s+loại|phân\s+loại|thi\s+đua|chấm\s+điểm)"
    r"(?![^\W_])(?:(?!\s(?:và|hoặc)\s|,\s*(?:tổ\s+chức|tiến\s+hành|báo\s+cáo|công\s+bố)(?![^\W_]))[^;.:()]){0,140}$", re.I)


def _first_recurrence(text: str, strict: bool) -> tuple[str | None, bool]:
    """The first recurrence in ``text``; ``strict`` also passes over a period a participle
    goes on from (a noun's), which a second, lenient pass reads when nothing else recurs.
    With it, whether a participle follows any period looked at.

    A pattern's matches come in reading order, so once one starts at or after the best kept so
    far, none of its later ones can win: the scan stops there rather than judge each with the
    whole filter chain (session 25, testtime6: the same answers, measured on every sentence the
    deadline benchmark and samples/text ask about)."""
    best: tuple[int, str] | None = None
    participle_after = False
    for name, pat in RECURRENCE_PATTERNS:
        for m in pat.finditer(text):
            if best is not None and m.start() >= best[0]:
                break
            participle_after = participle_after or bool(_PARTICIPLE_AFTER.match(text, m.end()))
            if _is_recurring_duty(text, m, name, strict):
                # '6 tháng đầu năm' must not read as half-yearly; the half-yearly pattern needs
                # 'định kỳ'/'hằng'/'một lần', and 'hằng năm' inside 'hằng năm học' still counts.
                best = (m.start(), name)
                break
    return (best[1] if best else None), participle_after


_PERIODIC_WORDS = re.compile(r"định\s+kỳ|kỳ\s+báo\s+cáo", re.I)
_EACH_WORD = re.compile(r"từng|mỗi", re.I)
_OF_BEFORE = re.compile(r"(?<![^\W_])của\s*$", re.I)


def _is_recurring_duty(text: str, m: re.Match, name: str, strict: bool) -> bool:
    """Does the period ``m`` (of recurrence ``name``) set a duty that recurs, not a condition's,
    a cap's, a title's, a noun's or a rate's period?"""
    # ('thống kê trữ lượng đã khai thác định kỳ hằng năm': 'định kỳ' says the duty recurs,
    # whatever participle stands before it)
    return (not _in_condition(text, m.start(), m.end())
            and not noun_period(text, m.start(), m.end())
            and not _outside_duty(text, m.start(), m.end())
            and not _in_alternative_periods(text, m.start(), m.end())
            and not _in_data_span(text, m.start(), m.end())
            and not _DOC_TITLE_BEFORE.search(text[max(0, m.start() - 120):m.start()])
            and not _PREP_REPORT_BEFORE.search(text[max(0, m.start() - 40):m.start()])
            and not _RECEIVED_BEFORE.search(text[max(0, m.start() - 100):m.start()])
            and not _OFFENCE_BEFORE.search(text[max(0, m.start() - 120):m.start()])
            and not _CRITERIA_BEFORE.search(text[max(0, m.start() - 170):m.start()])
            and not _DESCRIBED_AFTER.match(text, m.end())
            and not (name == "daily" and _DAILY_LIFE_BEFORE.search(text[max(0, m.start() - 20):m.start()])) and bool(
            _PERIODIC_WORDS.match(m.group(0)) or (
            not _benefit_noun_before(text, m.start()) and
            not _BENEFIT_BEFORE.search(text[max(0, m.start() - 30):m.start()]) and not _NOUN_AFTER.match(text, m.end())
            and not (_EACH_WORD.match(m.group(0)) and _OF_BEFORE.search(text[:m.start()]))
            and not (strict and _PARTICIPLE_AFTER.match(text, m.end()))
            and (not _NOUN_PERIOD_BEFORE.search(text[max(0, m.start() - 30):m.start()]) or _ACTION_AFTER.match(text, m.end())))))


# ------------------------------------------------------------------ dates

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_SEP = r"\s*[/.\-]\s*"
_Y = r"(?P<y>(?:19|20)\d\d)"
# one alternative per date shape; named groups are read by _to_date
_DATE_SHAPES = [
    # 'ngày 10 tháng 6 năm 2026', 'ngày 26, 27/12/2011' handled by the d-list below
    rf"(?:ngày\s+)?(?P<d1>\d{{1,2}})\s+tháng\s+(?P<m1>\d{{1,2}})(?:\s+năm\s+(?P<y1>(?:19|20)\d\d))?",
    # ('Từ ngày 1 - 25.4.2019 sẽ tiến hành ...', 'ngày 26, 27.12.2011': the press joins the month of a list
    # of days with a dot too, then always with its year; before, 'ngày 1 - 25' read as day 1 of a
    # month 25, no date)
    rf"(?:ngày\s+)?(?:(?P<dl>\d{{1,2}}(?:\s*(?:,|và|-|–)\s*\d{{1,2}})+)\s*(?:/|\.(?=\s*\d{{1,2}}\s*\.\s*(?:19|20)\d\d(?!\d)))\s*|(?P<d2>\d{{1,2}}){_SEP})(?P<m2>\d{{1,2}})(?:{_SEP}(?P<y2>(?:19|20)\d\d))?(?![\d/])",
    # ('9 tháng đầu năm 2026' ends with September, '2 tháng cuối năm 2018' with the year: the first or
    # last N months of a year, of which '6 tháng đầu năm' (ANNOTATION.md: June 30) is one)
    rf"(?P<half>(?:(?P<hn>0?[1-9]|1[01]|hai|ba|bốn|sáu|chín) tháng|nửa) (?P<hpart>đầu|cuối) năm)(?:\s+(?P<y3>(?:19|20)\d\d))?",
    # 'quý II/2026', 'quý II, III/2026', 'quý II - quý III năm 2026': the last quarter bounds the work
    # ('Q3/2026', 'Q.IV/2026': a table's short form of the quarter, never a month)
    rf"(?:quý\s+|(?<![^\W_])Q\.?\s?(?=(?:IV|III|II|I|[1-4])\s*/))(?P<q>IV|III|II|I|[1-4])(?:\s*(?:,|-|–|và|đến)\s*(?:quý\s+)?(?P<q2>IV|III|II|I|[1-4])(?![^\W_]))*"
    # ('trong quý II và quý IV của năm 2021': the year the quarters are of)
    # ('quý I-2025', 'tháng 5-2025': the press and Party documents join the year with a hyphen)
    rf"(?:\s*/\s*|\s*[-–]\s*(?=(?:19|20)\d\d(?!\d))|\s+(?:của\s+)?năm\s+)?(?P<y4>(?:19|20)\d\d)?",
    # 'tháng 6/2026', 'tháng 5, 6/2026', 'tháng 6 - 12 năm 2026'
    # ('tháng 10.2020', 'tháng 12.2020': the press joins the year with a dot too)
    rf"tháng\s+(?:\d{{1,2}}\s*(?:,|-|–|và|đến)\s*(?:tháng\s+)?)*(?P<m5>\d{{1,2}})(?:\s*/\s*|\s*[-–]\s*(?=(?:19|20)\d\d(?!\d))|\.(?=(?:19|20)\d\d(?!\d))|\s+năm\s+)(?P<y5>(?:19|20)\d\d)",
    rf"tháng\s+(?P<m6>\d{{1,2}})(?![\d/])",
    # 'trong năm 2023, 2024': a list of years runs to the end of the last one
    rf"(?P<cuoi>cuối\s+)?năm\s+(?:(?:19|20)\d\d\s*(?:,|và)\s*)*(?P<y7>(?:19|20)\d\d)(?!\s*[-–]\s*\d)",
    # 'tổng kết vào cuối năm': the end of the document's year
    # ('hoàn thành trong hai tháng còn lại', 'trong 3 tháng còn lại của năm': the months left of the
    # document's year, counted, after 'trong'; 'những tháng còn lại' alone names no bound)
    r"(?P<ye>cuối\s+năm(?!\s*(?:19|20)\d\d)(?!\s+(?:học|tài\s+chính|ngân\s+sách))"
    r"|(?<=trong\s)(?:[1-9]|hai|ba|bốn|năm|sáu)\s+tháng\s+còn\s+lại(?:\s+(?:của|trong)\s+năm(?!\s*(?:19|20)\d\d))?)",
    # 'trong tuần đầu tháng 5/2023', 'tuần cuối tháng 10': a week of a month ends on its 7th,
    # 14th, 21st or 28th day (the first seven days are the first week), the last week with the month
    rf"tuần\s+(?P<wk>đầu|cuối|thứ\s+(?:nhất|hai|ba|tư|1|2|3|4)|[1-4])\s+(?:của\s+)?tháng\s+(?P<m9>\d{{1,2}})(?:(?:\s*/\s*|\s+năm\s+)(?P<y9>(?:19|20)\d\d))?",
    # a month written '9/2026' (table time cells, 'trước 6/2026'); after the day/month shape, so
    # '15/6/2026' stays a day
    rf"(?<![\d/])(?P<m8>0?[1-9]|1[0-2])\s*/\s*(?P<y8>(?:19|20)\d\d)(?![\d/])",
]
# a clock time: '10 giờ', '10h', '10g00', '10 giờ 30 phút', and the minutes' prime some typists put
# after them ('chậm nhất 10h00\' ngày 27/4/2020', '13 giờ 30’', 'từ 12h00’ ngày 23/12/2021')
_TIME = r"(?P<hh>\d{1,2})\s*(?:giờ|h|g)\s*(?P<mm>\d{2})?(?:\s*phút|\s?['’′])?"
DATE_RE = re.compile(
    # ('trước 10 giờ, thứ Hai, ngày 26/10/2026', '7h30, thứ Năm, ngày 29/10': a weekday between
    # the clock time and the day)
    rf"(?:{_TIME}\s*(?:,\s*)?(?:(?:sáng|chiều|tối)\s+)?(?:{WEEKDAY}\s*,?\s*)?)?"
    rf"(?:(?:sáng|chiều|tối)\s+)?(?:{'|'.join('(?:' + s + ')' for s in _DATE_SHAPES)})",
    re.I,
)

# A trigger must end right where the date phrase starts: it is what makes a date a deadline.
TRIGGER_RE = re.compile(
    # ('không muộn hơn ngày 05/12/2024', 'không quá ngày ...', 'trước thời điểm 30/6/2024': the
    # same bound as 'chậm nhất', 'trước' in other words)
    r"(?:trước(?:\s+thời\s+điểm)?|chậm nhất(?:\s+là)?|muộn nhất(?:\s+là)?|hạn(?:\s+chót)?(?:\s+là)?|không\s+(?:muộn|chậm|quá)\s+(?:hơn\s+)?|"
    r"hoàn thành(?:\s+(?:trước|trong|vào|xong))?|xong(?:\s+trước)?|kết thúc(?:\s+(?:trước|trong|vào))?|"
    r"ngay\s+trong|trong(?:\s+suốt)?|đến\s+hết|hết|vào|kịp\s+thời\s+trước|"
    # an attribute written inside the sentence: '...; thời gian thực hiện: tháng 9/2026', '(thời
    # gian: tháng 9/2026)', ', hạn cuối: 30/9/2026', ', dự kiến tháng 9/2026'
    # ('Hạn nộp: 25/10/2026', 'Hạn chót nộp hồ sơ: 17h00 ngày 30/10', 'Thời gian nộp: ...': the
    # label may name the act it bounds)
    r"(?:(?:thời\s+gian|thời\s+hạn|hạn(?:\s+(?:chót|cuối))?)(?:\s+[^\W\d_]+){0,4}|tiến\s+độ(?:\s+(?:thực\s+hiện|hoàn\s+thành))?|"
    r"mốc\s+thời\s+gian)\s*:|dự\s+kiến)\s*"
    r"(?:lúc\s+)?"  # ('vào lúc 14h00 ngày 26/10/2026')
    # ('vào sáng Chủ nhật, ngày 16/11/2025', 'trước thứ Sáu, ngày 20/12': the weekday names the date)
    r"(?:(?:(?:sáng|chiều|tối)\s+)?" + WEEKDAY + r"\s*,?\s*)?"
    # ('vào cuối tháng 6/2026', 'trong các ngày 12, 13/11', 'vào dịp 2/9/2026': the occasion's day)
    # ('xong trước ngày Quốc khánh 02/9/2025', 'trước ngày Nhà giáo Việt Nam 20/11': a named day,
    # in capitals, between 'ngày' and its date)
    r"(?:các\s+(?:ngày\s*)?|ngày\s+(?-i:[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s+)|ngày\s*|cuối\s+|dịp\s+(?:ngày\s*)?)?[,:]?\s*$",
    re.I,
)
# Words right before a date that make it a period or a horizon, never a deadline.
NOT_DEADLINE_BEFORE = re.compile(
    # ('Sau năm 2026' in a time cell, 'Sau ngày 15/9, ... sẽ triển khai': what follows a date starts
    # after it, never ends by it)
    r"(?:tầm nhìn(?:\s+đến)?|đến|giai đoạn|năm học|niên độ|từ|kể từ|khóa|nhiệm kỳ|(?<![^\W_])sau)\s*$", re.I
)
RELATIVE_RE = re.compile(
    r"(?:trong\s+(?:thời\s+hạn|vòng)\s+|chậm nhất\s+(?:là\s+)?|trước\s+)?\d{1,3}\s+ngày(?:\s+làm\s+việc)?\s+(?:kể\s+)?từ\s+(?:ngày\s+)?[^,;.]*",
    re.I,
)
# A year that only opens an ongoing duty ('Năm 2026 và các năm tiếp theo', 'từ năm 2026 trở đi').
# ('Năm 2026 và các năm tiếp theo', 'Năm 2026; các năm tiếp theo', '2025, những năm sau': a year and
# the years after it, joined by a word or by punctuation, open an ongoing duty)
ONWARD_RE = re.compile(r"(?:(?:và|cho)\s+|[;,]\s*)(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau(?:\s+đó)?)\b|\btrở\s+đi\b", re.I)
ONGOING_RE = re.compile(r"\bthường xuyên\b|\bliên tục\b", re.I)


# Verbs that date a status, not work: when a document was signed or issued, a body set up, a
# person recruited, posted or retired, an event happened.  A date they govern ('hợp đồng ... giao
# kết trước ngày 01/7/2026', 'được bố trí về thôn từ ngày ... đến trước ngày ...') is a condition on
# who or what a rule applies to, never the bound of the directed work.  (Not 'ban hành' or 'phê
# duyệt': 'ban hành trước ngày 30/6' directs the issuing.)
_STATUS_VERB = (r"(?:ký(?:\s+kết)?|giao\s+kết|cấp|thành\s+lập|công\s+nhận|tuyển\s+dụng|bổ\s+nhiệm|bố\s+trí|đăng\s+ký|"
                r"xuất\s+cảnh|nhập\s+cảnh|nghỉ\s+hưu|nghỉ\s+việc|khởi\s+công|phát\s+sinh|xảy\s+ra|hưởng)(?![^\W_])")
# ... as a passive participle ('được cấp trước ngày') or right after the noun it describes
_STATUS_BEFORE = re.compile(
    rf"(?:(?<![^\W_])(?<!phải\s)(?<!cần\s)được\s+{_STATUS_VERB}|"
    rf"(?<![^\W_])(?:hợp\s+đồng|văn\s+bản|hồ\s+sơ|giấy\s+phép|giấy\s+chứng\s+nhận|chứng\s+chỉ|người|tổ\s+hợp\s+tác|doanh\s+nghiệp|"
    rf"dự\s+án|công\s+trình)(?:\s+(?!phải|cần|được|sẽ)[^\W\d_]+){{0,4}}\s+{_STATUS_VERB})"
    # (what may stand between: 'và bắt đầu thực hiện', 'về thôn, tổ dân phố'; not a duty word, nor
    # the status's own date: 'các dự án được cấp phép trước ngày 01/7/2024 và xử lý dứt điểm trước
    # ngày 31/12/2026' -- the verb's date is the first one after it, the later one bounds the work)
    rf"(?:(?!\s(?:phải|cần|hoàn\s+thành|xong|báo\s+cáo|gửi|nộp)\s)(?!\s(?:trước|từ|sau)\s+(?:ngày\s*|năm\s*)?\d)[^;.:()]){{0,50}}?\s+(?:trước|từ|sau)\s+"
    rf"(?:ngày\s*)?(?:[\d][^;:()]{{0,40}}(?:đến|tới)\s+(?:hết\s+|trước\s+)?(?:ngày\s*)?)?$|"
    # ('Các đối tượng quy định tại điểm a, ... hưởng lương hưu, trợ cấp bảo hiểm xã hội và trợ cấp hằng
    # tháng trước ngày 01 tháng 7 năm 2023': who drew a benefit before a day, a condition on holders)
    rf"(?<![^\W_])hưởng\s+(?:lương\s+hưu|trợ\s+cấp|phụ\s+cấp|chế\s+độ)(?![^\W_])[^;.:()]{{0,90}}?\s+(?:trước|từ|sau)\s+(?:ngày\s*)?$", re.I)
# ... and the goods and declarations of a customs or tax letter: 'đối với hàng hóa nhập khẩu trước ngày
# 01/01/2024 tiếp tục thực hiện theo quy định cũ', 'các tờ khai đăng ký từ ngày 15/3/2023', 'lô hàng
# thông quan trước ngày ...': the day the goods crossed or the declaration was lodged says which
# goods a rule covers, it bounds no work
_GOODS_STATUS_BEFORE = re.compile(
    r"(?<![^\W_])(?:hàng\s+hóa|hàng\s+hoá|tờ\s+khai|lô\s+hàng|hóa\s+đơn|hoá\s+đơn)(?:\s+(?!phải|cần|được|sẽ)[^\W\d_]+){0,3}\s+"
    r"(?:nhập\s+khẩu|xuất\s+khẩu|thông\s+quan|đăng\s+ký|phát\s+hành|lập)\s+(?:trước|từ|sau)\s+(?:ngày\s*)?$", re.I)
# 'tổng số kết dư ... đến hết năm 2021', 'Số liệu ... tính đến hết ngày ...': a quantity as of a day
_AS_OF_BEFORE = re.compile(r"(?<![^\W_])(?:kết\s+dư|số\s+dư|dư\s+nợ|lũy\s+kế|tồn\s+quỹ|số\s+liệu)(?![^\W_])[^;.:()]{0,80}?"
                           r"\s(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s*)?$", re.I)
# 'Số ngày trong năm 2021', 'Tổng số ngày nghỉ hằng tuần trong năm 2021', 'báo cáo số lượng hồ sơ tiếp
# nhận trong quý I/2026': a period right after a counted noun is what is counted over, not when
# the work is due (a count is named by 'số lượng', 'tổng số' or 'số' + a unit; 'chuyển đổi số trên
# thiết bị di động trong tháng 7/2024' is not a count)
_COUNTED_BEFORE = re.compile(
    r"(?<![^\W_])(?:số\s+lượng|tổng\s+số|số\s+(?:ngày|giờ|tiền|người|lượt|hộ|vụ|hồ\s+sơ|lao\s+động|doanh\s+nghiệp|trường\s+hợp))"
    r"(?![^\W_])(?:\s+(?!phải|cần|hoàn\s+thành|xong)[^\W\d_]+){0,8}\s+trong\s*$", re.I)
# 'tiếp tục thực hiện miễn thuế ... đến hết năm 2025', 'hướng dẫn thực hiện tạm dừng đóng bảo hiểm
# xã hội ... đến hết tháng 6': how long an ongoing measure (a continuation, a suspension, an
# exemption, a reduction, an extension) lasts, not when the directed work is due
_CONTINUE_BEFORE = re.compile(
    r"(?<![^\W_])(?:tiếp\s+tục|tạm\s+dừng|tạm\s+ngừng|tạm\s+hoãn|miễn|giảm|gia\s+hạn|kéo\s+dài|duy\s+trì)(?![^\W_])"
    r"(?:(?!hoàn\s+thành|xong)[^;.:()]){0,100}?\s(?:đến|tới)\s+hết\s+(?:ngày\s*)?$", re.I)
# 'Chưa thực hiện điều chỉnh tăng giá trong Quý I và Quý II năm 2020', 'không tổ chức kiểm tra định kỳ
# trong năm 2020': a period in the scope of a negation is how long something is not done, a ban,
# never a bound ('không quá', 'không chậm hơn', 'không để kéo dài quá' are bounds, TRIGGER_RE)
_NEGATED_BEFORE = re.compile(
    r"(?<![^\W_])(?:không|chưa)(?!\s+(?:quá|chậm|muộn|để\s+(?:kéo\s+dài|chậm))(?![^\W_]))(?![^\W_])"
    # (points20: nor across a purpose clause, '... hồ sơ thu hồi đất 17,1ha chưa GPMB để bàn giao mặt bằng cho chủ
    # đầu tư trong tháng 12/2013': 'chưa' qualifies the land, the period bounds the handover)
    r"(?:(?!\s(?:hoàn\s+thành|xong|báo\s+cáo|gửi|nộp|trình|để|nhằm)\s)[^,;.:()]){1,80}?\s(?:trong|vào)\s+(?:các\s+)?$", re.I)
# 'tuyên truyền các ngày lễ, kỷ niệm trong Quý 1/2023', 'cổ động các ngày lễ lớn trong tháng 5': a
# period right after the occasions (holidays, anniversaries) names which occasions, as 'Quý 1 năm
# 2023' does in 'các ngày lễ và sự kiện Quý 1 năm 2023'; ANNOTATION.md: a deadline is set "only when
# the text sets one for that task" -- a bound word ('trước', 'chậm nhất', 'hoàn thành') still sets one
# The same for the activities that mark them and for the period's tasks ('thông tin kịp thời các hoạt
# động kỷ niệm trong năm 2010', 'tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng
# trong năm 2020', 'rà soát, triển khai các nhiệm vụ trong Quý I/2022': the year or quarter says
# which occasions or which period's tasks are meant, the gold's reading in yh9, yn2, yn5).  Completing
# them ('hoàn thành các nhiệm vụ trong năm 2024') is bounded again (_rule_deadline).
_OCCASION_NOUN = r"(?:ngày\s+(?:lễ(?:\s+lớn)?|kỷ\s+niệm)|lễ(?:\s+lớn)?|kỷ\s+niệm|sự\s+kiện)"
_OCCASION_QUAL = r"(?:lớn|quan\s+trọng|lịch\s+sử|chính\s+trị|văn\s+hóa|văn\s+hoá|tiêu\s+biểu|truyền\s+thống|của\s+đất\s+nước|của\s+dân\s+tộc|của\s+(?:tỉnh|thành\s+phố|huyện|quê\s+hương))"
_OCCASIONS_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?:các|những|một\s+số)\s+hoạt\s+động(?:\s+tuyên\s+truyền)?\s+kỷ\s+niệm(?:\s+(?:các|những|một\s+số))?"
    r"|(?:các|những|một\s+số)(?:\s+hoạt\s+động(?:\s+tuyên\s+truyền)?\s+kỷ\s+niệm\s+(?:các|những|một\s+số))?)\s+"
    rf"{_OCCASION_NOUN}(?:\s+{_OCCASION_QUAL})*"
    rf"(?:\s*(?:,|và)\s*(?:các\s+|những\s+)?{_OCCASION_NOUN}(?:\s+{_OCCASION_QUAL})*)*"
    r"\s+(?:diễn\s+ra\s+)?trong\s*$|"
    r"(?<![^\W_])(?:các|những)\s+hoạt\s+động(?:\s+tuyên\s+truyền)?\s+kỷ\s+niệm\s+(?:diễn\s+ra\s+)?trong\s*$", re.I)
# '... triển khai các nhiệm vụ trong Quý I/2022', 'thực hiện các nhiệm vụ trọng tâm trong năm 2024':
# a plural of tasks right before the period; the period is which tasks, unless the clause completes them
# (deadline33: 'một số' as 'các', and the qualifiers 'cấp bách', 'quan trọng': 'thống nhất các nhiệm vụ
# trọng tâm cấp bách trong tháng 7', pending ew3; 'Về một số nhiệm vụ trọng tâm trong Quý I năm 2025', dp1026,
# relabelled: gold README, session 28)
_PERIOD_TASKS_BEFORE = re.compile(
    r"(?<![^\W_])(?:các|những|một\s+số)\s+(?:nhiệm\s+vụ|công\s+việc|chỉ\s+tiêu)"
    r"(?:\s+(?:trọng\s+tâm|trọng\s+điểm|chủ\s+yếu|chính|cụ\s+thể|còn\s+lại|khác|cấp\s+bách|quan\s+trọng)){0,3}\s+(?:của\s+|đề\s+ra\s+)?trong\s*$", re.I)
# 'vào dịp kỷ niệm ngày Giải phóng Thủ đô (10/10) hàng năm': a bracketed day naming the occasion
_OCCASION_BEFORE = re.compile(r"(?<![^\W_])(?:vào|trong|trước|nhân)\s+(?:dịp|ngày|lễ)\s[^,;.()]{0,60}\(\s*$", re.I)
# a day or period of a year named by rule, not by number: 'ngày 30 tháng 01 năm sau năm thành lập',
# 'quý II năm thứ ba của kế hoạch', 'ngày 30 tháng 7 năm kết thúc thời gian miễn' ('năm nay' is this year)
_GENERIC_YEAR_AFTER = re.compile(r"\s*(?:của\s+)?năm\s+(?!nay(?![^\W_])|này(?![^\W_]))[^\W\d_]", re.I)


# 'đến (hết) ngày' before a day: a target date when a goal is set ('phấn đấu ...') or met after it
_TARGET_DAY_BEFORE = re.compile(r"(?<![^\W_])(?<!tính\s)đến\s+(?:hết\s+)?(?:ngày\s*)?$", re.I)
# a goal set as a figure to reach, the work not said done: 'phấn đấu ... còn khoảng 150 thủ tục'
_GOAL_FIGURE_RE = re.compile(r"phấn\s+đấu(?:(?!hoàn\s+thành|xong)[^;.])*?\d(?:(?!hoàn\s+thành|xong)[^;.])*$", re.I)
# 'theo lộ trình đạt mức phát thải ròng bằng "0" vào năm 2050', 'hướng tới mục tiêu trung hòa carbon
# vào năm 2050': the year a level or goal is to be reached on a roadmap is the plan's horizon too
_GOAL_REACH_RE = re.compile(r"(?:(?:theo\s+)?lộ\s+trình\s+(?:đạt|tiến\s+tới|hướng\s+tới)|(?:hướng|tiến)\s+tới\s+mục\s+tiêu|"
                            r"(?<![^\W_])đạt\s+mức)(?:(?!hoàn\s+thành|xong)[^;.])*$", re.I)
# What a date governs.  A figure to reach ('thu hút 45 - 50 triệu lượt khách', 'tăng 15%', '5.000 km') in
# the clause before 'vào năm 2030' makes the year the goal's horizon, whoever sets it ('phấn đấu',
# 'để', 'nhằm' or none); a completion word ('hoàn thành', 'xong') in between makes it the work's
# bound again.  A number naming a thing ('Trung tâm dữ liệu số 02') is no figure.
_FIGURE = (r"(?<![\d/.,])(?<!số\s)\d+(?:[.,]\d+)*(?:\s*[-–]\s*\d+(?:[.,]\d+)*)?\s*"
           r"(?:%|triệu|tỷ|nghìn|vạn|km|ha|MW|tấn|lượt|người|lần)(?![^\W_])")
_CLAUSE_FIGURE_RE = re.compile(rf"{_FIGURE}(?:(?!hoàn\s+thành|xong)[^;.:])*$", re.I)
# a goal 'phấn đấu' sets as a figure whose figure is written with a thousands dot ('3.000 km'), up to the clause's end
# ('bảo đảm thực hiện mục tiêu có ít nhất 3.000 km đường bộ cao tốc vào cuối năm 2025': a goal named
# 'mục tiêu' is one too, though the clause before it completes other work)
# a state to be reached: 'trở thành', 'vào nhóm', 'thuộc nhóm', 'nằm trong nhóm', 'lọt vào nhóm / top'
_RESULT_STATE_RE = re.compile(r"(?<![^\W_])(?:trở\s+thành|(?:lọt\s+)?vào\s+(?:nhóm|top)|thuộc\s+(?:nhóm|top)|nằm\s+trong\s+(?:nhóm|top))(?![^\W_])", re.I)
_GOAL_FIGURE_END_RE = re.compile(rf"(?:phấn\s+đấu|mục\s+tiêu)(?:(?!hoàn\s+thành|xong)[^;:])*?{_FIGURE}(?:(?!hoàn\s+thành|xong)[^;:.])*$", re.I)
# a review ('sơ kết', 'tổng kết') said to be held in a period
_REVIEW_IN_BEFORE = re.compile(r"(?<![^\W_])(?:sơ\s+kết|tổng\s+kết)(?![^\W_])[^;.()]{0,80}?(?:vào|trong)\s*$", re.I)
# an occasion's date given in brackets after the bound word: 'hoàn thành trước thời điểm khai mạc Đại hội
# Đảng 14 (dự kiến bắt đầu từ 19/1 tới)', 'trình trước Kỳ họp thứ 10 (dự kiến khai mạc ngày 20/10/2025)':
# the work is due by the occasion, whose day the bracket gives
_OCCASION_BRACKET_BEFORE = re.compile(
    r"(?<![^\W_])trước\s+(?:thời\s+điểm\s+|ngày\s+|khi\s+)?(?:(?:khai\s+mạc|bế\s+mạc|diễn\s+ra|tổ\s+chức)\s+)?"
    r"(?:kỳ\s+họp|phiên\s+họp|đại\s+hội|hội\s+nghị|tết|lễ|kỳ\s+thi|khai\s+mạc)(?![^\W_])[^();.]{0,60}\(\s*[^()]{0,40}$", re.I)
# A time a noun phrase HAS describes that noun: '... nhất là 44 nhiệm vụ có thời hạn hoàn thành trong
# quý II năm 2026', 'các đề án có thời gian thực hiện đến năm 2030', 'các nhiệm vụ đến hạn trong tháng
# 6' count or name the tasks meant, they do not bound the directed work (which says 'hoàn thành
# trước ...', 'thời hạn hoàn thành: ...' without 'có' and a noun).
_NOUN_HAS_TIME_BEFORE = re.compile(
    r"(?<![^\W_])(?:nhiệm\s+vụ|công\s+việc|việc|đề\s+án|dự\s+án|văn\s+bản|nội\s+dung|chỉ\s+tiêu|chương\s+trình|"
    r"kế\s+hoạch|hồ\s+sơ|báo\s+cáo|thủ\s+tục)(?:\s+[^\W\d_]+){0,4}\s+(?:có|với)\s+(?:thời\s+hạn|thời\s+gian|hạn)"
    r"(?:\s+(?:hoàn\s+thành|thực\s+hiện|trình|nộp|báo\s+cáo|xử\s+lý|giải\s+quyết))?\s*(?:là\s+)?"
    r"(?:trong|trước|vào|đến|tới|chậm\s+nhất)?\s*(?:ngày\s*)?$|"
    r"(?<![^\W_])(?:nhiệm\s+vụ|công\s+việc|việc|đề\s+án|dự\s+án|văn\s+bản|nội\s+dung|hồ\s+sơ)(?:\s+[^\W\d_]+){0,4}\s+"
    r"(?:đến|tới|quá)\s+hạn\s*(?:trong|vào|từ)?\s*(?:ngày\s*)?$", re.I)
# '... nhất là các công việc chưa hoàn thành trong năm 2024, công việc còn dở dang ...' (in a directive of
# February 2025): work left undone in a period that has passed is what the directive is about, not its
# bound (_rule_deadline: only for a period before the document's date, when it is known)
# the words that bound work even when the day has passed by the time the document is signed
# (deadline34) 'chậm nhất đến ngày D' / 'chậm nhất là đến ngày D' is the same bound as 'chậm nhất ngày D' and
# 'chậm nhất đến hết ngày D' (both already kept): a day past when the text was written, told with it, is still
# the bound of the work ('Danh sách cử tri phải được niêm yết ... chậm nhất đến ngày 13/4/2021 (40 ngày trước
# ngày bầu cử)' in a commune's report of 16/4, deadline batch 57's dp4089), not a day something happened.
_PAST_BOUND_BEFORE = re.compile(
    r"(?:trước|chậm\s+nhất|muộn\s+nhất|trễ\s+nhất|hạn(?:\s+chót|\s+cuối)?|không\s+(?:muộn|chậm)\s+hơn|không\s+quá|"
    r"hoàn\s+thành|xong|kết\s+thúc|đến\s+hết|tới\s+hết)(?:\s+(?:là|vào|trong))?\s*(?:ngày\s*)?$|"
    r"(?:chậm|muộn|trễ)\s+nhất(?:\s+là)?\s+(?:đến|tới)\s*(?:ngày\s*)?$", re.I)
_UNDONE_BEFORE = re.compile(r"(?<![^\W_])(?:chưa|không)\s+(?:được\s+)?(?:hoàn\s+thành|xong|thực\s+hiện|triển\s+khai|giải\s+ngân)"
                            r"(?:\s+[^\W\d_]+){0,2}\s+(?:trong|vào)\s*$", re.I)
# A year opening the item with 'Đến (hết)': 'Đến hết năm 2025, hoàn thành cơ bản xây dựng kho dữ liệu
# ...' bounds the work (the date governs the verb's completion); 'Đến năm 2030, trên 90% hoạt động ...
# được thay thế ...', 'Đến hết năm 2025, tối thiểu 80% hồ sơ ...' set a goal (a state or a figure),
# whose year is the plan's horizon (ANNOTATION.md: horizons are no deadlines).
_HORIZON_OPENER = re.compile(r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•])?\s*(?:Đến|Tới)\s+(?:hết\s+)?", re.I)
_COMPLETION_AFTER = re.compile(
    r"\s*[,:]\s*(?:(?:cơ\s+bản|phải|cần)\s+)?(?:hoàn\s+thành|xong|kết\s+thúc)(?![^\W_])|"
    r"\s*[,:]\s*(?:[^\W\d_]+\s+){1,5}?thành\s+công(?![^\W_])", re.I)


def _completion_opener(text: str, start: int, end: int) -> bool:
    """Is the date at text[start:end] a year opening the item with 'Đến (hết)' and followed by a
    completion verb ('Đến hết năm 2025, hoàn thành ...')?"""
    return bool(_HORIZON_OPENER.fullmatch(text[:start])) and bool(_COMPLETION_AFTER.match(text, end))


_TARGET_AFTER = re.compile(r"\s*,?\s*(?:phải\s+|cần\s+)?(?:đạt|hoàn\s+thành|xong)(?![^\W_])", re.I)
# (deadline27) a day after 'đến (hết) (ngày)' whose clause then says the work must or will be completed by it,
# with the doer and a few verb words between: 'phấn đấu từ nay đến ngày 10/12/2025 ..., đến ngày 31/12/2025 phải
# sửa chữa xong nhà bị hư hỏng và đến ngày 31/1/2026 phải thực hiện xong việc xây dựng nhà mới' (the short audit's
# sd09, a Prime Minister's time line retold), 'Theo kế hoạch, đến ngày 2/9, phường Đông Hòa sẽ cơ bản hoàn thành
# việc tặng quà' (pending gold yo10, labelled 2025-09-02): both undated before, since 'đến' alone ends a period.
# A result reported ('Đến ngày 28.2, 11 huyện ... đã cơ bản hoàn thành', dp951; 'Đến hết ngày 8/7/2025, đã có 18/34
# địa phương hoàn thành', sa66) names no obligation and stays undated.
_DUE_COMPLETION_AFTER = re.compile(
    r"\s*,?\s*(?:(?!(?<![^\W_])(?:đã|vẫn|đang)(?![^\W_]))[^;:.,]){0,60}?(?<![^\W_])(?:phải|cần|sẽ)\s+(?:cơ\s+bản\s+)?"
    r"(?:[^\W\d_]+\s+){0,3}?(?:hoàn\s+thành|xong)(?![^\W_])", re.I)
# 'ngày 25/5/2017 là hạn cuối ...', '30/6/2026 là thời hạn cuối cùng để ...': the bound named after the date
# what may stand before the day that opens a schedule's row: a list label or bullet, 'Cụ thể:', the
# part of the day ('Buổi sáng', 'Chiều'); and the act right after the day (a comma or a colon between)
_ROW_DAY_PREFIX_RE = re.compile(
    r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•*])?\s*(?:Cụ\s+thể\s*:\s*)?(?:(?:Buổi\s+)?(?:sáng|chiều|tối|trưa)\s+)?", re.I)
_ROW_ACT_RE = re.compile(
    r"\s*[,:]?\s*(?:\(\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*\)\s*[,:]?\s*)?"
    r"(?:tổ\s+chức|tiến\s+hành|triển\s+khai|thực\s+hiện|tiêm|tiếp\s+xúc|tiếp\s+(?:công\s+)?dân|họp|dự|trực|thăm|khám|kiểm\s+tra|"
    r"làm\s+việc|ra\s+quân|thu|phát|cấp\s+phát|nộp|gửi|báo\s+cáo|khai\s+mạc|bế\s+mạc|tập\s+huấn|hoàn\s+thành)(?![^\W_])", re.I)
_LAST_DAY_AFTER = re.compile(r"\s*,?\s*là\s+(?:hạn\s+(?:cuối|chót)|thời\s+hạn(?:\s+cuối(?:\s+cùng)?|\s+chót)?|ngày\s+cuối\s+cùng|mốc\s+cuối)(?![^\W_])", re.I)
# ', 63 tỉnh, thành phố phải gửi ...': the clause after an opening day states an obligation
_OBLIGATION_AFTER = re.compile(r"\s*,\s*(?:[^;.:]{0,80}?\s)?(?:phải|cần|có\s+trách\s+nhiệm|khẩn\s+trương)(?![^\W_])", re.I)
# a meeting named right before a month: '(báo cáo) tại cuộc họp giao ban tháng 7/2024'; the
# meeting may be named by whose it is, and the work may be submitted to it directly ('trình phiên
# họp Chính phủ tháng 11/2019', 'trình tại phiên họp UBND tỉnh thường kỳ tháng 5/2024'): the
# submission is due at that month's meeting
_MEETING_OWNER = (r"(?:\s+(?:của\s+)?(?:Chính\s+phủ|Quốc\s+hội|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|UBTVQH|"
                  r"(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân)(?:\s+(?:tỉnh|thành\s+phố|huyện|xã|phường))?|"
                  r"Thường\s+trực\s+(?:Chính\s+phủ|HĐND|Hội\s+đồng\s+nhân\s+dân|Tỉnh\s+ủy|Huyện\s+ủy)))?")
# (the owner only after 'trình': '... kết luận của Thủ tướng tại Phiên họp Chính phủ thường kỳ tháng
# 11' names the meeting where conclusions were reached, no work due at it)
_MEETING_BEFORE = re.compile(r"(?:(?:tại|vào|trong)\s+(?:cuộc\s+họp|phiên\s+họp|kỳ\s+họp|hội\s+nghị)|"
                             r"trình(?:\s+tại)?\s+(?:cuộc\s+họp|phiên\s+họp|kỳ\s+họp|hội\s+nghị)" + _MEETING_OWNER + r")"
                             r"(?:\s+(?:giao\s+ban|thường\s+kỳ|định\s+kỳ|thường\s+lệ))?\s*$", re.I)


@dataclass
class DateHit:
    start: int
    end: int
    text: str
    date: dt.date | None
    time: str | None
    has_year: bool
    triggered: bool
    range_end: bool = False  # the end of a 'từ ... đến ...' span: a period, bounded or not
    generic_year: bool = False  # a day or period of a year named by rule ('năm sau', 'năm thứ ba của kế hoạch')
    shape: str = ""  # which date shape matched ('d1' day, 'q' quarter, 'y7' year ...): a feature of the scorer


@dataclass
class Deadline:
    date: dt.date | None
    time: str | None
    text: str
    recurrence: str | None = None


def _last_day(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _to_date(m: re.Match, year: int | None) -> tuple[dt.date | None, bool]:
    """The last day a matched phrase allows, and whether the text gave the year."""
    g = m.groupdict()
    if g.get("d1"):
        y = g.get("y1")
        yy = int(y) if y else year
        return (_safe(yy, int(g["m1"]), int(g["d1"])) if yy else None), bool(y)
    if g.get("m2"):
        day = int(g["d2"]) if g.get("d2") else max(int(x) for x in re.findall(r"\d+", g["dl"]))
        y = g.get("y2")
        yy = int(y) if y else year
        return (_safe(yy, int(g["m2"]), day) if yy else None), bool(y)
    if g.get("half"):
        y = g.get("y3")
        yy = int(y) if y else year
        if not yy:
            return None, False
        words = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "chín": 9}
        n = int(g["hn"]) if g.get("hn") and g["hn"].isdigit() else words.get((g.get("hn") or "").lower(), 6)
        return (_last_day(yy, n) if g["hpart"].lower() == "đầu" else dt.date(yy, 12, 31)), bool(y)
    if g.get("q"):
        y = g.get("y4")
        yy = int(y) if y else year
        if not yy:
            return None, False
        q = ROMAN[(g.get("q2") or g["q"]).lower()]
        return _last_day(yy, q * 3), bool(y)
    if g.get("m5"):
        mo = int(g["m5"])
        return (_last_day(int(g["y5"]), mo) if 1 <= mo <= 12 else None), True
    if g.get("m6"):
        mo = int(g["m6"])
        return (_last_day(year, mo) if year and 1 <= mo <= 12 else None), False
    if g.get("m9"):
        y = g.get("y9")
        yy = int(y) if y else year
        mo = int(g["m9"])
        if not yy or not 1 <= mo <= 12:
            return None, bool(y)
        wk = re.sub(r"\s+", " ", g["wk"].lower())
        if wk == "cuối":
            return _last_day(yy, mo), bool(y)
        n = {"đầu": 1, "thứ nhất": 1, "thứ 1": 1, "thứ hai": 2, "thứ 2": 2, "thứ ba": 3, "thứ 3": 3, "thứ tư": 4, "thứ 4": 4,
             "1": 1, "2": 2, "3": 3, "4": 4}[wk]
        return dt.date(yy, mo, 7 * n), bool(y)
    if g.get("m8"):
        return _last_day(int(g["y8"]), int(g["m8"])), True
    if g.get("y7"):
        return dt.date(int(g["y7"]), 12, 31), True
    if g.get("ye"):
        return (dt.date(year, 12, 31) if year else None), False
    return None, False


_RATE_TARGET_RE = re.compile(
    r"(?<![^\W_])(?:tăng|giảm|tiết\s+kiệm|cắt\s+giảm|tăng\s+trưởng)(?![^\W_])(?:(?!hoàn\s+thành)[^;.])*?"
    r"\d+(?:[,.]\d+)?\s*%[^;.,%]*$", re.I)


def _directive_follows(rest: str) -> bool:
    """Does ``rest`` (what follows an opening time adverbial and its comma) start a directive?"""
    from pipeline.extract.tasks import VERB_START_RE  # late: tasks imports this module

    rest = rest.lstrip()
    # a verb first ('nghiên cứu, ban hành ...'), or a short subject and an obligation ('các bộ phải
    # hoàn thành ...'); a report of the past ('tình hình thế giới tiếp tục ...') is neither
    # ('Kết thúc năm 2016, có tổng kết công tác ...', 'có văn bản gửi Bộ': 'có' + the act's noun
    # directs the act)
    if VERB_START_RE.match(rest) or re.match(r"(?:[^\s;.]+\s+){0,8}?(?:phải|cần|khẩn\s+trương|hoàn\s+thành)\s", rest, re.I) \
            or re.match(r"có\s+(?:tổng\s+kết|sơ\s+kết|báo\s+cáo|văn\s+bản|kế\s+hoạch|phương\s+án|ý\s+kiến)(?![^\W_])", rest, re.I):
        return True
    # ... nor is a body that acts, unless in the past: 'Trong quý III/2026, Sở Y tế chủ trì, phối
    # hợp ...', 'Trong năm 2026, các sở, ban, ngành theo chức năng ... tập trung ...' direct that
    # body; 'Trong năm 2025, Sở Y tế đã ...' reports
    from pipeline.extract.offices import load_gazetteer, subject_of

    subj = subject_of(rest, load_gazetteer())
    clause = re.split(r"[,;.]", rest[subj[1]:] if subj else "", maxsplit=1)[0]
    return bool(subj) and subj[1] < 160 and not re.search(r"(?<![^\W_])(?:đã|vẫn|chưa|đang)(?![^\W_])", rest[:subj[1]] + clause, re.I)


_WEEKDAY_TAIL_RE = re.compile(
    r"\s*(?:\d{1,2}\s*(?:giờ|h)\s*(?:\d{2})?(?:\s*phút)?\s*,?\s*)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?"
    + WEEKDAY + r"\s*,?\s*(?:ngày\s*)?(?:\(\s*)?$", re.I)


# The span a report or its figures cover, not a bound of the work: 'báo cáo kết quả thực hiện công tác
# phòng, chống dịch Covid-19 của đơn vị, địa phương từ ngày 30/01/2020 đến ngày 24/4/2020' (the due
# time is another sentence's 'chậm nhất 10h00' ngày 27/4/2020'), 'thống kê số liệu từ ngày 16 tháng
# trước đến ngày 15 của tháng sau', 'số liệu đã hạch toán từ ngày 01/01 đến hết ngày 31/12', 'thời
# kỳ thu thập số liệu được tính từ ngày 01 tháng 01 đến hết ngày 30 tháng 6': the results, the
# situation, the figures or the information named before 'từ' in the clause, or a count 'tính /
# thống kê / hạch toán / thu thập' right before it.  A submission between them ('Báo cáo kết quả gửi
# về Sở từ ngày 01/12 đến ngày 05/12') makes the span the window the report is sent in.
_COVERED_NOUN_RE = re.compile(
    r"(?<![^\W_])(?:kết\s+quả|tình\s+hình|số\s+liệu|thông\s+tin)(?![^\W_])(?P<gap>[^;.:]{0,160})$", re.I)
_COUNTED_SPAN_RE = re.compile(
    r"(?<![^\W_])(?:tính|thống\s+kê(?:\s+số\s+liệu)?|hạch\s+toán|thu\s+thập(?:\s+số\s+liệu)?)\s*$", re.I)
# ('báo cáo nhanh tình hình từng ngày trong dịp nghỉ Lễ (từ 30/4 - 03/5), gửi ... trước 14h hàng ngày':
# a report made each day within the span is bounded by it, not about it)
_SUBMIT_IN_GAP_RE = re.compile(r"(?<![^\W_])(?:gửi|nộp|hoàn\s+thành|xong|tổ\s+chức|triển\s+khai|trong|từng\s+ngày|h[ằà]ng\s+ngày)(?![^\W_])|\(", re.I)


# A date that places an event or a state rather than bounding the doing of a task (counted in
# deadline_phrases batches 24-33, the gold texts and posts of the pages corpus; tests/test_event_dates.py):
# - an event that is the clause's subject and is foretold or happens: 'Đại hội ... sẽ được tổ chức vào cuối
#   năm 2021', 'Kỳ họp thứ 9 ... dự kiến diễn ra đầu tháng 12/2018', 'vòng loại ... dự kiến diễn ra từ
#   ngày 28/10/2019 đến ngày 29/3/2020', 'sự kiện nổi bật diễn ra trong tháng 9 năm 2019' (an agent that
#   'dự kiến tổ chức hội nghị vào ngày ...' is left alone: the gold dates such plans, g9, yf2, yo12);
# - pupils' first day: 'các cấp học sẽ tựu trường vào ngày 01/9/2021', 'Lễ khai giảng được tổ chức ...
#   vào ngày 5-9' (ANNOTATION.md: school years are no deadline; 'Tổ chức cho học sinh tựu trường (19/8)'
#   and 'tổ chức khai giảng trước ngày 10/9' are work and stay dated);
# - a holiday or leave: 'công chức, viên chức sẽ nghỉ liền từ ngày 01/01 đến hết ngày 04/01/2015',
#   'được nghỉ Tết Nguyên đán ... từ ngày 14/02/2018', 'nghỉ Tết từ 26/1 đến 1/2/2017' (a report due
#   'trong dịp nghỉ Lễ (từ 30/4 - 03/5)' keeps its span: the holiday there is a noun of the task).
# A bound word between the predicate and the date ('dự kiến tổ chức trước ngày 25.3', 'tổ chức khai
# giảng trước ngày 10/9') keeps the date a bound.
_EVENT_HAPPENS = re.compile(r"(?<![^\W_])(?:(?:sẽ|dự\s+kiến|dự\s+định)\s+(?:sẽ\s+)?(?:được\s+tổ\s+chức|diễn\s+ra|khai\s+mạc)|diễn\s+ra)(?![^\W_])", re.I)
_PUPILS_RETURN = re.compile(r"(?<![^\W_])(?:tựu\s+trường(?:\s+sớm\s+nhất)?\s+(?:vào\s+)?(?:ngày\s*)?|"
                            r"khai\s+giảng(?:(?!tổ\s+chức)[^;:]){0,80}?được\s+tổ\s+chức[^;:]{0,80}?vào\s+(?:ngày\s*)?)$", re.I)
_HOLIDAY_TAKEN = re.compile(r"(?<![^\W_])(?<!dịp\s)(?<!trong\s)(?<!kỳ\s)(?<!đợt\s)(?<!ngày\s)(?<!gian\s)(?<!cho\s)nghỉ"
                            r"(?:\s+(?:lễ|tết|bù|liền|phép|hè|việc|học))?(?![^\W_])", re.I)
# (deadline21) the words that keep a date a bound, one list shared by every rule in this module that reads a clause
# for an event, a move, a forecast, a right, a report's dateline or a schedule line before it undates the date: the
# bound words and the ask words ('giao' as the verb, not the nouns 'giao thông / giao lưu / giao ban / giao dịch ...'); each rule
# adds the words of its own kind (a submission, a preparation, a foretelling) with _bound_or_ask_re(...).  Before
# deadline21 each rule held its own copy and the copies had drifted (_ASK_AFTER_EVENT lacked 'muộn nhất', 'hạn',
# 'xong', 'hoàn thành'; _MOVED_LIMIT_RE 'muộn nhất', 'giao'; _SCHEDULE_CUE_RE 'xong', 'hoàn thành'; _REPORT_BOUND_RE
# 'giao').  _WORK_WORD_RE stays apart on purpose: an effect's span runs 'đến trước ngày', so 'trước' is no work word
# there.
_BOUND_WORDS = r"trước|chậm\s+nhất|muộn\s+nhất|hạn|xong|hoàn\s+thành"
_ASK_WORDS = r"phải|cần|đề\s+nghị|yêu\s+cầu|giao(?!\s+(?:thông|lưu|ban|tiếp|hữu|dịch|thoa|diện|lộ))"


def _bound_or_ask_re(*extra: str, lead: str = r"(?<![^\W_])") -> re.Pattern:
    """A regex of the shared bound and ask words, with ``extra`` words of a rule's own kind."""
    return re.compile(lead + r"(?:" + "|".join((_BOUND_WORDS, _ASK_WORDS) + extra) + r")(?![^\W_])", re.I)


_EVENT_GAP_BOUND = _bound_or_ask_re()
# the event is what a task is done for ('Chuẩn bị nội dung trình kỳ họp sẽ diễn ra vào ngày 20/12'): an agenda
# (deadline17: 'trình' inside a noun is no submitting: 'Chương trình dự kiến được tổ chức vào 20h ngày 20/7',
# 'Công trình ...', 'quy trình', 'lộ trình', 'tiến trình', 'hành trình', 'giáo trình', 'phương trình')
_EVENT_FOR_TASK = re.compile(r"(?<![^\W_])(?:chuẩn\s+bị|(?<!chương\s)(?<!công\s)(?<!quy\s)(?<!lộ\s)(?<!tiến\s)(?<!hành\s)(?<!giáo\s)"
                             r"(?<!phương\s)trình|báo\s+cáo|phục\s+vụ|tham\s+dự|tham\s+gia|để|nhằm|cho)(?![^\W_])", re.I)


# - an activity that resumes (deadline16): 'học sinh ... sẽ đi học trở lại sau kỳ nghỉ tết vào ngày 6-2',
#   'tổ chức hoạt động dạy và học trở lại vào ngày 02/3/2020', 'cho học sinh đi học trở lại từ ngày 22/2',
#   'đi làm trở lại vào ngày ...', 'mở cửa trở lại từ ngày ...': the day it starts again, a start, not the
#   last day of work (ANNOTATION.md: the deadline is the last day the work may be done); a bound word
#   between ('báo cáo lại trước ngày', 'hoàn thành ... trở lại trước ngày') keeps the date a bound.
_ACTIVITY_RESUMES = re.compile(r"(?<![^\W_])(?:(?:trở|quay(?:\s+trở)?)\s+lại(?:\s+(?:trường(?:\s+lớp)?|lớp|làm\s+việc|hoạt\s+động|học\s+tập))?|"
                               r"(?:đi\s+)?học\s+lại|hoạt\s+động\s+lại|mở\s+cửa\s+lại|làm\s+việc\s+lại)(?![^\W_])", re.I)
# - an event hosted or held at a venue for a span (deadline16): 'Khu vực miền núi phía Bắc tổ chức tại Lai
#   Châu từ ngày 3 – 5/8', 'Khu vực I được tổ chức tại tỉnh Phú Thọ, thời gian từ ngày 22-29/4/2016', '...
#   do tỉnh Quảng Nam đăng cai tổ chức trong 12 ngày, từ ngày 9-6 đến ngày 20-6 tại ...': the event is the
#   subject ('tổ chức tại' with no object between: the thing held is what the clause is about) or a host
#   receives it ('đăng cai'); a directive that opens on its verb ('Tổ chức kiểm tra tại các xã từ tháng 7
#   đến tháng 10/2026') or an office as the subject ('UBND huyện tổ chức tại ...') is left to the rules.
_EVENT_HOSTED = re.compile(r"(?<![^\W_])(?:đăng\s+cai(?:\s+tổ\s+chức)?|(?:được\s+)?tổ\s+chức\s+tại)(?![^\W_])", re.I)
_OFFICE_SUBJECT = re.compile(r"^\W*(?:(?:các|những)\s+)?(?:UBND|HĐND|Hội\s+đồng|Ủy\s+ban|Uỷ\s+ban|Sở|Phòng|Bộ|Cục|Chi\s+cục|Công\s+an|Trường|Trung\s+tâm|Ban|"
                             r"Văn\s+phòng|Thanh\s+tra|Đảng\s+ủy|Đảng\s+uỷ|Huyện\s+ủy|Tỉnh\s+ủy|Thành\s+ủy|Đoàn\s+Thanh\s+niên|Công\s+đoàn|Liên\s+đoàn|"
                             r"Mặt\s+trận|Hội\s+(?:Nông\s+dân|Cựu\s+chiến\s+binh|Liên\s+hiệp|Phụ\s+nữ|đồng)|Đơn\s+vị|Cơ\s+quan|Nhà\s+trường)(?![^\W_])", re.I)


# (deadline19) an event noun as the subject of a passive 'được tổ chức (vào)' right before the date: the
# noun opens the clause (after an opening 'Theo đó,' / 'Theo kế hoạch,' and the like), no office acts in it
# (deadline31) a manner or a place may stand between the passive and 'vào': 'Cuộc bầu cử ... được tổ chức thống nhất
# trên toàn quốc vào ngày 15/3' (dp4062), 'Ngày khai giảng được tổ chức thống nhất ở tất cả các trường vào ngày 5-9'
# (dp3311): the event is still placed, as 'được tổ chức vào' places it
_HELD_MANNER = (r"(?:(?:(?:thống\s+nhất|đồng\s+loạt|đồng\s+thời|trọng\s+thể|long\s+trọng|chính\s+thức)\s+)?"
                r"(?:(?:trên|ở|tại)\s+(?:(?!(?:trước|chậm|hạn|xong|hoàn|để|và)(?![^\W_]))[^\W\d_]+\s+){1,6})?vào\s+|vào\s+)")
_EVENT_HELD_PASSIVE = re.compile(r"(?<![^\W_])(?<!sẽ\s)(?<!kiến\s)(?<!định\s)được\s+tổ\s+chức\s+" + _HELD_MANNER + r"?"
                                 r"(?:lúc\s+[^,;]{0,20}?\s+)?(?:các\s+|những\s+)?(?:ngày\s*)?$", re.I)
# (deadline23) the nouns of events an organiser holds, ONE list for every rule that reads an event as a clause's
# subject (_EVENT_NOUN_OPEN, _EVENT_NOUN); before deadline23 the two rules held two copies.  Deadline23 added the
# matches of a tournament ('Lượt trận vòng bảng dự kiến sẽ kéo dài 12 ngày và kết thúc vào ngày 2/12/2022', dp3903;
# pages: 'Hai trận Lượt về được tổ chức vào ngày 25/12/2021 và 26/12/2021', 'Vòng 1/8 ... sẽ diễn ra từ ngày 26/6
# đến ngày 30/6'): a match, a round of matches, a leg, a round of a tournament
_MATCH_NOUN = (r"trận(?:\s+đấu)?|lượt\s+(?:trận|đấu|đi|về)|vòng\s+(?:bảng|loại|đấu|chung\s+kết|bán\s+kết|tứ\s+kết|\d+/\d+)|"
               r"chung\s+kết|bán\s+kết|tứ\s+kết")
_EVENT_NOUN_BASE = (r"(?:cuộc\s+|ngày\s+)?bầu\s+cử|kỳ\s+thi|cuộc\s+thi|hội\s+thi|hội\s+thao|hội\s+diễn|hội\s+nghị|hội\s+thảo|lễ|ngày\s+hội|giải|đại\s+hội|"
                    r"chương\s+trình|lớp|buổi|đợt|phiên|kỳ\s+họp|cuộc\s+họp|hội\s+trại|liên\s+hoan|triển\s+lãm|festival|sự\s+kiện|"
                    r"tuần\s+lễ|tháng|" + _MATCH_NOUN)
# (a count before a match noun: 'Hai trận lượt về', 'Các trận bán kết'; only before the match nouns, whose subject
# the press writes with its count)
_EVENT_NOUN_OPEN = re.compile(
    r"^\W*(?:(?:Theo\s+(?:đó|kế\s+hoạch|dự\s+kiến|thông\s+báo|lịch)|Dự\s+kiến|Năm\s+nay)\s*,\s*)?"
    r"(?:[“\"]\s*)?(?:(?:các|những|hai|ba|bốn|\d{1,2})\s+(?=(?:" + _MATCH_NOUN + r")(?![^\W_])))?"
    r"(?:" + _EVENT_NOUN_BASE + r")(?![^\W_])", re.I)


# an ask after the date, in a clause of its own ('..., đề nghị các đơn vị cử cán bộ tham dự', '; các xã phải ...')
_PREPARE_WORD = r"chuẩn\s+bị"
_ASK_AFTER_EVENT = _bound_or_ask_re(_PREPARE_WORD, lead=r"[,;:]\s*(?:[^\W\d_]+\s+){0,6}?(?<![^\W_])")
_DIRECTS_AFTER_EVENT = _bound_or_ask_re(_PREPARE_WORD)


def _event_held_passive(clause: str) -> bool:
    """Is ``clause`` (up to a date) an event noun as subject of 'được tổ chức (vào)' just before the date?"""
    m = _EVENT_HELD_PASSIVE.search(clause)
    if not m:
        return False
    head = clause[:m.start()]
    return bool(_EVENT_NOUN_OPEN.match(head)) and len(head) <= 160 and not _EVENT_GAP_BOUND.search(head) \
        and not _EVENT_FOR_TASK.search(head) and not _OFFICE_SUBJECT.match(head)


def _event_placed(text: str, start: int) -> bool:
    """Whether the date at ``start`` places an event or a state (see _EVENT_HAPPENS) in its clause."""
    clause = re.split(r"[;:]|\.\s", text[:start])[-1]
    if _PUPILS_RETURN.search(clause) and not re.search(r"(?<![^\W_])tổ\s+chức\s+(?:cho\s+)?[^;:]{0,40}tựu\s+trường", clause, re.I):
        return True
    # (deadline16) the school-year frame as the press reports it: 'Theo Khung kế hoạch thời gian năm học
    # 2020-2021 ..., học sinh các cấp học tựu trường sớm nhất vào 1/9; tổ chức khai giảng vào 5/9', 'các
    # đơn vị trường học sẽ tổ chức khai giảng sáng ngày 5-9 (thứ bảy) theo quy định của UBND TP': the
    # opening day every school keeps (ANNOTATION.md: school years are no deadline); a school's own plan
    # that lists its opening ceremony as an item ('Tổ chức khai giảng năm học mới (05/9)') is not foretold
    # nor framed, and keeps its day
    opening = re.search(r"(?<![^\W_])khai\s+giảng(?![^\W_])(?P<gap>[^;:]{0,40})$", clause, re.I)
    if opening and not _EVENT_GAP_BOUND.search(opening.group("gap")) and (
            re.search(r"(?<![^\W_])sẽ\s+(?:được\s+)?(?:tổ\s+chức\s+)?(?:lễ\s+)?khai\s+giảng", clause, re.I)
            or re.search(r"(?<![^\W_])khung\s+kế\s+hoạch\s+thời\s+gian\s+năm\s+học", text[:start], re.I)):
        return True
    # (the rules below leave a date alone when the sentence goes on to direct work for the event or the
    # day: 'Hội nghị sơ kết tổ chức vào ngày 15/7, đề nghị các đơn vị chuẩn bị báo cáo' is an agenda)
    rest = re.split(r"(?<=[.!?])\s", text[start:], maxsplit=1)[0]
    directs = bool(_DIRECTS_AFTER_EVENT.search(rest))
    found = [] if directs else list(_ACTIVITY_RESUMES.finditer(clause))
    if found:
        gap = clause[found[-1].end():]
        if len(gap) <= 80 and not _EVENT_GAP_BOUND.search(gap) and re.search(r"(?<![^\W_])(?:từ|vào)(?![^\W_])", gap, re.I):
            return True
    found = [] if directs else list(_EVENT_HOSTED.finditer(clause))
    if found:
        last = found[-1]
        gap, head = clause[last.end():], clause[:last.start()]
        hosted = last.group(0).lower().startswith("đăng")
        if (len(gap) <= 140 and not _EVENT_GAP_BOUND.search(gap) and not _EVENT_GAP_BOUND.search(head)
                and (hosted or re.search(r"(?<![^\W_])từ(?![^\W_])", gap, re.I))
                and re.search(r"[^\W\d_]", head) and not _OFFICE_SUBJECT.match(head)
                and not _EVENT_FOR_TASK.search(head)):
            return True
    # (deadline19) the passive with no 'sẽ': 'Theo kế hoạch, Hội thi được tổ chức vào ngày 20/3/2024 tại ...',
    # 'kỳ thi được tổ chức vào các ngày 27, 28, 29 và 30/6/2023' place the event as 'sẽ được tổ chức' does
    # (samples/gold/README.md: 28 labelled items of an event placed on a day undated, 2 dated, relabelled);
    # not when the sentence goes on to direct work for it ('..., đề nghị các đơn vị cử cán bộ tham dự'; a word
    # of the event's own description is no ask: '... với nhiều hoạt động cho thanh niên chuẩn bị lên đường nhập ngũ')
    if _event_held_passive(clause) and not _ASK_AFTER_EVENT.search(rest):
        return True
    for pred, window in ((_EVENT_HAPPENS, 120), (_HOLIDAY_TAKEN, 140)):
        found = list(pred.finditer(clause))
        if not found:
            continue
        last = found[-1]
        gap = clause[last.end():]
        if len(gap) > window or _EVENT_GAP_BOUND.search(gap):
            continue
        if pred is _EVENT_HAPPENS and _EVENT_FOR_TASK.search(clause[:last.start()]):
            continue
        if pred is _EVENT_HAPPENS and work_in_event_time(clause):
            continue  # (points31) 'tắt đèn vào thời gian diễn ra Sự kiện ...': the event times the work (eventtime)
        if pred is _HOLIDAY_TAKEN and not re.search(r"(?<![^\W_])(?:từ|vào)(?![^\W_])", gap, re.I):
            continue
        return True
    return False



# (deadline21) the words that keep a date a bound or an ask wherever a rule below reads a clause for an event,
# a forecast or a span: one list, the same as _EVENT_GAP_BOUND's (a bound word or an ask)
_BOUND_OR_ASK_RE = _EVENT_GAP_BOUND
# the nouns of events an organiser holds (the same as _EVENT_NOUN_OPEN's, without its opening frame)
_EVENT_NOUN = r"(?:" + _EVENT_NOUN_BASE + r"|hoạt\s+động)"
# the time words that may stand between the predicate and the date ('vào', 'trong', 'từ', 'lúc 19 giờ', 'các ngày',
# 'cuối', 'đầu', 'giữa')
_TO_DATE_WORDS = (r"(?:\s+(?:vào|trong|từ|lúc|các|những|ngày|cuối|đầu|giữa|khoảng|buổi|sáng|chiều|tối|"
                  r"\d{1,2}\s*(?:giờ|h|g)(?:\s*\d{2})?(?:\s*phút)?))*\s*$")
# (deadline21) an event noun as the subject of the active 'sẽ / dự kiến / dự định (sẽ) tổ chức' or of a foretold
# opening or close ('dự kiến kết thúc / bế mạc / khai mạc') right before the date: 'Hội nghị tổng kết ... sẽ tổ chức
# vào ngày 03-04/01/2018 tại tỉnh Tiền Giang', 'Theo kế hoạch, hội thảo ... dự kiến sẽ tổ chức từ ngày 16-18.9 tại
# ...', 'Giải dự kiến kết thúc vào ngày 03/7/2022': the passive without 'được' that Vietnamese press writes as often
# as 'sẽ được tổ chức' (_EVENT_HAPPENS); an office as the subject ('Ban Thường trực ... dự kiến tổ chức hội nghị vào
# ngày 02/02/2026', gold g9: an agenda) or an ask after it keeps the date
_EVENT_FORETOLD_ACTIVE = re.compile(
    r"(?<![^\W_])(?:sẽ|dự\s+kiến|dự\s+định)\s+(?:sẽ\s+)?(?:chính\s+thức\s+)?"
    # (deadline23) a close joined to another foretold predicate: 'dự kiến sẽ kéo dài 12 ngày và kết thúc vào ngày ...'
    r"(?:(?:kéo\s+dài|diễn\s+ra|tranh\s+tài|thi\s+đấu)[^;:,.]{0,40}?\s+và\s+(?=kết\s+thúc|bế\s+mạc|khép\s+lại))?"
    r"(?:tổ\s+chức|kết\s+thúc|bế\s+mạc|khai\s+mạc|"
    r"khởi\s+tranh|khai\s+màn|khép\s+lại|tranh\s+tài)" + _TO_DATE_WORDS, re.I)


def _event_subject(head: str) -> bool:
    """Does ``head`` (a clause up to its predicate) open on an event noun, with no office, bound, ask or task for
    the event in it?"""
    return bool(_EVENT_NOUN_OPEN.match(head)) and len(head) <= 160 and not _BOUND_OR_ASK_RE.search(head) \
        and not _EVENT_FOR_TASK.search(head) and not _OFFICE_SUBJECT.match(head)


def _event_foretold_active(text: str, start: int) -> bool:
    """(deadline21) Is the date at ``start`` the day an event is foretold to be held, the event the subject?"""
    clause = re.split(r"[;:]|\.\s", text[:start])[-1]
    m = _EVENT_FORETOLD_ACTIVE.search(clause)
    if not m:
        return False
    rest = re.split(r"(?<=[.!?])\s", text[start:], maxsplit=1)[0]
    return _event_subject(clause[:m.start()]) and not _ASK_AFTER_EVENT.search(rest)


# (deadline21) the span an organiser says it will hold an event over: 'Công đoàn Trường sẽ tổ chức Giải Bóng đá
# truyền thống ... từ tháng 3 đến tháng 5 năm 2012', 'Sở sẽ phối hợp tổ chức Hội thao ... từ ngày 10 đến ngày 12/5',
# 'Đoàn trường dự kiến tổ chức chuỗi hoạt động ... từ ngày 20/3 đến 26/3': the months or days the event runs, not
# the last day of work; only a span's end ('từ ... đến ...'), since an organiser's planned day of a meeting is an
# agenda's day (gold g9 'dự kiến tổ chức hội nghị vào ngày 02/02/2026', pending yo12 'dự kiến tổ chức hội nghị
# trong tháng 6'); a bound or an ask in the clause keeps it ('sẽ tổ chức hội thi chậm nhất vào cuối tháng 11', dp3827)
_ORGANISER_FORETELLS_RE = re.compile(
    r"(?<![^\W_])(?:sẽ|dự\s+kiến|dự\s+định)\s+(?:sẽ\s+)?(?:phối\s+hợp\s+|cùng\s+)?tổ\s+chức\s+(?:các\s+|những\s+|chuỗi\s+)?"
    + _EVENT_NOUN + r"(?![^\W_])", re.I)


def _organiser_event_span(text: str, start: int, range_end: bool) -> bool:
    """(deadline21) Is the date at ``start`` the end of the span an organiser says it will hold an event over?"""
    if not range_end:
        return False
    clause = re.split(r"[;:]|\.\s", text[:start])[-1]
    found = list(_ORGANISER_FORETELLS_RE.finditer(clause))
    if not found:
        return False
    gap = clause[found[-1].end():]
    tail = re.split(r"[;:]|\.(?:\s|$)", text[start:])[0]
    return len(gap) <= 200 and not _BOUND_OR_ASK_RE.search(gap) and not _BOUND_OR_ASK_RE.search(tail) \
        and not _EVENT_FOR_TASK.search(clause[:found[-1].start()])


# (deadline21) a figure forecast for a day or over a span: 'Con số này dự kiến sẽ vượt mốc 20.000 vào ngày 22.8',
# 'Từ 15/9 đến tháng 2/2015, dự kiến toàn quốc sẽ có khoảng 23.000 trẻ sẽ được tiêm chủng', 'Dự kiến đến hết năm
# 2025, sản lượng sẽ đạt 5 triệu tấn': a count expected, as 'dự báo' is (_forecast_horizon), when the clause holds
# 'dự kiến' with a figure and a verb of amount, and no work word ('Dự kiến hoàn thành 80% khối lượng trước ngày 30/6'
# is work with its bound)
# ('dự kiến', and the estimate 'ước tính / ước đạt': 'Tổng thu từ khách du lịch trong tháng 12 ước đạt 1.283 tỷ đồng',
# 'khách du lịch nội địa đến cuối năm 2022 ước tính đạt 25 triệu lượt', pages corpus)
_EXPECT_LEAD = r"(?:dự\s+kiến|ước\s+tính|ước(?=\s+(?:đạt|khoảng)))(?![^\W_])"
_EXPECT_FIGURE_RE = re.compile(
    r"(?<![^\W_])" + _EXPECT_LEAD + r"(?:[^;:.]|\.(?=\d))*?(?<![^\W_])(?:sẽ\s+)?(?:vượt(?:\s+mốc)?|đạt(?:\s+mức)?|có(?:\s+khoảng)?|tăng|giảm|lên\s+(?:tới|đến)|chạm\s+mốc|thu\s+hút)"
    r"(?![^\W_])(?:[^;:.]|\.(?=\d))*?(?<![\d/.])\d{1,3}(?:[.,]\d{3})+(?![\d/])|"
    r"(?<![^\W_])" + _EXPECT_LEAD + r"(?:[^;:.]|\.(?=\d))*?(?<![^\W_])(?:sẽ\s+)?(?:vượt(?:\s+mốc)?|đạt(?:\s+mức)?|có(?:\s+khoảng)?|tăng|giảm|lên\s+(?:tới|đến)|chạm\s+mốc|thu\s+hút)"
    r"(?![^\W_])(?:[^;:.]|\.(?=\d))*?\d+(?:[.,]\d+)?\s*(?:%|triệu|nghìn|ngàn|tỷ|tỉ|lượt|người|trẻ|khách)", re.I)


def _forecast_figure(text: str, start: int, end: int) -> bool:
    """(deadline21) Is the date at ``start`` the day or span a figure is expected for ('dự kiến sẽ vượt 20.000 vào ngày')?"""
    lo = max(text.rfind(";", 0, start), text.rfind(":", 0, start), max((k.end() for k in re.finditer(r"[.!?]\s", text[:start])), default=0) - 1)
    hi = min([i for i in (text.find(";", end), text.find(":", end)) if i >= 0] + [len(text)])
    clause = text[lo + 1:hi]
    if not _EXPECT_FIGURE_RE.search(clause):
        return False
    return not _WORK_WORD_RE.search(clause) and not _BOUND_OR_ASK_RE.search(clause)


# (deadline21) how long a holiday, a festival or a drive lasts: 'Theo đó, đợt nghỉ lễ sẽ kéo dài từ ngày 27.4 đến hết
# ngày 1.5', 'Đợt thi đua kéo dài đến hết ngày 23-5-2021', 'Lễ hội kéo dài từ ngày 10 đến ngày 15/2', 'kỳ nghỉ Tết
# Nguyên đán kéo dài 9 ngày, từ ngày ... đến ngày ...': the holiday or the event is the subject of 'kéo dài' and the
# date ends its span; an activity's time ('Thời gian triển khai kéo dài từ quý 2/2025 đến hết ngày 28/2/2027', dp1155)
# and a moved time limit ('kéo dài thời hạn đăng ký đến hết ...', dp3020) stay bounds
_LASTING_SUBJECT_RE = re.compile(
    r"(?<![^\W_])(?:(?:đợt|kỳ)\s+nghỉ|nghỉ\s+(?:lễ|tết|hè|bù)|lễ\s+hội|hội\s+chợ|triển\s+lãm|festival|giải(?:\s+đấu)?|"
    r"(?:đợt|phong\s+trào|cuộc)\s+thi\s+đua|mùa\s+(?:lễ\s+hội|du\s+lịch|mưa|khô)|tuần\s+lễ|tháng\s+cao\s+điểm|chương\s+trình\s+khuyến\s+mãi|"
    r"chương\s+trình\s+khuyến\s+mại|chiến\s+dịch)(?![^\W_])", re.I)
_LASTS_RE = re.compile(r"(?<![^\W_])(?:(?:sẽ|dự\s+kiến|còn)\s+)*kéo\s+dài(?!\s+(?:thời\s+hạn|thời\s+gian|hạn))(?![^\W_])(?P<gap>[^;:]{0,80})$", re.I)


def _event_lasts(text: str, start: int) -> bool:
    """(deadline21) Is the date at ``start`` the end (or start) of how long a holiday, an event or a drive lasts?"""
    clause = re.split(r"[;:]|\.\s", text[:start])[-1]
    m = _LASTS_RE.search(clause)
    if not m or not re.search(r"(?<![^\W_])(?:từ|đến|tới)(?![^\W_])", m.group("gap"), re.I):
        return False
    head = clause[:m.start()]
    subject = list(_LASTING_SUBJECT_RE.finditer(head))
    return bool(subject) and len(head) - subject[-1].end() <= 60 and not _MOVED_LIMIT_RE.search(head[subject[-1].start():]) \
        and not _MOVED_LIMIT_RE.search(m.group("gap"))


# (deadline21) a date inside the reason clause that opens a sentence ('Do đây là một hoạt động quan trọng trong tháng 4
# và 5/2014 theo chỉ đạo của ... nên rất mong ...', 'Do ngày 28 và 29/1/2017 ... trùng vào thứ Bảy, Chủ Nhật ... nên
# ...', 'Vì kỳ thi diễn ra trong tháng 6/2024 nên ...'): the clause says why, the work follows 'nên' or the comma;
# the connectives 'Do đó', 'Do vậy', 'Vì vậy', 'Bởi vậy' open no reason, and a bound word in the reason ('Do phải
# hoàn thành trước ngày 30/6 nên ...') keeps the date
# (a capital opener: a lower-case 'do' / 'bởi' at a line's start is a wrapped line's 'được sửa đổi bởi Nghị định ...')
_REASON_OPEN_RE = re.compile(r"^\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-–+*•])?\s*(?:Do|Vì|Bởi\s+vì|Bởi|Tại\s+vì)(?![^\W_])"
                             r"(?!\s+(?:đó|vậy|thế|này|đây\s*,))")


def _in_opening_reason(text: str, start: int) -> bool:
    """(deadline21) Does the date at ``start`` stand in the reason clause that opens the sentence ('Do ..., nên ...')?"""
    m = _REASON_OPEN_RE.match(text)
    if not m:
        return False
    between = text[m.end():start]
    if re.search(r"[;:.](?:\s|$)|(?<![^\W_])(?:nên|thì)(?![^\W_])", between, re.I):
        return False
    # the reason runs to 'nên' (or 'thì'), or to a comma when no 'nên' follows in the sentence
    after = re.split(r"[;:]|\.(?:\s|$)", text[start:])[0]
    if not re.search(r"(?<![^\W_])(?:nên|thì)(?![^\W_])", after, re.I) and "," in re.sub(r"\([^()]*\)", "", between):
        return False
    return not re.search(r"(?<![^\W_])(?:trước|chậm\s+nhất|muộn\s+nhất|hạn|xong|hoàn\s+thành|kịp)(?![^\W_])", between, re.I)


# (deadline22) a count or a state as of a day: 'Tính đến hết ngày 31/1/2024, số tạm ứng quá hạn ... còn khoảng 7.454 tỷ
# đồng', 'tính đến 6 giờ 30 ngày 21/7 còn 425 tàu ... đang hoạt động', 'Theo báo cáo ..., tính đến hết ngày 03/10/2011,
# toàn tỉnh gieo trồng được 4.137 ha': the day a figure is counted at, not the last day of work (deadline_phrases: 13
# items with 'tính đến (hết) (ngày)' before a day, 12 undated, dp849 dated by its own report bound; development and
# pending gold 8, none a deadline; gazette corpus 257 'tính đến', 14 before a day, all cut-off days of a count or a
# term).  'tính đến ngày' was already no trigger (_TARGET_DAY_BEFORE's look-behind); with 'hết' or an hour between,
# 'đến' fired.  A bound word or an ask between the as-of words and the date keeps it.
_AS_OF_DAY_RE = re.compile(
    r"(?<![^\W_])tính\s+(?:đến|tới)\s+(?:hết\s+)?(?:thời\s+điểm\s+)?(?:(?:lúc\s+)?\d{1,2}\s*(?:giờ|h|g)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*)?"
    r"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s*)?$", re.I)


def _as_of_day(text: str, start: int) -> bool:
    """(deadline22) Is the date at ``start`` the day a count or a state is taken at ('Tính đến hết ngày 31/1/2024, ...')?"""
    near = text[max(0, start - 60):start]
    m = _AS_OF_DAY_RE.search(near)
    return bool(m) and not _BOUND_OR_ASK_RE.search(m.group(0))


# (deadline22) a period of service or of contributions before (or after) a day, in a rule: 'Thời gian người lao động làm
# việc trước ngày 01 tháng 01 năm 2021 được căn cứ ...' (dp689), 'người lao động có thời gian đóng bảo hiểm xã hội trước
# ngày 01 tháng 7 năm 2025', 'thời gian công tác tại các chiến trường B, C trước ngày 30 tháng 4 năm 1975', 'thời gian
# hưởng phụ cấp thâm niên nghề cao nhất trước ngày 01 tháng 10 năm 2004': the day divides the periods a rule counts, no
# work is due by it (gazette corpus: 73 such phrases, held-out ids dropped; deadline_phrases 1, dp689, undated;
# development and pending gold 0).  A bound or an ask between the period and the day keeps it.
_SERVICE_PERIOD_BEFORE_RE = re.compile(
    r"(?<![^\W_])thời\s+gian\s+(?:[^\W\d_]+\s+){0,4}?(?:công\s+tác|làm\s+việc|đóng\s+bảo\s+hiểm|tham\s+gia\s+bảo\s+hiểm|giữ\s+bậc|"
    r"giữ\s+ngạch|phục\s+vụ|hưởng|giữ\s+chức\s+vụ|tại\s+ngũ)(?![^\W_])(?P<gap>[^;:]{0,100}?)\s(?:trước|từ\s+sau|sau)\s+(?:ngày\s*)?$", re.I)


def _service_period_cutoff(text: str, start: int) -> bool:
    """(deadline22) Is the date at ``start`` the day that divides a period of service or contributions in a rule
    ('thời gian đóng bảo hiểm xã hội trước ngày 01 tháng 7 năm 2025')?"""
    clause = re.split(r"[;:]|\.\s", text[:start])[-1]
    m = _SERVICE_PERIOD_BEFORE_RE.search(clause)
    return bool(m) and not _BOUND_OR_ASK_RE.search(m.group("gap")) and not _WORK_WORD_RE.search(m.group("gap"))


# (deadline22) a foretold step of an event as a schedule row: 'Chung kết: Dự kiến vào tháng 6/2022.', 'Thời gian tổng
# kết, trao giải Vòng sơ khảo: Dự kiến vào tháng 7/2022 (sẽ có thông báo cụ thể sau)', 'Lễ khai mạc: dự kiến ngày
# 20/11/2025', 'Vòng bán kết: Dự kiến từ ngày 10 - 12/5': the label names an event or one of its rounds, and 'Dự kiến'
# opens the value; the day the organiser foresees for it, no deadline, as the event foretold in a sentence is
# (deadline21).  A label of work keeps its day (gold eb/ea plans: 'Thời gian hoàn thành: Dự kiến tháng 11/2025' dated,
# 'Thời gian: Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025 ...)' bounded by its 'Chậm nhất'), and so does a
# bound or an ask in the row.
_EVENT_STEP = (r"(?:chung\s+kết|bán\s+kết|tứ\s+kết|vòng\s+(?:loại|bảng|sơ\s+khảo|chung\s+khảo|thi|[0-9IVX]+)|khai\s+mạc|bế\s+mạc|"
               r"tổng\s+kết|trao\s+giải|công\s+bố\s+kết\s+quả|lễ|ngày\s+hội|hội\s+thi|hội\s+thao|hội\s+diễn|cuộc\s+thi|kỳ\s+thi|"
               r"giải(?:\s+đấu)?|liên\s+hoan|triển\s+lãm|hội\s+nghị|hội\s+thảo|đại\s+hội|chương\s+trình|sự\s+kiện|thi\s+đấu|diễn\s+ra)")
_SCHEDULE_LABEL_RE = re.compile(
    r"(?:^|[\n.;]\s*)\W*(?:[-+•*]\s*|\d{1,2}[.)]\s*|[a-zđ][.)]\s*)?(?:thời\s+gian\s+(?:tổ\s+chức\s+)?(?:dự\s+kiến\s+)?)?"
    + _EVENT_STEP + r"(?![^\W_])(?P<label>[^\n:;.]{0,100}):\s*dự\s+kiến(?:\s+(?:sẽ\s+)?(?:tổ\s+chức|diễn\s+ra))?" + _TO_DATE_WORDS[:-len(r"\s*$")]
    # (the end of a span: 'Dự kiến từ ngày 10 đến ngày 12/12/2024')
    + r"(?:\s*\d{1,2}(?:\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?)?\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s*)?)?\s*$",
    re.I)


def _foretold_schedule_row(text: str, start: int) -> bool:
    """(deadline22) Is the date at ``start`` the day a schedule row foresees for an event's step ('Chung kết: Dự kiến
    vào tháng 6/2022')?"""
    head = text[:start]
    m = None
    for m in _SCHEDULE_LABEL_RE.finditer(head):
        pass
    if m is None or m.end() != len(head):
        return False
    row = re.split(r"\n|[.;](?:\s|$)", text[m.start():])[0]
    return not _BOUND_OR_ASK_RE.search(row) and not _WORK_WORD_RE.search(m.group("label"))


# (deadline21) 'từ' before a list of days ('Thời gian cấp phát trợ cấp ... 3 ngày, từ ngày 15, 16, 17/4/2020') opens
# no span: the list names the days the work is done on, and the last of them bounds it, as 'Ngày 26, 27/12/2011' does
# in a time line (samples/gold/README.md); a span 'từ ngày 15 đến ngày 17/4' stays a span
def _listed_days_after_from(text: str, h) -> bool:
    """(deadline21) Is ``h`` a list of days ('ngày 15, 16, 17/4/2020') after a 'từ' that opens no span?"""
    return h.shape == "dl" and "," in h.text and not re.search(r"(?<![^\W_])(?:đến|tới)(?![^\W_])|[-–]", h.text) \
        and bool(re.search(r"(?<![^\W_])từ\s*$", text[max(0, h.start - 12):h.start], re.I)) \
        and not re.match(r"\s*(?:đến|tới|[-–])", text[h.end:])

# (deadline17) the span of an effect: a rule in force, a paper still valid, an exemption, to a day ('đến', 'tới',
# 'cho đến' before it), with no work word between (tests/test_effect_spans17.py)
_EFFECT_WORD_RE = re.compile(r"(?<![^\W_])(?:(?:có|còn|hết)\s+)?(?:hiệu\s+lực|giá\s+trị(?:\s+sử\s+dụng)?)(?![^\W_])|"
                             r"(?:^|(?<=[\s(]))(?:[a-zđ]\)\s*)?(?:được\s+)?miễn(?![^\W_])", re.I)
_EFFECT_TO_RE = re.compile(r"(?<![^\W_])(?:cho\s+)?(?:đến|tới)\s+(?:hết\s+|trước\s+)?(?:ngày\s*)?$", re.I)
_WORK_WORD_RE = re.compile(r"(?<![^\W_])(?:hoàn\s+thành|xong|báo\s+cáo|gửi|nộp|(?<!xuất\s)(?<!chương\s)(?<!quy\s)(?<!lộ\s)trình|ban\s+hành|thực\s+hiện\s+việc|"
                           r"chậm\s+nhất|đề\s+nghị|yêu\s+cầu|giao|hạn|tổ\s+chức)(?![^\W_])", re.I)
# (deadline17) an event moved, postponed or called off: a move verb with the event's time or schedule ('dời /
# lùi lịch, thời gian, ngày', not 'di dời' (relocating) nor a moved time limit 'lùi thời hạn'), or 'hoãn' with
# its object, then the day; 'thay cho lịch ... vào ngày' names the day it had
_EVENT_MOVE_RE = re.compile(r"(?<![^\W_])(?:(?:tạm\s+)?hoãn|(?<!di\s)(?:dời|lùi)\s+(?:lại|lịch|thời\s+gian|thời\s+điểm|ngày|kỳ|buổi)|(?:chuyển|điều\s+chỉnh|thay\s+đổi|đổi)\s+(?:lịch|thời\s+gian|thời\s+điểm|ngày)|"
                            r"thay\s+cho\s+(?:lịch|thời\s+gian|ngày))(?![^\W_])", re.I)
# (deadline22) and the window in which entries are received, moved ('lùi lần 2 thời gian nhận bài thi cấp tỉnh đến ngày
# 28/3', 'gia hạn thời gian nhận hồ sơ đến hết ngày 15/6', 'kéo dài thời gian nhận tác phẩm dự thi đến ngày 30/9'): the
# entrants' limit, as 'Thời gian nhận bài dự thi: ... đến hết ngày 30/6/2022' is (dp3857, dated)
_RECEIVING_WORD = r"(?:tiếp\s+)?nhận\s+(?:bài|hồ\s+sơ|tác\s+phẩm|đơn|bản\s+đăng\s+ký|sản\s+phẩm|ý\s+kiến)"
_MOVED_LIMIT_RE = _bound_or_ask_re(r"nộp|gửi|báo\s+cáo|trình|đăng\s+ký", _RECEIVING_WORD)


# (deadline22) a time limit of work moved to a day with no year ('lùi lần 2 thời gian nhận bài thi cấp tỉnh đến ngày 28/3',
# 'gia hạn thời hạn nộp hồ sơ đến hết ngày 15/6', 'kéo dài thời gian đăng ký dự thi đến ngày 30/9'): 'đến ngày' before a
# day without its year fired only after a goal ('phấn đấu'), so the new limit went undated; the moved limit is the
# entrants' or the offices' last day, as a moved 'thời hạn' with its year is (deadline17).  The moved thing must be a
# limit ('thời hạn', 'hạn') or the time of work of a limit's kind (_MOVED_LIMIT_RE: submitting, registering, receiving
# entries); an event's time moved ('dời thời gian tổ chức hội nghị sang ngày ...') stays no deadline (_event_moved).
_LIMIT_MOVED_TO_RE = re.compile(
    r"(?<![^\W_])(?:lùi|dời|gia\s+hạn|kéo\s+dài|chuyển|điều\s+chỉnh)(?:\s+(?:lần\s+(?:\d+|thứ\s+\w+|hai|ba)|thêm|lại))?\s+"
    r"(?P<noun>thời\s+hạn|hạn(?:\s+chót)?|thời\s+gian|thời\s+điểm)(?![^\W_])(?P<gap>[^;:.]{0,120}?)\s(?:đến|tới|sang)\s+(?:hết\s+)?(?:ngày\s*)?$|"
    # (deadline23) the same move in the passive, the limit its subject: 'Hạn cuối gửi bài thi được gia hạn đến 10h00
    # ngày 30/6/2021' (dp3896), 'Thời hạn nộp hồ sơ đã được lùi đến hết ngày ...'
    r"(?:^|(?<![^\W_]))(?P<noun2>thời\s+hạn|hạn(?:\s+chót|\s+cuối)?|thời\s+gian|thời\s+điểm)(?![^\W_])(?P<gap2>[^;:.()]{0,120}?)\s"
    r"(?:(?:đã|sẽ)\s+)?được\s+(?:lùi|dời|gia\s+hạn|kéo\s+dài|chuyển|điều\s+chỉnh)(?:\s+(?:thêm|lại))?\s+(?:đến|tới|sang)\s+(?:hết\s+)?(?:ngày\s*)?$",
    re.I)


def _limit_moved_to_day(text: str, start: int) -> bool:
    """(deadline22) Is the date at ``start`` the day a time limit of work is moved to ('lùi thời gian nhận bài ... đến
    ngày 28/3')?"""
    clause = re.split(r"[;:]|\.\s", text[:start])[-1]
    m = _LIMIT_MOVED_TO_RE.search(clause)
    if not m:
        return False
    noun, gap = (m.group("noun"), m.group("gap")) if m.group("noun") else (m.group("noun2"), m.group("gap2"))
    return not noun.lower().startswith("thời gian") and not noun.lower().startswith("thời điểm") \
        or bool(_MOVED_LIMIT_RE.search(gap))


# (deadline23) the limit a move replaced, retold in brackets after the new one: '... được gia hạn đến 10h00 ngày 30/6/2021
# (thời hạn trong Kế hoạch trước đó là đến hết ngày 30/5/2021)' (dp3896), '... lùi thời gian hoàn thành ... đến trước
# tháng 9.2020 (thay cho trước tháng 6.2020 tại Kế hoạch số 7809/KH-UBND ...)' (development gold yp2): the bracket opens on what it
# replaces ('thay cho / thay vì') or names the limit as the former one ('trước đó', 'cũ', 'ban đầu', 'trước đây'), so
# its date is no bound of the work; the new limit outside the bracket stays one.
_REPLACED_BOUND_OPEN_RE = re.compile(
    r"\(\s*(?:(?:thay\s+(?:cho|vì))(?![^\W_])|(?:[^()]{0,40}?(?<![^\W_]))?(?:thời\s+hạn|hạn(?:\s+chót|\s+cuối)?|thời\s+gian|mốc|lịch)"
    r"(?![^\W_])[^()]{0,60}?(?<![^\W_])(?:trước\s+đó|trước\s+đây|cũ|ban\s+đầu)(?![^\W_]))[^()]*$", re.I)


def _replaced_bound(text: str, start: int) -> bool:
    """(deadline23) Is the date at ``start`` inside a bracket that retells the limit a move replaced?"""
    return bool(_REPLACED_BOUND_OPEN_RE.search(text[max(0, start - 160):start]))


# (deadline17) a forecast's horizon: 'Theo dự báo, đến hết năm 2025 tổng mức bán lẻ sẽ tăng 10%', 'dự báo đến
# tháng 10/2025 nhu cầu điện tăng cao' (work due with it keeps its bound: 'dự báo ..., báo cáo trước ngày ...')
_FORECAST_RE = re.compile(r"(?<![^\W_])(?<!báo\scáo\s)dự\s+báo(?![^\W_])", re.I)


def _forecast_horizon(text: str, start: int) -> bool:
    """Does the date at ``start`` stand in a forecast's clause, with no work word between?"""
    clause = re.split(r"[;:]|\.\s", text[:start])[-1]
    found = list(_FORECAST_RE.finditer(clause))
    if not found:
        return False
    gap = clause[found[-1].end():]
    return len(gap) <= 120 and not _MOVED_LIMIT_RE.search(gap) and not _WORK_WORD_RE.search(gap)


def _effect_span(text: str, start: int) -> bool:
    """Does the date at ``start`` end the span of an effect ('có hiệu lực ... đến trước ngày', 'có giá trị ...
    đến hết ngày', 'Miễn ... đến trước ngày') rather than bound work?"""
    head = text[:start]
    if not _EFFECT_TO_RE.search(head):
        return False
    clause = re.split(r"[;:]|\.\s", head)[-1]
    found = list(_EFFECT_WORD_RE.finditer(clause))
    if not found:
        return False
    gap = clause[found[0].end():]
    return len(gap) <= 220 and not _WORK_WORD_RE.search(gap)


def _event_moved(text: str, start: int) -> bool:
    """Does the date at ``start`` give the day an event is moved to, postponed from or had before it was moved?"""
    clause = re.split(r"[;:]|\.\s", text[:start])[-1]
    found = list(_EVENT_MOVE_RE.finditer(clause))
    if not found:
        return False
    gap = clause[found[0].end():]
    return len(gap) <= 220 and not _MOVED_LIMIT_RE.search(gap)


# (deadline19) a span of two parts joined by 'và': 'trong tháng 7 và những tháng cuối năm (2022)', 'trong
# quý III và những tháng còn lại của năm 2024', 'Phấn đấu trong tháng 4 và tháng 5 năm 2022' (the regex
# reads the last as one phrase): the work runs over both parts, so the later part bounds it (pending gold zx1,
# dp2519; 'Trong năm 2023, 2024' -> the last year's end).  The later part is the rest of the year;
# 'và các tháng (quý, năm) tiếp theo' leaves it open (an ongoing duty, no bound).
_LATER_MONTHS_JOIN_RE = re.compile(
    r"\s*,?\s*(?:và|cùng|đến|tới)\s+(?:cả\s+)?(?:những|các|mấy)\s+tháng\s+(?:còn\s+lại(?:\s+(?:của|trong))?\s+)?$", re.I)
_OPEN_MONTHS_AFTER_RE = re.compile(
    r"\s*,?\s*(?:và|cùng)\s+(?:cả\s+)?(?:những|các)\s+(?:tháng|quý|năm)\s+(?:tiếp\s+theo|sau(?:\s+đó)?|kế\s+tiếp)(?![^\W_])", re.I)


# the first part of such a span, bound by 'trong' / 'vào', before its later part ('trong tháng 7 và những tháng ')
_TWO_PART_BOUND_BEFORE = re.compile(
    r"(?<![^\W_])(?:trong|vào)\s+(?:tháng\s+\d{1,2}|quý\s+(?:IV|III|II|I|[1-4]))(?:\s*(?:,|và)\s*(?:tháng\s+\d{1,2}|quý\s+(?:IV|III|II|I|[1-4])))*"
    r"\s*,?\s*(?:và|cùng|đến|tới)\s+(?:cả\s+)?(?:những|các|mấy)\s+tháng\s+(?:còn\s+lại\s+(?:của|trong)\s+)?$", re.I)


def _later_part_of_span(text: str, prev: "DateHit | None", m: re.Match) -> bool:
    """Does the date at ``m`` ('cuối năm 2022', 'năm 2024') end a span whose first part is the
    month or quarter just before it ('trong tháng 7 và những tháng cuối năm 2022', 'trong quý III và
    các tháng còn lại của năm 2024')?"""
    if prev is None or not prev.triggered or prev.shape not in ("m5", "m6", "q", "m8"):
        return False
    if not (m.group("ye") or m.group("y7")):
        return False
    gap = text[prev.end:m.start()]
    if m.group("y7") and not m.group("cuoi"):
        # 'các tháng còn lại của năm 2024': the rest of the year, named by its number
        return bool(re.fullmatch(r"\s*,?\s*(?:và|cùng|đến|tới)\s+(?:cả\s+)?(?:những|các|mấy)\s+tháng\s+còn\s+lại\s+(?:của|trong)\s+", gap, re.I))
    return bool(_LATER_MONTHS_JOIN_RE.fullmatch(gap))


# (deadline26) 'trong những tháng cuối năm', 'vào các tháng cuối năm 2019': the last months of the year are the
# work's period, bounded by the year's end (samples/gold/README.md: "'trong những tháng cuối năm' alone is the
# year's end", pending gold zb2, zu4; the short audit's sb06, benchmarks/deadline_audit.py --short). The date
# regex reads only 'cuối năm' there, and no trigger reaches it across 'những tháng'. Not without 'trong / vào'
# ('bảo vệ rừng nhất là những tháng cuối năm', pending yn9: an emphasis, undated); not the later part of a
# two-part span ('trong tháng 7 và những tháng cuối năm', read by _later_part_of_span); a goal's year stays
# none (_goal_year runs after); opening the sentence before a comma, only when a directive follows it.
_LAST_MONTHS_BEFORE = re.compile(r"(?<![^\W_])(?:trong|vào)\s+(?:những|các|mấy)\s+tháng\s+$", re.I)


def _last_months_of_year(text: str, m: re.Match) -> bool:
    """(deadline26) Is the year's end at ``m`` the close of 'trong những tháng cuối năm (YYYY)'?"""
    if not (m.group("ye") or (m.group("y7") and m.group("cuoi"))):
        return False
    lead = _LAST_MONTHS_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if not lead or lead.end() != m.start():
        return False
    if _GOAL_REACH_VERB_RE.search(text[max(0, lead.start() - 200):lead.start()]):
        return False  # 'phấn đấu đạt các chỉ tiêu trong những tháng cuối năm': a goal's period (_goal_year)
    if re.search(r"(?<![^\W_])(?:về\s+việc|v/v)(?![^\W_])[^;.]*$", text[:lead.start()], re.I):
        # ('UBND tỉnh vừa ban hành Công văn số 4003/UBND-KT về việc chủ động phòng ngừa, ứng phó thiên tai trong
        # các tháng cuối năm 2022', dp945): the period names the subject of a document's title, no bound
        return False
    if re.fullmatch(r"\s*(?:[-+•]\s*)?", text[:lead.start()]) and text[m.end():].lstrip().startswith(","):
        return _directive_follows(text[m.end():].lstrip()[1:])
    return True


# (deadline20) the first part of a two-part span counted in days or weeks from now ('trong 10 ngày tới và những
# tháng cuối năm 2025', 'trong tuần tới và các tháng còn lại của năm 2024', 'trong thời gian tới và những tháng cuối
# năm'): the work runs over both parts, so the later part (the year's end) bounds it
_DAYS_THEN_MONTHS_BEFORE = re.compile(
    r"(?<![^\W_])(?:trong|vào)\s+(?:(?:\d{1,3}|một|hai|ba|bốn|năm|bảy|mười|vài|mấy)\s+(?:ngày|tuần)|tuần|thời\s+gian)\s+(?:tới|sắp\s+tới|tiếp\s+theo)"
    r"\s*,?\s*(?:và|cùng)\s+(?:cả\s+)?(?:những|các|mấy)\s+tháng\s+(?:còn\s+lại\s+(?:của|trong)\s+)?$", re.I)


def _days_then_months_span(text: str, m: re.Match) -> bool:
    """(deadline20) Does the year at ``m`` end a span whose first part counts days or weeks from now?"""
    if not (m.group("ye") or m.group("y7")):
        return False
    before = text[max(0, m.start() - 120):m.start()]
    if m.group("y7") and not m.group("cuoi") and not re.search(r"còn\s+lại\s+(?:của|trong)\s+$", before, re.I):
        return False
    return bool(_DAYS_THEN_MONTHS_BEFORE.search(before))


# (deadline19) a goal's year, the convention samples/gold/README.md settles: 'kết thúc năm 2022 thắng lợi'
# (the year is to end in success: a goal, dp3675), and a year a 'phấn đấu' goal is to be reached in
# when no completion word stands in the goal ('phấn đấu đạt và vượt các chỉ tiêu ... trong năm 2025',
# gold 08 'phấn đấu tiết kiệm điện ... trong năm 2026'); 'Kết thúc năm 2016, có tổng kết ...' (when a
# review is held, dp612) and 'phấn đấu hoàn thành ... trong năm 2025' (the work completed) stay bounds
_YEAR_ENDS_WELL_AFTER = re.compile(r"\s*(?:một\s+cách\s+)?(?:thắng\s+lợi|thành\s+công|an\s+toàn|tốt\s+đẹp)(?![^\W_])", re.I)
_GOAL_REACH_VERB_RE = re.compile(
    r"(?<![^\W_])phấn\s+đấu(?![^\W_])(?:(?!hoàn\s+thành|xong|trước)[^;:.])*?(?<![^\W_])(?:đạt|vượt|giữ\s+vững|duy\s+trì)(?![^\W_])"
    r"(?:(?!hoàn\s+thành|xong|trước)[^;:.])*$", re.I)

_REACH_STANDARD_RE = re.compile(
    r"(?<![^\W_])(?:đạt\s+(?:chuẩn|nông\s+thôn\s+mới|danh\s+hiệu|(?:các\s+)?mục\s+tiêu|(?:các\s+)?chỉ\s+tiêu)|về\s+đích)(?![^\W_])",
    re.I)


def _goal_year(text: str, m: re.Match) -> bool:
    """Is the year at ``m`` the year a goal is reached in rather than a bound of work?"""
    if not m.group("y7"):
        return False
    before = text[max(0, m.start() - 20):m.start()]
    if re.search(r"(?<![^\W_])kết\s+thúc\s*$", before, re.I) and _YEAR_ENDS_WELL_AFTER.match(text, m.end()):
        return True
    if m.group("cuoi"):
        # 'xây dựng xã đạt nông thôn mới nâng cao vào cuối năm 2021', '... đạt chuẩn ... vào cuối năm 2025':
        # the end of the year a standard or a goal is to be reached by, with no completion word in the clause
        clause = re.split(r"[;:]|\.\s", text[:m.start()])[-1]
        return bool(re.search(r"(?:vào|đến|tới)\s*$", before, re.I)) and bool(_REACH_STANDARD_RE.search(clause[-200:])) \
            and not re.search(r"(?<![^\W_])(?:hoàn\s+thành|xong)(?![^\W_])", clause, re.I)
    if not re.search(r"(?<![^\W_])trong\s*$", before, re.I):
        return False
    if _GOAL_REACH_VERB_RE.search(text[max(0, m.start() - 200):m.start()]) \
            or graded_goal_before(text[max(0, m.start() - 200):m.start()]):
        return True
    # (deadline27) a standard to be reached within the year, with no 'phấn đấu' before it: '... yêu cầu tập trung
    # cao nhất để đạt chuẩn nông thôn mới nâng cao trong năm 2024' (the short audit's sd25), '... để đạt chuẩn xã
    # nông thôn mới trong năm 2020' (sa33): the year a standard is reached in is a goal's, as 'vào cuối năm 2021'
    # is above (gold README, 'A goal's year'); a completion word in the clause keeps the bound
    clause = re.split(r"[;:]|\.\s", text[:m.start()])[-1]
    return bool(_REACH_STANDARD_RE.search(clause[-200:])) \
        and not re.search(r"(?<![^\W_])(?:hoàn\s+thành|xong)(?![^\W_])", clause, re.I)


# (deadline28) the year an ordinal counts in: '... bão Fung-Wong đã đi vào vùng biển ..., trở thành cơn bão số 14 trong
# năm 2025' (deadline batch 51's dp3992), 'sẽ đi vào Biển Đông và trở thành cơn bão số 10 trong năm 2025', 'Đây cũng là
# cơn bão thứ 20 trên vùng biển Tây Bắc Thái Bình Dương trong năm 2025' (press storm bulletins of the pages corpus): what
# a thing becomes or is, numbered among the year's ('trở thành / là ... số / thứ N ... trong năm YYYY'), is a count, not
# work bounded by the year; 'tổ chức Hội nghị lần thứ 2 trong năm 2025' (a doer's work, no copula) keeps its bound
_ORDINAL_IN_YEAR_RE = re.compile(
    r"(?<![^\W_])(?:trở\s+thành|là)(?![^\W_])[^,;:.!?]{0,40}?(?<![^\W_])(?:số|thứ)\s+(?:\d{1,3}|[IVX]{1,5})(?![^\W_])"
    r"[^,;:.!?]{0,80}?(?<![^\W_])trong\s*$", re.I)


def _ordinal_in_year(text: str, m: re.Match) -> bool:
    """Is the year at ``m`` the one a numbered thing is counted in ('trở thành cơn bão số 14 trong năm 2025')?"""
    return bool(m.group("y7")) and bool(_ORDINAL_IN_YEAR_RE.search(text[max(0, m.start() - 160):m.start()]))


# (deadline29) a year that describes a figure or a state, not work: '... khi số ca mắc tăng đột biến trong năm 2025'
# (deadline batch 52's dp4014: how a count went over the year), 'Hầu hết địa phương giữ nguyên các trường mầm non, tiểu
# học, THCS, THPT trong năm 2025 nhưng ...' (dp4014's batch, dp4010: a state that holds through the year; deadline27's
# convention: a state that lasts is no bound).  Only a change of a figure with nothing but its degree before the year
# ('tăng đột biến', 'giảm 20%') and a state kept ('giữ nguyên', 'giữ ổn định', 'không thay đổi') over its object; a
# reduction with an object ('cắt giảm 10 thủ tục trong năm 2025') is work, and a bound or completion word in the
# clause keeps the year a bound ('giữ nguyên ... và hoàn thành ... trong năm 2025')
_FIGURE_CHANGE_IN_RE = re.compile(
    r"(?<![^\W_])(?<!cắt\s)(?:tăng|giảm)(?:\s+(?:đột\s+biến|mạnh|nhẹ|nhanh|cao|sâu|đáng\s+kể|rõ\s+rệt|thêm)){0,2}"
    r"(?:\s+[\d.,]+\s*%)?\s+trong\s*$", re.I)
_STATE_KEPT_IN_RE = re.compile(
    r"(?<![^\W_])(?:giữ\s+nguyên|giữ\s+ổn\s+định|không\s+(?:thay\s+)?đổi)(?![^\W_])"
    r"(?:(?!\s(?:hoàn\s+thành|xong|trước|chậm\s+nhất|báo\s+cáo|và|để|nhằm)\s)[^;:.!?]){0,100}?\s+trong\s*$", re.I)


def _described_year(text: str, m: re.Match) -> bool:
    """Is the year at ``m`` the one a figure changed or a state held in ('số ca mắc tăng đột biến trong năm 2025')?"""
    if not m.group("y7"):
        return False
    before = text[max(0, m.start() - 160):m.start()]
    return bool(_FIGURE_CHANGE_IN_RE.search(before) or _STATE_KEPT_IN_RE.search(before))


# (deadline30) the hazards a purpose names by their year: '... tổ chức tổng kết ... năm 2021; ... để có giải pháp khắc
# phục và ứng phó hiệu quả với các loại hình thiên tai trong năm 2022' (deadline_phrases' dp944, Đà Nẵng's Chỉ thị 04
# retold): the year says which season's disasters the purpose ('để', 'nhằm') looks to, not by when the directed work is
# done. Work carried out within the season keeps the season's end (pending zb2's 'triển khai các phương án phòng, chống
# lụt, bão trong những tháng cuối năm', 2018-12-31; deadline26's 'trong những tháng cuối năm'), and a completion or bound
# word in the purpose ('để hoàn thành ... trong năm 2022') keeps the year a bound (gold README, session 25, deadline30)
# (deadline36) the drought written 'khô, hạn' / 'khô hạn' / 'hạn mặn' is such a hazard (pending zb2: '... tích nước các hồ
# chứa ... để chủ động trước dự báo tình hình khô, hạn trong năm 2019', the drought's 'hạn' read as the bound word
# 'hạn'), and 'chủ động trước' ('be ready ahead of') names what the purpose faces, not a bound on it.
_HAZARD_IN_PURPOSE_RE = re.compile(
    r"(?<![^\W_])(?:để|nhằm)(?![^\W_])(?:(?!hoàn\s+thành|xong|(?<!chủ\sđộng\s)trước|chậm\s+nhất)[^;:.]){0,200}?"
    r"(?<![^\W_])(?:thiên\s+tai|mưa\s+bão|mưa\s+lũ|bão\s*,?\s*lũ|lũ\s*,?\s*lụt|lụt\s*,?\s*bão|hạn\s+hán|xâm\s+nhập\s+mặn"
    r"|khô\s*,?\s*hạn|hạn\s+mặn"
    r"|sạt\s+lở(?:\s+đất)?|lũ\s+quét|rét\s+đậm(?:,?\s+rét\s+hại)?|nắng\s+nóng)(?![^\W_])"
    r"[^,;:.]{0,40}?\s+(?:xảy\s+ra\s+)?trong\s*$", re.I)


def _hazard_year(text: str, m: re.Match) -> bool:
    """Is the year at ``m`` the season of the hazards a purpose clause names ('để ... ứng phó ... với các loại hình
    thiên tai trong năm 2022')?"""
    return bool(m.group("y7")) and bool(_HAZARD_IN_PURPOSE_RE.search(text[max(0, m.start() - 240):m.start()]))


def _period_covered(text: str, start: int) -> bool:
    """Is the span ending at the date that starts at ``start`` ('từ A đến B') a period a report covers?"""
    head = text[max(0, start - 260):start]
    k = None
    for k in re.finditer(r"(?<![^\W_])từ(?![^\W_])", head, re.I):
        pass
    if k is None or len(head) - k.start() > 60:
        return False
    lead = head[:k.start()].rstrip()
    if _COUNTED_SPAN_RE.search(lead):
        return True
    n = _COVERED_NOUN_RE.search(lead)
    return bool(n) and not _SUBMIT_IN_GAP_RE.search(n.group("gap"))


# A meeting, a resolution of one or a review named by its period: 'Nghị quyết phiên họp Chính phủ thường kỳ
# tháng 7 năm 2025', 'Tại phiên họp thường kỳ tháng 10/2025, UBND tỉnh yêu cầu ...', 'cuộc họp giao ban tháng 10',
# 'Hội nghị sơ kết 6 tháng đầu năm 2025', 'kết luận phiên họp Chính phủ thường kỳ tháng 7 ngày 5/8': the period
# right after the name (no 'vào', 'trong', 'trước' between) is part of the name, not a due date (meeting16).
_NAMED_MEETING_RE = re.compile(
    r"(?<![^\W_])(?:(?:phiên|cuộc|kỳ)\s+)?(?:họp\s+)?(?:thường\s+kỳ|giao\s+ban|thường\s+lệ|sơ\s+kết|tổng\s+kết)"
    r"(?:\s+(?:của\s+)?(?:Chính\s+phủ|UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân)"
    r"(?:\s+(?:tỉnh|thành\s+phố|TP|huyện|quận|thị\s+xã|xã|phường))?)?\s*$"
    r"|(?<![^\W_])(?:phiên\s+họp|hội\s+nghị)\s+(?:Chính\s+phủ\s+)?(?:thường\s+kỳ|giao\s+ban|sơ\s+kết|tổng\s+kết)\s*$", re.I)
# ... but work due at that meeting is bound by it ('báo cáo Chính phủ tại phiên họp thường kỳ tháng 8', 'trình
# tại cuộc họp giao ban tháng 7/2024', 'gửi trước phiên họp ...'): a submitting verb before 'tại|trước|trình'
_DUE_AT_MEETING_RE = re.compile(
    r"(?<![^\W_])(?:báo\s+cáo|trình|gửi|nộp|hoàn\s+thành|xong|chuẩn\s+bị|đề\s+xuất)(?![^\W_])[^;:]{0,160}?"
    r"(?<![^\W_])(?:tại|trước|trình|vào|tới|cho|phục\s+vụ)\s+(?:các\s+)?(?:phiên|cuộc|kỳ|hội\s+nghị)"
    # ('Để chuẩn bị phiên họp thường kỳ tháng 7/2025, UBND tỉnh đề nghị các sở:': the work is for that meeting)
    r"|(?<![^\W_])(?:chuẩn\s+bị|phục\s+vụ)\s+(?:(?:cho|nội\s+dung)\s+)?(?:phiên|cuộc|kỳ|hội\s+nghị)", re.I)


def period_names_meeting(text: str, start: int, end: int) -> bool:
    """Is the period at ``text[start:end]`` (a month, a quarter, a half-year, not a day) part of a meeting's or
    review's name ('phiên họp thường kỳ tháng 7 năm 2025', 'giao ban tháng 10', 'sơ kết 6 tháng đầu năm')
    rather than a term set for work ('báo cáo tại phiên họp thường kỳ tháng 8' is due at that meeting)?"""
    if re.match(r"\s*ngày", text[start:end], re.I):
        return False
    head = text[max(0, start - 120):start]
    m = _NAMED_MEETING_RE.search(head)
    if not m:
        return False
    clause = re.split(r"[;:]|\.\s", text[:start])[-1]
    return not _DUE_AT_MEETING_RE.search(clause)


def row_day_act(text: str) -> bool:
    """Does ``text`` open on a day and go on with the act done that day, as a schedule's row does
    ('+ Ngày 6/11 tổ chức tiêm ... thôn Du Tái;', 'Ngày 06/7/2015, tiếp xúc cử tri tại 3 xã: ...',
    'Cụ thể: Ngày 06/7/2015, tiếp xúc ...')?  Not a report of what was done ('đã')."""
    pm = _ROW_DAY_PREFIX_RE.match(text)
    m = DATE_RE.match(text, pm.end() if pm else 0)
    if not m or not (m.group("d1") or m.group("d2")):
        return False
    return bool(_ROW_ACT_RE.match(text, m.end())) \
        and not re.search(r"(?<![^\W_])(?:đã|vẫn|đang)(?![^\W_])", re.split(r"[;.]", text[m.end():])[0], re.I)


def find_dates(text: str, year: int | None = None, masks: list[tuple[int, int]] = ()) -> list[DateHit]:
    """Every date-like phrase in ``text`` outside ``masks`` (spans of cited documents)."""
    hits: list[DateHit] = []
    for m in DATE_RE.finditer(text):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in masks):
            continue
        date, has_year = _to_date(m, year)
        hh, mm = m.group("hh"), m.group("mm")
        time = f"{int(hh):02d}:{mm or '00'}" if hh and int(hh) < 24 else None
        before = text[max(0, m.start() - 40):m.start()]
        # ('vào lúc 16h00 ngày thứ Sáu 20/4/2018', 'vào thứ Bảy, ngày 21/4/2018', 'sáng Chủ nhật 22/4'):
        # the weekday printed before a date is no word of its own between the date and its trigger
        before = _WEEKDAY_TAIL_RE.sub(" ", before)
        range_end = False
        # 'Ngày 8/7-17/7/2017: ...', 'từ 15/6 - 30/6/2026': a day joined by a dash to the day before
        # it ends that span (the span's start decides whether it bounds work, as one match does)
        span_start = hits[-1] if hits and hits[-1].shape in ("d1", "d2", "dl") and (m.group("d1") or m.group("d2")) \
            and re.fullmatch(r"\s*[-–]\s*(?:ngày\s*)?", text[hits[-1].end:m.start()]) else None
        if re.search(r"(?<![^\W_])(?:chậm|muộn)\s+nhất\s+(?:là\s+)?(?:đến|vào)\s+(?:hết\s+)?(?:ngày\s*)?$", before, re.I):
            # ('Thời gian hoàn thành việc phát thẻ chậm nhất đến 13 giờ, ngày 26/7/2021', 'chậm nhất vào
            # ngày 16 tháng 12', 'muộn nhất đến hết ngày ...': the bound word before 'đến' / 'vào' makes
            # the day a bound, not the end of a period)
            triggered = True
        elif span_start is not None and not re.search(r"(?<![^\W_])(?:kể\s+)?từ\s*(?:ngày\s*)?$", text[max(0, span_start.start - 12):span_start.start], re.I):
            # (no 'từ' before the span: an opening step label decides below; in running text the
            # span dates an event, as 'Ngày 8/7' alone would)
            triggered = False
            range_end = True
        elif re.search(r"(?:từ|bắt\s+đầu\s+từ)\s+(?:ngày\s+|tháng\s+|năm\s+|quý\s+)?[\dIVX][^,;]{0,25}?\s*(?:\s(?:đến|tới)|[-–])\s*(?:hết\s+)?$", before, re.I) \
                or from_now_until(before):
            # ('Hoàn thành từ nay đến 30/6/2026', 'từ nay cho đến 31-8': from now until a day, the day
            # bounds the work; ``fromnow``, deadline34)
            triggered = True  # 'từ tháng 01 năm 1981 đến tháng 12 năm 1982', 'từ 10/11 - 20/11/2025': the end of the period
            range_end = True
        elif _TARGET_DAY_BEFORE.search(before) and m.group("d1") or _TARGET_DAY_BEFORE.search(before) and m.group("m2") \
                and (re.search(r"phấn\s+đấu", text[max(0, m.start() - 80):m.start()], re.I) or _TARGET_AFTER.match(text, m.end())
                     or _DUE_COMPLETION_AFTER.match(text, m.end())):
            # 'phấn đấu đến ngày 31/10/2025 đạt 85% dự toán', 'đến ngày 30/6 phải hoàn thành': a
            # day (not a year, which would be a horizon) by which a target is met
            triggered = True
        elif re.search(r"(?<![^\W_])(?:kể\s+)?từ\s*$", before, re.I) and re.search(r"\s(?:đến|tới)\s|tháng\s+\d{1,2}\s*[-–]\s*(?:tháng\s+)?\d|"
                                                                          r"^(?:ngày\s+)?\d{1,2}\s*[-–]\s*\d{1,2}\s*[/.]", m.group(0), re.I):
            # ('Từ ngày 1 - 30/7/2021, Tổng cục Thống kê sẽ tiến hành ...': a dash between two days
            # of one month is a span too, as 'từ 10/11 - 20/11/2025' is)
            # 'Từ tháng 6 đến tháng 9/2026' read as one phrase: a span, bounded by its end
            triggered = True
            range_end = True
        elif NOT_DEADLINE_BEFORE.search(before):
            triggered = False
        elif _MEETING_BEFORE.search(before) and (m.group("m5") or m.group("m6") or m.group("m8") or m.group("cuoi")):
            # ('Trình HĐND tỉnh tại kỳ họp cuối năm 2026': the year-end session, by the year's end)
            # 'báo cáo ... tại cuộc họp giao ban tháng 7/2024': the work is due at that month's meeting
            triggered = True
        elif re.search(r"(?<![^\W_])định\s+kỳ\s+(?:vào\s+)?(?:cuối\s+)?$|(?<![^\W_])định\s+kỳ\s*$", before, re.I) \
                and (m.group("m5") or m.group("m6") or m.group("m8")):
            # 'tổ chức chương trình "Dân hỏi - Chính quyền trả lời" định kỳ tháng 8/2026': the
            # month's session of a periodic event, held in that month; 'Định kỳ cuối tháng 12 hàng
            # năm, Tổng cục ... tổng hợp, báo cáo': a yearly duty due at that month's end
            triggered = True
        else:
            triggered = bool(TRIGGER_RE.search(before))
            # ('14h00 ngày 26/10/2026' is a clock time too)
            if not triggered and re.match(r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{2})?|sáng|chiều|tối)(?![^\W_])", m.group(0), re.I) \
                    and (m.group("d1") or m.group("d2")) \
                    and not re.search(r"(?<![^\W_])đã\s+[^,;.()]{0,30}$", text[max(0, m.start() - 40):m.start()], re.I):
                # '... theo lịch đã bố trí 16 giờ ngày 30/7/2026', 'tổ chức khảo sát ... sáng ngày
                # 31/7/2026': a clock time or a part of the day dates an event the work is for (a
                # cited document is never dated so); not a past one ('đã làm việc sáng ngày ...')
                triggered = True
        # 'Trong tháng 4 năm 2026, tình hình ...': a time adverbial opening a sentence, no deadline
        # ... but 'Trong quý II năm 2026, nghiên cứu, ban hành ...' opens a directive: its deadline
        # ('Trước ngày 15/11/2017, các Cục Hải quan báo cáo ...': a bound, not a period, always is)
        if triggered and re.fullmatch(r"\s*(?:\S+\s+){0,2}", text[:m.start()]) and text[m.end():].lstrip().startswith(",") \
                and not re.match(r"\s*(?:trước|chậm\s+nhất|muộn\s+nhất|hạn)\b", text[:m.start()], re.I):
            triggered = _directive_follows(text[m.end():].lstrip()[1:]) \
                or bool(m.group("half") and own_level_step(text[m.end():].lstrip()[1:]))  # deadline41
        # 'Quý IV năm 2020, tổng kết việc thực hiện thí điểm ..., báo cáo Thủ tướng', 'Năm 2026,
        # hoàn thành ...': a bare period (no 'trong') opening the item, then a directive, is the
        # period the work is done in, as 'Trong quý IV năm 2020, ...' is
        # (deadline31) or a clause of a time line after ';': '...; từ tháng 4 đến tháng 5-2020 tiến hành ...; tháng 6 đến
        # tháng 8-2020, tiến hành Đại hội đại biểu Đảng bộ huyện.' (dp4034): the clause's opening period, as the item's
        elif not triggered and (re.fullmatch(r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•])?\s*", text[:m.start()], re.I)
                                or re.search(r";\s*$", text[:m.start()])) \
                and (m.group("q") or m.group("m5") or m.group("y7") or m.group("half")) and not m.group("cuoi") \
                and text[m.end():].lstrip().startswith((",", ":")):
            # ('Năm 2026: hoàn thành rà soát ...', 'Quý IV/2026: tổng kết ...': a roadmap's step, the
            # period as a label before a colon, is the same opening period)
            triggered = _directive_follows(text[m.end():].lstrip()[1:])
        # 'Ngày 30/7/2017: Báo cáo kết quả tốt nghiệp ...', 'Ngày 8/7-17/7/2017: Các trường nhận đơn
        # ...': a schedule's step labelled by its day (or its span of days) and a colon is done on
        # that day, as an agenda item is (ANNOTATION.md); with a comma the day may report an event
        # ('Ngày 13-4, Hội đồng ... tổ chức Lễ phát động')
        elif not triggered and (m.group("d1") or m.group("d2") or m.group("dl")) \
                and re.fullmatch(r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•])?\s*", text[:span_start.start if span_start is not None else m.start()], re.I) \
                and text[m.end():].lstrip().startswith(":"):
            # (what follows a schedule's label is often a noun phrase, 'Kết thúc việc kiểm tra ...',
            # 'Hạn cuối nhận hồ sơ': any step but a report of the past)
            triggered = not re.search(r"(?<![^\W_])(?:đã|vẫn|đang)(?![^\W_])", re.split(r"[;.]", text[m.end():])[0], re.I)
        # '+ Ngày 6/11 tổ chức tiêm cho đàn chó ... thôn Du Tái;', 'Ngày 06/7/2015, tiếp xúc cử tri tại 3
        # xã: ...', 'Cụ thể: Ngày 06/7/2015, tiếp xúc ...', 'Buổi sáng ngày 27 tháng 10 tiêm ở thôn Nà Cáy':
        # a row of a schedule opens on its day and goes on with the act itself, no subject between (a
        # report of an event names who acted: 'Ngày 22/6, Đoàn ĐBQH tỉnh ban hành ...', 'Ngày 13-4, Hội
        # đồng ... tổ chức ...'): the act is done on that day, as a step labelled by its day is
        elif not triggered and (m.group("d1") or m.group("d2")) and _ROW_DAY_PREFIX_RE.fullmatch(text[:m.start()]) \
                and _ROW_ACT_RE.match(text[m.end():]) \
                and not re.search(r"(?<![^\W_])(?:đã|vẫn|đang)(?![^\W_])", re.split(r"[;.]", text[m.end():])[0], re.I):
            triggered = True
        # 'Ngày 1/5, 63 tỉnh, thành phố phải gửi đề án ...': a day opening the item before a comma is
        # the bound of the work when the clause after it states an obligation ('phải', 'cần', 'có
        # trách nhiệm'); without one it may date an event ('Ngày 13-4, Hội đồng ... tổ chức Lễ phát động')
        elif not triggered and (m.group("d1") or m.group("d2")) and has_year is not None \
                and re.fullmatch(r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•])?\s*", text[:m.start()], re.I) \
                and _OBLIGATION_AFTER.match(text, m.end()):
            triggered = True
        # 'Tháng 6 hằng năm, lập dự toán ...', 'Quý I hàng năm, báo cáo ...': the period a yearly duty
        # falls in, opening it
        elif not triggered and re.fullmatch(r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•])?\s*", text[:m.start()], re.I) \
                and (m.group("q") or m.group("m6") or m.group("half")) and not has_year \
                and re.match(r"\s*(?:hằng|hàng)\s+năm\s*,", text[m.end():], re.I):
            # ('hằng năm' already says a duty recurs: whoever acts, unless it reports the past)
            triggered = not re.search(r"(?<![^\W_])(?:đã|vẫn|đang)(?![^\W_])", re.split(r"[;.]", text[m.end():].split(",", 1)[1])[0], re.I)
        # 'Đến hết năm 2025, hoàn thành ...' bounds the work; 'Đến năm 2030, 90% ... được ...' is a goal
        if m.group("y7") and not m.group("cuoi") and _HORIZON_OPENER.fullmatch(text[:m.start()]):
            triggered = _completion_opener(text, m.start(), m.end())
        # 'dự kiến năm 2030 đạt ...': a forecast for a year, not a bound ('dự kiến tháng 9/2026' is)
        if triggered and m.group("y7") and re.search(r"(?<![^\W_])dự\s+kiến\s*$", before, re.I):
            triggered = False
        # 'Phấn đấu giảm ... xuống còn khoảng 150 thủ tục vào năm 2030': the year a figure is to be
        # reached is a horizon, like 'đến năm 2030' (a day would bound it: _TARGET_DAY_BEFORE)
        if triggered and m.group("y7") and not m.group("cuoi") and re.search(r"(?:vào|đến|tới)\s*$", before, re.I) \
                and (_GOAL_FIGURE_RE.search(text[max(0, m.start() - 160):m.start()])
                     or _GOAL_REACH_RE.search(text[max(0, m.start() - 160):m.start()])):
            triggered = False
        # 'phấn đấu vượt mục tiêu có 3.000 km đường bộ cao tốc vào cuối năm 2025', 'phấn đấu đạt 100% ...
        # vào cuối năm 2026': the end of the year a goal's figure is to be reached by is its horizon
        # too (a completion word, 'phấn đấu hoàn thành ... vào cuối năm', keeps it a bound)
        if triggered and m.group("y7") and m.group("cuoi") and re.search(r"(?:vào|đến|tới)\s*$", before, re.I) \
                and _GOAL_FIGURE_END_RE.search(text[max(0, m.start() - 160):m.start()]):
            triggered = False
        # '... để thu hút 45 - 50 triệu lượt khách du lịch quốc tế vào năm 2030': a figure to reach by
        # a year, with or without 'phấn đấu', is a goal's horizon
        # ('Hoàn thành lắp đặt 500 trạm sạc vào năm 2027': a completion word in the clause makes the
        # year the work's bound again)
        clause = re.split(r"[;:]", text[:m.start()])[-1]
        completes = re.search(r"(?<![^\W_])(?:hoàn\s+thành|xong)(?![^\W_])", clause, re.I)
        if triggered and m.group("y7") and not m.group("cuoi") and re.search(r"(?:vào|đến|tới)\s*$", before, re.I) \
                and not completes and _CLAUSE_FIGURE_RE.search(text[max(0, m.start() - 160):m.start()]):
            triggered = False
        # '... trở thành trung tâm logistics của vùng vào năm 2030', 'Phấn đấu môi trường đầu tư ... vào nhóm 3
        # nước dẫn đầu ASEAN ... vào năm 2028': the year a state is to be reached (a result, no figure) is a
        # goal's horizon as a figure's year is (the gold's notes: yc9 'vào năm 2030 is the target's year',
        # yb6 'a horizon'; t8's row is dated by its time cell '2030', not by these words); completing the
        # work ('hoàn thành ... vào năm 2027') keeps the year a bound
        if triggered and m.group("y7") and not m.group("cuoi") and re.search(r"(?:vào|đến|tới)\s*$", before, re.I) \
                and not completes and _RESULT_STATE_RE.search(clause):
            triggered = False
        # '... nhất là 44 nhiệm vụ có thời hạn hoàn thành trong quý II năm 2026': the time a noun has
        # ('hoàn thành các nhiệm vụ có thời hạn trong quý II': completing them is the work, due then)
        if triggered and _NOUN_HAS_TIME_BEFORE.search(text[max(0, m.start() - 100):m.start()]) \
                and not re.search(r"(?<![^\W_])(?:hoàn\s+thành|xong)(?![^\W_])", _NOUN_HAS_TIME_BEFORE.split(clause)[0], re.I):
            triggered = False
        # '... cần tập trung triển khai từ nay đến hết năm 2025 và những năm tiếp theo': a period that
        # runs on into the following years is an ongoing duty, not a bound (as in a time cell)
        if triggered and re.match(r"\s*(?:(?:,\s*)?(?:và|cho)\s+|[;,]\s*)(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau(?:\s+đó)?)(?![^\W_])|\s*trở\s+đi(?![^\W_])",
                                  text[m.end():], re.I):
            triggered = False
        # '... trong giai đoạn hoàn thiện xây dựng trung tâm dữ liệu quốc gia số 02 vào năm 2028': a
        # year inside a period's noun phrase ('giai đoạn', 'thời kỳ' + what it is of) dates that
        # period, as 'giai đoạn 2026 - 2030' does (NOT_DEADLINE_BEFORE)
        if triggered and re.search(r"(?<![^\W_])(?:giai\s+đoạn|thời\s+kỳ)(?:\s+(?:[^\W\d_]+|số\s+\d+)){1,14}\s+(?:vào|trong)\s*$",
                                   text[max(0, m.start() - 140):m.start()], re.I):
            triggered = False
        # 'phấn đấu tiết kiệm tối thiểu 3% điện năng ... trong năm 2026': a rate measured over the
        # period, not a date the work must be done by
        if triggered and re.search(r"trong\s*$", before, re.I) and _RATE_TARGET_RE.search(text[max(0, m.start() - 90):m.start()]):
            triggered = False
        # 'Trong năm 2026, phấn đấu tốc độ tăng trưởng GDP đạt 10% trở lên.': the year put first
        # and then a goal set as a figure to reach (no 'hoàn thành' / 'xong') is the goal's period,
        # as the same words after the goal are ('phấn đấu ... đạt 10% trong năm 2026')
        if triggered and re.search(r"(?:^|[.;:]\s*)\W*(?:trong\s+)?$", before, re.I) \
                and re.match(r"\s*,\s*(?=phấn\s+đấu)", text[m.end():], re.I) \
                and _GOAL_FIGURE_RE.match(re.split(r"[;.]", text[m.end():].lstrip(" ,"))[0]):
            triggered = False
        # 'căn cứ nội dung đã được tập huấn cho giáo viên cốt cán vào tháng 11/2024': 'vào' / 'trong'
        # dating a clause in the past ('đã') says when something happened, not when work is due
        # (but 'thực hiện tốt chương trình công tác đã đề ra trong năm 2018', 'hoàn thành các chỉ tiêu
        # đã đề ra trong năm 2026': what was set out for a year is due within it)
        if triggered and re.search(r"(?:vào|trong)\s*(?:ngày\s*)?$", before, re.I) \
                and not (re.search(r"(?<![^\W_])đã\s+(?:được\s+)?(?:đề\s+ra|đề|đặt\s+ra)\s+trong\s*$", before, re.I)
                         and re.match(r"năm\s", text[m.start():], re.I)) \
                and re.search(r"(?<![^\W_])đã\s+(?:(?!\s(?:để|nhằm)\s)[^,;.()]){0,80}$", text[max(0, m.start() - 100):m.start()], re.I):
            # ('doanh nghiệp ... đã được kiểm tra trước khi hoàn thuế để thực hiện thanh tra toàn diện
            # trong năm 2016': a purpose clause after the past one dates the work again)
            triggered = False
        # 'Số tiền lãi phải nộp phát sinh trong tháng 01 năm 2016 là ...': the period something
        # arises or happens in, not a bound of work
        if triggered and re.search(r"(?<![^\W_])(?:phát\s+sinh|xảy\s+ra)\s+(?:trong|vào)\s*(?:ngày\s*)?$", before, re.I):
            triggered = False
        # ... and the span it arises in: 'Chi phí ... phát sinh từ ngày 15/12/2020 đến hết ngày 31/12/2020: ...'
        near = text[max(0, m.start() - 100):m.start()]
        if triggered and re.search(r"(?<![^\W_])(?:phát\s+sinh|xảy\s+ra)\s+(?:trong\s+khoảng\s+thời\s+gian\s+)?từ\s[^;:]{0,60}$", near, re.I):
            triggered = False
        # 'hợp đồng ... được giao kết và bắt đầu thực hiện trước ngày 01/4/2022', 'chứng chỉ hành
        # nghề được cấp trước ngày 01/01/2024', 'hồ sơ Bộ đã tiếp nhận và xử lý trước ngày ...': a
        # document signed, issued or handled before a day is a condition on it, not a bound of work
        # ('phải được ký trước ngày ...' and 'đã ... hoàn thành trước ngày ...' still bound it)
        if triggered and (
                re.search(r"(?<![^\W_])(?<!phải\s)(?<!cần\s)được\s+(?:ký(?:\s+kết)?|giao\s+kết|cấp|thành\s+lập|công\s+nhận|tuyển\s+dụng)"
                          r"(?![^\W_])(?:\s+(?:và|hoặc)\s+[^,;.()]{0,30})?\s+(?:trước|từ|sau)\s*(?:ngày\s*)?$", near, re.I)
                or re.search(r"(?<![^\W_])(?:đã|chưa)\s+(?:(?!hoàn\s+thành|xong|báo\s+cáo|gửi|nộp)[^,;.()]){1,50}\strước\s*(?:ngày\s*)?$", near, re.I)):
            triggered = False
        # 'thông qua Danh mục dự án có thu hồi đất để thực hiện trong năm 2022', 'bố trí vốn để triển
        # khai trong năm 2026': a purpose verb with no object of its own, then a period, says when the
        # noun before it (the listed projects, the funds) is to be carried out, not when the directed
        # work is due ('để thực hiện thanh tra toàn diện trong năm 2016' has an object and is the
        # work's own bound; a bound word, 'trước', 'chậm nhất', is not a period and stays one)
        if triggered and re.search(r"(?<![^\W_])để\s+(?:được\s+)?(?:thực\s+hiện|triển\s+khai|sử\s+dụng|áp\s+dụng|"
                                   r"đầu\s+tư|thi\s+công|khởi\s+công)\s+(?:trong|vào)\s*$", near, re.I):
            triggered = False
        # 'hướng tới đạt mức phát thải ròng bằng "0" vào năm 2050': a goal the work moves toward
        if triggered and re.search(r"(?<![^\W_])hướng\s+tới(?![^\W_])[^;.]{0,80}$", near, re.I):
            triggered = False
        # 'nguồn ... đến hết năm 2025 còn dư chuyển sang': a balance at that date
        if triggered and re.match(r"\s*,?\s*(?:còn\s+(?:dư|lại|thừa)|chưa\s+(?:sử\s+dụng|giải\s+ngân|phân\s+bổ))(?![^\W_])", text[m.end():], re.I):
            triggered = False
        if triggered and (_STATUS_BEFORE.search(near) or _GOODS_STATUS_BEFORE.search(near) or _AS_OF_BEFORE.search(near) or _CONTINUE_BEFORE.search(near)
                          or _NEGATED_BEFORE.search(near) or _COUNTED_BEFORE.search(near) or _OCCASIONS_BEFORE.search(near)
                          or _PERIOD_TASKS_BEFORE.search(near) and not re.search(
                              r"(?<![^\W_])(?:hoàn\s+thành|xong|kết\s+thúc)(?![^\W_])", re.split(r"[;.:]", near)[-1], re.I)
                          or re.search(r"(?<![^\W_])(?:kể\s+)?từ\s+(?:ngày\s+)?(?:kết\s+thúc|hết)\s*$", before, re.I)):
            # ('trong thời hạn 30 ngày, kể từ ngày kết thúc 06 tháng đầu năm': the start of a relative term)
            triggered = False
        # 'Đại hội ... sẽ được tổ chức vào cuối năm 2021', 'vòng loại ... dự kiến diễn ra từ ngày 28/10/2019 đến
        # ngày 29/3/2020', 'các cấp học sẽ tựu trường vào ngày 01/9/2021', 'công chức, viên chức sẽ nghỉ liền từ
        # ngày 01/01 đến hết ngày 04/01/2015': a date that places an event or a state (its subject is the
        # event, the pupils, the holiday-makers), not the doing of a task (_event_placed)
        placed = triggered and _event_placed(text, m.start())
        if placed:
            triggered = False
        # (not the bracketed day of a holiday or event just placed: 'được nghỉ bù vào ngày thứ hai
        # (02/01/2017)' is the day off, not an occasion's day a task is bound to)
        if not triggered and not placed and _OCCASION_BEFORE.search(text[max(0, m.start() - 100):m.start()]) and (m.group("d2") or m.group("d1")):
            triggered = True
        # 'ngày 25/5/2017 là hạn cuối các trường hoàn thành ...': a day the sentence calls the last
        # one (the bound word after the date, not before it)
        if not triggered and _LAST_DAY_AFTER.match(text, m.end()) and (m.group("d1") or m.group("d2") or m.group("m5") or m.group("m8")):
            triggered = True
        generic = not has_year and bool(_GENERIC_YEAR_AFTER.match(text, m.end()) or (
            re.search(r"năm\s*$", m.group(0)) and re.match(r"\s*(?!nay(?![^\W_])|này(?![^\W_]))[^\W\d_]", text[m.end():])))
        # 'đến hết ngày 30 tháng 6 năm báo cáo', 'Trước ngày 30 tháng 5 của năm trước năm kế hoạch':
        # a day of a generic year (the report's, the plan's) is a rule for every year, no date ...
        # unless the duty recurs every year: 'báo cáo định kỳ hằng năm ... chậm nhất vào ngày 16
        # tháng 12 của năm báo cáo' is first due on the next 16 December (find_deadline keeps a
        # generic year's day for a yearly duty); the end of a span ('từ ... đến hết ngày 30 tháng 6
        # năm báo cáo') is the period a report covers, never due
        if triggered and not has_year and re.match(r"\s*(?:của\s+)?năm\s+(?:báo\s+cáo|trước|kế\s+hoạch|ngân\s+sách)(?![^\W_])", text[m.end():], re.I):
            if range_end:
                triggered = False
            else:
                generic = True
        # 'có hiệu lực thi hành kể từ ... đến trước ngày 01 tháng 3 năm 2027': how long a
        # regulation is in force, not when work is due
        if triggered and re.search(r"hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ[^;.]*?(?:đến|tới)\s+(?:hết\s+|trước\s+)?(?:ngày\s*)?$",
                                   text[:m.start()], re.I):
            triggered = False
        # (deadline17) how long a rule, a decision or an exemption holds, not when work is due: 'Thẩm quyền ...
        # có hiệu lực sau 30 ngày kể từ ngày ... đến trước ngày 01 tháng 3 năm 2027', 'Sổ hộ khẩu ... vẫn được sử
        # dụng và có giá trị ... cho đến hết ngày 31 tháng 12 năm 2022', 'Miễn xuất trình hồ sơ về Giấy phép ...
        # đến trước ngày 31 tháng 12 năm 2026'; not when work words stand between ('ban hành văn bản ..., bảo
        # đảm có hiệu lực trước ngày ...' has no 'đến' and stays a bound, dp001)
        if triggered and _effect_span(text, m.start()):
            triggered = False
        # (deadline20) how long a benefit, a payment or a licence runs ('Được chi trả ... từ tháng 4 đến tháng 6
        # năm 2020', 'Giấy phép ... được cấp ... trong năm 2026'), with no ask bound to it
        if triggered and _right_period(text, m.start(), range_end):
            triggered = False
        # (deadline17) an event whose day its organiser or the issuer moves or calls off: 'ban tổ chức quyết
        # định dời lịch diễn ... sang 19h ngày 16/3/2026, thay cho lịch dự kiến ban đầu vào ngày 14/3/2026',
        # 'quyết định chuyển thời gian tổ chức Hội nghị sang ngày ...', 'lùi thời gian tổ chức kỳ thi đến ngày
        # ...', 'tạm hoãn thời gian tổ chức đêm chung kết ngày 20/7'; a moved time limit of work ('lùi thời hạn
        # nộp báo cáo đến ngày 20/7', 'gia hạn ... hoàn thành trước ngày') stays a bound
        if triggered and (_event_moved(text, m.start()) or _forecast_horizon(text, m.start())):
            triggered = False
        # (deadline23) the former limit a move replaced, retold in brackets ('(thay cho trước tháng 6.2020 ...)', '(thời
        # hạn ... trước đó là đến hết ngày 30/5/2021)')
        if triggered and _replaced_bound(text, m.start()):
            triggered = False
        # (deadline21) an event foretold with the event as the subject of the active 'sẽ / dự kiến tổ chức'
        # ('Hội nghị tổng kết ... sẽ tổ chức vào ngày 03-04/01/2018 tại ...'), the span an organiser says it will
        # hold an event over ('Công đoàn Trường sẽ tổ chức Giải Bóng đá ... từ tháng 3 đến tháng 5 năm 2012'), a
        # figure forecast for a day ('Con số này dự kiến sẽ vượt mốc 20.000 vào ngày 22.8'), how long a holiday or
        # a drive lasts ('đợt nghỉ lễ sẽ kéo dài từ ngày 27.4 đến hết ngày 1.5'), and a date inside the reason
        # clause that opens a sentence ('Do đây là một hoạt động quan trọng trong tháng 4 và 5/2014 ... nên ...')
        if triggered and (_event_foretold_active(text, m.start()) or _organiser_event_span(text, m.start(), range_end)
                          or _forecast_figure(text, m.start(), m.end()) or _event_lasts(text, m.start())
                          or _in_opening_reason(text, m.start())):
            triggered = False
        # (deadline22) a count's as-of day ('Tính đến hết ngày 31/1/2024, số tạm ứng ... còn ...'), a schedule row's
        # foretold step of an event ('Chung kết: Dự kiến vào tháng 6/2022.') and the day that divides a period of
        # service in a rule ('thời gian đóng bảo hiểm xã hội trước ngày 01 tháng 7 năm 2025')
        if triggered and (_as_of_day(text, m.start()) or _foretold_schedule_row(text, m.start())
                          or _service_period_cutoff(text, m.start())):
            triggered = False
        # (deadline22) a time limit of work moved to a day with no year ('lùi ... thời gian nhận bài ... đến ngày 28/3')
        if not triggered and not placed and (m.group("d2") or m.group("d1")) and _limit_moved_to_day(text, m.start()):
            triggered = True
            range_end = False
        # 'Trường hợp hợp đồng ... được ký trước ngày 01 tháng 7 năm 2025 mà còn hiệu lực ... thì
        # ...': a date inside the condition of a rule dates the condition
        if triggered and re.search(r"(?:^|[.;:]\s*|\)\s*)(?:Trường\s+hợp|Nếu)(?![^\W_])[^;:]*$", text[:m.start()], re.I) \
                and re.search(r"(?<![^\W_])thì(?![^\W_])", text[m.end():].split(";")[0]) \
                and not re.search(r"(?<![^\W_])thì(?![^\W_])", text[:m.start()].split(";")[-1]):
            triggered = False
        # 'Trường hợp tờ khai hải quan đăng ký trước thời điểm 0h00' ngày 01/02/2022 (...), không được áp
        # dụng ...', 'Nếu hồ sơ nộp sau ngày 15/12/2024, ...': a date in the condition that opens the
        # sentence, before its first comma (outside brackets), dates the case, not the work
        if triggered and re.match(r"\s*(?:[-+•]\s*)?(?:Trường\s+hợp|Nếu)(?![^\W_])", text) \
                and "," not in re.sub(r"\([^()]*\)", "", text[:m.start()]) \
                and re.match(r"[^,]*?(?:\([^()]*\)[^,]*?)*,", text[m.end():]):
            triggered = False
        # 'năm học 2022-2023' / 'giai đoạn 2017-2021' ranges are periods
        if re.match(r"\s*[-–]\s*(?:19|20)\d\d", text[m.end():]):
            triggered = False
        if not triggered and (m.group("d1") or m.group("d2")) and _OCCASION_BRACKET_BEFORE.search(text[max(0, m.start() - 140):m.start()]):
            triggered = True
            range_end = False
        # '... chia sẻ dữ liệu (Quý III/2025).': a time in brackets that closes an item is the
        # item's time frame ('(từ Quý IV/2024)' is a start: NOT_DEADLINE_BEFORE above)
        if not triggered and re.search(r"\(\s*$", before) and re.match(r"\s*\)\s*[.;]?\s*$", text[m.end():]):
            triggered = True
        # 'trước ngày 15/6 và 15/12': a date listed right after a deadline is one too
        if not triggered and hits and hits[-1].triggered and re.fullmatch(r"\s*(?:,|và|hoặc)\s*(?:cả\s+)?(?:ngày\s*)?", text[hits[-1].end:m.start()]):
            triggered = True
        if triggered and range_end and _period_covered(text, m.start()):
            triggered = False
        if triggered and not (m.group("d1") or m.group("d2")) and period_names_meeting(text, m.start(), m.end()):
            triggered = False  # a meeting's name ('phiên họp thường kỳ tháng 7 năm 2025'), meeting16
        # (deadline19) the later part of a two-part span bounds the work; a month followed by 'và các
        # tháng tiếp theo' opens an ongoing duty; a goal's year is no bound
        if not triggered and _days_then_months_span(text, m):
            # (deadline20) 'trong 10 ngày tới và những tháng cuối năm 2025': the later part bounds the work, as
            # for a month's span (deadline19); opening the sentence, only when a directive follows its comma
            triggered = True
            if re.match(r"\s*(?:[-+•]\s*)?(?:Trong|Vào)(?![^\W_])", text) and text[m.end():].lstrip().startswith(",") \
                    and re.fullmatch(r"\s*(?:[-+•]\s*)?(?:Trong|Vào)\s+[^,;.]{0,60}", text[:m.start()], re.I):
                triggered = _directive_follows(text[m.end():].lstrip()[1:])
        if hits and _later_part_of_span(text, hits[-1], m):
            first = hits[-1]
            hits[-1] = replace(first, triggered=False)
            triggered = True
            # ('Trong tháng 8 và những tháng cuối năm, người đứng đầu Chính phủ đặt ra nhiều yêu cầu ...': a
            # span opening the sentence dates what follows its comma only when that is a directive)
            if re.fullmatch(r"\s*(?:\S+\s+){0,2}", text[:first.start]) and text[m.end():].lstrip().startswith(","):
                triggered = _directive_follows(text[m.end():].lstrip()[1:])
        elif triggered and (m.group("m5") or m.group("m6") or m.group("q") or m.group("m8")) \
                and _OPEN_MONTHS_AFTER_RE.match(text, m.end()):
            triggered = False
        if not triggered and _last_months_of_year(text, m):
            triggered = True
        if triggered and (_goal_year(text, m) or _ordinal_in_year(text, m) or _described_year(text, m)
                          or _hazard_year(text, m)):
            triggered = False
        shape = next((k for k in ("d1", "dl", "d2", "half", "q", "m5", "m6", "y7", "ye", "m9", "m8") if m.group(k)), "")
        hits.append(DateHit(m.start(), m.end(), m.group(0), date, time, has_year, triggered, range_end, generic, shape))
    return hits


def _main_clause_resumes(span: str) -> bool:
    """Does a directive verb open a comma-separated segment of ``span`` (after its first), or does a
    later segment hold a directive cue ('Sau khi nghe các ý kiến tại hội nghị, đồng chí chủ trì kết
    luận ... trong tháng 4/2022', 'Sau khi ..., UBND tỉnh yêu cầu ...': the main clause, its subject
    first, is back after the comma)?"""
    from pipeline.extract.tasks import DIRECTIVE_CUE_RE, VERB_START_RE  # late: tasks imports this module

    return any(VERB_START_RE.match(seg.lstrip()) or DIRECTIVE_CUE_RE.search(seg) for seg in span.split(",")[1:])


def _in_after_clause(text: str, k: int, h: "DateHit") -> bool:
    """Is ``h`` inside the opening 'Sau khi ...' clause that starts at ``k``?

    Yes when no later segment before it resumes the main clause (a verb first, or a directive cue:
    ``_main_clause_resumes``), and also (deadline25) when the segments before it that open on a verb
    only go on listing what was reviewed ('Sau khi rà soát, đánh giá lại tiến độ ... trong tháng 6,
    rút kinh nghiệm ..., ông ... yêu cầu các cơ quan ...'; 'Sau khi nghe ... báo cáo tình hình thực
    hiện nhiệm vụ tháng 8, triển khai công tác chủ yếu tháng 9 năm 2017, ..., Chủ tịch UBND thị xã
    ... kết luận: ...'): a directive cue after the date, in the same sentence, with none between the
    opener and the date, shows where the main clause is, and the date stays in the opener (the
    reviewed period, never the bound of the ask)."""
    from pipeline.extract.tasks import DIRECTIVE_CUE_RE  # late: tasks imports this module

    span = text[k:h.start]
    if not _main_clause_resumes(span):
        return True
    if any(DIRECTIVE_CUE_RE.search(seg) for seg in span.split(",")[1:]):
        return False
    # ('Sau khi Bộ Tài chính có ý kiến, hoàn thành trong tháng 4/2022, đồng thời đề nghị ...': a bound word in
    # the date's own segment makes it the resumed clause's bound)
    if re.search(rf"(?<![^\W_])(?:{_BOUND_WORDS})(?![^\W_])", span.split(",")[-1], re.I):
        return False
    rest = re.split(r"[;.:]", text[h.end:], maxsplit=1)[0]
    return any(DIRECTIVE_CUE_RE.search(seg) for seg in rest.split(",")[1:])


def find_deadline(text: str, year: int | None = None, masks: list[tuple[int, int]] = (),
                  attribute: bool = False, issued: dt.date | None = None) -> Deadline | None:
    """The deadline a task sentence sets, or None: the rules' choice (``_rule_deadline``), which
    the learned candidate scorer may overrule (``apply_scorer``; a time cell or attribute value
    is left to the rules)."""
    if attribute and not masks and re.search(r"(?:19|20)\d\d", text):
        # a time cell or attribute that names the document the work follows ('Theo Kết luận số
        # 213-KL/TW ngày 10/3/2026', 'Thực hiện theo Kế hoạch số 15/KH-UBND ngày 20/3/2026'): the
        # cited document's date is no bound of the row's work, as in a sentence (where the caller
        # masks references); a bound written beside it ('Trước ngày 30/6/2026 (theo Công văn số
        # 12/VPCP ngày 02/3/2026)') still is one
        from pipeline.extract.tasks import find_references  # late: tasks imports this module

        masks = [(a, b) for a, b, *_ in find_references(text)]
    # (points32, D11) the birth dates that name a campaign's target group are no bound of its work
    masks = list(masks) + birth_spans(text)
    # (deadline32) a term whose year was printed cut short ('trước ngày 1/9/201.') takes the year the
    # sentence's other terms name, or stays unread (``cutyear``)
    mended, inserted = mend_cut_years(text)
    if inserted:
        text, masks = mended, shift_spans(masks, inserted)
    dl = _rule_deadline(text, year, masks, attribute, issued)
    if attribute:
        return dl
    dl = apply_scorer(dl, text, year, masks, issued)
    return _year_label_row(text, dl, recurrence=dl.recurrence if dl else None) or dl


# (deadline26) A row of a time line that opens on its year or span of years and a colon, then directs work:
# '- Năm 2019: Tổ chức phát động, ban hành kế hoạch ...', '- Năm 2022: Hội đồng Thi đua - Khen thưởng Trung
# ương tiến hành sơ kết ...' (pending gold ei3, a Prime Minister's decision's time line retold), '- Trong năm
# 2023 - 2024: Hoàn thiện trình và phê duyệt đầu tư ...', '- Trong năm 2024 - 2025: (1) Triển khai các dự án
# ...' (Government resolution 175/NQ-CP's roadmap, deadline25's long audit: both missed, no date). The label
# is the row's time cell (samples/gold/README.md: a time cell 'Năm 2026' -> 2026-12-31, the last year of a
# span; a past cell is kept, as the plan lists what is already due): the row is dated by it unless the row
# sets its own bound inside those years. Counted over real text (samples/text, the gazette corpus, the short
# audit's 63 texts): 11 lines open on a year label and a colon, in 6 documents; the rows that direct work are
# ei3's three and NQ 175's three, the rest are worked examples in circulars ('năm 2007: ...', '- Trong tháng
# 01 năm 2016: Doanh nghiệp A ...': no directive follows, untouched). 'Đến năm 2025:' (a goal's horizon, as
# under 'Mục tiêu cụ thể') is no such label.
_YEAR_LABEL_ROW_RE = re.compile(
    r"^\s*(?:[-+•*]\s*)?(?P<lab>(?:Trong\s+)?năm\s+(?P<y1>(?:19|20)\d\d)(?:\s*[-–]\s*(?:năm\s+)?(?P<y2>(?:19|20)\d\d))?)\s*:\s*"
    r"(?:\(\d{1,2}\)\s*|\d{1,2}[.)]\s+|[a-zđ]\)\s*)?", re.I)


def _year_label_row(text: str, dl: Deadline | None, recurrence: str | None = None) -> Deadline | None:
    """(deadline26) The deadline of a time line's row '- Năm 2019: <work>' / '- Trong năm 2023 - 2024: <work>'
    (its label's last year), or None when ``text`` is no such row or sets its own bound within those years."""
    m = _YEAR_LABEL_ROW_RE.match(text)
    if not m or not _directive_follows(text[m.end():]):
        return None
    first, last = int(m.group("y1")), int(m.group("y2") or m.group("y1"))
    if last < first:
        return None
    if dl is not None and dl.date is not None and first <= dl.date.year <= last:
        return None
    return Deadline(dt.date(last, 12, 31), None, m.group("lab"), recurrence)


_SCORER_OVERRIDE: list = []  # a stack: build/evaluation code puts a scorer (or None = rules only) here


class use_scorer:
    """``with use_scorer(s):`` run ``find_deadline`` with scorer ``s`` (None: the rules alone) instead
    of the shipped one; the build script measures candidate models this way."""

    def __init__(self, scorer) -> None:
        self.scorer = scorer

    def __enter__(self):
        _SCORER_OVERRIDE.append(self.scorer)
        return self.scorer

    def __exit__(self, *exc) -> None:
        _SCORER_OVERRIDE.pop()


def _active_scorer():
    if _SCORER_OVERRIDE:
        return _SCORER_OVERRIDE[-1]
    from pipeline.extract.datescore import load_scorer

    return load_scorer()


def rule_pick(text: str, hits: list[DateHit], dl: Deadline | None) -> int | None:
    """The index of the hit the rules chose for ``dl`` (None when they chose no date)."""
    if dl is None or dl.date is None:
        return None
    same = [i for i, h in enumerate(hits) if h.date == dl.date]
    exact = [i for i in same if hits[i].text.strip() and hits[i].text.strip() in (dl.text or "")]
    return (exact or same or [None])[0]


_BOUND_WORD_BEFORE = re.compile(
    r"(?<![^\W_])(?:trước(?:\s+thời\s+điểm)?|chậm\s+nhất(?:\s+là)?|muộn\s+nhất(?:\s+là)?|hạn(?:\s+chót)?(?:\s+là)?|"
    r"không\s+(?:muộn|chậm|quá)(?:\s+hơn)?|hoàn\s+thành(?:\s+(?:trong|trước|vào))?|xong(?:\s+trước)?|trong|kết\s+thúc|"
    # ('trình HĐND tại kỳ họp cuối năm 2026': an agenda item is due at its meeting, ANNOTATION.md)
    r"(?:tại|vào|trong|trình(?:\s+tại)?)\s+(?:cuộc\s+họp|phiên\s+họp|kỳ\s+họp|hội\s+nghị)(?:\s+[^\W\d_]+){0,3}?(?:\s+cuối)?)"
    r"\s*(?:ngày\s*)?[,:]?\s*$", re.I)


# A span ending a clause that opens on its directive verb ('Tổ chức kiểm tra tại các xã từ tháng 7 đến
# tháng 10/2026.', '- Giám sát việc tổ chức lấy ý kiến cử tri ... (từ 04/02/2026 đến 08/02/2026).', '+ Chuẩn
# bị các điều kiện để ... tổ chức Hội nghị ... từ ngày ... đến ngày ...', 'Cử cán bộ ... từ ... đến ...')
# is the work's period, as a span opening the item is: its end is bound, outside the scorer's veto. Counted
# over deadline_phrases and the gold tasks: 6 such sentences, all 6 dated at the span's end. Not when the
# head is a noun as often as a verb ('Báo cáo 6 tháng đầu năm: Số liệu từ ...', 'Chi phí ... phát sinh
# từ ...', 'Định kỳ từ ngày 1 đến ngày 5 hằng tháng'), a rate's 'Áp dụng' / 'Sử dụng', or when a period
# word stands between the verb and the span ('số liệu', 'tính', 'phát sinh', 'được', 'nghỉ', 'hằng').
# Off (session 14): it is needed only with a refit on every batch (FIT_UP_TO_BATCH 29), whose veto learns
# from many spans of validity and drops the first sentence above; with that refit the sequential measure
# (benchmarks/deadline_scorer_seq.py --span-rule) is the same with and without it.
DIRECTIVE_SPAN_STRONG = False
_SPAN_HEAD_NOUN = re.compile(r"(?:báo\s+cáo|chi|định\s+kỳ|áp\s+dụng|sử\s+dụng)$", re.I)
_SPAN_PERIOD_WORD = re.compile(r"(?<![^\W_])(?:số\s+liệu|tính|phát\s+sinh|được|hằng|hàng|kỳ\s+báo\s+cáo|nghỉ)(?![^\W_])", re.I)


def _directive_span(text: str, h: DateHit, issued: dt.date | None) -> bool:
    from pipeline.extract.tasks import VERB_START_RE  # late: tasks imports this module

    head = re.sub(r"^\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•])?\s*", "", text[:h.start])
    head = head[max(head.rfind(";"), head.rfind(":")) + 1:].lstrip()
    verb = VERB_START_RE.match(head)
    if not verb or _SPAN_HEAD_NOUN.match(verb.group(0)) or _SPAN_PERIOD_WORD.search(head):
        return False
    return issued is None or h.date is None or h.date >= issued


# (deadline25) a plan's span of work foretold with 'sẽ' right after it, the span opening its clause: 'Theo kế
# hoạch của UBND tỉnh, từ ngày 1/9 đến 5/12 sẽ rà soát hộ nghèo ...', 'Từ ngày 1 - 25.4.2019 sẽ tiến hành cuộc
# Tổng điều tra dân số ...' (deadline_phrases dp3916, dp3942): the work is the plan's own and is done within
# the span, as 'Từ ngày ... đến ngày ..., các xã tổ chức ...' is; its end bounds it, not weak evidence.  An
# event the subject ('..., Đại hội sẽ diễn ra') has no 'sẽ' right after the span; an organiser's event ('sẽ tổ
# chức Giải ...', 'sẽ khai mạc Hội chợ ...') is no work of the plan's (deadline21's organisers' spans) and stays
# weak evidence; a span already over is a report.
_FORETOLD_WORK_AFTER = re.compile(r"\s*,?\s*(?:sẽ|dự\s+kiến(?:\s+sẽ)?)\s+(?!được\s)(?!diễn\s+ra)(?!kéo\s+dài)", re.I)


def _foretold_work_span(text: str, h: DateHit, issued: dt.date | None) -> bool:
    from pipeline.extract.tasks import VERB_START_RE  # late: tasks imports this module

    opening = re.split(r"[,:;]|\.(?=\s)", text[:h.start])[-1]
    if not re.match(r"\s*(?:[-+•]\s*)?(?:kể\s+)?từ\s", opening, re.I) or len(opening) > 45:
        return False
    after = _FORETOLD_WORK_AFTER.match(text, h.end)
    if not after or not VERB_START_RE.match(text[after.end():]) \
            or re.match(rf"(?:(?:phối\s+hợp\s+)?tổ\s+chức|khai\s+mạc|bế\s+mạc|khởi\s+tranh)\s+(?:các\s+|những\s+)?{_EVENT_NOUN}",
                        text[after.end():], re.I):
        return False
    return issued is None or h.date is None or h.date >= issued


def _weakly_bound(text: str, h: DateHit, issued: dt.date | None = None) -> bool:
    """Does the rules' reading of ``h`` as a deadline rest on weak evidence: the end of a span
    ('từ ... đến hết ngày ...'), 'đến' / 'vào' / a clock time, rather than a bound word that
    ANNOTATION.md lists ('trước ngày', 'chậm nhất', 'trong tháng', 'hoàn thành năm') or a period
    opening a directive ('Năm 2027, hoàn thành ...')?  The scorer's veto is limited to these: on
    the bound words the rules are right nearly always, and the scorer, which has seen few
    positive years, is not."""
    from pipeline.extract.tasks import VERB_START_RE  # late: tasks imports this module

    if strong_from_now_span(text, h.start, h.end, h.date, issued):
        # (deadline37, ``nowspans``) 'từ nay đến hết năm 2021, <body> sẽ <work>', '<work> được thực hiện từ nay
        # đến hết năm 2020': the span from now is the work's own period, as a span opening the item is
        return False
    if h.range_end:
        # ('Từ ngày 01/7/2026 đến ngày 15/7/2026, các xã tổ chức ...', 'Ngày 8/7-17/7/2017: Các trường
        # nhận đơn ...': a span that opens the item, then a directive after its comma or colon, is the
        # period the work is done in, as an opening 'Trong quý II/2026, ...' is; a span inside a
        # sentence stays weak evidence)
        start = re.match(r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•])?\s*(?:(?:kể\s+)?từ\s+)?(?:ngày\s+)?\d", text, re.I)
        # (not a span already over when the document was issued: 'Từ ngày 1.1 đến ngày 6.7, UBND
        # tỉnh giao 833 nhiệm vụ ...' in a report of 8 July counts what was done)
        rest = re.match(r"\s*([,:])(.*)", text[h.end:], re.S)
        if DIRECTIVE_SPAN_STRONG and _directive_span(text, h, issued):
            return False
        if _foretold_work_span(text, h, issued):
            return False
        if span_opens_inner_clause(text, h.start, h.end, h.date, issued):
            return False  # (points23) '..., thời gian từ ngày 15 đến 25-11-2010, ban chỉ đạo các huyện ...'
        if phase_span_opens_sentence(text, h.start, h.end, h.date, issued):
            return False  # (deadline38) 'Trong giai đoạn 1 từ ngày 1 - 14.12.2019, lực lượng CSGT ... sẽ tập trung ...'
        return not (start and h.start - start.end() < 30 and rest
                    and (issued is None or h.date is None or h.date >= issued)
                    and (_directive_follows(rest.group(2)) if rest.group(1) == "," else
                         not re.search(r"(?<![^\W_])(?:đã|vẫn|đang)(?![^\W_])", re.split(r"[;.]", rest.group(2))[0], re.I)))
    if _completion_opener(text, h.start, h.end):
        # ('Đến hết năm 2025, hoàn thành ...': the year bounds a completion verb, as 'hoàn thành
        # năm 2025' does)
        return False
    if _TARGET_DAY_BEFORE.search(text[max(0, h.start - 40):h.start]) and _DUE_COMPLETION_AFTER.match(text, h.end):
        # (deadline27: 'đến ngày 31/1/2026 phải thực hiện xong ...': the obligation to complete by the day
        # is a bound as plain as 'trước ngày')
        return False
    if _limit_moved_to_day(text, h.start):
        # (deadline22: a time limit of work moved to the day, 'lùi ... thời gian nhận bài ... đến ngày 28/3', names
        # the limit as 'hạn' does)
        return False
    if _BOUND_WORD_BEFORE.search(text[max(0, h.start - 40):h.start]):
        return False
    if _REVIEW_IN_BEFORE.search(text[max(0, h.start - 100):h.start]):
        # ('tổ chức sơ kết 03 năm thực hiện Kế hoạch vào năm 2028 và tổng kết vào năm 2030': a review
        # held in a year is done by its end, as 'Quý IV năm 2020, tổng kết ...' is)
        return False
    if _OCCASION_BRACKET_BEFORE.search(text[max(0, h.start - 140):h.start]):
        # ('trước thời điểm khai mạc Đại hội (dự kiến ... 19/1)': 'trước' bounds the occasion, whose day it is)
        return False
    if _LAST_DAY_AFTER.match(text, h.end):
        return False
    if _TWO_PART_BOUND_BEFORE.search(text[max(0, h.start - 90):h.start]):
        # (deadline19: 'trong tháng 7 và những tháng cuối năm 2022': the 'trong' of the span's first
        # part bounds its later part, as 'trong năm 2023, 2024' bounds the last year)
        return False
    if _LAST_MONTHS_BEFORE.search(text, max(0, h.start - 30), h.start):
        # (deadline26: 'trong những tháng cuối năm': the 'trong' ANNOTATION.md lists as a bound word, with
        # 'những tháng' between it and the year's end)
        return False
    # ('- Nộp báo cáo số trẻ tháng 8/2019 ( chiều 28/9 )', '... (29/8).': a time in brackets that
    # closes an item is the item's time, as a schedule writes it)
    if re.search(r"\(\s*(?:[^\W\d_]+\s+){0,2}$", text[max(0, h.start - 30):h.start]) and re.match(r"\s*\)\s*[.;]?\s*$", text[h.end:]):
        return False
    opener = re.fullmatch(r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•])?\s*", text[:h.start], re.I)
    # ('Ngày 1/5, 63 tỉnh, thành phố phải gửi đề án ...': an opening day and an obligation)
    return not (opener and (VERB_START_RE.match(re.sub(r"^[\s,:]+", "", text[h.end:])) or h.shape in ("d1", "d2") and _OBLIGATION_AFTER.match(text, h.end)))


def apply_scorer(dl: Deadline | None, text: str, year: int | None, masks, issued: dt.date | None,
                 scorer=None) -> Deadline | None:
    """Let the learned scorer (pipeline/extract/datescore.py) overrule the rules' date, as its
    ``policy`` says: 'veto' drops a chosen date scoring below ``veto_below``; 'switch' moves to
    another candidate scoring ``switch_margin`` more than the chosen one (and above 0.5);
    'rescue' takes a candidate above ``rescue_above`` when the rules chose none."""
    scorer = scorer if scorer is not None else _active_scorer()
    if scorer is None or not scorer.policy.get("modes"):
        return dl
    from pipeline.extract.datescore import candidate_features

    hits = find_dates(text, year, masks)
    idx = [i for i, h in enumerate(hits) if h.date]
    if not idx:
        return dl
    recurrence = dl.recurrence if dl is not None else find_recurrence(text)
    picked = rule_pick(text, hits, dl)
    modes, pol = scorer.policy["modes"], scorer.policy
    scores: dict[int, float] = {}

    def score(i: int) -> float:
        # features are built only for the candidates a mode reads (the shipped veto reads one)
        if i not in scores:
            scores[i] = scorer.score(candidate_features(text, hits, i, picked, recurrence, issued, scorer.with_rules))
        return scores[i]

    def best() -> int:
        return max(idx, key=score)

    if "full" in modes:
        # the scorer alone picks the date: the best candidate above ``full_above``, else none
        b = hits[best()]
        if score(best()) < pol.get("full_above", 0.5):
            return Deadline(None, None, "", recurrence) if recurrence else None
        if picked is not None and b.date == hits[picked].date:
            return dl
        return Deadline(b.date, b.time, _phrase(text, b), recurrence)
    if picked is not None:
        if "switch" in modes:
            i = best()
            if i != picked and hits[i].date != hits[picked].date \
                    and score(i) > 0.5 and score(i) - score(picked) >= pol.get("switch_margin", 0.3):
                b = hits[i]
                return Deadline(b.date, b.time, _phrase(text, b), recurrence)
        if "veto" in modes and (pol.get("veto_scope") != "weak" or _weakly_bound(text, hits[picked], issued)) \
                and score(picked) < pol.get("veto_below", 0.1):
            return Deadline(None, None, "", recurrence) if recurrence else None
        return dl
    if "rescue" in modes:
        i = best()
        if score(i) >= pol.get("rescue_above", 0.9):
            b = hits[i]
            return Deadline(b.date, b.time, _phrase(text, b), recurrence)
    return dl


# 'vào tháng 10 hoặc tháng 11 hàng năm', 'trong tháng 11 và tháng 12 hằng năm', 'từ tháng 3 đến tháng 4
# hằng năm': whole months that are alternatives ('hoặc', 'hay'), the ends of a span ('từ ... đến') or two
# months next to each other joined by 'và' make one window of
# the year, not two due dates: the duty stays yearly and is due at the window's end ('trước ngày 15 tháng
# 6 và 15 tháng 12', 'trong tháng 6 và tháng 12 hằng năm' are two occasions a year and stay half-yearly).
_MONTH_JOIN = re.compile(r"^\s*(?:(?:hoặc|hay|đến|tới|-|–)|(?P<and>và))\s*$", re.I)


def _yearly_month_window(text: str, due: list[DateHit]) -> bool:
    if len(due) != 2 or not all(x.shape == "m6" for x in due):
        return False
    a, b = sorted(due, key=lambda x: x.start)
    j = _MONTH_JOIN.match(text[a.end:b.start])
    if not j:
        return False
    return not j.group("and") or b.date.month - a.date.month == 1


_DATELINE_BEFORE_RE = re.compile(r"\s*(?:[A-ZĐ][\w.]{1,14}\s*[-–—]\s*|\([^()]{2,40}\)\s*[-–—]?\s*)?"
                                 r"(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng\s+sáng)(?:\s+nay)?(?:\s+ngày)?\s*$", re.I)
_ISSUED_AFTER_RE = re.compile(r"\s*,\s*(?!(?:[^,;.:]{0,80}?\s)?(?:phải|cần)(?![^\W_]))[^,;.:]{2,120}?\s(?:(?:vừa|đã|mới)\s+)*"
                              r"(?:ký\s+ban\s+hành|ban\s+hành|ký|có|ra|gửi|phát\s+hành)\s+(?:(?:công\s+)?văn\s+bản|công\s+văn|công\s+điện|"
                              r"chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+báo|kết\s+luận|hướng\s+dẫn|nghị\s+quyết|tờ\s+trình)(?![^\W_])", re.I)


# (deadline18) a meeting's dateline in a press lead: 'Tại Hội nghị trực tuyến ... chiều 31/7, một số địa
# phương kiến nghị: ...', 'Phát biểu tại Phiên họp ... sáng 4/11, Chủ tịch UBND tỉnh đề nghị ...', 'Tại giao ban
# tuần ngày 09/11/2018, đồng chí Bí thư chỉ đạo: ...', 'Chiều 20/10, tại Hội nghị giao ban, Bộ trưởng yêu cầu
# ...', 'Sáng ngày 17/4, tại Hội trường UBND phường, Quận ủy - UBND quận đã có buổi làm việc ...': the day the
# meeting was held, which the item reports, is no bound of the work asked there (the development gold's ten
# such openings, in ten documents, are all undated)
_MEETING_NOUN = (r"(?:hội\s+nghị|cuộc\s+họp|phiên\s+họp|buổi\s+(?:làm\s+việc|họp|giao\s+ban|tiếp|kiểm\s+tra|gặp|đối\s+thoại|"
                 r"thảo\s+luận)|giao\s+ban|hội\s+thảo|kỳ\s+họp|cuộc\s+(?:làm\s+việc|gặp|kiểm\s+tra)|họp|tọa\s+đàm|"
                 r"lễ|đoàn\s+(?:công\s+tác|kiểm\s+tra|giám\s+sát))(?![^\W_])")
_MEETING_OPENING_RE = re.compile(
    r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•*])?\s*(?:(?:Phát\s+biểu|Kết\s+luận|Chỉ\s+đạo|Làm\s+việc)\s+)?"
    r"(?:Tại|Trong|Qua)\s+" + _MEETING_NOUN + r"[^,;:.!?]{0,200}$", re.I)
_PART_OF_DAY_OPENING_RE = re.compile(
    r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•*])?\s*(?:(?:Vào\s+)?(?:buổi\s+)?(?:sáng|chiều|tối|trưa)\s+(?:nay\s+)?)(?:ngày\s+)?$", re.I)
# what is said or asked at the meeting, after its opening
_SPOKEN_AFTER_RE = re.compile(r"(?<![^\W_])(?:yêu\s+cầu|chỉ\s+đạo|đề\s+nghị|kiến\s+nghị|đề\s+xuất|nhấn\s+mạnh|lưu\s+ý|kết\s+luận|"
                              r"cho\s+biết|phát\s+biểu|quán\s+triệt|khẳng\s+định|giao|thống\s+nhất|ghi\s+nhận|biểu\s+dương|"
                              r"đánh\s+giá|thông\s+tin|báo\s+cáo\s+cho\s+biết)(?![^\W_])", re.I)
# a meeting still to come: its day is an agenda's ('Tại cuộc họp ngày 20/9 tới, ...', 'sẽ tổ chức')
_MEETING_AHEAD_RE = re.compile(r"(?<![^\W_])(?:tới|sắp\s+tới|sẽ|dự\s+kiến|sắp)(?![^\W_])", re.I)


def _meeting_dateline(text: str, h) -> bool:
    """(deadline18) The day a press lead's opening adverbial gives a meeting held ('Tại Hội nghị ...
    chiều 31/7,', 'Chiều 20/10, tại Hội nghị giao ban,'), followed by what was said or asked there."""
    pre = text[:h.start]
    if re.match(r"(?:ngày|Ngày)(?![^\W_])", h.text):
        pre += "ngày "
    comma = re.match(r"[^,;:.!?]{0,80}?[,:]", text[h.end:])
    if comma is None:
        return False
    rest = text[h.end + comma.end():]
    if _MEETING_OPENING_RE.fullmatch(pre):
        opening = pre + text[h.start:h.end + comma.end()]
    elif _PART_OF_DAY_OPENING_RE.fullmatch(pre) or (re.match(r"(?:sáng|chiều|tối|trưa)(?![^\W_])", h.text, re.I)
                                                     and re.fullmatch(r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•*])?\s*", pre, re.I)):
        # ('Chiều 20/10, tại Hội nghị ..., X yêu cầu ...'; 'Sáng ngày 17/4, ..., Quận ủy ... đã có buổi làm
        # việc ...': the meeting named after the day; a schedule's row, 'Chiều 20/10: tổ chức ...', opens
        # on its act and is not this)
        if _ROW_ACT_RE.match(text[h.end:]) or text[h.end:].lstrip().startswith(":"):
            return False
        clause = re.split(r"[;.!?]", rest)[0]
        if not re.search(_MEETING_NOUN, clause[:200], re.I):
            return False
        opening = pre + text[h.start:h.end + comma.end()]
    else:
        return False
    if _MEETING_AHEAD_RE.search(opening) or _MEETING_AHEAD_RE.search(re.split(r"[;.!?]", rest)[0][:60]):
        return False
    return bool(_SPOKEN_AFTER_RE.search(re.split(r"[.!?]", rest)[0]) or re.search(
        r"(?<![^\W_])(?:tổ\s+chức|chủ\s+trì|có\s+buổi|làm\s+việc|họp|kiểm\s+tra)(?![^\W_])", re.split(r"[;.!?]", rest)[0], re.I))


# (deadline20) a press report's own dateline: 'Sáng ngày 11/01/2020, Đảng ủy, HĐND, UBND thị trấn tổ chức tổng
# vệ sinh ...', 'Nằm trong khuôn khổ lễ hội ..., sáng ngày 18/01/2025, Hội LHPN huyện tổ chức Hội thi ...', 'Chiều
# 24/10, UBND huyện đã tổ chức ...': a part of the day (or 'Ngày') with a date opens the sentence, perhaps after an
# opening frame ('Nhằm ...,', 'Nằm trong khuôn khổ ...,', 'Hưởng ứng ...,'), then a body and what it did.  A day
# not after the document's own is the day the reported event was held (earlier days are already dropped as past);
# a plan's later day ('Sáng 20/10, Đoàn trường tổ chức lễ ra quân' in a plan of October 5) is untouched, and so
# is a day that opens on the act itself ('Chiều 20/10: tổ chức ...', a schedule's row) or a bound
_REPORT_FRAME = r"(?:(?:Nằm\s+trong|Trong)\s+khuôn\s+khổ|Nhằm|Hưởng\s+ứng|Chào\s+mừng|Nhân\s+dịp|Thực\s+hiện|Tiếp\s+tục|Với\s+mục\s+(?:đích|tiêu))"
# (deadline29) 'Trong' before a part of the day opens such a dateline too: 'Trong chiều 31/8, xã Hà Trung thành lập 32
# tổ công tác ...' (deadline batch 51's dp4002, in an item of 31/8), 'Nhằm đảm bảo an toàn ..., trong sáng 20/9, chính
# quyền xã ... đã chủ động huy động ...' (the short audit's sf04): the afternoon or morning the act was done; 'Trong
# ngày 31/3, ...' is left out (within a day is a bound's wording: 'kết thúc ... chậm nhất trong ngày 31/3/2025')
_REPORTED_DATELINE_LEAD_RE = re.compile(
    r"\s*(?:[A-ZĐ][\w.]{1,14}\s*[-–—]\s*)?(?:" + _REPORT_FRAME + r"(?![^\W_])[^;:.!?]{0,200}?,\s*)?"
    r"(?:(?:Vào\s+)?(?:buổi\s+)?(?:(?:sáng|chiều|tối|trưa|đêm)(?:\s+nay)?(?:\s+ngày)?|ngày)"
    r"|Trong\s+(?:buổi\s+)?(?:sáng|chiều|tối|trưa|đêm)(?:\s+nay)?(?:\s+ngày)?)\s*$", re.I)
_REPORT_BOUND_RE = _bound_or_ask_re(r"tới|sắp\s+tới|sẽ|dự\s+kiến")


def _reported_event_dateline(text: str, h, issued) -> bool:
    """(deadline20) Is ``h`` the dateline of the event a press report tells, on or before its own day?"""
    from pipeline.extract.tasks import VERB_START_RE  # late: tasks imports this module

    if issued is None or h.date is None or h.date > issued:
        return False
    lead = text[:h.start] + re.match(r"[^\d]*", h.text).group(0)
    if not _REPORTED_DATELINE_LEAD_RE.fullmatch(lead) or _REPORT_BOUND_RE.search(lead):
        return False
    comma = re.match(r"\s*(?:\([^()]{0,40}\)\s*)?,\s*", text[h.end:])
    if comma is None:
        return False
    rest = text[h.end + comma.end():]
    clause = re.split(r"[;.!?]", rest)[0]
    if not clause or VERB_START_RE.match(clause) or _ROW_ACT_RE.match(clause) or _REPORT_BOUND_RE.search(clause[:120]):
        return False
    return True


# (deadline20) the opening period of a report: 'Trong tháng 5/2017, UBND tỉnh tập trung chỉ đạo ...' in a report of
# 31 May, 'Trong 6 tháng đầu năm 2024, toàn tỉnh đã ...; thời gian tới, yêu cầu ...', 'Qua năm 2023, các đơn vị đã
# ...': a period that opens the sentence and states what was done (its clause says 'đã', or the period is over by the
# document's day) bounds no later ask; 'Trong quý III/2026, Sở Y tế chủ trì ...' (a plan) keeps its bound
_OPENING_PERIOD_LEAD_RE = re.compile(
    r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•*])?\s*(?:Trong(?:\s+suốt)?|Qua|Suốt|Tính\s+chung)\s+"
    r"(?:(?:\d{1,2}|sáu|chín|ba)\s+tháng\s+(?:đầu|cuối)\s+(?:của\s+)?)?$", re.I)
_DONE_WORD_RE = re.compile(r"(?<![^\W_])(?:đã|đạt\s+được|vừa\s+qua)(?![^\W_])", re.I)


def _reported_opening_period(text: str, h, issued) -> bool:
    """(deadline20) Is ``h`` a period opening a sentence that reports what was done over it?"""
    if h.shape in ("d1", "d2", "dl") or h.date is None:
        return False
    if not _OPENING_PERIOD_LEAD_RE.fullmatch(text[:h.start]):
        return False
    comma = re.match(r"\s*,\s*", text[h.end:])
    if comma is None:
        return False
    clause = re.split(r"[;.!?]", text[h.end + comma.end():])[0]
    if re.search(r"(?<![^\W_])(?:trước|chậm\s+nhất|muộn\s+nhất|hạn|hoàn\s+thành|xong|phải|cần)(?![^\W_])", clause, re.I):
        return False
    return bool(_DONE_WORD_RE.search(clause)) or (issued is not None and h.date <= issued) \
        or bool(_FIGURES_REPORTED_RE.search(clause))


# (deadline32) a period that opens a count of what came in or happened over it ('Trong tháng 8/2025, Cục Hàng
# không Việt Nam nhận được 17 báo cáo an toàn bắt buộc ..., xảy ra 6 sự cố mức D, tăng 2 sự cố so với cùng kỳ năm
# 2024', dp4022, in a report of 24 August): a report's figures, not work bounded by the month, even while the
# month runs. Counted: deadline_phrases' opening periods with such figures 2 (dp4022 dated at START, dp3844 'giá
# trị sản xuất đạt ..., tăng 7,53% so với cùng kỳ' undated), both labelled undated; a bound or ask word in the
# clause keeps the period (above)
_FIGURES_REPORTED_RE = re.compile(
    r"(?<![^\W_])(?:so\s+với\s+cùng\s+kỳ|(?:nhận\s+được|tiếp\s+nhận|xảy\s+ra|ghi\s+nhận|phát\s+hiện|thu\s+được)\s+(?:được\s+)?\d)",
    re.I)


# (deadline20) how long a benefit, a payment or a licence runs, not when work is due: 'Được chi trả 1 lần áp dụng 3
# tháng, từ tháng 4 đến tháng 6 năm 2020', 'Thời gian thực hiện việc chi trả này từ tháng 10-2021', 'được hưởng trợ
# cấp từ ngày ... đến ngày ...', 'Giấy phép ... được cấp tại thành phố Hà Nội trong năm 2026': a span or a start, or
# the time a document was granted, in a clause about the right or the payment, with no ask bound to it ('chi trả trợ
# cấp ... trước ngày 25/01', 'nộp tiền thuê đất trước ngày 31/5' stay bounds)
_RIGHT_NOUN_RE = re.compile(r"(?<![^\W_])(?:chi\s+trả|trợ\s+cấp|phụ\s+cấp|lương\s+hưu|(?<!hỗ\s)trợ\s+giúp|" + BENEFIT_HUONG + r"|tiền\s+thuê\s+đất|"
                            r"giấy\s+phép|chứng\s+chỉ|hiệu\s+lực|được\s+cấp|được\s+hỗ\s+trợ|mức\s+hỗ\s+trợ|tiền\s+hỗ\s+trợ)(?![^\W_])", re.I)
_RIGHT_ASK_RE = _bound_or_ask_re(r"báo\s+cáo|gửi|nộp\s+hồ\s+sơ|khẩn\s+trương|kịp\s+thời")


def _right_period(text: str, start: int, range_end: bool) -> bool:
    """(deadline20) Is the date at ``start`` the span or start of a benefit, a payment or a licence?"""
    head = re.split(r"[;:]|\.\s", text[:start])[-1]
    tail = re.split(r"[;:]|\.(?:\s|$)", text[start:])[0]
    right = None
    for right in _RIGHT_NOUN_RE.finditer(head):
        pass
    if right is None:
        return False
    spanned = range_end or re.search(r"(?<![^\W_])từ\s+(?:ngày\s+|tháng\s+|năm\s+|quý\s+)?$", head, re.I)
    granted = re.search(r"(?<![^\W_])được\s+(?:cấp|hưởng|chi\s+trả)(?![^\W_])[^,;.]{0,60}?(?:trong|vào)\s+(?:ngày\s+|tháng\s+|năm\s+)?$", head, re.I)
    if not (spanned or granted):
        return False
    return not _RIGHT_ASK_RE.search(head) and not _RIGHT_ASK_RE.search(tail)


def _issue_dateline(text: str, h) -> bool:
    """The day a news lead opens on, followed by who issued which document: when it was issued."""
    pre = text[:h.start]
    if re.match(r"(?:ngày|Ngày)(?![^\W_])", h.text):
        pre += "Ngày"  # (the hit holds its own 'Ngày')
    return bool(_DATELINE_BEFORE_RE.fullmatch(pre)) and bool(_ISSUED_AFTER_RE.match(text, h.end))


_SCHEDULE_LINE_RE = re.compile(r"^\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-–+*•])?\s*Thời\s+gian(?P<act>(?:\s+(?!vào(?![^\W_])|là(?![^\W_]))[^\W\d_]+){0,6}?)"
                               r"\s*(?::|(?<![^\W_])(?:vào|là)(?![^\W_]))", re.I)
# the work a time line can bound ('Thời gian hoàn thành', 'Thời gian gửi báo cáo', 'Thời gian đăng ký', ...)
_SCHEDULE_DUTY_RE = re.compile(r"(?<![^\W_])(?:hoàn\s+thành|xong|thực\s+hiện|báo\s+cáo|gửi|nộp|trình|đăng\s+ký|nhận|tiếp\s+nhận|cung\s+cấp|"
                               r"triển\s+khai|ban\s+hành|tiến\s+hành|xây\s+dựng|rà\s+soát|tổng\s+kết|sơ\s+kết|treo\s+cờ|kết\s+thúc|hạn|"
                               r"thu|chi|giải\s+ngân|cập\s+nhật|kiểm\s+tra|chuẩn\s+bị)(?![^\W_])", re.I)
_SCHEDULE_CUE_RE = _bound_or_ask_re(r"đề\s+xuất")


def _schedule_line(text: str, h) -> bool:
    """Is ``h`` the time of a schedule line read on its own ('Thời gian bốc thăm ... vào ngày ...')?"""
    m = _SCHEDULE_LINE_RE.match(text)
    if not m or m.end() > h.start or ";" in text[:h.start]:
        return False
    if _SCHEDULE_DUTY_RE.search(m.group("act")):
        return False
    return not _SCHEDULE_CUE_RE.search(text)


_PURPOSE_OPEN_RE = re.compile(r"^\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-–+*•])?\s*(?:Nhằm|Để)(?![^\W_])", re.I)


def _in_opening_purpose(text: str, h) -> bool:
    """Does ``h`` stand in the purpose phrase that opens the sentence ('Nhằm chuẩn bị cho ..., ')?"""
    m = _PURPOSE_OPEN_RE.match(text)
    if not m:
        return False
    # the phrase ends at the first comma outside brackets
    depth = 0
    for i in range(m.end(), h.start):
        c = text[i]
        depth += c == "("
        depth -= c == ")" and depth > 0
        if depth == 0 and c in ",;:":
            return False
    return not re.search(r"(?<![^\W_])(?:trước|chậm\s+nhất|muộn\s+nhất|hạn|xong|hoàn\s+thành|kịp)(?![^\W_])", text[m.end():h.start], re.I)


_PERMISSION_RE = re.compile(r"(?<![^\W_])(?<!nhất\s)(?<!sớm\s)(?<!không\s)(?<!nếu\s)có\s+thể(?![^\W_])(?P<gap>[^;.:]{0,120})$", re.I)


def _permitted_earlier(text: str, h) -> bool:
    """Is ``h`` the day a permission lets the work be done before ('có thể tổ chức ... trước ngày X')?"""
    head = text[:h.start]
    m = _PERMISSION_RE.search(head)
    if not m or not re.search(r"(?<![^\W_])trước\s+(?:ngày\s*)?$", head, re.I):
        return False
    return not re.search(r"(?<![^\W_])(?:phải|cần|yêu\s+cầu|đề\s+nghị|chậm\s+nhất|hạn|hoàn\s+thành|xong)(?![^\W_])", m.group("gap"), re.I)


def _rule_deadline(text: str, year: int | None = None, masks: list[tuple[int, int]] = (),
                   attribute: bool = False, issued: dt.date | None = None) -> Deadline | None:
    """The deadline a task sentence sets by the rules, or None.

    ``attribute`` is True for the value of a '- Thời gian thực hiện: ...' line, where a
    bare date ('Ngày 26, 27/12/2011') is the deadline even without a trigger word.
    A date without a year in a recurring duty ('trước ngày 25 hằng tháng') is no fixed date.
    """
    recurrence = find_recurrence(text)
    hits = [h for h in find_dates(text, year, masks)]
    quarter_due = quarter_due_days(text, issued)
    if quarter_due and recurrence is None:
        recurrence = "quarterly"  # 'ngày 25 của tháng cuối quý' recurs every quarter by its wording
    # a day of a year named by rule ('trước ngày 05 tháng 7 năm sau') is no fixed date, unless the duty
    # recurs every year: then it is first due after the document ('Hàng năm ... trước ngày 31 tháng 01
    # năm sau', gold README: a recurring duty's first due date)
    chosen = [h for h in hits if h.triggered and h.date and (not h.generic_year or recurrence == "yearly")]
    if attribute and ONWARD_RE.search(text):
        # 'Năm 2026 và các năm tiếp theo', 'từ năm 2026 trở đi': the year opens an ongoing duty
        return Deadline(None, None, text.strip().rstrip("."), recurrence)
    until = re.match(r"\s*(?:(?:thực\s+hiện|hoàn\s+thành|triển\s+khai)\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?((?:19|20)\d\d)(?![\d/])",
                     text, re.I) if attribute else None
    if until:
        # a time cell 'Thực hiện đến năm 2030 và theo kế hoạch ...', 'Đến hết năm 2027': the work
        # runs until then (in a sentence 'đến năm 2030' is a horizon; in the time column it is
        # the task's own period)
        return Deadline(dt.date(int(until.group(1)), 12, 31), None, text.strip().rstrip("."), recurrence)
    # a date in a 'sau khi ...' clause dates the condition, not the work ('phê duyệt ngay sau khi
    # ... được thông qua vào Kỳ họp thứ Sáu (dự kiến tổ chức vào tháng 12/2017)')
    # (the 'sau khi' clause ends where the main clause goes on after a comma: '... sau khi Hiệp định
    # EVFTA có hiệu lực (từ giữa năm 2020), báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020')
    chosen = [h for h in chosen if not ((k := re.search(r"(?<![^\W_])sau\s+khi\s[^;.]{0,160}$", text[:h.start], re.I))
                                        and _in_after_clause(text, k.start(), h))]
    # 'nộp trước ngày 15 tháng 02 ..., kỳ báo cáo là năm (từ 01 tháng 01 đến 31 tháng 12)': a span
    # in brackets defines the period the work covers; the bound the clause sets ('trước', 'chậm
    # nhất', 'hạn') is the deadline
    bounded = [h for h in chosen if not h.range_end and re.search(
        r"(?:trước|chậm\s+nhất|muộn\s+nhất|hạn(?:\s+chót)?|không\s+(?:muộn\s+hơn|chậm\s+hơn|quá))(?:\s+là)?\s*(?:ngày\s*)?$", text[max(0, h.start - 25):h.start], re.I)]
    if bounded:
        chosen = [h for h in chosen if not (h.range_end and re.search(r"\([^()]*$", text[:h.start])
                                             and any(text.count(";", 0, b.start) == text.count(";", 0, h.start) for b in bounded))]
    if not chosen and attribute:
        chosen = [h for h in hits if h.date and (not NOT_DEADLINE_BEFORE.search(text[max(0, h.start - 30):h.start])
                                                 or _listed_days_after_from(text, h))]
    if issued is not None:
        # a directive sets deadlines after it is issued: a written year more than a year before
        # the document's date dates a past event ('bị tai nạn lao động vào tháng 9/2016' in a
        # circular of 2021, 'từ năm 1957 đến tháng 10/1961'), never the task's bound
        chosen = [h for h in chosen if not (h.has_year and h.date < issued - dt.timedelta(days=366))]
    chosen = [h for h in chosen if not (_UNDONE_BEFORE.search(text[max(0, h.start - 60):h.start])
                                        and (issued is None or h.date < issued))]
    if issued is not None and not attribute:
        # a day or period that was over when the document was issued, named without a bound word:
        # 'Phiên họp ... tổ chức vào ngày 05 tháng 10 năm 2025' in a resolution of 08/10, 'Trong
        # tháng 11, tình hình ...' in one of December, 'phiên họp đánh giá trong tháng 2/2026' in a
        # report of March: when something happened, the period a text looks back on, never the
        # bound of work it directs ('chậm nhất ngày 25.12.2017' in a letter of January still is one,
        # late as it is; a time cell keeps its date: the plan lists what is already due). A day
        # without its year more than a month before is next year's (roll_forward), not past.
        # (a completion word in the clause keeps it too: 'Bộ Tư pháp hoàn thành việc rà soát trong tháng
        # 4/2026' restated in a resolution signed in May is work overdue, still bounded by April)
        chosen = [h for h in chosen if not (
            h.date < issued and (h.has_year or h.date >= issued - dt.timedelta(days=31))
            and not _PAST_BOUND_BEFORE.search(text[max(0, h.start - 30):h.start])
            and not re.search(r"(?<![^\W_])(?:hoàn\s+thành|xong)(?![^\W_])", re.split(r"[;.]", text[:h.start])[-1], re.I))]
    # ('Ngày 12/6/2023, UBND tỉnh có Văn bản số 2211/UBND-KT yêu cầu các sở khẩn trương ...', 'Chiều 3/9,
    # Sở Công Thương đã ban hành công văn ...', 'BHG - Ngày 23.5, Chủ tịch UBND tỉnh đã có Công điện
    # ...'): the day that opens a news lead, then who issued what, is the day of issue, never the bound
    # of the work the document asks
    chosen = [h for h in chosen if not _issue_dateline(text, h)]
    # (deadline18) the day a meeting reported in a press lead was held ('Tại Hội nghị ... chiều 31/7, một số địa
    # phương kiến nghị: ...', 'Chiều 20/10, tại Hội nghị giao ban, Bộ trưởng yêu cầu ...')
    chosen = [h for h in chosen if not _meeting_dateline(text, h)]
    # (deadline20) a press report's own dateline on or before its day, and a report's opening period
    if not attribute:
        chosen = [h for h in chosen if not _reported_event_dateline(text, h, issued)
                  and not _reported_opening_period(text, h, issued)]
    if not attribute:
        # (deadline16) 'Thời gian bốc thăm lịch thi đấu vào ngày 09/02/2023 tại Hội trường ...', 'Thời
        # gian phát áo thi đấu: Thứ Hai, ngày 18/09/2017.', '– Thời gian: 9h00 thứ Sáu, ngày 23/10/2020.'
        # read as a sentence of its own: a schedule line says when an event is held; it dates a task
        # only as the time line of the task before it (read as an attribute, not here) or when it
        # names the work and its bound ('Thời gian báo cáo chậm nhất là ngày 20/11/2020', 'Thời gian
        # hoàn thành: trước ngày ...')
        chosen = [h for h in chosen if not _schedule_line(text, h)]
        # (deadline16) 'Nhằm chuẩn bị cho Hội nghị ... (dự kiến tổ chức vào cuối tháng 12/2020) kiểm điểm,
        # ...', 'Để chuẩn bị cho Đại hội dự kiến diễn ra vào tháng 10/2025, ...': a date in the purpose
        # phrase that opens the sentence places what the work serves, not the work; a bound word there
        # ('Để kịp trình trước ngày 15/12, ...') keeps it
        chosen = [h for h in chosen if not _in_opening_purpose(text, h)]
        # (deadline16) 'Tùy theo tình hình thực tế từng môn thi có thể tổ chức thi đấu trước ngày 24/08/2017',
        # 'Các đơn vị có thể tổ chức sớm hơn, trước ngày ...': a permission to do the work earlier than
        # a day sets no last day for it
        chosen = [h for h in chosen if not _permitted_earlier(text, h)]
    # 'gửi về Sở Nội vụ trước ngày 10/12 để tổng hợp, báo cáo UBND tỉnh trước ngày 20/12': a date in
    # the purpose clause ('để ...') after the task's own bound is the next body's step, not this one's
    chosen = [h for h in chosen if not any(
        x.start < h.start and x.date and ";" not in text[x.end:h.start]
        and re.search(r"(?<![^\W_])để\s", text[x.end:h.start], re.I) for x in chosen)]
    if chosen:
        # several parts with their own dates, one a ';' clause ('... trong Quý 4 năm 2017; ... trong
        # tháng 3 năm 2018; ... xong trước ngày 30/8/2017'): the task runs to the last of them.
        # Within a clause the date that ends it is the clause's ('trong năm 2026 ..., gửi Bộ Tài
        # chính trước ngày 06 tháng 5 năm 2026').
        per_clause: dict[int, DateHit] = {}
        for x in chosen:
            per_clause[text.count(";", 0, x.start)] = x
        h = max(per_clause.values(), key=lambda x: x.date)
        due = [x for x in chosen if not x.has_year and text.count(";", 0, x.start) == text.count(";", 0, h.start)]
        if recurrence == "yearly" and len({(x.date.month, x.date.day) for x in due}) in (2, 4) \
                and len({x.date.month for x in due}) == len(due) and not _yearly_month_window(text, due):
            # 'trước ngày 15 tháng 6 và 15 tháng 12 hằng năm': two due days in every year make a
            # half-yearly report, four a quarterly one
            recurrence = "half-yearly" if len(due) == 2 else "quarterly"
        if recurrence in ("half-yearly", "quarterly", "monthly") and len(due) < 2 and all(not x.has_year for x in chosen) \
                and len({text.count(";", 0, x.start) for x in chosen}) >= 2 and all(
                _PERIOD_REPORT.search(text.split(";")[text.count(";", 0, x.start)]) for x in chosen):
            # 'Báo cáo quý gửi chậm nhất vào ngày 25 của tháng cuối quý; báo cáo 06 tháng gửi chậm nhất
            # vào ngày 25 tháng 6; báo cáo năm gửi chậm nhất vào ngày 25 tháng 12 hằng năm': each
            # period's report in a clause of its own, with its due day; together they are the days the
            # recurring reports fall due, the first of them on or after the document's date as above
            due = [x for x in chosen if not x.has_year]
        if recurrence is None and issued is not None and _periods_reports_due(text, chosen):
            # (deadline32) 'trước ngày 25/06 đối với báo cáo 06 tháng; trước ngày 28/11 đối với báo cáo
            # năm' (dp822): the due days of the reports of different periods, one in each clause, with no
            # 'định kỳ' / 'hằng' word: the days the reports fall due, the first on or after the
            # document's date, as the recurring wording's (above); the last clause's day was taken
            upcoming = sorted((x.date, _phrase(text, x)) for x in chosen if x.date >= issued)
            if upcoming:
                return Deadline(upcoming[0][0], None, upcoming[0][1], recurrence)
        if recurrence in ("half-yearly", "quarterly", "monthly") and issued is not None \
                and (len(due) >= 2 or len(due) == 1 and quarter_due and ";" not in text) \
                and all(not x.has_year for x in chosen):
            # (deadline33: a quarter's due day and a yearly one of the same duty in one clause, 'trước ngày 20
            # của tháng cuối quý và trước ngày 15/11 hằng năm', dp3125 relabelled: the first of them, as below;
            # reports of different periods in ';' clauses keep deadline30's reading)
            # 'định kỳ 6 tháng, hằng năm báo cáo ... trước ngày 15/6 và 15/12': the dates a
            # recurring report is due on in every year; the task's deadline is the first of them
            # on or after the document's date (15/6 in a letter of March, 15/12 in one of August)
            upcoming = sorted([(x.date, _phrase(text, x)) for x in due if x.date >= issued] + quarter_due)
            if upcoming:
                # (deadline30) a quarter's due day in its own clause is one of them ('Báo cáo quý gửi chậm
                # nhất vào ngày 25 của tháng cuối quý; báo cáo 06 tháng ... ngày 25 tháng 6; ...')
                return Deadline(upcoming[0][0], None, upcoming[0][1], recurrence)
        # a recurring duty with a day and month ('trước ngày 30 tháng 11 hằng năm', 'định kỳ 6
        # tháng (trước ngày 15/6 và 15/12)') is first due in the document's year; a bare day
        # ('trước ngày 25 hằng tháng', below) has no fixed date
        date = h.date
        start = re.match(rf"\s*{_H}\s+năm\s*,?\s+(?:kể\s+)?từ\s+(?:năm\s+)?((?:19|20)\d\d)(?!\d)", text[h.end:], re.I)
        if recurrence == "yearly" and start and not re.search(r"(?:19|20)\d\d", h.text) and int(start.group(1)) > date.year:
            # '... trước ngày 30 tháng 6 hằng năm kể từ năm 2027': the first due date is in the
            # year the duty starts
            date = _safe(int(start.group(1)), date.month, date.day) or date
        return Deadline(date, h.time, _phrase(text, h), recurrence)
    if quarter_due:
        # (deadline30) 'Báo cáo quý gửi trước ngày 05 tháng cuối cùng của mỗi quý': first due on the
        # quarter's day on or after the document's date (gold README, the first-due-day rule)
        first = min(quarter_due)
        return Deadline(first[0], None, first[1], recurrence)
    # 'báo cáo định kỳ hàng quý trước ngày 17 các tháng 3, 6, 9': one day of several months, every
    # year; first due on the first of them on or after the document's date
    m = re.search(r"(?:trước|chậm\s+nhất(?:\s+là)?|vào)\s+ngày\s+(\d{1,2})\s+(?:của\s+)?(?:các\s+)?tháng\s+"
                  r"(\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})+)(?!\s*(?:/|năm)\s*(?:19|20)\d\d)", text, re.I)
    if m and recurrence and issued is not None:
        day = int(m.group(1))
        months = sorted({int(x) for x in re.findall(r"\d+", m.group(2)) if 1 <= int(x) <= 12})
        dates = [d for y in (issued.year, issued.year + 1) for mo in months if (d := _safe(y, mo, day)) and d >= issued]
        if dates:
            return Deadline(dates[0], None, m.group(0), recurrence)
    # a recurring day: 'trước ngày 25 hằng tháng'
    m = re.search(rf"(?:trước|chậm nhất|vào)\s+ngày\s+\d{{1,2}}\s+{_H}\s+tháng", text, re.I)
    if m:
        return Deadline(None, None, m.group(0), recurrence or "monthly")
    m = RELATIVE_RE.search(text)
    if m:
        return Deadline(None, None, m.group(0).strip(), recurrence)
    if attribute:
        # a time cell that is a year ('2026', '2026 và hằng năm'): the work runs to its end; a list
        # of years ('2026, 2027', '2026 và 2027') to the end of the last
        m = re.match(r"\s*((?:19|20)\d\d)(?!\s*[-–/]\s*\d)(?![\d/])((?:\s*(?:,|và|;)\s*(?:năm\s+)?(?:19|20)\d\d(?![\d/]))*)", text, re.I)
        if m:
            last = re.findall(r"(?:19|20)\d\d", m.group(0))[-1]
            return Deadline(dt.date(int(last), 12, 31), None, text.strip().rstrip("."), recurrence)
        # a time column 'Năm 2026 - 2027': the work runs to the end of the last year
        # ('Từ 2026 đến 2030', 'Từ năm 2026 đến hết năm 2030': the same span in words)
        m = re.search(r"(?:năm\s+)?((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)", text, re.I) or re.search(
            r"(?<![^\W_])từ\s+(?:năm\s+)?((?:19|20)\d\d)\s+(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?((?:19|20)\d\d)(?![\d/])", text, re.I)
        # ('Giai đoạn 2026 - 2030' in a time cell too: the work is done within the period; a
        # school year 'năm học 2025 - 2026' is no time frame of a task)
        if m and not re.search(r"năm\s+học", text[:m.start() + 8], re.I) and int(m.group(2)) > int(m.group(1)):
            return Deadline(dt.date(int(m.group(2)), 12, 31), None, text.strip().rstrip("."), recurrence)
    if attribute and text.strip():
        return Deadline(None, None, text.strip().rstrip("."), recurrence)
    if recurrence:
        return Deadline(None, None, "", recurrence)
    return None


# (deadline30) A quarter's due day names its month by its place in the quarter: 'trước ngày 05 tháng cuối cùng
# của mỗi quý', 'chậm nhất vào ngày 25 của tháng cuối quý', 'trước ngày 10 của tháng đầu quý sau', 'ngày cuối cùng
# của tháng thứ hai của quý'. The gold README's first-due-day rule (session 25, the lead) dates such a duty by its
# first occasion on or after the document's date, as it does a yearly or half-yearly due day; a day of every month
# ('trước ngày 25 hằng tháng') names no month and keeps none. Only a bound's wording reads ('từ ngày 25 đến ngày 30
# tháng cuối quý' is a window, not a due day).
_QUARTER_DUE_DAY_RE = re.compile(
    r"(?<![^\W_])(?:trước|chậm\s+nhất(?:\s+là)?|muộn\s+nhất(?:\s+là)?|hạn(?:\s+chót)?(?:\s+là)?|không\s+(?:muộn|chậm)\s+hơn)"
    r"\s+(?:vào\s+)?ngày\s+(?P<day>\d{1,2}|cuối\s+cùng)\s+(?:của\s+)?tháng\s+"
    r"(?P<pos>cuối(?:\s+cùng)?|đầu(?:\s+tiên)?|thứ\s+(?:nhất|hai|ba|1|2|3))\s+(?:của\s+)?(?:mỗi\s+|hằng\s+|hàng\s+|các\s+)?quý"
    r"(?:\s+(?:sau|tiếp\s+theo|kế\s+tiếp))?(?![^\W_])(?!\s*(?:[IVX]+|\d)(?![^\W_]))", re.I)
_QUARTER_MONTH_OFFSET = {"cuối": 2, "đầu": 0, "nhất": 0, "1": 0, "hai": 1, "2": 1, "ba": 2, "3": 2}


def quarter_due_days(text: str, issued: dt.date | None) -> list[tuple[dt.date, str]]:
    """The first occasion, on or after ``issued``, of each quarter's due day the text names ('trước ngày 05
    tháng cuối cùng của mỗi quý' in a letter of 8 May 2012 -> 5 June 2012), with the phrase; none without the
    document's date (the occasion depends on it)."""
    if issued is None:
        return []
    out = []
    for m in _QUARTER_DUE_DAY_RE.finditer(text):
        words = m.group("pos").lower().split()
        offset = _QUARTER_MONTH_OFFSET[words[0] if words[0] != "thứ" else words[-1]]
        quarter_start = (issued.month - 1) // 3 * 3  # months counted from January of the document's year, 0-based
        for q in range(3):  # this quarter and the next two: the first occasion not yet past
            k = quarter_start + 3 * q + offset
            y, mo = issued.year + k // 12, k % 12 + 1
            d = _last_day(y, mo) if not m.group("day").isdigit() else _safe(y, mo, int(m.group("day")))
            if d is not None and d >= issued:
                out.append((d, m.group(0)))
                break
    return out


# a report named by its period: 'báo cáo quý', 'báo cáo 06 tháng', 'báo cáo năm', 'báo cáo tháng'
def _periods_reports_due(text: str, chosen: list) -> bool:
    """Are ``chosen`` the yearless due days of reports of different periods, one day to a ';'
    clause that names its report's period ('trước ngày 25/06 đối với báo cáo 06 tháng; trước ngày
    28/11 đối với báo cáo năm')?"""
    if len(chosen) < 2 or any(x.has_year for x in chosen):
        return False
    clauses = text.split(";")
    index = [text.count(";", 0, x.start) for x in chosen]
    if len(set(index)) != len(index):
        return False
    periods = []
    for k in index:
        m = _PERIOD_REPORT.search(clauses[k])
        if not m:
            return False
        periods.append(re.sub(r"\s+", " ", m.group(0).lower()))
    return len(set(periods)) == len(periods)


_PERIOD_REPORT = re.compile(r"(?<![^\W_])báo\s+cáo\s+(?:định\s+kỳ\s+)?(?:tuần|tháng|quý|(?:0?6|sáu)\s+tháng|năm)(?![^\W_])", re.I)


_TRIGGER_CHAIN = re.compile(
    r"(?:(?:trước(?:\s+thời\s+điểm)?|chậm nhất(?:\s+là)?|muộn nhất(?:\s+là)?|hạn(?:\s+chót)?|không\s+(?:muộn|chậm|quá)\s+(?:hơn)?|hoàn thành|xong|kết thúc|ngay|trong|suốt|cuối|"
    r"đến\s+hết|đến|tới|hết|vào|ngày)\s*[,:]?\s*)+$", re.I)


def _phrase(text: str, h: DateHit) -> str:
    """The deadline phrase as written, with its trigger words: 'chậm nhất trong tháng 5/2023'."""
    before = text[max(0, h.start - 40):h.start]
    m = _TRIGGER_CHAIN.search(before)
    start = h.start - (len(before) - m.start()) if m else h.start
    end = h.end
    tail = re.match(r"\s+(?:hằng|hàng)\s+(?:tháng|năm|quý|tuần)", text[end:])
    if tail:
        end += tail.end()
    return text[start:end].strip()


def roll_forward(deadline: dt.date | None, text: str, recurrence: str | None, issued: dt.date | None) -> dt.date | None:
    """A day or month written without its year that falls before the document was issued is
    next year's: 'báo cáo trước ngày 10/01' in a letter of 20/12/2017 is due 10/01/2018, and a
    yearly duty 'trước ngày 30 tháng 11 hằng năm' in a December letter is first due the next
    November (gold README: a recurring duty's first due date on or after the document's date).
    A month of slack keeps a date a few days before the signature ('trước ngày 06/5' in a
    resolution dated 06/5 and published later) in its year."""
    if deadline is None or issued is None or re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text or ""):
        return deadline
    slack = dt.timedelta(days=0 if recurrence else 31)
    if deadline < issued - slack:
        return _safe(deadline.year + 1, deadline.month, deadline.day) or _last_day(deadline.year + 1, deadline.month)
    return deadline


_PROGRAMME_YEAR_RE = re.compile(r"(?<![^\W_])chương\s+trình(?:\s+(?:giáo\s+dục\s+phổ\s+thông|GDPT))?(?:\s+mới)?\s+"
                                r"(?:19|20)\d\d(?:\s+(?:và|,)\s+(?:19|20)\d\d)?(?!\d)", re.I)


def doc_year(doc) -> int | None:
    """The year undated day/month phrases belong to: the document's date, else its period,
    else the commonest year written in the text (the seed has no header page)."""
    hdr = getattr(doc, "header", None)
    if hdr is not None:
        if getattr(hdr, "date", None):
            return hdr.date.year
        if getattr(hdr, "period", None):
            try:
                return int(str(hdr.period)[:4])
            except ValueError:
                pass
    # (deadline31) a web page's own day on a line of its own at the top ('23/11/2025', 'Thứ Hai, 28/04/2025'):
    # the item's bare days are of the page's year (samples/gold/README.md: 'a day without one takes the page's
    # year'), unless the stamp is years after every date the item prints (structure/pagestamp.py)
    stamp = page_stamp([ln.text for ln in doc.lines])
    if stamp is not None:
        return stamp.year
    text = "\n".join(ln.text for ln in doc.lines[:40])
    m = re.search(r"ngày\s+\d{0,2}\s*tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d\d)", text)
    if m:
        return int(m.group(1))
    # the end of a span ('năm học 2017 - 2018', 'giai đoạn 2021-2025') is a horizon the text looks
    # to, not the year it is written in: a school's October plan names 'năm học 2017- 2018' and
    # next year's budget, and is of 2017
    body = re.sub(r"((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d(?!\d)", r"\1", "\n".join(ln.text for ln in doc.lines))
    # (points27) a programme named by its year ('chương trình giáo dục phổ thông 2006 và 2018', 'Chương trình GDPT
    # 2018') is a name, not the year the item is of (pending ey5, of 2025, names both programmes twice)
    body = _PROGRAMME_YEAR_RE.sub(" ", body)
    years = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", body)
    if not years:
        return None
    counts: dict[str, int] = {}
    for y in years:
        counts[y] = counts.get(y, 0) + 1
    return int(max(counts, key=lambda y: (counts[y], y)))
