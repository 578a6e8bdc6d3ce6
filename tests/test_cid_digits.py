"""Digit codes of a '(cid:NN)' cipher (pipeline/repair/ciddigits.py): which digit each is, from
what its number is (a date's day and month, a weekday beside the date, a school year, a cited
number's year, a section number after its neighbours), and a gap where nothing says.  The
lines are written for the tests in the shapes directives print them."""

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair
from pipeline.repair.ciddigits import DateChecks, settle_digits
from pipeline.repair.glyphs import _label_votes


def settle(lines: list[str], domains: dict[str, list[str]], votes=None, labels=None) -> dict:
    return settle_digits(lines, {}, domains, votes or {}, labels or {})


def test_a_weekday_beside_a_date_tells_its_day():
    # 'Thứ Sáu' (Friday): of 03, 13, 23 October 2025 only the 3rd is one
    lines = ["Thứ Sáu, ngày 0(cid:41)/10/2025: họp giao ban các phòng, ban chuyên môn.",
             "Các phòng chuẩn bị nội dung trước ngày 01/10/2025."]
    assert settle(lines, {"41": ["3", "6", "8"]}) == {"41": "3"}
    # the weekday after the date, a day-month date taking the document's year
    lines = ["- 8 giờ 00, ngày 1(cid:7)/10 (Thứ Ba): kiểm tra công tác chuẩn bị tại xã.",
             "Kế hoạch công tác tháng 10 năm 2025 của Ủy ban nhân dân huyện."]
    assert settle(lines, {"7": ["4", "5", "6"]}) == {"7": "4"}


def test_a_day_and_a_month_must_be_possible():
    lines = ["Các đơn vị gửi báo cáo về Sở trước ngày 30/(cid:5)/2026 để tổng hợp."]
    assert settle(lines, {"5": ["2", "4"]}) == {"5": "4"}  # no 30 February
    lines = ["Hoàn thành trước ngày 15 tháng 1(cid:5) năm 2026."]
    assert settle(lines, {"5": ["2", "4", "7"]}) == {"5": "2"}  # no month 14 or 17


def test_years_run_forward_and_a_school_year_is_two_years_in_a_row():
    lines = ["KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM HỌC 202(cid:9)-2026 CỦA TRƯỜNG MẦM NON"]
    assert settle(lines, {"9": ["3", "5", "7"]}) == {"9": "5"}
    lines = ["Kết quả thực hiện giai đoạn 2021 - 202(cid:9) và phương hướng giai đoạn tiếp theo."]
    assert settle(lines, {"9": ["0", "5"]}) == {"9": "5"}


def test_a_cited_numbers_year_is_its_dates_year():
    lines = ["Căn cứ Nghị định số 47/202(cid:8)/NĐ-CP ngày 12/3/2026 của Chính phủ quy định chi tiết."]
    assert settle(lines, {"8": ["4", "6", "9"]}) == {"8": "6"}


def test_two_codes_are_never_one_digit():
    lines = ["Thứ Sáu, ngày 0(cid:41)/10/2025 họp; chậm nhất ngày 2(cid:42)/10/2025 gửi báo cáo."]
    got = settle(lines, {"41": ["3", "8"], "42": ["3", "8"]})
    assert got == {"41": "3", "42": "8"}


def test_a_code_nothing_pins_down_is_left_a_gap():
    lines = ["Các đơn vị gửi báo cáo về Sở trước ngày 1(cid:5)/6/2026 để tổng hợp."]
    assert settle(lines, {"5": ["2", "4", "7"]}) == {"5": None}
    # the numbers printed whole elsewhere decide it
    assert settle(lines, {"5": ["2", "4", "7"]}, votes={"5": {"7": 3}}) == {"5": "7"}


def test_a_section_number_after_its_neighbours():
    texts = ["12. Sở Y tế chủ trì, phối hợp với các địa phương.",
             "13. Sở Tài chính bố trí kinh phí thực hiện.",
             "1(cid:40). Sở Xây dựng hướng dẫn các huyện.",
             "15. Công an tỉnh bảo đảm an ninh trật tự."]
    assert _label_votes(texts, {"40": "0"}, ["40"], {}) == {"40": {"4": 1}}
    texts = ["2.2. Rà soát các thủ tục hành chính.", "(cid:9).(cid:40). Công khai kết quả giải quyết hồ sơ.",
             "2.4. Báo cáo kết quả trước ngày 15/12."]
    assert _label_votes(texts, {"9": "0", "40": "0"}, ["9", "40"], {}) == {"9": {"2": 1}, "40": {"3": 1}}


