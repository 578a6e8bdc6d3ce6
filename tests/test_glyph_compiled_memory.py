"""The compiled word walk's load (pipeline/repair/glyphwords.py ``_load``) keeps SciPy's BLAS out
of the process.

Why it matters: numba's first compilation (or cache load) imports ``scipy.linalg.cython_blas`` to
learn whether BLAS is there, which maps SciPy's linear algebra and its own OpenBLAS, with a thread
and that thread's malloc arena: ~120 MB more address space, what ``chidao run --max-memory`` limits
(RLIMIT_AS).  A Dask worker that warmed up with the compiled walk held 754 MB instead of 479 and
failed tests/test_users11.py's --max-memory 1000 (753 + a file's 256 MB); with the BLAS hidden it
holds 676 (speed31).  Run in a fresh interpreter: the test process may have SciPy loaded already.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("numba")

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, sys
from pipeline.repair import glyphwords
from pipeline.repair.glyphs import _next_chars
import numpy as np
tr = glyphwords.trie(_next_chars())
line = "C n  t c nội chính"
ends = list(range(len(line) + 1))
for i in range(len(line) - 1, -1, -1):
    if line[i].isalpha():
        ends[i] = ends[i + 1]
codes, flags, aend = glyphwords.line_arrays(line, line.lower(), ends, frozenset(), "(", ",", tr.code)
out = glyphwords.Outputs(2, 3)
lost = tr.lost_codes("ôoa")
syl = np.ones(len(tr.words), np.bool_)
cnt = glyphwords.walk(0, len(line), codes, flags, aend, 0, len(line), 2, False, 4, tr.child, syl, lost,
                      out.end, out.nf, out.flag, out.fpos, out.fx, out.st_j, out.st_node, out.st_nf, out.st_fpos,
                      out.st_fx)
import scipy.linalg  # the entry hidden during the load is gone again: SciPy still imports afterwards
print(json.dumps({"cnt": int(cnt), "numba": "numba" in sys.modules,
                  "blas_before_scipy": glyphwords._COMPILED is not False,
                  "none_left": any(v is None for k, v in sys.modules.items() if k.startswith("scipy.linalg"))}))
"""


def _run(code: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), CHIDAO_GLYPH_COMPILED="1")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_walk_loads_without_scipy_blas_and_scipy_still_imports_after():
    probe = PROBE.replace("import scipy.linalg  #", "blas = 'scipy.linalg.cython_blas' in sys.modules  #", 1)
    probe = probe.replace('"blas_before_scipy": glyphwords._COMPILED is not False', '"blas_before_scipy": blas')
    got = _run(probe)
    assert got["numba"] and got["cnt"] >= 1  # the compiled walk ran and listed words
    assert got["blas_before_scipy"] is False  # numba's set-up did not map SciPy's BLAS
    got = _run(PROBE)  # and SciPy's linear algebra imports normally after the load
    assert got["numba"] and got["none_left"] is False


def test_compiled_walk_is_the_default_where_numba_is_installed():
    code = "import json; from pipeline.repair import glyphwords; print(json.dumps({'on': glyphwords.ENABLED}))"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("CHIDAO_GLYPH_COMPILED", None)
    on = json.loads(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                   timeout=120, check=True).stdout.strip().splitlines()[-1])["on"]
    env["CHIDAO_GLYPH_COMPILED"] = "0"
    off = json.loads(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                    timeout=120, check=True).stdout.strip().splitlines()[-1])["on"]
    assert on is True and off is False
