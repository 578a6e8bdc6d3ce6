"""(points28) Plan-table rows, counted row by row: found, section, lead, offices, deadline; header and group rows
read as tasks.

(points29) Offices counted per cell as well as per row.  The gold names the lead (the 'chủ trì' column) and lists every
office; the partner ('phối hợp') cell's offices are the gold offices other than the lead.  A row whose lead cell names
two or more bodies has no lead in the gold (ANNOTATION.md) and its offices are counted apart ('two-lead rows').  For
each gold office: found among the predicted offices or not (vnscore's ``office_match``); for each predicted office:
matching a gold office or false.  So a partner cell that loses its last words, a lead cell read as one body where it
names two, or a person's title left out of a cell shows as its own count, not only as a row whose offices are wrong.

A plan prints its tasks in a table ('TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành'),
which PDF or web extraction flattens into '|' rows, one cell a line, or cells run together.  vnscore scores a whole
document; this script picks the gold tasks that are table rows (their anchor stands after the table's column heads in
the clean text) and says, for each, what a tasks.csv got right, with vnscore's own matching (``contains_anchor``,
``office_match``, ``norm_section``).  Predicted tasks whose text is a table's header row or a group row ('I | NHIỆM VỤ
CHUNG', 'II CÁC TIÊU CHÍ ĐÃ ĐẠT') are counted as false.

    python benchmarks/table_rows.py --pred OUT/tasks.csv --gold GOLDDIR [--gold GOLDDIR ...] [--list]
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import re
from pathlib import Path

_VN = Path("/work/shared/eval/vnscore.py")
# column heads: a task table's own ('Cơ quan chủ trì', 'Thời hạn hoàn thành', 'Người chủ trì thực hiện', ...)
_HEAD_RE = re.compile(r"(?:cơ\s+quan|đơn\s+vị|người|bộ\s+phận)\s+(?:chủ\s*trì|phụ\s+trách|thực\s+hiện|t\.\s*hiện)|"
                      r"thời\s+(?:hạn|gian)\s+(?:hoàn\s+thành|thực\s+hiện)|chủ\s*trì\s*$|^\s*(?:S?TT)\s*\|", re.I | re.M)
# a group row: a Roman numeral over (or before) its name in capitals, as a line or a '|' row
GROUP_ROW_RE = re.compile(r"^\s*\|?\s*[IVX]{1,4}\.?\s*\|?\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,\-]{6,}$")


def _vn():
    spec = importlib.util.spec_from_file_location("vnscore", _VN)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def table_start(text: str) -> int | None:
    """The offset of a task table's first column head in ``text``, or None (no task table)."""
    lines = text.split("\n")
    off = 0
    for i, ln in enumerate(lines):
        window = " ".join(lines[i:i + 12])
        if re.match(r"^\s*\|?\s*(?:S?TT|Số\s+TT)\b", ln) and _HEAD_RE.search(window):
            return off
        off += len(ln) + 1
    return None


