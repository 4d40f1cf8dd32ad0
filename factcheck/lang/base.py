"""A language's words file, read once and checked, and the language of a sentence.

A words file (``lang/<code>/words.toml``) holds tables of keys; each value is one string of
words separated by blanks (a set: "на в во к"), one word alone, an array of entries, one a line
(a phrase, a pattern, or a line of forms of one word: "say says said"), or a table from words to
what each stands for (a number, an interval ``[low, high]``, or a string of words).
:data:`KEYS` names every key the code reads and how it is written; a file with an unknown or
missing key, a value of the wrong shape, or a word written twice is refused when it is first read.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from factcheck.errors import FactcheckError

Language = Literal["ru", "en"]
LANGUAGES: tuple[Language, ...] = ("ru", "en")

# How each key's value is written: "set" (one string of words), "word" (one word or pattern, no
# blanks), "entries" (an array of words, phrases or patterns), "forms" (an array of lines, each the
# forms of one word); tables from words: "values" (to a whole number), "intervals" (to
# [low, high]), "links" (to a string of words).
_SHARED = {
    "speech.verbs": "forms",
    "source.openers": "entries",
    "source.unattributed": "entries",
    "source.back_references": "entries",
    "pronoun.subjects": "set",
    "pronoun.adverbs": "set",
    "pronoun.quoted": "entries",
    "speaker.stop": "set",
    "speaker.possessives": "set",
    "titles.words": "set",
    "kinds.unnamed": "set",
    "kinds.media": "set",
    "kinds.ministry": "set",
    "kinds.document": "set",
    "kinds.agency": "set",
    "markers.hedges": "entries",
    "markers.earlier": "entries",
    "dates.months": "forms",
    "dates.month_abbreviations": "forms",
    "dates.weekdays": "forms",
    "dates.as_of": "entries",
    "dates.period_bounds": "set",
    "dates.day_before": "set",
    "dates.dateline_labels": "entries",
}
_ATTRIBUTION: dict[Language, dict[str, str]] = {
    "ru": _SHARED
    | {
        "speech.figure_verbs": "set",
        "speech.start_verbs": "set",
        "source.nouns": "entries",
        "source.citing": "entries",
        "pronoun.possessives": "set",
        "speaker.venues": "set",
        "speaker.time_words": "set",
        "speaker.asides": "entries",
        "kinds.ministry_prefixes": "set",
        "dates.year_words": "set",
    },
    "en": _SHARED
    | {
        "speech.needs_clause": "set",
        "speech.figure_claims": "set",
        "speech.loss_nouns": "set",
        "speech.needs_figure_at": "set",
        "speech.also_nouns": "set",
        "source.data_nouns": "set",
        "source.data_links": "set",
        "source.relatives": "set",
        "speaker.aux": "set",
        "speaker.passive": "set",
        "speaker.common": "set",
        "speaker.determiners": "set",
        "speaker.inner": "set",
        "speaker.place_preps": "set",
        "speaker.number_words": "set",
        "speaker.ed_adjectives": "set",
        "speaker.aside_openers": "set",
    },
}

# The keys of each area of the reader, one table per area (shared keys, then per language), so
# that each area's words are declared beside one another.
# Numbers: numerals, scales, vague amounts, bounds (factcheck/text/number_words.py reads them for
# factcheck/text/numbers/).
_NUMBERS: dict[str, str] = {
    "numbers.numerals": "values",
    "numbers.scales": "values",
    "numbers.dozen": "values",
    "numbers.abbreviated_scales": "values",
    "numbers.vague_counts": "intervals",
    "numbers.bounds.at_least": "entries",
    "numbers.bounds.more_than": "entries",
    "numbers.bounds.at_most": "entries",
    "numbers.bounds.less_than": "entries",
    "numbers.bounds.about": "entries",
    "numbers.range_openers": "links",
    "numbers.range_alternatives": "set",
    "numbers.section_words": "set",
    "numbers.year_prepositions": "set",
    "numbers.one_not_before": "set",
    "numbers.one_not_after": "set",
    "numbers.percent_words": "entries",
    "numbers.time_words": "entries",
    "numbers.time_prepositions": "set",
    "numbers.month_hints": "set",
    "numbers.day_endings": "set",
}
_NUMBERS_BY_LANGUAGE: dict[Language, dict[str, str]] = {
    "ru": {
        "numbers.collective": "values",
        "numbers.one_and_a_half": "word",
        "numbers.hundred_noun": "word",
        "numbers.counts_before_plural": "set",
        "numbers.missing_forms": "values",
        "numbers.excluded_forms": "forms",
        "numbers.half_scales": "values",
        "numbers.genitive_bounds": "entries",
        "numbers.change_verb_stems": "set",
        "numbers.change_to": "word",
        "numbers.change_from": "set",
        "numbers.section_stems": "set",
        "numbers.cardinal_suffixes": "set",
        "numbers.decade_suffix": "word",
        "numbers.year_word_stems": "set",
        "numbers.ending_letters": "word",
        "numbers.percent_stems": "set",
        "numbers.genitive_joiners": "set",
    },
    "en": {
        "numbers.hundred": "word",
        "numbers.half": "word",
        "numbers.vague_plurals": "values",
        "numbers.glued_scales": "values",
        "numbers.range_joiners": "set",
        "numbers.articles": "set",
        "numbers.counts_after_article": "set",
        "numbers.unit_link": "word",
        "numbers.compound_link": "word",
        "numbers.day_month_links": "set",
        "numbers.time_patterns": "entries",
    },
}

# Sentences, places, member lists and dates of figures (factcheck/pipeline/, text/places.py,
# text/sentences.py).
_DOCUMENT: dict[str, str] = {
    "sentences.never_end": "set",
    "sentences.maybe_end": "set",
    "sentences.starters": "set",
    "places.before": "set",
    "places.settlements": "set",
    "lists.of_them": "entries",
    "lists.range_glue": "set",
    "when.year_prepositions": "set",
    "when.clause_openers": "set",
    "clauses.leading_links": "set",
}
_DOCUMENT_BY_LANGUAGE: dict[Language, dict[str, str]] = {
    "ru": {},
    "en": {
        "sentences.acronyms": "set",
        "sentences.before_number": "set",
        "places.settlement_links": "set",
        "places.not_places": "set",
    },
}

# What a figure counts and whose it is (factcheck/pipeline/counts.py, owners.py, claims.py…).
_FIGURES: dict[str, str] = {
    "parts.after": "entries",
    "parts.before": "entries",
    "parts.state": "entries",
}
_FIGURES_BY_LANGUAGE: dict[Language, dict[str, str]] = {"ru": {}, "en": {}}

KEYS: dict[Language, dict[str, str]] = {
    language: _ATTRIBUTION[language]
    | _NUMBERS
    | _NUMBERS_BY_LANGUAGE[language]
    | _DOCUMENT
    | _DOCUMENT_BY_LANGUAGE[language]
    | _FIGURES
    | _FIGURES_BY_LANGUAGE[language]
    for language in LANGUAGES
}


# A key's value as read: a string, a tuple of entries, or a table from words.
Value = str | tuple[str, ...] | Mapping[str, int] | Mapping[str, tuple[int, int]]
_TABLES = frozenset({"values", "intervals", "links"})


@dataclass(frozen=True, eq=False)
class Words:
    """One language's words file, checked; compared by identity, so it can key a cache of the
    patterns built from it."""

    language: Language
    values: Mapping[str, Value] = field(repr=False)

    def set(self, key: str) -> frozenset[str]:
        """Every word of a key, as a set: the words of a string, or the entries of an array."""
        return frozenset(self.list(key))

    def list(self, key: str) -> tuple[str, ...]:
        """Every word or entry of a key, in the file's order (forms lines split into words; the
        words of a table)."""
        value = self.values[key]
        kind = KEYS[self.language][key]
        if isinstance(value, str):
            return (value,) if kind == "word" else tuple(value.split())
        if isinstance(value, Mapping):
            return tuple(value)
        if kind == "forms":
            return tuple(w for line in value for w in line.split())
        return value

    def forms(self, key: str) -> tuple[tuple[str, ...], ...]:
        """The lines of a "forms" key, each split into its words ("say says said")."""
        value = self.values[key]
        assert isinstance(value, tuple)
        return tuple(tuple(line.split()) for line in value)

    def word(self, key: str) -> str:
        """The one word of a "word" key."""
        value = self.values[key]
        assert isinstance(value, str)
        return value

    def numbers(self, key: str) -> Mapping[str, int]:
        """A "values" key: each word and the number it stands for."""
        return self._table(key, "values")  # type: ignore[return-value]  # checked at load

    def intervals(self, key: str) -> Mapping[str, tuple[int, int]]:
        """An "intervals" key: each word and the interval it stands for."""
        return self._table(key, "intervals")  # type: ignore[return-value]  # checked at load

    def links(self, key: str) -> Mapping[str, tuple[str, ...]]:
        """A "links" key: each word and the words it goes with ("от" → "до")."""
        return {w: tuple(str(v).split()) for w, v in self._table(key, "links").items()}

    def _table(self, key: str, kind: str) -> Mapping[str, object]:
        value = self.values[key]
        assert KEYS[self.language][key] == kind and isinstance(value, Mapping)
        return value


def words_file(language: Language) -> Path:
    """Where a language's words file lies."""
    return Path(__file__).parent / language / "words.toml"


