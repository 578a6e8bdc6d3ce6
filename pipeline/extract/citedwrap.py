"""A cited document's number that a hard wrap put at the start of a line (issue 5, tasks40).

Pages copied from legal-text sites and gazette PDFs keep the printed line breaks, so a citation is
often cut between its word 'số' and its number:

    Quán triệt tinh thần Chỉ thị số
    18/CT-TTg ngày 13/4/2020 của Thủ tướng Chính phủ về việc ..., Chủ tịch UBND tỉnh yêu cầu ...

The block builder reads '18/' as an item label ('1/ Báo cáo ...' is an older typing habit), so the
sentence is cut in two: the part before the wrap is left as a heading or a grounds line and the rest,
robbed of its number, becomes a task that opens on 'CT-TTg ngày ...' (pending fr1's one required task
missed).  The number goes on the citation when the line before stops on 'số' with no closing mark and
the line opens on a document's number -- one or two digits, a slash, an optional year and a symbol
written in capitals with a hyphen ('18/CT-TTg', '88/NQ-CP', '36/CĐ-TTg', '41/QĐ-TCT', '10/2024/NĐ-CP').
An item label is followed by a space or its text ('1/ Tổ chức ...', '2/Kiểm tra ...'), never by a
symbol with a hyphen, so no list is joined to the line above.

Counted on stored texts before writing this (benchmarks/citedwrap_counts.py): see benchmarks/HISTORY.md,
session 31, branch tasks40.
"""
from __future__ import annotations

import re

# the line before stops on 'số' (optionally with a colon) and no closing mark
_ENDS_ON_SO_RE = re.compile(r"(?<![^\W_])[Ss]ố\s*:?\s*$")
# a document's number: 1-2 digits (what the label reader takes), '/', an optional year, a symbol in
# capitals with a hyphen ('CT-TTg', 'NQ-CP', 'KH-UBND', 'TTr-BKHCN', 'CĐ-TTg', 'QĐ-TCT', 'NĐ-CP')
_DOC_NUMBER_RE = re.compile(
    r"^\d{1,2}\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?[A-ZĐ][A-Za-zĐđ&]*(?:-[A-ZĐ][A-Za-zĐđ&]*)+(?![^\W_])")


def cited_number_line(t: str, prev_text: str) -> bool:
    """Does the line ``t`` open on the number of the document the line before (``prev_text``) cites?"""
    return bool(prev_text.strip()) and _ENDS_ON_SO_RE.search(prev_text) is not None \
        and _DOC_NUMBER_RE.match(t.strip()) is not None
