"""A place a clause opens with, or that scopes a figure, scopes the figures coordinated with it
("300 died and 500 were hurt"), never across a contrast, a dash that breaks a figure down, a
country or another place."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims

CASES = [
    (
        "The toll in the opposition-held districts rose to 310 deaths with 720 injuries reported.",
        ["group:people@area:rebels", "group:people@area:rebels"],
    ),
    (
        "Doctors said that in the opposition-held districts 300 died and 500 were hurt.",
        ["group:people@area:rebels", "group:people@area:rebels"],
    ),
    (
        "In the government-held areas, 45 people died and 130 were injured, while in the "
        "northeast 12 died and 40 were injured.",
        [
            "group:people@area:government",
            "group:people@area:government",
            "group:people@area:northeast",
            "group:people@area:northeast",
        ],
    ),
    (
        "Officials said that in Samara 14 people died and 60 were hurt, and 9 people died in Tver.",
        ["group:people@place:samara", "group:people@place:samara", "group:people@place:tver"],
    ),
    (
        "на подконтрольных правительству территориях погибли 310 человек и ранены 720, а на "
        "северо-востоке — 45 убитых и 130 раненых.",
        [
            "group:people@area:government",
            "group:people@area:government",
            "group:people@area:northeast",
            "group:people@area:northeast",
        ],
    ),
    (
        "Врачи сообщили, что на юго-западе погибли 30 тыс. человек и 90 ранены.",
        ["group:people@area:southwest", "group:people@area:southwest"],
    ),
    (
        "Как сообщили спасатели, в Твери погибли 14 человек и ранены 60, а в Самаре погибли 9.",
        ["group:people@place:tver", "group:people@place:tver", "group:people@place:samara"],
    ),
    # a country between: its figure is not the place's
    (
        "The agency said the toll in the opposition-held districts rose to 300 deaths and Armenia "
        "reported 500 injured people.",
        ["group:people@area:rebels", "country:AM"],
    ),
    # a contrast between: the figure after it is no part of the place's
    (
        "Власти сообщили, что на северо-западе погибли 30 человек, а Армения сообщила о 90 "
        "раненых.",
        ["group:people@area:northwest", "group:people"],
    ),
    (
        "In the opposition-held districts 300 people died; 500 people were injured across "
        "the country.",
        ["group:people@area:rebels", "group:people"],
    ),
    # a place that opens the sentence does not reach past a country named after it
    (
        "In the opposition-held districts, 300 people died, and Armenia reported 500 "
        "injured people.",
        ["group:people@area:rebels", "group:people"],
    ),
    (
        "В Самаре погибли 30 человек, а Армения сообщила о 90 раненых. В Твери погибли 5.",
        ["group:people@place:samara", "group:people", "group:people@place:tver"],
    ),
    # two counts of one place, set against each other, are both the place's
    (
        "В Самаре, по данным МВД, вышли 4 тыс. человек, а по данным организаторов — 20 тыс. "
        "В Твери погибли 5.",
        ["group:people@place:samara", "group:people@place:samara", "group:people@place:tver"],
    ),
    (
        "In Samara, 4,000 people marched, police said, but the organisers counted 20,000. In "
        "Tver 5 died.",
        ["group:people@place:samara", "group:people@place:samara", "group:people@place:tver"],
    ),
]


@pytest.mark.parametrize(("text", "keys"), CASES)
def test_a_place_scopes_the_figures_coordinated_with_it(text: str, keys: list[str]) -> None:
    found = extract_claims(text, published="2024-03-01")
    assert [c.subject_key for c in found] == keys


BREAKDOWNS = [
    "Rescuers said that at least 51 people died in Tver - 46 workers and 5 firefighters.",
    "Как сообщили спасатели, в Твери погибли 51 человек — 46 рабочих и 5 пожарных.",
]


@pytest.mark.parametrize("text", BREAKDOWNS)
def test_the_figures_after_a_dash_break_the_one_before_down(text: str) -> None:
    found = extract_claims(text, published="2024-03-01")
    assert [c.low for c in found] == [51, 46, 5]
    assert all("@place:" not in (c.subject_key or "") for c in found[1:])
