"""Office names respelled from the gazetteer on lines a guessing repair touched."""
from __future__ import annotations

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair_text
from pipeline.repair.officenames import repair_office_names, respell_office_names
from pipeline.repair.record import record_change


def test_a_wrong_mark_in_a_known_name_is_put_back():
    assert respell_office_names("Sở Nội vụ phối hợp với Bộ Kế hoạch và Đầu tự thẩm định.") == \
        "Sở Nội vụ phối hợp với Bộ Kế hoạch và Đầu tư thẩm định."
    # capitals of the line kept, a comma inside the name crossed
    assert respell_office_names("BỘ KẾ HOẠCH VÀ ĐẦU TỰ") == "BỘ KẾ HOẠCH VÀ ĐẦU TƯ"
    assert respell_office_names("Đề nghị Ban Chinh sách, chiến lược Trung ương tổng hợp") == \
        "Đề nghị Ban Chính sách, chiến lược Trung ương tổng hợp"


def test_what_is_not_a_known_name_is_left_alone():
    # lower case: a phrase, not a body's name; the old tone placement is the document's own
    assert respell_office_names("số y tế cơ sở") == "số y tế cơ sở"
    assert respell_office_names("Đảng uỷ Quốc hoi chỉ đạo") == "Đảng uỷ Quốc hội chỉ đạo"
    assert respell_office_names("Tổng hợp số liệu gửi về trước ngày 15.") == "Tổng hợp số liệu gửi về trước ngày 15."


def test_only_lines_a_guessing_repair_touched_change():
    doc = Document("t", lines=lines_from_text("Bộ Kế hoạch và Đầu tự chủ trì.\nBộ Kế hoạch và Đầu tự chủ trì."))
    # line 1 was restored by the diacritics repair (its marks are guesses); line 2 is as written
    doc.lines[0].text = "Bo Ke hoach va Dau tu chu tri."
    record_change(doc, doc.lines[0], "Bộ Kế hoạch và Đầu tự chủ trì.", "diacritics", 0.7)
    repair_office_names(doc, Config())
    assert doc.lines[0].text == "Bộ Kế hoạch và Đầu tư chủ trì."
    assert doc.lines[1].text == "Bộ Kế hoạch và Đầu tự chủ trì."
    assert doc.repairs[-1].kind == "diacritics" and doc.repairs[-1].before == "tự"


def test_stripped_line_end_to_end_gives_the_gazetteer_name():
    text = ("Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu bố trí vốn.\n"
            "Giao So Ke hoach va Dau tu chu tri, phoi hop voi So Tai chinh tham muu bo tri von.")
    doc = repair_text(text)
    assert "Sở Kế hoạch và Đầu tư" in doc.lines[1].text and "Sở Tài chính" in doc.lines[1].text


def test_the_national_assemblys_bodies_are_known_names():
    """The Assembly's councils, committees (before and after the 2025 reorganisation) and the
    Standing Committee's own bodies are in the gazetteer: a stripped 'Ban Dan nguyen' became
    'Bản Đàn nguyên' without it, and the task its office."""
    text = ("a) Ban Dan nguyen chu tri, phoi hop voi Uy ban Phap luat va Tu phap tong hop y kien "
            "cu tri gui Uy ban Thuong vu Quoc hoi.\n")
    assert repair_text(text).text.splitlines()[0].startswith("a) Ban Dân nguyện chủ trì, phối hợp với Ủy ban Pháp luật và Tư pháp")
    from pipeline.extract.offices import load_gazetteer

    gaz = load_gazetteer()
    for name in ("Ủy ban Khoa học, Công nghệ và Môi trường", "Ủy ban Kinh tế và Tài chính",
                 "Ủy ban Dân nguyện và Giám sát", "Hội đồng Dân tộc", "Ban Công tác đại biểu"):
        assert gaz.lookup(name) == name
    assert gaz.lookup("Ủy ban KH,CN&MT") == "Ủy ban Khoa học, Công nghệ và Môi trường"
