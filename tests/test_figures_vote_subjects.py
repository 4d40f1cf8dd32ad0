"""A share a party won is the party's, not the verb's ("the ruling party won 38.5%"), and
"according to official results" names no speaker, while results published by someone are
theirs."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "key", "speaker"),
    [
        ("According to official results, the ruling bloc won 41.2%.", "lemma:bloc", None),
        ("The ruling bloc took 41.2%, officials said.", "lemma:bloc", "officials"),
        (
            "According to results published by the electoral board, the ruling bloc got 41.2%.",
            "lemma:bloc",
            "electoral board",
        ),
        ("По официальным результатам, правящий блок набрал 41,2%.", "lemma:блок", None),
    ],
)
def test_the_winner_not_the_verb(sentence: str, key: str, speaker: str | None) -> None:
    (claim,) = extract_claims(sentence, published="2024-05-02")
    assert (claim.subject_key, claim.speaker) == (key, speaker)


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("По данным избиркома, правящий блок набрал 41,2%.", "lemma:блок"),
        ("Лаптева, получившая 41,2% голосов, вышла во второй тур.", "name:лаптев"),
        ("По данным избиркома, Лаптева, набравшая 41,2%, вышла во второй тур.", "name:лаптев"),
    ],
)
def test_a_participle_hangs_on_a_name_an_adjective_on_its_noun(sentence: str, key: str) -> None:
    (claim,) = extract_claims(sentence, published="2024-05-02")
    assert claim.subject_key == key
