"""Attribution: who says so, in base form, with the phrase exactly as written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.attribution import (
    find_attribution,
    is_unattributed_report,
    pronoun_attribution,
    speaker_kind,
)


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
        # Shapes found by the extraction benchmark (issue 3): own sentences, same shapes.
        (
            "The quake destroyed 300 homes, the agency said on Tuesday, as aftershocks went on.",
            "agency",
            "the agency said",
        ),
        (
            "Turnout reached 41%, the election commission said late on Sunday, adding more.",
            "election commission",
            "the election commission said",
        ),
        (
            "Georgia sent 50 medics, Moldova 20 and Romania 80, according to the four governments.",
            "four governments",
            "according to the four governments",
        ),
        (
            "The interior ministry, meanwhile, said on Monday morning that 120 were arrested.",
            "interior ministry",
            "The interior ministry, meanwhile, said",
        ),
        (
            "At least 40 people remain unaccounted for, according to local rescue officials.",
            "local rescue officials",
            "according to local rescue officials",
        ),
        (
            "The World Health Organization regional office said as many as 900 may need surgery.",
            "World Health Organization regional office",
            "The World Health Organization regional office said",
        ),
        (
            "About 600 volunteers are clearing the roads, officials told journalists.",
            "officials",
            "officials told",
        ),
        (
            "A spokeswoman for the city council told reporters in Tbilisi that 30 buses burned.",
            "spokeswoman for the city council",
            "A spokeswoman for the city council told",
        ),
        (
            "Poland has sent 200 medics, its Health Ministry said.",
            "Health Ministry",
            "its Health Ministry said",
        ),
        (
            "According to figures from the health ministry, 210 people were hurt.",
            "health ministry",
            "According to figures from the health ministry",
        ),
        (
            "Police in the capital said 45 people were detained.",
            "police",
            "Police in the capital said",
        ),
        (
            "The head of the regional emergency service said 70 homes were flooded.",
            "head of the regional emergency service",
            "The head of the regional emergency service said",
        ),
        (
            "The number of dead rose to 80, said the governor of the province.",
            "governor of the province",
            "said the governor of the province",
        ),
        (
            "Hospitals admitted 450 people, the regional health department said.",
            "regional health department",
            "the regional health department said",
        ),
        (
            "Several officials, speaking on condition of anonymity, said 100 troops were sent.",
            "several officials",
            "Several officials, speaking on condition of anonymity, said",
        ),
        (
            "в Бишкеке задержаны 40 человек, сообщил в понедельник глава городской полиции.",
            "глава городской полиции",
            "сообщил в понедельник глава городской полиции",
        ),
        (
            "На участки пришли 200 тысяч человек, сообщила в воскресенье вечером председатель ЦИК.",
            "председатель ЦИК",
            "сообщила в воскресенье вечером председатель ЦИК",
        ),
        (
            "в Оше ранены 14 человек, сообщил позднее представитель городской больницы.",
            "представитель городской больницы",
            "сообщил позднее представитель городской больницы",
        ),
        (
            "В регионе отключены 40 подстанций, заявили накануне в областном акимате.",
            "областной акимат",
            "заявили накануне в областном акимате",
        ),
        (
            "В комиссию поступило 15 обращений, сообщил ее член Андрей Волков.",
            "член Андрей Волков",
            "сообщил ее член Андрей Волков",
        ),
        (
            "Убытки, по оценке Ассоциации банков, составят 5 млрд рублей.",
            "Ассоциация банков",
            "по оценке Ассоциации банков",
        ),
        (
            "Потери, по предварительной оценке Торговой палаты региона, превысят 2 млрд.",
            "Торговая палата региона",
            "по предварительной оценке Торговой палаты региона",
        ),
        (
            "По подсчетам независимых наблюдателей, голосовали 40%.",
            "независимые наблюдатели",
            "По подсчетам независимых наблюдателей",
        ),
        (
            "По расчетам Министерства финансов, дефицит составит 2%.",
            "Министерство финансов",
            "По расчетам Министерства финансов",
        ),
        ("По оценкам аналитиков, инфляция достигнет 9%.", "аналитики", "По оценкам аналитиков"),
        (
            "К полудню, по данным облизбиркома, проголосовали 15%.",
            "облизбирком",
            "по данным облизбиркома",
        ),
        (
            "Грузия, по словам заместителя министра здравоохранения, прислала 40 врачей.",
            "заместитель министра здравоохранения",
            "по словам заместителя министра здравоохранения",
        ),
        (
            "Министр, по словам его помощника, вылетел в Минск.",
            "помощник",
            "по словам его помощника",
        ),
        (
            "Как сообщило агентство «Интерфакс-Казахстан», задержаны 10 человек.",
            "агентство «Интерфакс-Казахстан»",
            "Как сообщило агентство «Интерфакс-Казахстан»",
        ),
        (
            "По данным телеканала «Мир 24», погибли двое.",
            "телеканал «Мир 24»",
            "По данным телеканала «Мир 24»",
        ),
        (
            "Об этом сообщил в интервью телеканалу Алексей Смирнов.",
            "Алексей Смирнов",
            "сообщил в интервью телеканалу Алексей Смирнов",
        ),
        (
            "Армения направит 100 военных, сказал позже премьер.",
            "премьер",
            "сказал позже премьер",
        ),
        (
            "District head Omar Dzhaks put the number of lost homes at between 20 and 30.",
            "Omar Dzhaks",
            "District head Omar Dzhaks put",
        ),
        ("The agency puts the damage at about $3 million.", "agency", "The agency puts"),
        ("Вечером штаб называл 9 погибших.", "штаб", "штаб называл"),
        ("Ущерб, подсчитали в мэрии, превысил 2 млн.", "мэрия", "подсчитали в мэрии"),
        ("В фонде пообещали выплатить по 50 тысяч.", "фонд", "В фонде пообещали"),
        ("Аналитики оценили потери в 3 млрд.", "аналитики", "Аналитики оценили"),
        ("Dockers' unions said 3,000 walked out.", "Dockers' unions", "Dockers' unions said"),
        # an apposition: the subject speaks, or the apposition when only it is a name
        ("Ann Roe, the fire chief, said 9 died.", "Ann Roe", "Ann Roe, the fire chief, said"),
        (
            "The strikers, the Dock Workers Union, said 800 joined.",
            "Dock Workers Union",
            "The strikers, the Dock Workers Union, said",
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
        "According to preliminary figures, 210 people were hurt.",
        "It said 15 were injured.",
        "They told reporters the toll was 20.",
        "Hospitals admitted 450 people overnight.",
        "The quake claimed 40 lives.",
        "Armenia sent 100 troops, according to the three.",
        "в городе введен режим ЧС, добавил он.",
        "По предварительным подсчетам, ущерб превысил 10 млрд.",
        "Thousands of people were put at risk by the flood.",
        "The council put forward a plan to spend 3 million.",
        "Volunteers put up 40 tents at the school.",
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
        ("телеканал «Хабар 24»", "media"),
        ("Health Ministry", "ministry"),
        ("several officials", "unnamed"),
        ("власти", "organisation"),
        ("", "unnamed"),
    ],
)
def test_speaker_kind(name: str, kind: str) -> None:
    assert speaker_kind(name) == kind


_VOCABULARY = (
    "По словам данным Ташиева МВД заявил заявили сообщили в В как, — «» said told according to "
    "the Ministry officials sources Reuters . , 7 января и он Токаев стали сообщать субботу "
    "по оценке подсчетам его аким города however three of for in its a admitted that"
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


@pytest.mark.parametrize(
    ("sentence", "earlier", "phrase"),
    [
        ("Some 1,100 rescuers were searching, he said.", "Azamat Bekov", "he said"),
        ("She also told reporters that 12 died.", "Anna Berg", "She also told"),
        ("По его словам, погибли двое.", "Сергей Латышев", "По его словам"),
        ("Пострадали семеро, добавила она.", "Анна Ким", "добавила она"),
        ("Она заявила, что погибли трое.", "Анна Ким", "Она заявила"),
        ("The hotel, he added later, had 40 rooms.", "Azamat Bekov", "he added"),
        # no person just before, or no pronoun speaking: nobody
        ("Some 1,100 rescuers were searching, he said.", None, None),
        ("Some 1,100 rescuers were searching, he said.", "health ministry", None),
        ("He was among the 12 injured.", "Azamat Bekov", None),
        ("Her team of 12 helped.", "Anna Berg", None),
    ],
)
def test_pronoun_attribution(sentence: str, earlier: str | None, phrase: str | None) -> None:
    found = pronoun_attribution(sentence, lambda: earlier)
    if phrase is None:
        assert found is None
    else:
        assert found is not None
        assert (found.speaker, found.phrase) == (earlier, phrase)
        assert sentence[found.start : found.end] == phrase
