"""A one-syllable word a lost-glyph font lost whole, read again after the search.

A font that lost every letter of a short word prints it as spaces: 'nhiều ý kiến' with 'ý'
lost is 'nhiều   kiến' (the word's own column and the two spaces around it), 'thông tin từ
Văn phòng' with 't' and 'ừ' lost is 'thông tin    Văn phòng'.  The search
(:class:`pipeline.repair.glyphs.GlyphSolver`) may read such a word (its *bare word*), but it
scores each word with the one before it only and pays a bare word's penalty, so between two
whole words it often leaves the run as it is: at seeds 0/1/2 of ``benchmarks/repair.py
--kinds glyph`` on samples/unseen_repair (START eb2dc271) 16 such words of letters stayed
spaces in 14 documents ('góp   xây dựng', 'lấy   kiến', 'kể    ngày ký', 'hiệu lực thi
hành    ngày', 'với    thống', 'tuyên giáo     cấp').

Here each run of three to six spaces between two whole words of a line the search read is
weighed again with the model's trigrams over two words either side (the window of
:func:`pipeline.repair.glyphs.rescore_left_over`): the run read as nothing (a layout's
double spacing) against every syllable of the run's width made only of letters the font
lost and the line never prints.  A word is written only when it is the window's clear
reading: likelier than the empty run (whose left-over spaces cost what the search prices
them, ``run_cost`` each) by BARE_MARGIN and than the next such syllable by
BARE_RUNNER_MARGIN.  The model alone does not want these words ('góp nhiều kiến' scores
above 'góp nhiều ý kiến' in its window): the run's spaces are the evidence.  A number lost whole
('tháng   năm') is never read here: digits are glyph24-32's evidence, never the model's.
"""

from __future__ import annotations

import re

BARE_RESCORE = True  # False: the reading before session 29 (the search's bare words only)
BARE_MARGIN = 0.0  # natural log the word must gain over the empty run, its spaces priced
BARE_RUNNER_MARGIN = 2.3  # ... and over the runner-up syllable of the same width (tenfold)
UNPRINTED_COST = 3.0  # a letter outside the searched set (RESCUE_COST of the search's rescue)
BARE_MIN, BARE_MAX = 1, 4  # the word's letters (BARE_LEN of the search)
_RUN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)( {3,6})(?=([^\W\d_]+)(?![^\W\d_]))")


def rescore_bare(new: str, fills: list[tuple[int, str]], solver, strict: bool,
                 unprinted: frozenset[str] = frozenset(),
                 digits: frozenset[str] = frozenset()) -> tuple[str, list[tuple[int, str]]]:
    """``new`` and its ``fills`` with the one-syllable words lost whole between two whole
    words read in (see the module's docstring).  ``strict``: the line had no cut word (its
    only trace a run of spaces), so both neighbours must be lower case, a sentence's words
    (a title and a name, 'THỨ TRƯỞNG     Hà Công Tuấn', is layout).  ``unprinted``: letters
    outside the searched set that no badly damaged line of the document prints (the search's
    ``rescue`` letters): a rare lost letter the inference missed because the words it stood
    in were lost whole ('ý' of 'ý kiến', 'góp ý' in l12 and s23: the set read 'ảếht' without
    it); each costs UNPRINTED_COST in the window's score.  ``digits``: the digits the font
    is seen to have lost (:func:`pipeline.repair.glyphs.lost_digits`: absent from the damaged
    lines where three or more were due; not the weaker ``unprinted_digits``, which a short
    document's few damaged lines fill by chance and which kept 'Tiếp thu   kiến' in l12): then a run one column wide is a number's gap as
    likely as a word's (a one-digit number is the commonest number lost whole: 'đến   triệu
    cây' is 'đến 1 triệu cây', 'tháng   năm'), and a number is never guessed: it stays."""
    if not BARE_RESCORE or "   " not in new:
        return new, fills
    from pipeline.repair import glyphs as G  # (glyphs calls this module: imported late)

    lm = G.load_lm()
    if lm is None:
        return new, fills
    filled = dict(fills)
    printed = {ch.lower() for k, ch in enumerate(new) if k not in filled}
    lost = {c: 0.0 for c, v in solver.lost.items() if v == 0.0 and c.isalpha() and c.islower() and c not in printed}
    lost.update({c: UNPRINTED_COST for c in unprinted if c.isalpha() and c.islower() and c not in printed and c not in lost})
    if not lost:
        return new, fills
    text = new
    for m in list(_RUN.finditer(new)):
        left_w, run, right_w = m.group(1), m.group(2), m.group(3)
        width = len(run) - 2
        if not BARE_MIN <= width <= BARE_MAX or text[m.start(2):m.end(2)] != run:
            continue
        if width == 1 and digits:
            continue
        if not (solver.lex.is_syllable(left_w.lower()) and solver.lex.is_syllable(right_w.lower())):
            continue
        lowers = (left_w.islower(), right_w.islower())
        if not any(lowers) or strict and not all(lowers) or left_w.isupper() and len(left_w) > 1:
            continue
        fits = [x for x in G._pattern_matches(solver.lex, "?" * width)
                if x.islower() and all(c in lost for c in x)]
        if not fits:
            continue
        a = m.start(2) + 1
        left, right = G._side_words(text, a, a + width)
        if not left or not right:
            continue
        scores = [sc - sum(lost[c] for c in x) for sc, x in zip(G._window_logprobs(lm, left, right, fits), fits)]
        # the run read as nothing leaves all but one of its spaces over: each costs what the
        # search prices a space left over in a run (``run_cost``; more in a document whose
        # intact lines never double a space)
        empty = G._window_logprobs(lm, left, right[1:], [right[0]])[0] - (len(run) - 1) * solver.run_cost
        ranked = sorted(zip(scores, fits), reverse=True)
        top, word = ranked[0]
        runner = ranked[1][0] if len(ranked) > 1 else float("-inf")
        if top - empty < BARE_MARGIN or top - runner < BARE_RUNNER_MARGIN:
            continue
        # a number lost whole fits the same run ('đến   triệu cây' is 'đến 1 triệu cây'): where
        # the model likes a number there as well as the word, the run stays (never guessed)
        if G._window_logprobs(lm, left, right, [G.NUM])[0] >= top:
            continue
        text = text[:a] + word + text[a + width:]
        for i, ch in enumerate(word):
            filled[a + i] = ch
    return text, sorted(filled.items())
