"""A stop-final word with a tone Vietnamese forbids, read back with sắc or nặng on OCR'd
lines (repair/ocrstops.py, ocr25).  The lines are development texts (samples/text) with the
marks a scan loses; the clean words are the gazette's and samples/text's own."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair
from pipeline.repair.ocrstops import fix_line, forbidden_tone
from pipeline.repair.ocr import load_model


@pytest.fixture(scope="module")
def lm():
    return load_model(Config().models_dir)


@pytest.mark.parametrize("word", ["viêc", "môt", "xuẩt", "cẩp", "nghiêp", "thuôc", "Viêt", "CÔNG VIÊC".split()[1]])
def test_forbidden(word):
    assert forbidden_tone(word)


@pytest.mark.parametrize("word", ["việc", "một", "xuất", "cấp", "Tết", "ĐT", "BKHĐT", "Bat", "viec", "công", "Đăk"])
def test_allowed(word):
    # right tones, codes marked only by 'đ', plain (stripped or foreign) words, non-stop finals
    assert not forbidden_tone(word)


@pytest.mark.parametrize("line, fixed", [
    ("đồng thời thúc đẩy xuẩt khẩu nông sản, lương thực. Xây dựng chỉ dẫn địa lý,",
     "đồng thời thúc đẩy xuất khẩu nông sản, lương thực. Xây dựng chỉ dẫn địa lý,"),
    ("số ngành, nghề, công viêc cụ thể có trình độ chuyên môn kỹ thuật cao hoặc Việt Nam",
     "số ngành, nghề, công việc cụ thể có trình độ chuyên môn kỹ thuật cao hoặc Việt Nam"),
    ("Căn cứ Nghị định quy định chi tiết môt số điều của Luật Du lịch;",
     "Căn cứ Nghị định quy định chi tiết một số điều của Luật Du lịch;"),
    ("THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN NÔNG NGHIÊP",
     "THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN NÔNG NGHIỆP"),
])
def test_read_back(lm, line, fixed):
    fixes = fix_line(lm, line)
    out, pos = [], 0
    for x, y, _b, c in fixes:
        out.append(line[pos:x] + c)
        pos = y
    assert "".join(out) + line[pos:] == fixed


def test_unknown_loanword_left(lm):
    # 'lơxit' (the gazette's spelling of a mineral name) has no sắc/nặng reading the LM knows
    assert fix_line(lm, "khai thác quặng lơxit tại Đắk Nông") == []


def test_clean_typing_keeps_its_slip():
    # a typed document with one slip is no OCR'd document: the rule never runs there
    text = ("Ủy ban nhân dân tỉnh yêu cầu các sở, ngành triển khai thực hiện nghiêm túc.\n"
            "Giao Sở Nông nghiệp chủ trì, phối hợp với các đơn vị liên quan thực hiện công viêc này.\n")
    doc = repair(Document(doc_id="t", lines=lines_from_text(text)), Config())
    assert "công viêc này" in doc.lines[1].text