@cache
def words(language: Language) -> Words:
    """A language's words, read from its file on first use."""
    return load(language, words_file(language))


def load(language: Language, path: Path) -> Words:
    """Read and check a words file; raise FactcheckError naming what is wrong."""
    schema = KEYS[language]
    try:
        with path.open("rb") as f:
            flat = _flatten(tomllib.load(f), schema)
    except tomllib.TOMLDecodeError as e:
        raise FactcheckError(f"{path}: {e}") from e
    problems = [f"unknown key {k}" for k in flat if k not in schema]
    problems += [f"missing key {k}" for k in schema if k not in flat]
    values: dict[str, Value] = {}
    for key, kind in schema.items():
        value = _shaped(kind, flat.get(key))
        if value is None:
            if key in flat:
                problems.append(f"{key} should be {_SHAPES[kind]}")
            continue
        values[key] = value
        seen: set[str] = set()
        for item in Words(language, values).list(key):
            if item in seen:
                problems.append(f"{key} has {item!r} twice")
            seen.add(item)
    if problems:
        raise FactcheckError(f"{path}: " + "; ".join(problems))
    return Words(language, values)


_SHAPES = {
    "set": "a string",
    "word": "one word",
    "entries": "an array",
    "forms": "an array",
    "values": "a table of whole numbers",
    "intervals": "a table of [low, high] pairs",
    "links": "a table of strings",
}


