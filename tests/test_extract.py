"""The extractor on sentences of our own, Russian and English."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_claims, parse_claim_text


def _claims(text: str, published: str | None = "2022-01-08") -> list[dict[str, object]]:
    return [
        {
            "quote": c.quote,
            "subject_key": c.subject_key,
            "property": c.property,
            "value": (c.low, c.high),
            "speaker": c.speaker,
        }
        for c in extract_claims(text, published=published)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the destination is not the subject; list items inherit the actor
        (
            "Парламент решил, что Таджикистан отправит в Казахстан 200 военнослужащих, "
            "12 грузовиков и 5 единиц бронетехники.",
            [
                ("country:TJ", "troops", (200, 200)),
                ("country:TJ", "vehicles", (12, 12)),
                ("country:TJ", "armour", (5, 5)),
            ],
        ),
        # "X — N" lists after a head noun
        (
            "По словам министра, Беларусь направит от 200 до 400 военнослужащих, Армения — 150, "
            "а Россия — 2000.",
            [
                ("country:BY", "troops", (200, 400)),
                ("country:AM", "troops", (150, 150)),
                ("country:RU", "troops", (2000, 2000)),
            ],
        ),
        # events distinguish killed, injured, detained
        (
            "По данным полиции, погибли как минимум 12 демонстрантов, 40 ранены, "
            "а задержанных более 2 тысяч.",
            [
                # protesters and people are one figure told two ways, compared as people
                ("group:people", "killed", (12, None)),
                ("group:people", "injured", (40, 40)),
                ("group:people", "detained", (2000, None)),
            ],
        ),
        (
            "At least 26 protesters were killed and more than 3,000 people were detained, "
            "the Interior Ministry said.",
            [
                ("group:people", "killed", (26, None)),
                ("group:people", "detained", (3000, None)),
            ],
        ),
        ("Russia sent 1,400 troops to Kazakhstan.", [("country:RU", "troops", (1400, 1400))]),
        ("About 2,000 Russian troops arrived.", [("country:RU", "troops", (2000, 2000))]),
        # durations are not claims
        ("В течение нескольких дней протестующие выходили на улицы.", []),
        # English noun runs; a name that is not a country is the noun
        (
            "Crews were backed by 60 fire engines and 7 water-dropping aircraft.",
            [
                ("lemma:fire engine", "count", (60, 60)),
                ("lemma:water-dropping aircraft", "count", (7, 7)),
            ],
        ),
        ("Greece alone sent three Canadairs.", [("country:GR", "canadair", (3, 3))]),
        # a share is of the whole named after "of"
        ("Nearly 30% of the island's vineyards burned.", [("lemma:vineyard", "share", (30, 30))]),
        # an event word right after the figure is not its noun
        ("The toll rose to 19 on Sunday.", [("group:people", "killed", (19, 19))]),
        # an English compound ends at its plural head
        ("There were 236 miners underground when it fell.", [("lemma:miner", "count", (236, 236))]),
        # a part "of them" keeps the event of the figure before it, and is a share of it
        (
            "Forty people were injured, nine of them seriously.",
            [("group:people", "injured", (40, 40)), ("group:people@part", "injured", (9, 9))],
        ),
        # money: the clause's subject, not the currency
        ("Ремонт моста обошелся в 12 млн рублей.", [("lemma:ремонт моста", "money", (12e6, 12e6))]),
        # a bound before a currency sign
        ("Losses reached more than €45 million.", [("lemma:loss", "money", (45e6, None))]),
        # "put <what> at <figure>": the figure measures the phrase, or its "of" phrase
        (
            "The governor put the number of damaged or burned-out homes at between 120 and 150.",
            [("lemma:home", "count", (120, 150))],
        ),
        (
            "Insurers put the damage from the storm at about $40 million.",
            [("lemma:damage", "money", (40e6, 40e6))],
        ),
        ("Medics put the death toll at 31.", [("group:people", "killed", (31, 31))]),
        # a share named by its own noun: the group it is, with the event of its whole
        (
            "Thirty were hurt, six of them children.",
            [("group:people", "injured", (30, 30)), ("group:children", "injured", (6, 6))],
        ),
        (
            "Ранены 30 человек, шестеро из них — дети.",
            [("group:people", "injured", (30, 30)), ("group:children", "injured", (6, 6))],
        ),
        # after a share only a plural names who it is: "swept away" is what happened
        (
            "Floods hit 90 farms, at least 30 of them swept away.",
            [("lemma:farm", "count", (90, 90)), ("lemma:farm", "count", (30, None))],
        ),
        # how many took part: police and organisers count the same crowd
        (
            "Organisers said more than 9,000 had taken part.",
            [("group:people", "participants", (9000, None))],
        ),
        # people who fell ill, in both languages; schoolchildren are children
        (
            "Число заболевших, по данным ведомства, достигло 48.",
            [("group:people", "ill", (48, 48))],
        ),
        ("Среди отравившихся 12 школьников.", [("group:children", "ill", (12, 12))]),
        ("At least 30 people fell ill.", [("group:people", "ill", (30, None))]),
        # homes without electricity
        (
            "Some 8,000 homes were left without power.",
            [("lemma:home", "without_power", (8000, 8000))],
        ),
        ("Без света остались 2 тысячи домов.", [("lemma:дом", "without_power", (2000, 2000))]),
        # a participle after the event keeps it: "…, killing N and injuring M"
        (
            "A gas tank exploded at a depot, killing 7 people and injuring 22.",
            [("group:people", "killed", (7, 7)), ("group:people", "injured", (22, 22))],
        ),
        ("Eleven people drowned off the coast.", [("group:people", "killed", (11, 11))]),
        ("В озере утонули 4 человека.", [("group:people", "killed", (4, 4))]),
        # an earthquake's magnitude is a dimension, with no unit
        (
            "An earthquake of magnitude 6.3 shook the island.",
            [("lemma:magnitude", "magnitude", (6.3, 6.3))],
        ),
        (
            "Толчок магнитудой 5,2 ощущался в городе.",
            [("lemma:magnitude", "magnitude", (5.2, 5.2))],
        ),
        (
            "A 5.7 magnitude tremor hit the valley.",
            [("lemma:magnitude", "magnitude", (5.7, 5.7))],
        ),
        # a toll between two figures: the second is the toll's own, of people
        (
            "Divers recovered two more bodies, bringing the death toll to 16.",
            [("lemma:body@part", "count", (2, 2)), ("group:people", "killed", (16, 16))],
        ),
        (
            "Спасатели нашли ещё три тела, число погибших выросло до 11.",
            [("lemma:тело@part", "count", (3, 3)), ("group:people", "killed", (11, 11))],
        ),
        # people counted among a group are of that group
        (
            "Среди полицейских погибли три человека.",
            [("group:security_forces", "killed", (3, 3))],
        ),
        (
            "Среди журналистов пострадали два человека, среди мирных жителей — девять.",
            [("group:journalists", "injured", (2, 2)), ("group:civilians", "injured", (9, 9))],
        ),
        (
            "Among police officers, four people were killed.",
            [("group:security_forces", "killed", (4, 4))],
        ),
        # people left without a home, the words in either order
        ("Без крова остались 700 человек.", [("group:people", "displaced", (700, 700))]),
        ("Без жилья остались 300 семей.", [("lemma:семья", "displaced", (300, 300))]),
        (
            "About 1,500 residents lost their homes.",
            [("group:people", "displaced", (1500, 1500))],
        ),
        # an irregular participle after a figure is no noun: the noun of the figure before
        (
            "Some 900 medics came, 200 sent from the capital.",
            [("lemma:medic", "count", (900, 900)), ("lemma:medic", "count", (200, 200))],
        ),
        # "<noun> worth <money>": the noun is what the money is
        ("It cut grants worth $2 billion.", [("lemma:grant", "money", (2e9, 2e9))]),
    ],
)
def test_subject_property_value(
    text: str, expected: list[tuple[str, str, tuple[float | None, ...]]]
) -> None:
    got = [(c["subject_key"], c["property"], c["value"]) for c in _claims(text)]
    assert got == expected


def test_count_with_members() -> None:
    text = (
        "Ранее сообщалось, что участвовать в миссии пока согласились четыре страны — "
        "Армения, Беларусь, Таджикистан и Россия."
    )
    (claim,) = extract_claims(text, published="2022-01-06")
    assert claim.subject_key == "group:countries"
    assert claim.property == "count"
    assert (claim.low, claim.high) == (4, 4)
    assert claim.member_keys == ("country:AM", "country:BY", "country:TJ", "country:RU")
    assert claim.earlier is True


def test_figure_of_another_year_is_dated_to_it() -> None:
    text = "Это худшая авария с 2008 года, когда погибли 40 горняков. Сегодня погибли 12 человек."
    old, new = extract_claims(text, published="2023-05-02")
    assert (old.low, old.as_of) == (40, "2008")
    assert (new.low, new.as_of) == (12, "2023-05-02")


def test_attribution_is_per_sentence() -> None:
    text = (
        "По словам Пашиняна, Армения направит 100 военных. "
        "Известно, что Россия направит 3000 военных."
    )
    first, second = extract_claims(text, published="2022-01-06")
    assert first.speaker == "Пашинян"
    assert first.attribution == "По словам Пашиняна"
    assert second.speaker is None and second.attribution is None


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "he said": the person who spoke in a sentence just before
        (
            "Fire chief Anna Berg said 12 crews were at the scene. "
            "About 90 people were evacuated, she said.",
            ["Anna Berg", "Anna Berg"],
        ),
        (
            "Около 300 человек эвакуировали, рассказал глава района Иван Петров. "
            "По его словам, пострадали 7 человек.",
            ["Иван Петров", "Иван Петров"],
        ),
        # a body is no "he": the nearest speaker is the ministry, so nobody is guessed
        (
            "Ivan Kurt said 5 died. The ministry said 9 were hurt. Another 4 are missing, he said.",
            ["Ivan Kurt", "ministry", None],
        ),
        # too far back: nobody is guessed
        (
            "Anna Berg said 12 crews came. Roads closed. Power failed. Rain fell. "
            "Some 40 homes were flooded, she said.",
            ["Anna Berg", None],
        ),
    ],
)
def test_a_pronoun_speaks_for_the_person_just_before(text: str, speakers: list[str]) -> None:
    claims = extract_claims(text, published="2024-05-15")
    assert [c.speaker for c in claims] == speakers
    said = claims[-1]
    assert said.attribution is None or said.attribution in text  # the phrase as written


def test_quote_is_text_at_offsets() -> None:
    text = "Заголовок\n\nПо данным МВД, ранены 18 человек. Задержаны 300 человек."
    for c in extract_claims(text):
        assert c.start is not None and c.end is not None
        assert text[c.start : c.end] == c.quote


def test_parse_claim_text_english() -> None:
    draft = parse_claim_text("Russia sends 2000 troops to Kazakhstan")
    assert (draft.subject_key, draft.property, draft.low, draft.high) == (
        "country:RU",
        "troops",
        2000,
        2000,
    )
    assert draft.start is None and draft.quote is None


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789 ,.—-абвгдеРоссиятройсмпAtleast\n«»()")),
        max_size=120,
    )
)
def test_any_text_extracts_without_crashing(text: str) -> None:
    for c in extract_claims(text):
        assert c.start is not None and c.end is not None
        assert text[c.start : c.end] == c.quote
        if c.low is not None and c.high is not None:
            assert c.low <= c.high


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        # a share of a figure just given is a part of it, not a rival
        (
            "Ранены 27 человек, 9 из них доставлены в больницу.",
            [("group:people", 27), ("group:people@part", 9)],
        ),
        (
            "Ранены 27 человек, из них 9 доставлены в больницу.",
            [("group:people", 27), ("group:people@part", 9)],
        ),
        (
            "At least 27 people were hurt, nine of them badly.",
            [("group:people", 27), ("group:people@part", 9)],
        ),
        (
            "Police held 120 people, and 15 of those detained were charged.",
            [("group:people", 120), ("group:people@part", 15)],
        ),
        # the state of some of the hurt
        (
            "Пострадали 27 человек. Семеро пострадавших находятся в тяжелом состоянии.",
            [("group:people", 27), ("group:people@part", 7)],
        ),
        (
            "Twenty-seven people were injured. Seven people remain in critical condition.",
            [("group:people", 27), ("group:people@part", 7)],
        ),
        # a named group is a part already; a plain second figure is not a share
        (
            "Погибли 60 человек, в том числе четверо детей.",
            [("group:people", 60), ("group:children", 4)],
        ),
        (
            "Ранены 27 человек. Позже сообщили о 31 раненом.",
            [("group:people", 27), ("group:people", 31)],
        ),
    ],
)
def test_a_share_of_a_figure_is_a_part_of_it(sentence: str, keys: list[tuple[str, float]]) -> None:
    claims = extract_claims(sentence, published="2024-05-06")
    assert [(c.subject_key, c.low) for c in claims] == keys


@pytest.mark.parametrize(
    ("sentence", "subject_key"),
    [
        ("At least 14 people were killed in southern Kyrgyzstan.", "group:people"),
        ("In northern Kazakhstan, 12 people were injured.", "group:people"),
        ("В южном Казахстане пострадали 12 человек.", "group:people"),
        ("Kazakhstan sent 200 troops.", "country:KZ"),
    ],
)
def test_a_country_after_a_word_of_direction_is_where_not_who(
    sentence: str, subject_key: str
) -> None:
    (claim,) = extract_claims(sentence, published="2024-05-15")
    assert claim.subject_key == subject_key


def test_casualties_of_a_town_are_scoped_to_it_in_both_languages() -> None:
    ru = extract_claims("В Таразе погибли 9 человек, в Шымкенте — 4.", published="2022-01-08")
    assert [(c.subject_key, c.property, c.low) for c in ru] == [
        ("group:people@place:taraz", "killed", 9),
        ("group:people@place:shymkent", "killed", 4),
    ]
    en = extract_claims(
        "Eleven people were killed in Taraz. Shops reopened in Shymkent.", published="2022-01-08"
    )
    assert [c.subject_key for c in en] == ["group:people@place:taraz"]
    # an article set in one town only: its toll there is the event's toll, not a part of it
    (only,) = extract_claims("Eleven people were killed in Taraz.", published="2022-01-08")
    assert only.subject_key == "group:people"
    (only_ru,) = extract_claims("В Таразе погибли 9 человек.", published="2022-01-08")
    assert only_ru.subject_key == "group:people"
    # a country is the whole, not a place: its figure stays unscoped
    (kz,) = extract_claims("В Казахстане погибли 164 человека.", published="2022-01-08")
    assert kz.subject_key == "group:people"
