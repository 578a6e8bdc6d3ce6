"""Scan noise in OCR'd text: marks no directive prints, stray bars, quotes and dots.

A scan's specks, stamp edges and signature strokes come out of OCR as stray characters
inside or after the words ('TTKT£', 'vướng | mắc', '_Nghị định', 'thông. tin', a line '&+'
or '(% :#)' under the signature, 'thực hiện./. é').  None of them is a
letter the LM can weigh, so the mark corrector cannot see them; they are removed here by
rules about what a Vietnamese directive prints (the layout of Decree 30/2020/NĐ-CP:
sentences start with a capital, quotes are double quotes, '|' only in tables, './.' closes
the body, the date line is 'Place, ngày ... tháng ...').  A lone double quote is left: a
quoted title may open in lower case and close lines later ('“về tăng cường ...').  The
typist's own spacing is left too ('416/QĐ- TTg', '-Lưu VT'): it is no scan noise.  Used on OCR'd lines only:
typed text keeps every character it has.

Every rule removes or replaces punctuation and symbols, never a letter or a digit, except
the short junk after the closing './.' (a speck or a stroke read as 'é', 'Ci', 'fon!').
"""
from __future__ import annotations

import re

# Characters no Vietnamese directive prints: OCR's reading of specks, stamp edges and
# signature strokes (seen in the real OCR'd letters: '@®', 'TTKT£', 'Rad ¿xo', ',„_').  Not
# '•' nor '« »': Word's bullet and the French quotes are printed by real documents (school
# plans list their items with '•') and OCR reads them faithfully.
FOREIGN_SYMBOLS = "®©£¥¿¡¬„¤¦‚¢†‡¶√∆◊"
_FOREIGN = re.compile("[" + re.escape(FOREIGN_SYMBOLS) + "]")
_ALNUM = re.compile(r"[^\W_]")
_SYMBOL_LABEL = re.compile(r"^\s*[" + re.escape(FOREIGN_SYMBOLS) + r"]\)(?= )")
# symbols no line of text is made of: a line of them and nothing else is noise ('&+',
# '(% :#)'); a table's '| --- |', a '=====' rule, '* * *' and an excerpt's '[…]' have none
_NOISE_SYMBOL = re.compile(r"[&%#@<>^~${}]")
# a token of such symbols alone ('@ Thời gian ký', '(ees 2) <<'); '&' alone is a word
# ('GIÁO DỤC & ĐÀO TẠO'); a Markdown heading's '## ' or quote's '> ' opening a line is layout,
# kept (documents reposted as Markdown: '### 4. Giao Ban Pháp chế')
_SYMBOL_TOKEN = re.compile(r"(?<=\S) +[%#@<>^${}]+(?= |$)|^(?!#{1,6} |> )[%#@<>^${}]+ +(?=\S)")
# '~' or '_' alone is a dash OCR misread: a bullet at the line start ('~ Cục Thuế DNL',
# '_ Như trên'), a dash between words ('THANH TRA ~ KIỂM TRA')
_DASH_BULLET = re.compile(r"^(\s*)[~_](?= [^\W\d_])")
_DASH_TOKEN = re.compile(r"(?<=\S) ~(?= \S)")
# one '|' inside a running sentence, spaced on at least one side, with a lower-case word or
# a number after it (a table has several per line; two columns joined by one bar start
# the second with a capital: 'Chính phủ | Hà Nội, ngày ...'): 'vướng | mắc', 'ngày|
# 15/10/2024', 'nhằm |giải quyết'
_BAR = re.compile(r"(?<=[^\W_])(?: \| ?|\| )(?=[^\W_])")
# a run of underscores (and dots) opening a line before its text ('__ giáo dục', '___ 30/12/2010
# của', '_.Căn cứ', '._ Điều'): a dust speck or a scanner's smear, never a bullet (a bullet is one
# dash, which OCR reads as one '_', see _DASH_BULLET); a blank to fill is followed by a comma
# or stands alone, so one with text after it is not one
_LEAD_UNDERSCORES = re.compile(r"^(\s*)(?=[_.]*_)[_.]{2,}\s*(?=[^\W_]|[“\"(])")
# one '_' before a list label or an article ('_ 1. Tựu trường', '_ a) Đơn vị', '_ Điều 2.'): a
# speck, since no dash opens a numbered item (a dash is itself the item's label)
_UNDERSCORE_LABEL = re.compile(r"^(\s*)_\s+(?=(?:\d{1,2}|[IVX]{1,4})[.)]\s|[a-zđ]\)\s|Điều \d)")
# '_' glued to the start of a word or number ('_Nghị', '_126/2020/NĐ-CP')
_UNDERSCORE = re.compile(r"(?:(?<=\s)|^)_+(?=[^\W_])")
# a single quote glued to the start of a word after a word ("và 'tiếp tục") or a number
# ("Điều 30'Nghị định"): directives quote with paired double quotes
_SQUOTE_AFTER_WORD = re.compile(r"(?<=[^\W_] )['‘’`](?=[^\W\d_])")
_SQUOTE_AFTER_NUMBER = re.compile(r"(?<=\d)['‘’`](?=[^\W\d_])")
# a dot between a word and a lower-case word: no Vietnamese sentence starts in lower case
# ('thông. tin', 'cơ quan. thuế'); the case is checked with str.islower, as a character
# range would take in the capitals of the Vietnamese block
_DOT_WORD = re.compile(r"(?<=[^\W\d_]{2})\. ([^\W\d_]+)(?=[\s,;:]|$)")
# a dot after a word that always introduces a number ('số. 3295', 'Điều. 11')
_DOT_NUMBER = re.compile(r"\b(số|Số|Điều|điều|khoản|Khoản|điểm|Điểm)\.(?= \d+(?:[/,;:)\s]|$))")
# the date line 'Hà Nội. ngày 09 tháng 11': place and date are parted by a comma
_DATE_DOT = re.compile(r"(?<=[^\W\d_])\. (?=ngày \S+ tháng)")
# a space OCR put inside a date's month ('06/1 1/2013')
_DATE_SPLIT = re.compile(r"\b(\d{1,2}/)(\d) (\d)(/(?:19|20)\d\d)\b")
# a space OCR put after a date's first slash ('Ngày 26/ 12/2006'): the gap a wide '/' leaves
_DATE_GAP = re.compile(r"\b(\d{1,2})/ (\d{1,2})(/(?:19|20)\d\d)\b")
# one stray letter after the stop or semicolon that ends a line ('- Như trên; a', '- Lưu:
# VT, PC. a'): no Vietnamese word is one plain letter, and a list's 'a, b' has commas
_LAST_LETTER = re.compile(r"(?<=[;.]) +[^\W\d_]$")
# a dash or dot alone after the comma or semicolon that ends a line ('phục vụ tổ chức, -'): a
# speck at the page's edge; a line's own dash follows a word ('Côn Minh - Lào Cai -'), never
# a comma, and an ellipsis is glued to its word
_LAST_SPECK = re.compile(r"(?<=[,;]) +[-–—·.]$")
# junk after the closing mark './.' of the body
_AFTER_CLOSE = re.compile(r"(\./\.)\s+\S{1,4}\s*$")
# a spacing accent alone ('`', 'ˆ', '´'): a mark with no letter under it is a speck
_ACCENT_TOKEN = re.compile(r"(?:(?<=\s)|^)[`´ˆ˜¨˘˙]+(?=\s|$)")
# A list label alone on its line ('a)', '2.', 'II.', '(c)'): Vietnamese lists letter their
# items with the Vietnamese alphabet, which has no f, j, w, z, so 'z)' is no label.
_LABEL_LINE = re.compile(r"^\s*\(?(?:(?:\d+|[IVXLC]+)[.)]?|[abcdđeghiklmnopqrstuvxyABCDĐEGHIKLMNOPQRSTUVXY][.)])\s*$")
_TOKEN = re.compile(r"\S+")
# the characters without which _FOREIGN, _SYMBOL_TOKEN and the quote rules cannot match
_FOREIGN_CHARS = frozenset(FOREIGN_SYMBOLS + "⁄")
_SYMBOL_CHARS = frozenset("%#@<>^${}")
_QUOTE_CHARS = frozenset("'‘’`")
_TWO_ALNUM = re.compile(r"[^\W_]{2}")  # two letters or digits in a row: a line of text, no specks
# the left part of a line before a wide gap (ingest joins the columns of a line with a tab
# where the gap is wider than three characters): scribbles in the margin, a stamp's edge
_LEFT_OF_GAP = re.compile(r"^([^\t]*)\t(?=\S)")
# the right part of a line after its last wide gap: a speck or a stroke in the right margin
# ('Kính gửi: Cục Thuế tỉnh Hà Tĩnh.<tab>VU', '... ngày 19 tháng 6 năm 2015;<tab>_')
_RIGHT_OF_GAP = re.compile(r"(?<=\S)[ \t]*\t([^\t]*)$")
# tokens of punctuation alone closing a line (see _end_junk)
_END_TOKENS = re.compile(r"(?:[ \t]+[-–—_|:.,;'`~]+)+[ \t]*$")
# a word that is always followed by a number: a bar after it closing a line is the digit one
_NUMBER_WORD_END = re.compile(r"(?:^|\s)(?:[Ss]ố|[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hụ lục|tháng|[Nn]gày)$")
_DASH_RUN = re.compile(r"^(?:-{3,}|–{3,}|—{3,}|\.+|…+|\*+)$")


