"""Header and tail shapes of session 11 (header batch I): pages whose own paragraphs push the
header down, database cells that wrap the place, the date and 'Kính gửi', a bracketed note under
the title, the enacting authority that names the issuer's place, joint circulars, the Party's and
the Union's '***' rules, press leads that name who signed what, lines and list rows that name a
document, a property list's signer.  Every case is written from general usage, several wordings
a rule."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure
from pipeline.structure.header import parse_number
from pipeline.structure.posted import press_lead


def run(text: str) -> Document:
    return structure(Document(doc_id="t", lines=lines_from_text(text)), Config())


# ------------------------------------------------ a page's paragraphs above a displaced header

_PAGE = ("Văn bản số {num} về việc hướng dẫn công tác năm 2024\n\nNgày 02/3/2024 cơ quan đã ban hành văn bản.\n\n"
         "Theo đó, các đơn vị thực hiện.\n\nSau đây là nội dung chi tiết văn bản.\n\nTải văn bản\n\nTải văn bản\n\n")


@pytest.mark.parametrize("issuer,num,addressee", [
    ("BỘ Y TẾ", "215/BYT-KCB", "Sở Y tế các tỉnh, thành phố"),
    ("UBND TỈNH HÒA BÌNH\nSỞ NỘI VỤ", "88/SNV-CCVC", "Ủy ban nhân dân các huyện, thành phố"),
])
def test_displaced_header_backs_up_to_its_issuer(issuer, num, addressee):
    text = _PAGE.format(num=num) + issuer.replace("\n", "\n\n") + "\n\n_____________\n\nSố: " + num + \
        "\n\nV/v hướng dẫn công tác năm 2024\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n" \
        "______\n\nHà Nội, ngày 02 tháng 3 năm 2024\n\nKính gửi:\n\n- " + addressee + ";\n\n- Các đơn vị trực thuộc.\n\n" \
        "Thực hiện chương trình công tác năm 2024, đề nghị các đơn vị thực hiện.\n"
    h = run(text).header
    assert h.number == num
    assert h.issuer == issuer.split("\n")[-1]
    assert h.addressees == [addressee, "Các đơn vị trực thuộc"]


# ------------------------------------------------ database cells wrapped inside fields

@pytest.mark.parametrize("place_a,place_b,day,month,year", [
    ("Sơn", "La", 11, 3, 2020),
    ("Hà", "Nội", 22, 8, 2017),
    ("Cà", "Mau", 5, 12, 2019),
])
def test_place_and_date_wrapped_in_a_cell(place_a, place_b, day, month, year):
    text = (f"ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"|\nSố: 68/KH-UBND\n|\n{place_a}\n{place_b}, ngày {day} tháng {month}\nnăm {year}\n|\nKẾ HOẠCH\nPHÒNG CHỐNG THIÊN TAI\n"
            "Căn cứ Luật Phòng, chống thiên tai;\n")
    h = run(text).header
    assert h.date == dt.date(year, month, day)
    assert h.place == f"{place_a} {place_b}"


@pytest.mark.parametrize("items", [
    ["- Các Bộ, cơ quan ngang Bộ, cơ quan", "thuộc Chính phủ;", "- Ủy ban nhân dân các tỉnh.", ],
    ["- Sở Tài chính;", "- Các cơ sở giáo dục đại học và trường cao đẳng", "sư phạm công lập."],
])
def test_kinh_gui_split_over_cells(items):
    text = ("BỘ\nGIÁO DỤC VÀ ĐÀO TẠO\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
            "Số: 3847/BGDĐT-NGCBQLGD\nV/v tổ chức thi thăng hạng năm 2017\n|\nHà\nNội, ngày 22 tháng 08\nnăm 2017\n|\nKính\ngửi:\n|\n"
            + "\n".join(items) + "\n|\nThực hiện Nghị định số 29/2012/NĐ-CP, Bộ đề nghị các đơn vị thực hiện.\n")
    h = run(text).header
    joined, cur = [], None
    for it in items:
        if it.startswith("-"):
            cur = it[2:]
            joined.append(cur)
        else:
            joined[-1] = joined[-1] + " " + it
    assert h.addressees == [x.rstrip(";.") for x in joined]
    assert h.title == "tổ chức thi thăng hạng năm 2017"


# ------------------------------------------------ title: a bracketed note, the enacting authority

@pytest.mark.parametrize("note", ["(trình phiên họp Chính phủ thường kỳ tháng 8/2016)",
                                  "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 02/01/2020)",
                                  "(kèm theo Tờ trình số 5/TTr-VP)"])
def test_bracketed_note_under_the_title_is_no_title(note):
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 15/TTr-VPCP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 02 tháng 8 năm 2016\nTỜ TRÌNH\nVề dự thảo Nghị định ban hành Quy chế làm việc\n" + note +
            "\nKính gửi: Chính phủ\nThực hiện Nghị quyết số 01/NQ-CP, Văn phòng Chính phủ trình như sau:\n")
    assert run(text).header.title == "Về dự thảo Nghị định ban hành Quy chế làm việc"


def test_bracketed_title_line_in_capitals_stays():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Tuyên Quang, ngày 02 tháng 8 năm 2021\nKẾ HOẠCH\nPHÒNG CHỐNG THIÊN TAI\n(GIAI ĐOẠN 2021 - 2025)\n\nCăn cứ Luật Phòng, chống thiên tai;\n")
    assert run(text).header.title == "PHÒNG CHỐNG THIÊN TAI (GIAI ĐOẠN 2021 - 2025)"


@pytest.mark.parametrize("authority,place", [
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "TỈNH NINH BÌNH"),
    ("ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ", "HUYỆN YÊN THẾ"),
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "THÀNH PHỐ CẦN THƠ"),
])
def test_authority_line_with_the_place_ends_the_title(authority, place):
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 232/QĐ-UBND | Ninh Bình, ngày 12 tháng 4 năm 2019 |\n"
            "QUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\n" + authority +
            "\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố danh mục.\n")
    h = run(text).header
    assert h.title == "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH"
    assert h.issuer == "ỦY BAN NHÂN DÂN " + place


# ------------------------------------------------ joint circulars, Party and Union rules, glued numbers

@pytest.mark.parametrize("type_line,number,expected", [
    ("THÔNG TƯ", "01/2004/TTLT/BVHTT-BYT", "Thông tư liên tịch"),
    ("THÔNG TƯ", "36/2014/TTLT-BGDĐT-BNV", "Thông tư liên tịch"),
    ("NGHỊ QUYẾT", "09/2008/NQLT-CP-UBTWMTTQVN", "Nghị quyết liên tịch"),
    ("THÔNG TƯ", "19/2017/TT-BNNPTNT", "Thông tư"),
])
def test_joint_symbol_makes_a_joint_type(type_line, number, expected):
    text = (f"BỘ VĂN HOÁ - THÔNG TIN - BỘ Y TẾ\nSố: {number}\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Hà Nội, ngày 12 tháng 1 năm 2004\n\n{type_line}\n\nHướng dẫn về hoạt động quảng cáo\n\nCăn cứ Pháp lệnh Quảng cáo;\n")
    assert run(text).header.doc_type == expected


@pytest.mark.parametrize("line,issuer", [
    ("TỈNH ĐOÀN QUẢNG BÌNH***", "TỈNH ĐOÀN QUẢNG BÌNH"),
    ("HUYỆN ỦY CÔ TÔ *****", "HUYỆN ỦY CÔ TÔ"),
])
def test_star_rule_is_no_part_of_the_issuer(line, issuer):
    text = (line + "\nSố: 12-KH/TĐTN\nĐẢNG CỘNG SẢN VIỆT NAM\nCô Tô, ngày 16 tháng 3 năm 2020\n\nKẾ HOẠCH\n"
            "Tổ chức các hoạt động tháng thanh niên\n\nThực hiện chương trình công tác năm 2020.\n")
    assert run(text).header.issuer == issuer


@pytest.mark.parametrize("text,number", [
    ("Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013", "367-QĐ/TWĐTN-VP"),
    ("Số: 45-KH/TĐTN-TCKTĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", "45-KH/TĐTN-TCKT"),
    ("Số 29-CV/HUĐẢNG CỘNG SẢN VIỆT NAM Cô Tô, ngày 16 tháng 3 năm 2020", "29-CV/HU"),
    ("Số: 12/QĐ-ĐOÀN", "12/QĐ-ĐOÀN"),
])
def test_number_glued_to_the_union_or_party_name(text, number):
    assert parse_number(text)[0] == number


# ------------------------------------------------ press leads

@pytest.mark.parametrize("lead,fields", [
    ("(GLO)- Văn phòng Chính phủ vừa có Công văn số 6411/VPCP-KTTH gửi: Bộ trưởng các Bộ.",
     dict(doc_type="Công văn", number="6411/VPCP-KTTH", issuer="Văn phòng Chính phủ", signer=None)),
    ("Ngày 14-1, Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo các Bộ.",
     dict(doc_type="Công văn", number="73/TTg-CN", issuer="Thủ tướng Chính phủ")),
    ("ND - Ngày 25-6, Phó Thủ tướng Nguyễn Thiện Nhân có Công điện gửi: Các Bộ trưởng.",
     dict(doc_type="Công điện", number=None, signer="Nguyễn Thiện Nhân", signer_title="Phó Thủ tướng")),
    ("Bộ trưởng Y tế Đào Hồng Lan vừa ký công văn gửi UBND các tỉnh về việc sắp xếp cơ sở y tế.",
     dict(doc_type="Công văn", issuer="Bộ Y tế", signer="Đào Hồng Lan", signer_title="Bộ trưởng",
          title="Về việc sắp xếp cơ sở y tế")),
    ("Giáo sư, Tiến sĩ Trần Văn Thuấn, Thứ trưởng Y tế vừa ký văn bản gửi các bệnh viện trực thuộc.",
     dict(doc_type=None, issuer="Bộ Y tế", signer="Trần Văn Thuấn", signer_title="Thứ trưởng")),
    ("(QTO) - Chiều nay 8/10/2020, Giám đốc Sở Giáo dục và Đào tạo Lê Thị Hương đã ký văn bản hỏa tốc đề nghị các phòng.",
     dict(date=dt.date(2020, 10, 8), issuer="Sở Giáo dục và Đào tạo", signer="Lê Thị Hương", signer_title="Giám đốc")),
    ("PNVN Ngày 24/11 thay mặt Đoàn Chủ tịch, Phó Chủ tịch Hội LHPNVN Nguyễn Thị Tuyết đã ký văn bản số 1117/ĐCT-TG về việc gia hạn.",
     dict(doc_type="Công văn", number="1117/ĐCT-TG", issuer="Đoàn Chủ tịch Hội LHPNVN", signer="Nguyễn Thị Tuyết",
          signer_title="Phó Chủ tịch", date=None)),
    ("Ban Thường vụ Tỉnh ủy vừa ban hành công điện số 07-CĐ/TU về tăng cường phòng, chống dịch.",
     dict(doc_type="Công điện", number="07-CĐ/TU", issuer="Ban Thường vụ Tỉnh ủy", title="Về tăng cường phòng, chống dịch")),
    ("Sáng 3/5/2023, Chủ tịch UBND tỉnh Quảng Nam đã ký Chỉ thị số 05/CT-UBND về phòng chống hạn.",
     dict(doc_type="Chỉ thị", number="05/CT-UBND", issuer="UBND tỉnh Quảng Nam", signer_title="Chủ tịch",
          date=dt.date(2023, 5, 3))),
])
def test_press_lead(lead, fields):
    p = press_lead(lead)
    assert p is not None
    for k, v in fields.items():
        assert getattr(p, k) == v, k


@pytest.mark.parametrize("sentence", [
    "Thực hiện Công văn số 12/UBND-VX của UBND tỉnh, Sở đề nghị các đơn vị.",
    "Các đơn vị đã có công văn báo cáo kết quả.",
    "Nhân dân trong tỉnh đã có kế hoạch phòng chống bão.",
])
def test_no_press_lead(sentence):
    assert press_lead(sentence) is None


def test_press_lead_fills_a_body_only_page():
    h = run("Bộ Y tế yêu cầu bảo đảm tiến độ xếp cấp\nBác sĩ Nguyễn Văn An, Thứ trưởng Y tế vừa ký văn bản gửi các bệnh viện về việc xếp cấp.\n").header
    assert (h.issuer, h.signer, h.signer_title) == ("Bộ Y tế", "Nguyễn Văn An", "Thứ trưởng")


# ------------------------------------------------ lines and rows that name a document, a listed signer

@pytest.mark.parametrize("text,fields", [
    ("QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008   (11/07/2012 )\n\nclick chuột vào đây để tải\n",
     dict(doc_type="Quyết định", number="69/2008/QĐ-TTg", date=dt.date(2008, 5, 28), issuer="THỦ TƯỚNG CHÍNH PHỦ")),
    ("Thống kê\n • truy cập\n  Ngày gửi: 13h:25' 02-12-2011\n  THÔNG TƯ SỐ 01/2011/TT-BNV Ngày 19/01/2011 của Bộ Nội Vụ\n  Hướng dẫn thể thức\n",
     dict(doc_type="Thông tư", number="01/2011/TT-BNV", date=dt.date(2011, 1, 19), issuer="Bộ Nội Vụ")),
    ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TRIỂN KHAI NGHIÊN CỨU\nTại phiên họp ngày 28/2/2025, Bộ Chính trị có ý kiến như sau:\n",
     dict(doc_type="Kết luận", number="127-KL/TW", issuer="BỘ CHÍNH TRỊ, BAN BÍ THƯ")),
    ("Nghị quyết số 12/NQ-HĐND ngày 05/7/2021 của HĐND tỉnh Hà Giang về kế hoạch đầu tư\n\nNội dung toàn văn.\n",
     dict(doc_type="Nghị quyết", number="12/NQ-HĐND", date=dt.date(2021, 7, 5), issuer="HĐND tỉnh Hà Giang")),
])
def test_line_naming_the_document(text, fields):
    h = run(text).header
    for k, v in fields.items():
        assert getattr(h, k) == v, k


@pytest.mark.parametrize("text,fields", [
    ("Số hiệu Ngày BH Đơn vị BH Trích yếu  \n19/2018/TT-BGDĐT10/10/2018BỘ GIÁO DỤCTHÔNG TƯ 19 Tải về\n",
     dict(doc_type="Thông tư", number="19/2018/TT-BGDĐT", date=dt.date(2018, 10, 10), issuer="BỘ GIÁO DỤC")),
    ("Số ký hiệu | Ngày ban hành | Cơ quan ban hành | Trích yếu\n125/QĐ-UBND | 02/03/2021 | UBND TỈNH LÀO CAI | QUYẾT ĐỊNH về việc ...\n",
     dict(doc_type="Quyết định", number="125/QĐ-UBND", date=dt.date(2021, 3, 2), issuer="UBND TỈNH LÀO CAI")),
])
def test_list_row_names_the_document(text, fields):
    h = run(text).header
    for k, v in fields.items():
        assert getattr(h, k) == v, k


@pytest.mark.parametrize("meta,signer", [
    ("Số hiệu | 18/2025/NQ-HĐND |\nNgày ban hành | 21/07/2025 |\nNgười ký | Lại Thế Nguyên |\n", "Lại Thế Nguyên"),
    ("Số hiệu: 2291/BNV-CQĐP Loại văn bản: Công văn\nNơi ban hành: Bộ Nội vụ Người ký: Phạm Thị Thanh Trà\n", "Phạm Thị Thanh Trà"),
    ("Số hiệu: 5/KH-UBND\nNgười ký: Ủy ban nhân dân tỉnh Hà Giang\n", None),
])
def test_listed_signer(meta, signer):
    text = meta + ("BỘ NỘI VỤ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 2291/BNV-CQĐP\n"
                   "Hà Nội, ngày 25 tháng 4 năm 2024\nKính gửi: Ủy ban nhân dân các tỉnh\nTrong thời gian qua, các tỉnh đã cố gắng.\n")
    assert run(text).header.signer == signer


# ------------------------------------------------ session 11, after batch J

@pytest.mark.parametrize("left,issuer", [
    ("BỘ TÀI CHÍNH", "BỘ TÀI CHÍNH"),
    ("THỦ TƯỚNG\nCHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ"),
    ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA", "ỦY BAN NHÂN DÂN TỈNH SƠN LA"),
])
def test_motto_split_after_xa_is_no_issuer(left, issuer):
    text = (left + "\n--------\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố:\n16/2017/TT-BTC\n|\n"
            "Hà Nội, ngày\n28 tháng 02 năm 2017\n|\nTHÔNG TƯ\nQUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU\nCăn cứ Nghị định số 215/2013/NĐ-CP;\n")
    h = run(text).header
    assert h.issuer == issuer and h.issuer_parent is None
    assert h.date == dt.date(2017, 2, 28)


@pytest.mark.parametrize("text,number", [
    ("Số: 131/2018/TT-BTC ---------------", "131/2018/TT-BTC"),
    ("Số: 15/KH-UBND ______", "15/KH-UBND"),
    ("Số: 7/QĐ-UBND - HĐND", "7/QĐ-UBND-HĐND"),
])
def test_rule_beside_the_number_is_no_part_of_it(text, number):
    assert parse_number(text)[0] == number


@pytest.mark.parametrize("lead,fields", [
    ("Theo bà Hà Thị Liên, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam: Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam "
     "vừa ban hành hướng dẫn công tác dân tộc năm 2012.",
     dict(doc_type="Hướng dẫn", issuer="Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", signer=None)),
    ("Ngày 14-8-2015, BCH T.Ư Hội CCB Việt Nam ban hành Công văn số 364/CV.BCH “Về việc đổi thẻ hội viên”.",
     dict(doc_type="Công văn", number="364/CV.BCH", date=dt.date(2015, 8, 14), issuer="BCH T.Ư Hội CCB Việt Nam")),
    ("(Cadn.com.vn) - Ngày 31-3, đồng chí Đinh Thế Huynh, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã ký ban hành "
     "Chỉ thị số 02-CT/TW của Ban Bí thư về lãnh đạo đại hội.",
     dict(doc_type="Chỉ thị", number="02-CT/TW", issuer="Ban Bí thư", signer="Đinh Thế Huynh", date=None)),
    ("Sáng 5/6/2024, ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh đã ký Quyết định số 12/QĐ-UBND của UBND tỉnh Tuyên Quang về việc phê duyệt.",
     dict(doc_type="Quyết định", issuer="UBND tỉnh Tuyên Quang", signer="Nguyễn Văn Sơn", signer_title="Chủ tịch")),
])
def test_press_lead_after_batch_j(lead, fields):
    p = press_lead(lead)
    assert p is not None
    for k, v in fields.items():
        assert getattr(p, k) == v, k


@pytest.mark.parametrize("text,issuer,doc_type", [
    ("Tuyên truyền\n\nKỷ niệm ngày sinh\n\n03/03/2023 17:11\n\nThực hiện Hướng dẫn số 96-HD/BTGTW ngày 22/02/2023 của Ban Tuyên giáo Trung ương.\n\n"
     "Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị quan tâm tuyên truyền.\n\nNội dung công văn Ban Tuyên giáo Tỉnh ủy: click xem tại đây\n",
     "Ban Tuyên giáo Tỉnh ủy", "Công văn"),
    ("Tin hoạt động\n\nBan Thường vụ Huyện ủy yêu cầu các chi bộ tổ chức đại hội đúng tiến độ.\n\nXem chi tiết kế hoạch đính kèm\n",
     "Ban Thường vụ Huyện ủy", "Kế hoạch"),
])
def test_party_board_speaks_and_link_names_the_type(text, issuer, doc_type):
    h = run(text).header
    assert (h.issuer, h.doc_type, h.number) == (issuer, doc_type, None)


@pytest.mark.parametrize("lead,title", [
    ("Sáng 2/4/2023, ông Trần Văn An, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện vừa ký Công điện số 3/CĐ-UBND về phòng chống lũ.", "Chủ tịch"),
    ("Bà Lê Thị Hoa, Tỉnh ủy viên, Giám đốc Sở vừa ký văn bản số 45/SNV-CCVC gửi các huyện.", "Giám đốc"),
])
def test_press_lead_roles_the_last_signs_and_a_placeless_body_is_none(lead, title):
    p = press_lead(lead)
    assert p is not None and p.signer_title == title and p.issuer is None


@pytest.mark.parametrize("cited", [
    "Kế hoạch số 12/KH-UBND ngày 03/4/2023 của UBND huyện Yên Thế về phát triển du lịch.",
    "Quyết định số 45/QĐ-UBND ngày 5/6/2022 của UBND tỉnh Bắc Giang.",
])
def test_a_cited_document_below_a_blank_number_is_not_taken(cited):
    text = ("ỦY BAN NHÂN DÂN\nXÃ HƯƠNG VĨ\nSố:     /BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hương Vĩ, ngày    tháng 5 năm 2023\nBÁO CÁO\nKết quả thực hiện kế hoạch\n\n" + cited + "\nUBND xã báo cáo như sau:\n")
    assert run(text).header.number is None


# ------------------------------------------------ tail: a board whose name holds a title

@pytest.mark.parametrize("sig,expected", [
    ("T/M BAN BÍ THƯ\nTrần Cẩm Tú", ("TM. BAN BÍ THƯ", None, "Trần Cẩm Tú")),
    ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nBÍ THƯ THƯỜNG TRỰC\n(đã ký)\nPhan Văn Mãi", ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "BÍ THƯ THƯỜNG TRỰC", "Phan Văn Mãi")),
    ("TM. BAN CHỦ NHIỆM\nCHỦ NHIỆM\nNguyễn Văn Bình", ("TM. BAN CHỦ NHIỆM", "CHỦ NHIỆM", "Nguyễn Văn Bình")),
    ("TM. ỦY BAN\nCHỦ TỊCH\nNguyễn Văn Bình", ("TM. ỦY BAN", "CHỦ TỊCH", "Nguyễn Văn Bình")),
])
def test_board_named_by_a_title_signs(sig, expected):
    from pipeline.structure.tail import parse_signature
    assert parse_signature(sig.replace("\n", " ")) == expected
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 05-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 15 tháng 5 năm 2016\n\nCHỈ THỊ\n"
            "về đẩy mạnh học tập\n\nCác cấp ủy tổ chức thực hiện nghiêm Chỉ thị này.\n\nNơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương.\n\n"
            + sig + "\n")
    h = run(text).header
    assert (h.signer_authority, h.signer_title, h.signer) == expected


# ------------------------------------------------ after J's second round

@pytest.mark.parametrize("lead,issuer", [
    ("(BKTO) - Ủy ban nhân dân (UBND) TP. Hồ Chí Minh vừa ban hành Kế hoạch sắp xếp đơn vị hành chính.", "Ủy ban nhân dân TP. Hồ Chí Minh"),
    ("Sở Tài nguyên và Môi trường (TNMT) tỉnh Nghệ An vừa có Công văn số 12/STNMT-MT về thu gom rác.", "Sở Tài nguyên và Môi trường tỉnh Nghệ An"),
])
def test_press_lead_with_a_bracketed_abbreviation(lead, issuer):
    p = press_lead(lead)
    assert p is not None and p.issuer == issuer and p.signer is None


@pytest.mark.parametrize("text,fields", [
    ("Thông tư 13/2013/ TT- BYT\n", dict(doc_type="Thông tư", number="13/2013/TT-BYT")),
    ("Thông tư 32/2016/TT-BCT    Nằm trên công báo: 59 + 60 | 61 + 62\n", dict(doc_type="Thông tư", number="32/2016/TT-BCT")),
    ("Thông Tư 03/2004/TTBYT Hướng Dẫn Xếp Hạng Bệnh Viện Do Bộ Y Tế Ban Hành [Download miễn phí]\n",
     dict(doc_type="Thông tư", number="03/2004/TTBYT", issuer="Bộ Y Tế")),
    ("Quyết định 1234/QĐ-UBND năm 2020 phê duyệt quy hoạch do Ủy ban nhân dân tỉnh Lào Cai ban hành\nNội dung toàn văn\n",
     dict(doc_type="Quyết định", number="1234/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Lào Cai")),
])
def test_first_line_names_type_and_number(text, fields):
    h = run(text).header
    for k, v in fields.items():
        assert getattr(h, k) == v, k


# ------------------------------------------------ a text run into one paragraph

@pytest.mark.parametrize("sig,expected", [
    ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀNBÍ THƯ (đã ký) Nguyễn Văn Hải",
     ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Nguyễn Văn Hải")),
    ("KT. GIÁM ĐỐC SỞPHÓ GIÁM ĐỐC (đã ký) Lê Thị Mai", ("KT. GIÁM ĐỐC SỞ", "PHÓ GIÁM ĐỐC", "Lê Thị Mai")),
    ("TM. ỦY BAN NHÂN DÂN XÃCHỦ TỊCH Trần Văn Bình", ("TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "Trần Văn Bình")),
])
def test_one_paragraph_text_type_title_and_signature(sig, expected):
    text = ("TỈNH ĐOÀN QUẢNG BÌNH***Số: 12 - KH/TĐTN ĐOÀN TNCS HỒ CHÍ MINH Đồng Hới, ngày 02 tháng 3 năm 2020 "
            "KẾ HOẠCHVề việc tổ chức tháng thanh niên năm 2020--------- BAN THƯỜNG VỤ TỈNH ĐOÀN - Căn cứ chương trình công tác năm 2020; "
            "Các huyện, thành đoàn tổ chức thực hiện./. Nơi nhận: - Các huyện đoàn; - Lưu VP. " + sig + " TỈNH ĐOÀN QUẢNG BÌNH***\n")
    h = run(text).header
    assert h.title == "Về việc tổ chức tháng thanh niên năm 2020"
    assert h.number == "12-KH/TĐTN"
    assert (h.signer_authority, h.signer_title, h.signer) == expected


@pytest.mark.parametrize("sig,expected", [
    ("TM. TIỂU BAN TRƯỞNG TIỂU BAN Nguyễn Văn Hoàn", ("TM. TIỂU BAN", "TRƯỞNG TIỂU BAN", "Nguyễn Văn Hoàn")),
    ("TM. BAN CHỈ ĐẠO TRƯỞNG BAN Lê Văn Dũng", ("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Lê Văn Dũng")),
    ("TM. BAN GIÁM ĐỐC GIÁM ĐỐC Trần Thị Hà", ("TM. BAN GIÁM ĐỐC", "GIÁM ĐỐC", "Trần Thị Hà")),
])
def test_only_board_titles_name_a_board(sig, expected):
    from pipeline.structure.tail import parse_signature
    assert parse_signature(sig) == expected


@pytest.mark.parametrize("text", [
    "II. NHIỆM VỤ VÀ GIẢI PHÁP\nLuật số 09/2026/QH16 ngày 24 tháng 4 năm 2026 của Quốc hội sửa đổi một số điều của Luật Thuế, có hiệu lực kể từ ngày 24 tháng 4 năm 2026.\n",
    "Quyết định 45/QĐ-UBND của UBND tỉnh đã giao các sở triển khai thực hiện.\nCác sở báo cáo kết quả trước ngày 30/6/2024.\n",
])
def test_a_sentence_citing_a_document_names_no_document(text):
    h = run(text).header
    assert h.number is None and h.doc_type != "Luật" and h.date is None
