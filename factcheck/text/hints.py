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
from collections.abc import Iterable, Sequence

from factcheck.text.alternation import alternation

# A letter outside the Latin and Cyrillic basics: IGNORECASE may equate it with one of them.
_ODD_LETTER = re.compile(r"[^\W\d_\x00-\x7f\u0400-\u04ff]")
# Letters, read from the start of a reversed text: the word a text ends with.
_LETTERS = re.compile(r"[^\W\d_]*")
# An inline flag ("(?i)") changes how the literal text around it matches.
_INLINE_FLAG = re.compile(r"\(\?[aiLmsux-]")
# Up to this many literal texts, looking for each in turn costs less than one search for any.
_FEW_PARTS = 20


def is_letter(c: str) -> bool:
    r"""What the patterns' ``[^\W\d_]`` matches."""
    return c.isalnum() and not c.isdecimal()


def plain(text: str) -> bool:
    """Does ``text`` read the same to a case-insensitive pattern as in lower case?"""
    return text.isascii() or _ODD_LETTER.search(text) is None


class Contains:
    """The literal texts one of which each of a pattern's phrases contains: a text with none of
    them cannot match the pattern."""

    __slots__ = ("_any_part", "_ignore_case", "_parts")

    def __init__(self, phrases: Iterable[str], *, ignore_case: bool) -> None:
        """``phrases``: the alternatives of the pattern, each a regular expression."""
        parts = [necessary_literals(p) for p in phrases]
        # one phrase with no sure literal text (or none at all): nothing can be told
        found = {x.lower() if ignore_case else x for p in parts for x in p} if all(parts) else set()
        # a text with a part that holds another part holds that one too: only the other tells
        fewest = sorted(x for x in found if not any(y != x and y in x for y in found))
        # A few parts are looked for one by one (str's own search is fast); many by one search
        # for any of them (as a trie), not one scan of the text per part.
        few = len(fewest) <= _FEW_PARTS
        self._parts = tuple(fewest) if few else ()
        literal = list(map(re.escape, fewest))
        self._any_part = None if few else re.compile(alternation(literal)).search
        self._ignore_case = ignore_case

    def may_match(self, text: str) -> bool:
        """False when the pattern surely does not match ``text``."""
        if not (self._parts or self._any_part):
            return True
        if self._ignore_case:
            if not plain(text):
                return True
            text = text.lower()
        if self._any_part is not None:
            return self._any_part(text) is not None
        # a loop, not any() of a generator: three times faster on a short text
        for part in self._parts:  # noqa: SIM110
            if part in text:
                return True
        return False


def necessary_literals(pattern: str) -> list[str]:
    """Literal texts one of which every match of ``pattern`` contains: its longest literal
    text, or what one of its groups that no match skips needs ("(?:rebel|opposition)-held" →
    "rebel", "opposition"), whichever's shortest text is the longest; [] when none is sure."""
    if _INLINE_FLAG.search(pattern):
        return []
    alternatives = _alternatives(pattern)
    if len(alternatives) > 1:  # a match is one alternative's: any of theirs
        each = [necessary_literals(a) for a in alternatives]
        return [x for found in each for x in found] if all(each) else []
    literal = longest_literal(pattern)
    choices = [[literal]] if literal else []
    i = 0
    while i < len(pattern):
        end = _item_end(pattern, i) if pattern[i] in "\\([{" else i + 1
        body = _group_body(pattern[i:])
        if body is not None and pattern[end : end + 1] not in ("?", "*", "{"):
            inner = necessary_literals(pattern[i + body : end - 1])
            if inner:
                choices.append(inner)
        i = end
    return max(choices, key=lambda found: min(map(len, found)), default=[])


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

    __slots__ = ("_ends", "_lasts", "_other_ends", "_stem_starts", "_stems", "_suffixes", "_tail")

    def __init__(self, phrases: Iterable[str], stems: Iterable[str] = ()) -> None:
        """One of ``phrases``, or one of ``stems`` with up to three letters after it, each
        beginning at a word's start."""
        ends = {phrase.split()[-1].lower() for phrase in phrases}
        self._suffixes = tuple(sorted(ends))  # a text ending with none of them ends no phrase
        # a word of letters ends the text as a whole word when it is the text's last word
        self._ends = frozenset(e for e in ends if _LETTERS.fullmatch(e))
        self._other_ends = tuple(sorted(ends - self._ends))  # "no.", "~": compared as text
        self._lasts = frozenset(e[-1] for e in ends)  # the characters the phrases end with
        self._stems = frozenset(stem.lower() for stem in stems)
        self._stem_starts = tuple(sorted(self._stems))
        self._tail = max(map(len, [*ends, *self._stems]), default=0) + 4

    def may_end(self, before: str) -> bool:
        """False when ``before``, its last spaces left out, surely ends with none of the words
        as a whole word, read case-insensitively."""
        body = before.rstrip()
        last = body[-1:]
        # Most texts end with a character no phrase ends with, nor (with stems) a letter a
        # stem's ending may end with: that one character tells (re reads a plain one
        # case-insensitively as no other character than its lower case; the common scripts are
        # told plain without a search).
        if (
            last.lower() not in self._lasts
            and not (self._stems and is_letter(last))
            and (last < "\x80" or "\u0400" <= last <= "\u04ff" or plain(last))
        ):
            return False
        tail = body[-self._tail :]
        if not plain(tail):
            return True
        low = tail.lower()
        if low.endswith(self._suffixes) and self._ends_whole(low):
            return True
        if not self._stems:
            return False
        word = _last_word(low)
        # a word filling the whole tail is longer than a stem and its ending, unless it may
        # begin where the text searched does
        if len(word) == len(low) and len(body) != len(tail):
            return False
        if not word.startswith(self._stem_starts):
            return False  # (most words): no stem to try the word's endings against
        # a stem with up to three letters after it: the word but its last 0 to 3 letters
        return any(word[:n] in self._stems for n in range(max(0, len(word) - 3), len(word) + 1))

    def _ends_whole(self, low: str) -> bool:
        """Does ``low`` end with one of the words as a whole word?"""
        if _last_word(low) in self._ends:
            return True
        return any(
            low.endswith(w) and (len(w) == len(low) or not is_letter(low[-len(w) - 1]))
            for w in self._other_ends
        )


