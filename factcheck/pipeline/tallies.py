"""What a figure counts when its words say it before the figure: a tally ("the number of X")
or a noun phrase the figure is put at.

"Число участников акции превысило 1,1 млн человек" is a crowd, the same figure as "1,1 млн
человек приняли участие"; "the number of journalists detained rose to 12" counts journalists,
detained. The tally's head ("число", "number") only says "how many"; the words after it say of
what (``tallies.*`` of the words files). "Officials put the number of damaged houses at 200"
counts houses.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.keys import PEOPLE, PROTESTERS
from factcheck.lang.base import in_every_language
from factcheck.models import Quantity
from factcheck.pipeline.reading import IGNORE, PERCENT_UNIT, Scene
from factcheck.text.lexicon import Match
from factcheck.text.morph import Token, Word

_REACH = 160  # characters from the tally's head to its figure
_X_WORDS = 4  # words after the head that may name what it counts
_STOP = re.compile(r"[.;:!?()\[\]]")


@dataclass(frozen=True, slots=True)
class Counted:
    """What a figure counts, as far as its own words say."""

    noun: Token | None = None
    key: str | None = None  # group:… for a group, IGNORE for a noun that is no claim's
    measure: str | None = None  # troops, vehicles, money…
    currency: str | None = None  # "EUR" for "€30 million"


NOTHING = Counted()


def counted_by(scene: Scene, kind: str, m: Match) -> Counted:
    """What a lexicon match of ``kind`` (group, count, ignore) says the figure counts."""
    noun = Token(scene.text[m.start : m.end], m.start, m.end)
    if kind == "group":
        return Counted(noun, key=m.value)
    if kind == "count":
        return Counted(noun, measure=m.value)
    return Counted(noun, key=IGNORE)


@dataclass(frozen=True, slots=True)
class _Tally:
    """What a tally's words say it counts: a lexicon match of a group or a measure (kind
    "group" or "count"), else a plain noun; and an event ("погибших", "killed"), if any."""

    kind: str | None = None
    match: Match | None = None
    noun: Word | None = None
    event: str | None = None
    crowd: Word | None = None  # a word that names a crowd ("turnout", "толпа")


@dataclass(frozen=True, slots=True)
class _Words:
    heads: frozenset[str]
    links: frozenset[str]
    glue: frozenset[str]
    lead: frozenset[str]
    ends: frozenset[str]
    generic: frozenset[str]
    between: frozenset[str]
    crowds: frozenset[str]


@cache
def _words() -> _Words:
    both = in_every_language  # each key: its words in both languages
    return _Words(
        heads=both("tallies.heads"),
        links=both("tallies.links"),
        glue=both("tallies.glue"),
        lead=both("tallies.lead"),
        ends=both("tallies.ends"),
        generic=both("tallies.generic"),
        between=both("tallies.between"),
        crowds=both("tallies.crowds"),
    )


def of_tally(scene: Scene, q: Quantity, counted: Counted) -> Counted:
    """What a figure with no noun, or only "people", counts when a link verb gives it to a
    tally ("Число участников превысило 1,1 млн человек", "the number of cases rose to 369"):
    the tally's group, measure or noun."""
    if not (counted is NOTHING or (counted.key == PEOPLE and counted.measure is None)):
        return counted
    tally = _tally_of(scene, q.start, q.end)
    if tally is None:
        return counted
    if tally.kind is not None and tally.match is not None:
        return counted_by(scene, tally.kind, tally.match)
    if tally.crowd is not None:
        return Counted(Token(tally.crowd.text, tally.crowd.start, tally.crowd.end), PROTESTERS)
    if tally.noun is not None and counted is NOTHING:
        return Counted(Token(tally.noun.text, tally.noun.start, tally.noun.end))
    return counted


def tally_event(scene: Scene, q: Quantity) -> str | None:
    """The event of the tally a figure is given to: "число погибших … выросло до 77" → killed,
    "численность митинга … составила 80 тыс." → participants."""
    if not any(m.start < q.start for m in scene.events):
        return None  # a tally's event is among its words, before the figure: most have none
    tally = _tally_of(scene, q.start, q.end)
    return tally.event if tally else None


