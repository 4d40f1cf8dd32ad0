"""A bare figure joined to the one before it by "and"/"и", a date between them and a
preposition before it ("52 on May 7 and at 60 on May 9"), counts what that one counts."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The toll stood at 41 on May 6 and at 57 on May 8.",
            [("killed", 41.0, "2024-05-06"), ("killed", 57.0, "2024-05-08")],
        ),
        (
            "Police detained 41 people on May 6 and 57 on May 8.",
            [("detained", 41.0, "2024-05-06"), ("detained", 57.0, "2024-05-08")],
        ),
        (
            "Погибших было 41 на 6 мая и 57 на 8 мая.",
            [("killed", 41.0, "2024-05-06"), ("killed", 57.0, "2024-05-08")],
        ),
    ],
)
def test_a_figure_after_and_counts_the_same(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    found = extract_claims(sentence, published="2024-05-09")
    assert [(c.property, c.low, c.as_of) for c in found] == expected
