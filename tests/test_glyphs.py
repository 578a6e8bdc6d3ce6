"""Lost glyphs: spaces for unmapped glyphs and '(cid:NN)' codes, solved from the document."""

from benchmarks.corrupt import corrupt
from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair_text
from pipeline.repair.codepoints import apply_tone_convention
from pipeline.repair.glyphs import fragments, infer_label, repair_glyphs, solve_cid
from pipeline.repair.lexicon import DocumentLM
from tests.conftest import SAMPLES, SEED, SEED_GOLD


def _lines(text: str) -> list[str]:
    return [ln.text for ln in lines_from_text(text)]


def _fold(line: str) -> list[str]:
    """Words with the tone placement folded (the document's convention is applied on purpose)."""
    return apply_tone_convention(line, "new").split()


def test_seed_repairs_to_its_gold_exactly():
    doc = repair_text(SEED.read_text(encoding="utf-8"), doc_id="seed")
    assert [ln.text for ln in doc.lines] == _lines(SEED_GOLD.read_text(encoding="utf-8"))
    assert doc.meta["lost_glyphs"]  # inferred from the document, not given
    glyph_rows = [r for r in doc.repairs if r.kind == "glyph"]
    assert {r.line for r in glyph_rows} == {3, 77, 102, 148, 198, 200, 202, 204}
    assert all(0 < r.confidence <= 1 for r in glyph_rows)


def test_seed_examples_from_the_issue():
    doc = repair_text(SEED.read_text(encoding="utf-8"))
    assert doc.lines[76].text == " 2. Về văn hóa - xã hội "
    assert doc.lines[147].text.startswith(" I. Phiên họp thường kỳ UBND huyện tháng 5/2023")


def test_section_number_from_the_numbering_around_it():
    lines = [" 1. Về kinh tế", "nội dung", "  . Về văn hóa", " 2.1. Chú trọng", " 3. Nội chính"]
    assert infer_label(lines, 2) == "2"
    lines = [" 4. Một", "  . Hai", "văn bản"]
    assert infer_label(lines, 1) == "5"


def test_numbering_does_not_run_across_a_cut():
    # an excerpt that leaves items out ('[…]') says nothing about the number after the cut
    lines = ["1. Xây dựng kế hoạch", "nội dung", "[…]", " . Thời gian thực hiện", "nội dung"]
    assert infer_label(lines, 3) is None
    lines = ["1. Xây dựng kế hoạch", "...", " . Thời gian thực hiện", "3. Tổ chức thực hiện"]
    assert infer_label(lines, 2) == "2"  # the sibling below still says


def test_other_lost_glyph_sets_on_another_document():
    """A different document and a different lost set (the benchmark's generator)."""
    text = (SAMPLES / "text" / "02_kontum_ubnd_qd435_chuongtrinhhanhdong_2020.txt").read_text(encoding="utf-8")
    gold = _lines(text)
    broken, info = corrupt(text, "glyph", 1)
    doc = repair_text(broken)
    out = [ln.text for ln in doc.lines]
    assert len(out) == len(gold)
    err_in = sum(a != b for g, b in zip(gold, _lines(broken)) for a, b in zip(g.split(), b.split()))
    assert err_in > 0
    # most damaged lines come back whole, and no clean line is touched
    damaged = [k for k, (g, b) in enumerate(zip(gold, _lines(broken))) if g != b]
    fixed = [k for k in damaged if _fold(out[k]) == _fold(gold[k])]
    assert len(fixed) >= 0.6 * len(damaged), (info, [(gold[k], out[k]) for k in damaged if k not in fixed][:5])
    assert all(_fold(out[k]) == _fold(gold[k]) for k in range(len(gold)) if k not in damaged)


def test_cid_substitution_cipher():
    text = (SAMPLES / "text" / "05_vpcp_congvan2739_2019.txt").read_text(encoding="utf-8")
    gold = _lines(text)
    broken, info = corrupt(text, "cid", 3)
    assert "(cid:" in broken
    doc = repair_text(broken)
    out = [ln.text for ln in doc.lines]
    assert "(cid:" not in "\n".join(out)
    wrong = sum(a != b for g, o in zip(gold, out) for a, b in zip(_fold(g), _fold(o)))
    total = sum(len(g.split()) for g in gold)
    assert wrong <= 0.01 * total, [(g, o) for g, o in zip(gold, out) if g != o][:4]
    assert any(r.kind == "cid" for r in doc.repairs)


