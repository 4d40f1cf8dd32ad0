"""A body that revises a figure speaks for the new figure: "The administration raised the death
toll to 31", "МЧС увеличило число погибших до 31"; a speech verb that is also a noun, owned by
the phrase before it ("its growth forecast"), is no verb."""

from __future__ import annotations

import pytest

from factcheck.text.attribution import find_attribution


def _speaker(text: str) -> str | None:
    found = find_attribution(text)
    return found.speaker if found is not None else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The regional administration raised the death toll to 31.", "regional administration"),
        ("Officials lowered the number of missing to 12.", "officials"),
        ("The central bank cut its growth forecast to 1.5%.", "central bank"),
        ("Rescuers raised the toll to 31, the ministry said.", "ministry"),
        ("МЧС увеличило число погибших до 31.", "МЧС"),
        ("Власти снизили оценку ущерба до 2 млрд рублей.", "власти"),
        ("ЦБ повысил прогноз инфляции до 7%.", "ЦБ"),
        ("Минздрав скорректировал данные о заболевших до 120 человек.", "Минздрав"),
        # raising or cutting what is no figure's noun names no speaker
        ("The government cut taxes to 10%.", None),
        ("The IMF raised its estimate.", None),
        ("Правительство повысило пенсии на 7%.", None),
        ("Власти увеличили число автобусов.", None),
    ],
)
def test_a_body_revising_a_figure_speaks(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The bank published its growth forecast of 1.5%.", "bank"),
        ("The ministry's estimates show 40 died.", None),
        ("The ministry estimates 40 died.", "ministry"),
        ("Analysts forecast 2% growth.", "analysts"),
        ("According to the IMF forecast, growth will be 2%.", "IMF"),
    ],
)
def test_an_owned_noun_is_no_speech_verb(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker
