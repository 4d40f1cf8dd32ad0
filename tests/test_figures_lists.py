"""What list members and clauses hung on a figure's noun say it counts."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _read(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(c.low, c.subject_key, c.property) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the members of a list after a dash take the whole's event
        (
            "Погибшими признаны 27 человек — 24 горняка и три спасателя.",
            [
                (27.0, "group:people", "killed"),
                (24.0, "lemma:горняк", "killed"),
                (3.0, "group:rescuers", "killed"),
            ],
        ),
        (
            "At least 27 people died - 24 miners and three rescuers.",
            [
                (27.0, "group:people", "killed"),
                (24.0, "lemma:miner", "killed"),
                (3.0, "group:rescuers", "killed"),
            ],
        ),
        (
            "Officials confirmed 19 deaths — 15 workers and four rescue workers.",
            [
                (19.0, "group:people", "killed"),
                (15.0, "lemma:worker", "killed"),
                (4.0, "group:rescuers", "killed"),
            ],
        ),
        (
            "Задержаны 70 человек — 41 в Уфе, 29 в Перми.",
            [
                (70.0, "group:people", "detained"),
                (41.0, "group:people@place:ufa", "detained"),
                (29.0, "group:people@place:perm", "detained"),
            ],
        ),
    ],
)
def test_members_of_a_dash_list_take_its_event(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause hung on the noun says what happened to it
        (
            "The ombudsman spoke of 23 teenagers, who were detained near the station.",
            [(23.0, "group:children", "detained")],
        ),
        (
            "Омбудсмен сообщила о 23 подростках, которых задержали у вокзала.",
            [(23.0, "group:children", "detained")],
        ),
        (
            "Врачи осмотрели 40 горняков, которых госпитализировали ночью.",
            [(40.0, "lemma:горняк", "hospitalised")],
        ),
        # …or that its people took part in a protest
        (
            "The union spoke of 1.7 million people, who took to the streets in 200 towns.",
            [(1700000.0, "group:people", "participants"), (200.0, "lemma:town", "count")],
        ),
        (
            "Профсоюз заявляет о 1,7 млн человек, вышедших на улицы.",
            [(1700000.0, "group:people", "participants")],
        ),
        # an aside in brackets does not end the clause of a range's second figure
        (
            "На площади собрались от 18 000 (данные МВД) до 64 000 человек (данные организаторов).",
            [
                (18000.0, "group:people", "participants"),
                (64000.0, "group:people", "participants"),
            ],
        ),
    ],
)
def test_a_clause_hung_on_the_noun_says_what_it_counts(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause with a figure of its own, or one that does not hang on the noun
        "Пожар уничтожил 30 домов, которые стояли у реки.",
        "Police counted 300 people, and later detained 12 of them.",
    ],
)
def test_a_clause_that_says_nothing_of_a_protest_makes_no_crowd(text: str) -> None:
    assert all(prop != "participants" for _, _, prop in _read(text))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Шесть спасателей погибли при обрушении.", "group:rescuers"),
        ("Погибли шесть горноспасателей.", "group:rescuers"),
        ("Six rescuers died in the collapse.", "group:rescuers"),
        ("Two rescue workers were killed.", "group:rescuers"),
    ],
)
def test_rescuers_are_one_group_in_both_languages(text: str, key: str) -> None:
    assert [(k, p) for _, k, p in _read(text)] == [(key, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group an actor sends is the actor's, named by the group in both languages
        ("Kazakhstan sent 45 rescuers.", ("country:KZ", "rescuers")),
        ("Казахстан направил 45 спасателей.", ("country:KZ", "rescuers")),
        ("Russia sent 120 police officers to the border.", ("country:RU", "security_forces")),
        ("Россия направила 120 полицейских к границе.", ("country:RU", "security_forces")),
    ],
)
def test_a_group_an_actor_sends_is_the_actor_s(text: str, expected: tuple[str, str]) -> None:
    assert [(k, p) for _, k, p in _read(text)] == [expected]
