#!/usr/bin/env python3
"""Build models/gazetteer.tsv: Vietnamese administrative bodies with abbreviations and variants.

    python models/build_gazetteer.py [--corpus ../shared/corpus/congbao.jsonl.gz]

Two sources, both reproducible:
1. The canonical lists below, written by hand for this project (the organisation of the
   Vietnamese state: ministries, ministry-level agencies, provincial departments (Sở),
   district offices (Phòng), inspectorates, police and military commands, people's committees,
   mass organisations, treasury/tax/social insurance) with the abbreviations in use.
2. When the gazette corpus is present, names of 'Bộ X', 'Sở X', 'Ủy ban X' and 'Tổng cục/Cục X'
   mined from it (kept when seen at least MIN_COUNT times and well formed), to add bodies the
   hand lists miss.  Without the corpus the committed file is kept as it is unless --no-corpus.

Columns: canonical, variant, kind, level.  One row per variant (the canonical name is also a
variant of itself).  The extraction stage reads this file; nothing is downloaded at run time.
"""
from __future__ import annotations

import argparse
import collections
import csv
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.corpus_source import is_held_out  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "gazetteer.tsv"
# the repo's sibling '../shared' (a clone next to the material), or two levels up (a worktree)
DEFAULT_CORPUS = next((p for p in (HERE.parent.parent / "shared" / "corpus" / "congbao.jsonl.gz",
                                   HERE.parent.parent.parent / "shared" / "corpus" / "congbao.jsonl.gz") if p.exists()),
                      HERE.parent.parent / "shared" / "corpus" / "congbao.jsonl.gz")
MIN_COUNT = 5

