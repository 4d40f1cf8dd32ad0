"""Rival figures in one sentence each keep their own speaker: a source phrase before a dash,
a group of speakers before a figure whose verb is left out, a figure named by whose it is
("the police estimate of 1,200", "оценка полиции в 15 тыс.")."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.text.attribution_named import named_figure


def _speakers(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.low, c.speaker) for c in extract_claims(text, published="2026-03-10")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a source phrase, then a dash and the figure
        (
            "По подсчётам МВД, пришли 8 тысяч человек, по словам организаторов — 30 тысяч.",
            [(8000, "МВД"), (30000, "организаторы")],
        ),
        (
            "По данным профсоюза, в забастовке участвуют 70 тысяч учителей; "
            "в министерстве назвали другую цифру — 15 тысяч.",
            [(70000, "профсоюз"), (15000, "министерство")],
        ),
        (
            "Police said 4,000 people joined the rally; according to the organisers – 9,000.",
            [(4000, "police"), (9000, "organisers")],
        ),
        # a group of speakers right before a figure whose counting verb is left out
        (
            "Police counted 12,000 marchers, the organisers 45,000.",
            [(12000, "police"), (45000, "organisers")],
        ),
        (
            "The ministry counted 300,000 strikers; the unions 800,000.",
            [(300000, "ministry"), (800000, "unions")],
        ),
        (
            "Полиция насчитала 15 тысяч участников шествия, организаторы 60 тысяч.",
            [(15000, "полиция"), (60000, "организаторы")],
        ),
        # a place before the figure is no speaker
        (
            "Police counted 12,000 marchers in Lyon, Paris 45,000.",
            [(12000, "police"), (45000, "police")],
        ),
    ],
)
def test_each_rival_figure_keeps_its_speaker(
    text: str, speakers: list[tuple[float | None, str | None]]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nurses said 58 people had died, above the government figure of 24.",
            "government",
        ),
        ("Medics said 41 people died, more than the official figure of 19.", "officials"),
        ("The union said 3,000 people marched, far above the police estimate of 1,200.", "police"),
        ("The union's count of 3,000 marchers was disputed by the mayor.", "union"),
        ("Врачи говорят о 58 погибших, официальная цифра в 24 человека занижена.", "власти"),
        (
            "Профсоюз заявил о 60 тысячах, оценка полиции в 15 тысяч человек занижена.",
            "полиция",
        ),
        (
            "Организаторы сообщили о 9 тысячах, оценка МВД в 3 тысячи человек ниже.",
            "МВД",
        ),
    ],
)
def test_a_figure_named_by_whose_it_is(text: str, speaker: str) -> None:
    assert _speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The latest figure of 24 deaths was given on Monday.", "24"),
        ("Последняя цифра в 24 человека появилась в понедельник.", "24"),
        ("The union said 900 took part; the March figure of 400 was lower.", "400"),
    ],
)
def test_a_figure_noun_without_an_owner_names_nobody(text: str, figure: str) -> None:
    assert named_figure(text, text.index(figure)) is None
