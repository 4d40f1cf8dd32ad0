"""A page giving thousands of figures of one measure: the engine's work and its conflicts grow
with the figures, not with their square (counted, never timed)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conflict_cases import build, claim

from factcheck.conflicts import figures, find_conflicts
from factcheck.conflicts.facts import Facts
from factcheck.conflicts.figures import MANY_FIGURES
from factcheck.conflicts.rules import Rule
from factcheck.models import Conflict


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts the pairs the engine judges (each asked for its rule once)."""
    calls = [0]
    judge = figures.pair_rule

    def counting(a: Facts, b: Facts) -> tuple[Rule, Facts, Facts] | None:
        calls[0] += 1
        return judge(a, b)

    monkeypatch.setattr(figures, "pair_rule", counting)
    yield calls


def _figures(n: int, prop: str = "killed", **kw: Any) -> list[dict[str, Any]]:
    """``n`` different figures of one measure from one source on one date, each in a sentence
    of its own alike the others (counts meet only in alike sentences)."""
    words = ("police", "say", "city")
    return [
        claim("group:people", prop, 10 * (i + 1), context=words, start=2000 * i, **kw)
        for i in range(n)
    ]


def _run(case: list[dict[str, Any]], judged: list[int]) -> tuple[int, list[Conflict]]:
    judged[0] = 0
    found = find_conflicts(build(case))
    return judged[0], found


def test_few_figures_are_all_paired(judged: list[int]) -> None:
    n = MANY_FIGURES
    pairs, found = _run(_figures(n), judged)
    assert pairs == len(found) == n * (n - 1) // 2


@pytest.mark.parametrize("prop", ["killed", "participants", "count"])
def test_many_figures_of_one_date_grow_linearly(judged: list[int], prop: str) -> None:
    k = 4 * MANY_FIGURES
    small_pairs, small = _run(_figures(k, prop), judged)
    big_pairs, big = _run(_figures(4 * k, prop), judged)
    assert small_pairs <= 2 * k and len(small) <= k
    assert big_pairs <= 4.1 * small_pairs and len(big) <= 4.1 * len(small)
    # every figure still shows in a conflict with another
    for n, found in ((k, small), (4 * k, big)):
        assert {i for c in found for i in (c.claim_a, c.claim_b)} == set(range(1, n + 1))


def test_many_figures_of_two_dates_grow_linearly(judged: list[int]) -> None:
    def two_days(n: int) -> list[dict[str, Any]]:
        return _figures(n) + _figures(n, as_of="2022-01-08", source_id=2)

    k = 4 * MANY_FIGURES
    small_pairs, small = _run(two_days(k), judged)
    big_pairs, big = _run(two_days(4 * k), judged)
    assert big_pairs <= 4.1 * small_pairs and len(big) <= 4.1 * len(small)
    assert len(small) < 4 * k


def test_one_rival_figure_meets_a_page_of_figures(judged: list[int]) -> None:
    """A figure of another source among a page's many still meets the figures next to it."""
    page = _figures(4 * MANY_FIGURES)
    rival = claim("group:people", "killed", 1005, source_id=2)
    _, found = _run([*page, rival], judged)
    rival_id = len(page) + 1
    others = {c.claim_a + c.claim_b - rival_id for c in found if rival_id in (c.claim_a, c.claim_b)}
    assert others and others <= set(range(1, len(page) + 1))
    assert {100, 101} & others  # 1000 and 1010, the figures on either side of 1005


def test_many_parts_and_wholes_grow_linearly() -> None:
    """Parts (protesters) and wholes (people) of one page, each part larger than most wholes:
    a part meets the nearest smaller whole it exceeds, not every one of them."""

    def page(n: int) -> list[dict[str, Any]]:
        parts = [claim("group:protesters", "detained", 10 * i + 5) for i in range(1, n + 1)]
        return parts + _figures(n, "detained")

    def exceeds(n: int) -> list[Conflict]:
        return [c for c in find_conflicts(build(page(n))) if c.rule == "part_whole.exceeds"]

    k = 4 * MANY_FIGURES
    small, big = exceeds(k), exceeds(4 * k)
    assert len(small) == k and len(big) == 4 * k  # each part once, with the whole just below it
    assert {(c.claim_a, c.claim_b) for c in small} == {(i, k + i) for i in range(1, k + 1)}


def test_few_wholes_each_meet_every_part() -> None:
    n = MANY_FIGURES // 2
    parts = [claim("group:protesters", "detained", 10 * i + 5) for i in range(1, n + 1)]
    found = find_conflicts(build(parts + _figures(n, "detained")))
    assert len([c for c in found if c.rule == "part_whole.exceeds"]) == n * (n + 1) // 2
