"""Names and measures across languages: Россия = Russia = РФ, военнослужащие = troops.

The data lives in ``lexicon.toml`` beside this module; country names come from CLDR (babel).
Words match through :mod:`factcheck.text.morph`, so every Russian case form counts.
Keys look like ``country:RU``, ``org:CSTO``, ``group:protesters``; an official body a speaker's
name names (:func:`bodies_named`), ``body:interior_ministry``.

CLDR's country names and the dictionary forms of the lexicon's Russian words are read from
``lexicon_index.toml``, generated from them by ``python -m factcheck.text.lexicon_index``: loading
babel's data and pymorphy3's parses of a thousand words took longer than reading an article.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from operator import attrgetter, not_
from pathlib import Path
from typing import Any, NamedTuple

from factcheck.errors import FactcheckError
from factcheck.keys import LEXICON_KEYS, ORG
from factcheck.text.index_file import read_index
from factcheck.text.morph import Span, Token, fold, is_cyrillic, lemma, lexicon_forms, words

# CLDR names that are also everyday words ("после того, как" is not Togo).
SKIPPED_CLDR = {"TG", "UM", "EA", "IC", "DG", "CP", "AC", "TA", "XA", "XB", "XK", "EZ", "QO", "ZZ"}
# The longest abbreviation: a longer word in capitals is a word set in capitals.
_ABBREVIATION_LEN = 6
# The languages CLDR's country names are read in.
CLDR_LANGUAGES = ("ru", "en")
# What babel and pymorphy3 say of the lexicon, generated beside it (see the docstring).
INDEX_FILE = "lexicon_index.toml"
# The keys of the official bodies a speaker may be (the lexicon's ``[bodies]``).
BODY = "body:"


class Match(NamedTuple):
    """A phrase found in a token list: tokens ``[i, j)``, its value, and character offsets (a
    tuple: a frozen dataclass costs twice as much to make, and every sentence makes several)."""

    i: int
    j: int
    value: str
    start: int
    end: int


# What each index's phrases begin with (:attr:`PhraseIndex.first_forms`).
_FIRST_FORMS = attrgetter("first_forms")
# Match(...) goes through a Python-level __new__.
_new_match = tuple.__new__


class PhraseIndex:
    """Multi-word phrases matched on word forms, longest first."""

    def __init__(self) -> None:
        # first word's normal form → list of (forms of every word, proper-noun flag, value)
        self._by_first: dict[str, list[tuple[tuple[frozenset[str], ...], bool, str]]] = {}

    def add(self, phrase: str, value: str) -> None:
        toks = phrase_words(phrase)
        if not toks:
            return
        forms = tuple(_entry_forms(t.text) for t in toks)
        proper = phrase[:1].isupper()
        for first in forms[0]:
            self._by_first.setdefault(first, []).append((forms, proper, value))

    @property
    def first_forms(self) -> Collection[str]:
        """The forms a phrase may begin with."""
        return self._by_first.keys()

    def find(
        self,
        tokens: Sequence[Span],
        forms: Sequence[Collection[str]] | None = None,
        starts: Iterable[int] | None = None,
    ) -> list[Match]:
        """Non-overlapping matches, scanning left to right and preferring the longest.

        ``forms`` (the word forms of every token, from :func:`token_forms`) may be passed when
        several indexes look at the same tokens, so each word is looked up once; ``starts``,
        the tokens, in order, that have one of the :attr:`first_forms` (most words begin no
        phrase: only these are looked at).
        """
        if forms is None:
            forms = token_forms(tokens)
        by_first = self._by_first
        if starts is None:
            # in C, no Python step per word: a whole article's words are looked at this way
            begins = map(not_, map(by_first.keys().isdisjoint, forms))
            starts = list(compress(range(len(forms)), begins))
        found: list[Match] = []
        count = len(tokens)
        end = 0  # where the last phrase found ends: phrases do not overlap
        for i in starts:
            if i < end:
                continue
            best: tuple[int, str] | None = None
            for first in forms[i]:
                for entry, proper, value in by_first.get(first, ()):
                    n = len(entry)
                    if i + n > count or (best and n <= best[0]):
                        continue
                    if proper and not tokens[i].text[:1].isupper():
                        continue
                    if all(not entry[k].isdisjoint(forms[i + k]) for k in range(1, n)):
                        best = (n, value)
            if best:
                n, value = best
                found.append(
                    _new_match(Match, (i, i + n, value, tokens[i].start, tokens[i + n - 1].end))
                )
                end = i + n
        return found


def token_forms(tokens: Sequence[Span]) -> list[frozenset[str]]:
    """Every token's possible dictionary forms, for :meth:`PhraseIndex.find`."""
    return [lexicon_forms(t.text) for t in tokens]


def _entry_forms(word: str) -> frozenset[str]:
    """A lexicon word is written in its dictionary form: keep that and its likeliest lemma only,
    so "день" does not also stand for the rare reading "деть" (and match "дел")."""
    if is_abbreviation(word):
        return frozenset({fold(word)})
    return frozenset({fold(word), _lemmas().get(word) or lemma(word)})


