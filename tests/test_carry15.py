"""A request's scope in a news or portal item (session 15, carry15, issue 5).

One mechanism (extract._request_scopes) replaces three partial ones (inherit14's 'Bên cạnh đó' rule,
news14's carry to the next subjectless sentence, follow15's spans): a request sentence that names its
addressee -- or a news lead naming the addressees of the letter it reports ('X vừa có văn bản gửi Y
về ...') -- opens a scope; a new request, a sentence with a subject of its own, a heading, a numbered
item or a statement closes it; photo captions and a time frame of its own pass.  The directives
inside it that have no subject ('Theo đó, đề nghị tổ chức ...', 'Trong đó, ưu tiên ...', a paragraph
'Tiếp tục triển khai ...', 'Đảm bảo lực lượng trực 24/24 giờ ...') are asked of its addressees, and a
time frame stated once in a sentence of its own, before the request or inside the scope ('Thời gian
tiêm phòng từ ngày 10/3 đến ngày 10/5/2024.'), dates its undated tasks.

Counted before the rule (samples/text, office_spans, deadline_phrases, the pages corpus): 'có văn
bản / công văn gửi Y' in 7 + 3 office rows and 2 texts (the office is Y, never the sender); 'Theo
đó, ' opens a retold request in 25 texts and 117 office rows; a time frame of its own ('Thời gian
thực hiện: ...', 'Thời gian tiêm phòng từ ...', 'Đợt một từ ngày ...') in 6 texts and 16 rows.  The
sentences below are written here, in the wordings counted, never copied from a scored text."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import process_text, responsible


def _folded(names):
    return sorted(n.casefold() for n in names)


def _task(doc, start):
    return next(t for t in doc.tasks if t.text.startswith(start))


# --- the addressee of a letter a news lead reports: 'X (vừa) có văn bản gửi Y về ...' ---------------
@pytest.mark.parametrize("lead,addressee", [
    ("Bộ Y tế vừa có văn bản gửi Sở Y tế các tỉnh, thành phố về việc tăng cường phòng chống sốt xuất huyết.",
     ["Sở Y tế các tỉnh, thành phố"]),
    ("Ngày 5/10/2023, UBND tỉnh có Công điện số 12/CĐ-UBND gửi các sở, ngành và UBND các huyện về việc chủ động "
     "ứng phó với mưa lớn.", ["các sở, ngành", "UBND các huyện"]),
    ("Cục Chăn nuôi vừa có công văn hỏa tốc gửi Sở Nông nghiệp và Phát triển nông thôn các tỉnh nhằm ngăn chặn "
     "dịch tả lợn châu Phi lây lan.", ["Sở Nông nghiệp và Phát triển nông thôn các tỉnh"]),
])
@pytest.mark.parametrize("points", [
    ("Theo đó, đề nghị tổ chức giám sát chặt chẽ các ổ dịch.", "Đồng thời, bố trí đủ kinh phí, vật tư để xử lý."),
    ("Theo đó, tăng cường kiểm tra tại các địa bàn trọng điểm.", "Không để xảy ra tình trạng chậm báo cáo."),
])
def test_the_points_after_a_sent_letter_are_asked_of_its_addressees(tmp_path, lead, addressee, points):
    doc = process_text(tmp_path, lead + " " + points[0] + "\n\n" + points[1] + "\n")
    for p in points:
        assert _folded(responsible(doc, p[:18])) == _folded(addressee), [(t.text, t.offices) for t in doc.tasks]


def test_the_sender_of_the_letter_is_never_the_office(tmp_path):
    doc = process_text(tmp_path, "Bộ Công Thương vừa có văn bản gửi Sở Công Thương các tỉnh, thành phố về việc bảo đảm "
                                 "nguồn cung hàng hóa dịp Tết. Theo đó, đề nghị theo dõi sát diễn biến thị trường.\n")
    assert _folded(responsible(doc, "Theo đó, đề nghị")) == ["sở công thương các tỉnh, thành phố"]


# --- a time frame of its own: before the request, or inside its scope --------------------------------
@pytest.mark.parametrize("frame,due", [
    ("Thời gian tiêm phòng từ ngày 10/3 đến ngày 10/5/2024.", dt.date(2024, 5, 10)),
    ("Thời gian thực hiện từ ngày 01/6/2023 đến hết ngày 30/6/2023.", dt.date(2023, 6, 30)),
    ("Thời gian ra quân từ ngày 15/8 - 25/8/2025.", dt.date(2025, 8, 25)),
])
@pytest.mark.parametrize("request_", [
    "Sở Nông nghiệp và PTNT vừa có văn bản gửi UBND các huyện, thành phố đề nghị chỉ đạo các xã tổ chức thực hiện đúng lịch.",
    "UBND huyện yêu cầu UBND các xã, thị trấn tổ chức thực hiện đồng bộ, hiệu quả.",
])
def test_a_frame_before_the_request_dates_the_request_and_its_points(tmp_path, frame, due, request_):
    doc = process_text(tmp_path, "Triển khai đợt cao điểm\n\n" + frame + "\n\n" + request_ +
                       " Đồng thời, rà soát, tổng hợp kết quả để báo cáo.\n")
    assert _task(doc, request_[:20]).deadline == due
    assert _task(doc, "Đồng thời, rà soát").deadline == due


@pytest.mark.parametrize("point", [
    "Đồng thời, rà soát, tổng hợp kết quả để báo cáo.",
    "Tiếp tục tuyên truyền để người dân chủ động tham gia.",
])
def test_a_frame_after_the_request_dates_the_points_of_its_scope(tmp_path, point):
    doc = process_text(tmp_path, "UBND thành phố đề nghị Công an thành phố phối hợp với các quận, huyện tăng cường kiểm "
                                 "tra các cơ sở kinh doanh. Thời gian thực hiện từ ngày 1/3/2023 đến ngày 30/4/2023.\n\n"
                                 + point + "\n")
    assert _task(doc, point[:18]).deadline == dt.date(2023, 4, 30)
    assert "công an thành phố" in _folded(responsible(doc, point[:18]))


def test_two_frames_date_nothing(tmp_path):
    doc = process_text(tmp_path, "Thời gian đợt một từ ngày 10/3 đến ngày 10/4/2024.\n\nThời gian đợt hai từ ngày 10/9 đến "
                                 "ngày 10/10/2024.\n\nUBND huyện yêu cầu UBND các xã tổ chức tiêm phòng cho đàn gia súc. "
                                 "Đồng thời, rà soát tổng đàn để bố trí đủ vắc xin.\n")
    assert _task(doc, "Đồng thời, rà soát").deadline is None


# --- what closes a scope ---------------------------------------------------------------------------
@pytest.mark.parametrize("closer", [
    "Mục tiêu của đợt ra quân là giữ vững an ninh trật tự trên địa bàn.",  # a statement
    "Việc tổng kết phải hoàn thành trong quý IV.",  # a subject of its own
])
def test_a_statement_or_a_new_subject_ends_the_scope(tmp_path, closer):
    doc = process_text(tmp_path, "UBND tỉnh yêu cầu các sở, ngành tập trung triển khai các biện pháp cấp bách.\n\n"
                                 + closer + "\n\nTiếp tục rà soát các điểm nóng.\n")
    t = next((t for t in doc.tasks if t.text.startswith("Tiếp tục rà soát")), None)
    assert t is None or "các sở, ngành" not in _folded(r.office for r in t.offices)


def test_a_new_request_opens_a_new_scope(tmp_path):
    doc = process_text(tmp_path, "UBND tỉnh yêu cầu các sở, ngành tập trung triển khai các biện pháp cấp bách. "
                                 "Trong đó, ưu tiên các địa bàn trọng điểm.\n\n"
                                 "UBND tỉnh đề nghị Ủy ban MTTQ tỉnh vận động nhân dân cùng tham gia. "
                                 "Đồng thời, phát huy vai trò của các tổ chức thành viên.\n")
    assert _folded(responsible(doc, "Trong đó, ưu tiên")) == ["các sở, ngành"]
    assert _folded(responsible(doc, "Đồng thời, phát huy")) == ["ủy ban mttq tỉnh"]


@pytest.mark.parametrize("caption", [
    "Ảnh minh họa: Mưa lớn gây ngập tại nhiều khu dân cư.",
    "Lãnh đạo tỉnh kiểm tra công tác ứng phó tại hiện trường",
])
def test_a_caption_does_not_end_the_scope(tmp_path, caption):
    doc = process_text(tmp_path, "Ngày 5/10/2023, UBND tỉnh có Công điện số 12/CĐ-UBND về việc chủ động ứng phó với mưa lớn. "
                                 "Theo đó, UBND tỉnh yêu cầu các sở, ngành và UBND các huyện theo dõi chặt chẽ diễn biến mưa lũ.\n\n"
                                 + caption + "\n\nĐảm bảo lực lượng trực ban 24/24 giờ để kịp thời xử lý tình huống.\n\n"
                                 "Cụ thể, tổ chức kiểm tra các hồ đập xung yếu.\n")
    for start in ("Đảm bảo lực lượng trực", "Cụ thể, tổ chức"):
        assert "các sở, ngành" in _folded(responsible(doc, start))


@pytest.mark.parametrize("report", [
    "Theo đó, các xã đã hoàn thành việc tiêm phòng đợt một.",
    "Theo đó, kỳ thi sẽ diễn ra trong hai ngày.",
])
def test_theo_do_with_a_report_or_a_plan_is_no_point(tmp_path, report):
    doc = process_text(tmp_path, "UBND huyện yêu cầu UBND các xã tổ chức tiêm phòng đúng lịch. " + report + "\n")
    t = next((t for t in doc.tasks if t.text.startswith(report[:20])), None)
    assert t is None or not any(r.role in ("lead", "support") for r in t.offices) or "đã" not in report


# --- the letter's addressees in the request sentence itself: never its sender, never 'reported to' ----
@pytest.mark.parametrize("sentence,asked", [
    ("Bộ Y tế vừa có văn bản gửi Giám đốc Sở Y tế các tỉnh, thành phố; Thủ trưởng các đơn vị trực thuộc Bộ Y tế đề nghị "
     "tăng cường bảo đảm an ninh, an toàn bệnh viện.", ["giám đốc sở y tế các tỉnh, thành phố", "thủ trưởng các đơn vị"]),
    ("Tạm dừng các hoạt động tập trung đông người là yêu cầu của Bộ Y tế tại Công văn gửi các địa phương về việc "
     "phòng, chống dịch.", ["các địa phương"]),
    ("Bộ Văn hóa, Thể thao và Du lịch vừa có Công văn số 45/BVHTTDL-VHCS gửi UBND các tỉnh, thành phố yêu cầu "
     "tăng cường quản lý lễ hội năm 2024.", ["ubnd các tỉnh"]),
])
def test_a_letter_s_addressees_are_asked_not_its_sender(tmp_path, sentence, asked):
    doc = process_text(tmp_path, sentence + "\n")
    got = _folded(responsible(doc, sentence[:20]))
    assert not any(n.startswith("bộ y tế") or n.startswith("bộ văn hóa") for n in got), got
    for a in asked:
        assert any(g.startswith(a) for g in got), got


def test_a_body_the_letter_itself_asks_is_kept(tmp_path):
    doc = process_text(tmp_path, "Bộ Nội vụ vừa có văn bản gửi UBND các tỉnh đề nghị Sở Nội vụ chủ trì rà soát biên chế.\n")
    assert "sở nội vụ" in _folded(responsible(doc, "Bộ Nội vụ vừa"))
    assert "bộ nội vụ" not in _folded(responsible(doc, "Bộ Nội vụ vừa"))


@pytest.mark.parametrize("duty", [
    "Trường hợp người ứng cử có nơi cư trú ở địa phương khác thì có văn bản gửi Ban Thường trực Ủy ban MTTQ Việt Nam "
    "cùng cấp để xác minh.",
    "Khi phát hiện vi phạm thì lập biên bản và có văn bản gửi cơ quan có thẩm quyền để xử lý.",
])
def test_a_duty_to_write_a_letter_keeps_its_doer(tmp_path, duty):
    doc = process_text(tmp_path, "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n- Tiến hành rà soát hồ sơ người ứng cử. "
                                 + duty + "\n")
    t = _task(doc, duty[:20])
    assert not any(r.role == "lead" and ("cùng cấp" in r.office or "thẩm quyền" in r.office) for r in t.offices), t.offices
