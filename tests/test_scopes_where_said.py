"""A place in a clause that says where a speaker spoke ("Speaking in Gyumri, the minister
said…", "Выступая в Самаре, губернатор заявил…") is the speech's, not the figure's scope
(``places.where_said``)."""

from __future__ import annotations

import pytest

from factcheck.lang.base import LANGUAGES, words
from factcheck.lang.schema import KEYS, Language
from factcheck.pipeline.article import extract_claims

CASES = [
    (
        "Speaking in the city of Gyumri on Monday, the minister said 400 people had been "
        "injured. In Vanadzor, 90 people were injured.",
        ["group:people", "group:people@place:vanadzor"],
    ),
    (
        "Addressing reporters in Samara, the governor said 40 people were hospitalised. In Tver, "
        "12 people were hospitalised.",
        ["group:people", "group:people@place:tver"],
    ),
    (
        "Выступая в Самаре, губернатор заявил, что госпитализированы 40 человек. В Твери "
        "госпитализированы 12 человек.",
        ["group:people", "group:people@place:tver"],
    ),
    (
        "Находясь в Самаре, министр сообщил, что в Твери госпитализированы 40 человек. В Казани "
        "госпитализированы 12 человек.",
        ["group:people@place:tver", "group:people@place:kazan"],
    ),
    # the place of a figure's own clause is still its scope
    (
        "Speaking to reporters, the mayor said that in Samara 40 people were hospitalised. In "
        "Tver, 12 people were hospitalised.",
        ["group:people@place:samara", "group:people@place:tver"],
    ),
]


@pytest.mark.parametrize(("text", "keys"), CASES)
def test_where_a_speaker_spoke_is_no_scope(text: str, keys: list[str]) -> None:
    found = extract_claims(text, published="2024-03-01")
    assert [c.subject_key for c in found] == keys


def _entries(key: str) -> list[tuple[Language, str]]:
    return [(lang, w) for lang in LANGUAGES if key in KEYS[lang] for w in words(lang).list(key)]


@pytest.mark.parametrize(("language", "word"), _entries("places.where_said"))
def test_every_word_of_speaking_keeps_its_place_from_the_figure(
    language: Language, word: str
) -> None:
    if language == "ru":
        said = "в Самаре, министр заявил, что ранены 40 человек. В Твери ранены 12."
    else:
        said = "in Samara, the minister said 40 were injured. In Tver 12 were injured."
    found = extract_claims(f"{word.capitalize()} {said}", published="2024-03-01")
    assert found[0].subject_key == "group:people"
