"""Where a figure is counted: its scope, the part of the world its key is narrowed to.

A scope is a town or region ("в Алматы", "In Lyon, …", "на улицы Лиона", "in the Nizhny
Novgorod region"), the capital ("в столице", "in the capital"), an area of a country ("in
rebel-held areas", "на подконтрольных правительству территориях", "на северо-западе страны"),
or a country ("the toll in Turkey", "в Турции"). It may stand before the figure or after it, in
the figure's clause or fronted before it ("In Lyon, 48 people…"). Two different scopes are two
different quantities; a scoped figure is a part of the unscoped whole.

The words are the words files' (``places.*``): the prepositions before a place, the
settlement and street nouns before a name, the words for the capital, the area phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.keys import COUNTRY
from factcheck.lang.base import LANGUAGES, in_every_language, words
from factcheck.pipeline.homes import CAPITAL, capital_key, country_home
from factcheck.pipeline.reading import Reading, Scene
from factcheck.text.gazetteer import gazetteer, known_name, place_adjective
from factcheck.text.hints import Contains, any_of, skipping
from factcheck.text.morph import Word, fold
from factcheck.text.places import (
    NOT_PLACES,
    PLACE_BEFORE,
    after_one_of,
    in_a_list,
    joined,
    may_name_place,
    name_at,
    named_place,
    town_of,
    where_after,
    with_region,
)

# How far (in characters) a place may stand from the figure it scopes, within its clause.
_NEAR = 80
_TRAILING_FIGURE = re.compile(r"[\d\s.,]+$")
# What keeps an earlier clause's place from a figure (besides another one): contrast, full stop.
_BETWEEN_BREAK = re.compile(r"[;.!?]|\s(?:а|но|однако|while|whereas|but|however)\s", re.IGNORECASE)
# A contrast within a sentence (its full stops inside are abbreviations: "4 тыс.").
_CONTRAST = re.compile(r"[;!?]|\s(?:а|но|однако|while|whereas|but|however)\s", re.IGNORECASE)
# A figure opening a bracket right after a name: "Lyon (22,000", "Уфе (87".
_BRACKET_BEFORE = re.compile(r"[^\W\d_]\s*\(\s*$")
# A dash or colon between figures: the ones after it break the one before down.
_LIST_DASH = re.compile(r"[—–:]|\s-\s")
# A name in a list of names is no scope of its own: "in Turkey and Syria", "в Турции, Сирии".
_LIST_AFTER = re.compile(r"^\s*(?:,|and\b|or\b|и\b|или\b|&)\s*$", re.IGNORECASE)
# From the end of an area's phrase (the rest of its last word) to the country named right after
# it: "rebel-held areas of northern Syria", "на подконтрольных правительству территориях Сирии".
_AREA_OF = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s+")
AREA = "area:"


@dataclass(frozen=True, slots=True)
class Scope:
    """A place named in a sentence: its key ("place:lyon", "area:rebels", "country:TR") and
    where it is written."""

    key: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Words:
    """The scope words of both languages."""

    areas: tuple[tuple[re.Pattern[str], str], ...]  # an area phrase and the area it names
    any_area: re.Pattern[str]  # any of the area phrases: most sentences have none
    area_hint: Contains  # the literal texts one of which each phrase needs: told far cheaper
    capitals: frozenset[str]  # "столица", "capital"
    capital_adjectives: frozenset[str]  # "столичный"
    adjectives: frozenset[str]  # these and the gazetteer's: every word a place's adjective may be
    country_before: frozenset[str]  # "всей", "across": "по всей Италии", "across Italy"
    not_after_adjective: frozenset[str]  # "по московскому времени" names no scope
    part_opener: re.Pattern[str]  # "including", "в том числе": the figures after are parts
    where_said: frozenset[str]  # "выступая", "speaking": "Speaking in Lyon, the mayor said"


@cache
def _words() -> _Words:
    phrases = [
        (rf"\b{pattern}", " ".join(name))
        for language in LANGUAGES
        for pattern, name in words(language).links("places.areas").items()
    ]

    openers = "|".join(p for lang in LANGUAGES for p in words(lang).list("lists.part_openers"))

    def both(key: str) -> frozenset[str]:
        return frozenset(map(fold, in_every_language(key)))

    return _Words(
        areas=tuple((re.compile(pattern, re.IGNORECASE), name) for pattern, name in phrases),
        any_area=any_of([p for p, _ in phrases], re.IGNORECASE),
        area_hint=Contains([p for p, _ in phrases], ignore_case=True),
        capitals=both("places.capitals"),
        capital_adjectives=both("places.capital_adjectives"),
        adjectives=both("places.capital_adjectives") | frozenset(gazetteer().adjectives),
        country_before=both("places.country_before"),
        not_after_adjective=both("places.not_after_adjective"),
        part_opener=re.compile(rf"(?<!\w)(?:{openers})(?!\w)", re.IGNORECASE),
        where_said=both("places.where_said"),
    )


@lru_cache(maxsize=64)
def scopes_in(scene: Scene, *, attributed: bool = False) -> tuple[Scope, ...]:
    """Every place the sentence names outside its attribution (or in it too, ``attributed``:
    "Lyon police said…"), left to right (worked out once per scene: each of its figures asks)."""
    found = list(_named_places(scene))
    if not attributed:
        found = [s for s in found if not (scene.in_attribution(s.start) or _where_said(scene, s))]
    # an area says more than the country or town inside its phrase ("areas of Syria held by rebels")
    areas = [s for s in found if s.key.startswith(AREA)]
    kept = [s for s in found if s in areas or not any(a.start <= s.start < a.end for a in areas)]
    return tuple(sorted(kept, key=lambda s: s.start))


@lru_cache(maxsize=64)
def _named_places(scene: Scene) -> tuple[Scope, ...]:
    """Every place the sentence names, its attribution's too (found once: both readings ask)."""
    return (*_areas(scene), *_towns(scene), *_countries(scene))


