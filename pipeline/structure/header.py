"""The document header: issuing body, number and symbol, place and date, type, title, Kính gửi.

The printed header is two columns (issuer and number on the left, national motto, place
and date on the right), then the type ('QUYẾT ĐỊNH', 'CHỈ THỊ'...) and the title, or for a
letter (công văn) a 'V/v' summary and 'Kính gửi'.  Sources flatten it in every way: a web
scrape puts 'Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V ...' on one
line, a PDF splits 'Số:' from its number or spaces letters apart ('21/C T-TTg'), antiword
keeps the columns TAB-separated.  So the header is read as text, field by field, with
patterns that do not depend on where the line breaks fall.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from pipeline.model import Document, Header
from pipeline.structure.tail import _MD_BR_RE, columns
from pipeline.structure.sections import strip_markdown
from pipeline.structure.titles import AUTHORITY_RE
from pipeline.vietnamese import DIGIT_LOOKALIKES, fold, mark_tolerant, strip_accents

MOTTO_RE = re.compile(
    r"C[ỘO]NG\s+H[ÒO]À?A?\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    # (the motto with a mark misprinted or a PDF font's wrong glyph, 'CỘNG HÕA XÃ HỘI', 'CỘNG HÒA
    # XàHỘI' with the space lost: the words and their order still name it)
    r"|" + mark_tolerant(r"CỘNG\s+HÒA\s+XÃ\s*HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM").pattern +
    # (an OCR'd motto cut after 'XÃ HỘI' ('CỘNG HOÀ XÃ HỘI É') is still the motto)
    r"|C[ỘO]NG\s+H[ÒO]À?A?\s+X[ÃA]\s+H[ỘO]I(?:\s+\S{1,3})?\s*$"
    # (a motto wrapped after 'CHỦ NGHĨA' in a narrow table cell: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA' /
    # 'VIỆT NAM |')
    r"|C[ỘO]NG\s+H[ÒO]À?A?\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s*\|?\s*$"
    # (or after 'XÃ': 'CỘNG HÒA XÃ' / 'HỘI CHỦ NGHĨA VIỆT NAM', each half a line of its own)
    r"|^\s*C[ỘO]NG\s+H[ÒO]À?A?\s+X[ÃA]\s*\|?\s*$|^\s*H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM\s*\|?\s*$"
    # (a PDF text layer that lost the dashes prints 'Độc lập  Tự do  Hạnh phúc')
    # (an OCR'd motto with a mark lost or misread: 'Độc lập - Ty do - Hạnh phúc', 'Hanh phúc')
    r"|Độc\s+lập\s*[-–—]?\s*T[ựưuy]\s+do\s*[-–—]?\s*H[ạa]nh\s+ph[úu]c"
    # a Party body's header prints the Party's name where the state's motto goes (a line of its
    # own; 'BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM' is a body's name)
    r"|^\s*Đ[ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM\s*$"
    # and a Youth Union's header its name ('TỈNH ĐOÀN QUẢNG BÌNH' / '***' on the left, 'ĐOÀN TNCS
    # HỒ CHÍ MINH' over the place and date on the right: the Union's rules for its documents)
    r"|^\s*ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH\s*$",
    re.IGNORECASE,
)
# The same banners at the end of a line that also holds the left column's body ('ĐẢNG BỘ TỈNH BÌNH
# ĐỊNH          ĐẢNG CỘNG SẢN VIỆT NAM', 'HUYỆN ỦY PHÙ CÁT ĐẢNG CỘNG SẢN VIỆT NAM'): the right
# column's, no part of the name; but 'BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM' is one
# body's name, whichever column its words came from
BANNER_TAIL_RE = re.compile(
    r"(?<!TRUNG ƯƠNG)\s+(?:ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH)\s*$")
SEPARATOR_RE = re.compile(r"^[\s\-–—_=*.~]{3,}$")
# (a Party's and the Youth Union's headers rule the body's name off with '***', a forum's copy
# glues it to the name: 'BAN CHẤP HÀNH TRUNG ƯƠNG***Số: ...')
RULE_RE = re.compile(r"[-–—_=]{3,}|\*{3,}")
RUNNING_RE = re.compile(r"^\s*(CÔNG BÁO\s*/|\d{1,4}\s*$)")
# a digital signature stamp printed by the gazette ('Ký bởi: CÔNG BÁO ...', 'Cơ quan: ...')
STAMP_RE = re.compile(r"^\s*(Ký bởi|Người ký|Cơ quan|Email|Thời gian ký|Ngày ký)\s*:")

# Document types, longest first; the value is how the type is written in documents.csv.
DOC_TYPES = [
    ("VĂN BẢN HỢP NHẤT", "Văn bản hợp nhất"),
    ("THÔNG BÁO KẾT LUẬN", "Thông báo kết luận"),
    ("CHƯƠNG TRÌNH CÔNG TÁC", "Chương trình công tác"),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chương trình hành động"),
    ("LỊCH CÔNG TÁC", "Lịch công tác"),
    ("LỊCH LÀM VIỆC", "Lịch làm việc"),
    ("KẾ HOẠCH", "Kế hoạch"),
    ("CHỈ THỊ", "Chỉ thị"),
    ("QUYẾT ĐỊNH", "Quyết định"),
    ("NGHỊ QUYẾT", "Nghị quyết"),
    ("NGHỊ ĐỊNH", "Nghị định"),
    ("THÔNG TƯ LIÊN TỊCH", "Thông tư liên tịch"),
    ("THÔNG TƯ", "Thông tư"),
    ("THÔNG BÁO", "Thông báo"),
    ("BÁO CÁO", "Báo cáo"),
    ("TỜ TRÌNH", "Tờ trình"),
    ("HƯỚNG DẪN", "Hướng dẫn"),
    ("CÔNG ĐIỆN", "Công điện"),
    ("CÔNG VĂN", "Công văn"),
    ("CHƯƠNG TRÌNH", "Chương trình"),
    ("KẾT LUẬN", "Kết luận"),
    ("GIẤY MỜI", "Giấy mời"),
    ("ĐỀ ÁN", "Đề án"),
    ("PHƯƠNG ÁN", "Phương án"),
    ("QUY CHẾ", "Quy chế"),
    ("QUY ĐỊNH", "Quy định"),
    ("BIÊN BẢN", "Biên bản"),
    ("GIẤY PHÉP", "Giấy phép"),
    # legislative and judicial texts (structure/genre.py: norms and rulings, no tasks)
    ("HIẾN PHÁP", "Hiến pháp"),
    ("BỘ LUẬT", "Bộ luật"),
    ("PHÁP LỆNH", "Pháp lệnh"),
    ("ÁN LỆ", "Án lệ"),
    ("BẢN ÁN", "Bản án"),
    ("LUẬT", "Luật"),
]
_TYPE_ALT = "|".join(re.escape(t) for t, _ in DOC_TYPES)
# An uppercase type word standing on its own: not inside a longer uppercase name.
TYPE_RE = re.compile(r"(?<![A-ZĐÀ-Ỹ] )(?<![A-ZĐÀ-Ỹ])(" + _TYPE_ALT + r")(?![A-ZĐÀ-Ỹa-zà-ỹ])")
# 'Quyết định 435/QĐ-UBND năm 2020': the title line a legal-database scrape puts first.
SCRAPE_TITLE_RE = re.compile(
    r"^(" + "|".join(re.escape(v) for _, v in DOC_TYPES) + r")\s+(?:số\s+)?(\d[\w./\-&Đđ]*/[\w./\-&Đđ]+)", re.IGNORECASE
)
# 'Thông báo Khẩn ngày 18/10/2020', 'Công văn hỏa tốc ngày 5/9/2024': a portal posts a notice under
# its type, urgency and date, with no header block
POSTED_TITLE_RE = re.compile(
    r"^(" + "|".join(re.escape(v) for _, v in DOC_TYPES) + r")(?:\s+(?:khẩn|hỏa\s+tốc|hoả\s+tốc|thượng\s+khẩn))?"
    r"\s+ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)\s*$", re.IGNORECASE)
# 'Thông báo về việc tổ chức tổng vệ sinh trên địa bàn thành phố Huế.', 'Công văn V/v triển khai ...': a
# portal (a school's or an office's site) posts a document under its type and its subject, in
# sentence case, with no header block after it
TYPED_SUBJECT_TITLE_RE = re.compile(
    r"^(" + "|".join(re.escape(v) for _, v in DOC_TYPES) + r")\s+(?:về\s+việc|v/v)\s+[^\W\d_]", re.IGNORECASE)
SCHEDULE_TITLE_RE = re.compile(r"^(Lịch\s+(?:làm\s+việc|công\s+tác))(?=\s+(?:tuần|tháng|của|từ|năm|ngày|thứ)(?![^\W_]))", re.IGNORECASE)
# 'LỊCH LÀM VIỆC CỦA LÃNH ĐẠO ỦY BAN NHÂN DÂN XÃ NGHĨA TRUNG': the body whose leaders' schedule it is
SCHEDULE_OWNER_RE = re.compile(r"(?<![^\W_])CỦA\s+(?:(?:LÃNH\s+ĐẠO|THƯỜNG\s+TRỰC|TẬP\s+THỂ\s+LÃNH\s+ĐẠO)\s+)?(?P<body>[^,;()]{6,80}?)\s*(?:\(|$)")
# Symbol codes of document types ('435/QĐ-UBND' is a Quyết định); a symbol without one is
# a công văn ('695/UBND-VX').
SYMBOL_TYPES = {
    "QĐ": "Quyết định", "CT": "Chỉ thị", "KH": "Kế hoạch", "NQ": "Nghị quyết", "TB": "Thông báo",
    "BC": "Báo cáo", "TTR": "Tờ trình", "HD": "Hướng dẫn", "CĐ": "Công điện", "CTR": "Chương trình",
    "NĐ": "Nghị định", "TT": "Thông tư", "QC": "Quy chế", "KL": "Kết luận", "GM": "Giấy mời",
    "ĐA": "Đề án", "PA": "Phương án", "BB": "Biên bản", "LCT": "Lịch công tác",
    # a licence ('412/GP-UBND', Decree 30/2020 Appendix III) and a regulation ('05/QYĐ-BTC')
    "GP": "Giấy phép", "QYĐ": "Quy định",
}

# 'Số: 435/QĐ-UBND', 'SỐ 12/KH', 'Luật số: 51/2024/QH15'; a lowercase 'số' without a colon
# is a citation in running text ('Nghị định số 15/2020/NĐ-CP'), and 'CÔNG BÁO/Số 302' a
# gazette issue.
# ('$6:990/TB-TCT', 'S6: 12/UBND': an OCR that read the 'ố' of 'Số' as a '6', the 'S' as '$')
NUMBER_RE = re.compile(r"(?<![\wÀ-ỹ/])(?:S[ốỐ]|số(?=\s*:)|S[ôoÔO](?=\s*[:;])|[$S]6(?=\s*:))\s*[:.;]{0,2}\s*")
# the openers of a sentence that cites the documents it rests on ('Căn cứ Kế hoạch số: 03/KH-UBND
# ...', 'Thực hiện Công văn số: 12/UBND ...'): the numbers on such a line are the cited ones
CITING_OPENER_RE = re.compile(r"^\s*(?:[-–•*]\s*)?(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Theo|Xét|Tiếp\s+tục\s+thực\s+hiện)(?![^\W_])", re.I)
# a number's symbol printed alone ('/UBND-SGDĐT', '…/KH-UBND', '.../TB-VPCP'): the digits were
# left blank for the clerk's hand, or lost by the scan
SYMBOL_ONLY_RE = re.compile(r"^[.…\s]*/\s*[A-ZĐ][\wĐ&.]*(?:\s*[-–]\s*[\wĐ&.]+)*\s*$")
_NUM_FRAG = re.compile(r"\s*([^\s]+)")
# A place is capitalised words ('Kon Tum', 'Thủ Dầu Một', 'TP. Hồ Chí Minh', 'Bà Rịa - Vũng
# Tàu'); symbols before it on a merged line ('QĐ-UBND Kon Tum') are not.
_PW = r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]+"
PLACE = r"(?:(?:TP|Tp|tp)\.\s*)?" + _PW + r"(?:(?:\s+|\s*-\s*)" + _PW + r"){0,4}"
# (the day may be a scan's blot that OCR read as a short token with a capital, a digit or a
# symbol, or one letter, 'ngày C4 tháng 3', 'ngày ñ| tháng 12': the line is still the date
# line, and the date comes from the signature stamp, see _date_from_stamp; a word like 'này'
# is no day)
# (OCR reads 'ngày' as 'ngài' and may add a colon: 'Thành phố Hồ Chí Minh, ngài: 19 tháng 7')
DATE_RE = re.compile(
    r"(?:(?<![\w/])(?P<place>" + PLACE + r")\s*,\s*)?(?i:ngày|ngài(?=\s*:?\s*\d))\s*:?\s*(?P<d>\d{1,2}|[.…_ ]*|(?=\S*[^a-zà-ỹđ\s])\S{1,3}|[^\W\d_])"
    r"\s*(?i:tháng)\s*(?P<m>\d{1,2})\s*(?i:năm)\s*(?P<y>\d{4})",
)
DATE_NUMERIC_RE = re.compile(r"(?<![\w/])(?P<place>" + PLACE + r")\s*,\s*ngày\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})")
VV_RE = re.compile(r"(?<![\w])(V/v|v/v|V/V|Về việc)\s*:?\s*", re.UNICODE)
KINH_GUI_RE = re.compile(r"Kính\s+gửi\s*:?\s*", re.IGNORECASE)
# a dispatch's addressee line: 'THỦ TƯỚNG CHÍNH PHỦ ĐIỆN:', 'CHỦ TỊCH UBND TỈNH điện:' (a Công điện
# has no 'Kính gửi'; its addressees follow the issuer's 'điện:' as a list, like a letter's)
# ('CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN, điện:': a comma may stand before the verb)
DIEN_RE = re.compile(r"^\s*(?:[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ.\-]*,?\s+){1,10}(?:ĐIỆN|điện|Điện)\s*:\s*")
# 'Kính gửi' and the date line are found with any marks ('Phu Tho, ngay 16 thang 12 nam 2011')
DATE_RE, DATE_NUMERIC_RE, KINH_GUI_RE = (mark_tolerant(rx) for rx in (DATE_RE, DATE_NUMERIC_RE, KINH_GUI_RE))
BODY_OPENER_RE = re.compile(
    r"^\s*(Căn\s+cứ|Thực\s+hiện|Xét\s|Theo\s+đề\s+nghị|Trên\s+cơ\s+sở|Để\s|Nhằm\s|Ngày\s+\d|Hiện\s+nay|"
    r"Thời\s+gian\s+qua|Trong\s+(?:thời\s+gian|những\s+năm|năm)|Tiếp\s+tục|Sau\s+khi|Vừa\s+qua|Qua\s)",
)
# the same openers inside a line, after an addressee that runs into them (a capital after a word)
# (or after the addressee's full stop: 'Kính gửi: Ủy ban nhân dân huyện Krông Năng. Căn cứ ...')
GLUED_BODY_RE = re.compile(
    r"(?:(?<=[^\W\d_)])|(?<=[^\W\d_)]\.))\s+(?=(?:Căn\s+cứ|Thực\s+hiện|Xét\s+đề\s+nghị|Theo\s+(?:đề\s+nghị|báo\s+cáo|chỉ\s+đạo|quy\s+định)|"
    r"Trên\s+cơ\s+sở|Để|Nhằm|Ngày\s+\d+|Hiện\s+nay|Thời\s+gian\s+qua|Trong\s+(?:thời\s+gian|những\s+năm|năm)|"
    r"Vừa\s+qua|Phúc\s+đáp|Trả\s+lời\s+(?:Công\s+văn|văn\s+bản|đơn|kiến\s+nghị)|Tiếp\s+theo)(?![^\W_]))")
LABEL_START_RE = re.compile(r"^\s*(?:[IVXLC]+\.|\d{1,2}\.|[A-Z]\.|[a-zđ]\)|Điều\s+\d|Phần\s|Chương\s)\s")
# Body heads that open a subordinate body in a merged issuer line: 'BỘ TÀI CHÍNH TỔNG CỤC
# HẢI QUAN' is Tổng cục Hải quan under Bộ Tài chính.
CHILD_HEADS = [
    "SỞ", "TỔNG CỤC", "CHI CỤC", "CỤC", "VỤ", "PHÒNG", "VĂN PHÒNG", "TRƯỜNG", "TRUNG TÂM",
    "BAN", "THANH TRA", "CÔNG AN", "BỘ CHỈ HUY", "HỌC VIỆN", "VIỆN", "KHO BẠC", "BỆNH VIỆN",
    "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UBND", "HỘI ĐỒNG", "BẢO HIỂM XÃ HỘI", "CHI NHÁNH",
]
_CHILD_RE = re.compile(r"(?<=\s)(" + "|".join(re.escape(h) for h in sorted(CHILD_HEADS, key=len, reverse=True)) + r")(?=\s)")
# (any marks: an OCR'd 'TỎNG CỤC THUÊ' still opens the child body)
_CHILD_RE = mark_tolerant(_CHILD_RE)
# Words that open the name of an issuing body (a line starting otherwise continues the one
# above it).
_NAME_HYPHEN_RE = re.compile(r"(?<=[^\W\d_]{2})-(?=[^\W\d_]{2})")
# a line that opens with a subordinate unit's head ('SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'PHÒNG TÀI CHÍNH'), not
# the second line of one name ('ỦY BAN THƯỜNG VỤ' / 'QUỐC HỘI')
# the end of a wrapped name's first line: a word or mark no name ends with
# (header26) a line of a body's name that is its place: 'TỈNH HẢI DƯƠNG', 'THÀNH PHỐ HÀ NỘI', 'HUYỆN CỦ CHI'
_PLACE_LINE_RE = re.compile(r"^(?:TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG)\s+\S")
_OPEN_END_RE = re.compile(r"(?:(?<=\s)(?:VÀ|CÁC|CỦA|VỀ)|[-–&])\s*$")
_CHILD_START_RE = re.compile(r"(?:" + "|".join(re.escape(h) for h in sorted(CHILD_HEADS, key=len, reverse=True)) + r")\s")
BODY_HEAD_RE = re.compile(
    r"^(ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|BỘ|SỞ|TỔNG CỤC|CỤC|CHI CỤC|VỤ|PHÒNG|VĂN PHÒNG|BAN|TRƯỜNG|"
    r"TRUNG TÂM|THANH TRA|CÔNG AN|HỌC VIỆN|VIỆN|KHO BẠC|BỆNH VIỆN|BẢO HIỂM|NGÂN HÀNG|CHÍNH PHỦ|"
    r"THỦ TƯỚNG|PHỦ THỦ TƯỚNG|QUỐC HỘI|TÒA ÁN|TOÀ ÁN|KIỂM TOÁN|ĐẢNG|TỈNH ỦY|TỈNH UỶ|HUYỆN ỦY|HUYỆN UỶ|"
    r"THÀNH ỦY|THÀNH UỶ|ĐOÀN|HỘI|LIÊN ĐOÀN|MẶT TRẬN|TẬP ĐOÀN|TỔNG CÔNG TY|CÔNG TY|ĐẠI HỌC|CHI NHÁNH|"
    r"BCĐ|BQL|ĐẠI SỨ QUÁN|CHỦ TỊCH|LIÊN BỘ|BỘ CHỈ HUY|BỘ TƯ LỆNH|QUÂN KHU|ĐÀI|THÔNG TẤN|CÂU LẠC BỘ|"
    r"HỢP TÁC XÃ|ĐẢNG ỦY|ĐẢNG UỶ|CHI BỘ|ỦY BAN NHÂN DÂN|BAN QUẢN LÝ|"
    # mass organisations by their short names and the Youth Union's committees ('LIÊN ĐOÀN LAO
    # ĐỘNG TỈNH THANH HÓA' / 'LĐLĐ HUYỆN NGA SƠN', 'HUYỆN ĐOÀN ...', 'ỦY BAN MTTQ ...')
    r"LĐLĐ|CÔNG ĐOÀN|UBMTTQ|MTTQ|TỈNH ĐOÀN|HUYỆN ĐOÀN|THÀNH ĐOÀN|QUẬN ĐOÀN|THỊ ĐOÀN|"
    # a Party committee's offices since 2025 ('HUYỆN ỦY CÔ TÔ' / 'CƠ QUAN TỔ CHỨC – NỘI VỤ',
    # 'CƠ QUAN ỦY BAN KIỂM TRA'): a unit under its parent, like a Sở under its province
    r"CƠ QUAN)\b"
)
# Section labels of the gazette printed above a document ('VĂN BẢN QUY PHẠM PHÁP LUẬT').
GAZETTE_LABEL_RE = re.compile(r"^(VĂN BẢN|PHẦN VĂN BẢN|CÔNG BÁO)\b")
JURISDICTION_RE = re.compile(r"^(TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG)\b")
MAX_HEADER_LINES = 45


@dataclass
class HeaderResult:
    header: Header
    lines: list[int] = field(default_factory=list)  # lines that belong to the header
    end: int = 0  # last header line (0: none)
    body_start: tuple[int, int] | None = None  # (line, column) where body text starts in a merged line


# a crawler prints the page's title and then the header's first cell on one line ('Công văn 384/
# BYT-KCB năm 2014 ... do Bộ Y tế ban hành. BỘ Y TẾ -------'): the upper-case body name closed by
# the rule drawn under it, after a sentence in ordinary case
GLUED_ISSUER_RE = re.compile(r"[.:;!?]\s+(?P<body>[^.:;!?\d]{3,100}?)\s*[-–—_=]{3,}\s*$")


def _glued_issuer(full: str) -> str | None:
    """The issuer a scraped title line ends with (see GLUED_ISSUER_RE), or None."""
    m = GLUED_ISSUER_RE.search(full)
    if not m:
        return None
    body = m.group("body").strip()
    return body if _is_upper_text(body) and BODY_HEAD_RE.match(body) else None


def _is_upper_text(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_NUMBER_SPECKS = str.maketrans({",": " ", "‘": " ", "’": " ", "`": " ", "'": " ", "—": "-", "–": "-"})


def parse_number(text: str) -> tuple[str | None, int, int] | None:
    """'Số: 435/QĐ-UBND Kon Tum, ...' -> ('435/QĐ-UBND', start, end).  A blank number
    ('Số:      /KH-STTTT', 'Số: …/UBND') gives (None, start, end)."""
    # a scan's specks around and inside the number ('Số:. 1535 /UBND- VX', '1535,/UBND-VX',
    # '‘1535/UBND-VX', 'UBND—VX') are read as blanks and hyphens, one character for one, so
    # the offsets returned still fit ``text``
    text = text.translate(_NUMBER_SPECKS)
    for m in NUMBER_RE.finditer(text):
        pos = m.end()
        frags: list[str] = []
        end = pos
        while True:
            fm = _NUM_FRAG.match(text, end)
            if not fm:
                break
            frag = fm.group(1)
            if not frags:
                if not re.match(r"^[\d…._]*\/?[\wĐđ]", frag) and not frag.startswith("/"):
                    break
            else:
                prev = frags[-1]
                if re.fullmatch(r"[-–—_=*]{3,}", frag):
                    break  # ('Số: 131/2018/TT-BTC ---------------': the rule under the motto, beside it)
                glue = (
                    frag.startswith(("/", "-")) or prev.endswith(("/", "-"))
                    # 'Số:8 5 2 0/BCT-KHCN': a number typed or read (OCR) with its digits spaced
                    or all(re.fullmatch(r"\d", f) for f in frags) and re.match(r"\d", frag) is not None
                    # 'Số: 15 35/UBND-VX': a number read with a blank inside, its symbol after
                    or len(frags) == 1 and prev.isdigit() and re.match(r"\d+/", frag) is not None
                    or re.search(r"[/\-][A-ZĐ]$", prev) is not None and re.match(r"^[A-ZĐ][\wĐđ\-/]*$", frag) is not None
                )
                if not glue:
                    break
            if not re.fullmatch(r"[\w…./\-&Đđ]+", frag):
                # keep a trailing comma/semicolon out
                frag2 = frag.rstrip(",;:")
                if frag2 and re.fullmatch(r"[\w…./\-&Đđ]+", frag2):
                    frags.append(frag2)
                    end = fm.end()
                break
            frags.append(frag)
            end = fm.end()
        if not frags:
            continue
        num = "".join(frags).strip("._")
        glued = re.search(r"(ĐOÀN|ĐẢNG)$", num)
        if glued and "/" in num[:glued.start()] and re.match(
                r"\s+(?:TNCS\s+HỒ\s+CHÍ\s+MINH|THANH\s+NIÊN\s+CỘNG\s+SẢN|CỘNG\s+SẢN\s+VIỆT\s+NAM)", text[end:]):
            # ('Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH ...': a merged line glued the number to the
            # Union's or the Party's name printed in the motto's place)
            num = num[:glued.start()]
            end -= len(glued.group())
        if "/" not in num and "-" not in num:
            continue
        if re.match(r"^[/…._]", num) or not re.match(r"^\d", num):
            return None, m.start(), end
        return restore_symbol_dash(num), m.start(), end
    return None


# A symbol is the type's code and the issuer's code joined by a hyphen ('QĐ-UBND', 'NĐ-CP':
# Nghị định 30/2020, Appendix III).  A PDF text layer that drops hyphens glues them
# ('5556/QĐBYT', '1961/QĐUBND', '30c/NQCP' in the same text): a type code followed at once by
# an issuer code is split again.  Only issuer codes of the usual shapes count (UBND, HĐND,
# CP, TTg, a ministry's or a department's 'B...'/'S...' code, a Party committee's TW/TU/HU/ĐU),
# so a symbol that is one code ('299/TTg', '19046/BTC', '5427/TCT') is never cut (Tờ trình's
# and Chương trình's 'TTr'/'CTr' are left out: 'TTr' is also an inspectorate's own code).
_GLUED_SYMBOL_RE = re.compile(
    r"^(QĐ|NĐ|NQ|CT|KH|TB|BC|HD|KL|CĐ|TT|QC|GM|ĐA|PA)"
    r"(UBND|HĐND|CP|TTg|VPCP|TW|TU|HU|ĐU|B[A-ZĐ]{1,8}|S[A-ZĐ]{1,8})$")


def restore_symbol_dash(number: str) -> str:
    """'5556/QĐBYT' -> '5556/QĐ-BYT'; a symbol with a hyphen, or of one code, as it is.  A
    code never has an 'Ư' (codes are initials: Trung ương is 'TW'); a PDF font that prints
    'U' as 'Ư' ('445-KL/TƯ', 'ƯBND') has it back as 'U'."""
    if "Ư" in number:
        number = re.sub(r"(?<=[A-ZĐ/\-])Ư|Ư(?=[A-ZĐ])", "U", number)
    head, sep, sym = number.rpartition("/")
    if not sep or "-" in sym or "-" in head:
        return number
    m = _GLUED_SYMBOL_RE.match(sym)
    # ('TT' also opens a Trung tâm's or an inspectorate's own code, 'TTBVTV': a Thông tư is
    # known by the year its number carries, '45/2021/TT-BTC')
    if not m or m.group(1) == "TT" and not _YEAR.search(head):
        return number
    return f"{head}/{m.group(1)}-{m.group(2)}"


def _symbol_type(number: str | None) -> str | None:
    if not number or "/" not in number:
        return None
    head, sym = number.split("/", 1)
    # '19046/BTC-TCHQ' (issuer codes only) is a letter; '09/2009/CT-UBND' a Chỉ thị; a Party
    # body's number puts the type before the slash ('445-KL/TU', '27-CT/TU': Hướng dẫn 36-HD/VPTW).
    # The type code is the FIRST code after the number (and its year): a letter's symbol is the
    # issuer's code followed by the drafting unit's ('4396/BYT-KH-TC': the ministry's Planning and
    # Finance Department, 'Vụ Kế hoạch - Tài chính'; '123/UBND-KT'), and a unit code that spells a
    # type ('KH', 'TB', 'TT') names no document type there (Decree 30/2020, Appendix I).
    parts = [p for p in re.split(r"[/\-]", sym) if p and not p.isdigit()][:1]
    parts += [p for p in head.split("-")[1:] if p.isalpha()]
    for p in parts:
        key = p.upper()
        if key in SYMBOL_TYPES:
            return SYMBOL_TYPES[key]
    return None


_PRINTED_SYMBOL_RE = re.compile(r"/\s*([A-ZĐ]{2,4})\s*-\s*[A-ZĐ]")


def _unread_number_type(texts: dict[int, str], numbers: list[int]) -> str | None:
    """The type a 'Số:' line's symbol names when its digits could not be read ('Số: vn
    2/GP-UBND' in a scan: a licence; 'Số: ..../QĐ-UBND'): the code after the slash is printed
    in type, legible when the handwritten or stamped digits before it are not."""
    for n in numbers:
        t = texts.get(n, "")
        m = NUMBER_RE.search(t)
        if not m:
            continue
        sm = _PRINTED_SYMBOL_RE.search(t, m.end(), m.end() + 24)
        if sm and sm.group(1) in SYMBOL_TYPES:
            return SYMBOL_TYPES[sm.group(1)]
    return None


def _letter_symbol(number: str | None) -> bool:
    """A number whose symbol names bodies only ('463/SGDĐT-CTrTT', '123-CV/TU'): a công văn.

    Every other kind of document carries its type's code in the symbol (Nghị định 30/2020,
    Appendix III; the Party's Hướng dẫn 36-HD/VPTW puts it before the slash: '19-CT/TU')."""
    if not number or not re.search(r"/\s*[A-ZĐ]", number):
        return False
    codes = [c.upper() for c in re.split(r"[/\-\s]+", number) if c and not c.isdigit()]
    return bool(codes) and not any(c in SYMBOL_TYPES for c in codes)


