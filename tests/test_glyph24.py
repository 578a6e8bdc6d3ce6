"""Session 21 (issue #3): lost digits of a number printed once, filled where the document
pins them (pipeline.repair.glyphpins): the damaged lines' own digits leave one value, or the
inferred lost set does and the digits nothing says about are rare in the document, or one
value is a valid number or a year within the document's years.  Any other gap stays; every
such fill is flagged for review with the values weighed."""
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import glyphpins
from pipeline.repair.glyphdigits import NumberGaps
from pipeline.repair.glyphpins import digit_shares, pinned_fills
from pipeline.repair.glyphs import repair_glyphs

# the damaged lines print every digit but '1' (a digit they print is one the font maps)
_DAMAGED_ALL_BUT_1 = ["Kế hoạch số 234/KH-UBND ngày 05/6/2023 và 789/UBND-VX ngày 20/9/2023, 60 người"]
_INTACT = ["Căn cứ Quyết định số 1125/QĐ-UBND ngày 12/11/2021 của Ủy ban nhân dân tỉnh;",
           "Thực hiện Kế hoạch số 111/KH-UBND ngày 15/01/2022 và Công văn số 1011/UBND-VX năm 2019;"]


def _gaps(damaged: list[str], intact: list[str] = _INTACT, used: set[str] | None = None) -> NumberGaps:
    gaps = NumberGaps(intact, damaged)
    gaps.used = set(used or ())
    return gaps


def _fill(gaps: NumberGaps, text: str, intact: list[str] = _INTACT) -> str:
    shares, n = digit_shares(intact)
    chars = list(text)
    for col, digit, conf, weighed in pinned_fills(gaps, text, shares, n):
        assert conf < Config().review_threshold and weighed, (conf, weighed)
        chars[col] = digit
    return "".join(chars)


def test_one_digit_the_damaged_font_may_have_lost_fills_a_document_number():
    gaps = _gaps(_DAMAGED_ALL_BUT_1)
    assert gaps.candidates == {"1"}
    assert _fill(gaps, "Số:  767/KH-UBND") == "Số: 1767/KH-UBND"
    # a space inside a bracket may be a real one
    assert _fill(gaps, "Quốc khánh ( 02/9/1945 - 02/9/2019)") == "Quốc khánh ( 02/9/1945 - 02/9/2019)"
    assert _fill(gaps, "tại Tờ trình số 7 /TTr-SYT") == "tại Tờ trình số 7 /TTr-SYT"  # a space before '/' may be real
    # an amount's gap inside its own shape, not a space beside a digit elsewhere
    assert _fill(gaps, "tổng kinh phí 1.5 3,4 triệu đồng") == "tổng kinh phí 1.513,4 triệu đồng"
    assert _fill(gaps, "điện thoại 0210 3 846") == "điện thoại 0210 3 846"


def test_a_valid_document_number_decides_between_two_digits():
    gaps = _gaps(["Kế hoạch số 234/KH-UBND ngày 25/6 và 789/UBND-VX, 56 người"])
    assert gaps.candidates == {"0", "1"}
    # '00' is no number: the lost digit is '1'; ' 05' may be 105 or 005: '005' is none
    assert _fill(gaps, "Số:  0/CT-UBND") == "Số: 10/CT-UBND"
    assert _fill(gaps, "Số:  05/CT-UBND") == "Số: 105/CT-UBND"
    # two values valid: left as a gap
    assert _fill(gaps, "Số:  5/CT-UBND") == "Số:  5/CT-UBND"


