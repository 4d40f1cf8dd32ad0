"""A lead with no figure dates the event its article reports: the figures after it with no
date of their own are of that day, not of the article's."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims

CASES = [
    (
        "date 2024-05-10\nOn Thursday, 9 May, dock workers went on strike in the region.\n"
        "The union counted 12,000 strikers.",
        ["2024-05-09"],
    ),
    (
        "date 2024-05-10\nВ четверг, 9 мая, докеры вышли на забастовку.\n"
        "Профсоюз насчитал 12 тысяч бастующих.",
        ["2024-05-09"],
    ),
    (
        "date 2024-05-10\nYesterday dock workers went on strike in the region.\n"
        "The union counted 12,000 strikers.",
        ["2024-05-09"],
    ),
    # a figure's own date stays its own: "yesterday" is the article's day before
    (
        "date 2024-05-10\nOn 9 May dock workers went on strike in the region.\n"
        "Yesterday the union counted 12,000 strikers. On 8 May police counted 3,000 strikers.",
        ["2024-05-09", "2024-05-08"],
    ),
    # a lead long before the article's date is background, not its event
    (
        "date 2024-05-10\nOn 2 May dock workers went on strike in the region.\n"
        "The union counted 12,000 strikers.",
        ["2024-05-10"],
    ),
    (
        "date 2024-05-10\n2 мая докеры вышли на забастовку.\nПрофсоюз насчитал 12 тысяч бастующих.",
        ["2024-05-10"],
    ),
    # the day of a disaster is not the day of its count
    (
        "date 2024-05-10\nThe earthquake of 9 May hit the coast.\nRescuers counted 40 dead people.",
        ["2024-05-10"],
    ),
    # only a lead: a dated sentence after a figure dates nothing after it
    (
        "date 2024-05-10\nThe union counted 12,000 strikers.\nOn 9 May dock workers struck.\n"
        "Police counted 8,000 strikers.",
        ["2024-05-10", "2024-05-10"],
    ),
]


@pytest.mark.parametrize(("text", "dated"), CASES)
def test_a_lead_dates_the_figures_after_it(text: str, dated: list[str]) -> None:
    assert [c.as_of for c in extract_claims(text)] == dated
