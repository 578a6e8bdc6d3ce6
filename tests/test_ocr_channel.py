"""Real OCR: the mark channel learned from real OCR'd letters, scan noise on whole lines and
before wide gaps, specks read as bullets on wrapped lines, a rare name the document prints.

Every sentence here was written for the test, in the shape of the real readings
(samples/real_ocr, the OCR'd gold letters), not copied from them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair
from pipeline.repair.ocrchannel import FILENAME, Channel, build, load_channel, pairs_of_line, parts
from pipeline.repair.ocrnoise import clean_line, clean_wrapped

ROOT = Path(__file__).resolve().parent.parent


def _ocr(text: str) -> str:
    doc = Document(doc_id="t", lines=lines_from_text(text))
    doc.meta["ocr"] = True
    return "\n".join(ln.text for ln in repair(doc, Config()).lines)


# ------------------------------------------------------------------ the channel
def test_parts_of_a_syllable():
    assert parts("uống") == ("s", ("u", "ô"))
    assert parts("Đường") == ("f", ("đ", "ư", "ơ"))
    assert parts("kinh") == ("", ())


def test_pairs_align_words_of_one_skeleton_only():
    got = pairs_of_line("Sở Y tê đa triên khai kê hoach", "Sở Y tế đã triển khai kế hoạch")
    assert ("tế", "tê") in got and ("triển", "triên") in got and ("hoạch", "hoach") in got
    # a word misread into another skeleton is no mark event
    assert pairs_of_line("Bộ Cêng Thương", "Bộ Công Thương") == [("bộ", "bộ"), ("thương", "thương")]


def test_channel_reads_lost_marks_as_likelier_than_added_ones():
    ch = load_channel(str(ROOT / "models" / "lm"))
    assert ch is not None
    lost = ch.ratio("uông", "uống")  # a tone lost
    added = ch.ratio("uống", "uông")  # a tone that is not there
    assert lost < 0 and added < lost
    assert ch.ratio("nhiêu", "nhiều") > ch.ratio("nhiều", "nhiêu")
    assert ch.ratio("kiêm", "kiêm") == 0.0
    assert ch.ratio("cong", "cuong") is None  # not two mark variants of one skeleton


def test_shipped_channel_is_the_build_of_the_listed_readings():
    shipped = json.loads((ROOT / "models" / FILENAME).read_text(encoding="utf-8"))
    assert build(ROOT) == shipped
    # chidao's own readings are the test of the channel, never its training
    assert not any(n.startswith("q") for n in shipped["source"]["readings"])


def test_channel_from_a_table():
    table = {"tone": {f"{a}>{b}": (-0.01 if a == b else -2.0) for a in ("", "s", "f", "r", "x", "j")
                      for b in ("", "s", "f", "r", "x", "j")},
             "letter": {"ô>o": -1.0, "o>o": -0.01, "o>ô": -3.0, "ô>ô": -0.01}}
    ch = Channel(table)
    assert ch.ratio("cong", "công") == pytest.approx(-0.99)
    assert ch.ratio("công", "cong") == pytest.approx(-2.99)


# ------------------------------------------------------------------ scan noise
@pytest.mark.parametrize("line", ["k", "?", "f)", "w.", "\\B r. m", "Q Ž 7", ":", "`"])
def test_a_line_of_specks_is_emptied(line):
    assert clean_line(line) == ""


@pytest.mark.parametrize("line", ["a)", "đ)", "3.", "IV.", "12", "- 5 -", "[…]", "* * *", "| --- | --- |",
                                  "hè", "Số:", "I"])
def test_labels_page_numbers_layout_and_words_stay(line):
    assert clean_line(line) == line


@pytest.mark.parametrize("line,want", [
    ("`\tCác sở, ban, ngành khẩn trương triển khai thực hiện", "Các sở, ban, ngành khẩn trương triển khai thực hiện"),
    (":\tKính gửi: Ủy ban nhân dân các huyện, thị xã", "Kính gửi: Ủy ban nhân dân các huyện, thị xã"),
    ("N o ´ `\tthời gian tới cần tập trung chỉ đạo quyết liệt", "thời gian tới cần tập trung chỉ đạo quyết liệt"),
])
def test_scribble_before_a_wide_gap_is_removed(line, want):
    assert clean_line(line) == want


@pytest.mark.parametrize("line,want", [
    # a speck after the comma or semicolon that ends a line (lo1 read 'tổ chức, -'; these
    # lines are written for the test)
    ("nâng cao chất lượng phục vụ người dân, doanh nghiệp, -", "nâng cao chất lượng phục vụ người dân, doanh nghiệp,"),
    ("- Sở Tài chính; ·", "- Sở Tài chính;"),
])
def test_a_speck_after_the_line_end_comma_is_removed(line, want):
    assert clean_line(line) == want


@pytest.mark.parametrize("line", [
    "hành lang kinh tế Côn Minh - Lào Cai - Hà Nội - Hải Phòng -",  # a chain of names wrapped at a dash
    "các nội dung khác như tuyên truyền, tập huấn, ...",  # an ellipsis after a list
])
def test_a_dash_after_a_word_stays(line):
    assert clean_line(line) == line


@pytest.mark.parametrize("line", [
    "KT.\tGIÁM ĐỐC SỞ Y TẾ",  # a signature's two columns
    "1.\tRà soát các hồ sơ tồn đọng trong tháng",  # a numbered cell
    "Số: 45\tLào Cai, ngày 3 tháng 7 năm 2024",  # the number and the date line
    "a)\tĐơn vị chủ trì: Sở Tài chính",
    "TM.\tỦY BAN NHÂN DÂN",
])
def test_columns_before_a_wide_gap_stay(line):
    assert clean_line(line) == line


def test_a_spacing_accent_alone_is_a_speck():
    assert clean_line("ˆ tổ chức thực hiện nghiêm túc") == "tổ chức thực hiện nghiêm túc"
    assert clean_line("nâng cao ` chất lượng") == "nâng cao chất lượng"


def test_speck_read_as_a_bullet_on_a_wrapped_line():
    prev = "Để bảo đảm an toàn cho người dân trong mùa mưa bão năm nay, Ủy ban nhân dân huyện"
    assert clean_wrapped(prev, "- yêu cầu các xã rà soát các điểm sạt lở") == "yêu cầu các xã rà soát các điểm sạt lở"
    assert clean_wrapped(prev, "_ giao Phòng Nông nghiệp theo dõi") == "giao Phòng Nông nghiệp theo dõi"
    assert clean_wrapped(prev, ". xã thực hiện ngay") == "xã thực hiện ngay"


@pytest.mark.parametrize("prev,line", [
    ("Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:", "- rà soát các điểm sạt lở"),
    ("- rà soát các điểm sạt lở;", "- báo cáo kết quả về Văn phòng"),
    ("- các xã vùng cao", "- các xã vùng thấp"),  # a short item: a list
    ("Để bảo đảm an toàn cho người dân trong mùa mưa bão năm nay, Ủy ban nhân dân huyện",
     "- Phòng Nông nghiệp chủ trì"),  # a capital starts an item
])
def test_real_bullets_stay(prev, line):
    assert clean_wrapped(prev, line) == line


# ------------------------------------------------------------------ whole documents
def test_noise_lines_and_specks_in_an_ocr_document():
    text = "\n".join([
        "ỦY BAN NHÂN DÂN HUYỆN",
        "z)",
        "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về phòng, chống thiên tai năm 2024, Ủy ban",
        "- nhân dân huyện yêu cầu các xã, thị trấn thực hiện tốt các nội dung sau:",
        "`\t1. Rà soát, bố trí lực lượng trực ban tại các điểm xung yếu.",
    ])
    got = _ocr(text).split("\n")
    assert len(got) == 5
    assert got[1] == ""
    assert got[3].startswith("nhân dân huyện yêu cầu")
    assert got[4] == "1. Rà soát, bố trí lực lượng trực ban tại các điểm xung yếu."


def test_the_documents_own_rare_name_restores_a_lost_mark():
    # a city the corpus names rarely, printed intact in the letter and once read without
    # its tilde
    text = "\n".join([
        "Sở Giáo dục và Đào tạo thành phố Đà Nẵng thông báo kết quả kỳ thi.",
        "Các trường trên địa bàn thành phố Đà Nẵng tổ chức ôn tập cho học sinh.",
        "Đề nghị các đơn vị gửi báo cáo về Sở Giáo dục và Đào tạo thành phố Đà Năng.",
    ])
    assert _ocr(text).split("\n")[2].endswith("thành phố Đà Nẵng.")


def test_clean_text_marked_ocr_is_untouched():
    text = "\n".join([
        "Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan",
        "tham mưu bố trí kinh phí thực hiện, báo cáo trước ngày 15 tháng 6 năm 2024.",
        "- Như trên;",
        "- Lưu: VT, KT.",
    ])
    assert _ocr(text) == text


# ------------------------------------------------------------------ list labels
def test_labels_restored_from_their_siblings():
    from pipeline.repair.ocrlabels import fix_labels

    lines = [
        "Sở Tài chính đề nghị các đơn vị thực hiện:",
        "l. Rà soát các khoản chi thường xuyên",  # '1.' read 'l.'
        "của đơn vị trong năm.",
        "2. Báo cáo kết quả trước ngày 10 hằng tháng.",
        "8) Đơn vị chủ trì: Phòng Kế hoạch",  # 'a)' read '8)'
        "b) Đơn vị phối hợp: Phòng Tổng hợp",
        "3. Tổng hợp số liệu gửi Sở.",
        "S. Thực hiện chế độ báo cáo.",  # '4.' misread between 3. and 5.
        "5. Lưu hồ sơ theo quy định.",
    ]
    got = fix_labels(lines)
    assert got == {1: "1. Rà soát các khoản chi thường xuyên", 4: "a) Đơn vị chủ trì: Phòng Kế hoạch",
                   7: "4. Thực hiện chế độ báo cáo."}


def test_labels_the_document_numbers_so_stay():
    from pipeline.repair.ocrlabels import fix_labels

    lines = [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Bảo đảm an toàn.",
        "3. Báo cáo kết quả.",  # the document skips 2: its own numbering, kept
        "4. Tổng hợp.",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "c) Đơn vị phối hợp",  # a lettered list that starts at c is the document's
        "d) Đơn vị thực hiện",
    ]
    assert fix_labels(lines) == {}


# ------------------------------------------------------------------ dictionary words
def test_a_damaged_syllable_of_a_dictionary_word_in_an_ocr_document():
    # one syllable of a two-syllable word with a mark lost or added ('tín đô', 'tỉnh vi'):
    # the pair is no word, the restored pair is one
    text = "Các đối tượng dùng nhiều thủ đoạn tỉnh vi để lôi kéo người dân tham gia."
    assert _ocr(text) == "Các đối tượng dùng nhiều thủ đoạn tinh vi để lôi kéo người dân tham gia."


# ------------------------------------------------------------------ ';' read ':'
def test_item_end_read_as_a_colon_between_items_ending_in_semicolons():
    from pipeline.repair.ocrlabels import fix_item_ends

    lines = [
        "Nơi nhận:",
        "- Như trên;",
        "- Sở Tư pháp tỉnh Quảng Ngãi:",  # ';' read ':'
        "- Phòng Kinh tế huyện;",
        "- Lưu: VT, KT.",
        "Ủy ban nhân dân huyện giao:",
        "1. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí cho các xã vùng",
        "cao;",
        "2. Phòng Nội vụ hướng dẫn các xã rà soát biên chế:",  # same, on a numbered item
        "3. Các xã báo cáo kết quả;",
        "4. Các cơ quan sau:",  # a lead-in: its children are '-' items
        "- Công an huyện;",
        "- Ban Chỉ huy Quân sự huyện;",
    ]
    assert fix_item_ends(lines) == {2: "- Sở Tư pháp tỉnh Quảng Ngãi;",
                                    8: "2. Phòng Nội vụ hướng dẫn các xã rà soát biên chế;"}


def test_item_end_read_as_a_comma_between_items_ending_alike():
    # lo2 read 'ADSL,' for 'ADSL.'; these lines are written for the test
    from pipeline.repair.ocrlabels import fix_item_ends

    lines = [
        "Mục tiêu đến năm 2015:",
        "- 100% cán bộ cấp xã được tập huấn nghiệp vụ.",
        "- 90% hồ sơ được giải quyết đúng hạn,",  # '.' read ','
        "- 100% xã có điểm bưu điện văn hóa.",
        "Kính gửi:",
        "- Sở Nội vụ;",
        "- Sở Tài chính,",  # ';' read ','
        "- UBND các huyện;",
        "Các nội dung gồm:",
        "- tuyên truyền,",  # items ending ',' alike: the document's own style
        "- tập huấn,",
        "- kiểm tra.",
    ]
    assert fix_item_ends(lines) == {2: "- 90% hồ sơ được giải quyết đúng hạn.", 6: "- Sở Tài chính;"}


def test_a_paragraph_after_an_item_keeps_its_colon():
    from pipeline.repair.ocrlabels import fix_item_ends

    lines = [
        "- Các cơ sở phải kiểm kê khí nhà kính;",
        "- Chủ dự án phải báo cáo định kỳ.",
        "Bộ Y tế đã ban hành các văn bản hướng dẫn về lĩnh vực an toàn",
        "thực phẩm, cụ thể:",  # a paragraph that opens the list below, not an item
        "- Thông tư số 10/2026/TT-BYT về ghi nhãn;",
        "- Thông tư số 11/2026/TT-BYT về kiểm nghiệm;",
    ]
    assert fix_item_ends(lines) == {}


def test_a_name_of_title_case_words_keeps_its_marks_in_an_ocr_document():
    # a hamlet's name: 'Hố' read as a misread 'Hổ' (a hook read as an acute is OCR's habit)
    # unless the run of Title-case words is taken for the name it is
    text = "Làm việc với nhân dân thôn Hố Chuối về việc mở rộng đường."
    assert _ocr(text) == text
    text = "Giao Ủy ban nhân dân xã Tân Đồng Tiến kiểm tra, báo cáo trước ngày 30/6/2025."
    assert _ocr(text) == text


# ------------------------------------------------------------------ spacing
def test_words_run_together_or_cut_apart_in_an_ocr_document():
    text = "\n".join([
        "Các phòng, ban chuyên môn thựchiện nghiêm túc chế độ báo cáo.",
        "Giao Văn phòng tổ ch ức hội nghị sơ kết công tác quý III.",
        "Th ực hiện Kế hoạch của Ban Chấp hành Trungương Đảng.",
    ])
    assert _ocr(text).split("\n") == [
        "Các phòng, ban chuyên môn thực hiện nghiêm túc chế độ báo cáo.",
        "Giao Văn phòng tổ chức hội nghị sơ kết công tác quý III.",
        "Thực hiện Kế hoạch của Ban Chấp hành Trung ương Đảng.",
    ]


def test_spacing_of_names_codes_and_foreign_words_stays():
    from pipeline.repair.lm import load_model
    from pipeline.repair.ocrsplit import fix_spacing

    lm = load_model()
    for line in ["Đăng tải trên Facebook, Zalo và e office của tỉnh.", "Căn cứ điểm a khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP",
                 "UBND TP Hồ Chí Minh; Sở GD&ĐT; ô tô, xe máy", "mục b, c và đ của khoản 1"]:
        assert fix_spacing(lm, line) == [], line


# ------------------------------------------------------------------ the real OCR pairs
def test_real_ocr_pairs_line_for_line():
    import sys

    sys.path.insert(0, str(ROOT))
    from benchmarks.repair import real_ocr_pairs

    pairs = real_ocr_pairs()
    names = {n for n, *_ in pairs}
    assert {"q1_danang_sgddt_congvan1535_attgt_2019", "q2_danang_congan_pa83_congvan_tadao_2018",
            "q3_danang_ubnd_congvan5710_tb496_2023_excerpt", "j2_bacgiang_ubnd_congvan695_khudancu_2012",
            "j3_bacgiang_ubnd_kehoach2668_cntt_2010_p1", "v1_bacgiang_ubnd_kehoach2668_cntt_2010_p2",
            "v4_bacgiang_ubnd_kehoach2668_cntt_2010_p12"} <= names
    for name, text, gold, _marked in pairs:
        assert len(lines_from_text(text)) == len(lines_from_text(gold)), name


def _real_ocr_scores(prefixes: tuple[str, ...]):
    """(name, repair score) of each real OCR'd letter whose name starts with one of ``prefixes``."""
    import sys

    sys.path.insert(0, str(ROOT))
    from benchmarks.repair import real_ocr_confidences, real_ocr_pairs, with_confidences
    from pipeline.eval import score_repair_lines

    for name, text, gold, marked in real_ocr_pairs():
        if not name.startswith(prefixes):
            continue
        doc = Document(doc_id=name, lines=lines_from_text(text))
        doc.meta["ocr"] = marked
        conf = real_ocr_confidences(name)
        if conf is not None:  # Tesseract's word confidences, as ingest gives them
            with_confidences(doc, conf)
        pred = [ln.text for ln in repair(doc, Config()).lines]
        yield name, score_repair_lines([ln.text for ln in lines_from_text(text)], pred,
                                       [ln.text for ln in lines_from_text(gold)])


