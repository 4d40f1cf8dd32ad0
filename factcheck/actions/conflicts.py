"""The journalist's view of conflicts: which claims a listing is about, and each conflict with
both of its claims, their sources and the desk's decision."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from factcheck.actions.claims import find_claims
from factcheck.models import Conflict, Decision
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
    store: Store, conflicts: Sequence[Conflict], decisions: Mapping[str, Decision]
) -> list[ConflictEntry]:
    """Conflicts with both claims, their sources (for the passages) and decisions, in order."""
    from factcheck.report.gather import build_report

    claims = {i: store.get_claim(i) for c in conflicts for i in (c.claim_a, c.claim_b)}
    sources = {s: store.get_source(s) for s in {c.source_id for c in claims.values()}}
    report = build_report(sources.values(), claims.values(), conflicts, decisions, [])
    return list(report.conflicts)
