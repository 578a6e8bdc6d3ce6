"""Task tables grouped by the lead body: one merged cell names the body for a run of rows.

Some Government plans list the tasks per ministry (NQ 175/NQ-CP, Phụ lục I part II):

    STT | Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian hoàn thành

The number and the body ('1' / 'Bộ Thông tin và Truyền thông') sit in a cell merged over all the
body's rows and printed in the middle of it, so a PDF text layer prints them between two of
the body's tasks, not before the first:

    Tham mưu Chính phủ ban hành Nghị định ...      <- row of body 1
    (1) Bộ Tư pháp
    Quý IV/2023
    ... two more rows of body 1 ...
    1
    Bộ Thông tin và
    Truyền thông
    Tham mưu, trình cấp có thẩm quyền ban hành ... <- the row the merged cell is printed with
    ...

Rows have no number of their own.  A row is its task cell (wide lines), then the partner cells
('(1) Bộ Tư pháp' / '(2) Văn phòng Chính phủ', or a body's name) and the time cell.  Which rows a
body leads is told by where its name is printed: a merged cell's text is centred, so each
body's run of rows is chosen to put the row printed with the name at the run's middle (by
height in lines), and a row whose partners name the body cannot be that body's own
(:func:`_group_bounds`).  A single-row body prints its name right before its row.
"""
from __future__ import annotations

import re

from pipeline.model import Document
from pipeline.vietnamese import fold

_PARTNER_NO = re.compile(r"^\(\d{1,2}\)\s*")
_TIME_WORDS = re.compile(r"^(?:Theo\s+(?:lộ\s+trình|kế\s+hoạch|tiến\s+độ|yêu\s+cầu)|Trong\s+quá\s+trình)", re.I)


def grouped_rows(doc: Document, start: int, columns: list[str]):
    """(rows, last line number) of a table whose first column is the lead body (see module doc)."""
    from pipeline.extract import tables as T
    from pipeline.extract.tasks import VERB_START_RE

    lines = doc.lines
    tasks: list[dict] = []  # {'cells': [(kind, text, nlines)], 'line_start', 'line_end', 'page', 'sheet'}
    markers: list[tuple[str, str, int, int]] = []  # (number, body, index of the next task, page)
    cur: dict | None = None
    content_lens: list[int] = []
    last = lines[start - 1].number if start > 0 else 1
    k = start
    expected = 1
    page = 0
    prev_line = ""

    def close() -> None:
        nonlocal cur
        if cur is not None and cur["cells"]:
            tasks.append(cur)
        cur = None

    def next_text(j: int) -> str:
        while j < len(lines) and not lines[j].text.strip():
            j += 1
        return lines[j].text.strip() if j < len(lines) else ""

    while k < len(lines):
        ln = lines[k]
        t = ln.text.strip()
        k += 1
        if not t or T._FURNITURE.match(t) and not T._ROW_NO.match(t):
            if t.startswith("CÔNG BÁO/Số"):
                page += 1  # (a text layer without form feeds: the running head starts a page)
            continue
        if re.match(r"(?:Phụ\s+lục|PHỤ\s+LỤC)\b", t) or (
                len(t.split()) >= 4 and t.upper() == t and re.search(r"[A-ZĐ]{2}", t) and not re.search(r"\d", t)):
            break
        if re.match(r"^(?:S?TT|Số\s+TT)$", t, re.I):
            hdr = T._header_at(doc, k - 1)
            if hdr is not None:
                k = hdr[1] + 1  # the header printed again on a new page
                continue
        no = T._ROW_NO.match(t)
        if no and "." not in no.group(1):
            nt = next_text(k)
            if int(no.group(1)) == expected and (T._body_like(nt) or (
                    len(nt) <= 25 and not VERB_START_RE.match(nt) and not T._TIME_CELL.match(nt))):
                # the merged cell: its number, then the body's name over a few narrow lines
                close()
                body = []
                while k < len(lines):
                    u = lines[k].text.strip()
                    if not u:
                        k += 1
                        continue
                    if body and not (T._is_continuation(body[-1], u) or (
                            len(u) <= 20 and not VERB_START_RE.match(u) and not T._TIME_CELL.match(u))):
                        break
                    body.append(u)
                    last = lines[k].number
                    k += 1
                markers.append((no.group(1), re.sub(r"\s+", " ", " ".join(body)).strip(), len(tasks), page))
                expected += 1
                continue
            continue  # a page number
        if len(t) > 60 and cur is None and not tasks:
            break  # prose after the header: no table
        width = T._typical_width(content_lens)
        kind = "partner" if _PARTNER_NO.match(t) else (
            "time" if T._TIME_CELL.match(t) or _TIME_WORDS.match(t) else
            "office" if T._body_like(t) and len(t) < 45 else "text")
        if cur is not None and cur["cells"]:
            ck, ctext, cn = cur["cells"][-1]
            only_content = len(cur["cells"]) == 1
            wrapped = only_content and width >= 30 and len(prev_line) >= width - 10 \
                and not prev_line.endswith((".", ";", ":")) and len(t) >= 20 \
                and not (kind == "office" and len(t) < 0.7 * width)  # ('... 22237-1:2021…)' / 'Bộ Thông tin và Truyền')
            goes_on = kind != "partner" and (wrapped or T._is_continuation(prev_line, t))
            if goes_on:
                cur["cells"][-1] = (ck, ctext + " " + t, cn + 1)
                if only_content:
                    content_lens.append(len(t))
                prev_line = t
                cur["line_end"] = last = ln.number
                continue
            has_time = any(c[0] == "time" for c in cur["cells"])
            if kind == "text" and (not only_content) and (has_time or (width and len(t) >= 0.6 * width)):
                close()  # the next row's task cell
            elif kind == "text" and not only_content:
                kind = "time"  # a narrow cell after the partners: the time ('Bộ Công an xây dựng kế hoạch ...')
        if cur is None:
            cur = {"cells": [], "line_start": ln.number, "line_end": ln.number, "page": ln.page, "sheet": page}
            kind = "text"
            content_lens.append(len(t))
        cur["cells"].append((kind, t, 1))
        prev_line = t
        cur["line_end"] = last = ln.number
    close()
    if not markers or not tasks:
        return [], last
    bounds = _group_bounds(tasks, markers)
    # the heading the table sits under ('II. NHIỆM VỤ CỤ THỂ' right above 'STT'): the rows' group
    heading = None
    j = start - 1
    while j > 0 and not re.match(r"^(?:S?TT|Số\s+TT)$", lines[j].text.strip(), re.I):
        j -= 1
    j -= 1
    while j >= 0 and (not lines[j].text.strip() or T._FURNITURE.match(lines[j].text.strip())):
        j -= 1
    if j >= 0:
        m = re.match(r"^([IVX]{1,5})\.\s+[A-ZĐ]", lines[j].text.strip())
        heading = m.group(1) if m else None
    rows = []
    for g, (number, body, _p, _s) in enumerate(markers):
        for tk in tasks[bounds[g]:bounds[g + 1]]:
            content = [c[1] for c in tk["cells"] if c[0] == "text"][:1]
            # a body's name followed by what it does is a note in the time column ('Bộ Công an xây
            # dựng kế hoạch triển khai'), not a partner
            noted = [c for c in tk["cells"][1:] if c[0] == "office" and _acts(c[1])]
            support = [_PARTNER_NO.sub("", c[1]) for c in tk["cells"][1:] if c[0] in ("partner", "office") and c not in noted]
            when = [c[1] for c in tk["cells"][1:] if c[0] == "time" or c in noted]
            rows.append(T.TableRow(number=number, group=heading, content=content, lead=[body], support=support,
                                   time=when, line_start=tk["line_start"], line_end=tk["line_end"], page=tk["page"]))
    return rows, last


