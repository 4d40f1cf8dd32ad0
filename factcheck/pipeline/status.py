"""A status the counted people had before, not what befell them: "one miner, who had been
presumed dead, was found alive", "один турист, считавшийся погибшим, найден живым", "three
workers thought to be missing were rescued". The sentence's own predicate says what the figure
counts, not a clause hung on the figure's noun ("three people, who were hurt in the blast, died
in hospital"); an event word after a status believed or held before (``figures.former_status``)
is none of the figure's, unless it is all the sentence says of them ("51 presumed dead").

A status known for sure is said of the figure too: deaths confirmed so far, or bodies recovered
("authorities confirmed 14 deaths", "извлечены тела 9 горняков"), are a floor of a toll that
the article presumes higher, or leaves open with people missing (:func:`confirmed`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.keys import CONFIRMED, GROUP, KILLED, LEMMA, PART
from factcheck.lang.base import LANGUAGES, in_every_language, words
from factcheck.models import Quantity
from factcheck.pipeline.reading import PERCENT_UNIT, Reading, Scene
from factcheck.text.hints import Contains, skipping
from factcheck.text.lexicon import Match
from factcheck.text.morph import Word

# How far before an event word its status may begin: "who had been thought to be".
_REACH = 40
# Russian parts of speech of a predicate: "найден", "спасли".
_PREDICATES = frozenset(("VERB", "PRTS"))
# Russian parts of speech of a word that names those counted: "погибших", "раненых".
_NOUN_FORMS = frozenset(("PRTF", "ADJF", "NOUN"))
_DIGIT = re.compile(r"\d")
# The lexicon's measure of deaths: those confirmed so far are a floor of it.
TOLL = KILLED
_SHARE = f"@{PART}"
# How far before a figure the words that confirm it may begin: "confirmed the deaths of".
_CONFIRM_REACH = 60
# A dash that opens a list spelling out the figure before it: "9 deaths — 7 divers and…".
_LIST_DASH = re.compile(r"\s[—–]\s")
# The words of a list after such a dash, up to one of its figures: "11 miners and".
_LIST_WORDS = 6


@cache
def _former() -> re.Pattern[str]:
    """A status believed or held before, right before an event word (one word may stand
    between: "считавшийся ранее погибшим")."""
    found = "|".join(p for lang in LANGUAGES for p in words(lang).list("figures.former_status"))
    return skipping(rf"(?<![\w-])(?:{found})\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


@cache
def _auxiliaries() -> frozenset[str]:
    """ "was", "were", "has": an English predicate's first word."""
    return words("en").set("figures.auxiliaries")


def former(scene: Scene, m: Match) -> bool:
    """The event word ``m`` follows a status believed or held before: "presumed dead",
    "считавшийся погибшим"."""
    return _former().search(scene.text, max(0, m.start - _REACH), m.start) is not None


def current(scene: Scene, lo: int, hi: int) -> Sequence[Match]:
    """The event words in ``[lo, hi)`` of the sentence, without those of a former status when
    another stands there too: "three workers thought to be missing were rescued" → rescued."""
    events = [m for m in scene.events if lo <= m.start < hi]
    if len(events) < 2:
        return events
    now = [m for m in events if not former(scene, m)]
    return now or events


def former_in(scene: Scene, lo: int, hi: int) -> bool:
    """The clause ``[lo, hi)`` gives a status believed or held before: "считавшийся погибшим"."""
    return any(former(scene, m) for m in current(scene, lo, hi))


@cache
def _of_whole() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """From a share to the event word of its whole ("two of the 40 injured", "three of those
    rescued", "57 bodies of those killed"), and the words right before a whole ("из 40")."""
    of = "|".join(p for lang in LANGUAGES for p in words(lang).list("figures.of_whole"))
    share = rf"^[^,;:()]{{0,30}}?(?<![\w-])(?:{of})\s+(?:\d[\d,.]*\s+)?$"
    return re.compile(share, re.IGNORECASE), re.compile(rf"(?<![\w-])(?:{of})\s+$", re.IGNORECASE)


_OF_REACH = 24  # longer than any "out of those" before a whole


def whole_before(text: str, lo: int, at: int) -> bool:
    """The words right before a whole stand just before ``at`` ("40 of the 120", "из 90")."""
    return _of_whole()[1].search(text, max(lo, at - _OF_REACH), at) is not None


def whole_of_share(scene: Scene, q: Quantity) -> bool:
    """The figure ``q`` is the whole a figure right before it is a share of: "40 of the 120
    miners", "more than half of the 300 homes", "треть из 90 школ"."""
    if not whole_before(scene.text, 0, q.start):
        return False  # most figures: no "of the"/"из" right before them (told cheaply)
    before = [f for f in scene.sentence.figures if f.end <= q.start]
    return bool(before) and _of_between(scene, before[-1], q)


