"""points33 (session 32): (H21) a space lost in print between two capitalised syllables of a header name.

Real lines: the gazette corpus' form of the Cục Quản lý lao động ngoài nước ('CỘNG HÒAXÃ HỘI CHỦ NGHĨA VIỆT
NAM'), Ninh Thuận's Quyết định 55/2007 as luatminhkhue.vn printed it ('BANHÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ
TIẾN BỘ PHỤ NỮ ...'); the codes and names every header prints stay as they are.
"""
from __future__ import annotations

import pytest

from pipeline.repair.lexicon import load_lm
from pipeline.repair.gluedcaps import split_glued_caps

needs_lm = pytest.mark.skipif(load_lm() is None, reason="the syllable model is not built")


@needs_lm
def test_gazette_motto_with_a_lost_space_is_split() -> None:
    assert split_glued_caps("CỘNG HÒAXÃ HỘI CHỦ NGHĨA VIỆT NAM") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


@needs_lm
def test_printed_title_with_a_lost_space_is_split() -> None:
    got = split_glued_caps("BANHÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH NINH THUẬN GIAI ĐOẠN 2006 -2010")
    assert got == "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH NINH THUẬN GIAI ĐOẠN 2006 -2010"


@pytest.mark.parametrize("name", [
    "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",  # clean: every token a syllable
    "HĐND TỈNH BÌNH ĐỊNH",  # an abbreviation: no two vowel groups
    "SỞ LĐTBXH TỈNH BẮC NINH",
    "CỤC QUẢN LÝ LAO ĐỘNG NGOÀI NƯỚC",
    "TRƯỜNG THPT LÊ QUÝ ĐÔN",
    "PHÒNG GIÁO DỤC-ĐÀO TẠO",
])
def test_clean_names_and_codes_are_left_alone(name: str) -> None:
    assert split_glued_caps(name) == name


def _process(text: str):
    import tempfile  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    import pipeline  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "form.txt"
        path.write_text(text, encoding="utf-8")
        return pipeline.process(path)


# Nghị định 158/2025/NĐ-CP's form 02 as the gazette printed it (Công báo 851+852 of 01-7-2025, the corpus'
# text): the motto with a lost space, under the department's head and over its body
FORM02 = ("Mẫu số 02 \n \nBỘ NỘI VỤ \nCỤC QUẢN LÝ LAO ĐỘNG NGOÀI NƯỚC \n \nSố:.../CQLLĐNN-XN \n"
          "CỘNG HÒAXÃ HỘI CHỦ NGHĨA VIỆT NAM \n Độc lập - Tự do - Hạnh phúc \n \nHà Nội, ngày...... tháng... năm.... \n"
          "GIẤY XÁC NHẬN  \nVề thời gian đi hợp tác lao động để giải quyết chế độ bảo hiểm xã hội \n"
          "______________ \n \nCăn cứ hồ sơ do người lao động xuất trình (nếu có) và hồ sơ lưu trữ, Cục Quản \n"
          "lý lao động ngoài nước xác nhận: \n")


def test_gazette_form_head_keeps_its_issuer_and_parent() -> None:
    h = _process(FORM02).header
    assert (h.issuer or "").upper() == "CỤC QUẢN LÝ LAO ĐỘNG NGOÀI NƯỚC"
    assert (h.issuer_parent or "").upper() == "BỘ NỘI VỤ"


@needs_lm
def test_the_split_is_a_repair_row_the_header_and_title_read() -> None:
    """Session 33: the split moved to the repair stage -- one 'spacing' row per split, the line count kept, and the
    issuer read from the repaired line (the ministry letter's own head, 'THƯƠNG BINHVÀ XÃ HỘI')."""
    from pipeline.repair import repair_text  # noqa: PLC0415

    text = ("BỘ LAO ĐỘNG - THƯƠNG BINHVÀ XÃ HỘI\nSố: 1499/LĐTBXH-TE\nV/v tổ chức Tháng hành động vì trẻ em\n"
            "PHÊDUYỆT KẾ HOẠCH HÀNH ĐỘNG\nKính gửi: Ủy ban nhân dân các tỉnh.\n")
    doc = repair_text(text)
    assert [ln.text for ln in doc.lines][0] == "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    assert [ln.text for ln in doc.lines][3] == "PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG"
    rows = [(r.before, r.after, r.kind) for r in doc.repairs]
    assert rows == [("BINHVÀ", "BINH VÀ", "spacing"), ("PHÊDUYỆT", "PHÊ DUYỆT", "spacing")]
    assert len(doc.lines) == len(text.splitlines())
    h = _process(text).header
    assert (h.issuer or "").upper() == "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
