"""Which conflicts a listing shows: open or all, of some claims, of a kind, above a severity."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from factcheck.models import SEVERITY_RANK, Conflict, ConflictKind, Decision, Severity


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
    ``claim_ids`` when given (as one of the named pair or a claim that also reports it), of one
    kind, at or above a severity."""
    floor = SEVERITY_RANK[min_severity] if min_severity else 0
    return [
        c
        for c in conflicts
        if (include_decided or c.id not in decisions)
        and (
            claim_ids is None
            or c.claim_a in claim_ids
            or c.claim_b in claim_ids
            or any(x in claim_ids for x in c.also)
        )
        and (kind is None or c.kind == kind)
        and SEVERITY_RANK[c.severity] >= floor
    ]
