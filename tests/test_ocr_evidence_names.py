"""OCR evidence in typed text: a name's own spelling is no evidence, and the misreadings an
earlier step mended still are (pipeline.repair.ocr._doc_evidence, shows_nonword_confusions)."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair
from pipeline.repair.lm import load_model
from pipeline.repair.linecache import words
from pipeline.repair.ocr import _judge, in_name_run, repair_ocr, shows_nonword_confusions


def _doc(text: str) -> Document:
    return Document(doc_id="t", lines=lines_from_text(unicodedata.normalize("NFC", text)))


def _run(text: str, word: str) -> bool:
    ws = words(text)
    return in_name_run(text, ws, ws.index(word))


def test_a_title_case_word_beside_another_is_in_a_name_run():
    assert _run("Kết luận của Bộ trưởng Phùng Xuân Nhạ", "Nhạ")
    assert _run("tham gia Hội khỏe Phù Đổng cấp huyện", "Đổng")
    assert _run("Công ty TNHH Đại Đồng Tiến cho rằng", "Tiến")
    assert _run("tại phường Thục Phán, tỉnh Cao Bằng", "Thục")
    # a capital alone, or parted from the next capital by punctuation, is no name run
    assert not _run("Kết luận của hội nghị", "Kết")
    assert not _run("gửi ông Nhạ, Sở Y tế", "Nhạ")
    assert not _run("các ông, bà: Nhạ; Hà và Lan", "Nhạ")


# a person named in every part of a conclusion notice, with a rare given name whose
# look-alike the language model reads far likelier in context ('Xuân Nha', 'Văn Kha')
_NAMED = [
    ("Phùng Xuân Nhạ", "Nhạ"),
    ("Nguyễn Văn Khạ", "Khạ"),
]


@pytest.mark.parametrize("name,given", _NAMED)
def test_a_clean_text_naming_a_person_is_left_as_it_is(name, given):
    text = (f"THÔNG BÁO\nKết luận của Bộ trưởng {name}\n"
            f"Chiều ngày 14 tháng 7 năm 2017, Bộ trưởng {name} chủ trì làm việc với các Giám đốc sở.\n"
            f"Sau khi nghe ý kiến phát biểu của các đại biểu, Bộ trưởng {name} kết luận như sau:\n"
            "1. Các sở tiếp tục rà soát, hoàn thiện kế hoạch năm học.\n")
    lm = load_model()
    reads_ocr, strong = _judge(_doc(text), lm)
    assert not reads_ocr and not strong
    out = repair(_doc(text), Config())
    assert [ln.text for ln in out.lines] == text.split("\n")[:len(out.lines)]
    assert not out.repairs


def test_a_misread_word_in_a_name_the_document_prints_elsewhere_is_still_evidence():
    # 'Bô Công Thương': the document prints 'Bộ' elsewhere, so the capital is a misreading
    text = ("Căn cứ Nghị định số 96/2022/NĐ-CP của Chính phủ quy định chức năng của Bộ Công Thương;\n"
            "Theo đề nghị của Vụ trưởng Vụ Pháp chế,\n"
            "Bộ trưởng Bô Công Thương ban hành Quyết định đính chính Thông tư.\n")
    lm = load_model()
    _reads, strong = _judge(_doc(text), lm)
    assert strong == {3: frozenset({"Bô"})}
    out = repair_ocr(_doc(text), Config())
    assert out.lines[2].text.startswith("Bộ trưởng Bộ Công Thương")


# ----------------------------------------------------------------- half a horn, mended before
_LETTER = [
    "Căn cứ Luật Tổ chức chính quyền địa phương;",
    "Theo đề nghị của Giám đốc Sở Nội vụ,",
    "Giao Ủy ban nhân dân cẩp xã thực hiện việc thuôc thẩm quyền.",
]


@pytest.mark.parametrize("half", [
    "Các đơn vị phải báo cáo truớc ngày 15 hằng tháng.",  # 'ư' lost from 'ươ'
    "Chủ tịch nhắc nhở nguời đứng đầu các cơ quan.",
    "Thời gian nghỉ phép của giáo viên đuợc thực hiện trong dịp hè.",
])
def test_a_horn_the_code_point_step_mended_still_counts_as_ocr_evidence(half):
    lm = load_model()
    text = "\n".join(_LETTER + [half])
    # two misreadings left in the text are not enough on their own ...
    assert not shows_nonword_confusions(_doc("\n".join(_LETTER)), lm)
    # ... the third was a lost horn the code-point step set right before the OCR step read
    # the text: the document is OCR output, and its other misreadings are mended too
    out = repair(_doc(text), Config())
    assert any(r.kind == "codepoint" for r in out.repairs)
    assert out.lines[2].text == "Giao Ủy ban nhân dân cấp xã thực hiện việc thuộc thẩm quyền."


def test_a_clean_text_with_a_half_horn_alone_is_not_read_as_ocr():
    text = "\n".join(_LETTER[:2] + ["Các đơn vị phải báo cáo truớc ngày 15 hằng tháng.",
                                    "Giao Ủy ban nhân dân cấp xã thực hiện việc thuộc thẩm quyền."])
    out = repair(_doc(text), Config())
    assert [r.kind for r in out.repairs] == ["codepoint"]


# ----------------------------------------------------------------- the next word's case
@pytest.mark.parametrize("broken,fixed", [
    ("Sở Tài nguyên và môi trường tính Lào Cai báo cáo kết quả.", "Sở Tài nguyên và môi trường tỉnh Lào Cai báo cáo kết quả."),
    ("Đoàn kiểm tra làm việc tại xã An Thịnh, huyên Văn Yên.", "Đoàn kiểm tra làm việc tại xã An Thịnh, huyện Văn Yên."),
    ("Giao Sở Xây dựng phối hợp với Ủy ban nhân dân tính Đồng Tháp triển khai.",
     "Giao Sở Xây dựng phối hợp với Ủy ban nhân dân tỉnh Đồng Tháp triển khai."),
])
def test_a_word_that_introduces_a_name_is_read_from_the_capital_after_it(broken, fixed):
    from pipeline.repair.ocr import correct_text

    assert correct_text(broken, load_model(), ocr=True) == fixed


@pytest.mark.parametrize("line", [
    "Công thức tính Tổng điểm như sau.",  # 'tính' before a capital that is no name
    "Thông tin chi tiết xem tại Phụ lục kèm theo Kế hoạch này.",
    "Người dân vui mừng đón Tết Nguyên đán an toàn, tiết kiệm.",
    "Tiếp tục đầu tư phát triển Trường THPT chuyên Lê Quý Đôn, nhằm đảm bảo chất lượng.",
    "Tổ chức tuyên truyền tại các nơi tập trung đông sinh viên, người lao động.",
    "Ủy viên Trương Việt Dũng phát biểu ý kiến.",
    "Phương pháp tính toán theo hướng dẫn của Bộ Tài chính.",
])
def test_the_next_capital_changes_no_right_word(line):
    from pipeline.repair.ocr import correct_text

    assert correct_text(line, load_model(), ocr=True) == line


def test_next_case_table_ships_with_the_models():
    from pipeline.repair.ocr import load_next_case, next_case_logp

    table = load_next_case(str(load_model().path))
    assert table, "models/next_case.tsv (models/build_next_case.py)"
    assert next_case_logp(table, "tỉnh", True) > next_case_logp(table, "tính", True) + 1.5
    assert next_case_logp(table, "huyện", True) > next_case_logp(table, "", True)
