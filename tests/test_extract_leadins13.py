"""Lead-ins of letters, notices and telegrams and who their items are for (session 13, branch
leadin13).  The sentences are written for these tests in the shapes real letters use (a commune,
a district, a Sở, a Bộ, a provincial telegram reported as news), not copied from the gold
documents:

- a lead-in that asks someone to act, over a list that yields no task (cut, only the legal texts
  to apply, only time and place lines), is itself the task, with the bodies it asks;
- items numbered without their dot ('1 Đôn đốc ...') in an OCR'd letter, when they run in order
  after a line that ends with ':';
- a 'Kính gửi' line that runs on into the body without the addressee's full stop;
- an item's heading that names its addressees, each narrowed by where it belongs ('Đề nghị các
  cơ quan, đơn vị thuộc xã và cơ quan, đơn vị đứng chân trên địa bàn xã');
- questions after a colon inside an item ('Duy trì ...? Mở rộng ...') do not end its sentence."""
from __future__ import annotations

from pipeline.extract.assign import heading_offices
from pipeline.extract.leadins import CITED_ITEM_RE
from pipeline.extract.offices import load_gazetteer
from pipeline.extract.sentences import Segment, kinh_gui_run_on, split_sentences, undotted_items
from conftest import process_text

GAZ = load_gazetteer()


def offices(t) -> list[str]:
    return [r.office for r in t.offices if r.role != "report-to"]


def _has(names: list[str], part: str) -> bool:
    return any(part.casefold() in n.casefold() for n in names)


# ------------------------------------------------------------------ a lead-in over no task

def test_a_telegram_reported_as_news_whose_list_is_cut_gives_its_ask_as_the_task(tmp_path):
    text = ("CÔNG ĐIỆN KHẨN về phòng, chống bệnh cúm gia cầm\n"
            "UBND tỉnh vừa ban hành Công điện số 05/CĐ-UBND ngày 02/02/2024 về phòng, chống bệnh cúm gia cầm. "
            "Để chủ động ngăn chặn dịch bệnh, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thành phố "
            "tập trung triển khai quyết liệt một số nhiệm vụ:\n"
            "[…]\n")
    ts = process_text(tmp_path, text, "letter.txt").tasks
    assert len(ts) == 1 and ts[0].text.startswith("Để chủ động ngăn chặn")
    assert _has(offices(ts[0]), "Chủ tịch UBND các huyện")


def test_a_guidance_whose_list_is_only_the_legal_texts_to_apply_gives_its_ask_as_the_task(tmp_path):
    text = ("Hướng dẫn quản lý đất đai năm 2024\n\n"
            "Để thống nhất thực hiện trên địa bàn tỉnh, Sở Tài nguyên và Môi trường đề nghị UBND các huyện, thị xã "
            "chỉ đạo các phòng chuyên môn triển khai thực hiện các văn bản sau đây:\n\n"
            "1. Văn bản của Trung ương\n\n"
            "- Luật Đất đai năm 2024; Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều tra cơ bản đất đai.\n\n"
            "- Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai.\n\n"
            "[…]\n")
    ts = process_text(tmp_path, text, "letter.txt").tasks
    assert [t.text[:20] for t in ts] == ["Để thống nhất thực h"]
    assert _has(offices(ts[0]), "UBND các huyện")


def test_an_invitation_whose_list_is_only_time_and_place_gives_its_ask_as_the_task(tmp_path):
    text = ("Kính gửi: Các cơ quan, đơn vị trên địa bàn huyện.\n\n"
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2024 của UBND tỉnh, UBND huyện đề nghị các cơ quan, đơn vị "
            "cử đại diện lãnh đạo tham dự Hội nghị sơ kết công tác quý I như sau:\n"
            "- Thời gian: 08 giờ 00 ngày 25/3/2024.\n"
            "- Địa điểm: Hội trường UBND huyện.\n")
    ts = process_text(tmp_path, text, "letter.txt").tasks
    assert len(ts) == 1 and "cử đại diện lãnh đạo" in ts[0].text
    assert _has(offices(ts[0]), "cơ quan, đơn vị")


