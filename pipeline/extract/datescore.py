"""A learned score for each candidate date of a task sentence: is it the task's deadline?

Why: the rules in ``temporal.py`` choose the deadline among the dates a sentence holds by the
word before each date and by many clause-level exceptions ('được cấp trước ngày', 'kể từ ...
đến hết', 'phấn đấu đến năm ...').  Each blind batch of real sentences brought a new
non-deadline idiom, and rules written for one batch carried 0.00-0.02 F1 to the next (issue
5).  This module scores a candidate date from its context instead: the words governing it,
the words after it, the shape of the expression, its clause (condition, past, purpose,
brackets, position), the other candidates of the sentence and the rules' own verdicts.  The
weights are a logistic regression fitted by ``models/build_deadline_scorer.py`` on the
annotated items of ``benchmarks/data/deadline_phrases.tsv`` and the gold tasks of
``samples/gold``; they ship as ``models/deadline_scorer.json`` (a few kB) and are applied
here with plain Python (no scikit-learn at run time).

How the pipeline uses the score is decided in ``temporal.find_deadline`` (``apply_scorer``):
whether it is used at all is measured honestly in the build script's report (leave one
batch out) and recorded in the JSON's ``policy``.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.config import REPO_MODELS_DIR

SCORER_PATH = REPO_MODELS_DIR / "deadline_scorer.json"

_WORD = re.compile(r"[^\W\d_]+|\d+|[(),;:./-]", re.U)


def _tokens(s: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(s)]


def _delta_bucket(date: dt.date | None, issued: dt.date | None) -> str:
    if date is None or issued is None:
        return "none"
    d = (date - issued).days
    if d < -366:
        return "past_year"
    if d < 0:
        return "past"
    if d <= 31:
        return "month"
    if d <= 366:
        return "year"
    if d <= 1100:
        return "3years"
    return "later"


def candidate_features(text: str, hits: list, i: int, picked: int | None, recurrence: str | None,
                       issued: dt.date | None, with_rules: bool = True) -> list[str]:
    """Binary features of ``hits[i]`` (a ``temporal.DateHit``) in ``text``.

    ``picked`` is the index of the hit the rules chose (None when they chose none).  Without
    ``with_rules`` the rules' verdicts (trigger word seen, range end, the rules' pick) are left
    out: trained on text the rules were tuned on, those verdicts are nearly always right and the
    model learns to copy them, so it cannot correct them on new text."""
    h = hits[i]
    before = text[:h.start]
    clause_start = max(before.rfind(";"), before.rfind(":")) + 1
    clause = before[clause_start:]
    after = text[h.end:]
    clause_after = re.split(r"[;]", after, maxsplit=1)[0]
    btok = _tokens(before[-60:])
    atok = _tokens(after[:40])
    f = [f"shape={h.shape or '?'}"]
    p1 = btok[-1] if btok else "^"
    p2 = btok[-2] if len(btok) > 1 else "^"
    p3 = btok[-3] if len(btok) > 2 else "^"
    f += [f"p1={p1}", f"p2={p2} {p1}", f"p3={p3} {p2} {p1}"]
    # the governing word means different things for different expressions ('trong năm 2026' bounds
    # the work, 'đến năm 2030' is a horizon; 'trước ngày' bounds both): their pair is a feature too
    f.append(f"shape_p1={h.shape or '?'}|{p1}")
    n1 = atok[0] if atok else "$"
    n2 = atok[1] if len(atok) > 1 else "$"
    f += [f"n1={n1}", f"n2={n1} {n2}"]
    f += [f"w={w}" for w in set(_tokens(clause[-80:])) if len(w) > 1 and not w.isdigit()]
    f += [f"a={w}" for w in set(_tokens(clause_after[:40])) if len(w) > 1 and not w.isdigit()]
    f.append("has_year" if h.has_year else "no_year")
    if h.time:
        f.append("time")
    if h.generic_year:
        f.append("generic_year")
    if with_rules:
        f.append("triggered" if h.triggered else "untriggered")
        if h.range_end:
            f.append("range_end")
        if picked is not None:
            f.append("picked" if picked == i else "other_picked")
        else:
            f.append("none_picked")
    dated = [x for x in hits if x.date]
    n = len({x.date for x in dated})
    f.append(f"n={min(n, 3)}")
    if h.date and n > 1:
        if h.date == max(x.date for x in dated):
            f.append("latest")
        if h.date == min(x.date for x in dated):
            f.append("earliest")
    if len(_tokens(before)) <= 3:
        f.append("at_start")
    if before.count("(") > before.count(")"):
        f.append("in_brackets")
    if ";" not in after:
        f.append("last_clause")
    if re.search(r"(?<![^\W_])(?:trường\s+hợp|nếu|khi)(?![^\W_])", clause, re.I) and \
            re.search(r"(?<![^\W_])thì(?![^\W_])", clause_after, re.I):
        f.append("condition")
    if re.search(r"(?<![^\W_])thì(?![^\W_])", clause, re.I):
        f.append("after_thi")
    if re.search(r"(?<![^\W_])đã(?![^\W_])", before[-50:], re.I):
        f.append("past_da")
    if re.search(r"(?<![^\W_])để(?![^\W_])", clause[-80:], re.I):
        f.append("purpose_de")
    if re.search(r"(?<![^\W_])sau\s+khi(?![^\W_])", clause, re.I):
        f.append("sau_khi")
    # the directive verb: right after an opening period ('Năm 2027, hoàn thành ...'), or how far back
    # in the clause ('báo cáo UBND tỉnh trước ngày ...' near; a date deep in a noun phrase far)
    from pipeline.extract.tasks import VERB_ANY_RE, VERB_START_RE  # late: tasks imports temporal

    if VERB_START_RE.match(re.sub(r"^[\s,:;)]+", "", after)):
        f.append("verb_after")
    verbs = list(VERB_ANY_RE.finditer(clause))
    if not verbs:
        f.append("verb_dist=none")
    else:
        gap = len(_tokens(clause[verbs[-1].end():]))
        f.append("verb_dist=" + ("near" if gap <= 4 else "mid" if gap <= 12 else "far"))
    f.append(f"delta={_delta_bucket(h.date, issued)}")
    f.append(f"rec={recurrence or 'none'}")
    if ROLE_FEATURES:
        f += role_features(clause, clause_after)
    return f


# The date's role, read from the words that govern it rather than from the word just before it:
# the same 'vào ngày' / 'ngày' dates a duty ('nộp báo cáo vào ngày 15/6'), an event ('khai giảng vào
# ngày 5/9', 'tựu trường vào ngày 26/8', 'Hội nghị ... diễn ra sáng 28-6'), a reporting period
# ('số liệu tính đến hết tháng 6', 'ước tính đến hết tháng 12'), a target ('đạt mục tiêu ... đến
# năm 2030'), a plan that is only expected ('dự kiến tổ chức vào cuối tháng 12'). ``gov`` is the
# nearest content word(s) before the date once the time words and prepositions in between are
# skipped; ``verb`` the clause's last directive verb; ``role=`` marks a few classes by their usual
# words. Session 14 measured them sequentially by batch (benchmarks/deadline_scorer_seq.py --role):
# mean F1 0.910 against 0.907 without over batches 15-28, within two items, so they are off and the
# shipped model is fitted without them (benchmarks/HISTORY.md, session 14).
ROLE_FEATURES = False
_SKIP = frozenset("""vào trước sau trong ngày ngay tháng năm quý tuần cuối đầu giữa hết đến tới từ kể là nhất chậm
khoảng dịp lúc sáng chiều tối trưa đêm hôm nay mai thời gian điểm hạn kỳ đợt giai đoạn ( ) , : - / . hoặc và
thứ hai ba tư năm sáu bảy chủ nhật""".split())
_ROLE_WORDS = (
    ("event", r"tổ\s+chức|diễn\s+ra|khai\s+mạc|bế\s+mạc|khai\s+giảng|tựu\s+trường|họp|hội\s+nghị|lễ|kỷ\s+niệm|ra\s+mắt|"
              r"xảy\s+ra|đi\s+vào|đổ\s+bộ|ký|ban\s+hành|thông\s+qua|làm\s+việc|tiếp\s+(?:công\s+)?dân"),
    ("period", r"tính\s+(?:từ|đến)|số\s+liệu|ước\s+(?:tính|thực\s+hiện)|kỳ\s+báo\s+cáo|chốt|lũy\s+kế|so\s+với"),
    ("target", r"mục\s+tiêu|phấn\s+đấu|hướng\s+tới|tầm\s+nhìn|định\s+hướng|đạt|tỷ\s+lệ|chỉ\s+tiêu"),
    ("planned", r"dự\s+kiến|kế\s+hoạch\s+sẽ|sẽ"),
    ("news", r"vừa|hôm\s+nay|đã\s+có|đã\s+ký"),
    ("start", r"bắt\s+đầu|áp\s+dụng|có\s+hiệu\s+lực|hiệu\s+lực"),
)
_ROLE_RES = [(name, re.compile(r"(?<![^\W_])(?:" + pat + r")(?![^\W_])", re.I)) for name, pat in _ROLE_WORDS]


def role_features(clause: str, clause_after: str) -> list[str]:
    """The governing words of a date and the role words of its clause (before it, and right after)."""
    toks = _tokens(clause[-120:])
    content = [w for w in toks if w not in _SKIP and not w.isdigit()]
    f = []
    if content:
        f.append(f"gov1={content[-1]}")
        f.append(f"gov2={' '.join(content[-2:])}")
    from pipeline.extract.tasks import VERB_ANY_RE  # late: tasks imports temporal

    verbs = list(VERB_ANY_RE.finditer(clause))
    if verbs:
        # the directive verb whose object or adjunct the date is ('nộp báo cáo về Sở Nội vụ trước ...')
        f.append(f"verb={verbs[-1].group(0).casefold()}")
    near = clause[-60:]
    for name, rx in _ROLE_RES:
        if rx.search(near):
            f.append(f"role={name}")
        if rx.search(clause_after[:30]):
            f.append(f"role_after={name}")
    return f


@dataclass
class Scorer:
    """Logistic-regression weights over binary features, and the policy that uses them."""
    bias: float
    weights: dict[str, float]
    policy: dict = field(default_factory=dict)

    @property
    def with_rules(self) -> bool:
        return self.policy.get("features", "ctx+rules") == "ctx+rules"

    def score(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(x, 0.0) for x in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, obj: dict) -> "Scorer":
        return cls(float(obj["bias"]), {k: float(v) for k, v in obj["weights"].items()}, dict(obj.get("policy", {})))


@lru_cache(maxsize=4)
def load_scorer(path: str | None = None) -> Scorer | None:
    """The shipped scorer, or None when its file is absent (the rules alone decide then)."""
    p = Path(path) if path else SCORER_PATH
    if not p.exists():
        return None
    with open(p, encoding="utf-8") as fh:
        return Scorer.from_json(json.load(fh))
