"""Attribution: who says so, in base form, with the phrase exactly as written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.attribution import find_attribution, is_unattributed_report, speaker_kind


@pytest.mark.parametrize(
    ("sentence", "speaker", "phrase"),
    [
        (
            "По словам Ташиева, Армения направит 300 военных, а Россия — 1400.",
            "Ташиев",
            "По словам Ташиева",
        ),
        (
            "По данным МВД Казахстана на утро 7 января, погибли 26 человек.",
            "МВД Казахстана",
            "По данным МВД Казахстана",
        ),
        (
            "По информации Минздрава, в больницах 400 человек.",
            "Минздрав",
            "По информации Минздрава",
        ),
        (
            "По словам премьер-министра Армении Никола Пашиняна, колонна уже в пути.",
            "Никол Пашинян",
            "По словам премьер-министра Армении Никола Пашиняна",
        ),
        (
            "По словам главы полиции Ерлана Тургумбаева, задержаны 500 человек.",
            "Ерлан Тургумбаев",
            "По словам главы полиции Ерлана Тургумбаева",
        ),
        (
            "По словам Марии Захаровой, в Москве спокойно.",
            "Мария Захарова",
            "По словам Марии Захаровой",
        ),
        ("По данным местных СМИ, погибли трое.", "местные СМИ", "По данным местных СМИ"),
        ("Согласно данным ООН, беженцев более 500.", "ООН", "Согласно данным ООН"),
        (
            "По последним данным Минобороны, в город вошли 12 машин.",
            "Минобороны",
            "По последним данным Минобороны",
        ),
        ("В МВД заявили, что задержаны сотни людей.", "МВД", "В МВД заявили"),
        ("В Кремле сообщили, что переговоры идут.", "Кремль", "В Кремле сообщили"),
        (
            "В пресс-службе акимата уточнили, что эвакуированы 40 семей.",
            "пресс-служба акимата",
            "В пресс-службе акимата уточнили",
        ),
        ("Как сообщили в Минздраве, ранены 1000 человек.", "Минздрав", "Как сообщили в Минздраве"),
        (
            "К утру местные СМИ стали сообщать о том, что стрельба стихла.",
            "местные СМИ",
            "местные СМИ стали сообщать",
        ),
        (
            "Премьер-министр Армении Никол Пашинян сообщил, что решение принято.",
            "Никол Пашинян",
            "Премьер-министр Армении Никол Пашинян сообщил",
        ),
        (
            "Пресс-служба президента Кыргызстана в пятницу сообщила, что указ подписан.",
            "пресс-служба президента Кыргызстана",
            "Пресс-служба президента Кыргызстана в пятницу сообщила",
        ),
        ("Позже Токаев подчеркнул, что войска уйдут.", "Токаев", "Токаев подчеркнул"),
        ("«Порядок восстановлен», — заявил Токаев.", "Токаев", "заявил Токаев"),
        ("Об этом рассказал Садыр Жапаров.", "Садыр Жапаров", "рассказал Садыр Жапаров"),
        ("Очевидцы рассказали, что площадь оцеплена.", "очевидцы", "Очевидцы рассказали"),
        ("В Алматы власти заявили о 26 погибших.", "власти", "власти заявили"),
        ("Orda.kz пишет, что редакция закрыта.", "Orda.kz", "Orda.kz пишет"),
        ("ТАСС передает, что самолёты приземлились.", "ТАСС", "ТАСС передает"),
        ("В документе говорится, что миссия продлится месяц.", "документ", "В документе говорится"),
        ("В сообщении МВД говорится, что задержаны 3 тысячи.", "МВД", "В сообщении МВД говорится"),
        (
            "8 января президент выступил по телевидению и заявил, что угроза миновала.",
            "президент",
            "президент выступил по телевидению и заявил",
        ),
        (
            "According to the Interior Ministry, 26 people were killed.",
            "Interior Ministry",
            "According to the Interior Ministry",
        ),
        (
            "According to local media, the airport was seized.",
            "local media",
            "According to local media",
        ),
        ("Officials told Reuters that 3,000 were detained.", "officials", "Officials told"),
        ("Two sources told Reuters the toll was higher.", "unnamed sources", "Two sources told"),
        (
            "Kazakh President Kassym-Jomart Tokayev said order was restored.",
            "Kassym-Jomart Tokayev",
            "Kazakh President Kassym-Jomart Tokayev said",
        ),
        (
            '"We will not retreat," said Interior Minister Yerlan Turgumbayev.',
            "Yerlan Turgumbayev",
            "said Interior Minister Yerlan Turgumbayev",
        ),
        ("The ministry said in a statement that 18 were injured.", "ministry", "The ministry said"),
        (
            "Local media reported that several people were killed.",
            "local media",
            "Local media reported",
        ),
        ("Tokayev told reporters that the mission would end.", "Tokayev", "Tokayev told"),
        (
            "Armenia's defence ministry has said 100 troops left.",
            "Armenia's defence ministry",
            "Armenia's defence ministry has said",
        ),
    ],
)
def test_find_attribution(sentence: str, speaker: str, phrase: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert (found.speaker, found.phrase) == (speaker, phrase)
    assert sentence[found.start : found.end] == found.phrase


@pytest.mark.parametrize(
    "sentence",
    [
        "Армения приняла решение направить 100 военных.",
        "Он заявил, что всё спокойно.",
        "Ранее сообщалось, что согласились три страны.",
        "Известно, что Армения отправит роту.",
        "По предварительным данным, погибли 10 человек.",
        "Жапаров подписал указ о вводе войск.",
        "Президент назвал протестующих «бандитами».",
        "Earlier it was reported that three countries agreed.",
        "He said the troops would leave.",
        "According to preliminary data, 10 died.",
        "Russia sent 1,400 troops.",
        "",
    ],
)
def test_no_attribution_without_a_source(sentence: str) -> None:
    assert find_attribution(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "unattributed"),
    [
        ("Известно, что Армения отправит роту.", True),
        ("Днём позже стало известно о задержаниях.", True),
        ("Ранее сообщалось о трёх странах.", True),
        ("Сообщается, что аэропорт закрыт.", True),
        ("По неофициальным данным, погибших больше.", True),
        ("В сети появилась информация о стрельбе.", True),
        ("Неизвестно, сколько людей пострадало.", False),
        ("В МВД заявили о 26 погибших.", False),
        ("It was reported that 26 people died.", True),
        ("Police reportedly detained 3,000 people.", True),
        ("It is known that two died.", True),
        ("The ministry said 26 died.", False),
    ],
)
def test_is_unattributed_report(sentence: str, unattributed: bool) -> None:
    assert is_unattributed_report(sentence) is unattributed


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Ташиев", "person"),
        ("Никол Пашинян", "person"),
        ("Kassym-Jomart Tokayev", "person"),
        ("МВД Казахстана", "ministry"),
        ("Минздрав", "ministry"),
        ("Interior Ministry", "ministry"),
        ("казахские СМИ", "media"),
        ("Orda.kz", "media"),
        ("Reuters", "media"),
        ("ТАСС", "media"),
        ("unnamed sources", "unnamed"),
        ("источники", "unnamed"),
        ("officials", "unnamed"),
        ("пресс-служба президента Кыргызстана", "agency"),
        ("документ", "document"),
        ("ОДКБ", "organisation"),
        ("власти", "organisation"),
        ("", "unnamed"),
    ],
)
def test_speaker_kind(name: str, kind: str) -> None:
    assert speaker_kind(name) == kind


_VOCABULARY = (
    "По словам данным Ташиева МВД заявил заявили сообщили в В как, — «» said told according to "
    "the Ministry officials sources Reuters . , 7 января и он Токаев стали сообщать"
)
_WORDS = st.sampled_from(_VOCABULARY.split())


@given(st.lists(_WORDS, max_size=14).map(" ".join))
def test_phrase_is_always_the_text_it_covers(sentence: str) -> None:
    found = find_attribution(sentence)
    if found is not None:
        assert sentence[found.start : found.end] == found.phrase
        assert found.speaker.strip() == found.speaker != ""


@given(st.text(max_size=200))
def test_never_crashes_on_any_text(sentence: str) -> None:
    find_attribution(sentence)
    is_unattributed_report(sentence)
