"""Batch 8 of ``benchmarks/data/office_spans.jsonl``: 50 real sentences annotated blind in session 8
(provincial, district and city letters, reported directives, NQ 97/NQ-CP 2026) and never tuned on."""


def test_batch_8_blind_rows_are_well_formed_and_keep_their_first_pass():
    """Batch 8 (50 rows, blind, first pass 0.872 / 0.78 / 0.72 on main @ ada283e): well formed,
    none from a seen document, and the code keeps at least its first pass."""
    import sys
    from pathlib import Path

    from pipeline.config import Config

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import office_spans as ob

    rows = [r for r in ob.load() if r.batch == 8]
    assert len(rows) == 50 and not any(r.seen for r in rows)
    assert all(r.source and r.target and (r.lead is None or r.lead in r.offices) for r in rows)
    assert 8 not in ob.NEVER_TUNED  # (tuned on in session 9, after its first pass was recorded)
    ob.run(rows, Config())
    assert ob.summary(rows)["f1"] >= 0.87
