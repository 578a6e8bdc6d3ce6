"""Score an output folder against gold files (``<doc_id>.tasks.json`` + ``.clean.txt``).

The measures follow the project's annotation guide: a predicted task matches a gold task
when its text contains the gold anchor (one word of slack); on matched tasks, deadlines,
offices, sections and recurrence are compared.  Office names are compared after expanding
the usual abbreviations (UBND, TC-KH, TN&MT ...), so 'Phòng TC-KH' equals 'Phòng Tài chính -
Kế hoạch'.  Repair is scored as word error rate against the clean text, line by line.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.repair.codepoints import apply_tone_convention

_WS = re.compile(r"\s+")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_DASH = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "“": '"', "”": '"', "‘": "'", "’": "'"})

# Office abbreviations expanded before comparing names (lower case, as written in documents).
OFFICE_ABBREVIATIONS = {
    "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "ub": "ủy ban", "mttq": "mặt trận tổ quốc",
    "ubmttq": "ủy ban mặt trận tổ quốc", "tc-kh": "tài chính - kế hoạch", "tckh": "tài chính - kế hoạch",
    "kh&đt": "kế hoạch và đầu tư", "khđt": "kế hoạch và đầu tư", "tn&mt": "tài nguyên và môi trường",
    "tnmt": "tài nguyên và môi trường", "gd&đt": "giáo dục và đào tạo", "gdđt": "giáo dục và đào tạo",
    "nn&ptnt": "nông nghiệp và phát triển nông thôn", "lđ-tb&xh": "lao động - thương binh và xã hội",
    "lđtbxh": "lao động - thương binh và xã hội", "vh-tt": "văn hóa - thông tin", "vhtt": "văn hóa - thông tin",
    "vh,tt&dl": "văn hóa, thể thao và du lịch", "vhttdl": "văn hóa, thể thao và du lịch",
    "kt-ht": "kinh tế - hạ tầng", "tt&tt": "thông tin và truyền thông", "tttt": "thông tin và truyền thông",
    "kh&cn": "khoa học và công nghệ", "khcn": "khoa học và công nghệ", "gtvt": "giao thông vận tải",
    "pct": "phó chủ tịch", "vp": "văn phòng", "bchqs": "ban chỉ huy quân sự", "tt": "thường trực",
}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s or "")
    s = apply_tone_convention(_WS.sub(" ", s).strip(), "new")
    return s.casefold().translate(_DASH)


def tokens(s: str) -> list[str]:
    return [t for t in (_EDGE.sub("", w) for w in norm(s).split(" ")) if t]


def norm_office(s: str) -> str:
    s = " ".join(OFFICE_ABBREVIATIONS.get(w.strip(",.;:()"), w) for w in norm(s).split(" "))
    s = re.sub(r"\s*-\s*", " - ", s)
    s = re.sub(r"[^\w\s-]", " ", s)
    return _WS.sub(" ", s).strip()


def office_match(a: str, b: str) -> bool:
    x, y = norm_office(a), norm_office(b)
    return x == y or (len(x) > 8 and len(y) > 8 and (x in y or y in x))


def holds(haystack: list[str], needle: list[str], slack: int = 1) -> bool:
    k = len(needle)
    for i in range(len(haystack) - k + 1):
        if sum(a != b for a, b in zip(haystack[i:i + k], needle)) <= slack:
            return True
    return False


def norm_section(s: str) -> str:
    return " > ".join(p.strip().rstrip(".)") for p in re.split(r">", s or "") if p.strip()).casefold()


def section_ok(pred: str, gold: str) -> bool:
    p, g = norm_section(pred), norm_section(gold)
    return p == g or (p != "" and (p.startswith(g + " >") or g.startswith(p + " >")))


@dataclass
class Counts:
    hit_gold: int = 0
    gold: int = 0
    hit_pred: int = 0
    pred: int = 0

    @property
    def recall(self) -> float | None:
        return self.hit_gold / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.hit_pred / self.pred if self.pred else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            # one side uncounted: a partial gold scores recall only (its predictions are not
            # counted); a document with nothing to find scores precision only
            return r if p is None else p
        return 2 * p * r / (p + r) if p and r else 0.0


@dataclass
class TaskScore:
    doc_id: str
    tasks: Counts = field(default_factory=Counts)
    deadlines: Counts = field(default_factory=Counts)
    offices: Counts = field(default_factory=Counts)
    sections: Counts = field(default_factory=Counts)  # hit_gold / gold = accuracy
    recurrence: Counts = field(default_factory=Counts)
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def gold_problem(gold) -> str | None:
    """What makes a parsed gold file unusable (see the annotation guide), or None."""
    if not isinstance(gold, dict):
        return f"not a gold document: the JSON is a {type(gold).__name__}, not an object"
    if not isinstance(gold.get("doc_id"), str) or not gold["doc_id"]:
        return "no \"doc_id\""
    tasks = gold.get("tasks")
    if not isinstance(tasks, list):
        return "no \"tasks\" list"
    for i, t in enumerate(tasks, 1):
        if not isinstance(t, dict) or not isinstance(t.get("anchor"), str):
            return f"task {i} has no \"anchor\" text"
    if not isinstance(gold.get("header") or {}, dict):
        return "\"header\" is not an object"
    return None


def load_gold(gold_dir: Path, problems: list[tuple[Path, str]] | None = None) -> dict[str, dict]:
    """The gold documents of ``gold_dir`` by doc_id.  A file that cannot be read or parsed, or
    that is no gold document, is passed over and added to ``problems`` as (file, reason): one
    empty or truncated gold file ended `chidao eval` in a traceback, scoring nothing."""
    found: dict[str, dict] = {}
    where: dict[str, Path] = {}
    for f in sorted(gold_dir.glob("*.tasks.json")):
        try:
            data = f.read_bytes()
            if not data.strip():
                raise ValueError("empty file")
            gold = json.loads(data.decode("utf-8-sig"))
            why = gold_problem(gold)
            if why:
                raise ValueError(why)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            if isinstance(exc, UnicodeDecodeError):
                reason = f"not UTF-8 ({exc.reason} at byte {exc.start})"
            elif isinstance(exc, json.JSONDecodeError):
                reason = f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
            if problems is not None:
                problems.append((f, reason))
            continue
        if gold["doc_id"] in found:
            if problems is not None:
                problems.append((f, f"doc_id '{gold['doc_id']}' is also the doc_id of {where[gold['doc_id']]}; "
                                    "this one is not scored"))
            continue
        found[gold["doc_id"]] = gold
        where[gold["doc_id"]] = f
    return found


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def score_tasks_doc(gold: dict, preds: list[dict[str, str]]) -> TaskScore:
    sc = TaskScore(gold["doc_id"])
    ptoks = [tokens(r.get("task", "")) for r in preds]
    gtoks = [tokens(g.get("text") or g["anchor"]) for g in gold["tasks"]]
    used = [len(pt) >= 3 and any(holds(g, pt, max(1, len(pt) // 10)) for g in gtoks) for pt in ptoks]
    for g in gold["tasks"]:
        anchor = tokens(g["anchor"])
        hits = [i for i, pt in enumerate(ptoks) if holds(pt, anchor)]
        for i in hits:
            used[i] = True
        if g.get("optional"):
            continue
        sc.tasks.gold += 1
        if not hits:
            sc.missed.append(g["anchor"])
            continue
        sc.tasks.hit_gold += 1
        row = preds[hits[0]]
        gd, pd = g.get("deadline") or "", (row.get("deadline") or "").strip()[:10]
        sc.deadlines.gold += bool(gd)
        sc.deadlines.pred += bool(pd)
        sc.deadlines.hit_gold += bool(gd) and pd == gd
        sc.deadlines.hit_pred += bool(pd) and pd == gd
        if pd != gd:
            sc.wrong.append(f"deadline {pd or '-'} for '{g['anchor']}', gold {gd or '-'}")
        go = g.get("offices") or []
        po = [p.strip() for p in re.split(r"[;|\n]", row.get("offices") or "") if p.strip()]
        sc.offices.gold += len(go)
        sc.offices.pred += len(po)
        sc.offices.hit_gold += sum(any(office_match(x, y) for y in po) for x in go)
        sc.offices.hit_pred += sum(any(office_match(x, y) for x in go) for y in po)
        if not (all(any(office_match(x, y) for y in po) for x in go) and all(any(office_match(x, y) for x in go) for y in po)):
            sc.wrong.append(f"offices {po} for '{g['anchor']}', gold {go}")
        if "section" in row:
            sc.sections.gold += 1
            ok = section_ok(row.get("section", ""), g.get("section", ""))
            sc.sections.hit_gold += ok
            if not ok:
                sc.wrong.append(f"section '{row.get('section')}' for '{g['anchor']}', gold '{g.get('section')}'")
        if g.get("recurrence"):
            sc.recurrence.gold += 1
            sc.recurrence.hit_gold += (row.get("recurrence") or "").strip().casefold() == g["recurrence"]
    if not gold.get("partial"):
        sc.tasks.pred = len(preds)
        sc.tasks.hit_pred = sum(used)
    return sc


def gold_in_run(out_dir: Path, gold_ids) -> dict[str, str]:
    """Gold doc_id -> the run's doc_id for the gold documents this run processed.

    A gold document the run did not include is not scored (a run of one file scored as
    if it had missed every other gold document is no score at all); one the run processed
    and failed is scored, with nothing found.  The run's doc_id is relative to the folder
    it was given, so 'text/000_x' from `chidao run samples` is the gold '000_x' when no
    other document of the run has that name."""
    run_ids = [r["doc_id"] for r in read_csv(out_dir / "documents.csv")]
    by_name: dict[str, list[str]] = {}
    for rid in run_ids:
        by_name.setdefault(rid.rsplit("/", 1)[-1], []).append(rid)
    present = set(run_ids)
    found = {}
    for gid in gold_ids:
        if gid in present:
            found[gid] = gid
        elif len(by_name.get(gid, [])) == 1:
            found[gid] = by_name[gid][0]
    return found


def score_tasks(out_dir: Path, gold_dir: Path) -> list[TaskScore]:
    """Task scores of the gold documents in the run (see :func:`gold_in_run`)."""
    rows = read_csv(out_dir / "tasks.csv")
    by_doc: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    gold = load_gold(gold_dir)
    found = gold_in_run(out_dir, gold)
    return [score_tasks_doc(g, by_doc.get(found[doc_id], [])) for doc_id, g in gold.items() if doc_id in found]


def total(scores: list[TaskScore]) -> TaskScore:
    t = TaskScore("ALL")
    for s in scores:
        for name in ("tasks", "deadlines", "offices", "sections", "recurrence"):
            a, b = getattr(t, name), getattr(s, name)
            a.hit_gold += b.hit_gold
            a.gold += b.gold
            a.hit_pred += b.hit_pred
            a.pred += b.pred
    return t


HEADER_FIELDS = ("doc_type", "number", "date", "issuer", "signer_title", "signer")


def header_same(name: str, pred: str, gold: str) -> bool:
    if name == "issuer":
        return office_match(pred, gold)
    if name == "number":
        return re.sub(r"\s+", "", pred).casefold() == re.sub(r"\s+", "", gold).casefold()
    if name == "date":
        return pred.strip()[:10] == gold
    return norm(pred).strip(" .:") == norm(gold).strip(" .:")


def score_header(out_dir: Path, gold_dir: Path) -> dict[str, tuple[int, int]]:
    """Per field: (right, stated in gold)."""
    docs = {r["doc_id"]: r for r in read_csv(out_dir / "documents.csv")}
    gold = load_gold(gold_dir)
    found = gold_in_run(out_dir, gold)
    result: dict[str, tuple[int, int]] = {}
    for f in HEADER_FIELDS:
        hit = n = 0
        for doc_id, g in gold.items():
            value = (g.get("header") or {}).get(f)
            if value is None or doc_id not in found:
                continue
            n += 1
            hit += header_same(f, (docs.get(found[doc_id]) or {}).get(f) or "", str(value))
        result[f] = (hit, n)
    return result


def edit_distance(a: list[str], b: list[str]) -> int:
    """Word-level Levenshtein distance."""
    if a == b:
        return 0
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def repair_words(s: str) -> list[str]:
    """Words of a line as repair is scored: NFC, white space folded, old/new tone placement
    ('hoà'/'hòa') counted as one spelling."""
    return apply_tone_convention(_WS.sub(" ", unicodedata.normalize("NFC", s)).strip(), "new").split()


def score_repair_lines(broken: list[str], repaired: list[str], clean: list[str]) -> dict[str, int]:
    """Word errors of the input and of the output against the clean text, line by line, with
    the lines that were broken, fixed, or clean and damaged."""
    n = e_in = e_out = damaged = broken_lines = fixed = 0
    for b, p, g in zip(broken, repaired, clean):
        gw = repair_words(g)
        n += len(gw)
        ei, eo = edit_distance(repair_words(b), gw), edit_distance(repair_words(p), gw)
        e_in += ei
        e_out += eo
        damaged += ei == 0 and eo > 0
        broken_lines += ei > 0
        fixed += ei > 0 and eo == 0
    return {"words": n, "err_in": e_in, "err_out": e_out, "damaged": damaged, "broken": broken_lines, "fixed": fixed}


def score_repair_text(broken: str, repaired: str, clean: str) -> dict[str, float | int | None]:
    """Word error rate of the input and the output against the clean text, line by line."""
    bl, pl, gl = broken.split("\n"), repaired.split("\n"), clean.split("\n")
    if not (len(bl) == len(pl) == len(gl)):
        bl, pl, gl = [" ".join(bl)], [" ".join(pl)], [" ".join(gl)]
    c = score_repair_lines(bl, pl, gl)
    n = c["words"]
    return {"words": n, "wer_input": c["err_in"] / max(n, 1), "wer_output": c["err_out"] / max(n, 1),
            "error_reduction": (1 - c["err_out"] / c["err_in"]) if c["err_in"] else None,
            "clean_lines_damaged": c["damaged"]}


def score_repairs(out_dir: Path, gold_dir: Path, inputs: dict[str, Path],
                  problems: list[tuple[Path, str]] | None = None) -> dict[str, dict]:
    """For each document with a gold clean text and a repaired text in OUT/text/."""
    res = {}
    for doc_id, source in inputs.items():
        clean = gold_dir / f"{Path(doc_id).name}.clean.txt"
        repaired = out_dir / "text" / f"{doc_id}.txt"
        if clean.exists() and repaired.exists() and source.exists() and source.suffix.lower() == ".txt":
            try:
                gold_text = clean.read_text(encoding="utf-8").rstrip("\n")
                res[doc_id] = score_repair_text(source.read_text(encoding="utf-8", errors="replace").rstrip("\n"),
                                                repaired.read_text(encoding="utf-8").rstrip("\n"), gold_text)
            except (OSError, UnicodeDecodeError) as exc:  # one bad clean text: that document's repair is not scored
                if problems is not None:
                    problems.append((clean, f"cannot be read as UTF-8 text ({exc})"))
    return res