def test_a_document_number_is_no_year():
    checks = DateChecks(["Kế hoạch năm 2025 của Ủy ban nhân dân tỉnh, ngày 15/3/2025."])
    # 'Số: 1906/SGDĐT' lies far from the document's years and costs nothing; a year there would
    assert checks.score("Số: 1906/SGDĐT-CTrTT") == 0
    assert checks.score("Kế hoạch thực hiện năm 1906") < 0


def test_a_deadline_year_the_document_cannot_tell_stays_a_gap_in_the_repair():
    """Whole repair: a body line's digit code in a deadline with nothing to tell its digit is
    left as the code (a missing deadline, not a wrong one); the letters around it are solved."""
    intact = [
        "ỦY BAN NHÂN DÂN TỈNH",
        "Số: 125/KH-UBND, ngày 10 tháng 01 năm 2026",
        "KẾ HOẠCH",
        "Thực hiện nhiệm vụ chuyển đổi số năm 2026",
        "1. Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành triển khai kế hoạch.",
        "2. Sở Nội vụ hướng dẫn các cơ quan, đơn vị rà soát thủ tục hành chính năm 2025.",
        "3. Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức thực hiện kế hoạch này.",
    ]
    coded = [
        "4. Sở Tài chính bố trí kinh phí, báo cáo kết quả trước ngày 1(cid:71)/12/2026.",
        "5. Các cơ quan, đơn vị báo cáo Ủy ban nhân dân tỉnh trước ngày 2(cid:71)/6/2026.",
    ]
    out = [ln.text for ln in repair(Document(doc_id="t", source="t", format="txt",
                                             lines=lines_from_text("\n".join(intact + coded))), Config()).lines]
    assert out[:len(intact)] == intact
    assert "(cid:71)" in out[-1] and "(cid:71)" in out[-2]


def test_a_span_of_dates_runs_forward():
    lines = ["1. Đợt 1: Từ ngày 05/12/202(cid:8) đến ngày 20/02/2026: rà soát, kiểm tra các tổ bầu cử."]
    assert settle(lines, {"8": ["5", "7", "9"]}) == {"8": "5"}
    lines = ["Lịch kiểm tra từ ngày 11/12/2017 đến ngày 1(cid:3)/12/2017 tại các trường."]
    assert settle(lines, {"3": ["0", "5"]}) == {"3": "5"}


def test_a_schedule_day_whose_date_kept_a_gap_is_still_a_day_line():
    from pipeline.extract.schedule import day_line

    assert day_line("THỨ NĂM, NGÀY 1(cid:151)/6:")
    assert day_line("Thứ Hai (0(cid:7)/(cid:9)2/2026):")
    assert not day_line("THỨ NĂM, NGÀY (cid:151):")


def test_a_sub_item_number_with_a_digit_and_a_code():
    texts = ["16.1. Kiểm tra sau thông quan tại trụ sở người khai hải quan.",
             "1(cid:213).2. Kiểm tra sau thông quan tại trụ sở cơ quan hải quan.",
             "16.3. Xử lý kết quả kiểm tra."]
    assert _label_votes(texts, {"213": "0"}, ["213"], {}) == {"213": {"6": 1}}


def test_a_sub_item_under_a_parent_that_lost_its_number_too():
    texts = ["1. Trước khi đưa mỏ vào khai thác:", "- Lập hồ sơ thiết kế mỏ.",
             "(cid:141). Trong quá trình khai thác:", "(cid:141).1. Thực hiện đầy đủ các nghĩa vụ tài chính."]
    # the parent is '2.' (after '1.'), the sub-item its first child '2.1.', not '1.1.'
    assert _label_votes(texts, {"141": "0"}, ["141"], {}) == {"141": {"2": 1}}
    assert _label_votes(texts, {"141": "0"}, ["141"], {"141": "2"}) == {"141": {"2": 2}}
    from pipeline.repair.glyphs import infer_sublabel

    spaced = ["1. Trước khi đưa mỏ vào khai thác:", " . Trong quá trình khai thác:", " .1. Thực hiện các nghĩa vụ."]
    assert infer_sublabel(spaced, 2, [" ", "1"]) is None