def share_of_whole(scene: Scene, q: Quantity) -> Quantity | None:
    """The figure right after the share ``q`` that is its whole: "more than half of the 300
    homes" → 300, "около трети из 90 школ" → 90."""
    after = [f for f in scene.sentence.figures if f.start >= q.end]
    return after[0] if after and _of_between(scene, q, after[0]) else None


def whole_end(scene: Scene, q: Quantity) -> int:
    """Where the count ``q`` ends, or, when its whole follows it ("40 of 120 miners", "40 out
    of 120 miners", "40 из 120 горняков"), where the whole ends: the noun after the whole
    is what both count."""
    whole = None if q.unit == PERCENT_UNIT else share_of_whole(scene, q)
    return q.end if whole is None else whole.end


def _of_between(scene: Scene, share: Quantity, whole: Quantity) -> bool:
    """Only the words before a whole stand between the two figures: "40 of the 120"."""
    gap = scene.text[share.end : whole.start]
    return _of_whole()[1].fullmatch(gap.lstrip()) is not None and gap[:1].isspace()


def qualifies(scene: Scene, q: Quantity, m: Match, then: Match) -> bool:
    """The event word ``m`` after the figure ``q`` only says who it counts, and ``then``,
    after it, what befell them: "57 bodies of those killed were identified", "two of the 40 injured
    later died", "two injured people later died", "84 тела погибших опознаны" (a genitive
    participle right after the figure's noun), "двое раненых скончались" (the figure's own
    noun, then a predicate)."""
    share, whole = _of_whole()
    if share.match(scene.text[q.end : m.start]):
        return True
    between = scene.words_in(q.end, m.start)
    word = scene.words[m.i]
    genitive = word.cyrillic and word.morph.case == "gent" and word.morph.pos in _NOUN_FORMS
    if genitive and len(between) == 1:
        return True
    if between or whole.search(scene.text, max(0, q.start - _REACH), q.start):
        return False  # "двое из 40 раненых скончались", "two of the 40 injured died": injured
    if word.cyrillic:
        return genitive and _said(scene, then)
    return _attributive(scene, m, then) and _said(scene, then)


def _attributive(scene: Scene, m: Match, then: Match) -> bool:
    """The English event word ``m`` right after a figure names its noun, and ``then`` comes
    later with no figure between: "two injured people later died" (not "40 injured were taken
    to hospital", nor "12 dead and 40 injured", another figure's)."""
    if m.j >= then.i or _DIGIT.search(scene.text, m.end, then.start):
        return False
    return scene.words[m.j].lower not in _auxiliaries()


def _said(scene: Scene, m: Match) -> bool:
    """The event word ``m`` is a predicate, or opens one: "скончались", "died", "were taken"."""
    before = scene.words[m.i - 1] if m.i > 0 else None
    aux = before is not None and not before.cyrillic and before.lower in _auxiliaries()
    return aux or _predicate(scene.words[m.i])


def attached_clause(scene: Scene, q: Quantity, hi: int) -> tuple[int, int] | None:
    """The clause after the figure's (which ends at ``hi``) that hangs on its noun, with no
    figure between: "15 подростков, которых задержали", "1,5 млн участников, вышедших на площади",
    "15 minors, who were detained" (``clauses.relatives``, or a Russian participle)."""
    if scene.text[hi : hi + 1] != "," or _DIGIT.search(scene.text, q.end, hi):
        return None
    first = scene.words_in(hi, hi + 30)[:1]
    if not first:
        return None
    word = first[0]
    relative = (word.lemma if word.cyrillic else word.lower) in _relatives()
    if not relative and not (word.cyrillic and word.morph.pos == "PRTF"):
        return None
    return scene.clauses.of(word.start)


@cache
def _relatives() -> frozenset[str]:
    return in_every_language("clauses.relatives")


def main_clause(scene: Scene, attached: tuple[int, int]) -> tuple[int, int] | None:
    """The clause that goes on after a clause hung on the figure's noun (``attached``) with
    the sentence's own predicate: "трое, пострадавшие при взрыве, | скончались в больнице",
    "один человек, считавшийся погибшим, | найден живым"; None when the sentence ends there or
    goes on with no predicate ("51 человек, считающихся погибшими, | по данным МЧС")."""
    hi = attached[1]
    if scene.text[hi : hi + 1] != ",":
        return None
    after = scene.clauses.of(hi + 1)
    return after if any(_predicate(w) for w in scene.words_in(*after)) else None


def _predicate(w: Word) -> bool:
    """A word that opens or makes a predicate: a Russian verb or short participle, an English
    auxiliary or past form ("was", "rescued")."""
    if w.cyrillic:
        return w.morph.pos in _PREDICATES
    return w.lower in _auxiliaries() or (w.lower.endswith("ed") and len(w.lower) > 3)


