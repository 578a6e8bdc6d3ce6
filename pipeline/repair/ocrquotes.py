"""An opening quote Tesseract reads out of a speck glued to the start of a word mid-phrase.

A speck of dust, a stroke of the stamp or a letter's echo just before a word is read as an
opening quote ('Sở Thông tin và “Truyền thông có trách nhiệm', 'Tổng cục “Thuế yêu cầu',
'các Cục "Thuế báo cáo', 'thông tin khách “hàng của tổ chức': samples/real_ocr j5, m8, m9,
o3).  Two things tell such a quote from a printed one:

- a printed quote closes: of the 2,373 opening quotes the gazette corpus prints inside a line
  after a word, 17 have no closing quote within the next lines (a quoted passage that runs
  on, ``’’`` typed for a closing quote);
- a quote opens a name, a title or a term, so the words on either side of it do not read on
  as one phrase; the specks sit inside a bound phrase ('và Truyền' in 'Thông tin và Truyền
  thông', 'cục Thuế', 'khách hàng'): the trigram model's log10 P(word | two words before) is
  -2.2 to -0.1 there.  It does not part them from every printed quote left open (the corpus's
  'ghi “Nhà thầu ...' at -1.4, 'về “Kết luận ...' in a clean sample at -1.9): the rule counts on
  the quote closing first, and on the OCR'd lines alone (measured at QUOTE_RUN_ON = -2.2: 4 of
  the 4 specks of the 36 real readings; 3 hits among the corpus's 2,373 printed quotes, 2 among
  the clean samples', none of them read by the rule, which leaves typed text alone).

A quote glued to the start of a syllable, after a word on the same line, with no closing quote
(``”``, ``"`` after a character, ``’’``) before the next opening quote in the rest of the
line and the next :data:`CLOSE_WINDOW` lines, where the phrase reads on across it
(>= :data:`QUOTE_RUN_ON`), is removed, unless Tesseract read the word sure
(:data:`pipeline.repair.ocr.SURE_CONF`).  OCR'd lines only: a typist's stray quote stays.
"""
from __future__ import annotations

import re

from pipeline.repair.lm import SyllableLM

QUOTE_RUN_ON = -2.2  # log10 P(word | two words before): the phrase reads on across the quote
CLOSE_WINDOW = 6  # lines after the quote's own in which a printed quote closes
QUOTE_SURE = 0.96  # a word Tesseract read at this confidence or above keeps its quote

# a quote glued to the start of a word, after a space that follows a letter
_OPEN = re.compile(r"(?<=[^\W\d_]) ([“\"])(?=([^\W\d_]+))")
_CLOSER = re.compile(r"”|’’|''|(?<=\S)\"")
_OPENER = re.compile(r"(?:^|(?<=\s))[“\"](?=\S)")
_WORD = re.compile(r"^[^\W\d_]+$")


def _closes(window: str) -> bool:
    """Whether a quote opened just before ``window`` closes in it before another opens."""
    close = _CLOSER.search(window)
    if close is None:
        return False
    opener = _OPENER.search(window)
    return opener is None or close.start() < opener.start()


def stray_quotes(lm: SyllableLM, lines: list[str],
                 confidences: dict[int, list[tuple[int, int, float]]] | None = None) -> dict[int, str]:
    """{line index: new text} for the lines of ``lines`` (an OCR'd document's, in order) that
    hold an opening quote read out of a speck (see the module docstring).  ``confidences``:
    per line index, Tesseract's (start, end, confidence) of its words, when known."""
    out: dict[int, str] = {}
    for k, text in enumerate(lines):
        if "“" not in text and '"' not in text:
            continue
        cut: list[int] = []
        for m in _OPEN.finditer(text):
            word = m.group(2)
            if not lm.is_syllable(word.lower()):
                continue
            window = text[m.end():] + "\n" + "\n".join(lines[k + 1:k + 1 + CLOSE_WINDOW])
            if _closes(window):
                continue
            before = text[:m.start()].split()
            ctx = [before[-1]]
            if len(before) >= 2 and _WORD.match(before[-2]):
                ctx.insert(0, before[-2])
            if not _WORD.match(ctx[-1]) or lm.logprob(tuple(w.lower() for w in ctx), word.lower()) < QUOTE_RUN_ON:
                continue
            spans = (confidences or {}).get(k) or []
            sure = [c for s, e, c in spans if s <= m.start(1) < e or s <= m.start(2) < e]
            if sure and min(sure) >= QUOTE_SURE:
                continue
            cut.append(m.start(1))
        if cut:
            new = text
            for i in sorted(cut, reverse=True):
                new = new[:i] + new[i + 1:]
            out[k] = new
    return out


__all__ = ["stray_quotes", "QUOTE_RUN_ON", "CLOSE_WINDOW"]