def test_a_lead_in_whose_items_are_tasks_stays_a_lead_in(tmp_path):
    text = ("Kính gửi: Ban nhân dân các thôn.\n\n"
            "Căn cứ Kế hoạch số 20/KH-UBND ngày 01/4/2024 của UBND huyện, UBND xã đề nghị Ban nhân dân các thôn "
            "thực hiện một số nội dung sau:\n"
            "1. Tổ chức tuyên truyền, vận động Nhân dân ra quân vệ sinh môi trường.\n"
            "2. Báo cáo kết quả về UBND xã trước ngày 30/4/2024.\n")
    ts = process_text(tmp_path, text, "letter.txt").tasks
    assert [t.text[:10] for t in ts] == ["Tổ chức tu", "Báo cáo kế"]
    assert all(_has(offices(t), "Ban nhân dân") for t in ts)


def test_the_issuer_announcing_its_own_plan_over_a_cut_list_is_no_task(tmp_path):
    text = ("UBND xã Tân Lập xây dựng kế hoạch tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2024 như sau:\n"
            "[…]\n")
    assert process_text(tmp_path, text, "letter.txt").tasks == []


def test_legal_text_items_are_recognised_and_duties_are_not():
    assert CITED_ITEM_RE.match("- Luật Trồng trọt năm 2018; Nghị định số 94/2019/NĐ-CP ngày 13/12/2019 ...")
    assert CITED_ITEM_RE.match("- Nghị định số 57/2018/NĐ-CP ngày 17/4/2018 của Chính phủ về cơ chế ...")
    assert CITED_ITEM_RE.match("Quyết định số 1234/QĐ-UBND ngày 05/5/2023 của UBND tỉnh về việc ...")
    assert not CITED_ITEM_RE.match("- Thực hiện Nghị định số 57/2018/NĐ-CP ngày 17/4/2018 ...")
    assert not CITED_ITEM_RE.match("- Kế hoạch hóa gia đình: tuyên truyền vận động ...")


# ------------------------------------------------------------------ items numbered without a dot

def _segs(lines: list[str]) -> list[Segment]:
    return [Segment(i + 1, 1, t) for i, t in enumerate(lines)]


def test_items_without_their_dot_after_a_colon_are_items_when_they_run_in_order():
    lines = ["Cục Quản lý Khám, chữa bệnh đề nghị Sở Y tế các tỉnh thực hiện tốt một số việc sau:",
             "1 Đôn đốc các bệnh viện báo cáo kết quả thực hiện Đề án",
             "2 Đánh giá chung kết quả thực hiện năm 2024",
             "của các bệnh viện trực thuộc Sở Y tế",
             "3 Đề xuất định hướng giai đoạn 2026-2030"]
    assert undotted_items(_segs(lines)) == {1: "1", 2: "2", 4: "3"}
    lines = ["Tổng cục Thuế yêu cầu Cục Thuế các tỉnh:", "1 Rà soát hồ sơ hoàn thuế tồn đọng", "2 Báo cáo kết quả về Tổng cục"]
    assert undotted_items(_segs(lines)) == {1: "1", 2: "2"}


def test_a_number_at_a_line_start_without_the_run_is_no_item():
    # a count wrapped onto a line start, after no colon
    lines = ["Đoàn công tác gồm có", "2 Phó Chủ tịch UBND huyện và đại diện các phòng", "3 Trưởng phòng chuyên môn"]
    assert undotted_items(_segs(lines)) == {}
    # a lone '1' after a colon, with no '2' after it
    lines = ["Thành phần:", "1 Đồng chí Chủ tịch UBND xã", "Địa điểm: hội trường"]
    assert undotted_items(_segs(lines)) == {}


def test_an_ocr_letter_with_undotted_items_gives_each_item_the_lead_in_s_addressee(tmp_path):
    text = ("BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 512/KCB-QLCL Hà Nội, ngày 10 tháng 5 năm 2024\n"
            "V/v báo cáo công tác quản lý chất lượng\n"
            "Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương\n"
            "Để tổng hợp tình hình, Cục Quản lý Khám, chữa bệnh đề nghị Sở Y tế các tỉnh, thành phố trực thuộc Trung ương "
            "thực hiện một số việc sau:\n"
            "1 Chỉ đạo các bệnh viện trực thuộc tự đánh giá chất lượng bệnh viện năm 2024;\n"
            "2 Tổng hợp kết quả đánh giá của các bệnh viện trên địa bàn, gửi về Cục trước ngày 30/6/2024.\n")
    ts = process_text(tmp_path, text, "letter.txt").tasks
    assert [t.section for t in ts] == ["1", "2"]
    assert all(_has(offices(t), "Sở Y tế các tỉnh") for t in ts)