@pytest.mark.slow
def test_chidao_reduces_the_errors_of_its_own_real_ocr():
    for name, s in _real_ocr_scores(("q", "j")):
        # session 5's first pass: 18.9 / 7.8 / 33.3 %; after its changes 43 / 57 / 38 %;
        # j1-j6 (session 6) first pass 78 / 40 / 24 / 60 / 50 / 75 %, after ocr6 42 % and more
        assert s["err_out"] <= 0.7 * s["err_in"], (name, s)
        assert s["damaged"] <= 1, (name, s)


@pytest.mark.slow
def test_real_ocr_v_pages_read_blind():
    """P06 pages 2, 5, 9, 12 and 3 (session 7, read blind): first pass 25.0 / 42.9 / 20.0 / 34.8 %
    error reduction (v5, read after the fixes: 75 %); after ocr7's specks, codes, case and pair rules 50 / 43 / 30 / 61 %.
    'Damaged' lines are the print's own slips the corrector sets right ('đếp', 'nang cao')."""
    tot_in = tot_out = 0
    for name, s in _real_ocr_scores(("v",)):
        assert s["err_out"] <= 0.75 * s["err_in"], (name, s)
        assert s["damaged"] <= 2, (name, s)
        tot_in += s["err_in"]
        tot_out += s["err_out"]
    assert tot_in and tot_out <= 0.6 * tot_in


