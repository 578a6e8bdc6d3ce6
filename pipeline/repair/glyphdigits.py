"""Lost digits without an intact twin: numbers whose font lost some digits ('năm  019',
'ngày  6 tháng  2', '05/8/ 008', 'Số: 1 06/SGDĐT').

pipeline.repair.glyphs restores a number the document also prints intact elsewhere
(DocumentNumbers); most dates and years of a directive are printed once.  Two facts still
pin many of them down:

- the digits the damaged font never prints: a digit printed in the damaged lines is mapped
  by the font, so a gap is one of the others (usually two or three candidates);
- what the number is: a year is near the document's other years, a day is 1-31, a month
  1-12 (after 'ngày' / 'tháng', or as the parts of 'dd/mm/yyyy').

A gap whose candidates leave one value is filled; the digits those fills used are then
the font's lost digits for sure, and with them a second round fills the gaps that were
ambiguous (' 6' after 'ngày' is '26' once a year showed '2' is lost).  A gap that stays
ambiguous is left as it is: a wrong digit is no better than the space.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.config import REPO_MODELS_DIR, model_table_lines

_STRETCH = re.compile(r"[\d ]*\d[\d ]*")
_YEAR = re.compile(r"(?<![\d/.,])(19\d\d|20\d\d)(?![\d/.,]\d)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")
_GLUED_LEFT = "/(.-–"
_RANGE_AFTER = re.compile(r"\s*[-–]\s*((?:19|20)\d\d)(?!\d)")
_RANGE_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–]\s*$")
_MAX_GAPS = 3
_TERM_BEFORE = re.compile(r"((?:năm|niên) học|nhiệm kỳ|NĂM HỌC|NIÊN HỌC|NHIỆM KỲ|Năm học|Niên học|Nhiệm kỳ)\s*:?\s*$")
_YEAR_LIST = re.compile(r"(?:năm|NĂM|Năm)\s+[\d ]{4}(?:,\s*[\d ]{4})*,\s*$")
# a year whose last digit is lost right before a dash glued to the range's other year
# ('GIAI ĐOẠN 202 -2025', '(202 –2030)'): a range printed with its dash glued on one side is
# glued on both ('2021-2025'; the gazette prints 'YYYY -YYYY' 6 times against 197 glued), and
# three digits are no year, so the space is the lost digit, not the space before the dash
_GLUED_RANGE_AFTER = re.compile(r"[-–](?:19|20)\d\d(?!\d)")


# a cited document's number and its date ('số 59/2025/QĐ-UBND ngày 30 tháng 6 năm 2025',
# '193/2025/NĐ-CP ngày 02/7/2025'): the date right after the number's code
_DATE_AFTER = re.compile(r"/[^\W\d_][^\s,;]*\s+(?:ngày|ngà |ng y|n ày)\s+\d{1,2}(?:/|\s+tháng\s+)\d{1,2}"
                         r"(?:/|\s+năm\s+)(\d{4})(?!\d)")
# (and a date written with dashes, 'Chỉ thị số  4/200 /CT-TTg ngày 13-6-2007', DASH_PAIRED_DATES)
DASH_PAIRED_DATES = True
_DASH_DATE_AFTER = re.compile(r"/[^\W\d_][^\s,;]*\s+(?:ngày|ngà |ng y|n ày)\s+\d{1,2}-\d{1,2}-(\d{4})(?!\d)")
# (the date's day or month may have lost digits too: 'số 16/2023/QH15 ngày 19/ /202 ')
_NUMBER_BEFORE = re.compile(r"(?<![\d/])\d{1,5}/(\d{4})/[^\W\d_][^\s,;]*\s+ngày\s+(?=[\d ]*\d)[\d ]{1,2}"
                            r"(?:/|\s+tháng\s+)[\d ]{1,2}(?:/|\s+năm\s+)$")
# the same two in any case ('NGHỊ ĐỊNH SỐ 180/202 /NĐ-CP NGÀY 21/5/2026'): YEAR_RIVALS' stronger evidence
_DATE_AFTER_ANY = re.compile(_DATE_AFTER.pattern, re.IGNORECASE)
_NUMBER_BEFORE_ANY = re.compile(_NUMBER_BEFORE.pattern, re.IGNORECASE)


# the National Assembly's terms (khóa X-XVI) and the years each sat in: a law or a
# resolution of the Assembly or its Standing Committee is numbered 'số/năm/QHkk' (or
# '/UBTVQHkk', '/NQLT-UBTVQHkk-...'), kk the term that passed it, so the year says the
# term ('72/2025/QH15', '27/2018/QH14'); a year a term ended and the next began fits both
_TERMS = ((10, 1997, 2002), (11, 2002, 2007), (12, 2007, 2011), (13, 2011, 2016), (14, 2016, 2021),
          (15, 2021, 2026), (16, 2026, 2031))
_TERM_CODE = re.compile(r"/((?:19|20)\d\d)/(?:[A-ZĐ]+-)?(?:UBTV)?QH([\d ]{2})(?![\w])")


# a date's day or month the font lost whole (a one-digit one): nothing of the number is
# left but its slot, one space wider than the date's own spacing ('01/ /2025',
# 'ngày 19 tháng   năm 2015', 'ngày   tháng 6 năm 2015'); the rest of the date printed
_DATE_SLOTS = (
    (re.compile(r"(?<![\d/])\d{1,2}/( )/(?:19|20)\d\d(?!\d)"), "month"),
    (re.compile(r"(?:ngày|Ngày) ( )/\d{1,2}/(?:19|20)\d\d(?!\d)"), "day"),
    (re.compile(r"(?:ngày|Ngày)\s+\d{1,2}\s+tháng ( ) năm\s+(?:19|20)\d\d(?!\d)"), "month"),
    (re.compile(r"(?:ngày|Ngày) ( ) tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d(?!\d)"), "day"),
)
# a date's two-digit day or month the font lost whole: the slot is as wide as the number
# where the date is glued ('19/  /2024', '2 /  /20 9', 'ngày   /5/2020') or spaced singly
# ('ngày 26 tháng    năm 2003'), and a date without its year is read after a word of time
# ('Ngày  8/  , tại xã', 'Ngày 12-  ,'); the day, the year and the spacing printed (a draft's blank date
# prints no day).  Two digits the font may have lost leave few such numbers: a month is
# '10', '11' or '12' ('11' when '1' may be lost and '0' and '2' are printed)
TWO_DIGIT_SLOTS = True
_SLOT_YEAR = r"(?=(?=[\d ]{0,3}\d)[\d ]{4}(?![\d]))"
_TIME_WORD = r"(?:ngày|Ngày|NGÀY|sáng|Sáng|SÁNG|chiều|Chiều|CHIỀU|tối|Tối|trưa|Trưa|đêm|Đêm|hôm|Hôm)"
_DATE_SLOTS_TWO = (
    (re.compile(r"(?<![\d/])(?:\d\d| \d|\d ?)/(  )/" + _SLOT_YEAR), "month"),
    (re.compile(_TIME_WORD + r" {1,2}(?:\d\d| \d|\d ?)[/-](  )(?=[,.;:)]|$)"), "month"),
    (re.compile(r"(?:ngày|Ngày|NGÀY) (  )/(?:\d\d|\d ?| \d)/" + _SLOT_YEAR), "day"),
    (re.compile(r"(?:ngày|Ngày|NGÀY) \d{1,2} (?:tháng|THÁNG) (  ) (?:năm|NĂM) (?:19|20)\d\d(?!\d)"), "month"),
    (re.compile(r"(?:ngày|Ngày|NGÀY) (  ) (?:tháng|THÁNG) \d{1,2} (?:năm|NĂM) (?:19|20)\d\d(?!\d)"), "day"),
)


# a plain year's gap ('nhập ngũ năm 20 8', 'trong quý I năm 20 9'; no target, period or term
# before it) lies at most YEAR_AHEAD years after the latest year the intact lines print: on
# unseen_repair (seeds 0-2, 210 such years in documents printing 2 years or more) every
# one but two did, and those two were the documents' own date lines (left uncapped); a
# target ('đến năm 2030'), a period ('giai đoạn 2021-2025') or a term runs further ahead
YEAR_AHEAD_CAP = True
YEAR_AHEAD = 2
YEAR_AHEAD_MIN_YEARS = 2
_AHEAD_CONTEXT = re.compile(r"(?i)(?:đến|tới|nhìn|đoạn|kỳ|khóa|khoá|trước|sau|từ)\s+(?:năm\s+)?$|[-–/]\s*$")


# a date written with dashes, as the press writes it ('Ngày 10-3, Văn phòng', 'ngày 26-10',
# 'ngày 22-5-2019'), or with a slash and no year after a word of time ('sáng 12/3,'): its day
# and month are read like those of 'dd/mm/yyyy' (a day 1-31, a month 1-12), only after a
# word of time ('ngày', 'sáng', 'chiều', ...), where a dash is no range ('5-10%') or code
DASH_DATES = True
_TIME_WORDS = ("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm")
_DASH_DAY_BEFORE = re.compile(r"(?i:ngày|sáng|chiều|tối|trưa|đêm|hôm) {1,2}(?:\d\d| \d|\d ?)-$")
_DASH_MONTH_AFTER = re.compile(r"-(?:\d\d|\d ?| \d)(?:[,.;:)]|\s|-[\d ]{3}\d|$)")
_SLASH_MONTH_AFTER = re.compile(r"/(?:\d\d|\d ?| \d)(?:[,.;:)]|\s(?!\d)|$)")
_DIGIT_OR_MARK = re.compile(r"[\d/]")


# a cited document's number and its date ('số 10699/BNNMT-ĐCKS ngày 23/12/2025', 'Luật số
# 72/2025/QH15 ngày 16 tháng 6 năm 2025'): a date in the past of the citing document
_CITED_DATE = re.compile(r"\d+/(?:\d{4}/)?[A-ZĐ][\wĐ&]*(?:[-/][\wĐ&]+)*,?\s+ngày\s+\d{1,2}"
                         r"(?:/|\s+tháng\s+)\d{1,2}(?:/|\s+năm\s+)((?:19|20)\d\d)(?!\d)")
# the document's own date line: a place, a comma, 'ngày ... tháng ... năm' (the day and
# month may be a draft's blanks)
_OWN_DATE = re.compile(r"(?:^|[|*]\s*)[^\W\d_][^,|]{1,40},\s+ngày[\d ]+tháng[\d ]+năm\s+$")
# the document's own number in its header ('Số: 27/20  /NQ-HĐND'): its year is the year of
# the document's own date ('An Giang, ngày 08 tháng 12 năm 2017'), the year it was signed and
# numbered in (OWN_NUMBER_YEAR)
OWN_NUMBER_YEAR = True
_OWN_NUMBER_BEFORE = re.compile(r"(?<![^\W\d_])(?:Số|SỐ|số)\s?:\s*[\d ]*\d[\d ]*/$")
# (the day and month may be gaps or a draft's blanks: 'Lào Cai, ngày 30 tháng   năm 2026')
_OWN_DATE_YEAR = re.compile(r"(?:^|[|*]\s*)[^\W\d_][^\d,|:;]{0,40},\s+(?:ngày|Ngày|NGÀY)[\d ]+(?:tháng|THÁNG)"
                            r"[\d ]+(?:năm|NĂM)\s+((?:19|20)\d\d)(?!\d)")
OWN_YEAR_LINES = 15


def own_date_year(lines: list[str]) -> str | None:
    """The year of the document's own date line among its first lines, printed whole
    ('Lào Cai, ngày 30 tháng 6 năm 2026'): the year its own number carries."""
    for t in lines[:OWN_YEAR_LINES]:
        if m := _OWN_DATE_YEAR.search(t):
            return m.group(1)
    return None


# two years joined by 'và', the second with its gap ('năm 2025 và năm 202 ')
_YEAR_PAIR = re.compile(r"((?:19|20)\d\d)\s+(?:và|VÀ)\s+(?:(?:cho|CHO)\s+)?(?:(?:năm|NĂM)\s+)?$")


def _years(texts: list[str]) -> list[int]:
    return [int(m.group(1)) for t in texts for m in _YEAR.finditer(t)]


def year_bounds(years: list[int]) -> tuple[int, int]:
    """The years a lost digit may make in a document printing ``years``: from 15 before its
    tenth-lowest to 25 after its tenth-highest (1975-2050 when it prints none)."""
    if not years:
        return 1975, 2050
    years = sorted(years)
    return max(1900, years[len(years) // 10] - 15), min(2099, years[-1 - len(years) // 10] + 25)


# the second round fills a document's number ('số  4/2025') from the digits the first
# round showed lost only if this is set: a number's digits are any digits, and the digits
# shown lost are often not all the font lost ('14/2025/QH15' for '64/2025/QH15', measured);
# a wrong document number is worse than a gap
SECOND_ROUND_CODES = False
# likewise a date's one-digit day or month the font lost whole ('ngày 19 tháng   năm 2015'),
# from the digits shown lost: measured (session 11, 3 seeds, glyph), without it 7 wrong
# months or days fewer and 1 right one fewer over the 182 samples and the 103 unseen texts
SECOND_ROUND_SLOTS = False


# a gap before a double space and a word: the word's lost first letter or the number's lost
# last digit; when the word after it is whole (a syllable the search restored or the font
# printed, not one a letter prepended makes a syllable too), the digit's
WHOLE_WORD_AFTER = True
_WORD_AT = re.compile(r"[^\W\d_]+")


def _whole_word(text: str, at: int) -> bool:
    from pipeline.repair.lexicon import lexicon  # (the lexicon imports nothing of ours)
    m = _WORD_AT.match(text, at)
    if not m:
        return False
    w = m.group().lower()
    lex = lexicon()
    if not lex.is_syllable(w):
        return False
    # a word a lost first letter would make another word of ('ăm' -> 'năm', 'ày' -> 'ngày',
    # 'an' -> 'ban'): not sure
    return not any(lex.is_syllable(x + w) for x in "bcdđghklmnpqrstvx")


# a date named with its weekday ('Thứ Năm, ngày 2 /01/2020', '14/02/2018 (thứ Tư)'): of the
# values a lost digit of its day, month or year may take, those that put the date on the
# weekday it names (the weekday check of pipeline.repair.ciddigits, for lost glyphs)
WEEKDAY_CHECK = True


def _weekday_fits(text: str, a: int, piece: str, fits: list[str]) -> list[str]:
    """``fits`` without the values that put the date around ``a`` on another weekday than
    the one the text names beside it; all of them when no weekday is named or the date has
    no year."""
    if len(fits) < 1 or not re.search(r"(?i)thứ|chủ\s+nhật|\bCN\b", text):
        return fits
    import datetime

    from pipeline.repair import ciddigits as cd  # (it imports this module: read when called)
    keep: list[str] = []
    named = False
    for v in fits:
        t = text[:a] + v + text[a + len(piece):]
        verdict = None
        for rx in (cd._DATE_SLASH, cd._DATE_WORDS):
            for m in rx.finditer(t):
                if not m.start() <= a < m.end():
                    continue
                d, mo, y = cd._dmy(m)
                wd = cd._WD_BEFORE.search(t[max(0, m.start() - 24):m.start()]) or cd._WD_AFTER.match(t[m.end():m.end() + 16])
                if not wd or y is None:
                    continue
                named = True
                verdict = cd._valid(d, mo, y) and datetime.date(y, mo, d).weekday() == cd._wd_of(wd)
        if verdict is not False:
            keep.append(v)
    return keep if named else fits


class NumberGaps:
    """Fill lost digits of the numbers in a document's damaged lines (module docstring)."""

    def __init__(self, intact: list[str], damaged: list[str]) -> None:
        printed = set("".join(damaged))
        # candidate lost digits: never printed by the damaged font's lines
        self.candidates = {d for d in "0123456789" if d not in printed}
        self.year_lo, self.year_hi = year_bounds(_years(intact))
        self.used: set[str] = set()
        # the latest year of the documents the intact lines cite with a date
        cited = [int(m.group(1)) for t in intact if "ngày" in t for m in _CITED_DATE.finditer(t)]
        self.cited_year = max(cited) if cited else 0
        # digits the damaged lines lack though the document prints them often enough for
        # a few to be due there (pipeline.repair.glyphs.lost_digits): lost ones the fills
        # have not shown yet, set by the caller
        self.likely: set[str] = set()
        # the gaps the last :meth:`fills` call's second round left though the digits shown
        # lost fit them: piece -> the numbers that fit (a review note each, pipeline.repair.glyphs)
        self.refused: dict[str, list[str]] = {}
        # the columns of the last :meth:`fills` call's fills a named weekday alone decided
        self.weekday_cols: set[int] = set()
        # digits the document never prints, in any line: a font may have lost one of them
        # with no trace at all (set by the caller, pipeline.repair.glyphs)
        self.unshown: set[str] = set()
        # how many digits the intact lines print: the more they print without a digit, the
        # surer the document has little use for it (UNSHOWN_INTACT_DIGITS)
        self.intact_digits = sum(ch.isdigit() for t in intact for ch in t)
        # the years the intact lines print (YEAR_RIVALS)
        self.intact_years: frozenset[str] = frozenset(str(y) for y in _years(intact))
        every_year = _years(intact)
        self.intact_year_count = len(every_year)
        self.intact_year_max = max(every_year, default=0)
        # the year of the document's own date, printed whole in its header (own_date_year;
        # set by the caller): the year of its own number (OWN_NUMBER_YEAR)
        self.own_year: str | None = None

    def _year_cap(self, text: str, a: int, b: int) -> int:
        """The latest a plain year's gap may be (YEAR_AHEAD): the latest year the intact lines
        print, a few years on; no cap (9999) for a target, a period or a term ('đến năm',
        'giai đoạn', 'nhiệm kỳ', a range's other end), the document's own date line (signed
        after every document it cites), or a document printing too few years."""
        if not YEAR_AHEAD_CAP or self.intact_year_count < YEAR_AHEAD_MIN_YEARS:
            return 9999
        before = text[:a]
        if _AHEAD_CONTEXT.search(before) or _OWN_DATE.search(before) or _RANGE_AFTER.match(text, b):
            return 9999
        return self.intact_year_max + YEAR_AHEAD

    def _refuse(self, piece: str, fits: list[str]) -> None:
        self.refused.setdefault(piece, fits[:5])

    def _pieces(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, kind) of each number with gaps: the stretch of digits and spaces
        without the real spaces that separate it from the words around it."""
        out = []
        for m in _STRETCH.finditer(text):
            a, b = m.start(), m.end()
            if a == 0:
                continue  # the line's indentation, or a lost digit: cannot tell
            left = text[a - 1]
            if text[a] == " ":
                if not (left in _GLUED_LEFT and not (left in "-–" and a >= 2 and text[a - 2] == " ")):
                    a += 1  # the real space after the word or mark before ('/ 008' is glued)
            elif left.isalpha():
                continue  # glued to a word ('8h00', 'COVID19'): not a number of its own
            if b < len(text) and text[b].isalpha() and text[b - 1] != " ":
                continue  # glued to a word after it ('8h30'): a time or a code
            if b == len(text):
                end = a + len(text[a:b].rstrip(" "))  # the line's trailing margin
                # a year cut by the margin ('năm 20  ': '2011' lost its '1's): the margin's
                # first spaces are its lost digits
                if end - a < 4 <= b - a and self._kind(text, a, a + 4) == "year":
                    end = a + 4
                b = end
            elif text[b - 1] == " " and text[b] not in "/.,;:)" and not (
                    GLUED_RANGE_GAP and b - a == 4 and text[a:a + 2] in ("19", "20")
                    and _GLUED_RANGE_AFTER.match(text, b)):
                b -= 1  # the real space before the next word or mark
            piece = text[a:b]
            if piece.endswith(" ") and text[b:b + 1] == " " and text[b + 1:b + 2].isalpha() and not (
                    WHOLE_WORD_AFTER and _whole_word(text, b + 1)):
                continue  # 'tháng 1  ăm': which space is the lost one (a digit, or the 'n')?
                # (once the word after is whole, 'số 1  của', the space is the digit's)
            if a >= b or " " not in piece or piece.count(" ") > _MAX_GAPS or not piece.strip():
                continue
            out.append((a, b, self._kind(text, a, b)))
        return out

    def _kind(self, text: str, a: int, b: int) -> str:
        """'year', 'day', 'month', 'code' (a document's number) or '' (unknown: never
        filled), from the piece's length and context."""
        before = text[:a]
        after = text[b:b + 1]
        wm = _WORD_BEFORE.search(before)
        word = wm.group(1).lower() if wm else ""
        if before.endswith("/") and b - a <= 2 and (after == "/" or re.search(r"(?<![\d/])[\d ]{1,2}/$", before)):
            return "month"  # 'dd/ m/yyyy', and 'dd/mm' ('15/ 2)'); four places between two
            # slashes are the year of a document's number ('48/ 0 4/QH15', '59/202 /QĐ-UBND')
        if b - a == 4 and _YEAR_LIST.search(before):
            return "year"  # 'năm 2000,  005,  014'

        if b - a == 4 and (before.endswith("/") or word in ("năm", "kỳ", "đoạn", "khóa", "khoá")
                           or before.rstrip().endswith(("(", "-", "–")) or after in ("-", ")")
                           or text[b:b + 3] in (" - ", " – ")):
            return "year"
        if word == "ngày" and b - a <= 2:
            return "day"
        if DASH_DATES and b - a <= 2:
            if word in _TIME_WORDS and (after == "-" and _DASH_MONTH_AFTER.match(text, b)
                                        or after == "/" and _SLASH_MONTH_AFTER.match(text, b)):
                return "day"  # 'Chiều  8-5,', 'sáng  2/3,': a press item's date after its time of day
            if _DASH_DAY_BEFORE.search(before) and not _DIGIT_OR_MARK.match(text, b):
                return "month"  # 'ngày 26- 0,', 'Ngày  2-  ,', 'ngày 22- -2019'
        if word == "tháng" and b - a <= 2:
            return "month"
        if after == "/" and b - a <= 2 and not before.endswith("/"):
            if re.match(r"/[\d ]{1,2}/[\d ]{4}", text[b:]):
                return "day"
        if after in ("/", "-") or word == "số":
            return "code"  # a document's number ('2 47/STNMT', 'số  38'): any digits
        return ""  # a number of no known kind ('0210 3 846' may be a telephone's): left alone

    def _ok(self, value: str, kind: str, lo: int = 0, hi: int = 9999) -> bool:
        n = int(value)
        if kind == "year":
            return max(self.year_lo, lo) <= n <= min(self.year_hi, hi)
        if kind == "day":
            return 1 <= n <= 31
        if kind == "month":
            return 1 <= n <= 12
        return not value.startswith("0") or len(value) <= 2

    @staticmethod
    def _range(text: str, a: int, b: int) -> tuple[int, int]:
        """A year's bounds from the intact year it spans a range with: '(202  - 2025)' is at
        most 2025, '2010 -  0 0' at least 2010."""
        lo, hi = 0, 9999
        m = _RANGE_AFTER.match(text, b)
        if m:
            hi = int(m.group(1))
            # (the first year of a school year or a term: 'năm học 202  - 2024')
            t = _TERM_BEFORE.search(text[:a])
            if t:
                lo = hi = hi - (1 if "học" in t.group(1).lower() else 5)
                return lo, hi
        m = _RANGE_BEFORE.search(text[:a])
        if m:
            lo = int(m.group(1))
            # a school year spans two years ('năm học 2024 - 2025'), a term of a Party
            # congress or a People's Council five ('nhiệm kỳ 2025 - 2030')
            t = _TERM_BEFORE.search(text[:m.start(1)])
            if t:
                lo = hi = lo + (1 if "học" in t.group(1).lower() else 5)
        return lo, hi

    @staticmethod
    def _range_partner(text: str, a: int, b: int) -> tuple[int, int] | None:
        """The intact year a year gap at ``a:b`` spans a range with: (year, +1) when the gap
        is the first year ('202  - 2025'), (year, -1) when it is the second ('2021 - 202 ')."""
        m = _RANGE_AFTER.match(text, b)
        if m:
            return int(m.group(1)), 1
        m = _RANGE_BEFORE.search(text[:a])
        if m:
            return int(m.group(1)), -1
        return None

    def _by_range_prior(self, text: str, a: int, b: int, fits: list[str]) -> list[str]:
        """Of the years that fit a gap that is one bound of a range of years, the one that
        makes the period the gazette names far more often than the others
        (models/year_ranges.tsv: 'GIAI ĐOẠN 202 -2025' with '1' and '3' possibly lost is
        2021-2025, printed 162 times, not 2023-2025, printed twice); all of them when no
        period stands out (RANGE_PRIOR_RATIO times the next, RANGE_PRIOR_MIN at least)."""
        if not RANGE_PRIOR or len(fits) < 2:
            return fits
        partner = self._range_partner(text, a, b)
        table = _year_ranges()
        if partner is None or not table:
            return fits
        other, side = partner

        def weight(v: str) -> float:
            first, second = (int(v), other) if side == 1 else (other, int(v))
            if first >= second:
                return 0.0
            return table.get((first, second), 0) + table.get((0, second - first), 0) / 100

        ranked = sorted(fits, key=weight, reverse=True)
        top, nxt = weight(ranked[0]), weight(ranked[1])
        if top >= RANGE_PRIOR_MIN and top >= RANGE_PRIOR_RATIO * nxt:
            return ranked[:1]
        return fits

    def _unshown_fits(self, piece: str, kind: str, lo: int, hi: int, value: str) -> list[str]:
        """The other values a gap takes when the font lost, besides the digits shown lost, one
        digit the document never prints (UNSHOWN_LOST): only while fewer digits are shown lost
        than a font that loses digits loses (LOST_DIGITS_TYPICAL), and only digits no line of
        the document prints, so nothing says the font keeps them.  '0 /5/2017' with '1' shown
        lost and '7' printed nowhere is 07 as well as 01."""
        if not UNSHOWN_LOST or kind not in UNSHOWN_LOST_KINDS or self.intact_digits >= UNSHOWN_INTACT_DIGITS:
            return []
        shown = self.used | self.likely
        extra = self.unshown - shown
        if len(shown) >= LOST_DIGITS_TYPICAL or not extra:
            return []
        wide = self._fits(piece, kind, shown | extra, lo, hi)
        # (values that use one unshown digit at most: the font lost one more, not several)
        return [v for v in wide if v != value and sum(v[k] in extra for k, p in enumerate(piece) if p == " ") <= 1
                and len({v[k] for k, p in enumerate(piece) if p == " " and v[k] in extra}) <= 1]

    def _year_rivals(self, piece: str, lo: int, hi: int, value: str) -> list[str]:
        """The years besides ``value`` (the one the digits shown lost make) that fit a year's
        gap with one digit the damaged lines never print and no fill showed lost, and that the
        intact lines print as years (YEAR_RIVALS): nothing pins which digit the font lost."""
        if not YEAR_RIVALS:
            return []
        extra = self.candidates - self.used - self.likely
        if not extra or not self.intact_years:
            return []
        gaps = [k for k, p in enumerate(piece) if p == " "]
        return [v for v in self._fits(piece, "year", self.used | self.likely | extra, lo, hi)
                if v != value and v in self.intact_years and len({v[k] for k in gaps if v[k] in extra}) == 1]

    @staticmethod
    def _paired_as(text: str, a: int, b: int, after: str, value: str) -> bool:
        """Whether the year gap at ``a:b`` is a cited number's year whose date after it prints
        ``value`` intact (or filled), or that date's year after a number printing it, in any
        case: a document is numbered in the year it is signed (:meth:`paired_year`), evidence
        stronger than a rival year (YEAR_RIVALS)."""
        if text[a - 1:a] == "/" and text[b:b + 1] == "/":
            m = _DATE_AFTER_ANY.match((text[b:] + " " + after)[:160])
        else:
            m = _NUMBER_BEFORE_ANY.search(text[max(0, a - 120):a])
        return bool(m) and m.group(1) == value

    def _fits(self, piece: str, kind: str, digits: set[str], lo: int = 0, hi: int = 9999,
              ok: Callable[[str], bool] | None = None) -> list[str]:
        """The values ``digits`` make of ``piece``'s gaps that are a valid ``kind`` (or that
        ``ok`` accepts, pipeline.repair.glyphpins)."""
        gaps = [k for k, ch in enumerate(piece) if ch == " "]
        out = []
        for combo in itertools.product(sorted(digits), repeat=len(gaps)):
            chars = list(piece)
            for k, d in zip(gaps, combo):
                chars[k] = d
            v = "".join(chars)
            if ok(v) if ok else self._ok(v, kind, lo, hi):
                out.append(v)
        return out

    @staticmethod
    def _own_number_year(text: str, a: int, b: int) -> bool:
        """Whether the gap at ``a:b`` is the year of the header's own number ('Số: 2 /20  /')."""
        return OWN_NUMBER_YEAR and text[b:b + 1] == "/" and bool(_OWN_NUMBER_BEFORE.search(text, 0, a))

    def paired_year(self, text: str, a: int, b: int, after: str = "") -> str | None:
        """The year a cited document's number and its date share: 'số 59/202 /QĐ-UBND ngày
        30 tháng 6 năm 2025' (a number's year gap, the date after it intact, on this line or
        the next), 'Nghị định số 193/2025/NĐ-CP ngày 02/7/ 0 5' (the date's year gap, the
        number before it intact), and the header's own number and its own date ('Số: 27/20  /NQ-HĐND
        | An Giang, ngày 08 tháng 12 năm 2017').  A document is numbered in the year it is signed, so the
        two are one year; the other number said nothing (the gap's digits must fit, and be
        digits the damaged lines never print)."""
        piece = text[a:b]
        if self._own_number_year(text, a, b):
            # the header's own number: its year is the own date's, on this line or among the
            # header's lines (set by the caller)
            year = own_date_year([text[b:]]) or self.own_year
        elif text[a - 1:a] == "/" and text[b:b + 1] == "/":
            tail = (text[b:] + " " + after)[:160]
            m = _DATE_AFTER.match(tail) or DASH_PAIRED_DATES and _DASH_DATE_AFTER.match(tail)
            year = m.group(1) if m else None
        else:
            m = _NUMBER_BEFORE.search(text[max(0, a - 120):a])
            year = m.group(1) if m else None
        if not year or len(year) != len(piece):
            return None
        # (the digits a lost digit may be: those the damaged lines never print, and those
        # they lack though the document prints them often, as for a cited law's digits)
        may = self.candidates | self.likely | self.used if PAIRED_LIKELY else self.candidates
        if any(p != " " and p != y or p == " " and y not in may for p, y in zip(piece, year)):
            return None
        return year

    def term_fills(self, text: str) -> list[tuple[int, str]]:
        """(column, digit) for the lost digits of an Assembly term in a law's number whose
        year is printed ('72/2025/QH 5' is 'QH15': the term that sat in 2025), when one
        term of that year fits the printed digit and the gap is a digit the damaged lines
        never print (a year two terms share fills only if the digits tell them apart)."""
        out: list[tuple[int, str]] = []
        if "QH" not in text:
            return out
        for m in _TERM_CODE.finditer(text):
            piece, year = m.group(2), int(m.group(1))
            if " " not in piece:
                continue
            fits = {f"{t:02d}" for t, lo, hi in _TERMS if lo <= year <= hi}
            fits = [v for v in fits if all(p == c or p == " " and c in self.candidates | self.used
                                           for p, c in zip(piece, v))]
            if len(fits) != 1:
                continue
            out.extend((m.start(2) + k, c) for k, (p, c) in enumerate(zip(piece, fits[0])) if p == " ")
        return out

    def _year_in_context(self, text: str, a: int, fits: list[str]) -> list[str]:
        """Of the years that fit a gap, the one its sentence names, if it names one:

        - the document's own date ('Lào Cai, ngày   tháng   năm 202 '): a document is
          signed after the documents it cites (their numbers' dates, 'số 10699/BNNMT-ĐCKS
          ngày 23/12/2025'), in the year of the latest or the next one;
        - the second of two years joined by 'và' ('năm 2025 và năm 202 ', 'cho năm 2025 và
          cho năm 202 '): a report's year and its plan's, the next year.
        Anything else (or neither year among the fits) keeps them all: a gap left."""
        before = text[:a]
        if _OWN_DATE.search(before) and self.cited_year:
            near = [v for v in fits if self.cited_year <= int(v) <= self.cited_year + 1]
            return near if len(near) == 1 else fits
        m = _YEAR_PAIR.search(before)
        if m and str(int(m.group(1)) + 1) in fits:
            return [str(int(m.group(1)) + 1)]
        return fits

    def slot_fills(self, text: str, second: bool = False) -> list[tuple[int, str]]:
        """(column, digit) for a date's one-digit day or month the font lost whole
        (_DATE_SLOTS): the one digit that may be lost (first round: the digits the damaged
        lines never print; second: those the fills showed lost) and fits a day or month."""
        # (the second round: a one-digit day or month is any digit, and the digits the
        # fills showed lost are often not all the font lost: '19/ /2025' with '1' shown
        # lost was '19/7/2025' as often as not, measured; so the digits the damaged lines
        # lack though the document prints them often must leave the same one value, as
        # for a year: 'ngày 19 tháng   năm 2015' with '6' shown lost and no other digit
        # missing is June)
        if "/ /" not in text and "  " not in text:
            return []
        if second:
            if not self.used or not SECOND_ROUND_SLOTS:
                return []
            wide = self.used | self.likely
            fits = {kind: [d for d in sorted(self.used) if d != "0" and self._ok(d, kind)]
                    for kind in ("day", "month")}
            fits = {kind: ds if len(ds) == 1 and [d for d in sorted(wide) if d != "0" and self._ok(d, kind)] == ds
                    else [] for kind, ds in fits.items()}
        else:
            digits = self.candidates
            fits = {kind: [d for d in sorted(digits) if d != "0" and self._ok(d, kind)] for kind in ("day", "month")}
        out: list[tuple[int, str]] = []
        for rx, kind in _DATE_SLOTS:
            for m in rx.finditer(text):
                if len(fits[kind]) == 1:
                    out.append((m.start(1), fits[kind][0]))
        if TWO_DIGIT_SLOTS and not second and "  " in text:
            out += self._two_digit_slots(text)
        return out

    def _two_digit_slots(self, text: str) -> list[tuple[int, str]]:
        """(column, digit) for a date's two-digit day or month the font lost whole
        (_DATE_SLOTS_TWO): the one value two digits the damaged lines never print make."""
        out: list[tuple[int, str]] = []
        fits = {kind: self._fits("  ", kind, self.candidates) for kind in ("day", "month")}
        for rx, kind in _DATE_SLOTS_TWO:
            for m in rx.finditer(text):
                if len(fits[kind]) == 1:
                    out += [(m.start(1), fits[kind][0][0]), (m.start(1) + 1, fits[kind][0][1])]
        return out

    def fills(self, text: str, second: bool = False, years_only: bool = False,
              after: str = "") -> list[tuple[int, str]]:
        """(column, digit) for each gap of a number in ``text`` that only one value fits.
        ``second``: the round that may use the digits earlier fills showed to be lost for
        numbers of any kind.  ``years_only``: a line whose only trace is an odd space (a
        heading in capitals keeps its letters: 'ĐẾN NĂM  030'): only years, whose four
        places a clean number with a double space before it never fits ('Số:  982')."""
        out: list[tuple[int, str]] = []
        self.refused = {}
        self.weekday_cols = set()
        if not years_only:
            # (again in the second round: the year may have been a gap the first filled)
            out += self.term_fills(text)
            out += self.slot_fills(text, second)
            if not second:
                self.used |= {x for _c, x in out}
        for a, b, kind in self._pieces(text):
            piece = text[a:b]
            if years_only and (kind != "year" or second):
                continue
            if kind == "code" and piece.endswith(" ") and text[b:].lstrip(" ")[:1] in ("/", "-", "–", ""):
                continue  # '123  /QĐ': a space before the slash is as likely as a lost digit
            lo, hi = self._range(text, a, b) if kind == "year" else (0, 9999)
            if kind == "year":
                hi = min(hi, self._year_cap(text, a, b))
            if not kind:
                continue
            # (the own number's year again in the second round: its date's year may be a gap
            # the first round filled)
            if kind == "year" and (not second or self._own_number_year(text, a, b)) and (
                    year := self.paired_year(text, a, b, after)):
                for k, (p, c) in enumerate(zip(piece, year)):
                    if p == " ":
                        out.append((a + k, c))
                        self.used.add(c)
                continue
            if second:
                if not self.used:
                    continue
                fits = self._fits(piece, kind, self.used, lo, hi)
                if kind in ("day", "month", "year") and WEEKDAY_CHECK:
                    before_wd = fits
                    fits = _weekday_fits(text, a, piece, fits)
                    if len(fits) == 1 < len(before_wd):
                        # (the weekday alone decided: the document's own weekday may be a
                        # misprint, so the fill is flagged for review)
                        self.weekday_cols.update(a + k for k, p in enumerate(piece) if p == " ")
                # a document's number may be any number: the digits the fills showed lost
                # may not be all the font lost ('số  4/2025' with '1' shown lost is '64'
                # too when '6', common in the document, is missing from the damaged lines)
                if kind == "code" and not SECOND_ROUND_CODES:
                    if fits:
                        self._refuse(piece, self._fits(piece, kind, self.used | self.likely, lo, hi) or fits)
                    continue
                if len(fits) == 1 and (other := self._unshown_fits(piece, kind, lo, hi, fits[0])):
                    self._refuse(piece, fits + other)
                    continue
                if kind == "year" and len(fits) == 1 and (other := self._year_rivals(piece, lo, hi, fits[0])) \
                        and not self._paired_as(text, a, b, after, fits[0]):
                    self._refuse(piece, fits + other)
                    continue
                if (kind in ("code", "year") or kind in ("day", "month") and SECOND_ROUND_WIDE_DATES) and len(fits) == 1:
                    wide = self._fits(piece, kind, self.used | self.likely, lo, hi)
                    if len(wide) != 1:
                        self._refuse(piece, wide)
                        continue
                if len(fits) > 1:
                    self._refuse(piece, fits)
            else:
                if kind == "code" or not self.candidates:
                    continue
                fits = self._fits(piece, kind, self.candidates, lo, hi)
                if kind in ("day", "month", "year") and WEEKDAY_CHECK:
                    before_wd = fits
                    fits = _weekday_fits(text, a, piece, fits)
                    if len(fits) == 1 < len(before_wd):
                        # (the weekday alone decided: the document's own weekday may be a
                        # misprint, so the fill is flagged for review)
                        self.weekday_cols.update(a + k for k, p in enumerate(piece) if p == " ")
                if kind == "year" and len(fits) > 1:
                    fits = self._year_in_context(text, a, fits)
                if kind == "year" and len(fits) > 1:
                    fits = self._by_range_prior(text, a, b, fits)
            if len(fits) != 1:
                continue
            v = fits[0]
            for k, (p, c) in enumerate(zip(piece, v)):
                if p == " ":
                    out.append((a + k, c))
                    if not second:
                        self.used.add(c)
        return out


