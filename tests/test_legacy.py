"""Legacy encodings (TCVN3, VNI, VISCII): detection by content and by font, capitals, bytes."""
import unicodedata
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.ingest import ingest
from pipeline.model import Document, FontRun, Line, lines_from_text
from pipeline.repair import repair_text
from pipeline.repair.legacy import (
    ENCODERS, TCVN3_BYTES, _VISCII, decode_line, decode_vni, encode_tcvn3, encode_vni,
    font_encoding, repair_encoding, token_evidence,
)
from tests.conftest import SAMPLES

KONTUM = SAMPLES / "text" / "02_kontum_ubnd_qd435_chuongtrinhhanhdong_2020.txt"


def _repair(text: str) -> list[str]:
    doc = Document("t", lines=lines_from_text(text))
    repair_encoding(doc, Config())
    return [ln.text for ln in doc.lines]


def test_issue_examples():
    assert decode_line("huyÖn", "tcvn3")[0] == "huyện"
    assert decode_line("huyeän", "vni")[0] == "huyện"
    # .VnTimeH: capitals drawn from lowercase codes
    assert decode_line("NHIÖM Vô TRäNG T¢M", "tcvn3")[0] == "NHIỆM VỤ TRỌNG TÂM"
    assert decode_line("Chñ tÞch UBND huyÖn", "tcvn3")[0] == "Chủ tịch UBND huyện"


def test_tables_agree_with_glibc_where_known():
    # spot checks against iconv -f TCVN5712-1 / VISCII (the whole tables were compared once)
    assert TCVN3_BYTES[0xD6] == "ệ" and TCVN3_BYTES[0xB8] == "á" and TCVN3_BYTES[0xA7] == "Đ"
    assert chr(_VISCII[0xAE]) == "ệ" and chr(_VISCII[0xD0]) == "Đ" and chr(_VISCII[0xDF]) == "ư"
    assert decode_vni("Ñaø Naüng") == "Đà Nẵng"
    assert decode_vni("aú") == "ẳ"  # missing from viparse's table


@pytest.mark.parametrize("enc", ["tcvn3", "vni", "viscii"])
def test_whole_document_round_trip_with_capitals(enc):
    gold = [ln.text for ln in lines_from_text(KONTUM.read_text(encoding="utf-8"))]
    broken = "\n".join(ENCODERS[enc](ln) for ln in gold)
    out = _repair(broken)
    assert len(out) == len(gold)
    words = sum(len(g.split()) for g in gold)
    wrong = sum(1 for g, o in zip(gold, out) for a, b in zip(g.split(), o.split()) if a != b)
    assert wrong <= words * 0.001, [(g, o) for g, o in zip(gold, out) if g != o][:3]


def test_single_lines_and_runs_in_a_unicode_document():
    clean = ["Ủy ban nhân dân tỉnh Kon Tum", "Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020",
             "Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan."]
    broken = [clean[0], encode_tcvn3(clean[1]),
              "Giao Sở Tài chính " + encode_vni("chủ trì, phối hợp") + " với các cơ quan liên quan."]
    assert _repair("\n".join(broken)) == clean


def test_a_tcvn3_run_is_read_as_tcvn3_not_viscii():
    # VISCII reads 'së' and 'liªn' as words too ('sẻ', 'liến'); TCVN3 explains the whole run,
    # and the Unicode words TCVN3 would break ('các' -> 'cỏc') are no evidence against it
    clean = ("- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên "
             "đoàn Lao động tỉnh; các sở, ngành liên quan và Ủy ban nhân dân các huyện")
    broken = clean.replace("các sở, ngành liên quan và Ủy", encode_tcvn3("các sở, ngành liên quan và Ủy"))
    assert broken != clean
    assert _repair(broken) == [clean]


