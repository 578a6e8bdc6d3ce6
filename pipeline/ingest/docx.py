"""Word .docx files via python-docx: paragraphs, automatic numbering, tables, in body order.

Automatic list numbers ('1.', 'a)', 'I.') are not in a paragraph's text: Word draws them
from the paragraph's numbering properties (``w:numPr``: numId + ilvl) and the numbering
part's ``w:abstractNum`` level (numFmt, lvlText such as '%1.' or '%1.%2.', start).  They are
rebuilt here with per-list counters (shared by the instances of one abstract list, restarted
by ``w:startOverride``, as Word does), in table cells too, because the structure stage finds
sections by exactly these labels.  A table comes out one row per line, cells separated by ' | ', except the
borderless two-column tables Word users lay the header and the tail out with (national motto
on the right; 'Nơi nhận' on the left): those come out column by column as
``header_left``/``header_right`` and ``tail_left``/``tail_right`` lines, like a PDF's columns.
A paragraph's text includes tracked insertions, smart tags and fields (python-docx's
``Paragraph.text`` drops them), not tracked deletions or field codes (:func:`paragraph_content`).
Text boxes (``w:txbxContent``, whose text is not in the runs') follow their anchoring
paragraph; content controls (``w:sdt``) are read through.  Page headers and footers of the
Word sections become ``running`` lines before and after the body (out of
``Document.text``, as a PDF's running lines) and ``doc.meta['running_text']``.
"""
from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

from pipeline.config import Config
from pipeline.ingest import IngestError
from pipeline.model import Document, FontRun, Line

MAX_PARAGRAPHS = 200_000
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = ""
    for value, sym in _ROMAN:
        while n >= value:
            out += sym
            n -= value
    return out


