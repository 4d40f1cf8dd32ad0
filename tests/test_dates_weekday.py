"""A lead that names the event's day by its weekday ("Saturday's march", "в субботу") dates
the figures after it with no date of their own, in a report published days later."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims
from factcheck.pipeline.when import weekday_date

# 2024-05-14 is a Tuesday.
CASES = [
    # a lead with a figure of its own: it and the figures after it are of that day
    (
        "date 2024-05-14\nThousands filled the streets for Saturday's march in the city.\n"
        "The organisers said 12,000 people took part.",
        ["2024-05-11", "2024-05-11"],
    ),
    (
        "date 2024-05-14\nВ субботу на митинг в центре города вышли тысячи человек.\n"
        "Организаторы насчитали 12 тысяч участников.",
        ["2024-05-11", "2024-05-11"],
    ),
    # a lead with no figure
    (
        "date 2024-05-14\nOn Sunday, nurses marched through the city.\n"
        "The union counted 5,000 marchers.",
        ["2024-05-12"],
    ),
    (
        "date 2024-05-14\nВ воскресенье по городу прошли маршем медсестры.\n"
        "Профсоюз насчитал 5 тысяч участников.",
        ["2024-05-12"],
    ),
    # the day of a disaster is not the day of its count
    (
        "date 2024-05-14\nThe earthquake struck on Saturday night.\n"
        "Rescuers counted 40 dead people.",
        ["2024-05-14"],
    ),
    (
        "date 2024-05-14\nВзрыв на заводе прогремел в субботу.\nСпасатели нашли 40 погибших.",
        ["2024-05-14"],
    ),
    # a weekday long before the article's date is background; two weekdays name no one day
    (
        "date 2024-05-14\nOn Wednesday, nurses marched through the city.\n"
        "The union counted 5,000 marchers.",
        ["2024-05-14"],
    ),
    (
        "date 2024-05-14\nNurses marched on Saturday and Sunday.\n"
        "The union counted 5,000 marchers.",
        ["2024-05-14"],
    ),
    # the day of the event, not the day it was said on
    (
        "date 2024-05-14\nPolice detained 130 people on Saturday, a spokesman said on Monday.",
        ["2024-05-11"],
    ),
    (
        "date 2024-05-14\nВ субботу задержаны 130 человек, сообщили в полиции в понедельник.",
        ["2024-05-11"],
    ),
    # a date beside the lead's figures is theirs alone
    (
        "date 2024-05-14\nOn 11 May, 3,000 nurses marched through the city.\n"
        "The union counted 5,000 marchers.",
        ["2024-05-11", "2024-05-14"],
    ),
]


@pytest.mark.parametrize(("text", "dated"), CASES)
def test_a_lead_weekday_dates_the_figures_after_it(text: str, dated: list[str]) -> None:
    assert [c.as_of for c in extract_claims(text)] == dated


@pytest.mark.parametrize(
    ("sentence", "reference", "day"),
    [
        ("Saturday's march", "2024-05-14", "2024-05-11"),
        ("on Tuesday", "2024-05-14", "2024-05-14"),
        ("в пятницу", "2024-05-14", "2024-05-10"),
        ("в среду", "2024-05-14", "2024-05-08"),
        ("on Saturday", "2024-05", None),
        ("on Saturday", None, None),
        ("no day at all", "2024-05-14", None),
    ],
)
def test_the_day_of_a_weekday(sentence: str, reference: str | None, day: str | None) -> None:
    assert weekday_date(sentence, reference) == day