def _count_cells(vn, n: dict, go: list[str], po: list[str], gl: str, pl: str, doc_id: str, anchor: str,
                 show: bool) -> None:
    """Count one found row's offices per cell: every gold office found or missed, every predicted office right or
    false; the partner cell (gold offices other than the lead) and the two-lead rows (no gold lead, two or more gold
    offices) apart."""
    found = [g for g in go if any(vn.office_match(g, p) for p in po)]
    false = [p for p in po if not any(vn.office_match(g, p) for g in go)]
    n["off_gold"] += len(go)
    n["off_found"] += len(found)
    n["off_pred"] += len(po)
    n["off_false"] += len(false)
    if gl:
        sup = [g for g in go if not vn.office_match(gl, g)]
        sup_found = [g for g in sup if g in found]
        n["sup_gold"] += len(sup)
        n["sup_found"] += len(sup_found)
        if not any(vn.office_match(gl, p) for p in po):
            n["lead_cell_missed"] += 1
    elif len(go) >= 2:
        n["two_lead_rows"] += 1
        n["two_lead_off_gold"] += len(go)
        n["two_lead_off_found"] += len(found)
        n["two_lead_pred_lead"] += bool(pl)
    if show and (len(found) < len(go) or false):
        missed = [g for g in go if g not in found]
        print(f"CELLS {doc_id}: {anchor!r} missed {missed} false {false}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", required=True)
    ap.add_argument("--gold", action="append", required=True)
    ap.add_argument("--list", action="store_true", help="print each row that is not right whole")
    a = ap.parse_args(argv)
    vn = _vn()
    gold = vn.load_gold(a.gold)
    rows = list(csv.DictReader(open(a.pred, encoding="utf-8-sig", newline="")))
    by_doc: dict[str, list[dict]] = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    n = dict(docs=0, rows=0, found=0, section=0, lead_gold=0, lead=0, offices=0, dl_gold=0, deadline=0,
             false_head=0, false_group=0,
             off_gold=0, off_found=0, off_pred=0, off_false=0,
             sup_gold=0, sup_found=0, two_lead_rows=0, two_lead_off_gold=0, two_lead_off_found=0,
             two_lead_pred_lead=0, lead_cell_missed=0)
    for doc_id, doc in gold.items():
        clean = None
        for d in a.gold:
            p = Path(d) / f"{doc_id}.clean.txt"
            if p.exists():
                clean = p.read_text(encoding="utf-8")
                break
        if clean is None or (start := table_start(clean)) is None:
            continue
        n["docs"] += 1
        preds = by_doc.get(doc_id, [])
        ptoks = [vn.tokens(r.get("task", "")) for r in preds]
        flat = vn.fold_ws(clean[start:])
        for gt in doc["tasks"]:
            if gt.get("optional") or vn.fold_ws(gt["anchor"]) not in flat:
                continue
            n["rows"] += 1
            hits = [i for i, pt in enumerate(ptoks) if vn.contains_anchor(pt, vn.tokens(gt["anchor"]))]
            if not hits:
                if a.list:
                    print(f"MISSED {doc_id}: {gt['anchor']}")
                continue
            n["found"] += 1
            r = preds[hits[0]]
            gs, ps = vn.norm_section(gt["section"]), vn.norm_section(r.get("section", ""))
            sec = ps == gs or ps.startswith(gs + " >") or gs.startswith(ps + " >") and ps != ""
            go, po = gt.get("offices", []), vn.split_offices(r.get("offices", ""))
            offs = all(any(vn.office_match(g, p) for p in po) for g in go) and \
                all(any(vn.office_match(g, p) for g in go) for p in po)
            gl, pl = gt.get("lead") or "", (r.get("lead") or "").strip()
            lead = (not gl and not pl) or bool(gl and pl and vn.office_match(gl, pl))
            gd, pd = gt.get("deadline") or "", (r.get("deadline") or "").strip()[:10]
            _count_cells(vn, n, go, po, gl, pl, doc_id, gt["anchor"], a.list)
            n["section"] += sec
            n["offices"] += offs
            n["lead_gold"] += bool(gl)
            n["lead"] += lead
            n["dl_gold"] += bool(gd)
            n["deadline"] += pd == gd
            if a.list and not (sec and offs and lead and pd == gd):
                print(f"ROW {doc_id}: {gt['anchor']!r} section {ps!r}/{gs!r} lead {pl!r}/{gl!r} "
                      f"offices {po}/{go} deadline {pd or '-'}/{gd or '-'}")
        for r in preds:
            t = r.get("task", "")
            if GROUP_ROW_RE.match(t):
                n["false_group"] += 1
                if a.list:
                    print(f"GROUP ROW AS TASK {doc_id}: {t[:80]}")
            elif r.get("line_start") and _HEAD_RE.search(t) and re.match(r"^\s*(?:S?TT\s+)?(?:Nội\s+dung|Nhiệm\s+vụ|NỘI\s+DUNG|NHIỆM\s+VỤ)", t):
                n["false_head"] += 1
                if a.list:
                    print(f"HEADER ROW AS TASK {doc_id}: {t[:80]}")
    print(" ".join(f"{k}={v}" for k, v in n.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
