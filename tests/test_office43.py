"""Session 32, office43 (issue 5): two shapes of the pending gold's office misses mended.

(W) a letter told as sent whose addressees' work follows them with no ask word ('Bộ X vừa có công văn gửi UBND
các tỉnh ... khẩn trương kêu gọi ...'): the addressees are the offices, not the sender (senderletter.py); and (N) a
count where a doer's plural stands ('13 khu phố còn lại sẽ ...', 'yêu cầu 3 bộ, ngành chủ quản và 10 tỉnh, thành
phố ...', '...; hai ban HĐND xã tăng cường ...'): the bodies are read with their count, as printed (countedbodies.py).

The sentences are the pending gold's (zr1, zc2, yp5, za2) and office_spans rows (ob35-009, ob36-005, ob18-c07), or
written in their shapes; none is copied from a standing set or a never-tuned batch.  The guards are the shapes the
rewrites must leave alone: a letter still to be written, a letter with its own ask word, a count of results told.
"""
from __future__ import annotations

import pytest

from pipeline.extract.countedbodies import counted_bodies
from pipeline.extract.offices import load_gazetteer, roles_in_sentence


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _doers(gaz, text: str) -> list[str]:
    return [r.office for r in roles_in_sentence(text, gaz) if r.role in ("lead", "support")]


# --- (W) a letter told as sent ---------------------------------------------------------------------------------

def test_letter_sent_addressees_do_the_work(gaz):
    # pending zr1
    got = _doers(gaz, "Bộ Nông nghiệp và Môi trường vừa có công văn gửi UBND các tỉnh, thành phố ven biển (Hưng Yên, "
                      "Ninh Bình, Thanh Hóa, Nghệ An) khẩn trương kêu gọi các tàu thuyền đang hoạt động tại khu vực vịnh "
                      "Bắc Bộ vào trú ẩn.")
    assert got == ["UBND các tỉnh, thành phố ven biển"], got


def test_telegram_sent_to_the_provinces(gaz):
    # office_spans ob35-009
    got = _doers(gaz, "Bộ Y tế vừa có công điện gửi Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương quan tâm "
                      "chỉ đạo tăng cường nâng cao nhận thức và kỹ năng phòng chống dịch bệnh mùa hè cho nhân dân.")
    assert got == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], got


def test_letter_sent_to_a_list_after_a_purpose(gaz):
    # pending zc2: the purpose clause before the sender, several addressees
    got = _doers(gaz, "Để chuẩn bị tốt các điều kiện phục vụ du khách an toàn, chu đáo, Sở Văn hoá, Thể thao và Du lịch "
                      "đã có Công văn gửi Phòng Văn hóa và Thông tin các địa phương, các doanh nghiệp du lịch trên địa "
                      "bàn tỉnh chuẩn bị tốt các điều kiện phục vụ du khách dịp 2/9.")
    assert "Phòng Văn hóa và Thông tin các địa phương" in got, got
    assert not any("Sở Văn hoá" in o for o in got), got


def test_letter_still_to_be_written_keeps_its_writer(gaz):
    # (no 'vừa / đã': the writer is asked to write it; the addressee only receives it)
    got = _doers(gaz, "Bộ Nông nghiệp và Phát triển nông thôn khẩn trương có văn bản gửi Bộ Tài chính những nội dung "
                      "liên quan đến việc chuyển nhượng kết quả giảm phát thải.")
    assert got == ["Bộ Nông nghiệp và Phát triển nông thôn"], got


def test_letter_with_its_own_ask_read_as_before(gaz):
    got = _doers(gaz, "Bộ Y tế vừa có văn bản gửi Uỷ ban nhân dân các tỉnh, thành phố trực thuộc Trung ương đề nghị tăng "
                      "cường phòng chống dịch bệnh dịp nghỉ Lễ.")
    assert got == ["Uỷ ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], got


def test_letter_about_a_subject_is_no_work_of_the_addressees():
    from pipeline.extract.senderletter import letter_addressees_ask

    # ('gửi Y về việc ...': what follows names the letter's subject, no work of Y's)
    text = ("UBND tỉnh Khánh Hòa vừa có văn bản gửi Sở Tài nguyên và Môi trường, UBND các huyện về việc đẩy nhanh công "
            "tác lập quy hoạch.")
    assert letter_addressees_ask(text, lambda t: ("Sở Tài nguyên và Môi trường, UBND các huyện", 44),
                                 lambda w: True) is None


# --- (N) a count before the body --------------------------------------------------------------------------------

def test_counts_after_an_ask(gaz):
    # pending yp5
    got = _doers(gaz, "Bộ Tài chính cũng yêu cầu 3 bộ, ngành chủ quản và 10 tỉnh, thành phố trực thuộc Trung ương có số "
                      "giải ngân thấp nhất phải có giải trình lý do.")
    assert "10 tỉnh, thành phố trực thuộc Trung ương" in got, got
    assert any(o.startswith("3 bộ, ngành") for o in got), got
    assert "Bộ, ngành" not in got, got


def test_count_in_a_second_clause_of_the_ask(gaz):
    # pending za2
    got = _doers(gaz, "Kết thúc phiên họp, bà Lê Thị Ngọc Thúy đề nghị UBND tiếp tục chỉ đạo xử lý dứt điểm các ý kiến, "
                      "kiến nghị của cử tri; hai ban HĐND xã tăng cường công tác giám sát theo chương trình đề ra.")
    assert "hai ban HĐND xã" in got, got


def test_count_after_the_ask_colon(gaz):
    # office_spans ob18-c07
    got = _doers(gaz, "Phát biểu kết luận, bà Nguyễn Thị Thúy Kiều - Trưởng Phòng Văn hóa và Thông tin huyện đề nghị: 05 "
                      "đơn vị tiếp tục phát huy những kết quả đạt được, đồng thời hoàn chỉnh hồ sơ.")
    assert got == ["05 đơn vị"], got


def test_count_of_results_told_is_left_alone():
    # samples/text eu2: a count told ('tất cả ... đã có'), no doer
    text = "Đến nay, tất cả 188 xã, thị trấn và 47 phường trong tỉnh đã có công an chính quy."
    assert counted_bodies(text) == (text, [])
    for text in ("Đến nay, 12 xã đạt chuẩn nông thôn mới.", "12/15 xã đã hoàn thành.", "Trong năm, có 3 huyện hoàn thành."):
        assert counted_bodies(text) == (text, []), text


def test_count_rewrite_gives_the_printed_words_back():
    text, pairs = counted_bodies("Các cơ quan, đơn vị, 33 thôn phối kết hợp chặt chẽ tổ chức các hoạt động.")
    assert text.startswith("Các cơ quan, đơn vị, các thôn phối")
    assert pairs == [("các thôn", "33 thôn")]
