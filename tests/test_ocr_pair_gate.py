"""A common word with a look-alike only a scan explains ('đông' for 'động', 'công' for
'cộng', 'lục' for 'lực'), weighed only next to a word with which the look-alike forms a far
commoner bigram (pipeline.repair.ocr.OCR_ONLY_PAIR_GAP, ocr22): the gate is a per-model table
of pairs and one search of the document's text per pair whose two words it holds (or, with
many such pairs, one pass over its tokens first, ocr23: the same lines), so clean text with
'công tác', 'phía đông', 'mùa đông' pays no scoring and keeps its words."""
from __future__ import annotations

import pytest

from pipeline.model import Document, lines_from_text
from pipeline.repair import ocr
from ocr_helpers import lm, repaired as _repaired  # noqa: F401  (lm is a fixture)

_BODY = [
    "Thực hiện Kế hoạch số 15/KH-UBND ngày 10 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh.",
    "Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.",
    "Tăng cường công tác tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ, công chức và Nhân dân trên địa bàn.",
    "Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Nội vụ để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh kịp thời để xem xét, giải quyết.",
]


def _letter(line: str) -> str:
    return "\n".join(_BODY[:3] + [line] + _BODY[3:])


def test_the_pair_table(lm):
    before, after = ocr._ocr_only_pairs(lm)[:2]
    assert {"hoạt", "lao", "vận", "Hoạt"} <= before["đông"]  # 'hoạt động', 'lao động'
    assert {"xây", "Xây"} <= before["dụng"] and "kinh" in before["nghiêm"]  # 'xây dựng', 'kinh nghiệm'
    assert "phương" in before["tiên"]  # 'phương tiện'
    assert "tác" not in after.get("công", frozenset())  # 'công tác' is the commoner
    assert "hôi" not in before and "hôi" not in after  # a seldom word is weighed anyway


@pytest.mark.parametrize("read, right", [
    ("Đẩy mạnh các hoạt đông tuyên truyền, vận động nhân dân tham gia phong trào thi đua.",
     "Đẩy mạnh các hoạt động tuyên truyền, vận động nhân dân tham gia phong trào thi đua."),
    ("Giải quyết việc làm cho người lao đông tại các khu công nghiệp trên địa bàn.",
     "Giải quyết việc làm cho người lao động tại các khu công nghiệp trên địa bàn."),
    ("Tổ chức hội nghị tổng kết, rút kinh nghiêm trong công tác phòng, chống thiên tai năm 2024.",
     "Tổ chức hội nghị tổng kết, rút kinh nghiệm trong công tác phòng, chống thiên tai năm 2024."),
    ("Bố trí đủ phương tiên, vật tư để ứng phó kịp thời với mưa lũ, sạt lở đất.",
     "Bố trí đủ phương tiện, vật tư để ứng phó kịp thời với mưa lũ, sạt lở đất."),
    ("Đẩy nhanh tiến độ xây dụng các công trình trọng điểm của tỉnh.",
     "Đẩy nhanh tiến độ xây dựng các công trình trọng điểm của tỉnh."),
])
def test_a_common_word_misread_next_to_its_pair(read, right):
    assert _repaired(_letter(read)) == _letter(right)


@pytest.mark.parametrize("text", [
    "Tăng cường công tác quản lý nhà nước về đất đai, tài nguyên và môi trường.",
    "Các xã phía đông của huyện chủ động phương án phòng, chống rét đậm, rét hại trong mùa đông.",
    "Sở Công Thương chủ trì, phối hợp với Công an tỉnh kiểm tra các cửa hàng xăng dầu.",
    "Tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh, đông đảo cán bộ, đảng viên tham dự.",
    "Người lao động được hưởng đầy đủ chế độ theo quy định; cộng đồng dân cư giám sát việc thực hiện.",
])
def test_clean_wording_stays(text):
    assert _repaired(text) == text
    assert _repaired(_letter(text)) == _letter(text)


def test_a_clean_letter_scores_no_line(lm, monkeypatch):
    # the gate's point: a clean letter full of 'công' reaches no scoring at all
    calls = []
    real = ocr._ocr_only_texts
    monkeypatch.setattr(ocr, "_ocr_only_texts", lambda *a, **k: calls.append(a) or real(*a, **k))
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(_BODY * 3)))
    assert ocr.ocr_only_lines(doc, lm) == {}
    assert calls == []