# the periods the gazette names (models/year_ranges.tsv, models/build_year_ranges.py) decide
# between the years a range's gap leaves open; GLUED_RANGE_GAP: the space before a dash glued
# to a year after three digits is the first year's lost digit
RANGE_PRIOR = True
RANGE_PRIOR_RATIO = 3.0
RANGE_PRIOR_MIN = 2.0
GLUED_RANGE_GAP = True
_YEAR_RANGES_FILE = "year_ranges.tsv"


@lru_cache(maxsize=1)
def _year_ranges() -> dict[tuple[int, int], int]:
    """(first, second) -> how often the gazette prints the range; (0, span) -> how often a
    range of that span (models/year_ranges.tsv)."""
    out: dict[tuple[int, int], int] = {}
    for row in model_table_lines(_YEAR_RANGES_FILE)[1:]:
        first, second, n = row.split("\t")
        out[(int(first), int(second))] = int(n)
    return out


# ----------------------------------------------------------------------------- citations
# A directive's legal bases cite national documents by number, year, code and date
# ('Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016'), the same few hundred documents
# again and again; a font that lost digits prints them with gaps and the document rarely
# prints them whole.  models/cited.tsv (models/build_cited.py) holds the citations of the
# gazette; a damaged citation that exactly one of them fits, its gaps with digits the font
# may have lost, takes its digits.
_CITED_FILE = REPO_MODELS_DIR / "cited.tsv"
_CITATION_GAP = re.compile(r"(?<![\d/])([\d ]{1,6})/([\d ]{4})/([A-ZĐ][A-ZĐa-z]*(?:-[A-ZĐ][A-ZĐa-z0-9]*)*)"
                           r",? (?:[nN][gG ][àÀ ][yY ]) ([\d ]{1,2}) ?(?:(?: [tT ][hH ][áÁ ][nN ][gG ]) |/)([\d ]{1,2})"
                           r"(?:(?: [nN ][ăĂ ][mM ]) |/)([\d ]{4})")


