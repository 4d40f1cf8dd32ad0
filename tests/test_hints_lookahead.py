"""A pattern compiled to skip the positions its phrases cannot begin at finds exactly what the
plain pattern finds (text/hints.py: lookahead, skipping, any_of)."""

from __future__ import annotations

import re

import pytest

from factcheck.text.hints import any_of, lookahead, skipping

TEXTS = [
    "Под Новосибирском в районе станции погибли 12 человек, под Омском — трое.",
    "The ministry said about 2,000 troops were on alert; around 300 had arrived by Monday.",
    "по предварительным данным, ранее сообщалось о 40 пострадавших; Ранее — о 35",
    "Rebel-held areas, REBEL-HELD districts and government-held zones; abc ab b a 12ab 7",
    "",
]

PATTERNS = [
    (r"под|район", re.IGNORECASE),
    (r"\b(?:под|район)\w*", 0),
    (r"(?<![\w-])(?:about|around)\s+\d", re.IGNORECASE),
    (r"(?:ранее|по предварительным)\b", re.IGNORECASE),
    (r"(?P<side>rebel|government)-held\s+(?:areas|zones|districts)", re.IGNORECASE),
    (r"a?b", 0),  # the first item may be left out: "b" begins a match too
    (r"(?:ab)*7", 0),
    (r"\d+ab", 0),
    (r"[аб]\w+", 0),  # a class first: no lookahead, same matches
    (r"(?i:rebel)", 0),  # a flag first: no lookahead
    (r"x{0,2}ab", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_skipping_finds_what_the_pattern_finds(pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    fast = skipping(pattern, flags)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_any_of_finds_what_each_phrase_finds() -> None:
    phrases = [r"под\w*", r"\bрайон", r"ранее", r"a?b"]
    joined = any_of(phrases, re.IGNORECASE)
    plain = re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)
    for text in TEXTS:
        assert [m.span() for m in joined.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("phrases", "expected"),
    [
        (["под", "район"], "(?=[пр])"),
        ([r"\bпод", r"(?<!\w)район"], "(?=[пр])"),
        (["a?b"], "(?=[ab])"),
        ([r"[аб]\w+"], ""),
        (["(?i:rebel)"], ""),
        (["x{0,2}ab"], ""),
        (["под", ""], ""),
    ],
)
def test_the_lookahead_of_phrases(phrases: list[str], expected: str) -> None:
    assert lookahead(phrases) == expected
