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

from factcheck.errors import FactcheckError
from factcheck.lang.schema import KEYS, LANGUAGES, Language

__all__ = ["KEYS", "LANGUAGES", "Language", "Words", "detect", "load", "words", "words_file", "yo"]

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


def in_every_language(key: str) -> frozenset[str]:
    """A "set" key's words in every language's file together ("places.capitals": "столица",
    "capital", …); its callers cache what they build from it."""
    return frozenset(w for language in LANGUAGES for w in words(language).set(key))


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
    # The counts below read Cyrillic and Latin letters in ever wider sets, the last any letter
    # of either script: a text without one script is decided by one search, not three counts.
    if not _CYRILLIC.search(text):
        return "en"
    if not _LATIN.search(text):
        return "ru"
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
