"""A tally that doubled or tripled to a figure counts what the tally counts; "до" after such a
verb gives the new figure, not a bound ("удвоилось до 240")."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "key", "low", "high"),
    [
        ("The number of confirmed cases has doubled to 180 in a week.", "lemma:case", 180, 180),
        ("Число подтверждённых случаев за неделю удвоилось до 180.", "lemma:случай", 180, 180),
        ("Число погибших подскочило до 52.", "group:people", 52, 52),
        ("Deaths tripled to 90.", "group:people", 90, 90),
    ],
)
def test_a_tally_doubled_to_a_figure(sentence: str, key: str, low: float, high: float) -> None:
    (claim,) = extract_claims(sentence, published="2024-05-02")
    assert (claim.subject_key, claim.low, claim.high) == (key, low, high)
