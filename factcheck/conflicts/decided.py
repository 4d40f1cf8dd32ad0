"""The desk's decisions on the conflicts listed now: a decision follows its conflict when the
conflict is renamed (pure, but for the reads through the store it is given).

A decision is stored under its conflict's id, made from the kind and the two claims' uuids
(:func:`~factcheck.conflicts.wording.conflict_id`). A conflict is named by the pair of claims a
journalist would check first (:mod:`~factcheck.conflicts.naming`), so adding a source that
gives both figures renames it; :func:`decisions_by_conflict` then finds the decision by its
claims' uuids, and the desk's word stays with the disagreement it was given on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from factcheck.conflicts.facts import ClaimLike, facts_of
from factcheck.conflicts.wording import conflict_id
from factcheck.models import Conflict, ConflictKind, Decision

Key = tuple[str | None, str | None]


class DecisionsAndClaims(Protocol):
    """What the decisions are read from: :class:`factcheck.ledger.Store` fits."""

    def decision_records(self) -> list[tuple[Decision, str, str]]: ...

    def claims_by_uuids(self, uuids: Iterable[str]) -> Sequence[ClaimLike]: ...

    def claims_by_keys(
        self, keys: Iterable[Key], *, near: str | None = None, days: int = 0
    ) -> Sequence[ClaimLike]: ...


def decisions_by_conflict(
    store: DecisionsAndClaims, conflicts: Sequence[Conflict]
) -> dict[str, Decision]:
    """Every decision by the id of its conflict, and each decision whose conflict is no longer
    listed under that id also under the id of the conflict listed now between the same two
    figures: of the same kind, between claims that give the decided claims' figures on their
    dates (restatements of them, in any source)."""
    records = store.decision_records()
    found = {d.conflict_id: d for d, _, _ in records}
    listed = {c.id for c in conflicts}
    lost = [(d, a, b) for d, a, b in records if d.conflict_id not in listed]
    wanted = _figures_decided(store, lost) if lost else []
    for c in conflicts if wanted else ():
        if c.id not in found:
            decision = _decision_on(c, wanted)
            if decision is not None:
                found[c.id] = decision
    return found


# a decision, the kind of its conflict, and the claims restating each of its two claims
Wanted = tuple[Decision, ConflictKind, frozenset[int], frozenset[int]]


def _figures_decided(
    store: DecisionsAndClaims, lost: Sequence[tuple[Decision, str, str]]
) -> list[Wanted]:
    """For each decision on a conflict no longer listed under its id: what a renamed conflict
    of it looks like (decisions whose claims are gone, or whose kind is unknown, are left)."""
    claims = {c.uuid: c for c in store.claims_by_uuids({u for _, a, b in lost for u in (a, b)})}
    wanted: list[Wanted] = []
    for decision, uuid_a, uuid_b in lost:
        a, b = claims.get(uuid_a), claims.get(uuid_b)
        kind = _kind_of(decision.conflict_id, uuid_a, uuid_b)
        if a is not None and b is not None and kind is not None:
            wanted.append((decision, kind, _restating(store, a), _restating(store, b)))
    return wanted


def _decision_on(c: Conflict, wanted: Sequence[Wanted]) -> Decision | None:
    x, y = c.claim_a, c.claim_b
    for decision, kind, xs, ys in wanted:
        if c.kind == kind and ((x in xs and y in ys) or (x in ys and y in xs)):
            return decision
    return None


def _kind_of(cid: str, uuid_a: str, uuid_b: str) -> ConflictKind | None:
    """The kind of the conflict a decision was given on (its id is made from it)."""
    return next((k for k in ConflictKind if conflict_id(k, uuid_a, uuid_b) == cid), None)


def _restating(store: DecisionsAndClaims, claim: ClaimLike) -> frozenset[int]:
    """The ids of the claims that give ``claim``'s figure on its date, itself included."""
    mine = facts_of(claim)
    if mine is None:
        return frozenset({claim.id})
    key = (claim.subject_key, claim.property)
    near = claim.as_of or claim.source_published
    same = (
        c.id
        for c in store.claims_by_keys([key], near=near)
        if c.subject_key == claim.subject_key and _figure(c) == mine.figure
    )
    return frozenset({claim.id, *same})


def _figure(claim: ClaimLike) -> object:
    f = facts_of(claim)
    return None if f is None else f.figure
