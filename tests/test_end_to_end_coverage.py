"""benchmarks/end_to_end.py: what it runs on."""


def test_the_end_to_end_benchmark_covers_every_gold_document():
    """benchmarks/end_to_end.py reads every gold document of samples/gold that has its clean
    text (the t and z documents added in session 6 too), never samples/heldout."""
    from pathlib import Path

    from benchmarks.end_to_end import GOLD, gold_docs

    ids = {g["doc_id"] for g, _text in gold_docs()}
    want = {p.name[: -len(".tasks.json")] for p in Path(GOLD).glob("*.tasks.json")}
    assert ids == want and len(ids) >= 116
    assert any(i.startswith("t2_") for i in ids) and any(i.startswith("z1_") for i in ids)
    assert "heldout" not in str(GOLD)
