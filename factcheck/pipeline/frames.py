"""Scopes decided for a whole article: a fragment that frames the figures after it ("First, in
Lyon."), the place a sentence's figure carries to the next sentence's figure of the same measure
("In Lyon police counted 41,000. The organisers' count was 95,000."), and the town an article is
set in (its figures are the event's own unless the article counts a whole beside them:
:func:`~factcheck.pipeline.article.home_as_whole`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache

from factcheck.keys import COUNTRIES, COUNTRY, GROUP, PART
from factcheck.lang.base import LANGUAGES, in_every_language, words
from factcheck.models import ClaimDraft
from factcheck.pipeline.document import Sentence
from factcheck.pipeline.homes import CAPITAL, capital_key
from factcheck.pipeline.reading import Reading, Scene
from factcheck.pipeline.scopes import bracket_place, named_scope, says_whole, scopes_in
from factcheck.text.lexicon import Lexicon
from factcheck.text.morph import Word, fold
from factcheck.text.places import NOT_PLACES, PLACE_BEFORE, name_at, town_of


@cache
def _topic_before() -> frozenset[str]:
    """ "о", "about": "Сначала о Москве.", "Now to Lyon." """
    return frozenset(map(fold, in_every_language("places.topic_before")))


@cache
def _capitals() -> frozenset[str]:
    """ "столица", "capital" """
    return frozenset(map(fold, in_every_language("places.capitals")))


def names_a_town(scene: Scene, r: Reading, clause: tuple[int, int]) -> bool:
    """The figure's scope is a town named as such ("в Гродно", "In Ghent, …"), not an item of
    a list of places, "the capital" nor a town marked as a part ("in Ghent alone", "только в
    Гродно"): the one a town's article may count as the whole."""
    if bracket_place(scene, r.quantity.start) is not None:
        return False
    scope = named_scope(scene, r, clause)
    if scope is None or not scope.key.startswith("place:") or scope.key == CAPITAL:
        return False
    around = scene.text[max(0, scope.start - _MARKER_REACH) : scope.end + _MARKER_REACH]
    return _part_marker().search(around) is None


# How far around a town's name its part marker stands ("только в " before, " alone" after).
_MARKER_REACH = 12


@cache
def _part_marker() -> re.Pattern[str]:
    """ "only in", "alone", "только в": a town named as a part of a whole."""
    choices = "|".join(p for lang in LANGUAGES for p in words(lang).list("places.part_markers"))
    return re.compile(choices, re.IGNORECASE)


def without_home(key: str | None, home: str) -> str | None:
    """``key`` with its scope of the town ``home`` (consonants, as
    :func:`~factcheck.text.places.only_town` gives them) taken out, or None when it has none:
    "group:people@place:lyon" → "group:people"."""
    if not key or "@" not in key:
        return None
    base, *scopes = key.split("@")
    kept = [s for s in scopes if not (s.startswith("place:") and town_of(s) == home)]
    return "@".join([base, *kept]) if len(kept) < len(scopes) else None


# A fragment that frames what follows is short: "First, in Lyon." "Сначала — о Москве."
_FRAME_CHARS = 40
_FRAME_WORDS = 5
_FRAME_OPENER = 2  # words before the place's preposition: "First,", "Ну а теперь"
# Kinds of scope a key may already have: a frame does not override them.
_SCOPED = ("@place:", "@area:", "@country:")


def frame_of(sentence: Sentence, places: tuple[str, ...]) -> str | None:
    """The place a short fragment with no figure names, to frame the figures after it ("First,
    in Lyon." "Теперь о Казани." "In the capital:"); None for any other sentence. The place
    ends the fragment, after at most two words and its preposition ("The fire began in Kazan."
    is a sentence, no frame)."""
    if len(sentence.text) > _FRAME_CHARS or sentence.figures:
        return None
    tokens = sentence.words
    if len(tokens) > _FRAME_WORDS:
        return None
    before = PLACE_BEFORE | _topic_before()
    for k in range(len(tokens)):
        if _after_one_of(tokens, k, before) and _ends_fragment(tokens, k):
            return _framing_place(sentence, k, places)
    return None


def _ends_fragment(tokens: Sequence[Word], k: int) -> bool:
    """Token ``k`` (after its preposition) opens the fragment's last phrase: at most two words
    stand before its preposition, none after it but the place's own capitalised words."""
    start = k - 1 if tokens[k - 1].lower != "the" else k - 2
    return start <= _FRAME_OPENER and all(t.text[:1].isupper() for t in tokens[k + 1 :])


def _framing_place(sentence: Sentence, k: int, places: tuple[str, ...]) -> str | None:
    """The place named at token ``k`` of a fragment: a country, the capital or a town."""
    tokens = sentence.words
    w = tokens[k]
    for m in sentence.lexical.entities:
        if m.value.startswith(COUNTRY) and m.i == k:
            return m.value
    if w.lemma in _capitals():
        return capital_key(places)  # "In the capital."
    if not w.text[:1].isupper() or w.text.isupper() or w.lower in NOT_PLACES:
        return None
    taken = {i for m in sentence.lexical.entities for i in range(m.i, m.j)}
    name = name_at(sentence.text, tokens, k, taken)
    return f"place:{name}" if name else None


def _after_one_of(tokens: Sequence[Word], k: int, before: frozenset[str]) -> bool:
    """Token ``k`` follows one of ``before``, or "the" after one: "в столице", "in the capital"."""
    if k and tokens[k - 1].lower in before:
        return True
    return k > 1 and tokens[k - 1].lower == "the" and tokens[k - 2].lower in before


def framed(key: str | None, frame: str) -> str | None:
    """A group's key in the place a fragment before it framed, unless it has a place of its
    own: "group:people" → "group:people@place:lyon"."""
    if not key or not key.startswith(GROUP) or key == COUNTRIES:
        return key
    if any(kind in key for kind in _SCOPED):
        return key
    base, at, rest = key.partition("@")
    return f"{base}@{frame}{at}{rest}"


# A measure of a sentence's figures: the subject's key without its place, and the property.
Measure = tuple[str, str | None]
# The one place (a town or an area) a sentence's figures of a measure are scoped to.
Carried = Mapping[Measure, str]
_CARRIED = ("place:", "area:")


def _measure(key: str, prop: str | None) -> tuple[Measure, list[str]]:
    """The measure of a figure's key, and the places and countries the key is scoped to."""
    base, *scopes = key.split("@")
    places = [s for s in scopes if s.startswith((*_CARRIED, "country:"))]
    rest = [s for s in scopes if s not in places and s != PART]
    return ("@".join([base, *rest]), prop), places


def places_to_carry(drafts: Sequence[ClaimDraft]) -> dict[Measure, str]:
    """Per measure, the one town or area all of a sentence's figures of it are scoped to ("In
    Lyon police counted 41,000 marchers"); a measure also counted unscoped, in a country, in
    two places or in parts ("20,000 in the square and 5,000 more nearby") carries none."""
    if not any(f"@{kind}" in (d.subject_key or "") for d in drafts for kind in _CARRIED):
        return {}  # most sentences: no figure scoped to a town or an area
    found: dict[Measure, set[str | None]] = {}
    for d in drafts:
        if d.subject_key:
            measure, places = _measure(d.subject_key, d.property)
            one = len(places) == 1 and PART not in d.subject_key.split("@")
            found.setdefault(measure, set()).add(places[0] if one else None)
    carried = {}
    for measure, scopes in found.items():
        place = scopes.pop() if len(scopes) == 1 else None
        if place is not None and place.startswith(_CARRIED):
            carried[measure] = place
    return carried


def carry_places(
    scene: Scene, drafts: list[ClaimDraft], previous: Carried, lexicon: Lexicon, *, across: bool
) -> list[tuple[ClaimDraft, bool]]:
    """The sentence's figures, each with whether it took the place of the sentence before
    (``previous``, :func:`places_to_carry`): a figure of the same measure (or of a part or
    whole of its subject) with no place of its own continues that count ("In Lyon police
    counted 41,000. The organisers' count was 95,000."). A sentence that names a place or a
    country, or says it counts the whole ("nationwide", "in total"), takes none; after a
    paragraph's end (``across``) only a sentence that refers back ("its count", "по ее
    данным") takes one."""
    places = [_carried_place(d, previous, lexicon) for d in drafts] if previous else []
    # the sentence is read for a place of its own only when one of its figures could take one
    if not any(places) or not _may_carry(scene, across=across):
        return [(d, False) for d in drafts]
    out = []
    for d, place in zip(drafts, places, strict=True):
        key = framed(d.subject_key, place) if place else d.subject_key
        out.append((replace(d, subject_key=key), True) if key != d.subject_key else (d, False))
    return out


def _may_carry(scene: Scene, *, across: bool) -> bool:
    """The sentence names no place, country or whole of its own, and refers back when it
    opens a paragraph."""
    text = scene.text
    if scopes_in(scene, attributed=True) or says_whole(text) or _carry_patterns()[0].search(text):
        return False
    if any(m.value.startswith(COUNTRY) for m in scene.sentence.lexical.entities):
        return False
    return not across or _carry_patterns()[1].search(text) is not None


def _carried_place(d: ClaimDraft, previous: Carried, lexicon: Lexicon) -> str | None:
    """The place ``previous`` gives the figure's measure, if it has no scope of its own."""
    if not d.subject_key:
        return None
    (base, prop), places = _measure(d.subject_key, d.property)
    if places:
        return None
    for (other, other_prop), place in previous.items():
        related = other == base or other in lexicon.parents(base) or base in lexicon.parents(other)
        if other_prop == prop and related:
            return place
    return None


@cache
def _carry_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "in total", "всего": a whole that stops a carried place; "its count", "по ее данным":
    a reference back that carries one over a paragraph's end."""

    def choice(key: str) -> re.Pattern[str]:
        found = "|".join(p for lang in LANGUAGES for p in words(lang).list(key))
        return re.compile(rf"(?<![\w-])(?:{found})(?![\w-])", re.IGNORECASE)

    return choice("places.carry_stops"), choice("places.carry_back")


def whole_above_carried(drafts: list[ClaimDraft], carried: Mapping[int, str]) -> list[ClaimDraft]:
    """``drafts`` with each carried place (``carried``: a draft's index and its key before the
    carry) taken back when the same speaker gives a smaller whole of that measure on the same
    date: a figure above the whole is no part of it."""
    out = list(drafts)
    for k, before in carried.items():
        d = drafts[k]
        low = d.low if d.low is not None else d.high
        if low is not None and any(
            w.subject_key == before
            and w.property == d.property
            and w.as_of == d.as_of
            and (w.speaker or "").lower() == (d.speaker or "").lower()
            and w.high is not None
            and w.high < low
            for w in drafts
        ):
            out[k] = replace(d, subject_key=before)
    return out
