"""office30: a restrictive qualifier or a named parent printed right after an office's name stays on it
(samples/gold/README.md, session 24; extract/qualifiers.py).

Sentences from the real rows of benchmarks/data/office_spans.jsonl that the reader cut (row ids in the
cases), read through the whole extractor as office_spans reads them, and the pass itself on its own."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.extract import extract_tasks
from pipeline.extract.offices import load_gazetteer
from pipeline.extract.qualifiers import keep_qualifier
from pipeline.model import Document, OfficeRole, lines_from_text
from pipeline.structure import structure

GAZ = load_gazetteer()
HEAD = ("BỘ TÀI CHÍNH\nSố: 15/VB\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 10 tháng 3 năm 2026\n\nCÔNG VĂN\nVề việc tổ chức thực hiện các nhiệm vụ\n\nI. TỔ CHỨC THỰC HIỆN\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BỘ TÀI CHÍNH\nNguyễn Văn An\n"


def offices(sentence: str) -> list[str]:
    doc = structure(Document(doc_id="q", lines=lines_from_text(HEAD + sentence + "\n" + TAIL)), Config())
    tasks = extract_tasks(doc, GAZ)[0]
    assert tasks, sentence
    return [r.office for r in tasks[0].offices if r.role in ("lead", "support")]


@pytest.mark.parametrize("sentence,want", [
    # os056
    ("2. Bộ, cơ quan ngang bộ, các cơ quan, tổ chức khác trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm chủ trì "
     "hoặc phối hợp trong việc triển khai thi hành Nghị quyết này.", "Các cơ quan, tổ chức khác"),
    # os263
    ("b) Các bộ, cơ quan ngang bộ, cơ quan khác ở Trung ương chỉ đạo tổ chức, kiểm tra công tác kế toán tại đơn vị mình.",
     "Các bộ, cơ quan ngang bộ, cơ quan khác ở Trung ương"),
    # ob21-039
    ("Thanh tra tỉnh chủ trì, phối hợp với các sở, ngành tỉnh có liên quan và UBND các huyện, thị xã, thành phố tăng cường "
     "công tác quản lý các đối tượng khiếu kiện phức tạp.", "Các sở, ngành tỉnh có liên quan"),
    # ob26-033
    ("Sở Nông nghiệp và Môi trường tỉnh Lào Cai đề nghị các sở, ban, ngành, địa phương trên địa bàn chủ động triển khai đồng bộ "
     "các biện pháp phòng, chống rét đậm, rét hại.", "Các sở, ban, ngành, địa phương trên địa bàn"),
    # os264
    ("2. Các cơ quan quy định tại khoản 1 Điều này khi tiếp nhận nạn nhân phải thực hiện ngay việc hỗ trợ các nhu cầu thiết yếu.",
     "Các cơ quan quy định tại khoản 1 Điều này"),
])
def test_a_qualifier_that_says_which_bodies_stays_on_the_name(sentence, want):
    got = offices(sentence)
    assert want in got, got


@pytest.mark.parametrize("sentence,want", [
    # ob5-025
    ("2. Văn phòng Đăng ký đất đai thuộc Sở Nông nghiệp và Môi trường có trách nhiệm lưu trữ thông tin, dữ liệu tài nguyên và "
     "môi trường.", "Văn phòng Đăng ký đất đai thuộc Sở Nông nghiệp và Môi trường"),
    # ob19-017
    ("Phó Thống đốc cũng yêu cầu các Vụ, Cục, đơn vị thuộc NHNN nghiên cứu cơ chế chính sách liên quan đến hoạt động TTTD.",
     "Các Vụ, Cục, đơn vị thuộc NHNN"),
])
def test_a_named_parent_after_thuoc_or_cua_stays_on_the_name(sentence, want):
    got = offices(sentence)
    assert want in got, got


def test_the_duty_after_the_qualifier_never_comes_along():
    roles = [OfficeRole("Các đoàn thể", "support", "các đoàn thể", "inline")]
    text = ("Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp với các đoàn thể trên địa bàn thông tin, tuyên truyền về ý "
            "nghĩa của hội nghị cử tri.")
    assert [r.office for r in keep_qualifier(roles, text)] == ["Các đoàn thể trên địa bàn"]


def test_how_a_body_acts_is_no_qualifier_of_its_name():
    # 'theo chức năng, nhiệm vụ' and a passive verb of the duty ('được giao phối hợp') stay off
    roles = [OfficeRole("Sở Nội vụ", "lead", "Sở Nội vụ", "inline"), OfficeRole("Các sở, ngành", "lead", "các sở, ngành", "inline")]
    text = "Sở Nội vụ được giao phối hợp với các sở, ngành theo chức năng, nhiệm vụ được giao triển khai thực hiện."
    assert [r.office for r in keep_qualifier(roles, text)] == ["Sở Nội vụ", "Các sở, ngành"]


def test_a_body_carried_from_a_lead_in_takes_no_qualifier_from_another_mention():
    # (ob45-017: 'yêu cầu các cơ quan, đơn vị:' + 'Phối hợp chặt chẽ với các cơ quan, đơn vị có liên quan của ngành ...')
    roles = [OfficeRole("Các cơ quan, đơn vị", "lead", "các cơ quan, đơn vị", "lead-in")]
    text = "Phối hợp chặt chẽ với các cơ quan, đơn vị có liên quan của ngành giáo dục và đào tạo để bảo đảm an toàn."
    assert [r.office for r in keep_qualifier(roles, text)] == ["Các cơ quan, đơn vị"]
