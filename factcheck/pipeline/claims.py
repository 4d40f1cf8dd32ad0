"""Readings → claim drafts, through an ordered list of small named rules.

Each rule in :data:`SUBJECT_RULES` looks at one reading and either says what the claim is
about (its subject, key, property and unit) or passes; the first that speaks wins. A figure
no rule speaks for is a bare number, and no claim. :data:`KEY_SCOPES` then narrow the
subject's key where the figure is a part: of a town's toll, of a figure just given, of the
deaths presumed when it counts those confirmed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.keys import (
    COUNT,
    COUNTRIES,
    DISEASE,
    GROUP,
    LEMMA,
    MONEY,
    PART,
    PARTICIPANTS,
    PEOPLE,
    PROTESTERS,
    SHARE,
)
from factcheck.lang.base import words
from factcheck.pipeline.among import among_a_group
from factcheck.pipeline.cases import case_scope, cases_of_a_disease, names_a_cause
from factcheck.pipeline.counts import unit_dimensions
from factcheck.pipeline.crowds import in_a_crowd
from factcheck.pipeline.economy import (
    AGE,
    age_figure,
    age_named,
    duration_figure,
    economic_figure,
    ordinal_figure,
    ratio_figure,
    relative_change,
)
from factcheck.pipeline.holders import held_by
from factcheck.pipeline.reading import PERCENT_UNIT, Place, Reading, Scene
from factcheck.pipeline.scopes import figure_scope
from factcheck.pipeline.shares import sub_group
from factcheck.pipeline.status import confirmed_so_far, whole_end
from factcheck.text.hints import skipping
from factcheck.text.lexicon import Lexicon, Match
from factcheck.text.morph import fold, is_cyrillic, lemma, parses


@dataclass(frozen=True, slots=True)
class Subject:
    """What a claim is about: as written, its key, the property counted and the unit."""

    name: str | None
    key: str | None
    prop: str
    unit: str | None


class Facts:
    """What the rules read of one reading: its noun's forms, its actor's name, its unit."""

    def __init__(self, r: Reading, scene: Scene, lex: Lexicon) -> None:
        self.r = r
        self.scene = scene
        self.lex = lex
        noun = r.noun
        self.noun_text = noun.text if noun else None
        # each word of the noun in its dictionary form: "мирных жителей" → "мирный житель"
        self.noun_lemmas = (
            " ".join(w.lemma for w in scene.words_in(noun.start, noun.end)) if noun else ""
        )
        self.noun_display = nominative_phrase(self.noun_text)
        self.actor_key = r.actor.value if r.actor else None
        self.actor_name = display(scene, r.actor, lex) if r.actor else None
        # the percent sign, a currency, or the counted noun
        self.unit = r.currency or (
            PERCENT_UNIT if r.is_percent else (self.noun_lemmas if noun else None)
        )

    def subject(self, name: str | None, key: str | None, prop: str) -> Subject:
        return Subject(name, key, prop, self.unit)

    def by_noun(self, prop: str) -> Subject:
        """The counted noun is the subject: "15 домов" → lemma:дом."""
        return self.subject(self.noun_display, f"lemma:{self.noun_lemmas}", prop)


SubjectRule = Callable[[Facts], Subject | None]


def count_of_countries(f: Facts) -> Subject | None:
    """ "три страны — Армения, Таджикистан и Россия": how many countries."""
    if f.r.noun_key == COUNTRIES and not f.r.is_percent:
        return f.subject(f.noun_display, COUNTRIES, COUNT)
    return None


def event_toll(f: Facts) -> Subject | None:
    """ "погибли 16 человек", "52 протестующих задержаны", "Россия потеряла 3": an event's
    figure, of a group, of the actor, of the noun, else of people."""
    r = f.r
    if not r.event or r.count_measure == MONEY or (r.count_measure and f.actor_key):
        return None
    if r.noun_key and r.noun_key.startswith(GROUP):
        # "52 протестующих" and "37 человек" задержаны are one figure told two ways
        key = PEOPLE if r.noun_key == PROTESTERS else r.noun_key
        return f.subject(f.noun_display, key, r.event)
    if f.actor_key:
        return f.subject(f.actor_name, f.actor_key, r.event)
    if f.noun_text:
        return f.by_noun(r.event)
    people = f.lex.display_name(PEOPLE, f.scene.sentence.lang)
    return f.subject(people, PEOPLE, r.event)


def group_count(f: Facts) -> Subject | None:
    """ "200 протестующих": how many of a group. A crowd is one quantity however it is told
    ("1.1 million protesters", "3 млн человек вышли на улицы"): the people taking part."""
    r = f.r
    if not (r.noun_key and r.noun_key.startswith(GROUP)) or r.count_measure:
        return None
    if f.actor_key and r.noun_key not in (PEOPLE, PROTESTERS):
        return None  # "Kazakhstan sent 60 rescuers": its team (:func:`actor_measure`)
    # "One protester, a student, died": what happened to a protester is no crowd
    quiet = all(m.value == PARTICIPANTS for m in f.scene.events)
    if (r.noun_key == PROTESTERS and quiet) or (
        r.noun_key in (PEOPLE, PROTESTERS) and in_a_crowd(f.scene, r.quantity)
    ):
        return f.subject(f.noun_display, PEOPLE, PARTICIPANTS)
    return f.subject(f.noun_display, r.noun_key, COUNT)


def actor_measure(f: Facts) -> Subject | None:
    """ "Россия — 1400 военных", "Сомов — 46,8%", "Kazakhstan sent 60 rescuers": the actor's
    troops, vehicles, share, or group (the same in both languages)."""
    r = f.r
    if not (f.actor_key and (r.count_measure or r.noun or r.is_percent)):
        return None
    group = r.noun_key.removeprefix(GROUP) if r.noun_key and r.noun_key.startswith(GROUP) else None
    prop = r.count_measure or group or (f.noun_lemmas if f.noun_text else SHARE)
    return f.subject(f.actor_name, f.actor_key, prop)


def age_of_those_counted(f: Facts) -> Subject | None:
    """ "тела четырёх школьников в возрасте от 11 до 15 лет", "five pupils, at ages 9 to 16": the
    ages of the people the figure before counted (whose noun it took), not another count."""
    r = f.r
    if r.noun is None or r.noun.end > r.quantity.start or r.quantity.unit == PERCENT_UNIT:
        return None
    named = age_named(f.scene, r.quantity.start)
    return f.subject(named[0], named[1], AGE) if named else None


def share_of_a_sub_group(f: Facts) -> Subject | None:
    """ "31% of teachers in primary schools, 24% in secondary schools": each share is of its
    own sub-group, the second keeping the first's group noun (:mod:`.shares`)."""
    q = f.r.quantity
    found = None if q.unit != PERCENT_UNIT or f.actor_key else sub_group(f.scene, q)
    return f.subject(nominative_phrase(found.name), found.key, SHARE) if found else None


