"""Cheap tests that a costly pattern cannot match, so most sentences skip it.

A pattern of many phrases that must be searched at every position of a sentence (a hedge, a
forecast, a bound word before a figure) costs more than reading the sentence's words. Each test
here is a necessary condition of a match, worked out from the phrases themselves: it may let
through a text the pattern then does not match, never the reverse. Case-insensitive patterns
are compared in lower case; a letter ``str.lower`` and the pattern may read differently ("ı",
"ſ", "K") lets the text through.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A letter outside the Latin and Cyrillic basics: IGNORECASE may equate it with one of them.
_ODD_LETTER = re.compile(r"[^\W\d_\x00-\x7f\u0400-\u04ff]")
# An inline flag ("(?i)") changes how the literal text around it matches.
_INLINE_FLAG = re.compile(r"\(\?[aiLmsux-]")


def is_letter(c: str) -> bool:
    r"""What the patterns' ``[^\W\d_]`` matches."""
    return c.isalnum() and not c.isdecimal()


def plain(text: str) -> bool:
    """Does ``text`` read the same to a case-insensitive pattern as in lower case?"""
    return text.isascii() or _ODD_LETTER.search(text) is None


class Contains:
    """The literal text each of a pattern's phrases contains: a text with none of them cannot
    match the pattern."""

    __slots__ = ("_ignore_case", "_parts")

    def __init__(self, phrases: Iterable[str], *, ignore_case: bool) -> None:
        """``phrases``: the alternatives of the pattern, each a regular expression."""
        parts = [longest_literal(p) for p in phrases]
        # one phrase with no sure literal text (or none at all): nothing can be told
        self._parts = tuple(p.lower() if ignore_case else p for p in parts) if all(parts) else ()
        self._ignore_case = ignore_case

    def may_match(self, text: str) -> bool:
        """False when the pattern surely does not match ``text``."""
        if not self._parts:
            return True
        if self._ignore_case:
            if not plain(text):
                return True
            text = text.lower()
        return any(part in text for part in self._parts)


def longest_literal(pattern: str) -> str:
    """The longest literal text every match of ``pattern`` contains ("прогнозиру" of
    "прогнозиру\\w*", "likely" of "(?:un)?likely"); "" when there is none to be sure of."""
    if _INLINE_FLAG.search(pattern):
        return ""
    runs: list[str] = []
    run = ""
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "|":
            return ""  # an alternative of its own: nothing is sure
        if c in "\\([.^$?*+{":
            runs.append(run)
            run = ""
            i = _item_end(pattern, i)
            continue
        if pattern[i + 1 : i + 2] in ("?", "*", "{"):
            runs.append(run)  # the letter may be left out
            run = ""
        else:
            run += c
        i += 1
    runs.append(run)
    return max(runs, key=len)


def _item_end(pattern: str, i: int) -> int:
    """Where the escape, group, class or quantifier at ``i`` ends."""
    c = pattern[i]
    if c == "\\":
        return i + 2
    if c == "{":
        close = pattern.find("}", i)
        return len(pattern) if close < 0 else close + 1
    if c == "[":
        return _class_end(pattern, i)
    if c != "(":
        return i + 1
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        i += 1
        if depth == 0:
            return i
    return i


def _class_end(pattern: str, i: int) -> int:
    """Where the character class opening at ``i`` ends."""
    j = i + 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":
        j += 1  # a "]" first in a class is a member
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


class WordEnds:
    """The words a phrase before a figure may end with: a cheap test that the text before the
    figure cannot end with such a phrase, so its costly pattern is not searched."""

    __slots__ = ("_ends", "_stems", "_tail")

    def __init__(self, phrases: Iterable[str], stems: Iterable[str] = ()) -> None:
        """One of ``phrases``, or one of ``stems`` with up to three letters after it, each
        beginning at a word's start."""
        self._ends = tuple(sorted({phrase.split()[-1].lower() for phrase in phrases}))
        self._stems = tuple(sorted({stem.lower() for stem in stems}))
        self._tail = max(map(len, self._ends + self._stems), default=0) + 4

    def may_end(self, before: str) -> bool:
        """False when ``before``, its last spaces left out, surely ends with none of the words
        as a whole word, read case-insensitively."""
        body = before.rstrip()
        tail = body[-self._tail :]
        if not plain(tail):
            return True
        low = tail.lower()
        if low.endswith(self._ends) and any(
            low.endswith(w) and (len(w) == len(low) or not is_letter(low[-len(w) - 1]))
            for w in self._ends
        ):
            return True
        if not self._stems:
            return False
        k = len(low)
        while k and is_letter(low[k - 1]):
            k -= 1
        word = low[k:]
        # a word filling the whole tail is longer than a stem and its ending, unless it may
        # begin where the text searched does
        return (k > 0 or len(body) == len(tail)) and any(
            word.startswith(s) and len(word) - len(s) <= 3 for s in self._stems
        )
