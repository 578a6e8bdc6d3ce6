"""header46: count the issuer shapes of body-only items over every text, and say which the readers read.

Every text: samples/text (the development and pending texts), samples/heldout, samples/unseen13-32 (unseen33 is blind
and skipped), samples/unseen_repair, and benchmarks/data/header_fields.jsonl's items.  For each, the shape readers of
structure/lead_issuer.py run on the text's first lines in lead_issuer's order (as structure runs them, but without the
header readers before them: a hit on a text with its own header block is counted, though structure never asks there),
and each hit is classed:

* event lead (structure/event_leads.py): by the lead's shape -- opened by a day, by a ground or place clause, or bare --
  and by the name -- a committee with its place, a joint holder (dashes, 'và'), 'phòng, chống' inside, a board in lower
  case, any other; 'posted' says whether posted.event_or_officer_issuer already read the same lead at START;
* retold ask (structure/retold_asks.py): 'Theo đó X yêu cầu', a passive 'được X ban hành' after 'Theo', '<type> của X
  được ban hành', '... là yêu cầu của X tại Công văn';
* the 'Theo đó' shapes also with a chairman's ask ('Theo đó, ông <name>, Phó chủ tịch UBND tỉnh X, yêu cầu');
* reply formula (structure/reply_formula.py): 'Vấn đề quý Ông/Bà phản ánh, <body> xin thông báo kết quả như sau:';
* speaking body (structure/speaking_body.py): a union, association or board asking or announcing where the item opens;
* officer's body (structure/officer_body.py): a chair, a 'Dự và chủ trì ... có đồng chí:' list, a post that signs a cable,
  a post alone that chairs (an Office's or a board's head);
* headline body (structure/headline_body.py): '<body>: <headline>' on the first line;
* bare level word completed (structure/level_named.py), counted where posted's lead reader gives a bare level word.

With a gold file for the text (development, pending, unseen), the gold issuer is printed next to the reading, as
evidence of what the shape is labelled (never used by the readers).

    python benchmarks/header46_counts.py [--list]
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from pipeline.model import Document, lines_from_text
from pipeline.structure import event_leads, officer_body, retold_asks
from pipeline.structure.headline_body import headline_body
from pipeline.structure.reply_formula import replying_body
from pipeline.structure.speaking_body import speaking_body
from pipeline.structure.holder_names import committee_with_place
from pipeline.structure.lead_issuer import _lead_lines
from pipeline.structure.level_named import named_in_full
from pipeline.structure.posted import event_or_officer_issuer, posted_header

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[tuple[str, str, str, dict | None]]:
    """(set, id, text, gold header or None) for every text the part counts."""
    s = ROOT / "samples"
    golds: dict[str, dict] = {}
    for g in [s / "gold", s / "gold" / "pending", *sorted((s / "gold").glob("unseen[0-9]*"))]:
        for f in g.glob("*.tasks.json"):
            golds[f.name[:-len(".tasks.json")]] = json.loads(f.read_text(encoding="utf-8")).get("header")
    out = []
    dirs = [("text", s / "text"), ("heldout", s / "heldout"), ("unseen_repair", s / "unseen_repair")]
    dirs += [(d.name, d) for d in sorted(s.glob("unseen[0-9]*")) if d.name != "unseen33"]
    for name, d in dirs:
        for p in sorted(d.glob("*.txt")):
            out.append((name, p.stem, p.read_text(encoding="utf-8"), golds.get(p.stem)))
    for line in (ROOT / "benchmarks" / "data" / "header_fields.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            it = json.loads(line)
            out.append(("header_fields", it["id"], it["text"], it["expected"]))
    return out


def _lead_shape(texts: list[str]) -> str:
    """How the first event lead opens: on a day, on a clause before the holder, or on the holder itself."""
    from pipeline.structure.posted import _SCRAPE_STAMP_RE, strip_press_tag
    for t in texts[:8]:
        t = re.sub(r"^\s*[-–]\s+", "", strip_press_tag(_SCRAPE_STAMP_RE.sub("", t)))
        for s in event_leads._SENTENCE_RE.split(t):
            s = event_leads.protect(strip_press_tag(s))
            if event_leads._sentence_holder(s) is None:
                continue
            dm = event_leads._DAY_RE.match(s)
            rest = s[dm.end():] if dm else s
            opened = bool(event_leads._OPENER_RE.match(rest))
            return "day+clause" if dm and opened else "day" if dm else "clause" if opened else "bare"
    return "?"


def _name_shape(name: str) -> str:
    if committee_with_place(name):
        return "committee+place"
    if re.search(r"(?i:phòng), (?i:chống)", name):
        return "phòng, chống"
    if re.search(r"\s[-–—]\s|\svà\s", name):
        return "joint"
    if name[:1].islower():
        return "lower-case board"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="one line per hit")
    a = ap.parse_args(argv)
    counts: Counter = Counter()
    rows = []
    for set_name, doc_id, text, gold in _texts():
        doc = Document(doc_id=doc_id, lines=lines_from_text(text))
        texts = _lead_lines(doc)
        g = (gold or {}).get("issuer")
        held = event_leads.event_lead_holder(texts)
        if held:
            before = event_or_officer_issuer(texts[:6])
            key = ("event lead", _lead_shape(texts), _name_shape(held), "posted reads" if before else "new")
            counts[key] += 1
            rows.append((key, set_name, doc_id, held, g))
        elif retold_asks.retold_asker(texts):
            asker = retold_asks.retold_asker(texts)
            label = next(lb for lb, rx, first in (("Theo đó X yêu cầu", retold_asks._THEO_DO_RE, True),
                                                   ("Theo đó, <chairman> X yêu cầu", retold_asks._THEO_DO_HEAD_RE, True),
                                                   ("Theo ... được X ban hành", retold_asks._PASSIVE_RE, False),
                                                   ("<type> của X được ban hành", retold_asks._OF_ISSUED_RE, False),
                                                   ("là yêu cầu của X tại <type>", retold_asks._ASK_OF_RE, False))
                         if any(rx.search(retold_asks.protect(t)) for t in (texts[:1] if first else texts[:6])))
            key = ("retold ask", label, "", "")
            counts[key] += 1
            rows.append((key, set_name, doc_id, asker, g))
        elif replying_body(texts):
            key = ("reply formula", "<body> xin thông báo / trả lời", "", "")
            counts[key] += 1
            rows.append((key, set_name, doc_id, replying_body(texts), g))
        elif speaking_body(texts):
            key = ("speaking body", "<union/board> đề nghị / thông báo", "", "")
            counts[key] += 1
            rows.append((key, set_name, doc_id, speaking_body(texts), g))
        elif held is None and officer_body.officer_body(texts):
            label = next(lb for lb, rx in (("chair", officer_body._CHAIR_RE), ("chaired-by list", officer_body._CHAIRED_BY_RE),
                                           ("post signs a cable", officer_body._SIGNED_RE),
                                           ("post alone chairs", officer_body._POST_CHAIR_RE)) if any(rx.search(t) for t in texts[:8]))
            key = ("officer's body", label, "", "")
            counts[key] += 1
            rows.append((key, set_name, doc_id, officer_body.officer_body(texts), g))
        elif headline_body(texts):
            key = ("headline body", "<body>: ...", "", "")
            counts[key] += 1
            rows.append((key, set_name, doc_id, headline_body(texts), g))
        bare = posted_header(doc).issuer
        full = named_in_full(bare, texts)
        if full:
            key = ("bare level word", "completed", "", "")
            counts[key] += 1
            rows.append((key, set_name, doc_id, full, g))
    print(f"{'family':<16}{'shape':<30}{'name':<18}{'START':<14}{'texts':>6}")
    for key, n in sorted(counts.items()):
        print(f"{key[0]:<16}{key[1]:<30}{key[2]:<18}{key[3]:<14}{n:>6}")
    agree = sum(1 for *_, r, g in rows if g and r.casefold() in g.casefold() or g and g.casefold() in r.casefold())
    labelled = sum(1 for *_, g in rows if g)
    print(f"\n{len(rows)} hits; {labelled} on texts with a gold issuer, {agree} of them agree with it (contained either way)")
    if a.list:
        for key, s, i, r, g in rows:
            print(f"{' / '.join(x for x in key if x)} | {s} {i[:55]} | {r!r} | gold {g!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
