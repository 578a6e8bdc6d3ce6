"""Session 11 (issue #3): lost glyphs the first pass on the unseen n1-n15 left.

Each rule is written from general Vietnamese usage, with more than one wording."""
from pipeline.repair.glyphyears import anniversary_fills


def _apply(text: str, digits: str) -> str:
    chars = list(text)
    for col, ch in anniversary_fills(text, set(digits)):
        chars[col] = ch
    return "".join(chars)


def test_anniversary_count_from_the_years_it_spans():
    # the count and the founding year printed once: the difference of the years says the count
    assert _apply("Chào mừng  4 năm Quốc khánh nước Cộng hòa XHCN Việt Nam (2/9/1945 - 2/9/2019).", "7") == \
        "Chào mừng 74 năm Quốc khánh nước Cộng hòa XHCN Việt Nam (2/9/1945 - 2/9/2019)."
    assert _apply("kỷ niệm 9  năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2025);", "5") == \
        "kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2025);"
    # a three-digit count after a comma, in a list of anniversaries
    assert _apply("Để chào mừng 70 năm chiến thắng Điện Biên Phủ (07/5/1954-07/5/2024),  3  năm ngày sinh "
                  "Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2024)", "14") == \
        "Để chào mừng 70 năm chiến thắng Điện Biên Phủ (07/5/1954-07/5/2024), 134 năm ngày sinh " \
        "Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2024)"


def test_anniversary_year_and_shared_day_month():
    # the count printed, a year lost: the other year and the count say it; the two dates of
    # an anniversary share their day and month
    assert _apply("Kỷ niệm 67 năm chiến thắng Điện Biên Phủ (0 /5/ 954-07/5/2021)", "17") == \
        "Kỷ niệm 67 năm chiến thắng Điện Biên Phủ (07/5/1954-07/5/2021)"
    assert _apply("KỶ NIỆM 50 NĂM NGÀY GIẢI PHÓNG HOÀN TOÀN MIỀN NAM (30/4/1975 - 30/4/202 )", "5") == \
        "KỶ NIỆM 50 NĂM NGÀY GIẢI PHÓNG HOÀN TOÀN MIỀN NAM (30/4/1975 - 30/4/2025)"


def test_no_anniversary_no_fill():
    # a period counts its years inclusively ('5 năm (2021-2025)'): no arithmetic there
    assert _apply("triển khai trong 5 năm (2021-202 ) theo kế hoạch", "5") == "triển khai trong 5 năm (2021-202 ) theo kế hoạch"
    assert _apply("kỷ niệm 5 năm giai đoạn (2021-202 )", "5") == "kỷ niệm 5 năm giai đoạn (2021-202 )"
    # two readings fit (the lost digits allow both): the gap stays
    assert _apply("Kỷ niệm 1  năm thành lập trường (19 5 - 2025)", "0123456789") == \
        "Kỷ niệm 1  năm thành lập trường (19 5 - 2025)"
    # the difference no lost digit makes: nothing
    assert _apply("Kỷ niệm 6  năm thành lập huyện (1955 - 2025)", "01") == "Kỷ niệm 6  năm thành lập huyện (1955 - 2025)"


# ------------------------------------------------------------------ slash pairs
from pipeline.config import Config  # noqa: E402
from pipeline.model import Document, lines_from_text  # noqa: E402
from pipeline.repair.glyphs import repair_glyphs  # noqa: E402


def _lose(line: str, lost: str) -> str:
    return "".join(" " if c in lost else c for c in line)


def _repair(lines: list[str]) -> list[str]:
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(lines)))
    return [ln.text for ln in repair_glyphs(doc, Config()).lines]


def test_slash_pair_of_a_reply_to_a_citizen():
    # a ward's reply to a citizen: 'quý Ông/Bà' with its 'à' lost (the search would read the
    # fragment 'B' alone, 'Bộ')
    clean = [
        "Kính gửi: Quý Ông/Bà.",
        "Về nội dung quý Ông/Bà phản ánh, Ủy ban nhân dân phường xin trả lời như sau:",
        "Ủy ban nhân dân phường đã chỉ đạo bộ phận địa chính và đô thị kiểm tra thực tế tại địa điểm phản ánh.",
        "Qua kiểm tra, tổ dân phố đã vận động các hộ dân tháo dỡ vật dụng và hoàn trả vỉa hè trong ngày.",
        "Ủy ban nhân dân phường sẽ tiếp tục kiểm tra, xử lý các trường hợp vi phạm theo quy định hiện hành.",
        "Ủy ban nhân dân phường chân thành cảm ơn quý Ông/Bà.",
    ]
    lost = "aàuộ"
    broken = [clean[0]] + [_lose(t, lost) for t in clean[1:]]
    out = _repair(broken)
    assert "quý Ông/Bà phản ánh" in out[1]
    assert out[5].endswith("quý Ông/Bà.")


def test_slash_abbreviation_of_a_comrade():
    # a Party committee's notice: 'đ/c' (đồng chí) with its 'c' lost; the document prints it
    # nowhere whole
    clean = [
        "ĐẢNG ỦY XÃ TÂN HÒA",
        "THÔNG BÁO",
        "Kết luận của đ/c Bí thư Đảng ủy tại cuộc họp giao ban tháng 6",
        "Sáng ngày 05/6, Thường trực Đảng ủy tổ chức giao ban; dự họp có các đ/c trong Ban Thường vụ.",
        "Sau khi nghe các đ/c báo cáo, đ/c Bí thư kết luận như sau:",
        "1. Các chi bộ tập trung chỉ đạo thu hoạch vụ xuân, chuẩn bị sản xuất vụ mùa.",
        "2. Công an xã chủ động nắm chắc tình hình, bảo đảm an ninh trật tự trên địa bàn.",
    ]
    lost = "cạ"
    broken = clean[:2] + [_lose(t, lost) for t in clean[2:]]
    out = _repair(broken)
    assert "các đ/c trong Ban" in out[3]
    assert "đ/c Bí thư kết luận" in out[4]


# ------------------------------------------------------------------ a letter's closing
from pipeline.repair.glyphphrases import phrase_fills  # noqa: E402


def _fill(text: str) -> str:
    chars = list(text)
    for col, ch in phrase_fills(text):
        chars[col] = ch
    return "".join(chars)


def test_closing_formulas_of_a_reply_and_an_invitation():
    # 'Chân thành cảm ơn' closing a ward's reply to a citizen, 'Trân trọng cảm ơn' an
    # invitation or a thank-you letter: their short words alone fit others ('Chỉ hành')
    assert _fill("Ch    h  h cảm ơ  quý Ông/Bà.") == "Chân thành cảm ơn quý Ông/Bà."
    # after a sentence's end, its capital lost too
    assert _fill("Kính mong quý vị tham dự.  h n th nh cảm  n!") == "Kính mong quý vị tham dự. Chân thành cảm ơn!"
    # a line that reads otherwise is left alone
    assert _fill("Ch n th nh ph  ng án") == "Ch n th nh ph  ng án"
    assert _fill("Tr n trọng c m  n!") == "Trân trọng cảm ơn!"


# ------------------------------------------------------------------ cid: the word after
def _cid(line: str, codes: dict[str, int]) -> str:
    return "".join(f"(cid:{codes[c]})" if c in codes else c for c in line)


def test_cid_code_read_with_the_word_after_it():
    # a short notice whose font left 'ờ' unmapped: 'Th(cid)i' alone reads 'Thái' as well as
    # 'Thời', 'gi(cid)' after a number 'giá' as well as 'giờ'; the word after it ('gian',
    # 'hạn') says which
    codes = {"ờ": 98, "i": 126, "n": 232, "t": 145, "c": 108, "đ": 123}
    for head in ("1. Thời gian tiếp công dân: Từ 8 giờ 00 đến 11 giờ 00",
                 "2. Thời hạn nộp báo cáo: trước 16 giờ 00 ngày 20 hằng tháng"):
        lines = ["Lịch tiếp công dân của đại biểu Hội đồng nhân dân tỉnh quý III năm 2019",
                 "Văn phòng Hội đồng nhân dân tỉnh thông báo lịch tiếp công dân như sau:",
                 _cid(head, codes),
                 "Đề nghị các đại biểu thực hiện theo quy định."]
        doc = Document(doc_id="t", lines=lines_from_text("\n".join(lines)))
        out = [ln.text for ln in repair_glyphs(doc, Config()).lines]
        assert out[2].startswith(head.split(":")[0]), out[2]
        assert " giờ 00" in out[2], out[2]
