"""Texts that direct no one (the Constitution, laws, court precedents: structure/genre.py) and two
rules met on the blind round-7 documents (samples/gold x1-x5): a news lead whose issuer's name has
a lowercase word, and duties numbered '(1)', '(2)'.  Each test is a short text written for the
test in the shape of those documents; the gold files test the whole."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.extract import extract
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure
from pipeline.structure.genre import is_directive
from pipeline.structure.posted import posted_header


def run(text: str) -> Document:
    """Structure and extract a clean text (no ingest, no repair)."""
    cfg = Config()
    doc = Document("t", lines=lines_from_text(text))
    return extract(structure(doc, cfg), cfg)


LAW = """QUỐC HỘI

Luật số: 12/2031/QH16
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

LUẬT
THƯ VIỆN CÔNG CỘNG

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Thư viện công cộng.

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Luật này quy định về tổ chức, hoạt động của thư viện công cộng.
Điều 2. Trách nhiệm quản lý nhà nước về thư viện công cộng
1. Chính phủ thống nhất quản lý nhà nước về thư viện công cộng.
2. Bộ Văn hóa, Thể thao và Du lịch chịu trách nhiệm trước Chính phủ và có trách nhiệm sau đây:
a) Xây dựng, trình cấp có thẩm quyền ban hành chính sách phát triển thư viện;
b) Kiểm tra, thanh tra việc thực hiện pháp luật về thư viện.
3. Ủy ban nhân dân cấp tỉnh bố trí kinh phí cho thư viện công cộng trên địa bàn.
Điều 3. Hiệu lực thi hành
1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2032.
2. Chính phủ quy định chi tiết khoản 3 Điều 2 của Luật này.

Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XVI,
kỳ họp thứ 3 thông qua ngày 20 tháng 11 năm 2031.

CHỦ TỊCH QUỐC HỘI

Lê Văn An
"""

PRECEDENT = """Án lệ số 41/2030/AL về xác định thời hiệu khởi kiện
trong vụ án tranh chấp hợp đồng thuê tài sản
Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua
ngày 14 tháng 3 năm 2030 và được công bố theo Quyết định số 120/QĐ-CA
ngày 02 tháng 4 năm 2030 của Chánh án Tòa án nhân dân tối cao.
Nguồn án lệ:
Quyết định giám đốc thẩm số 11/2028/DS-GĐT ngày 05-6-2028 của Hội đồng Thẩm phán.
- Giải pháp pháp lý:
Trường hợp này, Tòa án phải xác định thời hiệu khởi kiện kể từ ngày hợp đồng chấm dứt.
NHẬN ĐỊNH CỦA TÒA ÁN
[3] Tòa án cấp phúc thẩm phải xác minh lại thời điểm bàn giao tài sản.
QUYẾT ĐỊNH:
1. Chấp nhận Kháng nghị số 09/2029/KN-DS ngày 12-01-2029 của Chánh án Tòa án nhân dân tối cao.
2. Hủy Bản án dân sự phúc thẩm số 77/2027/DS-PT; giao hồ sơ cho Tòa án nhân dân tỉnh B xét xử lại.
"""

CONSTITUTION = """QUỐC HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
HIẾN PHÁP
Nước Cộng hòa xã hội chủ nghĩa Việt Nam
Chương I
CHẾ ĐỘ CHÍNH TRỊ
Điều 1
Nhà nước bảo đảm và phát huy quyền làm chủ của Nhân dân.
Điều 2
1. Quốc hội thành lập Ủy ban dự thảo Hiến pháp.
2. Ủy ban dự thảo Hiến pháp soạn thảo và trình Quốc hội dự thảo Hiến pháp.
Hiến pháp này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam
khóa XIII, kỳ họp thứ 6 thông qua ngày 28 tháng 11 năm 2013./.
CHỦ TỊCH QUỐC HỘI
Nguyễn Văn Bình
"""


def test_a_law_is_typed_dated_by_its_closing_formula_and_gives_no_task():
    doc = run(LAW)
    h = doc.header
    assert (h.doc_type, h.number, h.date) == ("Luật", "12/2031/QH16", dt.date(2031, 11, 20))
    assert (h.signer_title, h.signer) == ("CHỦ TỊCH QUỐC HỘI", "Lê Văn An")
    # 'Bộ ... có trách nhiệm sau đây: a) Xây dựng ...', 'Ủy ban nhân dân cấp tỉnh bố trí kinh phí
    # ...': standing competences of a law, not assignments
    assert not is_directive(doc) and doc.tasks == []


def test_a_court_precedent_is_typed_numbered_dated_and_gives_no_task():
    doc = run(PRECEDENT)
    h = doc.header
    assert (h.doc_type, h.number, h.date) == ("Án lệ", "41/2030/AL", dt.date(2030, 3, 14))
    assert h.issuer == "Hội đồng Thẩm phán Tòa án nhân dân tối cao"
    # 'Tòa án phải ...', 'giao hồ sơ cho Tòa án ... xét xử lại': a holding and a judgement's rulings
    assert doc.tasks == []
    # the documents it cites are still read
    assert any("120/QĐ-CA" in (r.number or "") for r in doc.references)
    assert all(r.task_id is None for r in doc.references)


def test_the_constitution_is_typed_and_gives_no_task():
    doc = run(CONSTITUTION)
    assert (doc.header.doc_type, doc.header.date, doc.header.signer_title) == ("Hiến pháp", dt.date(2013, 11, 28), "CHỦ TỊCH QUỐC HỘI")
    assert doc.tasks == []


def test_a_decision_grounded_on_a_law_and_a_letter_about_one_keep_their_tasks():
    qd = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 77/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hòa Bình, ngày 10 tháng 3 năm 2031
QUYẾT ĐỊNH
Ban hành Kế hoạch triển khai thi hành Luật Thư viện công cộng
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Thư viện công cộng số 12/2031/QH16;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Thư viện công cộng.
Điều 2. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì rà soát hệ thống thư viện, hoàn thành trước ngày 30/6/2031.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này./.
"""
    doc = run(qd)
    assert doc.header.doc_type == "Quyết định" and is_directive(doc)
    assert any(t.deadline == dt.date(2031, 6, 30) for t in doc.tasks)
    cv = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 415/BVHTTDL-TV
