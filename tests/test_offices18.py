"""Office rules from the shapes seen in office batches 16-18 and gold yh (issue #5, session 11,
round 2).  Sentences written for the test from general Vietnamese administrative and press usage,
more than one wording each; none is a row of the benchmark."""
from __future__ import annotations

import pytest

from extract_helpers import sentence_lead as lead_of, sentence_offices as offices  # (the gaz fixture is conftest's)
from pipeline.extract.offices import split_office_list


# --- 'các cấp ủy, chính quyền': two kinds of body, not one collective -----------------------------
@pytest.mark.parametrize("text, expected", [
    ("các cấp ủy, chính quyền", ["Các cấp ủy", "Chính quyền"]),
    ("các cấp ủy, chính quyền địa phương", ["Các cấp ủy", "Chính quyền địa phương"]),
    ("cấp ủy, chính quyền các cấp", ["Cấp ủy", "Chính quyền các cấp"]),
    ("các cấp uỷ đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể",
     ["Các cấp uỷ đảng", "Chính quyền", "Mặt trận Tổ quốc", "Các đoàn thể"]),
])
def test_party_committees_and_authorities_are_two_bodies(gaz, text, expected):
    assert [n for n, _ in split_office_list(text, gaz)] == expected


@pytest.mark.parametrize("text", [
    "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền tập trung lãnh đạo, chỉ đạo thực hiện tốt nhiệm vụ.",
    "Các cấp ủy, chính quyền địa phương có trách nhiệm chăm lo đời sống nhân dân trong dịp Tết.",
    "Đề nghị cấp ủy, chính quyền các cấp quan tâm chỉ đạo công tác bầu cử.",
])
def test_party_committees_and_authorities_in_a_sentence(gaz, text):
    got = offices(gaz, text)
    assert len(got) == 2 and any("cấp ủy" in o.casefold() for o in got) and any("chính quyền" in o.casefold() for o in got), got


# --- 'Cục X, Bộ Y': a unit and, after a comma, the ministry it belongs to ---------------------------
@pytest.mark.parametrize("text, unit", [
    ("Cục Lãnh sự, Bộ Ngoại giao chủ trì, phối hợp với các cơ quan đại diện bảo hộ công dân.", "Cục Lãnh sự"),
    ("Giao Cục Quản lý thị trường, Bộ Công Thương kiểm tra việc kinh doanh xăng dầu.", "Cục Quản lý thị trường"),
    ("Đề nghị Vụ Pháp chế, Bộ Tư pháp rà soát dự thảo trước ngày 15/10.", "Vụ Pháp chế"),
    ("Thanh tra Chính phủ yêu cầu Cục Thuế - Bộ Tài chính báo cáo kết quả.", "Cục Thuế"),
])
def test_a_unit_with_its_ministry_after_a_comma_is_one_body(gaz, text, unit):
    got = offices(gaz, text)
    assert got[0] == unit and not any(o.startswith("Bộ ") for o in got), got


@pytest.mark.parametrize("text, expected", [
    ("Bộ Công an, Bộ Quốc phòng", ["Bộ Công an", "Bộ Quốc phòng"]),
    ("Cục Thuế, Cục Hải quan", ["Cục Thuế", "Cục Hải quan"]),
    ("Cục Lãnh sự, Bộ Ngoại giao và Bộ Công an", None),  # three items: left to the list reading
])
def test_co_equal_bodies_stay_apart(gaz, text, expected):
    got = [n for n, _ in split_office_list(text, gaz)]
    if expected is None:
        assert len(got) >= 2
    else:
        assert got == expected


# --- 'Tổ X do <người> làm tổ trưởng, có nhiệm vụ ...': the team is the doer ------------------------
@pytest.mark.parametrize("text, team", [
    ("Tổ quản lý do Phó Chủ tịch UBND huyện làm tổ trưởng, có nhiệm vụ thường xuyên kiểm tra, xử lý vi phạm.", "Tổ quản lý"),
    ("Tổ công tác do Giám đốc Sở Nội vụ làm tổ trưởng có nhiệm vụ hướng dẫn các xã, phường.", "Tổ công tác"),
    ("Ban Chỉ đạo do đồng chí Bí thư Huyện ủy làm Trưởng ban có trách nhiệm chỉ đạo thực hiện kế hoạch.", "Ban Chỉ đạo"),
    ("Tổ kiểm tra liên ngành có nhiệm vụ kiểm tra các cơ sở kinh doanh trên địa bàn.", "Tổ kiểm tra liên ngành"),
])
def test_a_team_headed_by_someone_is_the_doer(gaz, text, team):
    assert offices(gaz, text) == [team]


# --- a post and the official's own name before the ask: the official is the speaker ----------------
@pytest.mark.parametrize("text, expected", [
    ("Bộ trưởng Nguyễn Văn Nam chỉ đạo Tổng cục Quản lý đất đai phối hợp với các đơn vị liên quan rà soát hồ sơ.",
     "Tổng cục Quản lý đất đai"),
    ("Theo đó, Phó Thủ tướng Trần Văn Bình yêu cầu Bộ Công an chỉ đạo lực lượng chức năng điều tra.", "Bộ Công an"),
    ("Liên quan đến vụ việc, Chủ tịch Lê Thị Hoa đã chỉ đạo Sở Xây dựng kiểm tra, xử lý dứt điểm.", "Sở Xây dựng"),
])
def test_a_named_official_hands_the_work_on(gaz, text, expected):
    got = offices(gaz, text)
    assert lead_of(gaz, text) == expected and not any("trưởng" in o and expected not in o for o in got[:1]), got


