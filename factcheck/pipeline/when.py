"""As of when, and how surely: the date a sentence's figures hold on, a clause's own year,
hedges ("по предварительным данным") and marks of an earlier state ("ранее сообщалось")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.text import dates, markers

_YEAR_IN = re.compile(
    r"(?<![\w-])(?:в|с|со|in|since|of)\s+((?:19|20)\d\d)(?:\s*(?:году|года|г\.))?(?![\w-])",
    re.IGNORECASE,
)
_WHEN = re.compile(r"[\s,;]*(?:когда|when)\b", re.IGNORECASE)


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
    m = _YEAR_IN.search(sentence, lo, hi)
    if m is None and _WHEN.match(sentence, lo):
        m = _YEAR_IN.search(sentence, max(0, lo - 60), lo)
    if m is None or (reference and reference.startswith(m.group(1))):
        return None
    return m.group(1)
