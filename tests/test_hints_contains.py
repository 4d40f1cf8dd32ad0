"""Contains.may_match turns away only texts that no phrase of the pattern can match
(text/hints.py), and the literal texts it looks for (necessary_literals)."""

from __future__ import annotations

import re

import pytest

from factcheck.text.hints import Contains, necessary_literals

PHRASES = [
    r"(?:rebel|opposition)[- ]held\s+(?:areas?|zones?)",
    r"(?:areas?|zones?)\s+(?:held|run)\s+by\s+(?:the\s+)?(?:rebels?|militants)",
    r"на\s+северо-западе",
    r"(?:(?:подконтрольн|удерживаем)[а-яё]*|под\s+контролем)\s+власт[а-яё]*",
]
TEXTS = [
    "Shelling hit rebel-held zones up north.",
    "In OPPOSITION HELD ZONES, 40 died.",
    "Zones run by the militants reported 12 dead.",
    "Areas held by rebels: 30.",
    "На северо-западе страны погибли 12 человек.",
    "На территориях под контролем властей — 40.",
    "в удерживаемых властями районах",
    "Fighting went on in the north; 40 died.",
    "Held by nobody, run by the state.",
    "",
]


@pytest.mark.parametrize("ignore_case", [True, False])
def test_a_text_turned_away_has_no_match(ignore_case: bool) -> None:
    hint = Contains(PHRASES, ignore_case=ignore_case)
    pattern = re.compile("|".join(PHRASES), re.IGNORECASE if ignore_case else 0)
    assert [t for t in TEXTS if pattern.search(t) and not hint.may_match(t)] == []
    assert not hint.may_match("Fighting went on in the north; 40 died.")


# More texts than are looked for one by one: one search for any of them.
MANY = [f"(?:word{n}|term{n})s?" for n in range(30)]


@pytest.mark.parametrize("ignore_case", [True, False])
def test_many_phrases_turn_away_what_they_cannot_match(ignore_case: bool) -> None:
    hint = Contains(MANY, ignore_case=ignore_case)
    texts = ["a Word7 here", "term29s", "word", "terms", "WORD30", ""]
    pattern = re.compile("|".join(MANY), re.IGNORECASE if ignore_case else 0)
    assert [t for t in texts if pattern.search(t) and not hint.may_match(t)] == []
    assert [t for t in ["word", "terms", ""] if hint.may_match(t)] == []


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\bunder\s+control", ["control"]),  # the longest literal text
        (r"(?:rebel|opposition)[- ]held", ["rebel", "opposition"]),  # a group's, longer
        (r"areas?\s+held\s+by\s+(?:the\s+)?(?:rebels?|militants)", ["rebel", "militants"]),
        (r"(?:(?:ab|cd)e|xyz)", ["ab", "cd", "xyz"]),  # each alternative's in turn
        (r"(?:ab|)c", ["c"]),  # a group that may match nothing tells nothing
        (r"(?:abc)?", []),  # an optional group neither
        (r"(?i:rebel)", []),  # a flag changes how the text reads
        (r"ab|\w+", []),  # one alternative with no literal text
    ],
)
def test_the_literals_a_pattern_needs(pattern: str, literals: list[str]) -> None:
    assert necessary_literals(pattern) == literals
