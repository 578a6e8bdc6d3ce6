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


def _is_cut_run(run: str) -> bool:
    """Is ``run`` (the last letters of the text) a word cut short rather than a whole word or initials?"""
    if len(run) >= 2 and run.isupper() or len(run) > 3:
        return False  # initials ('PV', 'TTXVN', 'BĐT'); a longer run is a whole word, misspelt or foreign
    return len(run) == 1 or not has_syllable_shape(run.lower())


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
    if not m or not _is_cut_run(m.group(1)):
        return None
    sentence = _SENTENCE_SPLIT_RE.split(last)[-1].strip()
    head = sentence[:len(sentence) - len(m.group(1))].strip()
    words = re.findall(r"[^\W\d_]+", head)
    if not words or head.isupper() or not any(is_marked(ch) for ch in head):
        return None  # capitals (a signature's title cut by OCR) or no Vietnamese at all: no sentence of the text
    if len(words) <= 4:
        return sentence
    ask = _ASK_OPEN_RE.match(head)
    if ask:
        rest = " " + head[ask.end():].lower() + " "
        # (one-syllable entries of the list are left out: 'phòng' is a body's noun in 'các phòng, đơn vị')
        if not any(re.search(r"(?<![^\W_])" + re.escape(v) + r"(?![^\W_])", rest) for v in _action_verbs() if " " in v):
            return sentence
    return None


def drop_cut_fragment(task_list: list, lines: list[str]) -> list:
    """``task_list`` without the task whose whole text is the cut fragment of the text's last line."""
    frag = cut_fragment(lines)
    if frag is None:
        return task_list
    norm = re.sub(r"\s+", " ", frag).strip()
    return [t for t in task_list if re.sub(r"\s+", " ", re.sub(r"^\W+", "", t.text)).strip() != re.sub(r"^\W+", "", norm)]
