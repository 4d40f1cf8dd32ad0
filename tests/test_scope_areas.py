"""An area of a country is a part of that country: in an article counting in several
countries, the area's scope is composed under the country the sentence names it of."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _keys(text: str, prop: str = "killed") -> list[tuple[float | None, str | None]]:
    return [(c.low, c.subject_key) for c in extract_claims(text) if c.property == prop]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country's adjective inside the area's phrase
        (
            "Floods struck Chile and Peru. In districts held by the Peruvian government, 210 people"
            " died.",
            [(210.0, "group:people@country:PE@area:government")],
        ),
        (
            "Наводнения затронули Чили и Перу. На территориях, контролируемых перуанским"
            " правительством, погибли 210 человек.",
            [(210.0, "group:people@country:PE@area:government")],
        ),
        # the country right after the area
        (
            "Storms hit Chile and Peru. In the north-west of Peru, 95 people died.",
            [(95.0, "group:people@country:PE@area:northwest")],
        ),
        (
            "Штормы прошли по Чили и Перу. На северо-западе Перу погибли 95 человек.",
            [(95.0, "group:people@country:PE@area:northwest")],
        ),
        # the one country named before it, whose figure the area's is a part of
        (
            "Fighting spread in Chad and Sudan. In Sudan, 900 people died, including 300 in"
            " rebel-held areas.",
            [(900.0, "group:people@country:SD"), (300.0, "group:people@country:SD@area:rebels")],
        ),
        (
            "Бои шли в Чаде и Судане. В Судане погибли 900 человек, в том числе 300 на"
            " подконтрольных повстанцам территориях.",
            [(900.0, "group:people@country:SD"), (300.0, "group:people@country:SD@area:rebels")],
        ),
        # named before and broken down into areas after a part opener
        (
            "Storms hit Chile and Peru. The toll in Peru stands at 900, with 350 in"
            " government-held areas and 120 in rebel-controlled areas.",
            [
                (900.0, "group:people@country:PE"),
                (350.0, "group:people@country:PE@area:government"),
                (120.0, "group:people@country:PE@area:rebels"),
            ],
        ),
        # the country right before the area, another country's figure before it
        (
            "Штормы прошли по Чили и Перу. В Чили погибли 40 человек, в Перу на северо-западе"
            " погибли 30 человек.",
            [(40.0, "group:people@country:CL"), (30.0, "group:people@country:PE@area:northwest")],
        ),
        # the country's body speaks of the area: its country
        (
            "Floods struck Chile and Peru. The Peruvian Health Ministry said the toll in regions"
            " held by the government rose to 48.",
            [(48.0, "group:people@country:PE@area:government")],
        ),
    ],
)
def test_an_area_is_scoped_under_its_country(text: str, expected: list[tuple[float, str]]) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article of one country: the area alone is a part of the whole already
        (
            "Floods struck Peru. In districts held by the Peruvian government, 210 people died.",
            [(210.0, "group:people@area:government")],
        ),
        (
            "Наводнения прошли в Перу. На северо-западе Перу погибли 95 человек.",
            [(95.0, "group:people@area:northwest")],
        ),
        # no country named with the area in an article of several
        (
            "Storms hit Chile and Peru. The toll in rebel-held areas rose to 50.",
            [(50.0, "group:people@area:rebels")],
        ),
        (
            "Штормы прошли по Чили и Перу. На подконтрольных повстанцам территориях погибли"
            " 50 человек.",
            [(50.0, "group:people@area:rebels")],
        ),
        # a country whose own figure stands before the area is not its country
        (
            "Storms hit Chile and Peru. In Chile 40 people died and in rebel-held areas 30"
            " people died.",
            [(40.0, "group:people@country:CL"), (30.0, "group:people@area:rebels")],
        ),
        (
            "Штормы прошли по Чили и Перу. В Чили погибли 40 человек, а на подконтрольных"
            " повстанцам территориях погибли 30 человек.",
            [(40.0, "group:people@country:CL"), (30.0, "group:people@area:rebels")],
        ),
        # a country set against the area by a contrast is not its country
        (
            "Storms hit Chile and Peru. Chile counted 40 dead, while in rebel-held areas 50"
            " people died.",
            [(40.0, "group:people"), (50.0, "group:people@area:rebels")],
        ),
    ],
)
def test_an_area_keeps_no_country_it_is_not_named_of(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article of several countries: the ministry's figure is its government's areas'
        (
            "Floods struck Chile and Peru. In Chile, 40 people died. In government-held areas"
            " of Peru, 500 people died, the WHO said. The Peruvian Health Ministry reported 300"
            " deaths.",
            [
                (40.0, "group:people@country:CL"),
                (500.0, "group:people@country:PE@area:government"),
                (300.0, "group:people@country:PE@area:government"),
            ],
        ),
        (
            "Наводнения затронули Чили и Перу. В Чили погибли 40 человек. На подконтрольных"
            " правительству территориях Перу погибли 500 человек, сообщили в ВОЗ. Минздрав Перу"
            " сообщил о 300 погибших.",
            [
                (40.0, "group:people@country:CL"),
                (500.0, "group:people@country:PE@area:government"),
                (300.0, "group:people@country:PE@area:government"),
            ],
        ),
        # an article of one country
        (
            "Fighting raged across Sudan. The Sudanese Health Ministry reported 300 deaths. Aid"
            " groups said 500 people died in government-held areas.",
            [(300.0, "group:people@area:government"), (500.0, "group:people@area:government")],
        ),
        (
            "Бои шли по всему Судану. Минздрав Судана сообщил о 300 погибших. По данным ВОЗ, на"
            " подконтрольных правительству территориях погибли 500 человек.",
            [(300.0, "group:people@area:government"), (500.0, "group:people@area:government")],
        ),
        # no government-held area counted: the ministry's figure stays the country's
        (
            "Fighting raged across Sudan. The Sudanese Health Ministry reported 300 deaths. Aid"
            " groups said 500 people died in rebel-held areas.",
            [(300.0, "group:people"), (500.0, "group:people@area:rebels")],
        ),
        (
            "Бои шли по всему Судану. Минздрав Судана сообщил о 300 погибших. По данным ВОЗ, на"
            " подконтрольных повстанцам территориях погибли 500 человек.",
            [(300.0, "group:people"), (500.0, "group:people@area:rebels")],
        ),
        # another speaker's figure for the whole country stays the whole's
        (
            "Fighting raged across Sudan. The WHO reported 900 deaths. Aid groups said 500 people"
            " died in government-held areas.",
            [(900.0, "group:people"), (500.0, "group:people@area:government")],
        ),
        (
            "Бои шли по всему Судану. ВОЗ сообщила о 900 погибших. По данным ООН, на"
            " подконтрольных правительству территориях погибли 500 человек.",
            [(900.0, "group:people"), (500.0, "group:people@area:government")],
        ),
    ],
)
def test_a_government_counts_where_it_holds(text: str, expected: list[tuple[float, str]]) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who holds it is said of land, before or after its word
        ("In the rebel-held north, 60 people died.", [(60.0, "group:people@area:rebels")]),
        (
            "На территориях, находящихся под контролем повстанцев, погибли 70 человек.",
            [(70.0, "group:people@area:rebels")],
        ),
        # said of an institution or of people, no area
        ("In government-run hospitals, 40 patients died.", [(40.0, "group:people")]),
        ("В подконтрольных властям клиниках умерли 40 пациентов.", [(40.0, "group:people")]),
    ],
)
def test_an_area_is_land_someone_holds(text: str, expected: list[tuple[float, str]]) -> None:
    assert _keys(text) == expected
