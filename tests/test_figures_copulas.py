"""A group a copula names after a share ("из них 12 — дети", "of them, 12 were children") is
what the share counts, and a share after "из них", "в том числе", "including" takes the event
of the figure before it ("Погибли 12 человек, в том числе трое детей": children killed)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "last"),
    [
        ("Пострадали 38 человек, из них 11 — дети.", ("group:children", "injured", 11.0)),
        ("Из 38 пострадавших 11 — дети.", ("group:children", "injured", 11.0)),
        ("Погибли 19 человек, в том числе трое детей.", ("group:children", "killed", 3.0)),
        ("Nineteen people died, including three children.", ("group:children", "killed", 3.0)),
    ],
)
def test_the_group_after_a_copula(sentence: str, last: tuple[str, str, float]) -> None:
    found = extract_claims(sentence, published="2024-05-02")
    assert (found[-1].subject_key, found[-1].property, found[-1].low) == last


@pytest.mark.parametrize(
    "sentence", ["Of the 38 injured, 11 were children.", "Из 38 пострадавших 11 — дети."]
)
def test_the_copula_names_the_group(sentence: str) -> None:
    found = extract_claims(sentence, published="2024-05-02")
    assert (found[-1].subject_key, found[-1].low) == ("group:children", 11.0)
