"""A mark only a scan loses, on a real syllable (pipeline.repair.ocr.OCR_ONLY, ocr20): the bar
of 'đ', a dot below on a syllable with no other tone, a horn.  In a document too lightly
damaged to be read as OCR'd, such a word whose look-alike the model prefers by
OCR_ONLY_MARGIN is questioned on its line alone; a typist's slips of other kinds (a hook or a
tone: 'chặt chẻ', 'cùa') and clean wording stay as printed."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from pipeline.model import Document, lines_from_text
from pipeline.repair import ocr
from ocr_helpers import lm, repaired as _repaired  # noqa: F401  (lm is a fixture)

_ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("read, printed", [
    ("dại", "đại"), ("dường", "đường"), ("dộng", "động"),  # the bar of 'đ'
    ("hôi", "hội"), ("thiêu", "thiệu"), ("công", "cộng"), ("hiên", "hiện"),  # a dot below
    ("tù", "từ"), ("tư", "tự"), ("truờng", "trường"),  # a horn; a dot below on 'tư'
])
def test_marks_only_a_scan_loses(read, printed):
    assert ocr.ocr_only_edit(read, printed)


@pytest.mark.parametrize("read, printed", [
    ("tính", "tỉnh"), ("chẻ", "chẽ"), ("cùa", "của"),  # a tone for another: typists do it too
    ("tô", "tổ"), ("thê", "thể"),  # a hook lost: the commonest typing slip
    ("hiến", "hiện"),  # a dot below for another tone
    ("đông", "dộng"),  # the bar added, not lost
    ("cong", "cộng"),  # two marks
])
def test_other_edits_are_no_such_evidence(read, printed):
    assert not ocr.ocr_only_edit(read, printed)


def test_lookalikes_are_built_from_the_inventory(lm):
    assert ocr.ocr_only_lookalikes(lm, "hôi") == ("hội",)
    assert ocr.ocr_only_lookalikes(lm, "dại") == ("đại",)
    assert "động" in ocr.ocr_only_lookalikes(lm, "đông")
    assert ocr.ocr_only_lookalikes(lm, "tính") == ()


# a clean letter around the one misread line: too little for the document to read as OCR'd
_BODY = [
    "Thực hiện Kế hoạch số 15/KH-UBND ngày 10 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh.",
    "Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.",
    "Tăng cường công tác tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ, công chức và Nhân dân trên địa bàn.",
    "Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Nội vụ để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh kịp thời để xem xét, giải quyết.",
]


def _letter(line: str) -> str:
    return "\n".join(_BODY[:3] + [line] + _BODY[3:])


@pytest.mark.parametrize("read, right", [
    # a lost bar, in a letter the rest of the cascade leaves as it is
    ("Sáng ngày 20/3, Huyện đoàn tổ chức dại hội đại biểu Đoàn TNCS Hồ Chí Minh nhiệm kỳ 2022 - 2027.",
     "Sáng ngày 20/3, Huyện đoàn tổ chức đại hội đại biểu Đoàn TNCS Hồ Chí Minh nhiệm kỳ 2022 - 2027."),
    # a never-printed 'huyên' before the district's name
    ("Thực hiện chỉ đạo của UBND huyên Thủy Nguyên về việc tổ chức tiếp công dân định kỳ.",
     "Thực hiện chỉ đạo của UBND huyện Thủy Nguyên về việc tổ chức tiếp công dân định kỳ."),
    ("Công an huyên Bảo Lâm phối hợp với các xã kiểm tra việc chấp hành pháp luật về an toàn giao thông.",
     "Công an huyện Bảo Lâm phối hợp với các xã kiểm tra việc chấp hành pháp luật về an toàn giao thông."),
    ("Ủy ban nhân dân huyên Tháp Mười chỉ đạo tổng vệ sinh môi trường.",
     "Ủy ban nhân dân huyện Tháp Mười chỉ đạo tổng vệ sinh môi trường."),
])
def test_one_ocr_only_misreading_is_corrected(read, right):
    assert _repaired(_letter(read)) == _letter(right)


@pytest.mark.parametrize("line", [
    "Ủy ban nhân dân huyện tổ chức hôi nghị tổng kết công tác năm 2024.",
    "Sở Giao thông vận tải kiểm tra tải trọng xe trên các tuyến dường tỉnh và quốc lộ.",
    "Trung tâm Y tế huyện tiếp tục theo dõi tình hình dịch bênh trên đàn gia súc, gia cầm.",
    "Các địa phương chủ dộng xây dựng phương án ứng phó với mưa lũ.",
])
def test_the_lines_questioned(line, lm):
    doc = Document(doc_id="t", lines=lines_from_text(_letter(line)))
    got = ocr.ocr_only_lines(doc, lm)
    assert list(got) == [doc.lines[3].number] and len(got[doc.lines[3].number]) == 1


@pytest.mark.parametrize("text", [
    # clean wording with words that have such look-alikes ('nhân' / 'nhận', 'công' / 'cộng',
    # 'Dân' / 'Dận', 'dời' / 'đời')
    "Thủ tướng Chính phủ chủ trì cuộc họp về tình hình nhân lực và thu nhập của người lao động.",
    "Ban công tác Mặt trận các thôn ra quân từ ngày 30/11/2024.",
    "Các hộ dân tự nguyện dời nhà ra khỏi khu vực sạt lở.",
    "Trường Đại học Dân lập Đông Đô tổ chức lễ khai giảng năm học mới.",
    # a typist's slip of another kind stays (one slip alone is no reason to touch a text)
    "Để quản lý chặt chẻ và thống nhất đất đai trong cả nước.",
    "Về viêc tạm dừng tiếp công dân để phòng, chống dịch bệnh.",
])
def test_clean_text_and_other_slips_stay(text):
    assert _repaired(text) == text
    assert _repaired(_letter(text)) == _letter(text)


def test_a_common_word_is_weighed_only_when_asked(lm, monkeypatch):
    # 'công' is printed too often (and more often than 'cộng') to be weighed in every
    # document (OCR_ONLY_RARE, OCR_ONLY_RATIO: the clean fast path); with
    # OCR_ONLY_EVERY_DOUBTED (off) it would be, in a document the model doubts (with
    # OCR_ONLY_PAIR_GAP, ocr22, only next to a word whose bigram with the look-alike is far
    # commoner: 'cộng đồng' fell short of ocr22's gap 3.0 and is within ocr23's 1.5,
    # test_ocr_pair_gate.py)
    assert "hôi" in ocr._ocr_only_tables(lm)[1] and "Hôi" in ocr._ocr_only_tables(lm)[1]
    assert "công" not in ocr._ocr_only_tables(lm)[1]
    line = "Phát huy vai trò của công đồng dân cư trong việc giữ gìn vệ sinh môi trường."
    assert "công" not in ocr._ocr_only_line(line, lm, False)
    assert "công" in ocr._ocr_only_line(line, lm, True)
    doc = Document(doc_id="t", lines=lines_from_text(_letter(line)))
    found = ocr.ocr_only_lines(doc, lm)
    assert list(found.values()) == [frozenset({"công"})]  # the pair gate: 'công đồng'
    monkeypatch.setattr(ocr, "OCR_ONLY_PAIR_GAP", 3.0)
    assert ocr.ocr_only_lines(doc, lm) == {}
    monkeypatch.setattr(ocr, "OCR_ONLY_PAIR_GAP", None)
    assert ocr.ocr_only_lines(doc, lm) == {}


def _ocr_readings() -> set[str]:
    from benchmarks import ocr_readings

    return ocr_readings()


def _own_slip_texts() -> set[str]:
    # (clean texts that print a scan's kind of slip themselves ('cung ứng đủ điên'): listed with
    # their slips in test_ocr_repair, where their repair is checked word for word)
    from test_ocr_repair import _OWN_SLIPS

    return set(_OWN_SLIPS)


@pytest.mark.parametrize("path", sorted(
    p for d in ("samples/text", "samples/unseen_repair") for p in (_ROOT / d).glob("*.txt")
    if p.name not in _ocr_readings() and p.name not in _own_slip_texts()
)[::7], ids=lambda p: p.name[:30])
def test_clean_texts_hold_no_such_word(path, lm):
    # (a sample of the clean texts the margin was measured on: none questions a word; the
    # samples that are themselves OCR readings are no clean texts, as in benchmarks/repair.py:
    # m9's 'Noi nhận' is its scan's 'Nơi nhận', a plain word one horn short since ocr21)
    doc = Document(doc_id="t", lines=lines_from_text(unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))))
    assert ocr.ocr_only_lines(doc, lm) == {}


def test_a_never_printed_word_before_a_name_needs_less_margin(lm):
    # 'huyên' is a syllable the gazette never prints; its look-alike 'huyện' introduces a
    # name half the time: before a Title-case word, OCR_ONLY_NAME_MARGIN is enough
    assert ocr._ocr_only_name_lead(lm, "huyên")
    assert not ocr._ocr_only_name_lead(lm, "hôi")  # printed, and 'hội' seldom leads a name
    line = "Thực hiện chỉ đạo của UBND huyên Thủy Nguyên về việc tổ chức tiếp công dân."
    assert ocr._ocr_only_line(line, lm, False) == {"huyên"}


def test_the_switch(monkeypatch):
    read = _letter("Sáng ngày 20/3, Huyện đoàn tổ chức dại hội đại biểu Đoàn TNCS Hồ Chí Minh nhiệm kỳ 2022 - 2027.")
    monkeypatch.setattr(ocr, "OCR_ONLY", False)
    assert _repaired(read) == read
