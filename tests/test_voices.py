"""A speaker's identity survives script and language: "Лавров" and "Lavrov", "МВД" and "the
Interior Ministry", "ВОЗ" and "WHO" are one voice, not two rival ones. What one voice decides
in a judgment is tested with the other speaker cases, in test_conflicts_speakers.py."""

from __future__ import annotations

import pytest

from factcheck.keys import ORG
from factcheck.text.lexicon import BODY, bodies_named, lexicon_data
from factcheck.text.names import romanised, same_voice, spelling

ONE_VOICE = [
    # a person's name in Cyrillic and in Latin letters, in any case form
    ("Лавров", "Sergei Lavrov"),
    ("министр Лавров", "Lavrov"),
    ("Лаврова", "Lavrov"),
    ("Дмитрий Песков", "Kremlin spokesman Dmitry Peskov"),
    ("Шойгу", "Shoigu"),
    ("мэр Собянин", "Sobyanin"),
    ("Максим Орешкин", "Maxim Oreshkin"),
    ("Зеленский", "President Zelensky"),
    ("Бреннан", "John Brennan"),
    ("Евгений Сергеев", "Yevgeny Sergeyev"),  # "е" as BGN/PCGN writes it ("ye")…
    ("Сергеев", "Evgeny Sergeev"),  # …and as much of the press does
    ("губернатор Ермаков", "Governor Yermakov"),
    ("агентство Интерфакс", "Interfax"),
    ("Gérald Martin", "Gerald Martin"),
    # one official body by its names in both languages
    ("МВД", "the Interior Ministry"),
    ("пресс-служба МВД", "Russia's Ministry of Internal Affairs"),
    ("ГУВД", "the interior ministry"),
    ("Министерство внутренних дел Франции", "the French Interior Ministry"),
    ("полиция", "the police"),
    ("префектура полиции", "police"),
    ("Следственный комитет", "the Investigative Committee"),
    ("пресс-служба СК", "Russia's Investigative Committee"),
    ("СКР", "следователи Следственного комитета"),
    ("Минздрав Турции", "the Turkish Health Ministry"),
    ("министр здравоохранения", "the Ministry of Health"),
    ("МЧС", "the Emergencies Ministry"),
    ("Министерство по чрезвычайным ситуациям", "the Ministry of Emergency Situations"),
    ("Минобороны", "the Defence Ministry"),
    ("Пентагон", "the Defense Department"),
    ("МИД", "the Foreign Ministry"),
    ("Госдепартамент", "the State Department"),
    ("прокуратура", "prosecutors"),
    ("Генпрокуратура", "the prosecutor general"),
    ("Росстат", "the national statistics service"),
    ("служба государственной статистики", "Rosstat"),
    ("Центробанк", "the central bank"),
    ("Минфин", "the Finance Ministry"),
    # international organisations
    ("ВОЗ", "WHO"),
    ("Всемирная организация здравоохранения", "WHO"),
    ("ООН", "the United Nations"),
    ("ЮНИСЕФ", "UNICEF"),
    ("МВФ", "the International Monetary Fund"),
    ("Всемирный банк", "the World Bank"),
    ("Красный Крест", "the Red Crescent"),
    ("МККК", "the International Committee of the Red Cross"),
    ("МАГАТЭ", "the IAEA"),
    ("Врачи без границ", "Doctors Without Borders"),
    # one side in one language, as before
    ("CGT", "the CGT's general secretary"),
    ("Syrian state media", "the Syrian Health Ministry"),
]

RIVALS = [
    ("police", "the union"),
    ("полиция", "профсоюз"),
    ("the Health Ministry", "WHO"),
    ("Минздрав", "ВОЗ"),
    ("МЧС", "Минздрав"),
    ("the Interior Ministry", "the organisers"),
    ("МВД", "правозащитники ОВД-Инфо"),
    ("французский профсоюз", "французское МВД"),  # one adjective is no shared name
    ("the prefecture", "the CGT"),
    ("the Investigative Committee", "the governor"),
    ("Следственный комитет", "губернатор"),
    ("Лавров", "Peskov"),
    ("ООН", "МВФ"),
]


@pytest.mark.parametrize(("x", "y"), ONE_VOICE)
def test_one_voice_across_scripts_and_languages(x: str, y: str) -> None:
    assert same_voice(x, y)
    assert same_voice(y, x)


@pytest.mark.parametrize(("x", "y"), RIVALS)
def test_rivals_share_no_name(x: str, y: str) -> None:
    assert not same_voice(x, y)
    assert not same_voice(y, x)


@pytest.mark.parametrize(
    ("word", "latin"),
    [("Лавров", "lavrov"), ("Шойгу", "shoygu"), ("Щукин", "shchukin"), ("Юрьев", "yurev")],
)
def test_romanised(word: str, latin: str) -> None:
    assert romanised(word) == latin


@pytest.mark.parametrize(
    ("a", "b"),
    [("Shoygu", "Shoigu"), ("Maxim", "Maksim"), ("Brennan", "Brenan"), ("Gérald", "Gerald")],
)
def test_spellings_of_one_name(a: str, b: str) -> None:
    assert spelling(a) == spelling(b)


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("пресс-служба МВД Казахстана", {"body:interior_ministry"}),
        ("the Interior Ministry", {"body:interior_ministry"}),
        ("глава Минздрава", {"body:health_ministry"}),
        ("ВОЗ", {"org:WHO"}),
        ("the UN refugee agency", {"body:UNHCR"}),
        ("губернатор области", set()),
    ],
)
def test_bodies_named(name: str, keys: set[str]) -> None:
    assert bodies_named(name) == keys


def _named_bodies() -> list[tuple[str, str]]:
    data = lexicon_data()
    return [
        (name, prefix + code)
        for table, prefix in (("organisations", ORG), ("bodies", BODY))
        for code, names in data[table].items()
        for name in names
    ]


@pytest.mark.parametrize(("name", "key"), _named_bodies())
def test_every_name_of_a_body_is_read_as_it(name: str, key: str) -> None:
    assert bodies_named(name) == {key}