@lru_cache(maxsize=1)
def _cited() -> dict[str, list[tuple[str, str, int, int]]]:
    """code -> [(number, year, day, month)] of the documents the gazette cites."""
    out: dict[str, list[tuple[str, str, int, int]]] = {}
    try:
        lines = _CITED_FILE.read_text(encoding="utf-8").splitlines()[1:]
    except OSError:
        return out
    for row in lines:
        num, year, code, day, month, _dy, n = row.split("\t")
        out.setdefault(code.upper(), []).append((num, year, int(day), int(month)))
        _CITED_COUNTS[(num, year, code.upper(), int(day), int(month))] = int(n)
    return out


_CITED_COUNTS: dict[tuple[str, str, str, int, int], int] = {}


def _slot_fits(slot: str, value: str, digits: set[str]) -> bool:
    return len(slot) == len(value) and all(s == v or s == " " and v in digits for s, v in zip(slot, value))


def _forms(n: int | str, width: int) -> list[str]:
    """How a number may stand in a slot ``width`` wide: as it is, or with its leading zero."""
    s = str(n).lstrip("0") or "0"
    return [s] if len(s) == width else [s.zfill(width)] if len(s) < width else []


def cited_fills(text: str, digits: set[str], thin: set[int] | None = None) -> list[tuple[int, str]]:
    """(column, digit) for each gap of a damaged citation in ``text`` that one document of
    models/cited.tsv fits (number, year, code and date), the gaps' digits among ``digits``
    (those the damaged font may have lost).  Half the citation's digits printed at least.
    ``thin``, when given, receives the columns of fills from a document the gazette cites
    once whose citation here lost a third of its digits or more (thin evidence: flagged)."""
    # (the table is read once; a missing file is an empty table, no stat per line)
    cited = _cited() if "/" in text else None
    if not cited:
        return []
    out: list[tuple[int, str]] = []
    for m in _CITATION_GAP.finditer(text):
        num, year, code, day, month, dyear = m.groups()
        # the number's slot: after the space that separates it from the word before ('số
        # 34/...'); with more spaces there, one of them may be a lost digit, or a lost
        # letter of that word ('s  9 /2022' is 'số 96/2022'): each reading is tried
        lead = len(num) - len(num.lstrip(" "))
        opts = [num] if lead == 0 or m.start(1) == 0 else [num[i:] for i in range(1, lead + 1)]
        if not any(o.strip() for o in opts):
            continue
        found: set[tuple[int, tuple[str, ...]]] = set()
        for o in opts:
            slots = [o, year, day, month, dyear]
            if not any(" " in x for x in slots):
                continue
            printed = sum(ch.isdigit() for x in slots for ch in x)
            if printed * 2 < sum(len(x) for x in slots):
                continue
            for cn, cy, cd, cm in cited.get(code.upper(), ()):
                if not _slot_fits(year, cy, digits) or not _slot_fits(dyear, cy, digits):
                    continue
                for fn in _forms(cn, len(o)):
                    if not _slot_fits(o, fn, digits):
                        continue
                    for fd in _forms(cd, len(day)):
                        for fm in _forms(cm, len(month)):
                            if _slot_fits(day, fd, digits) and _slot_fits(month, fm, digits):
                                found.add((len(o), (fn, cy, fd, fm, cy), _CITED_COUNTS.get((cn, cy, code.upper(), cd, cm), 1)))
        if len(found) != 1:
            continue
        width, values, count = found.pop()
        slots = [num[len(num) - width:], year, day, month, dyear]
        starts = [m.end(1) - width, m.start(2), m.start(4), m.start(5), m.start(6)]
        gaps = sum(x.count(" ") for x in slots)
        weak = thin is not None and count < 2 and gaps * 3 >= sum(len(x) for x in slots)
        for x, v, st in zip(slots, values, starts):
            cols = [(st + i, c) for i, (p, c) in enumerate(zip(x, v)) if p == " "]
            out.extend(cols)
            if weak:
                thin.update(c for c, _x in cols)
    return out


