"""A crawler's property glued before a press item's lead is no word of the sentence.

'date 2024-09 Ngày 16/9, Bộ Nông nghiệp và Phát triển nông thôn ban hành Công điện số 6851/CĐ-BNN-ĐĐ gửi
Ủy ban Nhân dân các tỉnh ...', 'date 2023-12 Ngày 20/12/2023, Chủ tịch UBND tỉnh ban hành Chỉ thị số 19 ...':
a scrape printed its record's field name and the month before the text.  The header reads the stamp as a
bound on the posting date (structure/posted.scrape_stamp_bound); the sentence readers must see the lead as
printed, or its opening ('Ngày 16/9, X ban hành ... gửi ...', a report of a letter sent) is lost and the
report reads as an ask.

Only a lowercase Latin field name ('date', 'time', 'published') and a year-month are taken: a Vietnamese
word before a year ('Năm 2024-2025 ...') is the sentence's own.
"""
from __future__ import annotations

import dataclasses
import re

__all__ = ["SCRAPE_STAMP_RE", "without_scrape_stamps"]

SCRAPE_STAMP_RE = re.compile(r"^\s*[a-z_]{2,12}\s+(?:19|20)\d\d-\d{1,2}(?:-\d{1,2})?\s+(?=[A-ZĐÀ-Ỹ(])")


def without_scrape_stamps(sentences: list) -> list:
    """The sentences, each that opens on a crawler's stamp given its text without it."""
    out = []
    for s in sentences:
        m = SCRAPE_STAMP_RE.match(s.text)
        out.append(dataclasses.replace(s, text=s.text[m.end():]) if m else s)
    return out
