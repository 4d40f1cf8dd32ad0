"""A figure given up to the present ("reported to date", "на сегодняшний день") is of the
article's day, whatever year its sentence names for another figure; a day the sentence gives
it still dates it."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims
from factcheck.pipeline.when import until_now

CASES = [
    # the year dates the first figure; the one "to date" is of the article's day
    (
        "date 2020-02-08\nThe statistics office said 5,210 people died of measles in 2019, "
        "far more than the 3,100 deaths the ministry has confirmed to date.",
        {"5,210": "2019", "3,100": "2020-02-08"},
    ),
    (
        "date 2020-02-08\nПо данным Росстата, в 2019 году от кори умерли 5210 человек — "
        "намного больше, чем 3100 смертей, о которых сообщалось на сегодняшний день.",
        {"5210": "2019", "3100": "2020-02-08"},
    ),
    (
        "date 2021-06-30\nThe ministry counted 812 cases of cholera in 2020; 240 cases have "
        "been confirmed so far.",
        {"812": "2020", "240": "2021-06-30"},
    ),
    (
        "date 2021-06-30\nВ 2020 году министерство насчитало 812 случаев холеры, а на данный "
        "момент подтверждены 240 случаев.",
        {"812": "2020", "240": "2021-06-30"},
    ),
    # a day named for the figure stays its date
    (
        "date 2021-06-30\nBy 27 June, 240 cases had been confirmed so far, the ministry said.",
        {"240": "2021-06-27"},
    ),
    (
        "date 2021-06-30\nНа 27 июня подтверждены 240 случаев холеры, сообщили в министерстве.",
        {"240": "2021-06-27"},
    ),
]


@pytest.mark.parametrize(("text", "dated"), CASES)
def test_a_figure_up_to_the_present_is_of_the_article_day(text: str, dated: dict[str, str]) -> None:
    got = {}
    for claim in extract_claims(text):
        for figure in dated:
            if claim.quote and figure in claim.quote:
                got[figure] = claim.as_of
    assert got == dated


@pytest.mark.parametrize(
    ("sentence", "figure", "answer"),
    [
        ("the 3,100 deaths the ministry has confirmed to date", "3,100", "figure"),
        ("3100 смертей, о которых сообщалось на сегодняшний день", "3100", "figure"),
        # the words after the next figure are that figure's
        ("12 died in 2019 and 40 to date", "12", "clause"),
        ("в 2019 году погибли 12 человек", "12", None),
    ],
)
def test_which_words_say_up_to_the_present(sentence: str, figure: str, answer: str | None) -> None:
    at = sentence.index(figure)
    assert until_now(sentence, 0, len(sentence), at) == answer
