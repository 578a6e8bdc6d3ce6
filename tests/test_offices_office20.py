"""A passive assignment names its doer first (issue #5, session 17, branch office20).

'Tỉnh X được giao ...', 'Sở X vừa được UBND TP giao chủ trì, phối hợp với ...', 'UBND xã A và xã B được
giao ...', 'Sở X được Chủ tịch UBND tỉnh phân công ...': the subject is the lead; the giver between
'được' and 'giao / phân công' is no office of the task; a head ('UBND') before the first place reaches
the second place joined by 'và'. A subject without a name ('Cán bộ được phân công ...', 'Đơn vị được
giao chủ trì ...') is a relative and is left to the other rules. Sentences written for the test from
general administrative and press usage; none is a benchmark row or a gold sentence."""
from __future__ import annotations

import pytest

from extract_helpers import sentence_lead as lead, sentence_offices as offices  # (gaz: conftest's)


def _keys(found: list[str]) -> list[str]:
    return [f.casefold() for f in found]


@pytest.mark.parametrize("text, doer", [
    ("Tỉnh Quảng Ninh được giao chủ trì xây dựng đề án phát triển khu kinh tế ven biển.", "Tỉnh Quảng Ninh"),
    ("Tỉnh Khánh Hòa được giao kêu gọi nhà đầu tư nghiên cứu phương án mở rộng cảng hàng không.", "Tỉnh Khánh Hòa"),
    ("Thành phố Cần Thơ được giao thí điểm mô hình quản lý đô thị thông minh.", "Thành phố Cần Thơ"),
    ("Theo đó, Sở Nội vụ được giao phối hợp với các cơ quan liên quan rà soát biên chế.", "Sở Nội vụ"),
])
def test_the_subject_of_a_passive_assignment_leads(gaz, text, doer):
    assert lead(gaz, text) == doer
    assert doer.casefold() in _keys(offices(gaz, text))


@pytest.mark.parametrize("text, doer, giver, partners", [
    ("Sở Xây dựng Đà Nẵng vừa được UBND TP giao chủ trì, phối hợp với Sở Tài chính rà soát các dự án chậm tiến độ.",
     "Sở Xây dựng Đà Nẵng", "UBND TP", ["Sở Tài chính"]),
    ("Sở Y tế được UBND thành phố giao nhiệm vụ kiểm tra các cơ sở khám chữa bệnh tư nhân.",
     "Sở Y tế", "UBND thành phố", []),
    ("Sở Công Thương được Chủ tịch UBND tỉnh phân công theo dõi diễn biến giá xăng dầu trên địa bàn.",
     "Sở Công Thương", "Chủ tịch UBND tỉnh", []),
    ("Sở Giao thông vận tải TP.Hồ Chí Minh vừa được UBND TP giao chủ trì, phối hợp với Công an TP lập phương án phân luồng.",
     "Sở Giao thông vận tải TP.Hồ Chí Minh", "UBND TP", ["Công an TP"]),
])
def test_the_giver_is_no_office(gaz, text, doer, giver, partners):
    found = _keys(offices(gaz, text))
    assert lead(gaz, text) == doer
    assert giver.casefold() not in found, found
    for p in partners:
        assert p.casefold() in found, (p, found)


@pytest.mark.parametrize("text, places", [
    ("UBND xã Suối Hai và xã Ba Vì được giao tổ chức các biện pháp công trình khẩn cấp.",
     ["UBND xã Suối Hai", "UBND xã Ba Vì"]),
    ("UBND phường Hải Châu và phường Thạch Thang được giao rà soát các hộ dân sống ven sông.",
     ["UBND phường Hải Châu", "UBND phường Thạch Thang"]),
    ("UBND huyện Mê Linh và huyện Sóc Sơn được giao hoàn thành giải phóng mặt bằng trong quý III.",
     ["UBND huyện Mê Linh", "UBND huyện Sóc Sơn"]),
])
def test_a_head_reaches_the_second_place(gaz, text, places):
    found = _keys(offices(gaz, text))
    for p in places:
        assert p.casefold() in found, (p, found)
    assert len(found) == len(places), found


@pytest.mark.parametrize("text", [
    "Cán bộ được phân công theo dõi có trách nhiệm báo cáo kết quả hằng tháng.",
    "Giáo viên được phân công chủ trì, phối hợp với cha mẹ học sinh xây dựng kế hoạch.",
    "Dự án được giao vốn năm 2025 phải giải ngân hết trước ngày 31/12.",
])
def test_a_subject_without_a_name_is_no_passive_assignment(gaz, text):
    from pipeline.extract.offices import passive_assignment
    assert passive_assignment(text) is None


# --- 'có liên quan' closing a known collective stays on it (samples/gold/README.md: a shared qualifier
# stays on the list, one office as written) ------------------------------------------------------------
@pytest.mark.parametrize("text, wanted", [
    ("Bộ Y tế chủ trì, phối hợp với các bộ, ngành có liên quan hướng dẫn thực hiện.", "Các bộ, ngành có liên quan"),
    ("Bộ Khoa học và Công nghệ chủ trì, phối hợp với các bộ, ngành, địa phương có liên quan tổ chức thực hiện.",
     "Các bộ, ngành, địa phương có liên quan"),
    ("Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính, Thủ trưởng các sở, ban, ngành có liên quan chịu trách nhiệm thi hành Quyết định này.",
     "Thủ trưởng các sở, ban, ngành có liên quan"),
    ("Sở Công Thương phối hợp với các sở, ngành có liên quan kiểm tra thị trường.", "Các sở, ngành có liên quan"),
])
def test_related_stays_on_a_collective(gaz, text, wanted):
    found = _keys(offices(gaz, text))
    assert wanted.casefold() in found, found


@pytest.mark.parametrize("text, wanted", [
    # ('có' as a verb after a collective still ends it)
    ("Các sở, ngành có trách nhiệm hướng dẫn thực hiện.", "Các sở, ngành"),
    ("Bộ Tài chính phối hợp với các bộ, ngành có ý kiến về dự thảo.", "Các bộ, ngành"),
])
def test_co_as_a_verb_still_ends_a_collective(gaz, text, wanted):
    found = _keys(offices(gaz, text))
    assert wanted.casefold() in found, found


@pytest.mark.parametrize("text", [
    "UBND tỉnh Lạng Sơn yêu cầu các đơn vị được giao kiểm tra hoạt động khai thác khoáng sản tăng cường giám sát.",
    "Sở Y tế đề nghị các bệnh viện được giao nhiệm vụ thu dung bệnh nhân chuẩn bị đủ giường bệnh.",
    "Chủ tịch UBND huyện chỉ đạo các xã được phân công theo dõi địa bàn báo cáo hằng ngày.",
])
def test_an_ask_before_it_makes_no_passive_assignment(gaz, text):
    from pipeline.extract.offices import passive_assignment
    assert passive_assignment(text) is None


def test_an_opening_ask_makes_no_passive_assignment(gaz):
    from pipeline.extract.offices import passive_assignment
    assert passive_assignment("Đề nghị Ban Chỉ huy Quân sự xã và các thành viên Hội đồng được phân công về địa bàn các thôn vận động thanh niên.") is None
    assert passive_assignment("Yêu cầu Công an xã và các tổ được giao theo dõi địa bàn báo cáo kịp thời.") is None