@pytest.mark.slow
def test_real_ocr_lo_pages_read_blind():
    """P06 pages 6, 7 and P03 page 3 (session 8, read blind): first pass 41.7 / 47.1 / 67.7 %;
    after ocr8's case, code, speck and item-end rules 58.3 / 52.9 / 71.0 %.  lo4-lo5 (P06 p8, P03
    p4) were read after those changes (the carry-over): 66.7 / 64.7 % at their first pass."""
    tot_in = tot_out = 0
    for name, s in _real_ocr_scores(("lo",)):
        assert s["err_out"] <= 0.5 * s["err_in"], (name, s)
        assert s["damaged"] <= 1, (name, s)
        tot_in += s["err_in"]
        tot_out += s["err_out"]
    assert tot_in and tot_out <= 0.4 * tot_in


@pytest.mark.slow
def test_real_ocr_lp_pages_read_blind():
    """P06 pages 11 and 4, P03 pages 5 and 6 (session 9, read blind): first pass 50.0 / 81.8 /
    53.3 / 13.3 % (lp4: a table the OCR read cell by cell and partly lost); after ocr9's word
    confidences, Tesseract's punctuation and table rules 70.0 / 95.5 / 60.0 / 40.0 %.  lp5 (P06
    p15, the budget table, read after the first changes) 18.8 % at its first pass."""
    tot_in = tot_out = 0
    for name, s in _real_ocr_scores(("lp",)):
        assert s["damaged"] <= 1, (name, s)
        tot_in += s["err_in"]
        tot_out += s["err_out"]
    assert tot_in and tot_out <= 0.62 * tot_in


