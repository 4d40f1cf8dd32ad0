"""Round figures and counted floors, as the conflict rules read them (pure)."""

from __future__ import annotations

import pytest

from factcheck.conflicts.relations import floor_reach, rounded


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (1_090_000, 1_090_000, (1_085_000, 1_099_990)),  # "1.09 million": 3 digits, to 10,000
        (1_089_000, 1_089_000, (1_088_500, 1_089_999)),  # "1,089 млн": to 1,000
        (119_000, 119_000, (118_500, 119_999)),
        (700_000, 700_000, None),  # one digit: a figure of its own
        (80_000, 80_000, None),  # two digits
        (15_341, 15_341, None),  # not given in thousands
        (1_090_000, None, None),  # a floor is not a rounding
        (1_000_000, 2_000_000, None),  # a range
        (40.5, 40.5, None),
    ],
)
def test_rounded(low: float, high: float | None, expected: tuple[float, float] | None) -> None:
    got = rounded(low, high)
    if expected is None:
        assert got is None
    else:
        assert got is not None
        assert got == pytest.approx(expected)


@pytest.mark.parametrize(
    ("low", "reach"),
    [
        (1_100_000, 1_200_000),  # "more than 1.1 million"
        (2_000_000, 3_000_000),  # "more than 2 million"
        (15_341, 15_342),
        (40.5, 40.6),  # "more than 40.5%"
    ],
)
def test_floor_reach(low: float, reach: float) -> None:
    assert floor_reach(low) == pytest.approx(reach)
