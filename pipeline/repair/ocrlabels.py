"""List labels OCR misread ('l.' for '1.', '8)' for 'a)'), restored from their siblings.

A directive numbers its items '1.', '2.', ... and letters its sub-items 'a)', 'b)', ...
(Decree 30/2020/NĐ-CP); OCR reads the thin '1' as 'l' or 'I' and the round 'a' as '8' or
'ä', and the language model cannot weigh a label.  Its siblings can: a label that opens a
line where the sequence needs another one (the next label of the same style is the one
after it, and the one before, if any, the one before it) is that label.  Only a label that
is not itself a member of the sequence at that place is changed, and only when the next
sibling is at most MAX_GAP lines on (an item runs over a few lines, not pages).

Used on OCR'd documents only (typed text numbers its items as typed).
"""
from __future__ import annotations

import re

# a label opening a line: one to three characters and its closing '.' or ')'; then the item
_LABEL = re.compile(r"^(\s*)(\S{1,3}?)([.)])(\s+)(?=\S)")
LETTERS = "abcdđeghiklmnopqrstuvxy"  # the Vietnamese alphabet, as items are lettered
MAX_GAP = 25


def _kind(label: str) -> tuple[str, int] | None:
    """('digit', n) or ('letter', index) for a well-formed label, else None."""
    if label.isdigit():
        return "digit", int(label)
    if len(label) == 1 and label in LETTERS:
        return "letter", LETTERS.index(label)
    return None


def _label(kind: str, n: int) -> str | None:
    if kind == "digit":
        return str(n) if n >= 1 else None
    return LETTERS[n] if 0 <= n < len(LETTERS) else None


def fix_labels(texts: list[str]) -> dict[int, str]:
    """Line index -> the line with its label restored, for the lines whose label its
    siblings contradict."""
    found: list[tuple[int, re.Match, tuple[str, int] | None]] = []
    for i, t in enumerate(texts):
        m = _LABEL.match(t)
        if m:
            found.append((i, m, _kind(m.group(2))))
    out: dict[int, str] = {}
    for k, (i, m, kind) in enumerate(found):
        punct = m.group(3)
        same = [(j, kd) for j, mm, kd in found if mm.group(3) == punct and j != i]
        nxt = next(((j, kd) for j, kd in same if j > i), None)
        if nxt is None or nxt[1] is None or nxt[0] - i > MAX_GAP:
            continue
        prev = next(((j, kd) for j, kd in reversed(same) if j < i), None)
        nk, nn = nxt[1]
        want = _label(nk, nn - 1)
        if want is None or m.group(2) == want:
            continue
        if kind is not None and kind[0] == nk:
            continue  # a label of the sequence's own kind: the document's numbering, kept
        first = nn - 1 == (1 if nk == "digit" else 0)
        led = prev is not None and prev[1] is not None and prev[1][0] == nk and prev[1][1] == nn - 2
        if not (first or led):
            continue  # neither a sequence's first label (a new list starts: 'a)' under each
            # item) nor the one between its siblings
        if len(m.group(2)) != len(want):
            continue  # one character misread, not a label lost or two run together
        out[i] = texts[i][:m.start(2)] + want + texts[i][m.end(2):]
    return out


def fix_label_runs(texts: list[str]) -> dict[int, str]:
    """Line index -> the line with its label set to its place in a run of siblings, for
    labels misread inside a run that starts at its first label ('a)', '1.') and whose later
    labels stand where the run puts them: 'a) b) €) đ) đ) e)' is 'a) b) c) d) đ) e)'
    (fix_labels cannot see it: the 'đ)' after '€)' is itself misread).  A run is the lines
    labelled in one style (closing '.' or ')', a digit or a letter) from a first label to
    the next first label, each at most MAX_GAP lines after the one before; only a label
    between the run's first and its last label that stands at its place is changed, only to
    a label of the same length, and only when the labels at their place outnumber those
    changed by two (a typist's own skip, 'a) b) d) e)', puts every later label off its place,
    so nothing is changed there)."""
    found: list[tuple[int, re.Match, tuple[str, int] | None]] = []
    for i, t in enumerate(texts):
        m = _LABEL.match(t)
        if m:
            found.append((i, m, _kind(m.group(2))))
    out: dict[int, str] = {}
    for style in ("digit", "letter"):
        for punct in (".", ")"):
            first = "1" if style == "digit" else "a"
            seq = [(i, m, kd) for i, m, kd in found if m.group(3) == punct and (kd is None or kd[0] == style)]
            runs: list[list] = []
            for item in seq:
                i, m, _kd = item
                if m.group(2) == first or not runs or i - runs[-1][-1][0] > MAX_GAP:
                    runs.append([item])
                else:
                    runs[-1].append(item)
            for run in runs:
                if len(run) < 3 or run[0][1].group(2) != first:
                    continue
                want = [_label(style, k + (1 if style == "digit" else 0)) for k in range(len(run))]
                at_place = [k for k, (i, m, kd) in enumerate(run) if m.group(2) == want[k]]
                last = at_place[-1]
                wrong = [k for k in range(1, last) if run[k][1].group(2) != want[k]]
                if not wrong or len([k for k in at_place if k <= last]) < len(wrong) + 2:
                    continue
                for k in wrong:
                    i, m, kd = run[k]
                    if want[k] is None or len(m.group(2)) != len(want[k]):
                        continue
                    out[i] = texts[i][:m.start(2)] + want[k] + texts[i][m.end(2):]
    return out


