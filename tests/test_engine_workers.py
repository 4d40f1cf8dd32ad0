"""The parallel full run: workers that each open the ledger once and take task after task, and
a worker that dies, whose task the run does itself."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_conflicts_run import random_ledger

from factcheck.conflicts import find_conflicts_in_store, run
from factcheck.ledger import Store


@pytest.mark.parametrize("workers", [2, 3])
def test_workers_take_task_after_task(tmp_path: Path, workers: int) -> None:
    with Store.open(tmp_path / "claims.db", create=True) as store:
        random_ledger(store, 300, 5)
        one = find_conflicts_in_store(store, workers=1)
        assert len(one) > 50
        assert find_conflicts_in_store(store, workers=workers) == one


def test_a_worker_that_dies_leaves_its_task_to_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path / "claims.db", create=True) as store:
        random_ledger(store, 300, 6)
        assert len(run._tasks(store.property_counts())) >= 2  # shared between processes
        one = find_conflicts_in_store(store, workers=1)
        parent = os.getpid()
        share = run._share

        def dying(store: Store, task: tuple[str, ...]) -> list[run.KeyedConflict]:
            if os.getpid() != parent:
                os._exit(1)  # a worker killed in the middle of its task
            return share(store, task)

        monkeypatch.setattr(run, "_share", dying)
        assert find_conflicts_in_store(store, workers=2) == one
