"""Write the notebooks (run from the repo root: .venv/bin/python notebooks/build_notebooks.py).

The .ipynb files are committed; this script is their source, so edits are reviewed as code."""
import nbformat as nbf
from nbformat.v4 import new_notebook, new_markdown_cell as md, new_code_cell as code

ROOT_CELL = code('''from pathlib import Path
ROOT = Path.cwd().parent if Path.cwd().name == "notebooks" else Path.cwd()
import pandas as pd
pd.set_option("display.max_colwidth", 120)''')

review = new_notebook(cells=[
    md("""# Review repairs and extractions

Staff use this notebook to check what chidao changed in a document and what it extracted,
and to record their decisions. Accepted and rejected repairs go to a corrections file
(`corrections.csv`) that later runs read: `chidao run ... --corrections corrections.csv`.

Set `DOCUMENT` to the file to review. Run headless (`.venv/bin/jupyter execute notebooks/review.ipynb`),
the notebook takes the file from the environment, `CHIDAO_DOCUMENT=archive/2023/ct05.pdf`, and writes
the review table to `out/review/<name>.review.csv`: set its `accepted` cells in a spreadsheet, then run
again with `CHIDAO_REVIEW=out/review/<name>.review.csv` to save those decisions."""),
    ROOT_CELL,
    code('''import os
import pipeline
from pipeline.config import Config
from pipeline.review import repair_review_table, save_corrections, read_corrections


def given(name, default):
    """A path from the environment (headless runs), read from the folder the command was typed in."""
    value = os.environ.get(name)
    if not value:
        return default
    path = Path(value).expanduser()
    return path if path.is_absolute() else Path(os.environ.get("PWD", ROOT)) / path


DOCUMENT = given("CHIDAO_DOCUMENT", ROOT / "samples" / "text" / "000_bed89d1f3f7829d9.txt")
CORRECTIONS = given("CHIDAO_CORRECTIONS", ROOT / "out" / "review" / "corrections.csv")
EDITED = given("CHIDAO_REVIEW", None)  # a review table edited in a spreadsheet
if not Path(DOCUMENT).is_file():
    raise FileNotFoundError(f"DOCUMENT {DOCUMENT}: no such file")
doc = pipeline.process(DOCUMENT)
print(doc.doc_id, doc.status, doc.error, "| encoding:", doc.encoding, "| lines:", len(doc.lines),
      "| repairs:", len(doc.repairs), "| tasks:", len(doc.tasks))'''),
    md("## 1. Repairs, least certain first\n\n`flagged` rows fell below the review threshold. `accepted` is True for the changes chidao is sure of and empty (None) for flagged ones: set each flagged row you checked to True or False (`review.loc[0, 'accepted'] = False`), or add rows for words chidao left broken. Only decisions are saved: rows left empty, and sure changes left True (chidao makes them again anyway), are not, so a change nobody looked at never becomes a rule."),
    code('''review = repair_review_table(doc)
print(review["kind"].value_counts().to_dict())
TABLE = CORRECTIONS.parent / f"{Path(DOCUMENT).stem}.review.csv"
TABLE.parent.mkdir(parents=True, exist_ok=True)
if EDITED is None or Path(EDITED).resolve() != TABLE.resolve():  # never over the reviewer's edits
    review.to_csv(TABLE, index=False)  # to decide in a spreadsheet (headless runs)
    print("review table:", TABLE)
review.head(30)'''),
    md("Each change in its line (what the reviewer sees before deciding):"),
    code('''for rec in review.head(10).to_dict("records"):
    print(f"line {rec['line']:>4} [{rec['kind']} {rec['confidence']:.2f}] {rec['before']!r} -> {rec['after']!r}")
    print("      before:", rec["line_before"].strip())
    print("      after: ", rec["line_after"].strip())'''),
    md("## 2. Save the decisions\n\nRejected changes are never made again; accepted ones are applied wherever the same word appears."),
    code('''if EDITED is not None:  # the decisions typed in a spreadsheet ('False', 'no', '0' are rejections)
    review = pd.read_csv(EDITED, dtype=str, keep_default_na=False)
    print("decisions read from", EDITED)
n = save_corrections(review, CORRECTIONS, reviewer="notebook")
print(n, "decisions in", CORRECTIONS)
pd.DataFrame(read_corrections(CORRECTIONS)).head()'''),
    md("## 3. The next run reads them"),
    code('''again = pipeline.process(DOCUMENT, Config(corrections=CORRECTIONS))
decided = [r for r in again.repairs if r.kind == "review"]
print("lines changed by the decisions:", len(decided))
for r in decided[:20]:
    print(f"line {r.line:>4}: {r.before!r} -> {r.after!r}")'''),
    md("## 4. Extraction: tasks with their section, offices and deadline"),
    code('''tables = doc.tables()
tasks = tables["tasks"]
tasks[["task_id", "section", "offices", "lead", "deadline", "recurrence", "task"]].head(40)'''),
    code('''tables["anomalies"]'''),
    md("## 5. Offices, deadlines and cited documents as the extractor saw them (displaCy)\n\nThe spaCy `Doc` carries span groups `offices`, `deadlines`, `references` and `tasks`."),
    code('''from pipeline.extract.spacy_doc import build_spacy_doc, render

sdoc = build_spacy_doc(doc)
print({group: len(spans) for group, spans in sdoc.spans.items()})
render(doc, "offices", jupyter=True)'''),
    code('''render(doc, "deadlines", jupyter=True)'''),
    code('''tables["sections"][["label", "level", "path", "title"]].head(30)'''),
])

