"""A quake's magnitude and depth however they are written: before the figure, after it, or
hyphenated onto it ("a 5.9-magnitude quake", "a magnitude-6.1 earthquake", "10 km deep"); a
count hyphenated onto its figure ("a 300-strong crowd") counts the noun after it."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _measures(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.low, c.property) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the measure hyphenated after the figure
        ("A 5.9-magnitude quake struck the coast on Tuesday.", [(5.9, "magnitude")]),
        ("The island was shaken by a 4.8-magnitude aftershock.", [(4.8, "magnitude")]),
        # … and before it
        ("A magnitude-6.1 earthquake hit the valley.", [(6.1, "magnitude")]),
        (
            "The magnitude-7.2 tremor was followed by a 5.4-magnitude aftershock.",
            [(7.2, "magnitude"), (5.4, "magnitude")],
        ),
        # with a count beside it
        (
            "A 6.3-magnitude quake killed 14 people in the province.",
            [(6.3, "magnitude"), (14.0, "killed")],
        ),
        # written apart, as before
        ("A 6.2 magnitude quake hit the region.", [(6.2, "magnitude")]),
        ("Землетрясение магнитудой 5,9 произошло у побережья.", [(5.9, "magnitude")]),
        (
            "Произошло землетрясение магнитудой 6,3, погибли 8 человек.",
            [(6.3, "magnitude"), (8.0, "killed")],
        ),
        # depth after the unit
        ("The quake struck 10 km deep.", [(10.0, "depth")]),
        (
            "The quake was 15 kilometres deep and killed 4 people.",
            [(15.0, "depth"), (4.0, "killed")],
        ),
        ("Очаг залегал на глубине 12 км.", [(12.0, "depth")]),
        # a count hyphenated onto its figure: the noun after it is counted
        ("Police dispersed a 2,000-strong march.", [(2000.0, "participants")]),
        ("A 40-strong team of rescuers arrived.", [(40.0, "count")]),
        ("The mayor allowed a 500-strong rally.", [(500.0, "participants")]),
        # a word hyphenated onto a figure is still no figure
        ("A 5-year plan was adopted.", []),
        ("A 12-storey building collapsed.", []),
    ],
)
def test_dimension(text: str, expected: list[tuple[float, str]]) -> None:
    assert _measures(text) == expected
