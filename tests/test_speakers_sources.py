"""Sources given in other words than a speech verb: data given, released or published by a
body ("The figure was given by the ministry", "X gave the figure"), what the figures follow
from ("следует из данных ЦИК"), a body revising its figure ("Росстат пересмотрел оценку …
до 0,9%"), and a ministry's short name after "в" ("сообщили в минпросвещения")."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.text.attribution import find_attribution


def _speaker(text: str) -> str | None:
    found = find_attribution(text)
    return found.speaker if found is not None else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The figure was given by the emergencies ministry.", "emergencies ministry"),
        ("The data were released by the statistics office on Friday.", "statistics office"),
        ("These estimates were published by the central bank.", "central bank"),
        ("The health ministry gave the figure.", "health ministry"),
        ("The regional governor later released the figures.", "regional governor"),
        ("The figures given by the ministry were lower than 40.", "ministry"),
        # giving anything else is no speech
        ("The ministry released 40 prisoners.", None),
        ("The mayor gave a speech to 300 people.", None),
    ],
)
def test_data_given_by_a_body(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Явка составила 45%, следует из данных ЦИК.", "ЦИК"),
        ("Погибли 12 человек, следует из сообщения МЧС.", "МЧС"),
        ("Безработица выросла до 5%, следует из официальных данных Росстата.", "Росстат"),
        ("Инфляция замедлилась до 7%, следует из материалов Центробанка.", "Центробанк"),
    ],
)
def test_what_the_figures_follow_from(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Росстат пересмотрел оценку роста ВВП до 0,9%.", "Росстат"),
        ("Минэкономразвития пересмотрело прогноз инфляции до 5,1%.", "Минэкономразвития"),
        ("ЦБ пересматривает прогноз роста экономики до 2%.", "ЦБ"),
        ("The statistics office revised its estimate of growth to 0.9%.", "statistics office"),
        # revising what is no figure names no speaker
        ("Росстат пересмотрел методику расчёта.", None),
    ],
)
def test_a_body_revising_its_figure_speaks(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("О 40 заболевших сообщили в минпросвещения республики.", "минпросвещения республики"),
        ("Как сообщили в минтруда, уволены 300 человек.", "минтруда"),
        ("В минздраве республики сообщили о 40 заболевших.", "минздрав республики"),
    ],
)
def test_a_ministry_short_name_after_v_speaks(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_sentence_naming_who_gave_the_figure_speaks_for_the_one_before() -> None:
    drafts = extract_claims(
        "Some 40 people died in the floods. The figure was given by the emergencies ministry.",
        published="2026-03-10",
    )
    assert [(d.low, d.speaker) for d in drafts] == [(40, "emergencies ministry")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Данные о 31 погибшем привел губернатор.", "губернатор"),
        ("Цифру в 40 человек назвали в МЧС.", "МЧС"),
        ("Сведения о 12 задержанных подтвердили в полиции.", "полиция"),
        ("Оценку в 60 тысяч участников дали организаторы.", None),
    ],
)
def test_the_figures_noun_fronted_before_a_figure_verb(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker
