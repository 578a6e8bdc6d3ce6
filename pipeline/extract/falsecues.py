"""Cue words a news report uses for what was done, not to direct: 'phát biểu chỉ đạo', 'làm việc khẩn trương'.

The classifier reads a sentence of an unnumbered text as a task when it holds a directing cue
(``tasks.DIRECTIVE_CUE_RE``: 'chỉ đạo', 'khẩn trương', 'phải', ...), after the uses of those words
that name something rather than ask (``tasks._NOUN_CUE_RE``) are taken out.  A press report of a
meeting or a campaign uses two of the cues for what happened:

- 'phát biểu (và) chỉ đạo' -- a guest *gave a directing speech*: 'Hội nghị vinh dự đón tiếp đồng chí
  ..., Giám đốc Sở Công thương đến dự và phát biểu chỉ đạo.' (task_audit short4 sg17), 'Đ/c ..., bí
  thư Đảng ủy, chủ tịch HĐND xã phát biểu chỉ đạo' (short3 se22).  What the speech asked comes with
  its own verb ('Phát biểu chỉ đạo tại hội nghị, đồng chí Bí thư ... đề nghị các cơ quan ...': five
  development gold tasks, each with 'đề nghị' or 'yêu cầu' beside it, stay tasks);
- 'làm việc khẩn trương' -- the *working* was urgent: 'Sau 2 ngày làm việc khẩn trương, kỳ họp HĐND
  huyện ... đã hoàn thành chương trình nghị sự đề ra.' (short sa90), 'Ghi nhận tại phường Hòa Lợi, sau
  2 ngày làm việc khẩn trương, Hội đồng NVQS phường đã tiến hành khám sơ tuyển ...' (short4 sg19).
  The cue 'khẩn trương' asks when it leads the verb ('khẩn trương triển khai ...'), not when it
  follows 'làm việc'.
- 'được giao' + a count -- a body *was allotted* a quota: 'Mùa tuyển quân năm 2025, huyện Thạch Thành
  được giao chỉ tiêu 236 công dân, ...' (short4 sg20), 'Đối với chi bộ 1 có 27 đảng viên được giao tạo
  nguồn 2 quần chúng và kết nạp 1 đảng viên trong năm 2024.' (short3 se22), and carry-over batch fm's
  'huyện Ninh Sơn được giao chỉ tiêu 165 quân' and '... với chỉ tiêu được giao 273 thanh niên' (tasks34).
  The verb 'giao' in the passive is the only cue of real duties ('Sở Nội vụ được giao phối hợp với ...
  nghiên cứu, tham mưu ...', 'Công an TP cũng được giao trong tháng 2 phải tổng kết ...'), so the
  passive stays a cue; what tells the quota is the count right after it (at most two words between,
  none of them a time word: 'biên chế được giao năm 2026' and 'được giao trong tháng 2' are no counts).
  On the development gold no sentence with a task has that shape (tasks34's count: 0 of 41 required,
  0 of 12 optional 'được giao' sentences); a quota that comes with an ask keeps the ask's cue
  ('Các xã được giao chỉ tiêu 20 quân phải ...': 'phải' is still read).

``FALSE_CUE_PATTERN`` is spliced into ``tasks._NOUN_CUE_RE``, so every reader that takes those uses
out before looking for a cue takes these out too.
"""
from __future__ import annotations

__all__ = ["FALSE_CUE_PATTERN", "QUOTA_ALLOTTED_PATTERN"]

# the words a time phrase opens with: after them the number is a date or a year, not a count
_TIME_WORD = r"(?:năm|tháng|ngày|quý|tuần|đợt|trong|trước|sau|đến|từ|vào|kỳ|giai)"
# the verbs of a duty: 'được giao chủ trì 3 nhiệm vụ' assigns work, whatever its count
_DUTY_WORD = r"(?:chủ|thực|triển|phối|tổ|xây|hoàn|theo|rà|kiểm|báo|tham|nghiên|hướng|quản)"
# a capital after the count opens a new line or row ('... quản lý được giao 2 Xây dựng ...': a table's
# row number), not the counted noun
_UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha() and c.lower() != c}))
QUOTA_ALLOTTED_PATTERN = (
    r"(?<![^\W_])(?:vừa\s+|đã\s+|cũng\s+)?được\s+giao\s+"
    rf"(?:(?!(?:{_TIME_WORD}|{_DUTY_WORD})(?![^\W_]))[^\W\d_]+\s+){{0,2}}"
    r"(?:là\s+)?\d[\d.,]*(?![\d/.-])\s+"
    rf"(?!{_TIME_WORD}(?![^\W_]))(?-i:(?![{_UPPER}]))[^\W\d_]+"
)

FALSE_CUE_PATTERN = (
    # a directing speech given ('đến dự và phát biểu chỉ đạo', 'phát biểu chỉ đạo tại hội nghị')
    r"(?<![^\W_])phát\s+biểu\s+(?:và\s+)?chỉ\s+đạo(?![^\W_])|"
    # the work done was urgent ('sau 2 ngày làm việc khẩn trương')
    r"(?<![^\W_])làm\s+việc\s+khẩn\s+trương(?![^\W_])|"
    # a quota allotted ('được giao chỉ tiêu 236 công dân', 'được giao tạo nguồn 2 quần chúng', 'chỉ tiêu
    # được giao 273 thanh niên'): a count within two words after the passive, no time word between
    + QUOTA_ALLOTTED_PATTERN
)