def _noise_only(line: str) -> bool:
    """A line of nothing but specks: no token has two letters or digits ('h', '?', 'z)',
    '\\A h. n t', 'W Š 1'), and it is no page number (digits and no letter) nor a list
    label alone on its line ('a)', 'II.')."""
    if not line.strip() or _TWO_ALNUM.search(line) or _LABEL_LINE.match(line):
        return False
    if any(len(_ALNUM.findall(t)) >= 2 for t in _TOKEN.findall(line)):
        return False
    if any(ch.isalpha() for ch in line):
        return True
    # no letter: a page number ('2', '- 2 -') or layout ('* * *', '[…]', '| --- |') stays; one
    # speck alone ('?', ':', '`') goes
    t = line.strip()
    return len(t) == 1 and t not in "-–—*•…|=#>"


def _margin_junk(left: str, rest: str) -> bool:
    """Is ``left`` (before a wide gap) scribble rather than a column of the line: at most
    three letters or digits, no digit, not a label ('a)', '1.') nor an abbreviation with its
    dot ('TM.', 'KT.'), specks or a single letter (or two beside a line of body text), and
    a sentence of 3+ words after it?"""
    n = len(_ALNUM.findall(left))
    if n > 3 or any(ch.isdigit() for ch in left) or _LABEL_LINE.match(left) or len(rest.split()) < 3:
        return False
    odd = [ch for ch in left if not ch.isalnum() and not ch.isspace() and ch != "."]
    if odd or n <= 1:
        return True
    # two letters ('Tu', 'Ti') beside a line of body text (4+ words, 20+ characters): a
    # speck's reading, where a column would be a header's or a table's short cell
    return n == 2 and not left.strip().endswith(".") and len(rest.split()) >= 4 and len(rest.strip()) >= 20