def test_solve_cid_maps_numbers_consistently():
    words = "công tác chỉ đạo các cơ quan đơn vị thực hiện"
    code = {"ô": "41", "á": "17", "c": "9"}
    enc = "".join(f"(cid:{code[c]})" if c in code else c for c in words)
    dlm = DocumentLM(["công tác của các cơ quan, đơn vị", "các cơ sở công nghiệp"])
    assert solve_cid([enc], dlm) == {"41": "ô", "17": "á", "9": "c"}


def test_clean_documents_are_not_touched():
    for p in sorted((SAMPLES / "text").glob("0[1-5]*.txt")):
        doc = Document(p.stem, lines=lines_from_text(p.read_text(encoding="utf-8")))
        repair_glyphs(doc, Config())
        assert [r for r in doc.repairs if r.kind in ("glyph", "cid")] == [], p.name


def test_fragments_are_not_names_codes_or_labels():
    assert fragments("chiều thứ N m hằn  tuần; làm vi c với c c") == 5
    # 'III' is a part's number; a lone 'C' is what a lost glyph left of 'Công' (directives
    # number their parts I-XXXIX, never C = 100), like 'B' in 'C   B :' ('Các Bộ:')
    assert fragments("III. C n  t c") == 4
    assert fragments("IV. Nội dung") == 0 and fragments("XII. Tổ chức thực hiện") == 0
    assert fragments("Nguyễn Văn A, UBND, TTg, b) xem container") == 0


def test_lost_lower_case_letter_whose_capital_is_printed():
    """The font lost 'đ' but prints 'Đ' (two glyphs): the lost set must still hold 'đ', so
    'ộng' is 'động', not 'cộng' (02, seed 4 of the benchmark: 'c', 'g', 'o', 'đ', 'ệ', 'ự')."""
    text = (SAMPLES / "text" / "02_kontum_ubnd_qd435_chuongtrinhhanhdong_2020.txt").read_text(encoding="utf-8")
    broken, info = corrupt(text, "glyph", 4)
    assert "đ" in info["lost"]
    doc = repair_text(broken)
    out = [ln.text for ln in doc.lines]
    gold = _lines(text)
    wrong = [(o, g) for o, g in zip(out, gold) if _fold(o) != _fold(g)]
    assert not any("cộng" in o and "động" in g for o, g in wrong), wrong
    assert len(wrong) <= 4, wrong


def test_word_initial_lost_letters_are_found():
    """'c' and 't' lost only at word starts ('Công  á    eo dõi' = 'Công tác theo dõi'): the
    strict first pass cannot see them; the second look at the sample does."""
    text = (SAMPLES / "text" / "01_danang_sgddt_congvan1906_covid_2020.txt").read_text(encoding="utf-8")
    broken, info = corrupt(text, "glyph", 4)
    doc = repair_text(broken)
    assert "t" in doc.meta["lost_glyphs"]
    out = [ln.text for ln in doc.lines]
    assert any("Công tác theo dõi" in o for o in out), [o for o in out if "Công" in o]


def test_lost_digits_from_the_same_number_intact_elsewhere():
    from pipeline.repair.glyphs import DocumentNumbers

    nums = DocumentNumbers(["Kế hoạch năm 2026, quý I/2026; ngày 02/3/2026, 06/5/2026 và năm 2022"], {0}, {"2", "6"})
    assert nums.fills("TRONG THÁNG 5 NĂM  0   VÀ THỜI GIAN TỚI") == [(18, "2"), (20, "2"), (21, "6")]
    assert nums.fills("chính quyền địa phương 0  cấp") == []  # '02' or '06': left alone
    assert nums.fills("ca 8h00 và 8 00") == []  # no intact number fits