# A speck before a line's first word read as a dash bullet ('- Căn cứ Nghị định số ...' among
# 'Căn cứ ...' lines that have none): a document prints the formulas of its legal grounds
# (PREAMBLE_OPENINGS) alike, all bulleted or none, so a dash before one that its siblings
# print bare (SIBLING_BARE_MIN of them, none with a dash) is no bullet.  Only those
# formulas: the items of a body mix bare paragraphs and dashed items opening with the same
# words ('Xây dựng ...', 'Tổng cục Thuế ...').
PREAMBLE_OPENINGS = frozenset({"Căn cứ", "Theo đề", "Xét đề", "Xét Tờ"})
NEAR = 3  # lines: a bare ground before the dashed one at most this far
_CITES = re.compile(r"(?:Căn cứ|Theo đề nghị của|Xét đề nghị của|Xét Tờ trình) (?:(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kết luận|Thông báo|Kế hoạch|Công văn|Văn bản)\b(?! này)|Bộ trưởng|Giám đốc|Chủ tịch|Trưởng|Chánh|số)")
_DASHED = re.compile(r"^(\s*)[-–_]\s+(?=[A-ZĐÀ-Ỹ])")
SIBLING_BARE_MIN = 2


def _opening(text: str) -> str | None:
    words = text.split()
    if len(words) < 3 or not words[0][:1].isupper() or not words[0].isalpha():
        return None
    key = words[0] + " " + words[1]
    return key if key in PREAMBLE_OPENINGS else None


def fix_sibling_dashes(texts: list[str]) -> dict[int, str]:
    """Line index -> the line without a dash its siblings do not print (see above)."""
    bare: dict[str, int] = {}
    dashed: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        m = _DASHED.match(t)
        if m:
            key = _opening(t[m.end():])
            if key:
                dashed.setdefault(key, []).append(i)
        else:
            key = _opening(t)
            if key:
                bare[key] = bare.get(key, 0) + 1
    out: dict[int, str] = {}
    grounds = [i for i, t in enumerate(texts) if _opening(t)]  # bare formulas
    for key, rows in dashed.items():
        if len(rows) == 1 and bare.get(key, 0) >= SIBLING_BARE_MIN:
            i = rows[0]
            # among the grounds: a bare one right before it, and it cites an instrument by its
            # name ('Căn cứ Quyết định số ...'; an item of the body opening 'Căn cứ Kế hoạch
            # này, ...' stands among the body's items)
            if not any(0 < i - j <= NEAR for j in grounds) or not _CITES.match(texts[i][_DASHED.match(texts[i]).end():]):
                continue
            m = _DASHED.match(texts[i])
            out[i] = m.group(1) + texts[i][m.end():]
    return out


# The items of a list of bodies end with ';' (Kính gửi, Nơi nhận, duties one per body), and
# OCR reads the ';' as ':' when its lower stroke is faint ('- Ban ATGT TP. Đà Nẵng:',
# '3. Công đoàn ... trong CB-GV-NV:').  An item that ends with ':' between two items of the
# same marker that both end with ';' is one of them: a ':' there would open a sub-list, and
# the next item is its sibling, not its child.
_ITEM = re.compile(r"^\s*(?:([-+•*])\s|(\d{1,2}|[abcdđeghiklmnopqrstuvxy])([.)])\s)")


def _marker(text: str) -> str | None:
    m = _ITEM.match(text)
    if m is None:
        return None
    if m.group(1):
        return m.group(1)
    return ("digit" if m.group(2).isdigit() else "letter") + m.group(3)


_CLOSED = (".", ";", ":", "!", "?")


