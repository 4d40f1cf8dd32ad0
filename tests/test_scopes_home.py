"""In an article set in one town, a figure "in" that town is the whole event's unless the
article also counts a whole that can hold it, of the same time (pipeline/article.home_as_whole)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the town's own earlier, smaller toll is no whole: the town's figure is the toll
        (
            "Число погибших при пожаре на складе в Верхнегорске выросло до 19 человек, сообщили"
            " в МЧС. Накануне вечером спасатели называли 12 погибших.",
            [("group:people", 19.0), ("group:people", 12.0)],
        ),
        (
            "The toll from the depot fire in Verkhnegorsk rose to 19, officials said. On the"
            " evening before, rescuers had counted 12 dead.",
            [("group:people", 19.0), ("group:people", 12.0)],
        ),
        # a toll of another year is another event's
        (
            "The death toll from the fire at a depot in Verkhnegorsk rose to 19, officials said."
            " In 2009 a blast at the same depot killed 40 people.",
            [("group:people", 19.0), ("group:people", 40.0)],
        ),
        # a larger figure with no place, of the same time, is the whole: the town's is a part
        (
            "По всей стране на улицы вышли 200 тысяч человек. В Верхнегорске собрались 15 тысяч"
            " человек.",
            [("group:people", 200000.0), ("group:people@place:verkhnegorsk", 15000.0)],
        ),
    ],
)
def test_a_towns_figure_is_a_part_only_of_a_whole_that_holds_it(
    text: str, expected: list[tuple[str, float]]
) -> None:
    got = [(c.subject_key, c.low) for c in extract_claims(text, published="2023-10-27")]
    assert got == expected
