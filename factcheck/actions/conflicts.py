"""The journalist's view of conflicts: which claims a listing is about, and each conflict with
both of its claims, their sources and the desk's decision."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.actions.claims import find_claims
from factcheck.errors import FactcheckError
from factcheck.models import Conflict, ConflictKind, Decision, DecisionVerdict, Severity
from factcheck.report.model import ConflictEntry

if TYPE_CHECKING:
    from factcheck.ledger import Store


def conflict_claim_ids(
    store: Store, *, source_id: int | None = None, subject: str | None = None
) -> set[int] | None:
    """The ids of the claims a conflict listing is about: from ``source_id`` (an unknown id is a
    FactcheckError) and about ``subject`` (as ``list`` reads it); None when neither is given.
    A conflict is listed when one of its claims is among them."""
    if source_id is None and subject is None:
        return None
    return {c.id for c in find_claims(store, source_id=source_id, subject=subject)}


def conflict_entries(
    store: Store,
    conflicts: Sequence[Conflict],
    decisions: Mapping[str, Decision] | None = None,
) -> list[ConflictEntry]:
    """Conflicts with both claims, their sources (for the passages) and decisions, in order
    (by default the desk's decisions on them, following a renamed conflict)."""
    from factcheck.conflicts import decisions_by_conflict
    from factcheck.report.gather import build_report

    if decisions is None:
        decisions = decisions_by_conflict(store, conflicts)

    claims = {i: store.get_claim(i) for c in conflicts for i in (c.claim_a, c.claim_b)}
    sources = {s: store.get_source(s) for s in {c.source_id for c in claims.values()}}
    report = build_report(sources.values(), claims.values(), conflicts, decisions, [])
    return list(report.conflicts)


@dataclass(frozen=True)
class ConflictFilter:
    """What a conflict listing shows (None: no filter)."""

    source_id: int | None = None
    subject: str | None = None
    kind: ConflictKind | None = None
    min_severity: Severity | None = None
    include_decided: bool = False


@dataclass(frozen=True)
class ConflictList:
    """A listing: the conflicts shown, the desk's decisions, how many open ones remain (for
    ``--fail-on-open``) and how many decided ones the filter hid."""

    shown: tuple[Conflict, ...]
    decisions: Mapping[str, Decision]
    still_open: int
    decided_hidden: int


def list_conflicts(store: Store, wanted: ConflictFilter) -> ConflictList:
    """Run the engine over the whole ledger and keep what ``wanted`` asks for, most severe first."""
    from factcheck.conflicts import decisions_by_conflict, find_conflicts_in_store, select_conflicts

    everything = find_conflicts_in_store(store)
    decisions = decisions_by_conflict(store, everything)  # (following renamed conflicts)
    claim_ids = conflict_claim_ids(store, source_id=wanted.source_id, subject=wanted.subject)

    def pick(decided: Mapping[str, Decision], *, include_decided: bool) -> list[Conflict]:
        return select_conflicts(
            everything,
            decided,
            claim_ids=claim_ids,
            kind=wanted.kind,
            min_severity=wanted.min_severity,
            include_decided=include_decided,
        )

    shown = pick(decisions, include_decided=wanted.include_decided)
    still_open = len(pick(decisions, include_decided=False))
    hidden = 0 if wanted.include_decided else len(pick({}, include_decided=True)) - len(shown)
    return ConflictList(tuple(shown), decisions, still_open, hidden)


def all_conflicts(store: Store) -> list[Conflict]:
    """Every conflict in the ledger, decided or not, most severe first."""
    from factcheck.conflicts import find_conflicts_in_store

    return find_conflicts_in_store(store)


def resolve_conflict(
    store: Store, conflict_id: str, verdict: DecisionVerdict, note: str
) -> tuple[Conflict, Decision]:
    """Record the desk's decision on a conflict (kept by the claims' uuids, so it survives an
    export and import); an unknown id is a FactcheckError."""
    from factcheck.conflicts import find_conflicts_in_store

    wanted = conflict_id.strip()
    found = next((c for c in find_conflicts_in_store(store) if c.id == wanted), None)
    if found is None:
        raise FactcheckError(
            f"No conflict with id {wanted!r}: `factcheck conflicts --all` lists the ids"
        )
    a, b = store.get_claim(found.claim_a), store.get_claim(found.claim_b)
    return found, store.save_decision(found.id, a.uuid, b.uuid, verdict, note)