# (points23) a web page's clock line: 'Thứ Bảy, ngày 19/01/2019 07:15 AM (GMT+7)', 'Chủ nhật, 05/3/2023 | 10:12': a weekday
# where a date line has its place, and a time of day after the date.  It is the day the page was shown or the item
# posted (a crawl may print the crawl's own day above the item's), never the document's date line.
_WEEKDAY_RE = re.compile(r"^(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s+[Nn]hật)$")
_CLOCK_AFTER_RE = re.compile(r"^\s*[,|\-–]?\s*\d{1,2}\s*[:h]\s*\d{2}(?![\d/])")


def is_clock_stamp(place: str, after: str) -> bool:
    """Is 'place, ngày dd/mm/yyyy' + ``after`` a page's clock line (a weekday, then a time of day)?"""
    words = place.split()
    return bool(_WEEKDAY_RE.match(" ".join(words[-2:]))) and bool(_CLOCK_AFTER_RE.match(after))


def parse_date(text: str) -> tuple[_dt.date | None, str | None, re.Match | None]:
    for rx in (DATE_RE, DATE_NUMERIC_RE):
        m = rx.search(text)
        if not m:
            continue
        place = (m.group("place") or "").strip() or None
        if place and place.casefold().startswith(("số", "ngày")):
            place = None
        if place and is_clock_stamp(place, text[m.end():]):
            continue
        d = m.group("d").strip(" .…_") if m.group("d") else ""
        if d and not d.isdigit() and any(c.isdigit() for c in d):
            # a day with a digit read as its look-alike ('ngày 2l tháng 5', 'ngày 1] tháng'):
            # a day is digits only; a day with no digit at all ('ngày C4' has one) stays unread
            d2 = d.translate(DIGIT_LOOKALIKES)
            d = d2 if d2.isdigit() else d
        try:
            date = _dt.date(int(m.group("y")), int(m.group("m")), int(d)) if d.isdigit() else None
        except ValueError:
            date = None
        return date, place, m
    return None, None, None


