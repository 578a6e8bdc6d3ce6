"""Office rules of session 16, branch office17 (issue #5): the noun-phrase classes measure15 named on
unseen documents. Owners and keepers named by what they keep, run or use; a post behind an honorific;
an agent inside the work's object; a committee given once for several named places as a partner.
Sentences written for the test from general Vietnamese administrative and press usage, several
wordings each; none is a row of the benchmark or a sentence of a standing unseen set."""
from __future__ import annotations

import pytest

from extract_helpers import sentence_lead as lead, sentence_offices as offices  # (gaz: conftest's)


# --- (a) owners and keepers named by what they keep, run or use, with a duty -----------------------
@pytest.mark.parametrize("text, body", [
    ("Chủ nuôi chó, mèo phải tiêm phòng dại cho vật nuôi.", "Chủ nuôi chó, mèo"),
    ("Chủ vật nuôi có trách nhiệm khai báo với chính quyền địa phương.", "Chủ vật nuôi"),
    ("Chủ hộ nuôi chó, mèo phải nuôi nhốt, không thả rông.", "Chủ hộ nuôi chó, mèo"),
    ("Các hộ nuôi lợn cần thực hiện nghiêm các biện pháp an toàn sinh học.", "Các hộ nuôi lợn"),
    ("Các hộ nuôi gà, vịt cần chủ động tiêm phòng.", "Các hộ nuôi gà, vịt"),
    ("Chủ cơ sở chăn nuôi tập trung phải khai báo với cơ quan thú y.", "Chủ cơ sở chăn nuôi"),
    ("Khi phát hiện dấu hiệu bất thường, chủ nuôi phải nhốt và báo ngay cho chính quyền địa phương.", "Chủ nuôi"),
    ("Riêng chủ nuôi chó, mèo phải thực hiện đăng ký với UBND cấp xã.", "Chủ nuôi chó, mèo"),
    ("Chủ trang trại phải bảo đảm vệ sinh môi trường chăn nuôi.", "Chủ trang trại"),
])
def test_an_owner_named_by_what_he_keeps_is_the_doer(gaz, text, body):
    assert lead(gaz, text) == body


# --- (a) the keeper asked by name of his kind -------------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("UBND TPHCM yêu cầu người nuôi chó, mèo phải khai báo với UBND cấp xã.", "Người nuôi chó, mèo"),
    ("UBND huyện yêu cầu chủ nuôi chó, mèo phải xích, nhốt vật nuôi.", "Chủ nuôi chó, mèo"),
    ("UBND xã đề nghị các hộ chăn nuôi chủ động tiêm phòng cho đàn vật nuôi.", "Các hộ chăn nuôi"),
    ("Sở Nông nghiệp yêu cầu chủ cơ sở giết mổ thực hiện vệ sinh tiêu độc hằng ngày.", "Chủ cơ sở giết mổ"),
])
def test_a_keeper_asked_is_the_office_not_the_speaker(gaz, text, body):
    assert offices(gaz, text) == [body]


# --- (a) the owner fronted as a topic the speaker then asks -----------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Đối với chủ vật nuôi chó, mèo, Hà Nội yêu cầu phải thực hiện tiêm phòng đầy đủ.", "Chủ vật nuôi chó, mèo"),
    ("Đối với các hộ chăn nuôi, UBND xã đề nghị chủ động tiêm phòng cho đàn vật nuôi.", "Các hộ chăn nuôi"),
    ("Riêng đối với chủ nuôi chó, mèo, UBND huyện yêu cầu phải xích, nhốt, không thả rông.", "Chủ nuôi chó, mèo"),
])
def test_an_owner_as_topic_is_the_one_asked(gaz, text, body):
    assert offices(gaz, text) == [body]


@pytest.mark.parametrize("text", [
    "Đối với chủ nuôi vi phạm, UBND xã yêu cầu xử phạt nghiêm theo quy định.",
    "Đối với các hộ chăn nuôi, UBND huyện đề nghị hỗ trợ kinh phí tiêm phòng.",
])
def test_an_owner_the_ask_deals_with_is_no_office(gaz, text):
    assert offices(gaz, text) == []


