"""Two speakers in one sentence: each figure takes the source of its own bracket, its own
clause, or its own part of a glued sentence (factcheck/text/figure_attribution.py)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.text.attribution import find_attribution


def _speakers(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.low, c.speaker) for c in extract_claims(text, published="2024-05-15")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a bracket right after the figure names its source
        (
            "Пришли до 60 тыс. человек (по данным организаторов), сообщила полиция.",
            [(None, "организаторы")],
        ),
        (
            "На площадь вышли 12 тыс. человек (данные полиции), а в прошлый раз – 30 тыс.",
            [(12000, "полиция"), (30000, None)],
        ),
        (
            "Some 9,000 people (police figures) marched in Rennes, a record for the town.",
            [(9000, "police")],
        ),
        ("The march drew 60,000 people (organisers) on Sunday.", [(60000, "organisers")]),
        # a bracket right after an abbreviated figure ("тыс.") is no sentence's end
        (
            "На шествие пришли от 9 тыс. (данные полиции) до 20 тыс. человек (данные профсоюза).",
            [(9000, "полиция"), (20000, "профсоюз")],
        ),
        # a bracket around the figure
        (
            "The union counted 310,000 marchers (95,000, according to the police).",
            [(310000, "union"), (95000, "police")],
        ),
        (
            "Профсоюз насчитал 90 тыс. участников (20 тыс., по данным полиции).",
            [(90000, "профсоюз"), (20000, "полиция")],
        ),
    ],
)
def test_a_bracket_gives_its_figure_a_source(
    text: str, speakers: list[tuple[float | None, str | None]]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a contrast opens a clause with a source of its own
        (
            "Police counted 8,200 marchers in Rennes, while the unions claimed 26,000.",
            [(8200, "police"), (26000, "unions")],
        ),
        (
            "The union declared 2.4 million strikers when the ministry counted 900,000.",
            [(2400000, "union"), (900000, "ministry")],
        ),
        (
            "Полиция насчитала 9 тыс. участников, а профсоюз заявил о 40 тыс.",
            [(9000, "полиция"), (40000, "профсоюз")],
        ),
        (
            "МВД насчитало 70 тыс. демонстрантов, тогда как организаторы сообщили о 200 тыс.",
            [(70000, "МВД"), (200000, "организаторы")],
        ),
        # the counting verb left out: the words before the dash speak
        (
            "В Нанте полиция насчитала 8 200 человек, профсоюзы – 26 тыс.",
            [(8200, "полиция"), (26000, "профсоюзы")],
        ),
        (
            "Police counted 4,100 marchers in Tours, the unions – 11,000.",
            [(4100, "police"), (11000, "unions")],
        ),
        # a place before the dash is no speaker
        (
            "В Нанте полиция насчитала 8 200 человек, Лион – 26 тыс.",
            [(8200, "полиция"), (26000, "полиция")],
        ),
        # a source at the sentence's end speaks for every clause before it
        (
            "Officials said the rallies were banned and police detained 140 people, "
            "according to a rights group.",
            [(140, "rights group")],
        ),
    ],
)
def test_a_clause_gives_its_figure_a_source(
    text: str, speakers: list[tuple[float | None, str | None]]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a sentence glued to the next without a space: each part is its own sentence
        (
            "Some 64 people died in the blaze.The count may rise, "
            "the regional health office said on Monday.",
            [(64, "regional health office")],
        ),
        (
            "Rescuers worked all night.Later, Fire Chief Tom Hale reported 12 more dead.",
            [(12, "Tom Hale")],
        ),
        (
            "Погибли 17 человек.Об этом сообщили в МЧС республики.",
            [(17, "МЧС республики")],
        ),
    ],
)
def test_glued_sentences_each_have_their_source(
    text: str, speakers: list[tuple[float | None, str | None]]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "согласно которым": the subject of the clause before the comma gives the figures
        (
            "Профцентр опубликовал подсчёты, согласно которым в Лионе прошли 90 тыс. человек.",
            [(90000, "профцентр")],
        ),
        (
            "В свою очередь организаторы представили данные, согласно которым на митинг "
            "пришли 40 тыс. человек.",
            [(40000, "организаторы")],
        ),
        (
            "Улицы, по которым прошли 40 тыс. человек, перекрыли.",
            [(40000, None)],
        ),
    ],
)
def test_a_relative_points_to_the_source_before(
    text: str, speakers: list[tuple[float | None, str | None]]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("sentence", "speaker", "phrase"),
    [
        # an apposition between dashes stands between the speaker and the verb
        (
            "Глава профсоюза — Всеобщей конфедерации труда — заявил о 2 млн участников.",
            "глава профсоюза",
            "Глава профсоюза — Всеобщей конфедерации труда — заявил",
        ),
        (
            "Председатель комиссии – депутат Иван Орлов – сообщил о 40 погибших.",
            "председатель комиссии",
            "Председатель комиссии – депутат Иван Орлов – сообщил",
        ),
        # a title's field after "по" belongs to the title: the name after it speaks
        (
            "Такие цифры привёл директор ВОЗ по чрезвычайным ситуациям Павел Ким.",
            "Павел Ким",
            "привёл директор ВОЗ по чрезвычайным ситуациям Павел Ким",
        ),
        (
            "По словам министра по делам молодёжи Анны Орловой, пришли 300 человек.",
            "Анна Орлова",
            "По словам министра по делам молодёжи Анны Орловой",
        ),
    ],
)
def test_words_between_a_title_and_its_verb(sentence: str, speaker: str, phrase: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert (found.speaker, found.phrase) == (speaker, phrase)


@pytest.mark.parametrize(
    ("text", "speaker", "phrase"),
    [
        # a bare message speaks for the one named just before as its speaker
        (
            "Об этом сообщили в пресс-службе МЧС.\n«Погибли 12 человек», — сказано в сообщении.",
            "пресс-служба МЧС",
            "сказано в сообщении",
        ),
        (
            "Губернатор Анна Ким заявила, что вода уходит. "
            "В заявлении говорится, что эвакуированы 300 человек.",
            "Анна Ким",
            "В заявлении говорится",
        ),
        (
            "The health ministry said the outbreak was slowing. "
            "“Some 40 people died,” the statement said.",
            "health ministry",
            "the statement said",
        ),
        # nobody named before: the message stays the speaker
        ("“Some 40 people died,” the statement said.", "statement", "the statement said"),
    ],
)
def test_a_message_speaks_for_its_author(text: str, speaker: str, phrase: str) -> None:
    claim = extract_claims(text, published="2024-05-15")[-1]
    assert (claim.speaker, claim.attribution) == (speaker, phrase)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a body that received messages counts them…
        ("The hotline has received 300 calls since Monday.", "hotline"),
        ("The city council received 48 complaints about the smell.", "city council"),
        ("Минздрав получил 120 обращений от граждан.", "Минздрав"),
        ("В полицию поступило 12 жалоб на шум.", "полиция"),
        # …unless somebody else says so
        ("The hotline received 300 calls, the mayor said.", "mayor"),
        ("В штаб поступило 30 жалоб, сообщил координатор.", "координатор"),
        # …but not the things it received
        ("The army received 40 tanks last year.", None),
        ("Армия получила 40 танков.", None),
        ("В больницу поступили 40 пострадавших.", None),
        # an apposition may join two names
        (
            "The organisers, the groups Clean Air and Green Streets, estimated the crowd at 9,000.",
            "groups Clean Air and Green Streets",
        ),
    ],
)
def test_received_messages_and_joined_appositions(sentence: str, speaker: str | None) -> None:
    found = find_attribution(sentence)
    assert (found.speaker if found else None) == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an outlet writing the paragraph up in its last sentence reports all of it
        (
            "Погибли 12 человек. По данным МЧС, ранены 40. Спасены ещё 30, пишет агентство.",
            [(12, "агентство"), (40, "МЧС"), (30, "агентство")],
        ),
        (
            "Some 12 people died. According to the fire service, 40 were hurt. "
            "Another 30 were rescued, the Daily Post writes.",
            [(12, "Daily Post"), (40, "fire service"), (30, "Daily Post")],
        ),
        # …but only its own paragraph, and only when it closes it
        (
            "Погибли 12 человек.\nРанены 40, пишет агентство.",
            [(12, None), (40, "агентство")],
        ),
        (
            "Some 12 people died. According to police, 40 were hurt. "
            "Another 30 were rescued, the Daily Post writes. Rain fell.",
            [(12, None), (40, "police"), (30, "Daily Post")],
        ),
        # a bracket naming two sources: the first speaks
        (
            "Пришли 20 000 человек (данные полиции и мэрии).",
            [(20000, "полиция")],
        ),
    ],
)
def test_a_paragraph_written_up_by_an_outlet(
    text: str, speakers: list[tuple[float | None, str | None]]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an impersonal short participle speaks for the message named
        ("Погибли 40 человек, сказано в сообщении МЧС.", "МЧС"),
        ("Пострадали 12 человек, указано в отчёте полиции.", "полиция"),
        # one agreeing with a thing says what was seen, and nobody speaks
        ("Рост отмечен и в Чили: 2,4%.", None),
        ("Подъём зафиксирован в Перу: 3,1%.", None),
    ],
)
def test_a_short_participle_speaks_only_impersonally(text: str, speaker: str | None) -> None:
    claims = extract_claims(text)
    assert claims
    assert {c.speaker for c in claims} == {speaker}