# Fields of state management, with their abbreviations; a ministry is 'Bộ ' + field, a
# provincial department 'Sở ' + field, a district office 'Phòng ' + field.
FIELDS: dict[str, list[str]] = {
    "Nội vụ": ["NV"],
    "Tư pháp": ["TP"],
    "Kế hoạch và Đầu tư": ["KH&ĐT", "KHĐT", "KH-ĐT", "Kế hoạch - Đầu tư"],
    "Tài chính": ["TC"],
    "Công Thương": ["CT", "Công thương"],
    "Nông nghiệp và Phát triển nông thôn": ["NN&PTNT", "NNPTNT", "NN và PTNT", "Nông nghiệp và PTNT"],
    # ('Bộ NN-MT': gazette corpus:thong-tu-so-22-2026-tt-bnnmt-469587, the ministry's own form; written like 'KH-ĐT')
    "Nông nghiệp và Môi trường": ["NN&MT", "NNMT", "NN-MT"],
    "Giao thông vận tải": ["GTVT", "Giao thông - Vận tải", "Giao thông Vận tải"],
    "Xây dựng": ["XD"],
    "Tài nguyên và Môi trường": ["TN&MT", "TNMT", "TN và MT", "Tài nguyên - Môi trường"],
    "Thông tin và Truyền thông": ["TT&TT", "TTTT", "TT và TT", "Thông tin - Truyền thông"],
    "Lao động - Thương binh và Xã hội": ["LĐ-TB&XH", "LĐTBXH", "LĐ,TB&XH", "LĐTB&XH", "Lao động, Thương binh và Xã hội", "Lao động Thương binh và Xã hội"],
    "Văn hóa, Thể thao và Du lịch": ["VH,TT&DL", "VHTTDL", "VH, TT&DL", "VH-TT&DL", "VHTT&DL", "Văn hóa - Thể thao và Du lịch", "Văn hóa Thể thao và Du lịch"],
    "Khoa học và Công nghệ": ["KH&CN", "KHCN", "KH và CN"],
    "Giáo dục và Đào tạo": ["GD&ĐT", "GDĐT", "GD-ĐT", "GD và ĐT"],
    "Y tế": ["YT"],
    "Ngoại giao": [],
    "Quốc phòng": [],
    "Công an": [],
    "Dân tộc và Tôn giáo": [],
}
# (provinces have had a 'Sở Dân tộc và Tôn giáo' since the 2025 reorganisation)
MINISTRY_ONLY = ["Ngoại giao", "Quốc phòng", "Công an"]
DEPARTMENT_EXTRA = {"Ngoại vụ": [], "Du lịch": [], "Văn hóa và Thể thao": ["VH&TT"], "Quy hoạch - Kiến trúc": ["QH-KT"]}
DISTRICT_OFFICES: dict[str, list[str]] = {
    "Phòng Tài chính - Kế hoạch": ["Phòng TC-KH", "Phòng TCKH", "Phòng TC - KH", "Phòng Tài chính Kế hoạch", "Phòng Tài chính và Kế hoạch", "P.TC-KH"],
    "Phòng Nội vụ": ["Phòng NV"],
    "Phòng Tư pháp": [],
    "Phòng Tài nguyên và Môi trường": ["Phòng TN&MT", "Phòng TNMT", "Phòng TN-MT"],
    "Phòng Kinh tế - Hạ tầng": ["Phòng KT-HT", "Phòng KTHT", "Phòng KT&HT", "Phòng Kinh tế và Hạ tầng", "Phòng Kinh tế Hạ tầng"],
    "Phòng Kinh tế": ["Phòng KT"],
    "Phòng Quản lý đô thị": ["Phòng QLĐT"],
    "Phòng Văn hóa - Thông tin": ["Phòng VH-TT", "Phòng VHTT", "Phòng Văn hóa Thông tin"],
    "Phòng Văn hóa và Thông tin": ["Phòng VH&TT"],
    "Phòng Văn hóa, Khoa học và Thông tin": ["Phòng VH,KH&TT"],
    "Phòng Lao động - Thương binh và Xã hội": ["Phòng LĐ-TB&XH", "Phòng LĐTBXH", "Phòng LĐTB&XH"],
    "Phòng Nông nghiệp và Phát triển nông thôn": ["Phòng NN&PTNT", "Phòng NNPTNT"],
    "Phòng Nông nghiệp và Môi trường": ["Phòng NN&MT"],
    "Phòng Giáo dục và Đào tạo": ["Phòng GD&ĐT", "Phòng GDĐT", "Phòng GD-ĐT"],
    "Phòng Y tế": [],
    "Phòng Dân tộc": [],
    "Phòng Khoa học và Công nghệ": [],
    "Phòng Công nghệ thông tin": ["Phòng CNTT", "P.CNTT"],
    "Phòng Tổng hợp": [],
    "Phòng Thanh tra": [],
    "Phòng Bưu chính": [],
    "Phòng Viễn thông": [],
    "Phòng Quản lý Báo chí - Xuất bản": [],
    "Phòng Kế hoạch - Tài chính": ["Phòng KH-TC"],
    # the commune-level offices of the two-level local government (from July 2025)
    "Phòng Văn hóa - Xã hội": ["Phòng VH-XH", "Phòng Văn hóa Xã hội"],
    "Phòng Kinh tế, Hạ tầng và Đô thị": ["Phòng KT,HT&ĐT", "Phòng Kinh tế - Hạ tầng và Đô thị"],
}
# bodies that take a jurisdiction word after them ('Thanh tra huyện', 'Công an tỉnh')
JURISDICTIONAL: dict[str, list[str]] = {
    "Ủy ban nhân dân": ["UBND", "UB nhân dân", "Uỷ ban nhân dân", "Ủy ban ND"],
    "Hội đồng nhân dân": ["HĐND"],
    "Thường trực Hội đồng nhân dân": ["TT HĐND", "Thường trực HĐND"],
    "Thanh tra": [],
    "Công an": [],
    "Ban Chỉ huy Quân sự": ["BCHQS", "Ban CHQS", "Ban chỉ huy quân sự"],
    "Bộ Chỉ huy Quân sự": ["Bộ CHQS"],
    "Bộ Chỉ huy Bộ đội Biên phòng": ["BĐBP", "Bộ CH BĐBP"],
    "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân": ["Văn phòng HĐND và UBND", "VP HĐND và UBND", "Văn phòng HĐND - UBND", "VP HĐND-UBND", "Văn phòng HĐND-UBND"],
    "Văn phòng Ủy ban nhân dân": ["Văn phòng UBND", "VP UBND", "VPUBND"],
    "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân": ["Văn phòng Đoàn ĐBQH và HĐND"],
    "Văn phòng Huyện ủy": [],
    "Văn phòng Tỉnh ủy": [],
    "Văn phòng Thành ủy": [],
    "Văn phòng Đảng ủy": [],
    # with or without 'Việt Nam' as the text has it (the scorer's abbreviations keep the two apart)
    "Ủy ban Mặt trận Tổ quốc": ["UBMTTQ", "UB MTTQ", "Ủy ban MTTQ", "Uỷ ban MTTQ", "Mặt trận Tổ quốc", "MTTQ"],
    "Ủy ban Mặt trận Tổ quốc Việt Nam": ["Ủy ban MTTQVN", "UBMTTQVN", "Ủy ban MTTQ Việt Nam", "UB MTTQVN"],
    "Ban Thường trực Ủy ban Mặt trận Tổ quốc": ["Ban Thường trực Ủy ban MTTQ", "Ban Thường trực UBMTTQ", "Ban Thường trực Uỷ ban MTTQ"],
    "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam": ["Ban Thường trực Ủy ban MTTQ Việt Nam", "Ban Thường trực UBMTTQVN"],
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh": ["Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên", "Đoàn TNCS HCM", "Đoàn TN"],
    "Hội Liên hiệp Phụ nữ": ["Hội LHPN", "Hội Phụ nữ", "Hội Liên hiệp phụ nữ"],
    "Hội Nông dân": ["Hội ND"],
    "Hội Cựu chiến binh": ["Hội CCB"],
    "Liên đoàn Lao động": ["LĐLĐ", "Liên đoàn lao động"],
    "Kho bạc Nhà nước": ["KBNN", "Kho bạc nhà nước", "Kho bạc"],
    "Chi cục Thuế": ["Chi cục thuế"],
    "Cục Thuế": ["Cục thuế"],
    "Cục Hải quan": [],
    "Chi cục Hải quan": [],
    "Cục Thống kê": [],
    "Chi cục Thống kê": [],
    "Bảo hiểm xã hội": ["BHXH"],
    "Trung tâm Y tế": ["TTYT"],
    "Trung tâm Văn hóa - Thông tin và Thể thao": ["Trung tâm VH-TT&TT", "Trung tâm Văn hóa, Thông tin và Thể thao"],
    "Trung tâm Phát triển quỹ đất": ["Trung tâm PTQĐ"],
    "Trung tâm Hành chính công": [],
    "Trung tâm Chính trị": [],
    "Trung tâm Dịch vụ nông nghiệp": [],
    "Ban Quản lý dự án đầu tư xây dựng": ["Ban QLDA ĐTXD", "Ban QLDA", "Ban Quản lý dự án"],
    "Ban Quản lý Khu kinh tế": ["BQL Khu kinh tế", "Ban quản lý Khu kinh tế"],
    "Ban Quản lý các khu công nghiệp": ["BQL các KCN", "Ban Quản lý các KCN"],
    "Ban Quản lý các Khu kinh tế và Khu công nghiệp": ["Ban Quản lý các KKT và KCN", "BQL các KKT và KCN"],
    "Ban Quản lý Khu kinh tế và Khu công nghiệp": [],
    "Ban Dân tộc": [],
    "Ban Tuyên giáo": [],
    "Ban Dân vận": [],
    # the Party committee's own bodies at every level ('Ban Tuyên giáo và Dân vận Tỉnh ủy', merged
    # in 2025; 'Ủy ban Kiểm tra Huyện ủy'): with the committee after them, one office
    "Ban Tuyên giáo và Dân vận": [],
    "Ủy ban Kiểm tra": ["UBKT", "Uỷ ban Kiểm tra"],
    "Ban Xây dựng Đảng": [],
    "Ban Tổ chức": [],
    "Ban Thường vụ": [],
    "Ban Thường vụ Tỉnh ủy, Thành ủy": ["Ban Thường vụ các tỉnh ủy, thành ủy", "Ban Thường vụ Tỉnh ủy, Thành ủy trực thuộc Trung ương"],
    "Ban Thường vụ Tỉnh ủy": [],
    "Ban Thường vụ Thành ủy": [],
    "Ban Thường vụ Huyện ủy": [],
    "Ban Thường vụ Đảng ủy": [],
    "Hạt Kiểm lâm": [],
    "Đội Quản lý thị trường": ["Đội QLTT"],
    "Chi cục Quản lý thị trường": ["Chi cục QLTT"],
    "Cục Quản lý thị trường": ["Cục QLTT"],
    "Đồn Biên phòng": ["Đồn BP"],
    "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn": ["Ban Chỉ huy PCTT và TKCN", "Ban Chỉ huy PCTT&TKCN", "BCH PCTT và TKCN"],
    "Văn phòng Điều phối nông thôn mới": ["Văn phòng Điều phối NTM"],
    "Trung tâm Phục vụ hành chính công": [],
    "Chi cục Kiểm lâm": [],
    "Đài Phát thanh và Truyền hình": ["Đài PT-TH", "Đài PTTH"],
    "Trung tâm Truyền thông và Văn hóa": [],
    "Tòa án nhân dân": ["TAND"],
    "Viện Kiểm sát nhân dân": ["VKSND"],
    "Chi cục Thi hành án dân sự": ["Chi cục THADS"],
    "Cục Thi hành án dân sự": ["Cục THADS"],
    "Ngân hàng Chính sách xã hội": ["NHCSXH"],
    "Ban Chỉ đạo": ["BCĐ"],
    "Tỉnh đoàn": [],
    # commune civil servants and village heads: the offices of a commune's notices
    "Công chức Văn phòng - Thống kê": ["công chức Văn phòng - Thống kê"],
    "Công chức Địa chính - Xây dựng": ["công chức Địa chính - Xây dựng", "Công chức Địa chính - Xây dựng - Đô thị và Môi trường", "Địa chính - Nông nghiệp - Xây dựng và Môi trường"],
    "Công chức Tài chính - Kế toán": ["công chức Tài chính - Kế toán"],
    "Công chức Tư pháp - Hộ tịch": ["công chức Tư pháp - Hộ tịch"],
    "Công chức Văn hóa - Xã hội": ["công chức Văn hóa - Xã hội"],
    "Trưởng Công an xã": [],
    "Chỉ huy trưởng Ban Chỉ huy Quân sự": ["Chỉ huy trưởng Quân sự", "Chỉ huy trưởng BCHQS"],
    "Huyện đoàn": [],
    # (office39, O19) the Youth Union of a city, a town and an urban district, beside the province's and
    # the district's above -- the same levels as 'Thành ủy', 'Thị ủy', 'Quận ủy' ('Thành đoàn Hà Nội chủ
    # động phối hợp với Sở ...', office_spans ob27-016 'Thị đoàn phối hợp với UBND phường ...', ob21-021 'Các
    # tỉnh, thành Đoàn ...', the gazette's 'Chủ trì phối hợp với Tỉnh, Thành đoàn'): unread, the body's
    # own work was given to its partner alone
    "Thành đoàn": [],
    "Thị đoàn": [],
    "Quận đoàn": [],
    # (tasks44) the Youth Union of a ward, a commune and a township, named level-last as the press and
    # the youth sites write it ('Đoàn phường Long Trường tổ chức ra quân ...', 'Trong đó, Đoàn phường
    # thực hiện ...' -- pending fy3; 'Bên cạnh đó, Đoàn phường cũng triển khai ...' -- pending gb1;
    # 'BTV Huyện Đoàn chỉ đạo Đoàn xã Toàn Thắng tham mưu ...' -- task_audit short3 se27; 'Đoàn thị
    # trấn Phú Thịnh: ra quân ...' -- header_fields AM07): no body to the gazetteer, so the unit's own
    # step had no doer; 'Đoàn thanh niên phường' was read already
    "Đoàn phường": [],
    "Đoàn xã": [],
    "Đoàn thị trấn": [],
    # (office42) the post office of a province or district, a public-service enterprise the provinces ask
    # to pay allowances and to spread information ("phối hợp (với) Bưu điện tỉnh tuyên truyền ...", pending
    # yn10 twice; office_spans ob52-009 "Bưu điện huyện Vĩnh Linh", ob52-010 "Bưu điện huyện"): unread
    # after "phối hợp (với)", so the partner was lost. Capitalised only: "hệ thống bưu điện", "qua bưu
    # điện" (a channel, no body) stay unread
    "Bưu điện": [],
    "Đảng ủy": [],
    "Huyện ủy": [],
    "Tỉnh ủy": [],
    "Thành ủy": [],
    # the Party committees of a town (thị xã) and an urban district (quận), beside those of the
    # province, city and district above ('Thị ủy Kinh Môn, Huyện ủy Nam Sách'; office batch 19)
    "Thị ủy": [],
    "Quận ủy": [],
    "Văn phòng Thị ủy": [],
    "Văn phòng Quận ủy": [],
    "Ban Thường vụ Thị ủy": [],
    "Ban Thường vụ Quận ủy": [],
}
CENTRAL: dict[str, list[str]] = {
    "Văn phòng Chính phủ": ["VPCP"],
    "Thanh tra Chính phủ": ["TTCP"],
    "Ngân hàng Nhà nước Việt Nam": ["Ngân hàng Nhà nước", "NHNN"],
    # the State Bank's inspection and supervision agency (2022-): its name holds a comma
    "Cơ quan Thanh tra, giám sát ngân hàng": ["Cơ quan Thanh tra, Giám sát Ngân hàng", "CQTTGSNH"],
    "Ủy ban Dân tộc": ["UBDT"],
    "Bảo hiểm xã hội Việt Nam": ["BHXH Việt Nam"],
    # (office42) the national post, whose name holds the body word 'Bưu điện' read above: written whole, so
    # the longer name wins (office_spans ob62-002 'Tổng Công ty Bưu điện Việt Nam')
    "Tổng Công ty Bưu điện Việt Nam": ["Tổng công ty Bưu điện Việt Nam", "Tổng Công ty Bưu điện"],
    "Thông tấn xã Việt Nam": ["TTXVN"],
    "Đài Truyền hình Việt Nam": ["VTV"],
    "Đài Tiếng nói Việt Nam": ["VOV"],
    "Viện Hàn lâm Khoa học xã hội Việt Nam": [],
    "Viện Hàn lâm Khoa học và Công nghệ Việt Nam": [],
    "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp": [],
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": ["Ủy ban Trung ương MTTQ Việt Nam", "UBTW MTTQ Việt Nam"],
    "Ban Tuyên giáo và Dân vận Trung ương": [],
    "Ban Tuyên giáo Trung ương": [],
    "Ban Dân vận Trung ương": [],
    "Ban Tổ chức Trung ương": [],
    "Ban Bí thư": [],
    "Bộ Chính trị": [],
    "Tổng Liên đoàn Lao động Việt Nam": ["Tổng LĐLĐ Việt Nam"],
    "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh": ["Trung ương Đoàn TNCS Hồ Chí Minh", "Trung ương Đoàn"],
    "Hội Liên hiệp Phụ nữ Việt Nam": ["Trung ương Hội LHPN Việt Nam"],
    "Hội Nông dân Việt Nam": [],
    "Hội Cựu chiến binh Việt Nam": [],
    "Phòng Thương mại và Công nghiệp Việt Nam": ["VCCI"],
    "Liên đoàn Thương mại và Công nghiệp Việt Nam": [],
    "Tổng cục Hải quan": ["TCHQ"],
    "Tổng cục Thuế": ["TCT"],
    "Tổng cục Thống kê": [],
    "Kiểm toán Nhà nước": ["KTNN"],
    "Tòa án nhân dân tối cao": ["TANDTC"],
    "Viện Kiểm sát nhân dân tối cao": ["VKSNDTC"],
    "Chính phủ": [],
    "Thủ tướng Chính phủ": ["Thủ tướng"],
    "Quốc hội": [],
    "Đảng ủy Chính phủ": [],
    # the Party's central bodies after the 2025 reorganisation, named as their own offices in
    # the Politburo's conclusions and the programmes that carry them out ('8. Ban Chính sách,
    # chiến lược Trung ương' heads its duties)
    "Ban Chính sách, chiến lược Trung ương": ["Ban Chính sách và Chiến lược Trung ương"],
    "Ban Nội chính Trung ương": [],
    "Ủy ban Kiểm tra Trung ương": ["UBKT Trung ương"],
    "Văn phòng Trung ương Đảng": [],
    "Đảng ủy Quốc hội": [],
    # the National Assembly's councils and committees, before the 2025 reorganisation and
    # after it, and the Standing Committee's own bodies: named as offices in the Assembly's
    # and its Party bodies' plans ('Ủy ban KH,CN&MT chủ trì ...'), and the canonical spelling
    # the office-name respelling needs under stripped marks ('Ban Dan nguyen')
    "Hội đồng Dân tộc": [],
    "Ủy ban Pháp luật": [],
    "Ủy ban Tư pháp": [],
    "Ủy ban Pháp luật và Tư pháp": [],
    "Ủy ban Kinh tế": [],
    "Ủy ban Tài chính, Ngân sách": ["Ủy ban Tài chính - Ngân sách"],
    "Ủy ban Kinh tế và Tài chính": [],
    "Ủy ban Quốc phòng và An ninh": [],
    "Ủy ban Quốc phòng, An ninh và Đối ngoại": [],
    "Ủy ban Đối ngoại": [],
    "Ủy ban Văn hóa, Giáo dục": [],
    "Ủy ban Xã hội": [],
    "Ủy ban Văn hóa và Xã hội": [],
    "Ủy ban Khoa học, Công nghệ và Môi trường": ["Ủy ban KH,CN&MT", "Ủy ban KHCNMT"],
    "Ủy ban Công tác đại biểu": [],
    "Ủy ban Dân nguyện và Giám sát": [],
    "Ban Công tác đại biểu": [],
    "Ban Dân nguyện": [],
    "Viện Nghiên cứu lập pháp": [],
    "Đảng ủy các cơ quan Đảng Trung ương": [],
    # the ministry that manages a sector, as decrees name it instead of one ministry
    "Bộ quản lý ngành, lĩnh vực": ["Bộ quản lý ngành", "Bộ quản lý chuyên ngành", "Bộ quản lý công trình xây dựng chuyên ngành"],
    # the board of a province's industrial parks and economic zones, as decrees name it
    "Ban Quản lý các khu công nghiệp, khu kinh tế": ["Ban quản lý khu công nghiệp, khu kinh tế", "Ban Quản lý các khu công nghiệp và khu kinh tế"],
}
# collective subjects ('Các sở, ban, ngành'): kept as written, listed so spaCy can show them
COLLECTIVE = [
    "các sở, ban, ngành", "các sở, ngành", "các sở, ban, ngành, đoàn thể", "các bộ, ngành", "các bộ, cơ quan ngang bộ",
    "các bộ, ngành, địa phương", "các bộ, ngành liên quan", "các cơ quan, đơn vị", "các cơ quan liên quan",
    "các đơn vị có liên quan", "các đơn vị liên quan", "các đơn vị, địa phương", "các cơ quan tham mưu",
    "các cơ quan, đơn vị liên quan", "các sở, ngành liên quan", "các sở, ngành có liên quan",
    "các phòng, ban", "các phòng, ban thuộc Sở", "các đơn vị trực thuộc", "các xã, thị trấn", "các địa phương",
    "các đơn vị, địa phương có liên quan", "các đơn vị, địa phương liên quan", "các cơ quan, đơn vị, địa phương",
    "các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện", "các cơ quan chuyên môn", "các thôn", "các thôn, tổ dân phố",
    "các tổ chức chính trị - xã hội", "các tổ chức chính trị xã hội", "các đoàn thể", "các sở, ban, ngành cấp tỉnh có liên quan",
    # (office33) the mass organisations named by their kind as the tổ chức are: 'UBMTTQVN huyện và các đoàn thể chính trị
    # - xã hội huyện' was cut to 'Các đoàn thể' (office_spans: 4 rows, the gold writes the kind whole 5 times, never cut)
    "các đoàn thể chính trị - xã hội", "các đoàn thể chính trị xã hội",
    "các sở, ban, ngành cấp tỉnh", "các cơ quan, tổ chức có liên quan", "các cơ quan, tổ chức liên quan",
    # the levels and branches of the state as one addressee ('các ngành, các cấp cần thực hiện ...')
    "các ngành, các cấp", "các cấp, các ngành", "các cấp ủy, chính quyền", "các cấp, ngành", "các ngành, cấp",
    # the Party's base organisations, 'chi' sharing 'bộ' with 'đảng bộ' ('Các chi, đảng bộ cơ sở')
    "các chi, đảng bộ cơ sở", "các chi, đảng bộ trực thuộc", "các chi, đảng bộ", "các chi bộ, đảng bộ cơ sở",
    # the Party committees of the provinces as one addressee ('phối hợp với các tỉnh ủy, thành ủy')
    "các tỉnh ủy, thành ủy", "các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương", "các đảng ủy trực thuộc",
]
# collectives are also written without 'các' ('Sở, ban, ngành, Ủy ban nhân dân huyện ...')
COLLECTIVE_BARE = ["sở, ban, ngành", "đơn vị, địa phương có liên quan", "đơn vị, địa phương", "cơ quan, đơn vị",
                   "bộ, cơ quan ngang bộ", "bộ, ngành"]