def test_lost_digits_of_years_days_and_months_without_an_intact_twin():
    """'2' and '9' never printed by the damaged lines: a year near the document's is
    pinned down; the digits it used then settle the day ('  6' is '26')."""
    from pipeline.repair.glyphdigits import NumberGaps

    gaps = NumberGaps(["Kế hoạch năm 2016, giai đoạn 2016 - 2020"], ["Hà Nội, n à  05  hán  04 năm  0 7 số 1 386"])
    assert gaps.candidates == {"2", "9"}
    # 2017 (9017 is no year near the document's); day 26 (96 is no day)
    assert gaps.fills("Hà Nội, ngày  6 tháng 04 năm  017") == [(13, "2"), (29, "2")]
    # a number of no known kind: only with the digits the first round showed lost
    assert gaps.fills("văn bản số  38/UBND") == []
    # (the second round leaves a document's number since session 11 round 2: measured,
    # too many wrong numbers; the rule is kept behind glyphdigits.SECOND_ROUND_CODES)
    assert gaps.fills("văn bản số  38/UBND", second=True) == []
    import pipeline.repair.glyphdigits as glyphdigits
    glyphdigits.SECOND_ROUND_CODES = True
    try:
        assert gaps.fills("văn bản số  38/UBND", second=True) == [(11, "2")]
    finally:
        glyphdigits.SECOND_ROUND_CODES = False
    # a range's intact end bounds the year; a time glued to a letter is no number of its own
    gaps = NumberGaps(["năm 2019, năm 2025"], ["c c 0 1 4 5 6 7 8"])
    # 2022 or 2023 (2029 is after 2025): a gap without the gazette's periods
    # (glyphdigits.RANGE_PRIOR, session 14); with them, 2022-2025 (six documents of the
    # gazette name it, one 2023-2025)
    glyphdigits.RANGE_PRIOR = False
    try:
        assert gaps.fills("GIAI ĐOẠN 1 (202  - 2025)") == []
    finally:
        glyphdigits.RANGE_PRIOR = True
    assert gaps.fills("GIAI ĐOẠN 1 (202  - 2025)") == [(16, "2")]
    gaps.candidates = {"3", "9"}
    assert gaps.fills("GIAI ĐOẠN 1 (202  - 2025)") == [(16, "3")]
    gaps.used = {"1"}
    assert gaps.fills("Sáng: từ  8h30", second=True) == []
    # a number of no known kind (a telephone's groups) is never filled; a document's is
    assert gaps.fills("ĐT: 021  3846 và", second=True) == []
    assert gaps.fills("Số: 2 47/STNMT", second=True) == []
    # 'dd/mm' and a list of years after 'năm'
    gaps.candidates = {"1"}
    assert gaps.fills("trước ngày 15/ 2) báo cáo") == [(14, "1")]
    gaps.candidates = {"2"}
    assert gaps.fills("năm 2000,  005,  014, phần") == [(10, "2"), (16, "2")]


def test_lost_digits_in_a_short_document():
    """A short official letter whose heading font lost '1' and '7' (and letters): its date
    is restored from what a date is, though no line prints it intact (13, seed 0)."""
    text = next((SAMPLES / "text").glob("13_*.txt")).read_text(encoding="utf-8")
    broken, info = corrupt(text, "glyph", 0)
    assert "1" in info["lost"]
    out = [ln.text for ln in repair_text(broken).lines]
    assert any("ngày 16 tháng 12 năm 2011" in o for o in out), [o for o in out if "Phú Thọ" in o]


def test_motto_restored_without_a_lost_set():
    from pipeline.repair.glyphphrases import phrase_fills

    line = "Độc l p - T  d  - H    p  c"
    fills = phrase_fills(line)
    chars = list(line)
    for c, x in fills:
        chars[c] = x
    assert "".join(chars) == "Độc lập - Tự do - Hạnh phúc"
    assert phrase_fills("Độc lập - Tự do - Hạnh phúc") == []
    assert phrase_fills("  c l p - T  d  -       p  c") == []  # too little of it printed
    # a short document whose few damaged lines give no lost set (13, seed 2)
    text = next((SAMPLES / "text").glob("13_*.txt")).read_text(encoding="utf-8")
    broken, _info = corrupt(text, "glyph", 2)
    out = [ln.text for ln in repair_text(broken).lines]
    assert any("Độc lập - Tự do - Hạnh phúc" in o for o in out)


def test_last_letter_lost_to_the_margin():
    """'quốc gi  ': the line's last word lost its last letter to the margin (c1, seed 0)."""
    text = next((SAMPLES / "text").glob("c1_*.txt")).read_text(encoding="utf-8")
    broken, _info = corrupt(text, "glyph", 0)
    assert "Trung tâm dữ liệu quốc gi  " in broken
    out = [ln.text for ln in repair_text(broken).lines]
    assert any(o.startswith("2. Về xây dựng, vận hành Trung tâm dữ liệu quốc gia") for o in out)


