"""The close-call veto of the OCR corrector (ocr.CLOSE_CALL_VETO, shipped off): a word read as a\nsyllable the gazette knows is changed to a look-alike only when the gazette model alone, over\nthe trigrams the word takes part in, finds the look-alike no less likely."""
import pytest

from pipeline.repair.lm import load_model
from pipeline.repair.ocr import CLOSE_CALL_VETO, OcrCorrector


@pytest.fixture(scope="module")
def corrector():
    lm = load_model()
    c = OcrCorrector(lm)
    c.base_lm = lm
    return c


def _vetoed(c, text: str, p: int, new: str) -> bool:
    words = text.split()
    path = [c.lm.id(w) for w in words]
    return c._close_call_vetoed(words[p], c.lm.id(new), path, p)


@pytest.mark.parametrize("text,p,new", [
    ("ngay sau khi kết thúc", 0, "ngày"),          # 'ngay' (at once) read right
    ("thực hiện ngay các biện pháp", 2, "ngày"),
    ("kiểm tra hàng hóa nhập khẩu", 2, "hằng"),
    ("chỉ đạo tại cuộc họp", 2, "tai"),
    ("tổ chức thực hiện", 2, "thức"),
    ("ngày 15 tháng 3", 0, "ngay"),
])
def test_a_right_reading_keeps_its_spelling(corrector, text, p, new):
    assert _vetoed(corrector, text, p, new)


@pytest.mark.parametrize("text,p,new", [
    ("ủy ban nhân dân tính quảng ninh", 4, "tỉnh"),  # a lost hook: the change gains
    ("công văn dã được gửi", 2, "đã"),                # a lost bar of đ
])
def test_a_misreading_is_still_corrected(corrector, text, p, new):
    assert not _vetoed(corrector, text, p, new)


def test_a_word_the_gazette_does_not_know_is_no_close_call(corrector):
    assert not _vetoed(corrector, "văn bản nghiêp vụ", 2, "nghiệp")


def test_the_veto_ships_off():
    # on: --real-ocr 69.87 -> 69.78 (see ocr.CLOSE_CALL_VETO); the mechanism is kept measured
    assert not CLOSE_CALL_VETO