def split_issuer(text: str) -> list[str]:
    """'BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN' -> ['BỘ TÀI CHÍNH', 'TỔNG CỤC HẢI QUAN']."""
    # (a header table converted to markdown leaves its empty cells: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI |  |')
    t = re.sub(r"\s+", " ", RULE_RE.sub(" ", text)).strip(" -–—_|")
    out: list[str] = []
    start = 0
    for m in _CHILD_RE.finditer(t):
        # 'CỤC' inside 'TỔNG CỤC', 'BAN' inside 'ỦY BAN', 'PHÒNG' inside 'VĂN PHÒNG'
        before = t[:m.start()].rstrip()
        if before.endswith(("TỔNG", "CHI", "ỦY", "UỶ", "VĂN", "BỘ", "HỘI", "NHÂN", "CÔNG", "BAN", "THƯỜNG", "TRỰC", " VÀ")):
            continue
        if strip_accents(before.split(" ")[-1]).upper() in ("TONG", "CHI"):
            continue  # an OCR'd head with a wrong mark ('TỎNG CỤC THUÊ') is still one name
        piece = t[start:m.start()].strip()
        if piece and len(piece.split()) >= 2:
            out.append(piece)
            start = m.start()
    last = t[start:].strip()
    if last:
        out.append(last)
    return out


