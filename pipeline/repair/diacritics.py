"""Stripped diacritics: restore lines (or runs inside lines) typed without marks.

'phat trien kinh te xa hoi' -> 'phát triển kinh tế xã hội'.  Each ASCII word becomes a slot
of candidate syllables (the known syllables with that skeleton), and the trigram LM picks
the best sentence (:mod:`pipeline.repair.lattice`).  What makes it better than a bigram
restorer (the peer in underthesea's repository):

- commas, brackets, quotes and colons do not cut the context ('sở, ban, ngành'), and a
  number or document code is a token of its own (``<num>``/``<code>``), so 'Kế hoạch số
  119-KH/TU' gives 'số' a right context; a sentence wrapped over two lines is read whole;
- the LM is trained on the gazette, the register of directives ('tỉnh', 'đôn đốc'), and
  the decoder caps Kneser-Ney backoff weights so a rare candidate cannot win on what
  follows it ('Huyện ủy', not 'Huyện úy');
- inside a sentence a word's capital is evidence: 'So' is 'Sở' (P(Capitalised | syllable)
  from the gazette), 'so' is 'số';
- the document's own intact text is a cache model (the same word spelled right elsewhere),
  and so are the reviewers' accepted corrections (Config.corrections);
- codes and abbreviations are never read as syllables: 'UBND', 'HU', 'TT' stay,
  'QD-UBND' becomes 'QĐ-UBND' only because the model knows that spelling
  (models/lm/codes.json); in a marked document a line of capitalised plain words is a
  name and stays.

Which text is stripped: a line without any Vietnamese mark whose ASCII words are, taken
together, unlikely to be spelled so in marked text (the evidence is log10 P(spelling |
skeleton), summed) - or any such line when most of the document is stripped; inside a
marked line, a run of two or more ASCII words with the same kind of evidence.  Marked
words are never changed here (other repairers own them), nor lines in another language.

Fast path: a marked line whose ASCII runs are all plausible as typed (one dictionary
lookup per ASCII word) is skipped before any model work.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from pipeline.config import Config
from pipeline.model import Document, Line
from pipeline.repair.docview import DocView, view
from pipeline.repair.lattice import Slot, decode_many
from pipeline.repair.codepoints import apply_tone_convention, tone_convention
from pipeline.repair.linecache import MARKED
from pipeline.repair.linecache import marked as line_marked
from pipeline.repair.lm import SyllableLM, has_marks, load_model, per_model, text_counts
from pipeline.repair.record import record_change
from pipeline.repair.syllables import SENTENCE_END, TOKEN_RE
from pipeline.vietnamese import MARKED_LETTERS

KIND = "diacritics"
CASE_WEIGHT = 1.0  # weight of the case evidence, log10 P(case | syllable): measured +0.02-0.03 points
MAX_CANDS = 10
MAX_SENTENCE = 120  # tokens decoded together at most (memory and time stay linear)
CAND_RANGE = 4.0  # keep candidates within 10^4 of the most frequent spelling
LINE_EVIDENCE = -1.5  # unmarked line: sum of log10 P(as typed | skeleton) at most this
RUN_EVIDENCE = -3.0  # stripped run inside a marked line
NOT_A_WORD = -3.0  # log10 P(as typed | skeleton) when the typed form is no syllable

_LIST_START = re.compile(r"^\s*(\d+(\.\d+)*[.)]|[a-zđA-ZĐ]\)|[-–•+*]\s|[IVXLC]+\.\s)")
_WORD_SPLIT = re.compile(r"(?<![^\W\d_])[a-z]+(?![^\W\d_])")
_ASCII_WORD = re.compile(r"^[A-Za-z]+$")
_CODE_SPLIT = re.compile(r"([-/.])")
# Two ASCII words in a row (a comma between is allowed): the only lines worth a look.
_ASCII_RUN = re.compile(r"(?<![^\W\d_])[A-Za-z]+(?:[\s,;()\"'“”-]+[A-Za-z]+)+(?![^\W\d_])")
_ASCII_WORDS = re.compile(r"[A-Za-z]+")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_HAS_DIGIT = re.compile(r"\d")
_OPENERS = frozenset("-–+•*(“\"'[")
_STRUCTURED_CODE = re.compile(r"^(?:[\d.]+/)?[A-Za-z]+(?:[-/][A-Za-z]+)+$")
_CODE_CANDIDATE = re.compile(r"(?<![^\W_])(?:[\d.]+/)?[A-Za-z]*D[A-Za-z]*(?:[-/][A-Za-z]+)+|"
                             r"(?<![^\W_])[A-Za-z]+(?:[-/][A-Za-z]+)*[-/][A-Za-z]*D[A-Za-z]*")


@dataclass(slots=True)  # slots: a token is made for every word of every line read (faster to make and read)
class Tok:
    start: int
    end: int
    text: str
    kind: str  # word | num | code | end | punct
    eligible: bool = False  # an ASCII word that may be a stripped syllable


_LABEL_LEAD = frozenset("*_-–•+(#>")


def _list_letter(toks: list[Tok]) -> int | None:
    """The index of a list item's letter ('o' of 'o) ...', '**o) ...', '(o) ...'), or None.

    Directives letter their items a), b), ... đ), e), ... o), p), ...: the list alphabet has
    no marked letter but 'đ', so a stripped label is its own spelling.  The model reads a
    lone 'o' before ')' as the word 'ở' (seen in a stripped 'o) Lanh dao Ban ...', which then
    left the list and gave its task to item 'n)')."""
    for i, t in enumerate(toks):
        if t.kind == "punct" and t.text in _LABEL_LEAD:
            continue
        if (t.kind == "word" and len(t.text) == 1 and i + 1 < len(toks)
                and toks[i + 1].kind == "punct" and toks[i + 1].text == ")"):
            return i
        return None
    return None


def tokenize(text: str) -> list[Tok]:
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group()
        if t.isalpha():
            k = "word"
        elif t in SENTENCE_END:
            k = "end"
        elif len(t) == 1 and not t.isalnum():
            k = "punct"
        elif _HAS_DIGIT.search(t):
            k = "num"
        else:
            k = "code"
        start, end = m.span()
        out.append(Tok(start, end, t, k))
    return out


def _file_path_start(toks: list[Tok]) -> int | None:
    """Where a Windows file path ('d:\\2011\\CV\\...') begins in a tokenized line, or None: the
    path runs to the end of the line (its folder and file names may hold spaces)."""
    for k in range(len(toks) - 2):
        a, b, c = toks[k], toks[k + 1], toks[k + 2]
        if a.kind == "word" and len(a.text) == 1 and b.text == ":" and c.text.startswith("\\") \
                and b.start == a.end and c.start == b.end:
            return a.start
    return None


def _is_abbreviation(word: str) -> bool:
    """'TTg', 'TTgCP', 'CTrTT', 'UBND': two or more capitals make a word an abbreviation of the
    administration (Thủ tướng, Chương trình ...), not a foreign word; one in a stripped line
    says nothing against the line being stripped Vietnamese (a 'Nơi nhận' list names 'Trợ lý
    TTg' among its stripped words)."""
    return sum(c.isupper() for c in word) >= 2


# marked words for a place's level that a place's name follows ('xã Ia Yeng', 'thị trấn ...')
_UNIT_BEFORE_NAME = {"xã", "phường", "huyện", "tỉnh", "thôn", "buôn", "làng", "bản", "ấp", "trấn", "quận"}


def _is_name(word: str) -> bool:
    """Capitalised like a proper name: 'Thao', 'Phan' (not 'THAO', not 'thao')."""
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def apply_case(orig: str, new: str) -> str:
    """Give ``new`` the capitalisation of ``orig`` ('KE' + 'kế' -> 'KẾ', 'Ke' -> 'Kế')."""
    if len(orig) > 1 and orig.isupper():
        return new.upper()
    if orig[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


# Code parts whose plain spelling is a code of its own, typed with D on purpose: 'DP' is 'Dự phòng'
# ('1512/BYT-DP', the Ministry of Health's preventive-medicine department) as often as 'ĐP' is 'Địa
# phương' ('BKHCN-ĐP'); in a marked line (whose writer had Đ at hand) it is left as typed.
_PLAIN_CODE_PARTS = frozenset({"DP"})


def _typed_on_purpose(tok: str, fixed: str) -> bool:
    """Does the respelling of ``tok`` only change parts that are codes as typed (``_PLAIN_CODE_PARTS``)?"""
    a, b = _CODE_SPLIT.split(tok), _CODE_SPLIT.split(fixed)
    if len(a) != len(b):
        return False
    changed = [x for x, y in zip(a, b) if x != y]
    return bool(changed) and all(x in _PLAIN_CODE_PARTS for x in changed)


def fix_code(lm: SyllableLM, tok: str) -> str:
    """'QD-UBND' -> 'QĐ-UBND', '435/QD-UBND' -> '435/QĐ-UBND', 'D/c' -> 'Đ/c': only to
    spellings the model knows; anything else is returned unchanged."""
    codes = lm.codes
    if tok in codes:
        return codes[tok]
    parts = _CODE_SPLIT.split(tok)
    # a known multi-part code after a number prefix: '435/QD-UBND'
    for i in range(2, len(parts), 2):
        tail = "".join(parts[i:])
        if tail in codes:
            return "".join(parts[:i]) + codes[tail]
    out = [codes.get(p, p) if len(p) >= 2 and p.isalpha() else p for p in parts]
    return "".join(out)


class Restorer:
    """Restoration of one document's lines with one (adapted) model."""

    def __init__(self, lm: SyllableLM):
        self.lm = lm
        self._asis: dict[str, float] = {}
        self._has: dict[str, bool] = {}
        self._fixed: dict[int, Slot] = {}
        self._cands: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._tok_ev: dict[str, float] = {}  # token -> evidence of its ASCII words (lines_needing_look)
        self._bad_code: set[str] = set()  # tokens holding a code the model respells

    # ---------------------------------------------------------------- evidence
    def asis_evidence(self, word: str) -> float:
        """log10 P(the word is spelled so | its skeleton) under the unigram model."""
        w = word.lower()
        got = self._asis.get(w)
        if got is not None:
            return got
        cands = self.lm.candidate_ids(w)
        if not cands:
            val = 0.0  # not a Vietnamese skeleton: no evidence either way
        else:
            lp = self.lm.uni_logp[cands]
            tot = float(np.log10(np.power(10.0, lp).sum()))
            i = self.lm.index.get(w)
            val = float(self.lm.uni_logp[i]) - tot if i is not None and i in self.lm.syllable_ids else NOT_A_WORD
            val = max(val, NOT_A_WORD)
        self._asis[w] = val
        return val

    def candidates(self, word: str, initial: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """Candidate ids and priors for a stripped word; inside a sentence the word's case
        is evidence too (P(Capitalised | syllable), see SyllableLM.case_logprob)."""
        case = None
        if not initial and not (len(word) > 1 and word.isupper()):
            case = word[:1].isupper()
        key = (word.lower(), case)
        got = self._cands.get(key)
        if got is None:
            got = self._candidates(word.lower())
            if case is not None and CASE_WEIGHT and len(got[0]):
                got = (got[0], got[1] + CASE_WEIGHT * self.lm.case_logprob(got[0], case))
            self._cands[key] = got
        return got

    def _candidates(self, w: str) -> tuple[np.ndarray, np.ndarray]:
        """The most frequent spellings of the skeleton (within CAND_RANGE of the best, at
        most MAX_CANDS), plus any spelling the document itself uses."""
        ids = self.lm.candidate_ids(w)
        if ids:
            # (the log-probabilities compared as Python floats: the same float64 values,
            # without a numpy scalar per candidate)
            lp = self.lm.uni_logp[ids].tolist()
            floor = lp[0] - CAND_RANGE
            keep = [i for i, p in zip(ids, lp) if p >= floor][:MAX_CANDS]
            cache = self.lm._cache_uni
            if cache is not None:
                keep += [i for i, c in zip(ids, cache[ids].tolist()) if i not in keep and c > -98]
            ids = keep
        return np.array(ids, np.int64), np.zeros(len(ids))

    def fixed(self, token_id: int) -> Slot:
        """A one-candidate slot (shared: slots are never modified)."""
        got = self._fixed.get(token_id)
        if got is None:
            got = self._fixed[token_id] = Slot(np.array([token_id], np.int64), np.zeros(1))
        return got

    def has_cands(self, word: str) -> bool:
        """Does any known syllable have this word's skeleton? (cached per spelling)"""
        got = self._has.get(word)
        if got is None:
            got = self._has[word] = bool(self.lm.candidate_ids(word))
        return got

    # ---------------------------------------------------------------- detection
    def stripped_mask(self, toks: list[Tok], marked: bool, doc_stripped: bool = False) -> list[bool]:
        """Which word tokens to restore.

        An all-caps word is restored only in a line that is mostly capitals (a heading
        'KE HOACH'); elsewhere it is an abbreviation ('HU', 'TT', 'CQ', 'UBND') and stays.
        ``doc_stripped``: most of the document is stripped, so an unmarked line needs no
        evidence of its own ('+ Phong KG-VX' is 'Phòng' in such a document).
        """
        words = [t for t in toks if t.kind == "word"]
        mask = [False] * len(toks)
        path = _file_path_start(toks)
        if path is not None:
            # 'd:\2011\CV\SVH\T4\Bau cho Vinh Ha Long': the typist's file path printed above a
            # signature names a file on disk, typed without marks; restoring it names another
            words = [t for t in words if t.start < path]
        long_words = [t for t in words if len(t.text) > 1]
        caps_line = bool(long_words) and sum(
            t.text.isupper() and self.has_cands(t.text) for t in long_words) >= 0.6 * len(long_words)
        capsyl = [len(t.text) > 1 and t.text.isupper() and self.has_cands(t.text) for t in words]
        for k, t in enumerate(words):
            in_caps_run = capsyl[k] and (caps_line or (k > 0 and capsyl[k - 1])
                                         or (k + 1 < len(words) and capsyl[k + 1]))
            t.eligible = bool(_ASCII_WORD.match(t.text)) and not (
                len(t.text) > 1 and t.text.isupper() and not in_caps_run)
        if (lab := _list_letter(toks)) is not None:
            toks[lab].eligible = False  # 'o) Lanh dao Ban ...' is item 'o)', never 'ở)'
        if not marked:
            elig = [t for t in words if t.eligible and self.has_cands(t.text)]
            foreign = [t for t in words if len(t.text) > 1 and not _is_abbreviation(t.text)
                       and not self.has_cands(t.text)]
            if not elig or len(foreign) > 0.3 * len(words):
                return mask
            if not doc_stripped and any(t.text[0].isupper() for t in foreign):
                # 'Make in Viet Nam' printed on a line of its own in a marked document: a
                # capitalised word no syllable spells makes it a foreign name, not stripped prose
                return mask
            if not doc_stripped and all(_is_name(t.text) for t in elig):
                # 'Phan Quang Thao' in a marked document: a name typed so (names are never
                # turned into words).  In a stripped document the same line is restored
                # ('Le Minh Hung' -> 'Lê Minh Hưng', 'Cac' -> 'Các'): measured, protecting
                # capitalised lines there cost 0.3 points on unseen directives.
                return mask
            ev = sum(self.asis_evidence(t.text) for t in elig)
            if ev > LINE_EVIDENCE and not doc_stripped:
                return mask
            return [t.kind == "word" and t.eligible and self.has_cands(t.text) for t in toks]
        # marked line in another language ('Le développement économique de la région'):
        # its plain words are not stripped Vietnamese
        foreign = sum(1 for t in long_words if not _is_abbreviation(t.text) and not self.has_cands(t.text))
        if foreign > 0.3 * max(len(long_words), 1):
            return mask
        # marked line: runs of eligible ASCII words (punctuation inside a run is fine)
        run: list[int] = []
        runs: list[list[int]] = []
        for i, t in enumerate(toks):
            if t.kind == "word" and t.eligible and self.has_cands(t.text):
                run.append(i)
            elif t.kind in ("punct", "num", "code") and run:
                continue
            else:
                if run:
                    runs.append(run)
                run = []
        if run:
            runs.append(run)
        for r in runs:
            if len(r) < 2:
                continue
            if not doc_stripped and all(_is_name(toks[i].text) for i in r):
                continue
            # 'sản phẩm công nghệ số Make in Viet Nam': a run right after a word no syllable spells
            # ('Make') goes on with that foreign phrase (a brand or English name), not the prose
            before = r[0] - 1
            if before >= 0 and toks[before].kind == "word" and len(toks[before].text) > 1 \
                    and not _is_abbreviation(toks[before].text) and _ASCII_WORD.match(toks[before].text) \
                    and not self.has_cands(toks[before].text):  # ('UBND tinh chi dao' is stripped prose)
                continue
            # 'XÃ IA YENG', 'huyện Krông Pa', 'buôn Ea Sup': in a marked document, an unmarked run
            # right after a marked administrative unit is that place's name as it is written
            # (the Central Highlands' and the North's minority names are spelled without marks)
            if not doc_stripped and before >= 0 and toks[before].kind == "word" \
                    and toks[before].text.casefold() in _UNIT_BEFORE_NAME:
                named = 0  # (the name's capitalised words; stripped prose after it is still prose)
                while named < len(r) and toks[r[named]].text[:1].isupper():
                    named += 1
                r = r[named:]
                if len(r) < 2:
                    continue
            ev = sum(self.asis_evidence(toks[i].text) for i in r)
            if ev <= RUN_EVIDENCE:
                for i in r:
                    mask[i] = True
        return mask

    def needs_look(self, text: str) -> bool:
        """Fast path: False for a line that certainly has nothing to restore (most clean
        lines: marked, and any run of ASCII words in them is spelled so by chance)."""
        if not line_marked(text):
            return any(c.isalpha() for c in text)
        ev = self.asis_evidence
        for m in _ASCII_RUN.finditer(text):
            if sum(ev(w) for w in _ASCII_WORDS.findall(m.group())) <= RUN_EVIDENCE:
                return True
        if "D" in text:
            for m in _CODE_CANDIDATE.finditer(text):
                if fix_code(self.lm, m.group()) != m.group():
                    return True
        return False

    def lines_needing_look(self, v: DocView) -> list[int]:
        """Indexes of the lines for which :meth:`needs_look` is True, read through the
        document's shared reading (pipeline.repair.docview) instead of running the two
        patterns on every line.  Exactly the same lines:

        - a stripped run is ASCII words, each a whole letter run lying in one token, and
          every word's evidence is <= 0, so a run at or below RUN_EVIDENCE lies in a line
          whose ASCII words sum at or below it too: the sums come from each token's (cached
          across documents), and only lines that low are searched for runs;
        - a code candidate holds no white space and its look-behind sees only one
          character, so a line's candidates are its tokens' candidates: the tokens whose
          code the model would respell are found once, and only lines holding one look."""
        tok_ev, bad_code = self._tok_ev, self._bad_code
        if len(tok_ev) > 500_000:
            tok_ev.clear()
            bad_code.clear()
        ev = self.asis_evidence
        for t in v.tokens.difference(tok_ev):
            tok_ev[t] = sum(ev(w) for w in _LETTER_RUN.findall(t) if w.isascii())
            if "D" in t and any(fix_code(self.lm, m.group()) != m.group() for m in _CODE_CANDIDATE.finditer(t)):
                bad_code.add(t)
        codes = bad_code.intersection(v.tokens)
        get = tok_ev.__getitem__
        marked = MARKED.search
        out = []
        for k, (text, toks) in enumerate(zip(v.texts, v.line_tokens)):
            if marked(text) is None:
                if any(map(str.isalpha, text)):
                    out.append(k)
            elif sum(map(get, toks)) <= RUN_EVIDENCE + 1e-6 and self._stripped_run(text) \
                    or codes and not codes.isdisjoint(toks):
                out.append(k)
        return out

    def _stripped_run(self, text: str) -> bool:
        """Does the line hold a run of ASCII words spelled so by chance (needs_look's test)?"""
        ev = self.asis_evidence
        for m in _ASCII_RUN.finditer(text):
            if sum(ev(w) for w in _ASCII_WORDS.findall(m.group())) <= RUN_EVIDENCE:
                return True
        return False

    def document_is_stripped(self, texts: list[str]) -> bool:
        """True when most of the document's prose is typed without marks: at least half of
        its lines of 4+ words carry no mark and, taken together, their words are clearly
        not spelled so by chance (clean prose has marks on ~30 % of its letters)."""
        long_lines = [t for t in texts if len(t.split()) >= 4]
        if len(long_lines) < 3:
            return False
        unmarked = [t for t in long_lines if not any(ch in MARKED_LETTERS for ch in t)]
        if len(unmarked) < 0.5 * len(long_lines):
            return False
        ev = 0.0
        n = 0
        for t in unmarked[:50]:
            for w in _WORD_SPLIT.findall(t):
                ev += self.asis_evidence(w)
                n += 1
        return n > 0 and ev / n < -0.3

    def anything_to_decode(self, texts: list[str], todo: list[int]) -> bool:
        """Would :meth:`restore_lines` decode any word of these lines?  The masks read only
        the base model's inventory (skeletons, unigram evidence), never the document's
        adaptation, so the answer is the same with an adapted model; when it is False,
        restore_lines only fixes code spellings and never reads the model's scores."""
        todo_set = set(todo)
        doc_stripped = self.document_is_stripped([texts[i] for i in sorted(todo_set)])
        for li in sorted(todo_set):
            text = texts[li]
            toks = tokenize(text)
            if toks and any(self.stripped_mask(toks, any(ch in MARKED_LETTERS for ch in text), doc_stripped)):
                return True
        return False

    # ---------------------------------------------------------------- restoration
    def restore_line(self, text: str) -> list[tuple[int, int, str, str, float, list[str]]]:
        """Changes (start, end, before, after, confidence, alternatives) for one line."""
        return self.restore_lines([text])[0]

    def restore_lines(self, texts: list[str], todo: list[int] | None = None,
                      ) -> list[list[tuple[int, int, str, str, float, list[str]]]]:
        """Changes for the lines ``todo`` (default: all) of consecutive ``texts``.

        Lines are read as the document's text flows: a sentence wrapped over two lines
        keeps its context across the break ('thực hiện đảm' / 'bảo các nhiệm vụ'), so the
        neighbours of each line to restore are read (as fixed context) too.  All sentences
        are decoded in one batch.
        """
        lm = self.lm
        results: list[list] = [[] for _ in texts]
        todo_set = set(range(len(texts))) if todo is None else set(todo)
        window = sorted({j for i in todo_set for j in (i - 1, i, i + 1) if 0 <= j < len(texts)})
        lattices: list[list[Slot]] = []
        owners: list[list[tuple[int, Tok, bool]]] = []
        sent: list[tuple[int, Tok, bool]] = []
        slots: list[Slot] = []

        def flush() -> None:
            if sent and any(m for _, _, m in sent):
                lattices.append(list(slots))
                owners.append(list(sent))
            sent.clear()
            slots.clear()

        doc_stripped = self.document_is_stripped([texts[i] for i in sorted(todo_set)])
        prev = -2
        for li in window:
            text = texts[li]
            if li != prev + 1 or not text.strip() or _LIST_START.match(text):
                flush()
            prev = li
            toks = tokenize(text)
            if not toks:
                continue
            if li in todo_set:
                marked = any(ch in MARKED_LETTERS for ch in text)
                mask = self.stripped_mask(toks, marked, doc_stripped)
            else:
                marked, mask = True, [False] * len(toks)
            if li in todo_set:
                # codes to their known spelling: in a stripped line or next to a stripped
                # run any code ('HDND'); in a marked line only document-number codes
                # ('435/QD-UBND', 'D/c'), which no one types with a D on purpose
                for i, t in enumerate(toks):
                    if t.kind in ("code", "num") or (t.kind == "word" and t.text.isupper() and not mask[i]):
                        if (not marked) or any(mask[max(0, i - 2):i + 3]) or _STRUCTURED_CODE.match(t.text):
                            fixed = fix_code(lm, t.text)
                            if marked and not any(mask[max(0, i - 2):i + 3]) and _typed_on_purpose(t.text, fixed):
                                fixed = t.text
                            if fixed != t.text:
                                results[li].append((t.start, t.end, t.text, fixed, 0.99, []))
            initial = True
            # a list label opens the line ('b) Nham gop phan ...'): the word after it starts a
            # sentence, as after '-' (its capital is no name's: 'Nhằm')
            lab = _LIST_START.match(text)
            lab_end = lab.start(1) + len(lab.group(1).rstrip()) if lab else -1
            for i, t in enumerate(toks):
                if t.kind == "end":
                    flush()
                    initial = True
                    continue
                if t.kind == "punct":
                    if t.text in _OPENERS or t.end == lab_end:
                        initial = True
                    continue
                was_initial, initial = initial, False
                if t.kind == "num":
                    slot = self.fixed(lm.num)
                elif t.kind == "code":
                    slot = self.fixed(lm.code)
                elif mask[i]:
                    ids, prior = self.candidates(t.text, was_initial)
                    slot = Slot(ids, prior)
                else:
                    w = fix_code(lm, t.text) if t.text.isupper() else t.text
                    slot = self.fixed(lm.id(w))
                sent.append((li, t, mask[i]))
                slots.append(slot)
                if len(slots) >= MAX_SENTENCE:
                    flush()  # a line with no sentence marks at all: decode it in pieces
        flush()
        if lattices:
            for owner, lat, dec in zip(owners, lattices, decode_many(lm, lattices)):
                for (li, t, m), slot, j, conf, alts in zip(owner, lat, dec.best, dec.confidence,
                                                           dec.alternatives):
                    if not m:
                        continue
                    new = apply_case(t.text, lm.vocab[int(slot.ids[j])])
                    if new != t.text:
                        results[li].append((t.start, t.end, t.text, new, conf,
                                            [apply_case(t.text, lm.vocab[int(slot.ids[a])]) for a, _ in alts]))
        for ch in results:
            ch.sort()
        return results


def doc_counts(doc: Document, exclude: set[int] | None = None, leave_one_out: bool = False,
               ) -> Counter:
    """Counts of the document's intact text: marked lines, minus the lines (by number) in
    ``exclude`` (those about to be repaired: their ASCII words are not evidence).

    ``leave_one_out``: every count minus one, for a document whose every line is being
    corrected (OCR): a word must be seen *elsewhere* to count, or each OCR error would
    vouch for itself."""
    exclude = exclude or set()
    c = text_counts(ln.text for ln in doc.lines if ln.number not in exclude and has_marks(ln.text))
    if leave_one_out:
        c = Counter({k: v - 1 for k, v in c.items() if v > 1})
    return c


def document_model(doc: Document, config: Config, lm: SyllableLM | None = None,
                   exclude: set[int] | None = None, leave_one_out: bool = False,
                   own_codes: bool = False) -> SyllableLM:
    """The LM adapted to this document's intact text (without the lines in ``exclude``)
    and to the user's accepted corrections; ``own_codes``: its code table extended with
    the document's own codes (:func:`document_codes`; the stripped-text repairer asks for
    it, the OCR corrector, whose 'intact' lines are readings too, does not)."""
    from pipeline.repair.corrections import correction_counts, load_corrections

    lm = lm or load_model(config.models_dir)
    counts = doc_counts(doc, exclude, leave_one_out)
    counts.update(correction_counts(load_corrections(config.corrections)))
    adapted = lm.adapt(counts) if counts else lm
    own = document_codes(doc, exclude) if own_codes else {}
    if own:
        if adapted is lm:  # (a view: the loaded model is shared by every document)
            adapted = object.__new__(SyllableLM)
            adapted.__dict__.update(lm.__dict__)
        adapted.codes = {**lm.codes, **own}
    return adapted


def document_codes(doc: Document, exclude: set[int] | None = None) -> dict[str, str]:
    """The document's own codes and units, as its intact lines spell them ('ĐTV' an
    abbreviation table defines, 'đồng/ha', 'các-bon'), keyed by their stripped spelling.
    The model knows the administration's common codes (models/lm/codes.json); a document's
    own abbreviations and units are in no word list, and read one token at a time a stripped
    'DTV' or 'dong/ha' is no syllable to restore: the intact copy is the evidence.  A
    stripped spelling two intact ones share ('Ban'/'Bàn' are words, not codes) is left out."""
    from pipeline.vietnamese import strip_accents

    exclude = exclude or set()
    seen: dict[str, set[str]] = {}
    for ln in doc.lines:
        if ln.number in exclude or not has_marks(ln.text):
            continue
        for m in TOKEN_RE.finditer(ln.text):
            t = m.group()
            if t.isalpha():  # (letters only: no digit, no search for one)
                # (a lower-case or Title-case word told without counting its letters)
                if t.islower() or t[1:].islower() or sum(c.isupper() for c in t) < 2:
                    continue  # a word, not an abbreviation
            elif _HAS_DIGIT.search(t) or not any(c in "-/" for c in t) or "." in t or "_" in t:
                continue
            plain = strip_accents(t)
            if plain != t:
                seen.setdefault(plain, set()).add(t)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def splice(text: str, changes) -> str:
    """``text`` with the (start, end, before, after, ...) changes applied, in one pass
    (slicing per change is quadratic on a long line)."""
    out, pos = [], 0
    for c in sorted(changes):
        start, end, after = c[0], c[1], c[3]
        if start < pos:
            continue  # overlapping changes: the first wins
        out.append(text[pos:start])
        out.append(after)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def doc_convention(doc: Document) -> str | None:
    """The document's tone placement ('old' hoà/thuỷ or 'new' hòa/thủy): what the
    code-point repairer found, else counted here; restored syllables follow it."""
    if "tone_convention" in doc.meta:
        return doc.meta["tone_convention"]
    conv = tone_convention([ln.text for ln in doc.lines])
    doc.meta["tone_convention"] = conv
    return conv


def apply_changes(doc: Document, line: Line, changes, kind: str, config: Config) -> None:
    """Write a line's token changes through record_change.

    A change the model is sure of (confidence >= the review threshold) is recorded
    together with the line's other sure changes (one call, confidence = their minimum: a
    stripped line of 200 words would otherwise cost 200 diffs of the line); each unsure
    change gets its own call, so its row carries its own confidence and alternatives and
    is flagged.  Replacements keep the length of the text (precomposed NFC letters), so
    the columns of the changes stay valid.
    """
    text = line.text
    conv = doc_convention(doc)
    if conv:
        changes = [(a, b, before, apply_tone_convention(after, conv), c, [apply_tone_convention(x, conv) for x in alts])
                   for a, b, before, after, c, alts in changes]
        changes = [c for c in changes if c[2] != c[3]]
    sure = [c for c in changes if c[4] >= config.review_threshold and text[c[0]:c[1]] == c[2]]
    unsure = [c for c in changes if c[4] < config.review_threshold and text[c[0]:c[1]] == c[2]]
    if sure:
        new = splice(text, sure)
        alts = sorted({a for c in sure for a in c[5]})[:5]
        record_change(doc, line, new, kind, min(c[4] for c in sure), alts,
                      threshold=config.review_threshold)
    for start, end, before, after, conf, alts in unsure:
        text = line.text
        if text[start:end] != before:
            continue
        record_change(doc, line, text[:start] + after + text[end:], kind, conf, alts,
                      threshold=config.review_threshold)


def restore_text(text: str, lm: SyllableLM | None = None) -> str:
    """Restore a string line by line (no document cache): handy for benchmarks and tests."""
    r = Restorer(lm or load_model())
    lines = text.split("\n")
    todo = [i for i, ln in enumerate(lines) if r.needs_look(ln)]
    results = r.restore_lines(lines, todo)
    conv = tone_convention(lines)
    for i in todo:
        changes, line = results[i], lines[i]
        if conv:
            changes = [(a, b, c, apply_tone_convention(d, conv), e, f) for a, b, c, d, e, f in changes]
        lines[i] = splice(line, changes)
    return "\n".join(lines)


_PROBES: dict[int, tuple[SyllableLM, Restorer]] = {}


def _probe(lm: SyllableLM) -> Restorer:
    """One Restorer per base model for the "anything to restore?" check, so its per-word
    evidence cache lives across documents (the model it reads is never changed)."""
    return per_model(_PROBES, lm, lambda: Restorer(lm))


def repair_diacritics(doc: Document, config: Config) -> Document:
    """Restore stripped lines and runs; every change is a 'diacritics' repair row."""
    try:
        base = load_model(config.models_dir)
    except FileNotFoundError as e:
        from pipeline.repair.record import record_note

        record_note(doc, None, f"diacritics not restored: {e}")
        return doc
    probe = _probe(base)
    todo_idx = probe.lines_needing_look(view(doc))  # the lines probe.needs_look would pick
    if not todo_idx:
        return doc
    todo = [doc.lines[i] for i in todo_idx]
    texts = [ln.text for ln in doc.lines]
    if probe.anything_to_decode(texts, todo_idx):
        r = Restorer(document_model(doc, config, base, {ln.number for ln in todo}, own_codes=True))
    else:
        # no word to restore (only code spellings, or nothing): the model is never asked,
        # so the document's adapted model (the costly part on clean text) is not built
        r = probe
    results = r.restore_lines(texts, todo_idx)
    for line, changes in zip(doc.lines, results):
        if changes:
            apply_changes(doc, line, changes, KIND, config)
    return doc


__all__ = ["repair_diacritics", "restore_text", "Restorer", "fix_code", "apply_case", "document_model"]
