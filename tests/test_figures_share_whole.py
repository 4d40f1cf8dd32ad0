"""A share's whole named right after it: "35% учителей" is a share of teachers, as "35% of
teachers" is; a share of the vote stays its holder's."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Бастовали 35% учителей.", "lemma:учитель"),
        ("Около 12% населения живут за чертой бедности.", "lemma:население"),
        ("Против закона выступили 55% избирателей.", "lemma:избиратель"),
        ("Исследование показало, что 40% россиян копят деньги.", "lemma:россиянин"),
        ("On strike were 35% of teachers.", "lemma:teacher"),
        ("About 12% of the population live in poverty.", "lemma:population"),
        ("Some 55% of voters opposed the bill.", "lemma:voter"),
    ],
)
def test_a_share_is_of_the_whole_after_it(sentence: str, key: str) -> None:
    (claim,) = extract_claims(sentence, published="2024-05-02")
    assert (claim.subject_key, claim.property, claim.unit) == (key, "share", "%")


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("«Рабочий фронт», набравший 8,9% голосов, прошёл в парламент.", "name:рабочий фронт"),
        ("Партия набрала 47,6% голосов.", "lemma:партия"),
        ("Доля безработных составила 5% населения.", "lemma:доля безработных"),
    ],
)
def test_a_named_holder_or_subject_comes_first(sentence: str, key: str) -> None:
    (claim,) = extract_claims(sentence, published="2024-05-02")
    assert claim.subject_key == key


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        (
            "Профсоюз заявил, что бастуют 64% врачей, министерство назвало цифру в 22%.",
            "lemma:врач",
        ),
        ("По данным профсоюза, бастуют 64% врачей, власти приводят оценку в 22%.", "lemma:врач"),
        (
            "The union said 64% of doctors walked out, and the ministry put it at 22%.",
            "lemma:doctor",
        ),
    ],
)
def test_a_rival_figure_of_a_share_counts_the_same_group(sentence: str, key: str) -> None:
    first, second = extract_claims(sentence, published="2024-05-02")
    assert (first.subject_key, second.subject_key) == (key, key)