_TOKEN_RE = re.compile(r"\w+")


def respell_from_body(name: str, doc: Document, after: int) -> str:
    """Fix a one-word diacritic slip in an uppercase header name from the document's own
    spelling: 'SỞ THÔNG TIN VÀ TRUYỂN THÔNG' when the body says 'Sở Thông tin và Truyền
    thông' (and never the slipped form).  Only a word that differs in its marks alone, in a
    name the body spells the same way at least once, is changed."""
    words = _TOKEN_RE.findall(name.casefold())
    k = len(words)
    if k < 2:
        return name
    body = _TOKEN_RE.findall(" ".join(ln.text for ln in doc.lines[after:] if ln.block != "running").casefold())
    folded = [strip_accents(w) for w in body]
    target = [strip_accents(w) for w in words]
    counts: dict[tuple[str, ...], int] = {}
    for i in range(len(body) - k + 1):
        if folded[i:i + k] == target:
            seq = tuple(body[i:i + k])
            counts[seq] = counts.get(seq, 0) + 1
    if not counts or tuple(words) in counts:
        return name
    best = max(counts, key=counts.get)
    slips = sum(a != b for a, b in zip(best, words))
    # one slipped mark; or several, when the body spells the name the same way at least twice
    # (an OCR'd header: 'TỎNG CỤC THUÊ' over a body that writes 'Tổng cục Thuế' throughout)
    if slips != 1 and not (slips > 1 and counts[best] >= 2 and slips < k):
        return name
    out = name
    for a, b in zip(words, best):
        if a != b:
            out = re.sub(re.escape(a), b.upper() if name.isupper() else b, out, count=1, flags=re.IGNORECASE)
    return out


def _first_lines(doc: Document, limit: int, start: int = 1) -> list[int]:
    out = []
    for ln in doc.lines[start - 1:]:
        if ln.block == "running":
            continue
        if len(out) >= limit:
            break
        out.append(ln.number)
    return out


def _issuer_above(numbers: list[int], texts: dict[int, str], idx: int, reach: int = 6) -> list[tuple[int, str]]:
    """Uppercase lines of a body's name right above ``numbers[idx]`` (blank lines and rules
    between them allowed), the first opening with a body's head word; else nothing."""
    got: list[tuple[int, str]] = []
    for k in range(idx - 1, max(-1, idx - 1 - reach), -1):
        n = numbers[k]
        t = RULE_RE.sub(" ", texts[n]).strip()
        if not t or SEPARATOR_RE.match(texts[n]):
            continue
        if not _is_upper_text(t) or MOTTO_RE.search(t) or TYPE_RE.fullmatch(t) or len(t) > 120:
            break
        got.insert(0, (n, t))
        if len(got) >= 3:
            break
    while got and not BODY_HEAD_RE.match(got[0][1]):
        got.pop(0)
    return got


def _front_matter(numbers: list[int], texts: dict[int, str]) -> list[int]:
    """The lines of a YAML front matter block ('---' / 'title: ...' / 'original_format: pdf' /
    '---') a converter put above the document: the file's metadata, no part of its header."""
    filled = [n for n in numbers if texts[n].strip()]
    if not filled or texts[filled[0]].strip() != "---":
        return []
    for k, n in enumerate(filled[1:16], start=1):
        t = texts[n].strip()
        if t == "---":
            return [x for x in numbers if x <= n]
        if not re.match(r"^[A-Za-z_][\w-]*\s*:", t):
            return []
    return []


def _header_block_follows(numbers: list[int], texts: dict[int, str], idx: int, reach: int = 4) -> bool:
    """A header block (the national motto or a 'Số:' line) within the next ``reach`` lines."""
    got = 0
    for n in numbers[idx + 1:]:
        t = texts[n].strip()
        if not t:
            continue
        if MOTTO_RE.search(t) or re.match(r"^\s*S[ốỐ]\s*:", t):
            return True
        got += 1
        if got >= reach:
            break
    return False


def _md_plain(text: str) -> str:
    """A header line of a text converted to markdown as plain text: '| **BỘ X**<br>**CỤC Y**<br>Số: 12/CV |
    **CỘNG HÒA ...** |' -> '| BỘ X CỤC Y Số: 12/CV | CỘNG HÒA ... |', '# THÔNG BÁO' -> 'THÔNG BÁO'."""
    if "<br" in text:
        text = _MD_BR_RE.sub(" ", text).replace("***", "").replace("**", "")
    if text.lstrip().startswith("|") and "*" in text:
        # emphasis inside a header table cell, split around a line break of the original
        # ('| *Hà Nội, ngày 02 tháng* *5 năm 2024* |'): the marks are layout, never text
        text = re.sub(r"\*+", "", text)
    return strip_markdown(text)


def _day_line(text: str) -> bool:
    from pipeline.extract.schedule import day_line  # (only re; imported late, extract imports structure)

    return day_line(text)


def _late_kinh_gui(numbers: list[int], texts: dict[int, str], last_anchor: int, reach: int = 25) -> int | None:
    """The 'Kính gửi' line of a letter that opens within ``reach`` lines after the header's last
    line, with no body opener ('Thực hiện ...', 'Căn cứ ...') before it; else None."""
    if last_anchor not in numbers:
        return None
    k = numbers.index(last_anchor) + 1
    for n in numbers[k:k + reach]:
        t = texts[n].strip()
        if not t:
            continue
        if KINH_GUI_RE.match(t):
            return n
        if BODY_OPENER_RE.match(t) or len(t) > 160:
            return None
    return None


_AUTHORITY_HEAD_RE = re.compile(r"(?:CHỦ TỊCH |BỘ TRƯỞNG |THỦ TƯỚNG )?(?:ỦY BAN|UỶ BAN|HỘI ĐỒNG|BỘ |CHÍNH PHỦ|THỦ TƯỚNG)")
_AUTHORITY_LEAD_TEXT_RE = re.compile(r"^\s*(?:CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG)\s+(?=ỦY|UỶ|HỘI|BỘ|CHÍNH)")
_TITLE_AUTHORITY_LEAD_RE = re.compile(r"^(?:chu tich|bo truong|thu tuong) (?=\S)")
_FUNCTION_WORDS = {"CỦA", "VÀ", "VỚI", "CHO", "THUỘC", "TẠI", "GIỮA", "VỀ", "TỪ"}


_GLUED_TYPE_TITLE_RE = re.compile(r"(?<![A-ZĐÀ-Ỹ])(" + "|".join(re.escape(t) for t, _ in DOC_TYPES) + r")(Về\s|V/v\s)")


def _schedule_day_line(text: str) -> bool:
    from pipeline.extract.schedule import day_line  # (only re there)

    return day_line(text)


def _strip_authority_tail(title: str, issuer_key: str) -> str:
    """A capitalised title without the enacting authority a merged line glued to its end ('VỀ
    VIỆC PHÊ DUYỆT PHƯƠNG ÁN ... TỈNH HÀ TĨNH ỦY BAN NHÂN DÂN TỈNH Căn cứ ...', '... CHỦ TỊCH UỶ
    BAN NHÂN DÂN TỈNH'): the words from an authority head to the end, when they are the
    issuer's name or its first words (the line often drops the place), and no 'CỦA', 'VÀ' ...
    ties them to the title ('QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH' names its subject)."""
    words = title.split()
    for i in range(3, len(words) - 1):
        tail = " ".join(words[i:])
        if words[i - 1] in _FUNCTION_WORDS or not _AUTHORITY_HEAD_RE.match(tail):
            continue
        full = _name_key(tail)
        for key in {full, _TITLE_AUTHORITY_LEAD_RE.sub("", full)}:
            if len(key.split()) >= 2 and (issuer_key == key or issuer_key.startswith(key + " ")):
                return " ".join(words[:i])
    return title


def _name_key(s: str) -> str:
    """A body's name for comparison: no marks, case, table bars, rules or extra spaces."""
    return re.sub(r"[\W_]+", " ", fold(s)).strip()


def _wrapped_after_blank(numbers: list[int], texts: dict[int, str], k: int) -> bool:
    """Whether the blank line at ``numbers[k]`` sits inside a wrapped title or V/v cell: a
    portal that turns each printed line into a paragraph ('V/v nghỉ Tết Nguyên đán Đinh Dậu' /
    '' / 'năm 2017', 'Hướng dẫn thực hiện Nghị định số ...' / '' / 'của Chính phủ về ...')
    puts a blank line where the cell wrapped; the line after it goes on in lowercase, as a
    wrapped line does (a new paragraph, a field or a heading opens with a capital or a digit)."""
    for n in numbers[k + 1:k + 3]:
        t = columns(texts[n])[0].strip()
        if t:
            return t[:1].islower() and not DATE_RE.search(t) and not MOTTO_RE.search(t)
    return False