def test_ambiguous_tokens_at_a_run_edge_follow_the_language_model():
    clean = ["c) Khẩn trương rà soát lại nội dung, hoàn thiện hồ sơ, trình Chính phủ.",
             "gắn với yêu cầu nâng cao hiệu quả quản trị ở cơ sở, thúc đẩy chuyển đổi số",
             "nghị quyết chuyên đề, đột phá, chiến lược của Bộ Chính trị, các nghị quyết của"]
    broken = [encode_vni(clean[0]),  # 'hoà sô' is VNI 'hồ sơ' read as a pair
              clean[1].replace("nâng cao hiệu quả quản trị ở cơ", encode_vni("nâng cao hiệu quả quản trị ở cơ")),
              clean[2].replace("chiến lược của Bộ", encode_tcvn3("chiến lược của Bộ"))]
    assert _repair("\n".join(broken)) == clean


def test_look_alike_tcvn3_in_a_mixed_document():
    # 'Thêi gian thùc' and 'tÕ quèc' hold only letters Unicode Vietnamese also uses: read once
    # the document shows legacy runs elsewhere; 'vÒ' (a capital inside a word) is TCVN3
    clean = ["Xây dựng các tài liệu tổng hợp và báo cáo kết quả lên Thủ tướng Chính phủ.",
             "- Thời gian thực hiện: Thực hiện thường xuyên trong năm.",
             "nền kinh tế quốc gia.",
             "phương xử lý các vấn đề phát sinh về an ninh trật tự trong quá trình sắp xếp"]
    broken = [clean[0].replace("tài liệu tổng hợp và", encode_tcvn3("tài liệu tổng hợp và")),
              clean[1].replace("Thời gian thực", encode_tcvn3("Thời gian thực")),
              clean[2].replace("tế quốc", encode_tcvn3("tế quốc")),
              clean[3].replace("về", encode_tcvn3("về"))]
    assert broken[1] == "- Thêi gian thùc hiện: Thực hiện thường xuyên trong năm."
    assert _repair("\n".join(broken)) == clean


def test_clean_unicode_is_never_touched():
    text = ("Ông Jürgen Özil (Đức) và bà Müller dự hội nghị.\n"
            "Các cơ quan, đơn vị có trách nhiệm thực hiện.\n"
            "Chị Hoà, anh Thuỷ; giá 1.000 € – xem §3 «Phụ lục» © 2020")
    doc = Document("t", lines=lines_from_text(text))
    repair_encoding(doc, Config())
    assert doc.repairs == [] and doc.text == text


def test_evidence_for_and_against():
    assert token_evidence("c¸c", "tcvn3")[0] == 1
    assert token_evidence("các", "tcvn3")[0] == -1  # decoding Unicode 'các' gives garbage


def test_font_names_decide_and_h_fonts_are_capitals():
    assert font_encoding("ABCDEF+.VnTimeH") == ("tcvn3", True)
    assert font_encoding(".VnTime,Bold") == ("tcvn3", False)
    assert font_encoding("VNI-Times") == ("vni", False)
    assert font_encoding("TimesNewRomanPSMT") == (None, False)
    raw = "nhiÖm vô"  # typed in lowercase, drawn by .VnTimeH as capitals
    line = Line(1, raw, fonts=[FontRun(0, len(raw), ".VnTimeH")])
    doc = Document("t", lines=[line])
    repair_encoding(doc, Config())
    assert doc.lines[0].text == "NHIỆM VỤ"
    assert doc.repairs and all(r.kind == "encoding" for r in doc.repairs)


def test_accented_capital_restored_from_context():
    assert _repair(encode_tcvn3("Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì."))[0] == \
        "Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì."
    assert _repair(encode_tcvn3("Thường trực Tỉnh ủy và Ủy ban nhân dân"))[0] == \
        "Thường trực Tỉnh ủy và Ủy ban nhân dân"


def _viscii_bytes(s: str) -> bytes:
    rev = {chr(u): b for b, u in _VISCII.items()}
    s = unicodedata.normalize("NFC", s).translate(str.maketrans("“”–…", '""-.'))
    return bytes(rev.get(c, ord(c)) for c in s if c in rev or ord(c) < 256)


