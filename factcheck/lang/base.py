"""A language's words file, read once and checked, and the language of a sentence.

A words file (``lang/<code>/words.toml``) holds tables of keys; each value is either one string
of words separated by blanks (a set: "на в во к") or an array of entries, one a line (a phrase,
a pattern, or a line of forms of one word: "say says said"). :data:`KEYS` names every key the
code reads and how it is written; a file with an unknown or missing key, a value of the wrong
shape, or a word written twice is refused when it is first read.
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

# How each key's value is written: "set" (one string of words), "entries" (an array of words,
# phrases or patterns), "forms" (an array of lines, each the forms of one word).
_SHARED = {
    "speech.verbs": "forms",
    "source.openers": "entries",
    "source.unattributed": "entries",
    "pronoun.subjects": "set",
    "pronoun.adverbs": "set",
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
        "kinds.ministry_prefixes": "set",
        "dates.year_words": "set",
    },
    "en": _SHARED
    | {
        "speech.needs_clause": "set",
        "speech.needs_figure_at": "set",
        "speech.also_nouns": "set",
        "source.data_nouns": "set",
        "source.data_links": "set",
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
# Numbers: numerals, scales, vague amounts, bounds (factcheck/text/numbers/).
_NUMBERS: dict[str, str] = {}
_NUMBERS_BY_LANGUAGE: dict[Language, dict[str, str]] = {"ru": {}, "en": {}}

# Sentences, places, member lists and dates of figures (factcheck/pipeline/, text/places.py,
# text/sentences.py).
_DOCUMENT: dict[str, str] = {}
_DOCUMENT_BY_LANGUAGE: dict[Language, dict[str, str]] = {"ru": {}, "en": {}}

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


@dataclass(frozen=True, eq=False)
class Words:
    """One language's words file, checked; compared by identity, so it can key a cache of the
    patterns built from it."""

    language: Language
    values: Mapping[str, str | tuple[str, ...]] = field(repr=False)

    def set(self, key: str) -> frozenset[str]:
        """Every word of a key, as a set: the words of a string, or the entries of an array."""
        return frozenset(self.list(key))

    def list(self, key: str) -> tuple[str, ...]:
        """Every word or entry of a key, in the file's order (forms lines split into words)."""
        value = self.values[key]
        if isinstance(value, str):
            return tuple(value.split())
        if KEYS[self.language][key] == "forms":
            return tuple(w for line in value for w in line.split())
        return value

    def forms(self, key: str) -> tuple[tuple[str, ...], ...]:
        """The lines of a "forms" key, each split into its words ("say says said")."""
        value = self.values[key]
        assert not isinstance(value, str)
        return tuple(tuple(line.split()) for line in value)


def words_file(language: Language) -> Path:
    """Where a language's words file lies."""
    return Path(__file__).parent / language / "words.toml"


@cache
def words(language: Language) -> Words:
    """A language's words, read from its file on first use."""
    return load(language, words_file(language))


def load(language: Language, path: Path) -> Words:
    """Read and check a words file; raise FactcheckError naming what is wrong."""
    try:
        with path.open("rb") as f:
            flat = _flatten(tomllib.load(f))
    except tomllib.TOMLDecodeError as e:
        raise FactcheckError(f"{path}: {e}") from e
    schema = KEYS[language]
    problems = [f"unknown key {k}" for k in flat if k not in schema]
    problems += [f"missing key {k}" for k in schema if k not in flat]
    values: dict[str, str | tuple[str, ...]] = {}
    for key, kind in schema.items():
        value = _shaped(kind, flat.get(key))
        if value is None:
            if key in flat:
                problems.append(f"{key} should be {'a string' if kind == 'set' else 'an array'}")
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


def _shaped(kind: str, value: object) -> str | tuple[str, ...] | None:
    """The value as a key of this kind holds it, or None when it has another shape."""
    if kind == "set":
        return value if isinstance(value, str) else None
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def _flatten(data: Mapping[str, object], prefix: str = "") -> dict[str, object]:
    flat: dict[str, object] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
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
