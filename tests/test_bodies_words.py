"""Every word of the regional-body and place-name keys is reachable: each one, put in a
phrase of its kind, is read as the code says (lang/<code>/words.toml)."""

from __future__ import annotations

import pytest

from factcheck.lang.base import LANGUAGES, words
from factcheck.lang.schema import KEYS, Language
from factcheck.pipeline.bodies import body_regions
from factcheck.text.lexicon import default_lexicon
from factcheck.text.places import places_of


def _entries(key: str) -> list[tuple[Language, str]]:
    return [(lang, w) for lang in LANGUAGES if key in KEYS[lang] for w in words(lang).list(key)]


@pytest.mark.parametrize(("language", "body"), _entries("places.regional_bodies"))
def test_every_regional_body_speaks_for_its_place(language: Language, body: str) -> None:
    phrase = f"{body.capitalize()} Казани сообщили" if language == "ru" else f"The Lyon {body} said"
    place = "place:kazan" if language == "ru" else "place:lyon"
    assert place in body_regions([phrase], ()).values()


@pytest.mark.parametrize(("language", "link"), _entries("places.body_links"))
def test_every_body_link_stands_between_body_and_place(language: Language, link: str) -> None:
    if language == "ru":
        phrase, place = f"Сообщили в МВД {link} Татарстану", "place:tatarstan"
    else:
        phrase, place = f"Police {link} Lyon said", "place:lyon"
    assert body_regions([phrase], ()) and place in body_regions([phrase], ()).values()


@pytest.mark.parametrize("ending", words("en").list("places.adjective_endings"))
def test_every_adjective_ending_makes_a_word_no_place(ending: str) -> None:
    assert places_of(f"Fire broke out in Velor{ending} Street.", default_lexicon()) == ()
    assert places_of("Fire broke out in Velor Street.", default_lexicon()) != ()
