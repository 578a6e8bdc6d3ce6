"""Session 18's clean-text speed changes give the same answers as the code they replaced.

- the date formula's alignments (glyphphrases._alignments) are looked for only where 'ngày'
  (or the four spaces of a lost one) may start, not at every column: compared here with the
  per-column loop it replaced, on real lines, glyph-damaged copies and made-up lines;
- the OCR step's spellings no syllable has (ocr._nonword_forms) are read once per document
  view, through a per-model set of the words known to be none: compared with the per-word
  verdicts, document by document, and a second document asking again gets the same answer;
- the objects loaded for the first document are frozen out of the garbage collector's
  sight (repair.FREEZE_LOADED): the repair output is the same before and after.
No timing here: speed is measured by benchmarks/repair_speed.py.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import glyphphrases as gp
from pipeline.repair import ocr as ocr_mod
from pipeline.repair import repair_text
from pipeline.repair.docview import view as doc_view
from pipeline.repair.lm import load_model

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.corrupt import corrupt  # noqa: E402

SPEED18_SAMPLES = sorted((ROOT / "samples" / "text").glob("*.txt"))[:60]


def _alignments_per_column(text: str) -> list[tuple[int, int, int]]:
    """The loop _alignments ran before session 18: every column tried as the day word."""
    out = []
    for i in range(len(text) - 12):
        if i and (text[i - 1].isalnum()) or text[i + 4:i + 5] != " ":
            continue
        if gp._word_at(text, i, "ngày") < 0 and not (i >= 2 and text[i - 2:i] == ", " and text[i:i + 4] == "    "
                                                      and text[i - 3:i - 2].isalpha()):
            continue
        for j in gp._slot_ends(text, i + 4):
            if gp._word_at(text, j, "tháng") < 0:
                continue
            for k in gp._slot_ends(text, j + 5):
                if gp._word_at(text, k, "năm") >= 0 and gp._YEAR_AFTER.match(text, k + 3):
                    out.append((i, j, k))
    return out


def test_date_alignments_same_as_every_column_on_written_dates():
    lines = [
        "Hà Nội, ngày 15 tháng 3 năm 2024",
        "HÀ NỘI, NGÀY 15 THÁNG 3 NĂM 2024",
        "Nam Định, ngày 2  tháng 0  năm 20  ",
        "Cà Mau,     2  tháng  0 năm 2023",  # 'ngày' lost whole after the place and its comma
        "n  y 12 th  g 10 n m 2019",
        "Quyết định số 12/QĐ-UBND ngày 27/07/2017 của UBND tỉnh",
        "ngày   tháng   năm 2025",
        "ngày15 tháng 3 năm 2024",
        "xngày 15 tháng 3 năm 2024",
        "Điều 1. Ban hành kèm theo Quyết định này",
        "",
        "ngày 1 tháng 1 năm 2",
    ]
    for t in lines:
        assert gp._alignments(t) == _alignments_per_column(t), t


def test_date_alignments_same_as_every_column_on_samples_and_damaged_copies():
    n = 0
    for f in SPEED18_SAMPLES:
        text = f.read_text(encoding="utf-8")
        for version in (text, corrupt(text, "glyph", 0)[0], corrupt(text, "glyph", 1)[0]):
            for t in version.split("\n"):
                got = gp._alignments(t)
                assert got == _alignments_per_column(t), t
                n += bool(got)
    assert n > 20  # the samples print dates, the copies lose their letters


def test_date_alignments_same_as_every_column_on_made_up_lines():
    rng = random.Random(18)
    alphabet = "nNgGàÀyY thángTHÁNG nămNĂM 0123456789,.aĐ"
    for _ in range(20_000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 36)))
        assert gp._alignments(t) == _alignments_per_column(t), t


def _forms_per_word(doc: Document, lm) -> dict[str, str]:
    out = {}
    for w in doc_view(doc).words:
        if w.isascii():
            continue
        n = ocr_mod._nonword_confusion(lm, w)
        if n is not None:
            out[w] = n
    return out


def test_nonword_forms_same_as_each_word_judged():
    lm = load_model(Config().models_dir)
    for f in SPEED18_SAMPLES[:25]:
        text = f.read_text(encoding="utf-8")
        for version in (text, corrupt(text, "ocr", 0)[0]):
            doc = Document(doc_id="s18", lines=lines_from_text(version))
            want = _forms_per_word(doc, lm)
            assert ocr_mod._nonword_forms(doc_view(doc), lm) == want
            # asked again (the view's memo) and for a fresh view of the same text (the set
            # of words known to be none): the same
            assert ocr_mod._nonword_forms(doc_view(doc), lm) == want
            again = Document(doc_id="s18b", lines=lines_from_text(version))
            assert ocr_mod._nonword_forms(doc_view(again), lm) == want


def test_nonword_forms_stopping_early_is_not_kept():
    lm = load_model(Config().models_dir)
    text = "Thực hiên viêc xây dưng nghiêp vụ\nCông tác xuẩt khẩu\n"
    doc = Document(doc_id="s18c", lines=lines_from_text(text))
    v = doc_view(doc)
    part = ocr_mod._nonword_forms(v, lm, 1)
    assert len(set(part.values())) == 1
    full = ocr_mod._nonword_forms(v, lm)
    assert full == _forms_per_word(doc, lm)
    assert len(set(full.values())) >= 3  # 'hiên', 'viêc', 'dưng', 'nghiêp', 'xuẩt'


def test_nonword_confusions_on_a_lightly_misread_text():
    """shows_nonword_confusions: NONWORD_DISTINCT (3) different spellings no syllable has
    open the document, in one line or over several; two do not."""
    lm = load_model(Config().models_dir)
    three = ["Tăng cường quản lý viêc xây dựng nghiêp vụ xuẩt khẩu.",
             "Tăng cường quản lý viêc xây dựng.\nNâng cao nghiêp vụ.\nĐẩy mạnh xuẩt khẩu.",
             "Kiểm tra đât đai, luât pháp và hơp đồng."]
    two = ["Tăng cường quản lý viêc xây dựng nghiêp vụ.",
           "Kiểm tra đât đai và luât pháp, hợp đồng."]
    assert ocr_mod.NONWORD_DISTINCT == 3
    for text in three:
        assert ocr_mod.shows_nonword_confusions(Document(doc_id="s18d", lines=lines_from_text(text)), lm), text
    for text in two:
        assert not ocr_mod.shows_nonword_confusions(Document(doc_id="s18e", lines=lines_from_text(text)), lm), text


def test_frozen_after_the_first_document_gives_the_same_output():
    import gc

    import pipeline.repair as rp

    text = SPEED18_SAMPLES[0].read_text(encoding="utf-8")
    first = repair_text(text)
    assert rp._FROZEN[0] == rp.FREEZE_LOADED
    if rp.FREEZE_LOADED:
        assert gc.get_freeze_count() > 0
    again = repair_text(text)
    assert [ln.text for ln in first.lines] == [ln.text for ln in again.lines]
    assert [(r.line, r.before, r.after, r.kind) for r in first.repairs] == \
        [(r.line, r.before, r.after, r.kind) for r in again.repairs]


def _name_lead_line_every_run(text, table, lm):
    """ocr._name_lead_line as it read before session 18: every letter run of the line."""
    if not ocr_mod.line_marked(text):
        return frozenset()
    ws = None
    out = set()
    for m in ocr_mod.LETTER_RUN.finditer(text):
        w = m.group()
        vs = table.get(w)
        if not vs:
            continue
        nx = ocr_mod._TITLE_AFTER.match(text, m.end())
        if nx is None or not nx.group(1).isupper() or (nx.group(2) and not nx.group(2).islower()):
            continue
        if ws is None:
            ws = list(ocr_mod.line_words(text))
        i = len(ocr_mod.LETTER_RUN.findall(text, 0, m.start()))
        before = [x.lower() for x in ws[max(0, i - 2):i]]
        after = [x.lower() for x in ws[i + 1:i + 3]]
        read = lm.score(before + [w] + after)
        if max(lm.score(before + [c] + after) for c in vs) - read >= ocr_mod.NAME_LEAD_MARGIN:
            out.add(w)
    return frozenset(out)


def test_name_lead_line_reads_only_runs_before_a_word_with_the_same_answer():
    lm = load_model(Config().models_dir)
    table = ocr_mod.name_lead_words(lm)
    lines = ["Đề nghị UBND tính Gia Lai chỉ đạo", "trên địa bàn tính Quảng Ngãi,", "(tính Gia Lai) và tính,Nghệ An",
             "tính  Gia Lai", "tính Gia", "tính GIA LAI", "tính1 Gia", "gia đình cụ Hồng", "địa bàn Thủ đô"]
    found = 0
    for f in SPEED18_SAMPLES[:40]:
        text = f.read_text(encoding="utf-8")
        lines += text.split("\n") + corrupt(text, "ocr", 0)[0].split("\n")
    for t in lines:
        got = ocr_mod._name_lead_line(t, table, lm)
        assert got == _name_lead_line_every_run(t, table, lm), t
        found += bool(got)
    assert found >= 2  # 'tính Gia Lai', 'tính Quảng Ngãi'


def test_name_lead_tokens_met_reversed_give_the_same_words():
    lm = load_model(Config().models_dir)
    table = ocr_mod.name_lead_words(lm)
    rev = ocr_mod._reversed_words(table)
    assert rev == {w[::-1] for w in table} and ocr_mod._reversed_words(table) is rev
    texts = ["Đề nghị UBND tính Gia Lai chỉ đạo,\ntrên địa bàn tính Quảng Ngãi và (tính Nghệ An",
             *(f.read_text(encoding="utf-8") for f in SPEED18_SAMPLES[:30])]
    for text in texts:
        joined = doc_view(Document(doc_id="s18f", lines=lines_from_text(text))).joined
        plain = {t[::-1] for t in ocr_mod._BEFORE_CAPITAL_REVERSED.findall(joined[::-1])}.intersection(table)
        met = {t[::-1] for t in rev.intersection(ocr_mod._BEFORE_CAPITAL_REVERSED.findall(joined[::-1]))}
        assert met == plain
    assert {"tính"} <= {t[::-1] for t in rev.intersection(ocr_mod._BEFORE_CAPITAL_REVERSED.findall(texts[0][::-1]))}