# ('đặc khu': the commune-level special zone of the two-level local government, from 1 July 2025:
# xã, phường and đặc khu are the three commune-level units; 149 uses in the 2025-2026 gazette text)
JURISDICTION_WORDS = ["tỉnh", "huyện", "thành phố", "thị xã", "quận", "xã", "phường", "thị trấn", "đặc khu"]


# the tax offices of the 2025 reorganisation ('Thuế tỉnh Lào Cai', 'Thuế cơ sở 3'): their
# lower-case words ('tỉnh', 'cơ sở') stay out of the mining vocabulary, which would otherwise
# start accepting names that run into a place ('Sở Y tế các tỉnh')
TAX_2025: dict[str, list[str]] = {
    "Thuế tỉnh": ["Thuế thành phố"],
    "Thuế cơ sở": [],
    # the other regional branches of the 2025 reorganisation, named by a region word and a number
    # ('Chi cục Hải quan khu vực IV', 'Bảo hiểm xã hội cơ sở Hà Đông', 'Chi cục Thuế khu vực XII'),
    # and the commune's public-service centre of the two-level local government
    "Chi cục Hải quan khu vực": [],
    "Chi cục Thuế khu vực": [],
    "Bảo hiểm xã hội cơ sở": ["BHXH cơ sở"],
    "Trung tâm Cung ứng dịch vụ sự nghiệp công": [],
    "Ban Quản lý dự án đầu tư xây dựng khu vực": [],
    # the Party committee's inspection commission named with its committee ('Ủy ban Kiểm tra Đảng
    # ủy xã').  (Not 'Tổ công tác': the bare head would cut 'Tổ công tác triển khai Đề án 06' short;
    # the extractor reads a working group's whole name from its head word.)
    "Ủy ban Kiểm tra Đảng ủy": ["UBKT Đảng ủy", "Uỷ ban Kiểm tra Đảng uỷ"],
}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def hand_rows() -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []

    def add(canon: str, variants: list[str], kind: str, level: str) -> None:
        for v in [canon, *variants]:
            rows.append((nfc(canon), nfc(v), kind, level))

    for field, abbr in FIELDS.items():
        add("Bộ " + field, ["Bộ " + a for a in abbr if len(a) > 2] + [field.join(["Bộ ", ""]).replace(" - ", "-")], "ministry", "central")
        if field not in MINISTRY_ONLY:
            add("Sở " + field, ["Sở " + a for a in abbr if len(a) > 2] + ["S" + a for a in abbr if "&" not in a and len(a) > 2], "department", "province")
    for field, abbr in DEPARTMENT_EXTRA.items():
        add("Sở " + field, ["Sở " + a for a in abbr], "department", "province")
    for canon, variants in DISTRICT_OFFICES.items():
        add(canon, variants, "office", "district")
    for canon, variants in JURISDICTIONAL.items():
        add(canon, variants, "body", "any")
    for canon, variants in TAX_2025.items():
        add(canon, variants, "body", "any")
    for canon, variants in CENTRAL.items():
        add(canon, variants, "agency", "central")
    for c in COLLECTIVE:
        add(c[0].upper() + c[1:], [c], "collective", "any")
    for c in COLLECTIVE_BARE:
        add("Các " + c, [c], "collective", "any")
    return rows


