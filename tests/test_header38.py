"""header38: header fields (issue 5) -- the numbered document a lead retells from 'Theo ...' with its body, head or
leadership speaking (samples/gold/README.md, header37's convention, now read in pipeline/structure/retold_theo.py), and a
posted plan's own preamble '<body> xây dựng Kế hoạch ... như sau:' (measure28's H7, pipeline/structure/plan_preamble.py).

Real texts off the standing sets: office_spans ob18-029 and ob9-096, a Vĩnh Long paper's item (pages corpus), the
development text ei5, unseen_repair y27, p16 and p18, header_fields ym2, a Hà Nam department's page (pages corpus); the
counter-cases' wordings are invented after them.
"""
from __future__ import annotations

import json

from conftest import ROOT, benchmark_row, header_head, structured_header
from pipeline.structure.plan_preamble import plan_preamble_issuer
from pipeline.structure.retold_theo import retold_document

_header = structured_header
_row = benchmark_row
_head = header_head


def test_a_retold_letter_with_its_addressees_and_a_general_department_leadership_speaking():
    text = _row("benchmarks/data/office_spans.jsonl", "id", "ob18-029")["text"]
    assert _head(_header(text)) == ("Công văn", "2290/TCT-TTr", None, "Tổng cục Thuế")


def test_a_retold_notice_with_its_number_and_day_in_brackets_and_the_chairman_speaking():
    h = _header("Điều chỉnh thời gian treo cờ Tổ quốc ngày Chiến thắng (30/4) và Quốc tế Lao động (1/5)\n\n"
                "Cập nhật, 05:22, Thứ Sáu, 21/04/2017 (GMT+7)\n\n"
                "Theo thông báo (số 34/TB-UBND ngày 19/4/2017), Chủ tịch UBND tỉnh đã điều chỉnh vấn đề trên như sau: Ngày "
                "Chiến thắng (30/4) và ngày Quốc tế Lao động (1/5), treo cờ Tổ quốc từ ngày 26/4 đến hết ngày 2/5/2017 "
                "(thông báo trước từ 28/4 đến hết ngày 1/5).\n\n"
                "Các nội dung khác giữ nguyên theo Thông báo số 24/TB-UBND ngày 30/3/2017.\n\nPV\n")
    assert _head(h) == ("Thông báo", "34/TB-UBND", "2017-04-19", "UBND tỉnh")


def test_the_plain_retold_letter_reads_as_before():
    text = _row("benchmarks/data/office_spans.jsonl", "id", "ob9-096")["text"]
    assert _head(_header(text)) == ("Công văn", "3517/UBND", "2022-07-18", "UBND huyện")


def test_a_fact_stated_with_no_speaker_is_a_ground():
    # (development ei5: 'Theo Nghị quyết 41 của Hội đồng bầu cử Quốc gia, thời hạn cuối ... . Thực hiện Kế hoạch ...')
    text = (ROOT / "samples/text/ei5_hanoi_ubbc_tiepnhanhoso_ungcu_2021_news.txt").read_text(encoding="utf-8")
    assert retold_document([ln for ln in text.splitlines() if ln.strip()][:7]) is None
    # (unseen_repair y27: 'Theo Thông báo số 308/TB-ĐLHTr ... của Điện lực Hương Trà về việc ... . Nay UBND phường ...')
    y27 = next((ROOT / "samples/unseen_repair").glob("y27_*.txt")).read_text(encoding="utf-8")
    assert retold_document([ln for ln in y27.splitlines() if ln.strip()][:7]) is None


def test_another_bodys_document_or_the_items_own_act_after_it_gives_nothing():
    assert retold_document(["Theo Công văn số 123/UBND-VX ngày 5/3/2020 của UBND tỉnh, Sở Y tế yêu cầu các đơn vị trực "
                            "thuộc tăng cường phòng chống dịch sốt xuất huyết."]) is None
    assert retold_document(["Theo Công văn số 45/SYT-NVY ngày 5/3/2020, Sở Y tế yêu cầu các trạm y tế rà soát. Nay UBND "
                            "phường An Lạc thông báo lịch tiêm chủng như sau:"]) is None
    assert retold_document(["Theo kế hoạch, UBND huyện yêu cầu các xã hoàn thành trước ngày 30/6/2020."]) is None


def test_a_retold_letter_whose_symbol_names_another_issuer_gives_nothing():
    assert retold_document(["Theo Công văn số 88/UBND-KT ngày 2/4/2021, Sở Tài chính đề nghị các huyện báo cáo."]) is None


def test_a_posted_plan_read_from_its_own_preamble():
    for name, issuer in (("p18_", "Ủy ban nhân dân huyện"), ("p16_", "Uỷ ban nhân dân tỉnh")):
        text = next((ROOT / "samples/unseen_repair").glob(name + "*.txt")).read_text(encoding="utf-8")
        h = _header(text[:2500])
        assert (h.doc_type, h.issuer) == ("Kế hoạch", issuer), name
    ym2 = next(it for line in (ROOT / "benchmarks/data/header_fields.jsonl").read_text(encoding="utf-8").splitlines()
               for it in [json.loads(line)] if it["id"].startswith("measure12_ym2"))
    h = _header(ym2["text"])
    assert (h.doc_type, h.issuer) == ("Kế hoạch", "Ủy ban nhân dân huyện")


def test_a_managing_board_plan_after_its_ground_in_the_same_paragraph():
    h = _header("Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014\n\n"
                "Chiến lược, định hướng, quy hoạch, kế hoạch phát triển\n"
                "Thực hiện Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp & PTNT - Tổng cục Thủy Lợi "
                "về việc xây dựng kế hoạch Chương trình MTQG Nước sạch và VSMT nông thôn năm 2014. Ban điều hành Chương "
                "trình MTQG Nước sạch và VSMT Hà Nam xây dựng kế hoạch thực hiện Chương trình năm 2014 của tỉnh với các nội "
                "dung sau:\n\nPhần I\n\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2013\n")
    assert (h.doc_type, h.number, h.issuer) == ("Kế hoạch", None, "Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam")


def test_a_news_item_telling_a_plan_with_no_colon_is_no_preamble():
    assert plan_preamble_issuer(["UBND xã Tân Hòa xây dựng kế hoạch tổ chức lễ hội đua thuyền năm 2024 nhằm phát huy "
                                 "truyền thống văn hóa địa phương."]) is None
    assert plan_preamble_issuer(["Các xã xây dựng kế hoạch cụ thể như sau:"]) is None


def test_the_bodys_own_notice_after_the_document_it_follows():
    from pipeline.structure.notice_now import now_notice_issuer

    y27 = next((ROOT / "samples/unseen_repair").glob("y27_*.txt")).read_text(encoding="utf-8")
    assert _head(_header(y27)) == ("Thông báo", None, None, "UBND phường Hương Xuân")
    sd16 = _row("benchmarks/data/deadline_audit_short_sd_texts.jsonl", "id", "sd16_hue_haiduong_chunhatxanh_2022")["text"]
    assert _head(_header(sd16)) == ("Thông báo", None, None, "UBND xã Hải Dương")
    # ('Đến nay ...' tells a state, 'Nay UBND tỉnh yêu cầu ...' asks: no notice of the body's own)
    assert now_notice_issuer(["Đến nay UBND xã Tân Hòa thông báo đã hoàn thành 80% kế hoạch."]) is None
    assert now_notice_issuer(["Nay UBND tỉnh yêu cầu các sở, ngành khẩn trương thực hiện."]) is None
