"""Cases of a disease: "12 cases of measles", "30 случаев заболевания корью" count people ill.

An outbreak report counts the ill as cases, where another says "14 people fell ill with
botulism": both count people ill of the disease (``group:people``, property ``ill``, narrowed to
``@cause:disease`` by :func:`~.claims.of_a_disease`), so the two meet. A figure counts cases
when its noun is a case noun (``figures.case_nouns``) with no word before it but those that keep
it every case ("new", "confirmed": ``figures.case_kinds``) or a disease's name ("measles
cases"), and a disease is named by it ("cases of cholera", "случаев ботулизма") or its article
names one disease and no other. Deaths stay deaths; "severe cases", "criminal cases" and "in 12
cases out of 40" stay what they are. Deaths or the ill set against a figure of a disease ("far
more than the 300 deaths reported in May", "против 25 умерших годом ранее") are of it too.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from factcheck.keys import DISEASE, ILL, KILLED, PART, PEOPLE
from factcheck.lang.base import words
from factcheck.lang.schema import LANGUAGES
from factcheck.pipeline.reading import Reading, Scene
from factcheck.text.morph import Word, fold

if TYPE_CHECKING:  # claims.py lists this module's rule among its own
    from factcheck.pipeline.claims import Facts, Subject

# The lexicon's measure of people who fell ill ("заболели", "fell ill", "diagnosed").


def cases_of_a_disease(f: Facts) -> Subject | None:
    """ "12 cases of measles", "В Казани выявили 12 случаев ботулизма", "57 confirmed cases"
    in an article on one disease: people who fell ill, as "14 people fell ill" counts them."""
    if not counts_cases(f.r, f.scene):
        return None
    return f.subject(f.lex.display_name(PEOPLE, f.scene.sentence.lang), PEOPLE, ILL)


def counts_cases(r: Reading, scene: Scene) -> bool:
    """The figure of ``r`` counts cases of a disease, each a person who fell ill."""
    return _case_kinds(r, scene) is not None


def case_scope(key: str, r: Reading, scene: Scene) -> str | None:
    """``key`` of a figure of cases narrowed to the disease, and first to a part of the count so
    far when the cases are new ("40 new cases", as "another 40" is); so is a toll or a count of
    the ill compared with the disease's own (:func:`compared_with_a_cause`); None for any other
    figure."""
    kinds = _case_kinds(r, scene)
    if kinds is None:
        return f"{key}@{DISEASE}" if compared_with_a_cause(r, scene) else None
    if kinds & _case_words().new and not key.endswith(f"@{PART}"):
        key = f"{key}@{PART}"
    return f"{key}@{DISEASE}"


def _case_kinds(r: Reading, scene: Scene) -> frozenset[str] | None:
    """The words before the case noun ("new", "confirmed") when the figure of ``r`` counts cases
    of a disease; None when it counts anything else."""
    if r.is_percent or r.currency or r.count_measure or r.event not in (None, ILL):
        return None
    said = _case_phrase(scene, r)
    if not said or _a_circumstance(scene, min(r.quantity.start, said[0].start)):
        return None
    found = _case_words()
    named = False
    kinds: set[str] = set()
    for w in said[:-1]:  # "new cases", "measles cases"
        if found.disease.fullmatch(w.text):
            named = True
        elif fold(w.lemma) in found.kinds | found.new:
            kinds.add(fold(w.lemma))
        else:
            return None  # "severe cases", "уголовных дел": another thing
    if named or found.after.match(scene.text, said[-1].end):
        return frozenset(kinds)
    return frozenset(kinds) if len(_diseases_named(scene.sentence.source.text)) == 1 else None


def _case_phrase(scene: Scene, r: Reading) -> tuple[Word, ...]:
    """The words of the figure's noun up to a case noun, or none when it counts no cases. A
    noun before the figure is as read ("Cases: 369", "в 12 случаях из 40"); after it, the
    words that follow the figure: the noun read may leave out a Russian adjective ("12 новых
    случаев") or a participle ("57 confirmed cases"), or stop at a disease ("25 measles
    cases")."""
    q, noun, nouns = r.quantity, r.noun, _case_words().nouns
    if noun is not None and noun.start < q.end:
        said = scene.words_in(noun.start, noun.end)
        return said if said and fold(said[-1].lemma) in nouns else ()
    k = bisect.bisect_left(scene.word_starts, q.end)
    following = scene.words[k : k + _CASE_REACH]
    for j, w in enumerate(following):
        if fold(w.lemma) in nouns:
            joined = _JOINED.fullmatch(scene.text, q.end, w.start) is not None
            return following[: j + 1] if joined else ()
    return ()


# How many words after a figure its case noun may be ("12 new confirmed cases"), and what may
# stand between them: words, not a clause's end.
_CASE_REACH = 3
_JOINED = re.compile(r"\s+(?:[^\W\d_]+(?:-[^\W\d_]+)*\s+)*")


def _a_circumstance(scene: Scene, start: int) -> bool:
    """The word before ``start`` makes the figure there a circumstance: "in 12 cases", "в 12
    случаях"."""
    k = bisect.bisect_left(scene.word_starts, start)
    return k > 0 and fold(scene.words[k - 1].text) in _case_words().not_after


@dataclass(frozen=True, slots=True)
class _CaseWords:
    """The words of cases and diseases, both languages together."""

    nouns: frozenset[str]  # "case", "случай"
    kinds: frozenset[str]  # "confirmed", "подтвердить": every case still
    new: frozenset[str]  # "new", "новый": cases added to the count so far
    not_after: frozenset[str]  # "in", "в": before the figure, a circumstance
    disease: re.Pattern[str]  # one word naming a disease or an illness
    after: re.Pattern[str]  # right after a case noun, the disease it is of
    each: tuple[tuple[str, re.Pattern[str]], ...]  # each disease by name, for a whole article


@cache
def _case_words() -> _CaseWords:
    def union(key: str) -> frozenset[str]:
        return frozenset(fold(w) for lang in LANGUAGES for w in words(lang).set(key))

    links = "|".join(p for lang in LANGUAGES for p in words(lang).list("figures.case_links"))
    named = _disease_names()
    return _CaseWords(
        nouns=union("figures.case_nouns"),
        kinds=union("figures.case_kinds"),
        new=union("figures.new_cases"),
        not_after=union("figures.case_not_after"),
        disease=re.compile(named, re.IGNORECASE),
        after=re.compile(rf"\s+(?:{links})(?:{named})(?!\w)", re.IGNORECASE),
        each=tuple(
            (name, re.compile(rf"(?<!\w)(?:{'|'.join(patterns)})(?!\w)", re.IGNORECASE))
            for name, patterns in _diseases().items()
        ),
    )


def _diseases() -> dict[str, tuple[str, ...]]:
    """Each disease by name, to the patterns of its names in both languages."""
    found: dict[str, tuple[str, ...]] = {}
    for lang in LANGUAGES:
        for name, patterns in words(lang).links("figures.diseases").items():
            found[name] = found.get(name, ()) + patterns
    return found


@cache
def _disease_names() -> str:
    """A pattern for a disease's name or a word for illness in either language ("cholera",
    "корью", "the disease"), to be read as a whole word."""
    names = [p for patterns in _diseases().values() for p in patterns]
    names += [p for lang in LANGUAGES for p in words(lang).list("figures.illnesses")]
    return "|".join(f"(?:{p})" for p in names)


def names_a_cause(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ties deaths or the ill before it to a disease: "related to COVID-19",
    "с коронавирусной инфекцией" (``figures.causes``)."""
    return _causes().search(text, start, end) is not None


def compared_with_a_cause(r: Reading, scene: Scene) -> bool:
    """The figure of ``r``, deaths or the ill, is compared with the figure before it, whose own
    words tie it to a disease: "900 people died of cholera, far more than the 300 deaths
    reported in May", "от гриппа умерли 40 человек против 25 смертей годом ранее". A figure set
    against another counts the same thing, so of the same disease."""
    q = r.quantity
    if r.event not in (KILLED, ILL) or r.is_percent:
        return False
    compared = _compared().search(scene.text, max(0, q.start - _COMPARED_REACH), q.start)
    if compared is None:
        return False
    before = [f for f in scene.sentence.figures if f.end <= compared.start()]
    return bool(before) and names_a_cause(scene.text, before[-1].end, compared.start())


# How far before a figure the comparison that sets it against another may begin: "much higher
# than the".
_COMPARED_REACH = 30


@cache
def _compared() -> re.Pattern[str]:
    """A comparison ending right before a figure: "than the", "up from", "по сравнению с"."""
    choices = "|".join(p for lang in LANGUAGES for p in words(lang).list("figures.compared"))
    return re.compile(rf"(?<!\w)(?:{choices})\s+(?:(?:the|a)\s+)?$", re.IGNORECASE)


@cache
def _causes() -> re.Pattern[str]:
    ties = "|".join(p for lang in LANGUAGES for p in words(lang).list("figures.causes"))
    return re.compile(rf"(?<!\w)(?:{ties})(?:{_disease_names()})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _diseases_named(article: str) -> frozenset[str]:
    """The diseases an article names, by name (words for illness left out)."""
    return frozenset(name for name, pattern in _case_words().each if pattern.search(article))
