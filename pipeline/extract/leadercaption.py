"""(tasks27) A photo caption that shows the leaders directing (issue 5).

A commune or district news item prints under its pictures one-line captions that tell what the leaders
are doing: 'Lãnh đạo xã trực tiếp nắm bắt tình hình thiệt hại và chỉ đạo khẩn trương khắc phục hậu quả mưa
bão', 'Các đc lãnh đạo chỉ đạo tại địa bàn', 'Đồng chí Bí thư Tỉnh ủy chỉ đạo tại buổi giao ban sáng
09/11/2018', 'Đ/c ..., bí thư Đảng ủy, chủ tịch HĐND xã phát biểu chỉ đạo'.  The verb 'chỉ đạo' is the
cue of a directive, so the first two read as tasks (pending et2, et3); credits ('Ảnh: ...') or a task
before them, which captions19 and furniture need, are missing.

The caption's evidence is its shape and its subject, never the topic:

- a whole line of a plain paragraph (no number, bullet or heading), 3-30 words, that ends on no stop and is
  no lead-in (':' at its end);
- its subject is the leaders as people ('Lãnh đạo <the unit>', 'Ban lãnh đạo ...', '(Các) đồng chí / đ/c
  / đc lãnh đạo', 'Đồng chí / Đ/c <post or name>'), not a body ('UBND xã chỉ đạo ...');
- it tells their directing ('chỉ đạo' the subject's verb, alone or after other verbs of the scene), with
  no one named as directed after it ('chỉ đạo các thôn ...' names whom it directs: left to the task
  reading) and no ask ('yêu cầu', 'đề nghị', 'giao', 'phải', 'cần').

'Lãnh đạo, chỉ đạo các cấp ủy ...' (the verb pair opening a point) has no subject and stays a point.
Counted (session 25): et2, et3, yy2, zb2 and se22 print such captions (five texts); the last three were
already read as no task by the 'chỉ đạo tại / phát biểu chỉ đạo' exclusions of the cue.
"""
from __future__ import annotations

import re

from pipeline.extract.captions19 import _MARKER_RE, _STOP_END_RE  # (a line's list mark, a sentence's stop)

# the leaders as the caption's subject: 'Lãnh đạo xã / huyện / UBND xã ...', 'Ban lãnh đạo ...', '(Các) đồng
# chí / đ/c / đc lãnh đạo ...', 'Đồng chí / Đ/c <post or name>' (a post or a capitalised name after it)
_LEADERS_RE = re.compile(
    r"^(?:(?:Các|Những)\s+)?(?:(?:đồng\s+chí|đ/c|đc|đ\.c)\s+)?(?:Ban\s+)?[Ll]ãnh\s+đạo(?=\s+(?-i:[a-zđà-ỹA-ZĐ]))(?!\s*,)"
    r"|^(?:(?:Các|Những)\s+)?(?:Đồng\s+chí|Đ/c|Đc|Đ\.c)\s+(?-i:[A-ZĐÀ-Ỹ])", re.I)
# 'chỉ đạo' as the leaders' verb; what follows may not name whom it directs
_DIRECTING_RE = re.compile(r"(?<![^\W_])chỉ\s+đạo(?![^\W_])", re.I)
_DIRECTED_AFTER_RE = re.compile(
    r"\s*(?:(?:và|,)\s*(?:hướng\s+dẫn|yêu\s+cầu|giao)\s+)?(?:cho\s+)?(?:các|những|mọi|toàn\s+thể|UBND|Ủy|Uỷ|Ban|Phòng|Sở|Trạm|Trường|"
    r"Công\s+an|Hội|Đoàn|lực\s+lượng|cán\s+bộ|người\s+dân|nhân\s+dân|Nhân\s+dân|bà\s+con|thôn|xóm|bản|khu|tổ|ấp)(?![^\W_])")
_ASKS_RE = re.compile(r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|giao(?!\s+ban)|phải|cần(?!\s+thiết)|kêu\s+gọi)(?![^\W_])", re.I)


def leaders_directing_caption(block_text: str) -> bool:
    """True when the one-line paragraph ``block_text`` is a caption of the leaders directing (module doc)."""
    text = block_text.strip()
    if not text or "\n" in text or _MARKER_RE.match(text) or _STOP_END_RE.search(text):
        return False
    if not 3 <= len(text.split()) <= 30 or not _LEADERS_RE.match(text) or _ASKS_RE.search(text):
        return False
    m = _DIRECTING_RE.search(text)
    if m is None or m.start() == 0:
        return False
    return not _DIRECTED_AFTER_RE.match(text, m.end())
