"""Bare figures in brackets after the places of a list count what their sentence, or the
sentence before, counts (factcheck/pipeline/listed.py); a speaker inside one bracket is that
bracket's figure's alone."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims

_Row = tuple[float | None, float | None, str | None, str | None, str | None]


def _read(text: str) -> list[_Row]:
    return [
        (c.low, c.high, c.subject_key, c.property, c.speaker)
        for c in extract_claims(text, published="2024-03-20")
    ]


_PEOPLE = "group:people"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the measure of the sentence before
        (
            "On Tuesday 5,000 people marched across the country.\n\n"
            "Turnout also rose in smaller towns such as Dover (3,500 to 7,000), Ely (4,800) "
            "or Bath (2,700 according to the police).",
            [
                (5000, 5000, _PEOPLE, "participants", None),
                (3500, 7000, f"{_PEOPLE}@place:dover", "participants", None),
                (4800, 4800, f"{_PEOPLE}@place:ely", "participants", None),
                (2700, 2700, f"{_PEOPLE}@place:bath", "participants", "police"),
            ],
        ),
        (
            "Накануне в Томске на акцию вышли 5 тысяч человек.\n\n"
            "Оживление заметили и в небольших городах, например в Самаре (1200), "
            "в Казани (800–900) или в Перми (около 700, по данным полиции).",
            [
                (5000, 5000, f"{_PEOPLE}@place:tomsk", "participants", None),
                (1200, 1200, f"{_PEOPLE}@place:samara", "participants", None),
                (800, 900, f"{_PEOPLE}@place:kazan", "participants", None),
                (700, 700, f"{_PEOPLE}@place:perm", "participants", "полиция"),
            ],
        ),
        # the measure of a list before, itself of bare figures
        (
            "Participation rose in Derby (2,000 to 3,500) and Crewe (1,800 to 2,600).\n\n"
            "Smaller gains came in towns such as Ripon (900) and Selby (1,100 to 1,400).",
            [
                (2000, 3500, f"{_PEOPLE}@place:derby", "participants", None),
                (1800, 2600, f"{_PEOPLE}@place:crewe", "participants", None),
                (900, 900, f"{_PEOPLE}@place:ripon", "participants", None),
                (1100, 1400, f"{_PEOPLE}@place:selby", "participants", None),
            ],
        ),
        # the measure the same sentence counts further on
        (
            "Some towns stood out, notably Leeds (6,200 to 9,000), York (5,100) and Hull, "
            "where 11,000 people marched.",
            [
                (6200, 9000, f"{_PEOPLE}@place:leeds", "participants", None),
                (5100, 5100, f"{_PEOPLE}@place:york", "participants", None),
                (11000, 11000, f"{_PEOPLE}@place:hull", "participants", None),
            ],
        ),
        (
            "Больше всего выделились Самара (1200), Казань (900) и Пермь, где на улицы вышли "
            "3 тысячи человек.",
            [
                (1200, 1200, f"{_PEOPLE}@place:samara", "participants", None),
                (900, 900, f"{_PEOPLE}@place:kazan", "participants", None),
                (3000, 3000, f"{_PEOPLE}@place:perm", "participants", None),
            ],
        ),
    ],
)
def test_a_list_of_places_counts_what_its_sentence_or_the_one_before_counts(
    text: str, expected: list[_Row]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # nothing counted before: a bare figure of a list says nothing
        "Towns such as Dover (3,500 to 7,000) and Ely (4,800) were quiet.",
        "Спокойно было в таких городах, как Самара (1200) и Казань (900).",
        # a sentence with no figure between ends the list
        "On Tuesday 5,000 people marched in Leeds. The weather was fine.\n\n"
        "Towns such as Dover (3,500 to 7,000) were quiet.",
    ],
)
def test_a_bare_list_with_no_measure_before_is_no_claim(text: str) -> None:
    assert [r for r in _read(text) if r[0] in (1200.0, 900.0, 3500.0, 4800.0)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 900 soldiers will arrive next week. A total of 600 are in Latvia.",
            [(900, 900, "lemma:soldier", "troops"), (600, 600, "lemma:soldier@part", "troops")],
        ),
        (
            "The ministry sent 40 trucks. Of those, 12 were turned back at the border.",
            [(40, 40, "lemma:truck", "vehicles"), (12, 12, "lemma:truck@part", "vehicles")],
        ),
        (
            "На границу прибыли 900 военных. Всего 600 находятся в Латвии.",
            [(900, 900, "lemma:военный", "troops"), (600, 600, "lemma:военный@part", "troops")],
        ),
        (
            "Министерство отправило 40 грузовиков. Из них 12 развернули на границе.",
            [(40, 40, "lemma:грузовик", "vehicles"), (12, 12, "lemma:грузовик@part", "vehicles")],
        ),
        # a year that opens a sentence counts nothing
        ("In 2023 the plant made 400 cars. 2024 was worse.", [(400, 400, "lemma:car", "count")]),
    ],
)
def test_a_bare_figure_opening_a_sentence_is_a_part_of_what_the_one_before_counted(
    text: str, expected: list[tuple[float, float, str, str]]
) -> None:
    assert [r[:4] for r in _read(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "К месту вылетели четыре вертолета. Два спасательных судна вышли из порта.",
        "Прибыли 40 грузовиков. Три пожарные машины остались на базе.",
    ],
)
def test_a_figure_opening_a_sentence_with_a_noun_phrase_of_its_own_is_no_part(text: str) -> None:
    assert all("@part" not in (r[2] or "") for r in _read(text))
