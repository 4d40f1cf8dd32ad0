"""A conflict names its subject with every scope of the key in words
(factcheck/conflicts/wording.py: display)."""

from __future__ import annotations

import pytest

from factcheck.conflicts.wording import display


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("group:people", "people"),
        ("group:people@place:lyon", "people in Lyon"),
        ("group:people@country:RU", "people in Russia"),
        ("group:people@confirmed", "people (confirmed so far)"),
        ("group:people@place:lyon@confirmed", "people in Lyon (confirmed so far)"),
        ("lemma:nurse@in:public hospitals", "nurse in public hospitals"),
        ("group:people@area:rebels", "people (area: rebels)"),
        ("group:people@part", "people (a share of a figure)"),
        ("country:RU", "Russia"),
    ],
)
def test_every_scope_is_said(key: str, words: str) -> None:
    assert display(key) == words
