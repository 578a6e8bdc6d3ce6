"""A learned office tagger (experiment): a CRF over syllable tokens, BIO tags with lead/support.

Not wired into the pipeline.  ``benchmarks/office_crf.py`` trains it on the office_spans batches
before k and tests it on batch k, beside the rules' blind first pass on the same batch: the
question is whether a learned tagger generalises to unseen wordings better than the rules do.

A row of office_spans is one task sentence (``target``, else the text's first line) with the
lines above it that name its doer (headings, lead-ins).  The sequence tagged is the kept context
(lines ending with ':', article / section titles, short lines) followed by the target; tokens
are syllables, words joined by '-', '/', '&', '.' inside (``TN&MT``, ``TP.HCM``) and single
punctuation marks.  Features: the syllable (lower case) and its shape, neighbours +-2, bigrams,
membership in a gazetteer match (``pipeline.extract.offices``: its kind and B/I position), cue
words before ('giao', 'chủ trì', 'phối hợp', 'đề nghị', 'yêu cầu', ...) and after ('chủ trì',
'có trách nhiệm', ...), punctuation, whether the token is in the target or in a context line and
whether that line is a heading.  Tags: B-L / I-L (the lead), B-S / I-S (other offices), O.
sklearn-crfsuite comes with pyvi (a dependency of the project).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

CONTEXT = "all"  # "all": every line of the row; "kept": headings, lead-ins and short lines only
_TOKEN_RE = re.compile(r"[^\W_]+(?:[-/&.][^\W_]+)*|[^\w\s]", re.U)
_CTX_HEADING = re.compile(r"^\s*(?:Điều\s+\d|[IVX]+\.|Chương\s|Mục\s|PHẦN\s)|[Tt]rách nhiệm (?:của|thi hành)|[Nn]hiệm vụ(?:, quyền hạn)? của")
_LABEL = re.compile(r"^\s*(?:[-+*•]\s*|\d+(?:\.\d+)*\s*[./)-]\s*|[a-zđ]\)\s*|[IVX]+\.\s*|Điều\s+\d+[a-zđ]?\s*[.:]\s*)")

CUES_BEFORE = ("giao", "chủ trì", "phối hợp", "phối hợp với", "đề nghị", "yêu cầu", "chỉ đạo", "với", "cùng",
               "kính gửi", "gửi", "của", "ủy quyền cho", "phân cấp cho")
CUES_AFTER = ("chủ trì", "phối hợp", "có trách nhiệm", "chịu trách nhiệm", "thực hiện", "khẩn trương", "tổ chức",
              "triển khai", "cần", "phải", "chủ động", "tham mưu", "theo dõi", "báo cáo", "căn cứ", "tiếp tục")


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).casefold()
    return s.replace("uỷ", "ủy").replace("oà", "òa").replace("oá", "óa").replace("oả", "ỏa").replace("thuỷ", "thủy")


@dataclass
class Tok:
    text: str
    start: int
    end: int
    line: int  # index of the line in the source text
    target: bool
    side: int = 0  # -1 before the target, 0 in it, 1 after it


def tokenize(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def _find_seq(hay: list[str], needle: list[str], lo: int = 0) -> int:
    n = len(needle)
    if not n:
        return -1
    for i in range(lo, len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return i
    return -1


def sequence(text: str, target: str | None) -> list[Tok]:
    """The tokens tagged for a row: kept context lines above the target, then the target."""
    toks = tokenize(text)
    if not toks:
        return []
    line_of = []
    starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    li = 0
    for _, s, _e in toks:
        while li + 1 < len(starts) and starts[li + 1] <= s:
            li += 1
        line_of.append(li)
    words = [_norm(t) for t, _, _ in toks]
    tgt = target if target else text.split("\n")[0]
    tw = [_norm(t) for t, _, _ in tokenize(tgt)]
    i = _find_seq(words, tw)
    if i < 0:
        i = _find_seq(words, tw[:8])
        j = i + len(tw) if i >= 0 else -1
    else:
        j = i + len(tw)
    if i < 0:  # not found: the first line is the target
        i, j = 0, sum(1 for x in line_of if x == 0)
    j = min(j, len(toks))
    lines = text.split("\n")
    out: list[Tok] = []
    for k in range(len(toks)):
        if i <= k < j:
            out.append(Tok(toks[k][0], toks[k][1], toks[k][2], line_of[k], True, 0))
        elif CONTEXT == "all" or _keep_context(lines[line_of[k]]):
            out.append(Tok(toks[k][0], toks[k][1], toks[k][2], line_of[k], False, -1 if k < i else 1))
    return out


def _keep_context(line: str) -> bool:
    s = line.strip()
    return s.endswith(":") or bool(_CTX_HEADING.search(s)) or len(tokenize(s)) <= 15


def _shape(t: str) -> str:
    if not re.search(r"\w", t):
        return "P"
    if t.isdigit():
        return "D"
    if t.isupper():
        return "U"
    if t[:1].isupper():
        return "T"
    if t.islower():
        return "L"
    return "M"


def features(seq: list[Tok], text: str, gaz=None) -> list[dict]:
    low = [_norm(t.text) for t in seq]
    n = len(seq)
    # gazetteer matches on the source text, mapped to tokens
    gz = [""] * n
    if gaz is not None and n:
        spans = []
        for o in gaz.find(text):
            spans.append((o.start, o.end, o.kind))
        for k, t in enumerate(seq):
            for s, e, kind in spans:
                if s <= t.start < e:
                    gz[k] = ("B-" if t.start == s else "I-") + kind
                    break
    lines = text.split("\n")
    line_feats = {}
    for t in seq:
        if t.line not in line_feats:
            ln = lines[t.line].strip()
            line_feats[t.line] = {"colon": ln.endswith(":"), "head": bool(_CTX_HEADING.search(ln)),
                                  "label": bool(_LABEL.match(ln))}
    out = []
    for k, t in enumerate(seq):
        w = low[k]
        f = {"b": 1.0, "w": w, "sh": _shape(t.text), "tgt": t.target, "side": str(t.side), "gz": gz[k] or "-",
             "gzk": gz[k][2:] if gz[k] else "-", "gzb": gz[k][:1] if gz[k] else "-"}
        lf = line_feats[t.line]
        f["lcolon"] = lf["colon"]
        f["lhead"] = lf["head"]
        f["line0"] = k == 0 or seq[k - 1].line != t.line
        f["lstart_label"] = lf["label"]
        for d in (-2, -1, 1, 2):
            j = k + d
            if 0 <= j < n:
                f[f"w{d:+d}"] = low[j]
                f[f"sh{d:+d}"] = _shape(seq[j].text)
                f[f"gz{d:+d}"] = gz[j][:1] if gz[j] else "-"
            else:
                f[f"w{d:+d}"] = "<s>" if j < 0 else "</s>"
        if k > 0:
            f["bg-"] = low[k - 1] + "|" + w
        if k + 1 < n:
            f["bg+"] = w + "|" + low[k + 1]
        # cue words: the nearest cue within the 6 tokens before (same sentence part: no '.' / ';')
        before = []
        for j in range(k - 1, max(-1, k - 7), -1):
            if low[j] in (".", ";", ":"):
                break
            before.insert(0, low[j])
        tail = " ".join(before)
        for c in CUES_BEFORE:
            if tail.endswith(c):
                f["cue_prev_adj"] = c
            if (" " + tail + " ").find(" " + c + " ") >= 0:
                f["cue_prev:" + c] = True
        after = " ".join(low[k + 1:k + 12])
        for c in CUES_AFTER:
            if (" " + after + " ").find(" " + c + " ") >= 0:
                f["cue_next:" + c] = True
        f["punct_prev"] = low[k - 1] if k > 0 and not re.search(r"\w", low[k - 1]) else "-"
        f["punct_next"] = low[k + 1] if k + 1 < n and not re.search(r"\w", low[k + 1]) else "-"
        out.append(f)
    return out


def labels(seq: list[Tok], offices: list[str], lead: str | None) -> list[str]:
    """BIO tags from the gold office names: each name's occurrences in the target, else its last
    occurrence in the kept context.  A name not written as such (distributed, rewritten) is left."""
    low = [_norm(t.text) for t in seq]
    tags = ["O"] * len(seq)
    for name in sorted(offices, key=len, reverse=True):
        nw = [_norm(t) for t, _, _ in tokenize(name)]
        role = "L" if lead is not None and _norm(lead) == _norm(name) else "S"
        hits, i = [], _find_seq(low, nw)
        while i >= 0:
            hits.append(i)
            i = _find_seq(low, nw, i + 1)
        in_t = [h for h in hits if seq[h].target]
        use = in_t or hits[-1:]
        for h in use:
            if any(tags[h + m] != "O" for m in range(len(nw))):
                continue
            tags[h] = "B-" + role
            for m in range(1, len(nw)):
                tags[h + m] = "I-" + role
    return tags


def spans(seq: list[Tok], text: str, tags: list[str]) -> list[tuple[str, str]]:
    """(name as written, role) for each tagged span."""
    out: list[tuple[str, str]] = []
    cur = None
    for t, g in zip(seq, tags):
        if g.startswith("B-") or (g.startswith("I-") and (cur is None or cur[2] != g[2:])):
            if cur:
                out.append(cur)
            cur = [t.start, t.end, g[2:]]
        elif g.startswith("I-") and cur is not None:
            cur[1] = t.end
        else:
            if cur:
                out.append(cur)
            cur = None
    if cur:
        out.append(cur)
    res: list[tuple[str, str]] = []
    for s, e, r in out:
        name = re.sub(r"\s+", " ", text[s:e]).strip(" ,;.")
        if name and all(_norm(name) != _norm(x) for x, _ in res):
            res.append((name, r))
    return res


def train(items, c1: float = 0.05, c2: float = 0.05, max_iterations: int = 150):
    """items: (text, target, offices, lead).  Returns a fitted sklearn_crfsuite.CRF."""
    import sklearn_crfsuite
    from pipeline.extract.offices import gazetteer_path, load_gazetteer

    gaz = load_gazetteer(gazetteer_path())
    X, Y = [], []
    for text, target, offices, lead in items:
        seq = sequence(text, target)
        if not seq:
            continue
        X.append(features(seq, text, gaz))
        Y.append(labels(seq, offices, lead))
    crf = sklearn_crfsuite.CRF(algorithm="lbfgs", c1=c1, c2=c2, max_iterations=max_iterations,
                               all_possible_transitions=True)
    crf.fit(X, Y)
    return crf


def predict(crf, text: str, target: str | None) -> tuple[list[str], str | None]:
    """(offices, lead) the tagger reads for a row's sentence."""
    from pipeline.extract.offices import gazetteer_path, load_gazetteer

    seq = sequence(text, target)
    if not seq:
        return [], None
    tags = crf.predict_single(features(seq, text, load_gazetteer(gazetteer_path())))
    found = spans(seq, text, tags)
    lead = next((n for n, r in found if r == "L"), None)
    return [n for n, _ in found], lead
