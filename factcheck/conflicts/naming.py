"""How a conflict is named: by the pair of claims a journalist would check first (pure).

Two figures that disagree are each a cluster of claims (:mod:`~factcheck.conflicts.figures`):
the first firm claim speaks for the cluster, and whether two clusters disagree is judged on
those two claims. Once several sources give a figure, the claim that speaks for it holds the
first firm claim of each other source (:attr:`~factcheck.conflicts.facts.Facts.peers`). When
one source gives both figures, the conflict is named by its two claims — of the lowest such
source —, so the journalist reads both passages in one article; else by the claims that
speak for the figures.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.conflicts.facts import Facts
from factcheck.conflicts.peers import facts_at
from factcheck.models import Conflict

Judge = Callable[[Facts, Facts], Conflict | None]


def in_one_source(x: Facts, y: Facts) -> int | None:
    """The lowest source that gives both figures ``x`` and ``y`` speak for (each in its own
    source and its ``peers``' sources); None when no source gives both."""
    px, py = x.peers, y.peers
    shared = []
    if x.source_id == y.source_id or (py is not None and x.source_id in py):
        shared.append(x.source_id)
    if px is not None and y.source_id in px:
        shared.append(y.source_id)
    if px is not None and py is not None:
        shared += px.keys() & py.keys()
    return min(shared) if shared else None


def named(judge: Judge, x: Facts, y: Facts, conflict: Conflict) -> Conflict:
    """``conflict``, found by ``judge`` between the figures ``x`` and ``y`` speak for, named
    by the pair of one source that gives both when their ``peers`` show one. The figures
    decide whether they disagree; when the pair of one source does not conflict by itself (a
    sentence that lists both), the claims that speak for the figures name it."""
    found = renamed(judge, x, y)
    return conflict if found is None else found[0]


def renamed(judge: Judge, x: Facts, y: Facts) -> tuple[Conflict, Facts, Facts] | None:
    """The conflict of the pair of one source that gives the figures ``x`` and ``y`` speak
    for, with its facts, when their ``peers`` show one and that pair conflicts by itself
    (found by ``judge``); else None: ``x`` and ``y`` name it."""
    if x.peers is None and y.peers is None:  # (most pairs: each figure from one source)
        return None
    source = in_one_source(x, y)
    if source is None:
        return None
    a, b = _first_in(x, source), _first_in(y, source)
    if a is x and b is y:
        return None
    conflict = judge(a, b)
    return None if conflict is None else (conflict, a, b)


def _first_in(f: Facts, source: int) -> Facts:
    """The first firm claim of ``f``'s figure in ``source`` (one that gives it)."""
    if source == f.source_id or f.peers is None:
        return f
    return facts_at(f.peers, source)
