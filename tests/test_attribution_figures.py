"""Attribution of figures: the speaker as the subject of a counting or figure-giving verb,
asides and brackets between a speaker and its verb, and the words that are never speakers."""

from __future__ import annotations

import pytest

from factcheck.text.attribution import find_attribution, reports_back


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the subject of a counting or figure-giving verb gives the figure in its object
        ("The prefecture counted 9,400 marchers in Caen.", "prefecture"),
        ("Organisers tallied 60,000 people at the rally.", "organisers"),
        ("The union declared 2.4 million strikers nationwide.", "union"),
        ("The regional government revised the toll to 212.", "regional government"),
        ("The Health Ministry recorded 8,113 cases last week.", "Health Ministry"),
        ("The Police meanwhile counted 52,000 marchers.", "Police"),
        ("The union thus declared 700,000 strikers.", "union"),
        # the day it was said on stands between the speaker and the verb
        ("Authorities on Thursday confirmed 14 deaths.", "authorities"),
        ("The ministry on March 3 said 40 people were missing.", "ministry"),
        # an acronym that is also a function word still names somebody
        ("The WHO said 4,000 people had died.", "WHO"),
        # a one-word bracket after the name
        (
            "The General Confederation of Labour (CGT) said 2 million marched.",
            "General Confederation of Labour",
        ),
    ],
)
def test_english_figure_verbs(sentence: str, speaker: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Полиция насчитала 9 400 участников шествия.", "полиция"),
        ("В Нанте полиция насчитала 8 200 человек.", "полиция"),
        ("Reuters насчитал 30 тыс. протестующих.", "Reuters"),
        ("Специалисты ведомства установили 87 покупателей партии.", "специалисты ведомства"),
        ("Санэпидслужба изъяла 40 тонн продукции.", "Санэпидслужба"),
        ("Министр отчитался о 250 госпитализированных.", "министр"),
        ("Профсоюз со своей стороны заявил о 2,4 млн бастующих.", "профсоюз"),
        ("МВД в свою очередь сообщило о 600 задержанных.", "МВД"),
        (
            "Всеобщая конфедерация труда (ВКТ) заявила о 3 млн участников.",
            "всеобщая конфедерация труда",
        ),
    ],
)
def test_russian_figure_verbs(sentence: str, speaker: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # a day, or a figure-giving verb with no figure, names no speaker
        "On Thursday confirmed cases rose to 40.",
        "Президент назвал протестующих бандитами.",
        "Врачи установили причину смерти.",
    ],
)
def test_no_speaker(sentence: str) -> None:
    assert find_attribution(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # two sentences glued without a space: the speaker ends at the full stop
        ("Ten died, according to the statement.The rescue went on.", "according to the statement"),
        ("Two died, according to the ministry.Officials expect more.", "according to the ministry"),
        ("Five died, according to Orda.kz reporters.", "according to Orda.kz reporters"),
    ],
)
def test_glued_sentences(sentence: str, phrase: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.phrase == phrase


@pytest.mark.parametrize(
    ("sentence", "speaker", "back"),
    [
        # a sentence that gives the source of the sentences before it
        ("Об этом сообщил губернатор области.", "губернатор области", True),
        ("Такие цифры привёл глава ведомства Пётр Орлов.", "Пётр Орлов", True),
        ("Такие данные привели в МЧС республики.", "МЧС республики", True),
        ("Об этом вечером сообщили в пресс-службе больницы.", "пресс-служба больницы", True),
        ("This was reported by the regional governor on Friday.", "regional governor", True),
        ("Four more lay near the exit, a local channel said.", "local channel", True),
        ("The fire service reported.", "fire service", True),
        # a speaker who opens the sentence speaks for it alone
        ("Officials said 12 more were missing.", "officials", False),
        ("Губернатор сообщил, что погибли 9 человек.", "губернатор", False),
        ("По данным МЧС, погибли 9 человек.", "МЧС", False),
        # a passive verb's agent speaks, never its subject
        ("In all, 4,000 marchers were counted by the union in Lyon.", "union", False),
    ],
)
def test_reports_back(sentence: str, speaker: str, back: bool) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.speaker == speaker
    assert reports_back(sentence, found) is back


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 800 thousand participants were counted.",
        "About 40 bodies were recorded in the morgue.",
        "Министр привёл протестующих в пример.",
    ],
)
def test_counted_figure_is_no_speaker(sentence: str) -> None:
    assert find_attribution(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # reporting verbs of every kind
        ("The ministry recalled that 1.1 million people marched in May.", "ministry"),
        ("The mayor stressed that 300 homes were lost.", "mayor"),
        ("The central bank projected growth of 2.1% next year.", "central bank"),
        ("The governor posted on Telegram that 12 people died.", "governor"),
        ("The agency reiterated that 40 villages were cut off.", "agency"),
        # a place or a time after a preposition is no speaker: the speaker stands around it
        ("Об этом со сцены сообщили организаторы митинга.", "организаторы митинга"),
        ("Об этом из больницы главврач сообщил.", "главврач"),
        ("Мэр с утра сообщил о 5 погибших.", "мэр"),
        ("Об этом с трибуны объявил лидер профсоюза.", "лидер профсоюза"),
    ],
)
def test_reporting_verbs(sentence: str, speaker: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    ["Toyota recalled 40,000 cars.", "The data indicated 40 more cases."],
)
def test_a_recall_is_no_speech(sentence: str) -> None:
    assert find_attribution(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # "according to which": the noun phrase before the comma, or the source it names
        ("Officials cited the Red Cross, according to whom 5 people died.", "Red Cross"),
        (
            "The ministry published figures from the census office, according to which 40% voted.",
            "census office",
        ),
        (
            "The paper cites a summary of the Confederation of Labour (CGT) union, "
            "according to which 3 million marched.",
            "Confederation of Labour union",
        ),
        # a bare tally names nobody
        ("The union gave a figure, according to which 700,000 marched.", None),
        ("Police released a tally, according to which 12,000 attended.", None),
    ],
)
def test_according_to_which(sentence: str, speaker: str | None) -> None:
    found = find_attribution(sentence)
    assert (found.speaker if found else None) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # "claim" gives a figure straight after it…
        ("The union claimed 23,000 marchers.", "union"),
        ("Organisers claim up to 30,000 marched to the bridge.", "organisers"),
        ("The rebels claims 300 fighters joined.", "rebels"),
        # …unless the figure counts a loss, or no figure follows
        ("The quake claimed 40 lives.", None),
        ("The fire claimed at least 12 more lives on Sunday.", None),
        ("The rebels claimed the town.", None),
    ],
)
def test_a_claimed_figure(sentence: str, speaker: str | None) -> None:
    found = find_attribution(sentence)
    assert (found.speaker if found else None) == speaker
