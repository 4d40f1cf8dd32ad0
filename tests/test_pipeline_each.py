"""A figure counted once for each of the places listed beside it ("each", "apiece",
"каждый", "по 12"), or for "both" places of the sentence before, gives one claim a place,
with the same figure, quote and speaker (factcheck/pipeline/listed.py); a list without such a
word, or "each year", stays one claim."""

from __future__ import annotations

import pytest

from factcheck.lang.base import LANGUAGES, words
from factcheck.pipeline.article import extract_claims
from factcheck.pipeline.document import read_claim
from factcheck.pipeline.listed import may_count_each
from factcheck.pipeline.reading import Scene
from factcheck.text.lexicon import default_lexicon
from factcheck.text.morph import parses

_Row = tuple[float | None, str | None, str | None, str | None]


def _read(text: str) -> list[_Row]:
    return [
        (c.low, c.subject_key, c.property, c.speaker)
        for c in extract_claims(text, published="2024-03-20")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lyon and Nice each recorded 40 arrests, police said.",
            [
                (40, "group:people@place:lyon", "detained", "police"),
                (40, "group:people@place:nice", "detained", "police"),
            ],
        ),
        (
            "Police in Ely, Bath and Dover held 12 people apiece.",
            [
                (12, "group:people@place:ely", "count", None),
                (12, "group:people@place:bath", "count", None),
                (12, "group:people@place:dover", "count", None),
            ],
        ),
        (
            "Turkey and Syria each reported 12 new cases.",
            [(12, "country:TR", "new case", None), (12, "country:SY", "new case", None)],
        ),
        (
            "В Казани и Самаре выявили по 12 случаев, сообщил Роспотребнадзор.",
            [
                (12, "lemma:случай@place:kazan", "count", "Роспотребнадзор"),
                (12, "lemma:случай@place:samara", "count", "Роспотребнадзор"),
            ],
        ),
        (
            "В Омске, Томске и Перми задержали по 30 человек, сообщила полиция.",
            [
                (30, "group:people@place:omsk", "detained", "полиция"),
                (30, "group:people@place:tomsk", "detained", "полиция"),
                (30, "group:people@place:perm", "detained", "полиция"),
            ],
        ),
        (
            "В Омске и Томске в каждом городе задержали 30 человек.",
            [
                (30, "group:people@place:omsk", "detained", None),
                (30, "group:people@place:tomsk", "detained", None),
            ],
        ),
        (
            "В Турции и Сирии выявили по 40 случаев.",
            [(40, "country:TR", "случай", None), (40, "country:SY", "случай", None)],
        ),
    ],
)
def test_a_figure_each_place_counts_is_one_claim_a_place(text: str, expected: list[_Row]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protests spread to Lyon and Nice on Sunday. "
            "Police in both cities arrested 40 people each.",
            [
                (40, "group:people@place:lyon", "detained", None),
                (40, "group:people@place:nice", "detained", None),
            ],
        ),
        (
            "Протесты прошли в Омске и Томске. "
            "В обоих городах задержали по 30 человек, сообщила полиция.",
            [
                (30, "group:people@place:omsk", "detained", "полиция"),
                (30, "group:people@place:tomsk", "detained", "полиция"),
            ],
        ),
        (
            "Protests spread to Lyon and Nice on Sunday. Police in both cities arrested 40 people.",
            [(40, "group:people", "detained", None)],
        ),
        (
            "Протесты прошли в Омске и Томске. В обоих городах задержали 30 человек.",
            [(30, "group:people", "detained", None)],
        ),
    ],
)
def test_both_places_are_those_listed_in_the_sentence_before(
    text: str, expected: list[_Row]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lyon and Nice each recorded 40 arrests, police said.",
        "В Казани и Самаре выявили по 12 случаев, сообщил Роспотребнадзор.",
    ],
)
def test_the_claims_of_the_places_share_the_quote(text: str) -> None:
    claims = extract_claims(text, published="2024-03-20")
    assert len({(c.start, c.end, c.quote, c.text) for c in claims}) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested 30 people in Leeds and York.",
            [(30, "group:people", "detained", None)],
        ),
        (
            "In Dover and Bath, 30 people die each year on the roads.",
            [(30, "group:people", "killed", None)],
        ),
        (
            "В Казани и Самаре выявили 12 случаев.",
            [(12, "lemma:случай", "count", None)],
        ),
        (
            "В Омске и Томске каждый год гибнут 30 человек.",
            [(30, "group:people", "count", None)],
        ),
        (
            "Each of the 30 victims in Lyon and Nice has been identified.",
            [(30, "group:people", "killed", None)],
        ),
        (
            "Каждый из 30 погибших в Омске и Томске опознан.",
            [(30, "group:people", "killed", None)],
        ),
    ],
)
def test_a_list_without_each_stays_one_claim(text: str, expected: list[_Row]) -> None:
    assert _read(text) == expected


def _written(word: str) -> set[str]:
    """Every form of a words-file word as a text may write it: each case form of a Russian
    word (pymorphy3), lower case and capitalised."""
    forms = {f.word for p in parses(word) for f in p.lexeme} or {word}
    return {v for f in forms for v in (f, f.capitalize())}


_EACH_FORMS = sorted(
    (language, form)
    for language in LANGUAGES
    for word in words(language).list("lists.each")
    for form in _written(word)
)


@pytest.mark.parametrize(("language", "form"), _EACH_FORMS)
def test_the_sentence_gate_passes_every_form_of_an_each_word(language: str, form: str) -> None:
    # the gate is a plain `in` on the sentence: a form it missed would lose the claims
    opening = "В Омске и Томске" if language == "ru" else "In Leeds and York"
    sentence = read_claim(f"{opening} {form} 30.", default_lexicon()).sentences()
    assert may_count_each(Scene(next(sentence), None))
