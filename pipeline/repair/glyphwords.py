"""The lost-glyph search's word edges (:meth:`GlyphSolver._words_from`) as a compiled loop.

Why: the search lists ~200k candidate words per text (a word from a column over letters and
over spaces taken as lost letters), a depth-first walk that is a fifth of the glyph repair's
time in pure Python (speed29's profile) and spends it on string and tuple work per push and
pop.  Here the walk runs over integers: the syllable prefixes (``glyphs._next_chars``) as a
trie whose letter codes follow the letters' sorted order (so a node's children, visited by
code, come in ``next_chars``' order), a syllable flag per trie node, and per line the
letters' codes and a few flags per column.  The kernel pushes and pops exactly as
``_words_from`` does (the same stack order, the same tests), so it lists the same words in
the same order; Python then writes the listed words and their fills as strings.

Compiled with numba (``@njit(cache=True)``) when it is installed; without numba, or with
``CHIDAO_GLYPH_COMPILED=0`` in the environment, :data:`ENABLED` is False and the solver keeps
its pure-Python loop (the same results, slower; see ENABLED for the memory it costs)."""
from __future__ import annotations

import importlib.util
import os
import sys

import numpy as np

# the compiled loop is on wherever numba is installed (the `fast` extra: `pip install -e '.[fast]'`), off with
# CHIDAO_GLYPH_COMPILED=0; without numba the solver keeps its Python loop (the same results).  Session 31 made it
# opt-in because a process that loaded the walk held ~320 MB more address space (a Dask worker 753 MB, past
# tests/test_users11.py's --max-memory 1000 with a file's 256 MB reserve); speed31 found ~120 MB of that was SciPy's
# BLAS, which numba's first compilation imports and the walk never uses: hidden meanwhile (:func:`_load`).  numba
# itself is imported at the first walk only (:func:`walk`): a process that meets no lost glyph never pays it
ENABLED = importlib.util.find_spec("numba") is not None and os.environ.get("CHIDAO_GLYPH_COMPILED", "1") != "0"

# per-column flags of a line (see :func:`line_arrays`)
F_ALPHA = 1  # a letter
F_SPACE = 2  # a space
F_OPENING = 4  # an opening quote or bracket (glyphs._OPENING)
F_AFTER_CLOSING = 8  # the column after a closing mark (glyphs._CLOSING_MARKS)
F_PROTECTED = 16  # a space the solver may not fill
OUT_CAP = 4096  # words one call may list before it hands the position back to Python


def _walk(p, n, codes, flags, aend, lo, hi, max_fills, bare_ok, bare_len, child, syl, lost,
          out_end, out_nf, out_flag, out_fpos, out_fx, st_j, st_node, st_nf, st_fpos, st_fx):
    """The depth-first walk of ``_words_from`` from column ``p`` (see there), on integers.
    Returns the number of words listed (``out_end``, ``out_nf``, ``out_flag``: end column,
    number of fills, 1 = a word, 2 = a word only if ``_bare_word_ok`` says so; the fills'
    columns and letter codes one after another in ``out_fpos`` / ``out_fx``), or -1 when
    they would overflow the buffers (the caller then runs the Python loop).  ``st_*``: the
    stack, ``st_fpos`` / ``st_fx`` a row of ``max_fills`` per state."""
    cap = out_end.shape[0]
    fcap = out_fpos.shape[0]
    nlost = lost.shape[0]
    if st_j.shape[0] < max_fills * nlost + 2:
        return -1
    fpos = np.empty(max_fills + 1, np.int64)
    fx = np.empty(max_fills + 1, np.int64)
    st_j[0] = p
    st_node[0] = 0  # the trie's root: the empty word
    st_nf[0] = 0
    sp = 1
    cnt = 0
    nfl = 0
    while sp > 0:
        sp -= 1
        j = st_j[sp]
        node = st_node[sp]
        nf = st_nf[sp]
        for t in range(nf):  # (the pushes below overwrite the popped state's row)
            fpos[t] = st_fpos[sp, t]
            fx[t] = st_fx[sp, t]
        if j < n and (flags[j] & F_ALPHA):
            k = aend[j]
            dead = False
            for i in range(j, k):
                if node >= 0:
                    c = codes[i]
                    node = child[node, c] if c >= 0 else -1
                if node < 0 and nf:
                    dead = True  # a filled word left the syllable prefixes
                    break
            if dead:
                continue
            j = k
        length = j - p
        if length > 0:
            flag = 0
            if nf < length and not (nf and j < n and (flags[j] & F_OPENING)):
                flag = 1
            elif bare_ok and nf <= bare_len:
                flag = 2
            if flag and nf and not syl[node]:
                flag = 0
            if flag:
                if cnt >= cap or nfl + nf > fcap:
                    return -1
                out_end[cnt] = j
                out_nf[cnt] = nf
                out_flag[cnt] = flag
                for t in range(nf):
                    out_fpos[nfl] = fpos[t]
                    out_fx[nfl] = fx[t]
                    nfl += 1
                cnt += 1
        if (nf < max_fills and j < n and (flags[j] & F_SPACE) and lo <= j <= hi
                and not (flags[j] & F_PROTECTED) and not (j == p and j > 0 and (flags[j] & F_AFTER_CLOSING))):
            if node < 0:
                continue  # a word no syllable begins with takes no fill
            if j + 1 < n and (flags[j + 1] & F_ALPHA):
                after = codes[j + 1]
                if after < 0:
                    continue
                last = False
                need_after = True
            else:
                last = nf + 1 == max_fills or not (j + 1 < n and (flags[j + 1] & F_SPACE))
                need_after = False
                after = 0
            for t in range(nlost):
                x = lost[t]
                c = child[node, x]
                if c < 0:
                    continue
                if need_after:
                    if child[c, after] < 0:
                        continue
                elif last and not syl[c]:
                    continue
                st_j[sp] = j + 1
                st_node[sp] = c
                st_nf[sp] = nf + 1
                for u in range(nf):
                    st_fpos[sp, u] = fpos[u]
                    st_fx[sp, u] = fx[u]
                st_fpos[sp, nf] = j
                st_fx[sp, nf] = x
                sp += 1
    return cnt