def is_abbreviation(word: str) -> bool:
    """A short word in capitals (МВД, CSTO) is matched as written, never lemmatised."""
    return word.isupper() and len(word) <= _ABBREVIATION_LEN


def phrase_words(phrase: str) -> list[Token]:
    """The words a phrase is matched by; an abbreviation in capitals is one word."""
    return words(phrase) if not phrase.isupper() else [Token(phrase, 0, len(phrase))]


@dataclass(frozen=True)
class Measure:
    name: str
    cumulative: bool


class Lexicon:
    """Every word list of the lexicon, indexed for matching; journalist aliases passed in."""

    def __init__(
        self,
        extra_aliases: Mapping[str, str] | None = None,
        data: Mapping[str, Any] | None = None,
    ) -> None:
        """``data`` is the lexicon's own (``lexicon.toml``) unless given."""
        self.entities = PhraseIndex()
        self.groups = PhraseIndex()
        self.counts = PhraseIndex()
        self.events = PhraseIndex()
        self.ignored = PhraseIndex()
        self._names: dict[tuple[str, str], str] = {}
        self._parents: dict[str, set[str]] = {}
        self._cumulative: set[str] = set()
        data = lexicon_data() if data is None else data
        self._add_cldr_countries()
        self._add_entities(data)
        self._add_groups(data["groups"])
        self._add_measures(data["measures"])
        for word in data["ignore"]["counts"]:
            self.ignored.add(word, "ignore")
        for alias, key in (extra_aliases or {}).items():
            self.entities.add(alias, key)
        _check_keys(data)
        # which indexes have a phrase beginning with a form, as bits; built when first asked
        self._starts: dict[str, int] = {}
        self._sizes: tuple[int, ...] = ()

    @property
    def indexes(self) -> tuple[PhraseIndex, ...]:
        """Entities, groups, counts, events, ignored: the indexes :meth:`find_each` reads."""
        return (self.entities, self.groups, self.counts, self.events, self.ignored)

    def find_each(
        self, tokens: Sequence[Span], forms: Sequence[Collection[str]]
    ) -> list[list[Match]]:
        """Each of the :attr:`indexes`' matches among the same tokens (``forms`` as for
        :meth:`PhraseIndex.find`), every word's forms looked up once for all of them."""
        indexes = self.indexes
        starts = self._first_forms(indexes)
        at: list[list[int]] = [[] for _ in indexes]
        # most words begin no phrase: told in C, without a Python step each
        begins = compress(range(len(forms)), map(not_, map(starts.keys().isdisjoint, forms)))
        for i in begins:
            bits = 0
            for form in forms[i]:
                bits |= starts.get(form, 0)
            while bits:
                low = bits & -bits
                at[low.bit_length() - 1].append(i)
                bits ^= low
        return [
            index.find(tokens, forms, s) if s else [] for index, s in zip(indexes, at, strict=True)
        ]

    def _first_forms(self, indexes: tuple[PhraseIndex, ...]) -> dict[str, int]:
        """Each form a phrase begins with, and the bits of the indexes that have one; built
        again when a phrase with a new first form was added since (none is ever removed)."""
        sizes = tuple(map(len, map(_FIRST_FORMS, indexes)))
        if sizes != self._sizes:
            starts: dict[str, int] = {}
            for bit, index in enumerate(indexes):
                for form in index.first_forms:
                    starts[form] = starts.get(form, 0) | 1 << bit
            self._starts, self._sizes = starts, sizes
        return self._starts

    def _add_cldr_countries(self) -> None:
        index = _index()
        for lang in CLDR_LANGUAGES:
            for code, name in index[f"countries_{lang}"].items():
                key = f"country:{code}"
                self._names[(key, lang)] = name
                if " - " not in name and "(" not in name:
                    self.entities.add(name, key)

    def _add_entities(self, data: Mapping[str, Any]) -> None:
        """Countries' other names, organisations and which countries belong to them."""
        for code, aliases in data["countries"].items():
            for alias in aliases:
                self.entities.add(alias, f"country:{code}")
        for code, aliases in data["organisations"].items():
            key = f"org:{code}"
            for alias in aliases:
                self.entities.add(alias, key)
            self._names[(key, "ru")] = aliases[0]
            self._names[(key, "en")] = next((a for a in aliases if not is_cyrillic(a)), code)
        for org, members in data["membership"].items():
            for code in members:
                self._parents.setdefault(f"country:{code}", set()).add(f"org:{org}")

    def _add_groups(self, groups: dict[str, Any]) -> None:
        for name, group in groups.items():
            key = f"group:{name}"
            for word in group["words"]:
                self.groups.add(word, key)
            self._names[(key, "ru")] = group["words"][0]
            self._names[(key, "en")] = name.replace("_", " ")  # "security forces": plural
            if "parent" in group:
                self._parents.setdefault(key, set()).add(f"group:{group['parent']}")

    def _add_measures(self, measures: dict[str, Any]) -> None:
        for name, measure in measures.items():
            for word in measure.get("counts", []):
                self.counts.add(word, name)
            for word in measure.get("events", []):
                self.events.add(word, name)
            if measure.get("cumulative"):
                self._cumulative.add(name)

    def parents(self, key: str) -> frozenset[str]:
        """Keys of the wholes this key is part of, transitively.

        A group in a place ("group:people@place:алматы") is part of the same group anywhere
        and of its wholes in that place.
        """
        if "@" in key:
            group, place = key.split("@", 1)
            wholes = self.parents(group)
            return frozenset({group, *wholes, *(f"{w}@{place}" for w in wholes)})
        out: set[str] = set()
        todo = [key]
        while todo:
            for parent in self._parents.get(todo.pop(), ()):
                if parent not in out:
                    out.add(parent)
                    todo.append(parent)
        return frozenset(out)

    def children(self, key: str) -> frozenset[str]:
        """Keys this key is a whole of, transitively: ``org:CSTO`` → its member countries."""
        return frozenset(k for k in self._parents if key in self.parents(k))

    def is_cumulative(self, prop: str) -> bool:
        return prop in self._cumulative

    def display_name(self, key: str, lang: str = "en") -> str:
        """A readable name for a key: ``country:RU`` → "Russia" / "Россия"."""
        if (key, lang) in self._names:
            return self._names[(key, lang)]
        other = "ru" if lang == "en" else "en"
        if (key, other) in self._names:
            return self._names[(key, other)]
        return key.split(":", 1)[-1]


def _check_keys(data: Mapping[str, Any]) -> None:
    """Refuse a lexicon that lacks a group or measure the code relies on (factcheck.keys)."""
    missing = [f"{table}.{name}" for table, name in LEXICON_KEYS if name not in data[table]]
    if missing:
        raise FactcheckError(f"The lexicon lacks {', '.join(missing)}, which factcheck relies on")


@cache
def lexicon_data() -> dict[str, Any]:
    """The lexicon's words as read from ``lexicon.toml`` (shared: copy before changing)."""
    raw = Path(__file__).with_name("lexicon.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


@cache
def _index() -> dict[str, dict[str, str]]:
    """``lexicon_index.toml``: CLDR's country names, each lexicon word's dictionary form."""
    return read_index(INDEX_FILE)


def _lemmas() -> dict[str, str]:
    return _index()["lemmas"]


@cache
def default_lexicon() -> Lexicon:
    """The lexicon without user aliases, built once per process."""
    return Lexicon()


def key_for(name: str, aliases: Mapping[str, str] | None = None) -> str | None:
    """The canonical key for a name a journalist types: a key as is ("country:RU"), one of
    their aliases, a lexicon entity or group ("Russia", "протестующие"), else the dictionary
    form of its words ("lemma:…")."""
    name = name.strip()
    if not name:
        return None
    if ":" in name and " " not in name:
        return name
    if aliases and name in aliases:
        return aliases[name]
    tokens = words(name)
    if not tokens:
        return None
    lex = default_lexicon()
    for index in (lex.entities, lex.groups):
        found = index.find(tokens)
        if len(found) == 1 and found[0].i == 0 and found[0].j == len(tokens):
            return found[0].value
    return "lemma:" + " ".join(lemma(t.text) for t in tokens)


def parents(key: str) -> frozenset[str]:
    """Wholes containing ``key``: ``group:protesters`` → {``group:people``}."""
    return default_lexicon().parents(key)


def children(key: str) -> frozenset[str]:
    """Parts of ``key``: ``group:people`` → protesters, civilians, journalists…"""
    return default_lexicon().children(key)


def is_cumulative(prop: str) -> bool:
    """True for figures that only grow over time (killed, injured, detained…)."""
    return default_lexicon().is_cumulative(prop)


def display_name(key: str, lang: str = "en") -> str:
    return default_lexicon().display_name(key, lang)


@lru_cache(maxsize=4096)
def bodies_named(name: str) -> frozenset[str]:
    """The keys of the official bodies and international organisations a speaker's name names,
    in either language: "пресс-служба МВД" and "the Interior Ministry" →
    {``body:interior_ministry``}; "ВОЗ" → {``org:WHO``}."""
    # a name without a Russian letter never matches a Russian name of a body, and the Latin
    # names alone are indexed without pymorphy3: a run whose speakers are named in English
    # never loads its dictionaries (~0.3 s, more than a task's whole engine)
    return frozenset(m.value for m in _bodies(is_cyrillic(name)).find(words(name)))


@cache
def _bodies(russian: bool) -> PhraseIndex:
    """The names of the lexicon's ``[bodies]`` and ``[organisations]``, read in speakers' names
    only (a body is no entity of the text: "МВД" names no country a figure is about); the
    Russian names only if ``russian``."""
    index = PhraseIndex()
    data = lexicon_data()
    for table, prefix in (("organisations", ORG), ("bodies", BODY)):
        for code, names in data[table].items():
            for body in names:
                if russian or not is_cyrillic(body):
                    index.add(body, prefix + code)
    return index
