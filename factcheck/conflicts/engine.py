"""The full-run engine: claims grouped by key in one pass, then compared (pure).

:class:`Ledger` keeps, per (subject_key, property), the claims as figure clusters by date
(:class:`~factcheck.conflicts.figures.Figures`): restatements collapse into one kept claim, and
only clusters of the same or overlapping dates, or of consecutive dates, are paired; a conflict
is named by the claims of one source that gives both figures, if one does
(:mod:`~factcheck.conflicts.naming`). Then each
part meets its wholes and each member list the role claims that may be missing from it. The full
run (:mod:`factcheck.conflicts.run`) feeds it a whole ledger; the per-claim check
(:mod:`factcheck.conflicts.check`) the claims fetched for one claim.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Any

from factcheck.conflicts.days import day_span
from factcheck.conflicts.facts import (
    ABOUT,
    RETRACTED,
    ROW_COLUMNS,
    VAGUE,
    Facts,
    context_words,
    facts_from_fields,
)
from factcheck.conflicts.figures import MANY_FIGURES, Figures, Signature
from factcheck.conflicts.judges import (
    judge_member_list,
    judge_membership,
    judge_pair,
    judge_part_whole,
)
from factcheck.conflicts.keys import COUNT_PROPERTY, ROLE_PROPERTIES
from factcheck.conflicts.naming import named
from factcheck.conflicts.peers import Peer, Row, facts_at, rank, restated_row, source_of
from factcheck.conflicts.relations import (
    WINDOW_DAYS,
    in_window,
    parents_of,
    siblings_of,
)
from factcheck.models import SEVERITY_RANK, Conflict

_ID, _SOURCE, _KEY, _PROP, _UNIT, _LOW, _HIGH, _QUALIFIER = (
    ROW_COLUMNS.index(c)
    for c in ("id", "source_id", "subject_key", "property", "unit", "low", "high", "qualifier")
)
_AS_OF, _HEDGED, _EARLIER, _STATUS, _PUBLISHED = (
    ROW_COLUMNS.index(c) for c in ("as_of", "hedged", "earlier", "status", "source_published")
)
# a row's subject_key, property, unit, low, high and qualifier, in one slice
_FIGURE = slice(_KEY, _QUALIFIER + 1)
assert ROW_COLUMNS.index("qualifier") - _KEY == 5 and ROW_COLUMNS.index("low") - _KEY == 3


class Ledger:
    """A full run: every claim's facts grouped by key in one pass, then compared."""

    def __init__(self, facts: Iterable[Facts | None] = ()) -> None:
        self.keys: dict[tuple[str, str], Figures] = {}
        self.lists: list[Facts] = []
        # the cluster of each figure read as a row (see add_row), by the row's own fields
        self._read: dict[tuple[Any, ...], list[Facts]] = {}
        for f in facts:
            if f is not None:
                self.add(f)

    def add(self, f: Facts) -> list[Facts] | None:
        """Add a claim's facts; the figure cluster that holds it, if one keeps one claim."""
        figures = self.keys.get((f.key, f.prop))
        if figures is None:
            figures = self.keys[(f.key, f.prop)] = Figures(f.prop == COUNT_PROPERTY)
        if f.members and f.prop == COUNT_PROPERTY:
            self.lists.append(f)
        return figures.add(f)

    def add_row(self, row: Row) -> None:
        """Add the claim of a row of :data:`ROW_COLUMNS`, as :meth:`add` adds its facts; but a
        row that only restates a figure read before stays a row (see peers.py), its facts
        built only if a conflict is named by it."""
        if row[_PROP] != COUNT_PROPERTY and row[_STATUS] != RETRACTED:
            # the fields that make the figure a cluster keeps (see figures.Figures.add), as
            # read: most rows of a value measure restate one, told by one lookup
            figure = (row[_FIGURE], row[_AS_OF] or row[_PUBLISHED], row[_EARLIER])
            cluster = self._read.get(figure)
            if cluster is None:
                f = facts_from_fields(*row)
                if f is not None and (cluster := self.add(f)) is not None:
                    self._read[figure] = cluster
                return
            if restated_row(cluster, row):
                return
        f = facts_from_fields(*row)
        if f is not None:
            self.add(f)

    def restates(self, row: Sequence[Any]) -> bool:
        """True when a row of :data:`ROW_COLUMNS` only restates a figure already kept, so the
        full run can skip it without building its facts (most rows of a big ledger)."""
        if row[_PROP] == COUNT_PROPERTY or row[_STATUS] == RETRACTED:
            return False
        cluster = self._cluster_of(row)
        if cluster is None:
            return False
        # a row that comes first in its source names the conflicts of its source (see
        # naming.py): only a later one of the same source restates
        kept, source = cluster[0], row[_SOURCE]
        first: Peer | None
        if source == kept.source_id:
            first = kept
        else:
            first = None if kept.peers is None else kept.peers.get(source)
        # (nor is it then the first of its source of its role figure, see _roles_of)
        return first is not None and rank(first) <= (bool(row[_HEDGED]), row[_ID])

    def _cluster_of(self, row: Sequence[Any]) -> list[Facts] | None:
        """The kept cluster of the figure a row gives (see figures.Figures.add); None when no
        claim of it is kept yet."""
        figures = self.keys.get((row[_KEY], row[_PROP]))
        if figures is None:
            return None
        clusters = figures.buckets.get(day_span(row[_AS_OF] or row[_PUBLISHED]))
        if clusters is None:
            return None
        low, high, q = row[_LOW], row[_HIGH], row[_QUALIFIER]
        low = None if low is None else float(low)
        high = None if high is None else float(high)
        return clusters.get(
            (low, high, q == ABOUT, q == VAGUE, bool(row[_EARLIER]), row[_UNIT] == "%")
        )

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
                        for conflict in _part_whole(part, wholes):
                            first(conflict.id, conflict)
        for met in self._memberships():
            keep(met)
        return sort_conflicts(found.values()) if ordered else list(found.values())

    def _memberships(self) -> Iterator[Conflict | None]:
        """What each member list finds: against its own length, and with each role claim of
        an entity it leaves out (None where a judge finds nothing)."""
        listings = _first_of_each(self.lists, _list_signature)
        roles_by_source = self._roles_of({f.source_id for f in listings})
        for listing in listings:
            yield judge_member_list(listing)
            siblings = siblings_of(listing.members)
            candidates = list(roles_by_source.get(listing.source_id, ()))
            # from other sources, only role claims whose sentence shares a word (or an entity)
            # with the list's can be related to it (see judge_membership): skip the rest here
            # (a claim's words as kept once made: a call per claim adds up in a big ledger)
            words = context_words(listing)
            for entity in siblings:
                for role in ROLE_PROPERTIES:
                    others = self.keys.get((entity, role))
                    if others is not None:
                        candidates += [
                            r
                            for r in others.near(listing, WINDOW_DAYS)
                            if not words.isdisjoint(r.words or context_words(r))
                        ]
            # only claims of the list's time, so that the per-claim check (which fetches
            # claims near in time) picks the same role claim of each figure
            near = [r for r in candidates if in_window(listing, r)]
            for role_claim in _first_of_each(near, _role_signature):
                yield judge_membership(listing, role_claim, siblings)

    def _roles_of(self, sources: Collection[int]) -> dict[int, list[Facts]]:
        """The role claims of each of ``sources`` (those of member lists): its first firm claim
        of each role figure and date, as a figure's cluster keeps its first. A cluster and its
        peers hold the first firm claim of each source that gives the figure; retracted role
        claims are left out, as no list meets them (see judge_membership)."""
        roles_by_source: dict[int, dict[Signature, Peer]] = {}
        if not sources:
            return {}
        for (_, prop), figures in self.keys.items():
            if prop not in ROLE_PROPERTIES:
                continue
            for kept in figures.figures():
                sig = _role_signature(kept)  # (a peer's too: it gives the same figure)
                firsts = [kept, *kept.peers.values()] if kept.peers else [kept]
                for p in firsts:
                    source = source_of(p)
                    if source in sources:
                        roles = roles_by_source.setdefault(source, {})
                        known = roles.get(sig)
                        if known is None or rank(p) < rank(known):
                            roles[sig] = p
        return {s: [facts_at(roles, sig) for sig in roles] for s, roles in roles_by_source.items()}


def _part_whole(part: Facts, wholes: Figures) -> list[Conflict]:
    """The conflicts of a part with its wholes of its time: with each of them while they are
    few; past :data:`~factcheck.conflicts.figures.MANY_FIGURES`, with the nearest smaller whole
    it exceeds only, so that a page of many parts and wholes gives conflicts in proportion."""
    state = wholes.state_at(part)
    if len(state) <= MANY_FIGURES:
        found = []
        for whole in state:
            conflict = judge_part_whole(part, whole)
            if conflict is not None:
                found.append(named(judge_part_whole, part, whole, conflict))
        return found
    for whole in wholes.below(part):
        conflict = judge_part_whole(part, whole)
        if conflict is not None:
            return [named(judge_part_whole, part, whole, conflict)]
    return []


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


def sort_conflicts(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """Most severe first, then by kind and claims: the same order on every run."""
    return sorted(conflicts, key=_order)


def _order(c: Conflict) -> tuple[int, str, int, int, str]:
    a, b = (c.claim_a, c.claim_b) if c.claim_a <= c.claim_b else (c.claim_b, c.claim_a)
    return (-SEVERITY_RANK[c.severity], c.kind, a, b, c.id)