def test_the_inferred_lost_set_decides_only_when_the_unsure_digits_are_rare(monkeypatch: pytest.MonkeyPatch):
    damaged = ["Kế hoạch số 234/KH-UBND ngày 25/6 và 589/UBND-VX, 56 người"]  # never '0', '1', '7'
    # '1' shown lost by an earlier fill; '0' printed often by the intact lines: nothing says
    # the font kept it, and a gap is '0' as often as the document writes one
    with_0 = ["Căn cứ Quyết định số 1105/QĐ-UBND ngày 10/10/2020, 1011/UBND-VX ngày 15/01/2022;"] * 3
    gaps = _gaps(damaged, with_0, used={"1"})
    assert gaps.candidates == {"0", "1", "7"}
    assert _fill(gaps, "Số:  767/KH-UBND", with_0) == "Số:  767/KH-UBND"
    # '0' and '7' printed nowhere in the intact lines: the one value is the lost '1'
    no_0 = ["Căn cứ Quyết định số 1125/QĐ-UBND ngày 12/11/2521, 1511/UBND-VX ngày 15/12/2522;"] * 3
    gaps = _gaps(damaged, no_0, used={"1"})
    assert _fill(gaps, "Số:  767/KH-UBND", no_0) == "Số: 1767/KH-UBND"
    # two digits shown lost: two values, a gap
    gaps = _gaps(damaged, no_0, used={"1", "7"})
    assert _fill(gaps, "Số:  767/KH-UBND", no_0) == "Số:  767/KH-UBND"
    # the switch
    monkeypatch.setattr(glyphpins, "PINNED_FILLS", False)
    gaps = _gaps(damaged, no_0, used={"1"})
    assert _fill(gaps, "Số:  767/KH-UBND", no_0) == "Số:  767/KH-UBND"


def test_a_year_within_the_documents_years():
    damaged = ["Kế hoạch số 234/KH-UBND ngày 25/6 và 589/UBND-VX, 56 người"]  # never '0', '1', '7'
    # the gap's values in the rounds' wide bounds: 2010, 2011, 2017; within 2015-2019: 2017
    gaps = _gaps(damaged, ["Căn cứ Nghị quyết năm 2015 và Kế hoạch năm 2019 của tỉnh;"])
    assert _fill(gaps, "năm 201 ") == "năm 2017"
    # two values within the document's years (2007, 2017): a gap
    gaps = _gaps(damaged, ["Căn cứ Nghị quyết năm 2005 và Kế hoạch năm 2019 của tỉnh;"])
    assert _fill(gaps, "năm 20 7") == "năm 20 7"
    # one year printed intact: no range to speak of
    gaps = _gaps(damaged, ["Kế hoạch năm 2017 của tỉnh;"])
    assert _fill(gaps, "năm 201 ") == "năm 201 "


_AA5 = "samples/unseen_repair/aa5_laichau_ubnd_kh1767_antoanthucpham_2023.txt"


def test_a_real_plan_gets_its_number_back_flagged_for_review():
    """Lai Châu KH 1767/KH-UBND: its heading font lost '1' with letters ('Số:  767/KH-UBND');
    the digits the document shows lost pin the gap, and the row says it is a review's."""
    from benchmarks.corrupt import corrupt
    text = Path(_AA5).read_text(encoding="utf-8")
    broken, info = corrupt(text, "glyph", 0)
    assert "1" in info["lost"] and "Số:  767/KH-UBND" in broken
    doc = repair_glyphs(Document(doc_id="aa5", lines=lines_from_text(broken)), Config())
    assert any(ln.text.strip() == "Số: 1767/KH-UBND" for ln in doc.lines)
    rows = [r for r in doc.repairs if r.after == "1767"]
    assert rows and all(r.flagged and r.kind == "glyph" and "weighed" in r.alternatives[0] for r in rows)
    # the lines the font did not set are untouched
    for k, (got, clean) in enumerate(zip(doc.lines, text.split("\n"))):
        if k not in info["lines"]:
            assert got.text == clean, k


def test_clean_text_is_untouched():
    text = Path(_AA5).read_text(encoding="utf-8")
    doc = repair_glyphs(Document(doc_id="aa5", lines=lines_from_text(text)), Config())
    assert [ln.text for ln in doc.lines] == [ln.text for ln in lines_from_text(text)]
    assert not doc.repairs


def test_a_line_whose_only_trace_is_an_odd_space_keeps_its_number():
    """Huế, Tây Bắc Sơn school KH 14: its heading line aligns 'Số:  14/KH- THTBS' with two
    spaces of its own; with the body's font damaged (seed 1), the line is no damaged line and
    its number stays as printed (the 'Số:' line of a lost font, test above, is filled)."""
    from benchmarks.corrupt import corrupt
    text = Path("samples/unseen_repair/m16_hue_phongdien_th_taybacson_kh14_chuyenmon_2024_excerpt.txt").read_text(encoding="utf-8")
    broken, _info = corrupt(text, "glyph", 1)
    doc = repair_glyphs(Document(doc_id="m16", lines=lines_from_text(broken)), Config())
    assert any("Số:  14/KH- THTBS" in ln.text for ln in doc.lines)
