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

import gc
import itertools
import multiprocessing
import os
import pickle
import sys
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Protocol, cast

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
    WINDOW_DAYS,
    children,
    conflict_id,
    parents_of,
    siblings_of,
)
from factcheck.models import SEVERITY_RANK, Conflict, ConflictKind, Decision, Severity

__all__ = [
    "ROW_COLUMNS",
    "check_claim",
    "conflict_id",
    "conflicts_for",
    "find_conflicts",
    "find_conflicts_in_rows",
    "find_conflicts_in_store",
    "related_keys",
    "select_conflicts",
    "sort_conflicts",
]

Key = tuple[str | None, str | None]
# How far from a new claim's date the per-claim check fetches: the engine pairs claims up to
# WINDOW_DAYS apart, measured from the end of a month-long as-of date ("2022-01"), plus a day.
FETCH_DAYS = 2 * WINDOW_DAYS + 1


# A full run of a ledger this big is shared between worker processes (one per core, at most
# MAX_WORKERS); below it, starting processes costs more than it saves.
PARALLEL_ABOVE = 200_000
MAX_WORKERS = 2
_MEMORY = Path(":memory:")


class ClaimRows(Protocol):
    """What the full run reads from: :class:`factcheck.store.Store` fits."""

    @property
    def path(self) -> Path: ...

    def iter_claim_rows(
        self,
        columns: Sequence[str],
        *,
        collapse: bool = False,
        keep_every: Collection[str] = (),
        first_per_source: Collection[str] = (),
        properties: Collection[str] | None = None,
    ) -> Iterator[tuple[Any, ...]]: ...

    def property_counts(self) -> dict[str, int]: ...


class ClaimsByKeys(Protocol):
    """What the per-claim check fetches from: :class:`factcheck.store.Store` fits."""

    def claims_by_keys(
        self, keys: Iterable[Key], *, near: str | None = None, days: int = 0
    ) -> Sequence[ClaimLike]: ...


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


def check_claim(store: ClaimsByKeys, claim: ClaimLike) -> list[Conflict]:
    """The per-claim check of ``add`` and ``extract``: fetch only the claims of related keys
    dated near ``claim`` (an index lookup, never a scan) and judge ``claim`` against them."""
    near = claim.as_of or claim.source_published
    related = store.claims_by_keys(related_keys(claim), near=near, days=FETCH_DAYS)
    return conflicts_for(claim, related)


def find_conflicts_in_store(store: ClaimRows, *, workers: int | None = None) -> list[Conflict]:
    """Every conflict in a ledger, read lean: plain rows, and each restated figure read once
    (the store collapses restatements the engine would skip anyway, see
    :meth:`~factcheck.conflict_engine.Ledger.restates`).

    A big ledger in a file is shared between ``workers`` processes (by default one per core,
    at most :data:`MAX_WORKERS`, above :data:`PARALLEL_ABOVE` claims). The work is split into
    tasks of whole properties — no rule compares claims of two properties except member lists
    (``count``) with role claims (``troops``), which stay in one task — handed out heaviest
    first, each to a forked process of its own as soon as one of ``workers`` is free. The
    result is the same either way.
    """
    counts = store.property_counts()
    if workers is None:
        big = sum(counts.values()) >= PARALLEL_ABOVE
        workers = min(MAX_WORKERS, os.cpu_count() or 1) if big else 1
    tasks = _tasks(counts)
    if workers < 2 or len(tasks) < 2 or store.path == _MEMORY:
        return find_conflicts_in_rows(_lean_rows(store))
    if sys.platform != "linux":  # fork is safe on Linux only (macOS libraries start threads)
        return find_conflicts_in_rows(_lean_rows(store))
    fork = multiprocessing.get_context("fork")
    found: list[KeyedConflict] = []
    todo = list(tasks)
    running: dict[Connection, tuple[Any, tuple[str, ...]]] = {}  # reader → (process, task)
    with _no_gc():
        while todo or running:
            while todo and len(running) < workers:
                task = todo.pop(0)
                reader, writer = fork.Pipe(duplex=False)
                proc = fork.Process(target=_run_task, args=(writer, store.path, task))
                proc.start()
                writer.close()
                running[reader] = (proc, task)
            for ready in wait(list(running)):
                reader = cast(Connection, ready)  # wait() gives back what it was given
                proc, task = running.pop(reader)
                try:
                    found += pickle.loads(reader.recv_bytes())
                except (EOFError, OSError):  # the worker died (no memory, killed): do it here
                    found += _keyed(find_conflicts_in_rows(_lean_rows(store, task), ordered=False))
                reader.close()
                proc.join()
        # each task comes sorted and each tuple starts with its sort key: this sort, with no
        # key function, only merges sorted runs
        found.sort()
        new = tuple.__new__  # a Conflict straight from its fields, without NamedTuple's __new__
        return [
            new(Conflict, (_KINDS[kind], _SEVERITIES[level], a, b, rule, explanation, cid))
            for _, kind, _, _, cid, a, b, level, rule, explanation in found
        ]