def has_gap_citation(text: str) -> bool:
    """Whether ``text`` holds a citation with a gap in its digits (a line to read)."""
    return "/" in text and any(" " in "".join(m.group(i) for i in (2, 4, 5, 6)) or " " in m.group(1).lstrip()
                               for m in _CITATION_GAP.finditer(text))


# ----------------------------------------------------------------------------- laws by name
# A law, a code or an ordinance is cited by its name, with its number or its date or both
# ('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015', 'Luật Tổ chức
# Quốc hội số 57/2014/QH13'): no code follows the number to look it up by, the name is the
# key.  models/cited_laws.tsv (models/build_cited_laws.py) holds the gazette's citations by
# name; a damaged citation whose name is printed whole and that exactly one of the law's
# citations fits, its gaps with digits the font may have lost, takes its digits.
_LAWS_FILE = REPO_MODELS_DIR / "cited_laws.tsv"
_LAW_HEAD = re.compile(r"(?<![^\W\d_])(?:Bộ luật|BỘ LUẬT|Luật|LUẬT|Pháp lệnh|PHÁP LỆNH) ")
_LAW_NUMBER = re.compile(r",? (?:số|Số|SỐ) ([\d ]{1,3})/([\d ]{4})/((?:UBTV)?QH[\d ]{2})(?![^\W_])")
_LAW_DATE = re.compile(r",? (?:ngày|Ngày|NGÀY) ([\d ]{1,2})(?: (?:tháng|THÁNG) |/)([\d ]{1,2})(?: (?:năm|NĂM) |/)"
                       r"([\d ]{4})(?!\d)")