def test_verdicts_are_keyed_by_the_gate(lm, monkeypatch):
    # the per-line verdicts and the pair tables are kept by every setting they read
    doc = Document(doc_id="t", lines=lines_from_text(_letter("Đẩy mạnh các hoạt đông tuyên truyền.")))
    assert ocr.ocr_only_lines(doc, lm) == {doc.lines[3].number: frozenset({"đông"})}
    monkeypatch.setattr(ocr, "OCR_ONLY_PAIR_GAP", None)
    assert ocr.ocr_only_lines(doc, lm) == {}
    monkeypatch.setattr(ocr, "OCR_ONLY_PAIR_GAP", 50.0)
    assert ocr.ocr_only_lines(doc, lm) == {}
    monkeypatch.setattr(ocr, "OCR_ONLY_PAIR_GAP", 2.0)
    assert ocr.ocr_only_lines(doc, lm) == {doc.lines[3].number: frozenset({"đông"})}


def test_a_pair_is_two_whole_words():
    # the find of a pair's text counts only with no letter on either side: 'ý tư' is not
    # inside 'ý tưởng', 'hoạt đông' is inside '(hoạt đông,'
    assert not ocr._pair_at("các ý tưởng mới", "ý tư", 4)
    assert not ocr._pair_at("chú ý tư", "ú ý tư", 2)
    assert ocr._pair_at("các (hoạt đông, vận", "hoạt đông", 5)
    assert ocr._pair_at("hoạt đông", "hoạt đông", 0)


def test_the_token_letters(lm):
    scan = ocr._ocr_only_pairs(lm)[3]
    ids, tail_id, head_id = scan[0], {}, {}
    ocr._token_ids({"(hoạt", "đông,", "hoạt", "2024.", "x"}, ids, tail_id, head_id)
    assert tail_id["(hoạt"] == tail_id["hoạt"] == ids["hoạt"] and head_id["(hoạt"] == 0
    assert head_id["đông,"] == ids["đông"] and tail_id["đông,"] == 0
    assert tail_id["2024."] == head_id["2024."] == tail_id["x"] == 0


@pytest.mark.parametrize("gap", [3.0, 2.0])
def test_the_pass_and_the_finds_find_the_same_lines(lm, monkeypatch, gap):
    # a letter holding many candidate pairs (the words of each pair both present), a few of
    # them standing together, with punctuation around them, and one split over two lines
    lines = _BODY + [
        "Đẩy mạnh (hoạt đông, tuyên truyền; xây dụng kế hoạch, rút kinh nghiêm.",
        "Các hoạt động xây dựng, kinh nghiệm và phương tiện; người lao động tham gia.",
        "Bố trí phương tiên cho lao",
        "đông người dân; công tác cộng đồng, công đồng dân cư, ý tưởng mới.",
    ]
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(lines)))
    monkeypatch.setattr(ocr, "OCR_ONLY_PAIR_GAP", gap)
    v = ocr.view(doc)
    monkeypatch.setattr(ocr, "OCR_ONLY_PAIR_SCAN_FROM", 10 ** 9)
    by_finds = ocr._ocr_only_pair_lines_doc(v, lm)
    monkeypatch.setattr(ocr, "OCR_ONLY_PAIR_SCAN_FROM", 0)
    by_pass = ocr._ocr_only_pair_lines_doc(v, lm)
    assert by_finds == by_pass == ocr._ocr_only_pair_lines(v, lm)  # (and line by line, speed21)
    assert {"đông", "dụng", "nghiêm"} <= by_pass[len(_BODY)]
    assert by_pass[len(_BODY) + 2] == frozenset({"tiên"})  # ('lao' / 'đông' across a line end: no pair)
    assert len(_BODY) + 1 not in by_pass


def test_line_by_line_gives_the_documents_lines(lm):
    # speed21: the per-line answers (kept by line text) against the document's search, on
    # every clean text of samples/text, twice (the second time from the cache)
    from pathlib import Path

    from pipeline.repair.docview import DocView

    files = sorted((Path(__file__).resolve().parent.parent / "samples" / "text").glob("*.txt"))
    assert len(files) > 300
    views = [DocView(f.read_text(encoding="utf-8").splitlines()) for f in files]
    hits = 0
    for _round in range(2):
        for v in views:
            got = ocr._ocr_only_pair_lines(v, lm)
            assert got == ocr._ocr_only_pair_lines_doc(v, lm)
            hits += bool(got)
    assert hits >= 10  # (the texts hold such pairs: the comparison is not of empty answers)