def dimension(f: Facts) -> Subject | None:
    """ "на глубине 18 км", "at a depth of 10 km": a dimension measured in the noun's unit,
    whoever is named beside it ("18 km from the Syrian border")."""
    r = f.r
    if r.count_measure in unit_dimensions():
        return Subject(r.count_measure, f"lemma:{r.count_measure}", r.count_measure, f.unit)
    return None


def measured_noun(f: Facts) -> Subject | None:
    """ "8 единиц бронетехники": a measure of the noun's own."""
    r = f.r
    if r.count_measure and f.noun_text and not (r.count_measure == MONEY and r.head):
        return f.by_noun(r.count_measure)
    return None


def headed(f: Facts) -> Subject | None:
    """ "Явка составила 38,4%", "Ущерб превышает 87 млрд тенге": the clause's subject."""
    r = f.r
    if r.head is None or not (r.is_percent or r.count_measure == MONEY or r.noun is None):
        return None
    name, key = r.head
    if r.is_percent:
        return f.subject(name, key, SHARE)
    if f.noun_text:
        return Subject(name, key, r.count_measure or f.noun_lemmas, f.noun_lemmas)
    return f.subject(name, key, r.count_measure or "value")


def counted_noun(f: Facts) -> Subject | None:
    """ "15 домов": how many of the noun."""
    return f.by_noun(COUNT) if f.noun_text else None


