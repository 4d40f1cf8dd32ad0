""" "до" after a verb of change gives the new figure, the verb a few words back too ("повысил
ключевую ставку до 16%"); "до" with no such verb is a bound ("эвакуировали до 40 тыс.")."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_quantities


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Банк повысил ключевую ставку до 16%.", 16.0, 16.0),
        ("Министерство снизило прогноз роста до 1,5%.", 1.5, 1.5),
        ("Число погибших выросло до 40.", 40.0, 40.0),
        ("Власти эвакуировали до 40 тыс. человек.", None, 40000.0),
        ("Задержаны до 40 человек.", None, 40.0),
    ],
)
def test_do_after_a_verb_of_change(sentence: str, low: float | None, high: float) -> None:
    (q,) = find_quantities(sentence)
    assert (q.low, q.high) == (low, high)
