"""What the Russian and English attribution readers share: tokens and the finished answer."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from factcheck.models import Attribution
from factcheck.text.morph import fold

# A full stop stays inside a word ("Orda.kz", "U.S", "1.5") unless it ends a lower-case word
# and a capital follows: "statement.The" is two sentences glued together, not one word.
_TOKEN = re.compile(r"[^\W_]+(?:(?:[-'’]|(?<![a-zа-яё])\.|\.(?=[^\W_A-ZА-ЯЁ]))[^\W_]+)*|\S")


class Tok(NamedTuple):
    """One word or punctuation mark of a sentence, with its offsets (a tuple: a sentence is
    tokenised for every reader that asks, and a frozen dataclass costs twice as much to make)."""

    text: str
    start: int
    end: int
    low: str  # folded once: every comparison uses it

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


# Tok(...) goes through a Python-level __new__.
_new_tok = tuple.__new__


# The readers of one sentence (its own speaker, each figure's clause) tokenise it once.
@lru_cache(maxsize=2048)
def tokens(sentence: str) -> list[Tok]:
    """The sentence's words ("Orda.kz", "Armenia's", "пресс-служба" stay whole) and marks.
    The list is shared between callers: read it, never change it."""
    return [
        _new_tok(Tok, (m[0], m.start(), m.end(), fold(m[0]))) for m in _TOKEN.finditer(sentence)
    ]


def skip_bracket(toks: list[Tok], b: int) -> int:
    """Before a verb, step over a one-word bracket after the speaker's name: "the General
    Confederation of Labour (CGT) said", "Всеобщая конфедерация труда (ВКТ) заявила"."""
    if b >= 3 and toks[b - 1].text == ")" and toks[b - 3].text == "(" and toks[b - 2].is_word:
        return b - 3
    return b


def make(sentence: str, speaker: str, start: int, end: int) -> Attribution | None:
    """The attribution, or None when the speaker came out empty or a bare article."""
    speaker = speaker.strip()
    if not speaker or fold(speaker) in {"the", "a", "an"} or start >= end:
        return None
    return Attribution(speaker=speaker, phrase=sentence[start:end], start=start, end=end)
