"""Build chidao's language model into models/lm/ (one deterministic command: `make models`).

Sources (all from pip/apt, plus the gazette corpus when present):
  - underthesea's Viet74K and Viet22K word lists  (syllable inventory, in-word bigrams)
  - pyvi's words.txt                                (inventory, in-word bigrams)
  - hunspell-vi /usr/share/hunspell/vi_VN.dic      (inventory)
  - wordfreq's Vietnamese frequency list            (inventory, unigram prior)
  - ../shared/corpus/congbao.jsonl.gz (27.6 M chars of the Official Gazette): the register
    of directives; running headers ('CÔNG BÁO/Số .../Ngày ...'), page numbers and the
    digital-signature stamps are stripped first.

Output: models/lm/model.npz (arrays, see pipeline.repair.lmbuild), models/lm/vocab.txt,
models/lm/codes.json (spellings of codes with Đ: 'QD' -> 'QĐ'), models/lm/manifest.json.

Without the corpus the script stops with a clear message: the committed artefact is what
users run; rebuilding it needs the corpus.
"""
from __future__ import annotations

import argparse
import os
import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from importlib import metadata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.repair import lmbuild  # noqa: E402
from pipeline.repair.lmbuild import _sha256, write_model  # noqa: E402
from pipeline.repair.syllables import (  # noqa: E402
    BOS, EOS, SENTENCE_END as SENTENCE_END_CHARS, SPECIAL, TOKEN_RE, UNK, has_syllable_shape, norm_syllable,
    sentences,
)
from pipeline.vietnamese import strip_accents  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "congbao.jsonl.gz"
if not DEFAULT_CORPUS.exists():
    DEFAULT_CORPUS = Path("/work/shared/corpus/congbao.jsonl.gz")
HUNSPELL = Path("/usr/share/hunspell/vi_VN.dic")
MIN_SYLLABLE_COUNT = 3  # a corpus word of syllable shape missing from every dictionary
MIN_OTHER_COUNT = 5  # an abbreviation/foreign word kept as its own token
MIN_TRI_COUNT = int(os.environ.get("CHIDAO_MIN_TRI", "2"))

# Well-known administrative abbreviations spelled with Đ (the corpus adds more).  Listed
# because stripped text writes them with D and the gazette rarely uses some of them.
KNOWN_CODES = ["Đ/c", "QĐ", "HĐND", "NĐ", "BCĐ", "HĐQT", "ĐBQH", "ĐTN", "CĐ", "ĐH", "TĐ"]

_RUNNING = re.compile(
    r"^\s*(CÔNG BÁO\s*/|Ký bởi:|Người ký:|Email:|Cơ quan:|Thời gian ký:)|^\s*\d{1,4}\s*$")
_LIST_START = re.compile(r"^\s*(\d+(\.\d+)*[.)]|[a-zđ]\)|[-–•+*]|Điều\s+\d|Chương\s|Mục\s)")


def _site_file(package: str, *parts: str) -> Path:
    import importlib

    mod = importlib.import_module(package)
    return Path(mod.__file__).resolve().parent.joinpath(*parts)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def _hunspell_version() -> str:
    import subprocess

    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "hunspell-vi"],
                             capture_output=True, text=True, timeout=10)
        return out.stdout.strip() or "?"
    except Exception:  # noqa: BLE001 - the version is informative only
        return "?"


def read_wordlist(path: Path) -> list[str]:
    """Words (possibly multi-syllable) of a list file, lower-cased, NFC; hunspell flags cut."""
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines()):
        w = line.split("/")[0].strip()
        if path.suffix == ".dic" and i == 0 and w.isdigit():
            continue
        if "," in w:  # underthesea's 'ă,Ă' style lines
            w = w.split(",")[0]
        if w:
            out.append(unicodedata.normalize("NFC", w).lower())
    return out


def clean_paragraphs(text: str) -> list[str]:
    """Gazette text -> paragraphs: running headers, page numbers and signature stamps out,
    hard-wrapped lines joined (a line that starts lower-case continues the previous one)."""
    paras: list[str] = []
    cur: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or _RUNNING.search(line):
            continue
        starts_new = (
            not cur
            or _LIST_START.match(line) is not None
            or (line[0].isupper() and cur[-1][-1:] in ".;:!?")
        )
        if starts_new and cur:
            paras.append(" ".join(cur))
            cur = []
        cur.append(line)
    if cur:
        paras.append(" ".join(cur))
    return paras


def corpus_documents(path: Path) -> list[str]:
    docs = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(json.loads(line)["text"])
    return docs


def raw_sentences(paragraphs: list[str]) -> list[list[str]]:
    """Sentences as lists of LM token strings (before the vocabulary cut)."""
    return [sent for p in paragraphs for sent in sentences(p)]


