"""A body after "в" keeps its genitive: "в пресс-службе больницы сообщили" is the hospital's
press office, not "больницы" read as a plural subject."""

from __future__ import annotations

import pytest

from factcheck.text.attribution import find_attribution


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "В пресс-службе больницы сообщили, что госпитализированы 12 человек.",
            "пресс-служба больницы",
        ),
        ("В администрации города сообщили о 40 эвакуированных.", "администрация города"),
        (
            "В министерстве здравоохранения республики сообщили о 40 заболевших.",
            "министерство здравоохранения республики",
        ),
        ("В мэрии Москвы сообщили о 40 эвакуированных.", "мэрия Москвы"),
        ("В пресс-службе МВД сообщили о 40 задержанных.", "пресс-служба МВД"),
        (
            "Как сообщили в пресс-службе больницы, госпитализированы 12 человек.",
            "пресс-служба больницы",
        ),
        # a place before the subject is still no body
        ("В Казахстане власти заявили о 40 погибших.", "власти"),
        ("В Нанте полиция насчитала 8 тысяч человек.", "полиция"),
    ],
)
def test_a_body_after_v_keeps_its_genitive(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker
