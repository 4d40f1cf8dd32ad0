"""Whose a figure is: a place named earlier in its sentence scopes its key."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _keys(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.low, c.subject_key) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fronted: "In X, N …"
        (
            "Cases were found in Lyon and in Nice. In Lyon, 48 people were hospitalised.",
            [(48.0, "group:people@place:lyon")],
        ),
        (
            "Gales struck in Leeds and in York. In York, officials said, 12 people were hurt.",
            [(12.0, "group:people@place:york")],
        ),
        (
            "Случаи выявлены в Казани и в Уфе. В Казани, по данным минздрава, госпитализированы"
            " 12 человек.",
            [(12.0, "group:people@place:kazan")],
        ),
        # an earlier clause names the place; the figure's clause continues it
        (
            "Cases were found in Lyon and in Nice. At least 30 people in Nice were hospitalised,"
            " 9 of them in serious condition.",
            [(30.0, "group:people@place:nice"), (9.0, "group:people@place:nice")],
        ),
        (
            "Паводок прошёл в Томске и в Омске. В Омске погибли 4 человека, 11 ранены.",
            [(4.0, "group:people@place:omsk"), (11.0, "group:people@place:omsk")],
        ),
    ],
)
def test_a_place_earlier_in_the_sentence_scopes_the_figure(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # postposed: "N people in X were…"
        (
            "Storms hit in Leeds and in York. At least 61 people in York were injured.",
            [(61.0, "group:people@place:york")],
        ),
        # "N in X and M in Y": each figure its own place
        (
            "Police detained 14 in Bristol and 22 in Leeds.",
            [(14.0, "group:people@place:bristol"), (22.0, "group:people@place:leeds")],
        ),
        (
            "В Томске задержали 14 человек, а в Омске — 22.",
            [(14.0, "group:people@place:tomsk"), (22.0, "group:people@place:omsk")],
        ),
        # genitive after a street or square noun
        (
            "Акции прошли в Томске и в Омске. На улицы Томска вышли 9 тысяч человек.",
            [(9000.0, "group:people@place:tomsk")],
        ),
        # an address is no scope: the fire is the town's own
        (
            "Пожар произошёл в Тихорецке на улице Ленина. В Тихорецке погибли 4 человека.",
            [(4.0, "group:people")],
        ),
        # the capital, by its name when it follows
        (
            "Cases rose in Lima and in Cusco. 80 people sought medical help in the capital.",
            [(80.0, "group:people@place:capital")],
        ),
        (
            "Протесты прошли в Лиме и в Куско. В столице, по данным полиции, задержаны 45 человек.",
            [(45.0, "group:people@place:capital")],
        ),
        # the capital of an article set in one town is that town
        (
            "Протесты прошли в Лиме. В столице, по данным полиции, вышли на улицы 9 тыс. человек.",
            [(9000.0, "group:people@place:lima")],
        ),
        # nationwide is the whole, whatever town follows
        (
            "Акции прошли в Лионе и в Нанте. Организаторы насчитали 2 млн участников по всей"
            " стране и 90 тыс. в Лионе.",
            [(2000000.0, "group:people"), (90000.0, "group:people@place:lyon")],
        ),
        # a region is not its city
        (
            "Cases rose in Lima and in Cusco. In the outlying Cusco region, 17 people fell ill.",
            [(17.0, "group:people@place:cusco region")],
        ),
    ],
)
def test_a_town_in_any_position_scopes_the_figure(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two countries in one article: each toll is its own country's
        (
            "Floods hit Peru and Chile. The death toll in Peru rose to 212, while 48 died in"
            " Chile.",
            [(212.0, "group:people@country:PE"), (48.0, "group:people@country:CL")],
        ),
        (
            "Наводнение затронуло Перу и Чили. В Чили погибли 48 человек.",
            [(48.0, "group:people@country:CL")],
        ),
        # the one country an article names is the whole event's
        ("Floods hit Peru. The death toll in Peru rose to 212.", [(212.0, "group:people")]),
        # a list of countries scopes no figure
        ("Floods hit Peru. In Peru and Chile 260 people died.", [(260.0, "group:people")]),
    ],
)
def test_a_country_scopes_the_figure_when_the_article_names_several(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 410 people died, including 130 in rebel-held areas.",
            [(410.0, "group:people"), (130.0, "group:people@area:rebels")],
        ),
        (
            "Injuries stand at 900, with 350 in government-controlled areas and 120 in the"
            " rebel-held areas.",
            [
                (900.0, "group:people"),
                (350.0, "group:people@area:government"),
                (120.0, "group:people@area:rebels"),
            ],
        ),
        (
            "The toll in regions held by the government climbed to 77.",
            [(77.0, "group:people@area:government")],
        ),
        (
            "На подконтрольных правительству территориях погибли 77 человек.",
            [(77.0, "group:people@area:government")],
        ),
        (
            "В районах, удерживаемых повстанцами, погибли 130 человек.",
            [(130.0, "group:people@area:rebels")],
        ),
        (
            "Погибли 310 человек, в том числе 120 на северо-западе страны.",
            [(310.0, "group:people"), (120.0, "group:people@area:northwest")],
        ),
    ],
)
def test_an_area_of_a_country_scopes_the_figure(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _keys(text) == expected


def _claims(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(c.low, c.subject_key, c.property) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arrests were made in Derby (38), Bath (15) and Ely (4).",
            [
                (38.0, "group:people@place:derby", "detained"),
                (15.0, "group:people@place:bath", "detained"),
                (4.0, "group:people@place:ely", "detained"),
            ],
        ),
        (
            "Participation was up in Rouen (7,000 to 16,000) and Dijon (3,200 according to the"
            " police).",
            [
                (7000.0, "group:people@place:rouen", "participants"),
                (3200.0, "group:people@place:dijon", "participants"),
            ],
        ),
        (
            "Задержаны 930 человек, больше всего в Самаре (210), Твери (64) и Туле (17).",
            [
                (930.0, "group:people", "detained"),
                (210.0, "group:people@place:samara", "detained"),
                (64.0, "group:people@place:tver", "detained"),
                (17.0, "group:people@place:tula", "detained"),
            ],
        ),
        (
            "Больше всего задержанных в Самаре — 210, следом идут Тверь (64) и Тула (17).",
            [
                (210.0, "group:people", "detained"),
                (64.0, "group:people@place:tver", "detained"),
                (17.0, "group:people@place:tula", "detained"),
            ],
        ),
        # a person's age in brackets is no place's figure
        ("Senator Hollis (71) was detained.", []),
    ],
)
def test_a_bracketed_figure_after_a_place_is_that_place_s_part_of_the_head(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure whose noun is elided keeps the place of the figure it takes the noun from
        (
            "Marches were held in Lyon and in Nice. In Nice, police counted 9,000 marchers,"
            " four times fewer than the 36,000 claimed by the unions.",
            # ("four times fewer" is a ratio: a figure with no key, never compared)
            [
                (9000.0, "group:people@place:nice"),
                (4.0, None),
                (36000.0, "group:people@place:nice"),
            ],
        ),
        # a region past "the" is a place of the article: the city is not the article's only town
        (
            "In Tver, 41 people fell ill. In the outlying Tver region, 12 people fell ill.",
            [(41.0, "group:people@place:tver"), (12.0, "group:people@place:tver region")],
        ),
    ],
)
def test_scopes_carried_by_the_noun_and_regions(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials reported 8,113 deaths from influenza in 2019.", "group:people@cause:disease"),
        ("In 2020, 41,230 people died with the disease.", "group:people@cause:disease"),
        ("Some 3,100 deaths were attributed to COVID-19.", "group:people@cause:disease"),
        ("В 2019 году умерли 8 113 пациентов с гриппом.", "group:people@cause:disease"),
        ("The quake killed 500 people.", "group:people"),
        ("За год умерли 2 млн человек.", "group:people"),
    ],
)
def test_deaths_of_a_disease_are_a_part_of_all_deaths(text: str, expected: str) -> None:
    [claim] = extract_claims(text)
    assert claim.subject_key == expected