def parse_header(doc: Document, start: int = 1) -> HeaderResult:
    """Header fields and the lines they occupy (from line ``start``, the top by default)."""
    h = Header()
    res = HeaderResult(header=h)
    numbers = _first_lines(doc, MAX_HEADER_LINES + 20, start)
    if not numbers:
        return res
    # the header cannot reach beyond the first numbered heading or body opener after it
    anchors: list[int] = []
    issuer_cols: list[tuple[int, str]] = []
    type_hit: tuple[int, str, str] | None = None  # line, type value, text after the type
    scrape_type = None
    vv: tuple[int, str] | None = None
    kg_line = None
    date_line = None
    number_line = None
    seen_nonheader = 0
    texts = {n: _md_plain(doc.line(n).text.replace("\u00a0", " ")) for n in numbers}
    front = _front_matter(numbers, texts)
    for n in front:
        texts[n] = ""
    for n in numbers:
        # ('QUYẾT ĐỊNHVề việc ban hành ...', 'THÔNG BÁOV/v ...': a merged scrape dropped the break
        # between the type line and the title)
        texts[n] = _GLUED_TYPE_TITLE_RE.sub(r"\1 \2", texts[n])
    for i, n in enumerate(numbers[:-1]):
        # ('Kính' / 'gửi:' / '|' / '- Các Bộ, ...': a database's table cell wrapped inside the words
        # 'Kính gửi'; the two halves are one label)
        if re.fullmatch(r"[|\s]*Kính\s*", texts[n]) and re.match(r"\s*gửi\b", texts[numbers[i + 1]]):
            texts[n], texts[numbers[i + 1]] = "Kính " + texts[numbers[i + 1]].strip(), ""
    first_text = next((n for n in numbers if texts[n].strip()), None)
    content_idx = -1
    for idx, n in enumerate(numbers):
        raw = texts[n]
        if not raw.strip():
            continue
        if not RUNNING_RE.match(raw) and not SEPARATOR_RE.match(raw):
            content_idx += 1
        if RUNNING_RE.match(raw) or STAMP_RE.match(raw):
            if not (seen_nonheader and anchors):
                anchors.append(n)
            continue
        cols = columns(raw)
        full = " ".join(c for c in cols if c)
        hit = False
        if n != first_text and _day_line(full.strip()):
            # ('THỨ BA, NGÀY 28/5:' under a schedule's title: its first day, where the body
            # begins; an uppercase line, but no issuer)
            break
        if n == first_text:
            # ('> LỊCH CÔNG TÁC THƯỜNG TRỰC UBND TỈNH': a portal's breadcrumb mark before the title)
            full = re.sub(r"^\s*[>»›]+\s*", "", full)
            pt = POSTED_TITLE_RE.match(full.strip())
            if pt:
                # 'Thông báo Khẩn ngày 18/10/2020': a portal's title line gives the type and the
                # date of the notice it posts (no header block follows)
                scrape_type = next(v for _, v in DOC_TYPES if v.casefold() == pt.group(1).casefold())
                try:
                    h.date = _dt.date(int(pt.group("y")), int(pt.group("m")), int(pt.group("d")))
                    date_line = n
                except ValueError:
                    pass
                anchors.append(n)
                continue
            bare = next((v for _, v in DOC_TYPES if v == full.strip().rstrip(":").strip()), None)
            if bare:
                # 'Thông báo' alone in sentence case over a portal's post: the type of what it posts
                # (a document's own type line is printed in capitals)
                scrape_type = bare
                anchors.append(n)
                continue
            sm = SCRAPE_TITLE_RE.match(full.strip())
            # (a database's title in capitals runs as long as the document's own title does:
            # 'THÔNG TƯ 19/2017/TT-BNNPTNT VỀ SỬA ĐỔI ... DO BỘ TRƯỞNG ... BAN HÀNH'; the type
            # line a document prints never carries its number, so a line that opens with the
            # type and the number is the site's, whatever its length)
            if sm and (len(full) < 260 or _is_upper_text(full)):
                scrape_type = next(v for _, v in DOC_TYPES if v.casefold() == sm.group(1).casefold())
                anchors.append(n)
                glued = _glued_issuer(full)
                if glued:
                    issuer_cols.append((n, glued))
                continue
            sm = TYPED_SUBJECT_TITLE_RE.match(full.strip())
            if sm and len(full) < 260 and not _is_upper_text(full):
                scrape_type = next(v for _, v in DOC_TYPES if v.casefold() == re.sub(r"\s+", " ", sm.group(1)).casefold())
                anchors.append(n)
                continue
            sm = SCHEDULE_TITLE_RE.match(full.strip())
            if sm and len(full) < 200 and not _is_upper_text(full):
                # 'Lịch làm việc tuần 21 của Thường trực, các Ban và Văn phòng (từ ngày ...)': a
                # schedule as a portal posts it, its title in sentence case on the first line
                scrape_type = next(v for _, v in DOC_TYPES if v.casefold() == re.sub(r"\s+", " ", sm.group(1)).casefold())
                anchors.append(n)
                continue
        if MOTTO_RE.search(full):
            hit = True
        if h.number is None and number_line is None and not CITING_OPENER_RE.match(full):
            # 'Số:' at the end of a line with the number on the next one
            # ('Căn cứ ... Kế hoạch số: 03/KH-UBND, ngày 11/7/2025 của UBND xã ...': a line that
            # opens by citing its grounds names other documents' numbers, never its own)
            probe = full
            if re.search(r"S[ốô]\s*:?\s*$", full) and idx + 1 < len(numbers):
                probe = full + " " + texts[numbers[idx + 1]].strip()
            pn = parse_number(probe)
            if pn is not None:
                h.number = pn[0]
                number_line = n
                hit = True
        if date_line is None:
            probe = full
            if _DATE_CUT_RE.search(full) and not DATE_RE.search(full) and idx + 1 < len(numbers):
                # 'Sóc Trăng, ngày' / '27 tháng 09 năm 2022': a scrape that split the date cell
                # after 'ngày' (or after the day); the line below holds the rest of the date
                probe = full + " " + columns(texts[numbers[idx + 1]])[0].strip()
            d, place, m = parse_date(probe)
            if m is not None and _schedule_day_line(full):
                # ('Thứ Hai, ngày 12/5/2025' opening a posted schedule: the first day of its entries,
                # a weekday where a place would stand, not the document's own place and date)
                m = None
            if m is not None and (m.group("place") or number_line is not None or hit):
                h.date, h.place = d, place
                date_line = n
                hit = True
                prev = next((texts[x].strip() for x in reversed(numbers[:idx]) if texts[x].strip()), "")
                if place and " " not in place and m.start("place") == len(probe) - len(probe.lstrip()) \
                        and re.fullmatch(r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]+", prev) and not TYPE_RE.fullmatch(prev):
                    # ('Sơn' / 'La, ngày 11 tháng 3': a table cell wrapped inside the place name)
                    h.place = prev + " " + place
        tm = TYPE_RE.search(full)
        if type_hit is None and tm:
            after = full[tm.end():].strip()
            before = MOTTO_RE.sub(" ", full[: tm.start()])
            before_ok = not before.strip() or date_line == n or number_line == n or _is_upper_text(before) is False
            # the type is a line of its own or follows the header fields on a merged line
            # (an OCR speck after the type, 'THÔNG BÁO ae', is no title: a title is words)
            speck = re.fullmatch(r"[a-zà-ỹđ]{1,2}|[^\w\s]{1,3}", after) is not None
            if (not after or speck or _is_upper_text(after.split(" (")[0][:60]) or after[:1].isupper()) and before_ok \
                    and (not before.strip() or date_line == n or number_line == n):
                val = next(v for t, v in DOC_TYPES if t == tm.group(1))
                type_hit = (n, val, after)
                hit = True
        vm = VV_RE.search(full)
        if vv is None and vm and (number_line is not None or date_line is not None or n - numbers[0] < 12):
            vv = (n, full[vm.end():])
            hit = True
        km = KINH_GUI_RE.search(full) or DIEN_RE.match(full)
        if kg_line is None and km and km.start() < 80:
            kg_line = n
            hit = True
        # issuer: uppercase columns near the top, before the number/date and the type
        anchored = number_line is not None or date_line is not None or MOTTO_RE.search(full) is not None
        if anchored and content_idx >= 4 and issuer_cols and not any(BODY_HEAD_RE.match(c) for _, c in issuer_cols) \
                and _issuer_above(numbers, texts, idx):
            # ('CHỈ ĐỊNH TRUYỀN MÁU BỘ Y TẾ': a web page's title in capitals took the place of the
            # issuer; it names no body, and the body's name stands right above the header fields)
            issuer_cols.clear()
        if anchored and not issuer_cols and content_idx >= 4:
            # a web page's own text (a title, a summary, 'Nội dung toàn văn ...') before the
            # header pushed the issuer's lines past the first few: the uppercase body name just
            # above the first header field ('ỦY BAN NHÂN DÂN' / 'TỈNH BẮC GIANG' / '-------') is it
            issuer_cols.extend(_issuer_above(numbers, texts, idx))
        elif anchored and issuer_cols and content_idx >= 4:
            # (header26: 'Hệ thống pháp luật' / 'Đang tải nội dung ...' twice / 'ỦY BAN NHÂN DÂN' / 'TỈNH HẢI DƯƠNG' / '----': a
            # legal database's lines let the body's first line in among the first four and cut its second; the uppercase
            # lines right above the first header field that open with the same line are the whole name, when what they add is
            # the place ('TỈNH ...', 'HUYỆN ...'; 'ỦY BAN THƯỜNG VỤ' / 'QUỐC HỘI' keeps its reading))
            above = _issuer_above(numbers, texts, idx)
            have = {x for x, _ in issuer_cols}
            if len(above) > len(issuer_cols) and above[0][0] == issuer_cols[0][0] and have <= {x for x, _ in above} \
                    and all(_PLACE_LINE_RE.match(t) for x, t in above if x not in have):
                issuer_cols[:] = above
        # ('UỶ BAN NHÂN DÂN' / 'THÀNH PHỐ HỒ CHÍ MINH' / 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' / 'Số: ...' under
        # a web page's own lines: the unit that signs is printed under its parent, in the left
        # column only, where no motto anchors its line; a body head right under the issuer's
        # last line, before the number, the date and the type, is the issuer's next line)
        under_issuer = bool(issuer_cols) and number_line is None and date_line is None and type_hit is None \
            and n - issuer_cols[-1][0] <= 2 and _CHILD_START_RE.match(full.strip()) is not None and _is_upper_text(full)
        # ('1. UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập
        # - ...': a document-sharing page that numbers its pages and joins a page's lines; a
        # numbered item never carries the national motto, so the number is the page's)
        paged = LABEL_START_RE.match(full) is not None and MOTTO_RE.search(full) is not None
        # ('ỦY BAN NHÂN DÂN XÃ PHÚ LỘC CỘNG HÒA ... Số: 15/TTr-UBND Phú Lộc, ngày ... TỜ TRÌNH Về
        # việc ...': a scrape that put the whole header on one line, the type after the fields;
        # the issuer is what stands before them)
        merged = type_hit is not None and type_hit[0] == n and not issuer_cols and tm is not None \
            and (number_line == n or date_line == n)
        if (type_hit is None or type_hit[0] != n or merged) and (not LABEL_START_RE.match(full) or paged) and (
                anchored or content_idx < 4 or under_issuer):
            for c in ([full[:tm.start()]] if merged else cols):
                c2 = MOTTO_RE.sub(" ", LABEL_START_RE.sub("", c, count=1) if paged else c)
                c2 = BANNER_TAIL_RE.sub("", c2)
                c2 = NUMBER_RE.split(c2)[0]
                c2 = RULE_RE.sub(" ", c2).strip()
                left_stream = doc.line(n).block != "header_right"
                # ('| Số hiệu | 18/CT-UBND |': a property table's number cell is in capitals too, and
                # names no body)
                if c2 and _is_upper_text(c2) and not TYPE_RE.fullmatch(c2) and len(c2) < 120 and (type_hit is None or merged) \
                        and not re.search(r"\d\s*/\s*[A-ZĐ]", c2) \
                        and (number_line in (None, n) or not left_stream) and (date_line in (None, n) or left_stream):
                    issuer_cols.append((n, c2))
                    hit = True
        if SEPARATOR_RE.match(raw):
            hit = hit or bool(anchors)
        if hit:
            anchors.append(n)
            seen_nonheader = 0
        else:
            seen_nonheader += 1
            if (BODY_OPENER_RE.match(full) or LABEL_START_RE.match(full)) and not anchors \
                    and _header_block_follows(numbers, texts, idx):
                # ('Để sử dụng toàn bộ tiện ích ... vui lòng đăng ký gói cước.' / 'Nếu bạn là thành
                # viên ...' / 'ỦY BAN NHÂN DÂN | CỘNG HÒA ...': a site's own sentences above the
                # header block; the motto or the 'Số:' line right below says the header is still
                # to come)
                continue
            if BODY_OPENER_RE.match(full) or LABEL_START_RE.match(full) or seen_nonheader > 6:
                break
    if number_line is None and date_line is None and type_hit is None and scrape_type is None and not any(
            MOTTO_RE.search(texts[n]) for n in anchors):
        # no header fields at all (a text that starts at its first section): no header
        return res
    if vv is not None and kg_line is None and anchors:
        late = _late_kinh_gui(numbers, texts, max(anchors))
        if late is not None:
            # a letter's body begins at 'Kính gửi'; what a received copy shows between its V/v
            # summary and 'Kính gửi' is the receiver's routing note typed or written in the
            # margin ('1. Cô Hương gửi văn bản ...', '3. Công đoàn phối hợp ...'), no part of the
            # letter: header, not tasks
            kg_line = late
            anchors.append(late)
    # -- type, title
    verb_type = None
    if type_hit:
        h.doc_type = type_hit[1]
        st = _symbol_type(h.number)
        if type_hit[1] in ("Hướng dẫn", "Quy định") and type_hit[2] and st not in (None, type_hit[1], "Công văn"):
            # 'THÔNG' (the type line cut) / 'HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU ...' under 'Số:
            # 40/2016/TT-BLĐTBXH': 'hướng dẫn' and 'quy định' are types and also the verbs that open
            # titles; followed by more words on their line they open the title, and the number's
            # symbol names the type
            h.doc_type = st
            verb_type = TYPE_RE.search(texts[type_hit[0]]).group(1)
    elif scrape_type:
        h.doc_type = scrape_type
    if h.doc_type in (None, "Công văn") or (h.doc_type == "Chương trình" and type_hit is None):
        st = _symbol_type(h.number)
        if st is None and h.number is None and h.doc_type is None and not (vv or kg_line):
            st = _unread_number_type(texts, [n for n in numbers if n <= max(anchors)])
        if st == "Chỉ thị" and (vv or kg_line):
            # 'CT' is also a tax department's code ('1057/CT-TTHT' of a Cục Thuế): a Chỉ thị has
            # no 'V/v' summary and no 'Kính gửi' (Decree 30/2020, Appendix I), a letter has both
            st = None
        if st:
            h.doc_type = st
        elif h.doc_type is None and (vv or kg_line or _letter_symbol(h.number)):
            h.doc_type = "Công văn"
    if h.doc_type in ("Thông tư", "Nghị quyết") and h.number and re.search(r"/(?:TTLT|NQLT)(?:[/-]|$)", h.number):
        # ('THÔNG TƯ' over 'Số: 01/2004/TTLT/BVHTT-BYT': two ministries' joint circular prints the
        # short type line; the symbol's code says it is joint)
        h.doc_type += " liên tịch"
    end = max(anchors)
    title_lines: list[int] = []
    authority_name: str | None = None
    if type_hit:
        n0, _, after = type_hit
        parts = [after] if after else []
        if after:
            cut = BODY_OPENER_RE.search(after) or re.search(r"\s(Căn cứ|Ngày \d)", after)
            rule = RULE_RE.search(after)
            if rule and rule.start() > 0 and (cut is None or rule.start() < cut.start()):
                # ('QUYẾT ĐỊNH Về việc ban hành ...--------- BAN BÍ THƯ ... - Căn cứ ...' on one line:
                # the rule under the title ends it; the enacting body and the body follow)
                cut = rule
            kgm = KINH_GUI_RE.search(after)
            if kgm and kgm.start() > 0 and (cut is None or kgm.start() < cut.start()):
                # ('TỜ TRÌNH Về việc ... Kính gửi: Ủy ban nhân dân huyện ... Căn cứ ...' on one
                # line): the title ends at 'Kính gửi', whose list ends where the body opens
                parts = [after[: kgm.start()].strip()]
                if kg_line is None:
                    kg_line = n0
                cut = None
            if cut:
                parts = [after[: cut.start()].strip()]
                body_text = after[cut.start():].strip()
                col = texts[n0].find(body_text[:40])
                if col >= 0:
                    res.body_start = (n0, col)
        if not after or not (res.body_start or kg_line == n0):
            k = numbers.index(n0) + 1
            issuer_name = _name_key(" ".join(c for _, c in issuer_cols)) if issuer_cols else ""
            while k < len(numbers) and len(title_lines) < 5:
                n = numbers[k]
                t = texts[n].strip()
                if not t:
                    if (title_lines or parts) and not _wrapped_after_blank(numbers, texts, k):
                        break
                    k += 1
                    continue
                if SEPARATOR_RE.match(t):
                    title_lines.append(n)
                    break
                if BODY_OPENER_RE.match(t) or LABEL_START_RE.match(t) or KINH_GUI_RE.match(t):
                    break
                if parts and re.fullmatch(r"[\[(]?\s*(?:…|\.{3,})\s*[\])]?", t):
                    # ('[…]' under the title: an excerpt leaves text out here; what follows is the body
                    # it kept, 'Chương IV' or 'Điều 42. ...', no part of the title)
                    break
                if parts and (t.endswith(":") or AUTHORITY_RE.match(t)):
                    # ('Phòng Cảnh sát giao thông thông báo phân luồng như sau:', 'KT. TRƯỞNG PHÒNG'
                    # under a short notice's title with no blank line between): a lead-in that
                    # opens a list, or the signature; a title ends with neither
                    break
                if parts and re.fullmatch(r"\(\s*(?:[a-zà-ỹđ]|(?:Ban\s+hành\s+)?[Kk]èm\s+theo)[^()]*\)", t):
                    # ('(trình phiên họp Chính phủ thường kỳ tháng 8/2016)', '(Ban hành kèm theo Quyết
                    # định số ...)' under the title: a note on the document, in brackets and
                    # opening in lowercase or with the attach formula; a title's own bracketed
                    # line is in its case, '(GIAI ĐOẠN 2021 - 2025)')
                    title_lines.append(n)
                    break
                if (len(t) > 160 and not _is_upper_text(t)) or _day_line(t):
                    # ('THỨ HAI (09/02/2026):' after a schedule's title: its first day, the body)
                    # (a title in capitals is printed whole on one line by a web page: no limit)
                    break
                authority_key = _TITLE_AUTHORITY_LEAD_RE.sub("", _name_key(t))
                if parts and issuer_name and _is_upper_text(t) and (_name_key(t).endswith(issuer_name) or (
                        # ('ỦY BAN NHÂN DÂN |' in the header, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH'
                        # under the title: a table that lost the province line; the authority's
                        # line opens with the issuer's words and adds the place)
                        len(issuer_name.split()) >= 2 and authority_key.startswith(issuer_name + " ")
                        and _AUTHORITY_HEAD_RE.match(t) is not None)):
                    # 'ỦY BAN NHÂN DÂN TỈNH KON TUM', 'BỘ TRƯỞNG BỘ ...', 'CHỦ TỊCH ỦY BAN NHÂN DÂN
                    # TỈNH ...' right under the title: the enacting authority's line, which a
                    # decision prints before its preamble (Decree 30/2020, Appendix I), names
                    # the issuer of the header's left column; the title ended above it
                    if not _name_key(t).endswith(issuer_name):
                        authority_name = _AUTHORITY_LEAD_TEXT_RE.sub("", t).strip(" |")
                    break
                parts.append(t)
                title_lines.append(n)
                k += 1
        # ('THÔNG BÁO' over 'Kết luận của ...' or 'Ý kiến kết luận của đồng chí ...', bold in a
        # markdown conversion: the conclusions of a meeting's chair)
        if h.doc_type == "Thông báo" and parts and re.sub(r"^[*_\s]+", "", parts[0]).casefold().startswith(("kết luận", "ý kiến kết luận")):
            h.doc_type = "Thông báo kết luận"
        if verb_type:
            parts = [verb_type, *parts]
        title = re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip(" _-–")
        if title and issuer_cols and _is_upper_text(title):
            title = _strip_authority_tail(title, _name_key(" ".join(c for _, c in issuer_cols)))
        h.title = title or None
    if vv and not h.title:
        n0, after = vv
        t = after
        for rx in (DATE_RE, KINH_GUI_RE):
            mm = rx.search(t)
            if mm:
                cut = mm.start()
                if rx is DATE_RE and mm.group("place"):
                    cut = mm.start("place")
                t = t[:cut]
        # (the motto a merged line put beside the V/v is printed in capitals, or is the 'Độc lập -
        # Tự do - Hạnh phúc' line; 'Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam' in the
        # subject is the subject's words)
        t = MOTTO_RE.sub(lambda mm: " " if _is_upper_text(mm.group()) or fold(mm.group()).startswith("doc") else mm.group(), t)
        parts = [t.strip()]
        # a V/v that wraps onto the next line(s) of its column
        k = numbers.index(n0) + 1
        while k < len(numbers) and not parts[-1].endswith(".") and len(parts) < 4:
            n = numbers[k]
            nxt = columns(texts[n])[0].strip()
            if not nxt and _wrapped_after_blank(numbers, texts, k):
                k += 1
                continue
            if not nxt or MOTTO_RE.search(nxt) or DATE_RE.search(nxt) or KINH_GUI_RE.match(nxt) or _is_upper_text(nxt) \
                    or BODY_OPENER_RE.match(nxt) or len(nxt) > 120 or nxt[:1].isupper():
                break
            parts.append(nxt)
            title_lines.append(n)
            k += 1
        h.title = re.sub(r"\s+", " ", " ".join(parts)).strip() or None
    if h.title:
        # (a database's table bar left at the end of the cell's last line: layout, not words)
        h.title = re.sub(r"(?:\s*\|)+\s*$", "", h.title).strip() or None
    # -- Kính gửi
    kg_lines: list[int] = []
    if kg_line is not None:
        full = " ".join(columns(texts[kg_line]))
        km = KINH_GUI_RE.search(full) or DIEN_RE.match(full)
        rest = full[km.end():].strip() if km else ""
        items: list[str] = []
        glued = GLUED_BODY_RE.search(rest) if rest and res.body_start is None else None
        if glued and len(rest[:glued.start()].split()) >= 2:
            # 'Kính gửi: Đ/c Chủ tịch ... trực thuộc Trung ương Thực hiện Luật ..., Bộ Y tế đề
            # nghị ...:' (a crawl that joined the addressee and the first paragraph): the body
            # starts at the paragraph's opening words; the addressee list ends there
            body_text = rest[glued.start():].lstrip()
            col = doc.line(kg_line).text.find(body_text[:40])
            if col >= 0:
                res.body_start = (kg_line, col)
                rest = rest[:glued.start()].strip()
        if rest:
            items.extend(x for x in re.split(r";\s*", rest) if x.strip())
        k = numbers.index(kg_line) + 1 if not (glued and res.body_start) else len(numbers)
        last_item = rest
        while k < len(numbers) and len(items) < 30:
            n = numbers[k]
            t = texts[n].strip()
            if t == "|":
                # a database's cell border: before the list it separates the label from the list,
                # after it the list's cell has ended
                if items:
                    break
                k += 1
                continue
            if not t:
                if items:
                    # a blank line ends the list unless the next line is another '-' item
                    nxt = next((texts[x].strip() for x in numbers[k + 1:] if texts[x].strip()), "")
                    # (an en dash or a bullet of a word processor marks the items as well: '– Ban VHTT 13 phường.')
                    if not nxt.startswith(("-", "–", "+", "•")):
                        break
                k += 1
                continue
            if last_item.endswith(".") and items:
                break
            if BODY_OPENER_RE.match(t) or LABEL_START_RE.match(t) or (len(t) > 150 and not t.startswith("-")):
                break
            if items and t[:1].islower() and items[-1].lstrip().startswith(("-", "+", "•")) \
                    and not items[-1].rstrip().endswith((";", ".", ":", ",")):
                # ('- Các Bộ, cơ quan ngang Bộ, cơ quan' / 'thuộc Chính phủ;': an item wrapped onto
                # the next line goes on in lowercase, without its own dash)
                items[-1] = items[-1].rstrip() + " " + t
                kg_lines.append(n)
                last_item = items[-1]
                k += 1
                continue
            items.append(t)
            kg_lines.append(n)
            last_item = t
            k += 1
        h.addressees = [re.sub(r"^[-–+•]\s*", "", x).strip().rstrip(";.").strip() for x in items if x.strip(" -;.")]
    # -- issuer
    bodies: list[str] = []
    last_n = None
    for n, c in issuer_cols:
        if RUNNING_RE.match(c) or GAZETTE_LABEL_RE.match(c) or TYPE_RE.match(c) or AUTHORITY_RE.match(c):
            continue
        if re.match(r"\s*(?:ĐIỆN|[Đđ]iện)\s*:", c):
            continue  # ('CHỦ TỊCH UBND HUYỆN X' / 'ĐIỆN:': a cable's verb before its addressees, no part of a name)
        if SYMBOL_ONLY_RE.match(c) or not re.search(r"[^\W\d_]{2}", c):
            # the symbol half of a number whose digits are handwritten ('Số: ....' /
            # '/UBND-SGDĐT'), or a scan's specks ('W Š 1'): no part of a body's name
            continue
        # a body name wrapped over two lines ('BỘ LAO ĐỘNG - THƯƠNG' / 'BINH VÀ XÃ HỘI',
        # 'ỦY BAN NHÂN DÂN' / 'TỈNH BÌNH DƯƠNG'): a line that does not open a body continues,
        # when it follows at once (an uppercase line further down is something else)
        if bodies and re.fullmatch(r"[ỦU][YỶ]", bodies[-1].strip()) and n - (last_n or n) <= 2:
            # ('ỦY' / 'BAN NHÂN DÂN' / 'TỈNH QUẢNG TRỊ': a scrape that broke the cell after its
            # first word; 'BAN' opens no new body here)
            bodies[-1] = f"{bodies[-1].strip()} {c}"
            last_n = n
            continue
        if bodies and re.fullmatch(r"(?:BAN\s+)?THƯỜNG\s+(?:TRỰC|VỤ)", c.strip()) and last_n is not None and n - last_n <= 2:
            # 'HỘI ĐỒNG NHÂN DÂN' / 'TỈNH QUẢNG TRỊ' / 'THƯỜNG TRỰC': the council's standing
            # committee, printed under the council's name, is the body that issues
            bodies[-1] = f"{c.strip()} {bodies[-1]}"
            last_n = n
            continue
        if bodies and re.fullmatch(r"(?:PHỦ\s+)?THỦ\s+TƯỚNG", bodies[-1].strip()) and c.strip().startswith("CHÍNH PHỦ") \
                and last_n is not None and n - last_n <= 2:
            # ('THỦ TƯỚNG' / 'CHÍNH PHỦ': the Prime Minister's name wrapped in its cell; the office
            # alone names no body)
            bodies[-1] = f"{bodies[-1].strip()} {c}"
            last_n = n
            continue
        if bodies and _OPEN_END_RE.search(bodies[-1]) and last_n is not None and n - last_n <= 2:
            # ('ĐẢNG ỦY KHỐI CÁC' / 'CƠ QUAN TỈNH', 'SỞ NÔNG NGHIỆP VÀ' / 'PHÁT TRIỂN NÔNG THÔN'):
            # a name does not end on 'CÁC', 'VÀ', 'CỦA' or a hyphen; the line below goes on with
            # it even when it opens with a word that can head a body
            bodies[-1] = f"{bodies[-1]} {c}"
            last_n = n
            continue
        if bodies and not BODY_HEAD_RE.match(c):
            if last_n is not None and n - last_n > 2:
                continue
            if bodies[-1].rstrip().endswith("|"):
                # a table cell closed by its pipe ('BỘ Y TẾ |') takes no continuation: the next
                # uppercase line is another cell's ('VIỆT NAM |', the wrapped motto's tail)
                continue
            bodies[-1] = f"{bodies[-1]} {c}"
        else:
            bodies.append(c)
        last_n = n
    pieces: list[str] = []
    for b in bodies:
        for p in split_issuer(b):
            p = p.strip(" -–—:;,")  # a scan's rule or bullet beside the name ('- SỞ GIÁO DỤC')
            if len(p) > 2 and not MOTTO_RE.search(p) and (not pieces or pieces[-1] != p):
                pieces.append(p)
    if pieces:
        # (H21) a space lost in print between two capitalised syllables ('THƯƠNG BINHVÀ XÃ HỘI') is
        # split by the repair stage (pipeline/repair/gluedcaps.py), so the lines read here hold it
        pieces = pieces[-2:]
        h.issuer = respell_from_body(pieces[-1], doc, max(anchors))
        h.issuer_parent = respell_from_body(pieces[-2], doc, max(anchors)) if len(pieces) > 1 else None
        # ('PHÒNG GIÁO DỤC-ĐÀO TẠO', 'TỈNH BÀ RỊA-VŨNG TÀU': a hyphen between two words of a
        # name is written with a space on each side, 'Giáo dục - Đào tạo', 'Bà Rịa - Vũng Tàu')
        h.issuer = _NAME_HYPHEN_RE.sub(" - ", h.issuer)
        if h.issuer_parent:
            h.issuer_parent = _NAME_HYPHEN_RE.sub(" - ", h.issuer_parent)
        if h.issuer_parent and re.fullmatch(r"V[ĂA]N\s+PH[ÒO]NG", h.issuer.strip(), re.IGNORECASE):
            # 'UBND TỈNH HÀ TĨNH' / 'VĂN PHÒNG': every People's Committee, council and Party
            # committee has an Office; the bare word names none of them, its parent does
            h.issuer = f"{h.issuer.strip()} {h.issuer_parent.strip()}"
    elif title_lines:
        # no issuer column (a conversion lost the header table): the enacting body printed under
        # the title, before 'Căn cứ' ('NGHỊ QUYẾT / VỀ ... / HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG /
        # KHÓA XVII - KỲ HỌP THỨ NĂM') is the issuer
        for n in sorted(title_lines):
            t = texts[n].strip()
            if _is_upper_text(t) and BODY_HEAD_RE.match(t) and len(t.split()) <= 12:
                h.issuer = respell_from_body(t, doc, max(anchors) if anchors else n)
    if authority_name and h.issuer and not h.issuer_parent and _name_key(authority_name).startswith(_name_key(h.issuer) + " "):
        # (the header's issuer without its place, the authority's line under the title with it)
        h.issuer = respell_from_body(authority_name, doc, max(anchors))
    if h.issuer is None and h.doc_type in ("Lịch công tác", "Lịch làm việc") and h.title:
        om = SCHEDULE_OWNER_RE.search(h.title)
        if om and _is_upper_text(om.group("body")) and BODY_HEAD_RE.match(om.group("body")):
            # a leaders' schedule is issued by the body it names ('LỊCH LÀM VIỆC CỦA LÃNH ĐẠO ỦY
            # BAN NHÂN DÂN XÃ NGHĨA TRUNG'), no signature or header column names it
            h.issuer = respell_from_body(om.group("body").strip(), doc, max(anchors))
    # -- lines of the header
    all_lines = set(anchors) | set(title_lines) | set(kg_lines)
    end = max(all_lines)
    # an authority line ('CHÍNH PHỦ', 'THỦ TƯỚNG CHÍNH PHỦ') or separators just before 'Căn cứ'
    k = numbers.index(end) + 1 if end in numbers else len(numbers)
    while k < len(numbers):
        n = numbers[k]
        t = texts[n].strip()
        # (an uppercase line that carries a day, 'THỨ HAI (13/11)', opens a weekly schedule's body)
        if not t or SEPARATOR_RE.match(t) or (_is_upper_text(t) and len(t.split()) <= 10 and not LABEL_START_RE.match(t)
                                              and not t.rstrip().endswith(":") and not AUTHORITY_RE.match(t)
                                              and not re.search(r"\d{1,2}\s*/\s*\d{1,2}", t)):
            if t:
                all_lines.add(n)
                end = n
            k += 1
            continue
        break
    res.end = end
    res.lines = sorted(x for x in all_lines if x <= end)
    # every line up to the end of the header is header (blank lines and rules included)
    res.lines = [n for n in numbers if n <= end]
    if h.date is None and date_line is not None:
        h.date = _date_from_stamp(doc, texts.get(date_line, ""), numbers)
    if h.date is None and date_line is None:
        # a date line whose month or year lost its digits ('ngày 29 tháng    năm 2022', 'năm
        # 202 ': a PDF font without them, a scan): still the date line, dated by the stamp
        damaged = next((texts[n] for n in numbers if n <= max(end, numbers[0]) and DAMAGED_DATE_RE.search(texts[n])), None)
        if damaged is not None:
            h.date = _date_from_stamp(doc, damaged, numbers)
    read_number = h.number
    h.number = plausible_number(h.number)
    if doc.meta.get("ocr") or doc.meta.get("ocr_evidence"):
        h.number = issuer_code(h.number, h.issuer)
        if read_number is not None and h.number is None and h.date is not None:
            # the number was handwriting OCR read as noise ('Số: 4/35' for 1535): the day of
            # the date line is filled in by the same hand when the letter is registered, and
            # read no better ('ngày 8' for 31); only a signature stamp's date is kept
            h.date = _date_from_stamp(doc, "", numbers)
    if h.number is None and h.date is None:
        attached = _attached_to(doc)
        if attached:
            h.number, h.date = attached
    h.period = _period_from(h)
    return res


