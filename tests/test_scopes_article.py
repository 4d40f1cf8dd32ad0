"""Whose a figure is, decided for the whole article: a town's figure is the event's own only
when the article counts no whole of the same thing."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims
from factcheck.pipeline.frames import without_home


def _keys(text: str, prop: str) -> list[tuple[float | None, str | None]]:
    return [(c.low, c.subject_key) for c in extract_claims(text) if c.property == prop]


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        # one town and no whole: the town's toll is the event's
        (
            "A gas blast tore through a block in Halden. In Halden, 7 people were killed.",
            "killed",
            [(7.0, "group:people")],
        ),
        (
            "Пожар в Тихорецке потушен. В Тихорецке погибли 6 человек.",
            "killed",
            [(6.0, "group:people")],
        ),
        # one town and a counted whole of the same measure: the town's figure is a part
        (
            "Unions said 900,000 people marched on Tuesday. In Ghent, 40,000 people marched.",
            "participants",
            [(900000.0, "group:people"), (40000.0, "group:people@place:ghent")],
        ),
        (
            "В акциях приняли участие 700 тысяч человек. В Гродно в акции приняли участие"
            " 30 тысяч человек.",
            "participants",
            [(700000.0, "group:people"), (30000.0, "group:people@place:grodno")],
        ),
        # the capital of an article set in one town is that town, a part of a whole
        (
            "Протесты прошли в Лиме. По всей стране митинговали 50 тыс. человек. В столице,"
            " по данным полиции, митинговали 9 тыс. человек.",
            "participants",
            [(50000.0, "group:people"), (9000.0, "group:people@place:lima")],
        ),
        (
            "Protests were held in Lima. Across the country 50,000 people took to the streets."
            " In the capital, police said, 9,000 people took to the streets.",
            "participants",
            [(50000.0, "group:people"), (9000.0, "group:people@place:lima")],
        ),
        # a vague whole ("tens of thousands across the country") counts none
        (
            "Tens of thousands of people took part across the country. In Ghent, 40,000 people"
            " took part.",
            "participants",
            [(20000.0, "group:people"), (40000.0, "group:people")],
        ),
        (
            "По всей стране в акциях приняли участие десятки тысяч человек. В Гродно в акции"
            " приняли участие 30 тысяч человек.",
            "participants",
            [(20000.0, "group:people"), (30000.0, "group:people")],
        ),
    ],
)
def test_a_town_s_figure_is_the_whole_only_without_another_whole(
    text: str, prop: str, expected: list[tuple[float, str]]
) -> None:
    assert _keys(text, prop) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date between the place and the figure keeps the place
        (
            "Rallies were held in Ghent and in Liege. On the streets of Ghent on 4 May, 12,000"
            " people marched.",
            [(12000.0, "group:people@place:ghent")],
        ),
        (
            "Акции прошли в Гродно и в Бресте. На улицы Гродно 4 мая вышли 12 тысяч человек.",
            [(12000.0, "group:people@place:grodno")],
        ),
    ],
)
def test_a_date_between_place_and_figure_keeps_the_place(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(c.low, c.subject_key) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    ("key", "home", "expected"),
    [
        ("group:people@place:ghent", "ghnt", "group:people"),
        ("group:people@place:ghent@cause:disease", "ghnt", "group:people@cause:disease"),
        ("group:people@place:liege", "ghnt", None),
        ("group:people", "ghnt", None),
        (None, "ghnt", None),
    ],
)
def test_without_home(key: str | None, home: str, expected: str | None) -> None:
    assert without_home(key, home) == expected


def _scoped(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.low, c.subject_key) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective of a place scopes the figure of its noun
        (
            "Unions counted 600,000 marchers in all. Police counted 45,000 marchers in the"
            " Parisian procession.",
            [(600000.0, "group:people"), (45000.0, "group:people@place:paris")],
        ),
        (
            "Всего вышли 600 тысяч человек. В парижском шествии, по данным полиции, участвовали"
            " 45 тысяч человек.",
            [(600000.0, "group:people"), (45000.0, "group:people@place:paris")],
        ),
        (
            "Всего задержаны 300 человек. На московских улицах задержаны 120 человек.",
            [(300.0, "group:people"), (120.0, "group:people@place:moscow")],
        ),
        # "столичный" is the capital's
        (
            "Акции прошли в Лиме и в Куско. На столичной акции задержаны 30 человек.",
            [(30.0, "group:people@place:capital")],
        ),
        # a capitalised adjective heads a name, and local time is no place
        (
            "Всего задержаны 300 человек. В 10 часов по московскому времени задержаны 20 человек.",
            [(300.0, "group:people"), (20.0, "group:people")],
        ),
    ],
)
def test_an_adjective_of_a_place_scopes_the_figure(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _scoped(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the capital" of an article on one country is that country's capital
        (
            "Strikes spread across Italy. In Genoa and in Turin, dockers walked out. In the"
            " capital, 20,000 people marched.",
            [(20000.0, "group:people@place:rome")],
        ),
        (
            "Забастовки охватили Италию. В Генуе и в Турине бастуют докеры. В столице на улицы"
            " вышли 20 тысяч человек.",
            [(20000.0, "group:people@place:rome")],
        ),
        # a date may stand between the capital and its figure
        (
            "Strikes spread across Italy. In Genoa and in Turin, dockers walked out. The record"
            " in the capital dates back to 4 May, with 90,000 marchers.",
            [(90000.0, "group:people@place:rome")],
        ),
    ],
)
def test_the_capital_of_the_article_s_country(text: str, expected: list[tuple[float, str]]) -> None:
    assert _scoped(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fragment naming a place frames the figures after it, to the end of its paragraph
        (
            "Unions counted 900,000 marchers nationwide.\n\nFirst, in Lyon. Some 70,000 people"
            " marched, the unions said. Police counted 20,000 marchers.\n\nPolice detained 40"
            " people.",
            [
                (900000.0, "group:people"),
                (70000.0, "group:people@place:lyon"),
                (20000.0, "group:people@place:lyon"),
                (40.0, "group:people"),
            ],
        ),
        (
            "Профсоюзы насчитали 900 тысяч участников.\n\nСначала о Лионе. Там вышли 70 тысяч"
            " человек, по данным профсоюзов.\n\nПолиция задержала 40 человек.",
            [
                (900000.0, "group:people"),
                (70000.0, "group:people@place:lyon"),
                (40.0, "group:people"),
            ],
        ),
        # the capital as a frame; the whole country ends it
        (
            "Strikes spread across Italy.\n\nIn the capital. About 9,000 people marched. Across"
            " the country, 80,000 people marched.",
            [(9000.0, "group:people@place:rome"), (80000.0, "group:people")],
        ),
        (
            "Забастовки охватили Италию.\n\nТеперь о столице. Там вышли 9 тысяч человек. По всей"
            " стране вышли 80 тысяч человек.",
            [(9000.0, "group:people@place:rome"), (80000.0, "group:people")],
        ),
        # a whole sentence naming a place is no frame
        (
            "Smoke spread over the region.\n\nThe fire began in Ostby. Overall, 30 people"
            " were hurt.",
            [(30.0, "group:people")],
        ),
        (
            "Дым накрыл весь регион.\n\nПожар начался в Остбурге. Всего пострадали 30 человек.",
            [(30.0, "group:people")],
        ),
        # a place of the figure's own wins over the frame
        (
            "Unions counted 900,000 marchers nationwide.\n\nNow to Lyon. In Grenoble, 8,000"
            " people marched.",
            [(900000.0, "group:people"), (8000.0, "group:people@place:grenoble")],
        ),
    ],
)
def test_a_fragment_naming_a_place_frames_what_follows(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _scoped(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a building or venue is no town: its toll is the event's
        (
            "Fire broke out at Grand Crown Hall in Halden. At Grand Crown Hall, 12 people died."
            " In Ostby, 3 people died.",
            [(12.0, "group:people"), (3.0, "group:people@place:ostby")],
        ),
        (
            "Пожар вспыхнул в Riverside Arena. В Riverside Arena погибли 12 человек. В Остбурге"
            " погибли 3 человека.",
            [(12.0, "group:people"), (3.0, "group:people@place:ostburg")],
        ),
        # a square is a place a crowd is counted in
        (
            "Rallies were held in Halden and in Ostby. In Freedom Square, 9,000 people gathered.",
            [(9000.0, "group:people@place:freedom square")],
        ),
    ],
)
def test_a_building_is_no_town(text: str, expected: list[tuple[float, str]]) -> None:
    assert _scoped(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "across Italy", "по всей Италии": the country's own figure, a part of a larger whole
        (
            "Storms hit Italy and Greece. Across Italy, 40 people died; across Greece, 12 people.",
            [(40.0, "group:people@country:IT"), (12.0, "group:people@country:GR")],
        ),
        (
            "Шторм обрушился на Италию и Грецию. По всей Италии погибли 40 человек, на"
            " территории всей Греции — 12.",
            [(40.0, "group:people@country:IT"), (12.0, "group:people@country:GR")],
        ),
        # in an article on that one country it is the whole
        (
            "Storms hit Italy. Across Italy, 40 people died.",
            [(40.0, "group:people")],
        ),
        (
            "Шторм обрушился на Италию. По всей Италии погибли 40 человек.",
            [(40.0, "group:people")],
        ),
    ],
)
def test_a_country_said_whole_is_that_country_s_scope(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _scoped(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in X alone", "только в X": a part even in an article set in X
        (
            "Marches were held across the region, with 30,000 people in Ghent alone.",
            [(30000.0, "group:people@place:ghent")],
        ),
        (
            "Marches were held across the region; only in Ghent did 30,000 people march.",
            [(30000.0, "group:people@place:ghent")],
        ),
        (
            "Акции прошли по всему региону. Только в Гродно вышли 30 тысяч человек.",
            [(30000.0, "group:people@place:grodno")],
        ),
    ],
)
def test_a_town_marked_as_a_part_keeps_its_scope(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _scoped(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed town in the genitive after a noun, or after "of"
        (
            "Всего госпитализированы 90 человек. В больницах Казани находятся 35 человек.",
            [(90.0, "group:people"), (35.0, "group:people@place:kazan")],
        ),
        (
            "In all, 90 people are in hospital. The hospitals of Kazan hold 35 people.",
            [(90.0, "group:people"), (35.0, "group:people@place:kazan")],
        ),
        # a town not listed is not read this way ("жители Остбурга" may be anything)
        (
            "Всего госпитализированы 90 человек. В больницах Остбурга находятся 35 человек.",
            [(90.0, "group:people"), (35.0, "group:people")],
        ),
    ],
)
def test_a_listed_town_after_a_noun_scopes_the_figure(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _scoped(text) == expected