@lru_cache(maxsize=1)
def _laws() -> dict[str, list[tuple[str, str, str, str, str, str, int]]]:
    """kind + ' ' + name, case-folded -> [(number, year, code, day, month, date's year, count)]."""
    out: dict[str, list[tuple[str, str, str, str, str, str, int]]] = {}
    try:
        rows = _LAWS_FILE.read_text(encoding="utf-8").splitlines()[1:]
    except OSError:
        return out
    for row in rows:
        kind, name, num, year, code, day, month, dyear, n = row.split("\t")
        key = f"{kind} {name}".casefold()
        out.setdefault(key, []).append((num, year, code, day, month, dyear, int(n)))
    return out


def _law_slots(tail: str) -> tuple[list[tuple[int, str, str]], int] | None:
    """The number's and the date's slots right after a law's name: [(offset, slot, which)],
    which in 'num', 'year', 'code', 'day', 'month', 'dyear'; and how far they reach."""
    slots: list[tuple[int, str, str]] = []
    pos = 0
    m = _LAW_NUMBER.match(tail)
    if m:
        slots += [(m.start(1), m.group(1), "num"), (m.start(2), m.group(2), "year"),
                  (m.end(3) - 2, m.group(3)[-2:], "term")]
        pos = m.end()
    d = _LAW_DATE.match(tail, pos)
    if d:
        slots += [(d.start(1), d.group(1), "day"), (d.start(2), d.group(2), "month"), (d.start(3), d.group(3), "dyear")]
        pos = d.end()
    return (slots, pos) if slots else None