def _where_said(scene: Scene, s: Scope) -> bool:
    """The place is where a speaker spoke, in a clause a word of speaking opens ("Speaking in
    Lyon, the mayor said…", "Выступая в Казани, министр заявил…"), not where a figure is."""
    lo = scene.clauses.of(s.start)[0]
    first = scene.words_in(lo, s.start)[:1]
    return bool(first) and first[0].lower in _words().where_said


def scope_of(
    scene: Scene, start: int, end: int, clause: tuple[int, int], *, fallback: bool = True
) -> Scope | None:
    """The scope of the figure at ``[start, end)``: the nearest place of its part of the
    clause (between "and"s), else of its clause, else (with ``fallback``) one of an earlier
    clause that runs into it or opens the sentence ("In Lyon, 48 people…, 9 of them…"). A
    place far from the figure in a long clause is another's."""
    scopes = scopes_in(scene)
    lo, hi = clause

    def distance(s: Scope) -> int:
        return s.start - end if s.start >= end else start - s.end

    part = scene.clauses.narrow(lo, hi, start, end)
    if _whole().search(scene.text, *part):  # "3.5 million nationwide and 700 in Paris"
        return None
    for a, b in (part, (lo, hi)):
        near = [s for s in scopes if a <= s.start < b and _alone(scene, s, start, end)]
        if near:
            return min(near, key=distance)
    return _earlier(scene, scopes, lo, start) if fallback else None


def _earlier(scene: Scene, scopes: tuple[Scope, ...], lo: int, start: int) -> Scope | None:
    """The place of a clause before the figure's (which begins at ``lo``) that runs into the
    figure at ``start``, or that opens the sentence; else None."""
    before = [s for s in scopes if s.end <= lo]
    if before and _runs_into(scene, before[-1].end, start):
        return before[-1]
    last = [s for s in scopes if s.end <= start][-1:]
    if last and _coordinated(scene, last[0].end, start):
        return last[0]
    opening = [s for s in before if scene.clauses.of(s.start)[0] == 0][-1:]
    return opening[0] if opening and not _apart(scene, opening[0].end, start) else None


