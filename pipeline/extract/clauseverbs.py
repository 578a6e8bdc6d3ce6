"""(points19) A plural body followed by a verb no hand list or item opening names (issue 5).

The classifier reads a bare subject and its action as one more instruction of a letter that has begun
to direct ('Các bệnh viện tuyến tỉnh chuẩn bị ...', 'Ngoài ra, các đơn vị thực hiện ...'), but only when
the verb is in tasks.ACTION_VERBS; a verb points rarely open on ('Đồng thời, các địa phương quảng bá hình
ảnh điểm đến ...', 'Các cơ sở kinh doanh niêm yết công khai giá ...', 'Các xã chia sẻ kinh nghiệm ...')
left the sentence unread.  Here the word right after a plural body ('các / những / mọi / tất cả các ...')
is taken as its verb when the language knows it as one:

- the gazette uses it in a verb's place often and almost never in a noun's (models/clause_verbs.tsv,
  built by models/build_clause_verbs.py; 'niêm yết', 'giới thiệu', 'tuyên truyền'), or it is one of the
  verbs learned from the gazette's item openings (models/directive_verbs.tsv);
- or, a compound of two syllables, pyvi's part-of-speech tagger reads it as a verb in the sentence
  ('quảng_bá/V' in 'các địa_phương quảng_bá giới_thiệu điểm đến') -- news verbs the legal corpus rarely
  prints;
- or (points20) the word carries something to people: right after it 'đến' / 'tới' and a group of
  recipients ('Các nhà trường thông tin đến giáo viên, học sinh ...', 'thông báo tới toàn thể ...').  A
  noun cannot stand between a subject and 'đến + recipients' in a sentence, so the word is the verb
  whatever the gazette says of it elsewhere (the gazette prints 'thông tin' 887 times in a noun's place
  and 3 times in a verb's, so no learned lexicon can hold it; pyvi tags it N).

Never after a tense or a passive ('đã', 'đang', 'vừa', 'được', 'bị': a report), and never when the
word after the body is part of its name or qualifier ('Các đơn vị liên quan', 'Các đơn vị trực thuộc').
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.config import model_table_lines

# a connective that may open the sentence before the body ('Đồng thời, các địa phương ...')
_MARKER = (r"(?:Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Mặt\s+khác|Cùng\s+với\s+đó|Theo\s+đó|Trong\s+đó|"
           r"Đặc\s+biệt|Song\s+song(?:\s+với)?\s+đó)\s*,\s*")
_MARKER_RE = re.compile(r"^" + _MARKER, re.I)
_PLURAL_RE = re.compile(r"^(?:" + _MARKER + r")?(?:tất\s+cả\s+)?(?:các|những|mọi)\s", re.I)
# words that stand after a body as part of its name or qualifier, not as its verb
_QUALIFIER = frozenset({"liên quan", "trực thuộc", "có liên", "thuộc diện", "tham gia", "được giao", "chức năng",
                        "thành viên", "cơ sở", "địa phương", "hoạt động", "kinh doanh", "sản xuất", "quản lý",
                        "đầu mối", "chuyên môn", "y tế", "giáo dục", "nhà nước"})
_SYL_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _known_clause_verbs() -> frozenset:
    words = set()
    for name in ("clause_verbs.tsv", "directive_verbs.tsv"):
        words |= {r.split("\t")[0] for r in model_table_lines(name)[2:] if r.strip()}
    return frozenset(words)


def _verb_tags(sentence: str) -> dict[int, str]:
    """The two-syllable words pyvi's tagger reads as verbs in ``sentence``, by the index of their first
    syllable (empty when pyvi is missing)."""
    try:
        from pyvi import ViPosTagger, ViTokenizer
    except Exception:  # noqa: BLE001 - pyvi missing: no evidence
        return {}
    toks, tags = ViPosTagger.postagging(ViTokenizer.tokenize(sentence))
    out, k = {}, 0
    for tok, tag in zip(toks, tags):
        n = len(_SYL_RE.findall(tok.replace("_", " ")))
        if n == 2 and tag == "V":
            out[k] = tok.replace("_", " ").lower()
        k += n
    return out


# (points20) 'W đến/tới' + a group of recipients: W conveys something to them (see the module docstring)
_REACH_RE = re.compile(r"\s+(?:đến|tới)\s+(?:tận\s+)?(?:các|toàn\s+thể|mọi|từng|đông\s+đảo|người|cán\s+bộ|nhân\s+dân|"
                       r"giáo\s+viên|học\s+sinh|sinh\s+viên|phụ\s+huynh|đoàn\s+viên|hội\s+viên|công\s+chức|viên\s+chức|"
                       r"cộng\s+đồng)\b", re.I)
# words that stand before 'đến' without being a verb of the subject ('các hộ trực tiếp đến ...' is a manner)
_NOT_REACH = frozenset({"trực tiếp", "liên quan", "có liên", "kịp thời", "đầy đủ", "nhanh chóng", "rộng rãi"})


def _reaches_people(body: str, end: int, word: str) -> bool:
    """(points20) Is ``word`` (ending at ``end`` of ``body``) followed by 'đến/tới' + recipients?"""
    return word not in _NOT_REACH and _REACH_RE.match(body, end) is not None


_SKIP_WORD_RE = re.compile(r"(?:đã|đang|vừa|được|bị|sẽ|có|là|cũng|chưa|không|cần|phải|nên|hãy)\s", re.I)


def plural_body_then_known_verb(t: str, gaz) -> bool:
    """See :func:`plural_body_subject`."""
    return plural_body_subject(t, gaz) is not None


def plural_body_subject(t: str, gaz) -> str | None:
    """(points19) ``t`` opens on a plural body ('Các địa phương', 'Đồng thời, các doanh nghiệp lữ hành')
    right followed by a two-syllable verb the gazette or the tagger knows (see the module docstring).
    The body ends where the verb begins: the sentence with 'thực hiện' put for the verb must read the
    same body as its subject (offices.subject_of)."""
    from pipeline.extract.offices import subject_of

    if gaz is None or not _PLURAL_RE.match(t):
        return None
    mk = _MARKER_RE.match(t)
    off = mk.end() if mk else 0
    body = t[off:]
    body = body[:1].upper() + body[1:]
    sylls = list(_SYL_RE.finditer(body[:160]))
    known = _known_clause_verbs()
    tags = None
    for j in range(2, min(len(sylls) - 1, 14)):
        a, b = sylls[j], sylls[j + 1]
        if re.search(r"[,;:.()]", body[sylls[j - 1].end():a.start()]) or not a.group(0).islower():
            continue
        if body[a.end():b.start()].strip():
            continue
        word = (a.group(0) + " " + b.group(0)).lower()
        if word in _QUALIFIER or _SKIP_WORD_RE.match(word + " "):
            continue
        if word not in known and not _reaches_people(body, b.end(), word):
            if tags is None:
                tags = _verb_tags(body)
            if tags.get(j) != word:
                continue
        subj = subject_of(body[:a.start()] + "thực hiện " + body[b.end():].lstrip(), gaz)
        if subj and subj[1] == a.start():
            return subj[0]
    return None
