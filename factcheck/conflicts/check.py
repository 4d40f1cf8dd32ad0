"""The per-claim check of ``add`` and ``extract``: which claims to fetch for one new claim, and
its conflicts with them (pure, but for the fetch through the store it is given).

:func:`related_keys` says which (subject_key, property) pairs the store must fetch for one new
claim, and :func:`conflicts_for` judges the claim against them with the full run's engine —
never a scan of the table.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Protocol

from factcheck.conflicts.engine import Ledger
from factcheck.conflicts.facts import ClaimLike, facts_of
from factcheck.conflicts.keys import COUNT_PROPERTY, GROUP_OF_KIND, ROLE_PROPERTIES
from factcheck.conflicts.relations import WINDOW_DAYS, children, kind_of, parents_of, siblings_of
from factcheck.models import Conflict

Key = tuple[str | None, str | None]
# How far from a new claim's date the per-claim check fetches: the engine pairs claims up to
# WINDOW_DAYS apart, measured from the end of a month-long as-of date ("2022-01"), plus a day.
FETCH_DAYS = 2 * WINDOW_DAYS + 1


class ClaimsByKeys(Protocol):
    """What the per-claim check fetches from: :class:`factcheck.ledger.Store` fits."""

    def claims_by_keys(
        self, keys: Iterable[Key], *, near: str | None = None, days: int = 0
    ) -> Sequence[ClaimLike]: ...


def related_keys(claim: ClaimLike) -> list[Key]:
    """The (subject_key, property) pairs to fetch to check one claim, most direct first.

    Its own key; the wholes it is part of and the parts it contains (same property), for a key
    in a place its parts in that place (:func:`_scoped_parts`); for a role claim (Belarus's
    troops) the member lists of its kind of entity; for a member list, the role claims of the
    entities that belong with its members but are not listed. The store matches each key in
    every scope too, so the parts counted in a place come with their key.
    """
    key, prop = claim.subject_key, claim.property
    if not key or not prop:
        return []
    keys: list[Key] = [(key, prop)]
    keys += [(parent, prop) for parent in sorted(parents_of(key))]
    keys += [(child, prop) for child in sorted(children(key))]
    keys += [(part, prop) for part in _scoped_parts(key)]
    group = GROUP_OF_KIND.get(kind_of(key))
    if prop in ROLE_PROPERTIES and group:
        keys.append((group, COUNT_PROPERTY))
    if prop == COUNT_PROPERTY and claim.member_keys:
        for entity in sorted(siblings_of(frozenset(claim.member_keys))):
            keys += [(entity, role) for role in sorted(ROLE_PROPERTIES)]
    return list(dict.fromkeys(keys))


def _scoped_parts(key: str) -> list[str]:
    """The parts of a key counted in a place, in that place ("group:protesters@place:derby" for
    "group:people@place:derby"), which the lexicon does not list. (The parts of a key anywhere
    counted in a place are fetched with the key: the store matches a key in every scope.)"""
    base, at, scope = key.partition("@")
    return [f"{part}@{scope}" for part in sorted(children(base))] if at else []


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


def check_claim(store: ClaimsByKeys, claim: ClaimLike) -> list[Conflict]:
    """The per-claim check of ``add`` and ``extract``: fetch only the claims of related keys
    dated near ``claim`` (an index lookup, never a scan) and judge ``claim`` against them."""
    near = claim.as_of or claim.source_published
    related = store.claims_by_keys(related_keys(claim), near=near, days=FETCH_DAYS)
    return conflicts_for(claim, related)
