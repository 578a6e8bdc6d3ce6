"""The shipped office tagger matches the data it is built from (models/office_crf.manifest.json).

models/office_crf.crfsuite was fitted on 2026-11-30 and left stale while office_spans grew by forty batches and the
gold by hundreds of tasks (found in session 35: `make models` gave another model).  A refit takes a minute and a
half, too long for the suite; the build writes the training rows' checksum beside the model's instead, and this
test recomputes the rows (reading office_spans and the gold, no fit) and checks both.  When it fails: run
`python models/build_office_crf.py` (or `make models`) and commit the model with its manifest.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "models"))

import build_office_crf as build  # noqa: E402


def test_the_manifest_names_the_committed_model():
    manifest = json.loads(build.MANIFEST.read_text(encoding="utf-8"))
    assert manifest["model"] == build.OUT.name
    assert build.file_digest(build.OUT) == manifest["model_sha256"], \
        "models/office_crf.crfsuite is not the model the manifest describes: rebuild with models/build_office_crf.py"


def test_the_committed_model_was_fitted_on_the_committed_data():
    manifest = json.loads(build.MANIFEST.read_text(encoding="utf-8"))
    spans = build.span_rows()
    rows = spans + build.gold_rows()
    assert (len(spans), len(rows) - len(spans)) == (manifest["office_spans_rows"], manifest["gold_rows"]), \
        "office_spans or the gold changed since the tagger was fitted: rebuild with models/build_office_crf.py"
    assert build.rows_digest(rows) == manifest["rows_sha256"], \
        "the tagger's training rows changed since it was fitted: rebuild with models/build_office_crf.py"


def test_the_digest_follows_every_field_of_a_row():
    rows = [("Giao Sở Y tế chủ trì.", "Giao Sở Y tế chủ trì.", ["Sở Y tế"], "Sở Y tế")]
    changed = [("Giao Sở Y tế chủ trì.", "Giao Sở Y tế chủ trì.", ["Sở Y tế"], None)]
    assert build.rows_digest(rows) != build.rows_digest(changed)
    assert build.rows_digest(rows) == build.rows_digest(list(rows))
