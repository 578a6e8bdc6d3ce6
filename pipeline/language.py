"""The pipeline object: one :class:`~pipeline.model.Document` through named stages.

Like spaCy's ``Language``, a :class:`Pipeline` is a list of ``(name, component)`` pairs;
a component is any callable ``(doc, config) -> doc``.  Stages can be removed, replaced or
added (``pipe.replace("extract", my_extractor)``) without touching the others.  A stage that
raises marks the document as failed with the stage's name and the reason, and the
following stages are skipped: one bad file never stops a batch.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pipeline.config import Config
from pipeline.model import STATUS_ERROR, Document

Component = Callable[[Document, Config], Document]


class Pipeline:
    def __init__(self, stages: list[tuple[str, Component]] | None = None, config: Config | None = None):
        self.config = config or Config()
        self.stages: list[tuple[str, Component]] = list(stages) if stages is not None else default_stages()

    @property
    def stage_names(self) -> list[str]:
        return [n for n, _ in self.stages]

    def replace(self, name: str, component: Component) -> None:
        self.stages = [(n, component if n == name else c) for n, c in self.stages]

    def remove(self, name: str) -> None:
        self.stages = [(n, c) for n, c in self.stages if n != name]

    def add(self, name: str, component: Component, after: str | None = None) -> None:
        if after is None:
            self.stages.append((name, component))
            return
        i = self.stage_names.index(after)
        self.stages.insert(i + 1, (name, component))

    def run(self, doc: Document) -> Document:
        """Run the stages after ingest on an already ingested document."""
        for name, component in self.stages:
            if name == "ingest":
                continue
            if not doc.ok:
                break
            doc = self._run_stage(name, component, doc)
        return doc

    def __call__(self, path: str | Path, doc_id: str | None = None) -> Document:
        """Read ``path`` with the 'ingest' component, then run the other stages."""
        path = Path(path)
        doc = Document(doc_id=doc_id or path.stem, source=path)
        ingest_component = dict(self.stages).get("ingest")
        if ingest_component is not None:
            doc = self._run_stage("ingest", ingest_component, doc)
        return self.run(doc)

    def _run_stage(self, name: str, component: Component, doc: Document) -> Document:
        started = time.perf_counter()
        try:
            doc = component(doc, self.config)
        except Exception as exc:  # noqa: BLE001 - a stage failure becomes the document's error
            doc.status = STATUS_ERROR
            doc.error = f"{name}: {type(exc).__name__}: {exc}"
        doc.meta.setdefault("timings", {})[name] = round(time.perf_counter() - started, 4)
        return doc


def default_stages() -> list[tuple[str, Component]]:
    from pipeline.extract import extract
    from pipeline.ingest import ingest_stage
    from pipeline.repair import repair
    from pipeline.structure import structure

    return [("ingest", ingest_stage), ("repair", repair), ("structure", structure), ("extract", extract)]
