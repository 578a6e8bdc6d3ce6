"""OCR confusions: look-alike marks (ấ/ẩ, ẽ/ẻ), lost horns and hats (ơ->o, ư->u, â->a), d/đ.

Every one of these confusions keeps the accent-stripped skeleton of the syllable, so the
candidates of a syllable are the known syllables with its skeleton, and the question is
only which marks are right.  The original spelling is the default: an alternative must
beat it under the trigram LM by ``margin`` (log10; 2.5 = 300 times likelier) plus a cost
per extra mark edit, so a clean line is left as it is (the hard target: repairing clean
text is the identity).

- On OCR'd text (``Line.ocr_confidence`` set or ``doc.meta['ocr']``) every syllable of a
  marked line is a slot; where ingest kept Tesseract's word confidences (``Line.ocr_words``)
  a word read sure needs more margin and a doubted one less (SURE_CONF), and on those lines
  Tesseract's own punctuation slips and table rules are set right
  (:mod:`pipeline.repair.ocrconf`).
- On other text, only when the document shows OCR-like damage (>= 1 % of its marked
  words are impossible spellings, :func:`shows_confusions`), and then only spellings that
  are no Vietnamese syllable ('nguòi', 'tỉên') are questioned; the original stays possible
  (as an unknown word) so names and foreign words survive.  A clean document with a
  stray typo is left exactly as it is.

- On text nobody marked as OCR'd, document-level evidence (look-alike variants far likelier
  in context, :func:`shows_ocr_evidence`) switches the OCR mode on; one occurrence that only
  OCR explains and that wins by STRONG_MARGIN is corrected even when the switch stays off.

A change is made only when the model is sure of it (MIN_CONFIDENCE), never into a vulgar or
very rare syllable; a sentence that runs on across a line break is read with its
neighbouring lines' words as context; in OCR mode a marked spelling no syllable has also
gets candidates one misread letter away (e/ô, a/ô, i/l, ...), and the fixed phrases of every
directive ('Nơi nhận', the motto) are restored (:mod:`pipeline.repair.ocrphrases`).

Lines without any mark belong to the stripped-diacritics repairer and are skipped.

Beyond marks, on OCR'd lines (:mod:`pipeline.repair.ocrletters`): letters misread, lost or
read as a symbol ('nônz', 'Việ' / 'Nam', 'tá›'), case read from letter shapes ('cơ SỞ'),
comma specks inside a bound word ('Căn, cứ'), dates' digits and 'ngày' misread, codes with a
hyphen or a letter read twice; and, after the trigram corrector, pairs of syllables misread
out of one dictionary word ('tỉnh thân' -> 'tinh thần', 'thắng nhất' -> 'thống nhất').
"""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from itertools import chain, islice

import numpy as np

from pipeline.config import Config
from pipeline.model import Document
from pipeline.repair.diacritics import (
    MAX_SENTENCE, Tok, _is_name, apply_case, apply_changes, document_model, fix_code, splice, tokenize,
)
from pipeline.repair.docview import LETTERS as LETTER_RUN
from pipeline.repair.docview import view
from pipeline.repair.lattice import Slot, decode_many
from pipeline.repair.linecache import marked as line_marked
from pipeline.repair.linecache import words as line_words
from pipeline.repair.lm import SyllableLM, load_model, per_model
from pipeline.repair.ocrchannel import load_channel
from pipeline.repair.ocrdates import fix_document_dates
from pipeline.repair.ocrcommas import line_comma_specks, load_comma_pairs
from pipeline.repair.ocrconf import confidence_at, lone_mark_line, tesseract_punctuation, word_confidences
from pipeline.repair.ocrpairterms import line_pair_fixes, load_pair_terms
from pipeline.repair.ocrterms import line_term_fixes, load_terms
from pipeline.repair.ocrusage import own_usage_words, usage_lookalikes
from pipeline.repair.ocrlabels import comma_label, fix_item_ends, fix_label_runs, fix_labels, fix_sibling_dashes, fix_roman_labels
from pipeline.repair.ocrletters import (
    DOC_CODE_MIN, code_counts, fix_bound_comma, fix_code_spacing, fix_code_symbols, fix_stacked_letters, fix_case, fix_codes, fix_dates, fix_doubled_codes, fix_glued_marks, fix_pairs,
    letter_fixes, stamp_line,
)
from pipeline.repair.ocrnoise import clean_line, clean_wrapped, note_lines, speck_stop
from pipeline.repair.ocrwordcommas import line_word_commas
from pipeline.repair.ocrnoiselines import inside_text_band, noise_line, small_print_line
from pipeline.repair.ocrnames import keeps_name, name_pairs, title_word
from pipeline.repair.ocrphrases import fix_name_line, fix_phrases, fix_recipient_dashes, fix_recipient_ends, fix_vv
from pipeline.repair.ocrquotes import stray_quotes
from pipeline.repair.ocrstops import fix_line as stop_tone_fixes
from pipeline.repair.ocrspecks import fix_specks
from pipeline.repair.ocrsplit import fix_spacing
from pipeline.repair.record import LONE_NOTE, record_change
from pipeline.repair.codepoints import HALF_HORN_NOTE, HALF_HORN_RE, apply_tone_convention
from pipeline.repair.syllables import has_syllable_shape, norm_syllable, skeleton
from pipeline.vietnamese import split_tone, strip_accents

KIND = "ocr"
KEEP_NAMES = True  # see pipeline.repair.ocrnames
OCR_MARGIN = 3.5  # log10 advantage an alternative needs over the OCR'd spelling
# A close call (the word as read is a syllable the gazette knows: 'ngay', 'cốt', 'hàng') changed
# only when the gazette model alone, over the trigrams the word takes part in (the sentence as
# decoded), finds the look-alike at least CLOSE_CALL_MIN_GAIN (log10) likelier: a change the
# document's cache, its forms or the word bonus carried alone is vetoed.  Logged on the 252
# unseen_repair texts OCR-corrupted (benchmarks/ocr_changes.py, typed, seed 0; a 5-word window
# of the line's words, numbers as read): of 562 changes of a known syllable, 7 gained < 0, all 7
# damage ('ngay' -> 'ngày', '(cốt' -> '(cột' x3, 'Đông' -> 'Đồng', two names the name model
# respells), every right change gained >= 0.  Inside the decoder (numbers as <num>: 'cột <num>'
# gains) the veto moves one word: unseen_repair --seeds 1 typed 79.85 -> 79.96, marked 82.59 ->
# 82.70; samples typed 85.14 -> 85.24, marked 87.89 -> 87.99 (damaged 78 -> 74); but --real-ocr
# 69.87 -> 69.78 ('Thuế', 'văn', 'kề' right changes of the cache and the word bonus vetoed, one
# 'tỉnh' -> 'tính' damage spared).  OFF: the margin does not separate in the decoder's own terms
# (the session 15 round 2 rule: no regression on the real readings).
CLOSE_CALL_VETO = False
CLOSE_CALL_MIN_GAIN = 0.0
EDIT_COST = 1.0  # per mark edit beyond the first
LETTER_COST = 1.0  # a letter misread (see letter_variants) on top of its mark edits
# Letters OCR confuses in Vietnamese print (on the accent-stripped skeleton: the marks of
# o/ơ/ô, e/ê, a/ă/â, d/đ, u/ư are the mark candidates already): round vowels and c, the
# thin strokes i/l/t, n/u.
LETTER_CONFUSIONS = {"e": "oc", "o": "ea", "a": "o", "c": "e", "i": "l", "l": "i", "t": "i", "n": "u", "u": "n"}
LOOKALIKE = {frozenset("sr"), frozenset("rx"), frozenset("sx"), frozenset(("", "j"))}
NONWORD_PRIOR = -1.0  # log10 prior of keeping a spelling that is no Vietnamese syllable
NAME_MARGIN = 2.0  # extra margin to change a capitalised ASCII word inside a sentence
# A change less likely than this (posterior among the surviving spellings) is not made: on
# the real OCR'd letters (samples/text/m7-m9) the changes below it were wrong or a coin toss
# ('Đấi' -> 'Đại' for 'Đối', 0.53; 'van đê' -> 'van để' for 'vấn đề', 0.53), the first
# right one above it ('đưới' -> 'dưới', 0.59).  Measured on samples/unseen_repair: no loss.
MIN_CONFIDENCE = 0.55
# Vulgar syllables a directive never holds: the corrector never writes one in place of what
# was read ('dit liệu', OCR for 'dữ liệu', became 'đít liệu'); a typed one stays.
NEVER_INTRODUCED = frozenset({"đít", "địt", "đéo", "lồn", "buồi", "cặc", "đụ", "đĩ"})
# Nor a syllable this rare (log10 unigram; 'dịt', 'nọt'): what OCR misread is a word of
# the directive's register, and the rarest syllables are names and oddities (measured on
# samples/unseen_repair: no loss).
RARE_FLOOR = -5.2
NONWORD_PRIOR_OCR = -2.0  # the same in OCR'd text, where an unknown spelling is likelier an error
# OCR loses marks and swaps look-alikes; it seldom prints a mark that is not there.  An
# alternative that drops marks the word as read carries (a tone, a hat, a horn, the bar of
# đ) costs this much more per mark beyond the first: one speck read as a mark happens ('chỉ
# nhánh' for 'chi nhánh' in the real OCR'd letters), two invented on one syllable do not
# ('không chờ đến khi' became 'không cho đến khi', LM gain 4.5).
DROPPED_MARK_COST = 0.5
# A hat with a tone stacked on it (ề ể ễ ồ ổ ỗ) is one blot in a scan, and OCR reads it as
# the plain vowel with an acute: 'dé' for 'để'/'đề', 'hé sơ' for 'hồ sơ', 'bé sung' for
# 'bổ sung', 'lãnh thé' for 'lãnh thổ' (all in the real OCR'd letters o1-o5, m7-m9).  The
# hat and the tone are one misreading, counted as one edit, and 'é' also gets the ô
# variants (one letter away) although it is itself a syllable.
STACKED_VOWELS = {"e": "êô", "o": "ô"}
# In a run of capitals (a heading, a signature title) OCR loses or swaps far more marks than
# in running text (the letters' 'TONG CỤC THUÊ', 'PHO TONG CỤC TRƯỜNG'): an alternative
# there needs this much less margin ('CỤC TRƯỜNG' -> 'CỤC TRƯỞNG' gains 2.9).
CAPS_RELIEF = 1.0
NOISE_CONFIDENCE = 0.9  # scan noise removed by pipeline.repair.ocrnoise's rules
# The document's own spelling of a word: OCR drops a mark here and there, so the form a
# letter prints most often is its word, and a rare spelling that is it with marks lost (no
# tone swapped: 'dễ khai thác' is no 'để' misread) is likelier that word misread ('kiểm
# tra thuê' in a tax letter that prints 'thuế' a hundred times).  Such a candidate needs DOC_FORM_BONUS less margin
# when it occurs DOC_FORM_MIN times in the document and DOC_FORM_RATIO times as often as
# the spelling read, and no other look-alike of it occurs DOC_FORM_RIVAL times ('vê' in a
# text that prints both 'về' and 'bảo vệ' is either).  Measured on the OCR benchmark: with
# a weaker rule (8 times, 4 times as often, no rival check) 'Qua theo dõi' became 'Quả' and
# 'bảo vê' 'bảo về', and with tone swaps 'dễ khai thác' 'để khai thác'.  (The document
# cache of the LM cannot carry this in OCR'd text: every line there is suspect and left out
# of it.)
# In OCR'd text a mark variant's prior is the channel's (pipeline/repair/ocrchannel.py,
# learned from real OCR'd letters and their true text: a lost tone or hat is common, an added
# one rare) minus CHANNEL_MARGIN: how much likelier, beyond what OCR's habits say, the LM must
# find a candidate.  Before the channel every mark edit cost OCR_MARGIN (3.5) alike.
CHANNEL_MARGIN = 1.5
CHANNEL_FLOOR = True
# A candidate one mark edit from the word as read that makes a word of the dictionaries (the
# LM's in-word bigrams) with the syllable read just before or after it, where the word as
# read makes none, gets this log10 bonus in OCR'd text: OCR damages one syllable of a word at
# a time ('tín đô', 'tỉnh vi', 'tuyên đương'), and the trigram counts of the corpus see
# 'tín đồ', 'tinh vi' too seldom to outweigh the channel.  Only with neighbours as read (the
# damage is in one syllable), never across punctuation ('nghiêm túc, dứng thời hạn' is no
# 'túc dụng'), never for a candidate two edits away ('không chờ đến khi' is no 'cho đến').
# Measured as a bonus on every dictionary pair of the decoder instead: those two damaged.
OCR_WORD_BONUS = 1.0
# extra margin for a Title-case word beside another inside a sentence (a name: see
# OcrCorrector.correct_lines); measured on the OCR benchmark, it keeps 'Đại Đồng Tiến' and
# 'thôn Hố Chuối' from the dictionary bonus
NAME_RUN_MARGIN = 1.0
DOC_FORM_BONUS = 1.5
DOC_FORM_MIN = 12
DOC_FORM_RATIO = 8.0
DOC_FORM_RIVAL = 3
DOC_RARE_MIN = 2  # see OcrCorrector._doc_rare
# Tesseract's own word confidence (Line.ocr_words, pipeline/repair/ocrconf.py).  Its LSTM
# model gives nearly every word it is sure of 0.96-0.97 and spreads the rest below.  On the
# real scans of samples/real_ocr (6,638 words with their confidences, 194 wrong as read):
# words at 0.96 and above are wrong 0.5 % of the time as read (24 of 5,150), words below it
# 12.9 % (154 of 1,198: four errors in five), and the repair's damage fell only on sure words
# ('điều đó' -> 'độ', 'Đi đôi' -> 'đối', 'nâng trình độ' -> 'năng').  So a word read sure
# needs SURE_MARGIN more log10 for any alternative (and the dictionary-pair rule leaves it,
# unsure_only), and a doubted word DOUBT_RELIEF less.  On all 24 readings with confidences
# (529 words wrong as read): 215 left and 5 lines damaged without them, 209 and 2 with these
# values (SURE_MARGIN 1.0: 209 / 3, 2.0: 209 / 2; DOUBT_RELIEF 0: 214, 1.0: 207 but 7 damaged:
# 'tâm tư' -> 'tự', 'về' -> 'vẽ'; SURE_CONF 0.95: 216, 0.97: 209 / 4).  A sure word's candidate
# that makes a dictionary word with a neighbour as read (OCR_WORD_BONUS) keeps its prior
# (SURE_WORD_EXEMPT): 'địa bản', 'tuyên dụng', 'tín đô' are read sure and wrong; 209 -> 205.
SURE_CONF = 0.96
SURE_MARGIN = 1.5
DOUBT_RELIEF = 0.5
SURE_WORD_EXEMPT = True
# One misreading is Tesseract's habit: a tone stacked over a hat (ầ ấ ẩ, ề ế ể, ồ ố ổ ...) is
# lost while the hat itself is read, so a word read with a bare hat ('cân', 'nhiêu', 'sông')
# says less about its tone than Tesseract's confidence claims.  In the real scans' readings
# (samples/real_ocr, 9,470 words with confidences) doubted words (below SURE_CONF) with a bare
# hat are wrong 60 % of the time as read (106 of 176, nearly all a tone lost), other doubted
# words 4.3 %; sure words with a bare hat 2.9 % (24 of 824), other sure words 0.05 %.  The
# OCR'd letters the channel learns from show the same physics with other engines: a tone on a
# hat is lost 4.6 % of the time, on another vowel 2.0 % (the channel itself is not split by
# hat: a split table cost the synthetic OCR benchmark of samples/unseen_repair a fix, its
# posterior spread 'Đại hôi' over 'hội' and 'hồi').  So on a doubted word a candidate that
# only puts a tone back over its bare hat gets HAT_TONE_RELIEF on top of DOUBT_RELIEF: odds
# of 60:40 for some tone, about a third of them for one tone, put such a candidate near
# log10 -0.4 beside the reading, where the channel, CHANNEL_MARGIN and DOUBT_RELIEF put it near
# -2.5.  A sure word keeps SURE_MARGIN: sparing it there mended 'lối sông' but damaged 'không
# bị lôi' (the next line's 'kéo' misread) and left the rest as they were.  Measured on the 26
# scan readings (550 words wrong as read): 226 left with no relief, 223 at 1.0 and 1.5, 222 at
# 2.0 ('nhiêu khó khăn', 'Trong đó, cân phát huy', 'nôi lên', 'nhiêu tín đồ'), 221 at 2.5 and
# 217 at 3.5 with a line damaged; no change to typed text (no confidences) nor to the
# synthetic OCR benchmarks.
HAT_TONE_RELIEF = 2.0
# The other half of the same blot: a doubted word with a tone over its hat may carry the wrong
# one ('số tay' for 'sổ tay', 'Đề phát huy' for 'Để', 'phần' for 'phấn').  In the same
# readings doubted hat-and-tone words are read with another tone 4.4 % of the time (28 of
# 640), sure ones never (0 of 1,736): about 1.5 % for one other tone, a prior near log10 -1.8
# where the channel, CHANNEL_MARGIN and DOUBT_RELIEF put it near -3.0.  So a candidate that
# only swaps the tone of a doubted hat word (below SWAP_CONF) gets SWAP_RELIEF.  On the 26
# scan readings: 215 -> 213 words left at 1.0 (2.0: 214 with a line damaged, 3.0: 212 with one).
SWAP_CONF = 0.96
SWAP_RELIEF = 1.0
# A syllable too rare for RARE_FLOOR is still a candidate where the word before it as read
# predicts it this strongly (log10 bigram): the rare syllables are mostly names, and a name
# comes with its first half ('Đà Năng' for 'Đà Nẵng': p(nẵng | đà) = 0.26 against 0.0004 for
# 'năng', whose unigram -5.27 keeps it out otherwise).  Only as the word read with marks lost.
BOUND_RARE_BIGRAM = -1.0
# The document's counts as a prior beside the LM's (a cache unigram over the whole text, as
# read): each alternative's prior moves by DOC_FREQ_WEIGHT * log10((n(alternative) + 1) /
# (n(reading) + 1)), clipped to +-DOC_FREQ_CAP, n counting the document's words.  A directive
# names its own words again and again: 'UBND tỉnh' read 'tính' in a text that prints 'tỉnh'
# forty times leans to 'tỉnh', and 'cốt ±0.00', 'mái tầng 1', 'Đại Đồng Tiến', which the
# text prints several times and its look-alike never, stay as read (the LM alone made them
# 'cột', 'mai táng', 'Tiền').  Unlike DOC_FORM_BONUS it is a soft prior, tone swaps
# included, in both directions.  In real OCR a confusion may repeat ('vá' for 'và' 15 times),
# but the true form still outnumbers it.  Measured (session 9, --seeds 1): OCR'd samples
# 91.24 -> 93.52 %, unseen 58 83.98 -> 85.64 %, o1-o10 (3 seeds) 89.93 -> 91.61 %, real
# OCR 67.5 -> 68.1 %; weight 1.0: about 0.3 less everywhere, 2.0: worse than 1.0.  Against
# an alternative the document prints less often than the reading the prior is clipped at
# -DOC_FREQ_NEG_CAP only: the true word may be rare in the text ('một cửa với cổng, trang' in a
# page that prints 'công' thirty times and 'cổng' once, real scan v3: with the symmetric clip
# it stayed 'công'); at 0.25, OCR'd samples 93.38 %, unseen 58 86.74 %, o1-o10 91.61 %, real
# OCR 68.48 % (0.0: 92.79 / 86.19 / 90.60 / 68.77 %).
DOC_FREQ_WEIGHT = 1.5
# The case of the next word (models/next_case.tsv, models/build_next_case.py): the LM reads
# every word in lower case, so 'UBND tính Lào Cai' and 'UBND tỉnh Lào Cai' differ to it only by
# the pairs the gazette happens to print ('tỉnh lào' is frequent, 'trường tỉnh lào' is not:
# 'môi trường tính Lào Cai' stayed).  The gazette follows 'tỉnh' with a capital 17 % of the
# time, 'tính' 0.2 %; 'huyện' 48 %, 'huyên' never.  In OCR'd text a candidate's prior moves
# by CASE_NEXT_WEIGHT * (log10 P(next word's case | candidate) - log10 P(it | word as read)),
# clipped to +-CASE_NEXT_CAP, where a lower-case word is followed after one space by a
# Title-case word (a spelling the table lacks, rare in the gazette, takes the rate of all
# words); a candidate gains only when the gazette follows it with a capital CASE_NEXT_MIN_RATE
# of the time or more (a word that introduces names: 'chuyên Lê Quý Đôn' became 'chuyển' in a
# real scan, 'chuyển' 0.4 %).  Not for a capitalised word: a name's syllables are followed by
# capitals whatever their marks ('huyện Hoằng Hóa' became 'Hoàng Hóa', 'Trương Việt Dũng'
# 'Trưởng'); nor from a lower-case next word (in the real scans it damaged 'đông sinh viên').
# Measured, --seeds 1: samples/unseen_repair typed / marked 79.77 / 81.78 -> 80.15 / 82.16 %
# (fixed 552 / 590 -> 555 / 593 words, no more lines damaged); samples typed 84.42 % the same,
# marked 88.20 -> 88.15 % (one word: 'trường' before a capital became 'trưởng', ya8); real
# OCR 69.87 % the same (one fix and one damage fewer each way were seen with looser forms).
CASE_NEXT_WEIGHT = 1.0
CASE_NEXT_CAP = 1.0
CASE_NEXT_MIN_RATE = 0.01
# A code the document defines and prints again and again as read is its own (see
# OcrCorrector._own_code); OCR that loses the bar of Đ does so here and there, not in every
# one of OWN_CODE_MIN copies while printing the respelled code nowhere.
OWN_CODE_MIN = 3
DOC_FREQ_CAP = 1.5
DOC_FREQ_NEG_CAP = 0.25
_WORD = re.compile(r"[^\W\d_]+")
NEXT_CASE_FILE = "next_case.tsv"