@pytest.mark.parametrize("enc,to_bytes", [
    ("tcvn3", lambda s: encode_tcvn3(s).encode("cp1252")),
    ("vni", lambda s: encode_vni(s).encode("cp1252")),
    ("viscii", lambda s: _viscii_bytes(s)),
])
def test_legacy_text_files_are_detected(tmp_path, enc, to_bytes):
    text = KONTUM.read_text(encoding="utf-8")
    if enc == "viscii":
        text = _viscii_bytes(text).decode("latin-1").translate({b: chr(u) for b, u in _VISCII.items()})
    p = tmp_path / f"doc_{enc}.txt"
    p.write_bytes(to_bytes(text))
    doc = ingest(p)
    assert doc.ok, doc.error
    assert doc.encoding == enc
    gold = [ln.text for ln in lines_from_text(text)]
    same = sum(a == b for a, b in zip(gold, (ln.text for ln in doc.lines)))
    assert same >= len(gold) - 2


def test_repair_row_is_accountable():
    doc = repair_text("Thùc hiÖn kÕ ho¹ch sè 119-KH/TU")
    assert doc.text == "Thực hiện kế hoạch số 119-KH/TU"
    assert {r.kind for r in doc.repairs} == {"encoding"}
    assert all(0 < r.confidence <= 1 for r in doc.repairs)


def test_clean_lines_of_a_mixed_document_are_kept():
    """A document with legacy runs has all its lines read (look-alike TCVN3 'Thêi'), so its
    clean lines with words that also read as TCVN3/VNI ('Bé', 'Tù', 'cô', 'Hố', names,
    transliterations) must come back as they were."""
    clean = ["Đồng chí Tô Lâm, cô giáo Bé Ba và bà Lê Thị Hòa dự lễ của đồng bào Ê-đê.",
             "Có vô số việc: thôn Hố Chuối, xã Thùy Dương; José Martí và Ô-xtrây-li-a.",
             "Phòng, chống tham nhũng; mô hình Tù Chù, khu vực Bến Cát; tô màu; lò vôi."]
    legacy = [encode_tcvn3("Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020 của Chính phủ"),
              "Các cơ quan " + encode_tcvn3("chủ trì, phối hợp với các sở, ban, ngành liên quan") + " thực hiện.",
              encode_vni("Thời gian thực hiện: thường xuyên trong năm.")]
    out = _repair("\n".join(clean + legacy))
    assert out[:3] == clean
    assert out[3:] == ["Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020 của Chính phủ",
                       "Các cơ quan chủ trì, phối hợp với các sở, ban, ngành liên quan thực hiện.",
                       "Thời gian thực hiện: thường xuyên trong năm."]


# ----------------------------------------------------------------------------- run edges
# Real lines (samples/unseen_repair, samples/text) with legacy runs pasted in.
_UNSEEN = Path(__file__).resolve().parent.parent / "samples" / "unseen_repair"


def _repair_lines(text: str) -> list[str]:
    from pipeline.repair import repair_text
    return [ln.text for ln in repair_text(text).lines]


def test_word_the_document_uses_elsewhere_is_not_read_as_tcvn3():
    # p2 (Công văn 9387): a TCVN3 run in one line of the 'Nơi nhận' list; the next line's 'Phó' reads
    # 'Phú' in TCVN3 and the LM likes 'Chánh Phú', but the document writes 'PHÓ CHỦ TỊCH'
    text = (_UNSEEN.parent / "text" / "p2_laocai_ubnd_congvan9387_ctr104_2026.txt").read_text(encoding="utf-8")
    broken = text.replace("- Phó CT UBND tỉnh Phan Trung Bá;", "- Phã CT UBND tØnh Phan Trung Bá;")
    broken = broken.replace("ngày 30/8/2026 của Tỉnh ủy\n", "ngµy 30/8/2026 cña TØnh ñy\n", 1)
    out = _repair_lines(broken)
    assert "- Chánh, Phó CVP UBND tỉnh (Khanh);" in out
    assert "- Phó CT UBND tỉnh Phan Trung Bá;" in out  # the name after the run stays


