"""Build models/names.json: Vietnamese personal names with their marks, for the name repair.

    python models/build_names.py [--corpus PATH] [--out models/names.json]

Why: the diacritics and OCR repairs put marks back from a language model of running text, and
a personal name is not running text: a signer typed without marks, 'Nguyen Van Tinh', came
back as words ('Nguyễn Văn Tính'), and the header's signer was wrong (benchmarks/end_to_end.py,
stripped diacritics).  Names are nearly a closed set by position: few surnames, a short list
of middle names, and given names whose marks are skewed ('Tinh' is far more often 'Tình' or
'Tĩnh' in a name than 'Tính').  So the model counts, from names found where a name is
certain, the marked spellings of each folded syllable as a surname, a middle name and a given
name, and of each whole folded name.

Where names are taken (all from data we own; nothing is downloaded):
  - the gazette corpus ../shared/corpus/congbao.jsonl.gz: the signer's name at the end of each
    document (a line that is a name, under the signature's title), and names after 'ông',
    'bà', 'đồng chí', 'đ/c' or a title ('Phó Thủ tướng Lê Minh Khái') in running text;
  - samples/: the gold headers' signers (samples/gold/*.tasks.json) and the same two kinds of
    place in samples/text/*.txt and samples/gold/*.clean.txt (never samples/heldout/).
The package registries were searched for name lists (pip's Faker has a vi_VN provider with 10
surnames and ~50 given names, fewer than the corpus gives; no apt package ships one), so none
is used.  Without the corpus the samples alone are counted (a smaller model, said in the
manifest); the committed file is what users run.

Output: {"surname": {fold: {spelling: n}}, "middle": {...}, "given": {...},
"full": {folded name: {spelling: n}}, "manifest": {...}}.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.structure.titles import NAME_RE, TITLE_RE, is_personal_name, strip_rank  # noqa: E402
from models.corpus_source import HELD_OUT_IDS as HELD_OUT  # noqa: E402
from pipeline.vietnamese import fold, strip_accents  # noqa: E402
# The blind sets (annotated before chidao ran on them, scored to tell how chidao does on texts
# nobody has seen) stay out of the names, as they stay out of the deadline scorer's fit: their
# signers counted here made their names known before they were scored.
from models.build_deadline_scorer import HELD_OUT_GOLD_PREFIXES  # noqa: E402


def _not_held_out(files: list[Path]) -> list[Path]:
    return [f for f in files if not f.name.startswith(HELD_OUT_GOLD_PREFIXES)]

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "congbao.jsonl.gz"
if not DEFAULT_CORPUS.exists():
    DEFAULT_CORPUS = Path("/work/shared/corpus/congbao.jsonl.gz")
# The surnames (common knowledge, with their marks): a name is counted only when it opens
# with one, so a capitalised phrase that is no name ('Bà Họ và tên', 'Lâm Đồng') stays out.
SURNAMES = """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương
Trịnh Trương Đinh Lâm Phùng Mai Tô Hà Tạ Lương Lưu Châu Quách Cao Hứa Kiều Thái Văn Từ Tăng Mạc
Thân Triệu Lại Đàm Khúc Nghiêm Chu Âu Ninh Quan Đồng Lục La Tống Giáp Diệp Hầu Nông Lò Hoàng Sầm
Giàng Thào Vàng Sùng Hờ Lầu Mùa Cầm Lường Quàng Bế Ma Lộc Hà Vi Lăng Lữ Tôn Trình Doãn Khổng
Thạch Danh Kim Ông Hàn Bạch Phí Tiêu Mẫn Bạc Chẩu Hoàng Cù Thiều Lò Hoa Đậu Nhữ Đới Khương
Ngọ Biện Hán Yên Bồ Kha Viên Lã Lạc Mông Lò Quản Đèo Hồng Cấn Thiệu Phó Tưởng Mang""".split()
_SURNAME_FOLDS = {strip_accents(x).lower() for x in SURNAMES}
# a name right after an office or a title in running text: 'Phó Thủ tướng Lê Minh Khái',
# 'Chủ tịch Quốc hội Trần Thanh Mẫn', 'Bộ trưởng Hồ Đức Phớc'
TITLED_RE = re.compile(r"(?<![^\W_])(?:tướng|trưởng|tịch|thư|đốc|nhiệm|phủ|hội)\s+(" + NAME_RE.pattern[NAME_RE.pattern.index("(") + 1:])
# 'ông Nguyễn Mạnh Hùng', 'đồng chí Lê Minh Hưng', 'Đ/c Trần Văn A'
HONORIFIC_RE = re.compile(r"(?<![^\W_])(?:ông|bà|Ông|Bà|đồng chí|Đồng chí|đ/c|Đ/c)\s+(" + NAME_RE.pattern[NAME_RE.pattern.index("(") + 1:])
_MARKS = re.compile(r"[^\x00-\x7f]")


def _usable(name: str) -> bool:
    """A name written with its marks (a name with none says nothing about them), 2-4 words."""
    words = name.split()
    return (2 <= len(words) <= 4 and any(_MARKS.search(w) for w in words) and is_personal_name(name)
            and words[0] in SURNAMES and all(len(w) > 1 for w in words)
            and not any(w in ("Ông", "Bà", "Họ", "Tên") for w in words[1:]))


def signer_names(text: str, tail_lines: int = 25) -> list[str]:
    """Names standing alone on a line near the end, under a line with a signature title."""
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n")]
    tail = [ln for ln in lines[-tail_lines:] if ln]
    out = []
    for k, ln in enumerate(tail):
        cand = strip_rank(re.sub(r"^\*+|\*+$", "", ln)).strip()
        if not _usable(cand):
            continue
        if any(TITLE_RE.search(p) for p in tail[max(0, k - 6):k]):
            out.append(cand)
    return out


def honorific_names(text: str) -> list[str]:
    out = []
    for m in [*HONORIFIC_RE.finditer(text), *TITLED_RE.finditer(text)]:
        words = m.group(1).split()
        if any(len(w) == 1 for w in words):
            continue  # a form's placeholder ('Nguyễn Văn A', 'Bùi Minh T'): no real name
        # the name ends where a capitalised word of the next phrase would start ('ông Nguyễn
        # Văn A Phó Chủ tịch'): keep the longest prefix of 2-4 words that is a name
        for n in range(min(4, len(words)), 1, -1):
            cand = " ".join(words[:n])
            if _usable(cand):
                out.append(cand)
                break
    return out


def add(counts: dict, name: str) -> None:
    words = unicodedata.normalize("NFC", name).split()
    counts["full"][fold(name)][" ".join(words)] += 1
    counts["surname"][fold(words[0])][words[0]] += 1
    counts["given"][fold(words[-1])][words[-1]] += 1
    for w in words[1:-1]:
        counts["middle"][fold(w)][w] += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "names.json")
    ap.add_argument("--no-samples", action="store_true",
                    help="count the corpus only (to measure the repair on samples/ without their own names)")
    a = ap.parse_args(argv)
    counts: dict[str, dict[str, Counter]] = {k: defaultdict(Counter) for k in ("surname", "middle", "given", "full")}
    n_sources = Counter()
    if a.corpus.exists():
        with gzip.open(a.corpus, "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if any(h in r["id"] for h in HELD_OUT):
                    continue
                for nm in signer_names(r["text"]):
                    add(counts, nm)
                    n_sources["corpus signer"] += 1
                for nm in honorific_names(r["text"]):
                    add(counts, nm)
                    n_sources["corpus ông/bà/đồng chí"] += 1
    else:
        print(f"{a.corpus} not present: counting samples/ only", file=sys.stderr)
    gold_files = [] if a.no_samples else _not_held_out(sorted((ROOT / "samples" / "gold").glob("*.tasks.json")))
    for f in gold_files:
        g = json.loads(f.read_text(encoding="utf-8"))
        nm = (g.get("header") or {}).get("signer")
        # (a gold signer is a name for certain: its surname need not be in SURNAMES, 'Lan Thị Vân')
        words = (nm or "").split()
        if nm and 2 <= len(words) <= 4 and is_personal_name(nm) and _MARKS.search(nm):
            add(counts, nm)
            n_sources["gold signer"] += 1
    texts = [] if a.no_samples else _not_held_out(sorted((ROOT / "samples" / "text").glob("*.txt"))
                                                  + sorted((ROOT / "samples" / "gold").glob("*.clean.txt")))
    for f in texts:
        t = unicodedata.normalize("NFC", f.read_text(encoding="utf-8", errors="replace"))
        for nm in signer_names(t) + honorific_names(t):
            add(counts, nm)
            n_sources["samples text"] += 1
    out = {k: {key: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for key, c in sorted(v.items())}
           for k, v in counts.items()}
    out["manifest"] = {
        "built_by": "models/build_names.py",
        "corpus": str(a.corpus.name) if a.corpus.exists() else None,
        "samples": not a.no_samples,
        "held_out_prefixes": list(HELD_OUT_GOLD_PREFIXES),
        "names_counted": dict(n_sources),
        "distinct": {k: len(v) for k, v in counts.items()},
    }
    a.out.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{sum(n_sources.values())} names ({dict(n_sources)}) -> {a.out}: "
          + ", ".join(f"{k} {len(v)}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
