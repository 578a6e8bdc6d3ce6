"""A word read once where the document itself prints its look-alike between the same words
(pipeline.repair.ocrusage.own_usage_words): one more kind of evidence of a light misreading,
and a word the corrector questions.  Two different ones open a document not read as OCR
output; one alone is a clean text's own word and stays."""
from __future__ import annotations

import pytest

from pipeline.model import Document, lines_from_text
from pipeline.repair.ocrusage import own_usage_words, usage_lookalikes
from ocr_helpers import lm, repaired as _repaired  # noqa: F401  (lm is a fixture)


def _found(lm, text):
    return {w for ws in own_usage_words(text.split("\n"), lm).values() for w in ws}


def test_lookalikes_are_ocr_confusions_not_tone_placement(lm):
    assert "tỉnh" in usage_lookalikes(lm, "tính")
    assert "đốc" in usage_lookalikes(lm, "dốc")
    # the other tone placement of the same syllable is no look-alike
    assert "hóa" not in usage_lookalikes(lm, "hoá")
    # a spelling no syllable has is left to the lone non-syllables
    assert usage_lookalikes(lm, "viêc") == ()


@pytest.mark.parametrize("text, word", [
    ("Các sở, ngành trên địa bàn tỉnh triển khai kế hoạch.\n"
     "Ủy ban nhân dân tỉnh yêu cầu các huyện trên địa bàn tỉnh báo cáo.\n"
     "Các doanh nghiệp chấp hành nghiêm trên địa bàn tính.", "tính"),
    ("Sở Nội vụ đôn đốc các đơn vị thực hiện.\n"
     "Văn phòng đôn đốc việc báo cáo định kỳ.\n"
     "Thanh tra tỉnh đôn dốc việc khắc phục sau kiểm tra.", "dốc"),
    ("Ủy ban nhân dân huyện chỉ đạo các xã.\n"
     "Ủy ban nhân dân huyện bố trí ngân sách năm 2025.\n"
     "Phòng Tài chính tham mưu Ủy ban nhân dân huyên bố trí kinh phí.", "huyên"),
])
def test_a_word_read_once_beside_the_documents_own_usage_is_found(lm, text, word):
    assert word in _found(lm, text)


@pytest.mark.parametrize("text", [
    # the word as read is printed twice: the source's own usage
    "Các sở trên địa bàn tỉnh thực hiện.\nCác sở trên địa bàn tỉnh báo cáo.\n"
    "Việc tính toán định mức.\nViệc tính toán chi phí.",
    # the look-alike printed only once
    "Các sở trên địa bàn tỉnh thực hiện.\nCác xã trên địa bàn tính báo cáo.",
    # another neighbour: the document never prints the look-alike between these words
    "Các sở trên địa bàn tỉnh thực hiện.\nCác sở trên địa bàn tỉnh báo cáo.\nCần tính toán kỹ.",
    # capitalised (a name or a heading keeps its spelling)
    "Các sở trên địa bàn tỉnh thực hiện.\nCác sở trên địa bàn tỉnh báo cáo.\nCác sở trên địa bàn Tính",
])
def test_no_own_usage_evidence(lm, text):
    assert not own_usage_words(text.split("\n"), lm)


ONLY_REAL_SYLLABLES = (
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành trên địa bàn tỉnh triển khai kế hoạch.\n"
    "Sở Nội vụ đôn đốc các đơn vị trên địa bàn tỉnh báo cáo kết quả.\n"
    "Văn phòng Ủy ban nhân dân tỉnh đôn đốc việc thực hiện.\n"
    "Sở Công Thương đôn dốc việc thực hiện của các doanh nghiệp trên địa bàn tính.")


def test_misreadings_that_are_all_real_syllables_open_a_document_the_model_doubts(monkeypatch):
    """'dốc' and 'tính' are real syllables: only the document's own usage says they are
    misread.  Two such words open the document (OWN_USAGE_ALONE) when the model already
    doubts a word of it (OWN_USAGE_DOUBTED, :func:`pipeline.repair.ocr.doubted`: the count of
    the document's words is made only then, so clean text does not pay for it); without
    that doubt the document stays as read, unless the gate is lifted."""
    from pipeline.repair import ocr

    assert ocr.OWN_USAGE_ALONE and ocr.OWN_USAGE_DOUBTED
    # (since session 19 ocr22's pair gate reads 'đôn dốc' alone: 'đôn' makes 'đốc' far likelier;
    # this test is about the document's own usage, so the gate is off here and tested on its own)
    assert _repaired(ONLY_REAL_SYLLABLES) == ONLY_REAL_SYLLABLES.replace("đôn dốc", "đôn đốc")
    monkeypatch.setattr(ocr, "OCR_ONLY_PAIR_GAP", None)
    assert _repaired(ONLY_REAL_SYLLABLES) == ONLY_REAL_SYLLABLES
    doubted = ONLY_REAL_SYLLABLES + "\nCác đơn vị báo cáo kết quả thực hiện cùa mình."
    assert _repaired(doubted) == doubted.replace("đôn dốc", "đôn đốc").replace("bàn tính.", "bàn tỉnh.")
    monkeypatch.setattr(ocr, "OWN_USAGE_DOUBTED", False)
    assert _repaired(ONLY_REAL_SYLLABLES) == ONLY_REAL_SYLLABLES.replace("đôn dốc", "đôn đốc").replace("bàn tính.", "bàn tỉnh.")
    monkeypatch.setattr(ocr, "OWN_USAGE_ALONE", False)
    assert _repaired(doubted) == doubted


