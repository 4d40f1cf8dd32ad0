"""A toll or a count of the ill set against a figure of a disease ("far more than the 300
deaths a year ago") counts the same thing: it is of that disease too."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims

DISEASE_DEATHS = "group:people@cause:disease"


def _keys(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(c.low, c.subject_key, c.property) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said 64 people died of measles this year, compared with 41 deaths in 2022.",
            [(64.0, DISEASE_DEATHS, "killed"), (41.0, DISEASE_DEATHS, "killed")],
        ),
        (
            "The ministry said 310 patients with dengue died, far more than the 120 deaths"
            " recorded a year ago.",
            [(310.0, DISEASE_DEATHS, "killed"), (120.0, DISEASE_DEATHS, "killed")],
        ),
        (
            "In May 200 people fell ill with cholera, up from 90 people who fell ill in April.",
            [(200.0, DISEASE_DEATHS, "ill"), (90.0, DISEASE_DEATHS, "ill")],
        ),
        (
            "В этом году умерли 64 пациента с корью по сравнению с 41 умершим в прошлом году.",
            [(64.0, DISEASE_DEATHS, "killed"), (41.0, DISEASE_DEATHS, "killed")],
        ),
        (
            "За неделю умерли 310 человек от лихорадки денге против 120 умерших неделей ранее.",
            [(310.0, DISEASE_DEATHS, "killed"), (120.0, DISEASE_DEATHS, "killed")],
        ),
        (
            "This year 64 people died of measles against 41 deaths last year.",
            [(64.0, DISEASE_DEATHS, "killed"), (41.0, DISEASE_DEATHS, "killed")],
        ),
        (
            "This year 64 people died of measles versus 41 deaths last year.",
            [(64.0, DISEASE_DEATHS, "killed"), (41.0, DISEASE_DEATHS, "killed")],
        ),
        (
            "This year 64 people died of measles, vs. 41 deaths last year.",
            [(64.0, DISEASE_DEATHS, "killed"), (41.0, DISEASE_DEATHS, "killed")],
        ),
        (
            "В этом году умерли 64 пациента с корью в сравнении с 41 умершим в прошлом году.",
            [(64.0, DISEASE_DEATHS, "killed"), (41.0, DISEASE_DEATHS, "killed")],
        ),
        (
            "В мае 200 человек заболели холерой против 90 заболевших в апреле.",
            [(200.0, DISEASE_DEATHS, "ill"), (90.0, DISEASE_DEATHS, "ill")],
        ),
    ],
)
def test_a_figure_compared_with_a_disease_figure_is_of_the_disease(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure compared with names no disease
        (
            "Officials said 64 people died in the fire, compared with 41 deaths in 2022.",
            [(64.0, "group:people", "killed"), (41.0, "group:people", "killed")],
        ),
        (
            "В этом году в авариях погибли 64 человека по сравнению с 41 погибшим в прошлом году.",
            [(64.0, "group:people", "killed"), (41.0, "group:people", "killed")],
        ),
        # no comparison: the next figure is not the disease's
        (
            "Officials said 64 people died of measles this year; 41 deaths were recorded in 2022.",
            [(64.0, DISEASE_DEATHS, "killed"), (41.0, "group:people", "killed")],
        ),
    ],
)
def test_a_figure_not_compared_with_a_disease_figure_keeps_its_key(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _keys(text) == expected
