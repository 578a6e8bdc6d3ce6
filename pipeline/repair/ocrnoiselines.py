"""A short Tesseract line that reads no word it is sure of: stamp or margin noise, left out.

A scan's stamp ring, a signature's scribble or a handwritten margin note comes out of
Tesseract as a short line of its own: 'ĐT”; "' beside the number block (j2, Bắc Giang
695/UBND), 'h cự' under the 'Nơi nhận' list (q3, Đà Nẵng 5710), 'ma' in a table's margin
(lp4, Bắc Giang 2668 p4).  The page's truth prints nothing there (the benchmark's line
alignment leaves those lines empty), and no repair can turn them into words: the honest
output is to leave them out, as :func:`pipeline.repair.ocrnoise.clean_line` already leaves
out a line of specks ('W Š 1') and ``note_lines`` a run of one-word lines.  What those two
miss is a line of letters that *could* be a syllable ('ma', 'cự') or an abbreviation
('ĐT'), which a rule on the characters alone cannot tell from text.

What tells them apart is Tesseract's own doubt, read with the line's shape:

- the line is short (at most :data:`MAX_TOKENS` white-space tokens) and holds a letter;
- every token with two or more letters or digits was read below :data:`NOISE_DOUBT`
  (tokens of one letter or of marks alone are specks either way: 'h', '"');
- no such doubted token is a dictionary syllable of three or more letters: a real word read
  with doubt ('chóng....' at 0.51 on v4, a sentence's last word wrapped, 'Sen' in lq1's
  'Sen T1 €' for 'năm 2011') keeps its line, since a person reading the output can still use
  it; two letters ('ma', 'cự') are what a stroke most often reads as;
- the line holds no digit (a number or a code split off by a column, '118/TTg:',
  '10/01/2025.', is text however doubted) and at least one doubted token of two letters
  (a line of specks alone, a list label 'đ)' split off, is ocrnoise's to judge).

Where ingest kept the line's place on the page (``Line.bbox``, as ``chidao run`` reads a scan),
a line that passes those tests is still kept when it stands *inside a text line's band*
(:func:`inside_text_band`): Tesseract sometimes cuts one printed line into segments at a
wide word space, and a doubted word alone in its segment ('số' at 0.44 between 'tư liên
tịch' and '47/2009/TTLT-BTC-BLĐTBXH' on m1's fax page, the rendered benchmark's never-tune
half; 'số' between 'Chương trình' and '1249a/CTPH-UBDTBTP' on another page) is a word of
that line, never a stamp.  A stamp's ring, a signature's scribble or a margin note stands
apart from the lines of text: in the white space beside the header block or the signature,
or in the margin, with no segment of text beside it at word spacing.  Lines without a box
(the benchmark's stored real readings) are judged as before.

Lines with no Tesseract confidences (typed text, text read elsewhere) are never touched:
without the reader's doubt a short line ('ok', 'he Ab Coy' in the TCT letters read
elsewhere) cannot be told from a cell of a table.  Digits-only lines (page numbers) hold no
letter and are kept.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from pipeline.model import Line
from pipeline.repair.ocrconf import word_confidences

# at most this many tokens on the line: a stamp's or a scribble's reading is a few tokens
# ('ĐT”; "', 'h cự'); a longer line is text even if doubted
MAX_TOKENS = 3
# below this confidence Tesseract doubts a word (its own scale, 0..1): on the real readings
# the lettered lines the truth leaves empty read 0.02 ('ĐT'), 0.00 ('cự'), 0.59 ('ma'); the
# lines of text read at 0.60 or more keep them (see the module docstring for the ones below)
NOISE_DOUBT = 0.60
# a doubted token at least this long that is a syllable of the dictionary is a word read
# with doubt, never noise
WORD_LETTERS = 3
_ALNUM = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


def noise_line(line: Line, is_syllable: Callable[[str], bool]) -> bool:
    """Is ``line`` a short Tesseract line of stamp or margin noise (see the module docstring)?

    ``is_syllable``: whether a lower-case word is a syllable of the dictionary (the LM's
    vocabulary)."""
    text = line.text
    if not line.ocr_words or not text.strip() or not _LETTER.search(text) or _DIGIT.search(text):
        return False  # a number or a code ('118/TTg:', '10/01/2025.') is text, however doubted
    toks = text.split()
    if len(toks) > MAX_TOKENS:
        return False
    confs = word_confidences(line)
    if len(confs) != len(toks):
        return False  # a token the repair changed or made: no reading to judge it by
    doubted = 0
    for (s, e, c), tok in zip(confs, toks):
        if len(_ALNUM.findall(tok)) < 2:
            continue  # a speck: one letter or marks alone
        doubted += 1
        if c >= NOISE_DOUBT:
            return False
        for w in _WORD.findall(tok):
            if len(w) >= WORD_LETTERS and is_syllable(w.lower()):
                return False
    # specks alone ('đ)', a list label a column split off) are ocrnoise's to judge
    return doubted > 0


# a segment of text at most this many of the line's own heights away, left or right, in the
# same band: word spacing (m1's 'số' stands 1.0-1.1 heights from each neighbour); a margin
# note or a stamp stands further off or in a band of its own
BAND_GAP_HEIGHTS = 2.0
# the vertical overlap, as a share of the taller of the two boxes' heights, that puts two
# segments in one band (one printed line): a scribble read as 'ma' (lp4, 58 pt tall beside
# rows of 12 pt) spans several lines' bands and shares none of them
BAND_OVERLAP = 0.5


def inside_text_band(line: Line, lines: Sequence[Line]) -> bool:
    """Does ``line`` stand inside the band of a printed line of text, beside one of its
    segments at word spacing (see the module docstring)?

    ``lines``: the document's lines (``line`` among them); only those on the same page with
    a box and a letter or digit count.  False when ``line`` has no box (readings stored as
    text): the place is unknown, and the caller judges by the reading alone."""
    box = line.bbox
    if box is None:
        return False
    x0, top, x1, bottom = box
    height = bottom - top
    if height <= 0:
        return False
    reach = BAND_GAP_HEIGHTS * height
    for other in lines:
        if other is line or other.page != line.page or other.bbox is None:
            continue
        if not _ALNUM.search(other.text):
            continue
        ox0, otop, ox1, obottom = other.bbox
        overlap = min(bottom, obottom) - max(top, otop)
        if overlap < BAND_OVERLAP * max(height, obottom - otop):
            continue
        gap = x0 - ox1 if ox1 <= x0 else ox0 - x1 if ox0 >= x1 else 0.0
        if gap <= reach:
            return True
    return False


# a short line whose box is lower than this share of the page's text lines' median height is
# not print: q1's 'hè', 'và', 'tờ', 'thị' (a stamp's fine print, read sure at 0.95, boxes about
# 2 pt tall against lines of 12), lq1's handwritten 'nắ', 'kỹ' (3 pt, read at 0.91 / 0.87)
SMALL_PRINT = 0.4
# the text lines a page needs before its median height is trusted
MIN_TEXT_LINES = 5


def small_print_line(line: Line, lines: Sequence[Line]) -> bool:
    """Is ``line`` a short Tesseract line whose box is far lower than the page's print?

    A stamp's ring, its fine print or a handwritten note in small strokes comes out of
    Tesseract as short lines of real syllables read *sure* ('hè' 0.96, 'nắ' 0.91), which the
    doubt test of :func:`noise_line` cannot reach; their boxes give them away: a letter of
    the document's print is never a fifth of its lines' height.  Needs Tesseract's reading
    (``ocr_words``) and the line's box; the page's median is taken over its lines of at least
    :data:`MAX_TOKENS` tokens (text, not other fragments)."""
    box = line.bbox
    text = line.text
    if box is None or not line.ocr_words or not _LETTER.search(text) or len(text.split()) > MAX_TOKENS:
        return False
    heights = sorted(o.bbox[3] - o.bbox[1] for o in lines
                     if o.page == line.page and o.bbox is not None and len(o.text.split()) >= MAX_TOKENS)
    if len(heights) < MIN_TEXT_LINES:
        return False
    median = heights[len(heights) // 2]
    return box[3] - box[1] < SMALL_PRINT * median


__all__ = ["noise_line", "inside_text_band", "small_print_line", "SMALL_PRINT", "NOISE_DOUBT", "MAX_TOKENS", "BAND_GAP_HEIGHTS"]