def _cited_law_names(text: str, laws: dict) -> list[tuple[int, str]]:
    """(column, folded name) of each law ``text`` cites by a name models/cited_laws.tsv knows:
    at each 'Luật' / 'Bộ luật' / 'Pháp lệnh', the longest known name the text goes on with,
    followed by a space or a comma (its number or date comes next)."""
    folded = text.casefold()
    found: list[tuple[int, str]] = []
    for h in _LAW_HEAD.finditer(text):
        best = None
        for key in laws:
            if folded.startswith(key, h.start()) and (best is None or len(key) > len(best)):
                end = h.start() + len(key)
                if end < len(text) and text[end] in " ,":
                    best = key
        if best is not None:
            found.append((h.start(), best))
    return found


def law_fills(text: str, digits: set[str]) -> list[tuple[int, str, int]]:
    """(column, digit, corpus count) for each gap of the number or date of a law cited by
    its name in ``text`` that exactly one of that law's citations in models/cited_laws.tsv
    fits, the gaps' digits among ``digits`` (those the damaged font may have lost).  The
    name must be printed whole (the letter search has run), the number or date must print
    half its digits at least, and the law's other citations must not fit too (a law and
    its successor share a name: 'Luật Tổ chức chính quyền địa phương' of 2015 and 2025)."""
    if "uật" not in text and "UẬT" not in text and "lệnh" not in text and "LỆNH" not in text:
        return []
    laws = _laws()
    if not laws:
        return []
    out: list[tuple[int, str, int]] = []
    for start, best in _cited_law_names(text, laws):
        base = start + len(best)
        got = _law_slots(text[base:])
        if not got:
            continue
        slots, _end = got
        if not any(" " in s for _o, s, _w in slots):
            continue
        printed = sum(ch.isdigit() for _o, s, _w in slots for ch in s)
        if printed * 2 < sum(len(s) for _o, s, _w in slots):
            continue
        fits = []
        for num, year, code, day, month, dyear, n in laws[best]:
            values = {"num": num, "year": year, "term": code[-2:] if code else "", "day": day, "month": month,
                      "dyear": dyear}
            filled: list[tuple[int, str]] = []
            ok = True
            for off, slot, which in slots:
                v = values[which]
                if not v:
                    ok = False  # the citation names no number (or no date): it says nothing here
                    break
                forms = [v.zfill(len(slot))] if len(v) <= len(slot) else []
                if which == "num" and len(v) < len(slot):
                    forms = [v.zfill(len(slot))]
                if not forms or not _slot_fits(slot, forms[0], digits):
                    ok = False
                    break
                filled += [(base + off + i, c) for i, (p, c) in enumerate(zip(slot, forms[0])) if p == " "]
            if ok:
                fits.append((tuple(filled), n))
        if not fits and SPLIT_LAW_ROWS:
            fits = _split_law_fits(base, slots, laws[best], digits)
        if len({f for f, _n in fits}) != 1:
            continue
        n = sum(c for _f, c in fits)
        out.extend((col, ch, n) for col, ch in fits[0][0])
    return out