def test_a_letter_the_line_prints_is_an_unlikely_fill():
    """The font maps what it prints: 'Ch nh' in a line printing 'ă' is 'Chính' ('í' lost),
    not 'Chăn' (14, seed 1: '7', '2', 'h', 't', 'ă', 'à', 'í' lost)."""
    text = next((SAMPLES / "text").glob("14_*.txt")).read_text(encoding="utf-8")
    broken, _info = corrupt(text, "glyph", 1)
    out = [ln.text for ln in repair_text(broken).lines]
    assert not any("Chăn phủ" in o for o in out)
    assert sum("Chính phủ" in o for o in out) >= sum("Chính phủ" in g for g in _lines(text)) - 1


def test_years_in_a_heading_in_capitals():
    """A heading in capitals keeps its letters (the font lost lower-case glyphs and '2'):
    its only trace is the odd space of 'ĐẾN NĂM  030'; its years come back, and a clean
    line with a double space before a number ('Số:  982/QĐ-TTg') is left alone (c3, seed 1)."""
    text = next((SAMPLES / "text").glob("c3_*.txt")).read_text(encoding="utf-8")
    broken, info = corrupt(text, "glyph", 1)
    assert "2" in info["lost"] and "NĂM  030" in broken
    gold = _lines(text)
    out = [ln.text for ln in repair_text(broken).lines]
    assert any("ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045" in o for o in out)
    assert all(o == g for o, g, b in zip(out, gold, _lines(broken)) if b == g and "Số:" in g)


# ---------------------------------------------------------------- session 3: unseen texts
UNSEEN = SAMPLES / "unseen_repair"
# excerpts of gold documents that some tests below read by name (removed from UNSEEN in session 10)
REPAIR_TEXTS = SAMPLES.parent / "tests" / "data" / "repair_texts"


def _repair_corrupted(path, kind: str, seed: int) -> tuple[list[str], list[str], list[str]]:
    """(broken, repaired, clean) lines of a real file corrupted one way."""
    import unicodedata

    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    broken, _info = corrupt(text, kind, seed)
    doc = repair_text(broken)
    return _lines(broken), [ln.text for ln in doc.lines], _lines(text)


def test_unseen_texts_are_listed_with_their_sources():
    """samples/unseen_repair: real directives the repair was never tuned on, each with its
    source line, readable by the benchmark's ``--texts`` option."""
    from benchmarks.repair import clean_docs

    docs = clean_docs([UNSEEN])
    assert len(docs) >= 10
    sources = (UNSEEN / "SOURCES.md").read_text(encoding="utf-8")
    for name, text in docs:
        assert f"`{name}`" in sources and " @ " in sources
        # (session 11 added short letters on purpose, a ward's two-sentence reply: the lost
        # set must be inferred from a short text too)
        assert 300 < len(text.encode("utf-8")) < 30_000