# A figure's tally is asked for its noun and again for its event: read once (the last few
# sentences' figures are kept, by where they stand: a reading never changes).
@lru_cache(maxsize=64)
def _tally_of(scene: Scene, start: int, end: int) -> _Tally | None:
    """What the words before the figure say it counts: a tally a link verb gives it to ("Число
    погибших выросло до 77", "the number of protesters reached 40,000"), the plural subject of
    that verb ("daily infections soared to 27,000"), or the noun it is "of" ("a turnout of
    25,000") of the figure at ``[start, end)``; else None."""
    vocabulary = _words()
    # a bound may be the link itself: "превысило 1,1 млн", "passed 25,000"
    first = scene.words_in(start, end)[:1]
    stop = first[0].end if first and _is(first[0], vocabulary.links) else start
    before = scene.words_in(max(0, start - _REACH), stop)
    if before and before[-1].end > stop:
        before = before[:-1]  # words do not overlap: only the last may run past the stop
    if stop == start and len(before) > 1 and before[-1].lower == "of":
        return _of_noun(scene, before[-2], vocabulary)
    k = len(before) - 1
    while k >= 0 and before[k].lower in vocabulary.glue:
        k -= 1  # "rose to", "выросло до", "перевалило за"
    if k < 0 or not _is(before[k], vocabulary.links):
        return _put_at(scene, before, k, vocabulary)
    link = before[k]
    if _STOP.search(scene.text, link.end, max(link.end, start)):
        return None
    for j in range(k - 1, -1, -1):
        word = before[j]
        if _STOP.search(scene.text, word.end, link.start) or _figure_between(scene, word, start):
            break
        if _is(word, vocabulary.heads):
            phrase = list(before[j + 1 : k])
            while phrase and phrase[-1].lower in vocabulary.between:
                phrase.pop()  # "the number of cases has doubled to 240": not "has"
            return _counted_by(scene, phrase, vocabulary)
    return _subject_of(scene, before[:k], vocabulary)


def _put_at(scene: Scene, before: Sequence[Word], k: int, vocabulary: _Words) -> _Tally | None:
    """ "Police estimated the crowd at 15,000", "put the number of protesters at 4,000",
    "полиция оценила число участников в 8 тыс.": the link verb stands before the tally, the
    figure after "at"/"в"; ``before[k]`` ends the tally."""
    if k < 1 or k + 1 >= len(before):
        return None
    for j in range(k - 1, max(k - _X_WORDS - 1, -1), -1):
        if _is(before[j], vocabulary.links):
            phrase = [w for w in before[j + 1 : k + 1] if w.lower not in vocabulary.lead]
            if phrase and _is(phrase[0], vocabulary.heads):
                phrase = phrase[1:]  # "the number of protesters": the protesters
            return _counted_by(scene, phrase, vocabulary) if phrase else None
        if _STOP.search(scene.text, before[j].end, before[j + 1].start):
            return None
    return None


def _of_noun(scene: Scene, noun: Word, vocabulary: _Words) -> _Tally | None:
    """ "a turnout of 25,000", "the deaths of 300 people": the noun before "of"."""
    if noun.cyrillic or not noun.text.isalpha() or noun.lower in vocabulary.generic:
        return None
    return _counted_by(scene, [noun], vocabulary)


def _subject_of(scene: Scene, before: Sequence[Word], vocabulary: _Words) -> _Tally | None:
    """The English plural (or crowd) right before a link verb, past its adverbs: "new
    cases often jumped to…", "arrests have topped…", "a crowd estimated at 20,000"."""
    k = len(before) - 1
    while k >= 0 and before[k].lower in vocabulary.between:
        k -= 1
    if k < 0 or _STOP.search(scene.text, before[k].end, before[-1].end if before else 0):
        return None
    word = before[k]
    plural = len(word.lower) > 3 and word.lower.endswith("s") and not word.lower.endswith("ss")
    plural = plural or word.lower in vocabulary.crowds  # "a crowd estimated at 20,000"
    if word.cyrillic or not plural or not word.text.isalpha() or word.lower in vocabulary.generic:
        return None
    # the subject heads its clause: "the toll in towns militias hold climbed to…" is the toll's
    lo = scene.clauses.of(word.start)[0]
    if any(w.lower in vocabulary.ends for w in scene.words_in(lo, word.start)):
        return None
    return _counted_by(scene, [word], vocabulary)


def _is(word: Word, vocabulary: frozenset[str]) -> bool:
    return (word.lemma if word.cyrillic else word.lower) in vocabulary


def _figure_between(scene: Scene, word: Word, start: int) -> bool:
    return any(word.end <= f.start < start for f in scene.sentence.figures)