# the gazette cites a law by its number in one place and by its date in another
# ('Luật Giá số 16/2023/QH15', 'Luật Giá ngày 19 tháng 6 năm 2023'): models/cited_laws.tsv
# holds the two as separate rows, so a citation that prints both ('Luật Giá số 1 /202 /QH15
# ngày 19/ /202 ') fits no row whole; its number is read from the rows with a number and its
# date from the rows with a date, each only where one value fits, and the date only with
# the number's year (a law is numbered in the year it is passed: the 2015 and the 2025 law
# of one name keep apart)
SPLIT_LAW_ROWS = True
# a year paired with a cited number's may take the likely lost digits too (paired_year)
PAIRED_LIKELY = True
# the second round's day or month, as its year or code: the digits the damaged lines lack
# though the document prints them often must leave the same one value (measured, session 14:
# no wrong number removed on either set, one right month left as a gap on samples: off)
SECOND_ROUND_WIDE_DATES = False
# the second round leaves a day or month (UNSHOWN_LOST_KINDS) as a gap (a review note) when a digit the
# document never prints would fit it too, while fewer digits are shown lost than a font that
# loses digits typically loses (1-2: the fonts and the corruption of benchmarks/corrupt.py):
# the one digit the fills showed lost is not the only candidate ('0 /5/' read 01 for 07, '20  '
# read 2011 for 2017, session 15)
UNSHOWN_LOST = True
LOST_DIGITS_TYPICAL = 2
# (days and months only: a year's gap has the document's years around it, and with years too
# the rule left 2021, 2013, 2015 as gaps far more often than it saved a wrong year: unseen
# 209 texts --seeds 3, glyph 96.73 -> 96.56 %, wrong numbers 10 -> 8, both removed ones days)
UNSHOWN_LOST_KINDS = ("day", "month")
# the second round leaves a year as a gap (a review note) when, besides the one year the
# digits shown lost make, a year the document prints intact fits it with one digit the damaged
# lines never print and no fill showed lost: '21/3/ 01 ' with '2' shown lost reads 2012, but a
# document that prints both 2012 ('giai đoạn 2012-2020') and 2017 (its own year) while its
# damaged lines print no '7' says nothing between them (session 19: 54 right and 7 wrong years
# in that round on unseen_repair at 3 seeds, the wrong ones all such rivals)
YEAR_RIVALS = True
# a digit no line prints is evidence of nothing only where the intact lines print few digits:
# over 40 digits a digit with a typical share (7 %) is absent by chance 1 time in 20, so its
# absence says the document has little use for it, and the gap keeps its one fill
UNSHOWN_INTACT_DIGITS = 40
_NUM_PART = ("num", "year", "term")
_DATE_PART = ("day", "month", "dyear")


