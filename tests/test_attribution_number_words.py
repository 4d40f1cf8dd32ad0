"""A count written in words opening a sentence is what the sentence counts, never its speaker:
"Twenty-seven people are confirmed dead" names nobody."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "value", "speaker"),
    [
        ("Twenty-seven people are confirmed dead.", 27, None),
        (
            "Forty-one people are confirmed dead, a hospital spokesman told reporters.",
            41,
            "hospital spokesman",
        ),
        ("Seven people are confirmed dead.", 7, None),
        ("Thirty-five miners are confirmed missing, the company said.", 35, "company"),
        ("Двадцать семь человек погибли, сообщили в МЧС.", 27, "МЧС"),
        ("Тридцать пять горняков числятся пропавшими, сообщили в компании.", 35, "компания"),
    ],
)
def test_a_count_in_words_is_counted(sentence: str, value: int, speaker: str | None) -> None:
    (claim,) = extract_claims(sentence, published="2024-05-02")
    assert (claim.low, claim.speaker) == (value, speaker)
