"""Where an article is set (factcheck.text.places): places and countries it names, and how two
articles' places are compared."""

from __future__ import annotations

import pytest

from factcheck.text.lexicon import default_lexicon
from factcheck.text.places import latin, place_key, places_of, scene_keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town after a locative preposition, in its dictionary form, in Latin letters
        ("Пожар в Новосибирске потушили к утру.", ("place:novosibirsk",)),
        ("Митинг прошел в Алматы и завершился мирно.", ("place:almaty",)),
        ("The march in Port Aldwin ended at dusk.", ("place:port aldwin",)),
        # a name after a settlement noun
        ("Вода затопила дома в селе Кызылбулак.", ("place:kyzylbulak",)),
        ("Rescuers reached the village of Kyzylbulak by noon.", ("place:kyzylbulak",)),
        # a province, a state, a governorate: administrative divisions of any country
        ("Ливни прошли в провинции Сарыбель.", ("place:sarybel",)),
        ("Засуха охватила штат Корвалья.", ("place:korvalya",)),
        ("Snow closed roads in the governorate of Minaku.", ("place:minaku",)),
        # a dateline
        ("KARAVAN, March 3 (Wire) - Aftershocks continued.", ("place:karavan",)),
        ("PORT ALDWIN, May 24 (Tribune) - Police said.", ("place:port aldwin",)),
        # countries, from the lexicon, in either language
        ("Спасателей прислали Казахстан и Узбекистан.", ("country:KZ", "country:UZ")),
        ("Kazakhstan sent two helicopters.", ("country:KZ",)),
        # not places: a known word of another kind, months, days, lower case, a sentence break
        ("Об этом сообщили в Министерстве здравоохранения.", ()),
        ("The count was revised in January and again on Monday.", ()),
        ("Так заявили во вторник в правительстве.", ()),
        ("Dozens of cars burned in the square. Police arrived later.", ()),
        ("Five people died in the fire, the ministry said.", ()),
        ("", ()),
    ],
)
def test_places_of(text: str, expected: tuple[str, ...]) -> None:
    assert places_of(text, default_lexicon()) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("place:almaty",), (f"place:{latin('Алматы')}",), True),
        (("place:bishkek",), (f"place:{latin('Бишкек')}",), True),
        (("place:kamennogorsk",), (f"place:{latin('Каменногорск')}",), True),
        (("place:kyiv",), ("place:kiev",), True),
        (("place:yekaterinburg",), (f"place:{latin('Екатеринбург')}",), True),
        (("place:novoozersk",), ("place:prirechensk",), False),
        (("country:KZ", "place:almaty"), ("country:KG", "place:bishkek"), False),
        (("country:KZ", "place:almaty"), ("country:KZ",), True),
    ],
)
def test_scene_keys_compare_places_across_alphabets(
    a: tuple[str, ...], b: tuple[str, ...], same: bool
) -> None:
    x, y = scene_keys(a), scene_keys(b)
    assert x is not None and y is not None
    assert (not x.isdisjoint(y)) is same


def test_unknown_places_have_no_scene() -> None:
    assert scene_keys(()) is None
    assert scene_keys(None) is None


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Алматы", "place:almaty"),
        ("Almaty", "place:almaty"),
        ("Kazakhstan", "country:KZ"),
        ("Казахстан", "country:KZ"),
        ("Port Aldwin", "place:port aldwin"),
        ("country:KZ", "country:KZ"),
        ("place:almaty", "place:almaty"),
    ],
)
def test_place_key_reads_what_a_journalist_types(name: str, key: str) -> None:
    assert place_key(name) == key
