"""Provincial and ministerial directives of session 12 (blind batch yk1-yk8: a province's letter
as its portal reposted it, Nghị quyết of provincial People's Councils as web copies print them, a
newspaper's report of a province's Chỉ thị, a plan's opening).  Each rule is tested on text
written here in the shape of such documents, never on a sample's own sentences, with more than
one wording; the last test checks the samples' scores.

Rules: a news item's title over the reporter's byline ('NGUYÊN BẢO |', 'THU HÀ - 12/3/2024') or
over a lead that reports a directive just issued ('UBND tỉnh vừa có Chỉ thị số ... yêu cầu ...')
is the item's title, not a task; a leader's words a report quotes ('“Sở Xây dựng chủ trì theo dõi ...;
thống nhất họp ... định kỳ hàng tháng ...') are read as a sentence without the opening quotation
mark: a body and its action, or an imperative after a directive, is a task.

Carry-over (yk9-yk12, press reports of provincial leaders' conclusions, annotated after the rules
above and before chidao ran on them) scored the same with and without them; the quotation rule
was written after that batch."""
from __future__ import annotations

import pytest

from conftest import process_text


def _texts(doc) -> list[str]:
    return [t.text for t in doc.tasks]


TITLES = ("Tập trung chỉ đạo sản xuất vụ hè thu năm 2024",
          "Tăng cường phòng, chống dịch bệnh trên đàn gia súc",
          "Đẩy nhanh tiến độ giải ngân vốn đầu tư công")
UNDER = ("MINH ANH |", "THU HÀ - 12/3/2024", "HOÀNG LONG (TTXVN)")


@pytest.mark.parametrize("title,byline", list(zip(TITLES, UNDER)))
def test_a_news_title_over_a_byline_is_no_task(tmp_path, title, byline):
    doc = process_text(tmp_path, f"{title}\n\n{byline}\n\n"
                       "UBND tỉnh vừa có văn bản yêu cầu các sở, ngành và UBND các huyện triển khai các biện pháp cấp bách.\n\n"
                       "Theo đó, Sở Nông nghiệp và Phát triển nông thôn chủ trì hướng dẫn các địa phương thực hiện; "
                       "báo cáo UBND tỉnh trước ngày 30/6/2024.\n")
    texts = _texts(doc)
    assert not any(t.startswith(title[:20]) for t in texts), texts
    assert any(t.startswith("Theo đó, Sở Nông nghiệp") for t in texts), texts


@pytest.mark.parametrize("title,lead", [
    ("Tập trung chỉ đạo sản xuất vụ đông xuân",
     "UBND tỉnh vừa có Chỉ thị số 12/CT-UBND yêu cầu các sở, ngành và UBND các huyện triển khai nhiệm vụ sản xuất vụ đông xuân."),
    ("Triển khai quyết liệt công tác phòng cháy, chữa cháy",
     "Chủ tịch UBND tỉnh vừa ký ban hành Công văn số 845/UBND-NC yêu cầu Công an tỉnh và UBND các huyện tăng cường kiểm tra."),
    ("Kiểm soát chặt hoạt động khai thác cát",
     "Ủy ban nhân dân tỉnh vừa ban hành Chỉ thị số 05/CT-UBND về tăng cường quản lý khoáng sản."),
])
def test_a_news_title_over_a_lead_reporting_a_directive_is_no_task(tmp_path, title, lead):
    doc = process_text(tmp_path, f"{title}\n\n{lead}\n\n"
                       "Chỉ thị yêu cầu UBND các huyện chỉ đạo các xã kiểm tra, xử lý vi phạm.\n")
    texts = _texts(doc)
    assert not any(t.startswith(title[:20]) for t in texts), texts
    assert any(t.startswith("Chỉ thị yêu cầu UBND các huyện") for t in texts), texts


def test_a_heading_in_capitals_is_no_byline(tmp_path):
    # a first line without a full stop over a heading in capitals keeps its own reading
    from pipeline.extract.tasks import _byline
    for heading in ("KẾ HOẠCH", "NHIỆM VỤ CỤ THỂ", "TỔ CHỨC THỰC HIỆN", "PHẦN I", "GIẢI PHÁP CHỦ YẾU", "NỘI DUNG"):
        assert not _byline(heading), heading
    for byline in ("NGUYÊN BẢO |", "THU HÀ - 12/3/2024", "MINH ANH (TTXVN)", "LÊ HÀ / BÁO ĐÀ NẴNG"):
        assert _byline(byline), byline


@pytest.mark.parametrize("quoted,office", [
    ("“Sở Giao thông vận tải chủ trì theo dõi tiến độ thi công; định kỳ hằng tháng báo cáo UBND tỉnh.",
     "Sở Giao thông vận tải"),
    ("\"Các sở, ngành khẩn trương rà soát hồ sơ, hoàn thành trước ngày 30/9/2024.",
     "Các sở, ngành"),
    ("“UBND các huyện chịu trách nhiệm bố trí quỹ đất tái định cư cho các hộ dân.",
     "UBND các huyện"),
])
def test_a_leaders_quoted_words_after_a_directive_are_a_task(tmp_path, quoted, office):
    text = ("Chiều 12/6, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo tiến độ dự án.\n"
            "Tại cuộc họp, đại diện các sở đã báo cáo kết quả thực hiện.\n"
            "Phó Chủ tịch UBND tỉnh giao Sở Xây dựng hoàn thiện hồ sơ quy hoạch.\n"
            + quoted[:-1] + "”, Phó Chủ tịch UBND tỉnh nhấn mạnh.\n")
    doc = process_text(tmp_path, text)
    texts = _texts(doc)
    hit = [t for t in doc.tasks if t.text.lstrip("“\"«").startswith(quoted.lstrip("“\"«")[:25])]
    assert hit, texts
    assert office in [o.office for o in hit[0].offices], [o.office for o in hit[0].offices]


def test_a_quoted_title_or_report_is_still_no_task(tmp_path):
    doc = process_text(tmp_path, "Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.\n"
                       "Phó Chủ tịch UBND tỉnh giao Sở Y tế kiểm tra các cơ sở khám bệnh.\n"
                       "“Năm qua, ngành y tế đã có nhiều cố gắng, chất lượng khám chữa bệnh tăng rõ rệt”, Phó Chủ tịch nói.\n"
                       "“Các bệnh viện đã chủ động bố trí đủ giường bệnh”, Giám đốc Sở Y tế cho biết.\n")
    assert not any("Năm qua" in t or "Các bệnh viện" in t for t in _texts(doc)), _texts(doc)