_YEAR = re.compile(r"(?:19|20)\d\d")
# a date line cut after 'ngày' or its day: 'Bắc Kạn, ngày 23' (the month and year below); the
# place must open it, as on a header's date line: a wrapped sentence of the body that ends in
# 'ngày' ('... tại Nghị định số 15/2018/NĐ-CP ngày' / '02 tháng 02 năm 2018') cites a date
# (or after its month: 'Sơn La, ngày 11 tháng 3' / 'năm 2020', 'Hà Nội, ngày 22 tháng 08' / 'năm 2017',
# a database's cell wrapped before the year)
_DATE_CUT_RE = mark_tolerant(re.compile(r"(?<![\w/])" + PLACE + r"\s*,\s*(?i:ngày)\s*\d{0,2}(?:\s*(?i:tháng)\s*\d{0,2})?(?:\s*(?i:năm))?\s*$"))


def plausible_number(number: str | None) -> str | None:
    """The number, or None when its digits are no number a directive prints: a handwritten
    number OCR read as noise ('5Ï/TCT-TTKT' for 586, '4/35/SGDĐT-CTrTT' for 1535).  Its
    first part is digits (a letter after them allowed: '45a/QĐ-UBND'), and a second part of
    digits is a year ('12/2020/NĐ-CP').  An empty field is better than a wrong one."""
    if not number:
        return number
    parts = re.split(r"[/\-]", number)
    if not re.fullmatch(r"\d+[a-zđ]?", parts[0]):
        return None
    if len(parts) > 2 and parts[1].isdigit() and not _YEAR.fullmatch(parts[1]):
        return None
    return number


