"""A part of a figure that moved to another event: "two of the 40 injured later died" counts
two dead (and 40 injured); the status names who is counted, the predicate what befell them."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _measures(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.low, c.property) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of a whole with a status: the share's event is the predicate's
        ("Two of the 40 injured later died in hospital.", [(2.0, "killed"), (40.0, "injured")]),
        ("Three of the 25 wounded died overnight.", [(3.0, "killed"), (25.0, "injured")]),
        (
            "Five of the 30 rescued miners were hospitalised.",
            [(5.0, "hospitalised"), (30.0, "rescued")],
        ),
        ("Three of those rescued were taken to hospital.", [(3.0, "hospitalised")]),
        ("Двое из 40 раненых скончались в больнице.", [(2.0, "killed"), (40.0, "injured")]),
        ("Трое из 12 пострадавших умерли ночью.", [(3.0, "killed"), (12.0, "injured")]),
        # the status names the figure's noun, the predicate follows
        ("Two injured people later died.", [(2.0, "killed")]),
        ("Four wounded soldiers died overnight.", [(4.0, "killed")]),
        ("Ещё двое раненых скончались в больнице.", [(2.0, "killed")]),
        ("Трое пострадавших умерли в больнице.", [(3.0, "killed")]),
        # each figure its own event, as before
        ("18 погибших и 40 раненых.", [(18.0, "killed"), (40.0, "injured")]),
        (
            "12 dead and 40 injured people were counted.",
            [(12.0, "killed"), (40.0, "injured")],
        ),
        ("40 injured were taken to hospital.", [(40.0, "injured")]),
        ("84 тела погибших опознаны.", [(84.0, "identified")]),
    ],
)
def test_moved_event(text: str, expected: list[tuple[float, str]]) -> None:
    assert _measures(text) == expected
