"""The text being read and the figure being built: what every reading step shares."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.text.morph import fold
from factcheck.text.numbers.vocabulary import HYPHEN_MEASURES, UNIT_LINKS, Entry, vocabulary

_GAP_WORD = re.compile(r"([^\S\n]+|[^\S\n]*\n[^\S\n]*)([^\W\d_]+)")
HYPHEN_WORD = re.compile(r"-([^\W\d_]+)")
_WORD_HYPHEN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[-‐]$")
DIGIT_RUN = re.compile(r"[0-9]+(?:[.,:/][0-9]+)*")

Word = tuple[str, int, int]  # a word, where it starts, where it ends


@dataclass(slots=True)
class Figure:
    """One figure before its bound and range are known."""

    low: float
    high: float
    start: int
    end: int
    approx: bool = False  # "a dozen", "сотня"
    vague: bool = False  # a documented interval
    point: float | None = None  # the value a bound uses for a vague word ("более десятка": 10)
    base: float = 0.0  # value before its scale word: 3 in "3 тысячи"
    scale: float = 1.0
    percent: bool = False
    year_like: bool = False  # four plain digits 1800–2199
    one: bool = False  # the bare word "one"/"один"
    digits: bool = False


class Scan:
    """One text and the number words, with the small questions every step asks of it."""

    __slots__ = ("anchor", "files", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        found = vocabulary()
        self.files = found.files  # the words files, for a reader's own patterns
        self.words = found.words
        self.anchor = found.anchor  # where a figure may begin

    def entry(self, word: str) -> Entry | None:
        """The number word ``word`` as an entry, or None."""
        return self.words.get(fold(word))

    def next_word(self, pos: int) -> Word | None:
        """The word after ``pos`` when only spaces (at most one line break) come between."""
        m = _GAP_WORD.match(self.text, pos)
        return (m.group(2), m.start(2), m.end(2)) if m else None

    def next_word_after_of(self, pos: int, english: bool) -> Word | None:
        """The word after ``pos``, skipping an English "of" ("tens of thousands")."""
        nxt = self.next_word(pos)
        if nxt and english and fold(nxt[0]) in UNIT_LINKS:
            return self.next_word(nxt[2])
        return nxt

    def free_before(self, pos: int) -> bool:
        """False when the figure is glued to what comes before: "G7", "COVID-19", "+7"."""
        if pos == 0:
            return True
        c = self.text[pos - 1]
        if c.isalpha() or c.isdigit() or c in "_+/\\@#&$€£":
            return c in "$€£"
        if not (c in "-.‐" and pos >= 2 and self.text[pos - 2].isalpha()):
            return True
        return c != "." and self.measure_before(pos)

    def measure_before(self, pos: int) -> bool:
        """True when a measure is hyphenated onto the figure from before: "magnitude-6.1"."""
        m = _WORD_HYPHEN.search(self.text, max(0, pos - 24), pos)
        return m is not None and fold(m.group(1)) in HYPHEN_MEASURES

    def glued_after(self, end: int) -> bool:
        """True when a word is hyphenated onto the figure: "three-year", "пяти-этажный" (a
        measure is no such word: "a 5.9-magnitude quake")."""
        if not self.text.startswith("-", end):
            return False  # (most figures: told without a search)
        hm = HYPHEN_WORD.match(self.text, end)
        if hm is None or fold(hm.group(1)) in HYPHEN_MEASURES:
            return False
        return self.entry(hm.group(1)) is None

    def token_end(self, pos: int, anchor_end: int) -> int:
        """Where a rejected figure's digits end, so its inner digits are not read again."""
        m = DIGIT_RUN.match(self.text, pos)
        return m.end() if m else anchor_end