@lru_cache(maxsize=4)
def load_next_case(lm_dir: str) -> dict[str, tuple[int, int]]:
    """syllable -> (times the gazette follows it with a Title-case word, with any word), from
    the table shipped beside the LM (models/next_case.tsv), and "" -> all of them together;
    {} when there is none."""
    from pathlib import Path

    for d in (Path(lm_dir), Path(lm_dir).parent):
        p = d / NEXT_CASE_FILE
        if p.exists():
            out = {}
            for row in p.read_text(encoding="utf-8").splitlines()[1:]:
                w, t, n = row.split("\t")
                out[w] = (int(t), int(n))
            # "": all syllables together (the rate for a spelling the table lacks)
            out[""] = (sum(t for t, _ in out.values()), sum(n for _, n in out.values()))
            return out
    return {}


def next_case_logp(table: dict[str, tuple[int, int]], word: str, title: bool) -> float | None:
    """log10 P(the next word is Title-case (``title``) or not | ``word``), None when unseen."""
    got = table.get(word)
    if got is None:
        return None
    t, n = got
    return math.log10(((t if title else n - t) + 0.5) / (n + 1.0))


def letter_variants(lm: SyllableLM, word: str) -> list[int]:
    """Syllables one OCR letter confusion away from a spelling that is no syllable ('Téng'
    for 'Tổng': e/ô; 'Đấi' for 'Đối': a/ô; 'rn' for 'm'): candidates beyond the marks, for
    OCR'd text only, each at LETTER_COST more than a mark edit."""
    base = skeleton(word)
    out: list[int] = []
    seen = {base}
    for i, ch in enumerate(base):
        for alt in LETTER_CONFUSIONS.get(ch, ()):
            v = base[:i] + alt + base[i + 1:]
            if v not in seen:
                seen.add(v)
                out.extend(lm.candidate_ids(v)[:6])
    if "rn" in base:
        out.extend(lm.candidate_ids(base.replace("rn", "m"))[:6])
    return out


def mark_edits(a: str, b: str) -> float:
    """How many marks differ between two spellings of one skeleton: a tone change is 1
    (0.5 between look-alikes: sắc/hỏi/ngã, nặng/none), each letter changed is 1."""
    ba, ta = split_tone(a)
    bb, tb = split_tone(b)
    e = 0.0
    if ta != tb:
        e += 0.5 if frozenset((ta, tb)) in LOOKALIKE else 1.0
    e += sum(x != y for x, y in zip(ba, bb)) + abs(len(ba) - len(bb))
    return e


def dropped_marks(typed: str, cand: str) -> int:
    """How many marks the word as read has that ``cand`` lacks: its tone when ``cand`` has
    none, and each modified letter (ô, ơ, ư, ă, â, ê, đ) that is plain in ``cand``.  Both
    lower-case."""
    bt, tt = split_tone(typed)
    bc, tc = split_tone(cand)
    n = 1 if tt and not tc else 0
    return n + sum(1 for a, b in zip(bt, bc) if not a.isascii() and b.isascii())


def stacked_misread(typed: str, cand: str) -> bool:
    """Is ``typed`` the plain-vowel-with-acute reading of a hat with a stacked tone in
    ``cand`` ('dé' of 'để', 'hé' of 'hồ')?  Both lower-case."""
    bt, tt = split_tone(typed)
    bc, tc = split_tone(cand)
    if tt != "s" or not tc or len(bt) != len(bc):
        return False
    diff = [(a, b) for a, b in zip(bt, bc) if a != b and not (a == "d" and b == "đ")]
    return len(diff) == 1 and diff[0][1] in STACKED_VOWELS.get(diff[0][0], "")


def ocr_edits(typed: str, cand: str) -> float:
    """The edits OCR needs to print ``cand`` as ``typed``: :func:`mark_edits`, a stacked hat
    and tone counted once, plus DROPPED_MARK_COST per mark dropped beyond the first."""
    e = mark_edits(typed, cand)
    if stacked_misread(typed, cand):
        e -= 1.0
    return e + DROPPED_MARK_COST * max(0, dropped_marks(typed, cand) - 1)


def stacked_variants(lm: SyllableLM, word: str) -> list[int]:
    """For a spelling with 'é' (a syllable or not), the syllables with 'ô' and a tone in its
    place ('hé' -> 'hồ', 'hỗ', ...): see STACKED_VOWELS."""
    base, tone = split_tone(word)
    if tone != "s" or "e" not in base:
        return []
    i = base.index("e")
    sk = skeleton(base[:i] + "o" + base[i + 1:])
    return [c for c in lm.candidate_ids(sk)[:8] if stacked_misread(word, lm.vocab[c])]


_VOWEL_LETTERS = frozenset("aeiouy")


def doubled_vowel_variants(lm: SyllableLM, word: str) -> list[int]:
    """For a spelling that is no syllable because one vowel stands twice with its marks
    shared out between the copies ('sóỏ' for 'số', 'mảãm' and 'mầãm' for 'mầm', 'chiéền' for
    'chiến', 'PHÁAP' for 'PHÁP', 'TROÓNG' for 'TRONG'): Tesseract reads a vowel under stacked
    marks (a hat and a tone) as two letters, one per mark.  The candidates are the syllables
    spelled with the vowel once, whatever its marks (the marks read are split and misread, so
    the language model chooses among them).  Only where the two copies differ: a vowel
    written twice alike is the spelling of a name in a minority language.  Lower-case NFC input."""
    base = skeleton(word)
    out: list[int] = []
    if len(base) != len(word):
        return out
    for i in range(len(base) - 1):
        # the two copies carry different marks (the marks shared out); a vowel written
        # twice alike is a name's own spelling ('Pơơ', 'La Dêê', 'A Rooi')
        if base[i] == base[i + 1] and base[i] in _VOWEL_LETTERS and word[i] != word[i + 1]:
            for c in lm.candidate_ids(base[:i] + base[i + 1:])[:10]:
                if c not in out:
                    out.append(c)
    return out


def doubled_vowel_edits(word: str, cand: str) -> float:
    """The mark edits from ``word`` with one copy of its doubled vowel dropped (the copy
    that leaves it closest) to ``cand``."""
    best = 9.0
    for i in range(len(word) - 1):
        a, b = skeleton(word[i]), skeleton(word[i + 1])
        if a == b and a in _VOWEL_LETTERS:
            for form in (word[:i] + word[i + 1:], word[:i + 1] + word[i + 2:]):
                if skeleton(form) == skeleton(cand):
                    best = min(best, ocr_edits(form, cand))
    return best


_HATS = frozenset("âêô")


@lru_cache(maxsize=50_000)
def bare_hat(word: str) -> bool:
    """Does the lower-case syllable carry a hat (â ê ô) and no tone ('cân', 'nhiêu')?"""
    base, tone = split_tone(word)
    return not tone and any(ch in _HATS for ch in base)


@lru_cache(maxsize=200_000)
def tone_over_hat(typed: str, cand: str) -> bool:
    """Is ``cand`` the bare-hat syllable ``typed`` with a tone put back and nothing else
    changed ('cân' -> 'cần', 'nhiêu' -> 'nhiều')?  Both lower-case (see HAT_TONE_RELIEF)."""
    bt, tt = split_tone(typed)
    bc, tc = split_tone(cand)
    return not tt and bool(tc) and bt == bc and any(ch in _HATS for ch in bt)


@lru_cache(maxsize=50_000)
def hat_toned(word: str) -> bool:
    """Does the lower-case syllable carry a tone over a hat ('phần', 'để')?"""
    base, tone = split_tone(word)
    return bool(tone) and any(ch in _HATS for ch in base)


@lru_cache(maxsize=200_000)
def tone_swapped(typed: str, cand: str) -> bool:
    """Is ``cand`` ``typed`` with its tone swapped for another and nothing else changed
    ('số' -> 'sổ', 'đề' -> 'để')?  Both lower-case (see SWAP_RELIEF)."""
    bt, tt = split_tone(typed)
    bc, tc = split_tone(cand)
    return bool(tt) and bool(tc) and tt != tc and bt == bc


@lru_cache(maxsize=200_000)
def lost_marks(typed: str, right: str) -> bool:
    """Is ``typed`` ``right`` with marks lost only (no tone swapped: 'thuê' of 'thuế', not
    'dễ' of 'để')?  Both lower-case."""
    bt, tt = split_tone(typed)
    br, tr = split_tone(right)
    return lost_or_lookalike(typed, right) and (tt == "" or tt == tr) and typed != right


@lru_cache(maxsize=200_000)
def lost_or_lookalike(typed: str, right: str) -> bool:
    """Could OCR have read ``right`` as ``typed``?  OCR loses marks (a tone, a hat, a horn,
    the bar of đ) and swaps look-alike tones; it seldom adds a mark.  A typist does both
    ('phướng' for 'phương' in the seed is a typing slip the document keeps), so a spelling
    that has a mark its variant lacks is no OCR evidence.  Both lower-case, one skeleton."""
    bt, tt = split_tone(typed)
    br, tr = split_tone(right)
    if len(bt) != len(br):
        return False
    if tt != tr and tt != "" and frozenset((tt, tr)) not in LOOKALIKE:
        return False
    return all(a == b or (a.isascii() and strip_accents(b) == a) for a, b in zip(bt, br))


_SLOTS: dict[tuple, tuple[object, dict]] = {}


def _shared_slots(lm: SyllableLM, margin: float, subs: dict[str, str]) -> dict:
    """The word -> candidates cache, shared by every corrector over the same inventory.

    A slot reads only the model's inventory (index, syllables, skeletons, vocabulary),
    which a document's adapted view shares with the base model (SyllableLM.adapt changes
    only the cache scores), the margin and the substitutions: documents in a batch ask for
    the same words, so the candidates are worked out once.  Slots are never modified."""
    key = (id(lm.index), id(lm.vocab), margin, tuple(sorted(subs.items())), CHANNEL_MARGIN)
    got = _SLOTS.get(key)
    if got is None or got[0] is not lm.index:
        if len(_SLOTS) > 8:
            _SLOTS.clear()
        got = _SLOTS[key] = (lm.index, {})
    return got[1]


_RIVALS: dict[tuple[str, int], tuple[Slot, list[tuple[int, str]]]] = {}


def _lost_mark_rivals(lm: SyllableLM, w: str, var: Slot) -> list[tuple[int, str]]:
    """(index, spelling) of the candidates of ``var`` (a slot of the normalised word
    ``w``) that ``w`` spells with marks lost: the ones the document's forms may favour.
    A function of the word and the slot only (slots are shared across documents and
    never modified), so it is worked out once, not once per document."""
    got = _RIVALS.get((w, id(var)))
    if got is not None and got[0] is var:
        return got[1]
    out = []
    for k, c in enumerate(var.ids):
        if var.prior[k] >= 0 or c == lm.unk:
            continue
        v = lm.vocab[int(c)]
        if lost_marks(w, v):
            out.append((k, v))
    if len(_RIVALS) > 200_000:
        _RIVALS.clear()
    _RIVALS[(w, id(var))] = (var, out)
    return out


