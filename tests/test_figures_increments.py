"""A figure added to a total given before ("14 more", "ещё четверо") is a part of the new
total, never its rival (pipeline/claims.share_of_previous)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


def keys(text: str) -> dict[float, str]:
    return {c.low: c.subject_key for c in extract_claims(text) if c.low is not None}


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        (
            "Nine were taken to hospital. Fourteen more people were hospitalised on Tuesday.",
            14,
            "group:people@part",
        ),
        (
            "Nine were taken to hospital. Another 14 people were hospitalised on Tuesday.",
            14,
            "group:people@part",
        ),
        ("Officials said 14 more rescuers died.", 14, "group:rescuers@part"),
        ("An additional 30 people were evacuated overnight.", 30, "group:people@part"),
        ("Ещё не менее 5 спасателей погибли под завалами.", 5, "group:rescuers@part"),
        ("За ночь погибли ещё 12 человек, сообщили в министерстве.", 12, "group:people@part"),
        # a bound, or a plain figure, is the total itself
        ("More than 14 people were hospitalised on Tuesday.", 14, "group:people"),
        ("Nine people were taken to hospital on Monday.", 9, "group:people"),
        ("Погибли не менее 12 человек.", 12, "group:people"),
    ],
)
def test_an_increment_is_a_part_of_the_total(text: str, value: float, key: str) -> None:
    assert keys(text)[value] == key