def _last_word(text: str) -> str:
    """The letters ``text`` ends with."""
    last = text.rsplit(None, 1)[-1] if text else ""
    if last.isalpha() and text.endswith(last):
        return last  # most often: a word after a space
    m = _LETTERS.match(text[::-1])  # a reversed text's first letters: no step per letter
    return m.group()[::-1] if m else ""


def any_of(phrases: Sequence[str], flags: int = 0) -> re.Pattern[str]:
    """One pattern for any of ``phrases``: one search, not one per phrase, and made to skip
    the positions none of them may begin at."""
    body = "|".join(f"(?:{p})" for p in phrases) or "(?!)"
    return re.compile(f"{lookahead(phrases)}(?:{body})", flags)


def skipping(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled with a :func:`lookahead` for its first letters before it."""
    return re.compile(lookahead([pattern]) + pattern, flags)


def lookahead(phrases: Sequence[str]) -> str:
    """A lookahead for the letters (or digits) every match of one of ``phrases`` begins with
    ("(?=[пр])" of "\\bпод…" and "(?:район|…)"), put before a pattern of them all so a search
    skips the positions none may begin at; "" when a phrase may begin otherwise."""
    letters: set[str] = set()
    for phrase in phrases:
        found = _first_letters(phrase)
        if not found:
            return ""
        letters |= found
    return f"(?=[{''.join(sorted(letters))}])" if letters else ""


def _first_letters(pattern: str) -> set[str] | None:
    """The letters a match of ``pattern`` begins with, or None when it may begin otherwise."""
    found: set[str] = set()
    for alternative in _alternatives(pattern):
        letters = _first_of_sequence(alternative)
        if letters is None:
            return None
        found |= letters
    return found


def _first_of_sequence(pattern: str) -> set[str] | None:
    """The letters a match of ``pattern``, one alternative, begins with, or None."""
    if pattern.startswith(("\\b", "(?<!", "(?<=")):  # a test that reads no letter of its own
        return _first_of_sequence(pattern[_item_end(pattern, 0) :])
    body = _group_body(pattern)
    if body is not None:
        end = _item_end(pattern, 0)
        letters = _first_letters(pattern[body : end - 1])
    else:
        end = 1
        letters = {pattern[0]} if pattern[:1].isalnum() else None
    after = pattern[end : end + 1]
    if letters is None or after == "{":
        return None
    if after in ("?", "*"):  # the item may be left out: what follows may begin the match
        rest = _first_of_sequence(pattern[end + 1 :].removeprefix("?"))
        return None if rest is None else letters | rest
    return letters


def _group_body(pattern: str) -> int | None:
    """Where the body of the group ``pattern`` opens with begins: "(…)", "(?:…)", "(?P<name>…)";
    None when it opens with no such group (a lookahead, a flag, no group at all)."""
    if pattern[:1] != "(":
        return None
    if pattern[1:2] != "?":
        return 1
    if pattern[2:3] == ":":
        return 3
    return pattern.index(">") + 1 if pattern[2:4] == "P<" else None


def _alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern``, split at its own "|" only, not its groups'."""
    out: list[str] = []
    start = i = 0
    while i < len(pattern):
        if pattern[i] == "|":
            out.append(pattern[start:i])
            start = i + 1
        i = _item_end(pattern, i) if pattern[i] in "\\([" else i + 1
    return [*out, pattern[start:]]
