"""One disagreement, one conflict: the value conflicts of one key that copy another are folded
into it (pure).

Articles that restate a disagreement's figures make more pairs of claims than there are
disagreements: the union's 2 million against the ministry's 1.1 million in one article, the
ministry's 1.12 million recalled by a second, the union's "more than 2 million" in a third give
three value conflicts for one disagreement. Two value conflicts of one (subject_key, property)
whose figures agree side by side — each claim of one gives the figure of a claim of the other,
or one that does not disagree with it at the same time (:func:`agrees`) — are one
disagreement: it is listed once, and the other's claims are kept on it as
:attr:`~factcheck.models.Conflict.also`.

The conflict listed is the pair of one source that gives both figures (the journalist reads
both passages in one article), else the conflict of the earliest claims. A pair of one source
is never folded: each article that sets the two figures against each other keeps its own
conflict, which a listing of that source shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from factcheck.conflicts.facts import ClaimLike, Facts
from factcheck.conflicts.judges import judge_pair
from factcheck.conflicts.relations import overlaps, same_scene, same_time
from factcheck.conflicts.wording import conflict_id
from factcheck.models import Conflict, ConflictKind, Decision

# a value conflict, the claims that speak for its two figures (see figures.Figures), and the
# source of its two claims when one source gives both (else None)
Judged = tuple[Conflict, Facts, Facts, int | None]
_new = tuple.__new__  # a Conflict straight from its fields, as the judges make them
_VALUE = ConflictKind.VALUE


def fold_copies(values: Sequence[Judged], close: Iterable[tuple[Facts, Facts]]) -> list[Conflict]:
    """The value conflicts of one key with each disagreement listed once (see the module).

    ``close`` are the pairs of figures of the key that the engine met and found no conflict
    between: the figures that may agree (:func:`agrees`). A conflict is a copy of another when
    each of its figures is one of the other's or agrees with it; each is looked up by its pair
    of figures, so the work grows with the conflicts and the figures that agree, never with
    every pair of conflicts."""
    near = _agreeing(values, close) if len(values) > 1 else None
    if not near:
        return [judged[0] for judged in values]
    out: list[Conflict] = []  # the conflicts no figure agrees with, then those listed
    ranked: list[Ranked] = []
    for conflict, x, y, source in values:
        if x.id in near or y.id in near:
            a, b = conflict.claim_a, conflict.claim_b
            low, high = (a, b) if a < b else (b, a)
            rank = (1, 0, low, high) if source is None else (0, source, low, high)
            ranked.append((rank, conflict, x.id, y.id))
        else:
            out.append(conflict)
    ranked.sort()
    home = _homes(ranked, near)
    also: dict[int, set[int]] = {}
    for i, k in enumerate(home):
        if k != i:
            copy, listed = ranked[i][1], ranked[k][1]
            also.setdefault(k, set()).update((copy.claim_a, copy.claim_b))
            also[k] -= {listed.claim_a, listed.claim_b}
    for i, k in enumerate(home):
        if k == i:
            conflict, more = ranked[i][1], also.get(i)
            out.append(_new(Conflict, (*conflict[:7], tuple(sorted(more)))) if more else conflict)
    return out


# a conflict as ranked: the order conflicts are listed in (pairs of one source first, 0, lowest
# source first; then the conflicts of the earliest claims, 1), the conflict, and the ids of the
# claims that speak for its two figures
Ranked = tuple[tuple[int, int, int, int], Conflict, int, int]


def _homes(ranked: Sequence[Ranked], near: Mapping[int, list[int]]) -> list[int]:
    """The listed conflict of each conflict, as an index of ``ranked`` (its own if listed): the
    first conflict before it whose figures are its own or agree with them, itself listed."""
    at = {(r[2], r[3]) if r[2] < r[3] else (r[3], r[2]): i for i, r in enumerate(ranked)}
    home = list(range(len(ranked)))
    for i, (rank, _, x, y) in enumerate(ranked):
        if not rank[0]:
            continue  # the pair of one source is listed, never a copy
        ys = (y, *near.get(y, ()))  # (once, not once for each figure agreeing with x)
        best = i
        for p in (x, *near.get(x, ())):
            for q in ys:
                k = at.get((p, q) if p < q else (q, p), i)
                if k < best and home[k] == k:
                    best = k
        home[i] = best
    return home


def _agreeing(
    values: Sequence[Judged], close: Iterable[tuple[Facts, Facts]]
) -> dict[int, list[int]]:
    """The figures of value conflicts that agree (:func:`agrees`) with other such figures, by
    the id of the claim that speaks for each."""
    named = {x.id for _, x, _, _ in values} | {y.id for _, _, y, _ in values}
    near: dict[int, list[int]] = {}
    for u, v in close:
        if u.id in named and v.id in named and agrees(u, v):
            near.setdefault(u.id, []).append(v.id)
            near.setdefault(v.id, []).append(u.id)
    return near


def agrees(u: Facts, v: Facts) -> bool:
    """``v`` gives ``u``'s figure, or one the engine's own rules find no disagreement with at
    the same time: the same dates (or days a day apart), the same place, intervals that meet
    (or the same count rounded: :func:`~factcheck.conflicts.relations.overlaps`), and no
    conflict between them (a rival's floor far below is one, see ``judge_pair``)."""
    if u.figure == v.figure:
        return True
    if u.pct != v.pct or u.earlier != v.earlier:
        return False
    if (u.day_lo != v.day_lo or u.day_hi != v.day_hi) and not same_time(u, v):
        return False
    if not overlaps(u, v) or not same_scene(u, v):
        return False
    # two closed figures that meet never conflict; a floor may be a rival's, far below
    return (u.high is not None and v.high is not None) or judge_pair(u, v) is None


# ---- the desk's decisions: a decision given on a copy stays with the disagreement -------------


class ClaimsByUuids(Protocol):
    """What the decisions on copies are looked up through: :class:`factcheck.ledger.Store`
    fits."""

    def claims_by_uuids(self, uuids: Iterable[str]) -> Sequence[ClaimLike]: ...


def decisions_on_copies(
    store: ClaimsByUuids,
    conflicts: Sequence[Conflict],
    records: Iterable[tuple[Decision, str, str]],
) -> dict[str, Decision]:
    """The decisions given on conflicts now folded into a listed one, by the listed conflict's
    id: a decision on a value conflict whose two claims (by uuid) are among a listed conflict's
    claims (its pair and :attr:`~factcheck.models.Conflict.also`) applies to it, unless it has
    a decision of its own; of several, the first given. ``records`` are the stored decisions
    with their claims' uuids (:meth:`~factcheck.ledger.Store.decision_records`)."""
    records = list(records)
    decided = {d.conflict_id for d, _, _ in records}
    folded = [c for c in conflicts if c.also and c.id not in decided]
    listed = {c.id for c in conflicts}
    lost = [(d, x, y) for d, x, y in records if d.conflict_id not in listed]
    if not folded or not lost:
        return {}
    ids = {c.uuid: c.id for c in store.claims_by_uuids({u for _, x, y in lost for u in (x, y)})}
    home = _by_claim(folded)
    out: dict[str, Decision] = {}
    for decision, x, y in sorted(lost, key=_given):
        a, b = ids.get(x), ids.get(y)
        if a is None or b is None or decision.conflict_id != conflict_id(_VALUE, x, y):
            continue
        for c in home.get(a, ()):
            if b in (c.claim_a, c.claim_b, *c.also):
                out.setdefault(c.id, decision)
    return out


def _by_claim(conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
    """The conflicts each claim names or is also among."""
    home: dict[int, list[Conflict]] = {}
    for c in conflicts:
        for claim in (c.claim_a, c.claim_b, *c.also):
            home.setdefault(claim, []).append(c)
    return home


def _given(record: tuple[Decision, str, str]) -> tuple[str, str]:
    """Decisions in the order they were given."""
    return record[0].decided_at, record[0].conflict_id
