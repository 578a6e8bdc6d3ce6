"""tasks38: the sentence shapes benchmarks/opener_counts.py counts for measure30's task classes.

Texts: pending zn2 (a telegram's 'Đối với <scope>, <Body> chủ động ...'), deadline_audit sa61 ('Đối với các xã đã về đích
... tiếp tục thực hiện ...'), development zv5 and the carry-over batch fs1, fs3, fs4, fs6 (samples/text), none in a
standing set.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from conftest import benchmark_row

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.opener_counts import CLASSES  # noqa: E402


def _sentence(stem: str, opening: str) -> str:
    """The sentence of samples/text/<stem>*.txt that opens on ``opening``."""
    text = next((ROOT / "samples" / "text").glob(stem + "*.txt")).read_text(encoding="utf-8")
    m = re.search(re.escape(opening) + r"[^\n]*?(?:[.!?](?=\s|$)|$)", text, re.M)
    assert m, opening
    return m.group(0)


def test_opener_before_a_body_and_its_act():
    k = CLASSES["K opener+body+act"]
    assert k.search(_sentence("zn2_", "Đối với các Cục DTNN khu vực"))
    sa61 = benchmark_row("benchmarks/data/deadline_audit_short_texts.jsonl", "id", "sa61_quangxuong_vesinh_ntm_2017")
    assert k.search(re.search(r"Đối với các xã đã về đích[^.]*", sa61["text"]).group(0))
    # an opener over a plain target with no body: not the shape
    assert not k.search("Cụ thể, các bậc học hoàn thành chương trình giáo dục học kỳ II năm học 2019-2020 trước ngày 11/7.")


def test_targets():
    p = CLASSES["P target"]
    assert p.search(_sentence("fs1_", "Theo kế hoạch, năm 2019, huyện Quảng Trạch"))
    assert p.search(_sentence("fs6_", "Riêng năm 2014, xã quyết tâm"))
    assert not p.search(_sentence("fs2_", "Mới đây, UBND tỉnh Thanh Hóa"))


def test_a_papers_own_report_and_a_conditional_risk():
    f6, f7 = CLASSES["F6 paper's report"], CLASSES["F7 conditional risk"]
    assert f6.search(_sentence("fs3_", "Ngày 8.7, UBND huyện Hậu Lộc"))
    assert f6.search(_sentence("zv5_", "Ngày 13 và 14 tháng 4 năm 2017"))
    assert f7.search(_sentence("fs4_", "Nguy cơ bùng phát dịch bệnh"))
    assert not f7.search(_sentence("fs3_", "Chủ tịch UBND huyện Hậu Lộc"))
