"""A speaker is a person, a body, an outlet or a role phrase: never a time said between the
speaker and its verb ("so far", "на данный момент"), the noun of a "with" clause ("With all
ballots counted"), the place after "в" before a verb whose subject stands before it
("Руководство завода в Тольятти заявило"), or a town that records a figure ("Samara recorded
54", "в Самаре зафиксировали")."""

from __future__ import annotations

import pytest

from factcheck.text.attribution import find_attribution


def _speaker(text: str) -> str | None:
    found = find_attribution(text)
    return found.speaker if found is not None else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a time in a phrase between the speaker and the verb
        ("Officials have so far confirmed 37 deaths.", "officials"),
        ("Rescuers have thus far counted 120 injured.", "rescuers"),
        ("The ministry to date has recorded 15 cases.", "ministry"),
        ("Police have as yet confirmed only two arrests.", "police"),
        ("Власти на данный момент подтвердили гибель 37 человек.", "власти"),
        ("МЧС к настоящему времени насчитало 120 пострадавших.", "МЧС"),
        ("Спасатели до сих пор подтвердили лишь 12 случаев.", "спасатели"),
    ],
)
def test_a_time_phrase_is_no_speaker(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "With all ballots counted, Smith won 52% of the vote, the election authority said.",
            "election authority",
        ),
        ("With most votes counted, the ruling party had 41%, the commission said.", "commission"),
        ("With 90% of precincts counted, turnout stood at 61%, officials said.", "officials"),
    ],
)
def test_a_with_clause_names_no_speaker(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Руководство завода в Тольятти заявило о 300 сокращениях.", "руководство завода"),
        ("Администрация города в Самаре сообщила о 12 пострадавших.", "администрация города"),
        ("Профсоюз в Казани заявил о 40 бастующих.", "профсоюз"),
        # in the plural a body after "в" speaks
        ("В МВД заявили о 12 пострадавших.", "МВД"),
    ],
)
def test_the_subject_before_a_place_speaks(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In Kazan 98 deaths were reported, and Samara recorded 54.", None),
        ("В Самаре зафиксировали 54 случая отравления.", None),
        ("Казань насчитала 20 пострадавших.", None),
        # a body records and speaks; a country, or a capital with a speech verb, stands for
        # its government
        ("Rosstat recorded 3% growth.", "Rosstat"),
        ("Turkey registered 40 deaths on Monday.", "Turkey"),
        ("Moscow said 40 people died.", "Moscow"),
        ("В Минздраве зафиксировали 54 случая отравления.", "Минздрав"),
    ],
)
def test_a_place_that_records_a_figure_is_no_speaker(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a common noun of a place records where, and the next verb's speaker speaks
        ("Всего в регионе зарегистрировано 310 жалоб, сообщили в прокуратуре.", "прокуратура"),
        ("В регионе зафиксировали 54 случая.", None),
        ("The city recorded 54 cases, officials said.", "officials"),
        ("The region recorded 54 cases.", None),
        # a body after "в" still records and speaks
        ("В МЧС зарегистрировали 310 обращений.", "МЧС"),
    ],
)
def test_a_common_noun_of_a_place_records_no_speaker(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("As of Monday morning officials had recorded 31 deaths.", "officials"),
        ("On Friday evening police said 31 people were arrested.", "police"),
        ("Thursday confirmed 31 deaths.", None),
        ("The Evening Standard said 31 people died.", "Evening Standard"),
    ],
)
def test_a_day_before_the_speaker_is_not_part_of_it(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker
