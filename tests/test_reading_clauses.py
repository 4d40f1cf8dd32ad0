"""Clauses.narrow: the part of a clause between the "и/and" around a figure."""

from __future__ import annotations

import re

import pytest

from factcheck.pipeline.reading import Clauses

_AND = re.compile(r"\s(?:и|and)\s", re.IGNORECASE)


def _narrow_by_search(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    for m in _AND.finditer(text, lo, hi):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


TEXTS = [
    "Задержаны 5 человек и ранены 12 и ещё 3 пропали",
    "5 killed and 12 injured AND 3 missing",
    "и и 7 и и 9 и",
    "x и и 4 y",
    "нет союзов 40 здесь",
]


@pytest.mark.parametrize("text", TEXTS)
def test_narrow_as_a_search_of_the_clause(text: str) -> None:
    clauses = Clauses(text)
    n = len(text)
    for lo in range(n):
        for hi in range(lo, n + 1):
            for start in range(lo, hi, 3):
                end = min(hi, start + 2)
                expected = _narrow_by_search(text, lo, hi, start, end)
                assert clauses.narrow(lo, hi, start, end) == expected