def _run_task(writer: Connection, path: Path, task: tuple[str, ...]) -> None:
    """A worker process: one task's conflicts, sent back pickled. It exits after one task, so
    the memory of its ledger is given back at once."""
    writer.send_bytes(pickle.dumps(share_conflicts(path, task), pickle.HIGHEST_PROTOCOL))
    writer.close()


def _tasks(counts: Mapping[str, int]) -> list[tuple[str, ...]]:
    """The properties as tasks for a parallel run, heaviest first: member lists and role
    claims together (each of their claims also meets lists and contexts), then every other
    property alone, most claims first."""
    together = (COUNT_PROPERTY, *sorted(ROLE_PROPERTIES))
    tasks: list[tuple[str, ...]] = []
    if any(counts.get(p) for p in together):
        tasks.append(together)
    rest = sorted((p for p in counts if p not in together and counts[p]), key=lambda p: -counts[p])
    return tasks + [(p,) for p in rest]


def _lean_rows(store: ClaimRows, properties: Collection[str] | None = None) -> Iterator[Any]:
    return store.iter_claim_rows(
        ROW_COLUMNS,
        collapse=True,
        keep_every=(COUNT_PROPERTY,),  # counts: every sentence's context matters
        first_per_source=ROLE_PROPERTIES,  # a member list meets its own source's roles
        properties=properties,
    )


def share_conflicts(path: Path, properties: tuple[str, ...]) -> list[KeyedConflict]:
    """In a worker process: the conflicts among the claims of ``properties``, as sorted plain
    tuples (see :func:`_keyed`). It opens the ledger itself: a connection is never shared
    across processes."""
    from factcheck.ledger import Store

    with Store.open(path, create=False) as store, _no_gc():
        return _keyed(find_conflicts_in_rows(_lean_rows(store, properties), ordered=False))


# (-severity rank, kind, lower claim id, higher claim id, conflict id, claim_a, claim_b,
#  severity, rule, explanation): sent back from a worker, sorted as sort_conflicts sorts
KeyedConflict = tuple[int, str, int, int, str, int, int, str, str, str]
_KINDS = {k.value: k for k in ConflictKind}
_SEVERITIES = {s.value: s for s in Severity}


def _keyed(conflicts: Iterable[Conflict]) -> list[KeyedConflict]:
    """Conflicts as plain tuples that start with their sort key, sorted: cheaper to send
    between processes than Conflict objects (whose kinds are enums), and merged without a
    key function."""
    kind = {k: k.value for k in ConflictKind}  # .value is slow, a dict is not
    level = {s: s.value for s in Severity}
    rank = {s: -SEVERITY_RANK[s] for s in Severity}
    out = [
        (
            rank[severity],
            kind[k],
            a if a <= b else b,
            b if a <= b else a,
            cid,
            a,
            b,
            level[severity],
            rule,
            explanation,
        )
        for k, severity, a, b, rule, explanation, cid in conflicts
    ]
    out.sort()
    return out


def find_conflicts(claims: Iterable[ClaimLike]) -> list[Conflict]:
    """Every conflict among ``claims``, read in one pass (a generator is fine and cheapest)."""
    return Ledger(facts_of(c) for c in claims).conflicts()


def find_conflicts_in_rows(
    rows: Iterable[Sequence[Any]], *, ordered: bool = True
) -> list[Conflict]:
    """:func:`find_conflicts` over plain rows of :data:`ROW_COLUMNS` — the fast path for a
    whole ledger, with no Claim object built per row (unsorted with ``ordered=False``)."""
    with _no_gc():
        ledger = Ledger()
        restates, add = ledger.restates, ledger.add
        for row in rows:
            if not restates(row):
                f = facts_from_row(row)
                if f is not None:
                    add(f)
        return ledger.conflicts(ordered=ordered)


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cycle collector paused: a full run makes millions of small objects and no cycles,
    and the collector's passes over them cost more than the run itself (1M claims: 6 of 17 s)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


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
