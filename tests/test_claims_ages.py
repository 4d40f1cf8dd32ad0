"""A range of ages after a counted group gives the ages of those counted, not another count of
them, though it takes the group's noun: "четырёх школьников в возрасте от 11 до 15 лет"."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims

CASES = [
    ("Среди погибших четверо школьников в возрасте от 11 до 15 лет.", "от 11 до 15"),
    ("В больницу доставили шестерых школьников в возрасте 12 лет.", "12"),
    ("Five pupils, at ages 9 to 16, were hurt in the crash.", "9 to 16"),
    ("Rescuers found two climbers, at the age of 30, alive.", "30"),
]


@pytest.mark.parametrize(("text", "quote"), CASES)
def test_ages_of_those_counted_are_no_count(text: str, quote: str) -> None:
    (claim,) = [c for c in extract_claims(text, published="2024-03-01") if c.quote == quote]
    assert claim.property == "age"
