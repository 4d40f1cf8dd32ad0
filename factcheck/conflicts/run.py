"""The full run (``factcheck conflicts``): every claim of a ledger read once, then compared.

:func:`find_conflicts` reads every claim once, keeps a small record of each grouped by key,
then compares within each group, each part with its whole, and each member list with the role
claims that may be missing from it (:mod:`factcheck.conflicts.engine`).
:func:`find_conflicts_in_store` does it from the store's lean rows, and shares a big ledger
between worker processes — the only place in factcheck that starts processes.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Protocol, cast

from factcheck.collector import collector_paused
from factcheck.conflicts.engine import Ledger
from factcheck.conflicts.facts import (
    ROW_COLUMNS,
    ClaimLike,
    facts_from_row,
    facts_of,
)
from factcheck.conflicts.keys import COUNT_PROPERTY, ROLE_PROPERTIES
from factcheck.models import SEVERITY_RANK, Conflict, ConflictKind, Severity

# A full run of a ledger this big is shared between worker processes (one per core, at most
# MAX_WORKERS); below it, starting processes costs more than it saves.
PARALLEL_ABOVE = 200_000
MAX_WORKERS = 2
_MEMORY = Path(":memory:")


class ClaimRows(Protocol):
    """What the full run reads from: :class:`factcheck.ledger.Store` fits."""

    @property
    def path(self) -> Path: ...

    def iter_claim_rows(
        self,
        columns: Sequence[str],
        *,
        collapse: bool = False,
        keep_every: Collection[str] = (),
        properties: Collection[str] | None = None,
    ) -> Iterator[tuple[Any, ...]]: ...

    def property_counts(self) -> dict[str, int]: ...


def find_conflicts_in_store(store: ClaimRows, *, workers: int | None = None) -> list[Conflict]:
    """Every conflict in a ledger, read lean: plain rows, and each restated figure read once
    (the store collapses restatements the engine would skip anyway, see
    :meth:`~factcheck.conflicts.engine.Ledger.restates`).

    A big ledger in a file is shared between ``workers`` processes (by default one per core,
    at most :data:`MAX_WORKERS`, above :data:`PARALLEL_ABOVE` claims). The work is split into
    tasks of whole properties — no rule compares claims of two properties except member lists
    (``count``) with role claims (``troops``), which stay in one task — handed out heaviest
    first to ``workers`` forked processes, each as soon as one is free. Each worker connects
    to the ledger once for all its tasks. The result is the same either way.
    """
    counts = store.property_counts()
    if workers is None:
        big = sum(counts.values()) >= PARALLEL_ABOVE
        workers = min(MAX_WORKERS, os.cpu_count() or 1) if big else 1
    tasks = _tasks(counts)
    if workers < 2 or len(tasks) < 2 or store.path == _MEMORY:
        return find_conflicts_in_rows(_lean_rows(store), collapsed=True)
    if sys.platform != "linux":  # fork is safe on Linux only (macOS libraries start threads)
        return find_conflicts_in_rows(_lean_rows(store), collapsed=True)
    fork = multiprocessing.get_context("fork")
    found: list[KeyedConflict] = []
    todo = list(tasks)
    with collector_paused():
        idle: list[Connection] = []  # one end of each worker's pipe
        procs = []
        for _ in range(min(workers, len(tasks))):
            here, there = fork.Pipe()
            proc = fork.Process(target=_serve, args=(there, store.path))
            proc.start()
            there.close()
            procs.append(proc)
            idle.append(here)
        busy: dict[Connection, tuple[str, ...]] = {}  # worker → its task
        answers: list[bytes] = []  # tasks' conflicts as sent, not yet unpickled
        while todo or busy:
            while todo and idle:
                worker, task = idle.pop(), todo.pop(0)
                try:
                    worker.send(task)
                    busy[worker] = task
                except OSError:  # the worker died while idle: do the task here
                    found += _share(store, task)
            # unpickled only once their workers have their next tasks: no worker waits for it
            # (1M claims: up to 0.09 s a task)
            found += _unpickled(answers)
            for ready in wait(list(busy)):
                worker = cast(Connection, ready)  # wait() gives back what it was given
                task = busy.pop(worker)
                try:
                    answers.append(worker.recv_bytes())
                    idle.append(worker)
                except (EOFError, OSError):  # the worker died (no memory, killed): do it here
                    found += _share(store, task)
                    worker.close()
        found += _unpickled(answers)
        for worker in idle:
            with suppress(OSError):  # (a worker that died meanwhile needs no word)
                worker.send(None)  # no more tasks
            worker.close()
        # each task comes sorted and each tuple starts with its sort key: this sort, with no
        # key function, only merges sorted runs
        found.sort()
        new = tuple.__new__  # a Conflict straight from its fields, without NamedTuple's __new__
        conflicts = [
            new(Conflict, (_KINDS[kind], _SEVERITIES[level], a, b, rule, explanation, cid, also))
            for _, kind, _, _, cid, a, b, level, rule, explanation, also in found
        ]
        # freed while the collector still sleeps: once woken, it walks every object made since
        # it slept, and these tuples are half of them (1M claims: 0.17 s)
        del found
        for proc in procs:  # joined last: the workers exit while the conflicts are built
            proc.join()
    return conflicts


def _unpickled(answers: list[bytes]) -> list[KeyedConflict]:
    """The conflicts of the tasks answered so far, as workers sent them (``answers`` is
    emptied: each answer's bytes are freed once read)."""
    found: list[KeyedConflict] = []
    while answers:
        found += pickle.loads(answers.pop())
    return found


def _serve(conn: Connection, path: Path) -> None:
    """A worker process: it connects to the ledger once (a connection is never shared across
    processes; the run checked the ledger when it opened it), then sends back, pickled, the
    conflicts of each task it is sent (see :func:`_share`), until it is sent None. Each
    task's ledger is freed before the next is read, so a worker holds one task's claims at a
    time."""
    from factcheck.ledger import Store

    with Store.reopen(path) as store:
        while (task := conn.recv()) is not None:
            conn.send_bytes(pickle.dumps(_share(store, task), pickle.HIGHEST_PROTOCOL))
    conn.close()


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
        properties=properties,
    )