def _shaped(kind: str, value: object) -> Value | None:
    """The value as a key of this kind holds it, or None when it has another shape."""
    if kind == "set":
        return value if isinstance(value, str) else None
    if kind == "word":
        return value if isinstance(value, str) and value and not value.split()[1:] else None
    if kind in _TABLES:
        return _table(kind, value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def _table(kind: str, value: object) -> Value | None:
    """A table from words, each to a whole number, an interval or a string; None when not."""
    if not isinstance(value, dict):
        return None
    if kind == "values" and all(_whole(v) for v in value.values()):
        return dict(value)
    if kind == "links" and all(isinstance(v, str) for v in value.values()):
        return dict(value)
    if kind == "intervals" and all(
        isinstance(v, list) and len(v) == 2 and all(map(_whole, v)) and v[0] <= v[1]
        for v in value.values()
    ):
        return {w: (v[0], v[1]) for w, v in value.items()}
    return None


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _flatten(
    data: Mapping[str, object], schema: Mapping[str, str], prefix: str = ""
) -> dict[str, object]:
    """The file's keys as dotted names; a table a key of the schema names stays whole."""
    flat: dict[str, object] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and schema.get(name) not in _TABLES:
            flat.update(_flatten(value, schema, f"{name}."))
        else:
            flat[name] = value
    return flat


_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
# A word's lower-case letters from its start: "сообщило", "said"; names ("Reuters") give none.
_CYRILLIC_WORD = re.compile(r"(?<![^\W\d_])[а-яё]+")
_LATIN_WORD = re.compile(r"(?<![^\W\d_])[a-z]+")


# A quotation is in its speaker's language, not the sentence's: "«The situation…», — заявил".
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"]*\"")


def detect(text: str) -> Language:
    """ "ru" when the text is Russian, else "en".

    The words written in lower case outside quotation marks decide (names, in either script,
    stand in both languages: "Агентство Reuters сообщило", "the word Алматы"); without any, the
    quoted words do, then all letters. Cyrillic letters as many as Latin ones or more make it
    Russian.
    """
    if len(text) <= 2000:
        return _detect_sentence(text)
    return _detect(text)


# Each stage asks the language of the sentence it reads: the answer is kept for a while.
@lru_cache(maxsize=1024)
def _detect_sentence(sentence: str) -> Language:
    return _detect(sentence)


def _detect(text: str) -> Language:
    cyrillic, latin = _lower_letters(_QUOTED.sub(" ", text))
    if not cyrillic and not latin:
        cyrillic, latin = _lower_letters(text)
    if not cyrillic and not latin:
        cyrillic, latin = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    return "ru" if cyrillic and cyrillic >= latin else "en"


def _lower_letters(text: str) -> tuple[int, int]:
    """How many Cyrillic and Latin letters the words written in lower case have."""
    return (
        sum(map(len, _CYRILLIC_WORD.findall(text))),
        sum(map(len, _LATIN_WORD.findall(text))),
    )


def yo(word: str) -> str:
    """A word as a pattern where ё and е stand for each other ("расчётам" → "расч[её]там")."""
    return re.sub("[её]", "[её]", re.escape(word))
