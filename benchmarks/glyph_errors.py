"""The lost-glyph benchmark's wrong words, kept per document and counted by class.

benchmarks/repair.py prints one error reduction per kind; the classes left behind (digits,
gaps kept, wrong fills, words lost whole) and the documents a change moved need the wrong
lines themselves.  Three commands (TREE: a checkout or worktree, whose ``pipeline`` is the
one imported; the texts default to TREE's samples/unseen_repair):

    python benchmarks/glyph_errors.py dump TREE SEED OUT.json [--kind glyph] [--texts DIR ...]
    python benchmarks/glyph_errors.py classify OUT.json [--texts DIR] [--show CLASS] [--n 40]
    python benchmarks/glyph_errors.py cmp START.json BRANCH.json

``dump`` scores each document exactly as benchmarks/repair.py does (the clean text's own
changed lines left out, word edit distance per line) and keeps the lost set, the font's
lines and every line still wrong.  ``classify`` parts each wrong stretch of words (a
difflib opcode between the output's and the gold's words, weighted as the edit distance
counts it) into: digits (a gap left / a wrong digit), a gap kept inside a word, a word read
with another length, a wrong fill (lower case, Capitalised, ALL CAPS; its wrong letters
inside or outside the font's true lost set), a word lost whole, foreign words and
addresses; each with whether the gold word is printed intact on a line the font did not
damage (the document's own evidence).  ``cmp`` lists the documents whose errors moved and
the lines that changed.  (Session 28, glyph31; glyph25-30 kept such scripts in /tmp.)
"""
from __future__ import annotations

import argparse
import difflib
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path


def dump(tree: Path, seed: int, out: Path, kind: str, texts: list[Path]) -> None:
    sys.path.insert(0, str(tree))
    from benchmarks import repair as R
    from benchmarks.corrupt import corrupt
    from pipeline.eval import repair_words as words, score_repair_lines

    docs = R.clean_docs(texts or [tree / "samples" / "unseen_repair"])
    R.run("Công tác nội chính huyện\n" * 3 + "C n  t c nội chính, c c  hã  hư ng  hị trấn\n" * 3)
    tot = dict.fromkeys(("words", "err_in", "err_out", "damaged", "broken", "fixed"), 0)
    res, secs, nbytes = [], 0.0, 0
    for name, text in docs:
        clean_pred, _ = R.run(text)
        skip = {k for k, (a, b) in enumerate(zip(clean_pred, R._lines(text))) if words(a) != words(b)}
        broken, info = corrupt(text, kind, seed)
        pred, dt = R.run(broken)
        secs += dt
        nbytes += len(broken.encode("utf-8"))
        bl, gl = R._lines(broken), R._lines(text)
        keep = [k for k in range(len(pred)) if k not in skip]
        s = score_repair_lines([bl[k] for k in keep], [pred[k] for k in keep], [gl[k] for k in keep])
        for k in tot:
            tot[k] += s[k]
        rows = [(k, bl[k], pred[k], gl[k]) for k in keep if words(pred[k]) != words(gl[k])]
        res.append({"name": name, "lost": info.get("lost"), "font": info.get("lines"), "s": s, "rows": rows})
    red = 1 - tot["err_out"] / tot["err_in"] if tot["err_in"] else float("nan")
    out.write_text(json.dumps({"tot": tot, "red": red, "kbs": nbytes / 1024 / secs, "docs": res},
                              ensure_ascii=False), encoding="utf-8")
    print(out, len(docs), tot, f"{red:.4%}", f"{nbytes / 1024 / secs:.1f} KB/s")


def _strip(w: str) -> str:
    return w.strip("()[]“”\"',.;:!?…")


def word_class(gw: list[str], pw: list[str], lost: str) -> str:
    """The class of one wrong stretch: gold words ``gw`` read as ``pw``."""
    g, p = "".join(gw), "".join(pw)
    if any(ch.isdigit() for ch in g):
        if len(pw) > len(gw) or len(p) < len(g):
            return "digits: a gap left"
        return "digits: a wrong digit filled" if len(p) == len(g) else "digits: other"
    if any(c in g for c in "fjwzFJWZ") or "/" in g and "." in g:
        return "foreign word / address"
    if not pw:
        return "word lost whole, left blank"
    gs, ps = [_strip(w) for w in gw], [_strip(w) for w in pw]
    if gs == ps:
        return "punctuation beside a word"
    if [x.lower() for x in gs] == [x.lower() for x in ps]:
        return "case only"
    if len(pw) > len(gw):
        return "gap kept inside a word" if any(c in g for c in lost) and len("".join(ps)) < len("".join(gs)) \
            else "word split / extra word"
    if len(pw) < len(gw):
        return "words joined / word dropped"
    inside = True
    for a, b in zip(gs, ps):
        if a != b:
            if len(a) != len(b):
                return "read with a different length"
            inside &= all(y.lower() in lost for x, y in zip(a, b) if x != y)
    tag = "inside the true set" if inside else "outside the true set"
    first = _strip(gw[0])
    shape = "ALL CAPS" if first.isupper() and len(first) > 1 else "Capitalised" if first[:1].isupper() else "lower"
    return f"wrong fill, {shape}, {tag}"


