"""Review helpers: repairs in context and the corrections file that later runs read."""
from pathlib import Path

from pipeline.repair import repair_text
from pipeline.review import read_corrections, repair_review_table, save_corrections


def test_review_table_and_corrections_round_trip(tmp_path: Path):
    doc = repair_text("Phiên họp thƣờng kỳ\nVăn bản sạch.")
    review = repair_review_table(doc)
    assert list(review["before"]) == ["thƣờng"]
    assert review.loc[0, "line_before"] == "Phiên họp thƣờng kỳ"
    assert review.loc[0, "line_after"] == "Phiên họp thường kỳ"
    path = tmp_path / "corrections.csv"
    # a sure change left accepted is chidao's own decision, not a reviewer's: not saved as a rule
    assert save_corrections(review, path, reviewer="an") == 0
    review.loc[0, "flagged"] = True  # as if it had been flagged and a reviewer accepted it
    assert save_corrections(review, path, reviewer="an") == 1
    review.loc[0, "accepted"] = False  # a later decision replaces the earlier one
    assert save_corrections(review, path, reviewer="an") == 1
    rows = read_corrections(path)
    assert rows[0]["before"] == "thƣờng" and rows[0]["accepted"] == "false" and rows[0]["reviewer"] == "an"