V/v triển khai LUẬT THƯ VIỆN CÔNG CỘNG
Hà Nội, ngày 02 tháng 4 năm 2032
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo rà soát các thư viện công cộng, báo cáo kết quả về Bộ trước ngày 15/5/2032.
"""
    doc = run(cv)
    assert doc.header.doc_type == "Công văn" and len(doc.tasks) == 1


def test_a_news_lead_keeps_the_whole_name_of_a_body_with_a_lowercase_word():
    # the lazy name pattern stopped where a gap of 1-3 words reached the type: 'Bộ Tài' + 'chính có'
    for lead, body in (("Ngày 5/6/2024, Bộ Tài chính có Công văn số 12/BTC-TCT về việc hoàn thuế", "Bộ Tài chính"),
                       ("Ngày 12/3/2024, Sở Xây dựng ra Công văn số 88/SXD-QLN về việc nhà ở", "Sở Xây dựng"),
                       ("Ngày 9/9/2024, Sở Tư pháp vừa ban hành Kế hoạch số 8/KH-STP về việc", "Sở Tư pháp"),
                       ("Ngày 21/5/2024, UBND tỉnh ban hành Công văn số 846/UBND-TH về việc", "UBND tỉnh")):
        doc = Document("t", lines=lines_from_text(lead + "\n"))
        assert posted_header(doc).issuer == body, lead


def test_duties_numbered_in_brackets_after_a_lead_in_are_items():
    text = """Ngày 10/8/2026, Sở Y tế ra Công điện 15/CĐ-SYT về việc ứng phó với mưa lũ
Theo bản tin dự báo, mưa lớn kéo dài đến hết ngày 12/8/2026.
Để chủ động ứng phó, Giám đốc Sở Y tế yêu cầu các bệnh viện trên địa bàn tỉnh thực hiện các nội dung sau:
(1) Chủ động phương án cấp cứu, bảo đảm thuốc, vật tư cho người bệnh trong vùng ngập lụt.
(2) Bố trí lực lượng trực 24/24 giờ, báo cáo tình hình về Sở Y tế trước 16 giờ hằng ngày.
"""
    doc = run(text)
    tasks = [t for t in doc.tasks if t.text.startswith(("Chủ động", "Bố trí", "(1)", "(2)"))]
    assert [t.section for t in tasks] == ["(1)", "(2)"]
    assert doc.header.issuer == "Sở Y tế"


NEWS_PAGE = """# Toàn văn Công điện 80/CĐ-TTg về ứng phó với mưa lũ tại các tỉnh miền núi phía Bắc?