# ------------------------------------------------------------------ 'Kính gửi' running on

def test_kinh_gui_running_on_after_a_bracket_or_a_word():
    m = kinh_gui_run_on("Kính gửi: Sở Y tế các tỉnh tham gia Đề án (danh sách kèm theo) Thực hiện chỉ đạo của Bộ trưởng Bộ Y tế, "
                        "Cục Quản lý Khám, chữa bệnh đề nghị Sở Y tế các tỉnh thực hiện tốt một số việc sau:")
    assert m and m.group(1).endswith("(danh sách kèm theo)") and m.group(2).startswith("Thực hiện chỉ đạo")
    m = kinh_gui_run_on("Kính gửi: Các trường THCS trên địa bàn huyện Căn cứ Kế hoạch số 15/KH-UBND ngày 02/3/2024 của UBND huyện, "
                        "Phòng Giáo dục và Đào tạo yêu cầu các trường triển khai các nội dung sau:")
    assert m and m.group(2).startswith("Căn cứ Kế hoạch")
    m = kinh_gui_run_on("Kính gửi: UBND các xã, thị trấn. Để chủ động phòng, chống dịch bệnh trên đàn gia súc, UBND huyện đề nghị "
                        "UBND các xã, thị trấn thực hiện tốt các nội dung sau:")
    assert m and m.group(2).startswith("Để chủ động")


def test_a_plain_kinh_gui_line_does_not_run_on():
    assert kinh_gui_run_on("Kính gửi: Sở Y tế; Sở Tài chính; Sở Nội vụ") is None
    assert kinh_gui_run_on("Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố") is None
    # a lower-case 'thực hiện' inside the addressee is no opener
    assert kinh_gui_run_on("Kính gửi: Các đơn vị thực hiện Đề án phát triển văn hóa đọc trong cộng đồng giai đoạn 2021-2025 "
                           "trên địa bàn tỉnh") is None


# ------------------------------------------------------------------ a heading naming its addressees

def test_a_heading_names_several_addressees_each_with_where_it_belongs():
    names = [r.office for r in heading_offices("Đề nghị các cơ quan, đơn vị thuộc xã và cơ quan, đơn vị đứng chân trên địa bàn xã", GAZ)]
    assert len(names) == 2 and _has(names[:1], "thuộc xã") and _has(names[1:], "đứng chân")
    names = [r.office for r in heading_offices("Yêu cầu các trường mầm non thuộc huyện và các cơ sở giáo dục tại xã Tân Lập", GAZ)]
    assert len(names) == 2 and _has(names[:1], "mầm non thuộc huyện") and _has(names[1:], "tại xã Tân Lập")
    names = [r.office for r in heading_offices("Các trường học trực thuộc Phòng và các trường tư thục trên địa bàn huyện", GAZ)]
    assert len(names) == 2 and _has(names[:1], "trực thuộc Phòng")


def test_a_heading_s_addressees_hold_its_bullets_not_the_lead_in_s(tmp_path):
    text = ("Kính gửi:\n- Các cơ quan, đơn vị trên địa bàn xã;\n- Ban nhân dân các thôn.\n\n"
            "Căn cứ Công văn số 310/UBND-VX ngày 02/5/2024 của UBND huyện, UBND xã đề nghị các cơ quan, đơn vị trên địa bàn xã "
            "và Ban nhân dân các thôn triển khai tuyên truyền một số nội dung sau:\n\n"
            "1. Đề nghị các trường học thuộc xã và các cơ quan, đơn vị đóng trên địa bàn xã\n"
            "- Treo cờ Tổ quốc và băng rôn tuyên truyền tại trụ sở.\n"
            "- Thông báo cán bộ, viên chức thực hiện treo cờ theo quy định.\n")
    ts = process_text(tmp_path, text, "letter.txt").tasks
    assert len(ts) == 2
    for t in ts:
        names = offices(t)
        assert _has(names, "trường học") and not _has(names, "Ban nhân dân")


# ------------------------------------------------------------------ questions inside an item

def test_questions_after_a_colon_stay_in_their_item_s_sentence():
    text = "Đề xuất định hướng 2026-2030: Duy trì mạng lưới cũ? Mở rộng mạng lưới: đề xuất bổ sung danh sách."
    assert len(split_sentences(text)) == 1
    text = "Có nên duy trì mạng lưới cũ? Đề nghị các đơn vị cho ý kiến."
    assert len(split_sentences(text)) == 2


