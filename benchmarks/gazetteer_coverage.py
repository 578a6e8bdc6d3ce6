"""How much of the post-2025 administration does the office gazetteer know?

    PYTHONPATH=. .venv/bin/python benchmarks/gazetteer_coverage.py [--corpus PATH] [--top 40]

Why: since 2025 Vietnam merged ministries and provinces, abolished districts and gave communes
and wards offices of their own (Phòng Kinh tế, Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành
chính công xã), regional branches of central bodies (Ngân hàng Nhà nước Khu vực, Thuế tỉnh,
Bảo hiểm xã hội cơ sở) and new Party bodies (Ban Xây dựng Đảng, Đảng ủy xã).  A body the
gazetteer does not know is found only by the generic noun-phrase rules, which cut names short
('Văn phòng Cơ quan' + 'Ủy ban MTTQ xã') or miss them.  This measures the gap on real 2025-2026
text instead of guessing it.

Text: the 2025-2026 documents of the gazette corpus (when ``/work/shared`` or ``--corpus`` is
present) and the 2025-2026 samples in ``samples/text`` (always; the repo's own real documents).

Mentions: a head word that opens a body's name ('Bộ', 'Sở', 'Cục', 'Phòng', 'Ban', 'Trung tâm',
'Văn phòng', 'Ngân hàng', 'Bảo hiểm xã hội', 'Thuế', 'Đảng ủy', 'Ủy ban', ...) followed by
capitalised words or lower-case words of the gazetteer's own names; the name ends at the first
other word (the builder's mining rule, :mod:`models.build_gazetteer`).  A mention is *covered*
when the gazetteer's exact matcher (no fuzzy) finds one body that starts with it and reaches its
end.  Reported: mention coverage, distinct-name coverage, coverage of the named post-2025 bodies,
and the most frequent names missed.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

import build_gazetteer as bg  # noqa: E402
from models.corpus_source import is_held_out  # noqa: E402
from pipeline.extract.offices import load_gazetteer  # noqa: E402

SAMPLES = ROOT / "samples" / "text"
_CAP = bg._CAP
HEADS = ("Bộ", "Sở", "Cục", "Tổng cục", "Chi cục", "Vụ", "Phòng", "Ban", "Trung tâm", "Văn phòng", "Ngân hàng",
         "Bảo hiểm xã hội", "Kho bạc", "Thuế", "Đảng ủy", "Đảng uỷ", "Ủy ban", "Uỷ ban", "Thanh tra", "Hội đồng",
         "Tổ công tác", "Công an", "Đài", "Viện")
MENTION_RE = re.compile(r"(?<![^\W_])(" + "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True)) + r")(?= [" + _CAP + r"])")

# bodies of the 2025 reorganisation, named by the decrees that created them; the coverage of each
# is reported on its own (an occurrence counts when the text has it, covered when matched whole)
POST_2025 = [
    "Bộ Nông nghiệp và Môi trường", "Bộ Dân tộc và Tôn giáo", "Bộ Khoa học và Công nghệ", "Bộ Nội vụ", "Bộ Tài chính",
    "Bộ Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo", "Sở Văn hóa, Thể thao và Du lịch",
    "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị", "Trung tâm Phục vụ hành chính công",
    "Ban Xây dựng Đảng", "Ban Tuyên giáo và Dân vận", "Ủy ban Kiểm tra Đảng ủy", "Đảng ủy", "Ban Chỉ đạo", "Tổ công tác",
    "Ngân hàng Nhà nước Khu vực", "Thuế tỉnh", "Thuế cơ sở", "Bảo hiểm xã hội cơ sở", "Bảo hiểm xã hội tỉnh",
    "Chi cục Hải quan khu vực", "Cục Thống kê", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
    "Trung tâm Cung ứng dịch vụ sự nghiệp công", "Ban Quản lý dự án đầu tư xây dựng khu vực",
]


# what ends a name although the gazetteer's vocabulary knows the word: a verb or a preposition
# after it ('Bộ Tài chính ban hành Thông tư', 'Sở X phối hợp'), a document or a time word
_STOP_LOWER = re.compile(r"(?:ban hành|phối hợp|quản lý|xây dựng|tại|có|được|là|theo|về|cho|với|trình|đã|để)(?![^\W_])")
_STOP_CAP = {"Tăng", "Năm", "Cấp", "Đề", "Tờ", "Thông", "Nghị", "Quyết", "Luật", "Chương", "Kế", "Dự"}
_GLUED = {"ban", "hành", "thông", "các", "đầu", "quan", "và"}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def texts(corpus: Path | None) -> list[tuple[str, str]]:
    out = []
    if corpus and corpus.exists():
        with gzip.open(corpus, "rt", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if is_held_out(d["id"]):
                    continue  # held out
                if re.search(r"-(?:2025|2026)-|-46[89]\d{3}$", d["id"]):
                    out.append(("corpus:" + d["id"], nfc(d["text"])))
    for p in sorted(SAMPLES.glob("*.txt")):
        if re.search(r"202[56]", p.name):
            out.append(("samples:" + p.name, nfc(p.read_text(encoding="utf-8", errors="replace"))))
    return out


def mentions(text: str, vocab: set[str]) -> list[tuple[int, str, str]]:
    """(start, name, context) of every mined name: the head, then capitalised words or vocabulary
    words; the context (the name and what follows) is where the gazetteer is asked."""
    text = re.sub(r"\s+", " ", text)  # the gazette's hard line wraps run through names
    token = re.compile(r" ([^\s,;.:()\"“”]+)")
    out = []
    for m in MENTION_RE.finditer(text):
        words = [m.group(1)]
        pos = m.end()
        follow = None
        while True:
            w = token.match(text, pos)
            if not w:
                break
            tok = w.group(1)
            # (another head opens the next body: 'Bảo hiểm xã hội Quân đội Bảo hiểm xã hội ...')
            if len(words) > 1 and (tok in bg._NEW_ENTITY or tok in _STOP_CAP or MENTION_RE.match(text, w.start(1))
                                   or _STOP_LOWER.match(text, w.start(1)) or re.search(r"[/…]", tok)):
                break
            if not ((tok[:1].isupper() and not tok.isupper()) or tok in vocab or tok == "-"):
                follow = tok
                break
            words.append(tok)
            pos = w.end()
        # the builder's own filters (models/build_gazetteer.py): a verb glued on ('... ban hành',
        # '... thông [báo]') is no part of the name; a name followed by a lower-case word that
        # does not follow names ('Ủy ban Chứng' + 'khoán') was cut short and is left out
        while len(words) > 2 and words[-1] in _GLUED:
            follow = words.pop()
        while words and words[-1] in ("và", "-"):
            words.pop()
        if follow and follow[:1].isalnum() and follow[:1].islower() and follow not in bg._FOLLOW:
            continue
        if len(words) >= 2 + (words[0] in ("Ủy", "Uỷ")):
            out.append((m.start(), " ".join(words), text[m.start():m.start() + len(" ".join(words)) + 80]))
    return out


def covered(gaz, name: str, context: str | None = None) -> bool:
    """Does the gazetteer's exact matcher find one body at the name's start that reaches its end
    (in its context, so that 'Bộ Văn hóa' + ', Thể thao và Du lịch' counts as the whole name)?"""
    found = gaz.find(context or name, fuzzy=False)
    return bool(found) and found[0].start == 0 and found[0].end >= len(name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=bg.DEFAULT_CORPUS)
    ap.add_argument("--gazetteer", type=Path, default=None)
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args(argv)
    started = time.perf_counter()
    gaz = load_gazetteer(a.gazetteer)
    vocab = bg._name_vocabulary() | {"và", "-"}
    docs = texts(a.corpus)
    counts: collections.Counter[str] = collections.Counter()
    hits: collections.Counter[str] = collections.Counter()
    by_src = {"corpus": [0, 0], "samples": [0, 0]}
    for src, text in docs:
        for _s, name, context in mentions(text, vocab):
            ok = covered(gaz, name, context)
            counts[name] += 1
            hits[name] += ok
            by_src[src.split(":")[0]][0] += ok
            by_src[src.split(":")[0]][1] += 1
    hit = {n: hits[n] * 2 >= counts[n] for n in counts}  # a name is covered where it mostly is
    n_m = sum(counts.values())
    c_m = sum(hits.values())
    frequent = {n: c for n, c in counts.items() if c >= 2}
    print(f"gazetteer_coverage: {len(docs)} documents of 2025-2026 ({sum(s.startswith('corpus:') for s, _ in docs)} gazette, "
          f"{sum(s.startswith('samples:') for s, _ in docs)} samples), {len(gaz.variant_to_canon)} variants, "
          f"{time.perf_counter() - started:.1f} s")
    print(f"mentions covered        {c_m / n_m:6.1%}  ({c_m}/{n_m})")
    for src, (ok, n) in by_src.items():
        # (the gazette is where the builder mines names: its number is in-sample; the samples' is not)
        print(f"  in {src:20} {ok / max(1, n):6.1%}  ({ok}/{n}){'  (the builder mines this text)' if src == 'corpus' else ''}")
    print(f"names covered           {sum(hit.values()) / len(counts):6.1%}  ({sum(hit.values())}/{len(counts)} distinct)")
    print(f"names seen >= 2 covered {sum(hit[n] for n in frequent) / max(1, len(frequent)):6.1%}  "
          f"({sum(hit[n] for n in frequent)}/{len(frequent)})")
    joined = "\n".join(re.sub(r"\s+", " ", t) for _s, t in docs)
    print("\npost-2025 bodies          in text  covered")
    ok = seen = 0
    for name in POST_2025:
        n = len(re.findall(r"(?<![^\W_])" + re.escape(name) + r"(?![^\W_])", joined))
        c = covered(gaz, name)
        seen += n > 0
        ok += c and n > 0
        print(f"  {name:48} {n:6}  {'yes' if c else 'NO'}")
    print(f"  covered {ok}/{seen} of those present in the text")
    print(f"\nmost frequent names missed (of {len(counts) - sum(hit.values())}):")
    for name, c in sorted(((n, c) for n, c in counts.items() if not hit[n]), key=lambda x: -x[1])[:a.top]:
        print(f"  {c:5}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
