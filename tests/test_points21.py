"""(points21, issue 5) The classes measure21 named on unseen21, each by one general mechanism:

- (a) a cable printed from its sender's 'điện:' line on, with no header block: its addressee lines are
  recipients, not tasks (structure/cable.py);
- (b) the numbered items under a heading of grounds only ('I. CĂN CỨ XÂY DỰNG KẾ HOẠCH', 'Căn cứ pháp lý')
  are no tasks (extract/grounds.py);
- (c) 'phải đến <time> ... mới <verb>' ('not until') obliges no one (extract/notuntil.py);
- (d) a speaker's caption keeps its reading when the source glued the title ('Bíthư') (extract/furniture.py);
- (e) the bare verb 'tính' with its object after 'Đồng thời' opens one more point (extract/tasks.py);
- (g) a heading naming the public ('+ Yêu cầu đối với người dân:') hands it to the plain lines under it
  (extract/publicheading.py);
- (i) a bare 'TP / Tỉnh / Huyện giao ...' is the committee's ask, (j) 'X chỉ đạo Y chỉ đạo Z ...' asks Y
  (extract/askchain.py).

The wordings are written here from general usage (cables, plans, notices, press items), never copied from
the blind set."""
from __future__ import annotations

from pipeline.extract.askchain import bare_place_as_committee, chain_as_ask
from pipeline.extract.grounds import grounds_heading
from pipeline.extract.notuntil import not_until
from pipeline.extract.publicheading import public_heading_roles
from test_points20 import _doc, _offices, _task  # (the same small helpers: a text through the pipeline, a task by its start)


CABLE = """CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH, điện:
- Giám đốc các sở, ban, ngành cấp tỉnh;
- Chủ tịch UBND các huyện, thị xã, thành phố;
- Giám đốc Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh.
Hiện nay mưa lớn kéo dài trên địa bàn tỉnh, nguy cơ lũ quét và sạt lở đất rất cao.
Để chủ động ứng phó, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành cấp tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố khẩn trương triển khai ngay các biện pháp phòng, chống lũ quét.
"""


def test_cable_addressees_are_recipients_not_tasks():
    doc = _doc(CABLE)
    texts = [t.text for t in doc.tasks]
    assert not any(x.startswith(("Giám đốc các sở", "Chủ tịch UBND các huyện", "Giám đốc Công ty")) for x in texts)
    assert doc.header.addressees[:2] == ["Giám đốc các sở, ban, ngành cấp tỉnh", "Chủ tịch UBND các huyện, thị xã, thành phố"]
    assert _task(doc, "Để chủ động ứng phó") is not None


PLAN = """KẾ HOẠCH
Triển khai chương trình số hóa dữ liệu hộ tịch trên địa bàn huyện năm 2024
I. CĂN CỨ XÂY DỰNG KẾ HOẠCH
1. Quyết định số 100/QĐ-UBND ngày 10 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh phê duyệt Đề án số hóa dữ liệu hộ tịch;
2. Công văn số 55/STP-HCTP ngày 20 tháng 01 năm 2024 của Sở Tư pháp về việc hướng dẫn triển khai số hóa.
II. NHIỆM VỤ
1. Phòng Tư pháp chủ trì rà soát, thống kê sổ hộ tịch lưu trữ tại các xã.
"""


def test_numbered_grounds_under_a_grounds_heading_are_no_tasks():
    doc = _doc(PLAN)
    assert _task(doc, "Quyết định số 100/QĐ-UBND") is None
    assert _task(doc, "Công văn số 55/STP-HCTP") is None
    assert _offices(doc, "Phòng Tư pháp chủ trì") == ["Phòng Tư pháp"]


def test_grounds_heading_is_a_heading_of_grounds_only():
    assert grounds_heading("CĂN CỨ XÂY DỰNG KẾ HOẠCH")
    assert grounds_heading("Cơ sở pháp lý và thực tiễn")
    assert grounds_heading("Căn cứ pháp lý")
    assert not grounds_heading("Căn cứ pháp lý và hướng dẫn cung cấp thông tin")
    assert not grounds_heading("Cơ sở sản xuất thực phẩm nhỏ lẻ")