class OcrCorrector:
    def __init__(self, lm: SyllableLM, margin: float = OCR_MARGIN, subs: dict[str, str] | None = None):
        self.lm = lm
        self.margin = margin
        self.subs = subs or {}
        self._slots: dict[tuple[str, bool], Slot | None] = _shared_slots(lm, margin, self.subs)
        self._fixed: dict[int, Slot] = {}
        self.forms: dict[str, int] = {}  # the document's spellings and their counts (see DOC_FORM_BONUS)
        self._forms_memo: dict[tuple[str, int], tuple[Slot, Slot]] = {}  # (word, id(var)) -> (var, result)
        self.channel = load_channel(str(lm.path))
        # the gazette model without the document's cache (see CLOSE_CALL_VETO); None: no veto
        self.base_lm: SyllableLM | None = None
        self._partners: tuple[dict, dict] | None = None
        self._bonus_memo: dict[tuple, tuple[Slot, Slot]] = {}  # (word, left, right) -> (var, result)
        # (id(var), word normalised) -> (var, _one_edit's answer): a word's slot is asked once
        # per neighbour pair it stands in, its one-edit alternatives are the same each time
        self._near_memo: dict[tuple[int, str], tuple[Slot, int, frozenset]] = {}
        self._name_memo: dict[int, tuple[Slot, Slot]] = {}  # id(var) -> (var, var with NAME_RUN_MARGIN)
        self._rare_skeletons: set[str] | None = None
        self._rare_memo: dict[tuple[str, str], tuple[Slot, Slot]] = {}  # (word, left) -> (var, result)
        self.next_case = load_next_case(str(lm.path)) if CASE_NEXT_WEIGHT else {}
        self._case_memo: dict[tuple[int, bool], tuple[Slot, Slot]] = {}  # (id(var), title) -> (var, result)

    def _next_case(self, word: str, var: Slot, title: bool) -> Slot:
        """``var`` with each candidate's prior moved by how much likelier it makes the next
        word's case than the word as read does (see CASE_NEXT_WEIGHT)."""
        key = (id(var), title)
        got = self._case_memo.get(key)
        if got is not None and got[0] is var:
            return got[1]
        lm = self.lm
        base = next_case_logp(self.next_case, norm_syllable(word), title)
        if base is None:  # a spelling the gazette (nearly) never prints: the rate of all words
            base = next_case_logp(self.next_case, "", title)
        res = var
        if base is not None:
            delta = np.zeros(len(var.ids))
            for j, c in enumerate(var.ids):
                c = int(c)
                if c == lm.unk or lm.vocab[c] == norm_syllable(word):
                    continue
                lp = next_case_logp(self.next_case, lm.vocab[c], title)
                if lp is not None and lp > base and lp < math.log10(CASE_NEXT_MIN_RATE):
                    continue  # no word that introduces names: no gain from the capital
                if lp is not None:
                    delta[j] = max(-CASE_NEXT_CAP, min(CASE_NEXT_CAP, CASE_NEXT_WEIGHT * (lp - base)))
            if delta.any():
                res = Slot(var.ids, var.prior + delta)
        self._case_memo[key] = (var, res)
        return res

    def fixed(self, token_id: int) -> Slot:
        got = self._fixed.get(token_id)
        if got is None:
            got = self._fixed[token_id] = Slot(np.array([token_id], np.int64), np.zeros(1))
        return got

    def slot(self, word: str, aggressive: bool) -> Slot | None:
        """Candidates with priors for one word, or None to keep it fixed."""
        key = (word, aggressive)
        if key in self._slots:
            return self._slots[key]
        lm = self.lm
        w = norm_syllable(word)
        own = lm.index.get(w)
        known = own is not None and own in lm.syllable_ids
        res: Slot | None = None
        sub = self.subs.get(w)
        if known and not aggressive:
            if sub is not None and sub in lm.index:  # a reviewer's accepted substitution
                res = Slot(np.array([own, lm.index[sub]], np.int64), np.array([0.0, -0.5]))
        else:
            cands = lm.candidate_ids(w)
            # letters only for a marked spelling no syllable has: an unmarked one may be a
            # name, a code or a foreign word
            extra = letter_variants(lm, w) if aggressive and own is None and not w.isascii() else []
            if aggressive:
                extra += [c for c in stacked_variants(lm, w) if c not in extra]
            doubled = doubled_vowel_variants(lm, w) if aggressive and own is None else []
            extra += [c for c in doubled if c not in extra]
            if cands or sub or extra:
                ids, pri = [], []
                for c in cands[:12]:
                    if c == own or lm.vocab[c] in NEVER_INTRODUCED or lm.uni_logp[c] < RARE_FLOOR:
                        continue
                    ids.append(c)
                    r = self.channel.ratio(w, lm.vocab[c]) if aggressive and self.channel is not None else None
                    flat = -(self.margin + EDIT_COST * max(0.0, ocr_edits(w, lm.vocab[c]) - 1))
                    pri.append(flat if r is None else max(r - CHANNEL_MARGIN, flat) if CHANNEL_FLOOR else r - CHANNEL_MARGIN)
                for c in extra:
                    if c in ids or c == own or lm.vocab[c] in NEVER_INTRODUCED or lm.uni_logp[c] < RARE_FLOOR:
                        continue
                    ids.append(c)
                    # a stacked hat read as an acute ('hé' for 'hồ') is the mark misread, not a letter
                    letter = 0.0 if stacked_misread(w, lm.vocab[c]) else LETTER_COST
                    edits = ocr_edits(w, lm.vocab[c])
                    if c in doubled:
                        # the vowel read twice is one letter misread; its marks were split
                        # between the copies, so at most one edit of them is counted
                        edits = min(edits, min(doubled_vowel_edits(w, lm.vocab[c]), 1.0))
                    pri.append(-(self.margin + letter + EDIT_COST * max(0.0, edits - 1)))
                if sub is not None and sub in lm.index:
                    sid = lm.index[sub]
                    if sid in ids:
                        pri[ids.index(sid)] = -0.5
                    else:
                        ids.append(sid)
                        pri.append(-0.5)
                if ids:
                    if known:
                        ids.insert(0, own)
                        pri.insert(0, 0.0)
                    elif has_syllable_shape(w):
                        # a name or foreign word may look so: keeping it stays possible
                        ids.insert(0, lm.unk)
                        pri.insert(0, NONWORD_PRIOR_OCR if aggressive else NONWORD_PRIOR)
                    # else: no Vietnamese syllable is spelled so ('thièu'): it must change
                    res = Slot(np.array(ids, np.int64), np.array(pri))
        self._slots[key] = res
        return res

    def _doc_forms(self, word: str, var: Slot) -> Slot:
        """``var`` with DOC_FORM_BONUS for the candidates the document prints far more often
        than ``word`` and that OCR explains as ``word`` misread (once per word and slot: a
        corrector serves one document, whose forms do not change)."""
        got = self._forms_memo.get((word, id(var)))
        if got is not None and got[0] is var:
            return got[1]
        res = self._doc_forms_of(word, var)
        self._forms_memo[(word, id(var))] = (var, res)
        return res

    def _doc_forms_of(self, word: str, var: Slot) -> Slot:
        w = norm_syllable(word)
        seen = self.forms.get(w, 0)
        rivals = 0
        favoured = []  # the array of bonuses is made only for the few words that get one
        for k, v in _lost_mark_rivals(self.lm, w, var):
            n = self.forms.get(v, 0)
            rivals += n >= DOC_FORM_RIVAL
            if n >= DOC_FORM_MIN and n >= DOC_FORM_RATIO * max(seen, 1):
                favoured.append(k)
        res = var
        if favoured and DOC_FORM_BONUS and rivals == 1:
            bonus = np.zeros(len(var.ids))
            bonus[favoured] = DOC_FORM_BONUS
            res = Slot(var.ids, var.prior + bonus)
        return self._doc_rare(w, seen, self._doc_freq(seen, res))

    def _doc_freq(self, seen: int, var: Slot) -> Slot:
        """``var`` with each alternative's prior moved by how much more (or less) often the
        document prints it than the word as read (see DOC_FREQ_WEIGHT)."""
        if not DOC_FREQ_WEIGHT:
            return var
        lm = self.lm
        unk, vocab, count = lm.unk, lm.vocab, self.forms.get
        # the moves as Python floats, the array made only when one is not zero (numpy's item
        # writes and its any() cost more than the arithmetic; the same float64 values)
        adj = []
        moved = False
        for c, p in zip(var.ids.tolist(), var.prior.tolist()):
            if p >= 0 or c == unk:
                adj.append(0.0)
                continue
            r = math.log10((count(vocab[c], 0) + 1) / (seen + 1))
            a = DOC_FREQ_WEIGHT * max(-DOC_FREQ_NEG_CAP, min(DOC_FREQ_CAP, r))
            moved = moved or a != 0
            adj.append(a)
        if not moved:
            return var
        return Slot(var.ids, var.prior + np.array(adj))

    def _doc_rare(self, w: str, seen: int, var: Slot) -> Slot:
        """``var`` with the syllables too rare for RARE_FLOOR that the document itself prints
        intact, DOC_RARE_MIN times and more often than ``w`` ('Nẵng' of 'Đà Nẵng', the
        name of the letter's own city, read 'Năng' once): a name is rare in the corpus but
        not in the letter that keeps naming it.  Only as ``w`` with marks lost."""
        lm = self.lm
        if self._rare_skeletons is None:
            # the skeletons of the rare syllables this document prints often enough: most
            # words have none, and are answered by one set lookup
            self._rare_skeletons = {skeleton(v) for v, n in self.forms.items() if n >= DOC_RARE_MIN
                                    and (i := lm.index.get(v)) is not None and lm.uni_logp[i] < RARE_FLOOR}
        if skeleton(w) not in self._rare_skeletons:
            return var
        extra_ids, extra_pri = [], []
        for c in _rare_candidates(lm, w):
            if c in var.ids:
                continue
            v = lm.vocab[c]
            n = self.forms.get(v, 0)
            if n < DOC_RARE_MIN or n <= seen or v in NEVER_INTRODUCED or not lost_marks(w, v):
                continue
            r = self.channel.ratio(w, v) if self.channel is not None else None
            flat = -(self.margin + EDIT_COST * max(0.0, ocr_edits(w, v) - 1))
            extra_ids.append(c)
            extra_pri.append(flat if r is None else max(r - CHANNEL_MARGIN, flat))
        if not extra_ids:
            return var
        return Slot(np.concatenate([var.ids, np.array(extra_ids, np.int64)]),
                    np.concatenate([var.prior, np.array(extra_pri)]))

    def _word_bonus(self, word: str, var: Slot, left: str | None, right: str | None) -> Slot:
        """``var`` with OCR_WORD_BONUS for its one-edit candidates that make a dictionary
        word with a neighbour as read where the reading makes none (see OCR_WORD_BONUS)."""
        key = (word, left, right)
        got = self._bonus_memo.get(key)
        if got is not None and got[0] is var:
            return got[1]
        own, near = self._one_edit(word, var)
        res = self._word_bonus_of(word, var, left, right, own, near) if near else var
        if len(self._bonus_memo) > 20_000:
            self._bonus_memo.clear()
        self._bonus_memo[key] = (var, res)
        return res

    def _word_bonus_of(self, word: str, var: Slot, left: str | None, right: str | None,
                       own: int, near: frozenset) -> Slot:
        if self._partners is None:
            self._partners = _dict_partners(self.lm)
        after, before = self._partners
        pa = after.get(left.lower()) if left is not None else None
        pb = before.get(right.lower()) if right is not None else None
        if not pa and not pb:
            return var
        hit = set()
        if pa and own not in pa:  # the reading makes no word with its left neighbour
            hit.update(pa & near)
        if pb and own not in pb:
            hit.update(pb & near)
        if not hit:
            return var
        bonus = np.array([OCR_WORD_BONUS if c in hit else 0.0 for c in var.ids.tolist()])
        return Slot(var.ids, var.prior + bonus)

    def _bound_rare(self, word: str, var: Slot, left: str) -> Slot:
        """``var`` with the rare syllables (under RARE_FLOOR) the word before predicts (see
        BOUND_RARE_BIGRAM), when ``word`` is one of them with marks lost."""
        key = (word, left.lower())
        got = self._rare_memo.get(key)
        if got is not None and got[0] is var:
            return got[1]
        res = var
        lm = self.lm
        w = norm_syllable(word)
        li = lm.index.get(norm_syllable(left))
        if li is not None and li in lm.syllable_ids:
            have = set(var.ids.tolist())
            rare = [c for c in lm.candidate_ids(w) if lm.uni_logp[c] < RARE_FLOOR and c not in have
                    and lm.vocab[c] not in NEVER_INTRODUCED and lost_marks(w, lm.vocab[c])]
            if rare:
                bg = lm.bigram_logprob_ids(np.full(len(rare), li, np.int64), np.array(rare, np.int64))
                ids, pri = [], []
                for c, b in zip(rare, bg.tolist()):
                    if b >= BOUND_RARE_BIGRAM:
                        v = lm.vocab[c]
                        r = self.channel.ratio(w, v) if self.channel is not None else None
                        flat = -(self.margin + EDIT_COST * max(0.0, ocr_edits(w, v) - 1))
                        ids.append(c)
                        pri.append(flat if r is None else max(r - CHANNEL_MARGIN, flat))
                if ids:
                    res = Slot(np.concatenate([var.ids, np.array(ids, np.int64)]),
                               np.concatenate([var.prior, np.array(pri)]))
        if len(self._rare_memo) > 20_000:
            self._rare_memo.clear()
        self._rare_memo[key] = (var, res)
        return res

    def _by_confidence(self, word: str, var: Slot, conf: float, worded: np.ndarray | None = None) -> Slot:
        """``var`` with its alternatives to the reading moved by Tesseract's confidence in the
        word (SURE_CONF): the reading itself (the slot's first candidate, known or kept as
        unknown) keeps its prior, and so do, for a sure word, the candidates ``worded`` marks
        (they make a dictionary word with a neighbour as read where the reading makes none:
        'địa bản' -> 'địa bàn', 'tuyên dụng', 'tín đô', read sure and wrong).  On a doubted
        word, a tone put back over a bare hat or swapped over a hat is relieved further
        (HAT_TONE_RELIEF, SWAP_RELIEF): the tone stacked over a hat is what Tesseract misreads."""
        shift = -SURE_MARGIN if conf >= SURE_CONF else DOUBT_RELIEF
        if not shift or len(var.ids) < 2:
            return var
        first = int(var.ids[0])
        if first != self.lm.unk and first != self.lm.index.get(norm_syllable(word)):
            return var  # no reading among the candidates: a uniform shift changes nothing
        prior = var.prior.copy()
        if shift < 0 and worded is not None:
            prior[1:] += np.where(worded[1:], 0.0, shift)
        else:
            prior[1:] += shift
        if shift > 0 and HAT_TONE_RELIEF and bare_hat(norm_syllable(word)):
            w = norm_syllable(word)
            back = np.array([tone_over_hat(w, self.lm.vocab[int(c)]) for c in var.ids[1:]])
            prior[1:] += np.where(back, HAT_TONE_RELIEF, 0.0)
        elif conf < SWAP_CONF and SWAP_RELIEF and hat_toned(norm_syllable(word)):
            w = norm_syllable(word)
            sw = np.array([tone_swapped(w, self.lm.vocab[int(c)]) for c in var.ids[1:]])
            prior[1:] += np.where(sw, SWAP_RELIEF, 0.0)
        return Slot(var.ids, prior)

    def _one_edit(self, word: str, var: Slot) -> tuple[int, frozenset]:
        """(the reading's id or -1, the ids of ``var`` one OCR edit from it that are
        alternatives), cached per candidate array (the slots derived from one word share it)."""
        w = norm_syllable(word)
        mine = self._near_memo.get((id(var), w))
        if mine is not None and mine[0] is var:
            return mine[1], mine[2]
        key = (id(var.ids), w)
        got = _NEAR.get(key)
        if got is None or got[0] is not var.ids:
            lm = self.lm
            if len(_NEAR) > 200_000:
                _NEAR.clear()
            got = _NEAR[key] = (var.ids, frozenset(c for c in var.ids.tolist() if c != lm.unk
                                                   and ocr_edits(w, lm.vocab[c]) <= 1))
        edit1 = got[1]
        pri = var.prior.tolist()
        ids = var.ids.tolist()
        own = ids[0] if pri[0] == 0 else -1  # a known reading is its slot's first id
        near = frozenset(c for c, p in zip(ids, pri) if p < 0 and c != own and c in edit1)
        if len(self._near_memo) > 20_000:
            self._near_memo.clear()
        self._near_memo[(id(var), w)] = (var, own, near)
        return own, near

    def _close_call_vetoed(self, word: str, cid: int, path: list[int], p: int) -> bool:
        """Is the change of ``word`` (a syllable the gazette knows: a close call) to ``cid``
        one the gazette model alone finds no likelier in its window (two words each side, the
        neighbours as decoded)?  Only the document's cache (its own spellings) carried it
        then, and that cache prints the look-alike elsewhere ('cột' in a table of poles,
        '(cốt +12,5 m)' read as such; 'ngày' a hundred times beside 'ngay sau khi')."""
        base = self.base_lm
        read = base.index.get(norm_syllable(word))
        if read is None or read == base.unk:
            return False
        # the trigrams the word takes part in, with the sentence's own context as decoded
        seq = [base.bos, base.bos, *path, base.eos]
        q = p + 2
        hi = min(len(seq), q + 3)

        def part(x: int) -> float:
            a = np.array(seq[:q] + [x] + seq[q + 1:], np.int64)
            return float(base.logprob_ids(a[q - 2:hi - 2], a[q - 1:hi - 1], a[q:hi]).sum())
        return part(cid) - part(read) < CLOSE_CALL_MIN_GAIN

    def _own_code(self, code: str, fixed: str) -> bool:
        """Is ``code`` the document's own abbreviation, which :func:`fix_code` would respell
        with Đ: printed as read OWN_CODE_MIN times and never as respelled ('DT: Dài thân',
        'DTC: Dài thân chéo' in a regulation that measures cattle, once 'ĐT', 'ĐTC')?"""
        if not self.forms:
            return False
        for a, b in zip(LETTER_RUN.findall(code), LETTER_RUN.findall(fixed)):
            if a != b and (self.forms.get(norm_syllable(a), 0) < OWN_CODE_MIN or self.forms.get(norm_syllable(b), 0)):
                return False
        return True

    def needs_look(self, text: str, aggressive: bool, plain: bool = False) -> bool:
        """Fast path: only marked lines; outside OCR only lines with a non-syllable.
        ``plain``: in an OCR'd document that is marked (see :func:`mostly_marked`), an
        unmarked line is looked at too when it has a word no syllable is spelled as
        ('- Luu: VT, TTKT', 'Dang Ngoc Minh': see :meth:`correct_lines`)."""
        if not line_marked(text):
            ws = line_words(text)
            return aggressive and plain and any(_impossible_plain(self.lm, w) for w in ws) \
                and not any(_foreign(self.lm, w) for w in ws)
        if aggressive:
            return True
        lm = self.lm
        for w in line_words(text):
            if not w.isascii() and norm_syllable(w) not in lm.index:
                return True
        return bool(self.subs) and any(norm_syllable(w) in self.subs for w in line_words(text))

    def correct_lines(self, texts: list[str], aggressive: list[bool],
                      strong: list[frozenset[str]] | None = None,
                      before: list[str] | None = None, after: list[str] | None = None,
                      confidences: list[list[tuple[int, int, float]]] | None = None):
        """Changes per line.  ``aggressive``: every syllable of the line is questioned;
        ``strong``: the words (as typed) questioned as in an OCR'd line although the line
        is not (see :func:`strong_evidence`); ``before``/``after``: the text of the lines
        around each one when its sentence runs on across them (see :func:`continuation`),
        read as fixed context ('Trưởng Bộ / phận kiểm tra': 'phận' alone at a line start
        became 'phần'); ``confidences``: Tesseract's confidence of each word of each line
        ((start, end, conf), :func:`pipeline.repair.ocrconf.word_confidences`): a word read
        sure keeps its spelling more firmly, a doubted one less (see SURE_CONF)."""
        lm = self.lm
        strong = strong or [frozenset()] * len(texts)
        confidences = confidences or [[]] * len(texts)
        before = before or [""] * len(texts)
        after = after or [""] * len(texts)
        results: list[list] = [[] for _ in texts]
        lattices, owners, lefts = [], [], []
        for li, (text, agg, sure) in enumerate(zip(texts, aggressive, strong)):
            toks = tokenize(text)
            wconf = confidences[li]
            if agg and "/" in text:
                toks = split_slash_words(toks)
            sent, slots = [], []
            left = _context_ids(lm, before[li], last=True)
            first = [True]

            def flush(tail: list[int] | None = None) -> None:
                if any(m for _, m in sent):
                    extra = [self.fixed(i) for i in tail or []]
                    lattices.append(list(slots) + extra)
                    owners.append((li, list(sent) + [(None, False)] * len(extra)))
                    lefts.append(tuple(left) if first[0] and left else None)
                if sent:
                    first[0] = False
                sent.clear()
                slots.clear()

            words = [t for t in toks if t.kind == "word"]
            # an unmarked line of a marked OCR'd document ('- Luu: VT, TTKT'): only the
            # words no syllable is spelled as are questioned; a plain word that is a
            # syllable may be a name or a code and stays as read
            plain = agg and not line_marked(text)
            # (a word's candidates are looked up only when it is in capitals: most are not)
            capsyl = [len(x := t.text) > 1 and x.isupper() and bool(lm.candidate_ids(x)) for t in words]
            caps_run = set()
            if any(capsyl):
                for k, t in enumerate(words):
                    if capsyl[k] and ((k > 0 and capsyl[k - 1]) or (k + 1 < len(words) and capsyl[k + 1])):
                        caps_run.add(id(t))
            # _title of each token (False for a non-word), worked out once per token: the
            # loop below asks it of a word up to three times
            titles = [t.kind == "word" and len(x := t.text) > 1 and x[0].isupper() and x[1:].islower()
                      for t in toks]
            prev_title = False
            for k, t in enumerate(toks):
                if t.kind == "end":
                    flush()
                    prev_title = False
                    continue
                if t.kind == "punct":
                    continue
                if agg and "D" in t.text and (t.kind in ("code", "num") or (t.kind == "word" and t.text.isupper())):
                    fixed = fix_code(lm, t.text)  # d/đ in a code: 'HDND', '416/QD-TTg'
                    if fixed != t.text and not self._own_code(t.text, fixed):
                        results[li].append((t.start, t.end, t.text, fixed, 0.95, []))
                var = None
                abbreviation = len(t.text) > 1 and t.text.isupper() and t.text.isascii() \
                    and id(t) not in caps_run
                if t.kind == "word" and not abbreviation and not (plain and not _impossible_plain(lm, t.text)):
                    if agg or not t.text.isascii() or t.text in sure:
                        var = self.slot(t.text, agg or t.text in sure)
                    if var is not None and agg and self.forms:
                        var = self._doc_forms(t.text, var)
                    rw = None
                    worded = None  # the candidates that make a dictionary word with a neighbour as read
                    if var is not None and agg:
                        # the word's neighbours as read, when no punctuation parts them
                        lw = toks[k - 1].text if k > 0 and toks[k - 1].kind == "word" else None
                        rw = toks[k + 1].text if k + 1 < len(toks) and toks[k + 1].kind == "word" else None
                        if OCR_WORD_BONUS and len(var.ids) > 1 and (lw or rw):
                            unbonused = var
                            var = self._word_bonus(t.text, var, lw, rw)
                            if var is not unbonused:
                                worded = var.prior > unbonused.prior
                        if BOUND_RARE_BIGRAM is not None and lw is not None and _title(t.text):
                            var = self._bound_rare(t.text, var, lw)
                        if self.next_case and rw is not None and len(var.ids) > 1 \
                                and t.text.islower() and not (len(rw) > 1 and rw.isupper()) \
                                and text[t.end:toks[k + 1].start] == " " and _title(rw):
                            var = self._next_case(t.text, var, True)
                    if var is not None and agg and id(t) in caps_run:
                        var = Slot(var.ids, np.where(var.prior < 0, var.prior + CAPS_RELIEF, var.prior))
                    if var is not None and slots and t.text.isascii() and _is_name(t.text):
                        # a capitalised plain word inside a sentence is likelier a name
                        # ('Phan', 'Bun') than a title with every mark lost
                        var = Slot(var.ids, np.where(var.prior < 0, var.prior - NAME_MARGIN, var.prior))
                    elif var is not None and agg and slots and titles[k] and (
                            prev_title or (rw is not None and titles[k + 1])):
                        # a Title-case word beside another inside a sentence: a name ('thôn
                        # Hố Chuối', 'xã Đại Đồng Tiến'), whose marks the corpus cannot weigh
                        got = self._name_memo.get(id(var))
                        if got is None or got[0] is not var:
                            got = self._name_memo[id(var)] = (var, Slot(var.ids, np.where(
                                var.prior < 0, var.prior - NAME_RUN_MARGIN, var.prior)))
                        var = got[1]
                if var is not None and agg and wconf:
                    c = confidence_at(wconf, t.start)
                    if c is not None:
                        var = self._by_confidence(t.text, var, c, worded if SURE_WORD_EXEMPT else None)
                if t.kind == "word":
                    prev_title = titles[k]
                if var is not None:
                    slots.append(var)
                    sent.append((t, True))
                else:
                    tid = lm.num if t.kind == "num" else lm.code if t.kind == "code" else lm.id(t.text)
                    slots.append(self.fixed(tid))
                    sent.append((t, False))
                if len(slots) >= MAX_SENTENCE:
                    flush()
            flush(_context_ids(lm, after[li], last=False))
        for (li, sent), lat, dec in zip(owners, lattices, decode_many(lm, lattices, lefts)):
            path = None
            for p, ((t, m), slot, j, conf, alts) in enumerate(zip(sent, lat, dec.best, dec.confidence,
                                                                   dec.alternatives)):
                if not m:
                    continue
                cid = int(slot.ids[j])
                if cid == lm.unk or norm_syllable(t.text) == lm.vocab[cid]:
                    continue
                if conf < MIN_CONFIDENCE:
                    continue  # the model is not sure: the word stays as read
                if self.base_lm is not None:
                    if path is None:
                        path = [int(s.ids[b]) for s, b in zip(lat, dec.best)]
                    if self._close_call_vetoed(t.text, cid, path, p):
                        continue
                new = apply_case(t.text, lm.vocab[cid])
                alt_words = [t.text if int(slot.ids[a]) == lm.unk else apply_case(t.text, lm.vocab[int(slot.ids[a])])
                             for a, _ in alts]
                results[li].append((t.start, t.end, t.text, new, conf, alt_words))
        for ch in results:
            ch.sort()
        return results


_SLASH_PIECE = re.compile(r"[^/]+|/")


def split_slash_words(toks: list) -> list:
    """A unit or a pair of words written with a slash ('đồng/m2', 'đợt/năm', 'sản
    phẩm/dịch vụ') is one code token to the tokenizer, so OCR's 'dồng/m2', 'dợt/năm',
    'phấm/dịch' were never questioned.  Such a token is read as its pieces: a lower-case
    word piece becomes a word (its marks questioned like any word's), the slash punctuation,
    any other piece (digits, capitals: 'm2', 'UBND') stays a fixed code.  Only a token with a
    marked piece: 'b/c', 'ph/h' ('để b/c': báo cáo) are abbreviations, whole as codes."""
    out = []
    for t in toks:
        if t.kind not in ("code", "num") or "/" not in t.text or not any(
                p.isalpha() and p.islower() and not p.isascii() for p in t.text.split("/")):
            out.append(t)
            continue
        for m in _SLASH_PIECE.finditer(t.text):
            p = m.group()
            kind = "punct" if p == "/" else "word" if p.isalpha() and p.islower() else \
                "num" if _DIGIT.search(p) else "code"
            out.append(Tok(t.start + m.start(), t.start + m.end(), p, kind))
    return out


_DIGIT = re.compile(r"\d")


# (candidate array (by identity), the word) -> (the array, its ids one OCR edit from the word):
# the slots of a word are shared by every document of a batch, so is this.  Only what reads
# the ids and the word is kept: which candidates are alternatives (prior below 0) and whether
# the reading is the first id (prior 0) are read from each slot's own priors, which a
# document moves (DOC_FORM_BONUS, DOC_FREQ_WEIGHT).  Keeping them too (as before order18) let
# the first document that asked about a word decide its one-edit set for every later one:
# 15 of unseen_repair's 660 OCR copies repaired otherwise after other documents.
_NEAR: dict[tuple[int, str], tuple[np.ndarray, frozenset]] = {}
_PARTNERS: dict[int, tuple[list, tuple[dict, dict]]] = {}  # per vocabulary (see _dict_partners)


