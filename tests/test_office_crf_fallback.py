"""The learned office tagger wired in as a fallback (pipeline/extract/office_crf.py, crf14): the
lead-in lines it reads above a task, the filter that keeps only bodies the gazetteer knows, the
'crf' mark in the output, tasks the rules gave an office left alone, a deterministic fit."""
import hashlib

import pytest

from pipeline.extract import office_crf as oc
from pipeline.extract.offices import gazetteer_path, load_gazetteer
from pipeline.model import Document, OfficeRole, Task, lines_from_text

TRAIN = [
    ("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện.", None, ["Sở Y tế", "Sở Tài chính"], "Sở Y tế"),
    ("Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp thực hiện.", None, ["Sở Nội vụ", "Sở Tư pháp"], "Sở Nội vụ"),
    ("Đề nghị Công an tỉnh phối hợp với Sở Y tế kiểm tra.", None, ["Công an tỉnh", "Sở Y tế"], "Công an tỉnh"),
    ("Yêu cầu UBND các xã triển khai thực hiện.", None, ["UBND các xã"], "UBND các xã"),
    ("Sở Công Thương chủ trì, phối hợp với Sở Xây dựng rà soát.", None, ["Sở Công Thương", "Sở Xây dựng"], "Sở Công Thương"),
    ("Sở Giáo dục và Đào tạo có trách nhiệm:\na) Hướng dẫn các trường thực hiện.", "a) Hướng dẫn các trường thực hiện.",
     ["Sở Giáo dục và Đào tạo"], "Sở Giáo dục và Đào tạo"),
    ("Sở Nội vụ có trách nhiệm:\nb) Theo dõi, đôn đốc việc thực hiện.", "b) Theo dõi, đôn đốc việc thực hiện.",
     ["Sở Nội vụ"], "Sở Nội vụ"),
    ("Báo cáo kết quả về UBND tỉnh trước ngày 10.", None, [], None),
    ("Tăng cường công tác tuyên truyền trên địa bàn.", None, [], None),
] * 3


@pytest.fixture(scope="module")
def tagger_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("crf") / "t.crfsuite"
    oc.fit_file(TRAIN, path, {"max_iterations": 60})
    return path


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(gazetteer_path())


@pytest.fixture()
def tagger(tagger_file):
    oc.use_tagger_file(tagger_file)
    yield oc.load_tagger()
    oc.use_tagger_file(None)


@pytest.mark.parametrize("lines,want", [
    # a lead-in ending with ':' over the items; the items between are another item's, left out
    (["I. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế có trách nhiệm:", "a) Hướng dẫn các cơ sở.", "b) Kiểm tra việc thực hiện."],
     ["I. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế có trách nhiệm:"]),
    # a lead-in wrapped over two lines is read whole
    (["Điều 3. Trách nhiệm thi hành", "Ủy ban nhân dân tỉnh yêu cầu Giám đốc Sở Nội vụ và", "các cơ quan liên quan:",
      "- Triển khai thực hiện."],
     ["Điều 3. Trách nhiệm thi hành", "Ủy ban nhân dân tỉnh yêu cầu Giám đốc Sở Nội vụ và", "các cơ quan liên quan:"]),
    # a long item that mentions 'nhiệm vụ của' is no heading
    (["- Căn cứ chức năng, nhiệm vụ của từng đơn vị chủ động ban hành văn bản, kế hoạch chỉ đạo, tổ chức triển khai thực hiện các nội dung chỉ đạo của Chỉ thị và Kế hoạch này.",
      "- Xử lý nghiêm các vi phạm."],
     []),
])
def test_lead_in_context_keeps_lead_ins_and_headings_only(lines, want):
    assert oc.lead_in_context(lines, len(lines) - 1) == want


def test_tag_roles_reads_a_body_under_its_lead_in(tagger, gaz):
    roles = oc.tag_roles(tagger, ["Sở Giáo dục và Đào tạo có trách nhiệm:"], "c) Tổng hợp kết quả thực hiện.", gaz)
    assert roles == [("Sở Giáo dục và Đào tạo", "lead")]


@pytest.mark.parametrize("sentence", [
    "Tăng cường công tác kiểm tra trên địa bàn.",
    "Báo cáo kết quả về UBND tỉnh trước ngày 15.",
])
def test_tag_roles_gives_nothing_where_no_body_is_asked(tagger, gaz, sentence):
    assert oc.tag_roles(tagger, [], sentence, gaz) == []


def test_tag_roles_drops_a_span_the_gazetteer_does_not_know(gaz):
    class Fake:  # a tagger that tags the first three words as a lead body
        def tag(self, feats):
            return ["B-L", "I-L", "I-L"] + ["O"] * (len(feats) - 3)

        def marginal(self, tag, k):
            return 0.9

    assert oc.tag_roles(Fake(), [], "Tăng cường công tác kiểm tra.", gaz) == []
    assert oc.tag_roles(Fake(), [], "Công an tỉnh kiểm tra.", gaz) == [("Công an tỉnh", "lead")]


def _doc(text):
    return Document(doc_id="t", lines=lines_from_text(text))


