"""Claims → conflicts: which claims to compare, and the comparison over a whole ledger (pure).

Two entry points share one engine (:mod:`factcheck.conflict_engine`) and its rules
(:mod:`factcheck.conflict_rules`):

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
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from factcheck.conflict_engine import Ledger, sort_conflicts
from factcheck.conflict_facts import (
    COUNT_PROPERTY,
    ROLE_PROPERTIES,
    ROW_COLUMNS,
    ClaimLike,
    facts_from_row,
    facts_of,
)
from factcheck.conflict_rules import (
    GROUP_OF_KIND,
    children,
    conflict_id,
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
    found = Ledger(itertools.chain([new], others)).conflicts()
    return [c for c in found if new.id in (c.claim_a, c.claim_b)]


def find_conflicts(claims: Iterable[ClaimLike]) -> list[Conflict]:
    """Every conflict among ``claims``, read in one pass (a generator is fine and cheapest)."""
    return Ledger(facts_of(c) for c in claims).conflicts()


def find_conflicts_in_rows(rows: Iterable[Sequence[Any]]) -> list[Conflict]:
    """:func:`find_conflicts` over plain rows of :data:`ROW_COLUMNS` — the fast path for a
    whole ledger, with no Claim object built per row."""
    ledger = Ledger()
    restates, add = ledger.restates, ledger.add
    for row in rows:
        if not restates(row):
            f = facts_from_row(row)
            if f is not None:
                add(f)
    return ledger.conflicts()


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