# ------------------------------------------------------------------ a posted title line

def test_a_title_line_above_a_posted_letter_is_no_task(tmp_path):
    from pipeline.extract.leadins import TITLE_LINE_RE

    for line in ("Công văn V/v chỉ đạo công tác tuyên truyền cổ động kỷ niệm các ngày lễ lớn năm 2015",
                 "CÔNG VĂN Về việc Tuyên truyền, giáo dục các ngày lễ lớn năm 2010",
                 "Thông báo số 263/TB-UBND về việc treo cờ Tổ quốc",
                 "Kế hoạch số 12/KH-UBND ngày 05/3/2024 về việc tổ chức Hội khỏe Phù Đổng"):
        assert TITLE_LINE_RE.match(line), line
    for line in ("Thông báo kịp thời về việc thay đổi lịch cho các đơn vị.", "Báo cáo kết quả về UBND xã trước ngày 30/4/2024."):
        assert not TITLE_LINE_RE.match(line), line
    text = ("Công văn V/v tăng cường phòng, chống dịch sốt xuất huyết\n\n"
            "Kính gửi: Trung tâm Y tế các huyện, thành phố.\n\n"
            "Để chủ động phòng, chống dịch, Sở Y tế đề nghị Trung tâm Y tế các huyện, thành phố tăng cường giám sát, "
            "phát hiện sớm các ca bệnh và xử lý triệt để ổ dịch.\n")
    ts = process_text(tmp_path, text, "letter.txt").tasks
    assert [t.text[:15] for t in ts] == ["Để chủ động phò"]


def test_a_lone_lead_in_sent_to_its_addressees_gives_them_the_task(tmp_path):
    from pipeline.extract.leadins import lone_lead_in_addressees

    cases = [("Mới đây, UBND thành phố đã có Công điện khẩn số 03/CĐ-UBND về phòng chống dịch gửi các sở, ban, ngành, "
              "UBND các quận, huyện yêu cầu tập trung vào các nhiệm vụ cụ thể sau:", ["sở, ban, ngành", "UBND các quận"]),
             ("Bộ Y tế vừa có văn bản gửi Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương đề nghị tăng cường "
              "phòng, chống dịch bệnh dịp nghỉ Lễ với các nội dung sau:", ["Ủy ban nhân dân các tỉnh"]),
             ("Cục Thú y đã có Công văn hỏa tốc gửi Sở Nông nghiệp và PTNT các tỉnh đề nghị khẩn trương triển khai một số "
              "biện pháp:", ["Sở Nông nghiệp"])]
    for text, want in cases:
        got = [r.office for r in lone_lead_in_addressees(text, GAZ)]
        for w in want:
            assert _has(got, w), (text, got)
    ts = process_text(tmp_path, cases[0][0] + "\n[…]\n", "letter.txt").tasks
    assert len(ts) == 1 and _has(offices(ts[0]), "UBND các quận")


def test_a_lead_in_over_items_printed_as_plain_paragraphs_stays_a_lead_in(tmp_path):
    # (the paragraphs after it, at its level, are its list: a task among them keeps it a lead-in)
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH KON TUM Độc lập - Tự do - Hạnh phúc\n"
            "Số: 4100/UBND-KTTH Kon Tum, ngày 01 tháng 12 năm 2024\nV/v triển khai nhiệm vụ cuối năm\n\n"
            "Kính gửi: Các sở, ban ngành, đơn vị thuộc UBND tỉnh; UBND các huyện, thành phố.\n\n"
            "Để hoàn thành kế hoạch năm 2024, UBND tỉnh yêu cầu các sở, ban ngành, UBND các huyện, thành phố triển khai "
            "thực hiện các nội dung:\n\n"
            "Các sở, ban ngành tập trung rà soát, triển khai thực hiện các nhiệm vụ còn lại của kế hoạch năm 2024.\n\n"
            "UBND các huyện, thành phố tăng cường biện pháp phòng, chống các loại dịch bệnh trên địa bàn.\n")
    ts = process_text(tmp_path, text, "letter.txt").tasks
    assert [t.text[:10] for t in ts] == ["Các sở, ba", "UBND các h"]
