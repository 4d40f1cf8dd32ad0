"""As of when, and how surely: the date a sentence's figures hold on, a clause's own year,
hedges ("по предварительным данным") and marks of an earlier state ("ранее сообщалось")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.lang.base import Words, words
from factcheck.text import dates, markers


@dataclass(frozen=True, slots=True)
class _Patterns:
    """Built from both languages' words files (``when.*``, ``dates.year_words``)."""

    year_in: re.Pattern[str]  # "в 2010 году", "since 2010": group 1 is the year
    when: re.Pattern[str]  # ", когда", "when" opening a clause


@cache
def _patterns_of(ru: Words, en: Words) -> _Patterns:
    # Each choice is followed by a space or a word's end, so their order does not matter.
    def choice(words_: frozenset[str]) -> str:
        return "|".join(sorted(map(re.escape, words_)))

    prepositions = choice(ru.set("when.year_prepositions") | en.set("when.year_prepositions"))
    year_words = choice(ru.set("dates.year_words"))
    openers = choice(ru.set("when.clause_openers") | en.set("when.clause_openers"))
    return _Patterns(
        year_in=re.compile(
            rf"(?<![\w-])(?:{prepositions})\s+((?:19|20)\d\d)(?:\s*(?:{year_words}))?(?![\w-])",
            re.IGNORECASE,
        ),
        when=re.compile(rf"[\s,;]*(?:{openers})\b", re.IGNORECASE),
    )


def _patterns() -> _Patterns:
    return _patterns_of(words("ru"), words("en"))


@dataclass(frozen=True, slots=True)
class Timing:
    """When a sentence's figures hold, and whether it hedges them or gives an earlier state."""

    as_of: str | None
    hedged: bool
    earlier: bool


def timing(sentence: str, reference: str | None) -> Timing:
    """The sentence's own date (else ``reference``, the article's), hedge and earlier mark."""
    return Timing(
        as_of=dates.find_as_of(sentence, reference) or reference,
        hedged=markers.is_hedged(sentence),
        earlier=markers.is_earlier_state(sentence),
    )


def year_of_clause(sentence: str, lo: int, hi: int, reference: str | None) -> str | None:
    """ "в 2010 году погибли 66 человек", "since 2010, when 66 died": a figure of another year.

    Only a year other than the article's own counts; "когда/when" clauses take the year of
    the clause they hang on.
    """
    patterns = _patterns()
    m = patterns.year_in.search(sentence, lo, hi)
    if m is None and patterns.when.match(sentence, lo):
        m = patterns.year_in.search(sentence, max(0, lo - 60), lo)
    if m is None or (reference and reference.startswith(m.group(1))):
        return None
    return m.group(1)