SUBJECT_RULES: tuple[SubjectRule, ...] = (
    economic_figure,
    ordinal_figure,
    age_figure,
    age_of_those_counted,
    duration_figure,
    ratio_figure,
    relative_change,
    share_of_a_sub_group,
    dimension,
    count_of_countries,
    cases_of_a_disease,
    event_toll,
    group_count,
    actor_measure,
    measured_noun,
    headed,
    counted_noun,
)


def subject_of(r: Reading, scene: Scene, lex: Lexicon) -> Subject | None:
    """What the reading's claim is about, by the first rule that speaks; None for a bare
    number with nothing to say what it counts."""
    facts = Facts(r, scene, lex)
    for rule in SUBJECT_RULES:  # a loop, not next() of a generator: every figure asks many
        found = rule(facts)
        if found is not None:
            return found
    return None


KeyScope = Callable[[str | None, Reading, Scene, Place], str | None]


def in_a_place(key: str | None, r: Reading, scene: Scene, where: Place) -> str | None:
    """ "в Алматы погибли 10", "In Lyon, 48 people…", "1,310 in army-held areas", "the toll in
    Turkey", "Leeds (44), York (12)": a figure of a town, an area or a country is a part of the
    whole, not a rival to it (:mod:`.scopes`), unless the whole article is set in that one
    town or country: then it is the event's own figure."""
    if not key or key == COUNTRIES:  # "three countries" agreed: a list, wherever it was said
        return key
    if not (key.startswith(GROUP) or (r.event and key.startswith(LEMMA))):
        return key
    scope = figure_scope(scene, r, where.clause, where.home)
    return f"{key}@{scope}" if scope else key


def share_of_previous(key: str | None, r: Reading, scene: Scene, where: Place) -> str | None:
    """ "31 injured, 12 of them in hospital", "40 of the 120 miners": a share of a figure just
    given, or given with it, not a rival (a named group, "трое детей", is a part already)."""
    q = r.quantity
    # a group named with the figure ("в том числе трое детей") is a part already; one it takes
    # from the figure before ("34 officers…, including four seriously") is not
    elided = r.noun is not None and r.noun.end <= r.quantity.start
    if key == PEOPLE or (key is not None and key.startswith(GROUP) and "@" not in key and elided):
        # the state said of this figure, not of another joined by "и/and" in its clause
        lo, hi = scene.clauses.narrow(*where.clause, q.start, q.end)
        if _is_partitive(scene.text, q.start, q.end, scene.text[lo:hi]):
            return f"{key}@{PART}"
    if not key or not key.startswith((GROUP, LEMMA)):
        return key
    if _is_increment(scene.text, q.start, q.end):
        return f"{key}@{PART}"  # "14 more were taken to hospital": added to a total, not one
    # "17 of the 45 sailors", "17 из 45 моряков": a part of that whole ("40 of the 120 miners
    # were rescued" counts the rescued, as "40 miners were rescued" does; a party's seats are
    # its own)
    if r.event is None and "@name:" not in key and whole_end(scene, q) != q.end:
        return f"{key}@{PART}"
    return key


def of_a_disease(key: str | None, r: Reading, scene: Scene, where: Place) -> str | None:
    """ "162,000 deaths related to COVID-19", "умерли 8 113 пациентов с гриппом": deaths of a
    disease are a part of all deaths, never their rival (``figures.causes``); so are cases of
    one, "12 cases of measles" (:mod:`.cases`)."""
    if not key or not key.startswith(GROUP):
        return key
    if (cases := case_scope(key, r, scene)) is not None:
        return cases
    if r.event not in _DISEASE_EVENTS:
        return key
    q = r.quantity
    start = max(q.end, r.noun.end if r.noun else q.end)
    end = min(where.clause[1], start + _CAUSE_REACH)
    return f"{key}@{DISEASE}" if names_a_cause(scene.text, start, end) else key


