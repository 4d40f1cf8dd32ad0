"""Two kinds of people one figure counts together ("40 miners and rescuers") are people."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _read(text: str) -> list[tuple[float | None, str | None, str | None, str | None]]:
    return [(c.low, c.subject, c.subject_key, c.property) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group the lexicon knows joined to a noun it does not
        (
            "The landslide left 23 villagers and rescuers dead, officials said.",
            [(23.0, "villagers and rescuers", "group:people", "killed")],
        ),
        (
            "Police held 35 students and journalists overnight.",
            [(35.0, "students and journalists", "group:people", "count")],
        ),
        (
            "Под завалами погибли 14 строителей и спасателей.",
            [(14.0, "строители и спасатели", "group:people", "killed")],
        ),
        # two Russian animate nouns in one case
        (
            "Задержаны 27 студентов и преподавателей.",
            [(27.0, "студенты и преподаватели", "group:people", "detained")],
        ),
        (
            "Пострадали 8 детей и взрослых.",
            [(8.0, "дети и взрослые", "group:people", "injured")],
        ),
        # two words of one group: that group
        (
            "Ранены 7 полицейских и правоохранителей.",
            [(7.0, "полицейские и правоохранители", "group:security_forces", "injured")],
        ),
        (
            "Police detained 9 journalists and reporters.",
            [(9.0, "journalists and reporters", "group:journalists", "detained")],
        ),
    ],
)
def test_two_kinds_of_people_are_people(
    text: str, expected: list[tuple[float, str, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # things, not people: the first noun alone
        ("The storm destroyed 30 houses and schools.", "lemma:house"),
        ("Сгорели 12 домов и сараев.", "lemma:дом"),
        # English: two nouns the lexicon does not know may be anything
        ("The fund bought 40 paintings and sculptures.", "lemma:painting"),
        # not one noun phrase: another case, or a second figure
        ("Погибли 12 человек и спасатели.", "group:people"),
        ("The quake killed 12 miners and 5 rescuers.", "lemma:miner"),
    ],
)
def test_nouns_not_of_people_are_not_joined(text: str, noun: str) -> None:
    assert _read(text)[0][2] == noun