Ngày 12/8/2027, Thủ tướng Chính phủ ban hành Công điện 80/CĐ-TTg về việc tập trung ứng phó với mưa lũ.

Theo đó, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh Lào Cai, Yên Bái, Hà Giang khẩn trương thực hiện các nội dung sau:

- Tổ chức sơ tán người dân khỏi khu vực có nguy cơ sạt lở đất, hoàn thành trước ngày 14/8/2027.

- Bố trí lực lượng, phương tiện tại các điểm xung yếu để kịp thời cứu hộ, cứu nạn.

Tổng hợp thiệt hại do mưa lũ, gửi Văn phòng Chính phủ trước ngày 20/8/2027 để báo cáo Thủ tướng Chính phủ.

**Trách nhiệm ứng phó thiên tai của Ủy ban nhân dân cấp tỉnh được quy định như thế nào?**

Căn cứ Điều 43 Luật Phòng, chống thiên tai thì Ủy ban nhân dân cấp tỉnh có trách nhiệm sau:

+ Tổ chức thực hiện biện pháp ứng phó thiên tai trên địa bàn;

+ Huy động nguồn lực tại chỗ để ứng phó với thiên tai.

**Người dân có phải chấp hành lệnh sơ tán không?**

Người dân có nghĩa vụ chấp hành lệnh sơ tán của cơ quan có thẩm quyền.
"""


def test_a_news_page_reprinting_a_directive_its_lead_and_its_questions():
    doc = run(NEWS_PAGE)
    h = doc.header
    # the lead names the issuer, the type, the number and the date of the text it reprints
    assert (h.doc_type, h.number, h.date, h.issuer) == ("Công điện", "80/CĐ-TTg", dt.date(2027, 8, 12), "Thủ tướng Chính phủ")
    texts = [t.text for t in doc.tasks]
    # the two bullets under the lead-in and the unbulleted imperative paragraph after them
    assert [x.split()[0] for x in texts] == ["Tổ", "Bố", "Tổng"], texts
    assert doc.tasks[2].deadline == dt.date(2027, 8, 20)
    # under a question heading the page explains the law: no task ('+ Tổ chức thực hiện ...')


def test_a_title_that_only_names_the_text_is_no_question():
    from pipeline.extract.tasks import QUESTION_HEADING_RE

    assert QUESTION_HEADING_RE.match("**Dự phòng ngân sách nhà nước được sử dụng trong trường hợp nào?**")
    assert QUESTION_HEADING_RE.match("Người lao động có được nghỉ bù không?")
    assert not QUESTION_HEADING_RE.match("# Toàn văn Công điện 80/CĐ-TTg về ứng phó với mưa lũ tại các tỉnh miền núi phía Bắc?")


def test_a_bracketed_footnote_is_no_item_numbered_in_brackets():
    # a Word footnote as text: the mark '(1)' glued to what it annotates, the note after the signature
    text = """Kính gửi: Các Sở Giáo dục và Đào tạo

Bộ Giáo dục và Đào tạo đề nghị các Sở căn cứ nội dung đã tập huấn vào tháng 3/2027(1), tổ chức tập huấn cho giáo viên trên địa bàn.

Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các Sở phản ánh về Bộ Giáo dục và Đào tạo.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn Hòa

(1) Công văn số 1200/BGDĐT-GDTrH ngày 02/3/2027 về việc tập huấn giáo viên cốt cán.
"""
    doc = run(text)
    assert len(doc.tasks) == 2 and not any(t.text.startswith(("(1)", "Công văn số")) for t in doc.tasks)


def test_a_consolidated_law_split_by_the_gazette_is_still_a_law():
    # the gazette prints a consolidated law over two issues: this part has no header block, no
    # closing formula, no signature; its type line and its enacting formula remain
    text = """CÔNG BÁO/Số 1201 + 1202/Ngày 12-11-2031