_CAP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ"
MINE_RE = re.compile(r"\b(Bộ|Sở|Ủy ban|Uỷ ban|Tổng cục|Cục) ([" + _CAP + r"][^\s,;.:()]*(?: [^\s,;.:()]+){0,9})")
# the heads of the second mining pass (see :func:`mined_rows`): units of ministries and of the
# post-2025 provinces and communes, banks and insurers with their regional branches, Party bodies
# ('Bộ', 'Sở', 'Phòng' are not among them: the hand lists name every ministry, department and office
# by its field, and a table's cells make junk of them: 'Bộ Đường kính', 'Sở Ban hành kèm')
HEADS2 = ["Tổng cục", "Chi cục", "Cục", "Vụ", "Ủy ban", "Uỷ ban", "Ban", "Văn phòng", "Trung tâm", "Ngân hàng",
          "Bảo hiểm xã hội", "Thanh tra", "Kho bạc Nhà nước", "Hội đồng", "Đảng ủy", "Đảng uỷ", "Viện"]
MINE2_RE = re.compile(r"(?<![^\W_])(" + "|".join(sorted(map(re.escape, HEADS2), key=len, reverse=True)) + r") (?=[" + _CAP + r"])")
# what ends a body's name in running text: a verb that can follow a subject, a preposition or
# conjunction, a level word (the matcher adds the jurisdiction itself), a document word
_STOP_WORDS = ["khóa", "khoá", "ban hành", "sửa đổi", "bãi bỏ", "bổ sung", "quy định", "hướng dẫn", "chủ trì", "phối hợp", "thực hiện",
               "tổ chức", "có", "được", "là", "của", "tại", "theo", "về", "cho", "với", "để", "trong", "nơi", "đã", "đang",
               "sẽ", "thuộc", "trực thuộc", "hoặc", "và các", "và cơ quan", "và Ủy", "và Uỷ", "và UBND", "các", "cùng", "từ",
               "đến", "gửi", "trình", "báo cáo", "đề nghị", "xem xét", "quyết định", "chịu", "phải", "cần", "không", "khi",
               "nếu", "do", "bằng", "như", "nhằm", "kể", "này", "đó", "trên", "dưới", "sau", "trước", "mỗi", "từng", "thì",
               "tỉnh", "huyện", "phường", "thị trấn", "thành phố", "thị xã", "quận", "đặc khu", "cấp", "địa phương"]