def _right_junk(left: str, right: str) -> bool:
    """Is ``right`` (after the line's last wide gap) a speck or a stroke in the margin rather
    than a column: at most two letters or digits, no digit, not a label nor an abbreviation
    with its dot ('TM.', 'KT.'), beside a line of body text (4+ words, 20+ characters: a
    header's or a table's columns are short)."""
    r = right.strip()
    if not r:
        return False
    n = len(_ALNUM.findall(r))
    if n > 2 or any(ch.isdigit() for ch in r) or _LABEL_LINE.match(r) or r.endswith("."):
        return False
    if "|" in left or len(left.split()) < 4 or len(left.strip()) < 20:
        return False
    return True


def _end_junk(line: str, tail: str) -> bool:
    """Are the punctuation tokens ``tail`` closing ``line`` specks?  Each must be one:
    underscores alone ('_', '__': no directive prints them alone after a word, but after
    'ngày', 'số' a blank to fill), a lone '|' after a lower-case word or a stop (the line's
    only bar: a table has several, and a wrapped cell of a table ends 'BỘ Y TẾ |'), a mix of
    marks no text prints ('-..', '._', '.-.'), or a lone stop, comma, colon or semicolon
    after a word that already ends with one ('1945; .').  A lone dash is kept: a compound
    wraps at its dash ('kinh tế -' / 'xã hội', 'Độc lập -'); a run of one dash or of dots
    ('-------', '......', '…') is a rule or a blank to fill."""
    head = line[: len(line) - len(tail)]
    prev = head.split()[-1] if head.split() else ""
    if not prev or not any(ch.isalnum() for ch in prev):
        return False
    for t in tail.split():
        if _DASH_RUN.match(t):
            return False
        if set(t) == {"_"}:
            if _NUMBER_WORD_END.search(head.rstrip()):
                return False  # 'ngày _': a blank to fill
            continue
        if t == "|":
            # a table's cell wrapped ('BỘ Y TẾ |', '... năm 2021 |') ends in capitals or a
            # number; a bar after a lower-case word or a stop is a speck
            if line.count("|") != 1 or prev[-1].isupper() or prev[-1].isdigit():
                return False
            continue
        if len(set(t)) >= 2:
            continue
        if t in ".,;:" and prev[-1] in ".,;:":
            continue
        return False
    return True


