"""Word forms: Russian through pymorphy3 (loaded lazily, once), English by light stemming.

Two words are "the same" when their sets of possible normal forms overlap; ё folds to е.
:func:`words_at` gives each word of a text with everything later readers ask of it
(:class:`Morph`), worked out once per distinct word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from operator import sub
from typing import Any, NamedTuple, Protocol

from factcheck.text.hints import plain

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
# The same for a text whose letters are all Latin or Cyrillic (most: hints.plain), with those
# letters listed (the Cyrillic block but a sign and the combining marks, \u0482–\u0489): re
# tests a listed letter far faster than a letter's category.
PLAIN_LETTERS = "A-Za-z\u0400-\u0481\u048a-\u04ff"
_PLAIN_WORD = re.compile(rf"[{PLAIN_LETTERS}]+(?:[-'’][{PLAIN_LETTERS}]+)*")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


class Span(Protocol):
    """Anything with text and offsets: a :class:`Token`, a :class:`Word`."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Token:
    """A span of text: a word, or a phrase of several words."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return fold(self.text)


def fold(word: str) -> str:
    """Lower case, ё → е: the form every comparison uses."""
    return word.lower().replace("ё", "е")


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


def words(text: str) -> list[Token]:
    """Word tokens (letters, inner hyphens and apostrophes) with their offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


@cache
def analyzer() -> Any:
    """The pymorphy3 analyzer; its dictionaries load on first use (~0.2 s)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3 parses of a Russian word (empty for non-Cyrillic words, and for words
    pymorphy3 cannot read)."""
    if not is_cyrillic(word):
        return ()
    if not all(unicodedata.name(c, "") for c in word):
        # pymorphy3 looks up the Unicode name of every letter of a word it does not know and
        # raises for a letter without one (Tangut ideographs in Python's tables): "𘂒ь"
        return ()
    return tuple(analyzer().parse(word))


def _english_stem(word: str) -> str:
    w = fold(word)
    if w.endswith("sses"):
        return w[:-2]  # "losses" → "loss", "witnesses" → "witness"
    for suffix, repl in (("ies", "y"), ("ves", "f"), ("es", "e"), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: -len(suffix)] + repl
    return w


@lru_cache(maxsize=65536)
def normal_forms(word: str) -> frozenset[str]:
    """Every possible dictionary form of a word, folded."""
    if is_cyrillic(word):
        forms = {fold(p.normal_form) for p in parses(word)}
        return frozenset(forms or {fold(word)})
    w = fold(word)
    return frozenset({w, _english_stem(w)})


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The most likely dictionary form, folded."""
    if is_cyrillic(word):
        ps = parses(word)
        return fold(ps[0].normal_form) if ps else fold(word)
    return _english_stem(word)


def same_word(a: str, b: str) -> bool:
    """True when the two words can be forms of one word ("Армении" ~ "Армения")."""
    return bool(normal_forms(a) & normal_forms(b))


def has_tag(word: str, *grammemes: str) -> bool:
    """True when some parse of the Russian word carries all the grammemes."""
    return any(all(g in p.tag for g in grammemes) for p in parses(word))


# Abbreviations (МВД, США, CSTO) are matched as written, never lemmatised.
_ABBREVIATION_LEN = 6


class Morph(NamedTuple):
    """What the readers of a text ask of one word, worked out once (:func:`analyse`).

    ``pos`` and ``case`` are those of the likeliest Russian parse ("None" when the parse has
    none; None for a word pymorphy3 does not read, as every Latin word). Only strings, flags
    and tuples: the garbage collector then stops tracking an article's words.
    """

    lower: str  # folded: lower case, ё → е
    lemma: str  # the likeliest dictionary form, folded
    forms: tuple[str, ...]  # every dictionary form the lexicon matches on
    cyrillic: bool
    pos: str | None
    case: str | None
    nominative: bool  # one of the three likeliest parses is in the nominative
    place_name: bool  # some parse is a geographical name (Geox)
    person: bool  # the likeliest parse is a surname or a first name
    person_lemma: str | None  # the dictionary form of the first parse that names a person
    known: bool  # in pymorphy3's dictionary (always True for Latin words)


@lru_cache(maxsize=65536)
def analyse(word: str) -> Morph:
    """Everything asked of ``word``, from one look at its parses."""
    ps = parses(word)
    first = ps[0] if ps else None
    persons = [p for p in ps if {"Surn", "Name"} & set(p.tag.grammemes)]
    cyrillic = is_cyrillic(word)
    return Morph(
        lower=fold(word),
        lemma=lemma(word),
        forms=tuple(lexicon_forms(word)),
        cyrillic=cyrillic,
        pos=str(first.tag.POS) if first else None,
        case=str(first.tag.case) if first else None,
        nominative=any(p.tag.case == "nomn" for p in ps[:3]),
        place_name=any("Geox" in p.tag for p in ps),
        person=first is not None and ("Surn" in first.tag or "Name" in first.tag),
        person_lemma=fold(persons[0].normal_form) if persons else None,
        known=not cyrillic or bool(analyzer().word_is_known(word.lower())),
    )


@lru_cache(maxsize=65536)
def lexicon_forms(word: str) -> frozenset[str]:
    """The forms a lexicon phrase matches ``word`` by: its dictionary forms, or for an
    abbreviation the word itself."""
    if word.isupper() and len(word) <= _ABBREVIATION_LEN:
        return frozenset({fold(word)})
    return normal_forms(word)


class Word(NamedTuple):
    """A word of a text with its offsets and its :class:`Morph` (a tuple: texts have many)."""

    text: str
    start: int
    end: int
    morph: Morph

    @property
    def lower(self) -> str:
        return self.morph.lower

    @property
    def lemma(self) -> str:
        return self.morph.lemma

    @property
    def cyrillic(self) -> bool:
        return self.morph.cyrillic


# Word(...) goes through a Python-level __new__; an article has tens of thousands of words.
_new_word = tuple.__new__


_start = re.Match.start
_end = re.Match.end


def word_columns(text: str) -> tuple[list[str], list[int], list[int]]:
    """The words of ``text`` as three columns: each word, its start, its end. No object per
    word: a long text's words are kept this way without the garbage collector walking them."""
    found = list((_PLAIN_WORD if plain(text) else _WORD).finditer(text))
    # map over the matches runs in C: no Python step per word
    return list(map(re.Match.group, found)), list(map(_start, found)), list(map(_end, found))


def words_at(
    texts: Sequence[str],
    starts: Sequence[int],
    ends: Sequence[int],
    offset: int = 0,
    morphs: Iterable[Morph] | None = None,
) -> tuple[Word, ...]:
    """The words of columns (:func:`word_columns`), analysed (unless their ``morphs`` are
    given, one per word), with offsets ``offset`` earlier."""
    # map over the columns runs in C: no Python step per word
    begins: Iterable[int] = map(sub, starts, repeat(offset)) if offset else starts
    stops: Iterable[int] = map(sub, ends, repeat(offset)) if offset else ends
    found = map(analyse, texts) if morphs is None else morphs
    return tuple(map(_new_word, repeat(Word), zip(texts, begins, stops, found, strict=True)))
