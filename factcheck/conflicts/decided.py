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

from factcheck.conflicts.copies import decisions_on_copies
from factcheck.conflicts.facts import ClaimLike, facts_of
from factcheck.conflicts.wording import conflict_id
from factcheck.models import Conflict, ConflictKind, Decision

Key = tuple[str | None, str | None]


class DecisionsAndClaims(Protocol):
    """What the decisions are read from: :class:`factcheck.ledger.Store` fits."""

    def decision_records(self) -> list[tuple[Decision, str, str]]: ...

    def claims_by_uuids(self, uuids: Iterable[str]) -> Sequence[ClaimLike]: ...

    def get_claim(self, claim_id: int) -> ClaimLike: ...

    def claims_by_keys(
        self, keys: Iterable[Key], *, near: str | None = None, days: int = 0
    ) -> Sequence[ClaimLike]: ...


def decisions_by_conflict(
    store: DecisionsAndClaims, conflicts: Sequence[Conflict]
) -> dict[str, Decision]:
    """Every decision by the id of its conflict, and each decision whose conflict is no longer
    listed under that id also under the id of the conflict listed now between the same two
    figures: of the same kind, between claims that give the decided claims' figures on their
    dates (restatements of them, in any source), or the conflict it was folded into as a copy
    (:func:`~factcheck.conflicts.copies.decisions_on_copies`).

    The work is bounded by the smaller side: the decisions not found by id (a whole listing),
    or the conflicts without a decision (the few of one new claim)."""
    records = store.decision_records()
    found = {d.conflict_id: d for d, _, _ in records}
    # a decision on a conflict now folded into a listed one as its copy follows it there
    found.update(decisions_on_copies(store, conflicts, records))
    listed = {c.id for c in conflicts}
    lost = [(d, a, b) for d, a, b in records if d.conflict_id not in listed]
    undecided = [c for c in conflicts if c.id not in found]
    if not lost or not undecided:
        return found
    if len(undecided) < len(lost):
        found.update(_decided_by_claims(store, undecided, lost))
        return found
    wanted = _figures_decided(store, lost)
    for c in undecided if wanted else ():
        decision = _decision_on(c, wanted)
        if decision is not None:
            found[c.id] = decision
    return found


def _decided_by_claims(
    store: DecisionsAndClaims,
    undecided: Sequence[Conflict],
    lost: Sequence[tuple[Decision, str, str]],
) -> dict[str, Decision]:
    """The decisions on the conflicts of ``undecided``, looked up from their claims: a decision
    given on a pair of claims restating theirs, under the id such a pair makes."""
    by_pair = {frozenset((a, b)): d for d, a, b in lost}
    out: dict[str, Decision] = {}
    for c in undecided:
        xs = _restating(store, store.get_claim(c.claim_a))
        ys = _restating(store, store.get_claim(c.claim_b))
        for x in xs:
            for y in ys:
                decision = by_pair.get(frozenset((x.uuid, y.uuid)))
                if decision is not None and decision.conflict_id == conflict_id(
                    c.kind, x.uuid, y.uuid
                ):
                    out[c.id] = decision
    return out


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
            xs = frozenset(c.id for c in _restating(store, a))
            ys = frozenset(c.id for c in _restating(store, b))
            wanted.append((decision, kind, xs, ys))
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


def _restating(store: DecisionsAndClaims, claim: ClaimLike) -> list[ClaimLike]:
    """The claims that give ``claim``'s figure on its date, itself first."""
    mine = facts_of(claim)
    if mine is None:
        return [claim]
    key = (claim.subject_key, claim.property)
    near = claim.as_of or claim.source_published
    same = [
        c
        for c in store.claims_by_keys([key], near=near)
        if c.id != claim.id and c.subject_key == claim.subject_key and _figure(c) == mine.figure
    ]
    return [claim, *same]


def _figure(claim: ClaimLike) -> object:
    f = facts_of(claim)
    return None if f is None else f.figure
