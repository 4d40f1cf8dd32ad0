"""What the stages read and return: a sentence seen with its speaker known (:class:`Scene`),
its clauses (:class:`Clauses`), and what one figure was found to be (:class:`Reading`)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from factcheck.models import Attribution, Quantity
from factcheck.pipeline.document import Sentence
from factcheck.text.lexicon import Match
from factcheck.text.morph import Token, Word

PERCENT_UNIT = "%"
IGNORE = "ignore"  # the key of a noun after which a figure is no claim ("в течение 3 дней")

# Where a clause ends inside a sentence. A dash is not one: "Россия — 1400" and
# "три страны — Армения, …" hang on it.
_CLAUSE_BREAK = re.compile(
    r"[;()\[\]]|,(?!\d)|\s(?:а|но|однако|тогда как|while|whereas|but)\s", re.IGNORECASE
)
# Events do not reach across "и/and": "задержан журналист, и несколько офисов разгромлены".
_EVENT_BREAK = re.compile(r"\s(?:и|and)\s", re.IGNORECASE)


class Clauses:
    """Where the clauses of a sentence begin and end: at commas, semicolons, brackets, "а/но"."""

    def __init__(self, sentence: str) -> None:
        self._sentence = sentence
        self._breaks = [
            0,
            *(
                m.start() + (1 if m.group().startswith(" ") else 0)
                for m in _CLAUSE_BREAK.finditer(sentence)
            ),
            len(sentence),
        ]

    def of(self, pos: int) -> tuple[int, int]:
        """The clause around ``pos``: (start, end) in the sentence."""
        k = bisect.bisect_right(self._breaks, pos)
        lo = self._breaks[k - 1] if k else 0
        hi = self._breaks[k] if k < len(self._breaks) else len(self._sentence)
        return lo, hi

    def narrow(self, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
        """The part of the clause ``[lo, hi)`` between the "и/and" around a figure."""
        for m in _EVENT_BREAK.finditer(self._sentence, lo, hi):
            if m.end() <= start:
                lo = m.end()
            elif m.start() >= end:
                hi = m.start()
                break
        return lo, hi


@dataclass(frozen=True)
class Scene:
    """A sentence with its speaker known: the matches that may own or name a figure.

    Names inside "по словам министра обороны России" belong to the speaker, not to a figure;
    groups and measures inside a name ("Red Cross") are the name's.
    """

    sentence: Sentence
    attribution: Attribution | None

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def words(self) -> tuple[Word, ...]:
        return self.sentence.words

    @cached_property
    def attr_span(self) -> tuple[int, int]:
        a = self.attribution
        return (a.start, a.end) if a else (0, 0)

    def in_attribution(self, pos: int) -> bool:
        a = self.attribution
        return a is not None and a.start <= pos < a.end

    @cached_property
    def entities(self) -> tuple[Match, ...]:
        """Names outside the attribution."""
        return tuple(m for m in self.sentence.lexical.entities if not self.in_attribution(m.start))

    @cached_property
    def _named(self) -> set[int]:
        return {k for m in self.sentence.lexical.entities for k in range(m.i, m.j)}

    def _unnamed(self, matches: tuple[Match, ...]) -> tuple[Match, ...]:
        return tuple(m for m in matches if not set(range(m.i, m.j)) & self._named)

    @cached_property
    def groups(self) -> tuple[Match, ...]:
        return self._unnamed(self.sentence.lexical.groups)

    @cached_property
    def counts(self) -> tuple[Match, ...]:
        return self._unnamed(self.sentence.lexical.counts)

    @property
    def events(self) -> tuple[Match, ...]:
        return self.sentence.lexical.events

    @property
    def ignored(self) -> tuple[Match, ...]:
        return self.sentence.lexical.ignored

    @cached_property
    def clauses(self) -> Clauses:
        return Clauses(self.text)

    @cached_property
    def event_starts(self) -> frozenset[int]:
        return frozenset(m.start for m in self.events)

    @cached_property
    def entity_starts(self) -> frozenset[int]:
        return frozenset(m.start for m in self.entities)


@dataclass(frozen=True)
class Reading:
    """What one figure was found to be, before it becomes a ClaimDraft."""

    quantity: Quantity
    noun: Token | None = None  # the counted noun, as written
    noun_key: str | None = None  # group:… when the noun is a group of people or things
    count_measure: str | None = None  # troops, vehicles… from the noun
    event: str | None = None  # killed, injured… from the clause
    actor: Match | None = None
    span_start: int = 0
    span_end: int = 0
    members: tuple[Match, ...] = ()
    head: tuple[str, str] | None = None  # (display, key) of a named or nominal subject
    currency: str | None = None  # "EUR" for "€30 million"

    @property
    def is_percent(self) -> bool:
        return self.quantity.unit == PERCENT_UNIT
