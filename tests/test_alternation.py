"""The trie-shaped alternation matches what the plain list matches, preferring the same word."""

from __future__ import annotations

import re

import pytest

from factcheck.text.alternation import alternation

WORDS = [
    *("он", "она", "оно", "сообщил", "сообщила", "сообщили", "п[её]р[её]дал", "п[её]р[её]дала"),
    *(r"тогда\s+как", "тогда", r"в\s+то\s+время\s+как", r"в\s+то\s+время", r"в\s+"),
]
TEXTS = [
    *("Она сообщила", "оно и он", "сообщилаx", "ПЕРЕДАЛА", "передёдала", "со общил"),
    *("тогда  как", "тогда\nкак", "тогдакак", "в то время как", "в то  время", "в  тот"),
]


def _plain(words: list[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("after", ["", r"\s+\w", r"(?![\w-])", r"\s"])
def test_trie_matches_as_the_list(text: str, after: str) -> None:
    trie = re.compile(rf"(?<![\w-]){alternation(WORDS)}{after}", re.IGNORECASE)
    plain = re.compile(rf"(?<![\w-]){_plain(WORDS)}{after}", re.IGNORECASE)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_trie_shape() -> None:
    assert alternation(["он", "она", "оно"]) == "(?:он(?:(?:а|о))?)"
    assert alternation([r"тогда\s+как", "тогда"]) == r"(?:тогда(?:\s+как)?)"
    assert alternation([r"more,?\s+than", "more"]) == r"(?:more(?:,?\s+than)?)"


@pytest.mark.parametrize(
    "words",
    [
        ["Он", "она"],  # upper case: a case-insensitive pattern reads "О" as "о"
        [r"тогда\s+как", "тогда как"],  # spaces and " " read one space alike
        [r"тогда\s+\s+как", "тогда"],  # spaces after spaces
        [r"более,?\s+чем", r"более\s+чем"],  # two gaps read one space alike
        [r"более,?\s+чем", "более,"],  # a gap and "," read one comma alike
        [r"тогда\s*как", "однако"],  # not plain words
        ["[её]ж", "еда"],  # "[её]" and "е" read one letter alike
        ["один"],
    ],
)
def test_plain_list_kept(words: list[str]) -> None:
    assert alternation(words) == _plain(words)
