"""The lexicon of verbs the gazette uses in a verb's place, whether or not they open its list items.

(points19) models/directive_verbs.tsv keeps the words that open the gazette's list items; a verb that a
point rarely opens on ('quảng bá', 'niêm yết': items say 'Tăng cường quảng bá ...', 'Thực hiện niêm
yết ...') is missing from it, and a bare subject followed by it ('Các địa phương quảng bá hình ảnh ...',
'Các cơ sở kinh doanh niêm yết giá ...') is not read as the body and its action.  This build reads the
gazette corpus (the held-out documents left out, as every builder does) and keeps each two-syllable
word of both word lists that stands in a verb's place -- after 'phải', 'cần', 'sẽ', 'đã', 'hãy', 'để',
'nhằm', 'tiếp tục', 'không được', 'chưa' (build_directive_verbs.VERB_BEFORE) -- often, far more often
than in a noun's place (after 'các', 'những', 'mỗi', ...), and is written lower-case inside clauses.
The thresholds are stricter than directive_verbs' since no item opening vouches for the word.

Output: models/clause_verbs.tsv (verb, verb-place count, noun-place count), its first line a manifest
line (sources, their sha256, the thresholds).  Deterministic.  Run by `make models`.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus_source import build_table_main  # noqa: E402
from build_directive_verbs import FUNCTION_FIRST, count, places, word_lists  # noqa: E402

OUT = HERE / "clause_verbs.tsv"
MIN_VERB_PLACE = 8    # seen in a verb's place this often at least
VERB_SHARE = 0.8      # and at least this share of its verb/noun places
LOWER_SHARE = 0.9     # written lower-case inside a clause (names are capitalised)


def build(corpus: Path) -> tuple[list, str]:
    words, sources = word_lists()
    _, _, sylls = count(corpus)
    cands = {w for w in words if len(w.split()) == 2 and w.split()[0] not in FUNCTION_FIRST}
    verb, noun, lower, total = places(sylls, cands, words)
    rows = []
    for k in sorted(cands):
        v, nn = verb[k], noun[k]
        if v >= MIN_VERB_PLACE and v >= VERB_SHARE * (v + nn) and total[k] and lower[k] >= LOWER_SHARE * total[k]:
            rows.append((k, v, nn))
    manifest = ("# clause_verbs: built by models/build_clause_verbs.py from " + corpus.name
                + " (held-out ids left out); word lists " + ", ".join(f"{n} sha256:{h}" for n, h in sources)
                + f"; MIN_VERB_PLACE={MIN_VERB_PLACE} VERB_SHARE={VERB_SHARE} LOWER_SHARE={LOWER_SHARE}; {len(rows)} entries")
    return rows, manifest


def table_lines(corpus: Path) -> list[str]:
    """The file's lines: the manifest, the column names, a verb a line."""
    rows, manifest = build(corpus)
    return [manifest, "verb\tverb_place\tnoun_place", *("\t".join(map(str, r)) for r in rows)]


def main(argv=None) -> int:
    return build_table_main(argv, __doc__.splitlines()[0], OUT, None, table_lines,
                            lambda lines: f"{len(lines) - 2} verbs", line=str)


if __name__ == "__main__":
    raise SystemExit(main())
