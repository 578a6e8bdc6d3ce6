"""tasks41: a notice's labelled field line filled with a noun phrase is no task (pipeline/extract/fieldlines.py).

Texts: the pending gold's fg3 (Trung Giã kindergarten's enrolment notice, mntrunggia.edu.vn) and fq4
(Hải Châu district youth federation's letter), and the carry-over batch's fw1 (An Ninh Tây
kindergarten's notice, pgdduchoa.edu.vn); none in a standing set.
"""
from __future__ import annotations

from conftest import extracted_tasks, tasks_opening

from pipeline.extract import tasks as T
from pipeline.extract.fieldlines import field_line


def _fires(line: str) -> bool:
    return field_line(line, T.VERB_ANY_RE, T.DIRECTIVE_CUE_RE, lambda v: T._OFFICE_NOUN_RE.sub(" ", v))


# pending fg3, as its page prints it (the notice's sections I and II, then its ask)
ENROLMENT = """THÔNG BÁO

CÔNG TÁC TUYỂN SINH NĂM HỌC 2020 - 2021

Trường mầm non Trung Giã tuyển sinh các cháu độ tuổi mầm non trên địa bàn xã Trung Giã.

I. Quy trình về độ tuổi, hồ sơ, địa bàn tuyển sinh

1. Đối tượng tuyển sinh: Các cháu sinh năm 2015; 2016; 2017; 2018.

2. Hồ sơ và thủ tục gồm:

+ 01 Phiếu đăng ký dự tuyển ( theo mẫu)

3. Địa bàn tuyển sinh: Các thôn trong xã Trung Giã

II. Lịch tuyển sinh và chỉ tiêu tuyển sinh

3. Chỉ tiêu tuyển: Tổng tuyển là 328 cháu

- Trẻ Nhà trẻ: 80 cháu

- Trẻ Mẫu giáo: MG bé: 138 cháu; MG nhỡ: 70 cháu; MG lớn: 40 cháu

Trường mầm non Trung Giã thông báo để phụ huynh đến làm thủ tục nhập học cho trẻ đúng thời gian quy định
"""


def test_field_lines_with_a_noun_value_fire() -> None:
    # fg3, fq4, fw1: the key names a property, the value fills it; nobody acts
    assert _fires("Đối tượng tuyển sinh: Các cháu sinh năm 2015; 2016; 2017; 2018.")
    assert _fires("Địa bàn tuyển sinh: Các thôn trong xã Trung Giã")
    assert _fires("Trang phục:    Áo xanh thanh niên Việt Nam.")
    assert _fires("Đối tượng tuyển sinh: Trẻ 5 tuổi (sinh năm 2015) có hộ khẩu ở xã An Ninh Tây.")
    assert _fires("+ Buổi sáng: từ 7 giờ 30 giờ đến 11 giờ.")


def test_a_duty_in_the_value_or_a_body_as_the_key_does_not_fire() -> None:
    # fq5: the tools each branch brings are its duty (gold required); g5's 'Nội dung: Hiệp thương ...'
    assert not _fires("– Dụng cụ chuẩn bị: Mỗi chi đoàn chuẩn bị thêm: 3 cuốc, 3 xẻng, 05 chổi;")
    assert not _fires("Nội dung: Hiệp thương lập danh sách sơ bộ những người ứng cử đại biểu HĐND xã.")
    # k4's required list of ministries under 'Các Bộ:' and a body speaking in a key
    assert not _fires("Các Bộ: Y tế, Nông nghiệp và Môi trường, Công Thương, Tài chính và Ủy")
    assert not _fires("UBND xã: Các thôn trong xã")
    # a key alone over its list is a lead-in, not a field
    assert not _fires("Hồ sơ và thủ tục gồm:")


def test_enrolment_notice_keeps_its_ask_and_drops_its_fields() -> None:
    tasks = extracted_tasks(ENROLMENT)
    for field in ("Đối tượng tuyển sinh", "Địa bàn tuyển sinh", "Trẻ Nhà trẻ", "Trẻ Mẫu giáo"):
        assert not tasks_opening(tasks, field), field
    assert tasks_opening(tasks, "Trường mầm non Trung Giã thông báo để phụ huynh")
