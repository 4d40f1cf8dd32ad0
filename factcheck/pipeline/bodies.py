"""Whose figure a body gives: a country's national body speaks for its country ("the Chilean
Health Ministry said"), and so do its leaders and officials ("according to Kazakh President
Ana Ruiz") and their later words ("Ruiz added"); a body named with its region or town speaks
for that region ("пресс-служба минздрава Татарстана", "Lyon police", "кемеровские власти"),
in an article that counts the same measure in more than one place. Its figures with no place
of their own are then that country's or region's, not the whole event's. A government's own
body, in an article that counts the government-held areas of its country apart, speaks for
those areas.

The words are the words files' (``places.national_bodies``, ``places.national_officials``,
``places.regional_bodies``, ``places.body_links``); the regions are the listed places
(:mod:`~factcheck.text.gazetteer`) and those the article names itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from factcheck.keys import COUNTRY, GROUP
from factcheck.lang.base import in_every_language
from factcheck.models import ClaimDraft
from factcheck.pipeline.document import read_claim
from factcheck.pipeline.frames import framed
from factcheck.pipeline.homes import country_home
from factcheck.pipeline.scopes import says_whole
from factcheck.text.gazetteer import gazetteer, known_name, place_adjective, place_at
from factcheck.text.lexicon import Lexicon
from factcheck.text.morph import Word, fold, has_tag, word_columns, words_at
from factcheck.text.places import SETTLEMENTS, name_at

# Kinds of scope a key may already have: a body does not override them.
_SCOPED = ("@place:", "@area:", "@country:")
# The area the words files' ``places.areas`` name "government": where a government holds.
_GOVERNMENT_AREA = "area:government"
# Scopes that place a figure: a government's body does not move a figure placed so.
_PLACES = ("place:", "area:", "country:")
# How many words may stand between a region's name and its body ("the Moscow Region Ministry",
# "the Tatarstan health ministry").
_BODY_REACH = 2


@cache
def _national() -> frozenset[str]:
    """ "министерство", "ministry", "authorities": a country's bodies (dictionary forms)."""
    return frozenset(map(fold, in_every_language("places.national_bodies")))


@cache
def _officials() -> frozenset[str]:
    """ "президент", "minister": a country's leaders and officials (dictionary forms)."""
    return frozenset(map(fold, in_every_language("places.national_officials")))


@cache
def _regional() -> frozenset[str]:
    """ "полиция", "police", "governor": bodies of a region or a town, besides the national
    kinds (a region has its ministry and its authorities too)."""
    return frozenset(map(fold, in_every_language("places.regional_bodies")))


@cache
def _kinds() -> frozenset[str]:
    """Every kind of body, national or regional."""
    return _national() | _regional()


@cache
def _links() -> frozenset[str]:
    """ "по", "in", "of": between a body and its region ("МВД по Татарстану", "police in
    Lyon", "the governor of Texas")."""
    return frozenset(map(fold, in_every_language("places.body_links")))


def scoped_by_bodies(
    drafts: list[ClaimDraft], places: tuple[str, ...], lexicon: Lexicon
) -> tuple[list[ClaimDraft], tuple[str, ...]]:
    """An article's drafts with the figures its national and regional bodies give scoped to
    their countries and regions (:func:`national_scopes`, :func:`regional_scopes`), and the
    article's ``places`` with those regions: a region a body speaks for is a place the article
    is set in, as one it names."""
    drafts = government_areas(national_scopes(drafts, places, lexicon), places, lexicon)
    regions = body_regions((d.attribution for d in drafts), places)
    return regional_scopes(drafts, regions), (*places, *regions.values())


def national_scopes(
    drafts: list[ClaimDraft], places: tuple[str, ...], lexicon: Lexicon
) -> list[ClaimDraft]:
    """In an article counting a measure in two or more countries, an unscoped figure that a
    country's national body gives ("The Chilean Health Ministry said", "по данным турецких
    властей", "Минздрав Сирии сообщил") or its official gives ("according to Kazakh President
    Ana Ruiz", and her own later "Ruiz added") is that country's. An article of one country
    keeps its figures whole (:func:`~factcheck.pipeline.homes.country_home`)."""
    if sum(p.startswith(COUNTRY) for p in places) < 2:
        return drafts
    countries = [_body_country(d.attribution, lexicon) for d in drafts]
    officials = _speakers_of_countries(drafts, countries)
    speaking = [
        (country or _country_of_speaker(d.speaker, officials)) if _unscoped(d) else None
        for d, country in zip(drafts, countries, strict=True)
    ]
    return _scoped_where_counted_elsewhere(drafts, speaking, COUNTRY)


def government_areas(
    drafts: list[ClaimDraft], places: tuple[str, ...], lexicon: Lexicon
) -> list[ClaimDraft]:
    """In an article that counts a country's government-held areas apart ("in government-held
    areas of Chad", "на подконтрольных правительству территориях"), a figure the government's
    own body or official gives for the country as a whole counts those areas: a divided
    country's ministry counts where its government holds. "The Chadian Health Ministry reported
    300 deaths" beside "the WHO counted 500 dead in government-held areas" is then one count set
    against another, and no part of the whole it would be below."""
    held = _government_held(drafts)
    if not held:
        return drafts  # most articles
    home = country_home(places)
    out = []
    for d in drafts:
        key = _in_government_area(d, held.get(d.property, set()), home, lexicon)
        out.append(replace(d, subject_key=key) if key else d)
    return out


def _in_government_area(
    d: ClaimDraft, held: set[str], home: str | None, lexicon: Lexicon
) -> str | None:
    """The draft's key in its country's government-held area (one of ``held``) when the
    country's body gives it with no other place (in an article of one country, ``home``, with
    none at all); None otherwise."""
    base, *scopes = (d.subject_key or "").split("@")
    country = scopes[0] if scopes and scopes[0].startswith(COUNTRY) else home
    rest = scopes[1:] if scopes and scopes[0] == country else scopes
    area = _GOVERNMENT_AREA if country == home else f"{country}@{_GOVERNMENT_AREA}"
    if country is None or area not in held or not base.startswith(GROUP):
        return None
    if any(s.startswith(_PLACES) for s in rest) or says_whole(d.text):
        return None
    if _body_country(d.attribution, lexicon) != country:
        return None
    return "@".join([base, area, *rest])


def _government_held(drafts: Sequence[ClaimDraft]) -> dict[str | None, set[str]]:
    """Per measure, the government-held areas the article counts it in, each with its country
    when it has one ("country:TD@area:government")."""
    found: dict[str | None, set[str]] = {}
    for d in drafts:
        key = d.subject_key or ""
        if f"@{_GOVERNMENT_AREA}" in key:
            scopes = key.split("@")[1:]
            k = scopes.index(_GOVERNMENT_AREA)
            country = scopes[k - 1] if k and scopes[k - 1].startswith(COUNTRY) else None
            area = f"{country}@{_GOVERNMENT_AREA}" if country else _GOVERNMENT_AREA
            found.setdefault(d.property, set()).add(area)
    return found


def _speakers_of_countries(
    drafts: Sequence[ClaimDraft], countries: Sequence[str | None]
) -> dict[str, str]:
    """Each named speaker who speaks for one country ("according to Kazakh President Ana
    Ruiz": "ana ruiz" → "country:KZ"), by the folded name."""
    found: dict[str, set[str]] = {}
    for d, country in zip(drafts, countries, strict=True):
        if country and d.speaker and d.speaker[:1].isupper():
            found.setdefault(fold(d.speaker), set()).add(country)
    return {name: c.pop() for name, c in found.items() if len(c) == 1}


def _country_of_speaker(speaker: str | None, officials: Mapping[str, str]) -> str | None:
    """The country a speaker named before with it speaks for: "Ruiz added" after "according
    to Kazakh President Ana Ruiz" (her surname, or her name in full: "Она добавила" is read
    as hers)."""
    if not speaker or not officials or not speaker[:1].isupper():
        return None
    name = fold(speaker)
    found = {c for full, c in officials.items() if name in (full, full.rsplit(" ", 1)[-1])}
    return found.pop() if len(found) == 1 else None


