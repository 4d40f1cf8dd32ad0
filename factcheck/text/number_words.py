"""The shape of one language's number words, and the rule behind vague amounts.

Each language's words are listed in the "numbers" tables of its words file
(``factcheck/lang/<code>/words.toml``, keys declared in :mod:`factcheck.lang.base`);
:func:`number_words` reads them into one ``NumberWords`` and the number reader merges the
languages. A field a language does not use stays empty. Russian words are listed in their
dictionary form only (``inflected``): the reader asks pymorphy3 for every case form ("три" →
трёх, трём, тремя…). English words are listed as written.

Vague amounts are read as documented intervals (qualifier ``vague``):

==========================================  =====================
words                                       interval
==========================================  =====================
несколько, several, a few                   [2, 9]
пара, a couple                              [2, 3]
десяток                                     [10, 19]
десятки, dozens, tens                       [20, 99]
сотни, hundreds                             [200, 999]
тысячи, thousands                           [2000, 9999]
миллионы, millions                          [2 000 000, 9 999 999]
десятки тысяч, tens of thousands            [20 000, 99 999]
сотни тысяч, hundreds of thousands          [200 000, 999 999]
несколько тысяч, several thousand           [2000, 9000]
несколько сотен, several hundred            [200, 900]
несколько десятков                          [20, 90]
пара сотен, a couple of hundred             [200, 300]
==========================================  =====================

The rule behind the table: a plural of X ("сотни") is [2X, 10X − 1]; "несколько X" is [2X, 9X];
"пара X" is [2X, 3X]; a plural followed by a larger unit multiplies ("десятки тысяч").
"a dozen" is about 12; "два десятка" about 20; "сотня" about 100.
With a bound word the interval opens: "более нескольких сотен" is more than 200, "до нескольких
тысяч" at most 9000; "более десятка" is more than 10, "около сотни" about 100.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from factcheck.errors import FactcheckError
from factcheck.lang.base import KEYS, LANGUAGES, Words, words
from factcheck.models import Qualifier

# Languages whose number words are listed in dictionary form, their case forms from pymorphy3.
_INFLECTED = frozenset({"ru"})


@dataclass(frozen=True, slots=True)
class NumberWords:
    """The words one language writes figures with."""

    # Cardinal numerals → value; everything is additive except the scales.
    numerals: Mapping[str, int]
    # Scales multiply what is before them; alone and plural they are vague ("тысячи людей").
    scales: Mapping[str, int]
    # The word for a dozen and what it stands for ("десяток" about 10, "a dozen" about 12).
    dozen: tuple[str, int]
    # Abbreviated scales, read only after a figure ("3 тыс.", "2,5 млн", "$4bn").
    abbreviated_scales: Mapping[str, int]
    # Vague counts and their intervals: "несколько", "several", "a couple".
    vague_counts: Mapping[str, tuple[int, int]]
    # Bound words written right before a figure. Longer phrases win over their tails.
    bounds: Mapping[Qualifier, tuple[str, ...]]
    # Words that open a range, and the words that may join its two ends ("от 100 до 300").
    range_openers: Mapping[str, tuple[str, ...]]
    # Words after which a number names a thing, not a count: "статья 5", "No. 7".
    section_words: tuple[str, ...]
    # Prepositions before which a bare 1800–2199 is a year: "в 2022", "since 2014".
    year_prepositions: frozenset[str]
    # Words after "one"/"один" that show it is not a count ("one of", "один из").
    one_not_before: frozenset[str]
    # Words before "one"/"один" that show it is not a count ("no one", "ни один").
    one_not_after: frozenset[str]
    # True when the words above are dictionary forms whose case forms come from pymorphy3.
    inflected: bool = False
    # The word for one and a half, which takes a scale ("полторы тысячи").
    one_and_a_half: str = ""
    # The noun for a hundred, about 100 alone ("сотня"); its plural is vague.
    hundred_noun: str = ""
    # The multiplier "hundred" ("two hundred"), not a noun.
    hundred: str = ""
    # The word for half before "a" and a scale ("half a million").
    half: str = ""
    # Plural words and the X of their [2X, 10X − 1] interval ("dozens", "hundreds").
    vague_plurals: Mapping[str, int] = field(default_factory=dict)
    # Single words for half a scale, with the forms pymorphy3 does not know.
    half_scales: Mapping[str, int] = field(default_factory=dict)
    # Numeral forms pymorphy3 does not give.
    missing_forms: Mapping[str, int] = field(default_factory=dict)
    # Forms pymorphy3 gives that mostly mean something else in news text.
    excluded_forms: frozenset[str] = frozenset()
    # Bound words that take the genitive: after them "тысячи", "сотни" are 1000, 100.
    genitive_bounds: frozenset[str] = frozenset()
    # Verbs of change before "до": "выросло до 40" states 40, not "at most 40".
    change_verb_stems: tuple[str, ...] = ()
    # Stems of section words, taking any short ending ("статье", "пунктом", "частью").
    section_stems: tuple[str, ...] = ()
    # Case endings written after a digit that keep it a cardinal ("3-х", "5-ти").
    cardinal_suffixes: frozenset[str] = frozenset()
    # The letters case endings are written with, after a stem ("статье", "процентов").
    ending_letters: str = ""
    # Percent written as words after a figure ("12 percent"), and stems taking any ending.
    percent_words: tuple[str, ...] = ()
    percent_stems: tuple[str, ...] = ()
    # Words joining two figures into a range with no opener before them ("5 to 7").
    range_joiners: tuple[str, ...] = ()
    # Words joining two figures only when the second is the larger ("5 or 6").
    range_alternatives: tuple[str, ...] = ()
    # Joiners after which the second figure may stand in the genitive ("от двух до трёх тысяч").
    genitive_joiners: frozenset[str] = frozenset()
    # The word before a new figure after a verb of change ("выросло до 40").
    change_to: str = ""
    # Range openers that, with ``change_to``, give the old and the new figure ("с 26 до 40").
    change_from: frozenset[str] = frozenset()
    # Range openers and joiners that give the old and the new figure only after a verb of
    # change: "raised the age from 62 to 64".
    verb_changes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Articles before a number word: "a dozen", "a few", "half a million".
    articles: tuple[str, ...] = ()
    # Vague counts that count only after an article ("a few"; "few people" says "not many").
    counts_after_article: frozenset[str] = frozenset()
    # The word between a vague amount and its unit: "tens of thousands", "a couple of hundred".
    unit_link: str = ""
    # The word between a hundred and the rest of a compound: "a hundred and twenty".
    compound_link: str = ""
    # Vague counts that count only before a genitive plural ("пара сотен", "пара человек";
    # in "супружеская пара погибла" it is a couple).
    counts_before_plural: frozenset[str] = frozenset()
    # The ending that makes "90-х" a decade when a word for years follows ("90-х годах").
    decade_suffix: str = ""
    year_word_stems: tuple[str, ...] = ()
    # Scales written glued to digits ("$4bn").
    glued_scales: Mapping[str, int] = field(default_factory=dict)
    # After a figure, words and patterns that make it a time of day ("7 утра", "7 a.m.").
    time_words: tuple[str, ...] = ()
    time_patterns: tuple[str, ...] = ()
    # Before "19.30", prepositions that make it a time of day ("в 19.30", "at 7.30").
    time_prepositions: frozenset[str] = frozenset()
    # The first letters of month names: after a day they hint at a date ("7 янв", "7 Jan").
    month_hints: tuple[str, ...] = ()
    # Endings of a day before its month ("5-го", "5th"), and words joining them ("5th of May").
    day_endings: tuple[str, ...] = ()
    day_month_links: tuple[str, ...] = ()
    # Units written before their figure, which make it approximate ("лет 20").
    inverted_units: frozenset[str] = frozenset()
    # Signs written as words before a figure ("минус 1", "plus 2"): each word and its sign.
    signs: Mapping[str, int] = field(default_factory=dict)
    # Measures hyphenated onto a figure that keep it a figure ("5.9-magnitude", "magnitude-6.1").
    hyphen_measures: frozenset[str] = frozenset()


def languages() -> tuple[NumberWords, ...]:
    """The number words of every language, as their words files list them now."""
    return tuple(number_words(words(language)) for language in LANGUAGES)


@cache
def number_words(w: Words) -> NumberWords:
    """One language's number words, read from the "numbers" tables of its words file."""
    keys = KEYS[w.language]
    dozen = tuple(w.numbers("numbers.dozen").items())
    if len(dozen) != 1:
        raise FactcheckError(f"{w.language} words: numbers.dozen should name one word")

    def word(key: str) -> str:
        return w.word(key) if key in keys else ""

    def listed(key: str) -> tuple[str, ...]:
        return w.list(key) if key in keys else ()

    def table(key: str) -> Mapping[str, int]:
        return w.numbers(key) if key in keys else {}

    return NumberWords(
        inflected=w.language in _INFLECTED,
        numerals={**w.numbers("numbers.numerals"), **table("numbers.collective")},
        scales=w.numbers("numbers.scales"),
        dozen=dozen[0],
        abbreviated_scales=w.numbers("numbers.abbreviated_scales"),
        vague_counts=w.intervals("numbers.vague_counts"),
        bounds={
            Qualifier.AT_LEAST: w.list("numbers.bounds.at_least"),
            Qualifier.MORE_THAN: w.list("numbers.bounds.more_than"),
            Qualifier.AT_MOST: w.list("numbers.bounds.at_most"),
            Qualifier.LESS_THAN: w.list("numbers.bounds.less_than"),
            Qualifier.ABOUT: w.list("numbers.bounds.about"),
        },
        range_openers=w.links("numbers.range_openers"),
        section_words=w.list("numbers.section_words"),
        year_prepositions=w.set("numbers.year_prepositions"),
        one_not_before=w.set("numbers.one_not_before"),
        one_not_after=w.set("numbers.one_not_after"),
        one_and_a_half=word("numbers.one_and_a_half"),
        hundred_noun=word("numbers.hundred_noun"),
        hundred=word("numbers.hundred"),
        half=word("numbers.half"),
        vague_plurals=table("numbers.vague_plurals"),
        half_scales=table("numbers.half_scales"),
        missing_forms=table("numbers.missing_forms"),
        excluded_forms=frozenset(listed("numbers.excluded_forms")),
        genitive_bounds=frozenset(listed("numbers.genitive_bounds")),
        change_verb_stems=listed("numbers.change_verb_stems"),
        section_stems=listed("numbers.section_stems"),
        cardinal_suffixes=frozenset(listed("numbers.cardinal_suffixes")),
        ending_letters=word("numbers.ending_letters"),
        percent_words=w.list("numbers.percent_words"),
        percent_stems=listed("numbers.percent_stems"),
        range_joiners=listed("numbers.range_joiners"),
        range_alternatives=w.list("numbers.range_alternatives"),
        genitive_joiners=frozenset(listed("numbers.genitive_joiners")),
        change_to=word("numbers.change_to"),
        change_from=frozenset(listed("numbers.change_from")),
        verb_changes=w.links("numbers.verb_changes") if "numbers.verb_changes" in keys else {},
        articles=listed("numbers.articles"),
        counts_after_article=frozenset(listed("numbers.counts_after_article")),
        unit_link=word("numbers.unit_link"),
        compound_link=word("numbers.compound_link"),
        counts_before_plural=frozenset(listed("numbers.counts_before_plural")),
        decade_suffix=word("numbers.decade_suffix"),
        year_word_stems=listed("numbers.year_word_stems"),
        glued_scales=table("numbers.glued_scales"),
        time_words=w.list("numbers.time_words"),
        time_patterns=listed("numbers.time_patterns"),
        time_prepositions=w.set("numbers.time_prepositions"),
        month_hints=w.list("numbers.month_hints"),
        day_endings=w.list("numbers.day_endings"),
        day_month_links=listed("numbers.day_month_links"),
        signs=w.numbers("numbers.signs"),
        inverted_units=frozenset(listed("numbers.inverted_units")),
        hyphen_measures=frozenset(listed("numbers.hyphen_measures")),
    )
