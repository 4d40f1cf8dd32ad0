"""Rows of a table of places the gazetteer does not know, under a heading that says what the
table counts: "Deaths by district:" / "Northfield - 14" is 14 deaths in Northfield."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _claims(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.subject_key, c.property, c.low) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deaths by district:\nNorthfield - 14\nEastbrook: 9\nWestvale - 3\n",
            [
                ("group:people@place:northfield", "killed", 14.0),
                ("group:people@place:eastbrook", "killed", 9.0),
                ("group:people@place:westvale", "killed", 3.0),
            ],
        ),
        (
            "Injured by town:\nAshford – 22\nMillbrook ~ 5\n",
            [
                ("group:people@place:ashford", "injured", 22.0),
                ("group:people@place:millbrook", "injured", 5.0),
            ],
        ),
        (
            "Число погибших по районам:\nСеверный район — 14\nЗаречный район — 9\n",
            [
                ("group:people@place:северный район", "killed", 14.0),
                ("group:people@place:заречный район", "killed", 9.0),
            ],
        ),
        (
            "Задержанные по городам:\nНовоград — 31\nСтарица: 7\n",
            [
                ("group:people@place:новоград", "detained", 31.0),
                ("group:people@place:старица", "detained", 7.0),
            ],
        ),
        # a country the gazetteer knows is the row's scope
        (
            "Injured by town:\nNorthfield - 14\nArmenia - 9\nWestvale: 3\n",
            [
                ("group:people@place:northfield", "injured", 14.0),
                ("group:people@country:AM", "injured", 9.0),
                ("group:people@place:westvale", "injured", 3.0),
            ],
        ),
        # a label that says what it counts is no place
        (
            "Deaths: 14\nInjured: 40\n",
            [("group:people", "killed", 14.0), ("group:people", "injured", 40.0)],
        ),
        (
            "Погибших: 30\nРаненых: 12\n",
            [("group:people", "killed", 30.0), ("group:people", "injured", 12.0)],
        ),
        (
            "Severe cases: 40\nCritical cases: 12\n",
            [("lemma:severe case", "count", 40.0), ("lemma:critical case", "count", 12.0)],
        ),
    ],
)
def test_table_row(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert _claims(text) == expected
