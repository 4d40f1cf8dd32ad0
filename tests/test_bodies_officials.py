"""A country's leader or official, named with the country, speaks for it, and so do the same
person's later words, in an article that counts the measure in two or more countries
(``places.national_officials``)."""

from __future__ import annotations

import pytest

from factcheck.lang.base import LANGUAGES, words
from factcheck.lang.schema import KEYS, Language
from factcheck.pipeline.article import extract_claims

CASES = [
    (
        "In Armenia, 120 people died, according to Armenian Prime Minister Ani Petrosyan. "
        "Speaking on Monday, Petrosyan added that 400 people were hurt. In Georgia, "
        "90 people were injured.",
        ["group:people@country:AM", "group:people@country:AM", "group:people@country:GE"],
    ),
    (
        "In Armenia, 120 people died, according to Armenian Prime Minister Ani Petrosyan. She "
        "added that 400 people were hurt. In Georgia, 90 people were injured.",
        ["group:people@country:AM", "group:people@country:AM", "group:people@country:GE"],
    ),
    (
        "The Kazakh interior minister said 35 people were injured. The Georgian government "
        "reported 12 injured people.",
        ["group:people@country:KZ", "group:people@country:GE"],
    ),
    (
        "Italian President Marco Bellini said 14 people were missing. Bellini later said 20 "
        "people were injured. In France, 6 people were injured.",
        ["group:people", "group:people@country:IT", "group:people@country:FR"],
    ),
    (
        "В Казахстане погибли 120 человек, сообщил казахский президент Азамат Нурланов. Он "
        "добавил, что 400 человек получили ранения. В Азербайджане ранены 12 человек.",
        ["group:people@country:KZ", "group:people@country:KZ", "group:people@country:AZ"],
    ),
    (
        "Как заявил армянский премьер-министр, погибли 44 человека. Глава МВД Грузии Нино "
        "Беридзе сообщила о 30 раненых. Беридзе добавила, что погибли 5 человек.",
        # the injured are counted in Georgia alone: the whole event's
        ["group:people@country:AM", "group:people", "group:people@country:GE"],
    ),
    # one country: its officials' figures stay the whole event's
    (
        "Armenian President Ani Petrosyan said 40 people were injured. Petrosyan added that "
        "12 people were injured in the capital.",
        ["group:people", "group:people@place:yerevan"],
    ),
    (
        "Армянский президент Ани Петросян сообщила о 40 раненых. По ее словам, 8 человек погибли.",
        ["group:people", "group:people"],
    ),
    # a person named with no country speaks for none
    (
        "In Armenia, 40 people were injured, said rescuer Ani Petrosyan. Petrosyan added that "
        "30 people were injured in a second town. In Georgia, 10 people were injured.",
        ["group:people@country:AM", "group:people", "group:people@country:GE"],
    ),
]


@pytest.mark.parametrize(("text", "keys"), CASES)
def test_an_official_and_his_later_words_speak_for_his_country(text: str, keys: list[str]) -> None:
    found = extract_claims(text, published="2024-03-01")
    assert [c.subject_key for c in found] == keys


def _entries(key: str) -> list[tuple[Language, str]]:
    return [(lang, w) for lang in LANGUAGES if key in KEYS[lang] for w in words(lang).list(key)]


@pytest.mark.parametrize(("language", "title"), _entries("places.national_officials"))
def test_every_official_speaks_for_his_country(language: Language, title: str) -> None:
    if language == "ru":
        text = f"Ранены 40 человек, сообщил казахский {title}. В Азербайджане ранены 12 человек."
    else:
        text = f"The Kazakh {title} said 40 people were injured. In Georgia 12 were injured."
    found = extract_claims(text, published="2024-03-01")
    assert found[0].subject_key == "group:people@country:KZ"
