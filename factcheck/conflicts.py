"""Claims → conflicts: which claims to compare, and the comparison over a whole ledger (pure).

Two entry points share the rules of :mod:`factcheck.conflict_rules`:

* the per-claim check (``add``/``extract``): :func:`related_keys` says which (subject_key,
  property) pairs the store must fetch for one new claim, and :func:`conflicts_for` judges the
  claim against them — never a scan of the table;
* the full run (``factcheck conflicts``): :func:`find_conflicts` reads every claim once, keeps a
  small record of each grouped by key, then compares within each group, each part with its
  whole, and each member list with the role claims that may be missing from it.

Pairs are compared only when dated within :data:`~factcheck.conflict_rules.WINDOW_DAYS` of each
other, so the work grows with the claims of one moment, not with the square of the ledger.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any

from factcheck.conflict_facts import (
    COUNT_PROPERTY,
    MAX_DATE_SPAN,
    ROLE_PROPERTIES,
    ROW_COLUMNS,
    ClaimLike,
    Facts,
    facts_from_row,
    facts_of,
)
from factcheck.conflict_rules import (
    GROUP_OF_KIND,
    WINDOW_DAYS,
    children,
    conflict_id,
    judge_member_list,
    judge_membership,
    judge_pair,
    judge_part_whole,
    overlaps,
    parents_of,
    siblings_of,
)
from factcheck.models import SEVERITY_RANK, Conflict, ConflictKind, Decision, Severity

__all__ = [
    "ROW_COLUMNS",
    "conflict_id",
    "conflicts_for",
    "find_conflicts",
    "find_conflicts_in_rows",
    "related_keys",
    "select_conflicts",
    "sort_conflicts",
]

Key = tuple[str | None, str | None]


def related_keys(claim: ClaimLike) -> list[Key]:
    """The (subject_key, property) pairs to fetch to check one claim, most direct first.

    Its own key; the wholes it is part of and the parts it contains (same property); for a role
    claim (Belarus's troops) the member lists of its kind of entity; for a member list, the role
    claims of the entities that belong with its members but are not listed.
    """
    key, prop = claim.subject_key, claim.property
    if not key or not prop:
        return []
    keys: list[Key] = [(key, prop)]
    keys += [(parent, prop) for parent in sorted(parents_of(key))]
    keys += [(child, prop) for child in sorted(children(key))]
    group = GROUP_OF_KIND.get(key.partition(":")[0])
    if prop in ROLE_PROPERTIES and group:
        keys.append((group, COUNT_PROPERTY))
    if prop == COUNT_PROPERTY and claim.member_keys:
        for entity in sorted(siblings_of(frozenset(claim.member_keys))):
            keys += [(entity, role) for role in sorted(ROLE_PROPERTIES)]
    return list(dict.fromkeys(keys))


def conflicts_for(claim: ClaimLike, related: Iterable[ClaimLike]) -> list[Conflict]:
    """The conflicts one claim makes with the claims fetched for it by :func:`related_keys`.

    It runs the full-run engine on those claims and keeps the conflicts of ``claim``, so
    ``add`` prints exactly what ``factcheck conflicts`` will list for it.
    """
    new = facts_of(claim)
    if new is None:
        return []
    others = (facts_of(c) for c in related if c.id != new.id)
    found = _Ledger(itertools.chain([new], others)).conflicts()
    return [c for c in found if new.id in (c.claim_a, c.claim_b)]


def find_conflicts(claims: Iterable[ClaimLike]) -> list[Conflict]:
    """Every conflict among ``claims``, read in one pass (a generator is fine and cheapest)."""
    return _Ledger(facts_of(c) for c in claims).conflicts()


def find_conflicts_in_rows(rows: Iterable[Sequence[Any]]) -> list[Conflict]:
    """:func:`find_conflicts` over plain rows of :data:`ROW_COLUMNS` — the fast path for a
    whole ledger, with no Claim object built per row."""
    return _Ledger(facts_from_row(r) for r in rows).conflicts()


Signature = tuple[object, ...]


class _Figures:
    """The claims of one (subject_key, property), as figure clusters by date.

    A cluster is every claim giving the same figure, the same way, on the same date: a
    restatement. Only one claim of it is kept and compared — the first (lowest id) not hedged,
    else the first — since a restated figure is not a new conflict; counts keep every claim,
    since each sentence's context matters.
    """

    __slots__ = ("_days", "_sorted", "buckets", "keep_all", "retracted")

    def __init__(self, keep_all: bool) -> None:
        self.keep_all = keep_all
        self.buckets: dict[tuple[int | None, int | None], dict[Signature, list[Facts]]] = {}
        self.retracted: list[Facts] = []
        self._sorted: list[Facts] | None = None
        self._days: list[int] = []

    def add(self, f: Facts) -> None:
        if f.retracted:
            self.retracted.append(f)
            return
        clusters = self.buckets.setdefault((f.day_lo, f.day_hi), {})
        sig = (f.low, f.high, f.about, f.vague, f.earlier, f.pct)
        cluster = clusters.get(sig)
        if cluster is None:
            clusters[sig] = [f]
        elif self.keep_all:
            cluster.append(f)
        elif (f.hedged, f.id) < (cluster[0].hedged, cluster[0].id):
            cluster[0] = f  # the first firm claim speaks for the figure

    def figures(self) -> Iterator[Facts]:
        """Every kept claim (one per cluster unless ``keep_all``)."""
        for clusters in self.buckets.values():
            for cluster in clusters.values():
                yield from cluster

    def pairs(self) -> Iterator[tuple[Facts, Facts]]:
        """Pairs to judge: clusters of one date or of overlapping dates, each date with the
        latest date before it (an update is judged against the state it replaced), and undated
        clusters with everything."""
        undated = list(self.buckets.get((None, None), {}).values())
        dated = sorted(k for k in self.buckets if k[0] is not None)
        running: list[tuple[int, list[list[Facts]]]] = []  # (last day, clusters) still open
        previous: tuple[int, list[list[Facts]]] | None = None
        for span in dated:
            lo, hi = span
            assert lo is not None and hi is not None
            clusters = list(self.buckets[span].values())
            still = []
            for last, other in running:
                if last >= lo:
                    still.append((last, other))
                elif previous is None or last > previous[0]:
                    previous = (last, other)
            running = still
            yield from self._within(clusters)
            for _, other in running:
                yield from self._across(other, clusters)
            if previous is not None and lo - previous[0] <= WINDOW_DAYS:
                yield from self._across(previous[1], clusters)
            running.append((hi, clusters))
        yield from self._within(undated)
        for span in dated:
            yield from self._across(undated, list(self.buckets[span].values()))

    def _within(self, clusters: list[list[Facts]]) -> Iterator[tuple[Facts, Facts]]:
        for i, a in enumerate(clusters):
            for b in clusters[i + 1 :]:
                yield from self._cluster_pairs(a, b)

    def _across(
        self, left: list[list[Facts]], right: list[list[Facts]]
    ) -> Iterator[tuple[Facts, Facts]]:
        for a in left:
            for b in right:
                yield from self._cluster_pairs(a, b)

    def _cluster_pairs(self, a: list[Facts], b: list[Facts]) -> Iterator[tuple[Facts, Facts]]:
        if not self.keep_all:
            yield a[0], b[0]
        elif not overlaps(a[0], b[0]):  # same figure within a cluster: one test for all
            for x in a:
                for y in b:
                    yield x, y

    def near(self, f: Facts) -> list[Facts]:
        """Kept claims whose dates may overlap those of ``f`` (a superset; judges decide)."""
        if self._sorted is None:
            figures = list(self.figures())
            self._sorted = sorted((g for g in figures if g.day_lo is not None), key=_day_lo)
            self._days = [_day_lo(g) for g in self._sorted]
            self._sorted += [g for g in figures if g.day_lo is None]
        if f.day_lo is None or f.day_hi is None:
            return self._sorted
        lo = bisect_left(self._days, f.day_lo - MAX_DATE_SPAN - WINDOW_DAYS)
        hi = bisect_right(self._days, f.day_hi + WINDOW_DAYS)
        return [*self._sorted[lo:hi], *self._sorted[len(self._days) :]]


class _Ledger:
    """A full run: every claim's facts grouped by key in one pass, then compared."""

    def __init__(self, facts: Iterable[Facts | None]) -> None:
        self.keys: dict[tuple[str, str], _Figures] = {}
        self.lists: list[Facts] = []
        self.roles_by_source: dict[int, list[Facts]] = {}
        for f in facts:
            if f is None:
                continue
            figures = self.keys.get((f.key, f.prop))
            if figures is None:
                figures = self.keys[(f.key, f.prop)] = _Figures(f.prop == COUNT_PROPERTY)
            figures.add(f)
            if f.members and f.prop == COUNT_PROPERTY:
                self.lists.append(f)
            elif f.prop in ROLE_PROPERTIES:
                self.roles_by_source.setdefault(f.source_id, []).append(f)

    def conflicts(self) -> list[Conflict]:
        found: dict[str, Conflict] = {}

        def keep(conflict: Conflict | None) -> None:
            if conflict is not None:
                found.setdefault(conflict.id, conflict)

        for (key, prop), figures in self.keys.items():
            for a, b in figures.pairs():
                keep(judge_pair(a, b))
            for gone in figures.retracted:
                for other in figures.near(gone):
                    keep(judge_pair(gone, other))
            for parent in parents_of(key):
                wholes = self.keys.get((parent, prop))
                if wholes is not None:
                    for part in figures.figures():
                        for whole in wholes.near(part):
                            keep(judge_part_whole(part, whole))
        for listing in _first_of_each(self.lists, _list_signature):
            keep(judge_member_list(listing))
            siblings = siblings_of(listing.members)
            candidates = list(self.roles_by_source.get(listing.source_id, ()))
            for entity in siblings:
                for role in ROLE_PROPERTIES:
                    others = self.keys.get((entity, role))
                    if others is not None:
                        candidates += others.near(listing)
            for role_claim in _first_of_each(candidates, _role_signature):
                keep(judge_membership(listing, role_claim, siblings))
        return sort_conflicts(found.values())


def _first_of_each(facts: Iterable[Facts], signature: Callable[[Facts], Signature]) -> list[Facts]:
    """One claim (the lowest id) per signature: a restated list or role is flagged once."""
    first: dict[Signature, Facts] = {}
    for f in facts:
        sig = signature(f)
        if sig not in first or f.id < first[sig].id:
            first[sig] = f
    return list(first.values())


def _list_signature(f: Facts) -> Signature:
    return (f.members, f.low, f.high, f.day_lo, f.day_hi, f.retracted)


def _role_signature(f: Facts) -> Signature:
    return (f.key, f.prop, f.low, f.high, f.retracted)


def _day_lo(f: Facts) -> int:
    assert f.day_lo is not None
    return f.day_lo


def sort_conflicts(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """Most severe first, then by kind and claims: the same order on every run."""
    return sorted(conflicts, key=lambda c: (-SEVERITY_RANK[c.severity], c.kind, c.pair, c.id))


def select_conflicts(
    conflicts: Iterable[Conflict],
    decisions: Mapping[str, Decision],
    *,
    claim_ids: Collection[int] | None = None,
    kind: ConflictKind | None = None,
    min_severity: Severity | None = None,
    include_decided: bool = False,
) -> list[Conflict]:
    """The conflicts a listing shows: open ones (all with ``include_decided``), touching one of
    ``claim_ids`` when given, of one kind, at or above a severity."""
    floor = SEVERITY_RANK[min_severity] if min_severity else 0
    return [
        c
        for c in conflicts
        if (include_decided or c.id not in decisions)
        and (claim_ids is None or c.claim_a in claim_ids or c.claim_b in claim_ids)
        and (kind is None or c.kind == kind)
        and SEVERITY_RANK[c.severity] >= floor
    ]