def classify(path: Path, texts: Path, show: str | None, n: int) -> None:
    from pipeline.eval import repair_words as words

    data = json.loads(path.read_text(encoding="utf-8"))
    weight: Counter[str] = Counter()
    count: Counter[str] = Counter()
    docs: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, list] = defaultdict(list)
    for d in data["docs"]:
        lines = unicodedata.normalize("NFC", (texts / d["name"]).read_text(encoding="utf-8")).split("\n")
        font = set(d["font"] or [])
        intact = Counter(_strip(w) for k, ln in enumerate(lines) if k not in font for w in ln.split())
        for _k, _b, p, g in d["rows"]:
            pw, gw = words(p), words(g)
            for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=pw, b=gw, autojunk=False).get_opcodes():
                if op == "equal":
                    continue
                c = word_class(gw[j1:j2], pw[i1:i2], d["lost"] or "")
                if not c.startswith(("punctuation", "case", "foreign", "word split", "words joined")):
                    c += ", printed intact" if all(intact[_strip(w)] for w in gw[j1:j2]) else ", no intact copy"
                weight[c] += max(i2 - i1, j2 - j1)
                count[c] += 1
                docs[c].add(d["name"])
                shown[c].append((d["name"][:14], d["lost"], " ".join(pw[i1:i2]), " ".join(gw[j1:j2])))
    print("weighted errors", sum(weight.values()), data["tot"])
    print(f"{'weighted':>8} {'stretches':>9} {'documents':>9}  class")
    for c, w in weight.most_common():
        print(f"{w:8d} {count[c]:9d} {len(docs[c]):9d}  {c}")
    if show:
        for c in weight:
            if c.startswith(show):
                for e in shown[c][:n]:
                    print(f"  {c[:28]:28} {e}")


def cmp(a_path: Path, b_path: Path) -> None:
    a_data, b_data = (json.loads(p.read_text(encoding="utf-8")) for p in (a_path, b_path))
    print("A", a_data["tot"], f"{a_data['red']:.4%}")
    print("B", b_data["tot"], f"{b_data['red']:.4%}")
    by_name = {d["name"]: d for d in b_data["docs"]}
    better = worse = 0
    for a in a_data["docs"]:
        b = by_name[a["name"]]
        ea, eb = a["s"]["err_out"], b["s"]["err_out"]
        if ea == eb and a["s"]["damaged"] == b["s"]["damaged"]:
            continue
        better += eb < ea
        worse += eb > ea
        print(f"{a['name'][:44]:44} {ea:3d} -> {eb:3d}, damaged {a['s']['damaged']} -> {b['s']['damaged']}")
        ra, rb = {r[0]: r for r in a["rows"]}, {r[0]: r for r in b["rows"]}
        for k in sorted(set(ra) | set(rb)):
            pa, pb = (ra[k][2] if k in ra else None), (rb[k][2] if k in rb else None)
            if pa != pb:
                print("   A:", (pa or "(right)").strip()[:160])
                print("   B:", (pb or "(right)").strip()[:160])
                print("   G:", (ra.get(k) or rb.get(k))[3].strip()[:160])
    print(f"documents better {better}, worse {worse}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("tree", type=Path)
    d.add_argument("seed", type=int)
    d.add_argument("out", type=Path)
    d.add_argument("--kind", default="glyph")
    d.add_argument("--texts", type=Path, nargs="*", default=[])
    c = sub.add_parser("classify")
    c.add_argument("dump", type=Path)
    c.add_argument("--texts", type=Path, default=Path(__file__).resolve().parent.parent / "samples" / "unseen_repair")
    c.add_argument("--show", default=None, help="print the stretches of the classes starting so")
    c.add_argument("--n", type=int, default=40)
    m = sub.add_parser("cmp")
    m.add_argument("a", type=Path)
    m.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.tree.resolve(), args.seed, args.out, args.kind, args.texts)
    elif args.cmd == "classify":
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        classify(args.dump, args.texts, args.show, args.n)
    else:
        cmp(args.a, args.b)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
