"""Cases of a disease count people ill of it (pipeline/cases.py), in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Invoke

from factcheck.pipeline.article import extract_claims

ILL_OF_A_DISEASE = ("group:people@cause:disease", "ill")


def _claims(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(c.low, c.subject_key, c.property) for c in extract_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Health officials reported 12 cases of measles.",
        "The clinic confirmed 9 cases of the disease on Friday.",
        "Officials reported 25 measles cases.",
        "Inspectors confirmed 7 cases of salmonella on Monday.",
        "В Казани выявили 12 случаев ботулизма.",
        "Врачи зафиксировали 30 случаев заболевания корью.",
        "За неделю зарегистрировано 8 подтверждённых случаев кишечной инфекции.",
    ],
)
def test_cases_of_a_named_disease_count_people_ill(text: str) -> None:
    [(_, key, prop)] = _claims(text)
    assert (key, prop) == ILL_OF_A_DISEASE


@pytest.mark.parametrize(
    "text",
    [
        "Tver had an outbreak of measles. Officials reported 57 confirmed cases.",
        "A flu outbreak closed two schools. By Friday, doctors had counted 31 cases.",
        "Вспышка кори в Твери. Зарегистрировано 57 подтверждённых случаев.",
        "В школе вспышка гриппа. К пятнице врачи насчитали 31 случай.",
    ],
)
def test_cases_in_an_article_on_one_disease_count_people_ill_of_it(text: str) -> None:
    assert _claims(text)[-1][1:] == ILL_OF_A_DISEASE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new cases are added to the count so far: a part of it, as "another 40" is
        (
            "Doctors recorded 40 new cases of cholera in the north.",
            (40.0, "group:people@part@cause:disease", "ill"),
        ),
        (
            "Cases were found in Lyon and in Nice. In Lyon, 12 new cases of measles were found.",
            (12.0, "group:people@place:lyon@part@cause:disease", "ill"),
        ),
        (
            "Вспышка кори в Твери. За сутки выявлено 12 новых случаев.",
            (12.0, "group:people@part@cause:disease", "ill"),
        ),
        (
            "За сутки врачи выявили 6 новых случаев холеры.",
            (6.0, "group:people@part@cause:disease", "ill"),
        ),
    ],
)
def test_new_cases_are_a_part_of_the_count(text: str, expected: tuple[float, str, str]) -> None:
    assert _claims(text)[-1] == expected


@pytest.mark.parametrize(
    ("cases", "people"),
    [
        (
            "Measles spread in Lyon and in Nice. In Lyon, doctors confirmed 12 cases of measles.",
            "Measles spread in Lyon and in Nice. In Lyon, 14 people fell ill with measles.",
        ),
        (
            "Measles spread in Lyon and in Nice. Officials reported 12 cases of measles in Nice.",
            "Measles spread in Lyon and in Nice. 14 people fell ill with measles in Nice.",
        ),
        (
            "Холера выявлена в Омске и в Томске. В Омске выявили 12 случаев холеры.",
            "Холера выявлена в Омске и в Томске. В Омске 14 человек заболели холерой.",
        ),
        (
            "Корь выявлена в Омске и в Томске. В Томске врачи зафиксировали 12 случаев кори.",
            "Корь выявлена в Омске и в Томске. В Томске 14 человек заразились корью.",
        ),
    ],
)
def test_cases_and_people_fallen_ill_are_one_quantity(cases: str, people: str) -> None:
    [(_, case_key, case_prop)] = _claims(cases)
    [(_, people_key, people_prop)] = _claims(people)
    assert (case_key, case_prop) == (people_key, people_prop)
    assert "@place:" in case_key and case_key.endswith("@cause:disease")


@pytest.mark.parametrize(
    ("text", "places", "speaker"),
    [
        (
            "Clinics in Leeds and York saw 9 cases of measles each, officials said.",
            ("leeds", "york"),
            "officials",
        ),
        (
            "В Казани и Самаре выявили по 12 случаев ботулизма, сообщил Роспотребнадзор.",
            ("kazan", "samara"),
            "Роспотребнадзор",
        ),
    ],
)
def test_cases_each_place_counts_are_people_ill_there(
    text: str, places: tuple[str, ...], speaker: str
) -> None:
    claims = extract_claims(text, published="2024-03-20")
    assert [c.property for c in claims] == ["ill"] * len(places)
    assert [c.speaker for c in claims] == [speaker] * len(places)
    for claim, place in zip(claims, places, strict=True):
        # each place's claim keeps the disease: it meets "N people fell ill with it there"
        assert claim.subject_key == f"group:people@place:{place}@cause:disease"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials recorded 12 deaths from cholera.", ("group:people@cause:disease", "killed")),
        ("12 человек умерли от холеры.", ("group:people@cause:disease", "killed")),
        ("The court heard 12 cases last week.", ("lemma:case", "count")),
        ("There were 3 severe cases of measles.", ("lemma:severe case", "count")),
        ("Суд рассмотрел 12 случаев мошенничества.", ("lemma:случай", "count")),
        ("Вспышка кори в Твери. Выявлено 3 тяжёлых случая кори.", ("lemma:случай", "count")),
        # two diseases named: which one the bare cases are of is not said
        ("Flu and measles spread in Tver. Officials reported 57 cases.", ("lemma:case", "count")),
        ("Вспышка кори и гриппа в Твери. Зарегистрировано 57 случаев.", ("lemma:случай", "count")),
        # a rocket is no cancer ("рак"): a disease is a whole word
        ("При обстреле 5 человек погибли от ракетного удара.", ("group:people", "killed")),
    ],
)
def test_deaths_and_other_cases_stay_what_they_are(text: str, expected: tuple[str, str]) -> None:
    assert _claims(text)[-1][1:] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Measles is spreading. In 12 cases out of 40, patients needed a ventilator.",
        "Вспышка кори. В 12 случаях из 40 больным понадобилась помощь.",
    ],
)
def test_in_so_many_cases_is_a_circumstance(text: str) -> None:
    assert all(key != ILL_OF_A_DISEASE[0] for _, key, _ in _claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "В Омске 14 человек заболели холерой.",
        "За сутки 9 человек заразились корью.",
        "У 5 пациентов диагностировали ботулизм.",
        "In Omsk, 14 people fell ill with cholera.",
        "Nine people were diagnosed with measles.",
    ],
)
def test_people_fallen_ill_with_a_disease_are_of_the_disease(text: str) -> None:
    [(_, key, prop)] = _claims(text)
    assert (key, prop) == ILL_OF_A_DISEASE


def test_cases_and_people_fallen_ill_are_set_against_each_other(cli: Invoke) -> None:
    first = Path("a.txt")
    first.write_text(
        "Measles spread in Omsk and in Tomsk. In Omsk, doctors confirmed 12 cases of measles,"
        " the regional health office said.\n",
        encoding="utf-8",
    )
    second = Path("b.txt")
    second.write_text(
        "Measles spread in Omsk and in Tomsk. In Omsk, 14 people fell ill with measles,"
        " the city hospital said.\n",
        encoding="utf-8",
    )
    for path in (first, second):
        result = cli("extract", str(path), "--yes", "--published", "2025-03-04")
        assert result.exit_code == 0, result.stderr
    result = cli("conflicts", "--json")
    assert result.exit_code == 0, result.stderr
    [conflict] = json.loads(result.stdout)["conflicts"]
    assert conflict["kind"] == "value"
    assert "12" in conflict["explanation"] and "14" in conflict["explanation"]
