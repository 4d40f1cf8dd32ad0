"""What "the number of X" counts: the figure a link verb gives to a tally measures X."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _read(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(c.low, c.subject_key, c.property) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd told through its tally is the same figure as "N took part"
        (
            "The number of marchers exceeded 260,000 by noon.",
            [(260000.0, "group:people", "participants")],
        ),
        (
            "The total number of participants was 74,000, organisers said.",
            [(74000.0, "group:people", "participants")],
        ),
        (
            "Число участников шествия превысило 310 тысяч человек.",
            [(310000.0, "group:people", "participants")],
        ),
        ("Число митингующих составляло 17 тысяч.", [(17000.0, "group:people", "participants")]),
        (
            "Численность марша, по оценкам профсоюзов, составила 45 тысяч человек.",
            [(45000.0, "group:people", "participants")],
        ),
        (
            "Количество бастующих выросло до 52 тысяч.",
            [(52000.0, "group:people", "participants")],
        ),
        # a named group keeps its name; the event says what happened to it
        (
            "The number of reporters detained rose to 14.",
            [(14.0, "group:journalists", "detained")],
        ),
        (
            "Число задержанных корреспондентов достигло 14.",
            [(14.0, "group:journalists", "detained")],
        ),
        (
            "The number of children among the victims has risen to 11.",
            [(11.0, "group:children", "killed")],
        ),
        # an event alone: people
        ("The number of those injured climbed to 418.", [(418.0, "group:people", "injured")]),
        (
            "Число госпитализированных увеличилось до 63.",
            [(63.0, "group:people", "hospitalised")],
        ),
        # a measure of the lexicon, or a noun it does not know
        (
            "The number of soldiers on the island reached 4,600.",
            [(4600.0, "lemma:soldier", "troops")],
        ),
        ("Число военнослужащих достигло 4600.", [(4600.0, "lemma:военнослужащий", "troops")]),
        ("The number of flooded homes passed 2,700.", [(2700.0, "lemma:home", "count")]),
        ("Число затопленных домов превысило 2700.", [(2700.0, "lemma:дом", "count")]),
    ],
)
def test_a_tally_says_what_its_figure_counts(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no link verb gives the figure to the tally
        "The number of marchers was not given, but 260,000 tickets were sold.",
        "Число участников не называлось, продано 310 тысяч билетов.",
    ],
)
def test_a_tally_without_a_link_gives_nothing(text: str) -> None:
    assert all(key != "group:people" or prop != "participants" for _, key, prop in _read(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun a figure is "of"
        (
            "The rally drew an estimated turnout of 18,000 to 26,000.",
            [(18000.0, "group:people", "participants")],
        ),
        (
            "Police reported a crowd of 7,500 near the palace.",
            [(7500.0, "group:people", "participants")],
        ),
        (
            "Численность толпы составила 7,5 тыс. человек.",
            [(7500.0, "group:people", "participants")],
        ),
        ("The deaths of 212 people led to an inquiry.", [(212.0, "group:people", "killed")]),
        # the plural subject of the link verb
        ("Weekly infections have often topped 3,100.", [(3100.0, "lemma:infection", "count")]),
        ("Arrests quickly climbed to 640.", [(640.0, "group:people", "detained")]),
    ],
)
def test_the_noun_before_a_figure_says_what_it_counts(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # heads that only say "how many" name nothing
        "A total of 1,900 are on the island.",
        "The figure rose to 4,400 on Tuesday.",
        "A group of 40 gathered at dawn.",
    ],
)
def test_a_head_that_only_counts_names_nothing(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural inside a phrase of place is not the subject of the link verb
        (
            "The death toll in districts held by rebel groups rose to 1,350.",
            [(1350.0, "group:people@area:rebels", "killed")],
        ),
        # a tally's noun is not left unsaid for the next figure
        (
            "When weekly infections topped 3,100, the city recorded 812 deaths.",
            [(3100.0, "lemma:infection", "count"), (812.0, "group:people", "killed")],
        ),
    ],
)
def test_a_tally_s_noun_stays_its_own(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _read(text) == expected