def _dict_partners(lm: SyllableLM) -> tuple[dict[str, frozenset], dict[str, frozenset]]:
    """The model's dictionary bigrams as two tables: syllable -> the ids that follow it in
    a word, and -> the ids that precede it (built once per model: a slot asks a set
    intersection, far faster than a numpy search per pair).

    Built once per inventory, not per model: a document's adapted view
    (SyllableLM.adapt) shares the base model's vocabulary and dictionary bigrams, and the
    tables read nothing else (the Python loop over the 72 k bigrams took 70 ms, paid again by
    every adapted view)."""
    def build():
        after: dict[int, frozenset] = {}
        before: dict[int, frozenset] = {}
        if lm.dict_bigrams is not None and len(lm.dict_bigrams):
            k = np.asarray(lm.dict_bigrams, np.int64)
            for table, key, val in ((after, k // lm.V, k % lm.V), (before, k % lm.V, k // lm.V)):
                # grouped by key, the groups in the order their keys first occur in the
                # sorted bigrams (the order the tables are read in below)
                order = np.argsort(key, kind="stable")
                key, val = key[order], val[order]
                cut = np.flatnonzero(np.diff(key)) + 1
                starts = np.concatenate([[0], cut])
                groups = np.split(val, cut)
                keys = key[starts]
                for g in np.argsort(order[starts], kind="stable").tolist():
                    table[int(keys[g])] = frozenset(groups[g].tolist())
        # keyed by the syllable's lower-case spelling in both tone placements ('hoà', 'hòa'):
        # the neighbour is looked up as read, without normalising it
        def by_text(table: dict[int, frozenset]) -> dict[str, frozenset]:
            out: dict[str, frozenset] = {}
            for k, fx in table.items():
                v = lm.vocab[k]
                out[v] = fx
                out.setdefault(apply_tone_convention(v, "old"), fx)
            return out
        return by_text(after), by_text(before)
    return per_model(_PARTNERS, lm.vocab, build)


_RARE: dict[int, tuple[SyllableLM, dict]] = {}


def _rare_candidates(lm: SyllableLM, w: str) -> list[int]:
    """The syllables of ``w``'s skeleton below RARE_FLOOR among its first 12 (see
    OcrCorrector._doc_rare), cached per model and skeleton."""
    cache = per_model(_RARE, lm, dict)
    sk = skeleton(w)
    got = cache.get(sk)
    if got is None:
        got = cache[sk] = [c for c in lm.candidate_ids(sk)[:12] if lm.uni_logp[c] < RARE_FLOOR]
    return got


# 'Chuối', 'Tiến': a capital and lower-case letters after it (the one test, shared with ocrnames)
_title = title_word


def in_name_run(text: str, words: tuple[str, ...], k: int) -> bool:
    """Is the ``k``-th letter run of ``text`` (``words``, :func:`linecache.words`) one of a
    run of Title-case words parted by spaces only: a proper name ('Bộ trưởng Phùng Xuân
    Nhạ', 'Hội khỏe Phù Đổng', 'phường Thục Phán', 'Công ty Đại Đồng Tiến')?

    A name's syllables are the rarest of a text and the language model weighs them as
    running words ('Xuân Nhạ' loses to 'Xuân Nha' by 4 log10 in context), so a clean
    directive that names a minister three times read as OCR output on the strength of his
    name alone (unseen13/ys11) and had it respelled.  Such a syllable is evidence only where
    the document prints its look-alike too (:func:`_doc_evidence`: 'Bô Công Thương' in a text
    that prints 'Bộ'); skipping every name-run word instead lost the misread 'Bộ', 'Việt',
    'Tư' of institutions' names (real OCR 69.87 -> 67.53 %).  The corrector itself still
    weighs a name's marks (NAME_RUN_MARGIN)."""
    if not _title(words[k]):
        return False
    spans = [m.span() for m in LETTER_RUN.finditer(text)]
    if len(spans) != len(words):
        return False
    for j in (k - 1, k + 1):
        if 0 <= j < len(words) and _title(words[j]):
            a, b = (spans[j][1], spans[k][0]) if j < k else (spans[k][1], spans[j][0])
            if b > a and not text[a:b].strip(" "):
                return True
    return False


def _impossible_plain(lm: SyllableLM, word: str) -> bool:
    """An unmarked word of letters that no Vietnamese syllable is spelled as, and that
    could be one with its marks lost ('Luu' for 'Lưu', 'Ngoc' for 'Ngọc'): what is left of
    a marked word in OCR'd text ('Huong', 'Thue').  Abbreviations in capitals are left
    ('VT', 'TTKT'), and letters no syllable has marked or not ('email', 'Hotro')."""
    if not word.isascii() or not word.isalpha() or len(word) < 2 or (word.isupper() and len(word) > 1):
        return False
    w = word.lower()
    return not has_syllable_shape(w) and bool(lm.candidate_ids(w))


def _foreign(lm: SyllableLM, word: str) -> bool:
    """A word in lower case that no syllable is spelled as, marked or not ('Make' in 'Make
    in Viet Nam', a brand kept unmarked on purpose): its line is not Vietnamese text that
    lost its marks, and is left as read."""
    w = word.lower()
    return word.isascii() and word.isalpha() and len(word) > 2 and not word.isupper() \
        and not has_syllable_shape(w) and not lm.candidate_ids(w)


MOSTLY_MARKED = 0.6


def mostly_marked(doc: Document) -> bool:
    """Are most lines with words marked?  Then an unmarked line of this OCR'd document
    is a line whose marks OCR lost, not stripped text (the diacritics step's case)."""
    n = m = 0
    for ln in doc.lines:
        if len(line_words(ln.text)) >= 3:
            n += 1
            m += line_marked(ln.text)
    return n > 0 and m >= MOSTLY_MARKED * n


def document_forms(doc: Document) -> dict[str, int]:
    """How often the document prints each word (normalised): see DOC_FORM_BONUS."""
    counts: dict[str, int] = {}
    for ln in doc.lines:
        for w in line_words(ln.text):
            n = norm_syllable(w)
            counts[n] = counts.get(n, 0) + 1
    return counts


def _context_ids(lm: SyllableLM, text: str, last: bool) -> list[int]:
    """Two word ids of a neighbouring line as context: its last two (``last``) or its
    first two; [] when it gives none."""
    if not text:
        return []
    ws = line_words(text)
    if not ws:
        return []
    ids = [lm.id(w.lower()) for w in (ws[-2:] if last else ws[:2])]
    if last and len(ids) == 1:
        ids.insert(0, lm.bos)
    return ids


_RUNS_ON = re.compile(r"[^\W\d_]$")


def continuation(prev: str, line: str) -> bool:
    """Does ``line`` continue the sentence of ``prev``?  Wrapped text: ``prev`` ends in a
    word (no stop, colon or semicolon) and ``line`` starts with a lower-case word."""
    p = prev.rstrip()
    q = line.lstrip()
    return bool(p) and bool(q) and _RUNS_ON.search(p) is not None and q[:1].islower()


def shows_confusions(doc: Document, lm: SyllableLM, min_rate: float = 0.01, min_distinct: int = 3) -> bool:
    """True when a document that is not marked as OCR'd has as many impossible spellings
    ('nguòi', 'thièu') as OCR output does: >= 1 % of its marked words, and at least 3
    different ones.  Clean typed text has a stray typo or two (maybe repeated, in a
    copied paragraph); it is left alone."""
    marked = bad = 0
    distinct: set[str] = set()
    verdicts = _word_verdicts(lm)
    # the fast path: fewer than ``min_distinct`` impossible spellings among the document's
    # distinct words, fewer in its marked lines too (the words found fine are kept across
    # documents)
    fine = per_model(_FINE, lm, set)
    if len(fine) > 500_000:
        fine.clear()
    impossible: set[str] = set()
    typed: list[str] = []
    v = view(doc)
    for w in v.words - fine:
        if not w.isascii():
            n = verdicts.get(w, 0)
            if n == 0:
                n = norm_syllable(w)
                n = verdicts[w] = n if n not in lm.index and not has_syllable_shape(n) else None
            if n is not None:
                impossible.add(n)
                typed.append(w)
                continue
        fine.add(w)
    if len(impossible) < min_distinct:
        return False
    # the impossible spellings are read in the lines that hold them; the marked words are
    # counted token by token (a word never spans white space; counts cached per token)
    for k in v.lines_with_words(typed):
        text = v.texts[k]
        if not line_marked(text):
            continue
        for w in line_words(text):
            if not w.isascii():
                n = verdicts[w]
                if n is not None:
                    bad += 1
                    distinct.add(n)
    if len(distinct) < min_distinct:
        return False
    per_token = _NON_ASCII_WORDS
    if len(per_token) > 500_000:
        per_token.clear()
    for t in v.tokens.difference(per_token):
        per_token[t] = sum(1 for w in LETTER_RUN.findall(t) if not w.isascii())
    get = per_token.__getitem__
    for text, toks in zip(v.texts, v.line_tokens):
        if line_marked(text):
            marked += sum(map(get, toks))
    return bad >= min_rate * max(marked, 1)


_NON_ASCII_WORDS: dict[str, int] = {}  # token -> its letter runs that are not ASCII


_VERDICTS: dict[int, tuple[SyllableLM, dict[str, str | None]]] = {}
_FINE: dict[int, tuple[SyllableLM, set[str]]] = {}  # per model: words that are no impossible spelling


def _word_verdicts(lm: SyllableLM) -> dict[str, str | None]:
    """Per model, word -> its normal form when it is an impossible spelling, else None
    (cached across documents: the check runs on every marked word of every document)."""
    return per_model(_VERDICTS, lm, dict)


# Document-level evidence of OCR confusions in text nobody marked as OCR'd (a .txt a user
# OCR'd elsewhere).  Its confusions mostly give real syllables ('nhan' for 'nhân', 'cẩp' for
# 'cấp'), which :func:`shows_confusions` cannot see.  A word is *suspect* when one look-alike
# edit gives a syllable at least SUSPECT_RATIO (log10) more frequent; an occurrence is
# *evidence* when that variant is also CONTEXT_MARGIN likelier between its neighbours
# (trigram over the word and the two after it).  Clean directives have few such words
# and fewer still that lose in context (measured on 31 documents: at most 2 distinct,
# <= 1.1 per 1000 marked words, besides a 1980 text with real typos at 2.3); OCR-confused
# copies of them 2-12 per 1000.  Only non-ASCII words are examined: an unmarked word may
# be a stripped one ('Quyet dinh'), the diacritics step's business.
SUSPECT_RATIO = 1.5
CONTEXT_MARGIN = 3.0
EVIDENCE_RATE = 1.0 / 1000  # evidence occurrences per marked word
EVIDENCE_DISTINCT = 2
# One occurrence whose look-alike wins in context by this much is corrected on its own,
# whatever the rest of the document shows.  Measured over 48 clean directives (samples/text
# and samples/unseen_repair, 3 OCR-corrupted copies of each): no clean occurrence gains more
# than 3.3 (the next: 2.3); 88 % of the corrupted occurrences gain >= 4, 72 % >= 6.
STRONG_MARGIN = 4.0
# A look-alike only this much more frequent (log10) still makes an occurrence a suspect for
# strong evidence ('tông' -> 'tổng' is 1.3, 'kiêm' -> 'kiểm' 1.1); measured: the best clean
# occurrence then gains 1.6 (3.1 with 0.5).
STRONG_RATIO = 1.0
_SUSPECTS: dict[int, tuple[SyllableLM, dict[str, tuple[str, ...]]]] = {}


def _suspect_cache(lm: SyllableLM) -> dict[str, tuple[str, ...]]:
    return per_model(_SUSPECTS, lm, dict)


_TABLES: dict[int, tuple[SyllableLM, tuple[dict[str, tuple[str, ...]], set[tuple[str, str]]]]] = {}


def _suspect_table(lm: SyllableLM) -> dict[str, tuple[str, ...]]:
    """Syllable -> its far more frequent look-alikes, for the model's whole inventory, built
    once per model (like its skeleton index: a few thousand entries, ~0.1 s) so that no
    document pays for it word by word.  A look-alike only STRONG_RATIO more frequent is
    listed too when OCR alone explains the spelling (:func:`lost_or_lookalike`: 'tông' for
    'tổng', 'kiêm' for 'kiểm'); such pairs (:func:`_weak_pairs`) count only as strong
    evidence."""
    return _tables(lm)[0]


def _weak_pairs(lm: SyllableLM) -> set[tuple[str, str]]:
    """(syllable, look-alike) pairs of the suspect table below SUSPECT_RATIO."""
    return _tables(lm)[1]


def _tables(lm: SyllableLM) -> tuple[dict[str, tuple[str, ...]], set[tuple[str, str]]]:
    return per_model(_TABLES, lm, lambda: _build_tables(lm))


def _build_tables(lm: SyllableLM) -> tuple[dict[str, tuple[str, ...]], set[tuple[str, str]]]:
    """Each syllable's look-alikes (one mark edit) that are far more frequent, and the weak
    pairs among them (only a lost mark or a look-alike swap, below SUSPECT_RATIO)."""
    table: dict[str, tuple[str, ...]] = {}
    weak: set[tuple[str, str]] = set()
    uni = lm.uni_logp
    for i in lm.syllable_ids:
        n = lm.vocab[i]
        floor = uni[i] + min(SUSPECT_RATIO, STRONG_RATIO)
        cands = [c for c in lm.candidate_ids(n)[:12] if c != i and uni[c] >= floor]
        found = []
        for c in cands:
            v = lm.vocab[c]
            if mark_edits(n, v) > 1:
                continue
            if uni[c] < uni[i] + SUSPECT_RATIO:
                if not lost_or_lookalike(n, v):
                    continue
                weak.add((n, v))
            found.append(v)
        if found:
            table[n] = tuple(found)
    return table, weak


def _suspect_variants(lm: SyllableLM, word: str, cache: dict | None = None) -> tuple[str, ...]:
    """The look-alike variants (one mark edit) of ``word`` far more frequent than it ('cẩp'
    -> ('cấp',)); () for most words.  Cached per model and spelling."""
    if cache is None:
        cache = _suspect_cache(lm)
    res = cache.get(word)
    if res is None:
        res = _suspect_table(lm).get(norm_syllable(word), ())
        if len(cache) > 200_000:
            cache.clear()
        cache[word] = res
    return res


_EVIDENCE_LINES: dict[int, tuple[SyllableLM, dict[str, tuple[int, tuple[str, ...], tuple[str, ...]]]]] = {}


def _line_evidence_cache(lm: SyllableLM) -> dict[str, tuple[int, tuple[str, ...], tuple[str, ...]]]:
    cache = per_model(_EVIDENCE_LINES, lm, dict)
    if len(cache) > 100_000:
        cache.clear()
    return cache


def confusion_evidence(doc: Document, lm: SyllableLM) -> tuple[int, int, set[str]]:
    """(marked words, evidence occurrences, distinct evidence words) of a document.

    Every suspect occurrence is read as typed and as each variant, with the two words
    before it as context and the two after it scored too; all those trigrams go to the
    model in one vectorised call (clean text pays for this check on every document).  The
    verdict depends on the line only, so it is cached per line text (a batch repeats its
    headers and footers, and a document's lines are read once more after a repair)."""
    marked = 0
    found: list[str] = []
    for _ln, (n, words, _strong) in _doc_evidence(doc, lm):
        marked += n
        found.extend(words)
    return marked, len(found), set(found)


def strong_evidence(doc: Document, lm: SyllableLM) -> dict[int, frozenset[str]]:
    """Line number -> the words in it (as typed) whose look-alike wins in context by
    STRONG_MARGIN: corrected even when the document as a whole shows too little damage
    to be read as OCR output (a short OCR'd letter has only a few confusions)."""
    return {ln.number: frozenset(strong) for ln, (_n, _w, strong) in _doc_evidence(doc, lm) if strong}


def _doc_evidence(doc: Document, lm: SyllableLM, lines=None):
    """(line, (words, evidence words, strong words)) for each marked line (of ``lines``,
    by default the document's), cached per text; a name's syllable whose look-alike the
    document never prints is no evidence (see :func:`_lines_evidence`)."""
    per_line = _line_evidence_cache(lm)
    lines = doc.lines if lines is None else lines
    todo = [ln for ln in lines if line_marked(ln.text) and ln.text not in per_line]
    if todo:
        texts = list(dict.fromkeys(ln.text for ln in todo))
        for text, got in zip(texts, _lines_evidence(texts, lm)):
            per_line[text] = got
    out = []
    spellings: set[str] | None = None
    for ln in lines:
        if not line_marked(ln.text):
            continue
        got = per_line.get(ln.text)
        if got is None:  # the cache was emptied meanwhile
            got = per_line[ln.text] = _lines_evidence([ln.text], lm)[0]
        n, hits, strong, named = got
        if named:
            if spellings is None:
                spellings = {w.lower() for w in view(doc).words}
            hits, strong = list(hits), list(strong)
            for w in named:
                if any(v in spellings for v in _suspect_variants(lm, w)):
                    continue  # the document prints the look-alike too: a misreading of it
                if norm_syllable(w) in hits:
                    hits.remove(norm_syllable(w))
                if w in strong:
                    strong.remove(w)
            hits, strong = tuple(hits), tuple(strong)
        out.append((ln, (n, hits, strong)))
    return out


def _lines_evidence(texts: list[str], lm: SyllableLM) -> list[tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """Per line: (words, the evidence words in it, normalised; the strong ones, as typed;
    those of the two that are a syllable of a name, as typed: see :func:`in_name_run`).
    :func:`_doc_evidence` drops a name's syllable whose look-alike the document never prints:
    a name spelled the same way each time is the document's own spelling, where a misreading
    of a word leaves the word itself printed elsewhere ('Bô Công Thương' beside 'Bộ')."""
    occ: list[tuple[int, str, int, int, bool]] = []  # (line, word, first row, rows per reading, in a name)
    rows_u: list[int] = []
    rows_v: list[int] = []
    rows_w: list[int] = []
    ident = lm.id
    cache = _suspect_cache(lm)
    counts = []
    for li, text in enumerate(texts):
        ws = line_words(text)
        counts.append(len(ws))
        ids = None
        for k, w in enumerate(ws):
            variants = cache.get(w)
            if variants is None:
                variants = () if w.isascii() else _suspect_variants(lm, w, cache)
            if not variants:
                continue
            if ids is None:
                # the ids of the line's words, looked up only around its suspects
                ids = [lm.bos, lm.bos] + [None] * len(ws)
            j = k + 2  # the word's place in ``ids``
            for p in range(max(2, j - 2), min(len(ids), j + 3)):
                if ids[p] is None:
                    ids[p] = ident(ws[p - 2].lower())
            tail = ids[j + 1:j + 3]
            first = len(rows_u)
            for reading in (ids[j], *(ident(v) for v in variants)):
                seq = ids[j - 2:j] + [reading] + tail
                for t in range(2, len(seq)):
                    rows_u.append(seq[t - 2])
                    rows_v.append(seq[t - 1])
                    rows_w.append(seq[t])
            occ.append((li, w, first, 1 + len(tail), _title(w) and in_name_run(text, ws, k)))
    hits: list[list[str]] = [[] for _ in texts]
    strong: list[list[str]] = [[] for _ in texts]
    named: list[list[str]] = [[] for _ in texts]
    weak = _weak_pairs(lm)
    if occ:
        lp = lm.logprob_ids(np.array(rows_u, np.int64), np.array(rows_v, np.int64), np.array(rows_w, np.int64))
        for li, w, first, per, name in occ:
            n = len(cache[w]) + 1
            sc = lp[first:first + n * per].reshape(n, per).sum(axis=1)
            lw = norm_syllable(w)
            gains = sc[1:] - sc[0]
            hit = any(g >= CONTEXT_MARGIN and (lw, v) not in weak for g, v in zip(gains, cache[w]))
            if hit:
                hits[li].append(lw)
            if any(g >= STRONG_MARGIN and lost_or_lookalike(lw, v) for g, v in zip(gains, cache[w])):
                strong[li].append(w)
            elif not hit:
                continue
            if name:
                named[li].append(w)
    return [(n, tuple(h), tuple(g), tuple(m)) for n, h, g, m in zip(counts, hits, strong, named)]



def shows_ocr_evidence(doc: Document, lm: SyllableLM) -> bool:
    """Does a document nobody marked as OCR'd read like OCR output (see above)?

    Evidence is weighted by strength: an occurrence that only OCR explains (a mark lost or
    a look-alike swapped, see :func:`lost_or_lookalike`) and whose variant wins by
    STRONG_MARGIN counts as two distinct words, so a short OCR'd letter with one or two
    confusions is read as OCR output too (measured: no clean directive has such an
    occurrence; the best clean one gains 1.6)."""
    return _judge(doc, lm)[0]


_NO_SUSPECT: dict[int, tuple[SyllableLM, set[str]]] = {}  # per model: words without suspect variants


def _suspects_in(words: set[str], lm: SyllableLM) -> list[str]:
    """The words (as typed) that have look-alike variants (:func:`_suspect_variants`);
    the words found without any are kept across documents."""
    none = per_model(_NO_SUSPECT, lm, set)
    if len(none) > 500_000:
        none.clear()
    cache = _suspect_cache(lm)
    out = []
    for w in words - none:
        variants = cache.get(w)
        if variants is None:
            variants = () if w.isascii() else _suspect_variants(lm, w, cache)
        if variants:
            out.append(w)
        else:
            none.add(w)
    return out


def doubted(doc: Document, lm: SyllableLM) -> bool:
    """Does a line of two words or more hold a word whose look-alike (far more frequent, a
    suspect) the model prefers in context (evidence, :func:`_doc_evidence`)?  The fast path
    of :func:`_judge`: only the lines holding a suspect are read.  Kept on the document's
    view (:attr:`pipeline.repair.docview.DocView.memo`), so a later step asks for free."""
    v = view(doc)
    key = ("ocr_doubted", lm)  # (the model itself: the view outlives a document when the next has equal texts)
    got = v.memo.get(key)
    if got is None:
        suspects = _suspects_in(v.words, lm)
        got = False
        if suspects:
            some = [doc.lines[k] for k in v.lines_with_words(suspects)]
            # (a line of one word has no neighbours for the model to read it by: 'trương,'
            # under 'chủ' in a gazette table's narrow cell wins against 'trường' on frequency
            # alone, which says nothing about OCR; such a line gives no evidence)
            got = any((words or strong) and n >= 2 for _ln, (n, words, strong) in _doc_evidence(doc, lm, some))
        v.memo[key] = got
    return got


def _judge(doc: Document, lm: SyllableLM) -> tuple[bool, dict[int, frozenset[str]]]:
    """(does the document read like OCR output, its strong evidence per line), in one pass
    over the per-line verdicts."""
    # The fast path: only an occurrence of a word with a look-alike far more frequent
    # (a suspect) can be evidence, and most documents have a few at most; the lines that
    # hold one are read, and when none of them gives evidence the document shows none (the
    # count of marked words, read from every line, only sets how much evidence is enough).
    if not doubted(doc, lm):
        return False, {}
    marked = hits = weighted = 0
    distinct: set[str] = set()
    strong_lines: dict[int, frozenset[str]] = {}
    for ln, (n, words, strong) in _doc_evidence(doc, lm):
        marked += n
        if n < 2:
            continue
        hits += len(words)
        distinct.update(words)
        if strong:
            strong_lines[ln.number] = frozenset(strong)
            rest = list(words)
            for w in strong:
                if norm_syllable(w) in rest:
                    rest.remove(norm_syllable(w))
            weighted += len(rest) + 2 * len(strong)
        else:
            weighted += len(words)
    floor = max(EVIDENCE_DISTINCT, EVIDENCE_RATE * marked)
    if weighted > hits:
        return weighted >= floor, strong_lines
    return len(distinct) >= EVIDENCE_DISTINCT and hits >= floor, strong_lines


# The other face of the same evidence: OCR confusions that give no syllable at all ('cẩp',
# 'thuôc', 'dịnh', 'phấm' for 'cấp', 'thuộc', 'định', 'phẩm') are no suspects above (the
# look-alike table holds known syllables only), and :func:`shows_confusions` wants 1 % of
# the marked words impossible, which a long document with a few such misreadings never
# reaches: it was left as it is.  A marked spelling that is no known syllable but is a
# frequent one (log10 unigram >= NONWORD_FLOOR) with a mark lost or a look-alike tone swapped
# (:func:`lost_or_lookalike`) is OCR's signature; NONWORD_DISTINCT different ones make the
# document read as OCR output.  Measured on the 189 clean texts of samples/text,
# ../shared/realdocs and samples/unseen_repair (session 9): at most 2 different ones (a 1980
# typescript's 'triên', 'đât'; 'ô-dôn' and the sources' own 'luât' elsewhere, one each);
# their OCR-corrupted copies 0-11, and 3 or more in 14 of the 75 copies the evidence above
# missed.
NONWORD_DISTINCT = 3
NONWORD_FLOOR = -4.5
NONWORD_LINES = True  # see lone_confusions
NONWORD_LINES_DISTINCT = 2
NONWORD_LINES_RATE = 1.0 / 500  # distinct spellings per marked word
PLAIN_WINNERS = True  # see plain_gains
PLAIN_MARGIN = 4.0
OWN_USAGE = True  # see pipeline.repair.ocrusage
OWN_USAGE_ALONE = True  # may own-usage words alone (no spelling no syllable has) open a document?
# (ocr18 shipped this off: every clean document counted its words once more, clean text 0.72x
# first pass and 0.64x once words are known; with OWN_USAGE_DOUBTED the count is made only in a
# document the model already doubts, 31 of 712 clean texts of samples/text and unseen_repair)
OWN_USAGE_ALONE_DISTINCT = 2  # ... when it holds at least this many different ones
OWN_USAGE_DOUBTED = True  # ... and then only in a document the model already doubts (see doubted)
PLAIN_RATIO = 0.5
_OWN_DOCS: dict[int, tuple[SyllableLM, dict[str, dict[int, frozenset[str]]]]] = {}  # joined text -> own-usage words
_NONWORD: dict[int, tuple[SyllableLM, dict[str, str | None]]] = {}  # per model: word -> its form or None


def _nonword_verdict(verdicts: dict, lm, w: str):
    """_nonword_confusion of a word, kept per model in `verdicts` (0 marks a word not yet judged)."""
    n = verdicts.get(w, 0)
    if n == 0:
        n = verdicts[w] = _nonword_confusion(lm, w)
    return n


_NONWORD_SKIP: dict[int, tuple[SyllableLM, set[str]]] = {}  # per model: words in ASCII or judged None


def _nonword_forms(v, lm: SyllableLM, enough: int = 0) -> dict[str, str]:
    """Word -> its form (:func:`_nonword_confusion`) for the words of the document's view
    ``v`` that read as a misreading no syllable is spelled as.  The words in ASCII and those
    judged no misreading are kept per model in a set, so a document's words are told apart
    from it by one set difference (a clean document's words are mostly known after a few
    documents); the result is kept on the view's memo, so a later step asks for free.  With
    ``enough``, it stops once that many different forms are found (then it is not kept)."""
    key = ("ocr_nonword", lm)  # (the model itself, as in doubted)
    got = v.memo.get(key)
    if got is not None:
        return got
    verdicts = per_model(_NONWORD, lm, dict)
    skip = per_model(_NONWORD_SKIP, lm, set)
    if len(verdicts) > 500_000 or len(skip) > 500_000:
        verdicts.clear()
        skip.clear()
    out: dict[str, str] = {}
    forms: set[str] = set()
    for w in v.words.difference(skip):
        if w.isascii():
            skip.add(w)
            continue
        n = _nonword_verdict(verdicts, lm, w)
        if n is None:
            skip.add(w)
            continue
        out[w] = n
        if enough:
            forms.add(n)
            if len(forms) >= enough:
                return out
    v.memo[key] = out
    return out


def _nonword_confusion(lm: SyllableLM, word: str) -> str | None:
    """The normal form of ``word`` when it is no known syllable but a frequent syllable
    read by OCR (see NONWORD_DISTINCT), else None."""
    n = norm_syllable(word)
    i = lm.index.get(n)
    if i is not None and i in lm.syllable_ids:
        return None
    for c in lm.candidate_ids(n)[:12]:
        v = lm.vocab[c]
        if lm.uni_logp[c] >= NONWORD_FLOOR and mark_edits(n, v) <= 1 and lost_or_lookalike(n, v):
            return n
    return None


def shows_nonword_confusions(doc: Document, lm: SyllableLM) -> bool:
    """Does a document nobody marked as OCR'd hold NONWORD_DISTINCT different misreadings
    that no syllable is spelled as (see above)?  Read from its distinct words; the verdict
    per word is kept across documents."""
    found: set[str] = set()
    for r in doc.repairs:
        # a horn lost on one letter of 'ươ' ('tuớng', 'đuợc') is set right by the code-point
        # step before this one, which leaves no trace of it in the text: read it from its
        # row (an OCR'd text was judged clean once that step had mended the misreadings
        # that were its evidence)
        if r.kind == "codepoint" and r.note == HALF_HORN_NOTE:
            found.update(norm_syllable(w) for w in LETTER_RUN.findall(r.before) if HALF_HORN_RE.search(w))
    if len(found) >= NONWORD_DISTINCT:
        return True
    found.update(_nonword_forms(view(doc), lm, NONWORD_DISTINCT).values())
    return len(found) >= NONWORD_DISTINCT


_PLAIN_VARIANTS: dict[int, tuple[SyllableLM, dict[str, tuple[int, ...]]]] = {}  # per model: word -> ids


def _plain_variants(lm: SyllableLM, w: str) -> tuple[int, ...]:
    """The marked syllables of a plain word's letters at least SUSPECT_RATIO more frequent
    than it (the four most frequent), () for a word in capitals or mixed case."""
    if w.isupper() or not w[1:].islower():
        return ()
    uni = lm.uni_logp
    low = w.lower()
    i = lm.index.get(low)
    floor = (uni[i] if i is not None else NONWORD_FLOOR - PLAIN_RATIO) + PLAIN_RATIO
    return tuple([c for c in lm.candidate_ids(low)[:12] if c != i and uni[c] >= floor
                  and lm.vocab[c] not in NEVER_INTRODUCED][:4])


def plain_gains(texts: list[str], lm: SyllableLM) -> list[tuple[tuple[str, float], ...]]:
    """Per line: its plain words (no mark: 'xay', 'dan', 'nhu') that may be a word with
    every mark lost, each with how much likelier (log10) its best marked look-alike of the
    same letters, far more frequent (SUSPECT_RATIO), is between the words around it (the
    trigram window of :func:`_lines_evidence`).  Capitals and a name's syllables (a
    Title-case word beside another, :func:`in_name_run`) are left out."""
    occ: list[tuple[int, str, int, int, int]] = []
    rows_u: list[int] = []
    rows_v: list[int] = []
    rows_w: list[int] = []
    ident = lm.id
    table = per_model(_PLAIN_VARIANTS, lm, dict)
    if len(table) > 200_000:
        table.clear()
    for li, text in enumerate(texts):
        ws = line_words(text)
        ids = None
        for k, w in enumerate(ws):
            if not w.isascii():
                continue
            variants = table.get(w)
            if variants is None:
                variants = table[w] = _plain_variants(lm, w)
            if not variants or (_title(w) and in_name_run(text, ws, k)):
                continue
            if ids is None:
                ids = [lm.bos, lm.bos] + [None] * len(ws)
            j = k + 2
            for q in range(max(2, j - 2), min(len(ids), j + 3)):
                if ids[q] is None:
                    ids[q] = ident(ws[q - 2].lower())
            tail = ids[j + 1:j + 3]
            first = len(rows_u)
            for reading in (ids[j], *variants):
                seq = ids[j - 2:j] + [reading] + tail
                for t in range(2, len(seq)):
                    rows_u.append(seq[t - 2])
                    rows_v.append(seq[t - 1])
                    rows_w.append(seq[t])
            occ.append((li, w, first, 1 + len(tail), len(variants)))
    out: list[list[tuple[str, float]]] = [[] for _ in texts]
    if occ:
        lp = lm.logprob_ids(np.array(rows_u, np.int64), np.array(rows_v, np.int64), np.array(rows_w, np.int64))
        for li, w, first, per, nv in occ:
            sc = lp[first:first + (nv + 1) * per].reshape(nv + 1, per).sum(axis=1)
            out[li].append((w, float((sc[1:] - sc[0]).max())))
    return [tuple(x) for x in out]


_PLAIN_LINES: dict[int, tuple[SyllableLM, dict[str, tuple[tuple[str, float], ...]]]] = {}


def plain_winner_lines(doc: Document, lm: SyllableLM, margin: float | None = None) -> dict[int, frozenset[str]]:
    """Line number -> its plain words whose marked look-alike wins by ``margin``
    (PLAIN_MARGIN) in context (:func:`plain_gains`), for the document's marked lines; the
    gains are cached per line text."""
    margin = PLAIN_MARGIN if margin is None else margin
    # the fast path: most documents print no plain word with a far more frequent marked
    # look-alike (the verdict per word is kept across documents)
    table = per_model(_PLAIN_VARIANTS, lm, dict)
    if len(table) > 200_000:
        table.clear()
    v = view(doc)
    some = []
    for w in v.words:
        if w.isascii():
            got = table.get(w)
            if got is None:
                got = table[w] = _plain_variants(lm, w)
            if got:
                some.append(w)
    if not some:
        return {}
    cache = per_model(_PLAIN_LINES, lm, dict)
    if len(cache) > 100_000:
        cache.clear()
    rows = [doc.lines[k] for k in v.lines_with_words(some) if line_marked(doc.lines[k].text)]
    todo = list(dict.fromkeys(ln.text for ln in rows if ln.text not in cache))
    if todo:
        for text, got in zip(todo, plain_gains(todo, lm)):
            cache[text] = got
    out: dict[int, frozenset[str]] = {}
    for ln in rows:
        got = cache.get(ln.text)
        if got is None:
            got = cache[ln.text] = plain_gains([ln.text], lm)[0]
        ws = frozenset(w for w, g in got if g >= margin)
        if ws:
            out[ln.number] = ws
    return out


# A word that introduces names, misread as its look-alike that never does: 'UBND tính Nghệ An',
# 'trên địa bàn tính Quảng Ngãi' ('tỉnh'), in a text too lightly damaged to be read as OCR'd
# (ocr19: on samples/unseen_repair at --seeds 1, 'tính' for 'tỉnh' was the commonest word left as
# read, 14 of 130 left, 5 of them before a capital).  Such a misreading is a real syllable, so its
# spelling says nothing; the next word's case does: the gazette follows 'tỉnh' with a Title-case
# word 17 % of the time, 'tính' 0.2 % (models/next_case.tsv).  A marked lower-case word followed
# after one space by a Title-case word, that the gazette prints often (NAME_LEAD_MIN_SEEN) and
# seldom before a capital (NAME_LEAD_MAX_RATE), one of whose look-alikes (a mark variant the OCR
# channel explains) the gazette follows with a capital NAME_LEAD_MIN_RATE of the time and
# NAME_LEAD_RATIO times as often, and which the model prefers in the window of two words either
# side by NAME_LEAD_MARGIN (log10), is questioned on its line as the plain words are, one alone.
# Measured on the clean texts of samples/text, samples/unseen_repair and samples/gold (1025):
# without the margin 126 texts hold such a pair ('trên địa bàn Thủ đô', 'gia đình cụ Hồng'); with
# a margin of 0, 12 (the best marked one gains 1.1: 'nhất Quốc'); on the OCR-corrupted copies of
# unseen_repair (seed 0) 18 'tính' for 'tỉnh', 16 of them gaining 2 or more.
NAME_LEAD = True
NAME_LEAD_MIN_SEEN = 100
NAME_LEAD_MAX_RATE = 0.005
NAME_LEAD_MIN_RATE = 0.10
NAME_LEAD_RATIO = 20.0
NAME_LEAD_MARGIN = 2.0
_NAME_LEAD_WORDS: dict[int, tuple[SyllableLM, dict[str, tuple[str, ...]]]] = {}  # per model: word -> look-alikes
_TITLE_AFTER = re.compile(r" ([^\W\d_])([^\W\d_]*)")
# a whole letter run (LETTER_RUN's) right before a space and a letter: a match can only
# start where a run starts (from inside a run, the run's own start matched first)
_RUN_BEFORE_WORD = re.compile(r"[^\W\d_]+(?= [^\W\d_])")


def name_lead_words(lm: SyllableLM) -> dict[str, tuple[str, ...]]:
    """Marked lower-case syllable -> its look-alikes that introduce names where it does not
    (see NAME_LEAD), for the syllables that have one; read once per model from the next-case
    table (a few thousand syllables, each asked of the channel once)."""
    got = per_model(_NAME_LEAD_WORDS, lm, dict)
    if "" in got:
        return got
    table = load_next_case(str(lm.path))

    def rate(w):
        t, n = table[w]
        return (t + 0.5) / (n + 1.0)

    for w, (_t, n) in table.items():
        if not w or w.isascii() or n < NAME_LEAD_MIN_SEEN or not w.islower() or rate(w) > NAME_LEAD_MAX_RATE:
            continue
        vs = tuple(v for v in usage_lookalikes(lm, w)
                   if v in table and rate(v) >= NAME_LEAD_MIN_RATE and rate(v) >= NAME_LEAD_RATIO * rate(w))
        if vs:
            got[w] = vs
    got[""] = ()  # (read: an empty table stays read)
    return got


_NAME_LEAD_LINES: dict[int, tuple[SyllableLM, dict[str, frozenset[str]]]] = {}  # per model: line text -> words


def _name_lead_line(text: str, table: dict[str, tuple[str, ...]], lm: SyllableLM) -> frozenset[str]:
    """The words of one line that NAME_LEAD questions (see name_lead_lines)."""
    if not line_marked(text):
        return frozenset()
    ws = None
    out = set()
    # (only the letter runs a space and a letter follow: the others never lead a name)
    for m in _RUN_BEFORE_WORD.finditer(text):
        w = m.group()
        vs = table.get(w)
        if not vs:
            continue
        nx = _TITLE_AFTER.match(text, m.end())
        if nx is None or not nx.group(1).isupper() or (nx.group(2) and not nx.group(2).islower()):
            continue
        if ws is None:
            ws = list(line_words(text))
        i = len(LETTER_RUN.findall(text, 0, m.start()))
        before = [x.lower() for x in ws[max(0, i - 2):i]]
        after = [x.lower() for x in ws[i + 1:i + 3]]
        read = lm.score(before + [w] + after)
        if max(lm.score(before + [c] + after) for c in vs) - read >= NAME_LEAD_MARGIN:
            out.add(w)
    return frozenset(out)


# a white-space token right before a space and a capital, read in the reversed text (the
# pattern then starts at the capital: one C-speed pass, 8 ms a MB where a search per word of
# the table took 17 and a find loop 40)
_UPPER = "".join(sorted({chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper() and chr(c).isalpha()}))
_BEFORE_CAPITAL_REVERSED = re.compile("(?<=[" + re.escape(_UPPER) + r"]) (\S+)")
_NAME_LEAD_DOCS: dict[int, tuple[SyllableLM, dict[str, dict[int, frozenset[str]]]]] = {}  # joined -> result
_NAME_LEAD_REVERSED: list = [None, frozenset()]  # (the NAME_LEAD table, its words reversed)


def _reversed_words(table: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The words of ``table`` (name_lead_words), each reversed; kept for that table."""
    if _NAME_LEAD_REVERSED[0] is not table:
        _NAME_LEAD_REVERSED[0], _NAME_LEAD_REVERSED[1] = table, frozenset(w[::-1] for w in table)
    return _NAME_LEAD_REVERSED[1]


def name_lead_lines(doc: Document, lm: SyllableLM) -> dict[int, frozenset[str]]:
    """Line number -> its words that read as a look-alike of a word introducing the name
    after it (see NAME_LEAD).  The fast path: the tokens printed right before a space and a
    capital (read once, reversed) hold a word of the table; the lines that do are read,
    their verdicts kept per line text, and the document's per joined text."""
    table = name_lead_words(lm)
    v = view(doc)
    docs = per_model(_NAME_LEAD_DOCS, lm, dict)
    got = docs.get(v.joined)
    if got is None:
        if len(docs) > 2_000:
            docs.clear()
        got = docs[v.joined] = _name_lead_lines(v, table, lm)
    return {doc.lines[k].number: ws for k, ws in got.items()}


def _name_lead_lines(v, table: dict[str, tuple[str, ...]], lm: SyllableLM) -> dict[int, frozenset[str]]:
    """:func:`name_lead_lines` by line index."""
    joined = v.joined
    # (the found tokens are met with the table's words reversed: only the few in it are
    # turned back, not every token before a capital)
    some = {t[::-1] for t in _reversed_words(table).intersection(_BEFORE_CAPITAL_REVERSED.findall(joined[::-1]))}
    if not some:
        return {}
    cache = per_model(_NAME_LEAD_LINES, lm, dict)
    if len(cache) > 100_000:
        cache.clear()
    out: dict[int, frozenset[str]] = {}
    for k in v.lines_with_words(some):
        text = v.texts[k]
        got = cache.get(text)
        if got is None:
            got = cache[text] = _name_lead_line(text, table, lm)
        if got:
            out[k] = got
    return out


# A mark only a scan loses, on a real syllable: the bar of 'đ' ('dại', 'dường' for 'đại',
# 'đường'), a dot below on a syllable without any other tone ('hôi', 'bênh', 'công' for
# 'hội', 'bệnh', 'cộng'), a horn ('tù' for 'từ', 'uơ' for 'ươ').  A typist drops hooks and
# swaps tones ('tô chức', 'cụ thê', 'chặt chẻ': a look-alike that wins in context is a clean
# text's slip as often as OCR's), but measured on the 1076 clean texts of samples/text,
# samples/unseen_repair and samples/gold (ocr20) these three edits, on a word that is a known
# syllable, win by OCR_ONLY_MARGIN (log10, the window of two words either side) in none of
# them (3.0: one, 'nhân' -> 'nhận'; 2.0: eleven), while on the OCR-corrupted copies of
# unseen_repair (seeds 0 and 1) they find 804 right look-alikes and 0 of a right word (the
# tone swaps: 5 clean texts at 4.0).  In a document nothing else reads as OCR'd, such a word
# is questioned on its line alone, as NAME_LEAD's, when the gazette prints it seldom and its
# look-alike far more often (OCR_ONLY_RARE, OCR_ONLY_RATIO: the clean fast path is one set
# intersection, and 2 % of clean lines are scored once).  A spelling no syllable has ('viêc',
# 'dịnh') is no such evidence: sources print those ('Quyết dịnh', 'pháp luât').
OCR_ONLY = True
OCR_ONLY_MARGIN = 3.5
# ... and a syllable the gazette never prints, before a Title-case word, whose look-alike
# introduces names ('UBND huyên Thủy Nguyên': NAME_LEAD's evidence for a word its table lacks)
OCR_ONLY_NAME_MARGIN = 1.0
OCR_ONLY_RARE = -3.3  # log10 unigram: a word printed at most this often ...
OCR_ONLY_RATIO = 0.5  # ... whose look-alike the gazette prints this much more often (log10) is weighed in any document
# every word with such a look-alike ('công' for 'cộng') weighed in a document the model doubts: off, the
# doubted documents are a tenth of the clean text's bytes and held 955 of the 1457 lines it read
OCR_ONLY_EVERY_DOUBTED = False
# A plain word (no mark at all) that is a syllable one horn short of a far commoner one ('tu',
# 'nhu', 'nhung' for 'tư', 'như', 'nhưng') is weighed as the marked words are (ocr21).  Counted
# before (the 1128 clean texts of samples/text, samples/unseen_repair and samples/gold; their
# OCR-corrupted copies at seeds 0-2): from a window gain of 3 on, no clean text holds one
# ('bình son tỉnh' gains 2.7, 'chua xay' 2.2), and 543 misread words of the copies do, none of
# them right as read.  The same count for a plain word's bar ('da dạng' 9.2 in a clean text) and
# dot below ('phu trách': 6 clean texts at 3.5, no right one) keeps those out.
OCR_ONLY_PLAIN_HORN = True
# A Title-case word inside a run of Title-case words (:func:`in_name_run`: 'Hà Nôi', 'Sở Tu pháp')
# was never weighed; it is, at a wider margin (None: never).  Counted as above over the Title-case
# words with an OCR-only look-alike: inside a name run, the clean texts' best gains are 3.0 ('Mân
# Thái', a ward's name), 2.7 ('Bình Son', the source's slip) and 2.5 ('Đinh Dậu'); the corrupted
# copies hold 302 right ones from 3.5 on (253 from 5.0), none right as read.
OCR_ONLY_NAME_RUN_MARGIN: float | None = 5.0
# A common word with such a look-alike ('đông', 'dụng', 'nghiêm' for 'động', 'dựng', 'nghiệm') is
# weighed only where it stands next to a word that makes its look-alike far likelier
# (OCR_ONLY_PAIR_GAP, log10, the bigram model: p(v | the word before) or p(the word after | v)
# against the same for the word as read: 'hoạt đông', 'xây dụng', 'kinh nghiêm'; ocr22): the
# pairs are a table built once per model, and a document asks for those whose two words it holds
# (set questions), then finds where they stand together (below).  The words found are weighed as
# the seldom ones are (the window), at OCR_ONLY_PAIR_MARGIN.  ocr23 measured the gap and the
# margin on samples/unseen_repair (374 texts, the OCR copies at seeds 0-2, side by side): at
# 3.0 / 3.5 the copies keep 232 / 492 / 824 misread words (seeds 1 / 1-2 / 1-3); 2.0 / 3.5: 229 /
# 486 / 816; 1.5 / 3.5: 228 / 484 / 810; 2.0 / 2.5: 229 / 482 / 812; 1.5 / 2.5: 228 / 478 / 804;
# every setting the same clean lines changed (12, the sources' own slips) and the same words
# damaged (52 / 109 / 171).  None: off.
OCR_ONLY_PAIR_GAP: float | None = 1.5
# A document asks for its candidate pairs by one find of each pair's text, or, with more of them
# than this, by one pass over its tokens first (numpy: each pair of neighbours a code, looked up
# in the table's sorted codes), finding only the pairs that stand together (the same lines either
# way, tests/test_ocr_pair_gate.py).  The pass costs about as much as 15-20 finds (the 841 clean
# texts of samples/text and samples/unseen_repair: a clean document holds ~2 candidate pairs at
# gap 3.0, ~18 at 2.0, more at 1.5, where the gate's time a pass fell from ~375 to ~275 ms with it)
OCR_ONLY_PAIR_SCAN_FROM = 16
# the margin at which a word the pair gate let in is changed (the pair is evidence of its own)
OCR_ONLY_PAIR_MARGIN = 2.5
# The pair gate also lets in a word next to which a look-alike OCR reads it as, beyond the marks only a
# scan loses, makes a bigram far commoner (ocr24): a tone read as another of sắc/hỏi/ngã ('Ban Chí đạo',
# 'khấu trang') or a hat lost, the tone kept ('nhân dan', 'xay dựng', 'trọng tam'): :func:`_scan_lookalike`.
# A typist's slips are of these kinds too, so such a pair needs a wider gap than the OCR-only ones and
# the word the wider margin below.  The gap also sets the table's size: 2.5 gave 343k pair texts (each word
# before in capitals too, since dropped) and
# ~5 s of warm-up (CPU), 3.0 gives 153k and ~1.4 s, 4.0 84k and ~1.0 s (START's table: 0.15 s);
# ocr24 measured 2.5 and 3.0 on samples/unseen_repair (benchmarks/HISTORY.md).  None: off.
PAIR_LOOKALIKE_GAP: float | None = 3.0
PAIR_LOOKALIKE_MARGIN = 3.5
# ... and only in a document that shows this many different such words, or other marks of OCR
# (:func:`_shows_scan_marks`): a clean text's slip of these kinds stands alone.
PAIR_LOOKALIKE_DISTINCT = 2
_DOT_BELOW = "\u0323"
_HORN = "\u031b"
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_OCR_ONLY_WORDS: dict[int, tuple[SyllableLM, dict]] = {}  # per model: ("", settings) -> the tables (see _ocr_only_tables)
_OCR_ONLY_LINES: dict[int, tuple[SyllableLM, dict[tuple, frozenset[str]]]] = {}  # (line text, every, settings) -> words
_OCR_ONLY_PAIRS: dict[int, tuple[SyllableLM, dict]] = {}  # per model: settings -> the pair tables (see _ocr_only_pairs)
_PAIR_LOOKALIKES: dict[int, tuple[SyllableLM, dict]] = {}  # per model: {"": syllable -> look-alikes} (see _pair_lookalike_table)
_PAIR_NEIGHBOURS: dict[int, tuple[SyllableLM, dict]] = {}  # per model: settings -> (before, after) (see _pair_neighbours)


def ocr_only_edit(read: str, printed: str) -> bool:
    """Is ``read`` (lower case) ``printed`` with a mark only a scan loses: the bar of its
    initial 'đ', a dot below where ``read`` has no tone, or one horn?"""
    if read == printed or len(read) != len(printed):
        return False
    if printed[0] == "đ" and read[0] == "d":
        return read[1:] == printed[1:]
    a, b = unicodedata.normalize("NFD", read), unicodedata.normalize("NFD", printed)
    if (read[0] == "đ") != (printed[0] == "đ") or strip_accents(a) != strip_accents(b):
        return False
    ta = [c for c in a if c in _TONE_MARKS]
    tb = [c for c in b if c in _TONE_MARKS]
    sa = [c for c in a if unicodedata.combining(c) and c not in _TONE_MARKS]
    sb = [c for c in b if unicodedata.combining(c) and c not in _TONE_MARKS]
    if ta != tb:
        return not ta and tb == [_DOT_BELOW] and sa == sb
    return sb.count(_HORN) == sa.count(_HORN) + 1 and [c for c in sb if c != _HORN] == [c for c in sa if c != _HORN]


def _shape_and_tone(syllable: str) -> tuple[str, str]:
    """(the syllable without its tone mark, NFC; the tone mark or '')."""
    d = unicodedata.normalize("NFD", syllable)
    tone = "".join(c for c in d if c in _TONE_MARKS)
    return unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONE_MARKS)), tone


_HORNED = {"u": "ư", "o": "ơ"}


def _ocr_only_tables(lm: SyllableLM):
    """(lower-case syllable -> its OCR-only look-alikes, the forms as printed (lower case
    and Title case) of those the gazette prints seldom, of the others): built once per model
    from the syllable inventory by construction (a bar, a dot below, a horn added), each
    checked by :func:`ocr_only_edit`, so a document asks only set questions."""
    got = per_model(_OCR_ONLY_WORDS, lm, dict)
    key = ("", OCR_ONLY_PLAIN_HORN, OCR_ONLY_RARE, OCR_ONLY_RATIO)  # (every setting the tables read)
    if key in got:
        return got[key]
    by_form: dict[tuple[str, str], str] = {}
    sylls = lm.syllables
    for w in sylls:
        by_form[_shape_and_tone(w)] = w
    index = lm.index
    table: dict[str, tuple[str, ...]] = {}
    for w in sylls:
        plain = w.isascii()
        if plain and not OCR_ONLY_PLAIN_HORN:
            continue  # (a plain word that lost every mark: plain_gains)
        shape, tone = _shape_and_tone(w)
        cands = []
        # (a plain word is weighed for its horn alone, see OCR_ONLY_PLAIN_HORN: its bar and
        # its dot below are a typist's slips too, 'da dạng', 'phu trách')
        if w[0] == "d" and not plain:
            cands.append("đ" + w[1:])
        if not tone and not plain:
            cands.append(by_form.get((shape, _DOT_BELOW)))
        for k, ch in enumerate(shape):
            if ch in _HORNED:
                cands.append(by_form.get((shape[:k] + _HORNED[ch] + shape[k + 1:], tone)))
        vs = tuple(v for v in dict.fromkeys(cands) if v and v in index and ocr_only_edit(w, v))
        if vs:
            table[w] = vs
    rare, common = set(), set()
    uni = lm.uni_logp
    for w, vs in table.items():
        u = uni[index[w]]
        seldom = u <= OCR_ONLY_RARE and max(uni[index[v]] for v in vs) - u >= OCR_ONLY_RATIO
        (rare if seldom else common).update((w, w[:1].upper() + w[1:]))
    out = got[key] = (table, frozenset(rare), frozenset(common))
    return out


def _pair_neighbours(lm: SyllableLM) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(common word -> the words before it, common word -> the words after it) with which one
    of its look-alikes forms a bigram the model prefers by OCR_ONLY_PAIR_GAP (an OCR-only one:
    'hoạt' before 'đông', 'xây' before 'dụng') or by PAIR_LOOKALIKE_GAP (a wider one: 'nhân'
    before 'dan'), over the bigrams the gazette prints; each word before as printed in lower
    case and in Title case.  Built once per model and setting, in numpy over the bigram keys
    down to the distinct (word, neighbour) pairs (ocrload: the per-pair Python of ocr24's build
    cost ~2.5 s of CPU in every process; the line-by-line search needs only these and
    :class:`_PairWords`, the document's search the rest of :func:`_ocr_only_pairs`)."""
    got = per_model(_PAIR_NEIGHBOURS, lm, dict)
    key = (OCR_ONLY_PAIR_GAP, OCR_ONLY_PLAIN_HORN, OCR_ONLY_RARE, OCR_ONLY_RATIO, PAIR_LOOKALIKE_GAP)
    if key in got:
        return got[key]
    table, _rare, common = _ocr_only_tables(lm)
    index, vocab, f = lm.index, lm.vocab, lm.fwd
    V = f.V
    syl = lm.syllable_ids
    pairs_v: list[int] = []
    pairs_w: list[int] = []
    pairs_gap: list[float] = []
    for w in sorted(x for x in common if x.islower()):
        for v in table.get(w, ()):
            pairs_v.append(index[v])
            pairs_w.append(index[w])
            pairs_gap.append(OCR_ONLY_PAIR_GAP)
    if PAIR_LOOKALIKE_GAP is not None:
        for w, vs in sorted(_pair_lookalike_table(lm).items()):
            for v in vs:
                if v not in table.get(w, ()):
                    pairs_v.append(index[v])
                    pairs_w.append(index[w])
                    pairs_gap.append(PAIR_LOOKALIKE_GAP)
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    kept = [np.zeros(0, np.int64), np.zeros(0, np.int64)]  # per side: the (word, neighbour) codes, w * V + o
    if pairs_v:
        pv = np.array(pairs_v, np.int64)
        pw = np.array(pairs_w, np.int64)
        pg = np.array(pairs_gap, np.float64)
        order = np.argsort(pv, kind="stable")
        pv, pw, pg = pv[order], pw[order], pg[order]
        keys = f.bi_keys.astype(np.int64)
        first, second = keys // V, keys % V
        for side, look, other in ((0, second, first), (1, first, second)):
            m = np.isin(look, pv) & (other >= syl.start) & (other < syl.stop)
            ks_look, ks_other = look[m], other[m]
            lo = np.searchsorted(pv, ks_look, "left")
            hi = np.searchsorted(pv, ks_look, "right")
            reps = hi - lo
            rl = np.repeat(ks_look, reps)
            ro = np.repeat(ks_other, reps)
            # (lo[j], ..., hi[j] - 1 for each j, in order: the entries of pv equal to its word)
            at = np.arange(int(reps.sum()), dtype=np.int64) + np.repeat(lo - (np.cumsum(reps) - reps), reps)
            rw = pw[at]
            gap = pg[at]
            if side == 0:  # (p, v) printed: p(v | p) against p(w | p)
                pv_, _ = f.bigram(ro, rl)
                pw_, _ = f.bigram(ro, rw)
                good = pv_ - pw_ >= gap
            else:  # (v, n) printed: p(n | v) against p(n | w), the likelihood of what follows
                pv_, _ = f.bigram(rl, ro)
                pw_, _ = f.bigram(rw, ro)
                good = pv_ - pw_ >= gap
            out = before if side == 0 else after
            # (each distinct (word, neighbour) once, grouped by word: a word's set is made once)
            codes = kept[side] = np.unique(rw[good] * V + ro[good])
            ws_i, os_i = codes // V, codes % V
            cut = np.flatnonzero(np.diff(ws_i)) + 1
            starts = [0, *cut.tolist()]
            os_list = os_i.tolist()
            for w_i, a, b in zip(ws_i[starts].tolist(), starts, [*cut.tolist(), len(os_list)]):
                os_ = [vocab[o] for o in os_list[a:b]]
                # (the word before may open a sentence, 'Hoạt đông'; a Title-case word after
                # a common one is a name's, 'công Đồng Tháp')
                if side == 0:
                    os_ += [o[:1].upper() + o[1:] for o in os_]
                out.setdefault(vocab[w_i], set()).update(os_)
    res = got[key] = (before, after)
    got[("codes", *key)] = (V, kept[0], kept[1])  # (the document's search table is made from these)
    return res


class _PairWords:
    """:func:`_pairs_by_words` of :func:`_ocr_only_pairs`' texts, answered from
    :func:`_pair_neighbours` as asked: ``get((first word, second word))`` is (the pair text,
    the common words it lets in: the second where the first stands before it, the first where
    the second stands after it, each common word in lower and Title case) or None.  The same
    answers as the built dict (tests/test_ocr_pair_gate.py compares them), without building
    its 153k entries in every process (~0.9 s of CPU at PAIR_LOOKALIKE_GAP 3.0; ocrload)."""

    def __init__(self, neighbours: tuple[dict[str, set[str]], dict[str, set[str]]]) -> None:
        self.before, self.after = neighbours
        self.before_of: dict[str, tuple[str, ...]] = {}  # form as printed -> the common words it is
        self.after_of: dict[str, tuple[str, ...]] = {}
        for d, forms in ((self.before, self.before_of), (self.after, self.after_of)):
            for w in d:
                for form in dict.fromkeys((w, w[:1].upper() + w[1:])):
                    forms[form] = (*forms.get(form, ()), w)

    def pairs_to_ask(self, words: list[str]) -> list[tuple[str, str]]:
        """The neighbouring pairs of ``words`` :meth:`get` may answer: a first word that is a
        common word's form with words after it, or a second word with words before it (the
        others, most pairs of a line, are answered None; told here without a call each)."""
        after_of, before_of = self.after_of, self.before_of
        return [(x, y) for x, y in zip(words, islice(words, 1, None)) if x in after_of or y in before_of]

    def get(self, pair: tuple[str, str]) -> tuple[str, frozenset[str]] | None:
        x, y = pair
        as_second = self.before_of.get(y)
        as_first = self.after_of.get(x)
        if as_second is None and as_first is None:
            return None  # (most pairs of a line: neither word is a common word with a look-alike)
        ws = set()
        if as_second is not None and any(x in self.before[w] for w in as_second):
            ws.add(y)
        if as_first is not None and any(y in self.after[w] for w in as_first):
            ws.add(x)
        return (x + " " + y, frozenset(ws)) if ws else None


def _ocr_only_pairs(lm: SyllableLM) -> tuple:
    """(form -> the words before it, form -> the words after it, the forms, the token pass's
    table) for the document's search (:func:`_ocr_only_pair_lines_doc`): the sets of
    :func:`_pair_neighbours` under each common word's forms as printed (lower case and Title
    case, so a document's words are asked as they are), and the table of
    :func:`_pairs_in_tokens`: each word of a pair text an id, each pair text ('hoạt đông': a
    word before a common word, or a common word and a word after it) a code.  Built once per
    model and setting, and only for a document the line-by-line search cannot answer.

    The pair texts are never spelled out: the codes are made in numpy from
    :func:`_pair_neighbours`' (word, neighbour) codes, a text is named from its code when the
    pass finds it, and the document's search makes the texts of the pairs whose two words it
    holds (repairspeed: ocrload's build spelled out and split 152k texts in Python, ~1.6 s of
    CPU; the same texts, ids and codes as :func:`_pair_texts` gives, tests/test_ocr_pair_gate.py)."""
    got = per_model(_OCR_ONLY_PAIRS, lm, dict)
    key = (OCR_ONLY_PAIR_GAP, OCR_ONLY_PLAIN_HORN, OCR_ONLY_RARE, OCR_ONLY_RATIO, PAIR_LOOKALIKE_GAP)
    if key in got:
        return got[key]
    before, after = _pair_neighbours(lm)
    V, codes_before, codes_after = per_model(_PAIR_NEIGHBOURS, lm, dict)[("codes", *key)]

    def both(d: dict[str, set[str]]) -> dict[str, frozenset[str]]:
        res = {}
        for w, x in d.items():
            res[w] = res[w[:1].upper() + w[1:]] = frozenset(x)
        return res

    b2, a2 = both(before), both(after)
    forms = frozenset(b2).union(a2)
    # (ids: vocabulary id i in lower case is i + 1, in Title case V + i + 1; the syllables are
    # lower case and no Title-case form is another's lower case)
    title = V
    w0, o0 = codes_before // V + 1, codes_before % V + 1  # o stands before w: 'o w' (o in both cases)
    w1, o1 = codes_after // V + 1, codes_after % V + 1  # o stands after w: 'w o' (o in lower case)
    firsts = np.concatenate([o0, o0, o0 + title, o0 + title, w1, w1 + title])
    seconds = np.concatenate([w0, w0 + title, w0, w0 + title, o1, o1])
    width = 2 * V + 1
    codes = np.unique(firsts * width + seconds)
    vocab = lm.vocab
    names: dict[int, str] = {}
    for j in np.unique(np.concatenate([firsts, seconds])).tolist():
        w = vocab[j - 1] if j <= title else vocab[j - 1 - title]
        names[j] = w if j <= title else w[:1].upper() + w[1:]
    ids = {w: j for j, w in names.items()}
    scan = (ids, width, codes, names, {}, {})
    res = got[key] = (b2, a2, forms, scan)
    return res


def _pair_texts(b2: dict[str, frozenset[str]], a2: dict[str, frozenset[str]]) -> dict[tuple[str, str], tuple[str, ...]]:
    """(form, neighbour) -> the pair texts to search ('o w' where the neighbour stands before
    the form, 'w o' where after), spelled out for every pair of :func:`_ocr_only_pairs`' sets:
    the whole table the document's search and the token pass answer from (only tests build
    it, to check them against it)."""
    texts = {}
    for w in frozenset(b2).union(a2):
        for o in b2.get(w, frozenset()) | a2.get(w, frozenset()):
            texts[(w, o)] = tuple(t for t, side in ((o + " " + w, b2), (w + " " + o, a2)) if o in side.get(w, ()))
    return texts


def _pair_at(joined: str, needle: str, pos: int) -> bool:
    """Is the find of pair text ``needle`` ('hoạt đông') at ``pos`` of ``joined`` the two words
    themselves: no letter just before it or just after it ('ý tư' inside 'ý tưởng' is not)?"""
    end = pos + len(needle)
    return not (pos and joined[pos - 1].isalpha()) and not (end < len(joined) and joined[end].isalpha())


def _token_ids(tokens: set[str], ids: dict[str, int], tail_id: dict[str, int], head_id: dict[str, int]) -> None:
    """Fill ``tail_id`` and ``head_id`` (token as printed -> the pair-word id of its trailing,
    of its leading letters; 0 for none) for the ``tokens`` not seen yet: a token of letters
    alone is its own word ('hoạt'), one with a non-letter gives the letters at its ends
    ('(hoạt' ends in 'hoạt', 'đông,' starts with 'đông')."""
    if len(tail_id) > 300_000:
        tail_id.clear()
        head_id.clear()
    for t in tokens.difference(tail_id):  # (a set against a dict: one probe a token)
        if t.isalpha():
            tail_id[t] = head_id[t] = ids.get(t, 0)
            continue
        runs = LETTER_RUN.findall(t)
        tail_id[t] = ids.get(runs[-1], 0) if runs and t[-1].isalpha() else 0
        head_id[t] = ids.get(runs[0], 0) if runs and t[0].isalpha() else 0


def _pairs_in_tokens(v, scan: tuple) -> set[str]:
    """The texts of the table's pairs ('hoạt đông') whose two words stand next to each other
    somewhere in the document as its white-space tokens read (the first ending one token,
    the second starting the next): one pass over the tokens, in numpy (each pair of
    neighbours a code, looked up in the table's sorted codes).  A superset of the pairs
    :func:`_pair_at` finds (two lines' ends meet too)."""
    ids, width, codes, names, tail_id, head_id = scan
    _token_ids(v.tokens, ids, tail_id, head_id)
    flat = list(chain.from_iterable(v.line_tokens))
    n = len(flat)
    if n < 2:
        return set()
    first = np.fromiter(map(tail_id.__getitem__, flat), np.int64, n)[:-1]
    second = np.fromiter(map(head_id.__getitem__, flat), np.int64, n)[1:]
    both = (first > 0) & (second > 0)
    pair = first[both] * width + second[both]
    at = np.searchsorted(codes, pair)  # (np.isin would sort the table again on every call)
    at[at == len(codes)] = 0
    return {names[c // width] + " " + names[c % width] for c in pair[codes[at] == pair].tolist()}


def _ocr_only_pair_lines(v, lm: SyllableLM) -> dict[int, frozenset[str]]:
    """:func:`_ocr_only_pair_lines_doc`, answered line by line with each line's answer kept by
    its text (as the lines' verdicts are), so a line seen before costs one dict lookup
    (speed21: the document's search cost ~10 % of a clean document's repair on every pass).
    The same lines and words exactly: a pair standing together in a line is two neighbouring
    letter runs of that line, so the line's own runs name every pair the document's words
    would; where that does not hold (a line whose letter runs hold a character that is no
    letter, '²', '½': the neighbour check and the token pass read those differently) or
    where one pair text names two common words ('của lục'), both words are let in, as the
    document's search lets them in."""
    neighbours = _pair_neighbours(lm)
    per = per_model(_OCR_ONLY_PAIR_HITS, lm, dict)
    key = (OCR_ONLY_PAIR_GAP, OCR_ONLY_PLAIN_HORN, OCR_ONLY_RARE, OCR_ONLY_RATIO, PAIR_LOOKALIKE_GAP)
    got_key = per.get(key)
    if got_key is None or got_key[0] is not neighbours:
        got_key = per[key] = (neighbours, _PairWords(neighbours), {})
    _texts, by_words, cache = got_key
    if len(cache) > 200_000:
        cache.clear()
    out: dict[int, frozenset[str]] = {}
    get = cache.get
    for k, text in enumerate(v.texts):
        got = get(text)
        if got is None:
            got = cache[text] = _pair_line_hits(text, by_words)
        if got:
            if got is _WHOLE_DOCUMENT:
                return _ocr_only_pair_lines_doc(v, lm)
            out[k] = got
    return out


# a line's answer that sends the document to the search as a whole (see _ocr_only_pair_lines)
_WHOLE_DOCUMENT: frozenset[str] = frozenset({"\n"})
# per model: settings -> (_pair_neighbours' tables, _PairWords of them, {line text: its words})
_OCR_ONLY_PAIR_HITS: dict[int, tuple[SyllableLM, dict]] = {}


def _pairs_by_words(texts: dict) -> dict[tuple[str, str], tuple[str, frozenset[str]]]:
    """(first word, second word) of each pair text -> (the text, the common words it lets in:
    two where two entries share the text, 'của lục' is 'của' before 'lục' and 'lục' after
    'của', 6 texts at gap 1.5), built once per pair table."""
    by: dict[str, set[str]] = {}
    for (w, _o), ts in texts.items():
        for t in ts:
            by.setdefault(t, set()).add(w)
    out = {}
    for t, ws in by.items():
        x, y = t.split(" ")
        out[(x, y)] = (t, frozenset(ws))
    return out


def _pair_line_hits(text: str, by_words: dict | _PairWords) -> frozenset[str]:
    """The common words of one line that a pair standing together in it lets in (what
    :func:`_ocr_only_pair_lines_doc` finds in that line), or _WHOLE_DOCUMENT where the line
    alone cannot tell (see :func:`_ocr_only_pair_lines`): its neighbouring letter runs asked
    of the table, each pair met found in the text as the document's search finds it."""
    ws = line_words(text)
    if not text.isascii() and not all(map(str.isalpha, ws)):
        return _WHOLE_DOCUMENT
    found: set[str] = set()
    pairs = by_words.pairs_to_ask(ws) if isinstance(by_words, _PairWords) else zip(ws, islice(ws, 1, None))
    for pair in pairs:
        got = by_words.get(pair)
        if got is None:
            continue
        t, ws_in = got
        pos = text.find(t)
        while pos >= 0:
            if _pair_at(text, t, pos):
                found |= ws_in
                break
            pos = text.find(t, pos + 1)
    return frozenset(found)


def _ocr_only_pair_lines_doc(v, lm: SyllableLM) -> dict[int, frozenset[str]]:
    """Line index -> the common words of that line (as printed) standing next to a word with
    which their OCR-only look-alike forms a far commoner bigram (see OCR_ONLY_PAIR_GAP): the
    document's words first (set questions: the pairs whose two words it holds), then, with
    more such pairs than OCR_ONLY_PAIR_SCAN_FROM, one pass over its tokens for those that
    stand together (see :func:`_pairs_in_tokens`), and a find of each pair left (few: a
    clean document holds ~2 at gap 3.0, ~18 at 2.0).  The two ways find the same lines."""
    b2, a2, forms, scan = _ocr_only_pairs(lm)
    words = v.words
    here = words & forms
    if not here:
        return {}
    # a pair text two entries share ('của lục') lets both its words in: keeping the last one met
    # made the answer hang on the set's order, i.e. on PYTHONHASHSEED (found by speed21)
    needles: dict[str, set[str]] = {}
    none: frozenset[str] = frozenset()
    for w in here:
        for o in b2.get(w, none) & words:
            needles.setdefault(o + " " + w, set()).add(w)
        for o in a2.get(w, none) & words:
            needles.setdefault(w + " " + o, set()).add(w)
    if not needles:
        return {}
    if len(needles) > OCR_ONLY_PAIR_SCAN_FROM:
        together = _pairs_in_tokens(v, scan)
        needles = {t: w for t, w in needles.items() if t in together}
    joined = v.joined
    out: dict[int, set[str]] = {}
    for needle, ws_in in needles.items():
        pos = joined.find(needle)
        while pos >= 0:
            if _pair_at(joined, needle, pos):
                out.setdefault(v.line_of(pos), set()).update(ws_in)
            pos = joined.find(needle, pos + 1)
    return {k: frozenset(x) for k, x in out.items()}


_SWAPPED_TONES = frozenset("srx")  # sắc, hỏi, ngã: the tone marks a scan reads as one another
_HAT_OF = {"a": "âă", "e": "ê", "o": "ô"}


@lru_cache(maxsize=200_000)
def _scan_lookalike(read: str, printed: str) -> bool:
    """Is lower-case syllable ``read`` ``printed`` with one look-alike mark a scan confuses
    beyond the OCR-only ones: its tone read as another of sắc, hỏi, ngã ('tính' for 'tỉnh',
    'khấu' for 'khẩu', 'chẻ' for 'chẽ'), or a hat or breve lost, the tone kept ('dan' for
    'dân', 'xay' for 'xây')?  A tone lost altogether ('qua' for 'quá') is a typist's slip as
    often as a scan's and stays out (ocr24: every such hit on the clean texts was one)."""
    br, tr = split_tone(read)
    bp, tp = split_tone(printed)
    if len(br) != len(bp):
        return False
    if br == bp:
        return tr != tp and tr in _SWAPPED_TONES and tp in _SWAPPED_TONES
    if tr != tp:
        return False
    diff = [(a, b) for a, b in zip(br, bp) if a != b]
    return len(diff) == 1 and diff[0][1] in _HAT_OF.get(diff[0][0], "")


def _pair_lookalike_table(lm: SyllableLM) -> dict[str, tuple[str, ...]]:
    """Lower-case syllable -> the syllables OCR reads as it with one look-alike mark that is
    no OCR-only one (:func:`_scan_lookalike`: 'tính' -> 'tỉnh', 'dan' -> 'dân', 'khấu' ->
    'khẩu'): the pair gate's wider look-alikes (PAIR_LOOKALIKE_GAP), built once per model
    from the inventory."""
    got = per_model(_PAIR_LOOKALIKES, lm, dict)
    if "" in got:
        return got[""]
    vocab = lm.vocab
    syl = lm.syllable_ids
    out: dict[str, tuple[str, ...]] = {}
    for w in lm.syllables:
        vs = []
        for c in lm.candidate_ids(w)[:12]:
            if not (syl.start <= c < syl.stop):
                continue
            v = vocab[c]
            if v != w and _scan_lookalike(w, v) and not ocr_only_edit(w, v):
                vs.append(v)
        if vs:
            out[w] = tuple(vs)
    got[""] = out
    return out


def _pair_variants(lm: SyllableLM, word: str, wide_ok: bool = True) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the OCR-only look-alikes of lower-case ``word``, its wider ones the pair gate weighs
    at PAIR_LOOKALIKE_MARGIN; () when PAIR_LOOKALIKE_GAP is off or not ``wide_ok``)."""
    only = ocr_only_lookalikes(lm, word)
    if PAIR_LOOKALIKE_GAP is None or not wide_ok:
        return only, ()
    wide = _pair_lookalike_table(lm).get(word)
    if wide is None:
        wide = _pair_lookalike_table(lm).get(norm_syllable(word), ())
    return only, tuple(v for v in wide if v not in only)


def ocr_only_lookalikes(lm: SyllableLM, word: str) -> tuple[str, ...]:
    """The look-alikes of lower-case syllable ``word`` it reads as with a mark only a scan
    loses (:func:`ocr_only_edit`: 'hôi' -> 'hội', 'dại' -> 'đại', 'tù' -> 'từ')."""
    table = _ocr_only_tables(lm)[0]
    got = table.get(word)
    if got is None:
        got = table.get(norm_syllable(word), ())
    return got


def _ocr_only_name_lead(lm: SyllableLM, word: str) -> bool:
    """Is lower-case ``word`` a syllable the gazette never prints whose OCR-only look-alike
    introduces names (NAME_LEAD's rates: 'huyên' for 'huyện', followed by a capital 48 % of
    the time)?"""
    i = lm.index.get(norm_syllable(word))
    if i is None or lm.uni_count[i] > 0:
        return False
    table = load_next_case(str(lm.path))
    for v in ocr_only_lookalikes(lm, word):
        t, n = table.get(v, (0, 0))
        if n >= NAME_LEAD_MIN_SEEN and (t + 0.5) / (n + 1.0) >= NAME_LEAD_MIN_RATE:
            return True
    return False


def _ocr_only_texts(texts: list[str], lm: SyllableLM, every: bool,
                    extras: list[frozenset[str]] | None = None, wide_ok: bool = False) -> list[frozenset[str]]:
    """Per line: its words whose OCR-only look-alike wins by OCR_ONLY_MARGIN (see OCR_ONLY),
    scored as :meth:`SyllableLM.score` scores the window of two words either side, in one
    call for all the lines; only the seldom printed words (see :func:`ocr_only_lines`)
    and the line's ``extras`` (the common words a pair found, OCR_ONLY_PAIR_GAP) unless
    ``every``; with ``wide_ok`` the words a pair let in are weighed against their wider
    look-alikes too (PAIR_LOOKALIKE_GAP)."""
    _table, seldom, common = _ocr_only_tables(lm)
    ident = lm.id
    bos, eos = lm.bos, lm.eos
    occ = []
    us: list[int] = []
    vv: list[int] = []
    xs: list[int] = []
    nseq = 0
    row: list[int] = []
    for li, text in enumerate(texts):
        if not line_marked(text):
            continue
        ws = line_words(text)
        low: list[int | None] | None = None
        extra = extras[li] if extras else frozenset()
        for k, w in enumerate(ws):
            if not (w in seldom or (every and w in common) or w in extra):
                continue
            named = _title(w) and in_name_run(text, ws, k)
            if named and OCR_ONLY_NAME_RUN_MARGIN is None:
                continue
            lw = w.lower()
            vs = ocr_only_lookalikes(lm, lw)
            wide: tuple[str, ...] = ()
            if w in extra:
                vs, wide = _pair_variants(lm, lw, wide_ok)
            if not vs and not wide:
                continue
            if low is None:
                low = [None] * len(ws)
            for q in range(max(0, k - 2), min(len(ws), k + 3)):
                if low[q] is None:
                    low[q] = ident(ws[q].lower())
            before, after = low[max(0, k - 2):k], low[k + 1:k + 3]
            first = nseq
            for c in (low[k], *(ident(v) for v in vs), *(ident(v) for v in wide)):
                seq = [bos, bos, *before, c, *after, eos]
                us += seq[:-2]
                vv += seq[1:-1]
                xs += seq[2:]
                row += [nseq] * (len(seq) - 2)
                nseq += 1
            margin = OCR_ONLY_MARGIN if w not in extra or w in seldom else OCR_ONLY_PAIR_MARGIN
            if named:
                margin = OCR_ONLY_NAME_RUN_MARGIN
            elif k + 1 < len(ws) and _title(ws[k + 1]) and _ocr_only_name_lead(lm, lw):
                margin = OCR_ONLY_NAME_MARGIN
            occ.append((li, w, first, len(vs), len(wide), margin))
    out: list[set[str]] = [set() for _ in texts]
    if occ:
        lp = lm.logprob_ids(np.array(us, np.int64), np.array(vv, np.int64), np.array(xs, np.int64))
        sc = np.bincount(np.array(row, np.int64), weights=lp, minlength=nseq)
        for li, w, first, nv, nw, margin in occ:
            gain = sc[first + 1:first + 1 + nv].max() - sc[first] if nv else -math.inf
            # (a wider look-alike, PAIR_LOOKALIKE_GAP, needs the wider margin)
            wider = sc[first + 1 + nv:first + 1 + nv + nw].max() - sc[first] if nw else -math.inf
            if gain >= margin or wider >= max(margin, PAIR_LOOKALIKE_MARGIN):
                out[li].add(w)
    return [frozenset(x) for x in out]


def _ocr_only_line(text: str, lm: SyllableLM, every: bool, extra: frozenset[str] = frozenset(),
                   wide_ok: bool = False) -> frozenset[str]:
    """:func:`_ocr_only_texts` of one line."""
    return _ocr_only_texts([text], lm, every, [extra], wide_ok)[0]


def _shows_scan_marks(doc: Document, lm: SyllableLM, wider: set[str],
                      narrow: dict[int, frozenset[str]]) -> bool:
    """Does a document show OCR's marks beyond one of the pair gate's wider look-alikes, so
    that those are taken in it (PAIR_LOOKALIKE_GAP)?  The model doubts a word of it
    (:func:`doubted`), or the different words of three kinds, the ``wider`` words that win,
    the OCR-only words that win (``narrow``, :func:`ocr_only_lines`' own) and the spellings
    no syllable has (:func:`_nonword_forms`), number PAIR_LOOKALIKE_DISTINCT and
    NONWORD_LINES_RATE of its marked words, as :func:`lone_confusions` counts its kinds (a
    1980 typescript prints 'triên' and 'đât' in 1955 marked words, and 'chặt chẻ').  A clean
    text's slip of the wider kinds ('bỗ sung', 'khó khan', 'có kể hoạch', 'sự nổ lực') stands
    alone: 20 clean texts of samples/text, realdocs, samples/unseen_repair and unseen13-20
    hold one the gate weighs at PAIR_LOOKALIKE_MARGIN (gains up to 15.8: no margin parts
    them from misreadings), 13 of them changed without this test (ocr24), none with it."""
    if doubted(doc, lm):
        return True
    found = len(wider) + len({w.lower() for ws in narrow.values() for w in ws})
    found += len(set(_nonword_forms(view(doc), lm).values()))
    if found < PAIR_LOOKALIKE_DISTINCT:
        return False
    return found >= NONWORD_LINES_RATE * confusion_evidence(doc, lm)[0]


def ocr_only_lines(doc: Document, lm: SyllableLM) -> dict[int, frozenset[str]]:
    """Line number -> its words that read as a real syllable with a mark only a scan loses
    and whose look-alike the model prefers by OCR_ONLY_MARGIN (see OCR_ONLY): the words the
    gazette prints seldom and far less often than its look-alike (OCR_ONLY_RARE,
    OCR_ONLY_RATIO: 'hôi', 'dại', 'dường'), and with OCR_ONLY_EVERY_DOUBTED in a document the
    model already doubts (:func:`doubted`) every such word ('công' for 'cộng'); the verdicts
    kept per line text.  The fast path: the document's distinct words hold no seldom printed
    one with such a look-alike (one set intersection)."""
    _table, rare_forms, common_forms = _ocr_only_tables(lm)
    v = view(doc)
    words = v.words
    some = words & rare_forms
    every = OCR_ONLY_EVERY_DOUBTED and doubted(doc, lm)
    if every:
        some |= words & common_forms
    paired: dict[int, frozenset[str]] = {}
    if OCR_ONLY_PAIR_GAP is not None and not every:
        paired = _ocr_only_pair_lines(v, lm)
    if not some and not paired:
        return {}
    cache = per_model(_OCR_ONLY_LINES, lm, dict)
    if len(cache) > 100_000:
        cache.clear()
    rows = sorted(set(v.lines_with_words(some) if some else ()) | set(paired))
    # (a line's verdict is kept by its text, the common words a pair let in, and every
    # setting it reads)
    mode = (every, OCR_ONLY_MARGIN, OCR_ONLY_NAME_MARGIN, OCR_ONLY_NAME_RUN_MARGIN, OCR_ONLY_PLAIN_HORN,
            OCR_ONLY_RARE, OCR_ONLY_RATIO, OCR_ONLY_PAIR_GAP, OCR_ONLY_PAIR_MARGIN, PAIR_LOOKALIKE_GAP,
            PAIR_LOOKALIKE_MARGIN)  # (PAIR_LOOKALIKE_DISTINCT is read after the cache, below)

    def weigh(wide_ok: bool) -> dict[int, frozenset[str]]:
        empty: frozenset[str] = frozenset()
        keys = {k: (v.texts[k], mode, paired.get(k, empty), wide_ok) for k in rows}
        todo = list(dict.fromkeys(key for key in keys.values() if key not in cache))
        if todo:
            for key, got in zip(todo, _ocr_only_texts([t for t, _m, _e, _w in todo], lm, every,
                                                      [e for _t, _m, e, _w in todo], wide_ok)):
                cache[key] = got
        out: dict[int, frozenset[str]] = {}
        for k in rows:
            key = keys[k]
            got = cache.get(key)
            if got is None:
                got = cache[key] = _ocr_only_line(v.texts[k], lm, every, key[2], wide_ok)
            if got:
                out[doc.lines[k].number] = got
        return out

    narrow = weigh(False)
    if not paired or PAIR_LOOKALIKE_GAP is None:
        return narrow
    wide = weigh(True)
    if wide == narrow:
        return narrow
    # (a wider look-alike, PAIR_LOOKALIKE_GAP, is taken only in a document that shows OCR's
    # marks beyond one such word, see _shows_scan_marks)
    more = {w.lower() for k, ws in wide.items() for w in ws - narrow.get(k, frozenset())}
    return wide if _shows_scan_marks(doc, lm, more, narrow) else narrow


def lone_confusions(doc: Document, lm: SyllableLM) -> tuple[set[int], dict[int, frozenset[str]]]:
    """The misreadings of a document too lightly damaged to be read as OCR output (fewer
    than NONWORD_DISTINCT spellings no syllable has, too little look-alike evidence, see
    :func:`_judge`), word by word: (the marked lines holding a spelling no syllable has
    that OCR alone explains, :func:`_nonword_confusion`: 'viêc', 'xuẩt', 'nghiêp' for
    'việc', 'xuất', 'nghiệp'; line number -> its plain words that lost every mark,
    :func:`plain_winner_lines`: 'xay dựng', 'nhan dân').  The first lines are read by the
    corrector as a clean text's lines are (only the impossible spellings are questioned and
    each stays possible as an unknown word, so a name or a foreign word keeps its
    spelling); the plain words are questioned as in an OCR'd line.  The rest of the
    document is never touched.

    A clean text has a stray slip of either kind too ('luât', 'viêc', 'hơp', 'giao thong'
    in the sources of samples/text and samples/unseen_repair: 22 of 580 clean texts hold
    one), so one alone is no reason to touch a document: two different ones, of any kind
    (with the occurrences of a look-alike far likelier in context, :func:`confusion_evidence`),
    are, when they are not lost in a long text (a 1980 typescript of 1955 marked words
    prints 'đât' and 'triên' as typed: 1 in 980 words, where OCR at a rate that escapes the
    other evidence leaves 1 in 100-300).

    A word read once where the document prints its look-alike between the same words
    (pipeline.repair.ocrusage.own_usage_words: 'địa bàn tính' in a text that writes 'địa
    bàn tỉnh') is one more such kind, questioned as the plain words are; OWN_USAGE_ALONE_DISTINCT
    different ones open a document without a spelling no syllable has (one alone is in 25 of
    638 clean texts), when the model already doubts a word of it (OWN_USAGE_DOUBTED,
    :func:`doubted`: read by :func:`_judge` before, so the count of the document's words is
    made in 31 of 712 clean texts, not in every one)."""
    v = view(doc)
    forms = _nonword_forms(v, lm)
    typed = list(forms)
    own: dict[int, frozenset[str]] = {}
    if OWN_USAGE and (typed or (OWN_USAGE_ALONE and (not OWN_USAGE_DOUBTED or doubted(doc, lm)))):
        docs = per_model(_OWN_DOCS, lm, dict)
        got = docs.get(v.joined)
        if got is None:
            if len(docs) > 2_000:
                docs.clear()
            got = docs[v.joined] = own_usage_words(v.texts, lm)
        own = {doc.lines[k].number: ws for k, ws in got.items()}
        if not typed and len({w.lower() for ws in own.values() for w in ws}) < OWN_USAGE_ALONE_DISTINCT:
            own = {}
    if not typed and not own:
        # (the fast path of clean text: a plain word that lost its marks counts only beside
        # a spelling no syllable has; beside look-alike evidence alone it was 1 corrupted
        # copy in 627 of samples/unseen_repair, not worth weighing every plain word for)
        return set(), {}
    plain = plain_winner_lines(doc, lm) if PLAIN_WINNERS else {}
    marked, _hits, looks = confusion_evidence(doc, lm)
    found = (len(set(forms.values())) + len(looks)
             + len({w.lower() for ws in plain.values() for w in ws} | {w.lower() for ws in own.values() for w in ws}))
    if found < NONWORD_LINES_DISTINCT or found < NONWORD_LINES_RATE * marked:
        return set(), {}
    for k, ws in own.items():
        plain[k] = plain.get(k, frozenset()) | ws
    return {doc.lines[k].number for k in v.lines_with_words(typed) if line_marked(doc.lines[k].text)}, plain


def is_ocr_document(doc: Document) -> bool:
    return bool(doc.meta.get("ocr")) or any(ln.ocr_confidence is not None for ln in doc.lines)


def repair_ocr(doc: Document, config: Config) -> Document:
    """Correct OCR look-alike mark confusions where the LM is confident ('ocr' rows)."""
    from pipeline.repair.corrections import load_corrections, substitutions

    ocr_doc = bool(doc.meta.get("ocr"))
    subs = substitutions(load_corrections(config.corrections))
    try:
        base = load_model(config.models_dir)
    except FileNotFoundError:
        return doc
    probe = OcrCorrector(base, subs=subs)
    strong: dict[int, frozenset[str]] = {}
    look = True  # look at every line (else only at the lines with strong evidence)
    lone: set[int] = set()  # lines with a lone OCR-only non-syllable (see lone_confusions)
    word_by_word: set[int] = set()
    reads_ocr = False
    # (read once: the two steps below change no line and no mark)
    scanned = is_ocr_document(doc)
    if not scanned:
        reads_ocr, strong = _judge(doc, base)
        reads_ocr = reads_ocr or shows_nonword_confusions(doc, base)
    if reads_ocr:
        # typed text that reads like OCR output (a scan OCR'd elsewhere): corrected as an
        # OCR'd document is (see shows_ocr_evidence)
        ocr_doc = True
        doc.meta["ocr_evidence"] = True
        strong = {}
    elif not scanned:
        look = bool(subs) or shows_confusions(doc, base)
        if not look and NONWORD_LINES:
            lone, plain_lines = lone_confusions(doc, base)
            if NAME_LEAD:
                for k, ws in name_lead_lines(doc, base).items():
                    plain_lines[k] = plain_lines.get(k, frozenset()) | ws
            if OCR_ONLY:
                for k, ws in ocr_only_lines(doc, base).items():
                    plain_lines[k] = plain_lines.get(k, frozenset()) | ws
            # the lines corrected word by word for these alone (see lone_confusions)
            word_by_word = (lone | set(plain_lines)) - set(strong)
            for k, ws in plain_lines.items():
                strong[k] = strong.get(k, frozenset()) | ws
        if not strong and not look and not lone:
            return doc  # clean typing: a stray typo is no reason to touch the document
    # (a document that shows OCR's confusions: its forbidden stop tones, every line)
    _stop_tones(doc, base, True, config, word_by_word)
    plain = mostly_marked(doc)
    prev = ""
    for ln in doc.lines:
        if ocr_doc or ln.ocr_confidence is not None:
            cleaned = clean_wrapped(prev, clean_line(ln.text))
            if cleaned != ln.text:
                record_change(doc, ln, cleaned, KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="scan noise: a mark no directive prints")
            name = fix_name_line(ln.text)
            if name:
                record_change(doc, ln, splice(ln.text, [(x, y, b, c, 0.9, []) for x, y, b, c in name]),
                              KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a signer's surname")
            vv = fix_vv(ln.text)
            if vv:
                record_change(doc, ln, splice(ln.text, [(x, y, b, c, 0.9, []) for x, y, b, c in vv]),
                              KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="'V/v' opening the subject line")
            spacing = fix_spacing(base, ln.text)
            if spacing:
                record_change(doc, ln, splice(ln.text, [(x, y, b, c, 0.9, []) for x, y, b, c in spacing]),
                              KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a word OCR ran together or cut apart")
            if ln.ocr_words:
                labelled = comma_label(ln.text, prev)
                if labelled is not None:
                    record_change(doc, ln, labelled, KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                                  note="an item's stop read as a comma after its number")
            if lone_mark_line(ln):
                record_change(doc, ln, "", KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a speck read as a mark alone on its line")
            elif noise_line(ln, base.is_syllable) and not inside_text_band(ln, doc.lines):
                record_change(doc, ln, "", KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a short line Tesseract doubts whole: stamp or margin noise, left out")
            elif small_print_line(ln, doc.lines):
                record_change(doc, ln, "", KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a short line far lower than the page's print: a stamp's or a hand's strokes, left out")
            if ln.ocr_words:
                punct = tesseract_punctuation(ln.text)
                if punct:
                    record_change(doc, ln, splice(ln.text, [(x, y, b, c, 0.9, []) for x, y, b, c in punct]),
                                  KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                                  note="punctuation Tesseract prints for an en dash or an ellipsis")
                specks = line_comma_specks(ln, load_comma_pairs(config.models_dir))
                if specks:
                    record_change(doc, ln, splice(ln.text, [(x, y, b, c, 0.9, []) for x, y, b, c in specks]),
                                  KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                                  note="a speck read as a comma between words the gazette never parts")
                inword = line_word_commas(ln, load_comma_pairs(config.models_dir), _one_word(base))
                if inword:
                    record_change(doc, ln, splice(ln.text, [(x, y, b, c, 0.9, []) for x, y, b, c in inword]),
                                  KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                                  note="a speck read as a comma inside one dictionary word")
            terms = line_term_fixes(ln, load_terms(config.models_dir))
            if terms:
                record_change(doc, ln, splice(ln.text, [(x, y, b, c, 0.9, []) for x, y, b, c in terms]),
                              KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a fixed administrative term whose marks the scan blurred")
            pairs = line_pair_fixes(ln, load_pair_terms(config.models_dir), _one_word(base))
            if pairs:
                record_change(doc, ln, splice(ln.text, [(x, y, b, c, 0.9, []) for x, y, b, c in pairs]),
                              KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a two-word term whose marks the scan blurred")
            _letters_and_case(doc, ln, base, prev, config)
        prev = ln.text
    for ln, nxt in zip(doc.lines, doc.lines[1:]):
        if (ocr_doc or ln.ocr_confidence is not None) and ln.text.endswith("."):
            new = speck_stop(ln.text, nxt.text)
            if new != ln.text:
                record_change(doc, ln, new, KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a speck read as a stop: the sentence goes on in lower case on the next line")
    if ocr_doc or is_ocr_document(doc):
        for k, new in sorted(fix_labels([ln.text for ln in doc.lines]).items()):
            ln = doc.lines[k]
            if ocr_doc or ln.ocr_confidence is not None:
                record_change(doc, ln, new, KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a list label misread, restored from its siblings")
        for k, new in sorted(fix_label_runs([ln.text for ln in doc.lines]).items()):
            ln = doc.lines[k]
            if ocr_doc or ln.ocr_confidence is not None:
                record_change(doc, ln, new, KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a list label misread, set to its place in its run of siblings")
        for k, new in sorted(fix_sibling_dashes([ln.text for ln in doc.lines]).items()):
            ln = doc.lines[k]
            if ocr_doc or ln.ocr_confidence is not None:
                record_change(doc, ln, new, KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a speck read as a dash before an opening its sibling lines print bare")
        for k in sorted(note_lines([ln.raw if ln.raw is not None else ln.text for ln in doc.lines])):
            ln = doc.lines[k]
            if (ocr_doc or ln.ocr_confidence is not None) and ln.text.strip() == (ln.raw or ln.text).strip():
                record_change(doc, ln, "", KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a margin note or a stamp's handwriting read one word a line")
        for k, new in sorted(fix_roman_labels([ln.text for ln in doc.lines]).items()):
            ln = doc.lines[k]
            if ocr_doc or ln.ocr_confidence is not None:
                record_change(doc, ln, new, KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a Roman section number misread ('H' for 'II')")
        for k, new in sorted(fix_recipient_dashes([ln.text for ln in doc.lines]).items()):
            ln = doc.lines[k]
            if ocr_doc or ln.ocr_confidence is not None:
                record_change(doc, ln, new, KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a recipient that lost its '- '")
        for k, new in sorted(fix_recipient_ends([ln.text for ln in doc.lines]).items()):
            ln = doc.lines[k]
            if ocr_doc or ln.ocr_confidence is not None:
                record_change(doc, ln, new, KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a recipient's ';' read ':' in the Nơi nhận block")
        for k, new in sorted(fix_item_ends([ln.text for ln in doc.lines]).items()):
            ln = doc.lines[k]
            if ocr_doc or ln.ocr_confidence is not None:
                record_change(doc, ln, new, KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="';' read ':' at the end of a list item between items ending ';'")
        _stray_quotes(doc, base, ocr_doc, config)
        for k, new in sorted(fix_document_dates([ln.text for ln in doc.lines]).items()):
            ln = doc.lines[k]
            if ocr_doc or ln.ocr_confidence is not None:
                record_change(doc, ln, new, KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                              note="a date OCR made impossible (a month or day no calendar has, a year of five "
                                   "digits or none the document could name), read back from the document's dates")
    todo, agg = [], []
    for ln in doc.lines:
        a = ocr_doc or ln.ocr_confidence is not None
        if ln.number in strong or ((look or ln.number in lone) and probe.needs_look(ln.text, a, plain)):
            todo.append(ln)
            agg.append(a)
    if not todo:
        return doc
    # The document cache comes only from lines the corrector leaves alone: in an OCR'd
    # document every line is suspect, and OCR repeats its confusions ('và' read 'vá' 15
    # times in one document), so its own words are no evidence (measured: with them,
    # 20 % fewer errors were corrected).
    exclude = {ln.number for ln in todo}
    corr = OcrCorrector(document_model(doc, config, base, exclude), subs=subs)
    if CLOSE_CALL_VETO:
        corr.base_lm = base
    if ocr_doc:
        corr.forms = document_forms(doc)
    for ln, a in zip(todo, agg):
        if a:
            fixed = fix_phrases(ln.text)
            if fixed:
                record_change(doc, ln, splice(ln.text, [(x, y, b, c, 0.95, []) for x, y, b, c in fixed]),
                              KIND, 0.95, [], threshold=config.review_threshold,
                              note="a fixed phrase of every directive")
    sure = [strong.get(ln.number, frozenset()) for ln in todo]
    where = {id(ln): k for k, ln in enumerate(doc.lines)}
    before, after = [], []
    for ln in todo:
        k = where[id(ln)]
        prev = doc.lines[k - 1].text if k > 0 else ""
        nxt = doc.lines[k + 1].text if k + 1 < len(doc.lines) else ""
        before.append(prev if continuation(prev, ln.text) else "")
        after.append(nxt if continuation(ln.text, nxt) else "")
    texts = [ln.text for ln in todo]
    confs = [word_confidences(ln) for ln in todo]
    printed = [ln.text for ln in doc.lines] if KEEP_NAMES else []  # (as read, before this loop's changes)
    names = None  # their name pairs, counted on the first change to a Title-case word
    for ln, changes in zip(todo, corr.correct_lines(texts, agg, sure, before, after, confs)):
        if changes and KEEP_NAMES and any(title_word(c[2]) for c in changes):
            # a name the document prints the same way again stays as printed (ocrnames)
            if names is None:
                names = name_pairs(printed)
            changes = [c for c in changes if not keeps_name(ln.text, c[0], c[1], c[2], c[3], names)]
        if changes:
            first = len(doc.repairs)
            apply_changes(doc, ln, changes, KIND, config)
            if ln.number in word_by_word:
                for r in doc.repairs[first:]:
                    # (pipeline.repair.record.guessed_lines leaves such a line's names
                    # as printed: one word was misread, not the line)
                    r.note = LONE_NOTE
    if ocr_doc:
        _pairs_left(doc, base, config)
        _doubled_codes(doc, config)
    return doc


def _one_word(lm: SyllableLM):
    """(a, b) -> are the two syllables one word of the word lists (see _dict_partners)."""
    after, _ = _dict_partners(lm)

    def is_word(a: str, b: str) -> bool:
        ib = lm.index.get(b)
        return ib is not None and ib in after.get(a, ())
    return is_word


def _stray_quotes(doc: Document, lm: SyllableLM, ocr_doc: bool, config: Config) -> None:
    """Opening quotes read out of a speck inside a bound phrase, on the OCR'd lines
    (:func:`pipeline.repair.ocrquotes.stray_quotes`)."""
    texts = [ln.text for ln in doc.lines]
    confs = {k: word_confidences(ln) for k, ln in enumerate(doc.lines)
             if ln.ocr_words and ("\u201c" in ln.text or '"' in ln.text)}
    for k, new in sorted(stray_quotes(lm, texts, confs).items()):
        ln = doc.lines[k]
        if ocr_doc or ln.ocr_confidence is not None:
            record_change(doc, ln, new, KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                          note="a speck read as an opening quote inside a phrase, with no closing quote")


def _stop_tones(doc: Document, lm: SyllableLM, ocr_doc: bool, config: Config,
                word_by_word: set[int] = frozenset()) -> None:
    """A stop-final word with a tone Vietnamese forbids ('viêc', 'xuẩt'), read back with
    sắc or nặng on the OCR'd lines (:func:`pipeline.repair.ocrstops.fix_line`).  On a line
    corrected word by word (a lone misreading in typed text) the change carries LONE_NOTE as
    the corrector's own changes there do, so that record.guessed_lines leaves the line's names
    as printed (test_ocr_lone_confusions: 'Vấn' stays beside 'viêc' -> 'việc')."""
    for ln in doc.lines:
        if not (ocr_doc or ln.ocr_confidence is not None) or ln.text.isascii():
            continue
        fixes = stop_tone_fixes(lm, ln.text)
        if fixes:
            note = (LONE_NOTE if ln.number in word_by_word
                    else "a stop-final word with a tone Vietnamese forbids, read with sắc or nặng")
            record_change(doc, ln, splice(ln.text, [(x, y, b, c, 0.9, []) for x, y, b, c in fixes]),
                          KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold, note=note)


def _doubled_codes(doc: Document, config: Config) -> None:
    """Codes OCR printed with a letter doubled, set right from the document's own spelling
    (:func:`pipeline.repair.ocrletters.fix_doubled_codes`)."""
    counts = code_counts([ln.text for ln in doc.lines])
    if not any(n == 1 for n in counts.values()) and not any(n >= DOC_CODE_MIN for n in counts.values()):
        return
    for ln in doc.lines:
        fixes = fix_doubled_codes(ln.text, counts)
        if fixes:
            record_change(doc, ln, splice(ln.text, [(x, y, b, c, 0.9, []) for x, y, b, c in fixes]),
                          KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                          note="a code with a letter read twice, as the document prints it elsewhere")


def _pairs_left(doc: Document, lm: SyllableLM, config: Config) -> None:
    """Pairs of syllables the trigram corrector left that OCR misread out of one dictionary
    word (:func:`pipeline.repair.ocrletters.fix_pairs`): run last, on what the corrector
    made of each line, so that a syllable it restores alone ('hé sơ' -> 'hồ sơ') is not
    taken for another pair first."""
    lines = doc.lines
    for k, ln in enumerate(lines):
        if not line_marked(ln.text):
            continue
        prev = lines[k - 1].text if k > 0 else ""
        nxt = lines[k + 1].text if k + 1 < len(lines) else ""
        fixes = fix_pairs(lm, ln.text, prev, nxt)
        if fixes:
            # (the confidences are mapped onto the line only when a pair is found: most lines have none)
            fixes = unsure_only(fixes, word_confidences(ln))
        if fixes:
            record_change(doc, ln, splice(ln.text, [(x, y, b, c, 0.8, []) for x, y, b, c in fixes]),
                          KIND, 0.8, [], threshold=config.review_threshold,
                          note="two syllables misread out of one word")


def _letters_and_case(doc: Document, ln, lm: SyllableLM, prev: str, config: Config) -> None:
    """The rules of :mod:`pipeline.repair.ocrletters` on one OCR'd line: a hyphen read twice
    in a code, a comma speck inside a word, case read from letter shapes, letters misread."""
    if stamp_line(ln.text):
        record_change(doc, ln, "", KIND, NOISE_CONFIDENCE, [], threshold=config.review_threshold,
                      note="the words of a received stamp ('ĐẾN', 'Số', 'Ngày')")
        return
    k = ln.number  # 1-based over the document
    nxt = doc.lines[k].text if k < len(doc.lines) and doc.lines[k - 1] is ln else ""

    def apply(fixes, note: str, conf: float = NOISE_CONFIDENCE) -> None:
        # each rule reads the line as the rules before it left it
        if fixes:
            record_change(doc, ln, splice(ln.text, [(x, y, b, c, conf, []) for x, y, b, c in fixes]),
                          KIND, conf, [], threshold=config.review_threshold, note=note)

    apply(fix_codes(ln.text), "a hyphen read twice inside a code")
    apply(fix_code_symbols(ln.text), "a capital of a number's type symbol misread ('PTr' for 'TTr')")
    if ln.ocr_words:
        # Tesseract's own lines only: typists print 'QĐ- TTg' too, and typed text keeps it
        apply(fix_code_spacing(ln.text), "a blank OCR put beside a hyphen inside a document's number")
    apply(eth_doubles(ln.raw or "", ln.text), "one 'Đ' read twice ('ĐÐ' as OCR printed it)")
    apply(fix_specks(lm, ln.text), "a speck read as a character of its own ('(', ',', 'I', a letter twice)")
    apply(fix_glued_marks(ln.text), "a margin stroke or a quote misread glued to a word")
    apply(fix_dates(ln.text), "a date's digit or 'ngày' misread")
    apply(fix_bound_comma(lm, ln.text), "a comma speck inside a word")
    apply(fix_stacked_letters(lm, ln.text), "a vowel under stacked marks read as letters ('hd sơ' for 'hồ sơ')")
    apply(fix_case(lm, ln.text), "a letter's case misread from its shape")
    apply(letter_fixes(lm, ln.text, prev, nxt), "a letter misread, lost or read as a symbol", 0.8)


def unsure_only(fixes: list, spans: list[tuple[int, int, float]]) -> list:
    """The fixes ``(start, end, before, after, ...)`` that touch a word Tesseract did not read
    sure (SURE_CONF): a rule that rewrites whole words from the context alone ('điều đó'
    -> 'điều độ', a dictionary pair) is no evidence against a reading the OCR was sure of.
    Without confidences every fix is kept."""
    if not spans:
        return fixes
    out = []
    for f in fixes:
        x, y = f[0], f[1]
        touched = [c for s, e, c in spans if s < y and e > x]
        if not touched or min(touched) < SURE_CONF:
            out.append(f)
    return out


_ETH_PAIR = re.compile("ĐÐ|ÐĐ")


def eth_doubles(raw: str, text: str) -> list[tuple[int, int, str, str]]:
    """'BCĐÐ', 'GD&ĐÐT' as Tesseract prints them: a 'Đ' beside an Icelandic 'Ð' is one
    letter read twice (a code printed with 'ĐĐ', 'QLĐĐ', is typed with one code point
    twice, and OCR reads both alike).  The code-point repair has made the 'Ð' a 'Đ' by now,
    so the line as ingested (``raw``) tells which 'ĐĐ' were read so; only when every 'ĐĐ'
    of the line was."""
    if "ĐĐ" not in text or not _ETH_PAIR.search(raw) or "ĐĐ" in raw or "ÐÐ" in raw:
        return []
    found = [m.start() for m in re.finditer("ĐĐ", text)]
    if len(found) != len(_ETH_PAIR.findall(raw)):
        return []
    return [(i, i + 2, "ĐĐ", "Đ") for i in found]


def correct_text(text: str, lm: SyllableLM | None = None, ocr: bool = True) -> str:
    """Correct a string line by line (no document cache): for benchmarks and tests."""
    c = OcrCorrector(lm or load_model())
    lines = text.split("\n")
    idx = [i for i, ln in enumerate(lines) if c.needs_look(ln, ocr)]
    for i, changes in zip(idx, c.correct_lines([lines[i] for i in idx], [ocr] * len(idx))):
        lines[i] = splice(lines[i], changes)
    return "\n".join(lines)


__all__ = ["repair_ocr", "correct_text", "OcrCorrector", "mark_edits", "shows_confusions", "shows_ocr_evidence",
           "confusion_evidence", "strong_evidence"]