41
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
LUẬT
THƯ VIỆN CÔNG CỘNG
Luật Thư viện công cộng số 12/2031/QH16 ngày 20 tháng 11 năm 2031 của Quốc hội, có hiệu lực
kể từ ngày 01 tháng 7 năm 2032, được sửa đổi, bổ sung bởi: ...
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Thư viện công cộng.
Chương I
QUY ĐỊNH CHUNG
Điều 5. Quyền, trách nhiệm của tổ chức công đoàn
1. Tham gia với cơ quan nhà nước xây dựng chính sách về thư viện.
2. Vận động người lao động tham gia phong trào đọc sách.
(Xem tiếp Công báo số 1203 + 1204)
"""
    doc = run(text)
    assert (doc.header.doc_type, doc.header.issuer) == ("Luật", "Quốc hội")
    assert doc.tasks == []


def test_the_bodies_a_report_passes_through_receive_it():
    from pipeline.extract.offices import load_gazetteer, roles_in_sentence

    gaz = load_gazetteer()
    # '(qua X, Y)' after the body a report is addressed to: a channel, not the ones who report
    roles = roles_in_sentence("Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh (qua Văn phòng UBND tỉnh, Sở Tài chính) "
                              "kết quả kiểm tra, sửa chữa cơ sở y tế trước ngày 15/3/2026.", gaz)
    assert [r.office for r in roles if r.role == "lead"] == ["Sở Y tế"]
    assert not {r.office for r in roles if r.role in ("lead", "support")} & {"Sở Tài chính", "Văn phòng UBND tỉnh"}
    roles = roles_in_sentence("Đồng thời thống kê, báo cáo Thủ tướng Chính phủ (qua Bộ Tài chính, Bộ Xây dựng) số nhà bị "
                              "hư hỏng, sửa chữa nhà trước ngày 03/12/2025.", gaz)
    assert not [r for r in roles if r.role == "lead"]


# (../shared next to the repository, as conftest.py has it)
SHARED_PDF = __import__("pathlib").Path(__file__).resolve().parent.parent.parent / "shared" / "realdocs" / "pdf"


@pytest.mark.needs_shared
@pytest.mark.slow
def test_the_precedent_and_the_constitution_pdfs_give_no_task():
    import pipeline

    pdfs = [SHARED_PDF / "P09_tandtc_anle27_2019_word_partialNFD.pdf", SHARED_PDF / "P10_quochoi_hienphap2013_congbao_vbpl.pdf"]
    if not all(p.exists() for p in pdfs):
        pytest.skip("realdocs PDFs absent")
    types = []
    for p in pdfs:
        doc = pipeline.process(p)
        types.append(doc.header.doc_type)
        assert doc.tasks == [], p.name
    assert types == ["Án lệ", "Hiến pháp"]


def test_a_judgement_pronounced_in_the_name_of_the_state_gives_no_task():
    text = """TÒA ÁN NHÂN DÂN
TỈNH BÌNH PHƯỚC
Bản án số: 12/2029/DS-PT
Ngày: 14-3-2029
V/v tranh chấp hợp đồng thuê tài sản
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
NHÂN DANH
NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TÒA ÁN NHÂN DÂN TỈNH BÌNH PHƯỚC
- Thành phần Hội đồng xét xử phúc thẩm gồm có: Thẩm phán - Chủ tọa phiên tòa: Ông Lê Văn Hùng.
NHẬN ĐỊNH CỦA TÒA ÁN:
[1] Tòa án cấp sơ thẩm cần xác minh thời điểm bàn giao tài sản.
QUYẾT ĐỊNH:
1. Chấp nhận kháng cáo của bị đơn.
2. Buộc bị đơn trả cho nguyên đơn số tiền 120.000.000 đồng trong thời hạn 30 ngày.
3. Giao hồ sơ cho Tòa án nhân dân huyện B giải quyết lại theo thủ tục sơ thẩm.
"""
    doc = run(text)
    assert doc.header.doc_type == "Bản án" and not is_directive(doc)
    assert doc.tasks == []
    # an administrative decision does not say 'NHÂN DANH ...': it keeps its tasks
    assert is_directive(run("""ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC
Số: 77/QĐ-UBND
QUYẾT ĐỊNH
Điều 1. Giao Sở Tư pháp chủ trì rà soát các văn bản, hoàn thành trước ngày 30/6/2029.
"""))


def test_articles_go_on_after_a_chapter_an_excerpt_reached_across_a_gap():
    # an excerpt of a law: Chương I with Điều 1-2, '[…]', then Chương VI whose first article is 69
    text = """Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về thư viện công cộng.
Điều 2. Đối tượng áp dụng
1. Thư viện công cộng.
2. Cơ quan, tổ chức có liên quan.
[…]
Chương VI
ĐIỀU KHOẢN THI HÀNH
Điều 69. Hiệu lực thi hành
1. Luật này có hiệu lực từ ngày 01 tháng 7 năm 2032.
2. Chính phủ quy định chi tiết Điều này.
"""
    doc = run(text)
    paths = [s.path for s in doc.sections]
    assert "Chương VI > Điều 69 > 2" in paths, paths
