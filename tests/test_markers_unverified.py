"""A figure its source says could not be verified is hedged: "could not independently verify
the figure of 300 dead", "данные о 300 погибших не удалось проверить"."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("The agency could not independently verify the figure of 210 dead.", True),
        ("The toll of 210 has not been independently confirmed.", True),
        ("Reporters couldn't verify the figure of 210 dead.", True),
        ("Данные о 210 погибших не удалось независимо проверить.", True),
        ("Подтвердить сведения о 210 погибших не удалось.", True),
        ("Police confirmed 210 deaths.", False),
        ("Власти подтвердили гибель 210 человек.", False),
    ],
)
def test_an_unverified_figure_is_hedged(sentence: str, hedged: bool) -> None:
    (claim,) = extract_claims(sentence, published="2024-05-02")
    assert claim.hedged is hedged
