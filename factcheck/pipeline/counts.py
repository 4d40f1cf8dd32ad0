"""What a figure counts: its noun, the noun it measures, its event.

"150 военных" counts troops; "18 ранены" has no noun of its own (the event word is not one) and
takes it from the figure before (:mod:`.lists`); "€30 million" is money whatever word follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from factcheck.keys import MONEY, TROOPS
from factcheck.lang.base import LANGUAGES, in_every_language, words
from factcheck.models import Quantity
from factcheck.pipeline.copulas import copula_group
from factcheck.pipeline.reading import IGNORE, PERCENT_UNIT, Scene
from factcheck.pipeline.scopes import bracket_place
from factcheck.pipeline.status import (
    TOLL,
    attached_clause,
    current,
    former_in,
    main_clause,
    of_bodies,
    qualifies,
    whole_end,
    whole_of_share,
)
from factcheck.pipeline.tallies import NOTHING, counted_by, of_tally, tally_event
from factcheck.pipeline.tallies import Counted as Counted
from factcheck.pipeline.tallies import find_measured as find_measured
from factcheck.text.hints import Contains, any_of
from factcheck.text.lexicon import Match
from factcheck.text.morph import Token, Word, fold, parses
from factcheck.text.numbers.vocabulary import HYPHEN_MEASURES

# Words between a figure and its noun that do not change what is counted.
_MEASURE_WORDS = frozenset("единица штука шт человек of units unit pieces".split())

_CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB"}
_CURRENCY_SIGN = re.compile("[" + "".join(_CURRENCIES) + "]")
_DIGIT = re.compile(r"\d")
_HYPHEN_WORD = re.compile(r"-([^\W\d_]+)")
_STOP = re.compile(r"[.!?;:—–/]")  # between words: the counted noun is not looked for past it
_STATE_REACH = 80  # characters after a figure read for the state of its troops

EN_LEAD = frozenset("of the a an more other additional further".split())

EN_FUNCTION = frozenset(
    "on in at to for from by with and or but as than per into over after before since during near "
    "according "
    "about across were was is are be been being had has have will would could may might must "
    "shall said says say told who which that this these those them they it its their his her "
    "our we you he she more less up down out off also still only just already each "
    # verbs that follow a bare figure ("15 remain missing", "40 fled"): the noun is elided
    "remain remained remains stay stayed fled flee live lived went came left arrived returned "
    "can cannot should do did does got when where while whose because although if".split()
) | frozenset(
    # irregular past participles: "300 brought in from England" has no noun of its own
    "brought sent taken given made found held kept lost seen shot built caught bought sold put "
    "told spent won led fed flown drawn driven thrown grown known shown begun become gone done "
    "flown hidden stolen".split()
)

# "five of them children", "пятеро из них — дети": the noun after the share says who
_OF_THEM_SAY = re.compile(
    r"\s+(?:of\s+(?:them|whom)|из\s+(?:них|которых))(?:\s*[—–-]|\s+(?:were|are|was))?\s+",
    re.IGNORECASE,
)
# A clause that only links its subject to the figure: "…, достигло 64", "…, reached 64".
_LINK_BEFORE = re.compile(
    r"[\s,]*(?:(?:достиг|состав|превы)[а-яё]*|(?:вырос|увеличил)[а-яё]*\s+до"
    r"|reached|rose\s+to|stood\s+at|climbed\s+to)\s+$",
    re.IGNORECASE,
)


def find_noun(scene: Scene, q: Quantity, clause_end: int) -> Counted:
    """The counted noun: within the few words after the figure, in the same clause; for a
    bracketed figure of a list of places ("Задержаны 40 человек: в Уфе (12), Перми (9)"), the
    noun of the list's head when the bracket has none.

    An event word right after the figure ("18 ранены", "23 injured") is no noun: the figure's
    noun is then elided and comes from the figure before it.
    """
    if q.unit == PERCENT_UNIT:
        return NOTHING
    sign = _CURRENCY_SIGN.search(scene.text, max(0, q.start - 1), q.end)
    if sign:  # "€30 million", "$2 billion": money, whatever word follows
        return Counted(measure=MONEY, currency=_CURRENCIES[sign.group()])
    if _not_a_count(scene, q):
        return Counted(key=IGNORE)
    counted = of_tally(scene, q, _noun_after(scene, q, clause_end))
    counted = copula_group(scene, q) if counted is NOTHING else counted  # "12 were children"
    if counted.measure == TROOPS:  # "900 troops already in X" are not the ones sent there
        return Counted(counted.noun, counted.key, _troop_state(scene, q), counted.currency)
    dimension = _dimension(scene, q.start) or _dimension_after(scene, q.end)
    if dimension and counted.noun is not None:  # "на глубине 18 км": depth, in km
        return Counted(counted.noun, measure=dimension)
    if dimension and counted is NOTHING:  # "магнитудой 5,8": a dimension with no unit
        return Counted(measure=dimension)
    if counted is NOTHING:
        place = bracket_place(scene, q.start)
        if place is not None:
            return _head_noun(scene, place.start)
    return counted


def _troop_state(scene: Scene, q: Quantity) -> str:
    """Troops sent or moved (the default, :data:`TROOPS`), or, by ``figures.troop_states``,
    troops already stationed where they are or put on alert: three different quantities. The
    first state of the table found from the figure's clause to the next figure wins."""
    lo = scene.clauses.of(q.start)[0]
    window = scene.text[lo : q.end + _STATE_REACH]
    nxt = _DIGIT.search(window[q.end - lo :])  # up to the next figure
    if nxt:
        window = window[: q.end - lo + nxt.start()]
    if not _any_troop_state().search(window):
        return TROOPS  # most windows name no state: one search for any spares one for each
    return next((state for p, state in _troop_states() if p.search(window)), TROOPS)


