"""Fractions read as shares in percent: "half of the staff", "almost a third", "половина
опрошенных", "около трети"."""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang import base as lang
from factcheck.models import Qualifier, Quantity
from factcheck.text.morph import fold
from factcheck.text.numbers.bounds import BOUND_WORDS, LOOKBACK, lead_before

_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


@cache
def _tables(
    *files: lang.Words,
) -> tuple[dict[str, tuple[int, int]], re.Pattern[str], frozenset[str]]:
    shares = {fold(p): v for w in files for p, v in w.intervals("numbers.fractions").items()}
    # case-sensitive with capitalised variants: far faster than IGNORECASE on every sentence
    variants = sorted(
        {v for p in shares for v in (p, p[:1].upper() + p[1:])}, key=len, reverse=True
    )
    alternation = "|".join(r"\s+".join(re.escape(part) for part in v.split()) for v in variants)
    pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")
    not_after = frozenset().union(*(w.set("numbers.fraction_not_after") for w in files))
    return shares, pattern, not_after


def fraction_cues(*files: lang.Words) -> frozenset[str]:
    """The last word of every fraction, either case: each fraction ends with one, at a word's
    start."""
    shares = _tables(*files)[0]
    return frozenset(v for p in shares for w in [p.split()[-1]] for v in (w, w[:1].upper() + w[1:]))


def with_fractions(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the fractions of ``text`` in their places: a fraction takes the place of
    the figures inside it ("two" of "two thirds") and gives way to one around it ("half a
    million")."""
    fractions = [
        f
        for f in find_fractions(text)
        if all(q.start >= f.start and q.end <= f.end for q in found if _overlap(q, f))
    ]
    if not fractions:
        return found
    kept = [q for q in found if not any(_overlap(q, f) for f in fractions)]
    return sorted(kept + fractions, key=lambda q: q.start)


def _overlap(a: Quantity, b: Quantity) -> bool:
    return a.start < b.end and b.start < a.end


def find_fractions(text: str) -> list[Quantity]:
    """The fractions of ``text`` as percent shares. An English one needs "of" after it or a
    bound before it ("about a third"); none follows a word of time ("the first half of
    2023")."""
    files = tuple(map(lang.words, lang.LANGUAGES))
    shares, pattern, not_after = _tables(*files)
    out: list[Quantity] = []
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        prior = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if prior and fold(prior.group(1)) in not_after:
            continue
        lead = lead_before(text, max(0, start - LOOKBACK), start)
        qualifier = BOUND_WORDS.get(lead.word) if lead.word else None
        english = m.group()[:1].isascii()
        if english and qualifier is None and not _OF_AFTER.match(text, end):
            continue
        low, high = shares[" ".join(fold(m.group()).split())]
        if qualifier is not None and lead.bound is not None:
            start = lead.bound.start()
        out.append(_share(float(low), float(high), qualifier, start, end, text[start:end]))
    return out


def _share(
    low: float, high: float, qualifier: Qualifier | None, start: int, end: int, said: str
) -> Quantity:
    """A fraction as a share: "more than half" is above 50% as "more than 40" is above 40;
    "about a third", or a fraction no whole percent gives exactly, is about it."""
    if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return Quantity(low, None, qualifier, start, end, said, "%")
    if qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        return Quantity(None, high, qualifier, start, end, said, "%")
    exact = low == high and qualifier is None
    return Quantity(low, high, Qualifier.EXACT if exact else Qualifier.ABOUT, start, end, said, "%")
