"""Every number word of every language, folded, with what it contributes to a figure."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Literal

from factcheck.lang import base as lang
from factcheck.text.morph import analyzer, fold
from factcheck.text.number_words import NumberWords, number_words

# The number words as the words files list them when the reader is first imported; the number
# words themselves (:func:`vocabulary`, :func:`anchor`) follow the files as they are read now.
LANGUAGES = tuple(number_words(lang.words(language)) for language in lang.LANGUAGES)

Kind = Literal["add", "half", "halfscale", "scale", "hundred", "dozen", "sotnya", "vague", "abbr"]
# Kinds that multiply the figure before them: "3 тысячи", "2 dozen", "5 млн".
MULTIPLIERS = frozenset({"scale", "abbr", "hundred", "dozen", "sotnya"})
# Kinds whose plural alone is a vague amount: "тысячи", "сотни", "dozens".
PLURAL_UNITS = frozenset({"scale", "hundred", "dozen", "sotnya"})


@dataclass(frozen=True, slots=True)
class Entry:
    """What one number word contributes to a figure."""

    kind: Kind
    value: float  # the numeral; for a plural scale ("тысячи") the X of [2X, 10X − 1]
    plural: bool | None = None  # scales: True plural only, False singular only, None either
    high: float = 0.0  # vague counts: the top of the interval
    english: bool = False
    before_plural: bool = False  # counts only before a genitive plural ("пара сотен")


def _inflected_entries(words: NumberWords) -> dict[str, Entry]:
    """Every case form of a language listed in dictionary form, via pymorphy3."""
    morph = analyzer()
    numbers: dict[str, set[str | None]] = {}
    entries: dict[str, Entry] = {}

    def forms(base: str) -> list[tuple[str, str | None]]:
        for p in morph.parse(base):
            tag = p.tag
            if fold(p.normal_form) == base and ("NUMR" in tag or "NOUN" in tag or "Anum" in tag):
                return [(fold(f.word), f.tag.number) for f in p.lexeme]
        return [(base, None)]

    def put(base: str, kind: Kind, value: float, high: float = 0.0) -> None:
        before_plural = base in words.counts_before_plural
        for form, number in forms(base):
            if form in words.excluded_forms:
                continue
            numbers.setdefault(form, set()).add(number)
            entries.setdefault(form, Entry(kind, value, high=high, before_plural=before_plural))

    for base, value in words.numerals.items():
        put(base, "add", value)
    put(words.one_and_a_half, "half", 1.5)
    for base, value in words.scales.items():
        put(base, "scale", value)
    put(words.dozen[0], "dozen", words.dozen[1])
    put(words.hundred_noun, "sotnya", 100)
    for base, (low, high) in words.vague_counts.items():
        put(base, "vague", low, high)
    for form, value in words.missing_forms.items():
        entries.setdefault(form, Entry("add", value))
    out: dict[str, Entry] = {}
    for form, entry in entries.items():
        seen = numbers.get(form, set())
        plural = None if {"sing", "plur"} <= seen else ("plur" in seen)
        out[form] = Entry(
            entry.kind, entry.value, plural, entry.high, before_plural=entry.before_plural
        )
    for word, value in words.half_scales.items():
        out[word] = Entry("halfscale", value)
    for word, value in words.abbreviated_scales.items():
        out[word] = Entry("abbr", value)
    return out


def _written_entries(words: NumberWords) -> dict[str, Entry]:
    """The words of a language listed as written; a scale's plural adds "s"."""
    out: dict[str, Entry] = {}
    for word, value in words.abbreviated_scales.items():
        out[word] = Entry("abbr", value, english=True)
    for word, value in words.numerals.items():
        out[word] = Entry("add", value, english=True)
    for word, value in words.scales.items():
        out[word] = Entry("scale", value, False, english=True)
        out[word + "s"] = Entry("scale", value, True, english=True)
    out[words.hundred] = Entry("hundred", 100, False, english=True)
    out[words.dozen[0]] = Entry("dozen", words.dozen[1], False, english=True)
    for word, value in words.vague_plurals.items():
        kind: Kind = "hundred" if value == 100 else "dozen" if value == 10 else "scale"
        out[word] = Entry(kind, value, True, english=True)
    for word, (low, high) in words.vague_counts.items():
        out[word] = Entry("vague", low, high=high, english=True)
    return out


@cache
def _lexicon(*files: lang.Words) -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for words in map(number_words, files):
        out |= _inflected_entries(words) if words.inflected else _written_entries(words)
    return out


def word_trie(words: list[str]) -> str:
    """A regex alternation of words shaped as a trie, so matching does not try each word; "е"
    stands for "ё" too."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]  # a recursive dict
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]  # the recursive dict above
        alts = [
            ("[её]" if ch == "е" else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def anchor() -> re.Pattern[str]:
    """Where a figure may begin: a digit, or a number word standing alone."""
    return _anchor(*map(lang.words, lang.LANGUAGES))


@cache
def _anchor(*files: lang.Words) -> re.Pattern[str]:
    halves = [words.half for words in map(number_words, files) if words.half]
    words = [w for w, e in _lexicon(*files).items() if e.kind != "abbr"] + halves
    # Case-sensitive with capitalised variants: twice as fast as IGNORECASE on long texts.
    words += [w[:1].upper() + w[1:] for w in words]
    # Every character an anchor may begin with, looked at first: a search then skips to the
    # next such character rather than trying both alternatives at every position (twice as
    # fast). The trie reads a word's "е" as "[её]".
    firsts = {*"0123456789", *(w[0] for w in words)}
    firsts |= {"ё"} if "е" in firsts else set()
    begins = "".join(map(re.escape, sorted(firsts)))
    return re.compile(rf"(?=[{begins}])(?:[0-9]+|\b(?:{word_trie(words)})\b)")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The number words and where a figure may begin, built from the same words files."""

    files: tuple[lang.Words, ...]  # the words files both are built from
    words: dict[str, Entry]  # every number word, folded (ё → е), with what it contributes
    anchor: re.Pattern[str]  # as :func:`anchor`


def vocabulary() -> Vocabulary:
    """The words files as read now, with the number words and the anchor pattern built from
    them: one look-up for a text's reading."""
    return _vocabulary(*map(lang.words, lang.LANGUAGES))


@cache
def _vocabulary(*files: lang.Words) -> Vocabulary:
    return Vocabulary(files, _lexicon(*files), _anchor(*files))


ARTICLES = frozenset(a for words in LANGUAGES for a in words.articles)
UNIT_LINKS = frozenset(words.unit_link for words in LANGUAGES if words.unit_link)
COMPOUND_LINKS = frozenset(words.compound_link for words in LANGUAGES if words.compound_link)
COUNTS_AFTER_ARTICLE = frozenset().union(*(words.counts_after_article for words in LANGUAGES))
HYPHEN_MEASURES = frozenset().union(*(words.hyphen_measures for words in LANGUAGES))


def stem_patterns(stems: Callable[[NumberWords], tuple[str, ...]], endings: str) -> list[str]:
    """Per language, its ``stems`` followed by ``endings`` ("*", "{0,3}") of its ending letters."""
    return [
        f"(?:{'|'.join(stems(words))}){words.ending_letters}{endings}"
        for words in LANGUAGES
        if stems(words)
    ]


def is_half(word: str) -> bool:
    """True for the word of "half a million" in any language (folded)."""
    return any(word == words.half for words in LANGUAGES if words.half)