# --- 'chủ' in words that name no owner ------------------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Chủ tịch UBND xã phải chịu trách nhiệm trước Chủ tịch UBND huyện.", "Chủ tịch UBND xã"),
    ("Chủ đầu tư phải hoàn thành hồ sơ trước ngày 30/6.", "Chủ đầu tư"),
    ("Chủ phương tiện phải chấp hành nghiêm quy định.", "Chủ phương tiện"),
])
def test_other_chu_words_keep_their_reading(gaz, text, body):
    assert lead(gaz, text) == body


@pytest.mark.parametrize("text", [
    "Chủ động rà soát các công trình, phương án phải được phê duyệt.",
    "Chủ yếu tập trung vào các hộ có hoàn cảnh khó khăn.",
])
def test_chu_dong_and_chu_yeu_are_no_owner(gaz, text):
    assert not any(o.casefold().startswith("chủ") for o in offices(gaz, text))


# --- (h) a post behind an honorific ---------------------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("UBND xã yêu cầu các ông (bà) trưởng xóm thông báo cho nhân dân biết.", "Trưởng xóm"),
    ("Nhận được công văn này, yêu cầu ông (bà) Hiệu trưởng các đơn vị trực thuộc nghiêm túc thực hiện.",
     "Hiệu trưởng các đơn vị trực thuộc"),
    ("Ông (Bà) Hiệu trưởng các trường có trách nhiệm triển khai kế hoạch này.", "Hiệu trưởng các trường"),
    ("Yêu cầu ông (bà) hiệu trưởng các trường triển khai kế hoạch này.", "Hiệu trưởng các trường"),
    ("Các ông (bà) Tổ trưởng tổ dân phố có trách nhiệm thông báo đến từng hộ.", "Tổ trưởng tổ dân phố"),
    ("UBND phường đề nghị các ông (bà) Tổ trưởng tổ dân phố thông báo đến từng hộ.", "Tổ trưởng tổ dân phố"),
    ("Đề nghị ông/bà Trưởng thôn tổ chức họp dân.", "Trưởng thôn"),
    ("Yêu cầu đồng chí Bí thư chi bộ chỉ đạo thực hiện.", "Bí thư chi bộ"),
    ("Giao các ông xóm trưởng thông báo cho nhân dân.", "Các ông xóm trưởng"),
])
def test_the_post_behind_an_honorific_is_the_office(gaz, text, body):
    assert lead(gaz, text) == body
    assert not any(o.startswith("UBND") for o in offices(gaz, text))


def test_members_after_an_honorific_keep_their_post(gaz):
    got = offices(gaz, "Các đồng chí thành viên Ban chỉ đạo và cán bộ Trạm Thú y huyện có trách nhiệm kiểm tra.")
    assert any("thành viên ban chỉ đạo" in o.casefold() for o in got)


# --- (d) an agent inside the work's object is no doer ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Rà soát, kiểm tra các công trình do địa phương thực hiện đầu tư, báo cáo kết quả trước ngày 30/9/2024.",
    "Kiểm tra các hạng mục do nhà thầu triển khai thi công trên địa bàn.",
    "Thống kê các hồ chứa do doanh nghiệp thực hiện quản lý, vận hành.",
])
def test_an_agent_of_the_object_is_no_office(gaz, text):
    assert offices(gaz, text) == []


@pytest.mark.parametrize("text, body", [
    ("Tổ chức tập huấn nghiệp vụ, do Sở Y tế thực hiện.", "Sở Y tế"),
    ("Tổng hợp báo cáo kết quả thực hiện, do Sở Nội vụ chủ trì.", "Sở Nội vụ"),
    ("Công tác tuyên truyền do Phòng Văn hóa và Thông tin chủ trì thực hiện.", "Phòng Văn hóa và Thông tin"),
])
def test_the_agent_of_the_work_is_still_the_office(gaz, text, body):
    assert lead(gaz, text) == body


