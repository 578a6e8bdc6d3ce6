"""office33: a bare level's people's committee narrowed by a 'có' qualifier, a ';' typed inside a list of bodies before a
purpose, a committee named by one field and its level, the plural before one department of every province, the mass
organisations named by their kind (extract/offices.py, extract/qualifiers.py, models/gazetteer.tsv; benchmarks/HISTORY.md,
session 27).

Sentences in the forms of real text (office_spans rows named in the cases, unseen26 ex9 and ex10, development t2) read
through the whole extractor as office_spans reads them, and the limits each rule keeps."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.extract import extract_tasks
from pipeline.extract.offices import load_gazetteer, split_office_list
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure

GAZ = load_gazetteer()
HEAD = ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 15/BNN-XD\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 10 tháng 3 năm 2026\n\nCÔNG VĂN\nVề việc tổ chức thực hiện các nhiệm vụ\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nBỘ TRƯỞNG\nNguyễn Văn An\n"


def offices(body: str, k: int = 0) -> list[str]:
    doc = structure(Document(doc_id="q", lines=lines_from_text(HEAD + body + "\n" + TAIL)), Config())
    got = extract_tasks(doc, GAZ)[0]
    assert len(got) > k, body
    return [r.office for r in got[k].offices if r.role in ("lead", "support")]


@pytest.mark.parametrize("body,want", [
    # ob53-007: whichever province has the works is asked; the qualifier is the office's, up to the duty's verb
    ("UBND tỉnh có công trình thi công vượt lũ, chống lũ chỉ đạo các đơn vị ưu tiên, tập trung đẩy nhanh công tác đền bù, "
     "giải phóng mặt bằng.", ["UBND tỉnh có công trình thi công vượt lũ, chống lũ"]),
    ("UBND cấp xã có rừng phải tổ chức tuần tra, canh gác trong mùa khô.", ["UBND cấp xã có rừng"]),
    # the limits: 'có' + a plural is the duty itself (development 23_hagiang), 'có trách nhiệm' the modal
    ("Giao UBND tỉnh có các giải pháp quản lý chặt chẽ, nâng cao hiệu quả sử dụng, xử lý vi phạm trong quản lý các công trình.",
     ["UBND tỉnh"]),
    ("UBND huyện có trách nhiệm kiểm tra việc thực hiện.", ["UBND huyện"]),
])
def test_level_committee_keeps_its_qualifier(body, want):
    assert offices(body) == want


def test_semicolon_inside_a_list_before_a_purpose():
    # unseen26 ex10's form: the bodies after ';' have no verb of their own, only 'để': one more item of the 'của' list
    body = ("UBND các huyện, thị xã, thành phố căn cứ các hướng dẫn của các Sở, ngành; đơn vị liên quan để chỉ đạo các xã "
            "triển khai thực hiện.")
    assert offices(body) == ["UBND các huyện, thị xã, thành phố"]
    # a later clause with its own subject and verb still names its doers
    assert offices("Sở Y tế có trách nhiệm kiểm tra các cơ sở; UBND các huyện tổ chức tuyên truyền để người dân biết.") == \
        ["Sở Y tế", "UBND các huyện"]


@pytest.mark.parametrize("text,want", [
    ("Ban Chỉ đạo cải cách hành chính tỉnh có trách nhiệm giúp", "Ban Chỉ đạo cải cách hành chính tỉnh"),  # unseen26 ex9
    ("Ban Chỉ đạo Phòng thủ dân sự quốc gia, các bộ", "Ban Chỉ đạo Phòng thủ dân sự quốc gia"),  # development t2
    ("Ban Chỉ đạo thi hành án dân sự tỉnh Nghệ An chủ trì", "Ban Chỉ đạo thi hành án dân sự tỉnh Nghệ An"),
    # the limits: lower-case words that are the sentence's own work, a plural, a preposition
    ("Ban Chỉ đạo tập trung kiểm tra các xã", "Ban Chỉ đạo"),
    ("Ban Chỉ đạo kiểm tra tiến độ tại xã", "Ban Chỉ đạo"),
])
def test_committee_named_by_one_field(text, want):
    assert GAZ.find(text)[0].text == want


@pytest.mark.parametrize("text,want", [
    ("các Sở GD&ĐT", ["các Sở GD&ĐT"]),  # ob29-031
    ("các phòng GD&ĐT", ["các phòng GD&ĐT"]),  # ob42-007
    ("các Sở Giao thông Vận tải", ["các Sở Giao thông Vận tải"]),  # ob15-001
    # the limit: a list of fields after the plural names each department apart
    ("các Sở Tài chính, Xây dựng, Công Thương", ["Sở Tài chính", "Sở Xây dựng", "Sở Công Thương"]),
    ("các Sở Tài chính và Sở Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]),
    # the mass organisations by their kind (ob49-013)
    ("UBMTTQVN huyện và các đoàn thể chính trị - xã hội huyện", ["UBMTTQVN huyện", "các đoàn thể chính trị - xã hội huyện"]),
])
def test_plural_named_kinds_as_written(text, want):
    assert [w for _n, w in split_office_list(text, GAZ)] == want
