"""How a conflict is named: by the pair of claims a journalist would check first (pure).

Two figures that disagree are each a cluster of claims (:mod:`~factcheck.conflicts.figures`):
the first firm claim speaks for the cluster, and once several sources give the figure, it
holds the first firm claim of each (:attr:`~factcheck.conflicts.facts.Facts.peers`). When one
source gives both figures, the conflict is named by its two claims — of the lowest such
source —, so the journalist reads both passages in one article; else by the claims that speak
for the figures.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.conflicts.facts import Facts
from factcheck.models import Conflict

Judge = Callable[[Facts, Facts], Conflict | None]


def in_one_source(x: Facts, y: Facts) -> tuple[Facts, Facts] | None:
    """The claims that name a disagreement between the figures ``x`` and ``y`` speak for, when
    one source gives both: the first firm claim of each in the lowest such source (the pair a
    journalist checks first). None when no source gives both, or ``x`` and ``y`` are that pair."""
    px, py = x.peers, y.peers
    if px is None and py is None:
        return None
    if px is None:
        other = py.get(x.source_id) if py is not None else None
        return None if other is None or other is y else (x, other)
    if py is None:
        other = px.get(y.source_id)
        return None if other is None or other is x else (other, y)
    shared = px.keys() & py.keys()
    if not shared:
        return None
    source = min(shared)
    a, b = px[source], py[source]
    return None if a is x and b is y else (a, b)


def judge_named(judge: Judge, x: Facts, y: Facts) -> Conflict | None:
    """``judge`` of two figures, named by the pair of one source that gives both
    (:func:`in_one_source`), else by the claims that speak for the figures. The figures decide
    whether they disagree: when the pair of one source does not conflict (a sentence that
    lists both), the claims that speak for them still do."""
    pair = in_one_source(x, y)
    if pair is not None:
        conflict = judge(*pair)
        if conflict is not None:
            return conflict
    return judge(x, y)