def fix_item_ends(texts: list[str]) -> dict[int, str]:
    """Line index -> the line with its final ':' read for ';', or ',' for the '.' or ';'
    that ends both its siblings (see above)."""
    items: list[tuple[str | None, int, int]] = []  # (marker, first line, last line)
    for i, t in enumerate(texts):
        mk = _marker(t)
        if mk is not None:
            items.append((mk, i, i))
        elif items and t.strip() and items[-1][2] == i - 1 and not texts[i - 1].rstrip().endswith(_CLOSED):
            items[-1] = (items[-1][0], items[-1][1], i)  # a wrapped item goes on
        else:
            items.append((None, i, i))  # a paragraph of its own: no sibling of an item
    out: dict[int, str] = {}
    for k in range(1, len(items) - 1):
        mk, _a, b = items[k]
        prev, nxt = items[k - 1], items[k + 1]
        if mk is None or prev[0] != mk or nxt[0] != mk or nxt[1] != b + 1:
            continue
        end = texts[b].rstrip()
        before, after = texts[prev[2]].rstrip()[-1:], texts[nxt[2]].rstrip()[-1:]
        last = k + 2 >= len(items) or items[k + 2][0] != mk  # the next item closes the list
        if end.endswith(":") and before == ";" and (after == ";" or (after == "." and last)):
            # also the last but one item, before the item whose '.' closes the list: a ':'
            # there would open a sub-list of one child ('- UBND các quận, huyện;' /
            # '- Đại học Đà Nẵng:' / '- Các trường đại học.')
            out[b] = end[:-1] + ";" + texts[b][len(end):]
        elif end.endswith(",") and before == after and before in (".", ";"):
            # a ',' between siblings that end alike: the stop's or semicolon's other stroke
            # lost ('- 100% các xã được phủ sóng 3G hoặc kết nối internet ADSL,' between
            # items ending '.'); a list item never ends on a comma before its sibling
            out[b] = end[:-1] + before + texts[b][len(end):]
    return out


# Roman section numbers ('I.', 'II.', ... 'XX.') head the parts of a plan or report in
# capitals ('VIII. DỰ KIẾN HIỆU QUẢ CỦA KẾ HOẠCH').  OCR reads two close strokes 'II' as
# 'H' ('VIH.' for 'VIII.', P06) and a stroke as 'l' or '1' ('Vl.', 'X1.').  A label made of
# those letters that is no Roman numeral, but one when they are read back, is that numeral
# when the line is a heading in capitals or the last Roman label before it is its predecessor.
_ROMAN_LABEL = re.compile(r"^(\s*)([IVXHl1]{1,6})(\.\s+)(?=\S)")
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_ROMAN_OK = re.compile(r"^X{0,3}(?:IX|IV|V?I{0,3})$")


def _roman_value(s: str) -> int | None:
    if not s or not _ROMAN_OK.match(s):
        return None
    n, i = 0, 0
    for v, sym in _ROMAN:
        while s.startswith(sym, i):
            n += v
            i += len(sym)
    return n if i == len(s) and n else None


def fix_roman_labels(texts: list[str]) -> dict[int, str]:
    """Line index -> the line with its Roman section number read back (see above)."""
    out: dict[int, str] = {}
    last: int | None = None
    for i, t in enumerate(texts):
        m = _ROMAN_LABEL.match(t)
        if m is None:
            continue
        label = m.group(2)
        n = _roman_value(label)
        if n is not None:
            last = n
            continue
        fixed = label.replace("H", "II").replace("l", "I").replace("1", "I")
        n = _roman_value(fixed)
        if n is None:
            continue
        rest = t[m.end():]
        letters = [c for c in rest if c.isalpha()]
        heading = len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
        if heading or (last is not None and n == last + 1):
            out[i] = t[:m.start(2)] + fixed + t[m.end(2):]
            last = n
    return out


__all__ = ["fix_labels", "fix_item_ends", "fix_roman_labels"]


# A numbered item's stop read as a comma ('7, Các kỳ thi ...', '2, Địa bàn xảy ra ...'): a line
# opening with a number of one or two digits, a comma and a capitalised word, after a line that
# closes a sentence or an item ('.', ':', ';') or after nothing, is an item's label.  A wrapped
# list of numbers keeps its comma: the line before it goes on ('... quy định tại Điều' / '74,
# Điều 75 ...', '... các Ban' / '9, Ban Tuyên giáo ...').
_COMMA_LABEL = re.compile(r"^(\s*\d{1,2}),(?= ([^\W\d_]))")
_ITEM_CLOSED = re.compile(r"[.:;]\s*$")


def comma_label(line: str, prev: str) -> str | None:
    """``line`` with its label's comma set to a stop (see above), or None."""
    m = _COMMA_LABEL.match(line)
    if not m or not m.group(2).isupper() or (prev.strip() and not _ITEM_CLOSED.search(prev)):
        return None
    return m.group(1) + "." + line[m.end():]