def _acts(cell: str) -> bool:
    """Does a cell that opens with a body's name go on with what the body does ('Bộ Công an xây
    dựng kế hoạch triển khai')?  Then it is a note on the time, not a partner."""
    return bool(re.search(r"\s(?:xây\s+dựng|ban\s+hành|triển\s+khai|đề\s+xuất|thực\s+hiện|hướng\s+dẫn|tổng\s+hợp|báo\s+cáo|"
                          r"phê\s+duyệt|trình)\s+\S", cell))


def _height(task: dict) -> int:
    """A row's height in lines: its tallest column (task text, partners, time)."""
    content = sum(c[2] for c in task["cells"] if c[0] == "text")
    partners = sum(c[2] for c in task["cells"] if c[0] in ("partner", "office"))
    when = sum(c[2] for c in task["cells"] if c[0] == "time")
    return max(content, partners, when, 1)


def _group_bounds(tasks: list[dict], markers: list[tuple[str, str, int, int]]) -> list[int]:
    """Row index where each body's run starts (and the end), so that the row printed with the
    body's name lies in the middle of its run, and no row lists its own lead among its partners.
    Dynamic programming over the cut between each pair of consecutive names."""
    n, m = len(tasks), len(markers)
    heights = [_height(t) for t in tasks]
    cum = [0]
    for h in heights:
        cum.append(cum[-1] + h)
    at = [min(p, n - 1) for _no, _b, p, _s in markers]  # the row each name was printed with

    def own_partner(i: int, body: str) -> bool:
        partners = " ".join(c[1] for c in tasks[i]["cells"][1:] if c[0] in ("partner", "office"))
        return bool(body) and fold(body) in fold(partners)

    def cost(g: int, a: int, b: int) -> float:
        if b <= a:
            return 1e9
        # a run cut by a page break prints the name in the middle of its part on the name's page
        sheet = tasks[at[g]]["sheet"]
        on_page = [i for i in range(a, b) if tasks[i]["sheet"] == sheet] or [at[g]]
        lo, hi = on_page[0], on_page[-1] + 1
        centre = cum[at[g]] + heights[at[g]] / 2
        c = abs((cum[lo] + cum[hi]) / 2 - centre)
        return c + 100 * sum(own_partner(i, markers[g][1]) for i in range(a, b))

    # best[g][b]: least cost of groups 0..g with group g ending at b
    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(m)]
    back = [[0] * (n + 1) for _ in range(m)]
    for b in range(at[0] + 1, n + 1):
        best[0][b] = cost(0, 0, b)
    for g in range(1, m):
        for b in range(at[g] + 1, n + 1):
            for a in range(at[g - 1] + 1, min(at[g], b - 1) + 1):
                if best[g - 1][a] == inf:
                    continue
                v = best[g - 1][a] + cost(g, a, b)
                if v < best[g][b] - 1e-9:  # (ties: the earlier cut, the row goes to the later body)
                    best[g][b], back[g][b] = v, a
    bounds = [n]
    b = n
    for g in range(m - 1, 0, -1):
        b = back[g][b]
        bounds.append(b)
    bounds.append(0)
    return bounds[::-1]
