"""One reading of a whole document, shared by the repair steps' fast paths.

Clean text is the common case, and on it every step of the cascade has to prove that it has
nothing to do.  Measured on 0.59 MB of clean directives seen for the first time, the steps
spent most of their time scanning the full text again and again with their own patterns
(7-30 ms per pattern per pass: the letter runs, the legacy-character classes, the tone
pairs, the ASCII runs) and reading it line by line.  Nearly all of those questions are about
single words: a tone pair, a legacy character, a misplaced mark, a fragment, a look-alike,
a word that is no Vietnamese never spans white space.  So the document is read once into
its *distinct* white-space tokens (a few hundred per document, against thousands of
occurrences); a step asks its question of those, with answers cached per token or word
across documents, and reads lines only where the answer says it may have something to do.

Every fast path built on this must give exactly what the plain reading gives: a pattern
that cannot match white space and whose look-arounds treat white space and the separator
'\\n' alike finds a match in :attr:`DocView.token_text` exactly when it finds one in the
document (tests/test_repair_fastpath.py checks each one against the plain reading).

The view depends on the lines' texts only; it is rebuilt when a step has rewritten a line
(the check is one comparison of the list of texts, element by element by identity first).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, chain

from pipeline.model import Document

LETTERS = re.compile(r"[^\W\d_]+")


class DocView:
    """The document's texts, joined text, distinct tokens and distinct words."""

    __slots__ = ("texts", "joined", "tokens", "token_text", "_words", "_starts", "_lower", "_line_tokens", "longest",
                 "memo")

    def __init__(self, texts: list[str], line_tokens: list[list[str]] | None = None):
        self.texts = texts
        self.joined = "\n".join(texts)
        # each line's tokens, read once: several steps read some lines token by token
        self._line_tokens = [t.split() for t in texts] if line_tokens is None else line_tokens
        self.tokens: set[str] = set(chain.from_iterable(self._line_tokens))
        # the distinct tokens, one a line: a pattern that cannot span white space is searched
        # here instead of in the whole text (a third of its length, or less)
        self.token_text = "\n".join(self.tokens)
        self._words: set[str] | None = None
        self._starts: list[int] | None = None
        self._lower: str | None = None
        self.longest = max(map(len, texts), default=0)
        # what a step found out about the document as it reads now, for a later step to
        # reuse (a rewritten line gives a new view, and an empty memo)
        self.memo: dict = {}

    @property
    def words(self) -> set[str]:
        """The distinct letter runs (``[^\\W\\d_]+``) of the document: the union over its
        lines of :func:`pipeline.repair.linecache.words` (a letter run never spans white
        space, so the tokens' runs are the lines' runs)."""
        if self._words is None:
            self._words = set(LETTERS.findall(self.token_text))
        return self._words

    @property
    def token_lower(self) -> str:
        """:attr:`token_text` lower-cased (patterns then need no IGNORECASE, which is slow)."""
        if self._lower is None:
            self._lower = self.token_text.lower()
        return self._lower

    @property
    def line_tokens(self) -> list[list[str]]:
        """Each line's white-space tokens (``str.split()``)."""
        return self._line_tokens

    def lines_with_tokens(self, tokens) -> list[int]:
        """Indexes of the lines holding one of ``tokens`` (a set or dict) as a token."""
        return [k for k, toks in enumerate(self.line_tokens) if not tokens.isdisjoint(toks)]

    def line_of(self, pos: int) -> int:
        """Index of the line holding character ``pos`` of :attr:`joined`."""
        if self._starts is None:
            self._starts = [0, *accumulate(len(t) + 1 for t in self.texts)]
        return bisect_right(self._starts, pos) - 1

    def lines_with_words(self, words) -> list[int]:
        """Indexes of the lines that may hold one of ``words`` as a letter run, in order (a
        superset: the caller reads each line).  A few words are searched for in the joined
        text; many (an OCR'd document's misspellings) are looked up in each line's runs."""
        if len(words) <= 8:
            return sorted(self.lines_containing(words))
        from pipeline.repair.linecache import words as line_words

        words = set(words)
        return [k for k, t in enumerate(self.texts) if not words.isdisjoint(line_words(t))]

    def lines_containing(self, needles) -> set[int]:
        """Indexes of the lines in which one of ``needles`` occurs as a substring (a
        superset of the lines holding it as a token or a word; the caller reads those
        lines exactly).  One C-speed search per occurrence line and needle."""
        found: set[int] = set()
        joined = self.joined
        if self._starts is None:
            self._starts = [0, *accumulate(len(t) + 1 for t in self.texts)]
        starts = self._starts
        for needle in needles:
            if not needle:
                continue
            pos = joined.find(needle)
            while pos >= 0:
                k = bisect_right(starts, pos) - 1
                found.add(k)
                # next line (a needle holds no '\n', so it never spans two lines)
                pos = joined.find(needle, starts[k + 1]) if k + 1 < len(starts) else -1
        return found


_LAST: list = [None, None]  # [texts, view]: the cascade asks about one document at a time


def view(doc: Document) -> DocView:
    """The :class:`DocView` of ``doc`` as its lines read now."""
    texts = [ln.text for ln in doc.lines]
    last_texts, last_view = _LAST
    if last_texts is not None and last_texts == texts:
        return last_view
    line_tokens = None
    if last_texts is not None and len(last_texts) == len(texts):
        # the same document with a few lines rewritten by a step: only those are split again
        changed = [k for k, (a, b) in enumerate(zip(last_texts, texts)) if a is not b and a != b]
        if len(changed) * 4 < len(texts):
            line_tokens = list(last_view.line_tokens)
            for k in changed:
                line_tokens[k] = texts[k].split()
    v = DocView(texts, line_tokens)
    _LAST[0], _LAST[1] = texts, v
    return v
