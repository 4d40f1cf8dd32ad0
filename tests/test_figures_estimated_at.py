"""A figure a body puts a tally at ("оценила число участников в 8 тыс.", "put the crowd at
8,000") counts what the tally counts; a rival's figure in a gapped clause after it ("…,
организаторы — в 30 тыс.", "…, the organisers at 30,000") is the rival's own."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "Полиция оценила число участников в 6 тыс., организаторы — в 25 тыс.",
            [("participants", 6000.0, "полиция"), ("participants", 25000.0, "организаторы")],
        ),
        (
            "МВД оценило количество митингующих в 6 тыс. человек.",
            [("participants", 6000.0, "МВД")],
        ),
        (
            "Police put the crowd at 6,000, the organisers at 25,000.",
            [("participants", 6000.0, "police"), ("participants", 25000.0, "organisers")],
        ),
    ],
)
def test_a_tally_put_at_a_figure(sentence: str, claims: list[tuple[str, float, str]]) -> None:
    found = extract_claims(sentence, published="2024-05-02")
    assert [(c.property, c.low, c.speaker) for c in found] == claims