def confirmed_so_far(key: str | None, r: Reading, scene: Scene, where: object) -> str | None:
    """ "authorities confirmed 14 deaths", "the bodies of nine climbers", "подтверждена гибель
    12 человек": the deaths confirmed so far are a floor of the toll, a part of it
    (``@confirmed``), never its rival: 14 confirmed and 51 presumed dead are both true, while
    two confirmed counts of one day are still set against each other. (A key scope of
    :mod:`.claims`; where the figure stands does not matter.)"""
    if r.event != TOLL or not key or not key.startswith((GROUP, LEMMA)) or key.endswith(_SHARE):
        return key
    q, noun = r.quantity, r.noun
    noun_end = noun.end if noun is not None and noun.start >= q.end else None
    return f"{key}@{CONFIRMED}" if confirmed(scene, q, noun_end) else key


@dataclass(frozen=True, slots=True)
class _Confirmed:
    """The words that confirm a figure (``parts.confirmed_*`` of both languages)."""

    hint: Contains  # most sentences have none of them: told without a search
    before: re.Pattern[str]  # right before the figure: "confirmed 14", "тела 9"
    after: re.Pattern[str]  # right after the figure or its noun: "17 people are confirmed dead"


def _both(key: str) -> list[str]:
    return [p for lang in LANGUAGES for p in words(lang).list(key)]


def _right_before(phrases: list[str]) -> re.Pattern[str]:
    return skipping(rf"(?<![\w-])(?:{'|'.join(phrases)})\s+$", re.IGNORECASE)


@cache
def _confirmed() -> _Confirmed:
    before = _both("parts.confirmed_before") + _both("parts.bodies")
    after = _both("parts.confirmed_after")
    return _Confirmed(
        Contains(before + after, ignore_case=True),
        _right_before(before),
        re.compile(rf"(?:\s+[\w-]+)?\s+(?:{'|'.join(after)})(?![\w-])", re.IGNORECASE),
    )


@cache
def _bodies() -> re.Pattern[str]:
    return _right_before(_both("parts.bodies"))


def of_bodies(scene: Scene, q: Quantity) -> bool:
    """The figure counts the bodies of those its noun names: "the bodies of 9 climbers",
    "тела 15 человек" (they are dead)."""
    # one search of the few words before the figure: cheaper than any test before it
    return _bodies().search(scene.text, max(0, q.start - _CONFIRM_REACH), q.start) is not None


def confirmed(scene: Scene, q: Quantity, noun_end: int | None) -> bool:
    """The figure ``q`` (its noun ending at ``noun_end``, if it has one after it) counts deaths
    confirmed so far or bodies recovered: "confirmed 14 deaths", "the bodies of 9 climbers",
    "17 people are confirmed dead", "подтверждена гибель 12 человек", "тела 9 горняков"; or
    it spells out such a figure after a dash ("9 deaths — 7 divers and two pilots"); and
    the article says the toll may go beyond it (some presumed dead, or missing)."""
    found = _confirmed()
    near = scene.text[max(0, q.start - _CONFIRM_REACH) : (noun_end or q.end) + _CONFIRM_REACH]
    if not found.hint.may_match(near) or not _beyond_confirmed(scene.sentence.source.text):
        return False
    if _confirmed_at(scene, q.start, noun_end or q.end):
        return True
    head = _listed_under(scene, q)
    return head is not None and _confirmed_at(scene, head.start, head.end)


@cache
def _unconfirmed() -> re.Pattern[str]:
    return skipping(rf"(?<![\w-])(?:{'|'.join(_both('parts.unconfirmed'))})", re.IGNORECASE)


@lru_cache(maxsize=16)
def _beyond_confirmed(article: str) -> bool:
    """The article says its toll may go beyond the deaths confirmed: some are presumed dead,
    or missing (``parts.unconfirmed``). Else a confirmed toll is the toll itself."""
    return _unconfirmed().search(article) is not None


def _confirmed_at(scene: Scene, start: int, end: int) -> bool:
    found = _confirmed()
    if found.before.search(scene.text, max(0, start - _CONFIRM_REACH), start):
        return True
    return found.after.match(scene.text, end) is not None


def _listed_under(scene: Scene, q: Quantity) -> Quantity | None:
    """The figure a list after a dash spells out, when ``q`` is one of its items: "9
    fatalities — 7 divers and two pilots" → 9 (one word between it and the dash)."""
    lo = scene.clauses.of(q.start)[0]
    dash = next(reversed(list(_LIST_DASH.finditer(scene.text, lo, q.start))), None)
    if dash is None or len(scene.words_in(dash.end(), q.start)) > _LIST_WORDS:
        return None
    head = [f for f in scene.sentence.figures if lo <= f.start and f.end <= dash.start()]
    if not head or len(scene.words_in(head[-1].end, dash.start())) > 1:
        return None
    return head[-1]
