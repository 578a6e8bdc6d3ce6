"""The shared reading of a document (pipeline.repair.docview) changes speed, never results.

Each repair step's clean-text fast path now asks its question of the document's distinct
tokens and words and reads only the lines that may change.  Every test here compares such
a fast path with the plain line-by-line reading it replaced (copied here as a reference),
on the sample texts, clean and corrupted each way (benchmarks/corrupt.py), and on lines
written to hit the edges (white space a pattern could mistake for a separator, control
characters, foreign lines).  No timing here: benchmarks/repair_speed.py measures speed.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import docview
from pipeline.repair import glyphs as gl
from pipeline.repair import legacy
from pipeline.repair import notes as nt
from pipeline.repair import ocr
from pipeline.repair.diacritics import _probe
from pipeline.repair.lexicon import lexicon
from pipeline.repair.linecache import marked as line_marked
from pipeline.repair.linecache import words as line_words
from pipeline.repair.lm import load_model
from pipeline.repair.record import record_note
from pipeline.repair.syllables import has_syllable_shape, norm_syllable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.corrupt import corrupt  # noqa: E402
from tests.conftest import each_text  # noqa: E402

SAMPLES = sorted((ROOT / "samples" / "text").glob("*.txt")) + sorted((ROOT / "samples" / "unseen_repair").glob("*.txt"))
EDGES = "\n".join([
    "Kế hoạch số 12/KH-UBND ngày 5/3/2024 của UBND huyện",
    "  . Về văn hóa",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",  # old-style tone pair beside new-style text
    "Phòng Văn hóa và Thông tin; hòa giải ở cơ sở",
    "Tài liệu\x85tham khảo\x1ecủa Sở",  # legacy characters that split() takes for white space
    "Mục\x0bđích\x07 yêu cầu",  # control characters
    "The quick brown fox jumps over the lazy dog again and again",  # not Vietnamese
    "Theo QD-UBND so 435/QD-UBND va D/c Nguyen Van A",  # codes and stripped words
    "tổ chức thực hien cac nội dung sau day cua ke hoach",
    "C n  t c nội chính, c c  hã  hư ng  hị trấn",
    "(cid:12)(cid:34) huyện",
    "",
    "   ",
])


def _texts() -> list[tuple[str, str]]:
    out = [("edges", EDGES)]
    for i, p in enumerate(SAMPLES):
        t = unicodedata.normalize("NFC", p.read_text(encoding="utf-8")).replace("\r\n", "\n")
        out.append((p.name, t))
        if i % 3 == 0:  # a third of them, corrupted each way: enough lines, a fast test
            for kind in ("glyph", "ocr", "diacritics", "encoding-runs", "codepoint"):
                out.append((f"{p.name}:{kind}", corrupt(t, kind, 0)[0]))
    return out


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str]]:
    """The texts, built when the file runs (not at collection: the corrupted copies cost each
    pytest worker seconds, and only the one that runs the file needs them)."""
    return _texts()


def _lines(text: str) -> list[str]:
    return [ln.text for ln in lines_from_text(text)]


def _doc(text: str) -> Document:
    return Document(doc_id="t", lines=lines_from_text(text))


# ------------------------------------------------------------------ the view itself
def test_view_reads_what_the_lines_hold(texts: list[tuple[str, str]]) -> None:
    each_text(texts, _view_reads_what_the_lines_hold)


def _view_reads_what_the_lines_hold(name: str, text: str) -> None:
    texts = _lines(text)
    v = docview.DocView(texts)
    assert v.words == set().union(*(line_words(t) for t in texts))
    assert v.tokens == set().union(*(t.split() for t in texts))
    assert v.line_tokens == [t.split() for t in texts]
    assert v.joined == "\n".join(texts)
    some = sorted(v.words)[::7][:12]
    assert v.lines_containing(some) == {k for k, t in enumerate(texts) if any(w in t for w in some)}
    for few in (some[:3], sorted(v.words)[::3][:20]):
        got = v.lines_with_words(few)
        assert got == sorted(got)
        assert set(got) >= {k for k, t in enumerate(texts) if set(few) & set(line_words(t))}
    toks = set(sorted(v.tokens)[::5][:12])
    assert v.lines_with_tokens(toks) == [k for k, t in enumerate(texts) if toks & set(t.split())]


def test_view_follows_rewritten_lines() -> None:
    doc = _doc(EDGES)
    first = docview.view(doc)
    assert docview.view(doc) is first
    doc.lines[2].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    doc.lines[0].text = "Kế hoạch số 12/KH-UBND"
    again = docview.view(doc)
    fresh = docview.DocView([ln.text for ln in doc.lines])
    assert again is not first
    for attr in ("texts", "joined", "tokens", "line_tokens", "words", "longest"):
        assert getattr(again, attr) == getattr(fresh, attr), attr


def test_lexicon_forms_are_syllables() -> None:
    lex = lexicon()
    assert all(lex.is_syllable(f) for f in lex.forms)
    assert {"công", "Công", "CÔNG", "hòa", "HÒA"} <= lex.forms


# ------------------------------------------------------------------ encoding
def test_encoding_first_look_same_as_whole_text(texts: list[tuple[str, str]]) -> None:
    each_text(texts, _encoding_first_look_same_as_whole_text)


def _encoding_first_look_same_as_whole_text(name: str, text: str) -> None:
    v = docview.DocView(_lines(text))
    plain = any(p.search(v.joined) for p in (legacy._STRONG, legacy._VNI_PAIR, legacy._MIXED_CASE))
    fast = any(p.search(v.token_text) for p in (legacy._STRONG, legacy._VNI_PAIR, legacy._MIXED_CASE)) \
        or any(c in v.joined for c in legacy._STRONG_SPACES)
    assert fast == plain


def test_no_pattern_of_the_first_looks_matches_white_space() -> None:
    """The token text separates tokens with '\\n': a pattern that matched white space
    would find in the document what the token text hides (legacy._STRONG does, for two
    characters: they are looked for in the whole text)."""
    spaces = [chr(i) for i in range(0x110000) if chr(i).isspace()]
    assert [c for c in spaces if legacy._STRONG.search(c)] == legacy._STRONG_SPACES
    for pat in (legacy._VNI_PAIR, legacy._MIXED_CASE):
        for c in spaces:
            assert not pat.search(f"a{c}À") and not pat.search(f"o{c}â") and not pat.search(f"e{c}é"), (pat, c)


# ------------------------------------------------------------------ OCR evidence
def _ref_shows_confusions(doc: Document, lm, min_rate: float = 0.01, min_distinct: int = 3) -> bool:
    marked = bad = 0
    distinct: set[str] = set()
    for ln in doc.lines:
        if not line_marked(ln.text):
            continue
        for w in line_words(ln.text):
            if w.isascii():
                continue
            marked += 1
            n = norm_syllable(w)
            if n not in lm.index and not has_syllable_shape(n):
                bad += 1
                distinct.add(n)
    return len(distinct) >= min_distinct and bad >= min_rate * max(marked, 1)


def _ref_judge(doc: Document, lm) -> tuple[bool, dict]:
    marked = hits = weighted = 0
    distinct: set[str] = set()
    strong_lines: dict[int, frozenset[str]] = {}
    for ln, (n, words, strong) in ocr._doc_evidence(doc, lm):
        marked += n
        if n < 2:
            continue  # (a line of one word gives no evidence: see ocr._judge)
        hits += len(words)
        distinct.update(words)
        if strong:
            strong_lines[ln.number] = frozenset(strong)
            rest = list(words)
            for w in strong:
                if norm_syllable(w) in rest:
                    rest.remove(norm_syllable(w))
            weighted += len(rest) + 2 * len(strong)
        else:
            weighted += len(words)
    floor = max(ocr.EVIDENCE_DISTINCT, ocr.EVIDENCE_RATE * marked)
    if weighted > hits:
        return weighted >= floor, strong_lines
    return len(distinct) >= ocr.EVIDENCE_DISTINCT and hits >= floor, strong_lines


def test_ocr_document_checks_same_as_line_by_line(texts: list[tuple[str, str]]) -> None:
    each_text(texts, _ocr_document_checks_same_as_line_by_line)


def _ocr_document_checks_same_as_line_by_line(name: str, text: str) -> None:
    lm = load_model()
    doc = _doc(text)
    assert ocr.shows_confusions(doc, lm) == _ref_shows_confusions(doc, lm)
    assert ocr.shows_confusions(doc, lm, min_distinct=1) == _ref_shows_confusions(doc, lm, min_distinct=1)
    assert ocr._judge(doc, lm) == _ref_judge(doc, lm)


# ------------------------------------------------------------------ notes
def _ref_notes(doc: Document) -> Document:
    lex = lexicon()
    verdict = nt._viet_verdicts(lex)
    if not doc.lines or not any(ln.text.strip() for ln in doc.lines):
        record_note(doc, None, "empty document: nothing to repair")
        return doc
    if not any(nt._WORD.search(ln.text[:nt.LONG_LINE]) for ln in doc.lines):
        record_note(doc, None, "no words in the document (numbers or symbols only): nothing to repair")
        return doc
    notes = words_total = viet_total = 0
    for ln in doc.lines:
        if notes >= nt._MAX_NOTES:
            break
        t = ln.text
        if len(t) > nt.LONG_LINE:
            record_note(doc, ln, f"line of {len(t)} characters: too long to search for lost glyphs; "
                                 "encodings and code points were still repaired")
            notes += 1
            t = t[:nt.LONG_LINE]
        if nt._CONTROL.search(t):
            record_note(doc, ln, "control characters no Vietnamese encoding explains: left as is")
            notes += 1
        words = nt._WORD.findall(t)
        if not words:
            continue
        viet = sum(map(verdict, words))
        words_total += len(words)
        viet_total += viet
        if len(words) >= 6 and viet / len(words) < 0.3:
            record_note(doc, ln, "line is not Vietnamese (another language or names): left as is")
            notes += 1
    if words_total and viet_total / words_total < 0.3:
        record_note(doc, None, "document is mostly not Vietnamese: repairs limited to encodings and code points")
    return doc


NOTE_TEXTS = [
    ("foreign", "Nơi nhận:\n" + "The committee shall review the annual report and budget\n" * 3 + "Kính gửi Sở"),
    ("mostly-foreign", "Meeting notes\nThe plan was approved by the board today\nSở Tài chính"),
    ("codes", "UBND HĐND MTTQ VN\nKT CT PCT TT TB VP\nhuyện"),
    ("empty", "\n  \n"), ("numbers", "1 2 3\n4.5"), ("control", "Sở\x07 Tài chính"),
]


def test_notes_same_as_line_by_line(texts: list[tuple[str, str]]) -> None:
    each_text(texts + NOTE_TEXTS, _notes_same_as_line_by_line)


def _notes_same_as_line_by_line(name: str, text: str) -> None:
    fast = nt.repair_notes(_doc(text), Config())
    ref = _ref_notes(_doc(text))
    assert [repr(r) for r in fast.repairs] == [repr(r) for r in ref.repairs]


# ------------------------------------------------------------------ lost glyphs
def _ref_candidate_lines(doc: Document, lex) -> dict[int, list[tuple[int, int]]]:
    out: dict[int, list[tuple[int, int]]] = {}
    for k, ln in enumerate(doc.lines):
        t = ln.text
        if not t.strip() or "(cid:" in t or t.isdigit() or len(t) > gl.LONG_LINE:
            continue
        spans = [(m.start(), m.end()) for i, m in enumerate(gl._TOKEN.finditer(t))
                 if gl._token_kind(m.group(), lex) == 1 or gl._token_kind(m.group(), lex) == 2 and i > 0]
        if not t[:1].isspace():
            if spans:
                out[k] = spans
            continue
        m = gl._GAP_LABEL.match(t)
        if m and re.match(r"\s*\S", t[m.end():]):
            spans.insert(0, (m.start(2), m.end() + 1))
        if spans:
            out[k] = spans
    return out


def test_glyph_candidates_same_as_line_by_line(texts: list[tuple[str, str]]) -> None:
    each_text(texts, _glyph_candidates_same_as_line_by_line)


def _glyph_candidates_same_as_line_by_line(name: str, text: str) -> None:
    lex = lexicon()
    assert gl._candidate_lines(_doc(text), lex) == _ref_candidate_lines(_doc(text), lex)


def test_a_syllable_token_is_no_fragment() -> None:
    """The glyph and notes steps take a known syllable between quotes, brackets or before
    punctuation for a token of kind 0: what _token_kind says of it."""
    lex = lexicon()
    forms = sorted(lex.forms)[::40]
    for f in forms:
        for tok in (f, f"({f})", f"“{f}”,", f"'{f}'.", f"[{f}]:", f"{f}…"):
            assert tok.lstrip(gl._LEAD).rstrip(gl._TRAIL) == gl._EDGE_PUNCT.match(tok).group(1) == f
            assert gl._token_kind(tok, lex) == 0, tok


# ------------------------------------------------------------------ diacritics
def test_diacritics_lines_same_as_needs_look(texts: list[tuple[str, str]]) -> None:
    each_text(texts, _diacritics_lines_same_as_needs_look)


def _diacritics_lines_same_as_needs_look(name: str, text: str) -> None:
    probe = _probe(load_model())
    texts = _lines(text)
    assert probe.lines_needing_look(docview.DocView(texts)) == [k for k, t in enumerate(texts) if probe.needs_look(t)]


# ------------------------------------------------------------------ tone convention
def test_tone_convention_read_in_tokens_same_as_whole_text(texts: list[tuple[str, str]]) -> None:
    each_text(texts, _tone_convention_read_in_tokens_same_as_whole_text)


def _tone_convention_read_in_tokens_same_as_whole_text(name: str, text: str) -> None:
    from pipeline.repair import codepoints as cp

    texts = _lines(text)
    v = docview.DocView(texts)
    assert cp._view_convention(v) == cp.tone_convention(texts)
    assert cp._counted_convention(v) == cp.tone_convention(texts)


# ------------------------------------------------------------------ OCR phrases
def _ref_fix_long_phrases(text: str) -> list[tuple[int, int, str, str]]:
    from rapidfuzz.distance import Levenshtein

    from pipeline.repair import ocrphrases as op

    toks = list(re.finditer(r"\S+", text))
    tok_letters = [op._letters(t.group()) for t in toks]
    folded = "".join(tok_letters)
    out = []
    for phrase in op.LONG_PHRASES:
        target = op._letters(phrase)
        if target in folded:
            continue
        n = len(op._WORD.findall(phrase))
        best = None
        for i, first in enumerate(toks):
            f = tok_letters[i]
            if not f or f[0] != target[0]:
                continue
            span = ""
            for j in range(i, min(len(toks), i + n + 3)):
                span += tok_letters[j]
                if not span.endswith(target[-2:]):
                    continue
                sim = Levenshtein.normalized_similarity(span, target)
                if sim >= op.LONG_SIMILARITY and (best is None or sim > best[0]):
                    best = (sim, first.start(), toks[j].end())
        if best is not None:
            _, a, b = best
            typed = text[a:b]
            upper = sum(ch.isupper() for ch in typed) > sum(ch.islower() for ch in typed)
            out.append((a, b, typed, phrase.upper() if upper else phrase))
    return out


def _ref_fix_words(text: str) -> list[tuple[int, int, str, str]]:
    from pipeline.repair import ocrphrases as op

    words = list(op._WORD.finditer(text))
    if len(words) < 2:
        return []
    folded = [op._fold(m.group()) for m in words]
    out = []
    for pat in op._PATTERNS:
        n = len(pat)
        pf = [op._fold(w) for w in pat]
        for i in range(1) if n <= 2 else range(len(words) - n + 1):
            if i + n > len(words):
                continue
            wrong = [k for k in range(n) if folded[i + k] != pf[k]]
            if not wrong or len(wrong) > max(1, n // 4):
                continue
            if not all(op._one_letter(folded[i + k], pf[k]) for k in wrong):
                continue
            for k in range(n):
                m = words[i + k]
                typed = m.group()
                if k in wrong or norm_syllable(typed.lower()) != norm_syllable(pat[k].lower()):
                    new = op._cased(typed, pat[k])
                    if new != typed:
                        out.append((m.start(), m.end(), typed, new))
    out.sort()
    return out


def test_ocr_phrases_same_as_reading_every_run() -> None:
    from pipeline.repair import ocrphrases as op

    lines = ["CONG HOA Í CHU NGHĨA VIET NAM", "CHỦ NGH. TNAM", "Doc lọc Tự do - Hạnh phúc", "Not nhận:",
             "Kinh gứi: Sở Tài chính", "Độc lập - Tư do - Hạnh phúc", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Nam Định, ngày 5 tháng 3 năm 2024", "n am", "a m"]
    for p in SAMPLES[::2]:
        t = unicodedata.normalize("NFC", p.read_text(encoding="utf-8"))
        lines += corrupt(t, "ocr", 0)[0].split("\n")[:60]
    for line in lines:
        assert op.fix_long_phrases(line) == _ref_fix_long_phrases(line), line
        assert op._fix_words(line) == _ref_fix_words(line), line
