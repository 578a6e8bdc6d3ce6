"""`chidao repair --explain FILE`: every change the repair made, in context.

For each repair row: the line before and after the line (as they read now), the line as it
was ingested with the changed span highlighted, what replaced it, the kind, the confidence
(flagged rows marked for review) and the alternatives the repairer weighed.  Rich markup
by default (the CLI prints it with a rich console: the text is escaped), plain text with
``rich=False`` (logs, tests; the changed span in [[double brackets]]).
"""
from __future__ import annotations

from collections import defaultdict

from pipeline.model import Document, Repair


def _esc(s: str, rich: bool) -> str:
    if not rich:
        return s
    from rich.markup import escape

    return escape(s)


def _mark(text: str, col: int, span: str, rich: bool, style: str) -> str:
    """``text`` with ``span`` at ``col`` highlighted (falls back to the first occurrence)."""
    if not span:
        return _esc(text, rich)
    if text[col:col + len(span)] != span:
        k = text.find(span)
        if k < 0:
            return _esc(text, rich)
        col = k
    a, b, c = text[:col], text[col:col + len(span)], text[col + len(span):]
    if rich:
        return f"{_esc(a, rich)}[{style}]{_esc(b, rich)}[/{style}]{_esc(c, rich)}"
    return f"{a}[[{b}]]{c}"


def explain(doc: Document, rich: bool = True, context: int = 1) -> str:
    """A readable account of ``doc.repairs`` (see the module docstring)."""
    out: list[str] = []
    head = f"{doc.doc_id}: {len(doc.lines)} lines, {len(doc.repairs)} repair rows"
    if doc.encoding:
        head += f", read as {doc.encoding}"
    if doc.meta.get("legacy_encoding"):
        head += f", legacy text in {doc.meta['legacy_encoding']}"
    if doc.meta.get("lost_glyphs"):
        head += f", font lost glyphs '{doc.meta['lost_glyphs']}'"
    out.append(f"[bold]{_esc(head, rich)}[/bold]" if rich else head)
    for w in doc.warnings:  # what ingest did or met before repair (NUL bytes dropped, pages skipped)
        out.append("  warning: " + _esc(w, rich))
    if not doc.repairs:
        out.append("  no changes: the text was read as it is")
        return "\n".join(out)
    by_line: dict[int, list[Repair]] = defaultdict(list)
    for r in doc.repairs:
        by_line[r.line].append(r)
    counts: dict[str, int] = defaultdict(int)
    for r in doc.repairs:
        counts[r.kind] += 1
    out.append("  " + ", ".join(f"{k}: {n}" for k, n in sorted(counts.items())))
    for number in sorted(by_line):
        rows = by_line[number]
        out.append("")
        if number <= 0 or number > len(doc.lines):
            for r in rows:
                out.append(f"  (document) {r.kind}: {_esc(r.note, rich)}")
            continue
        line = doc.lines[number - 1]
        title = f"line {number} (page {line.page})"
        out.append(f"[cyan]{title}[/cyan]" if rich else title)
        for j in range(max(1, number - context), number):
            out.append(f"    {j:>5}  {_esc(doc.lines[j - 1].text.rstrip(), rich)}")
        first = rows[0]
        raw = line.raw or ""
        raw_shown = _mark(raw, first.column, first.before, rich, "red") if first.kind != "note" else _esc(raw, rich)
        out.append(f"  - {number:>5}  {raw_shown.rstrip()}")
        out.append(f"  + {number:>5}  {_esc(line.text.rstrip(), rich)}")
        for j in range(number + 1, min(len(doc.lines), number + context) + 1):
            out.append(f"    {j:>5}  {_esc(doc.lines[j - 1].text.rstrip(), rich)}")
        for r in rows:
            if r.kind == "note":
                flag = "[yellow]note[/yellow]" if rich else "note"
                out.append(f"           {flag}: {_esc(r.note, rich)}")
                continue
            flag = " REVIEW" if r.flagged else ""
            if rich and r.flagged:
                flag = " [bold yellow]REVIEW[/bold yellow]"
            change = f"'{_esc(r.before, rich)}' -> '{_esc(r.after, rich)}'"
            if rich:
                change = f"[red]{_esc(repr(r.before), rich)}[/red] -> [green]{_esc(repr(r.after), rich)}[/green]"
            out.append(f"           col {r.column}: {change}  {r.kind} {r.confidence:.2f}{flag}")
            if r.alternatives:
                alts = "; ".join(a[:80] for a in r.alternatives[:4])
                out.append(f"             considered: {_esc(alts, rich)}")
            if r.note:
                out.append(f"             why: {_esc(r.note, rich)}")
    return "\n".join(out)
