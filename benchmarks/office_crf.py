"""Does a learned office tagger generalise better than the rules?  Sequential test by batch.

    python benchmarks/office_crf.py [--batches 17-24] [--jobs 2] [--show K]

For each batch k: a CRF (``pipeline/extract/office_crf.py``) is trained on the office_spans rows of
batches < k and tested on batch k; beside it, the rules' BLIND first pass on batch k, i.e. the
output of the commit that was main when batch k was annotated, run on the current data file
(``benchmarks/data/office_first_pass.jsonl``, one line per row: id, batch, commit, the offices it
gave; made with ``git worktree add /tmp/x <commit>`` and that commit's
``benchmarks/office_spans.py --data <batch k rows> --json OUT``).  Combinations on the same rows:
``fallback`` (the rules' offices, the CRF's when the rules give none), ``union`` (both, deduplicated
with the scorer's name match) and ``agree+`` (the rules' offices, plus the CRF's that the gazetteer
knows as a body when the rules give none).  The scorer is office_spans' own (``pipeline.eval.office_match``,
office F1 over the batch's rows; a row whose task the rules did not find counts its offices as missed).

Commit per batch: 17 c573ab8, 18 45cb8d9, 19-20 703b604, 21-22 cb131c2, 23-24 cae406c (the commits
HISTORY.md names for each first pass).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.eval import office_match  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "office_spans.jsonl"
FIRST = ROOT / "benchmarks" / "data" / "office_first_pass.jsonl"


def load_rows(path: Path = DATA) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def counts(gold: list[str], got: list[str]) -> tuple[int, int, int, int, bool]:
    hg = sum(any(office_match(g, p) for p in got) for g in gold)
    hp = sum(any(office_match(g, p) for g in gold) for p in got)
    return hg, len(gold), hp, len(got), hg == len(gold) and hp == len(got)


def f1(rows: list[tuple[int, int, int, int, bool]]) -> tuple[float, float]:
    hg, g, hp, p = (sum(r[i] for r in rows) for i in range(4))
    rec = hg / g if g else 1.0
    prec = hp / p if p else 1.0
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), sum(r[4] for r in rows) / max(1, len(rows))


def _f1_cells(per: dict, cols, cell: str) -> str:
    """One table line's cells: F1 and exact-row share of each column's counts, in ``cell``'s format."""
    return "".join(cell.format(*f1(per[c])) for c in cols)