def _runs_into(scene: Scene, lo: int, hi: int) -> bool:
    """Nothing between ``lo`` and ``hi`` keeps a place from the figure after it: no other
    figure (a date may stand there: "in the capital on May 4, with 70,000"), no contrast, no
    full stop."""
    if any(lo <= q.start < hi for q in scene.sentence.figures):
        return False
    return not _BETWEEN_BREAK.search(scene.text, lo, hi)


def _coordinated(scene: Scene, lo: int, hi: int) -> bool:
    """The figure at ``hi`` runs on from the one the place ending at ``lo`` scopes: "in the
    opposition-held districts 300 died and 500 were hurt", "на севере погибли 30 и ранены 90". Each
    figure stands near the one before it, the first near the place; no contrast, dash or
    country stands between (a country after the first figure scopes the rest itself)."""
    figures = [q for q in scene.sentence.figures if lo <= q.start < hi]
    if not figures or _CONTRAST.search(scene.text, lo, hi):
        return False
    starts = [*(q.start for q in figures), hi]
    gaps = list(zip([lo, *(q.end for q in figures)], starts, strict=True))
    if any(b - a > _NEAR for a, b in gaps):
        return False
    # after a dash the figures break the one before down ("51 dead — 46 miners and 5 rescuers")
    if any(_LIST_DASH.search(scene.text, a, b) for a, b in gaps[1:]):
        return False
    return not _apart(scene, figures[0].end, hi)


def bracket_place(scene: Scene, start: int) -> Scope | None:
    """The place a bracketed figure of a list belongs to: "Nantes (9,000 to 21,000)",
    "Санкт-Петербург (309)", "Tajikistan (200)"; None when the bracket follows no place."""
    if not scene.text[max(0, start - 4) : start].rstrip().endswith("("):
        return None  # the common case, told cheaply
    m = _BRACKET_BEFORE.search(scene.text, max(0, start - 8), start)
    if m is None:
        return None
    tokens = scene.words
    k = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= m.start() + 1), -1)
    while k > 0 and tokens[k - 1].text[:1].isupper() and joined(scene.text, tokens, k):
        k -= 1  # "Saint-Étienne", "Nizhny Novgorod": the name's first word
    # a name the dictionary knows as a place needs no list around it ("следом идут Уфа (87)")
    if k <= 0 or not (tokens[k].morph.place_name or in_a_list(scene.text, tokens, k)):
        return None
    for e in scene.sentence.lexical.entities:
        if e.i == k and e.value.startswith(COUNTRY):
            return Scope(e.value, e.start, e.end)
    w = tokens[k]
    name = name_at(scene.text, tokens, k, set()) if may_name_place(w) else None
    return Scope(f"place:{name}", w.start, w.end) if name else None


def _alone(scene: Scene, s: Scope, start: int, end: int) -> bool:
    """No other figure stands between the place and the figure (a date may: "на улицы Лиона
    5 мая вышли 9 тысяч"), and the place is near."""
    lo, hi = (end, s.start) if s.start >= end else (s.end, start)
    # the figure a noun belongs to may stand between: "X where police counted 16,000 marchers"
    gap = _TRAILING_FIGURE.sub("", scene.text[lo:hi])
    hi = lo + len(gap)
    return len(gap) <= _NEAR and not any(lo <= q.start < hi for q in scene.sentence.figures)


def says_whole(text: str) -> bool:
    """The text says its figure is the whole country's: "nationwide", "по всей стране"."""
    return _whole().search(text) is not None


@cache
def _whole() -> re.Pattern[str]:
    """ "nationwide", "по всей стране": the figure is the whole country's."""
    choices = "|".join(p for lang in LANGUAGES for p in words(lang).list("places.whole"))
    return skipping(rf"(?<!\w)(?:{choices})(?!\w)", re.IGNORECASE)


