"""tasks31: the papers of a file listed under 'Hồ sơ ...:' / 'Thành phần hồ sơ:' are no tasks
(pipeline/extract/objectlists.py), on real texts of the `pages` corpus (none of the standing sets):

- an intake notice of a kindergarten (mganninhtay.pgdduchoa.edu.vn, 'Thông báo tuyển sinh năm 2020-2021'),
- a procedure's page of Tiền Giang's public services (dichvucong.tiengiang.gov.vn, thủ tục 21109),
- a consultancy's page on the province's emulation flag (tuvangiayphep.com, 'Thủ tục Cờ Thi đua cấp tỉnh'),
- Hải Dương's procedures page (thutuchanhchinh.haiduong.gov.vn, thutucID=7093);

and the duties beside such a list stay tasks.
"""
from __future__ import annotations

from conftest import extracted_tasks

from pipeline.extract.objectlists import object_list_lead

INTAKE = """1. Đối tượng tuyển sinh: Trẻ 5 tuổi (sinh năm 2015) có hộ khẩu ở xã An Ninh Tây.

3. Hồ sơ tuyển sinh:

- Đơn xin học (Theo mẫu của trường, sử dụng cho trẻ trái tuyến).

- Bản sao khai sinh (kèm theo bản chính để đối chiếu) hoặc bản phô tô có công chứng

- Bản phôtô hộ khẩu (không cần công chứng, kèm theo bản chính để đối chiếu) hoặc giấy hẹn đã hoàn thành thủ tục nhập khẩu của công an  hoặc giấy xác nhận cư trú tại địa bàn của công an xã.

- Bản sao có công chứng các chế độ chính sách (hộ nghèo, con thương binh, liệt sĩ, kế hoạch hóa gia đình).

4. Địa điểm tuyển sinh:

    - Tại văn phòng trường Mẫu giáo An Ninh Tây (Ấp An Thạnh) .
"""

PROCEDURE = """Thành phần hồ sơ cần nộp

Thành phần hồ sơ:
* Hồ sơ gửi UBND huyện nơi đi:
- Đơn tự nguyện bố trí, ổn định dân cư (Phụ lục I – Thông tư số 19/2015/TT-BNNPTNT);
- Biên bản họp bình xét hộ dân được bố trí, ổn định (Phụ lục II – Thông tư số 19/2015/TT-BNNPTNT);
- Danh sách trích ngang các hộ dân được bố trí, ổn định dân cư (Phụ lục III – Thông tư số 19/2015/TT-BNNPTNT);
- Tờ trình của UBND cấp xã.
* Hồ sơ gửi UBND huyện nơi đến:
- Văn bản đề nghị tiếp nhận bố trí, ổn định dân cư của huyện nơi đi;
- Quyết định của UBND huyện nơi đi.
"""

FLAG = """Thủ tục Cờ Thi đua cấp tỉnh

Hồ sơ:
1. Tờ trình Chủ tịch Ủy ban nhân dân cấp tỉnh
2. Biên bản họp Hội đồng thi đua khen thưởng của cấp đề nghị
3. Báo cáo thành tích

Quy trình:
1. Ban TĐKT các tỉnh, thành phố trực thuộc Trung ương tiếp nhận đề nghị khen thưởng của các đơn vị trực thuộc
2. Thẩm định hồ sơ, xin ý kiến các cơ quan liên quan, báo cáo Hội đồng TĐKT cùng cấp; tổng hợp trình Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định khen thưởng
"""

AWARD = """a) Thành phần hồ sơ:
- Văn bản đề nghị kèm theo danh sách gia đình được đề nghị tặng Giấy khen của cấp trình khen;
- Báo cáo thành tích do gia đình được đề nghị khen thưởng làm, trong đó ghi rõ thành tích để đề nghị khen thưởng;
- Biên bản xét khen thưởng.
b) Số lượng hồ sơ thực hiện theo quy định của Bộ, ban, ngành, tỉnh
"""


def _texts(text: str) -> list[str]:
    return [" ".join(t.text.split()) for t in extracted_tasks(text)]


def test_a_file_s_noun_is_a_lead_of_papers():
    for lead in ("Hồ sơ tuyển sinh:", "Thành phần hồ sơ:", "Hồ sơ gửi UBND huyện nơi đi:", "Hồ sơ:",
                 "Hồ sơ và thủ tục gồm:", "Hồ sơ gồm có:", "Thành phần hồ sơ, bao gồm:"):
        assert object_list_lead(lead), lead


def test_a_lead_that_asks_or_sets_a_term_is_no_list_of_papers():
    for lead in ("Hồ sơ gửi về Phòng Nội vụ trước ngày 15/3/2024:", "Hồ sơ phải gửi về Sở gồm:",
                 "Các trường nộp hồ sơ gồm:", "Hồ sơ đề nghị khen thưởng gửi về Sở chậm nhất ngày 10/12:",
                 "Giao Phòng Nội vụ hướng dẫn hồ sơ:", "Nhiệm vụ:", "Các nội dung sau:"):
        assert not object_list_lead(lead), lead


def test_the_papers_of_an_intake_file_are_no_tasks():
    texts = _texts(INTAKE)
    assert not any(t.startswith(("Đơn xin học", "Bản sao khai sinh", "Bản phôtô hộ khẩu", "Bản sao có công chứng"))
                   for t in texts), texts


def test_the_papers_of_a_procedure_and_its_sub_lists_are_no_tasks():
    assert _texts(PROCEDURE) == []
    assert _texts(AWARD) == []


def test_the_procedure_s_own_step_beside_a_file_list_stays():
    texts = _texts(FLAG)
    assert any(t.startswith("Thẩm định hồ sơ, xin ý kiến") for t in texts), texts
    assert not any(t.startswith(("Tờ trình Chủ tịch", "Báo cáo thành tích")) for t in texts), texts


def test_an_item_that_sets_its_own_term_stays_a_task():
    text = ("3. Hồ sơ đăng ký:\n- Đơn đăng ký dự thi (theo mẫu);\n"
            "- Các trường tổng hợp danh sách gửi về Phòng Giáo dục trước ngày 15/3/2024.\n")
    texts = _texts(text)
    assert any(t.startswith("Các trường tổng hợp danh sách") for t in texts), texts
    assert not any(t.startswith("Đơn đăng ký dự thi") for t in texts), texts
