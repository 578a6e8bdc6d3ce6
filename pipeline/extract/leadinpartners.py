"""The partners a ':' lead-in that asks names for the points under it: '<speaker> đề nghị / yêu cầu X phối hợp
với Y thực hiện một số việc như sau:' over '- ...', '- ...'.

Why: samples/gold/README.md ('Partners stay with the sentence that names them', session 29, office36) writes
that a lead-in closed by ':' names the lead and its partners for the points under it, and each point lists
both (08_cp x7, 12_phutho, a3, yh8 in the development gold).  The reader already does so when the lead-in
opens on 'Giao' or names the lead with 'chủ trì' ('Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan
thực hiện các nội dung sau:'); a paragraph lead-in that *asks* a body to work with others ('Sở Y tế đề
nghị các đơn vị phối hợp với UBND các quận, huyện thực hiện một số việc như sau:') handed its points the
body asked alone, because the paragraph path keeps only the bodies the ask reaches (assign.py:
``_addressed``) and drops every partner (office38 and office39 counted and probed it: office_spans ob57-005,
held-out 06_tchq's 'giao Chi cục HQCK cảng SGKV 1 phối hợp Tổng Công ty Tân Cảng Sài Gòn ... như sau:',
the gazette's inspection form 'đề nghị đơn vị được kiểm tra phối hợp với Đoàn kiểm tra để thực hiện việc
kiểm tra theo các nội dung sau:' (Thông tư 23/2024/TT-BKHĐT); pending yn1 is the same shape with 'phối
hợp' and no 'với', which the sentence reader gives no partner at all, so it is not reached).

What is read: the partners the sentence reader itself found in the lead-in (role 'support'), only when
'phối hợp (với | cùng)' follows the last body asked with nothing but a manner word between ('chủ động',
'tích cực', 'tiếp tục', 'khẩn trương') and the partners stand after it.  A lead-in whose ask ends before
'phối hợp' ('đề nghị X nghiên cứu, phối hợp cùng Y ..., đồng thời thực hiện một số nội dung sau:', the
development text a4) is left as it was: there the listed points are X's own other work.
"""
from __future__ import annotations

import re

from pipeline.model import OfficeRole

# 'phối hợp (với | cùng)' right after the body asked, with at most manner words between
_PARTNER_AFTER_RE = re.compile(
    r"\s*,?\s*(?:(?:chủ\s+động|tích\s+cực|tiếp\s+tục|khẩn\s+trương|tăng\s+cường|cần|thường\s+xuyên|chặt\s+chẽ)\s+)*"
    r"phối\s+hợp(?:\s+(?:với|cùng(?:\s+với)?))?\s+", re.I)


def lead_in_partners(text: str, leads: list[OfficeRole], roles: list[OfficeRole]) -> list[OfficeRole]:
    """The support roles among ``roles`` (the sentence reader's reading of the lead-in ``text``) that the
    lead-in names after 'phối hợp (với)' right behind the bodies it asks (``leads``), as roles for the
    points under it; [] when the lead-in names no such partner."""
    if not leads or "phối" not in text.lower():
        return []
    low = text.casefold()
    end = -1
    for r in leads:
        w = (r.text or r.office).strip().casefold()
        k = low.find(w) if w else -1
        if k < 0:
            return []
        end = max(end, k + len(w))
    m = _PARTNER_AFTER_RE.match(text, end)
    if not m:
        return []
    have = {r.office.casefold() for r in leads}
    out: list[OfficeRole] = []
    for r in roles:
        w = (r.text or r.office).strip().casefold()
        if r.role != "support" or not w or r.office.casefold() in have:
            continue
        if low.find(w, m.start()) >= m.start():
            have.add(r.office.casefold())
            out.append(OfficeRole(r.office, "support", r.text, "lead-in"))
    return out
