"""Words that qualify a figure: hedges ("скорее всего", "reportedly") and earlier states
("ранее сообщалось", "пока", "so far").

The phrases are the words file's ``markers.hedges`` and ``markers.earlier`` of the sentence's
language (lang/<code>/words.toml). They are matched on whole words, case-insensitively, with ё
read as е, in every case form a journalist writes them ("по предварительным данным", "по
предварительной информации"). Word boundaries keep "возможно" out of "невозможно" and "пока"
out of "показал".
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from factcheck.lang.base import Words, detect, words
from factcheck.text.hints import Contains, lookahead
from factcheck.text.morph import fold

_MONTH_MAY = re.compile(r"(?<=\d )May\b|\bMay(?= \d)|(?<!^)(?<![.!?] )\bMay\b")


@cache
def _pattern(w: Words, key: str) -> tuple[Contains, re.Pattern[str]]:
    """One marker's phrases (patterns over folded text) as a whole-word pattern, and the test
    that most sentences do not need it searched."""
    phrases = w.list(key)
    pattern = re.compile(lookahead(phrases) + r"(?<![\w-])(?:" + "|".join(phrases) + r")(?![\w-])")
    return Contains(phrases, ignore_case=False), pattern


def _marked(sentence: str, w: Words, key: str) -> bool:
    hint, pattern = _pattern(w, key)
    folded = fold(sentence)
    return hint.may_match(folded) and pattern.search(folded) is not None


def is_hedged(sentence: str) -> bool:
    """True when the sentence hedges its figures: "скорее всего", "может быть больше", "may"."""
    language = detect(sentence)
    if language == "en" and "May" in sentence:
        # "May" the month (capitalised, not opening the sentence) is no hedge.
        sentence = _MONTH_MAY.sub("Mai", sentence)
    return _marked(sentence, words(language), "markers.hedges")


def is_earlier_state(sentence: str) -> bool:
    """True when the sentence gives an earlier or provisional state: "ранее", "пока", "so far"."""
    return _marked(sentence, words(detect(sentence)), "markers.earlier")


def earlier_marks(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence's marks of an earlier state stand (offsets; folding keeps them)."""
    _, pattern = _pattern(words(detect(sentence)), "markers.earlier")
    return [m.span() for m in pattern.finditer(fold(sentence))]


@lru_cache(maxsize=64)
def _may_deny(sentence: str) -> tuple[Words, str] | None:
    """The sentence's words and folded text when it may deny a figure; None for most (asked
    once per sentence, not once per figure)."""
    if not _denial_words().may_match(sentence):
        return None  # most sentences: no word of a denial in either language (told cheaply)
    w = words(detect(sentence))
    folded = fold(sentence)
    return (w, folded) if _pattern(w, "markers.denials")[0].may_match(folded) else None


@cache
def _denial_words() -> Contains:
    phrases = [p for lang in ("ru", "en") for p in words(lang).list("markers.denials")]
    return Contains(phrases, ignore_case=True)


def is_denied(sentence: str, at: int) -> bool:
    """Is the figure at offset ``at`` one the sentence denies: after a denial ("опровергли
    сообщения о 12 погибших", "denied reports that 30 had died") and before the denier's own
    account ("…, уточнив, что погибли трое", "…, saying the toll stood at 8")?"""
    told = _may_deny(sentence)
    if told is None:
        return False
    w, folded = told
    found = _pattern(w, "markers.denials")[1].search(folded, 0, at)
    if found is None:
        return False
    _, end = _pattern(w, "markers.denial_ends")
    return end.search(folded, found.end(), at) is None
