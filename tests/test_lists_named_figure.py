"""A figure named as someone's ("the government figure of 24", "официальная цифра в 24
человека") set against the figure before it counts what that one counts, so the two are
compared as rivals."""

from __future__ import annotations

import pytest
from ledger_fixtures import extracted_ledger

from factcheck.conflicts import find_conflicts
from factcheck.pipeline.article import extract_claims

CASES = [
    "Clinic staff said 61 people had died, nearly triple the official figure of 22.",
    "Врачи сообщили о 61 погибшем, что почти втрое больше официальной цифры в 22 человека.",
    "The union put the crowd at 40,000 marchers, against a police estimate of 9,000.",
]


@pytest.mark.parametrize("text", CASES)
def test_a_named_figure_counts_what_the_one_before_counts(text: str) -> None:
    drafts = [c for c in extract_claims(text) if c.property != "ratio"]  # "втрое": a ratio
    first, second = drafts
    assert (second.subject_key, second.property) == (first.subject_key, first.property)


@pytest.mark.parametrize("text", CASES)
def test_a_named_figure_is_its_owners_rival(text: str) -> None:
    assert [c.rule for c in find_conflicts(extracted_ledger(text))] == ["value.disputed"]