def _stop_re() -> re.Pattern:
    from_verbs: list[str] = []
    try:  # the extraction stage's subject verbs end a name there; use them here too (one list)
        import sys
        sys.path.insert(0, str(HERE.parent))
        from pipeline.extract.offices import SUBJECT_VERBS
        from_verbs = list(SUBJECT_VERBS)
    except Exception:  # noqa: BLE001 - the builder also runs without the package installed
        pass
    words = sorted((set(_STOP_WORDS) | set(from_verbs)) - {"không"}, key=len, reverse=True)
    # ('xã' is a level, 'xã hội' a word of names: 'Ngân hàng Chính sách xã hội')
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r"|xã(?!\s+hội))(?![^\W_])")


def _name_vocabulary() -> set[str]:
    """Lower-case words that occur inside the hand-written names ('động', 'binh', 'tải'):
    a mined name may use them; any other lower-case word ends the name."""
    vocab = {"và", "-"}
    for canon, _v, kind, _l in hand_rows():
        if kind != "collective" and canon not in TAX_2025:
            vocab.update(w for w in canon.split() if w.islower())
    return vocab


# what may follow a complete name: punctuation or a function word; anything else means the
# name was cut short ('Ủy ban Chứng' + 'khoán ...') and it is dropped
_FOLLOW = {"về", "tại", "có", "đã", "theo", "chủ", "phối", "được", "là", "để", "trong", "ban", "quy",
           "hướng", "thực", "cho", "với", "trình", "thông", "xem", "tổ", "căn", "sẽ", "và", "các", "đối",
           "nghiên", "phải", "tiếp", "thuộc", "cùng", "báo", "kiểm", "đề", "công", "giao", "quyết"}
