"""Bound words before a figure ("как минимум", "more than", "~"), and a figure as a Quantity."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from factcheck.models import Qualifier, Quantity
from factcheck.text.alternation import alternation
from factcheck.text.hints import WordEnds, lookahead, plain
from factcheck.text.morph import fold
from factcheck.text.numbers.scan import Figure
from factcheck.text.numbers.vocabulary import LANGUAGES

LOOKBACK = 28  # characters before a figure searched for its bound words
SIGNS = frozenset("$€£¥₽")
_LEAD_END = frozenset(" \t\n\u00a0\u202f\u2009~≈") | SIGNS

_WORD_BOUNDS = {
    phrase: q for words in LANGUAGES for q, phrases in words.bounds.items() for phrase in phrases
}
# "~2000", "≈ 3 тысяч": a sign read as "about", taking the genitive as "около" does.
_SIGN_BOUNDS = {"~": Qualifier.ABOUT, "≈": Qualifier.ABOUT}
BOUND_WORDS = _WORD_BOUNDS | _SIGN_BOUNDS
GENITIVE_BOUNDS = frozenset(_SIGN_BOUNDS).union(*(words.genitive_bounds for words in LANGUAGES))
RANGE_OPENERS = {
    opener: joiners for words in LANGUAGES for opener, joiners in words.range_openers.items()
}


def phrases(words: list[str], gap: str = r",?\s+") -> str:
    """An alternation of phrases, longest first (a trie when it can be:
    :func:`~factcheck.text.alternation.alternation`), ``gap`` between their words (by default
    any whitespace, a comma allowed before it)."""
    alts = [gap.join(re.escape(w) for w in phrase.split()) for phrase in words]
    return alternation(alts) if alts else ""


class Before:
    """A pattern for words that end right before a figure, with its ``search(text, lo, pos)``
    run only when the text before ``pos`` may end with them (:class:`WordEnds`): a search that
    tries every position before the figure costs more than the rest of reading it."""

    __slots__ = ("_ends", "pattern")

    def __init__(
        self, pattern: re.Pattern[str], phrases: Iterable[str], stems: Iterable[str] = ()
    ) -> None:
        """``pattern`` matches one of ``phrases`` (case-insensitively, at a word's start), or
        one of ``stems`` with up to three letters after it, then spaces up to the figure."""
        self.pattern = pattern
        self._ends = WordEnds(phrases, stems)

    def search(self, text: str, lo: int, pos: int) -> re.Match[str] | None:
        if not self._ends.may_end(text[lo:pos]):
            return None
        return self.pattern.search(text, lo, pos)


def phrase_before(words: list[str]) -> Before:
    """A pattern for a phrase that ends right before a figure (matched with search up to it)."""
    alternatives = phrases(words)
    pattern = re.compile(
        rf"{lookahead([alternatives])}(?<![^\W\d_])(?:{alternatives})\s+$", re.IGNORECASE
    )
    return Before(pattern, words)


# What may stand right before a figure: a range opener, a bound phrase (a currency sign may
# sit between: "more than €30 million"), or "~".
_LEAD = (
    rf"(?:(?<![^\W\d_])(?:(?P<opener>{phrases([w.lower() for w in RANGE_OPENERS])})"
    rf"|(?P<bound>{phrases([w.lower() for w in _WORD_BOUNDS])}))\s+[$€£¥₽]?|[~≈][^\S\n]*)$"
)
_LEAD_BEFORE = re.compile(_LEAD, re.IGNORECASE)
# The same, read case-sensitively in a text put in lower case: case-insensitively, re tries
# every branch of a level of the trie in turn; case-sensitively, only the one of the letter read.
# A look at the first character first skips the positions no lead begins at.
_LEAD_FIRSTS = {w[0].lower() for w in [*RANGE_OPENERS, *_WORD_BOUNDS]} | {"~", "≈"}
_LEAD_IN_LOWER_CASE = re.compile(f"(?=[{''.join(map(re.escape, sorted(_LEAD_FIRSTS)))}]){_LEAD}")


@dataclass(frozen=True, slots=True)
class Lead:
    """What stands right before a figure: a range opener, or a bound phrase and its key."""

    opener: re.Match[str] | None = None
    bound: re.Match[str] | None = None
    word: str | None = None  # the bound phrase as a key of ``BOUND_WORDS``

    @property
    def opener_word(self) -> str | None:
        """The range opener, folded, without a currency sign."""
        return fold(self.opener.group("opener")) if self.opener else None

    @property
    def genitive(self) -> bool:
        """True when the figure after it stands in the genitive ("около тысячи", "от двух")."""
        return self.word in GENITIVE_BOUNDS or self.opener is not None


_NO_LEAD = Lead()
# The words a lead ends with, before its spaces and currency sign ("~" aside).
_LEAD_WORDS = WordEnds([*RANGE_OPENERS, *_WORD_BOUNDS])


def lead_before(text: str, lo: int, start: int) -> Lead:
    """The range opener or bound phrase ending right before ``start`` (searched from ``lo``)."""
    if not start or text[start - 1] not in _LEAD_END or not _may_lead(text[lo:start]):
        return _NO_LEAD
    lead = _search_lead(text, lo, start)
    if lead is None:
        return _NO_LEAD
    if lead.group("opener"):
        return Lead(opener=lead)
    return Lead(bound=lead, word=bound_word(lead))


def _search_lead(text: str, lo: int, start: int) -> re.Match[str] | None:
    """``_LEAD_BEFORE.search(text, lo, start)``, looked for in lower case when the text reads the
    same so (:func:`~factcheck.text.hints.plain`): twice as fast."""
    at = max(0, lo - 1)  # one character more: the one the pattern's look-behind reads at lo
    window = text[at:start]
    if not plain(window):
        return _LEAD_BEFORE.search(text, lo, start)
    found = _LEAD_IN_LOWER_CASE.search(window.lower(), lo - at)
    # the leftmost match in lower case is the leftmost in the text: the same match, there
    return None if found is None else _LEAD_BEFORE.match(text, at + found.start(), start)


def _may_lead(before: str) -> bool:
    """Might ``before`` end with a lead: "~", or a lead's words (and a currency sign)?"""
    if "~" in before or "≈" in before:
        return True
    body = before.rstrip()
    return _LEAD_WORDS.may_end(body[:-1] if body[-1:] in SIGNS else body)


def bound_word(bound: re.Match[str]) -> str:
    """The bound phrase as a key of the bound table: folded, single-spaced."""
    return " ".join(fold(bound.group().rstrip("$€£¥₽")).replace(",", " ").split())


def quantity(text: str, fig: Figure, bound: Qualifier | None) -> Quantity:
    """The figure as a Quantity, its interval opened or kept by the bound word."""
    low: float | None
    high: float | None
    if bound is None:
        low, high = fig.low, fig.high
        q = Qualifier.VAGUE if fig.vague else Qualifier.ABOUT if fig.approx else Qualifier.EXACT
    else:
        low, high, q = _bounded(fig, bound)
    return Quantity(
        _float(low), _float(high), q, fig.start, fig.end, text[fig.start : fig.end],
        "%" if fig.percent else None,
    )  # fmt: skip


def _bounded(fig: Figure, bound: Qualifier) -> tuple[float | None, float | None, Qualifier]:
    """The interval a bound word gives: open above, open below, or the figure's own."""
    point_low, point_high = (fig.point, fig.point) if fig.point is not None else (fig.low, fig.high)
    if bound in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        return point_low, None, bound
    if bound in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
        return None, point_high, bound
    if fig.vague and fig.point is None:
        return fig.low, fig.high, Qualifier.VAGUE
    return point_low, point_high, bound


_FLIPPED = {
    Qualifier.MORE_THAN: Qualifier.LESS_THAN,
    Qualifier.AT_LEAST: Qualifier.AT_MOST,
    Qualifier.LESS_THAN: Qualifier.MORE_THAN,
    Qualifier.AT_MOST: Qualifier.AT_LEAST,
}


def negated(q: Quantity) -> Quantity:
    """The figure with its sign turned: a fall "of more than 3%" is below -3."""
    low, high = (None if q.high is None else -q.high), (None if q.low is None else -q.low)
    return replace(q, low=low, high=high, qualifier=_FLIPPED.get(q.qualifier, q.qualifier))


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)
