"""An English share's subject is the noun before a place or a date, not the place or the month:
"Inflation in the euro zone eased to 2.4% in November from 2.9% in October" is inflation's,
both figures, as "Инфляция в еврозоне замедлилась до 2,4%" is инфляция's."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        (
            "Inflation in the euro zone eased to 2.1% in March from 2.6% in February.",
            ["lemma:inflation", "lemma:inflation"],
        ),
        ("Unemployment in the province fell to 8%.", ["lemma:unemployment"]),
        ("Turnout at the polls was 44%.", ["lemma:turnout"]),
        ("Инфляция в еврозоне замедлилась до 2,1%.", ["lemma:инфляция"]),
    ],
)
def test_the_noun_before_a_place_or_a_month(sentence: str, keys: list[str]) -> None:
    found = extract_claims(sentence, published="2024-05-02")
    assert [c.subject_key for c in found] == keys
