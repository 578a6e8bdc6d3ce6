"""(points31, F9) A last line cut mid-word at a stored chunk's end, with no whole clause, is no task.

Why: a stored page or an excerpt can stop in the middle of a word: 'Đề nghị Thủ trưởng các phòng, đơn vị thuộc S'
(unseen31 ft1: an ask cut before its verb, the addressees only), 'Đánh giá và bình c' (ft5: a heading's verbs cut
before their object), 'Tất c' (unseen30 fo6).  The gold convention (unseen30's README, measure30; fo5 and fo6)
annotates a cut fragment that holds a whole clause as printed -- development zm1 'Tổ chức trực ban nghiêm túc và
thường xuyên báo cáo về Văn phòng ... và Văn phòng ủy b' is a required task, yk8's cut sentence an optional one --
and leaves one that does not; the extractor read ft1's and ft5's fragments as tasks (two false tasks).

A fragment is cut when it is the text's last line, ends on a letter run with no closing mark, and that run is no
Vietnamese syllable (a lone letter 'S', 'c', 'h', 'V'; 'ph', 'bình c[họn]'); a run of capitals ('PV', 'TTXVN', 'CG':
a reporter's or agency's initials) is a signature, not a cut.  It holds no whole clause when, without the cut run,

- it is at most four words ('Tất', 'Đánh giá và bình'): no verb and its object, or
- it opens on an ask ('Đề nghị', 'Kính đề nghị', 'Yêu cầu', 'Giao') and no action verb follows: the addressees
  are named and what they are to do is lost.

(points32, measure32's F9 remainder) A word can also be cut right after a letter run that happens to be a whole
syllable: '- Nhân dịp các hoạt độn' (unseen32 fx12, a dash-led point: 'độn' is a syllable, 'hoạt động' the word), so the
run test above let it through.  Such a run is read as cut when it is a lower-case syllable that the project's
syllable LM finds at least 100 times (2.0 in log10) less likely after the syllable before it than the same run with
one or two letters more ('hoạt độn' / 'hoạt động', 'văn bả' / 'văn bản', 'Chỉ huy thự' / 'thực', 'trong tì' / 'tình').
Counted (points32) over every last line with no closing mark in the development texts, the pending and development
gold, benchmarks/data/*.jsonl and realdocs (972 lines): 3 matched, each a real cut -- header_fields doan_qd367 'văn bả',
office_spans ob30-021 'trong tì', development fn2 'Chỉ huy thự' (the same text is in the pending gold) -- and none of
them holds a fragment without a whole clause, so no output of theirs changes; names ('Phan Trung Bá', 'Hồng Hà') are
capitalised and never read so.  The LM is asked last, only for a fragment that the clause test already holds empty.

Counted (points31): of the 463 development texts, 46 end on a letter run with no closing mark; 5 of them on a word
cut short (yk4 'Quyết định các biện pháp ph', yk8, yt1, yt4, zm1), none matched here (each holds a whole clause or
is five words and more); the rest are initials, sources and file names.  Of 3157 benchmark texts
(benchmarks/data/*.jsonl, mostly the pages corpus), 11 end on a cut run; matched: header_fields AN07 'thường xuyên
bổ sung l' (a report's clause cut after its verb), AL01 'Nồng độ cồn, N' (topics after 'như:'), an OCR'd signature's
stray mark -- a task whose whole text is the fragment is dropped, nothing else.  Realdocs: none.
"""
from __future__ import annotations

import re

from pipeline.vietnamese import has_syllable_shape, is_marked

__all__ = ["cut_fragment", "drop_cut_fragment"]

_ASK_OPEN_RE = re.compile(r"^\W*(?:Kính\s+)?(?:Đề\s+nghị|Yêu\s+cầu|Giao)(?![^\W_])\s*", re.I)
_LAST_RUN_RE = re.compile(r"(?<=\s)([^\W\d_]+)$")
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?;:])\s+")
_PREV_RUN_RE = re.compile(r"([^\W\d_]+)\s+[^\W\d_]+$")
# the letters a Vietnamese syllable may go on with after a cut (final consonants and glides)
_CONTINUATIONS = ("g", "h", "c", "t", "n", "p", "m", "ng", "nh", "ch", "i", "u", "y", "o", "a")
# log10: how much likelier the longer syllable must be after the syllable before it
_CUT_SYLLABLE_GAP = 2.0


def _is_cut_run(run: str) -> bool:
    """Is ``run`` (the last letters of the text) a word cut short rather than a whole word or initials?"""
    if len(run) >= 2 and run.isupper() or len(run) > 3:
        return False  # initials ('PV', 'TTXVN', 'BĐT'); a longer run is a whole word, misspelt or foreign
    return len(run) == 1 or not has_syllable_shape(run.lower())


def _cut_whole_syllable(prev: str, run: str) -> bool:
    """Is ``run`` (a lower-case whole syllable) a longer syllable cut short after ``prev`` ('hoạt độn[g]')?"""
    if not run.islower() or len(run) > 4:
        return False
    from pipeline.repair.lexicon import lexicon  # late: the LM is loaded only when a fragment gets this far

    lx = lexicon()
    if lx.lm is None or not lx.is_syllable(run):
        return False
    base = lx.logprob(run, prev)
    return any(lx.is_syllable(run + c) and lx.logprob(run + c, prev) - base >= _CUT_SYLLABLE_GAP
               for c in _CONTINUATIONS)


def _action_verbs() -> list[str]:
    from pipeline.extract.tasks import ACTION_VERBS  # late: tasks imports the temporal reader, which this need not

    return ACTION_VERBS


def cut_fragment(lines: list[str]) -> str | None:
    """The last sentence of the text when it is cut mid-word and holds no whole clause (see the module's
    docstring), else None."""
    filled = [t.strip() for t in lines if t.strip()]
    if not filled:
        return None
    last = filled[-1]
    m = _LAST_RUN_RE.search(last)
    if not m:
        return None
    run = m.group(1)
    cut = _is_cut_run(run)
    if not cut and not run.islower():
        return None
    sentence = _SENTENCE_SPLIT_RE.split(last)[-1].strip()
    head = sentence[:len(sentence) - len(run)].strip()
    words = re.findall(r"[^\W\d_]+", head)
    if not words or head.isupper() or not any(is_marked(ch) for ch in head):
        return None  # capitals (a signature's title cut by OCR) or no Vietnamese at all: no sentence of the text
    empty = len(words) <= 4
    if not empty:
        ask = _ASK_OPEN_RE.match(head)
        if ask:
            rest = " " + head[ask.end():].lower() + " "
            # (one-syllable entries of the list are left out: 'phòng' is a body's noun in 'các phòng, đơn vị')
            empty = not any(re.search(r"(?<![^\W_])" + re.escape(v) + r"(?![^\W_])", rest)
                            for v in _action_verbs() if " " in v)
    if not empty:
        return None
    if not cut:
        prev = _PREV_RUN_RE.search(last)
        if not prev or not _cut_whole_syllable(prev.group(1), run):
            return None
    return sentence


def drop_cut_fragment(task_list: list, lines: list[str]) -> list:
    """``task_list`` without the task whose whole text is the cut fragment of the text's last line."""
    frag = cut_fragment(lines)
    if frag is None:
        return task_list
    norm = re.sub(r"\s+", " ", frag).strip()
    return [t for t in task_list if re.sub(r"\s+", " ", re.sub(r"^\W+", "", t.text)).strip() != re.sub(r"^\W+", "", norm)]