# ------------------------------------------------------------------ fixed shapes of a letter
@pytest.mark.parametrize("line,want", [
    ("V/ triển khai công tác phòng, chống dịch", "V/v triển khai công tác phòng, chống dịch"),
    ("V/w báo cáo kết quả thực hiện", "V/v báo cáo kết quả thực hiện"),
    ("v/ tổ chức hội nghị", "v/v tổ chức hội nghị"),
])
def test_vv_opening_the_subject_line(line, want):
    from pipeline.repair.ocrphrases import fix_vv

    (a, b, _before, after), = fix_vv(line)
    assert line[:a] + after + line[b:] == want


@pytest.mark.parametrize("line", ["V/v triển khai", "V/V triển khai", "V/Đ Quyết định", "W/O Bộ Tài chính", "VN/ thống nhất"])
def test_other_slashes_stay(line):
    from pipeline.repair.ocrphrases import fix_vv

    assert fix_vv(line) == []


def test_recipients_that_lost_their_dash():
    from pipeline.repair.ocrphrases import fix_recipient_dashes

    lines = ["Nơi nhận:", "- Như trên;", "Sở Y tế tỉnh Hà Giang;", "- Lưu: VT, NV.", "TM. ỦY BAN NHÂN DÂN",
             "Giám đốc Sở Tài chính."]
    assert fix_recipient_dashes(lines) == {2: "- Sở Y tế tỉnh Hà Giang;"}
    assert fix_recipient_dashes(["Nơi nhận:", "Lưu VT, TH (02)."]) == {1: "- Lưu VT, TH (02)."}
    # no heading: no block
    assert fix_recipient_dashes(["- Sở A;", "Sở B;"]) == {}


def test_a_wrapped_recipient_gets_no_dash():
    from pipeline.repair.ocrphrases import fix_recipient_dashes

    lines = ["Nơi nhận:", "- Như trên;", "- Văn phòng UBND tỉnh: CVP,", "PCVP Nguyễn Văn A, Phòng KT;", "- Lưu: VT."]
    assert fix_recipient_dashes(lines) == {}
