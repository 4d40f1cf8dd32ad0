"""A fraction is a share, and a bound before it bounds the share as it bounds any figure
("more than half" is above 50%, "менее трети" below a third), in both languages."""

from __future__ import annotations

import pytest

from factcheck.models import Qualifier
from factcheck.text.numbers import find_quantities

Q = Qualifier


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("More than half of the crew were rescued.", 50, None, Q.MORE_THAN),
        ("Более половины опрошенных против.", 50, None, Q.MORE_THAN),
        ("Не менее половины домов без света.", 50, None, Q.AT_LEAST),
        ("Fewer than a quarter of voters turned out.", None, 25, Q.LESS_THAN),
        ("Менее трети предприятий работают.", None, 34, Q.LESS_THAN),
        ("About a third of the staff struck.", 33, 34, Q.ABOUT),
        ("Half of the staff struck.", 50, 50, Q.EXACT),
    ],
)
def test_a_bounded_fraction(text: str, low: float | None, high: float | None, qualifier: Q) -> None:
    (q,) = find_quantities(text)
    assert (q.low, q.high, q.qualifier, q.unit) == (low, high, qualifier, "%")