analysis = new_notebook(cells=[
    md("""# Analyse tasks across an archive

Runs chidao on a folder (here `samples/text`) and queries the result with SQL and pandas:
who is responsible for what, which deadlines fall when, and accent-insensitive search.
Run headless, the notebook takes the folder and the output folder from the environment:
`CHIDAO_ARCHIVE=archive/2023 CHIDAO_OUT=out/a2023 .venv/bin/jupyter execute notebooks/analysis.ipynb`."""),
    ROOT_CELL,
    code('''from pipeline.batch import run_batch
from pipeline.config import Config

import os


def given(name, default):
    """A folder from the environment (headless runs), read from the folder the command was typed in."""
    value = os.environ.get(name)
    return Path(os.environ.get("PWD", ROOT)) / Path(value).expanduser() if value else default


ARCHIVE = given("CHIDAO_ARCHIVE", ROOT / "samples" / "text")
OUT = given("CHIDAO_OUT", ROOT / "out" / "analysis")
summary = run_batch([ARCHIVE], OUT, Config(timeout=120))
print(summary.documents, "documents,", summary.tasks, "tasks,", summary.tasks_with_deadline, "with a deadline")'''),
    md("## SQL on `chidao.db`\n\n`connect()` registers `fold()`, which removes accents: `fold(task) LIKE '%giai ngan%'` finds 'giải ngân'."),
    code('''from pipeline.store.writers import connect, search

con = connect(OUT / "chidao.db")
pd.read_sql_query("""
    SELECT d.doc_id, d.doc_type, d.number, d.date, d.issuer, COUNT(t.task_id) AS tasks
    FROM documents d LEFT JOIN tasks t ON t.doc_id = d.doc_id
    GROUP BY d.doc_id ORDER BY tasks DESC""", con)'''),
    code('''by_office = pd.read_sql_query("""
    SELECT office, role, COUNT(*) AS tasks FROM task_offices
    GROUP BY office, role ORDER BY tasks DESC LIMIT 25""", con)
by_office'''),
    code('''pd.DataFrame(search(OUT / "chidao.db", "bao cao ket qua"))'''),
    md("## Deadlines by month"),
    code('''import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

tasks = pd.read_parquet(OUT / "tasks.parquet")
dated = tasks[tasks["deadline"].fillna("") != ""].copy()
dated["month"] = dated["deadline"].str[:7]
per_month = dated.groupby("month").size()
if len(per_month):
    ax = per_month.plot(kind="bar", figsize=(8, 3), title="tasks due per month")
    ax.set_ylabel("tasks")
    plt.tight_layout()
per_month'''),
    code('''tasks["recurrence"].fillna("").replace("", "(none)").value_counts()'''),
])
for nb in (review, analysis):
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
nbf.write(review, "notebooks/review.ipynb")
nbf.write(analysis, "notebooks/analysis.ipynb")
