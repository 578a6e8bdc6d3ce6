"""List labels set to their place in a run of siblings (pipeline.repair.ocrlabels.fix_label_runs)
and a symbol read for a label kept for them (pipeline.repair.ocrnoise).  Lists written for these
tests in the shapes of directives' lettered and numbered items."""
from __future__ import annotations

import pytest

from pipeline.repair.ocrlabels import comma_label, fix_label_runs
from pipeline.repair.ocrnoise import clean_line

from conftest import ocr_doc  # noqa: E402

ITEMS = ["Người hoạt động cách mạng;", "Thân nhân liệt sĩ;", "Bà mẹ Việt Nam Anh hùng;",
         "Thương binh, bệnh binh;", "Người có công giúp đỡ cách mạng;", "Cựu chiến binh."]


def _list(labels, punct=")"):
    return [f"{lab}{punct} {item}" for lab, item in zip(labels, ITEMS)]


@pytest.mark.parametrize("read, want", [
    (["a", "b", "€", "đ", "đ", "e"], ["a", "b", "c", "d", "đ", "e"]),
    (["a", "b", "c", "đ", "đ", "e"], ["a", "b", "c", "d", "đ", "e"]),
])
def test_letter_run(read, want):
    texts = _list(read)
    got = [fix_label_runs(texts).get(i, t) for i, t in enumerate(texts)]
    assert got == _list(want)


def test_digit_run_with_a_following_signature():
    texts = _list(["1", "2", "4", "4", "5"], ".") + ["KT. CHỦ TỊCH"]
    got = fix_label_runs(texts)
    assert got == {2: "3. " + ITEMS[2]}


@pytest.mark.parametrize("labels", [
    ["a", "b", "d", "e"],            # the typist skipped a letter: every later label off its place
    ["a", "b", "c", "d", "e", "g"],  # typed without 'đ'
    ["1", "2", "2", "3"],            # a number typed twice
    ["b", "c", "đ", "e"],            # no first label: no run
    ["a", "b", "c", "d", "đ", "e"],  # right as read
])
def test_runs_left_as_printed(labels):
    assert fix_label_runs(_list(labels)) == {}


def test_symbol_label_kept_for_the_label_rules():
    assert clean_line("©) Thương binh, người hưởng chính sách như thương binh;") == \
        "©) Thương binh, người hưởng chính sách như thương binh;"
    assert clean_line("- Lưu: VT, Phòng KT£") == "- Lưu: VT, Phòng KT"
    doc = ocr_doc("\n".join(_list(["a", "b", "c", "d", "©", "e"][:6])))
    assert [ln.text[:2] for ln in doc.lines] == ["a)", "b)", "c)", "d)", "đ)", "e)"]


# ----------------------------------------------------------------------------- sibling dashes
from pipeline.repair.ocrlabels import fix_sibling_dashes  # noqa: E402

PREAMBLE = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
    "Căn cứ Luật Giáo dục ngày 14/6/2019;",
    "- Căn cứ Quyết định số 2045/QĐ-BGDĐT ngày 01/8/2024 của Bộ",
    "trưởng Bộ Giáo dục và Đào tạo;",
    "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo.",
]


def test_dash_speck_before_a_bare_preamble_formula():
    assert fix_sibling_dashes(PREAMBLE) == {2: "Căn cứ Quyết định số 2045/QĐ-BGDĐT ngày 01/8/2024 của Bộ"}
    under = [t.replace("- Căn", "_ Căn") for t in PREAMBLE]
    assert 2 in fix_sibling_dashes(under)


@pytest.mark.parametrize("texts", [
    # all bulleted: kept
    ["- Căn cứ Luật Ngân sách nhà nước;", "- Căn cứ Nghị định số 163/2016/NĐ-CP;", "- Căn cứ Thông tư số 342/2016/TT-BTC;"],
    # one bare sibling only: too little to judge
    ["Căn cứ Luật Ngân sách nhà nước;", "- Căn cứ Nghị định số 163/2016/NĐ-CP;"],
    # body items: dashed and bare paragraphs opening alike are the document's own layout
    ["Xây dựng cơ sở dữ liệu dùng chung của tỉnh.", "Xây dựng hệ thống thư điện tử công vụ.",
     "- Xây dựng hạ tầng kỹ thuật hội nghị truyền hình từ cấp tỉnh"],
    # a body item opening 'Căn cứ', far from the grounds
    ["Căn cứ Luật Bầu cử đại biểu Quốc hội;", "Căn cứ Nghị quyết số 105/NQ-HĐBCQG;",
     "Theo đề nghị của Trưởng ban Tổ chức.", "QUYẾT ĐỊNH:", "Điều 1. Ban hành Kế hoạch.",
     "1. Ban Chỉ đạo xã:", "- Chỉ đạo các thôn tổ chức bầu cử;",
     "- Căn cứ Kế hoạch này, chủ động giám sát các hoạt động bầu cử tại thôn;"],
])
def test_dashes_kept(texts):
    assert fix_sibling_dashes(texts) == {}



@pytest.mark.parametrize("prev, line, fixed", [
    ("Điều này.", "2, Địa bàn xảy ra chiến sự là các xã biên giới", "2. Địa bàn xảy ra chiến sự là các xã biên giới"),
    ("đã được phê duyệt;", "7, Các kỳ thi, cuộc thi cấp tỉnh theo kế hoạch", "7. Các kỳ thi, cuộc thi cấp tỉnh theo kế hoạch"),
    ("", "12, Sở Tài chính chủ trì, phối hợp với các đơn vị", "12. Sở Tài chính chủ trì, phối hợp với các đơn vị"),
    ("Ủy ban nhân dân tỉnh yêu cầu như sau:", "1, Tăng cường công tác tuyên truyền", "1. Tăng cường công tác tuyên truyền"),
])
def test_an_items_stop_read_as_a_comma(prev, line, fixed):
    assert comma_label(line, prev) == fixed


@pytest.mark.parametrize("prev, line", [
    ("theo quy định tại Điều", "74, Điều 75 Nghị định số 193/2025/NĐ-CP"),      # a wrapped list of articles
    ("Văn phòng Trung ương Đảng, các Ban", "9, Ban Tuyên giáo và Dân vận"),       # the sentence goes on
    ("Điều này.", "2, 3 và 4 tháng đầu năm"),                                      # numbers, no capital
    ("Điều này.", "2. Địa bàn xảy ra chiến sự"),                                   # already a stop
])
def test_a_comma_after_a_number_that_is_no_label_is_kept(prev, line):
    assert comma_label(line, prev) is None
