#!/usr/bin/env python3
"""What each learned opening verb can do to task precision: the gold texts' sentences that open on it.

    PYTHONPATH=. .venv/bin/python benchmarks/directive_verbs_noise.py [--show VERB ...]

Why (session 16, tasks16): verbs15's lexicon ``models/directive_verbs.tsv`` (217 verbs learned from
the openings of the gazette's list items) lets a further point of a request open on verbs the hand
list lacks ('Kiểm định ...', 'Thiết lập ...'); it also holds words that are rarely verbs where a point
opens ('bao gồm', 'phù hợp', 'bảo hiểm', 'giáo dục', 'độc lập').  Before any stoplist, this counts,
for each verb only the lexicon has (not ``tasks.ACTION_VERBS``), the sentences of every gold text
(samples/gold and pending/) that open on it -- bare, after a discourse marker ('Đồng thời, ...'), a
topic with a colon or a fronted 'Đối với ...,' topic -- split by what the gold says of them: a required
task, an optional one, or no task.  A verb whose openings are all 'no task' is a candidate for a
stoplist; whether it does any harm depends on the span rule reading such a sentence at all (a
request before it in the same section), which the pipeline run decides: session 16 logged every point
the rule read through a lexicon-only verb over all of samples/text and found none, and running
samples/text without the lexicon changed no task row (benchmarks/HISTORY.md, tasks16).
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.extract import tasks as T  # noqa: E402

_ITEM_MARK_RE = re.compile(r"^(?:[-+•*]|\d+(?:\.\d+)*[.)]|[a-zđ]\))\s*")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _opening(s: str) -> str:
    """The sentence from where its clause starts: after a discourse marker, a colon topic or a comma topic."""
    rest = T.SPAN_MARKER_RE.sub("", s, count=1)
    topic = T.TOPIC_COLON_RE.match(rest)
    if topic:
        return rest[topic.end():]
    cut = T.fronted_topic_end(rest)
    return rest[cut:] if cut else rest


def count(gold_dir: Path = ROOT / "samples" / "gold"):
    hand = {v.casefold() for v in T.ACTION_VERBS}
    only = sorted({v for v in T._learned_directive_verbs() if v.casefold() not in hand}, key=len, reverse=True)
    only_re = re.compile(r"^(?:" + "|".join(map(re.escape, only)) + r")(?![^\W_])", re.I)
    hand_re = re.compile(r"^(?:" + "|".join(map(re.escape, sorted(hand, key=len, reverse=True))) + r")(?![^\W_])", re.I)
    stat: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    files = sorted(glob.glob(str(gold_dir / "*.tasks.json")) + glob.glob(str(gold_dir / "pending" / "*.tasks.json")))
    for f in files:
        gold = json.loads(Path(f).read_text(encoding="utf-8"))
        text = Path(f.replace(".tasks.json", ".clean.txt")).read_text(encoding="utf-8")
        required = [_norm(t["text"]) for t in gold["tasks"] if not t.get("optional")]
        optional = [_norm(t["text"]) for t in gold["tasks"] if t.get("optional")]
        for para in text.split("\n"):
            for s in re.split(r"(?<=[.;!?])\s+(?=[A-ZĐÂ])", para.strip()):
                s = _norm(_ITEM_MARK_RE.sub("", s))
                rest = _opening(s)
                m = only_re.match(rest)
                if not s or not m or hand_re.match(rest):
                    continue
                key, verb = s[:60], m.group(0).casefold()
                kind = "required" if any(key in r for r in required) else "optional" if any(key in o for o in optional) else "none"
                stat[verb][kind] += 1
                if kind == "none":
                    examples[verb].append(s[:110])
    return only, stat, examples


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", nargs="*", default=[], help="print the no-task openings of these verbs")
    args = ap.parse_args(argv)
    only, stat, examples = count()
    print(f"{len(only)} verbs only the lexicon has; {len(stat)} open a sentence of the gold texts")
    print("verb | required | optional | no task")
    for verb, c in sorted(stat.items(), key=lambda kv: (kv[1]["none"] - kv[1]["required"], kv[1]["none"]), reverse=True):
        print(f"{verb} | {c['required']} | {c['optional']} | {c['none']}")
    for verb in args.show:
        print("##", verb)
        for e in examples.get(verb.casefold(), [])[:10]:
            print("   ", e)


if __name__ == "__main__":
    main()