def test_a_line_alone_cannot_tell_sends_the_document_whole(lm):
    line = "Đẩy mạnh các ½hoạt đông tuyên truyền."  # a letter run holding a character that is no letter
    by_words = ocr._pairs_by_words(ocr._pair_texts(*ocr._ocr_only_pairs(lm)[:2]))
    assert ocr._pair_line_hits(line, by_words) is ocr._WHOLE_DOCUMENT
    doc = Document(doc_id="t", lines=lines_from_text(_letter(line) + "\nCác hoạt đông văn hóa."))
    v = ocr.view(doc)
    assert ocr._ocr_only_pair_lines(v, lm) == ocr._ocr_only_pair_lines_doc(v, lm)
    assert ocr._pair_line_hits("Các hoạt đông văn hóa.", by_words) == frozenset({"đông"})


def test_a_pair_text_two_entries_share_lets_both_words_in(lm):
    # 'của lục' is 'của' before 'lục' and 'lục' after 'của': both words are let in, line by line
    # and by the document's search alike, whatever the order of Python's sets (the document's
    # search kept the last one met, which hung on PYTHONHASHSEED)
    line = "Tăng cường công tác, tránh sai sót của lục lượng kiểm tra."
    by_words = ocr._pairs_by_words(ocr._pair_texts(*ocr._ocr_only_pairs(lm)[:2]))
    shared = by_words.get(("của", "lục"))
    if shared is None or len(shared[1]) < 2:
        pytest.skip("'của lục' is not a shared pair text at this gate")
    assert ocr._pair_line_hits(line, by_words) == shared[1]
    doc = Document(doc_id="t", lines=lines_from_text(_letter(line)))
    v = ocr.view(doc)
    got = ocr._ocr_only_pair_lines(v, lm)
    assert got == ocr._ocr_only_pair_lines_doc(v, lm)
    assert shared[1] in set(got.values())


def test_the_pair_answer_does_not_hang_on_the_hash_seed(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    src = tmp_path / "t.txt"
    src.write_text(_letter("Tăng cường công tác, tránh sai sót của lục lượng kiểm tra.") + "\n", encoding="utf-8")
    outs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(root))
        res = subprocess.run([sys.executable, "-m", "pipeline.cli", "repair", str(src)], env=env, cwd=str(root),
                             capture_output=True, text=True, timeout=600, check=True)
        outs.add(res.stdout)
    assert len(outs) == 1


def test_the_line_search_table_answers_as_the_built_one(lm):
    # ocrload: the line-by-line search asks _PairWords, answered from the neighbour sets as
    # asked, where ocr24 built _pairs_by_words' 153k entries in every process; both must give
    # the same (text, words let in) for every pair, and None for a pair that is none
    built = ocr._pairs_by_words(ocr._pair_texts(*ocr._ocr_only_pairs(lm)[:2]))
    asked = ocr._PairWords(ocr._pair_neighbours(lm))
    assert len(built) > 1000
    assert all(asked.get(pair) == got for pair, got in built.items())
    firsts = sorted({x for x, _y in built})[::50]
    seconds = sorted({y for _x, y in built})[::50]
    for x in [*firsts, "của", "Của", "và"]:
        for y in [*seconds, "lục", "đông", "dựng"]:
            assert asked.get((x, y)) == built.get((x, y)), (x, y)
    assert asked.get(("của", "lục")) == built.get(("của", "lục"))


def test_the_pair_tables_are_built_once_per_model(lm):
    assert ocr._pair_neighbours(lm) is ocr._pair_neighbours(lm)
    before, after = ocr._pair_neighbours(lm)
    b2, a2 = ocr._ocr_only_pairs(lm)[:2]  # (the document's search: each word in lower and Title case)
    assert before and after
    assert all(b2[w] == b2[w[:1].upper() + w[1:]] == frozenset(x) for w, x in before.items())
    assert all(a2[w] == frozenset(x) for w, x in after.items())


def test_the_token_pass_table_names_every_pair_text(lm):
    # repairspeed: the token pass's ids and codes are made in numpy from the neighbour codes, the
    # texts never spelled out; they must name exactly the pair texts spelled out from the sets
    b2, a2, forms, scan = ocr._ocr_only_pairs(lm)
    ids, width, codes, names = scan[:4]
    texts = {t for ts in ocr._pair_texts(b2, a2).values() for t in ts}
    assert len(texts) > 100_000 and forms == set(b2) | set(a2)
    assert {names[c // width] + " " + names[c % width] for c in codes.tolist()} == texts
    assert len(codes) == len(texts) and (codes[1:] > codes[:-1]).all()  # (sorted, one code a text)
    assert set(ids) == {x for t in texts for x in t.split(" ")}
    assert all(names[j] == w for w, j in ids.items()) and 0 not in names