def clean_line(line: str) -> str:
    """The line with its scan noise removed (the line itself when it has none)."""
    if not line.strip():
        return line
    # each rule below is tried only when the line holds a character its pattern cannot match
    # without (a set test is far cheaper than a regex scan; most lines need none of them)
    if _FOREIGN_CHARS.isdisjoint(line):
        new = line
    else:
        # a symbol opening a line before ')' is a list label misread ('©) Thương binh' for
        # 'e)'): kept for the label rules, which set it from its siblings
        m = _SYMBOL_LABEL.match(line)
        head = m.group() if m else ""
        new = head + _FOREIGN.sub("", line[len(head):].replace("⁄", "/"))
    if new.strip() and not _ALNUM.search(new) and _NOISE_SYMBOL.search(new):
        return ""
    if _noise_only(new):
        return ""
    m = _LEFT_OF_GAP.match(new)
    if m and _margin_junk(m.group(1), new[m.end():]):
        new = new[m.end():]
    if "\t" in new:
        r = _RIGHT_OF_GAP.search(new)
        if r and _right_junk(new[:r.start()], r.group(1)):
            new = new[:r.start()]
    if new[-1:] in "-–—_|:.,;'`~ \t":
        e = _END_TOKENS.search(new)
        if e and e.group().strip() == "|" and new.count("|") == 1 and _NUMBER_WORD_END.search(new[:e.start()]):
            new = new[:e.start()] + " 1"  # 'khoản |': the digit one read as a bar
        elif e and _end_junk(new, e.group()):
            new = new[:e.start()]
    if any(ch in new for ch in "`´ˆ˜¨˘˙"):
        new = _ACCENT_TOKEN.sub("", new)
    if not _SYMBOL_CHARS.isdisjoint(new):
        new = _SYMBOL_TOKEN.sub("", new)
    if new.lstrip()[:1] in "_.":
        new = _LEAD_UNDERSCORES.sub(r"\1", new)
        new = _UNDERSCORE_LABEL.sub(r"\1", new)
    if "~" in new or "_" in new:
        new = _DASH_BULLET.sub(r"\1-", new)
        new = _DASH_TOKEN.sub(" -", new)
    if new.count("|") == 1:
        new = _BAR.sub(lambda m: " " if new[m.end()].islower() or new[m.end()].isdigit() else m.group(), new)
    if "_" in new:
        new = _UNDERSCORE.sub("", new)
    if not _QUOTE_CHARS.isdisjoint(new):
        new = _SQUOTE_AFTER_WORD.sub("", new)
        new = _SQUOTE_AFTER_NUMBER.sub(" ", new)
    if new[-2:-1] == " " or new.endswith("\n"):  # '; a' at the end: a space before the last letter
        new = _LAST_LETTER.sub(lambda m: "" if m.group().strip().isascii() else m.group(), new)
        new = _LAST_SPECK.sub("", new)
    if ". " in new:
        new = _DATE_DOT.sub(", ", new)
        new = _DOT_WORD.sub(lambda m: " " + m.group(1) if m.group(1)[0].islower() else m.group(), new)
    if "." in new:
        new = _DOT_NUMBER.sub(r"\1", new)
    if "./." in new:
        new = _AFTER_CLOSE.sub(r"\1", new)
    if "/" in new:
        new = _DATE_SPLIT.sub(lambda m: m.group(1) + m.group(2) + m.group(3) + m.group(4)
                              if 1 <= int(m.group(2) + m.group(3)) <= 12 else m.group(), new)
        if "/ " in new:
            new = _DATE_GAP.sub(lambda m: f"{m.group(1)}/{m.group(2)}{m.group(3)}"
                                if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12 else m.group(), new)

    if new == line:
        return line
    new = re.sub(r"(?<=\S)  +(?=\S)", " ", new)
    if line == line.rstrip():
        new = new.rstrip()
    if line == line.lstrip():
        new = new.lstrip()
    return new if new.strip() else ""


