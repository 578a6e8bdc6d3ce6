"""A posted item's speaker keeps a place name that ends in a level word's letters: the mark-tolerant
'tỉnh' of the level normaliser also matches the 'Tĩnh' of 'Hà Tĩnh' and the 'Tịnh' of 'Sơn Tịnh'
(header batch AG's AG03 read 'UBND tỉnh Hà Tỉnh'), while a slipped level word is still set right."""
from __future__ import annotations

import pytest

import pipeline


@pytest.mark.parametrize("text, issuer", [
    ("Chủ tịch UBND tỉnh Hà Tĩnh đề nghị các Đoàn kiểm tra đôn đốc các xã.\n", "UBND tỉnh Hà Tĩnh"),
    ("UBND tỉnh Hà Tĩnh đề nghị các sở, ngành đôn đốc các xã.\n", "UBND tỉnh Hà Tĩnh"),
    ("UBND huyện Sơn Tịnh đề nghị các xã đôn đốc thu hoạch lúa.\n", "UBND huyện Sơn Tịnh"),
    ("Ủy ban nhân dân Tỉnh Quảng Ngãi đề nghị các sở đôn đốc các huyện.\n", "Ủy ban nhân dân Tỉnh Quảng Ngãi"),
])
def test_place_name_keeps_its_marks(tmp_path, text, issuer):
    src = tmp_path / "item.txt"
    src.write_text(text, encoding="utf-8")
    assert pipeline.process(src, doc_id="item").header.issuer == issuer


def test_slipped_level_word_is_still_normalised():
    from pipeline.structure.posted import _body

    assert _body("UBND tình Quảng Nam") == "UBND tỉnh Quảng Nam"
    assert _body("Ủy ban nhân dân thanh pho Đà Nẵng") == "Ủy ban nhân dân thành phố Đà Nẵng"