def case_counts(paragraphs: list[str]) -> tuple[Counter, Counter]:
    """(capitalised, all) counts of each syllable inside sentences (not sentence-initial,
    not in all-capital text): P(Capitalised | syllable) tells 'Sở' (an office, written
    with a capital) from 'số', and 'Nguyễn' from 'nguyên'."""
    cap: Counter[str] = Counter()
    tot: Counter[str] = Counter()
    for p in paragraphs:
        initial = True
        for m in TOKEN_RE.finditer(p):
            t = m.group()
            if t in SENTENCE_END_CHARS or (len(t) == 1 and t in "-+•*(“\"'[–"):
                initial = True
                continue
            if not t.isalpha():
                if len(t) > 1 or t.isalnum():
                    initial = False
                continue
            if not initial and not (len(t) > 1 and t.isupper()):
                w = norm_syllable(t)
                tot[w] += 1
                if t[0].isupper():
                    cap[w] += 1
            initial = False
    return cap, tot


def code_spellings(paragraphs: list[str]) -> dict[str, str]:
    """Stripped code/abbreviation -> its spelling with Đ, when the corpus is unambiguous.

    Whole tokens ('QĐ-UBND') and their segments ('QĐ', 'HĐND'; two letters or more) are
    counted; 'QD' maps to 'QĐ' only when the spelling with D is (almost) never seen.
    """
    whole: Counter[str] = Counter()
    seg: Counter[str] = Counter()
    for p in paragraphs:
        for m in TOKEN_RE.finditer(p):
            t = m.group()
            if any(c.isdigit() for c in t) and "/" in t:
                t = t.split("/", 1)[1] if t[0].isdigit() else t  # '435/QĐ-UBND' -> 'QĐ-UBND'
            if not re.search(r"[A-ZĐ]{2}|Đ/", t) or any(c.isdigit() for c in t):
                continue
            whole[t] += 1
            for s in re.split(r"[-/.]", t):
                if len(s) >= 2:
                    seg[s] += 1
    for k in KNOWN_CODES:
        whole[k] += 10
        for s in re.split(r"[-/.]", k):
            if len(s) >= 2:
                seg[s] += 10
    out: dict[str, str] = {}
    for table in (seg, whole):
        best: dict[str, tuple[int, str]] = {}
        for t, n in table.items():
            if "Đ" not in t and "đ" not in t:
                continue
            key = strip_accents(t)
            if key == t or has_syllable_shape(norm_syllable(t)):
                continue  # a syllable ('ĐẠI') is the LM's job, not a code
            if n > best.get(key, (0, ""))[0] or (n == best.get(key, (0, ""))[0] and t < best[key][1]):
                best[key] = (n, t)
        for key, (n, t) in best.items():
            plain = table.get(key, 0) + seg.get(key, 0) + whole.get(key, 0)
            if n >= 3 and plain * 20 <= n:
                out[key] = t
    return dict(sorted(out.items()))


def _portable(p: Path) -> str:
    """A source path as it reads on any machine: below site-packages, the repo or '/'."""
    p = Path(p).resolve()
    parts = p.parts
    if "site-packages" in parts:
        return "site-packages/" + "/".join(parts[parts.index("site-packages") + 1:])
    try:
        return str(p.relative_to(ROOT.resolve().parent)).replace("\\", "/")
    except ValueError:
        return str(p)


