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
