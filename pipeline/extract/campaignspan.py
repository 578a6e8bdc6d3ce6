"""(deadline40, D10) A step placed 'trong <campaign>' is dated by the span the same document gives that campaign.

Why: a press item or a plan tells a campaign's span once ('Tháng hành động vì bình đẳng giới năm nay diễn ra từ
ngày 15/11 đến 15/12/2022', 'Đợt cao điểm diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6.', '... lễ phát
động Tháng hành động ... năm 2019 (từ ngày 15/11 - 15/12)') and places the asked work in it by its name in
another sentence ('Trong đợt cao điểm, Công an tỉnh và công an các địa phương thực hiện ...', '... tổ chức
kiểm tra ... trong Tháng hành động', '... trong thời gian diễn ra tháng hành động').  labels32 settled the
reading (samples/gold/README.md, "(5) A step placed 'trong <campaign>'"): the sentence sets its window by the
campaign's name, as 'trong tháng 5/2023' sets a month, and the campaign-period rule gives the span's end.
The temporal reader sees one sentence at a time, so the step stayed undated.

What is read, and what is kept out:

- a told span: a campaign's head ('tháng hành động', 'đợt cao điểm', 'tháng cao điểm', 'tuần lễ', 'chiến
  dịch', 'đợt ra quân', 'đại hội') and the span that belongs to it -- right after its name, in a bracket
  after it, or after a happening verb whose subject it is ('diễn ra', 'được tổ chức', 'được thực hiện',
  'bắt đầu', 'kéo dài') -- with no other named time between ('... trong đợt cao điểm nghỉ hè và trong thời
  gian diễn ra kỳ thi từ ngày 23/6/2019 ...': the span is the exam's, development z1);
- a reference: 'trong / suốt (thời gian diễn ra) <head> (<name words>)' in the singular; 'các / những đợt
  cao điểm' (recurring peaks, development ec3, z1; 08_cp_nq122's 'trong các tháng cao điểm') is no campaign
  of the document's, and 'trong đợt ra quân này' with no span told (development yy4) stays undated;
- the match: the same head, every name word the reference adds among the told name's words, and one end
  day over all the spans told for it (two different spans date nothing);
- the campaign's contents listed ('... còn tổ chức các hoạt động như ...', 'Các hoạt động chính ... gồm'), no step;
- only a task with no date and no recurrence of its own, and a span that ends on or after the document's
  date (a report looking back on a past campaign dates nothing).
"""
from __future__ import annotations

import datetime as dt
import re

__all__ = ["campaign_spans", "referred_campaign_end", "date_campaign_references"]

# the campaign's head noun (the name words that must agree between the span and the reference)
_HEAD = (r"tháng\s+hành\s+động|tháng\s+cao\s+điểm|đợt\s+cao\s+điểm|tuần\s+lễ|tuần\s+hành\s+động|chiến\s+dịch"
         r"|đợt\s+ra\s+quân|đại\s+hội")
_HEAD_RE = re.compile(r"(?<![^\W_])(?P<head>" + _HEAD + r")(?![^\W_])", re.I)

# a day span: 'từ (ngày) 15/11 đến (hết ngày) 15/12/2022', 'từ ngày 15-11 đến 15-12-2018', 'từ ngày 01-30/6/2023',
# 'từ 18/7 đến 14/9', 'từ ngày 12 đến 14-10-2020', 'từ ngày 15.6 - 14.8.2022'
_SEP = r"\s*[/.\-]\s*"
_SPAN_RE = re.compile(
    r"(?<![^\W_])từ\s+(?:ngày\s+)?(?P<d1>\d{1,2})(?:" + _SEP + r"(?P<m1>\d{1,2})(?:" + _SEP + r"(?P<y1>(?:19|20)\d\d))?)?"
    r"\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?(?P<d2>\d{1,2})" + _SEP + r"(?P<m2>\d{1,2})"
    r"(?:" + _SEP + r"(?P<y2>(?:19|20)\d\d))?(?!\d)", re.I)

# between a campaign's name and its span: the name's own words, a year, a bracket, a happening verb whose subject
# the campaign is, a count of months or days -- never another time word or a second clause
_GAP_RE = re.compile(
    r"^[^.;:!?\n]{0,160}?(?:\(|,\s*|\s)(?:(?:được\s+)?(?:diễn\s+ra|tổ\s+chức|triển\s+khai|thực\s+hiện|bắt\s+đầu|kéo\s+dài)"
    r"(?:\s+trong\s+(?:thời\s+gian\s+)?(?:gần\s+|khoảng\s+)?\d{1,2}\s+(?:tháng|tuần|ngày))?[\s,(]*)?$", re.I)
_VERB_RE = re.compile(r"(?<![^\W_])(?:được\s+|sẽ\s+)?(?:diễn\s+ra|tổ\s+chức|triển\s+khai|thực\s+hiện|bắt\s+đầu|kéo\s+dài)(?![^\W_])|\(|,", re.I)
# another time named between the campaign's name and the span: the span is that one's ('trong thời gian diễn ra kỳ thi')
_OTHER_TIME_RE = re.compile(r"(?<![^\W_])(?:trong|vào|và|dịp)\s+(?:thời\s+gian|thời\s+điểm|dịp|kỳ|ngày)(?![^\W_])", re.I)

# a reference: 'trong (suốt) (thời gian diễn ra) <head> <name words>'
_REF_RE = re.compile(
    r"(?<![^\W_])(?:trong|suốt)\s+(?:suốt\s+)?(?:thời\s+gian\s+(?:diễn\s+ra\s+|triển\s+khai\s+|thực\s+hiện\s+)?)?[“\"]?"
    r"(?P<head>" + _HEAD + r")(?P<name>[^.;:,()\n“”\"]{0,80})", re.I)
_PLURAL_RE = re.compile(r"(?:các|những|mỗi|từng)\s+[“\"]?$", re.I)
# the campaign's contents listed, no step of anyone's ('... trong Tháng hành động Vì trẻ em còn tổ chức các hoạt
# động như diễn đàn trẻ em ...', deadline batch 66 dp4601; 'Các hoạt động chính trong tháng hành động gồm ...', unseen30
# fo3 as labels32 counts it): labels32 keeps it undated
_CONTENTS_RE = re.compile(r"(?<![^\W_])(?:các|những)\s+hoạt\s+động(?:\s+[^\W\d_]+){0,2}?\s+(?:như|gồm|bao\s+gồm)(?![^\W_])", re.I)
_NOISE = frozenset("năm nay này của trên địa bàn tỉnh huyện thành phố xã".split())


def _words(text: str) -> frozenset:
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", text)) - _NOISE


def _head(text: str) -> str:
    return " ".join(text.lower().split())


def _end_day(m: re.Match, year: int | None) -> dt.date | None:
    y = m.group("y2") or m.group("y1")
    y = int(y) if y else year
    if y is None:
        return None
    try:
        return dt.date(y, int(m.group("m2")), int(m.group("d2")))
    except ValueError:
        return None


def campaign_spans(sentences: list[str], year: int | None) -> list[tuple[str, frozenset, dt.date]]:
    """Each campaign whose span a sentence tells: (head, the name's words, the span's end day).  The span belongs
    to the nearest campaign head before it when only the name, a year, a bracket or a happening verb stand between."""
    out = []
    for s in sentences:
        for sm in _SPAN_RE.finditer(s):
            before = s[:sm.start()]
            heads = list(_HEAD_RE.finditer(before))
            if not heads:
                continue
            hm = heads[-1]
            gap = before[hm.end():]
            if not _GAP_RE.match(" " + gap) or _OTHER_TIME_RE.search(gap):
                continue
            day = _end_day(sm, year)
            if day is None:
                continue
            name = _VERB_RE.split(gap, maxsplit=1)[0]  # the name's own words, before a happening verb
            out.append((_head(hm.group("head")), _words(name), day))
    return out


def referred_campaign_end(text: str, spans: list[tuple[str, frozenset, dt.date]]) -> tuple[dt.date, str] | None:
    """The end of the campaign a step is placed in ('Trong đợt cao điểm, ...'), when the document tells that
    campaign's span and all its tellings agree; None for a plural ('các đợt cao điểm') or an unknown campaign."""
    for m in _REF_RE.finditer(text):
        if _PLURAL_RE.search(text[:m.start("head")]):
            continue
        head = _head(m.group("head"))
        want = _words(m.group("name"))
        days = {day for h, words, day in spans if h == head and (not want or want <= words or _told_name_in(want, words))}
        if len(days) == 1:
            return next(iter(days)), m.group(0).strip(" ,")
    return None


def _told_name_in(want: frozenset, words: frozenset) -> bool:
    """A reference that adds words after the name ('trong Tháng hành động tại địa phương') still names the told
    campaign when the told name's own words are all in it."""
    return bool(words) and words <= want


def date_campaign_references(task_list: list, texts: list[str], year: int | None, issued: dt.date | None) -> None:
    """Date each undated task placed 'trong <campaign>' by the end of the span the document tells for it
    (``referred_campaign_end``); a campaign over before the document was issued dates nothing."""
    undated = [t for t in task_list if t.deadline is None and not t.recurrence and _REF_RE.search(t.text)
               and not _CONTENTS_RE.search(t.text)]
    if not undated:
        return
    spans = campaign_spans(texts, year)
    if not spans:
        return
    for t in undated:
        got = referred_campaign_end(t.text, spans)
        if got is None or (issued is not None and got[0] < issued):
            continue
        t.deadline, t.deadline_text = got