def _share(store: ClaimRows, properties: tuple[str, ...]) -> list[KeyedConflict]:
    """The conflicts among the claims of ``properties`` (one task of a parallel run), as
    sorted plain tuples (see :func:`_keyed`)."""
    rows = _lean_rows(store, properties)
    return _keyed(find_conflicts_in_rows(rows, ordered=False, collapsed=True))


# (-severity rank, kind, lower claim id, higher claim id, conflict id, claim_a, claim_b,
#  severity, rule, explanation, also): sent back from a worker, sorted as sort_conflicts sorts
KeyedConflict = tuple[int, str, int, int, str, int, int, str, str, str, tuple[int, ...]]
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
            also,
        )
        for k, severity, a, b, rule, explanation, cid, also in conflicts
    ]
    out.sort()
    return out


def find_conflicts(claims: Iterable[ClaimLike]) -> list[Conflict]:
    """Every conflict among ``claims``, read in one pass (a generator is fine and cheapest)."""
    return Ledger(facts_of(c) for c in claims).conflicts()


def find_conflicts_in_rows(
    rows: Iterable[Sequence[Any]], *, ordered: bool = True, collapsed: bool = False
) -> list[Conflict]:
    """:func:`find_conflicts` over plain rows of :data:`ROW_COLUMNS` — the fast path for a
    whole ledger, with no Claim object built per row (unsorted with ``ordered=False``).

    A restated figure is skipped before its facts are built. With ``collapsed`` (rows the
    store read once per figure and source, see :func:`_lean_rows`), a row that gives a figure
    another source gave before is kept as a row, its facts built only if a conflict is named
    by it (:meth:`~factcheck.conflicts.engine.Ledger.add_row`); the ledger keeps the same
    claims either way."""
    with collector_paused():
        ledger = Ledger()
        restates, add, add_row = ledger.restates, ledger.add, ledger.add_row
        if collapsed:
            for row in rows:
                add_row(row)
        else:
            for row in rows:
                if not restates(row):
                    f = facts_from_row(row)
                    if f is not None:
                        add(f)
        found = ledger.conflicts(ordered=ordered)
        # freed while the collector still sleeps: once woken, it need not walk the ledger
        del ledger, restates, add, add_row
    return found
