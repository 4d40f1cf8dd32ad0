"""The full-run engine: claims grouped by key in one pass, then compared (pure).

:class:`Ledger` keeps, per (subject_key, property), the claims as figure clusters by date
(:class:`Figures`): restatements collapse into one kept claim, and only clusters of the same or
overlapping dates, or of consecutive dates, are paired. Then each part meets its wholes and each
member list the role claims that may be missing from it. The full run
(:mod:`factcheck.conflicts.run`) feeds it a whole ledger; the per-claim check
(:mod:`factcheck.conflicts.check`) the claims fetched for one claim.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from factcheck.conflicts.facts import ROW_COLUMNS, Facts, context_words, day_span
from factcheck.conflicts.keys import COUNT_PROPERTY, ROLE_PROPERTIES
from factcheck.conflicts.relations import (
    WINDOW_DAYS,
    in_window,
    overlaps,
    parents_of,
    siblings_of,
)
from factcheck.conflicts.rules import (
    judge_member_list,
    judge_membership,
    judge_pair,
    judge_part_whole,
)
from factcheck.models import SEVERITY_RANK, ClaimStatus, Conflict, Qualifier

Signature = tuple[object, ...]
_SHORT_SPAN = 31  # days: an as-of date of a day or a month
# Where the fields sit in a row of ROW_COLUMNS (the fast path reads them without building Facts).
_ID, _SOURCE, _KEY, _PROP, _UNIT, _LOW, _HIGH, _QUALIFIER = (
    ROW_COLUMNS.index(c)
    for c in ("id", "source_id", "subject_key", "property", "unit", "low", "high", "qualifier")
)
_AS_OF, _HEDGED, _EARLIER, _STATUS, _PUBLISHED = (
    ROW_COLUMNS.index(c) for c in ("as_of", "hedged", "earlier", "status", "source_published")
)


class Figures:
    """The claims of one (subject_key, property), as figure clusters by date.

    A cluster is every claim giving the same figure, the same way, on the same date: a
    restatement. Only one claim of it is kept and compared — the first (lowest id) not hedged,
    else the first — since a restated figure is not a new conflict; counts keep every claim,
    since each sentence's context matters.
    """

    __slots__ = ("_days", "_other", "_short", "_states", "buckets", "keep_all", "retracted")

    def __init__(self, keep_all: bool) -> None:
        self.keep_all = keep_all
        self.buckets: dict[tuple[int | None, int | None], dict[Signature, list[Facts]]] = {}
        self.retracted: list[Facts] = []
        self._short: list[Facts] | None = None  # dated within a month, by first day
        self._other: list[Facts] = []  # dated by year, or undated
        self._days: list[int] = []
        # state_at by date: the parts of one date all meet the same state of their whole
        self._states: dict[tuple[int | None, int | None], list[Facts]] = {}

    def add(self, f: Facts) -> None:
        if f.retracted:
            self.retracted.append(f)
            return
        clusters = self.buckets.setdefault((f.day_lo, f.day_hi), {})
        sig = f.figure[2:]
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

    def _within(self, clusters: list[list[Facts]]) -> Iterator[tuple[Facts, Facts]]:
        if not self.keep_all:  # one claim a cluster: the pairs of their claims, no more
            for i, a in enumerate(clusters):
                x = a[0]
                for b in clusters[i + 1 :]:
                    yield x, b[0]
            return
        for i, a in enumerate(clusters):
            for b in clusters[i + 1 :]:
                yield from self._cluster_pairs(a, b)

    def _across(
        self, left: list[list[Facts]], right: list[list[Facts]]
    ) -> Iterator[tuple[Facts, Facts]]:
        if not self.keep_all:
            for a in left:
                x = a[0]
                for b in right:
                    yield x, b[0]
            return
        for a in left:
            for b in right:
                yield from self._cluster_pairs(a, b)

    def _cluster_pairs(self, a: list[Facts], b: list[Facts]) -> Iterator[tuple[Facts, Facts]]:
        """Every pair of claims of two count clusters (each sentence's context matters)."""
        if not overlaps(a[0], b[0]):  # same figure within a cluster: one test for all
            for x in a:
                for y in b:
                    yield x, y

    def conflicts(self) -> Iterator[Conflict]:
        """The conflicts within this key: one per pair of figures (for counts, the first pair
        of claims, in id order, whose sentences are alike)."""
        if not self.keep_all:
            for x, y in self.pairs():
                conflict = judge_pair(x, y)
                if conflict is not None:
                    yield conflict
            return
        seen: set[tuple[Signature, Signature]] = set()
        for x, y in self.pairs():
            figures = (x.figure, y.figure)
            if figures in seen:
                continue
            conflict = judge_pair(x, y)
            if conflict is not None:
                seen.add(figures)
                yield conflict

    def state_at(self, f: Facts) -> list[Facts]:
        """Kept claims that say what this figure was when ``f`` was said: those of overlapping
        dates, the undated, and those of the latest date before ``f`` within the window."""
        span = (f.day_lo, f.day_hi)
        state = self._states.get(span)
        if state is None:
            state = self._states[span] = self._state_at(f)
        return state

    def _state_at(self, f: Facts) -> list[Facts]:
        if f.day_lo is None or f.day_hi is None:
            return self.near(f)
        same: list[Facts] = []
        before: list[Facts] = []
        for g in self.near(f, WINDOW_DAYS):
            if (
                g.day_lo is None
                or g.day_hi is None
                or (g.day_lo <= f.day_hi and f.day_lo <= g.day_hi)
            ):
                same.append(g)
            elif g.day_hi < f.day_lo:
                before.append(g)
        if before:
            latest = max(_day_hi(g) for g in before)
            same += [g for g in before if g.day_hi == latest]
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


class Ledger:
    """A full run: every claim's facts grouped by key in one pass, then compared."""

    def __init__(self, facts: Iterable[Facts | None] = ()) -> None:
        self.keys: dict[tuple[str, str], Figures] = {}
        self.lists: list[Facts] = []
        # role claims by source, one per role figure and date: a list meets its own source's
        self.roles_by_source: dict[int, dict[Signature, Facts]] = {}
        for f in facts:
            if f is not None:
                self.add(f)

    def add(self, f: Facts) -> None:
        figures = self.keys.get((f.key, f.prop))
        if figures is None:
            figures = self.keys[(f.key, f.prop)] = Figures(f.prop == COUNT_PROPERTY)
        figures.add(f)
        if f.members and f.prop == COUNT_PROPERTY:
            self.lists.append(f)
        elif f.prop in ROLE_PROPERTIES:
            roles = self.roles_by_source.setdefault(f.source_id, {})
            sig = _role_signature(f)
            if sig not in roles or f.id < roles[sig].id:
                roles[sig] = f

    def restates(self, row: Sequence[Any]) -> bool:
        """True when a row of :data:`ROW_COLUMNS` only restates a figure already kept, so the
        full run can skip it without building its facts (most rows of a big ledger)."""
        prop = row[_PROP]
        if prop == COUNT_PROPERTY or row[_STATUS] == ClaimStatus.RETRACTED:
            return False
        figures = self.keys.get((row[_KEY], prop))
        if figures is None:
            return False
        clusters = figures.buckets.get(day_span(row[_AS_OF] or row[_PUBLISHED]))
        if clusters is None:
            return False
        low, high, q = row[_LOW], row[_HIGH], row[_QUALIFIER]
        low = None if low is None else float(low)
        high = None if high is None else float(high)
        sig = (low, high, q == Qualifier.ABOUT, q == Qualifier.VAGUE, bool(row[_EARLIER]))
        cluster = clusters.get((*sig, row[_UNIT] == "%"))
        if cluster is None or (bool(row[_HEDGED]), row[_ID]) < (cluster[0].hedged, cluster[0].id):
            return False
        if prop not in ROLE_PROPERTIES:
            return True
        role = (row[_KEY], prop, low, high, False, *day_span(row[_AS_OF] or row[_PUBLISHED]))
        kept = self.roles_by_source.get(row[_SOURCE], {}).get(role)
        return kept is not None and kept.id < row[_ID]

    def conflicts(self, *, ordered: bool = True) -> list[Conflict]:
        """Every conflict, most severe first (in no order with ``ordered=False``, for a share
        of a parallel run that is sorted once at the end)."""
        found: dict[str, Conflict] = {}
        first = found.setdefault

        def keep(conflict: Conflict | None) -> None:
            if conflict is not None:
                first(conflict.id, conflict)

        for (key, prop), figures in self.keys.items():
            for conflict in figures.conflicts():
                first(conflict.id, conflict)
            for gone in figures.retracted:
                for other in figures.near(gone, WINDOW_DAYS):
                    keep(judge_pair(gone, other))
            for parent in parents_of(key):
                wholes = self.keys.get((parent, prop))
                if wholes is not None:
                    for part in figures.figures():
                        for whole in wholes.state_at(part):
                            keep(judge_part_whole(part, whole))
        for listing in _first_of_each(self.lists, _list_signature):
            keep(judge_member_list(listing))
            siblings = siblings_of(listing.members)
            candidates = list(self.roles_by_source.get(listing.source_id, {}).values())
            # from other sources, only role claims whose sentence shares a word (or an entity)
            # with the list's can be related to it (see judge_membership): skip the rest here
            words = context_words(listing)
            for entity in siblings:
                for role in ROLE_PROPERTIES:
                    others = self.keys.get((entity, role))
                    if others is not None:
                        candidates += [
                            r
                            for r in others.near(listing, WINDOW_DAYS)
                            if not words.isdisjoint(context_words(r))
                        ]
            # only claims of the list's time, so that the per-claim check (which fetches
            # claims near in time) picks the same role claim of each figure
            near = [r for r in candidates if in_window(listing, r)]
            for role_claim in _first_of_each(near, _role_signature):
                keep(judge_membership(listing, role_claim, siblings))
        return sort_conflicts(found.values()) if ordered else list(found.values())


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
    # with its date: the per-claim check, which sees only claims near in time, must pick the
    # same first claim of a figure as the full run
    return (f.key, f.prop, f.low, f.high, f.retracted, f.day_lo, f.day_hi)


def _day_lo(f: Facts) -> int:
    assert f.day_lo is not None
    return f.day_lo


def _claim_id(f: Facts) -> int:
    return f.id


def _first_id(cluster: list[Facts]) -> int:
    return cluster[0].id


def _day_hi(f: Facts) -> int:
    assert f.day_hi is not None
    return f.day_hi


def sort_conflicts(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """Most severe first, then by kind and claims: the same order on every run."""
    return sorted(conflicts, key=_order)


def _order(c: Conflict) -> tuple[int, str, int, int, str]:
    a, b = (c.claim_a, c.claim_b) if c.claim_a <= c.claim_b else (c.claim_b, c.claim_a)
    return (-SEVERITY_RANK[c.severity], c.kind, a, b, c.id)
