"""A count given with its whole ("40 of the 120 miners", "40 out of 120 miners", "40 из 120
горняков") counts what the whole does, as a part of it, never its rival."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "share", "whole"),
    [
        (
            "Divers brought up 17 out of 45 crew members.",
            "lemma:crew member@part",
            "lemma:crew member",
        ),
        ("Divers brought up 17 of the 45 sailors.", "lemma:sailor@part", "lemma:sailor"),
        ("Only 6 out of 20 voters backed the plan.", "group:voters@part", "group:voters"),
        ("Водолазы подняли 17 из 45 моряков.", "lemma:моряк@part", "lemma:моряк"),
        ("План поддержали лишь 6 из 20 избирателей.", "group:voters@part", "group:voters"),
    ],
)
def test_a_share_counts_its_whole_as_a_part(sentence: str, share: str, whole: str) -> None:
    first, second = extract_claims(sentence, published="2024-05-02")
    assert (first.subject_key, second.subject_key) == (share, whole)


def test_a_party_keeps_its_seats_out_of_the_whole() -> None:
    first, second = extract_claims("The Union for Renewal won 61 out of 150 seats.")
    assert (first.subject_key, second.subject_key) == (
        "lemma:seat@name:union for renewal",
        "lemma:seat",
    )
