"""The place names data file (factcheck/text/places.toml) and how place names are read through
it: one key for a place in English and in Russian, in any case."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from typing import Any

import pytest

from factcheck.text.gazetteer import capital_of, gazetteer, known_name, place_at, stem
from factcheck.text.lexicon import default_lexicon
from factcheck.text.morph import word_columns, words_at
from factcheck.text.places import place_key, places_of


def _places() -> dict[str, dict[str, Any]]:
    raw = resources.files("factcheck.text").joinpath("places.toml").read_text(encoding="utf-8")
    return {k: v for table in tomllib.loads(raw).values() for k, v in table.items()}


def _read(name: str) -> str | None:
    """The place a name is read as: from its words, or (an English region with its noun in
    lower case, "Tver region") as a whole name."""
    found = place_at(name, words_at(*word_columns(name)), 0)
    if found and found[1] == len(word_columns(name)[0]):
        return found[0]
    return gazetteer().names.get(name.casefold())


def test_every_place_has_both_names_and_a_plain_key() -> None:
    for key, place in _places().items():
        assert re.fullmatch(r"[a-z][a-z -]*[a-z]", key), key
        assert place["en"] and place["ru"], key
        assert all(re.search("[а-яё]", n, re.IGNORECASE) for n in place["ru"]), key
        assert not any(re.search("[а-яё]", n, re.IGNORECASE) for n in place["en"]), key
        assert not place.get("capital") or place.get("country"), key


def test_no_name_belongs_to_two_places() -> None:
    seen: dict[str, str] = {}
    for key, place in _places().items():
        for name in [*place["en"], *place["ru"]]:
            assert seen.setdefault(name.casefold(), key) == key, name


def test_every_name_reads_back_as_its_place() -> None:
    for key, place in _places().items():
        for name in [*place["en"], *place["ru"]]:
            assert _read(name) == key, name


def test_one_capital_per_country() -> None:
    capitals = [p["country"] for p in _places().values() if p.get("capital")]
    assert len(capitals) == len(set(capitals))
    assert capital_of("FR") == "paris"
    assert capital_of("RU") == "moscow"


def test_every_adjective_names_its_place() -> None:
    index = gazetteer().adjectives
    for key, place in _places().items():
        for adjective in place.get("adjectives", ()):
            assert key in index.values(), adjective


@pytest.mark.parametrize(
    ("name", "key"),
    [
        # Russian names in their other cases, known to the dictionary or not
        ("Париже", "paris"),
        ("Лионом", "lyon"),
        ("Марселе", "marseille"),
        ("Нижнем Новгороде", "nizhny novgorod"),
        ("Санкт-Петербурге", "saint petersburg"),
        ("Московской области", "moscow region"),
        ("Газиантепе", "gaziantep"),
        ("Хатае", "hatay"),
        # English names, one word or several, and their other spellings
        ("Kiev", "kyiv"),
        ("Rio de Janeiro", "rio de janeiro"),
        ("Moscow Oblast", "moscow region"),
        # a place not listed is no listed place
        ("Новоозерске", None),
        ("Port Aldwin", None),
    ],
)
def test_place_names_in_any_case(name: str, key: str | None) -> None:
    assert _read(name) == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one key for both languages
        ("Забастовка в Лионе продолжается.", ("place:lyon",)),
        ("The strike in Lyon goes on.", ("place:lyon",)),
        ("Пожар в Стамбуле потушен.", ("place:istanbul",)),
        ("The fire in Istanbul is out.", ("place:istanbul",)),
        ("Дожди прошли в Нижнем Новгороде.", ("place:nizhny novgorod",)),
        ("Rain fell in Nizhny Novgorod.", ("place:nizhny novgorod",)),
        # a region: its Russian name, its English ones
        ("Снег выпал в Тверской области.", ("place:tver region",)),
        ("Snow fell in the Tver region.", ("place:tver region",)),
        ("Snow fell in Tver Oblast.", ("place:tver region",)),
        # a dateline in either alphabet
        ("ПАРИЖ, 3 мая. Бастуют докеры.", ("place:paris",)),
        ("ISTANBUL, May 3 (Wire) - Dockers struck.", ("place:istanbul",)),
        # a place not listed keeps its key as written
        ("Паводок в Новоозерске.", ("place:novoozersk",)),
    ],
)
def test_places_of_reads_listed_places_by_one_key(text: str, expected: tuple[str, ...]) -> None:
    assert places_of(text, default_lexicon()) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [("Лион", "place:lyon"), ("Lyon", "place:lyon"), ("Подмосковье", "place:moscow region")],
)
def test_place_key_reads_listed_places(name: str, key: str) -> None:
    assert place_key(name) == key


@pytest.mark.parametrize(
    ("name", "expected"),
    [("нижний новгород", "nizhny novgorod"), ("tver region", "tver region"), ("x", "x")],
)
def test_known_name(name: str, expected: str) -> None:
    assert known_name(name) == expected


@pytest.mark.parametrize(("word", "expected"), [("Газиантепе", "газиантеп"), ("Уфе", "уфе")])
def test_stem(word: str, expected: str) -> None:
    assert stem(word) == expected
