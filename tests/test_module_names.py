"""No module of the package (nor a test, benchmark or build script) binds one top-level name twice by accident.

Why: two helpers each wrote a ``_TOPIC_THEN_ASK_RE`` in ``extract/offices.py`` in the same
session; the later one silently replaced the earlier at import, and the earlier rule's callers
ran the other pattern (found only because one test of its own failed after the merge).  A
deliberate rebinding that wraps the old value (``X = mark_tolerant(X)``) is allowed.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# the package, and the tests, benchmarks and build scripts (a test defined twice under one name
# never runs: pytest collects only the last)
SOURCES = sorted(p for d in ("pipeline", "tests", "benchmarks", "models", "scripts") for p in (ROOT / d).rglob("*.py"))


def _bindings(tree: ast.Module) -> list[tuple[str, ast.AST]]:
    """Top-level names a module binds, with the node that binds each (in source order)."""
    out: list[tuple[str, ast.AST]] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            out += [(t.id, node.value) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            out.append((node.target.id, node.value))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append((node.name, node))
    return out


def _rebinds_itself(name: str, value: ast.AST) -> bool:
    """Does the new value read the old one (``X = wrap(X)``)?"""
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path: Path):
    seen: set[str] = set()
    twice: list[str] = []
    for name, value in _bindings(ast.parse(path.read_text(encoding="utf-8"))):
        if name in seen and not _rebinds_itself(name, value):
            twice.append(name)
        seen.add(name)
    assert not twice, f"{path.name} binds {twice} twice: the first binding is dead"


def test_the_check_sees_a_shadowed_pattern():
    tree = ast.parse("import re\nA_RE = re.compile('a')\nB = 1\nA_RE = re.compile('b')\nC = f(C)\nC = g(C)\n")
    names = [n for n, v in _bindings(tree)]
    assert names.count("A_RE") == 2
    assert not _rebinds_itself("A_RE", _bindings(tree)[2][1]) and _rebinds_itself("C", _bindings(tree)[4][1])