def test_fallback_fills_only_tasks_without_an_office_and_marks_them(tagger, gaz):
    doc = _doc("Sở Nội vụ có trách nhiệm:\na) Theo dõi việc thực hiện.\nb) Công an tỉnh kiểm tra.")
    empty = Task(id=1, section="a", text="a) Theo dõi việc thực hiện.", line_start=2, line_end=2)
    ruled = Task(id=2, section="b", text="b) Công an tỉnh kiểm tra.", line_start=3, line_end=3,
                 offices=[OfficeRole("Công an tỉnh", "lead", "Công an tỉnh", "inline")])
    n = oc.crf_fallback(doc, [empty, ruled], gaz, tagger)
    assert n == 1
    assert [(o.office, o.role, o.source) for o in empty.offices] == [("Sở Nội vụ", "lead", "crf")]
    assert [(o.office, o.source) for o in ruled.offices] == [("Công an tỉnh", "inline")]


def test_a_report_to_body_alone_is_no_office_and_the_fallback_may_fill(tagger, gaz):
    doc = _doc("Sở Giáo dục và Đào tạo có trách nhiệm:\na) Báo cáo UBND tỉnh.")
    t = Task(id=1, section="a", text="a) Báo cáo UBND tỉnh.", line_start=2, line_end=2,
             offices=[OfficeRole("UBND tỉnh", "report-to", "UBND tỉnh", "inline")])
    oc.crf_fallback(doc, [t], gaz, tagger)
    assert ("UBND tỉnh", "report-to") in [(o.office, o.role) for o in t.offices]


@pytest.mark.parametrize("value", ["off", "0", ""])
def test_the_fallback_can_be_turned_off(monkeypatch, value):
    monkeypatch.setenv("CHIDAO_OFFICE_CRF", value)
    assert oc.load_tagger() is None


def test_the_fallback_is_off_unless_asked_for(monkeypatch):
    # off by default: on blind batches it was not fit on it added nothing (HISTORY, crf14)
    monkeypatch.delenv("CHIDAO_OFFICE_CRF", raising=False)
    assert oc.load_tagger() is None
    monkeypatch.setenv("CHIDAO_OFFICE_CRF", "on")
    assert oc.load_tagger() is not None  # the shipped models/office_crf.crfsuite


def test_a_missing_tagger_file_means_rules_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("CHIDAO_OFFICE_CRF", "on")
    assert oc.load_tagger(tmp_path) is None


def test_the_fit_is_deterministic(tmp_path):
    a, b = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    oc.fit_file(TRAIN[:9], a, {"max_iterations": 30})
    oc.fit_file(TRAIN[:9], b, {"max_iterations": 30})
    assert hashlib.sha256(a.read_bytes()).hexdigest() == hashlib.sha256(b.read_bytes()).hexdigest()


def test_the_output_says_where_a_task_s_offices_came_from():
    from pipeline.store.tables import _office_source

    assert _office_source([]) == ""
    assert _office_source([OfficeRole("Sở Y tế", "lead", "Sở Y tế", "crf")]) == "crf"
    assert _office_source([OfficeRole("Sở Y tế", "lead", "Sở Y tế", "inline")]) == "rules"


class _Tags:
    """A stand-in tagger: tags the given token positions as one lead span, with this confidence."""

    def __init__(self, first, n, p=0.9):
        self.first, self.n, self.p = first, n, p

    def tag(self, feats):
        return ["B-L" if k == self.first else "I-L" if self.first < k < self.first + self.n else "O"
                for k in range(len(feats))]

    def marginal(self, tag, k):
        return self.p


@pytest.mark.parametrize("sentence,first,n", [
    ("Nâng cao nhận thức của cấp ủy, chính quyền, Mặt trận Tổ quốc về công tác này.", 11, 4),
    ("Tăng cường trách nhiệm của Công an tỉnh trong việc này.", 5, 3),
    ("Gửi báo cáo về Sở Y tế trước ngày 10.", 4, 3),
])
def test_a_body_after_a_possessor_in_the_sentence_is_no_doer(gaz, sentence, first, n):
    assert oc.tag_roles(_Tags(first, n), [], sentence, gaz) == []


@pytest.mark.parametrize("sentence,first,n,want", [
    ("Giao cho Công an tỉnh kiểm tra việc thực hiện.", 2, 3, "Công an tỉnh"),
    ("Đề nghị Sở Y tế hướng dẫn thực hiện.", 2, 3, "Sở Y tế"),
])
def test_a_body_after_an_ask_is_kept(gaz, sentence, first, n, want):
    assert oc.tag_roles(_Tags(first, n), [], sentence, gaz) == [(want, "lead")]


def test_an_unsure_span_is_dropped(gaz):
    assert oc.tag_roles(_Tags(0, 3, p=0.3), [], "Công an tỉnh kiểm tra.", gaz) == []


@pytest.mark.parametrize("issuer,context", [
    ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG", "Ủy ban nhân dân tỉnh Hà Giang:"),
    ("SỞ Y TẾ", "Sở Y tế:"),
])
def test_the_issuer_itself_is_no_office(gaz, issuer, context):
    n = len(oc.tokenize(context)) - 1
    assert oc.tag_roles(_Tags(0, n), [context], "- Tổ chức thực hiện kế hoạch.", gaz, issuer) == []