_NEW_ENTITY = {"Bộ", "Sở", "Cục", "Các", "Đơn", "Cơ", "Căn", "Quý", "Tháng", "Mã", "Danh", "Mức", "Loại",
               "Chính", "Ủy", "Uỷ", "Ban", "Tổng", "Số", "Ngày", "Điều", "Khoản", "Mục", "Phụ", "Biểu", "Mẫu"}
# (the second pass: a document, a time or another kind of thing after a name starts a phrase of its own)
_MINE_NEW_ENTITY = _NEW_ENTITY | {"Luật", "Nghị", "Thông", "Quyết", "Tăng", "Năm", "Cấp", "Đề", "Tờ", "Kế", "Dự", "Hệ",
                                  "Chương", "Phần", "Tiết", "Giấy", "Trường", "Thời", "Ký", "Ngày"}


def _corpus_texts(corpus: Path):
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if is_held_out(d["id"]):
                continue  # the held-out documents teach nothing to the project
            # (the gazette's hard line wraps and running headers run through names)
            text = re.sub(r"CÔNG BÁO/Số[^\n]*\n", " ", nfc(d["text"]))
            yield re.sub(r"\s+", " ", text)


def mined_rows(corpus: Path) -> list[tuple[str, str, str, str]]:
    """Office names from the gazette, in two passes.

    1. 'Bộ/Sở/Ủy ban/Tổng cục/Cục' + a capitalised word, then capitalised words or words of the
       hand lists' vocabulary; frequent names are kept (the first builder's rule, kept as it was).
    2. (post-2025 bodies) any head of :data:`HEADS2` + a capitalised word, then every word up to
       the first word that ends a name in running text (:func:`_stop_re`: the extraction stage's
       subject verbs, prepositions, level words), a digit, punctuation or the head of another body.
       Why: the hand vocabulary cannot know the words of every unit ('Cục Lâm nghiệp và Kiểm lâm',
       'Bảo hiểm xã hội Quân đội', 'Ngân hàng Nhà nước Khu vực', 'Trung tâm Công nghệ thông tin');
       the end of a name is better told by what follows it than by what is inside it.  A name is
       kept when seen MIN_COUNT times, 2-10 words, ending on a word of a name, and not a known name
       with lower-case words glued on ('Bộ Tài chính bãi bỏ')."""
    rows = _mined_first_pass(corpus)
    known = {r[1].casefold() for r in hand_rows()} | {r[0].casefold() for r in rows}
    stop = _stop_re()
    counts: collections.Counter[str] = collections.Counter()
    docs: dict[str, set[int]] = collections.defaultdict(set)
    follow: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for doc_no, text in enumerate(_corpus_texts(corpus)):
        for m in MINE2_RE.finditer(text):
            words = m.group(1).split()
            pos = m.end() - 1
            while True:
                w = re.compile(r" ([^\s,;.:()\"“”/…]+)").match(text, pos)
                if not w:
                    break
                tok = w.group(1)
                if len(words) > len(m.group(1).split()) and (
                        tok in _MINE_NEW_ENTITY or MINE2_RE.match(text, w.start(1)) or stop.match(text, w.start(1))):
                    break
                if any(ch.isdigit() for ch in tok) or (tok.isupper() and len(tok) > 1):
                    break
                words.append(tok)
                pos = w.end()
            while words and words[-1] in ("và", "-"):
                words.pop()
            # (two words after a one-word head, one after a two-word head: 'Cục Hàng' + 'không' was cut)
            if len(words) - len(m.group(1).split()) < 3 - len(m.group(1).split()) or len(words) > 10:
                continue
            name = " ".join(words).replace("Uỷ", "Ủy").replace("Đảng uỷ", "Đảng ủy")
            counts[name] += 1
            docs[name].add(doc_no)
            nxt = re.compile(r" (\S+)").match(text, pos)
            follow[name][nxt.group(1) if nxt else ""] += 1
    out = list(rows)
    # (in two documents at least: one document's table or form makes junk names of its cells)
    names = {n for n, c in counts.items() if c >= MIN_COUNT and len(docs[n]) >= 2}
    for name in sorted(names, key=lambda n: (-counts[n], n)):
        key = name.casefold()
        if key in known:
            continue
        words = name.split()
        # a known (or more frequent) name with lower-case words glued on is that name and a verb
        glued = False
        for k in range(len(words) - 1, 1, -1):
            prefix = " ".join(words[:k])
            if words[k][:1].islower() and (prefix.casefold() in known or counts.get(prefix, 0) >= 5 * counts[name]):
                glued = True
                break
        if glued or not re.search(r"[^\W\d_]{2}$", words[-1]):
            continue
        if any(k.startswith(key + " ") or k.startswith(key + ",") for k in known):
            continue  # a truncation of a known name ('Ngân hàng Chính sách' of '... xã hội')
        word, n_next = (follow[name].most_common(1) or [("", 0)])[0]
        if word[:1].islower() and n_next >= 0.6 * counts[name]:
            continue  # nearly always followed by the same lower-case word, which belongs to the name
            # ('Ủy ban Công tác' + 'về các tổ chức phi chính phủ nước ngoài', 'Vụ Quản lý' + 'các ...')
        head = words[0] if words[0] not in ("Tổng", "Chi", "Ủy", "Văn", "Trung", "Ngân", "Bảo", "Thanh", "Kho", "Hội", "Đảng") \
            else " ".join(words[:2])
        kind = {"Bộ": "ministry", "Sở": "department", "Ủy ban": "committee", "Tổng cục": "agency", "Cục": "agency",
                "Chi cục": "agency", "Vụ": "agency", "Viện": "agency"}.get(head, "body")
        out.append((name, name, kind, "mined"))
        known.add(key)
    return out


