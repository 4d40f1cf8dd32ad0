"""The claims of one (subject_key, property) as figure clusters by date, and the pairs of them
the engine judges (pure).

A cluster is every claim giving the same figure, the same way, on the same date: a restatement,
judged once. Clusters of one date, of overlapping dates or of consecutive dates are paired: all
pairs while they are few, each with its neighbours in value order past :data:`MANY_FIGURES`.
Two clusters that disagree make one conflict, named by the claims of one source that gives both
figures when there is one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import product

from factcheck.conflicts.copies import Judged, fold_copies
from factcheck.conflicts.facts import Facts
from factcheck.conflicts.judges import judge_pair, pair_conflict, pair_rule
from factcheck.conflicts.naming import renamed
from factcheck.conflicts.peers import restated
from factcheck.conflicts.relations import WINDOW_DAYS, overlaps, similar_counts
from factcheck.models import Conflict, ConflictKind

Signature = tuple[object, ...]
_SHORT_SPAN = 31  # days: an as-of date of a day or a month
# Past this many different figures of one key on one date (a page that gives hundreds of
# figures of one measure), every pair would be a conflict and their number would grow with the
# square of the figures: each figure then meets only its neighbours in value order (see
# Figures.pairs), so the work and the conflicts grow with the figures, and every figure that
# disagrees with another still shows in a conflict.
MANY_FIGURES = 64
_VALUE = ConflictKind.VALUE


class Figures:
    """The claims of one (subject_key, property), as figure clusters by date.

    A cluster is every claim giving the same figure, the same way, on the same date: a
    restatement. Only one claim of it is kept and compared — the first (lowest id) not hedged,
    else the first — since a restated figure is not a new conflict; once several sources give
    the figure, it holds the first firm claim of each (its ``peers``), which name a conflict
    in one source (:mod:`~factcheck.conflicts.naming`). Counts keep every claim, since each
    sentence's context matters.
    """

    __slots__ = (
        "_below",
        "_days",
        "_other",
        "_short",
        "_states",
        "buckets",
        "keep_all",
        "retracted",
    )

    def __init__(self, keep_all: bool) -> None:
        self.keep_all = keep_all
        self.buckets: dict[tuple[int | None, int | None], dict[Signature, list[Facts]]] = {}
        self.retracted: list[Facts] = []
        self._short: list[Facts] | None = None  # dated within a month, by first day
        self._other: list[Facts] = []  # dated by year, or undated
        self._days: list[int] = []
        # state_at by date: the parts of one date all meet the same state of their whole
        self._states: dict[tuple[int | None, int | None], list[Facts]] = {}
        # a big state by figure (see below): its claims and their upper bounds, ascending
        self._below: dict[tuple[int | None, int | None], tuple[list[Facts], list[float]]] = {}

    def add(self, f: Facts) -> list[Facts] | None:
        """Add a claim; the cluster of its figure when it keeps one claim (not for counts, nor
        for a retracted claim, which is kept apart)."""
        if f.retracted:
            self.retracted.append(f)
            return None
        span = (f.day_lo, f.day_hi)
        clusters = self.buckets.get(span)
        if clusters is None:  # (setdefault would make a dict per claim)
            clusters = self.buckets[span] = {}
        sig = f.figure[2:]
        cluster = clusters.get(sig)
        if cluster is None:
            cluster = clusters[sig] = [f]
        elif self.keep_all:
            cluster.append(f)
        else:
            restated(cluster, f)
        return None if self.keep_all else cluster

    def figures(self) -> Iterator[Facts]:
        """Every kept claim (one per cluster unless ``keep_all``)."""
        for clusters in self.buckets.values():
            for cluster in clusters.values():
                yield from cluster

    def pairs(self) -> Iterator[tuple[list[Facts], list[Facts]]]:
        """The pairs of clusters to judge, each once: clusters of one date or of overlapping
        dates, each date with the latest date before it (an update is judged against the state
        it replaced), and undated clusters with everything.

        Every pair while the clusters are few; past :data:`MANY_FIGURES`, each cluster with its
        neighbours in value order only: the next higher figure it does not overlap (and those
        it overlaps on the way, which judge to nothing), and across two dates the nearest
        figures below and above it."""
        undated = self._clusters((None, None)) if (None, None) in self.buckets else []
        dated = sorted(k for k in self.buckets if k[0] is not None)
        by_span = {span: self._clusters(span) for span in dated}
        running: list[tuple[int, list[list[Facts]]]] = []  # (last day, clusters) still open
        previous: tuple[int, list[list[Facts]]] | None = None
        for span in dated:
            lo, hi = span
            assert lo is not None and hi is not None
            clusters = by_span[span]
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
        if undated:
            for span in dated:
                yield from self._across(undated, by_span[span])

    def _clusters(self, span: tuple[int | None, int | None]) -> list[list[Facts]]:
        """One date's clusters; for counts in id order, so every run (the per-claim check
        adds its claims in another order) pairs the same claims first. Other clusters keep
        one claim each, chosen whatever the order, and every pair of them is judged."""
        clusters = list(self.buckets[span].values())
        if not self.keep_all:
            return clusters
        for cluster in clusters:
            cluster.sort(key=_claim_id)
        return sorted(clusters, key=_first_id)

    def _within(self, clusters: list[list[Facts]]) -> Iterator[tuple[list[Facts], list[Facts]]]:
        if len(clusters) > MANY_FIGURES:
            yield from self._neighbours_within(clusters)
            return
        for i, a in enumerate(clusters):
            for b in clusters[i + 1 :]:
                yield a, b

    def _across(
        self, left: list[list[Facts]], right: list[list[Facts]]
    ) -> Iterator[tuple[list[Facts], list[Facts]]]:
        if len(left) * len(right) > MANY_FIGURES * MANY_FIGURES:
            yield from self._neighbours_across(left, right)
            return
        for a in left:
            for b in right:
                yield a, b

    def _neighbours_within(
        self, clusters: list[list[Facts]]
    ) -> Iterator[tuple[list[Facts], list[Facts]]]:
        """Each of many clusters with the next ones in value order, up to the first it does
        not overlap."""
        ordered = sorted(clusters, key=_value_order)
        for i, a in enumerate(ordered):
            x = a[0]
            for b in ordered[i + 1 : i + 1 + MANY_FIGURES]:
                yield a, b
                if not overlaps(x, b[0]):
                    break

    def _neighbours_across(
        self, left: list[list[Facts]], right: list[list[Facts]]
    ) -> Iterator[tuple[list[Facts], list[Facts]]]:
        """Each cluster of ``right`` with the clusters of ``left`` next to it in value order,
        below and above, up to the first it does not overlap on each side."""
        ordered = sorted(left, key=_value_order)
        lows = [a[0].lo for a in ordered]
        for b in right:
            y = b[0]
            at = bisect_left(lows, y.lo)
            above = ordered[at : at + MANY_FIGURES]
            below = ordered[max(0, at - MANY_FIGURES) : at][::-1]
            for side in (above, below):
                for a in side:
                    yield a, b
                    if not overlaps(a[0], y):
                        break

    def _cluster_pairs(self, a: list[Facts], b: list[Facts]) -> Iterable[tuple[Facts, Facts]]:
        """Every pair of claims of two count clusters (each sentence's context matters): first
        the pairs of one source, lowest source first (the pair a journalist checks first), then
        the others, in id order."""
        if overlaps(a[0], b[0]):  # same figure within a cluster: one test for all
            return ()
        shared = {x.source_id for x in a}.intersection([y.source_id for y in b])
        if not shared:
            # (most clusters: every pair in id order, made in C rather than by a Python loop,
            # as a full run pairs millions of claims)
            return product(a, b)
        ones = [
            (x, y)
            for source in sorted(shared)
            for x in a
            if x.source_id == source
            for y in b
            if y.source_id == source
        ]
        return ones + [(x, y) for x in a for y in b if x.source_id != y.source_id]

    def conflicts(self) -> Iterator[Conflict]:
        """The conflicts within this key: one per pair of figures (for counts, the first pair
        of claims, in id order, whose sentences are alike), and one per value disagreement
        however many pairs of figures copy it (:mod:`~factcheck.conflicts.copies`)."""
        if not self.keep_all:
            values: list[Judged] = []
            close: list[tuple[Facts, Facts]] = []
            yield from self._judged(values, close)
            yield from fold_copies(values, close)
            return
        for a, b in self.pairs():
            for x, y in self._cluster_pairs(a, b):
                # counts meet only in similar sentences: judge_pair asks it last, after tests
                # that pass for almost every pair paired here, and most pairs fail it; asked
                # first, they cost no judge's call (every other way judge_pair answers None too)
                if similar_counts(x, y):
                    conflict = judge_pair(x, y)
                    if conflict is not None:
                        yield conflict
                        break  # the first pair of claims names the two figures' conflict

    def _judged(self, values: list[Judged], close: list[tuple[Facts, Facts]]) -> Iterator[Conflict]:
        """The conflict of each pair of figures that disagree, named (see naming.py); value
        conflicts are kept in ``values`` instead, with the claims that speak for their figures,
        and the pairs of figures found in no conflict in ``close``, for
        :func:`~factcheck.conflicts.copies.fold_copies`."""
        for (x,), (y,) in self.pairs():  # (a cluster of a value keeps one claim)
            # two figures that can both be true are no conflict (judge_pair says so of all
            # but retracted claims, never kept here): most pairs of a big ledger, skipped
            # before the call. A floor ("more than 1.1 million") is judged, unless its
            # measure only grows or one figure is marked as earlier: a rival's figure far
            # above it disputes it (see judges._floor_disputed).
            if (
                x.lo <= y.hi
                and y.lo <= x.hi
                and (
                    (x.high is not None and y.high is not None)
                    or x.cumulative
                    or x.earlier != y.earlier
                )
            ):
                close.append((x, y))
                continue
            picked = pair_rule(x, y)
            if picked is None:
                close.append((x, y))
                continue
            # named by the pair of one source when there is one: the conflict of x and y is
            # then not made at all (see naming.py)
            found = None
            if x.peers is not None or y.peers is not None:  # (else each from one source)
                found = renamed(judge_pair, x, y)
            if found is None:
                conflict, a, b = pair_conflict(*picked), x, y
                if conflict is None:  # (a rule of two figures always finds its conflict)
                    close.append((x, y))
                    continue
            else:
                conflict, a, b = found
            if conflict.kind is not _VALUE:
                yield conflict
            else:
                values.append((conflict, x, y, a.source_id if a.source_id == b.source_id else None))

    def state_at(self, f: Facts) -> list[Facts]:
        """Kept claims that say what this figure was when ``f`` was said: those of overlapping
        dates, the undated, and those of the latest date before ``f`` within the window."""
        span = (f.day_lo, f.day_hi)
        state = self._states.get(span)
        if state is None:
            state = self._states[span] = self._state_at(f)
        return state

    def below(self, f: Facts) -> list[Facts]:
        """The claims of :meth:`state_at` whose figures lie wholly below ``f``'s (the wholes a
        part ``f`` may exceed), nearest first, at most :data:`MANY_FIGURES` of them."""
        span = (f.day_lo, f.day_hi)
        by_figure = self._below.get(span)
        if by_figure is None:
            ordered = sorted(self.state_at(f), key=_high_order)
            by_figure = self._below[span] = (ordered, [g.hi for g in ordered])
        ordered, highs = by_figure
        at = bisect_left(highs, f.lo)
        return ordered[max(0, at - MANY_FIGURES) : at][::-1]

    def _state_at(self, f: Facts) -> list[Facts]:
        if f.day_lo is None or f.day_hi is None:
            return self.near(f)
        same: list[Facts] = []
        latest: list[Facts] = []  # those of the latest date before f, found on the way
        last = 0
        for g in self.near(f, WINDOW_DAYS):
            lo, hi = g.day_lo, g.day_hi
            if lo is None or hi is None or (lo <= f.day_hi and f.day_lo <= hi):
                same.append(g)
            elif hi < f.day_lo:
                if not latest or hi > last:
                    latest, last = [g], hi
                elif hi == last:
                    latest.append(g)
        same += latest
        return same

    def near(self, f: Facts, slack: int = 0) -> list[Facts]:
        """Kept claims whose dates may overlap those of ``f``, or come within ``slack`` days of
        them (a superset: the judges decide)."""
        if self._short is None:
            self._short, self._other = [], []
            for g in self.figures():
                short = g.day_lo is not None and g.day_hi is not None
                short = short and _day_hi(g) - _day_lo(g) <= _SHORT_SPAN
                (self._short if short else self._other).append(g)
            self._short.sort(key=_day_lo)
            self._days = [_day_lo(g) for g in self._short]
        if f.day_lo is None or f.day_hi is None:
            return [*self._short, *self._other]
        # A short claim that overlaps f starts at most _SHORT_SPAN days before f does; the few
        # long ones ("2022") and the undated are always candidates.
        lo = bisect_left(self._days, f.day_lo - _SHORT_SPAN - slack)
        hi = bisect_right(self._days, f.day_hi + slack)
        return [*self._short[lo:hi], *self._other]


def _day_lo(f: Facts) -> int:
    assert f.day_lo is not None
    return f.day_lo


def _value_order(cluster: list[Facts]) -> tuple[float, float, int]:
    f = cluster[0]
    return f.lo, f.hi, f.id


def _high_order(f: Facts) -> tuple[float, int]:
    return f.hi, f.id


def _claim_id(f: Facts) -> int:
    return f.id


def _first_id(cluster: list[Facts]) -> int:
    return cluster[0].id


def _day_hi(f: Facts) -> int:
    assert f.day_hi is not None
    return f.day_hi
