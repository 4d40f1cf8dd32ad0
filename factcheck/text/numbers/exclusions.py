"""Figures that name a thing or a year rather than count: "статья 5", «Хабар 24», "в 2022",
"один из", and "до" after a verb of change ("выросло до 40" states 40, not "at most 40")."""

from __future__ import annotations

import re

from factcheck.text.morph import fold
from factcheck.text.numbers.bounds import Before, phrase_before
from factcheck.text.numbers.scan import Figure, Scan
from factcheck.text.numbers.vocabulary import LANGUAGES, stem_patterns

_CLOSING_QUOTES = frozenset('»”"')
_NAME_BEFORE = re.compile(r"[«“\"][^\W\d_]*[A-ZА-ЯЁ][^\W\d_]*[^\S\n]$")
_YEAR_PREP_BEFORE = phrase_before(
    [w for words in LANGUAGES for w in sorted(words.year_prepositions)]
)
_CHANGE_REACH = 60  # characters before "до" a verb of change and its object may take
_CHANGE_TO = frozenset(words.change_to for words in LANGUAGES if words.change_to)
_CHANGE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        rf"(?:{'|'.join(words.change_verb_stems)})[^\W\d_]*(?:\s+[^\W\d_]+){{0,3}}"
        rf"\s+{words.change_to}\s+$"
        for words in LANGUAGES
        if words.change_to
    )
    + ")",
    re.IGNORECASE,
)
# "с 6,1% в 2020 до 6,6%", "до 3,4% с 2,8%": the old figure near, so "до" gives the new one.
_FROM = "|".join(sorted(w for words in LANGUAGES for w in words.change_from))
_FROM_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_FROM})\s+\d[^;()\n]*$", re.IGNORECASE)
_FROM_AFTER = re.compile(rf"[^\S\n]*(?:{_FROM})\s+\d", re.IGNORECASE)
_FROM_REACH = 40  # characters before "до" searched for the old figure
# "от 15 тыс. (по данным полиции) до 60 тыс.": a bracket splits the range into two figures.
_SPLIT_OPENERS = "|".join(
    sorted(
        opener
        for words in LANGUAGES
        for opener, joiners in words.range_openers.items()
        if words.change_to in joiners
    )
)
_SPLIT_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{_SPLIT_OPENERS or '(?!)'})\s+\d[^()\n]*\([^()\n]*\)\s*"
    rf"(?:{'|'.join(sorted(_CHANGE_TO))})\s+$",
    re.IGNORECASE,
)
_SPLIT_REACH = 80
_SECTION_WORDS = sorted(
    (w for words in LANGUAGES for w in words.section_words), key=len, reverse=True
)
_SECTION_BEFORE = Before(
    re.compile(
        r"(?<![\w.])(?:"
        + "|".join(
            [
                *map(re.escape, _SECTION_WORDS),
                *stem_patterns(lambda words: words.section_stems, "{0,3}"),
            ]
        )
        + r")\s*$",
        re.IGNORECASE,
    ),
    _SECTION_WORDS,
    [stem for words in LANGUAGES for stem in words.section_stems],
)
_ONE_NOT_BEFORE = frozenset().union(*(words.one_not_before for words in LANGUAGES))
_ONE_NOT_AFTER = frozenset().union(*(words.one_not_after for words in LANGUAGES))
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def names_a_thing(text: str, pos: int, fig: Figure) -> bool:
    """True for digits that number a section ("статья 5", "No. 7") or end a name («Хабар 24»)."""
    if _SECTION_BEFORE.search(text, max(0, pos - 24), pos):
        return True
    name_end = text[fig.end : fig.end + 1] in _CLOSING_QUOTES
    return name_end and _NAME_BEFORE.search(text, max(0, pos - 40), pos) is not None


def year_after_preposition(text: str, lo: int, pos: int) -> bool:
    """True when a preposition stands before a year-like figure: "в 2022", "since 2014"."""
    return _YEAR_PREP_BEFORE.search(text, lo, pos) is not None


def one_counts(scan: Scan, fig: Figure) -> bool:
    """ "еще один журналист", "one person" count; "один из", "one of", "no one" do not."""
    nxt = scan.next_word(fig.end)
    if nxt is None or fold(nxt[0]) in _ONE_NOT_BEFORE:
        return False
    m = _WORD_BEFORE.search(scan.text[max(0, fig.start - 20) : fig.start])
    return not (m and fold(m.group(1)) in _ONE_NOT_AFTER)


def changed_to(text: str, lo: int, pos: int, end: int, bound: str | None) -> bool:
    """True when the bound "до" before the figure at ``pos``–``end`` gives a figure of its own:
    after a verb of change ("выросло до 40"), with the old one near ("с 7% в 2022 до 9%", "до
    9% с 7%"), or ending a range that a bracketed source split ("от 15 (по данным полиции) до
    60")."""
    if bound not in _CHANGE_TO:
        return False
    # (the verb may stand a few words back: "повысил ключевую ставку до 16%")
    if _CHANGE_BEFORE.search(text, max(0, pos - _CHANGE_REACH), pos):
        return True
    if _FROM_AFTER.match(text, end):
        return True
    if _SPLIT_BEFORE.search(text, max(0, pos - _SPLIT_REACH), pos):
        return True
    return _FROM_BEFORE.search(text, max(0, pos - _FROM_REACH), pos) is not None
