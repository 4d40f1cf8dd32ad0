"""Ordinals that number a series: "the ninth day of strikes", "eighth round", "девятого дня
протестов", "the third highest toll". An ordinal before anything else ("the first time he
spoke") is no figure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.lang import base as lang
from factcheck.models import Qualifier, Quantity
from factcheck.text.morph import analyse, fold, parses

_NEXT = re.compile(r"[^\S\n]+([^\W\d_]+)")


@dataclass(frozen=True, slots=True)
class _Tables:
    ordinals: dict[str, int]
    pattern: re.Pattern[str]  # an ordinal in any form: its stem, checked against its lemma
    series: frozenset[str]
    ranks: frozenset[str]


@cache
def _tables(*files: lang.Words) -> _Tables:
    ordinals = {fold(w): n for f in files for w, n in f.numbers("numbers.ordinals").items()}
    variants = _stems(ordinals)
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, variants))})[^\W\d_]*(?![\w-])")
    series = frozenset().union(*(f.set("numbers.ordinal_series") for f in files))
    ranks = frozenset().union(*(f.set("numbers.ordinal_ranks") for f in files))
    return _Tables(ordinals, pattern, series, ranks)


def ordinal_cues(*files: lang.Words) -> frozenset[str]:
    """The stems every ordinal the reader looks for starts with, at a word's start."""
    return frozenset(_stems(_tables(*files).ordinals))


def _stems(ordinals: dict[str, int]) -> list[str]:
    """Each ordinal's stem in either case: a Russian one without its ending."""
    stems = {w if w.isascii() else w[:-2] for w in ordinals}
    return sorted({v for w in stems for v in (w, w[:1].upper() + w[1:])}, key=len, reverse=True)


def _files() -> tuple[lang.Words, ...]:
    return tuple(map(lang.words, lang.LANGUAGES))


def ordinal_value(word: str) -> int | None:
    """The number an ordinal word stands for ("ninth", "девятого"), else None."""
    return _value(_tables(*_files()), word)


def series_after(text: str, end: int) -> int | None:
    """Where the words an ordinal at ``end`` numbers end: a rank ("third [highest]"), or the
    noun of a series with what it is a series of ("ninth [day] of strikes", "девятого [дня]
    протестов"); else None."""
    return _series_after(_tables(*_files()), text, end)


def find_ordinals(text: str) -> list[Quantity]:
    """The ordinals of ``text`` that number a series or a rank, as exact figures."""
    tables = _tables(*_files())
    out: list[Quantity] = []
    for m in tables.pattern.finditer(text):
        value = _value(tables, m.group())
        if value is None or _series_after(tables, text, m.end()) is None:
            continue
        out.append(
            Quantity(
                float(value), float(value), Qualifier.EXACT, m.start(), m.end(), m.group(), None
            )
        )
    return out


def _value(tables: _Tables, word: str) -> int | None:
    if not word.isalpha():
        return None  # a figure in digits, the usual case: no need to parse it
    folded = fold(word)
    if folded in tables.ordinals:
        return tables.ordinals[folded]
    return tables.ordinals.get(analyse(word).lemma) if not word.isascii() else None


def _series_after(tables: _Tables, text: str, end: int) -> int | None:
    m = _NEXT.match(text, end)
    if m is None:
        return None
    word = m.group(1)
    if fold(word) in tables.ranks:
        return m.end()
    if not (analyse(word).lemma in tables.series or fold(word) in tables.series):
        return None
    of = _NEXT.match(text, m.end())
    if of is None:
        return None
    if word.isascii():
        return m.end() if fold(of.group(1)) == "of" else None
    genitive = any({"NOUN", "gent"} <= set(p.tag.grammemes) for p in parses(of.group(1)))
    return m.end() if genitive else None