def _counted_by(scene: Scene, phrase: Sequence[Word], vocabulary: _Words) -> _Tally | None:
    """What the words after a tally's head name: the first group or measure of the lexicon
    among them, else the first plain noun; and the first event."""
    near = [w for w in phrase if w.lower not in vocabulary.lead][:_X_WORDS]
    if not near:
        return None
    lo, hi = near[0].start, near[-1].end
    event = next((m.value for m in scene.events if lo <= m.start < hi), None)
    kinds = (("group", scene.groups), ("count", scene.counts))
    found = sorted((m.start, kind, m) for kind, ms in kinds for m in ms if lo <= m.start < hi)
    if found:
        _, kind, m = found[0]
        return _Tally(kind, m, event=event)
    if _is(near[0], vocabulary.crowds):  # "the size of the crowd", "a turnout of 25,000"
        return _Tally(crowd=near[0], event=event)
    noun = _plain_noun(scene, near, vocabulary.ends)
    if noun is None and event is None:
        return None
    return _Tally(noun=noun, event=event)


def _plain_noun(scene: Scene, near: Sequence[Word], ends: frozenset[str]) -> Word | None:
    """ "число разрушенных зданий" → зданий; "the number of damaged homes" → homes: the noun
    the lexicon does not know, unless an event stands in its place ("число погибших")."""
    if any(m.start == near[0].start for m in scene.events):
        return None
    if near[0].cyrillic:
        return next((w for w in near if w.morph.pos == "NOUN" and not w.morph.place_name), None)
    run: list[Word] = []
    for word in near:
        if run and scene.text[run[-1].end : word.start].strip():
            break
        if word.lower in ends or not word.text.isalpha() or word.text[:1].isupper():
            break
        run.append(word)
    return run[-1] if run else None


# "X put the number of damaged houses at 200", "estimated the damage at $3 million": the
# figure after "at" measures the phrase before it.
_MEASURED = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|estimate|placed|places|set|sets)\s+"
    r"(?:the|its|their|his|her|this|that)\s+([^,;:.!?()]{1,80}?)\s+at\s+$",
    re.IGNORECASE,
)
_MEASURED_STOP = frozenset(
    "of from in on at caused after since for among across by to during with over".split()
)
# Heads that only say "how many": what is measured is their "of" phrase ("the number of houses").
_MEASURED_GENERIC = frozenset(
    "number total size scale figure count tally extent amount level numbers".split()
)


def measured_noun(scene: Scene, start: int) -> Word | None:
    """The noun a figure measures when it is given as "X put <the noun phrase> at <figure>":
    the phrase's head ("the damage from the riot" → damage), or for a head that only counts,
    the head of its "of" phrase ("the number of damaged or destroyed houses" → houses)."""
    before = scene.text[:start]
    said = before.rstrip()
    if len(said) == len(before) or not said[-3:-2].isspace() or said[-2:].lower() != "at":
        return None  # most figures come after no "… at": spare the pattern's search
    m = _MEASURED.search(scene.text, 0, start)
    if m is None or m.end() != start:
        return None
    phrase = [w for w in scene.words_in(m.start(1), m.end(1)) if w.text[:1].isalpha()]
    head: Word | None = None
    for k, word in enumerate(phrase):
        if word.lower not in _MEASURED_STOP:
            head = word
            continue
        if word.lower == "of" and head is not None and head.lower in _MEASURED_GENERIC:
            rest = list(
                itertools.takewhile(lambda x: x.lower not in _MEASURED_STOP, phrase[k + 1 :])
            )
            head = rest[-1] if rest else None
        break
    if head is None or head.lower in _MEASURED_GENERIC or head.cyrillic:
        return None
    return head


def find_measured(scene: Scene, q: Quantity) -> Counted:
    """A figure with no noun after it takes the noun it measures from "put <noun> at"
    (:func:`measured_noun`), unless that noun is an event ("the death toll"): the event then
    says what is counted."""
    if q.unit == PERCENT_UNIT:
        return NOTHING
    noun = measured_noun(scene, q.start)
    if noun is None or any(m.start <= noun.start < m.end for m in scene.events):
        return NOTHING
    kinds = (("group", scene.groups), ("count", scene.counts), ("ignore", scene.ignored))
    for kind, matches in kinds:
        for m in matches:
            if m.start <= noun.start < m.end:
                return NOTHING if kind == "ignore" else counted_by(scene, kind, m)
    return Counted(Token(noun.text, noun.start, noun.end))
