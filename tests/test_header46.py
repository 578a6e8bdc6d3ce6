"""header46: the issuer of a body-only item from its lead -- the event's holder (labels32's call (1), labels33's
annotation), a retold ask, the body of the officer who chairs or signs, a bare level word's full name -- on real texts
(samples/text and the unseen sets), and the shapes these readers must leave alone."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import structured_sample, structured_text

from pipeline.structure.event_leads import event_lead_holder
from pipeline.structure.holder_names import committee_with_place, holder_name
from pipeline.structure.level_named import named_in_full

ROOT = Path(__file__).resolve().parent.parent


def _issuer(prefix: str, folder: str = "text") -> str | None:
    path = next((ROOT / "samples" / folder).glob(f"{prefix}_*.txt"))
    if folder == "text":
        return structured_sample(path.name).header.issuer
    return structured_text(path.read_text(encoding="utf-8"), doc_id=path.stem).header.issuer


@pytest.mark.parametrize("prefix, issuer", [
    # a committee or a Youth Union with its place (posted's reader took the place for a person's name)
    ("zo5", "Ban Thường vụ Tỉnh ủy Tiền Giang"),     # 'Ngày 30-6, Ban Thường vụ Tỉnh ủy Tiền Giang tổ chức Hội nghị ...'
    ("ef9", "Ban Thường vụ Huyện ủy Châu Thành"),    # ' - Ban Thường vụ Huyện ủy Châu Thành vừa tổ chức hội nghị ...'
    ("ed3", "Thị đoàn Dĩ An"),                       # '... phối hợp với Phường đoàn An Bình vừa tổ chức lễ phát động ...'
    # a joint holder, whole
    ("ed1", "Đảng ủy – UBND – UBMTTQ Việt Nam phường 12"),
    ("yq3", "UBND huyện Phù Mỹ và huyện Phù Cát"),    # '(BĐ) - ... vừa tổ chức ký Quy chế phối hợp ...'
    # (listed with commas, each part a body: the lead names the holders, so the chair's body is not read instead)
    ("za1", "Ban Chấp hành, Ban Thường vụ Đảng bộ UBND tỉnh và thành viên UBND tỉnh"),
    ("fb2", "Ban Dân vận, Ủy ban MTTQ huyện Kinh Môn"),
    # a ground before the holder, and 'phòng, chống' inside its name
    ("eb2", "BCĐ phòng, chống dịch Covid - 19 phường Mỹ Đình 1"),
    ("fb6", "Ban Thường vụ Huyện đoàn Phụng Hiệp"),  # 'Thực hiện Tháng hành động ..., Ban Thường vụ Huyện đoàn ...'
    # a place after the day with no comma; a worded day; a board in lower case; a bare 'phối hợp'
    ("yf2", "HĐND phường Phúc Lợi"),
    ("ed2", "ban chấp hành đoàn xã Tam Đàn"),
    ("eo3", "thường trực MTTQ Việt Nam"),
    # a parent place after a comma; 'tổ chức phát động', 'tổ chức lấy ý kiến'; a later line with no day
    ("fb5", "Phòng TN&MT huyện Lục Yên"),
    ("ya6", "Ủy ban nhân dân huyện"),
    ("yj10", "Hội đồng nghĩa vụ quân sự xã Bình Mỹ"),
    # a steering board named by its subject ('Ban chỉ đạo các ngày lễ lớn năm 2016 huyện Bàu Bàng vừa tổ chức hội nghị ...')
    ("et6", "Ban chỉ đạo các ngày lễ lớn năm 2016 huyện Bàu Bàng"),
])
def test_event_holder_is_the_issuer(prefix, issuer):
    assert _issuer(prefix) == issuer


@pytest.mark.parametrize("prefix, issuer", [
    ("zc1", "UBND tỉnh"),                          # 'Theo đó UBND tỉnh yêu cầu Sở ...' (the excerpt opens on it)
    ("fd2", "UBND tỉnh"),                          # 'Theo Khung kế hoạch ... mới được UBND tỉnh ban hành, ...'
    ("el2", "Thủ tướng"),                          # 'Công điện số 43 của Thủ tướng được ban hành ngày 1/5 ...'
    ("zc5", "Bộ Văn hóa, Thể thao và Du lịch"),    # '... là yêu cầu của Bộ ... tại Công văn gửi các địa phương ...'
    ("zj4", "UBND tỉnh"),                          # 'ông <name>, Phó Chủ tịch UBND tỉnh đã chủ trì cuộc họp ...'
    ("zt1", "Bộ Quốc phòng"),                      # '..., Thứ trưởng Bộ Quốc phòng vừa ký điện gửi ...'
    ("yh11", "UBND xã"),                           # 'Dự và chủ trì hội nghị có đồng chí: <name>, ..., Chủ tịch UBND xã; ...'
    ("zc3", "UBND tỉnh Quảng Bình"),               # 'Theo đó, ông <name>, Phó chủ tịch UBND tỉnh Quảng Bình, yêu cầu ...'
    ("zd4", "UBND huyện"),                         # 'Đồng chí <name>, Phó bí thư – Chủ tịch UBND huyện chủ trì hội nghị.'
    ("eb1", "Văn phòng UBND tỉnh"),                # 'Sáng 02-12, Chánh Văn phòng UBND tỉnh đã chủ trì buổi họp giao ban ...'
    ("ei1", "Tiểu ban Nội dung Đại hội"),          # '..., Trưởng Tiểu ban Nội dung Đại hội chủ trì ...'
    # a portal's reply formula naming a project board ('..., Ban Quản lý dự án ... (Ban QLDA) xin thông báo kết quả ...')
    ("ek4", "Ban Quản lý dự án Đầu tư xây dựng và Phát triển đô thị"),
    ("yy1", "Bộ Y tế"),                            # a headline 'Bộ Y tế: Triển khai tiêm bổ sung, ...'
    # a union or an association that asks or announces where the item opens (after its headline and grounds)
    ("fq5", "BTV Đoàn Trường"),                    # 'Căn cứ ...; Hưởng ứng ...' then 'BTV Đoàn Trường thông báo tổ chức ...'
    ("fw3", "Ban Thường vụ Đoàn trường"),          # 'Ban Thường vụ Đoàn trường đề nghị Ban Chấp hành các Đoàn Viện, ...'
    ("fq4", "UB Hội LHTN quận Hải Châu"),          # 'Thực hiện Kế hoạch số 07-KH/UBH ... . UB Hội LHTN quận Hải Châu đề nghị ...'
    ("yn4", "Ban Thường vụ Hội Liên hiệp Phụ nữ Quận 11"),  # 'Nhằm ...; Ban Thường vụ Hội Liên hiệp Phụ nữ Quận 11 đề nghị'
])
def test_retold_asker_or_officers_body_is_the_issuer(prefix, issuer):
    assert _issuer(prefix) == issuer


def test_bare_level_word_takes_the_full_name_the_text_gives():
    # 'Ngày 17/10/2023 UBND xã ban hành Công văn số 156/UBND ...' then '... UBND xã Cao Sơn xây dựng lịch tiêm phòng ...'
    assert _issuer("ym10") == "UBND xã Cao Sơn"
    # a capitalised verb after the bare level word is no place ('Ủy ban nhân dân huyện Xây dựng Kế hoạch ...',
    # 'UBND huyện Đánh giá ...'); a post-holder's name after it is no place ('Chủ tịch UBND huyện Đặng Tiến Dũng')
    assert named_in_full("Ủy ban nhân dân huyện", ["Ủy ban nhân dân huyện Xây dựng Kế hoạch tổ chức rà soát"]) is None
    assert named_in_full("UBND huyện", ["Đồng chí Chủ tịch UBND huyện Đặng Tiến Dũng kiểm tra"]) is None
    assert named_in_full("UBND xã", ["UBND xã A tổ chức họp.", "UBND xã B tổ chức họp."]) is None  # two places: none


def test_shapes_left_alone():
    # a plan's step under a numbered heading is no news lead ('- Công đoàn phối hợp với chuyên môn phát động thi đua ...')
    assert _issuer("w1") is None
    # a Deputy Prime Minister's opinion with no letter named: a person is never the issuer (labels33, ys12)
    assert _issuer("ys12", "unseen13") is None
    # a ground's asker is not the item's ('Thực hiện sự chỉ đạo của Sở GD&ĐT Quảng Ninh tại công văn số ...')
    assert _issuer("yf4") is None
    # a body asking in a later sentence of the text is one the item reports, not its voice (labels33: zb1's speaker cut)
    assert _issuer("zb1") is None


def test_holder_names():
    assert committee_with_place("Ban Thường vụ Huyện đoàn Phụng Hiệp") and committee_with_place("Huyện ủy Bố Trạch")
    assert not committee_with_place("UBND huyện Lục Yên")
    assert holder_name("Phòng TN&MT huyện Lục Yên, tỉnh Yên Bái") == "Phòng TN&MT huyện Lục Yên"
    assert holder_name("UBND xã Đặng Cương (An Dương)") == "UBND xã Đặng Cương"
    assert holder_name("UBND huyện, các xã Yên Lập") is None           # a list whose part is no body's name
    assert holder_name("Sở Y tế, TP Cần Thơ") is None                  # a place after a body with no level of its own
    assert holder_name("Ban Thường vụ Tỉnh đoàn chọn Đoàn thanh niên xã Yết Kiêu") is None


def test_event_lead_on_header_fields_items():
    """Real items of the header benchmark the readers read (batches AL, AN), and one they must not change (X)."""
    items = {json.loads(x)["id"]: json.loads(x) for x in
             (ROOT / "benchmarks" / "data" / "header_fields.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()}
    al = items["header30_AL04_hatinh_honglinh_btvthiuy_hoinghi_dean_2021_portal"]
    an = items["header32_AN10_thainguyen_phubinh_hoinongdan_daihoi_2018_baothainguyen"]
    assert structured_text(al["text"], doc_id="al04").header.issuer == al["expected"]["issuer"]
    assert structured_text(an["text"], doc_id="an10").header.issuer == an["expected"]["issuer"]
    x03 = items["header18_X03_nhuthanh_cthuyen_mualu"]
    lines = [t for t in x03["text"].splitlines() if t.strip()]
    assert event_lead_holder(lines) is None