# --- (e) a directed body's partner is no office ---------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Đề nghị UBND các huyện chỉ đạo thủ trưởng các cơ quan chuyên môn phối hợp với UBND cấp xã kiểm tra hiện trạng.",
     "UBND các huyện"),
    ("Sở Nông nghiệp và PTNT chỉ đạo thủ trưởng các cơ quan, đơn vị trực thuộc phối hợp với UBND cấp xã kiểm tra.",
     "Sở Nông nghiệp và PTNT"),
    ("Giám đốc Sở Y tế chỉ đạo các cơ sở y tế phối hợp với chính quyền địa phương tổ chức tiêm chủng.",
     "Giám đốc Sở Y tế"),
])
def test_the_partner_of_a_directed_body_is_not_listed(gaz, text, body):
    assert offices(gaz, text) == [body]


# --- a committee given once for several named places, as a partner: one office per place ----------
@pytest.mark.parametrize("text, places", [
    ("- Phối hợp với Ủy ban nhân dân các xã: Gia Phú, Bảo Thắng khẩn trương thực hiện công tác bồi thường.",
     ["Ủy ban nhân dân xã Gia Phú", "Ủy ban nhân dân xã Bảo Thắng"]),
    ("Sở Tài chính phối hợp với UBND các huyện: Kỳ Anh, Cẩm Xuyên rà soát nguồn vốn.",
     ["UBND huyện Kỳ Anh", "UBND huyện Cẩm Xuyên"]),
    ("Sở Tài chính chủ trì, phối hợp với UBND các huyện: Kỳ Anh, Cẩm Xuyên và các sở liên quan rà soát nguồn vốn.",
     ["UBND huyện Kỳ Anh", "UBND huyện Cẩm Xuyên"]),
])
def test_a_partner_committee_of_named_places_is_one_office_per_place(gaz, text, places):
    got = offices(gaz, text)
    assert all(p in got for p in places)
    assert not any(":" in o for o in got)


@pytest.mark.parametrize("text, n", [
    ("Giao Chủ tịch UBND các huyện: Giao Thuỷ, Xuân Trường, Hải Hậu, Trực Ninh chỉ đạo các xã tổ chức tiêm phòng.", 4),
    ("Yêu cầu UBND các huyện: Nam Trực, Vụ Bản chủ động thực hiện đồng bộ các giải pháp.", 2),
])
def test_a_committee_of_named_places_asked_is_one_office_per_place(gaz, text, n):
    assert len(offices(gaz, text)) == n


# --- (e) a plural collective asked to direct: the bodies it directs are not listed ----------------
@pytest.mark.parametrize("text, body", [
    ("UBND tỉnh yêu cầu các sở, ngành chỉ đạo các đơn vị trực thuộc triển khai các biện pháp.", "Các sở, ngành"),
    ("UBND tỉnh yêu cầu các sở, ban, ngành chỉ đạo các đơn vị trực thuộc triển khai các biện pháp.", "Các sở, ban, ngành"),
    ("UBND tỉnh yêu cầu các sở, ngành chỉ đạo thủ trưởng các cơ quan, đơn vị thuộc phạm vi quản lý phối hợp với UBND "
     "cấp xã triển khai các biện pháp.", "Các sở, ngành"),
    ("Thủ tướng yêu cầu các bộ, ngành chỉ đạo các đơn vị thuộc quyền rà soát thủ tục hành chính.", "Các bộ, ngành"),
])
def test_a_collective_directing_keeps_the_directed_out(gaz, text, body):
    assert offices(gaz, text) == [body]


@pytest.mark.parametrize("text, body", [
    ("Các bộ, ngành chủ động rà soát các thủ tục hành chính.", "Các bộ, ngành"),
    ("Các sở, ban, ngành theo chức năng, nhiệm vụ hướng dẫn UBND cấp xã thực hiện.", "Các sở, ban, ngành"),
])
def test_a_collective_closed_by_nganh_is_a_whole_subject(gaz, text, body):
    assert lead(gaz, text) == body
