"""A disaster's or an attack's own date is not the date its toll was counted (pure)."""

from __future__ import annotations

import pytest

from factcheck.text.dates import find_as_of

REF = "2025-05-14"


@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        # the event's date alone: the toll is the report's (None: the article's date is used)
        ("Число погибших при взрыве 11 мая на складе выросло до 17.", None),
        ("После наводнения 9 мая без крова остались 2 300 жителей.", None),
        ("В результате обрушения 10 мая погибли шесть рабочих.", None),
        ("The toll from the May 11 blast at the depot rose to 17.", None),
        ("Rescuers say the flood of May 9 left 2,300 people homeless.", None),
        ("Six workers died in the collapse on May 10, the ministry said.", None),
        # a date before the event's name: "12 мая трагедия…", "the May 12 tragedy"
        ("12 мая трагедия на переправе унесла жизни девяти человек.", None),
        ("The May 12 tragedy at the ferry crossing claimed nine lives.", None),
        # the report's own date still counts, before or after the event's
        ("По состоянию на 13 мая после взрыва 11 мая погибли 17 человек.", "2025-05-13"),
        ("The toll of the blast on May 11 reached 17, officials said on May 13.", "2025-05-13"),
        # a protest's date is the day its crowd was counted
        ("Шествие 10 мая собрало 40 тысяч человек.", "2025-05-10"),
        ("On May 10, 40,000 people marched in the capital.", "2025-05-10"),
    ],
)
def test_an_events_date_is_not_its_tolls(sentence: str, as_of: str | None) -> None:
    assert find_as_of(sentence, REF) == as_of
