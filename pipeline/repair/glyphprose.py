"""The directives' own word pairs, weighed when the lost-glyph search reads a word again.

The syllable model is counted on the Official Gazette, whose laws and decrees never print
much of the prose chidao reads: a campaign's 'ra quân', a news lead's 'sáng ngày', 'chào
mừng', 'vừa qua', 'mưa lũ', 'hưởng ứng', 'Bác Hồ'.  Where a font lost a word's vowel the
search chooses between the syllables that fit its printed letters, and with no pair
evidence for the right one the document's commoner word wins ('tổ chức ra quan lập lại trật
tự' in a text that prints 'cơ quan' intact ten times).  ``models/prose_pairs.tsv``
(``models/build_prose_pairs.py``) lists the pairs that two development texts at least print
and the gazette never does, with the number of texts; :func:`pair_bonus` turns a
candidate's pairs with its neighbours into natural-log evidence for
``glyphs.rescore_fills``.  Only the glyph repair reads it: the model and every other repair
kind are unchanged, and clean text (no fills) never reaches it.
"""
from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from pipeline.config import model_table_lines

PAIRS_FILE = "prose_pairs.tsv"
# switch: the re-reading of a restored word weighs the development prose's pairs (False:
# as before session 32)
PROSE_PAIRS = True
# natural-log weight of log(1 + texts) for each of the candidate's two pairs: a pair that
# 29 texts print ('ra quân') is worth 10 nats, one that 2 print 3.3 -- about what the
# search's own document counts give a word the document prints 20 times or more (1.2 *
# log(1 + 20) = 3.65).  Measured at seed 0 of the 434 benchmark texts (session 32, glyph36):
# 1.0 -> 769 to 766 errors, 2.0 -> 753, 3.0 -> 748 (19 documents better, 1 worse); seeds 1
# and 2 were not used for the choice (see benchmarks/HISTORY.md)
PAIR_WEIGHT = 3.0


@lru_cache(maxsize=4)
def load_prose_pairs(models_dir: Path | None = None) -> dict[tuple[str, str], int]:
    """The pairs of ``models/prose_pairs.tsv`` with their text counts (empty when missing)."""
    out: dict[tuple[str, str], int] = {}
    for row in model_table_lines(PAIRS_FILE, models_dir):
        pair, _, n = row.partition("\t")
        parts = pair.split()
        if len(parts) == 2 and n.isdigit():
            out[(parts[0], parts[1])] = int(n)
    return out


def pair_bonus(left: str | None, word: str, right: str | None,
               pairs: dict[tuple[str, str], int] | None = None) -> float:
    """Natural-log evidence for ``word`` (lower-case, the model's spelling) between its
    neighbours from the prose pairs it makes with them (0 when switched off or unlisted)."""
    if not PROSE_PAIRS:
        return 0.0
    if pairs is None:
        pairs = load_prose_pairs()
    if not pairs:
        return 0.0
    bonus = 0.0
    if left:
        bonus += math.log1p(pairs.get((left, word), 0))
    if right:
        bonus += math.log1p(pairs.get((word, right), 0))
    return PAIR_WEIGHT * bonus