def _mined_first_pass(corpus: Path) -> list[tuple[str, str, str, str]]:
    """The first builder's mining (pass 1 of :func:`mined_rows`)."""
    vocab = _name_vocabulary()
    counts: collections.Counter[str] = collections.Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = re.sub(r"\s+", " ", nfc(json.loads(line)["text"]))
            for m in MINE_RE.finditer(text):
                words = [m.group(1)]
                rest = m.group(2).split(" ")
                follow = None
                for i, w in enumerate(rest):
                    if (w.isupper() and len(w) > 1 and len(words) > 1) or (i > 0 and w in _NEW_ENTITY):
                        follow = ","  # running header 'CÔNG BÁO' or the next body's name
                        break
                    if w[0].isupper() or w in vocab:
                        words.append(w)
                    else:
                        follow = w
                        break
                if follow is None:
                    after = text[m.end():m.end() + 2]
                    follow = after.strip()[:1] or ","
                if follow not in _FOLLOW and follow[:1].isalnum():
                    continue
                words = [re.sub(r"[^\w&-]+$", "", w) for w in words]
                if words[-2:] == ["ban", "hành"]:
                    words = words[:-2]  # '... Bộ Y tế ban hành'
                while words and words[-1] in ("và", "-", "", "ban"):
                    words.pop()
                if any("/" in w for w in words):
                    continue
                if len(words) < 2 + (words[0] in ("Ủy", "Uỷ", "Tổng")):
                    continue
                counts[nfc(" ".join(words)).replace("Uỷ", "Ủy")] += 1
    rows = []
    known = {r[1].casefold() for r in hand_rows()}
    for name, n in counts.most_common():
        if n < MIN_COUNT or name.casefold() in known:
            continue
        if any(k.startswith(name.casefold() + " ") or k.startswith(name.casefold() + ",") for k in known):
            continue  # a truncation of a known name ('Bộ Văn hóa' of 'Bộ Văn hóa, Thể thao và Du lịch')
        if re.search(r"\b(?:Luật|Trưởng|Quy|Chỉ|Bộ luật|Nghị|Thông|Quyết)\b", name.split(" ", 1)[1]) and not name.startswith("Bộ Thông tin"):
            continue
        if name.rsplit(" ", 1)[0].casefold() in known or name.rsplit(" ", 1)[0] in counts and name.endswith(" thông"):
            continue  # '<known name> thông [báo]': a verb glued on
        if name.startswith("Cục ") and len(name.split()) < 4:
            continue  # 'Cục Người', 'Cục Phòng': cut short
        head = name.split()[0]
        kind = {"Bộ": "ministry", "Sở": "department", "Ủy": "committee", "Tổng": "agency", "Cục": "agency"}[head]
        rows.append((name, name, kind, "mined"))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--no-corpus", action="store_true", help="hand lists only")
    a = ap.parse_args(argv)
    rows = hand_rows()
    if not a.no_corpus:
        if a.corpus.exists():
            rows += mined_rows(a.corpus)
        elif a.out.exists():
            print(f"corpus {a.corpus} not found: keeping {a.out} as it is")
            return 0
    seen = set()
    uniq = []
    for r in rows:
        key = (r[0], r[1].casefold())
        if key not in seen:
            seen.add(key)
            uniq.append(r)
    with open(a.out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["canonical", "variant", "kind", "level"])
        w.writerows(uniq)
    print(f"wrote {len(uniq)} rows ({len({r[0] for r in uniq})} bodies) to {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
