"""Who said it across sentences: a speaker in a neighbouring sentence, in both languages."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims
from factcheck.text.attribution import find_attribution, reports_back


def _speakers(text: str) -> dict[str, str | None]:
    return {c.quote or "": c.speaker for c in extract_claims(text)}


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        # a clause-final speaker after a figure of its own speaks for that figure only
        ("At least 31 people drowned across the region, the coast guard said.", False),
        ("Some 14 shops were looted in the old town, police said on Sunday.", False),
        ("Не менее 31 человека утонули в регионе, сообщила береговая охрана.", False),
        ("В старом городе разграблены 14 магазинов, сообщила полиция в воскресенье.", False),
        # a figure that goes on from the sentence before: the speaker speaks for both
        ("Another 6 were pulled from the river, the coast guard said.", True),
        ("Three more drowned near the pier, police said.", True),
        ("Ещё шесть человек спасены из реки, сообщила береговая охрана.", True),
        ("Остальные 12 эвакуированы, сообщила полиция.", True),
    ],
)
def test_clause_final_speaker_of_own_figure(sentence: str, back: bool) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert reports_back(sentence, found) is back


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Dozens of homes burned in the valley. At least 9 people died, the fire service said.",
            "Dozens of homes",
            None,
        ),
        (
            "Десятки домов сгорели в долине. Погибли 9 человек, сообщила пожарная служба.",
            "Десятки домов",
            None,
        ),
    ],
)
def test_next_sentence_speaker_keeps_to_its_figure(
    text: str, quote: str, speaker: str | None
) -> None:
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # "it said", "они сообщили": a body named just before
        (
            "The port authority reported a slowdown. Traffic fell 8% in May, it said.",
            "8%",
            "port authority",
        ),
        (
            "The weather office said floods were likely. Rain may reach 90 mm, it added.",
            "90 mm",
            "weather office",
        ),
        (
            "Профсоюзы заявили о забастовке. Бастуют 40 тыс. человек, сообщили они.",
            "40 тыс. человек",
            "профсоюзы",
        ),
    ],
)
def test_body_pronoun(text: str, quote: str, speaker: str) -> None:
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a story from one source goes on with it through paragraphs that name nobody
        (
            "Statcom said output grew 3.1% in 2023.\n\nGrowth was 2.2% in the first quarter.",
            "2.2%",
            "Statcom",
        ),
        (
            "The port authority said traffic fell 8% in May.\n\nIt had fallen 5% in April."
            "\n\nExports were 40 billion dollars.",
            "40 billion dollars",
            "port authority",
        ),
        (
            "Статслужба сообщила, что ВВП вырос на 3,1%.\n\nВ первом квартале рост составил 2,2%.",
            "2,2%",
            "Статслужба",
        ),
        (
            "Минфин сообщил, что дефицит составил 2%.\n\nДолг вырос на 5%.\n\nЭкспорт упал на 7%.",
            "7%",
            "Минфин",
        ),
        # a second source ends it: nobody is guessed
        (
            "Statcom said output grew 3.1%. The central bank said it grew 2.9%.\n\n"
            "Exports were 40 billion dollars.",
            "40 billion dollars",
            None,
        ),
        (
            "Минфин сообщил, что дефицит составил 2%. ЦБ заявил о 3%.\n\nЭкспорт упал на 7%.",
            "7%",
            None,
        ),
    ],
)
def test_sole_source_goes_on(text: str, quote: str, speaker: str | None) -> None:
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a back reference opening the next paragraph gives the source of the one before
        (
            "Exports fell 7% in March.\n\nThis was reported by the customs service.",
            "7%",
            "customs service",
        ),
        (
            "Экспорт упал на 7% в марте.\n\nОб этом сообщила таможенная служба.",
            "7%",
            "таможенная служба",
        ),
        (
            "Экономика Чили выросла на 2,4%.\n\nЭто следует из анализа агентства «Вести».",
            "2,4%",
            "агентство «Вести»",
        ),
        # a speaker that is not a back reference stays in its own paragraph
        (
            "Exports fell 7% in March.\n\nThe customs service said trade was slowing.",
            "7%",
            None,
        ),
    ],
)
def test_back_reference_past_paragraph(text: str, quote: str, speaker: str | None) -> None:
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # "the agency", "издание": the outlet the article named before
        (
            "Landslides killed 31 people in Nepal, Kyodo News reported.\n\n"
            "About 900 homes were destroyed, the agency said.",
            "About 900 homes",
            "Kyodo News",
        ),
        (
            "Wildfires forced 6,000 people from their homes, the Tagesspiegel writes. "
            "Police said two firefighters were hurt.\n\n"
            "At least 14 villages burned, the newspaper said.",
            "At least 14 villages",
            "Tagesspiegel",
        ),
        (
            "Паводок затопил 300 домов в Приморье, пишет «Ведомости».\n\n"
            "По данным издания, эвакуированы 1 200 человек.",
            "1 200 человек",
            "Ведомости",
        ),
        (
            "Число пострадавших при пожаре выросло до 17, передает ТАСС. "
            "Агентство уточнило, что в больнице остаются 9 человек.",
            "9 человек",
            "ТАСС",
        ),
        # a body whose name has the noun: "the agency" is that body, not the outlet
        (
            "Floods cut off 40 towns, Reuters reported. The National Disaster Agency said "
            "2,000 people were evacuated. Another 300 were rescued by boat, the agency said.",
            "300",
            "National Disaster Agency",
        ),
        # with no outlet named before, the noun stays as written
        ("Rescuers evacuated 2,400 people, the agency said.", "2,400 people", "agency"),
    ],
)
def test_outlet_named_before(text: str, quote: str, speaker: str | None) -> None:
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # what figures follow from names its author
        ("Это следует из анализа агентства «Вести».", "агентство «Вести»"),
        ("Это следует из свежего доклада Всемирного банка.", "Всемирный банк"),
        ("The figures come from a survey by the Health Ministry.", "Health Ministry"),
        # opinions and forecasts speak like speech verbs
        ("The central bank thinks that growth will reach 2%.", "central bank"),
        ("Police believe that 40 people are trapped.", "police"),
        ("Аналитики банка считают, что ВВП вырастет на 1%.", "аналитики банка"),
        ("Эксперты полагают, что погибших больше 100.", "эксперты"),
        ("Всемирный банк прогнозирует рост на 0,5%.", "всемирный банк"),
        # a place told after the speaker ("located on", "situated near") is no speaker
        ("The hospital located in Leeds reported 40 new patients.", "hospital"),
        ("A refinery situated near the coast said 300 workers left.", "refinery"),
        (
            "The health offices of two towns located on the Kama River reported 9 cases.",
            "health offices of two towns",
        ),
        ("Firefighters based at the port counted 14 injured.", "Firefighters"),
        # two places joined after "of" belong to one speaker
        (
            "The water boards of the towns of Ashford and Dover reported 9 cases each.",
            "water boards of the towns of Ashford and Dover",
        ),
        (
            "Separately, the police of the towns of Lyon and Nice located on the coast "
            "counted 40 arrests each.",
            "police of the towns of Lyon and Nice",
        ),
        ("Officials of Peru and Chile said 30 people were missing.", "officials of Peru and Chile"),
        # two speakers joined at the top of the phrase stay as they were
        ("Russia and Ukraine said 40 people were killed.", "Ukraine"),
        # an opinion needs no "that": what follows the verb is what is thought
        ("The central bank thinks 1.5% is likely.", "central bank"),
        ("Doctors believe 12 patients are still at risk.", "doctors"),
        # "showed" speaks only before "that": "figures released by X showed that…"
        ("Figures released by Statcom on Monday showed that 900 people died.", "Statcom"),
    ],
)
def test_source_phrases_and_verbs(sentence: str, speaker: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "A reporter at the scene showed how hundreds of people marched.",
        "The video shows 40 people running.",
    ],
)
def test_showed_without_that_names_nobody(sentence: str) -> None:
    assert find_attribution(sentence) is None


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a participle of giving the figure names its own speaker after it
        (
            "In Nice, the prefecture counted 6,000 marchers, far below the 31,000 put forward "
            "by the unions.",
            "31,000",
            "unions",
        ),
        (
            "The figure is twice the 8,113 deaths attributed to influenza in 2019 by the health "
            "agency.",
            "8,113",
            "health agency",
        ),
        (
            "Police counted 2,500 marchers in Lille, below the 9,000 marchers claimed by the "
            "organisers.",
            "9,000 marchers",
            "organisers",
        ),
        (
            "Полиция насчитала 6 тыс. человек, втрое меньше 18 тыс., заявленных профсоюзом.",
            "меньше 18 тыс.",
            "профсоюз",
        ),
        (
            "Власти насчитали 5 тыс. участников, против 20 тыс., названных организаторами акции.",
            "20 тыс.",
            "организаторы акции",
        ),
        # a passive clause is read with its sentence: the figure's own noun is no agent
        (
            "Police counted 6,000 marchers in Nice, and 900 people were given by the city a "
            "free ride.",
            "900 people",
            "police",
        ),
    ],
)
def test_agent_of_a_participle(text: str, quote: str, speaker: str) -> None:
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # "Соответствующие данные обнародовала X": the next sentence says whose figures they are
        (
            "В 2020 году умерло на 9% больше людей. Соответствующие данные обнародовала "
            "статслужба.",
            "9%",
            "статслужба",
        ),
        ("Экспорт вырос на 4%. Эти цифры опубликовал Минфин.", "4%", "Минфин"),
        ("Импорт упал на 6%. Такие данные обнародовало министерство.", "6%", "министерство"),
    ],
)
def test_published_data_back_reference(text: str, quote: str, speaker: str) -> None:
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a headline's figure is credited to the lead sentence that gives it again
        (
            "Blast at a Siberian mine kills at least 40 miners\n\nA rescue team near the mine."
            "\n\nAn explosion at a coal mine left 40 miners dead on Friday, officials said.",
            "at least 40 miners",
            "officials",
        ),
        (
            "Storm cuts power to 12,000 homes\n\nThe storm cut power to 12,000 homes, the "
            "utility said.",
            "12,000 homes",
            "utility",
        ),
        (
            "Паводок затопил 300 домов\n\nПаводок затопил 300 домов в пяти сёлах, сообщили в МЧС.",
            "300 домов",
            "МЧС",
        ),
        # a lead that does not give the headline's figure again lends it no speaker
        (
            "Fire destroys 30 homes\n\nThe fire started at noon. Police said 12 people were hurt.",
            "30 homes",
            None,
        ),
        (
            "Пожар уничтожил 30 домов\n\nПожар начался в полдень. В МЧС сообщили о 12 раненых.",
            "30 домов",
            None,
        ),
    ],
)
def test_headline_takes_the_lead_speaker(text: str, quote: str, speaker: str | None) -> None:
    assert _speakers(text)[quote] == speaker
