"""Review helpers for the notebooks: repairs in context, and the corrections file.

Staff review repairs in a notebook, accept or reject them, or type the right spelling
where chidao left a word broken.  Their decisions are saved to a corrections CSV that later
runs read (``chidao run --corrections FILE`` / ``Config.corrections``), so the same mistake
is not made, or left, twice.

Corrections file columns (UTF-8 CSV, one decision per row):

``before``    the text as chidao found it (a word or short phrase)
``after``     the right text
``accepted``  ``true``: replace ``before`` by ``after`` wherever it stands as a whole word;
              ``false``: a change chidao proposed that is wrong, never make it again
              (in the review table, flagged changes start empty: undecided, not saved)
``context``   optional: a few words around it (the line as repaired), a note for other reviewers
              that repair also reads as evidence for the accepted spelling
``doc_id``, ``line``, ``reviewer``, ``date``   where it was decided, by whom, when
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from pipeline.model import Document

CORRECTION_COLUMNS = ["before", "after", "accepted", "context", "doc_id", "line", "reviewer", "date"]


def repair_review_table(doc: Document, flagged_only: bool = False):
    """One row per repair with the line before and after, flagged ones first."""
    import pandas as pd

    rows = []
    for r in doc.repairs:
        if r.kind == "note" or (flagged_only and not r.flagged):
            continue
        line = doc.line(r.line) if 0 < r.line <= len(doc.lines) else None
        rows.append({
            "doc_id": doc.doc_id, "line": r.line, "kind": r.kind, "confidence": r.confidence,
            "flagged": r.flagged, "before": r.before, "after": r.after,
            "alternatives": " | ".join(r.alternatives),
            "line_before": line.raw if line else "", "line_after": line.text if line else "",
            # a flagged change starts undecided (None), not rejected: saved as it is, the table
            # recorded every flagged change nobody looked at as 'never make it again', and the
            # next run undid right repairs ('kỳ thi' back to the OCR's 'kỳ thì')
            "accepted": True if not r.flagged else None,
        })
    df = pd.DataFrame(rows, columns=["doc_id", "line", "kind", "confidence", "flagged", "before", "after",
                                     "alternatives", "line_before", "line_after", "accepted"])
    df["accepted"] = df["accepted"].astype(object)  # True / False / None (undecided), never NaN
    return df.sort_values(["flagged", "confidence"], ascending=[False, True], kind="stable").reset_index(drop=True)


def read_corrections(path: Path) -> list[dict[str, str]]:
    if not path or not Path(path).exists():
        return []
    with Path(path).open(encoding="utf-8-sig", newline="") as fh:
        return [r for r in csv.DictReader(fh) if (r.get("before") or "").strip()]


def _decision(value) -> bool | None:
    """A reviewer's cell as True / False, None when left empty.  A table edited in a
    spreadsheet and read back holds 'False', 'no', '0' or NaN, which ``bool()`` read as True."""
    if value is None or value is True or value is False:
        return value
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    text = str(value).strip().lower()
    if not text:
        return None
    from pipeline.repair.corrections import _TRUE

    return text in _TRUE


def save_corrections(review, path: Path, reviewer: str = "", only_decided: bool = True) -> int:
    """Merge a reviewed table (``before, after, accepted`` and optionally ``flagged, doc_id,
    line, line_after``) into the corrections file; a later decision on the same ``before`` ->
    ``after`` replaces the earlier one.  Returns the number of rows in the file.

    With ``only_decided`` (the default) what a reviewer did not decide is not saved: rows left
    empty, and changes chidao was sure of (``flagged`` False) left accepted; rejections, flagged
    changes set True, and rows the reviewer added are."""
    existing = {(r["before"], r["after"]): r for r in read_corrections(path)}
    today = dt.date.today().isoformat()
    for rec in review.to_dict("records"):
        before, after = str(rec.get("before") or ""), str(rec.get("after") or "")
        if not before.strip() or before == after:
            continue
        accepted = _decision(rec.get("accepted"))
        if accepted is None:
            if only_decided:
                continue
            accepted = False
        if only_decided and accepted and _decision(rec.get("flagged")) is False:
            # a change chidao was sure of, left accepted: its own decision, which it makes again
            # anyway.  Saved, it became a rule applied wherever the word stands: every repair of
            # an OCR'd letter turned into one ('tô' -> 'tổ' of 'tô chức' wrote 'mô tổ' elsewhere)
            continue
        existing[(before, after)] = {
            "before": before, "after": after, "accepted": "true" if accepted else "false",
            # the line as repaired, not as read: repair boosts the context's words in its language
            # model, and an OCR line's misreadings boosted twenty-fold undid other right repairs
            # of that line in the next run ('toàn thể' read back as the OCR's 'toàn thẻ')
            "context": str(rec.get("line_after") or rec.get("context") or rec.get("line_before") or "")[:200],
            "doc_id": str(rec.get("doc_id") or ""), "line": str(rec.get("line") or ""),
            "reviewer": reviewer, "date": today,
        }
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=CORRECTION_COLUMNS)
        w.writeheader()
        w.writerows(existing.values())
    return len(existing)