def test_a_post_with_a_body_is_no_name(gaz):
    # 'Chủ tịch UBND tỉnh' names no person: the existing reading (the ask names the doer) holds
    assert lead_of(gaz, "Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở.") == "Sở Y tế"


# --- a lower-case body after an opening phrase (press text) ------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Theo đó, bộ công an chủ trì, phối hợp với các bộ, ngành xây dựng phương án.", "Bộ công an"),
    ("Trong thời gian tới, sở y tế sẽ tăng cường kiểm tra các cơ sở khám chữa bệnh tư nhân.", "Sở y tế"),
    ("Ngoài ra, sở giáo dục và đào tạo có trách nhiệm hướng dẫn các trường thực hiện.", "Sở giáo dục và đào tạo"),
    ("Đồng thời, công an tỉnh tăng cường tuần tra, kiểm soát trên các tuyến đường.", "Công an tỉnh"),
])
def test_a_lower_case_body_after_an_opener_is_the_subject(gaz, text, expected):
    assert lead_of(gaz, text) == expected


def test_a_lower_case_set_of_papers_is_no_ministry(gaz):
    assert not any(o.casefold().startswith("bộ hồ sơ") for o in offices(gaz, "Sau đó, bộ hồ sơ được chuyển đến Sở Tư pháp."))


# --- two web-page paragraphs with no full stop between them ----------------------------------------
from pipeline.extract.sentences import build_blocks  # noqa: E402
from pipeline.model import Document, lines_from_text  # noqa: E402


def _blocks(text):
    return [b.text for b in build_blocks(Document(doc_id="t", lines=lines_from_text(text)))]


@pytest.mark.parametrize("first, second", [
    ("Theo đó, UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thị xã, thành phố tăng cường công tác "
     "tuyên truyền, kiểm tra, giám sát việc chấp hành các quy định về phòng cháy, chữa cháy tại các khu dân cư",
     "Công an tỉnh chủ trì, phối hợp với các cơ quan liên quan tổ chức kiểm tra các cơ sở có nguy cơ cháy nổ cao."),
    ("Chủ tịch UBND huyện yêu cầu UBND các xã, thị trấn tập trung chỉ đạo thu hoạch lúa vụ Đông Xuân, khẩn "
     "trương làm đất gieo cấy vụ Hè Thu đúng khung thời vụ, bảo đảm nước tưới cho các diện tích lúa",
     "Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn các xã chuyển đổi cơ cấu cây trồng phù hợp."),
])
def test_two_web_paragraphs_without_a_full_stop_are_two_blocks(first, second):
    assert _blocks(first + "\n" + second + "\n") == [first, second]


@pytest.mark.parametrize("first, second", [
    # a long line ending on a word that leaves its clause open goes on
    ("Theo đó, UBND tỉnh yêu cầu các sở, ban, ngành tăng cường công tác tuyên truyền, kiểm tra, giám sát việc "
     "chấp hành các quy định về phòng cháy, chữa cháy tại các khu dân cư, phối hợp chặt chẽ với",
     "Công an tỉnh và Ủy ban nhân dân các huyện tổ chức kiểm tra."),
    # a hard-wrapped line of ordinary width goes on
    ("Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh bố trí kinh phí",
     "Trung ương hỗ trợ theo quy định."),
])
def test_a_line_that_goes_on_is_joined(first, second):
    assert _blocks(first + "\n" + second + "\n") == [first + " " + second]


# --- the joint office of a council and its people's committee is one body, staff named or not -------
@pytest.mark.parametrize("text, expected", [
    ("Văn phòng HĐND và UBND xã chủ trì tổng hợp báo cáo kết quả thực hiện.", ["Văn phòng HĐND và UBND xã"]),
    ("Giao Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh tổng hợp kiến nghị của cử tri.",
     ["Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"]),
    ("Công chức Văn phòng HĐND và UBND xã tham mưu UBND xã tổ chức hội nghị.", ["Công chức Văn phòng HĐND và UBND xã"]),
    ("Giao cán bộ Văn phòng HĐND và UBND phường theo dõi, tổng hợp kết quả.", ["Cán bộ Văn phòng HĐND và UBND phường"]),
    ("Chuyên viên Văn phòng Đoàn ĐBQH và HĐND tỉnh tổng hợp ý kiến cử tri.", ["Chuyên viên Văn phòng Đoàn ĐBQH và HĐND tỉnh"]),
])
def test_the_joint_office_is_one_body(gaz, text, expected):
    assert offices(gaz, text) == expected


def test_a_staff_post_and_a_second_body_stay_two(gaz):
    assert offices(gaz, "Công chức Văn hóa - Xã hội và UBND xã phối hợp kiểm tra.") == ["Công chức Văn hóa - Xã hội", "UBND xã"]