def _part_fits(base: int, slots: list[tuple[int, str, str]], rows: list, digits: set[str],
               part: tuple[str, ...], year: str | None = None) -> tuple[set[tuple], int, str | None]:
    """The distinct fills of the ``part`` slots (number or date) the law's rows that
    name that part fit; their corpus count; the year of the fill when one fits."""
    mine = [(o, s, w) for o, s, w in slots if w in part]
    found: dict[tuple, int] = {}
    years: dict[tuple, str] = {}
    for num, yr, code, day, month, dyear, n in rows:
        values = {"num": num, "year": yr, "term": code[-2:] if code else "", "day": day, "month": month,
                  "dyear": dyear}
        if year is not None and values[part[-1] if part == _DATE_PART else "year"] != year:
            continue
        filled: list[tuple[int, str]] = []
        ok = True
        for off, slot, which in mine:
            v = values[which]
            if not v or len(v) > len(slot) or not _slot_fits(slot, v.zfill(len(slot)), digits):
                ok = False
                break
            filled += [(base + off + i, c) for i, (p, c) in enumerate(zip(slot, v.zfill(len(slot)))) if p == " "]
        if ok:
            key = tuple(filled)
            found[key] = found.get(key, 0) + n
            years[key] = values["year"] if part == _NUM_PART else values["dyear"]
    only = next(iter(found)) if len(found) == 1 else None
    return set(found), sum(found.values()), years.get(only) if only is not None else None


def _split_law_fits(base: int, slots: list[tuple[int, str, str]], rows: list,
                    digits: set[str]) -> list[tuple[tuple, int]]:
    """The fills of a citation that prints both a law's number and its date, read part by
    part (SPLIT_LAW_ROWS): [(fills, count)], empty when a part with gaps is not pinned."""
    whichs = {w for _o, _s, w in slots}
    if not (whichs & set(_NUM_PART) and whichs & set(_DATE_PART)):
        return []
    num_slots = {w: s for _o, s, w in slots if w in _NUM_PART}
    date_gaps = any(" " in s for _o, s, w in slots if w in _DATE_PART)
    fills: list[tuple[int, str]] = []
    count = 0
    if any(" " in s for s in num_slots.values()):
        got, n, year = _part_fits(base, slots, rows, digits, _NUM_PART)
        if len(got) != 1:
            return []
        fills += list(next(iter(got)))
        count += n
    else:
        year = num_slots.get("year")
    if date_gaps:
        if not year or " " in year:
            return []
        got, n, _y = _part_fits(base, slots, rows, digits, _DATE_PART, year)
        if len(got) == 1:
            fills += list(next(iter(got)))
            count += n
        elif not fills:
            return []
    return [(tuple(fills), count)] if fills else []


def law_matches(text: str) -> int:
    """How many laws ``text`` cites by name with a number or a date (no gaps) that the
    gazette cites that law with (models/cited_laws.tsv): the check a '(cid:NN)' reading
    of a law's digits passes (pipeline.repair.ciddigits)."""
    if "uật" not in text and "UẬT" not in text and "lệnh" not in text and "LỆNH" not in text:
        return 0
    laws = _laws()
    if not laws:
        return 0
    n = 0
    for start, best in _cited_law_names(text, laws):
        got = _law_slots(text[start + len(best):])
        if not got or any(" " in s or not s.strip() for _o, s, _w in got[0]):
            continue
        printed = {w: s.lstrip("0") or "0" for _o, s, w in got[0]}
        for num, year, code, day, month, dyear, _c in laws[best]:
            values = {"num": num or "", "year": year, "term": code[-2:] if code else "", "day": day,
                      "month": month, "dyear": dyear}
            if all(values[w] and (values[w].lstrip("0") or "0") == v for w, v in printed.items()):
                n += 1
                break
    return n


# ----------------------------------------------------------------------------- laws' months
# The National Assembly passes laws on a few days of its sessions (late May to June, late
# October to November, a few extraordinary ones), so a law's date names one of few months
# in its year: 'Luật Bảo vệ môi trường ngày 23 tháng 6 năm 2014'.  A font that lost '6' prints
# the month lost whole ('ngày 23 tháng   năm 2014'), which the document does not print again
# and a law not cited by its name in the gazette (models/cited_laws.tsv) leaves open.
# models/law_dates.tsv (models/build_law_dates.py) holds the days the gazette's laws and the
# Assembly's numbered documents were passed; the months of a year's rows are its sessions.
# A date right after a law's name (or its '/QHkk' number) whose day and year are printed and
# whose month has gaps takes the one session month of that year the gaps allow, among the
# digits the font may have lost and the digits the document never prints (a digit none of
# its lines prints may be lost as well: then two months fit and the gap stays).  Days are
# not filled so: a session passes laws on many days, and the register lacks some of them
# (a replay over the development texts' law dates, days and months blanked: 26 fills wrong of
# 2511, every one a day; months alone: 546 right, none wrong).
LAW_SESSION_MONTHS = True
# (flagged for review: the month is the session's, not a citation's)
LAW_MONTH_CONFIDENCE = 0.75
_LAW_DATES_FILE = "law_dates.tsv"
# the law's name before its date: words of letters and commas, no clause ('có hiệu lực từ
# ngày', 'được sửa đổi', 'năm 2014'), 90 characters at most; or the Assembly's number
_LAW_BEFORE_DATE = re.compile(r"(?:(?<![^\W\d_])(?:Bộ luật|BỘ LUẬT|Luật|LUẬT) (?P<name>[^\W\d_][^\d;:()“”\"./]{0,90}?)"
                              r"(?:,? (?:số|Số|SỐ) [\d ]{1,3}/[\d ]{4}/QH[\d ]{2})?"
                              r"|(?<![\d/])[\d ]{0,2}\d[\d ]{0,2}/[\d ]{4}/QH[\d ]{2})$")
_NOT_A_LAW_NAME = re.compile(r"(?<![^\W\d_])(?:được|theo|tại|năm|hiệu lực|từ|kể|đến|hết|trước|sau|này|"
                             r"ban hành|thông qua|thi hành|quy định|ký|lần)(?![^\W\d_])", re.IGNORECASE)
# the date itself: ' ngày D tháng M năm YYYY' or ' ngày D/M/YYYY', the month with gaps
_LAW_DATE_GAP = re.compile(r",? (?:ngày|Ngày|NGÀY) (\d{1,2})(?: (?:tháng|THÁNG) |/)([\d ]{1,2}?)(?: (?:năm|NĂM) |/)"
                           r"((?:19|20)\d\d)(?!\d)")


@lru_cache(maxsize=1)
def _session_months() -> dict[str, frozenset[int]]:
    """year -> the months models/law_dates.tsv holds a passing day in."""
    out: dict[str, set[int]] = {}
    for row in model_table_lines(_LAW_DATES_FILE)[2:]:
        year, month, _day, _n = row.split("\t")
        out.setdefault(year, set()).add(int(month))
    return {y: frozenset(m) for y, m in out.items()}


def law_month_fills(text: str, digits: set[str]) -> list[tuple[int, str]]:
    """(column, digit) for the month's gaps of each law's date in ``text`` whose day and year
    are printed, when exactly one month the National Assembly sat in that year
    (models/law_dates.tsv) fits them with ``digits`` (the digits the font may have lost)."""
    if not LAW_SESSION_MONTHS or ("gày" not in text and "GÀY" not in text):
        return []
    sessions = _session_months()
    if not sessions:
        return []
    out: list[tuple[int, str]] = []
    for m in _LAW_DATE_GAP.finditer(text):
        day, month, year = m.groups()
        if " " not in month or not month or year not in sessions or not 1 <= int(day) <= 31:
            continue
        before = _LAW_BEFORE_DATE.search(text, 0, m.start())
        if before is None or (before.group("name") and _NOT_A_LAW_NAME.search(before.group("name"))):
            continue
        fits = {form for mo in sessions[year] for form in _forms(mo, len(month)) if _slot_fits(month, form, digits)}
        if len(fits) != 1:
            continue
        value = fits.pop()
        out.extend((m.start(2) + i, c) for i, (p, c) in enumerate(zip(month, value)) if p == " ")
    return out
