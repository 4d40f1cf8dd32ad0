"""The other sources of a figure: the first firm claim of each, which may name a conflict in
one source (pure).

A cluster of claims that give one figure keeps one claim, the first firm one, which speaks for
it (:class:`~factcheck.conflicts.figures.Figures`); its
:attr:`~factcheck.conflicts.facts.Facts.peers` hold the first firm claim of each other source
that gives the figure, and :mod:`~factcheck.conflicts.naming` names a conflict by them. A peer
read from the store stays the plain row it came as (a :data:`Row` of
:data:`~factcheck.conflicts.facts.ROW_COLUMNS`) until a conflict is named by it: about four in
ten rows of a value measure in a big ledger are only peers, and few of them ever name one, so
their facts are built on first use (:func:`facts_at`) rather than for every row.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from typing import Any, TypeVar

from factcheck.conflicts.facts import ROW_COLUMNS, Facts, facts_from_row

Row = Sequence[Any]
# a claim kept aside (a peer, or a role claim of its source): its facts, or its row until used
Peer = Facts | Row
_K = TypeVar("_K")
_ID, _SOURCE, _HEDGED = (ROW_COLUMNS.index(c) for c in ("id", "source_id", "hedged"))


def rank(p: Peer) -> tuple[bool, int]:
    """Which of two claims of one figure comes first: the firm before the hedged, then the
    lower id."""
    if isinstance(p, Facts):
        return p.hedged, p.id
    return bool(p[_HEDGED]), p[_ID]


def source_of(p: Peer) -> int:
    """The source of a claim kept aside."""
    return p.source_id if isinstance(p, Facts) else int(p[_SOURCE])


def facts_at(kept: MutableMapping[_K, Peer], at: _K) -> Facts:
    """The facts of the claim kept at ``at``, built from its row the first time (and kept)."""
    p = kept[at]
    if isinstance(p, Facts):
        return p
    f = facts_from_row(p)
    assert f is not None  # a row is kept aside only once it matched a kept figure
    kept[at] = f
    return f


def restated(cluster: list[Facts], f: Facts) -> None:
    """Add ``f`` to a cluster of one figure that keeps one claim: the first firm claim (lowest
    id not hedged, else lowest id) speaks for the figure, and its ``peers`` hold the first firm
    claim of each other source that gives it."""
    kept = cluster[0]
    if (f.hedged, f.id) < (kept.hedged, kept.id):  # f speaks for the figure now
        cluster[0] = f
        peers, kept.peers = kept.peers or {}, None
        if kept.source_id != f.source_id:
            peers[kept.source_id] = kept  # (first of its source: it came before all)
        peers.pop(f.source_id, None)
        f.peers = peers or None
    elif f.source_id != kept.source_id:
        _peer(kept, f.source_id, f, (f.hedged, f.id))


def restated_row(cluster: list[Facts], row: Row) -> bool:
    """:func:`restated` for a row of the cluster's figure, kept as a row: True, unless the row
    comes before the claim that speaks for the figure (then nothing is done: it must speak
    for it, with its facts built)."""
    kept, first = cluster[0], (bool(row[_HEDGED]), row[_ID])
    if first < (kept.hedged, kept.id):
        return False
    source = row[_SOURCE]
    if source != kept.source_id:
        _peer(kept, source, row, first)
    return True


def _peer(kept: Facts, source: int, p: Peer, first: tuple[bool, int]) -> None:
    """Keep ``p`` (ranked ``first``) as ``source``'s peer of ``kept`` if it comes before the
    one kept."""
    peers = kept.peers
    if peers is None:
        peers = kept.peers = {}
    known = peers.get(source)
    if known is None or first < rank(known):
        peers[source] = p
