"""Dates of figures in a list of dates, and dates that belong to a comparison (not the figure)."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims
from factcheck.text.dates import find_as_of

REF = "2024-06-20"

LISTS = [
    # each figure takes the date nearest before it; a bare day takes the month before it
    (
        "The agency said that on 3 April 250 families left, on the 9th – 310, and on 1 May – 480.",
        {"250": "2024-04-03", "310": "2024-04-09", "480": "2024-05-01"},
    ),
    (
        "Officials noted that on March 28 about 900 queued, on the 2nd – 1,100, "
        "on April 7 – 1,350.",
        {"900": "2024-03-28", "1,100": "2024-04-02", "1,350": "2024-04-07"},
    ),
    (
        "On 12 February 2023, 70 boats sailed; on the 19th, 85; on 4 March 2023, 96.",
        {"70": "2023-02-12", "85": "2023-02-19", "96": "2023-03-04"},
    ),
    (
        "Служба напомнила, что 3 апреля уехали 250 семей, 9-го — 310, а 1 мая — 480.",
        {"250": "2024-04-03", "310": "2024-04-09", "480": "2024-05-01"},
    ),
    (
        "По данным мэрии, 28 марта в очереди стояли 900 человек, 2-го числа — 1100, "
        "7 апреля — 1350.",
        {"900": "2024-03-28", "1100": "2024-04-02", "1350": "2024-04-07"},
    ),
    (
        "12 февраля 2023 года вышли 70 лодок, 19-го — 85, 4 марта 2023 года — 96.",
        {"70": "2023-02-12", "85": "2023-02-19", "96": "2023-03-04"},
    ),
    # a figure before every date keeps the first date, as before
    ("Some 640 people voted on 5 May, the council said on 7 May.", {"640": "2024-05-05"}),
    ("В голосовании 5 мая участвовали 640 человек, сообщил совет 7 мая.", {"640": "2024-05-05"}),
]


@pytest.mark.parametrize(("sentence", "dated"), LISTS)
def test_a_figure_takes_the_date_nearest_before_it(sentence: str, dated: dict[str, str]) -> None:
    for figure, as_of in dated.items():
        assert find_as_of(sentence, REF, sentence.index(figure)) == as_of, figure


COMPARISONS = [
    # the date of a trailing comparison does not date the figure before it
    ("The union counted 2.1 million, as many as on 6 May.", "2.1", None),
    ("Turnout reached 48,000, the same as on 14 March.", "48,000", None),
    ("The fair drew 7,300 visitors, more than on 2 June.", "7,300", None),
    ("Sales came to 5,200 tickets, equal to the total of 9 April.", "5,200", None),
    ("Профсоюз насчитал 2,1 млн человек, что равно числу участников 6 мая.", "2,1", None),
    ("На ярмарку пришли 7300 человек, больше, чем 2 июня.", "7300", None),
    ("В забеге участвовали 4800 бегунов, столько же, сколько 14 марта.", "4800", None),
    ("Продали 5200 билетов, как и 9 апреля.", "5200", None),
    # a date of its own before the figure still dates it
    ("On 20 May the union counted 2.1 million, as many as on 6 May.", "2.1", "2024-05-20"),
    (
        "20 мая профсоюз насчитал 2,1 млн человек, что эквивалентно числу участников 6 мая.",
        "2,1",
        "2024-05-20",
    ),
]


@pytest.mark.parametrize(("sentence", "figure", "as_of"), COMPARISONS)
def test_a_comparison_date_does_not_date_the_figure(
    sentence: str, figure: str, as_of: str | None
) -> None:
    assert find_as_of(sentence, REF, sentence.index(figure)) == as_of


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "date 2024-06-20\nThe agency said that on 3 April 250 families left, on the 9th – 310 "
            "families, and on 1 May – 480 families.",
            ["2024-04-03", "2024-04-09", "2024-05-01"],
        ),
        (
            "date 2024-06-20\nПо данным службы, 3 апреля уехали 250 семей, 9-го — 310 семей, "
            "а 1 мая — 480 семей.",
            ["2024-04-03", "2024-04-09", "2024-05-01"],
        ),
        (
            "date 2024-06-20\nThe union counted 2.1 million marchers, as many as on 6 May.",
            ["2024-06-20"],
        ),
        (
            "date 2024-06-20\nПрофсоюз насчитал 2,1 млн участников, что равно числу участников "
            "6 мая.",
            ["2024-06-20"],
        ),
    ],
)
def test_the_article_dates_each_figure(text: str, dates: list[str]) -> None:
    assert [c.as_of for c in extract_claims(text)] == dates