def _areas(scene: Scene) -> Iterator[Scope]:
    if not (_words().area_hint.may_match(scene.text) and _words().any_area.search(scene.text)):
        return
    for pattern, name in _words().areas:
        for m in pattern.finditer(scene.text):
            yield Scope(f"{AREA}{name}", m.start(), m.end())


def _towns(scene: Scene) -> Iterator[Scope]:
    """Towns, regions and the capital: a capitalised word after "в", "in", after a settlement
    or street noun ("на улицы Лиона", "the streets of Paris"), a region past "the" ("in the
    outlying Moscow region"), the word for the capital itself ("в столице"), or an adjective of
    a place ("в парижском шествии", "the Parisian procession", "столичная акция")."""
    tokens, text = scene.words, scene.text
    taken = {k for m in scene.sentence.lexical.entities for k in range(m.i, m.j)}
    vocabulary = _words()
    for k, w in enumerate(tokens):
        capital = w.morph.lemma in vocabulary.capitals
        if capital and after_one_of(text, tokens, k, PLACE_BEFORE, skip=1):
            named = name_at(text, tokens, k + 1, taken) if k + 1 < len(tokens) else None
            yield Scope(f"place:{named}" if named else CAPITAL, w.start, w.end)
            continue
        if (adjective := _adjective(tokens, k, vocabulary)) is not None:
            yield Scope(adjective, w.start, w.end)
            continue
        capitalised = w.text[:1].isupper() and not w.text.isupper()
        if k == 0 or k in taken or not capitalised or w.lower in NOT_PLACES:
            continue
        # what stands around a name tells first (most capitalised words are no place's)
        placed = named_place(text, tokens, k) or where_after(text, tokens, k)
        if not (placed or after_one_of(text, tokens, k, PLACE_BEFORE, skip=2)):
            continue
        name = name_at(text, tokens, k, taken)
        if not name:
            continue
        region = known_name(with_region(name, tokens, k))
        if placed or region != name:  # a region may stand past "the": "in the Moscow region"
            yield Scope(f"place:{region}", w.start, w.end)


def _adjective(tokens: Sequence[Word], k: int, vocabulary: _Words) -> str | None:
    """The scope an adjective of a place names: "парижском" (written in lower case, as a
    Russian adjective is; a capitalised one heads a name: "Московский метрополитен"),
    "Parisian", "столичная" (the capital); none before a noun like "время"."""
    w, morph = tokens[k], tokens[k].morph
    if morph.lemma not in vocabulary.adjectives and morph.lower not in vocabulary.adjectives:
        return None  # most words: told before their letters are read
    if morph.cyrillic and not w.text.islower():
        return None
    if morph.lemma in vocabulary.capital_adjectives:
        scope = CAPITAL
    else:
        place = place_adjective(w) if morph.cyrillic or w.text[:1].isupper() else None
        if not place:
            return None  # most words: the word after is not read
        scope = f"place:{place}"
    after = tokens[k + 1].lemma if k + 1 < len(tokens) else None
    return None if after in vocabulary.not_after_adjective else scope


def _countries(scene: Scene) -> Iterator[Scope]:
    """A country after a preposition of place ("in Turkey", "в Турции"), not in a list of
    countries ("in Turkey and Syria"), not where something goes ("в Казахстан")."""
    tokens = scene.words
    entities = [m for m in scene.sentence.lexical.entities if m.value.startswith(COUNTRY)]
    before = PLACE_BEFORE | _words().country_before
    for n, m in enumerate(entities):
        if m.i == 0 or tokens[m.i - 1].lower not in before:
            continue
        if tokens[m.i].cyrillic and tokens[m.i].morph.case == "accs":
            continue
        nxt = entities[n + 1] if n + 1 < len(entities) else None
        if nxt is not None and _LIST_AFTER.match(scene.text[m.end : nxt.start]):
            continue
        if n and _LIST_AFTER.match(scene.text[entities[n - 1].end : tokens[m.i - 1].start]):
            continue
        yield Scope(m.value, m.start, m.end)


