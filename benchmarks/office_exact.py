"""Exact office names beside the scorer's containment match.

Why: ``vnscore.py`` (and ``pipeline.eval.office_match``) counts an office right when one
normalised name holds the other, so a name cut at its inner comma ('Ban Chỉ đạo quốc gia về tìm
kiếm, quy tập' for '... về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ') or run on
into a verb ('Sở Tài nguyên và Môi trườngchủ') scores as right.  The office benchmarks print this
count next to their F1 (never instead of it): how many gold offices the output names exactly, and
how many it matched only by containment (the boundary faults F1 hides).

Exact: the two names are equal after the scorer's own normalisation (``norm_office``: case,
tone placement, dashes, abbreviations such as UBND), a leading plural word ('các', 'những')
aside -- 'các đơn vị liên quan' and 'Đơn vị liên quan' name the same bodies, and the plural is
not a boundary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.eval import norm_office, office_match

_PLURAL_RE = re.compile(r"^(?:các|những|mọi)\s+")


def exact_key(name: str) -> str:
    """The name as compared for an exact match: normalised, a leading plural word dropped."""
    return _PLURAL_RE.sub("", norm_office(name))


def office_exact(a: str, b: str) -> bool:
    return exact_key(a) == exact_key(b)


@dataclass
class ExactCount:
    """Gold offices: named exactly, matched only by containment, and the containment pairs."""
    gold: int = 0
    exact: int = 0
    loose: int = 0

    def add(self, gold: list[str], got: list[str], loose_pairs: list[tuple[str, str]] | None = None) -> None:
        for g in gold:
            self.gold += 1
            if any(office_exact(g, p) for p in got):
                self.exact += 1
            else:
                hit = next((p for p in got if office_match(g, p)), None)
                if hit is not None:
                    self.loose += 1
                    if loose_pairs is not None:
                        loose_pairs.append((g, hit))

    def line(self) -> str:
        share = self.exact / self.gold if self.gold else 1.0
        return (f"exact names: {self.exact} of {self.gold} gold offices ({share:.4f}); "
                f"{self.loose} matched only by containment (a cut or overrun name F1 counts as right)")
