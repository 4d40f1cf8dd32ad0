"""Whose voice goes on into the next sentence: a speaker named before its sentence's figures
("По данным МЧС, погибли 40") goes on speaking; one named after them ("40 died, the mayor
said.") speaks for its own sentence, and goes on only into a sentence that goes on from its
figure ("Of these…", "Another 30…", "Из них…", "Ещё 12…")."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text, published="2024-05-15")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # named after the figure: the next sentence, on something else, is the writer's
        (
            "Two schools were damaged by the storm, the mayor said. "
            "Volunteers cleared 40 streets overnight.",
            ["mayor", None],
        ),
        (
            "Связь потеряна с тремя рабочими, сообщил глава района. "
            "Их ищут 60 спасателей и 12 машин.",
            ["глава района", None, None],
        ),
        # ... unless it goes on from that figure: a share of it, or more of it
        (
            "Twelve people were injured in the fire, police said. Of these, 4 were hospitalized.",
            ["police", "police"],
        ),
        (
            "Twelve people died in the fire, police said. Another 30 were injured.",
            ["police", "police"],
        ),
        (
            "В результате пожара погибли 12 человек, сообщила полиция. Из них 4 ребёнка.",
            ["полиция", "полиция"],
        ),
        (
            "Погибли 7 человек, сообщили в МЧС. Ещё 12 госпитализированы.",
            ["МЧС", "МЧС"],
        ),
        # named before the figures: the voice goes on into the next sentence of the paragraph
        (
            "According to the union, 3,000 drivers stayed home. Buses ran on 9 routes.",
            ["union", "union"],
        ),
        (
            "По данным профсоюза, на линию не вышли 3000 водителей. Автобусы ходят по 9 маршрутам.",
            ["профсоюз", "профсоюз"],
        ),
    ],
)
def test_whose_voice_goes_on(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
