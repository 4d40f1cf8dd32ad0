"""A list of names and figures whose noun comes only with its last item ("Kenya - 400 /
Ghana - 150 / Chad ~ 300 troops"): every item counts that noun, for its own name."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _read(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(c.low, c.subject_key, c.property) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pledged to the mission: Kenya - 400 / Ghana - 150 / Chad ~ 300 troops.",
            [
                (400.0, "country:KE", "troops"),
                (150.0, "country:GH", "troops"),
                (300.0, "country:TD", "troops"),
            ],
        ),
        (
            "Kenya - 400, Ghana - 150, Chad - 300 troops.",
            [
                (400.0, "country:KE", "troops"),
                (150.0, "country:GH", "troops"),
                (300.0, "country:TD", "troops"),
            ],
        ),
        (
            "В миссию направят: Кения — 400, Гана — 150, Чад — около 300 военных.",
            [
                (400.0, "country:KE", "troops"),
                (150.0, "country:GH", "troops"),
                (300.0, "country:TD", "troops"),
            ],
        ),
    ],
)
def test_each_named_item_counts_the_lists_noun(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _read(text) == expected


def test_a_name_is_never_a_counted_noun() -> None:
    # nothing says what these figures count: no claim, rather than a count of "Chad"
    assert _read("Pledges: Kenya - 400 / Ghana - 150 / Chad ~ 300.") == []