def figure_scope(scene: Scene, r: Reading, clause: tuple[int, int], home: str | None) -> str | None:
    """The scope key of a reading's figure, or None for the whole. A town's toll in an
    article set in that one town (``home``, :func:`~factcheck.text.places.only_town`), or the
    one country it names, is the whole event's. "The capital" is the article's one town when it
    names one. An area is a part of its country's count ("country:SY@area:rebels")."""
    listed = bracket_place(scene, r.quantity.start)
    if listed is not None:  # "Leeds (44), York (12)": a list of places is of parts
        return listed.key
    scope = named_scope(scene, r, clause)
    if scope is None:
        return None
    places = scene.sentence.article_places
    if scope.key.startswith(COUNTRY):
        return None if scope.key == country_home(places) else scope.key
    if scope.key.startswith(AREA):
        country = _country_of_area(scene, scope)
        return scope.key if country in (None, country_home(places)) else f"{country}@{scope.key}"
    if scope.key == CAPITAL:
        return capital_key(places)
    if scope.key.startswith("place:") and home is not None and town_of(scope.key) == home:
        return None
    return scope.key


def _country_of_area(scene: Scene, area: Scope) -> str | None:
    """The country the sentence names an area of: in its phrase ("held by the Syrian government",
    "контролируемых сирийским правительством"), right after it ("на северо-западе Сирии"), or
    the one country named before it that leads to it (:func:`_leads`: "The Syrian ministry said
    that in rebel-held areas…")."""
    countries = [m for m in scene.sentence.lexical.entities if m.value.startswith(COUNTRY)]
    text = scene.text
    for m in countries:
        inside = area.start <= m.start < area.end
        if inside or (m.start >= area.end and _AREA_OF.fullmatch(text, area.end, m.start)):
            return m.value
    before = {m.value for m in countries if m.end <= area.start and _leads(scene, m.end, area)}
    return before.pop() if len(before) == 1 else None


def _leads(scene: Scene, lo: int, area: Scope) -> bool:
    """Nothing from ``lo`` (after a country) to the area sets it apart from that country: no
    contrast, and no figure unless the area's is then named a part ("In Chad, 900 died,
    among them 310 in rebel-held areas"; not "in Chile 40 died and in rebel-held areas 30")."""
    if _CONTRAST.search(scene.text, lo, area.start):
        return False
    figures = [q for q in scene.sentence.figures if lo <= q.start < area.start]
    return not figures or bool(_words().part_opener.search(scene.text, figures[0].end, area.start))


def named_scope(scene: Scene, r: Reading, clause: tuple[int, int]) -> Scope | None:
    """The place a figure's clause, its noun's clause or an earlier clause names (before
    the article's places say what it is)."""
    q = r.quantity
    noun = r.noun
    scope = scope_of(scene, q.start, q.end, clause, fallback=False)
    if scope is None and noun is not None and noun.end <= q.start:
        # "16,000 demonstrators in X, far below the 280,000": an elided noun keeps its place
        if _apart(scene, noun.end, q.start):
            return scope_of(scene, q.start, q.end, clause)
        scope = scope_of(scene, noun.start, noun.end, scene.clauses.of(noun.start))
    return scope or scope_of(scene, q.start, q.end, clause)


def _apart(scene: Scene, lo: int, hi: int) -> bool:
    """Another place or a country stands between ``lo`` and ``hi``: "300 people in X, 500 in
    Y", "30 человек на севере, а Армения сообщила о 90" (a contrast alone may set two counts of
    one place against each other: "в Москве МВД насчитало 4 тыс., а организаторы — 20 тыс.")."""
    if any(lo <= s.start < hi for s in scopes_in(scene)):
        return True
    entities = scene.sentence.lexical.entities
    return any(lo <= m.start < hi and m.value.startswith(COUNTRY) for m in entities)
