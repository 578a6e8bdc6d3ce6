"""Personal names respelled from models/names.json where a guessing repair left marks wrong
(pipeline/repair/personnames.py); texts written for the test."""
from __future__ import annotations

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair
from pipeline.repair.personnames import _name_spans, load_names, respell_name, respell_names
from pipeline.structure import structure

# a small model of the shape models/build_names.py writes
MODEL = {
    "surname": {"nguyen": {"Nguyễn": 50}, "tran": {"Trần": 30}, "le": {"Lê": 20}, "do": {"Đỗ": 5}},
    "middle": {"huu": {"Hữu": 9}, "van": {"Văn": 40}, "thi": {"Thị": 30}, "cong": {"Công": 4}},
    "given": {"huy": {"Huy": 6}, "thanh": {"Thanh": 8, "Thành": 4}, "tuan": {"Tuấn": 7}},
    "full": {"tran van tuan": {"Trần Văn Tuấn": 3}},
}


def test_wrong_marks_in_each_position():
    assert respell_name("Nguyên Hựu Huy", MODEL) == "Nguyễn Hữu Huy"
    assert respell_name("Lệ Thi Hủy", MODEL) == "Lê Thị Huy"


def test_a_spelling_names_have_stays():
    # 'Thành' is a given name too: not traded for the more frequent 'Thanh'
    assert respell_name("Lê Công Thành", MODEL) is None
    assert respell_name("Lê Cộng Thành", MODEL) == "Lê Công Thành"


def test_whole_name_known():
    assert respell_name("Trấn Văn Tuần", MODEL) == "Trần Văn Tuấn"


def test_no_known_surname_no_change():
    assert respell_name("Hà Nội Mới", MODEL) is None
    assert respell_name("Phòng Văn Huy", MODEL) is None


def test_capitals_kept():
    assert respell_name("NGUYÊN HỰU HUY", MODEL) == "NGUYỄN HỮU HUY"


def test_spans_where_a_name_is_certain():
    assert respell_names("Nguyên Hựu Huy", MODEL) == "Nguyễn Hữu Huy"
    assert respell_names("PHÓ GIÁM ĐỐC Lệ Thi Hủy", MODEL) == "PHÓ GIÁM ĐỐC Lê Thị Huy"
    assert respell_names("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lệ Thi Hủy CHƯƠNG TRÌNH", MODEL) == \
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Huy CHƯƠNG TRÌNH"
    assert respell_names("giao ông Nguyên Hựu Huy, Trưởng phòng", MODEL) == "giao ông Nguyễn Hữu Huy, Trưởng phòng"
    assert respell_names("| - Lưu: VT. | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lệ Thi Hủy |", MODEL) == \
        "| - Lưu: VT. | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Thị Huy |"
    # a capitalised phrase in running text is no certain name
    assert _name_spans("theo đề nghị của Lê Văn Huy và các đơn vị") == []


def test_committed_model_loads():
    m = load_names(None)
    assert {"surname", "middle", "given", "full", "manifest"} <= set(m)
    assert m["surname"]["nguyen"] == {"Nguyễn": m["surname"]["nguyen"]["Nguyễn"]}


def test_signer_typed_without_marks_in_a_marked_document():
    text = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 27/KH-UBND
Hòa Bình, ngày 14 tháng 02 năm 2024
KẾ HOẠCH
Phòng chống thiên tai năm 2024
1. Các sở, ban, ngành triển khai thực hiện kế hoạch này.
2. Ủy ban nhân dân các huyện báo cáo kết quả trước ngày 15/12/2024.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyen Van Tuan
"""
    cfg = Config()
    doc = structure(repair(Document(doc_id="t", lines=lines_from_text(text)), cfg), cfg)
    assert doc.header.signer.startswith("Nguyễn Văn")
    assert any(r.note.startswith("personal name") for r in doc.repairs)


def test_a_title_after_an_honorific_is_no_name():
    model = dict(MODEL, surname=dict(MODEL["surname"], truong={"Trương": 9}))
    assert respell_names("1. Đồng chí Trưởng Tiểu ban: phụ trách chung", model) == \
        "1. Đồng chí Trưởng Tiểu ban: phụ trách chung"
    assert respell_names("đồng chí Truong Van Tuan, Phó Chủ tịch", model) == "đồng chí Trương Văn Tuấn, Phó Chủ tịch"