@cache
def _troop_states() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE), " ".join(state))
        for lang in LANGUAGES
        for pattern, state in words(lang).links("figures.troop_states").items()
    )


@cache
def _any_troop_state() -> re.Pattern[str]:
    return any_of([p.pattern for p, _ in _troop_states()], re.IGNORECASE)


@cache
def unit_dimensions() -> frozenset[str]:
    """The dimensions a unit measures ("depth"), by ``figures.dimensions`` of the words files
    (built once: every figure's subject asks)."""
    return frozenset(name for name, _ in _dimensions())


@cache
def _dimensions() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return _dimension_table("figures.dimensions", r"(?<!\w)(?:{})\s*$")


def _dimension_table(key: str, shape: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each dimension of ``key`` in every words file, its pattern set in ``shape``."""
    return tuple(
        (" ".join(name), re.compile(shape.format(pattern), re.IGNORECASE))
        for lang in LANGUAGES
        for pattern, name in words(lang).links(key).items()
    )


@cache
def _any_dimension() -> tuple[Contains, re.Pattern[str]]:
    """Any of the dimensions' patterns, and the literal text one of them needs: the test and
    the one search that tell most figures have none of them."""
    phrases = [p for lang in LANGUAGES for p in words(lang).links("figures.dimensions")]
    hint = Contains(phrases, ignore_case=True)
    return hint, any_of([p.pattern for _, p in _dimensions()], re.IGNORECASE)


def _dimension(scene: Scene, start: int) -> str | None:
    """The dimension named right before a figure: "на глубине 18 км" → depth."""
    lo = max(0, start - 40)
    hint, pattern = _any_dimension()
    if not hint.may_match(scene.text[lo:start]) or not pattern.search(scene.text, lo, start):
        return None
    return next((name for name, p in _dimensions() if p.search(scene.text, lo, start)), None)


def _dimension_after(scene: Scene, end: int) -> str | None:
    """The dimension written right after a figure: "a 6.2 magnitude quake" → magnitude."""
    return next((name for name, p in _dimensions_after() if p.match(scene.text, end)), None)


@cache
def _dimensions_after() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return _dimension_table("figures.dimensions_after", r"(?:{})(?!\w)")


def _not_a_count(scene: Scene, q: Quantity) -> bool:
    """A day before its month or a year after it ("10 Декабря 2011"), or a duration told number
    last ("не видела лет 20"): no count of anything (``figures.before_no_count`` of the words
    files)."""
    after = scene.words_in(q.end, q.end + 20)[:1]
    if (
        after
        and after[0].lower in _month_names()
        and not scene.text[q.end : after[0].start].strip()
    ):
        return True
    before = scene.words_in(max(0, q.start - 30), q.start)[-2:]
    if before and before[-1].end > q.start:
        before = before[:-1]  # words do not overlap: only the last may run past the figure
    if not before or scene.text[before[-1].end : q.start].strip():
        return False
    word = before[-1].lower
    if word in _words_before_no_count():
        return True
    is_year = q.low == q.high and q.low is not None and 1900 <= q.low <= 2100
    return is_year and word in _month_names()


@cache
def _words_before_no_count() -> frozenset[str]:
    return in_every_language("figures.before_no_count")


@cache
def _month_names() -> frozenset[str]:
    return frozenset(
        fold(form)
        for lang in LANGUAGES
        for line in words(lang).forms("dates.months")
        for form in line
    )


def _head_noun(scene: Scene, before: int) -> Counted:
    """The nearest group or counted noun before ``before``: the head of a list of places."""
    kinds = (("group", scene.groups), ("count", scene.counts))
    found = [(m.end, kind, m) for kind, ms in kinds for m in ms if m.end <= before]
    if not found:
        return NOTHING
    _, kind, m = max(found, key=lambda x: x[0])
    return counted_by(scene, kind, m)


def _noun_after(scene: Scene, q: Quantity, clause_end: int) -> Counted:
    """The counted noun within the few words after the figure, in its clause."""
    share = _OF_THEM_SAY.match(scene.text, q.end)
    begin = share.end() if share else whole_end(scene, q)  # "40 из 120 горняков": горняки
    hyphened = _HYPHEN_WORD.match(scene.text, begin)
    if hyphened and fold(hyphened.group(1)) in HYPHEN_MEASURES:
        begin = hyphened.end()  # "a 300-strong crowd": the crowd is counted
    after = scene.words_in(begin, clause_end)[:4]
    adjective = NOTHING  # "5 тыс. рабочих", "14 выживших": with no noun after it, it is one
    for k, word in enumerate(after):
        gap = scene.text[(after[k - 1].end if k else begin) : word.start]
        if _STOP.search(gap):
            break
        if word.start in scene.nouns_at:
            return counted_by(scene, *scene.nouns_at[word.start])
        if word.start in scene.event_starts:
            return adjective
        if word.lemma in _MEASURE_WORDS or word.lower in _MEASURE_WORDS:
            continue
        step = _russian_step(word) if word.cyrillic else _english_step(scene, after, k, share)
        if step is None and word.cyrillic and word.morph.case == "gent":
            adjective = Counted(Token(word.text, word.start, word.end))
        elif step is not None:  # (a word the dictionary may also read as a noun: "судна")
            return adjective if step is NOTHING and not _may_be_noun(word) else step
    return adjective


def _may_be_noun(word: Word) -> bool:
    return word.cyrillic and any(p.tag.POS == "NOUN" for p in parses(word.text))


def _russian_step(word: Word) -> Counted | None:
    """A noun counts ("150 военных"); an adjective or participle is passed over; any other
    word ends the search."""
    pos = word.morph.pos
    if pos == "NOUN" and not word.morph.place_name:
        return Counted(Token(word.text, word.start, word.end))
    if pos in ("ADJF", "PRTF"):
        return None
    return NOTHING


def _english_step(
    scene: Scene, after: Sequence[Word], k: int, share: re.Match[str] | None
) -> Counted | None:
    """The noun at English word ``after[k]``, or None to look at the next word."""
    w = after[k].lower
    if w in EN_LEAD:
        return None  # "dozens of homes", "six of the miners"
    if w in EN_FUNCTION:
        return NOTHING  # "21 on Saturday", "six of them": no noun here
    if after[k].start in scene.entity_starts and k + 1 < len(after):
        return None  # "1,400 Russian troops": the name is the actor; the noun follows
    if w.endswith("ly") and len(w) > 4:
        return NOTHING  # "nine of them seriously": an adverb, no noun
    if w.endswith("ed") and len(w) > 5 and not w.endswith("eed"):
        return NOTHING  # "thousands joined", "280,000 claimed": a verb, no noun
    if share and not _plural(w):
        return NOTHING  # "40 of them swept away": after a share, only a plural names who
    return Counted(_english_compound(scene, after[k:]))


def _english_compound(scene: Scene, words: Sequence[Word]) -> Token:
    """ "95 fire engines", "11 water-dropping aircraft": the noun is the last of the run."""
    last = words[0]
    for word in words[1:3]:
        w = word.lower
        if (
            scene.text[last.end : word.start].strip()
            or w in EN_FUNCTION
            or w in EN_LEAD
            or word.start in scene.event_starts
            or word.text[:1].isupper()
            or w.endswith("ed")  # "two men suspected of looting": a participle ends the noun
            or _plural(last.lower)  # "236 miners underground": the plural head ends it
        ):
            break
        last = word
    return Token(scene.text[words[0].start : last.end], words[0].start, last.end)


def _plural(word: str) -> bool:
    """An English plural in -s ("engines", "officers"), the head of its compound."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def find_event(q: Quantity, events: Sequence[Match], lo: int, hi: int) -> str | None:
    """The nearest event word to the figure within ``[lo, hi)`` (killed, injured, detained…)."""
    best: tuple[int, Match] | None = None
    for m in events:
        if lo <= m.start < hi:
            distance = q.start - m.end if m.end <= q.start else m.start - q.end
            if best is None or distance < best[0]:
                best = (distance, m)
    return best[1].value if best else None


# The conditions of some of the hurt or ill (measures of the lexicon): a figure said to be in
# one counts those in it, whatever else its clause says happened to them.
_CONDITIONS = frozenset(("serious", "icu", "ventilator"))


def event_of(
    scene: Scene, q: Quantity, clause: tuple[int, int], has_noun: bool, through: int
) -> str | None:
    """The figure's event: the nearest in its part of the clause up to ``through``, the end of
    its nouns ("23 villagers and rescuers"), a condition first; else one said outside it."""
    place = bracket_place(scene, q.start)
    if place is not None:  # "Arrests were made in Leeds (44), York (12)": the list's head's
        outside = [m for m in scene.events if not scene.in_attribution(m.start)]
        return find_event(q, outside, 0, place.start)
    hi = clause[1]
    if whole_of_share(scene, q):  # "40 of the 120 miners were rescued": the 40 were
        own = scene.words_in(q.end, hi)[:1] if through <= q.end else ()  # "из 40 раненых"
        return find_event(q, scene.events, q.end, own[0].end if own else through)
    if not scene.events:  # most sentences name no event: only recovered bodies would name one
        return TOLL if has_noun and of_bodies(scene, q) else None
    event = _event_in_part(scene, q, clause, through)
    if event is None and has_noun and of_bodies(scene, q):
        return TOLL  # "the bodies of 9 climbers were recovered": they are dead
    return event or _event_outside(scene, q, clause, has_noun)


def _event_in_part(scene: Scene, q: Quantity, clause: tuple[int, int], through: int) -> str | None:
    """The nearest event of the figure's part of its clause (between "и/and"), up to
    ``through``: a condition first, else the event past one that only says who it counts."""
    ev_lo, ev_hi = scene.clauses.narrow(*clause, q.start, max(q.end, through))
    event = find_event(q, current(scene, ev_lo, ev_hi), ev_lo, ev_hi)
    # "40 were hospitalised in serious condition": those in the condition are counted
    event = next(
        (m.value for m in scene.events if ev_lo <= m.start < ev_hi and m.value in _CONDITIONS),
        event,
    )
    after = [m for m in scene.events if q.end <= m.start < ev_hi]
    if len(after) > 1 and event == after[0].value and qualifies(scene, q, after[0], after[1]):
        event = after[1].value  # "57 bodies of those killed were identified": identified
    return event


def _event_outside(
    scene: Scene, q: Quantity, clause: tuple[int, int], has_noun: bool
) -> str | None:
    """The event of a figure whose clause names none: the subject's that a link verb ties it
    to ("Число заболевших, по данным ведомства, достигло 64"), the tally's ("численность
    митинга, по оценкам организаторов, составила 80 тыс."), or the clause's hung on its noun
    ("15 подростков, которых задержали") unless the main clause after it names its own, or
    none when that clause gives a status held before (:mod:`~factcheck.pipeline.status`)."""
    lo, hi = clause
    if not has_noun and _LINK_BEFORE.match(scene.text, lo, q.start):
        outside = [m for m in scene.events if not scene.in_attribution(m.start)]
        event = find_event(q, outside, 0, q.start)
        if event is not None:
            return event
    event = tally_event(scene, q)
    attached = attached_clause(scene, q, hi)
    if event is None and has_noun and attached is not None:
        # "трое, пострадавшие при взрыве, скончались": the main clause's own event decides
        main = main_clause(scene, attached)
        event = find_event(q, scene.events, *main) if main else None
        if event is None and not (main and former_in(scene, *attached)):
            event = find_event(q, scene.events, *attached)
    return event