_COMPILED = None  # the compiled :func:`_walk`, made at the first call of :func:`walk`


def walk(*args):
    """:func:`_walk` compiled (numba's ``@njit(cache=True)``: the machine code is kept in
    ``__pycache__``, so only a fresh checkout pays the ~2 s compilation, once).  Returns -1
    (the caller's Python loop then lists the words) when numba does not import.  numba is
    imported and the walk compiled (or read from the cache) at the first call, with SciPy's
    BLAS hidden (:func:`_load`)."""
    global _COMPILED, ENABLED
    if _COMPILED is None:
        _COMPILED = _load()
        if _COMPILED is False:
            ENABLED = False
    if _COMPILED is False:
        return -1
    return _COMPILED(*args)


_BLAS = "scipy.linalg.cython_blas"


def _load():
    """numba's import and the walk's first compilation or cache load, or False when numba does
    not import or the walk does not compile.

    Why SciPy's BLAS is hidden meanwhile: numba's CPU target, set up at the first compilation
    (or cache load), checks for BLAS by importing ``scipy.linalg.cython_blas`` (numba.np.arraymath's
    ``_check_blas``), which maps SciPy's linear algebra and its own OpenBLAS with a thread and that
    thread's malloc arena: +120 MB of address space (what ``--max-memory`` limits, RLIMIT_AS) and
    +16 MB resident, for a walk that does no linear algebra (speed31's measurement: numba's import
    +183 MB -- libllvmlite.so's 152 MB mapping --, the first compilation +139 MB with SciPy's BLAS,
    +19 MB without).  Set to None in ``sys.modules`` for the set-up, the import fails, numba
    records 'no BLAS' for this process (np.dot and the like in numba-compiled code would refuse;
    chidao has none) and the entry is removed again.  When SciPy's BLAS is already imported by
    something else, nothing is hidden (it costs nothing more)."""
    hide = _BLAS not in sys.modules
    if hide:
        sys.modules[_BLAS] = None  # type: ignore[assignment]
    try:
        try:
            from numba import njit
        except Exception:  # pragma: no cover - a broken numba install: keep the Python loop
            return False
        for cache in (True, False):  # (no cache where no cache directory is writable: compiled per process)
            try:
                compiled = njit(cache=cache)(_walk)
                _first_call(compiled)
            except Exception:  # noqa: BLE001 - a failed compilation keeps the Python loop
                continue
            return compiled
        return False
    finally:
        if hide and sys.modules.get(_BLAS, 0) is None:
            del sys.modules[_BLAS]


