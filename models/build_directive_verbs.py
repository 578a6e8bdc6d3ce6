"""The lexicon of directive opening verbs, learned from how the gazette's items open.

A directive's points open on the verb of the duty ('- Kiểm định an toàn đập ...', 'a) Thiết lập
đường dây nóng ...', '2. Thí điểm ...'); a hand list of such verbs misses the ones nobody thought
of.  This build reads the gazette corpus (the held-out documents left out, as every builder does)
and counts, for every opening of one or two syllables of a list item ('- ', '+ ', 'a)', '1.',
'2.3.'), how often the same word stands where Vietnamese puts a verb (after 'phải', 'cần', 'sẽ',
'đã', 'hãy', 'để', 'nhằm', 'tiếp tục', 'yêu cầu', 'đề nghị') and where it puts a noun (after 'các',
'những', 'mỗi', 'một', 'này' after it ...).  An opening is kept when it opens items in several
documents, stands mostly in the verb's place, and (two syllables) is one word of the Viet74K /
pyvi word lists, so a compound is kept whole and a noun phrase's first two syllables are not.

Output: models/directive_verbs.tsv (verb, items opened, documents, verb-place count, noun-place
count), its first line a manifest line (sources, their sha256, the thresholds).  Deterministic:
the same corpus and word lists give the same file.  Run by `make models`.
"""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus_source import build_table_main, documents  # noqa: E402

OUT = HERE / "directive_verbs.tsv"
MIN_ITEMS = 4        # items the opening opens, over the corpus
MIN_DOCS = 3         # in this many documents at least
MIN_VERB_PLACE = 3   # seen in a verb's place this often at least
VERB_SHARE = 0.6     # and at least this share of its verb/noun places
ITEM_RE = re.compile(r"^\s*(?:[-–+•]\s*|[a-zđ]\)\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s*)(?=[^\W\d_])(.*)$")
SYL_RE = re.compile(r"[^\W\d_]+")
VERB_BEFORE = ("phải", "cần", "sẽ", "đã", "hãy", "để", "nhằm", "tiếp tục", "không được", "chưa")
NOUN_BEFORE = ("các", "những", "mỗi", "một", "mọi", "từng")
NOUN_AFTER = ("này", "đó", "nói")  # ('dự án này', 'hội đồng đó', 'chất lượng nói trên')
# a pair whose first syllable is a function word is a phrase, not a verb ('có mặt', 'đối với')
FUNCTION_FIRST = ("có", "đối", "trên", "trong", "theo", "về", "với", "từ", "tự")
LOWER_SHARE = 0.8    # inside a sentence a verb is written lower-case ('Chính phủ', 'Bảo hiểm xã hội', 'Sở Giáo dục' are not)


def _site_file(package: str, *parts: str) -> Path | None:
    try:
        mod = __import__(package)
    except ImportError:
        return None
    p = Path(mod.__file__).resolve().parent.joinpath(*parts)
    return p if p.exists() else None


def word_lists() -> tuple[set[str], list[tuple[str, str]]]:
    """Two-syllable words of both Viet74K (underthesea) and pyvi's words.txt (a word of one list
    only is often a segmenter's chunk: 'có ý', 'trên cơ'), and three-syllable words of either list,
    lower-cased NFC."""
    lists: list[set[str]] = []
    sources = []
    for p in (_site_file("underthesea", "corpus", "data", "Viet74K.txt"), _site_file("pyvi", "models", "words.txt")):
        if p is None:
            continue
        data = p.read_bytes()
        sources.append((p.parent.parent.name + "/" + p.name if p.parent.name == "data" else "pyvi/" + p.name,
                        hashlib.sha256(data).hexdigest()[:16]))
        words = set()
        for line in data.decode("utf-8").splitlines():
            w = unicodedata.normalize("NFC", line.strip().lower().replace("_", " "))
            if len(w.split()) in (2, 3):
                words.add(w)
        lists.append(words)
    if not lists:
        return set(), sources
    two = set.intersection(*({w for w in ws if " " in w and len(w.split()) == 2} for ws in lists))
    # (the longer words of either list tell a noun on the verb's syllables: 'kiểm định viên')
    three = set.union(*({w for w in ws if len(w.split()) == 3} for ws in lists))
    return two | three, sources


