"""Capitalised words after "in" or a settlement noun that name no place themselves: an
adjective of a place, a possessor, a brand before a hyphen, an English title after a region."""

from __future__ import annotations

import pytest

from factcheck.text.lexicon import default_lexicon
from factcheck.text.places import places_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English adjective of a place
        ("A gas blast in a Cornish tin mine killed 12 workers.", ()),
        ("Crowds gathered in Parisian squares.", ()),
        ("The plant stands near the Chinese city of Harbin.", ("country:CN", "place:harbin")),
        # a possessor: the place is the noun after it, unnamed
        ("Floods hit villages in Norway’s far north.", ()),
        ("Floods hit villages in Canada's far north.", ()),
        # a brand before a hyphen
        ("Об этом сообщили в Telegram-канале ведомства.", ()),
        # in English a region's noun comes after its name: a capitalised word after it is no town
        ("The Tver region Governor Ivan Petrov visited the site.", ()),
        # names are still read
        ("Rescuers worked in Lyon overnight.", ("place:lyon",)),
        ("Вода затопила дома в селе Кызылбулак.", ("place:kyzylbulak",)),
    ],
)
def test_words_that_name_no_place(text: str, expected: tuple[str, ...]) -> None:
    assert places_of(text, default_lexicon()) == expected