def regional_scopes(drafts: list[ClaimDraft], regions: Mapping[str, str]) -> list[ClaimDraft]:
    """In an article counting a measure in two or more places, an unscoped figure that a
    region's or a town's body gives is that place's (``regions``: :func:`body_regions`):
    "Пресс-служба минздрава Башкирии сообщила о 40 заболевших. В Москве заболели 120." A
    figure the text says is the whole country's ("nationwide") keeps no place."""
    if not regions:
        return drafts
    speaking = [
        _body_region(d.attribution, regions) if _unscoped(d) and not says_whole(d.text) else None
        for d in drafts
    ]
    return _scoped_where_counted_elsewhere(drafts, speaking, "place:")


def _scoped_where_counted_elsewhere(
    drafts: list[ClaimDraft], speaking: Sequence[str | None], kind: str
) -> list[ClaimDraft]:
    """``drafts``, each one a body speaks for (``speaking``: its scope key, or None) scoped to
    it, when the article counts the figure's measure in some other scope of that ``kind`` too."""
    if not any(speaking):
        return drafts
    counted: dict[str | None, set[str]] = {}
    for d, scope in zip(drafts, speaking, strict=True):
        scopes = (d.subject_key or "").split("@")[1:]
        for found in [*(s for s in scopes if s.startswith(kind)), scope]:
            if found:
                counted.setdefault(d.property, set()).add(found)
    return [
        replace(d, subject_key=framed(d.subject_key, scope))
        if scope and len(counted.get(d.property, ())) > 1
        else d
        for d, scope in zip(drafts, speaking, strict=True)
    ]


def _unscoped(d: ClaimDraft) -> bool:
    """A group's figure a speaker gives, with no place of its own."""
    key = d.subject_key or ""
    return key.startswith(GROUP) and bool(d.attribution) and not any(k in key for k in _SCOPED)


@lru_cache(maxsize=1024)
def _body_country(phrase: str | None, lexicon: Lexicon) -> str | None:
    """The one country whose national body (``places.national_bodies``: a ministry, the
    government, the authorities) or official (``places.national_officials``: its president, a
    minister) an attribution phrase names: "the Kazakh Health Ministry said", "according to
    Kazakh President Ana Ruiz" → "country:KZ"; None for an outlet, a foreign body or a person
    named with no country."""
    if not phrase:
        return None
    sentence = next(read_claim(phrase, lexicon).sentences())
    countries = {m.value for m in sentence.lexical.entities if m.value.startswith(COUNTRY)}
    kinds = _national() | _officials()
    if len(countries) != 1 or not any(w.lemma in kinds for w in sentence.words):
        return None
    return countries.pop()


def body_regions(phrases: Iterable[str | None], places: tuple[str, ...]) -> dict[str, str]:
    """The bodies the attribution phrases name with a region or a town, each as the word that
    names it ("роспотребнадзор", "police") → the place key ("place:tatarstan"): a body named
    with two places is left out. ``places`` are the article's own, for a region no list has."""
    found: dict[str, set[str]] = {}
    for phrase in set(phrases):
        for body, region in _bodies_in(phrase, places) if phrase else ():
            found.setdefault(body, set()).add(region)
    return {body: regions.pop() for body, regions in found.items() if len(regions) == 1}


def _body_region(phrase: str | None, regions: Mapping[str, str]) -> str | None:
    """The place whose body the phrase names: with its region ("Lyon police said"), or
    alone when the article names it with one region elsewhere ("Роспотребнадзор" after
    "Роспотребнадзор Татарстана"); a national kind of body ("the ministry", "officials")
    alone is not taken for a region's."""
    if not phrase:
        return None
    own = {region for _, region in _bodies_in(phrase, ())}
    if own:
        return own.pop() if len(own) == 1 else None
    named = {
        regions[w.lemma]
        for w in _words(phrase)
        if w.lemma in regions and w.lemma not in _national()
    }
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=1024)
def _words(phrase: str) -> tuple[Word, ...]:
    return words_at(*word_columns(phrase))