# A speck before a wrapped line's first word, read as a bullet or a stop ('- yêu cầu', '_ cáo
# việc', '. xá trong'): the line goes on with the sentence of the line before it, which ends
# in a word (no colon, semicolon or stop closes it) and is a full line of the page, so
# no list item can start here.  A list's items follow a line ending in ':' or ';', or a short
# item line; a bullet before a lower-case word there is kept.
_SPECK_BULLET = re.compile(r"^(\s*)[-_.·~•]\s+(?=[^\W\d_])")
FULL_LINE = 55  # characters: a wrapped line of body text (a page's line holds 70-95)


def clean_wrapped(prev: str, line: str) -> str:
    """``line`` without a speck read as a bullet before its first word when it continues
    the sentence of ``prev`` (see _SPECK_BULLET); ``line`` itself otherwise."""
    m = _SPECK_BULLET.match(line)
    if m is None or not line[m.end():][:1].islower():
        return line
    p = prev.rstrip()
    if len(p) < FULL_LINE or not p[-1:].isalpha():
        return line
    return m.group(1) + line[m.end():]


# A speck after a wrapped line's last word, read as a stop ('... cho phép chuyển mục đích sử
# dụng.' / 'đất theo quy định ...'): the next line goes on in lower case, and no Vietnamese
# sentence starts in lower case, so the stop is no stop.  Not after an abbreviation (a word
# in capitals, 'TP.', or one that is no syllable, 'tr.', 'v.v.'), nor before a list label
# ('như sau.' / 'a) ...'), nor on a short line (a heading, an item).
_STOP_END = re.compile(r"(?<=[^\W\d_]{2})\.$")
# The same after a full date closing the line ('... tại Tờ trình số 107/TTr-SGDĐT ngày
# 09/8/2024.' / 'về việc ban hành ...'), or after a date's month whose year the next line gives
# ('... ngày 29 tháng 5.' / 'năm 2017 của ...'): the lower-case words after it go on with the
# sentence.  A bare number keeps its stop (a table's cells read row by row: '2025.' / 'năm 2030').
_DATE_STOP_END = re.compile(r"(?:^|\s)\d{1,2}/\d{1,2}/\d{4}\.$")
_MONTH_STOP_END = re.compile(r"(?:^|\s)tháng \d{1,2}\.$")
_YEAR_WORD_START = re.compile(r"năm \d{4}(?!\d)")
_LOWER_LABEL = re.compile(r"^\s*\(?[a-zđ][.)](?:\s|$)")
_ABBREVIATIONS = frozenset("tr vd ths ts pgs gs bs ks ng đc tp".split())