def build(corpus: Path, out_dir: Path, backward: bool = False) -> dict:
    t0 = time.time()
    sources = []
    lists: dict[str, list[str]] = {}
    ud = _site_file("underthesea", "corpus", "data")
    for name in ("Viet74K.txt", "Viet22K.txt"):
        p = ud / name
        lists[name] = read_wordlist(p)
        sources.append({"name": f"underthesea {name}", "version": _version("underthesea"),
                        "path": _portable(p), "sha256": _sha256(p), "entries": len(lists[name])})
    p = _site_file("pyvi", "models", "words.txt")
    lists["pyvi"] = read_wordlist(p)
    sources.append({"name": "pyvi words.txt", "version": _version("pyvi"), "path": _portable(p),
                    "sha256": _sha256(p), "entries": len(lists["pyvi"])})
    if HUNSPELL.exists():
        lists["hunspell"] = read_wordlist(HUNSPELL)
        sources.append({"name": "hunspell-vi vi_VN.dic", "version": _hunspell_version(),
                        "path": _portable(HUNSPELL), "sha256": _sha256(HUNSPELL),
                        "entries": len(lists["hunspell"])})
    else:
        print(f"WARNING: {HUNSPELL} missing (apt-get install hunspell-vi); building without it")
    from wordfreq import get_frequency_dict

    wf = {norm_syllable(k): v for k, v in get_frequency_dict("vi").items()}
    sources.append({"name": "wordfreq vi", "version": _version("wordfreq"), "entries": len(wf)})

    # ---- dictionary syllables and in-word bigrams
    dict_syll: set[str] = set()
    word_pairs: set[tuple[str, str]] = set()
    for words in lists.values():
        for w in words:
            parts = [norm_syllable(s) for s in w.split()]
            if all(has_syllable_shape(s) for s in parts):
                dict_syll.update(parts)
                word_pairs.update(zip(parts, parts[1:]))
    for w in wf:
        if has_syllable_shape(w):
            dict_syll.add(w)

    # ---- corpus
    print(f"reading {corpus}", flush=True)
    docs = corpus_documents(corpus)
    sources.append({"name": "congbao.jsonl.gz (Official Gazette)", "path": _portable(corpus),
                    "sha256": _sha256(corpus), "entries": len(docs),
                    "chars": sum(len(d) for d in docs)})
    paragraphs = [p for d in docs for p in clean_paragraphs(d)]
    sents = raw_sentences(paragraphs)
    word_counts = Counter(t for s in sents for t in s)
    syllables = set(dict_syll)
    for w, n in word_counts.items():
        if w not in SPECIAL and n >= MIN_SYLLABLE_COUNT and has_syllable_shape(w):
            syllables.add(w)
    others = sorted(w for w, n in word_counts.items()
                    if w not in syllables and w not in SPECIAL and n >= MIN_OTHER_COUNT)
    vocab = list(SPECIAL) + sorted(syllables) + others
    n_syll = len(syllables)
    index = {w: i for i, w in enumerate(vocab)}
    V = len(vocab)
    unk = index[UNK]
    sent_ids = [np.fromiter((index.get(t, unk) for t in s), np.int64, len(s)) for s in sents]
    counts = lmbuild.count_ngrams(sent_ids, V, index[BOS], index[EOS])
    extra = np.array(sorted(index[a] * V + index[b] for a, b in word_pairs), np.int64)
    prior = np.zeros(V)
    for w in syllables:
        prior[index[w]] = wf.get(w, 0.0) + 1e-7  # dictionary-only syllables get a floor
    model = lmbuild.estimate(V, counts["tri_keys"], counts["tri_count"], index[BOS],
                             extra_bigrams=extra, uni_prior=prior, min_tri_count=MIN_TRI_COUNT)
    # the right-to-left model (--backward): the same sentences reversed.  Measured on the
    # held-out directives it did not help the restorer (97.96 % vs 97.97 %), so by default
    # it is not built and the artefact stays half the size.
    if not backward:
        counts_b = None
    else:
        counts_b = lmbuild.count_ngrams([s[::-1] for s in sent_ids], V, index[BOS], index[EOS])
    if counts_b is not None:
        extra_b = np.array(sorted(index[b] * V + index[a] for a, b in word_pairs), np.int64)
        model_b = lmbuild.estimate(V, counts_b["tri_keys"], counts_b["tri_count"], index[BOS],
                                   extra_bigrams=extra_b, uni_prior=prior, min_tri_count=MIN_TRI_COUNT)
        model.update({"b_" + k: v for k, v in model_b.items()})
    uni_count = np.zeros(V, np.int64)
    for w, n in word_counts.items():
        if w in index:
            uni_count[index[w]] += n
    codes = code_spellings(paragraphs)
    cap, tot = case_counts(paragraphs)
    model["case_cap"] = np.array([cap.get(w, 0) for w in vocab], np.int32)
    model["case_total"] = np.array([tot.get(w, 0) for w in vocab], np.int32)
    model["dict_bigrams"] = extra
    manifest = write_model(out_dir, vocab, n_syll, model, uni_count, codes, sources, MIN_TRI_COUNT, {
        "corpus_tokens": int(sum(len(s) for s in sents)),
        "corpus_sentences": len(sents),
        "dictionary_syllables": len(dict_syll),
        "dictionary_bigrams": int(len(extra)),
    })
    print(f"built in {time.time() - t0:.1f}s")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "lm")
    ap.add_argument("--backward", action="store_true", help="also build a right-to-left model")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"The gazette corpus is not here: {args.corpus}\n"
              "It is needed to REbuild the language model; the model committed in models/lm/ "
              "is what chidao uses, so nothing needs rebuilding to run the project.\n"
              "To rebuild, pass --corpus PATH/congbao.jsonl.gz.", file=sys.stderr)
        return 2
    manifest = build(args.corpus, args.out, args.backward)
    print(json.dumps(manifest["counts"], indent=1))
    total = sum(f["bytes"] for f in manifest["files"].values())
    print(f"artefact: {total / 1e6:.1f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
