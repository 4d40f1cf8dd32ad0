"""The words right before a figure that bound it or open a range (text/numbers/bounds.py), read
in any case: a text that reads the same in lower case is searched so, and gives what a
case-insensitive search gives."""

from __future__ import annotations

import pytest

from factcheck.text.numbers.bounds import LOOKBACK, lead_before

# (text ending right before its figure, the bound phrase found, the opener found)
LEADS = [
    ("Пострадали более ", "более", None),
    ("ПОСТРАДАЛИ БОЛЕЕ ЧЕМ ", "более чем", None),
    ("Пострадали Не Менее ", "не менее", None),
    ("The storm left at least ", "at least", None),
    ("The storm left AT LEAST ", "at least", None),
    ("Not more than ", "not more than", None),
    ("cases rose from ", None, "from"),
    ("Цены выросли ОТ ", None, "от"),
    ("Quarry in İzmir: more than ", "more than", None),  # "İ" reads otherwise in lower case
    ("The total was ~ ", "~", None),
    ("Пострадали не более $", "не более", None),
    ("The storm hit Moreover ", None, None),
    ("Пострадали ", None, None),
]


@pytest.mark.parametrize(("text", "bound", "opener"), LEADS)
def test_a_lead_is_read_in_any_case(text: str, bound: str | None, opener: str | None) -> None:
    lead = lead_before(text, max(0, len(text) - LOOKBACK), len(text))
    assert (lead.word, lead.opener_word) == (bound, opener)


def test_a_lead_begins_at_a_word_start_before_the_search_too() -> None:
    # the search begins inside "Xболее": the letter before it still counts
    text = "Xболее "
    assert lead_before(text, 1, len(text)).word is None
    assert lead_before(text, 0, len(text)).word is None
    assert lead_before(" более ", 1, 7).word == "более"
