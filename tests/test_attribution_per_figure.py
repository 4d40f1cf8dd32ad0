"""Two speakers in one sentence: each figure takes the source of its own bracket, its own
clause, or its own part of a glued sentence (factcheck/text/figure_attribution.py)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


def _speakers(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.low, c.speaker) for c in extract_claims(text, published="2024-05-15")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a bracket right after the figure names its source
        (
            "Пришли до 60 тыс. человек (по данным организаторов), сообщила полиция.",
            [(None, "организаторы")],
        ),
        (
            "На площадь вышли 12 тыс. человек (данные полиции), а в прошлый раз – 30 тыс.",
            [(12000, "полиция"), (30000, None)],
        ),
        (
            "Some 9,000 people (police figures) marched in Rennes, a record for the town.",
            [(9000, "police")],
        ),
        ("The march drew 60,000 people (organisers) on Sunday.", [(60000, "organisers")]),
        # a bracket around the figure
        (
            "The union counted 310,000 marchers (95,000, according to the police).",
            [(310000, "union"), (95000, "police")],
        ),
        (
            "Профсоюз насчитал 90 тыс. участников (20 тыс., по данным полиции).",
            [(90000, "профсоюз"), (20000, "полиция")],
        ),
    ],
)
def test_a_bracket_gives_its_figure_a_source(
    text: str, speakers: list[tuple[float | None, str | None]]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a contrast opens a clause with a source of its own
        (
            "Police counted 8,200 marchers in Rennes, while the unions claimed 26,000.",
            [(8200, "police"), (26000, "unions")],
        ),
        (
            "The union declared 2.4 million strikers when the ministry counted 900,000.",
            [(2400000, "union"), (900000, "ministry")],
        ),
        (
            "Полиция насчитала 9 тыс. участников, а профсоюз заявил о 40 тыс.",
            [(9000, "полиция"), (40000, "профсоюз")],
        ),
        (
            "МВД насчитало 70 тыс. демонстрантов, тогда как организаторы сообщили о 200 тыс.",
            [(70000, "МВД"), (200000, "организаторы")],
        ),
        # the counting verb left out: the words before the dash speak
        (
            "В Нанте полиция насчитала 8 200 человек, профсоюзы – 26 тыс.",
            [(8200, "полиция"), (26000, "профсоюзы")],
        ),
        (
            "Police counted 4,100 marchers in Tours, the unions – 11,000.",
            [(4100, "police"), (11000, "unions")],
        ),
        # a place before the dash is no speaker
        (
            "В Нанте полиция насчитала 8 200 человек, Лион – 26 тыс.",
            [(8200, "полиция"), (26000, "полиция")],
        ),
        # a source at the sentence's end speaks for every clause before it
        (
            "Officials said the rallies were banned and police detained 140 people, "
            "according to a rights group.",
            [(140, "rights group")],
        ),
    ],
)
def test_a_clause_gives_its_figure_a_source(
    text: str, speakers: list[tuple[float | None, str | None]]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a sentence glued to the next without a space: each part is its own sentence
        (
            "Some 64 people died in the blaze.The count may rise, "
            "the regional health office said on Monday.",
            [(64, "regional health office")],
        ),
        (
            "Rescuers worked all night.Later, Fire Chief Tom Hale reported 12 more dead.",
            [(12, "Tom Hale")],
        ),
        (
            "Погибли 17 человек.Об этом сообщили в МЧС республики.",
            [(17, "МЧС республики")],
        ),
    ],
)
def test_glued_sentences_each_have_their_source(
    text: str, speakers: list[tuple[float | None, str | None]]
) -> None:
    assert _speakers(text) == speakers
