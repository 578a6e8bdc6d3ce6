"""(points29, issue 5) A plan table's partner cell 'Các bộ, cơ quan, đơn vị có liên quan' -- a list of kinds of body
whose tail, 'cơ quan, đơn vị', the gazetteer also knows as a collective -- is one collective office, as the gold writes
it (yc7 I > 8, p3, t3, el1), not 'Các bộ' + 'Cơ quan, đơn vị có liên quan' (``offices.inside_kinds_list``).

The cells and sentences are the development texts' own (Nghị quyết 109/NQ-CP's Phụ lục III partner cells, Lào Cai's
Công văn 4390, Quảng Nam's công điện on storm no. 5, Lạng Sơn's notice on cold weather); the flattened row is written
here from the gazette's layout, not from any gold."""
from __future__ import annotations

import pytest

from pipeline.extract.offices import inside_kinds_list, load_gazetteer, split_office_list
from test_points20 import _doc, _offices


@pytest.mark.parametrize("cell, bodies", [
    # the gazette's partner cells (NQ 109/NQ-CP Phụ lục III), printed over two lines
    ("Các bộ, cơ quan, đơn vị có liên quan", ["Các bộ, cơ quan, đơn vị có liên quan"]),
    ("các bộ, cơ quan, đơn vị\ncó liên quan", ["Các bộ, cơ quan, đơn vị\ncó liên quan"]),
    ("Các bộ, cơ quan, đơn vị liên quan", ["Các bộ, cơ quan, đơn vị liên quan"]),
    # prose lists of kinds in the development texts (p3, t3, el1)
    ("các sở, ngành, cơ quan, đơn vị", ["Các sở, ngành, cơ quan, đơn vị"]),
    ("Các địa phương, cơ quan, đơn vị", ["Các địa phương, cơ quan, đơn vị"]),
    ("Các sở, ngành, cơ quan, đơn vị liên quan", ["Các sở, ngành, cơ quan, đơn vị liên quan"]),
])
def test_a_list_of_kinds_ending_on_the_gazetteers_collective_is_one_office(cell, bodies):
    got = [n for n, _w in split_office_list(cell, load_gazetteer())]
    assert [" ".join(n.split()) for n in got] == [" ".join(b.split()) for b in bodies]


@pytest.mark.parametrize("cell, bodies", [
    # the collective alone, or after a named body, stays the body it is
    ("Cơ quan, đơn vị có liên quan", ["Cơ quan, đơn vị có liên quan"]),
    ("Sở Y tế, cơ quan, đơn vị có liên quan", ["Sở Y tế", "Cơ quan, đơn vị có liên quan"]),
    # a list of kinds already whole is unchanged
    ("Các bộ, cơ quan, địa phương, đơn vị có liên quan", ["Các bộ, cơ quan, địa phương, đơn vị có liên quan"]),
])
def test_the_collective_alone_or_after_a_named_body_is_unchanged(cell, bodies):
    assert [n for n, _w in split_office_list(cell, load_gazetteer())] == bodies


def test_only_a_match_of_kinds_inside_a_longer_list_counts():
    text = "Các bộ, cơ quan, đơn vị có liên quan"
    at = text.index("cơ quan")
    assert inside_kinds_list(text, at, at + len("cơ quan, đơn vị"))
    assert not inside_kinds_list("Cơ quan, đơn vị có liên quan", 0, len("Cơ quan, đơn vị"))
    # a named body is never a list's tail
    t2 = "Các bộ, Bộ Ngoại giao"
    assert not inside_kinds_list(t2, t2.index("Bộ Ngoại"), len(t2))


# a Phụ lục row flattened one cell a line, in the gazette's layout (TT / task / time / lead / partner)
TABLE = ("NGHỊ QUYẾT\nVề chương trình hành động\n\n"
         "Phụ lục\nPHÂN CÔNG NHIỆM VỤ\n\n"
         "TT\nNHIỆM VỤ\nTHỜI HẠN\nHOÀN THÀNH\nCƠ QUAN CHỦ TRÌ\nCƠ QUAN PHỐI HỢP\n"
         "I\nNhóm nhiệm vụ về đối ngoại\n"
         "1 Xây dựng Đề án về công tác lãnh sự và bảo hộ công dân\n"
         "2026\nBộ Ngoại giao\nCác bộ, cơ quan, đơn vị\ncó liên quan\n"
         "2 Xây dựng Đề án phát triển mạng lưới cơ quan đại diện\n"
         "Quý III/2026\nBộ Ngoại giao\nCác bộ, cơ quan, địa\nphương\n")


def test_a_flattened_rows_partner_cell_is_one_collective():
    doc = _doc(TABLE)
    offs = _offices(doc, "Xây dựng Đề án về công tác lãnh sự")
    assert offs is not None
    assert "Bộ Ngoại giao" in offs
    assert "Các bộ" not in offs
    assert any(" ".join(o.split()).startswith("Các bộ, cơ quan, đơn vị") for o in offs)
