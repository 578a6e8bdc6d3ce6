"""OCR misreadings of a document too lightly damaged to be read as OCR output, corrected
word by word (pipeline.repair.ocr.lone_confusions, plain_gains): two different ones are
enough, one alone is a clean text's slip and stays, and a long text keeps a few slips."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair.lm import load_model
from pipeline.repair.ocr import lone_confusions, plain_gains
from ocr_helpers import lm, repaired as _repaired  # noqa: F401  (lm is a fixture)


@pytest.mark.parametrize("read, right", [
    # two spellings no syllable has, each a mark OCR lost ('viêc', 'nghiêp'; 'hiên', 'thưc')
    ("Về viêc hỗ trợ doanh nghiêp nhỏ và vừa trên địa bàn tỉnh.",
     "Về việc hỗ trợ doanh nghiệp nhỏ và vừa trên địa bàn tỉnh."),
    ("Ủy ban nhân dân tỉnh đề nghị các sở, ngành triển khai thực hiên kế hoạch và báo cáo kết quả "
     "thưc hiện trước ngày 15 tháng 12.",
     "Ủy ban nhân dân tỉnh đề nghị các sở, ngành triển khai thực hiện kế hoạch và báo cáo kết quả "
     "thực hiện trước ngày 15 tháng 12."),
    # one of them beside a plain word that lost every mark ('dan', 'xay')
    ("Ủy ban nhân dan tỉnh yêu cầu các huyện tăng cường công tác quản lý nhà nước về đất đai và "
     "xuẩt khẩu nông sản.",
     "Ủy ban nhân dân tỉnh yêu cầu các huyện tăng cường công tác quản lý nhà nước về đất đai và "
     "xuất khẩu nông sản."),
    ("Sở Tài nguyên và Môi trường đề nghị các đơn vị xay dựng kế hoạch; thời hạn báo cáo chậm nhẩt "
     "ngày 20 tháng 5.",
     "Sở Tài nguyên và Môi trường đề nghị các đơn vị xây dựng kế hoạch; thời hạn báo cáo chậm nhất "
     "ngày 20 tháng 5."),
])
def test_two_lone_misreadings_are_corrected(read, right):
    assert _repaired(read) == right


@pytest.mark.parametrize("text", [
    # a clean text with one slip of the kind OCR makes is left exactly as it is
    "Về viêc tạm dừng tiếp công dân để phòng, chống dịch bệnh.",
    "Hộ gia đình được cho thuê đất theo quy định của pháp luât về đất đai.",
    "Giáo viên và học sinh làm bài tìm hiểu An toàn giao thong trong tuần.",
])
def test_one_slip_alone_stays(text):
    assert _repaired(text) == text


def test_a_long_clean_text_keeps_its_few_slips():
    # two different slips in ~1600 marked words: a typescript's own, no OCR output's rate
    body = ("Ủy ban nhân dân các huyện, thành phố chỉ đạo các cơ quan chuyên môn kiểm tra việc "
            "sử dụng đất đúng mục đích, bảo đảm tiến độ các dự án đầu tư trên địa bàn.\n") * 60
    text = ("Các hộ được giao đât sản xuất nông nghiệp.\n" + body
            + "Phát triên kinh tế hợp tác xã trong nông nghiệp.")
    doc = Document(doc_id="t", lines=lines_from_text(text))
    assert lone_confusions(doc, load_model(Config().models_dir)) == (set(), {})
    assert _repaired(text) == text


def test_plain_gains_leave_names_and_common_plain_words(lm):
    got = dict(plain_gains(["làm bài tìm hiểu An toàn giao thong trong tuần"], lm)[0])
    assert got["thong"] >= 4.0
    # a syllable of a name (a Title-case word beside another) is not weighed
    assert "Xuan" not in dict(plain_gains(["Đề nghị ông Nguyễn Văn Xuan kiểm tra"], lm)[0])
    # a plain word more frequent than its marked look-alikes has none to lose to
    got = dict(plain_gains(["Sở Tài chính hướng dẫn cho các đơn vị theo quy định"], lm)[0])
    assert "cho" not in got and "theo" not in got


@pytest.mark.parametrize("read, right", [
    # the names on a line corrected word by word stay as printed (the name model would
    # respell a rare given name, 'Vấn' -> 'Vân', on a line one misread word made a guess)
    ("Tại cuộc họp, ông Phan Văn Vấn, Chủ tịch UBND xã, chỉ đạo viêc kiểm tra và báo cáo kết quả thưc hiện.",
     "Tại cuộc họp, ông Phan Văn Vấn, Chủ tịch UBND xã, chỉ đạo việc kiểm tra và báo cáo kết quả thực hiện."),
    ("Giao bà Lê Thị Thắm, Phó Chủ tịch, chủ trì viêc tổ chức hội nghị và báo cáo kết quả thưc hiện.",
     "Giao bà Lê Thị Thắm, Phó Chủ tịch, chủ trì việc tổ chức hội nghị và báo cáo kết quả thực hiện."),
])
def test_names_on_a_line_corrected_word_by_word_stay(read, right):
    assert _repaired(read) == right
