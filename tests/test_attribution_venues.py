"""Where something was said is not who said it: "В своём Telegram-канале губернатор сообщил"
is the governor's, as "wrote on Telegram" is."""

from __future__ import annotations

import pytest

from factcheck.text.attribution import find_attribution


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("В своём Telegram-канале губернатор сообщил о 14 погибших.", "губернатор"),
        ("В своем телеграм-канале мэр сообщил о 14 погибших.", "мэр"),
        ("На брифинге представитель МЧС сообщил о 14 погибших.", "представитель МЧС"),
        ("Губернатор написал в своём Telegram-канале, что погибли 14 человек.", "губернатор"),
        ("In a post on Telegram, the governor said 14 people had died.", "governor"),
        ("The mayor said on Telegram that 14 people had died.", "mayor"),
    ],
)
def test_the_venue_is_not_the_speaker(sentence: str, speaker: str) -> None:
    found = find_attribution(sentence)
    assert found is not None and found.speaker == speaker
