"""One small directive run through the pipeline before the first real document.

`chidao run` reads each file in a child forked from a parent that has loaded the models
(:func:`pipeline.batch.warm_up`), so that a hanging or crashing file takes only its child.
A forked child keeps nothing for the next file: every table a step builds on first use (the
OCR step's dictionary partners and look-alike pair tables, the glyph step's search tables,
the administrative terms, the deadline scorer, the structure stage's patterns), and the one
full garbage collection before ``gc.freeze`` (:data:`pipeline.repair.FREEZE_LOADED`), was
paid again by every file: a clean file's repair cost 0.80 s of CPU in its child, its
whole pipeline after ingest 1.23 s, against 0.012 s and 0.26 s once the parent has run this
text (benchmarks/forked_speed.py on 31 clean files, a loaded machine; speed20,
benchmarks/HISTORY.md).  Running this text once in the parent builds them there, where every
child shares them.

No output may depend on it: a document's output is a function of that document, the models
and the corrections file alone, never of what the process read before (cache19's audit,
tests/test_order19.py and tests/test_order20.py); the warm-up is one more document read
before.  Its lines are written for this purpose (not taken from any sample): a clean header
and body, a task with a deadline, a line that lost glyphs, a line with typing and OCR slips,
recipients and a signature, so that each step asks its questions once.
"""
from __future__ import annotations

from pipeline.config import Config

WARM_TEXT = """ỦY BAN NHÂN DÂN
HUYỆN AN LẠC
Số: 01/UBND-VP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 02 tháng 01 năm 2024
V/v triển khai công tác nội chính năm 2024
Kính gửi: Các phòng, ban, ngành thuộc huyện.
Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị thực hiện nghiêm túc các nội dung sau:
1. Phòng Nội vụ chủ trì, phối hợp với các đơn vị liên quan tổng hợp, báo cáo kết quả trước ngày 15/01/2024.
2. C n  t c nội chính, c c  hã  hư ng  hị trấn báo cáo hằng tháng.
3. Văn phòng theo dõi, đôn dốc viêc thưc hiên và báo cáo Chủ tich UBND huyên.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
"""

# A clean line whose word holds a character that is no letter ('m²'): the OCR pair gate answers such a
# document with its whole-document search, whose table ocrload builds only when a document first needs it;
# read here, it is built once in the parent, not again in every child that meets one.  repairspeed made that
# table in numpy (0.95 -> 0.13 s of CPU under load, WARM_TEXT's 1.7 s beside it), so the trade is now small
# either way: 1 of 513 texts of samples/text and 3 of 399 of samples/unseen_repair hold such a line, so
# without it a batch of a few hundred files pays the same 0.13 s in its children, a larger one more, a
# small one less.  Kept: start-up stays ~0.1 s dearer, and no child pays for a table all could share.
# (WARM_TEXT cannot carry it: its slips make the model doubt the document, and a doubted document skips the
# pair gate; WARM_TEXT builds the line search's tables, _pair_neighbours, already.)
WARM_CLEAN_TEXT = """Diện tích đất xây dựng trụ sở là 120 m² tại xã An Lạc.
"""

_WARMED: set[str] = set()  # the settings (repr of the Config) this process has warmed


def warm_documents(config: Config) -> None:
    """Run :data:`WARM_TEXT` through every stage after ingest with ``config`` (its models and
    corrections file), once per process and settings: the tables built on first use are then
    built here, before any child is forked.  A failure is no error (the first real document
    reports it with its file's name)."""
    key = repr(config)
    if key in _WARMED:
        return
    _WARMED.add(key)
    from pipeline.language import Pipeline
    from pipeline.model import Document, lines_from_text

    try:
        pipeline = Pipeline(config=config)
        pipeline.run(Document(doc_id="warm-up", lines=lines_from_text(WARM_TEXT)))
        pipeline.run(Document(doc_id="warm-up-clean", lines=lines_from_text(WARM_CLEAN_TEXT)))
    except Exception:  # noqa: BLE001 - the real documents report what fails
        pass