def test_benchmark_measures_a_folder_of_texts(capsys):
    """``--texts DIR`` corrupts any folder of clean .txt directives; ``--per-doc`` prints
    each document's words wrong before and after."""
    import shutil
    import tempfile
    from pathlib import Path

    from benchmarks.repair import main

    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(SAMPLES / "text" / "yb3_vpcp_congvan648_thitruongcacbon_2022.txt", Path(tmp))
        assert main(["--texts", tmp, "--seeds", "2", "--kinds", "glyph", "--per-doc"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 clean documents")
    assert "yb3_vpcp_congvan648" in out and "words wrong" in out


def test_section_number_told_by_the_next_sibling_under_a_new_heading():
    """'  . Diện tích' under 'I. Nội dung', before '2. Diện tích': the list starts again under
    the heading, so the previous list's '3.' says nothing and the next sibling says '1'."""
    lines = ["3. Cũ", "I. Nội dung", "  . Diện tích", "văn bản", "2. Diện tích"]
    assert infer_label(lines, 2) == "1"
    # siblings that lost their numbers too are counted; disagreeing siblings say nothing
    assert infer_label(["4. Một", "(cid:170). Hai", "  . Ba", "7. Bốn"], 2) == "6"
    assert infer_label(["1. Một", "  . Hai", "5. Ba"], 1) is None
    # a real document (HĐND resolution, never tuned on): the first item of two lists
    _b, out, gold = _repair_corrupted(UNSEEN / "u06_hagiang_hdnd_nq88_quyhoachsudungdat_2017.txt", "glyph", 0)
    firsts = [o for o, g in zip(out, gold) if g in ("1. Diện", "1. Phân bổ")]
    assert firsts == ["1. Diện", "1. Phân bổ"]


def test_cid_digit_codes_counted_between_siblings():
    """'(cid:170). Bộ Nội vụ' and '(cid:210). Bộ Tài chính' between '4.' and '7.' are 5 and 6."""
    _b, out, _g = _repair_corrupted(SAMPLES / "text" / "07_ttg_chithi21_sapxepthon_2026.txt", "cid", 0)
    assert "5. Bộ Nội vụ " in out and "6. Bộ Tài chính " in out


def test_list_letter_from_its_siblings():
    """' ) Khẩn trương' (the font lost 'a') is 'a)' before 'b)' (Chỉ thị 13/CT-TTg, unseen)."""
    from pipeline.repair.glyphs import infer_letter_label

    assert infer_letter_label(["1. Bộ X:", " ) Một", "b) Hai"], 1) == "a"
    assert infer_letter_label(["c) Ba", " ) Bốn", "đ) Năm"], 1) == "d"
    assert infer_letter_label(["a) Một", " ) Hai", "d) Ba"], 1) is None
    broken, out, gold = _repair_corrupted(REPAIR_TEXTS / "u05_ttg_chithi13_tinchicacbon_2024_excerpt.txt", "glyph", 0)
    k = next(i for i, b in enumerate(broken) if b.startswith(" ) Khẩn"))
    assert out[k] == gold[k]


def test_document_number_gap_filled_from_its_intact_twin():
    """A short document (a provincial Công văn, unseen) whose damaged lines never print '6':
    '180/202 /NĐ-CP' and '21/5/202 .' are the '2026' it prints intact elsewhere."""
    broken, out, gold = _repair_corrupted(REPAIR_TEXTS / "u02_laocai_ubnd_congvan4390_nd180_2026.txt", "glyph", 0)
    k = next(i for i, b in enumerate(broken) if "180/202 /" in b)
    assert out[k] == gold[k] == "Nghị định số 180/2026/NĐ-CP ngày 21/5/2026."
    # a line whose only trace is the gap ('KẾT LUẬN SỐ 2 0-KL/TW', '210-KL/TW' in the text)
    broken, out, gold = _repair_corrupted(SAMPLES / "text" / "c2_cp_nq105_chuongtrinh_kl210_2026_excerpt.txt", "glyph", 0)
    k = next(i for i, b in enumerate(broken) if "SỐ 2 0-KL/TW" in b)
    assert "SỐ 210-KL/TW" in out[k]


def test_number_gap_beside_a_word_that_may_have_lost_a_letter_is_left_alone():
    from pipeline.repair.glyphs import DocumentNumbers

    nums = DocumentNumbers(["năm 95 và 58 bài; 2026"], {0}, set("0123456789"), frozenset("na"))
    assert nums.fills("tháng 9  ăm 2022") == []  # '9 năm' (the 'n' lost), not '95 ăm'
    assert nums.fills("văn hó  8.1.") == []  # 'hóa 8.1.' (the 'a' lost), not 'hó 58.1.'
    assert nums.fills("Kế hoạch năm 202 .") == [(16, "6")]


def test_table_bar_padding_is_not_a_lost_letter():
    """'(2). Kh | KT.' (a typist's initials before a markdown table's bar) stays as it is in
    a document whose font lost 'u'."""
    _b, out, gold = _repair_corrupted(SAMPLES / "text" / "m3_vpcp_congvan3479_tinchirung_2021.txt", "glyph", 2)
    k = next(i for i, g in enumerate(gold) if "Kh |" in g)
    assert out[k] == gold[k]


def test_two_syllables_that_are_one_word_with_a_lost_letter():
    """'quốc gi  ' at a line's end ('gi' is in the word lists, so no fragment shows) is
    'quốc gia' when the font lost 'a'; two common words side by side are left alone."""
    from pipeline.repair.glyphs import join_spans
    from pipeline.repair.lexicon import lexicon

    lex = lexicon()
    assert join_spans("2. Y u cầu", {"ê": 0.0}, lex) == [(3, 6)]
    assert join_spans("dữ liệu quốc gi  ", {"a": 0.0}, lex) == [(13, 17)]
    assert join_spans("và các cơ quan", {"o": 0.0, "a": 0.0}, lex) == []
    broken, out, gold = _repair_corrupted(SAMPLES / "text" / "c1_cp_nq175_trungtamdulieu_2023_excerpt.txt", "glyph", 0)
    fixed = [o for b, o, g in zip(broken, out, gold) if b.endswith("quốc gi  ")]
    assert fixed and all(o.endswith("quốc gia ") for o in fixed)


def test_intact_phrases_read_into_damaged_lines():
    """'kế  o    sử' reads as the 'kế hoạch sử' the document prints intact: its fills vote
    for the lost set; a piece that reads as two phrases says nothing."""
    from pipeline.repair.glyphs import _read_phrase, phrase_votes

    intact = "kế hoạch sử dụng đất\nđiều chỉnh quy hoạch sử dụng"
    assert _read_phrase("kế  o    sử", intact) == "kế hoạch sử"
    assert _read_phrase("qu  hoạch", "quy hoạch và quá hoạch") is None
    texts = ["Kế hoạch sử dụng đất năm 2020", "kế  o    sử dụng đất kỳ cuối", "điều  hỉn  qu  ho   "]
    votes = phrase_votes(texts, {1: [(0, 11)]})
    assert votes == {"h": 2, "ạ": 1, "c": 1}


def test_damaged_lines_print_letters_by_lines_not_occurrences():
    """A clean line with a foreign name among the damaged ones ('Mỹ/Israel - Iran') does not
    make its letters printed by the damaged font."""
    from pipeline.repair.glyphs import damaged_printed

    texts = ["C n  t c nội ch nh", "Bộ  ư  áp, Bộ Công  h  ng", "xung đột Mỹ/Israel - Iran - Iraq", "Ch   rì, ph i h p"]
    cands = {0: [(0, 1), (2, 3)], 1: [(3, 6), (7, 9)], 2: [(9, 17), (20, 24)], 3: [(0, 2), (3, 6)]}
    printed = damaged_printed(texts, cands, share=0.45)
    assert "h" in printed and "n" in printed  # three of the four damaged lines print them
    assert "a" not in printed and "s" not in printed  # only the clean line with the names does


def test_unseen_short_documents_lose_few_words():
    """The unseen set's short documents (<= 4 kB: a few damaged lines, the hardest case for
    inferring the lost set), one seed: >= 90 % of the words the lost glyphs broke are
    restored (92.7 % over seeds 0-1 when written, 85.4 % before the unseen set was measured),
    no clean line changed.  The benchmark gives the whole set's figure (`--seeds 2`, `3` for
    the other seeds); this guards against a collapse.  Seed 0 is the lowest of seeds 0-2 at
    06ed763b (95.7 / 97.1 / 97.8 %, 17035 / 19813 / 13866 words broken on 335 texts); a
    second seed (other letters lost in the same texts) cost ~35 s of CPU per run of the suite.
    Every other short text (session 23, testtime3: ~19 s of CPU less): at 39dd6bf3 the 341 short
    texts restore 95.89 % at seed 0, the half read here (the even places, 8706 words broken)
    95.55 %, the other half 96.24 % -- the lower half, with the floor's margin kept."""
    from benchmarks.repair import clean_docs
    from pipeline.eval import score_repair_lines

    from pipeline.eval import repair_words

    tot_in = tot_out = damaged = 0
    short = [(name, text) for name, text in clean_docs([UNSEEN]) if len(text.encode("utf-8")) <= 4000]
    for name, text in short[::2]:
        # lines the repair changes in the clean text itself (the source's own typo, 'trưòng'
        # in t18) are no reference, as in benchmarks/repair.py
        gold = _lines(text)
        keep = [k for k, ln in enumerate(repair_text(text).lines) if repair_words(ln.text) == repair_words(gold[k])]
        broken, _info = corrupt(text, "glyph", 0)
        out = [ln.text for ln in repair_text(broken).lines]
        bl = _lines(broken)
        s = score_repair_lines([bl[k] for k in keep], [out[k] for k in keep], [gold[k] for k in keep])
        tot_in, tot_out, damaged = tot_in + s["err_in"], tot_out + s["err_out"], damaged + s["damaged"]
    assert tot_in > 200 and damaged == 0
    assert 1 - tot_out / tot_in >= 0.90, (tot_in, tot_out)


def test_light_damage_one_line_is_repaired():
    """A document whose font damaged one line only: too few fills for the first pass to
    name a lost set, but the line shows the signature (runs of spaces beside fragments
    that are pieces of syllables), so the second look names the letters."""
    text = (SAMPLES / "text" / "d6_quangngai_huyenuy_chuongtrinhcongtac_nam_2023.txt").read_text(encoding="utf-8")
    gold = _lines(text)
    k = gold.index("1. Hội nghị lần thứ 15 (tháng 01/2023)")
    broken = list(gold)
    broken[k] = "1. H i n  ị lần     15 (   n  01/2023)"  # the generator's line: 'ộ', 'g', 'h', 't', 'á', 'ứ' lost
    out = [ln.text for ln in repair_text("\n".join(broken)).lines]
    assert out[k].startswith("1. Hội nghị lần ")  # 'thứ' (three lost of three) stays a gap
    assert all(out[j] == gold[j] for j in range(len(gold)) if j != k)


def test_a_code_the_document_repeats_is_not_extended_by_fills():
    """'Đ/c  Khánh' (a double space after the schedule's 'Đ/c', printed in every row) stays
    when the document lost glyphs elsewhere: a code is not a word cut by a lost glyph."""
    text = (SAMPLES / "text" / "d1_daksong_ubnd_lichcongtac_tuan46_2019.txt").read_text(encoding="utf-8")
    gold = _lines(text)
    broken, _info = corrupt(text, "glyph", 0)
    out = [ln.text for ln in repair_text(broken).lines]
    clean = [j for j, (g, b) in enumerate(zip(gold, _lines(broken))) if g == b]
    assert any("Đ/c  " in gold[j] or "Đ/c :" in gold[j] for j in clean)
    assert all(_fold(out[j]) == _fold(gold[j]) for j in clean)


# ------------------------------------------------------- session 8: markdown emphasis spaces
_EMPHASIS_FORMULAS = "\n".join([
    "Điều 5. Giá trị bồi thường cây trồng",
    "Giá trị bồi thường (*Gb*) được tính bằng tiền đối với 01 ha (đồng/ha). Công thức tính như sau:",
    "*Gb = Sl *x *Dg *x *H*",
    "Trong đó:",
    "*S *là sản lượng bình quân của 03 năm liền kề trước đó (kg/ha);",
    "*D *là đơn giá nông sản tại thời điểm bồi thường (đồng/kg);",
    "*c *là chi phí chăm sóc bình quân năm (đồng/ha);",
    "*H *là hệ số điều chỉnh, *H *bằng 1 đối với cây hằng năm;",
    "*t *là số năm còn lại của chu kỳ thu hoạch (*t *bằng 1, 2, … *n*);",
    "*n *là số năm của chu kỳ thu hoạch;",
    "2. Hệ số *H *được quy định như sau:",
    "a) Cây hằng năm, hệ số *H *là 1;",
    "b) Cây lâu năm, hệ số *H *là 2.",
])


def test_markdown_emphasis_space_is_no_lost_glyph():
    """Document converters write italics with the word space inside the closing mark
    ('*S *là', 'hệ số *H *được'): a formula's symbols then look like fragments with a space
    after them, which the solver read as lost letters (this text: '*Hồ*là', '*Sl *xử*Dg';
    a real circular, l8: '*Kỳ*là').  That space is the text's: the clean text comes back unchanged."""
    doc = repair_text(_EMPHASIS_FORMULAS)
    assert [ln.text for ln in doc.lines] == _EMPHASIS_FORMULAS.split("\n")
    assert not [r for r in doc.repairs if r.kind != "note"]


def test_lost_glyph_before_an_emphasis_mark_is_still_filled():
    """A lost letter before the mark leaves two spaces ('*Công tá  *là'): only the single
    moved word space is protected, not a run that holds a lost letter."""
    from pipeline.repair.glyphs import GlyphSolver

    lm = DocumentLM(["công tác là nhiệm vụ"] * 3)
    solver = GlyphSolver(lm, {"c": 0.0})
    assert "tác" in solver.solve("*Công tá  *là nhiệm vụ").text
    assert "*Gb *là" in solver.solve("*Gb *là nhiệm vụ").text


# ------------------------------------------------ session 8: proper nouns printed intact
def _names(texts, intact, lost):
    from pipeline.repair.glyphs import DocumentNames
    from pipeline.repair.lexicon import lexicon

    return DocumentNames(texts, intact, {c: 0.0 for c in lost}, lexicon())


def test_a_proper_noun_printed_inside_a_sentence_elsewhere_fills_its_damaged_copy():
    """A list of people repeats the ethnic group, a place, a surname inside each line
    ('1980, Tày -'): the damaged copy 'Tà  -' fits 'Tày' (printed intact in other lines)
    and, read one syllable at a time, the common word 'Tài'.  The intact copy decides."""
    texts = [
        "1. Hoàng Văn Sơn - Nam, 1980, Tày - Trưởng thôn Nà Pục",
        "2. Lò Thị Mai - Nữ, 1991, Thái - Chủ tịch Hội LHPN xã",
        "3. Nông Văn Tuấn - Nam, 1986, Tày - Công chức địa chính",
        "4. Hà Văn Tuấn - Nam, 1975, Tà  - Công chức tư pháp",
        "5. Hà Thị Lan - Nữ, 1990, T y - Chi hội trưởng phụ nữ",
    ]
    names = _names(texts, {0, 1, 2}, "yà")
    assert names.fills(texts[3]) == [(texts[3].index("Tà  ") + 2, "y")]
    assert names.fills(texts[4]) == [(texts[4].index("T y") + 1, "à")]


def test_a_proper_noun_needs_a_sentence_and_half_its_letters():
    """Not at a line's or a sentence's start (any word is capitalised there), not from one
    printed letter ('T  ' fits too many words), not when two intact words fit."""
    texts = [
        "Đại diện dân tộc Tày, Thái và Dao dự hội nghị.",
        "Tà  là tên một thôn.",
        "Theo đó, đại diện T   dự hội nghị.",
        "Ông Hà Văn Tài, dân tộc Tày, công tác tại xã.",
        "đại biểu dân tộc Tà  tham dự",
    ]
    assert _names(texts, {0}, "yà").fills(texts[1]) == []
    assert _names(texts, {0}, "yàh").fills(texts[2]) == []
    # both 'Tài' and 'Tày' printed inside sentences: the damaged 'Tà ' is either
    assert _names(texts, {0, 3}, "yi").fills(texts[4]) == []
    assert _names(texts, {0}, "yi").fills(texts[4]) == [(texts[4].index("Tà ") + 2, "y")]


def test_preamble_opening_formula_is_read_at_a_line_start():
    """'Căn cứ' opens every line of a decision's legal bases; damaged ('C    ứ Luật ...',
    its 'ă', 'n' and 'c' lost) its short words fit many syllables and the search read
    'Có  cứ'.  At a line's start before a word, the formula is the reading; elsewhere, with
    one printed letter or before a number it is not."""
    from pipeline.repair.glyphphrases import phrase_fills

    assert phrase_fills("C    ứ Nghị quyết số 12/2024/NQ-HĐND;") == [(1, "ă"), (2, "n"), (4, "c")]
    assert phrase_fills("- Că  cứ Kế hoạch số 5/KH-UBND;") == [(4, "n")]
    assert phrase_fills("C     Quyết định số 7") == []  # one letter printed
    assert phrase_fills("C    ứ 12 tháng") == []  # no word after it
    assert phrase_fills("là c   cứ để xác định") == []  # not at the line's start
    assert phrase_fills("Căn cứ Luật Đất đai;") == []


def test_damaged_legal_bases_read_whole():
    """A short decision whose legal bases alone were set in a font that lost seven letters:
    every 'Căn cứ' comes back, and the letters the formula needed join the lost set, which
    three damaged lines are too few to name ('v   bản' is 'văn bản', not 'vi  bản')."""
    clean = [
        "QUYẾT ĐỊNH",
        "Về việc ban hành quy chế làm việc của Tổ công tác",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 2 năm 2025;",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
        "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Tổ công tác.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ]
    lost = "ăncimịà"
    broken = [
        ln if k < 3 or k > 5 else "".join(" " if ch in lost else ch for ch in ln)
        for k, ln in enumerate(clean)
    ]
    out = [ln.text for ln in repair_text("\n".join(broken)).lines]
    assert [o[:6] for o in out[3:6]] == ["Căn cứ"] * 3
    assert "văn bản" in out[4]


def test_space_before_a_spaced_dash_is_the_layouts():
    """A list line separates its fields with a dash between spaces ('Lò Văn Ba - Nam, 1980,
    Thái - Trưởng thôn'); a name that lost its last letter before it ('B  -') keeps the
    layout's space: 'Ba -', not a longer syllable glued to the dash ('Bia-')."""
    from pipeline.repair.glyphs import GlyphSolver

    solver = GlyphSolver(DocumentLM([]), {"a": 0.0, "i": 0.0}, fill_cost=1.0, allow_bare=True, max_fills=4)
    assert solver.solve("5. Hoàng Văn B  - N m, 1982, D o - Trưởng thôn").text.startswith("5. Hoàng Văn Ba - Nam, 1982, Dao")
    assert solver.solve("Hoàng Văn B  - N m").text == "Hoàng Văn Ba - Nam"
