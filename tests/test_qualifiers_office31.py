"""office31: what office30's qualifier pass put on the wrong name, and the qualifier and boundary classes it left
(extract/qualifiers.py, extract/offices.py; benchmarks/HISTORY.md, session 25).

Real sentences (pending gold zc2, zn1; office_spans rows, ids in the cases) read through the whole extractor as
office_spans reads them."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.extract import extract_tasks
from pipeline.extract.offices import load_gazetteer, split_office_list
from pipeline.extract.qualifiers import keep_qualifier
from pipeline.model import Document, OfficeRole, lines_from_text
from pipeline.structure import structure

GAZ = load_gazetteer()
HEAD = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 15/VB\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Lào Cai, ngày 10 tháng 3 năm 2026\n\nCÔNG VĂN\nVề việc tổ chức thực hiện các nhiệm vụ\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n"


def tasks(body: str):
    doc = structure(Document(doc_id="q", lines=lines_from_text(HEAD + body + "\n" + TAIL)), Config())
    return extract_tasks(doc, GAZ)[0]


def offices(body: str, k: int = 0) -> list[str]:
    got = tasks(body)
    assert got, body
    return [r.office for r in got[k].offices if r.role in ("lead", "support")]


def test_a_place_after_a_list_of_bare_kinds_is_no_part_of_the_last_kind():
    # pending zc2: 'trên địa bàn tỉnh' says where the whole list is; put on 'cơ sở lưu trú du lịch' alone it named that
    # kind apart (office30's pass; the gold names each kind bare)
    got = offices("Sở Văn hoá, Thể thao và Du lịch đề nghị khu di tích, điểm du lịch, điểm tham quan cộng đồng, cơ sở lưu "
                  "trú du lịch trên địa bàn tỉnh chuẩn bị tốt các điều kiện phục vụ du khách dịp 2/9.")
    assert not any("trên địa bàn" in o for o in got), got


def test_a_last_member_with_its_own_plural_keeps_its_place():
    # ob52-009's form: 'các Ngân hàng thương mại trên địa bàn' opens its own plural, the qualifier is its own
    got = offices("UBND huyện giao Kho bạc Nhà nước và các Ngân hàng thương mại trên địa bàn phối hợp thực hiện chi trả "
                  "qua tài khoản cho các đối tượng.")
    assert "Các Ngân hàng thương mại trên địa bàn" in got or "các Ngân hàng thương mại trên địa bàn" in got, got


@pytest.mark.parametrize("body,want", [
    # ob5-057
    ("- Tổ chức, cá nhân hoạt động khoáng sản thực hiện bảo vệ tài nguyên địa chất chưa khai thác, sử dụng và khoáng sản "
     "chưa khai thác theo quy định tại Điều 7 Luật Địa chất và khoáng sản.", "Tổ chức, cá nhân hoạt động khoáng sản"),
    # ob5-053 (a listed lead-in's own addressees)
    ("Sở Nông nghiệp và Môi trường tỉnh Lào Cai yêu cầu các Tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh Lào Cai "
     "thực hiện nghiêm túc một số nội dung sau:\n1. Tổ chức nghiên cứu, phổ biến và triển khai thực hiện nghiêm túc các quy "
     "định Luật Địa chất và khoáng sản năm 2024.", "Các Tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh Lào Cai"),
    # os188 (a heading 'X có trách nhiệm:')
    ("6. Tổ chức, cá nhân sử dụng dịch vụ quan trắc môi trường có trách nhiệm:\na) Lựa chọn tổ chức đã công bố và thông "
     "báo hoạt động dịch vụ quan trắc môi trường;", "Tổ chức, cá nhân sử dụng dịch vụ quan trắc môi trường"),
])
def test_a_partys_activity_stays_on_its_name(body, want):
    got = offices(body, k=len(tasks(body)) - 1)
    assert want in got, got


def test_an_activity_that_is_the_duty_is_not_taken():
    # no duty follows the activity's object: the activity is the ask itself, the pass leaves the name alone
    text = "Sở yêu cầu các doanh nghiệp hoạt động đúng quy định, không khai thác vượt công suất được cấp phép."
    roles = keep_qualifier([OfficeRole("Các doanh nghiệp", "lead", "các doanh nghiệp", "inline")], text)
    assert roles[0].office == "Các doanh nghiệp", roles


def test_a_committee_of_the_ministries_listed_after_a_colon_is_one_office():
    # pending zn1: the committees of the ministries listed, never the ministries; the doubled 'Ban Chỉ' no office
    got = split_office_list("Ban Chỉ Ban Chỉ huy Phòng, Chống thiên tai và Tìm kiếm cứu nạn các tỉnh, thành phố ven biển; "
                            "Ban Chỉ huy Phòng, Chống thiên tai và Tìm kiếm cứu nạn các Bộ: Quốc phòng, Ngoại giao, Công "
                            "Thương", GAZ)
    names = [n for n, _ in got]
    assert "Ban Chỉ huy Phòng, Chống thiên tai và Tìm kiếm cứu nạn các Bộ" in names, names
    assert not any(n.startswith("Bộ ") for n in names) and "Ban Chỉ" not in names, names


def test_a_plural_head_after_an_ask_still_shares_its_fields():
    got = [n for n, _ in split_office_list("các Bộ: Tài chính, Công Thương", GAZ)]
    assert got == ["Bộ Tài chính", "Bộ Công Thương"], got
