"""Words that say a figure is a change, not a level: its direction ("больше", "rose",
"fewer"), the preposition before it ("на 9% больше", "fell by 6%"), the word a comparative
needs ("more … than") and the noun of a ratio ("by a factor of three")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.lang import base as lang
from factcheck.models import Qualifier, Quantity

INCREASE = "increase"
DECREASE = "decrease"


@dataclass(frozen=True, slots=True)
class ChangeWords:
    """The words of change of every language (``numbers.changes`` of the words files)."""

    up: re.Pattern[str]  # a comparative or verb of rise at a word's start: "больше", "rose"
    down: re.Pattern[str]
    by: frozenset[str]
    than: frozenset[str]
    factor: frozenset[str]
    multiples: dict[str, int]  # "вдвое" → 2
    multiple: re.Pattern[str]  # a word of a multiple before a comparative or "as"


@cache
def _change_words(*files: lang.Words) -> ChangeWords:
    def union(key: str) -> frozenset[str]:
        return frozenset().union(*(f.set(f"numbers.changes.{key}") for f in files))

    def stems(key: str) -> re.Pattern[str]:
        return re.compile(rf"(?:{'|'.join(sorted(map(re.escape, union(key))))})", re.IGNORECASE)

    multiples = {w: n for f in files for w, n in f.numbers("numbers.multiples").items()}
    multiple = re.compile(
        rf"(?<![\w-])(?:{'|'.join(sorted(m for w in multiples for m in (w, w.capitalize())))})"
        r"(?=\s+([^\W\d_]+))"
    )
    return ChangeWords(
        stems("up"), stems("down"), union("by"), union("than"), union("factor"), multiples, multiple
    )


def multiple_cues(*files: lang.Words) -> frozenset[str]:
    """The words of a multiple, either case ("вдвое", "Twice"): each starts a word."""
    return frozenset(m for w in _change_words(*files).multiples for m in (w, w.capitalize()))


def change_words() -> ChangeWords:
    return _change_words(*map(lang.words, lang.LANGUAGES))


def direction(word: str) -> str | None:
    """ "increase" for "больше", "rose", "higher"; "decrease" for "меньше", "fell"; else None."""
    words = change_words()
    if words.up.match(word):
        return INCREASE
    return DECREASE if words.down.match(word) else None


def find_multiples(text: str) -> list[Quantity]:
    """ "вдвое меньше", "twice as many": a multiple before a comparative or "as", a ratio."""
    words = change_words()
    out: list[Quantity] = []
    for m in words.multiple.finditer(text):
        if direction(m.group(1)) is None and m.group(1).lower() != "as":
            continue
        n = float(words.multiples[m.group().lower()])
        out.append(Quantity(n, n, Qualifier.EXACT, m.start(), m.end(), m.group(), None))
    return out