def test_one_word_heading_between_capital_lines_is_capitals():
    # e_nq01 (Hậu Giang): 'NGHỊ QUYẾT' / 'VỀ' / 'TÌNH HÌNH ...' typed in .VnTimeH
    from pipeline.repair.legacy import encode_tcvn3
    text = (_UNSEEN / "e_nq01_haugiang_hdnd_ktxh_2017_excerpt.txt").read_text(encoding="utf-8")
    out = _repair_lines(encode_tcvn3(text))
    assert out[:3] == text.split("\n")[:3]
    assert out[1] == "VỀ"


def test_ambiguous_token_inside_a_vni_run_is_decoded():
    # 26_laocai: 'hồ' typed in VNI is 'hoà', a Unicode spelling too; both next-door tokens
    # are VNI, so it is inside the run
    from pipeline.repair.legacy import encode_vni
    line = "sử dụng tàu cuốc để khai thác khoáng sản trên lòng sông, suối, hồ; Đồng thời rà"
    text = "Ủy ban nhân dân tỉnh yêu cầu các cơ quan kiểm tra việc\n" + encode_vni(line) + "\nsoát các bến bãi."
    assert _repair_lines(text)[1] == line


def test_tcvn3_capital_after_an_ellipsis_starts_a_sentence():
    from pipeline.repair.legacy import encode_tcvn3
    line = "tiền tệ tiếp tục biến động, tiềm ẩn rủi ro… " + encode_tcvn3("Ở trong nước") + ", khó"
    text = "Ủy ban nhân dân tỉnh nhận định thị trường tài chính,\n" + line + "\nkhăn còn nhiều."
    assert _repair_lines(text)[1] == "tiền tệ tiếp tục biến động, tiềm ẩn rủi ro… Ở trong nước, khó"


def test_issuer_over_the_header_rule_is_capitals():
    """A scraped first line ends with the header's first cell: the issuer's name over its rule.
    Its words have no known lowercase letter, so they are the '.VnTimeH' capitals of the issuer,
    not title case; the sentence before it keeps its case."""
    line = encode_tcvn3("Quyết định số 12 về phòng cháy do Sở Y tế ban hành. SỞ Y TẾ ------")
    assert _repair(line)[0] == "Quyết định số 12 về phòng cháy do Sở Y tế ban hành. SỞ Y TẾ ------"
    # one word is not enough to tell, and a run with a lowercase letter is running text
    assert _repair(encode_tcvn3("Hội nghị tổng kết. Bộ ------"))[0].endswith("Bộ ------")
    assert _repair(encode_tcvn3("Gửi về Sở Y tế ------"))[0] == "Gửi về Sở Y tế ------"


def test_html_break_tags_in_a_table_cell_are_not_words():
    """'<br>' between the lines of a converted table cell has lowercase letters, but says
    nothing of the case of the capitals around it."""
    cell = "| **BAN CHỈ ĐẠO Và HĐND**<br>**HUYỆN MINH LONG** |"
    raw = encode_tcvn3(cell.replace("Và", "VÀ"))
    assert _repair(raw)[0] == cell.replace("Và", "VÀ")


def test_article_title_after_dieu_label_starts_with_a_capital():
    """'§iÒu 3. ¸p dông ...': the title of an article opens with a capital, as after a sentence."""
    assert _repair(encode_tcvn3("Điều 3. Ủy quyền cho Sở Tài chính"))[0] == "Điều 3. Ủy quyền cho Sở Tài chính"
    assert _repair(encode_tcvn3("Chương II. Áp dụng trong thời gian chuyển tiếp"))[0] == \
        "Chương II. Áp dụng trong thời gian chuyển tiếp"