CO_OPS = ("Ủy ban nhân dân huyện chỉ đạo phát triển kinh tế - xã hội của địa phương.\n"
          "Các xã xây dựng kế hoạch phát triển kinh tế - xã hội và hoạt động của các hợp tác xã.\n"
          "Các xã hoàn thành kế hoạch phát triển kinh tế - xã hôi trong tháng 12.\n"
          "Phòng Nông nghiệp hướng dẫn hoạt động của các hợp tác xã.\n"
          "Phòng Tài chính kiểm tra hoạt đông của các hợp tác xã.")


def test_own_usage_words_the_model_doubts_themselves_open_the_document():
    # 'xã hôi', 'hoạt đông': the model prefers 'hội' in context (the doubt), the document
    # prints 'xã hội' and 'hoạt động' twice each (the usage)
    assert _repaired(CO_OPS) == CO_OPS.replace("xã hôi", "xã hội").replace("hoạt đông", "hoạt động")


@pytest.mark.parametrize("text, doubted", [
    (ONLY_REAL_SYLLABLES, False),
    (ONLY_REAL_SYLLABLES + "\nCác đơn vị báo cáo kết quả thực hiện cùa mình.", True),
    (CO_OPS, True),
    ("Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện nghiêm túc.\nGiao Sở Nội vụ theo dõi, đôn đốc.", False),
])
def test_doubted_reads_the_models_evidence_once_per_view(lm, text, doubted):
    from pipeline.repair import ocr
    from pipeline.repair.docview import view

    doc = Document(doc_id="t", lines=lines_from_text(text))
    assert ocr.doubted(doc, lm) is doubted
    # kept on the document's view: asked again, the memo answers
    assert view(doc).memo[("ocr_doubted", lm)] is doubted
    assert ocr.doubted(doc, lm) is doubted


@pytest.mark.parametrize("read, right", [
    ("Ủy ban nhân dân huyện chỉ đạo các xã rà soát đất công.\n"
     "Ủy ban nhân dân huyện bố trí ngân sách; các xã báo cáo kết quả thực hiện.\n"
     "Các xã tổng hợp, báo cáo kết quả thực hiện trước ngày 30 tháng 6.\n"
     "Phòng Tài chính tham mưu Ủy ban nhân dân huyên bố trí kinh phí; các xã báo cáo kêt quả thực hiện.",
     "Ủy ban nhân dân huyện chỉ đạo các xã rà soát đất công.\n"
     "Ủy ban nhân dân huyện bố trí ngân sách; các xã báo cáo kết quả thực hiện.\n"
     "Các xã tổng hợp, báo cáo kết quả thực hiện trước ngày 30 tháng 6.\n"
     "Phòng Tài chính tham mưu Ủy ban nhân dân huyện bố trí kinh phí; các xã báo cáo kết quả thực hiện."),
])
def test_two_misreadings_settled_by_the_documents_usage_are_corrected(read, right):
    assert _repaired(read) == right


@pytest.mark.parametrize("text", [
    # one such word alone is a clean text's own ('hàng năm' beside 'hằng năm')
    "Các đơn vị báo cáo hằng năm về Sở Tài chính.\nSở Tài chính tổng hợp hằng năm.\n"
    "Kinh phí bố trí hàng năm theo dự toán.",
    "Các sở trên địa bàn tỉnh thực hiện.\nCác sở trên địa bàn tỉnh báo cáo.\nCác sở trên địa bàn tính toán lại.",
])
def test_one_own_usage_word_alone_stays(text):
    assert _repaired(text) == text


@pytest.mark.parametrize("text", [
    # a paragraph typed without any mark is the diacritics step's to restore, not a misreading
    "Ủy ban nhân dân tỉnh chỉ đạo các sở.\nỦy ban nhân dân huyện chỉ đạo các xã.\n"
    "Uy ban nhan dan xa bao cao ket qua cho huyen.",
    "Các sở trên địa bàn tỉnh thực hiện.\nCác xã trên địa bàn tỉnh báo cáo.\n"
    "Cac don vi tren dia ban tinh chu dong thuc hien.",
])
def test_a_line_without_marks_is_left_to_the_diacritics_step(lm, text):
    assert not own_usage_words(text.split("\n"), lm)
