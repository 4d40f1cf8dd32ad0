"""Who holds a share of the vote: a party or a candidate named before it, before a dash in a
list, or after "for"; a party's name kept whole, a person keyed by the surname."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _keys(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.subject_key, c.low) for c in extract_claims(text) if c.property == "share"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party as the clause's subject, its name whole
        (
            "The ruling Green Alliance won 54.2% of the vote, the electoral commission said.",
            [("name:green alliance", 54.2)],
        ),
        ("The opposition Union for Renewal received 11.3%.", [("name:union for renewal", 11.3)]),
        ("Партия «Зелёный союз» набрала 54,2% голосов.", [("name:зеленый союз", 54.2)]),
        # list items after a dash
        (
            "Union for Renewal took 11.3%, the Workers' Front – 8.9%.",
            [("name:union for renewal", 11.3), ("name:workers' front", 8.9)],
        ),
        (
            "«Союз обновления» получил 11,3%, «Рабочий фронт» — 8,9%.",
            [("name:союз обновления", 11.3), ("name:рабочий фронт", 8.9)],
        ),
        # a country's name inside a party's is the party's, not the country's share
        ("Free Moldova – 6.2%.", [("name:free moldova", 6.2)]),
        ("«Единая Армения» набрала 7,4% голосов.", [("name:единая армения", 7.4)]),
        # a candidate: the surname, a title before the name left out, "for" after the share
        (
            "Candidate Lena Varga won 52.4% of the vote against 47.6% for Tomas Reid.",
            [("name:varga", 52.4), ("name:reid", 47.6)],
        ),
        ("Кандидат Ольга Лаптева набрала 31,2% голосов.", [("name:лаптев", 31.2)]),
        # the party after the speaker's verb, and after "went to"
        (
            "Monitors said the Green Alliance won 48% of the vote.",
            [("name:green alliance", 48.0)],
        ),
        (
            "Monitors said 48% of the vote went to the Green Alliance.",
            [("name:green alliance", 48.0)],
        ),
    ],
)
def test_the_holder_of_a_share_of_the_vote(text: str, expected: list[tuple[str, float]]) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # no name holds these: a word opening the sentence, a place after a preposition
        ("Turnout was 58.1%.", "lemma:turnout"),
        ("In the capital, turnout was 38%.", "lemma:turnout"),
        ("Явка составила 38,4%.", "lemma:явка"),
        # a speaker's name is no holder
        ("Доля, по оценке Национального банка, составила 12%.", "lemma:доля"),
    ],
)
def test_no_holder_where_no_name_holds_the_share(text: str, key: str) -> None:
    assert _keys(text)[0][0] == key


def _counts(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.subject_key, c.low) for c in extract_claims(text) if c.property == "count"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seats and votes a party won are its own; so are the list items after it
        (
            "Union for Renewal secured 19 seats, the Workers' Front 12.",
            [("lemma:seat@name:union for renewal", 19.0), ("lemma:seat@name:workers' front", 12.0)],
        ),
        (
            "The Green Alliance received 1.09 million votes.",
            [("lemma:vote@name:green alliance", 1090000.0)],
        ),
        (
            "«Зелёный союз» получил 89 мандатов из 150.",
            [("lemma:мандат@name:зеленый союз", 89.0), ("lemma:мандат", 150.0)],
        ),
        (
            "«Рабочий фронт» набрал 410 тысяч голосов.",
            [("lemma:голос@name:рабочий фронт", 410000.0)],
        ),
        # seats and votes no party won: the whole
        ("The new parliament has 150 seats.", [("lemma:seat", 150.0)]),
        ("Over 2 million votes were cast.", [("lemma:vote", 2000000.0)]),
    ],
)
def test_votes_and_seats_are_their_holders(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected
