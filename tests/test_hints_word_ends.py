"""WordEnds.may_end turns away only texts that the pattern of its phrases cannot match
(text/hints.py): a test that lets a pattern be skipped never skips a match."""

from __future__ import annotations

import re

import pytest

from factcheck.text.hints import WordEnds

PHRASES = ["minus", "плюс", "no.", "more than", "№"]
STEMS = ["номер", "стать"]
TEXTS = [
    "минус ",
    "MINUS  ",
    "minuſ ",  # a long s: re reads it as "s" case-insensitively
    "ПЛЮС\u00a0",
    "No. ",
    "see no.",
    "MORE  THAN\n",
    "№",
    "номера ",
    "статьями ",
    "по статье",
    "about ",
    "nominus ",
    "5 ",
    "",
    "   ",
]


def _pattern(stems: list[str]) -> re.Pattern[str]:
    phrases = [r"\s+".join(map(re.escape, phrase.split())) for phrase in PHRASES]
    stemmed = [rf"{stem}[^\W\d_]{{0,3}}" for stem in stems]
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(phrases + stemmed)})\s*$", re.IGNORECASE)


@pytest.mark.parametrize("stems", [[], STEMS])
def test_a_text_turned_away_has_no_match(stems: list[str]) -> None:
    ends = WordEnds(PHRASES, stems)
    pattern = _pattern(stems)
    matched = [text for text in TEXTS if pattern.search(text)]
    assert matched  # the table has texts of both kinds
    assert [text for text in matched if not ends.may_end(text)] == []


@pytest.mark.parametrize("stems", [[], STEMS])
def test_most_texts_are_turned_away(stems: list[str]) -> None:
    ends = WordEnds(PHRASES, stems)
    assert [text for text in ["about ", "5 ", "", "nominus "] if ends.may_end(text)] == []
