"""What the stages read and return: a sentence seen with its speaker known (:class:`Scene`),
its clauses (:class:`Clauses`), and what one figure was found to be (:class:`Reading`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from factcheck.models import Attribution, Quantity
from factcheck.pipeline.document import Sentence
from factcheck.text.lexicon import Match
from factcheck.text.morph import Token, Word, fold
from factcheck.text.places import NOT_PLACES

PERCENT_UNIT = "%"
IGNORE = "ignore"  # the key of a noun after which a figure is no claim ("в течение 3 дней")

# Where a clause ends inside a sentence. A dash is not one: "Россия — 1400" and
# "три страны — Армения, …" hang on it.
# (Each choice begins with the one character it may begin with, and looks back at it: a search
# then skips to the next such character.)
_CONTRASTS = ("а", "но", "однако", "тогда как", "while", "whereas", "but")
_CLAUSE_BREAK = re.compile(
    r"[;()\[\],\s](?:(?<=[;()\[\]])|(?<=,)(?!\d)"
    rf"|(?<=\s)(?:{'|'.join(_CONTRASTS)})\s)",
    re.IGNORECASE,
)
# The same breaks in a sentence with none of the contrasts' first words: a search that need
# not stop at every space.
_PUNCTUATION_BREAK = re.compile(r"[;()\[\],](?:(?<=[;()\[\]])|(?<=,)(?!\d))")
_CONTRAST_FIRSTS = frozenset(c.split()[0] for c in _CONTRASTS)
_LOWER = attrgetter("morph.lower")
_start = re.Match.start
# Events do not reach across "и/and": "задержан журналист, и несколько офисов разгромлены".
# Every place one begins, overlapping ones too, found once per sentence (to the end of group 1).
_EVENT_BREAKS = re.compile(r"\s(?=((?:и|and)\s))", re.IGNORECASE)


class Clauses:
    """Where the clauses of a sentence begin and end: at commas, semicolons, brackets, "а/но"."""

    def __init__(self, sentence: str, words: Sequence[Word] | None = None) -> None:
        """``words``, the sentence's words when read already, tell cheaply whether a contrast
        may open a clause."""
        self._sentence = sentence
        self._links: list[tuple[int, int]] | None = None
        if words is not None and _CONTRAST_FIRSTS.isdisjoint(map(_LOWER, words)):
            found = list(map(_start, _PUNCTUATION_BREAK.finditer(sentence)))
        else:  # a contrast's match begins at the space before it
            found = [
                m.start() + (1 if m.group().startswith(" ") else 0)
                for m in _CLAUSE_BREAK.finditer(sentence)
            ]
        self._breaks = [0, *found, len(sentence)]

    def of(self, pos: int) -> tuple[int, int]:
        """The clause around ``pos``: (start, end) in the sentence."""
        k = bisect.bisect_right(self._breaks, pos)
        lo = self._breaks[k - 1] if k else 0
        hi = self._breaks[k] if k < len(self._breaks) else len(self._sentence)
        return lo, hi

    def narrow(self, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
        """The part of the clause ``[lo, hi)`` between the "и/and" around a figure."""
        if self._links is None:
            self._links = [(m.start(), m.end(1)) for m in _EVENT_BREAKS.finditer(self._sentence)]
        # the "и/and" a search of [lo, hi) finds: left to right, none overlapping the one before
        scan = lo
        for a, b in self._links:
            if a >= hi:
                break
            if a < scan or b > hi:
                continue
            scan = b
            if b <= start:
                lo = b
            elif a >= end:
                hi = a
                break
        return lo, hi


def _a_month(text: str, m: Match) -> bool:
    """A one-word match written as a month's or weekday's name ("March", "May")."""
    written = text[m.start : m.end]
    return m.j - m.i == 1 and written[:1].isupper() and fold(written) in NOT_PLACES


def _outside(matches: tuple[Match, ...], named: set[int]) -> tuple[Match, ...]:
    """The matches with none of their words in a name (the words ``named``)."""
    if not named:
        return matches  # most sentences name nobody: nothing to leave out
    return tuple(m for m in matches if named.isdisjoint(range(m.i, m.j)))


class Scene:
    """A sentence with its speaker known: the matches that may own or name a figure.

    Names inside "по словам министра обороны России" belong to the speaker, not to a figure;
    groups and measures inside a name ("Red Cross") are the name's.
    """

    def __init__(self, sentence: Sentence, attribution: Attribution | None) -> None:
        self.sentence = sentence
        self.attribution = attribution
        self.text = sentence.text
        self.words = sentence.words
        self.word_starts = [w.start for w in self.words]
        self.attr_span = (attribution.start, attribution.end) if attribution else (0, 0)
        found = sentence.lexical
        self.entities = tuple(m for m in found.entities if not self.in_attribution(m.start))
        named = {k for m in found.entities for k in range(m.i, m.j)}
        self.groups = _outside(found.groups, named)
        self.counts = _outside(found.counts, named)
        # "in the March 22 attack": a month is no march
        self.events = tuple(m for m in found.events if not _a_month(self.text, m))
        self.ignored = found.ignored
        # what a figure may count, by where it starts: a group before a measure before a noun
        # after which a figure is no claim
        kinds = (("ignore", self.ignored), ("count", self.counts), ("group", self.groups))
        self.nouns_at = {m.start: (kind, m) for kind, matches in kinds for m in matches}
        self.clauses = Clauses(self.text, self.words)
        self.event_starts = frozenset(m.start for m in self.events)
        self.entity_starts = frozenset(m.start for m in self.entities)

    def in_attribution(self, pos: int) -> bool:
        return self.attr_span[0] <= pos < self.attr_span[1]

    def words_in(self, start: int, end: int) -> tuple[Word, ...]:
        """The words that start within ``[start, end)``."""
        lo = bisect.bisect_left(self.word_starts, start)
        hi = bisect.bisect_left(self.word_starts, end)
        return self.words[lo:hi]


@dataclass(frozen=True, slots=True)
class Place:
    """Where a claim stands in its sentence, and the one town its article is set in."""

    clause: tuple[int, int]
    clause_text: str
    home: str | None


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
