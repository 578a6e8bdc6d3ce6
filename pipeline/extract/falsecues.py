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

``FALSE_CUE_PATTERN`` is spliced into ``tasks._NOUN_CUE_RE``, so every reader that takes those uses
out before looking for a cue takes these out too.
"""
from __future__ import annotations

__all__ = ["FALSE_CUE_PATTERN"]

FALSE_CUE_PATTERN = (
    # a directing speech given ('đến dự và phát biểu chỉ đạo', 'phát biểu chỉ đạo tại hội nghị')
    r"(?<![^\W_])phát\s+biểu\s+(?:và\s+)?chỉ\s+đạo(?![^\W_])|"
    # the work done was urgent ('sau 2 ngày làm việc khẩn trương')
    r"(?<![^\W_])làm\s+việc\s+khẩn\s+trương(?![^\W_])"
)
