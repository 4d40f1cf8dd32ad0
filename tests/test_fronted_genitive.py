"""A Russian group named before its figure, in the genitive ("Митингующих было около 5 тысяч")
counts as the group after it would. English has no such order: "Of the protesters, 5,000…" is
a part of a figure (tests/test_figures_lists.py)."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _read(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(c.low, c.subject_key, c.property) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Демонстрантов было около 7 тысяч.", [(7000.0, "group:people", "participants")]),
        (
            "Всего манифестантов собралось не менее 3 тысяч.",
            [(3000.0, "group:people", "participants")],
        ),
        ("Забастовщиков профсоюз насчитал 18 тысяч.", [(18000.0, "group:people", "participants")]),
        ("Журналистов задержали 9.", [(9.0, "group:journalists", "detained")]),
    ],
)
def test_a_group_before_its_figure_is_counted(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tally's noun is not the figure's
        ("Накануне число забастовщиков было вдвое меньше.", [(2.0, None, "ratio")]),
        # a clause mark between: the group is another clause's
        ("Журналистов вызвали на допрос, задержаны 40.", [(40.0, "group:people", "detained")]),
    ],
)
def test_a_group_of_another_clause_is_not(
    text: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    assert _read(text) == expected
