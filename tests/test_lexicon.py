"""Names and measures across languages and case forms."""

from __future__ import annotations

import pytest

from factcheck.errors import FactcheckError
from factcheck.keys import LEXICON_KEYS
from factcheck.text.lexicon import children, default_lexicon, is_cumulative, key_for, parents
from factcheck.text.morph import words


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Россия, России, РФ и Russia", ["country:RU"] * 4),
        ("Кыргызстан, Киргизии, Kyrgyzstan", ["country:KG"] * 3),
        ("Беларусь и Белоруссии", ["country:BY", "country:BY"]),
        ("ОДКБ и the CSTO", ["org:CSTO", "org:CSTO"]),
        ("российские военные", ["country:RU"]),
        ("United States and США", ["country:US", "country:US"]),
        # a CLDR name that is also an everyday word is not a country
        ("после того, как", []),
    ],
)
def test_entities_across_languages_and_cases(text: str, keys: list[str]) -> None:
    assert [m.value for m in default_lexicon().entities.find(words(text))] == keys


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("150 военных", "troops"),
        ("300 военнослужащих", "troops"),
        ("2,000 troops", "troops"),
        ("500 servicemen", "troops"),
        ("8 единиц бронетехники", "armour"),
    ],
)
def test_counted_nouns(text: str, measure: str) -> None:
    assert [m.value for m in default_lexicon().counts.find(words(text))] == [measure]


@pytest.mark.parametrize(
    ("word", "event"),
    [
        ("убиты", "killed"),
        ("погибших", "killed"),
        ("ранены", "injured"),
        ("задержанных", "detained"),
        ("killed", "killed"),
        ("wounded", "injured"),
        ("arrested", "detained"),
    ],
)
def test_events(word: str, event: str) -> None:
    assert [m.value for m in default_lexicon().events.find(words(word))] == [event]


def test_a_rare_reading_does_not_match_a_lexicon_word() -> None:
    # "дел" (дело) shares the rare reading "деть" with "день", which is a duration word
    assert default_lexicon().ignored.find(words("125 уголовных дел")) == []
    assert [m.value for m in default_lexicon().ignored.find(words("пять дней"))] == ["ignore"]


def test_parents_and_children() -> None:
    assert parents("group:protesters") == {"group:people"}
    assert "org:CSTO" in parents("country:RU")
    assert {"group:protesters", "group:journalists"} <= children("group:people")
    assert "country:KG" in children("org:CSTO")
    assert is_cumulative("killed") and not is_cumulative("troops")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("country:RU", "country:RU"),
        ("Russia", "country:RU"),
        ("протестующие", "group:protesters"),
        ("Центральная избирательная комиссия", "lemma:центральный избирательный комиссия"),
        ("  ", None),
    ],
)
def test_key_for(name: str, key: str | None) -> None:
    assert key_for(name) == key


def test_key_for_prefers_the_journalists_alias() -> None:
    assert key_for("Бишкек", {"Бишкек": "country:KG"}) == "country:KG"


def test_a_group_in_a_place_is_part_of_the_group() -> None:
    assert parents("group:protesters@place:almaty") == {
        "group:protesters",
        "group:people",
        "group:people@place:almaty",
    }


def test_a_measure_added_only_to_the_lexicon_is_extracted() -> None:
    from factcheck.extract import extract_claims
    from factcheck.text.lexicon import Lexicon, lexicon_data

    data = dict(lexicon_data())
    data["measures"] = {**data["measures"], "boats": {"counts": ["лодка", "boat"]}}
    lex = Lexicon(data=data)
    for text in ("Спасатели направили 12 лодок.", "Rescuers sent 12 boats."):
        [claim] = extract_claims(text, published="2024-05-01", lexicon=lex)
        assert (claim.property, claim.low) == ("boats", 12)
        assert extract_claims(text, published="2024-05-01")[0].property != "boats"


@pytest.mark.parametrize(("table", "name"), LEXICON_KEYS)
def test_a_lexicon_without_a_key_the_code_relies_on_is_refused(table: str, name: str) -> None:
    from factcheck.text.lexicon import Lexicon, lexicon_data

    data = dict(lexicon_data())
    data[table] = {k: v for k, v in data[table].items() if k != name}
    with pytest.raises(FactcheckError, match=rf"lacks {table}\.{name}"):
        Lexicon(data=data)
