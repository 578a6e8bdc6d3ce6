"""(points19, issue 5) The classes measure19 named on its blind set, each by one general mechanism:

- a plural body followed by a verb no hand list names (extract/clauseverbs.py, models/clause_verbs.tsv);
- a photo caption printed with no credit between the points (extract/captions19.py), and the addressee
  the points carry passing over it;
- an answer to a citizen that tells what was done on receiving the report (extract/doneacts.py, once citizenreply.py);
- a reporting clause in front of the subject (extract/reportframe.py);
- the letter itself speaking, with no addressee (extract/letterspeaks.py).

The wordings are written here from general usage (portal answers, press retellings), never copied from
the blind set."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from conftest import process_text


def _doc(text):
    with tempfile.TemporaryDirectory() as d:
        return process_text(Path(d), text)


def _task(doc, start):
    return next((t for t in doc.tasks if t.text.startswith(start)), None)


def _offices(doc, start):
    t = _task(doc, start)
    return [o.office for o in t.offices if o.role in ("lead", "support")] if t else None


# -- (a) a plural body and a verb the lexicon knows ---------------------------------------------

LEAD_A = ("Bộ Văn hóa, Thể thao và Du lịch vừa có văn bản gửi Ủy ban nhân dân các tỉnh, thành phố về việc phát triển du lịch "
          "dịp hè năm 2025.\n\nTheo đó, Bộ đề nghị các địa phương chỉ đạo các cơ quan quản lý du lịch rà soát chất lượng "
          "dịch vụ tại các khu, điểm du lịch.\n\n")


@pytest.mark.parametrize("point, who", [
    ("Đồng thời, các địa phương quảng bá hình ảnh điểm đến an toàn, thân thiện tới du khách.", "Các địa phương"),
    ("Các doanh nghiệp lữ hành niêm yết công khai giá dịch vụ, không ép giá du khách.", "Các doanh nghiệp lữ hành"),
    ("Các cơ sở lưu trú giới thiệu các sản phẩm du lịch đặc trưng của địa phương cho du khách.", "Các cơ sở lưu trú"),
])
def test_a_plural_body_and_a_verb_the_lexicon_knows_is_a_task(point, who):
    doc = _doc(LEAD_A + point + "\n")
    assert _offices(doc, point[:25]) == [who]


@pytest.mark.parametrize("statement", [
    "Các doanh nghiệp hoạt động ổn định trong mùa cao điểm.",
    "Các em học sinh vui mừng nhận quà.",
    "Các địa phương đã quảng bá hình ảnh điểm đến tới du khách.",
])
def test_a_plural_body_in_a_statement_is_no_task(statement):
    doc = _doc(LEAD_A + statement + "\n")
    assert _task(doc, statement[:25]) is None


def test_the_clause_verb_lexicon_is_built_from_the_gazette():
    from pipeline.config import model_table_lines

    lines = model_table_lines("clause_verbs.tsv")
    assert lines and lines[0].startswith("# clause_verbs: built by models/build_clause_verbs.py")
    verbs = {r.split("\t")[0] for r in lines[2:]}
    assert "niêm yết" in verbs and "ban hành" not in {"cơ quan"} and "cơ quan" not in verbs


# -- (b)+(d) an uncredited caption between the points --------------------------------------------

LEAD_B = ("UBND tỉnh vừa ban hành Công văn về việc chấn chỉnh hoạt động khai thác cát trái phép trên địa bàn.\n\n"
          "Theo đó, UBND tỉnh yêu cầu Công an tỉnh chủ trì, phối hợp với các sở, ngành liên quan tăng cường kiểm tra, "
          "xử lý nghiêm các tổ chức, cá nhân vi phạm.\n\n")
NEXT_B = ("Chỉ đạo Công an cấp huyện, cấp xã tổ chức kiểm tra các bến bãi tập kết cát trên địa bàn.\n\n"
          "Xử lý dứt điểm các bãi tập kết cát không có giấy phép.\n")


@pytest.mark.parametrize("caption", [
    "Khai thác cát trái phép khiến nhiều đoạn bờ sông bị sạt lở",
    "Nạo vét lòng sông quá mức khiến kè chắn sóng đoạn qua thôn Đông bị hư hỏng.",
    "Lực lượng Cảnh sát giao thông tỉnh tuần hành trên đường sáng 28/1",
    "Kiểm tra một bến bãi tập kết cát trái phép ven sông",
])
def test_an_uncredited_caption_is_no_task_and_the_points_keep_their_addressee(caption):
    doc = _doc(LEAD_B + caption + "\n\n" + NEXT_B)
    assert _task(doc, caption[:25]) is None
    assert _offices(doc, "Chỉ đạo Công an cấp huyện") == ["Công an tỉnh"]
    assert _offices(doc, "Xử lý dứt điểm") == ["Công an tỉnh"]


def test_a_point_without_a_stop_among_unpunctuated_points_stays_a_task():
    text = ("UBND huyện yêu cầu các xã, thị trấn thực hiện các nội dung sau:\n\n"
            "Rà soát các hộ dân sống ven sông, suối\n\nKiểm tra các công trình thủy lợi xung yếu\n\n"
            "Báo cáo kết quả về UBND huyện trước ngày 20/6/2025.\n")
    doc = _doc(text)
    assert _task(doc, "Kiểm tra các công trình thủy lợi") is not None


def test_a_sentence_that_prevents_an_effect_stays_a_task():
    from pipeline.extract.captions19 import uncredited_caption

    line = "Ngăn chặn tình trạng khai thác cát khiến bờ sông sạt lở."
    assert not uncredited_caption(line, line, "Theo đó, yêu cầu Công an tỉnh kiểm tra.", "Xử lý vi phạm.", True)
    line2 = "Tăng cường tuần tra, không để tình trạng khai thác trái phép khiến sạt lở bờ sông."
    assert not uncredited_caption(line2, line2, "a.", "b.", True)


# -- (c) an answer that tells what was done on receiving the report ------------------------------

@pytest.mark.parametrize("sentence", [
    "Sau khi nhận phản ánh của Ông/Bà, UBND phường chỉ đạo công chức địa chính phối hợp với tổ trưởng tổ dân phố kiểm tra, xác minh nội dung phản ánh.",
    "Ngay sau khi nhận được phản ánh, UBND xã đã chỉ đạo Ban Chỉ huy Quân sự xã phát quang hai bên tuyến đường.",
    "Sau khi tiếp nhận đơn của công dân, Chủ tịch UBND huyện giao Thanh tra huyện kiểm tra, xác minh.",
    "Sau khi nhận thông tin phản ánh, UBND xã tổ chức kiểm tra hiện trường.",
])
def test_the_action_taken_on_a_citizens_report_is_no_task(sentence):
    text = ("Kính gửi: Quý Ông/Bà.\n\nVấn đề quý Ông/Bà phản ánh, UBND xin thông báo kết quả xử lý như sau:\n\n"
            + sentence + "\n\nChân thành cảm ơn quý Ông/Bà.\n")
    assert _task(_doc(text), sentence[:30]) is None


@pytest.mark.parametrize("sentence", [
    "Sau khi nhận được văn bản này, các đơn vị khẩn trương triển khai thực hiện.",
    "Sau khi nhận được kiến nghị, đề nghị UBND huyện chỉ đạo giải quyết dứt điểm.",
])
def test_a_directive_after_receiving_stays(sentence):
    from pipeline.extract.doneacts import action_on_receipt

    assert not action_on_receipt(sentence)


# -- (f) a reporting clause before the subject -----------------------------------------------------

LEAD_F = ("Cục Du lịch Quốc gia Việt Nam vừa có văn bản về việc bảo đảm an toàn cho khách du lịch dịp hè.\n\n")


@pytest.mark.parametrize("sentence, who", [
    ("Trong văn bản, Cục nêu rõ, các doanh nghiệp lữ hành cần mua bảo hiểm du lịch cho khách.", "Các doanh nghiệp lữ hành"),
    ("Tại công điện, Thủ tướng nhấn mạnh, Ủy ban nhân dân các tỉnh phải tổ chức trực ban 24/24 giờ.", "Ủy ban nhân dân các tỉnh"),
    ("Trong công văn, UBND tỉnh lưu ý, Sở Y tế cần bố trí lực lượng y tế trực tại các điểm du lịch.", "Sở Y tế"),
])
def test_the_subject_after_a_reporting_clause_is_the_doer(sentence, who):
    got = _offices(_doc(LEAD_F + sentence + "\n"), sentence[:25])
    assert got and got[0] == who


def test_a_reporting_frame_is_read_off():
    from pipeline.extract.reportframe import after_reporting_frame

    assert after_reporting_frame("Trong văn bản, Cục nêu rõ, các địa phương cần rà soát.") == "Các địa phương cần rà soát."
    assert after_reporting_frame("Văn bản cũng nêu rõ, các đơn vị cần ...") == "Các đơn vị cần ..."
    assert after_reporting_frame("Trong văn bản, Bộ đề nghị các tỉnh, các địa phương cần ...") is None
    assert after_reporting_frame("Các địa phương cần rà soát.") is None


# -- (g) the letter itself speaks ---------------------------------------------------------------------

@pytest.mark.parametrize("ask", [
    "Công văn cũng yêu cầu đảm bảo vệ sinh môi trường, an toàn thực phẩm tại các cơ sở kinh doanh dịch vụ du lịch.",
    "Văn bản còn đề nghị tăng cường công tác phòng cháy, chữa cháy tại các cơ sở lưu trú.",
])
def test_an_ask_the_letter_speaks_goes_to_its_addressees(ask):
    text = ("Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch vừa ký Công văn gửi Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
            "trung ương về việc bảo đảm an ninh, an toàn cho khách du lịch.\n\n"
            "## Lượng khách tăng cao\n\nTheo thống kê, lượng khách du lịch dịp lễ tăng mạnh so với cùng kỳ.\n\n" + ask + "\n")
    got = _offices(_doc(text), ask[:25])
    assert got and got[0].startswith("Ủy ban nhân dân các tỉnh")


def test_the_letter_speaking_pattern():
    from pipeline.extract.letterspeaks import LETTER_SPEAKS_RE

    assert LETTER_SPEAKS_RE.match("Công văn cũng yêu cầu đảm bảo ...")
    assert LETTER_SPEAKS_RE.match("Công điện nhấn mạnh, cần chủ động ...")
    assert not LETTER_SPEAKS_RE.match("Công văn số 12 được ban hành ngày 5/3.")
    assert not LETTER_SPEAKS_RE.match("Thời gian qua, Bộ yêu cầu đảm bảo ...")
