"""Section labels the repair rebuilt (a '(cid:NN)' digit or a lost glyph), placed by the
structure stage (pipeline/structure/sections.py place_guessed, _next_sure_label): the next
label of the list that the repair did not touch confirms a guess one below it, and the look
for that label goes on past the bullets of the list's last item.  Texts written for the test
in the shape of a plan whose source printed a heading number twice."""

from pipeline.config import Config
from pipeline.model import Document, Line
from pipeline.structure import structure


def _doc(lines: list[tuple[str, str | None]]) -> Document:
    """Lines as (repaired text, raw text as ingested)."""
    doc = Document(doc_id="t", lines=[Line(number=i, text=t, raw=r if r is not None else t)
                                      for i, (t, r) in enumerate(lines, 1)])
    return structure(doc, Config())


def paths(doc: Document) -> list[str]:
    return [s.path for s in doc.sections if s.style != "bullet"]


def test_a_rebuilt_first_item_under_a_repeated_heading_number_before_its_sure_second():
    lines = [("I. MỤC ĐÍCH", None), ("1. Nắm tình hình.", None), ("2. Phát hiện vướng mắc.", None),
             ("II. ĐỐI TƯỢNG", None), ("1. Đối tượng kiểm tra: Ban Thường trực.", None),
             ("- Các thôn, khu phố.", None), ("2. Đối tượng giám sát: Ủy ban bầu cử.", None),
             ("- Ủy ban nhân dân xã.", None),
             ("II. NỘI DUNG", None),  # the source printed 'II.' twice
             ("1. Đợt 1: từ ngày 05/12/2025.", "(cid:105). Đợt (cid:105): từ ngày 05/12/2025."),
             ("a) Nội dung kiểm tra:", None), ("- Kiểm tra việc tổ chức hội nghị.", None),
             ("b) Nội dung giám sát:", None), ("- Giám sát việc lập danh sách.", None),
             ("2. Đợt 2: từ ngày 23/02/2026.", None), ("a) Nội dung kiểm tra:", None)]
    # as the clean text reads (the repeated 'II.' opens no section of its own)
    want = ["I", "I > 1", "I > 2", "II", "II > 1", "II > 2", "II > 1", "II > 1 > a", "II > 1 > b", "II > 2", "II > 2 > a"]
    assert paths(_doc([(t, None) for t, _raw in lines])) == want
    assert paths(_doc(lines)) == want