_DISEASE_EVENTS = frozenset({"killed", "ill"})
_CAUSE_REACH = 60


KEY_SCOPES: tuple[KeyScope, ...] = (
    among_a_group,
    held_by,
    in_a_place,
    share_of_previous,
    of_a_disease,
    confirmed_so_far,
)


def scoped_key(r: Reading, key: str | None, scene: Scene, where: Place) -> str | None:
    for scope in KEY_SCOPES:
        key = scope(key, r, scene, where)
    return key


@dataclass(frozen=True, slots=True)
class _Parts:
    """What makes a figure a share of one just given, in both languages."""

    after: re.Pattern[str]  # "12 of them", "12 из них"
    before: re.Pattern[str]  # "of them 12", "в том числе трое"
    state: re.Pattern[str]  # the state of some of the hurt: "three in critical condition"
    added_before: re.Pattern[str]  # "ещё четыре", "another 14": an increment
    added_after: re.Pattern[str]  # "14 more": an increment ("more than" is a bound)


@cache
def _parts() -> _Parts:
    en, ru = words("en"), words("ru")

    def either(key: str) -> str:
        return "|".join(re.escape(p) for p in en.list(key) + ru.list(key))

    state = "|".join(rf"\b{p}" for p in ru.list("parts.state") + en.list("parts.state"))
    before = "|".join(
        rf"\b{re.escape(p)}" for p in en.list("parts.before") + ru.list("parts.before")
    )
    return _Parts(
        after=re.compile(rf"\s+(?:{either('parts.after')})\b", re.IGNORECASE),
        before=skipping(rf"(?:{before})[\s,:—–-]*$", re.IGNORECASE),
        state=skipping(state, re.IGNORECASE),
        added_before=re.compile(
            rf"(?<![\w-])(?:{either('parts.added_before')})\s+$", re.IGNORECASE
        ),
        added_after=re.compile(
            rf"\s+(?:{either('parts.added_after')})\b(?!\s+(?:{either('parts.added_not')})\b)",
            re.IGNORECASE,
        ),
    )


def _is_partitive(sentence: str, start: int, end: int, clause: str) -> bool:
    """The figure at ``sentence[start:end]`` is a share of one given before it: "12 of them",
    "из них 12", or its ``clause`` gives the state of some of the hurt ("в тяжелом
    состоянии")."""
    parts = _parts()
    if parts.after.match(sentence, end) or parts.before.search(sentence, 0, start):
        return True
    return bool(parts.state.search(clause))


def _is_increment(sentence: str, start: int, end: int) -> bool:
    """The figure at ``sentence[start:end]`` is added to a total given before: "ещё четыре
    человека", "another 14", "14 more people" (not "14 more than")."""
    parts = _parts()
    if parts.added_before.search(sentence[max(0, start - 20) : start]):
        return True
    return parts.added_after.match(sentence, end) is not None


def display(scene: Scene, m: Match, lex: Lexicon) -> str:
    """A name as a journalist writes it: the dictionary form of the words in the article."""
    written = scene.text[m.start : m.end]
    if written.isupper():
        return written
    lang = "ru" if is_cyrillic(written) else "en"
    if m.j - m.i == 1 and written[:1].isupper():
        base = scene.words[m.i].lemma if lang == "ru" else written
        return base[:1].upper() + base[1:]
    return lex.display_name(m.value, lang)


@lru_cache(maxsize=16384)
def nominative_phrase(noun: str | None) -> str:
    """The counted noun in the nominative: "протестующих" → "протестующие", "стран" → "страны"."""
    if noun is None:
        return ""
    if not is_cyrillic(noun):
        return noun.lower()
    return " ".join(_nominative(w) for w in noun.split())


def _nominative(word: str) -> str:
    parsed = parses(word)
    if not parsed:
        return fold(word)
    form = parsed[0].inflect({"nomn"})
    return fold(str(form.word)) if form is not None else lemma(word)