def _first_call(compiled) -> None:
    """One walk over a two-column line, so that the compilation (or the cache load) and numba's
    target set-up happen inside :func:`_load`."""
    codes = np.zeros(2, np.int64)
    flags = np.array([F_ALPHA, F_ALPHA], np.int64)
    aend = np.array([2, 2], np.int64)
    child = np.full((1, 1), -1, np.int64)
    syl = np.zeros(1, np.bool_)
    lost = np.zeros(0, np.int64)
    o = Outputs(1, 1)
    compiled(0, 2, codes, flags, aend, 0, 2, 1, False, 1, child, syl, lost, o.end, o.nf, o.flag, o.fpos, o.fx,
             o.st_j, o.st_node, o.st_nf, o.st_fpos, o.st_fx)


class Trie:
    """The syllable prefixes of ``glyphs._next_chars`` as integer tables (built once per
    process): ``code`` letter -> code in sorted letter order, ``letters`` the reverse,
    ``child[node, code]`` the node of the prefix one letter longer (-1: none; node 0 the
    empty prefix), ``words[node]`` the prefix itself."""

    def __init__(self, next_chars: dict[str, str]) -> None:
        self.letters = sorted(set("".join(next_chars.values())))
        self.code = {ch: i for i, ch in enumerate(self.letters)}
        words = sorted(next_chars, key=lambda w: (len(w), w))
        self.node = {w: i for i, w in enumerate(words)}
        self.words = words
        child = np.full((len(words), len(self.letters)), -1, np.int64)
        for w, i in self.node.items():
            for ch in next_chars[w]:
                child[i, self.code[ch]] = self.node[w + ch]
        self.child = child
        self._syl: dict[int, np.ndarray] = {}

    def syllables(self, lex) -> np.ndarray:
        """``lex.is_syllable`` of every node's prefix (per lexicon: the flag is the lexicon's)."""
        got = self._syl.get(id(lex))
        if got is None:
            got = self._syl[id(lex)] = np.array([lex.is_syllable(w) if w else False for w in self.words], np.bool_)
        return got

    def lost_codes(self, lost) -> np.ndarray:
        """The codes of the lost letters the trie knows, ascending (= sorted letter order)."""
        return np.array(sorted(self.code[ch] for ch in lost if ch in self.code), np.int64)


_TRIE: Trie | None = None


def trie(next_chars: dict[str, str]) -> Trie:
    """The process's :class:`Trie` of ``next_chars`` (one: ``_next_chars`` is cached)."""
    global _TRIE
    if _TRIE is None:
        _TRIE = Trie(next_chars)
    return _TRIE


def line_arrays(line: str, lows: str, aend: list[int], protected: frozenset[int], opening: str, closing: str,
                code: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per column of ``line``: the trie code of its lower case as the solver reads it
    (``lows``; -1 for a character the trie does not know), its flags (F_*), and ``aend`` (the
    end of the run of letters each column is in) as an array."""
    n = len(line)
    codes = np.array([code.get(ch, -1) for ch in lows], np.int64) if n else np.zeros(0, np.int64)
    fl = []
    prev = ""
    for i, ch in enumerate(line):
        f = 0
        if ch.isalpha():
            f |= F_ALPHA
        if ch == " ":
            f |= F_SPACE
            if i in protected:
                f |= F_PROTECTED
        if ch in opening:
            f |= F_OPENING
        if prev and prev in closing:
            f |= F_AFTER_CLOSING
        fl.append(f)
        prev = ch
    return codes, np.array(fl, np.int64) if n else np.zeros(0, np.int64), np.array(aend, np.int64)


class Outputs:
    """The walk's output buffers and stack, reused from call to call (one per solver)."""

    def __init__(self, max_fills: int, nlost: int) -> None:
        self.end = np.empty(OUT_CAP, np.int64)
        self.nf = np.empty(OUT_CAP, np.int64)
        self.flag = np.empty(OUT_CAP, np.int64)
        self.fpos = np.empty(OUT_CAP * 2, np.int64)
        self.fx = np.empty(OUT_CAP * 2, np.int64)
        depth = max(max_fills, 1) * nlost + 2
        self.st_j = np.empty(depth, np.int64)
        self.st_node = np.empty(depth, np.int64)
        self.st_nf = np.empty(depth, np.int64)
        self.st_fpos = np.empty((depth, max(max_fills, 1)), np.int64)
        self.st_fx = np.empty((depth, max(max_fills, 1)), np.int64)