def test_not_until_obliges_no_one():
    assert not_until("Theo chủ đầu tư, phải đến quý III năm 2025 công trình mới được bàn giao.")
    assert not not_until("Người dân phải đến trụ sở UBND xã mới được giải quyết hồ sơ.")  # 'must go to': no time
    assert not not_until("Phải đến cuối năm dự án mới xong, đề nghị Sở Xây dựng đôn đốc nhà thầu.")  # an ask remains
    doc = _doc("Tại cuộc họp, Ban Quản lý dự án cho biết phải đến tháng 6 năm 2025, việc giải phóng mặt bằng mới hoàn thành.\n"
               "Chủ tịch UBND huyện yêu cầu Ban Quản lý dự án đẩy nhanh tiến độ giải phóng mặt bằng.\n")
    assert _task(doc, "Tại cuộc họp, Ban Quản lý") is None
    assert _task(doc, "Chủ tịch UBND huyện yêu cầu") is not None


def test_glued_title_caption_is_no_task():
    doc = _doc("Chủ tịch UBND huyện yêu cầu các phòng, ban tập trung hoàn thành chỉ tiêu thu ngân sách.\n"
               "Chủtịch UBND huyện Nguyễn Văn An phát biểu chỉ đạo tại hội nghị.\n"
               "Các xã tiếp tục rà soát các dự án chậm tiến độ.\n")
    assert _task(doc, "Chủtịch UBND huyện") is None


def test_bare_compute_verb_after_dong_thoi_is_a_point():
    doc = _doc("Bộ Nông nghiệp và Phát triển nông thôn đề nghị các địa phương rà soát nguồn nước tại các hồ chứa. "
               "Đồng thời tính cân đối nguồn nước, xây dựng phương án cấp nước cho sản xuất vụ Hè Thu.\n")
    assert _offices(doc, "Đồng thời tính cân đối") == _offices(doc, "Bộ Nông nghiệp") != []


def test_public_heading_hands_the_public_to_plain_lines():
    assert [r.office for r in public_heading_roles("+ Yêu cầu đối với người dân:")] == ["người dân"]
    assert public_heading_roles("Đối với UBND các xã:") == []  # a body: assign.heading_offices reads it
    doc = _doc("THÔNG BÁO\nVề việc lịch tiêm phòng dại cho chó, mèo năm 2025\n"
               "Trạm Thú y huyện thông báo lịch tiêm phòng như sau:\n"
               "+ Thời gian: từ ngày 10 đến ngày 20 tháng 3 năm 2025.\n"
               "+ Yêu cầu đối với người dân:\n"
               "Chấp hành nghiêm việc nuôi nhốt chó, mèo trong những ngày tiêm phòng.\n"
               "Không thả rông chó, mèo ra đường, nơi công cộng.\n")
    # (the innermost heading's public, not the announcer of the notice's lead-in)
    for start in ("Chấp hành nghiêm", "Không thả rông"):
        assert _offices(doc, start) == ["người dân"]


def test_chain_and_bare_place_asks():
    body = lambda rest: rest.startswith(("các UBND", "UBND", "các cơ quan", "Sở", "các sở"))
    assert chain_as_ask("Thủ tướng chỉ đạo các UBND tỉnh, thành phố chỉ đạo các cơ quan chuyên môn kiểm kê nguồn nước.", body) \
        .startswith("Thủ tướng yêu cầu các UBND tỉnh")
    # 'đề nghị A chỉ đạo X' keeps A only: no chain of the speaker's own
    s = "Bộ đề nghị UBND các tỉnh chỉ đạo các sở chuyên môn chỉ đạo các cơ sở kiểm tra."
    assert chain_as_ask(s, body) == s
    assert bare_place_as_committee("Theo đó, TP giao Sở Xây dựng kiểm tra các công trình.") == \
        "Theo đó, UBND TP giao Sở Xây dựng kiểm tra các công trình."
    doc = _doc("Theo đó, UBND TP giao Sở Xây dựng rà soát các khu nhà trọ. "
               "TP giao Công an TP, UBND các quận, huyện kiểm tra công tác phòng cháy tại các khu nhà trọ.\n")
    assert "Công an TP" in (_offices(doc, "TP giao Công an TP") or [])