def _alpha(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _alpha(n)
    if fmt == "upperLetter":
        return _alpha(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt in ("bullet", "none"):
        return ""
    return str(n)  # decimal and anything exotic


class Numbering:
    """Levels of every list of a document and running counters to label paragraphs.

    Counters belong to the abstract list (``w:abstractNum``), not to the list instance
    (``w:num``): in Word, paragraphs of two instances of one abstract list number on from
    each other, and 'Restart at 1' writes a new instance with ``w:lvlOverride/
    w:startOverride``, which restarts the level the first time that instance is used.  A
    ``w:lvlOverride`` holding a whole ``w:lvl`` replaces that level's format for its instance.
    """

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (fmt, text, start)
        self.abstract_of: dict[str, str] = {}  # numId -> abstractNumId (whose counters it uses)
        self.restarts: dict[str, dict[int, int]] = {}  # numId -> ilvl -> start (startOverride)
        self.counters: dict[str, list[int]] = {}
        self._pending: dict[tuple[str, int], int] = {}
        self._used: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return

        def level(lvl) -> tuple[str, str, int]:
            fmt_el, text_el, start_el = lvl.find(qn("w:numFmt")), lvl.find(qn("w:lvlText")), lvl.find(qn("w:start"))
            return (
                fmt_el.get(qn("w:val")) if fmt_el is not None else "decimal",
                text_el.get(qn("w:val")) if text_el is not None else "",
                _int(start_el.get(qn("w:val")) if start_el is not None else None, 1),
            )

        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        by_style: dict[str, str] = {}  # numbering style name -> abstractNumId holding its levels
        links: dict[str, str] = {}  # abstractNumId -> numbering style it only points to
        for an in root.findall(qn("w:abstractNum")):
            abs_id = an.get(qn("w:abstractNumId"))
            abstract[abs_id] = {_int(lvl.get(qn("w:ilvl")), 0): level(lvl) for lvl in an.findall(qn("w:lvl"))}
            style_link, num_style = an.find(qn("w:styleLink")), an.find(qn("w:numStyleLink"))
            if style_link is not None:
                by_style[style_link.get(qn("w:val"))] = abs_id
            if num_style is not None:
                links[abs_id] = num_style.get(qn("w:val"))
        for abs_id, style in links.items():
            # an abstract list that only names a numbering style (w:numStyleLink) takes the
            # levels, and the counters, of the one defining that style (w:styleLink)
            target = by_style.get(style)
            if target is not None and not abstract.get(abs_id):
                abstract[abs_id] = abstract.get(target, {})
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            num_id, abs_id = num.get(qn("w:numId")), ref.get(qn("w:val"))
            levels = dict(abstract.get(abs_id, {}))
            restarts: dict[int, int] = {}
            for ov in num.findall(qn("w:lvlOverride")):
                ilvl = _int(ov.get(qn("w:ilvl")), 0)
                lvl_el = ov.find(qn("w:lvl"))
                if lvl_el is not None:
                    levels[ilvl] = level(lvl_el)
                st = ov.find(qn("w:startOverride"))
                if st is not None:
                    restarts[ilvl] = _int(st.get(qn("w:val")), 1)
                elif lvl_el is not None:
                    restarts[ilvl] = levels[ilvl][2]
            self.levels[num_id] = levels
            self.abstract_of[num_id] = by_style.get(links.get(abs_id, ""), abs_id)
            if restarts:
                self.restarts[num_id] = restarts

    def label(self, paragraph) -> str:
        """The list label of a paragraph ('1.', '1.2.', 'a)', '-' for bullets) or ''."""
        from docx.oxml.ns import qn

        ppr = paragraph._p.pPr
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if numpr is None:
            style = paragraph.style
            while style is not None and numpr is None:
                sppr = style.element.pPr
                numpr = sppr.find(qn("w:numPr")) if sppr is not None else None
                style = style.base_style
        if numpr is None:
            return ""
        num_el, lvl_el = numpr.find(qn("w:numId")), numpr.find(qn("w:ilvl"))
        num_id = num_el.get(qn("w:val")) if num_el is not None else None
        ilvl = _int(lvl_el.get(qn("w:val")) if lvl_el is not None else None, 0)
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return ""
        key = self.abstract_of.get(num_id, num_id)
        counters = self.counters.setdefault(key, [0] * 9)
        if num_id not in self._used:
            self._used.add(num_id)
            for lvl, start in self.restarts.get(num_id, {}).items():
                if 0 <= lvl < 9:
                    counters[lvl] = 0
                    self._pending[(key, lvl)] = start
        fmt, text, _start = levels[ilvl]
        if ilvl >= 9:
            return ""
        if counters[ilvl]:
            counters[ilvl] += 1
        else:
            counters[ilvl] = self._pending.pop((key, ilvl), levels[ilvl][2])
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if fmt == "bullet":
            return "-"
        out = text
        for k in range(ilvl + 1):
            lf = levels.get(k, ("decimal", "", 1))
            value = counters[k] or lf[2]
            out = out.replace(f"%{k + 1}", format_number(value, lf[0]))
        return out


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Not the paragraph's own text: a deletion (tracked change), the old place of moved text,
# field instructions, a text box (read as its own paragraphs), the VML copy of a shape.
_SKIP_TAGS = {_W + "del", _W + "moveFrom", _W + "instrText", _W + "delText", _W + "txbxContent",
              "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def _run_text(r_el) -> str:
    """A run's text as Word shows it (python-docx's rules: tab, line break, no-break hyphen)."""
    out = []
    for child in r_el:
        tag = child.tag
        if tag == _W + "t":
            out.append(child.text or "")
        elif tag in (_W + "tab", _W + "ptab"):
            out.append("\t")
        elif tag == _W + "br":
            if child.get(_W + "type") in (None, "textWrapping"):
                out.append("\n")
        elif tag == _W + "cr":
            out.append("\n")
        elif tag == _W + "noBreakHyphen":
            out.append("-")
        elif tag == _W + "softHyphen":
            out.append("\u00ad")
    return "".join(out)


def paragraph_content(paragraph) -> tuple[str, list[FontRun]]:
    """The text of a paragraph with its font runs, tracked insertions included.

    python-docx's ``Paragraph.text`` reads only runs that are direct children of the
    paragraph or of a hyperlink: the text of a tracked insertion (``w:ins``), of a smart tag,
    a simple field (``w:fldSimple``) or an inline content control is lost ('Giao  chủ trì.'
    for 'Giao Sở Tài chính chủ trì.').  Here every run of the paragraph counts, in document
    order, except what :data:`_SKIP_TAGS` names (deleted text, field codes, text boxes)."""
    from docx.text.run import Run

    style_font = paragraph.style.font.name if paragraph.style is not None else None
    parts: list[str] = []
    runs: list[FontRun] = []
    pos = 0

    def visit(el) -> None:
        nonlocal pos
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_TAGS:
                continue
            if tag == _W + "r":
                text = _run_text(child)
                if text:
                    r = Run(child, paragraph)
                    font = r.font.name or style_font or ""
                    size = r.font.size.pt if r.font.size is not None else 0.0
                    runs.append(FontRun(pos, pos + len(text), font, size, bool(r.bold)))
                    parts.append(text)
                    pos += len(text)
            elif tag in (_W + "pPr", _W + "rPr", _W + "p"):
                continue
            else:  # w:ins, w:hyperlink, w:smartTag, w:fldSimple, w:sdt/w:sdtContent, w:moveTo...
                visit(child)

    visit(paragraph._p)
    return "".join(parts), runs


def _line_runs(runs: list[FontRun], start: int, end: int, shift: int) -> list[FontRun]:
    """The runs of ``[start, end)`` of a paragraph's text, moved to a line starting at
    column ``shift`` (after a list label)."""
    out = []
    for r in runs:
        a, b = max(r.start, start), min(r.end, end)
        if a < b:
            out.append(FontRun(a - start + shift, b - start + shift, r.font, r.size, r.bold))
    return out


_HEADER_RE = re.compile(r"c[ộo]ng\s+h[òoà]a\s+x[ãa]\s+h[ộo]i|đ[ộo]c\s+l[ậa]p\s*-\s*t[ựu]\s+do", re.IGNORECASE)
_TAIL_RE = re.compile(r"^\s*n[ơo]i\s+nh[ậa]n", re.IGNORECASE)


def _own_cells(row) -> list:
    """The row's own ``w:tc`` element at each layout-grid column it covers (a cell spanning
    columns at each of them), in the order python-docx's ``row.cells`` gives them."""
    own = []
    for tc in row._tr.tc_lst:
        own.extend([tc] * max(1, tc.grid_span))
    return own


def _table_cells(table, numbering: Numbering | None = None,
                 merged: list[tuple[int, ...]] | None = None) -> list[list[list[str]]]:
    """Rows of cells of paragraphs' text (with their list labels); a cell spanning columns
    once.  A cell merged down over rows (``w:vMerge``) is printed in each row it covers
    (python-docx gives the first row's cell there); when ``merged`` is a list, the printed
    indexes of each row's cells that continue such a merge are appended to it, one tuple a
    row, so that the table reader tells them from cells left empty."""
    grid = []
    for row in table.rows:
        cells: list[list[str]] = []
        seen: list = []
        own = _own_cells(row)
        continued: list[int] = []
        for g, cell in enumerate(row.cells):
            if any(cell._tc is tc for tc in seen):
                continue
            seen.append(cell._tc)
            mine = own[g] if g < len(own) else None
            if mine is not None and mine is not cell._tc and mine.vMerge == "continue":
                continued.append(len(cells))
            parts = []
            for p in cell.paragraphs:
                label = numbering.label(p) if numbering is not None else ""
                lines = [t.strip() for t in paragraph_content(p)[0].split("\n") if t.strip()]
                if label and lines:
                    lines[0] = f"{label} {lines[0]}"
                parts.extend(lines)
            cells.append(parts)
        grid.append(cells)
        if merged is not None:
            merged.append(tuple(continued))
    return grid


def _layout_table_kind(grid: list[list[list[str]]], body_seen: bool) -> str | None:
    """'header' for a two-column table holding the national motto before the body, 'tail'
    for one whose left column starts with 'Nơi nhận', else None (a real table)."""
    if not grid or any(len(row) > 2 for row in grid) or not any(len(row) == 2 for row in grid):
        return None
    text = " ".join(" ".join(parts) for row in grid for parts in row)
    if not body_seen and _HEADER_RE.search(text):
        return "header"
    left = [p for row in grid for p in (row[0] if row else [])]
    if left and _TAIL_RE.match(left[0]):
        return "tail"
    return None


_TXBX = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(p_el) -> list:
    """The w:txbxContent elements anchored in a paragraph, outermost only, each once.

    Word writes a text box twice, as a DrawingML shape (wps:txbx) in mc:Choice and as VML
    (v:textbox) in mc:Fallback: the fallback copy is skipped."""
    out = []
    for box in p_el.iter(_TXBX):
        anc = box.getparent()
        nested = False
        while anc is not None and anc is not p_el:
            if anc.tag == _FALLBACK or anc.tag == _TXBX:
                nested = True
                break
            anc = anc.getparent()
        if not nested:
            out.append(box)
    return out


def _part_lines(part) -> list[str]:
    """Text lines of a header or footer part: a line per paragraph, in its tables and
    text boxes too (a text box's VML copy skipped), in order; a PAGE field shows the number
    Word saved with the file."""
    from docx.oxml.ns import qn

    out: list[str] = []
    for el in part._element.iter(qn("w:p")):
        if any(a.tag == _FALLBACK for a in el.iterancestors()):
            continue
        # the paragraph's own text: not that of a text box anchored in it (read as its own w:p)
        text = "".join(t.text or "" for t in el.iter(qn("w:t"))
                       if next(t.iterancestors(qn("w:p"))) is el)
        if text.strip():
            out.append(unicodedata.normalize("NFC", text.strip()))
    return out


def _running_parts(document) -> list[tuple[str, str]]:
    """('header' | 'footer', line) of every section's page headers and footers (default,
    first-page and even-page), each distinct part once."""
    out: list[tuple[str, str]] = []
    seen: set[int] = set()
    for section in document.sections:
        for kind, attrs in (("header", ("first_page_header", "header", "even_page_header")),
                            ("footer", ("first_page_footer", "footer", "even_page_footer"))):
            for attr in attrs:
                try:
                    hf = getattr(section, attr)
                    if hf.is_linked_to_previous:
                        continue
                    part = hf.part
                except Exception:  # noqa: BLE001 - a broken or missing part: nothing to read
                    continue
                if id(part) in seen:
                    continue
                seen.add(id(part))
                out.extend((kind, t) for t in _part_lines(part))
    return out


def read_docx(path: Path, doc: Document, config: Config) -> Document:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - a dependency
        raise IngestError("python-docx is not installed") from exc
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile as exc:
        raise IngestError(f"corrupt .docx (not a valid zip: {exc})") from exc
    if "word/document.xml" not in names:
        raise IngestError("not a Word document: the zip has no word/document.xml")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise IngestError(f"corrupt .docx ({exc})") from exc
    except Exception as exc:  # noqa: BLE001 - a damaged part: broken XML, a part of the wrong kind
        raise IngestError(f"corrupt .docx: its parts cannot be read ({type(exc).__name__}: {exc})") from exc
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    numbering = Numbering(document)
    lines: list[Line] = []
    counts = {"labelled": 0, "tables": 0, "text_boxes": 0}

    def add(text: str, fonts: list[FontRun] | None = None, block: str = "body") -> None:
        lines.append(Line(number=len(lines) + 1, text=unicodedata.normalize("NFC", text), page=1,
                          fonts=fonts or [], block=block))

    def paragraph(p_el, block: str = "body") -> None:
        para = Paragraph(p_el, document)
        label = numbering.label(para)
        text, runs = paragraph_content(para)
        prefix = f"{label} " if label else ""
        counts["labelled"] += bool(label)
        if text.strip() or label:
            start = 0
            for k, part in enumerate(text.split("\n")):  # manual line breaks
                shift = len(prefix) if k == 0 else 0
                add((prefix if k == 0 else "") + part, _line_runs(runs, start, start + len(part), shift), block)
                start += len(part) + 1
        elif not _text_boxes(p_el):
            add("", [], block)
        # Text boxes anchored in the paragraph: their text is not in the runs' text; it
        # comes after the paragraph, in the paragraph's block.
        for box in _text_boxes(p_el):
            counts["text_boxes"] += 1
            walk(box, block)

    def walk(container, block: str = "body") -> None:
        for child in container.iterchildren():
            if len(lines) > MAX_PARAGRAPHS:
                if not any("stopped after" in w for w in doc.warnings):
                    doc.warnings.append(f"stopped after {MAX_PARAGRAPHS} paragraphs")
                return
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                paragraph(child, block)
            elif tag == "tbl":
                table(child, block)
            elif tag in ("sdt", "customXml", "smartTag"):  # content controls and wrappers
                content = child.find(qn("w:sdtContent")) if tag == "sdt" else child
                if content is not None:
                    walk(content, block)

    def table(tbl_el, block: str) -> None:
        counts["tables"] += 1
        merged: list[tuple[int, ...]] = []
        grid = _table_cells(Table(tbl_el, document), numbering, merged)
        kind = _layout_table_kind(grid, body_seen=any(ln.text.strip() for ln in lines)) if block == "body" else None
        if kind:
            # The two-column header or tail laid out as a borderless table (the usual
            # way in Word): left column first, then the right one, a line per paragraph.
            for side, col in (("left", 0), ("right", 1)):
                for row in grid:
                    for part in row[col] if col < len(row) else []:
                        add(part, block=f"{kind}_{side}")
            return
        for row, continued in zip(grid, merged):
            add(" | ".join(" ".join(parts) for parts in row), block=block)
            lines[-1].merged_cells = continued

    walk(document.element.body)
    running = _running_parts(document)
    if running:
        # Page headers and footers are printed on every page, not part of the text: kept as
        # 'running' lines (out of Document.text, as a PDF's) before and after the body.
        head = [t for part, t in running if part == "header"]
        foot = [t for part, t in running if part == "footer"]
        body_lines = lines
        lines = []
        for t in head:
            add(t, block="running")
        for ln in body_lines:
            ln.number = len(lines) + 1
            lines.append(ln)
        for t in foot:
            add(t, block="running")
        doc.meta["running_text"] = {"header": head, "footer": foot}
    labelled, tables = counts["labelled"], counts["tables"]
    doc.meta["text_boxes"] = counts["text_boxes"]
    doc.format = "docx"
    doc.encoding = "utf-8"
    doc.lines = lines
    doc.meta.update({"pages": None, "paragraphs": len(lines), "list_labels": labelled, "tables": tables})
    if not any(ln.text.strip() for ln in lines):
        return doc.fail("no text in the Word document")
    # One line per Word paragraph: a line never continues into the next one.
    doc.meta["paragraph_lines"] = True
    return doc
