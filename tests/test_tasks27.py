"""tasks27: what press items and notices still got wrong, both sides of each class the audits and pending gold
showed repeating (benchmarks/data/task_audit_short*.tsv; pending et2, et3, eu4):

- a photo caption that shows the leaders directing ('Lãnh đạo xã trực tiếp ... và chỉ đạo khẩn trương ...', 'Các
  đc lãnh đạo chỉ đạo tại địa bàn') is no task (pipeline/extract/leadercaption.py); a line that names whom they
  direct, or a sentence ending as one, is left to the task reading;
- a news lead that tells the issue of a letter by a person with his posts in apposition ('Ngày 24/4, Bộ trưởng
  ..., Phó Trưởng ban ... đã ban hành Công văn số ... gửi ... về việc ...') reports it (ISSUED_LEAD_RE); with an ask
  after it, it stays a task;
- a news lead that tells its own ask with '<body> đã chỉ đạo <bodies> <act>' is a task (extract/leadask.py); the same
  words in a reply to a citizen, or said of persons on the scene, stay a report;
- a notice that 'thông báo và yêu cầu' bodies gives them to its subjectless ordinal points; 'Thứ ba, các hộ ... cần
  ...' keeps its own party.

Invented wordings."""
from __future__ import annotations

from tests.conftest import extracted_tasks, tasks_opening

from pipeline.extract.leadask import lead_tells_its_ask
from pipeline.extract.leadercaption import leaders_directing_caption
from pipeline.extract.tasks import ISSUED_LEAD_RE


tasks_of = extracted_tasks
_found = tasks_opening


def test_a_caption_of_the_leaders_directing_is_no_task():
    assert leaders_directing_caption("Lãnh đạo huyện trực tiếp kiểm tra hiện trường và chỉ đạo khẩn trương khắc phục sự cố")
    assert leaders_directing_caption("Các đ/c lãnh đạo xã chỉ đạo tại hiện trường")
    assert leaders_directing_caption("Đồng chí Chủ tịch UBND xã chỉ đạo tại buổi ra quân")
    # whom they direct named, a sentence that ends as one, the verb pair opening a point, an ask: not a caption
    assert not leaders_directing_caption("Lãnh đạo xã chỉ đạo các thôn rà soát các hộ bị ảnh hưởng")
    assert not leaders_directing_caption("Lãnh đạo xã chỉ đạo khẩn trương khắc phục hậu quả.")
    assert not leaders_directing_caption("Lãnh đạo, chỉ đạo các cấp ủy triển khai thực hiện nghị quyết")
    assert not leaders_directing_caption("Lãnh đạo xã yêu cầu và chỉ đạo khẩn trương khắc phục")
    text = ("Xã Tân Lập khắc phục hậu quả mưa lớn\n\n"
            "Do mưa lớn kéo dài, nhiều tuyến đường trên địa bàn xã bị sạt lở.\n\n"
            "Lãnh đạo xã trực tiếp kiểm tra hiện trường và chỉ đạo khẩn trương khắc phục sự cố\n\n"
            "Trước tình hình trên, UBND xã yêu cầu các thôn tiếp tục rà soát, thống kê thiệt hại.\n")
    tasks = tasks_of(text)
    assert not _found(tasks, "Lãnh đạo xã trực tiếp")
    assert _found(tasks, "Trước tình hình trên, UBND xã yêu cầu")


def test_an_issued_lead_naming_its_issuer_with_his_posts_reports_the_issue():
    lead = ("Ngày 12/3, Phó Chủ tịch UBND tỉnh Nguyễn Văn An, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh đã ký ban hành "
            "Công văn số 123/UBND-KT gửi các sở, ngành về việc tăng cường bảo đảm an toàn thông tin.")
    assert ISSUED_LEAD_RE.match(lead)
    assert ISSUED_LEAD_RE.match("Ngày 16 tháng 8 năm 2025, UBND huyện ban hành Văn bản số 88/UBND-VP về việc trực Tết.")
    # a grounds clause is no issuer's post
    assert not ISSUED_LEAD_RE.match("Thực hiện Chỉ thị số 10-CT/TU của Ban Thường vụ, Huyện ủy đã ban hành Kế hoạch số 12 về ...")
    text = lead + "\n\nTheo đó, các sở, ngành rà soát hệ thống thông tin, báo cáo kết quả trước ngày 30/3.\n"
    tasks = tasks_of(text)
    assert not _found(tasks, "Ngày 12/3, Phó Chủ tịch")
    asked = lead.replace("gửi các sở, ngành về việc", "yêu cầu các sở, ngành")
    assert _found(tasks_of(asked), "Ngày 12/3, Phó Chủ tịch")


def test_a_news_lead_telling_its_ask_with_da_chi_dao_is_a_task():
    lead = ("(TTX) - Để chuẩn bị cho đợt kiểm tra tiêu chí nông thôn mới, UBND huyện Yên Lạc đã chỉ đạo các xã, thị trấn "
            "tập trung ra quân tổng vệ sinh môi trường, khơi thông cống rãnh.")
    assert lead_tells_its_ask(lead, True, False)
    tasks = tasks_of("Yên Lạc ra quân vệ sinh môi trường\n\n" + lead + "\n")
    assert _found(tasks, "(TTX) - Để chuẩn bị") and not _found(tasks, "(TTX) - Để chuẩn bị")[0].offices
    # a reply to a citizen, persons on the scene, no bodies named after it, a later place: a report
    assert not lead_tells_its_ask(lead, True, True)
    assert not lead_tells_its_ask("Sáng 3/9, đồng chí Lê Văn Hải, Chủ tịch UBND xã đã trực tiếp chỉ đạo các lực lượng "
                                  "xuống hiện trường.", True, False)
    assert not lead_tells_its_ask("UBND xã đã chỉ đạo quyết liệt công tác phòng, chống dịch.", True, False)
    assert not lead_tells_its_ask(lead, False, False)


NOTICE = ("THÔNG BÁO về việc phòng, chống nắng nóng\n\n"
          "Thực hiện văn bản của UBND huyện về ứng phó nắng nóng. Ủy ban nhân dân xã Tân Phú thông báo và yêu cầu các cơ "
          "quan, đơn vị và toàn thể Nhân dân thực hiện tốt một số nội dung sau:\n\n"
          "Thứ nhất, thường xuyên theo dõi các bản tin dự báo thời tiết; hạn chế ra ngoài trời vào buổi trưa.\n\n"
          "Thứ hai, các hộ chăn nuôi cần che chắn chuồng trại, bảo đảm đủ nước uống cho vật nuôi.\n")


def test_a_notices_ordinal_points_take_its_addressees_or_name_their_own_party():
    tasks = tasks_of(NOTICE)
    first = _found(tasks, "Thứ nhất, thường xuyên")
    assert first and {o.office for o in first[0].offices} >= {"Các cơ quan, đơn vị"}
    second = _found(tasks, "Thứ hai, các hộ chăn nuôi")
    assert second and [o.office for o in second[0].offices] == ["Các hộ chăn nuôi"]
