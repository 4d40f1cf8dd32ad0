"""A Russian adjective or participle after a figure with no noun after it is the counted noun
itself ("5 тыс. рабочих", "14 выживших"), as in English the noun always is ("5,000 workers")."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "key", "prop"),
    [
        ("На фабрике бастуют около 3 тыс. рабочих.", "lemma:рабочий", "count"),
        ("Около 3 тыс. иностранных рабочих уехали из города.", "lemma:рабочий", "count"),
        ("При обрушении погибли 9 рабочих.", "lemma:рабочий", "killed"),
        ("Из-под завалов извлекли 11 выживших, сообщили спасатели.", "lemma:выжить", "count"),
        ("За 3 последних года уволились 40 человек.", "group:people", "count"),
        ("Пять спасательных судов отправила Россия.", "lemma:судно", "count"),
        ("Some 3,000 workers are on strike at the factory.", "lemma:worker", "count"),
    ],
)
def test_the_adjective_is_the_noun(sentence: str, key: str, prop: str) -> None:
    claims = extract_claims(sentence, published="2024-05-02")
    assert (claims[-1].subject_key, claims[-1].property) == (key, prop)
