"""Log every word the repair changes (or leaves) on OCR-corrupted clean texts, with the
language model's gain, the channel's prior and how common each spelling is: to look for a
margin that separates right changes from wrong ones (HISTORY, session 15 round 2, ocr17).

    .venv/bin/python benchmarks/ocr_changes.py --texts samples/unseen_repair --seeds 1 [--marked] [--tsv OUT]

Only lines whose broken, repaired and clean forms have the same number of words are read
(the word-for-word confusions; splits and joins are left out).  Per word:
  outcome  right (repaired to the clean word), wrong (changed, not to the clean word; 'damage'
           when the broken word was already right), missed (left as broken, broken wrong)
  real     the broken word is a syllable the LM knows (a close call) or not
  gain     log10 LM score of the 5-word window (neighbours as repaired) with the new word minus
           with the broken word
  chan     the channel's log10 P(read | new) - log10 P(read | read) (None: not mark variants)
  uni      unigram log10 of the broken word and of the new word
"""
from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corrupt import corrupt  # noqa: E402
from benchmarks.repair import _lines, clean_docs, run  # noqa: E402
from pipeline.eval import repair_words as _words  # noqa: E402
from pipeline.repair.lm import load_model  # noqa: E402
from pipeline.repair.ocrchannel import load_channel  # noqa: E402


def _norm(w: str) -> str:
    return unicodedata.normalize("NFC", w.lower().strip(".,;:!?()\"'“”…"))


def events(docs, seeds: int, marked: bool):
    for name, text in docs:
        gl = _lines(text)
        for seed in range(seeds):
            broken, _ = corrupt(text, "ocr", seed)
            pred, _dt = run(broken, marked)
            for b, p, g in zip(_lines(broken), pred, gl):
                bw, pw, gw = _words(b), _words(p), _words(g)
                if not (len(bw) == len(pw) == len(gw)):
                    continue
                for i, (x, y, z) in enumerate(zip(bw, pw, gw)):
                    if x == y == z:
                        continue
                    if y != x:
                        outcome = "right" if y == z else ("damage" if x == z else "wrong")
                        new = y
                    elif x != z:
                        outcome, new = "missed", z
                    else:
                        continue
                    yield name, seed, pw, i, x, new, outcome


def features(lm, chan, bw, i, x, new):
    ctx = [_norm(w) for w in bw[max(0, i - 2): i + 3]]
    k = min(i, 2)
    a, b = list(ctx), list(ctx)
    a[k], b[k] = _norm(new), _norm(x)
    gain = lm.score(a) - lm.score(b)
    r = chan.ratio(_norm(x), _norm(new)) if chan else None
    return gain, r, lm.unigram_logprob(_norm(x)), lm.unigram_logprob(_norm(new)), lm.is_syllable(_norm(x))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", nargs="*", default=["samples/unseen_repair"])
    ap.add_argument("--seeds", type=int, default=1)
    ap.add_argument("--marked", action="store_true")
    ap.add_argument("--tsv")
    args = ap.parse_args(argv)
    docs = clean_docs([Path(d) for d in args.texts])
    lm = load_model()
    chan = load_channel(str(lm.path))
    rows = []
    for name, seed, bw, i, x, new, outcome in events(docs, args.seeds, args.marked):
        gain, r, ux, un, real = features(lm, chan, bw, i, x, new)
        rows.append((name, seed, x, new, outcome, real, gain, r, ux, un))
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as f:
            f.write("doc\tseed\tread\tnew\toutcome\treal\tgain\tchan\tuni_read\tuni_new\n")
            for row in rows:
                f.write("\t".join(str(v) if not isinstance(v, float) else f"{v:.2f}" for v in row) + "\n")
    c = Counter((o, real) for _n, _s, _x, _y, o, real, *_ in rows)
    print("outcome x broken word is a syllable:", dict(sorted(c.items())))
    print("\nchanges of a real syllable (close calls), by LM gain: right / wrong+damage")
    bins = [(-99, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 99)]
    for lo, hi in bins:
        sel = [r for r in rows if r[5] and r[4] != "missed" and lo <= r[6] < hi]
        ok = sum(r[4] == "right" for r in sel)
        print(f"  gain [{lo:3d},{hi:3d}): {ok:4d} / {len(sel) - ok:3d}")
    print("\nmissed close calls (broken is a real syllable), by gain of the clean word")
    for lo, hi in bins:
        sel = [r for r in rows if r[5] and r[4] == "missed" and lo <= r[6] < hi]
        print(f"  gain [{lo:3d},{hi:3d}): {len(sel):4d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
