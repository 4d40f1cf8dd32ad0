"""A share of a group's figure that names no group of its own ("34 officers…, including four
seriously", "34 полицейских, четверо из них") is a part of that figure; a group named with
its figure ("в том числе трое детей") is a part of the toll already and stays comparable."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        (
            "Police said 26 officers were injured, including three seriously.",
            ["group:security_forces", "group:security_forces@part"],
        ),
        (
            "Пострадали 26 полицейских, трое из них — тяжело.",
            ["group:security_forces", "group:security_forces@part"],
        ),
        ("Погибли 12 человек, в том числе трое детей.", ["group:people", "group:children"]),
        ("Twelve people died, including three children.", ["group:people", "group:children"]),
    ],
)
def test_a_share_of_a_group(sentence: str, keys: list[str]) -> None:
    found = extract_claims(sentence, published="2024-05-02")
    assert [c.subject_key for c in found] == keys


@pytest.mark.parametrize(
    "sentence",
    [
        "A crowd estimated at 18,000 gathered outside parliament.",
        "Crowds estimated at 18,000 filled the square.",
    ],
)
def test_a_crowd_estimated_at_a_figure_speaks_for_nobody(sentence: str) -> None:
    (claim,) = extract_claims(sentence, published="2024-05-02")
    assert (claim.property, claim.low, claim.speaker) == ("participants", 18000.0, None)
