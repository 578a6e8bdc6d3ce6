"""Properties of the whole repair cascade (hypothesis) and bad input that must not hurt."""
import re
import time
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair, repair_text
from pipeline.repair.explain import explain
from pipeline.repair.legacy import encode_tcvn3
from tests.conftest import SAMPLES

def _spelled_right(line: str) -> bool:
    """Lines of the samples without a typo ('ruộng đât' is fixed by the OCR step, rightly)."""
    from pipeline.repair.lexicon import lexicon
    from pipeline.vietnamese import MARKED_LETTERS

    words = re.findall(r"[^\W\d_]+", line)
    return all(lexicon().is_syllable(w) for w in words if any(c in MARKED_LETTERS for c in w))


CLEAN = [ln.text for p in sorted((SAMPLES / "text").glob("0[1-5]*.txt"))
         for ln in lines_from_text(p.read_text(encoding="utf-8")) if ln.text.strip() and _spelled_right(ln.text)]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _fold(text: str) -> str:
    from pipeline.repair.codepoints import apply_tone_convention

    return apply_tone_convention(text, "new")


@SETTINGS
@given(st.lists(st.sampled_from(CLEAN), min_size=1, max_size=12))
def test_clean_text_is_the_identity(lines):
    """A repair of clean directives changes nothing (but the document's tone placement)."""
    text = "\n".join(lines)
    doc = repair_text(text)
    out = [ln.text for ln in doc.lines]
    assert [_fold(x) for x in out] == [_fold(x) for x in lines]
    assert all(r.kind in ("codepoint", "note") for r in doc.repairs)


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_never_changes_the_line_count_and_never_crashes(text):
    doc = repair_text(text)
    assert len(doc.lines) == len(lines_from_text(text))
    assert all(unicodedata.is_normalized("NFC", ln.text) for ln in doc.lines)


@SETTINGS
@given(st.lists(st.sampled_from(CLEAN), min_size=1, max_size=6), st.data())
def test_line_count_kept_on_broken_text(lines, data):
    broken = [encode_tcvn3(ln) if data.draw(st.booleans()) else ln.replace("a", " ") for ln in lines]
    doc = repair_text("\n".join(broken))
    assert len(doc.lines) == len(lines)


def _notes(doc) -> list[str]:
    return [r.note for r in doc.repairs if r.kind == "note"]


def test_empty_document_gets_a_note():
    doc = repair(Document("empty", lines=[]), Config())
    assert doc.lines == [] and any("empty" in n for n in _notes(doc))
    doc = repair_text("   \n\n ")
    assert any("empty" in n for n in _notes(doc))


def test_page_of_numbers_is_left_alone_with_a_note():
    text = "\n".join(f"{i}   {i * 17}   {i * 3.5:.2f}   12/05/2023" for i in range(1, 60))
    doc = repair_text(text)
    assert doc.text == text
    assert any("numbers" in n for n in _notes(doc))


def test_another_language_is_left_alone_with_a_note():
    text = ("The Prime Minister requests ministries to review the implementation report.\n"
            "Please send the container list to the customs office before Friday, 5 June.\n"
            "Les ministères doivent envoyer le rapport avant la fin du mois, s'il vous plaît.")
    doc = repair_text(text)
    assert doc.text == text
    assert any("not Vietnamese" in n for n in _notes(doc))


def test_control_characters_are_kept_and_noted():
    text = "Tăng cường\x07 kiểm tra\x01 xử lý vi phạm"
    doc = repair_text(text)
    assert len(doc.lines) == 1 and "\x07" in doc.text
    assert any("control" in n for n in _notes(doc))


def test_mixture_of_encodings_in_one_document():
    clean = ["Ủy ban nhân dân tỉnh giao các sở, ngành thực hiện.", "Căn cứ Luật Tổ chức chính quyền địa phương;",
             "Phòng Tài chính - Kế hoạch chủ trì."]
    from pipeline.repair.legacy import encode_viscii, encode_vni
    broken = [clean[0], encode_tcvn3(clean[1]), encode_vni(clean[2])]
    doc = repair_text("\n".join(broken))
    assert [ln.text for ln in doc.lines] == clean
    assert {r.kind for r in doc.repairs} >= {"encoding"}
    assert encode_viscii("ệ") == "®"


def test_extremely_long_line_is_fast_and_safe():
    line = ("Tăng cường kiểm tra, xử lý vi phạm về quản lý đất đai. " * 20000)[:1_000_000]
    t0 = time.perf_counter()
    doc = repair_text("Tiêu đề\n" + line + "\nKết thúc")
    assert time.perf_counter() - t0 < 60
    assert len(doc.lines) == 3 and doc.lines[1].text == line
    assert any("too long" in n for n in _notes(doc))


def test_explain_shows_each_change_in_context():
    doc = repair_text(" 2. Văn hóa\n  . C n  t c nội chính của huyện\n 3.1. Duy trì tốt công tác\n"
                      " 4. C n  t c tư ph p\n"
                      "Công tác nội chính, công tác tư pháp, công tác cải cách hành chính")
    text = explain(doc, rich=False)
    assert "line 2" in text
    for r in doc.repairs:
        if r.kind != "note":
            assert r.kind in text and f"{r.confidence:.2f}" in text
    rich_text = explain(doc)  # rich markup, escaped
    assert "[/" in rich_text


@pytest.mark.parametrize("name", ["000_bed89d1f3f7829d9.txt"])
def test_every_change_is_a_repair_row(name):
    text = (SAMPLES / "text" / name).read_text(encoding="utf-8")
    doc = repair_text(text)
    changed = {ln.number for ln in doc.lines if ln.text != ln.raw}
    assert changed == {r.line for r in doc.repairs if r.kind != "note"}