_SKIP_INITIAL = {"VÀ", "CỦA", "&"}


def issuer_code(number: str | None, issuer: str | None) -> str | None:
    """In an OCR'd document, the first code of a letter's symbol one letter away from the
    issuer's initials is its initials misread ('2862/ICT-HTQT' of the TỔNG CỤC THUẾ:
    'TCT'): the symbol opens with the issuing body's abbreviation (Decree 30/2020/NĐ-CP,
    Appendix I)."""
    if not number or not issuer or "/" not in number:
        return number
    parts = split_issuer(issuer)
    body = parts[-1] if parts else issuer
    words = [w for w in re.findall(r"[^\W\d_]+", body.upper()) if w not in _SKIP_INITIAL]
    initials = "".join(w[0] for w in words)
    lead, sym = number.split("/", 1)
    m = re.match(r"[A-ZĐ]+", sym)
    if not m or len(initials) < 3:
        return number
    code = m.group()
    if len(code) == len(initials) and code != initials and sum(a != b for a, b in zip(code, initials)) == 1:
        return f"{lead}/{initials}{sym[len(code):]}"
    return number


_ATTACHED_RE = re.compile(
    r"\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+(?:Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Công\s+văn)\s+(?:số\s*:?\s*)?"
    r"(?P<num>\d+[\w./\-Đđ]*/[\w./\-Đđ]+)\s*,?\s*[Nn]gày\s+(?P<d>\d{1,2})(?:\s+tháng\s+|/)(?P<m>\d{1,2})(?:\s+năm\s+|/)(?P<y>\d{4})")