def count(corpus: Path):
    opens: Counter = Counter()
    docs: dict[str, set] = defaultdict(set)
    sylls: list[str] = []
    for d in documents(corpus):
        doc_id = d.get("id", "")
        text = unicodedata.normalize("NFC", d.get("text", ""))
        for line in text.splitlines():
            m = ITEM_RE.match(line)
            if not m:
                continue
            s = SYL_RE.findall(m.group(1)[:40])
            if not s or not s[0][0].isupper() or (len(s) > 1 and s[1][0].isupper()):
                continue  # (an item opens capitalised; 'Sở Y tế', 'UBND' are names, not verbs)
            w = [x.lower() for x in s[:2]]
            for k in (1, 2):
                if len(w) >= k:
                    key = " ".join(w[:k])
                    opens[key] += 1
                    docs[key].add(doc_id)
        for clause in re.split(r"[\n.;:!?()\[\]\"“”]+", text):  # (a boundary token between lines and clauses)
            sylls.extend(SYL_RE.findall(clause) + ["\n"])
    return opens, docs, sylls


def places(sylls: list[str], keys: set[str], words: set[str] = frozenset()) -> tuple[Counter, Counter, Counter, Counter]:
    """How often each key stands after a verb's cue and after a noun's determiner."""
    verb, noun, lower, total = Counter(), Counter(), Counter(), Counter()
    vb = {tuple(v.split()) for v in VERB_BEFORE}
    nb, na = set(NOUN_BEFORE), set(NOUN_AFTER)
    low = [x.lower() for x in sylls]
    n = len(sylls)
    for i in range(1, n - 2):
        for k in (1, 2):
            key = " ".join(low[i:i + k])
            if key not in keys:
                continue
            if sylls[i - 1] != "\n" and sylls[i - 1][0].islower():  # (inside a clause, after a lower-case word)
                total[key] += 1
                if sylls[i][0].islower():
                    lower[key] += 1
            if (low[i - 1] in nb or low[i + k] in na) and " ".join(low[i:i + k + 1]) not in words:
                # ('các kiểm định viên': the noun is the longer word, not the verb)
                noun[key] += 1
            if any(tuple(low[i - len(c):i]) == c for c in vb if i >= len(c)):
                verb[key] += 1
    return verb, noun, lower, total


def build(corpus: Path) -> tuple[list, str]:
    words, sources = word_lists()
    opens, docs, sylls = count(corpus)
    cands = {k for k, c in opens.items() if c >= MIN_ITEMS and len(docs[k]) >= MIN_DOCS
             and len(k.split()) == 2 and k in words and k.split()[0] not in FUNCTION_FIRST}
    # (one syllable alone is too often a noun's or a name's first half to be told apart this way:
    # the hand list keeps the verbs of one syllable)
    verb, noun, lower, total = places(sylls, cands, words)
    rows = []
    for k in sorted(cands):
        v, nn = verb[k], noun[k]
        if v >= MIN_VERB_PLACE and v >= VERB_SHARE * (v + nn) and lower[k] >= LOWER_SHARE * total[k]:
            rows.append((k, opens[k], len(docs[k]), v, nn))
    manifest = ("# directive_verbs: built by models/build_directive_verbs.py from " + corpus.name
                + " (held-out ids left out); word lists " + ", ".join(f"{n} sha256:{h}" for n, h in sources)
                + f"; MIN_ITEMS={MIN_ITEMS} LOWER_SHARE={LOWER_SHARE} MIN_DOCS={MIN_DOCS} MIN_VERB_PLACE={MIN_VERB_PLACE} VERB_SHARE={VERB_SHARE}; {len(rows)} entries")
    return rows, manifest


def table_lines(corpus: Path) -> list[str]:
    """The file's lines: the manifest, the column names, a verb a line."""
    rows, manifest = build(corpus)
    return [manifest, "verb\titems\tdocuments\tverb_place\tnoun_place", *("\t".join(map(str, r)) for r in rows)]


def main(argv=None) -> int:
    return build_table_main(argv, __doc__.splitlines()[0], OUT, None, table_lines,
                            lambda lines: f"{len(lines) - 2} verbs", line=str)

if __name__ == "__main__":
    raise SystemExit(main())
