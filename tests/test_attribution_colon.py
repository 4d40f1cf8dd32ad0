"""A speaker whose verb opens a colon speaks for what follows it ("The mayor said: 12 people
died"); a line's label before a colon ("Confirmed cases: 369") speaks for nobody."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mayor Ana Ruiz said: 14 people died in the fire.", "Ana Ruiz"),
        ("The coroner told reporters: 14 people died in the fire.", "coroner"),
        ("Мэр Анна Руис рассказала: при пожаре погибли 14 человек.", "Анна Руис"),
        ("Сообщил глава района Олег Быков: при пожаре погибли 14 человек.", "Олег Быков"),
        ("Confirmed cases: 212", None),
        ("- Reported deaths: 14", None),
        ("Подтверждённые случаи: 212", None),
    ],
)
def test_a_colon_after_a_speech_verb_passes_the_speaker_on(text: str, speaker: str | None) -> None:
    (claim,) = extract_claims(text, published="2024-05-02")
    assert claim.speaker == speaker