def _attached_to(doc: Document) -> tuple[str, _dt.date] | None:
    """(number, date) of the decision a plan or programme is attached to, when the plan prints
    no number or date of its own but its title says '(Kèm theo Quyết định số 1422/QĐ-TTg Ngày 19
    tháng 11 năm 2024 của Thủ tướng Chính phủ)'.  Why: an attached Kế hoạch is issued by that
    decision on that day (its identity and the year its undated deadlines take); only the first
    lines are read, so a decision cited later in the body is never taken."""
    text = re.sub(r"\s+", " ", " ".join(ln.text for ln in doc.lines[:25]))
    m = _ATTACHED_RE.search(text)
    if not m:
        return None
    try:
        return m.group("num"), _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


# the header's date line with digits of the month or the year lost (spaces where they were)
DAMAGED_DATE_RE = mark_tolerant(re.compile(
    r"(?<![^\W_])ngày\s*\d{0,2}\s*tháng\s*(?:\d?\s+|\d{1,2}\s*)năm(?:\s*\d{0,3}\s*$|\s+\d{0,3}\s*[^\d\s])|"
    r"(?<![^\W_])ngày\s*\d{0,2}\s*tháng\s*\s{2,}năm\s*\d{4}|"
    # (the month's digits lost with their blanks: 'ngày 05 tháng năm 2020')
    r"(?<![^\W_])ngày\s*\d{1,2}\s+tháng\s+năm\s+\d{4}", re.I))
# an e-signature stamp's time: 'Thời gian ký: 30.11.2022 14:39', 'Ngày ký: 2026-05-08', and the
# English stamp of a PDF signing tool ('Digitally signed by ...' / 'Date: 2020.05.05 16:56:11')
_STAMP_DATE_RE = re.compile(r"(?:Thời\s+gian\s+k[ýy]|Ngày\s+k[ýy]|(?<![\w])Date)\s*:\s*"
                            r"(?:(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{4})[-.](\d{2})[-.](\d{2}))", re.I)
# how far down the first page a stamp is looked for when the header holds none: the stamp sits
# where the signature was placed on page 1, often at its foot, below the first paragraphs
_STAMP_REACH = 80


def _date_from_stamp(doc: Document, date_text: str, numbers: list[int]) -> _dt.date | None:
    """The date of a scanned letter whose printed date the OCR damaged ('ngày 29 tháng 44 năm
    2022'), from its digital-signature stamp ('Thời gian ký: 30.11.2022 14:39'): the letter is
    dated the day it is signed or a few days before, so the printed day is kept when it is a day
    of that month up to the signing day, and the stamp gives the month and year."""
    stamp = None
    first_page = []
    for ln in doc.lines[:_STAMP_REACH]:
        if "PAGE BREAK" in ln.text or "\f" in ln.text or (ln.page or 1) > 1:
            break
        first_page.append(ln.number)
    for n in list(numbers[:15]) + [k for k in first_page if k not in numbers[:15]]:
        m = _STAMP_DATE_RE.search(doc.line(n).text)
        if m:
            d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(6), m.group(5), m.group(4))
            try:
                stamp = _dt.date(int(y), int(mo), int(d))
            except ValueError:
                stamp = None
            break
    if stamp is None:
        return None
    pm = re.search(r"ngày\s*(\d{1,2})\s*tháng", date_text, re.I)
    if pm and 1 <= int(pm.group(1)) <= stamp.day and stamp.day - int(pm.group(1)) <= 7:
        return stamp.replace(day=int(pm.group(1)))
    return stamp


def displaced_header(doc: Document, after: int, window: int = 150) -> HeaderResult | None:
    """A header block that a PDF's reading order put after the first page's body (the
    gazette extraction prints 'CHÍNH PHỦ / Số: 135/2026/NĐ-CP / CỘNG HÒA ...' after the
    first articles): the national motto with a 'Số:' line next to it, further down."""
    limit = min(len(doc.lines), after + window)
    for n in range(after + 1, limit + 1):
        if doc.line(n).block == "running" or not MOTTO_RE.search(doc.line(n).text):
            continue
        lo, hi = max(after + 1, n - 6), min(limit, n + 6)
        if not any(NUMBER_RE.search(doc.line(k).text) for k in range(lo, hi + 1)):
            continue
        start = lo
        # begin at the issuer: back up over uppercase lines before the motto ('BỘ GIÁO DỤC VÀ ĐÀO
        # TẠO' / '' / '_____' / '' / 'Số: ...' under a page's own paragraphs: a portal that makes a
        # paragraph of each printed line puts blank lines and the rule between the issuer and the
        # number, and the window above may open under the issuer's name)
        k, name = start - 1, []
        while k > after and len(name) < 3:
            t = doc.line(k).text.strip()
            if t and not SEPARATOR_RE.match(t):
                if not _is_upper_text(t) or len(t) > 120 or MOTTO_RE.search(t) or TYPE_RE.fullmatch(t):
                    break
                name.insert(0, (k, t))
            k -= 1
        while name and not BODY_HEAD_RE.match(name[0][1]):
            name.pop(0)
        if name:
            start = name[0][0]
        res = parse_header(doc, start)
        if res.header.number or res.header.date:
            return res
    return None


_PERIOD_RE = re.compile(r"tháng\s+(\d{1,2})\s*(?:/|năm|-)\s*(\d{4})", re.IGNORECASE)
_YEAR_RE = re.compile(r"năm\s+(\d{4})\b", re.IGNORECASE)
PLANNING_TYPES = {"Chương trình công tác", "Kế hoạch", "Lịch công tác", "Lịch làm việc", "Chương trình", None}


def period_from_text(text: str, year_ok: bool = True) -> str | None:
    for m in _PERIOD_RE.finditer(text or ""):
        if re.search(r"ngày\s*\d{1,2}\s*$", text[max(0, m.start() - 12):m.start()], re.IGNORECASE):
            # 'THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG NGÀY 02 THÁNG 5 NĂM 2024': a day before the month
            # dates a document the title cites; the period a plan is for is a month alone
            continue
        if 1 <= int(m.group(1)) <= 12:
            return f"{m.group(2)}-{int(m.group(1)):02d}"
        break
    if year_ok:
        y = _YEAR_RE.search(text or "")
        if y:
            return y.group(1)
    return None


def _period_from(h: Header) -> str | None:
    """The month (or year) a work programme or plan is for, from its title."""
    if h.doc_type not in PLANNING_TYPES or not h.title:
        return None
    return period_from_text(h.title, year_ok=h.doc_type in ("Chương trình công tác", "Lịch công tác", "Lịch làm việc"))


# A body written in mixed case on a document's first line ('Trường THCS Hoàng Lương' above a
# school's weekly plan, 'Ủy ban nhân dân xã Tân Phú' in a web copy that lost the header table):
# a body head, then only capitalised words or codes (a proper name) or the gazetteer's words.
_NAME_LOWER_WORDS = frozenset(
    "và nhân dân xã phường huyện tỉnh quận thị trấn thành phố giáo dục đào tạo y tế tài chính nội vụ "
    "công an mầm non tiểu học trung học cơ sở phổ thông".split())


def first_line_issuer(doc: Document) -> int | None:
    """The number of the first line when it names the issuing body in mixed case, else None.

    Only the first non-empty line counts, and only a short one without digits or sentence
    punctuation: a body named later in the text is an addressee or a subject, not the issuer.
    """
    for ln in doc.lines[:3]:
        t = ln.text.strip()
        if not t:
            continue
        words = t.split()
        if not 2 <= len(words) <= 10 or re.search(r"[\d:;.,!?()]", t) or _is_upper_text(t):
            return None
        head = BODY_HEAD_RE.match(t.upper())
        if not head or not t[:1].isupper():
            return None
        rest = t[head.end():].split()
        if rest and all(w[:1].isupper() or w in _NAME_LOWER_WORDS for w in rest) and any(w[:1].isupper() for w in rest):
            return ln.number
        return None
    return None