def speck_stop(line: str, nxt: str) -> str:
    """``line`` without the speck read as a stop after its last word when ``nxt`` goes on
    with the sentence in lower case (see _STOP_END); ``line`` itself otherwise."""
    t = line.rstrip()
    number_end = bool(_DATE_STOP_END.search(t)) or (
        bool(_MONTH_STOP_END.search(t)) and bool(_YEAR_WORD_START.match(nxt.lstrip())))
    if len(t) < FULL_LINE or not (number_end or _STOP_END.search(t)):
        return line
    n = nxt.lstrip()
    if not n[:1].islower() or not n[:1].isalpha() or _LOWER_LABEL.match(n):
        return line
    if number_end:
        return t[:-1] + line[len(t):]
    last = t.split()[-1][:-1]
    if not last.isalpha() or last.isupper() or (last[1:] and not last[1:].islower()) or \
            last.lower() in _ABBREVIATIONS:
        return line
    return t[:-1] + line[len(t):]


# A margin note or a stamp's handwriting is read line by line as one short token per line
# ('?' / 'hè' / 'và' / 'tờ' / 'thị' beside a letter's subject; '-' / '31' / ':' / 'dã' beside
# its number).  Body text never runs three lines of one short word each: a wrapped
# paragraph's last line may be one word, the line before it is full.  A table's narrow column
# does hold one word a line ('về' / 'các' / 'tổ' / 'chức') between its numbers ('12' / 'tỉnh'
# / '18'), but no specks: a run is a note when a line of specks ('?', '-', ':') is among its
# lines (as OCR read them: the speck lines are emptied before).
_SHORT_TOKEN = re.compile(r"^\s*(?:[^\W\d_]{1,4}|\d{1,2}|[^\w\s]{1,3})\s*$")
_SHORT_WORD = re.compile(r"^\s*[^\W\d_]{1,4}\s*$")
_SPECKS = re.compile(r"^\s*[^\w\s]{1,3}\s*$")
MIN_NOTE_RUN = 3


def note_lines(texts: list[str]) -> set[int]:
    """Indices of the lower-case one-word lines inside a run of MIN_NOTE_RUN or more lines of
    one short token each (a word of at most four letters, a number of two digits or specks),
    one of them at least specks;
    empty lines neither break nor count in a run.  Digits and capitals are kept (a page
    number, a label)."""
    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        # a speck or a number among them: a table's narrow column holds words one a line
        # too ('về' / 'các' / 'tổ' / 'chức'), but no specks
        if len(run) >= MIN_NOTE_RUN and any(_SPECKS.match(texts[i]) for i in run):
            out.update(i for i in run if _SHORT_WORD.match(texts[i]) and texts[i].strip().islower())
        run.clear()

    for i, t in enumerate(texts):
        if not t.strip():
            continue
        if _SHORT_TOKEN.match(t):
            run.append(i)
        else:
            close()
    close()
    return out


__all__ = ["clean_line", "clean_wrapped", "note_lines", "FOREIGN_SYMBOLS"]