def _dedupe(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if not any(office_match(n, m) for m in out):
            out.append(n)
    return out


def fold(k: int) -> dict:
    """Train on batches < k, predict batch k: {row id: (offices, lead)}."""
    from pipeline.extract import office_crf

    rows = load_rows()
    train = [(r["text"], r["target"], r["offices"], r["lead"]) for r in rows if r["batch"] < k]
    t0 = time.perf_counter()
    crf = office_crf.train(train)
    pred = {r["id"]: office_crf.predict(crf, r["text"], r["target"]) for r in rows if r["batch"] == k}
    return {"k": k, "pred": pred, "seconds": time.perf_counter() - t0, "n_train": len(train)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--batches", default="17-24")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cache", default="", help="keep the folds' predictions in this JSON file (read it when it exists)")
    ap.add_argument("--show", type=int, default=0, help="print the rows of this batch where rules and CRF differ")
    args = ap.parse_args(argv)
    lo, _, hi = args.batches.partition("-")
    ks = list(range(int(lo), int(hi or lo) + 1))
    rows = {r["id"]: r for r in load_rows()}
    first = {}
    for x in FIRST.read_text(encoding="utf-8").splitlines():
        if x.strip():
            d = json.loads(x)
            first[d["id"]] = d
    from pipeline.extract.offices import gazetteer_path, load_gazetteer
    gaz = load_gazetteer(gazetteer_path())

    def known(name: str) -> bool:
        found = gaz.find(name)
        return bool(found) and found[0].start == 0

    if args.cache and Path(args.cache).exists():
        results = [r for r in json.loads(Path(args.cache).read_text(encoding="utf-8")) if r["k"] in ks]
    else:
        with ProcessPoolExecutor(max_workers=args.jobs) as ex:
            results = list(ex.map(fold, ks))
        if args.cache:
            Path(args.cache).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    cols = ("rules", "crf", "fallback", "union", "agree+")
    # the same on the rows whose task the rules found: in the pipeline a fallback can only fill a
    # task that was found, and the CRF is told where the row's sentence is
    fcols = ("rules|found", "crf|found", "fb|found")
    ftot = {c: [] for c in fcols}
    leads = {"rules": [], "crf": []}
    tot = {c: [] for c in cols}
    print(f"{'batch':>5} {'rows':>5} {'train':>6} " + " ".join(f"{c + ' F1':>11} {'ex':>5}" for c in cols))
    for res in results:
        k = res["k"]
        per = {c: [] for c in cols}
        for rid, (crf_offices, _lead) in res["pred"].items():
            gold = rows[rid]["offices"]
            rules = first[rid]["got"] if rid in first else []
            fb = rules if rules else crf_offices
            un = _dedupe(rules + crf_offices)
            ag = rules if rules else [o for o in crf_offices if known(o)]
            for c, got in zip(cols, (rules, crf_offices, fb, un, ag)):
                per[c].append(counts(gold, got))
            if first.get(rid, {}).get("found"):
                for c, got in zip(fcols, (rules, crf_offices, fb)):
                    ftot[c].append(counts(gold, got))
            gl = rows[rid]["lead"]
            for c, got_lead in (("rules", first.get(rid, {}).get("got_lead")), ("crf", _lead)):
                leads[c].append(got_lead is None if gl is None else (got_lead is not None and office_match(gl, got_lead)))
            if args.show == k and counts(gold, rules)[4] != counts(gold, crf_offices)[4]:
                print(f"  {rid}: gold {gold}\n    rules {rules}\n    crf   {crf_offices}")
        for c in cols:
            tot[c] += per[c]
        print(f"{k:>5} {len(res['pred']):>5} {res['n_train']:>6} " + _f1_cells(per, cols, "{:>11.3f} {:>5.2f}")
              + f"   ({res['seconds']:.0f} s)")
    print(f"{'ALL':>5} {len(tot['rules']):>5} {'':>6} " + _f1_cells(tot, cols, "{:>11.3f} {:>5.2f}"))
    print(f"\nrows whose task the rules found ({len(ftot['rules|found'])}): " +
          ", ".join(f"{c} F1 {f1(ftot[c])[0]:.3f} exact {f1(ftot[c])[1]:.2f}" for c in fcols))
    print("lead right (all rows): " + ", ".join(f"{c} {sum(v) / max(1, len(v)):.2f}" for c, v in leads.items()))
    return 0




# --- the wired path (crf14): the pipeline with the tagger as its fallback, sequential by batch ---

def wired_fold(k: int, extra: str = "", cache_dir: str = "") -> dict:
    """Fit the tagger on office_spans batches < k (no gold), then run the office_spans harness on
    batch k (rows of ``extra`` too when given) twice: rules alone and rules + fallback."""
    import tempfile

    sys.path.insert(0, str(ROOT / "models"))
    import build_office_crf
    import office_spans as bench
    from pipeline.config import Config
    from pipeline.extract import office_crf

    rows = [r for r in bench.load() if r.batch == k]
    if extra:
        rows += [r for r in bench.load(Path(extra)) if r.batch == k]
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        # (a fold's tagger depends only on the rows before k: kept in cache_dir when given)
        path = Path(cache_dir or tmp) / f"fold{k}.crfsuite"
        train = build_office_crf.span_rows(below=k, no_seen=True)
        n = len(train)
        if not path.exists():
            n = office_crf.fit_file(train, path)
        out = {"k": k, "n_train": n, "rows": len(rows)}
        for name, tagger in (("rules", "off"), ("wired", str(path))):
            office_crf.use_tagger_file(tagger)
            fresh = [bench.Row(**{f: getattr(r, f) for f in ("id", "source", "frame", "level", "issuer", "doc_type",
                                                               "text", "target", "offices", "lead", "seen", "batch")})
                     for r in rows]
            bench.run(fresh, Config())
            out[name] = {r.id: {"got": r.got, "lead": r.got_lead, "found": r.found} for r in fresh}
        office_crf.use_tagger_file(None)
    out["seconds"] = time.perf_counter() - t0
    return out


def wired_main(argv: list[str] | None = None) -> int:
    """python benchmarks/office_crf.py wired [--batches 17-25] [--extra NEW_BATCH.jsonl]"""
    ap = argparse.ArgumentParser(description=wired_main.__doc__)
    ap.add_argument("--batches", default="17-24")
    ap.add_argument("--extra", default="", help="a jsonl of rows not (yet) in office_spans (a new batch)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--cache-dir", default="", help="keep each fold's tagger file here (reused when present)")
    ap.add_argument("--show", action="store_true", help="print the rows the fallback changed")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    lo, _, hi = args.batches.partition("-")
    ks = list(range(int(lo), int(hi or lo) + 1))
    gold = {r["id"]: r for r in load_rows()}
    if args.extra:
        gold.update({r["id"]: r for r in load_rows(Path(args.extra))})
    from functools import partial
    if args.jobs > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as ex:
            results = list(ex.map(partial(wired_fold, extra=args.extra, cache_dir=args.cache_dir), ks))
    else:
        results = [wired_fold(k, args.extra, args.cache_dir) for k in ks]
    tot = {"rules": [], "wired": []}
    leads = {"rules": [], "wired": []}
    print(f"{'batch':>5} {'rows':>5} {'train':>6} {'rules F1':>9} {'ex':>5} {'wired F1':>9} {'ex':>5} {'filled':>7}")
    for res in results:
        per = {"rules": [], "wired": []}
        filled = 0
        for rid, g in ((rid, gold[rid]) for rid in res["rules"]):
            for c in per:
                got = res[c][rid]
                per[c].append(counts(g["offices"], got["got"]))
                gl = g["lead"]
                leads[c].append(got["lead"] is None if gl is None else (got["lead"] is not None and office_match(gl, got["lead"])))
            if res["rules"][rid]["got"] != res["wired"][rid]["got"]:
                filled += 1
                if args.show:
                    print(f"  {rid}: gold {g['offices']}\n    rules {res['rules'][rid]['got']}\n    wired {res['wired'][rid]['got']}")
        for c in per:
            tot[c] += per[c]
        print(f"{res['k']:>5} {res['rows']:>5} {res['n_train']:>6} " + _f1_cells(per, per, "{:>9.3f} {:>5.2f} ")
              + f"{filled:>7}   ({res['seconds']:.0f} s)")
    print(f"{'ALL':>5} {len(tot['rules']):>5} {'':>6} " + _f1_cells(tot, tot, "{:>9.3f} {:>5.2f} "))
    print("lead right: " + ", ".join(f"{c} {sum(v) / max(1, len(v)):.2f}" for c, v in leads.items()))
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["wired"]:
        raise SystemExit(wired_main(sys.argv[2:]))
    raise SystemExit(main())