@lru_cache(maxsize=1024)
def _bodies_in(phrase: str, places: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each body the phrase names with a place, as (the body's word, the place's key):
    "минздрава Башкирии", "МВД по Татарстану", "кемеровские власти", "the Kemerovo region
    health ministry", "Lyon police", "officials in Kazan"."""
    tokens = _words(phrase)
    out = []
    for k, w in enumerate(tokens):
        region = place_adjective(w) if w.cyrillic else None  # "кемеровские власти"
        if region or (w.cyrillic and w.text.islower()):
            body = tokens[k + 1] if region and k + 1 < len(tokens) else None
            if region and body is not None and _speaks_for(body, region):
                out.append((body.lemma, f"place:{region}"))
            continue
        named = _region_at(phrase, tokens, k, places)
        if named is None:
            continue
        region, n = named
        body = _body_before(tokens, k) if w.cyrillic else _body_around(tokens, k, n)
        if body is not None and _speaks_for(body, region):
            out.append((body.lemma, f"place:{region}"))
    return tuple(out)


def _speaks_for(body: Word, place: str) -> bool:
    """The body is the place's own: in English a capital with a national kind of body names
    its country's government ("Moscow officials", "Kyiv authorities"), not the city's; "Paris
    police" is the city's, as "власти Москвы" and "правительство Москвы" are."""
    if body.cyrillic or place not in _capitals():
        return True
    return _is_kind(body, _regional()) or not _is_kind(body, _national())


@cache
def _capitals() -> frozenset[str]:
    """The listed capitals' keys ("moscow", "paris")."""
    return frozenset(gazetteer().capitals.values())


def _region_at(
    phrase: str, tokens: Sequence[Word], k: int, places: tuple[str, ...]
) -> tuple[str, int] | None:
    """The region or town named at token ``k`` (a listed one, or one of the article's own
    ``places``) and how many words its name takes, with a lower-case region noun after it
    ("the Moscow region governor")."""
    w = tokens[k]
    if not w.text[:1].isupper() or w.text.isupper():
        return None
    listed = place_at(phrase, tokens, k) or _possessor(w)
    if listed is None:
        name = name_at(phrase, tokens, k, set()) if places else None
        if not name or f"place:{name}" not in places:
            return None
        listed = (name, len(name.split()) if not w.cyrillic else 1)
    region, n = listed
    after = tokens[k + n] if k + n < len(tokens) else None
    if after is not None and not w.cyrillic and after.lower in SETTLEMENTS:
        return known_name(f"{region} {after.lower}"), n + 1
    return region, n


def _possessor(w: Word) -> tuple[str, int] | None:
    """A listed place as an English possessor ("Tatarstan's health ministry"), as its key and
    one word."""
    bare = _POSSESSIVE.sub("", w.lower)
    if bare == w.lower or w.cyrillic:
        return None
    key = known_name(bare)
    return (key, 1) if key in _listed() else None


@cache
def _listed() -> frozenset[str]:
    """The listed places' keys."""
    return frozenset(gazetteer().names.values())


_POSSESSIVE = re.compile(r"['’]s$")


def _body_before(tokens: Sequence[Word], k: int) -> Word | None:
    """The body a Russian region's name in the genitive follows: "минздрава Башкирии",
    "Роспотребнадзора Татарстана", "МВД по Татарстану"."""
    j = k - 1
    if j > 0 and tokens[j].lower in _links():
        j -= 1
    return tokens[j] if j >= 0 and _is_body(tokens[j]) else None


def _body_around(tokens: Sequence[Word], k: int, n: int) -> Word | None:
    """The body an English region's name stands before ("Lyon police", "the Samara Region
    Ministry of Health") or after ("officials in Kazan", "the governor of Texas")."""
    for body in tokens[k + n : k + n + _BODY_REACH]:
        if _is_body(body):
            return body
    if k > 1 and tokens[k - 1].lower in _links() and _is_body(tokens[k - 2]):
        return tokens[k - 2]
    return None


def _is_kind(w: Word, kinds: frozenset[str]) -> bool:
    """The word, or its dictionary form, is one of ``kinds`` ("officials", "official")."""
    return w.lemma in kinds or w.lower in kinds


def _is_body(w: Word) -> bool:
    """A body's word: one of the kinds of body, or (in Russian) an organisation's own name,
    an abbreviation, a capitalised word the dictionary does not know or knows as an
    organisation's ("МВД", "Роспотребнадзора"), no person's or place's."""
    if _is_kind(w, _kinds()):
        return True
    if not w.cyrillic or not w.text[:1].isupper() or w.morph.person or w.morph.place_name:
        return False
    return w.text.isupper() or not w.morph.known or has_tag(w.text, "Orgn")
