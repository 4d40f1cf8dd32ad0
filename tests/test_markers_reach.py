"""How far a mark of an earlier state reaches: its own clause and the clauses after it, and
only the figure it stands right after when it follows one ("from 31 a day earlier")."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _earlier(text: str) -> list[tuple[float | None, bool]]:
    return [(c.low, c.earlier) for c in extract_claims(text, published="2026-03-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mark after a figure, in a clause of its own: not the figure before it
        (
            "Число погибших выросло до 47, ранее сообщалось о 29 погибших.",
            [(47.0, False), (29.0, True)],
        ),
        # a period right after a figure dates that figure only
        ("Turnout was 61.3%, up from 57.8% a year earlier.", [(61.3, False), (57.8, True)]),
        ("Безработица составила 6,1% против 5,7% годом ранее.", [(6.1, False), (5.7, True)]),
        # a mark before, or closing the figure's own clause, reaches it
        ("Ранее сообщалось, что погибли 9 человек.", [(9.0, True)]),
        ("So far, 23 deaths have been confirmed.", [(23.0, True)]),
        ("23 deaths have been confirmed so far.", [(23.0, True)]),
    ],
)
def test_an_earlier_mark_reaches_its_own_figures(
    text: str, expected: list[tuple[float, bool]]
) -> None:
    assert _earlier(text) == expected
