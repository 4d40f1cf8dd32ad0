"""The ledger under real concurrent processes, started together behind a barrier; the database
is reopened and checked after each run."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

from ledger_fixtures import TEXT, draft

from factcheck.errors import FactcheckError
from factcheck.ledger import SourceExists, Store
from factcheck.ledger.migrations import MIGRATIONS

SCRIPT = Path(sys.executable).parent / "factcheck"
PROCESSES = 8
_fork = multiprocessing.get_context("fork")  # the workers are this module's functions


def _together(work: Callable[..., str], *args: Any, processes: int = PROCESSES) -> list[str]:
    """Run ``work(barrier, index, *args)`` in ``processes`` processes that start it together;
    each returns "ok" or what went wrong (in process order)."""
    barrier = _fork.Barrier(processes)
    answers: Queue[tuple[int, str]] = _fork.Queue()
    workers = [
        _fork.Process(target=_report, args=(answers, work, barrier, i, *args))
        for i in range(processes)
    ]
    for worker in workers:
        worker.start()
    results = dict(answers.get(timeout=180) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
    return [results[i] for i in range(processes)]


def _report(answers: Queue[tuple[int, str]], work: Callable[..., str], *args: Any) -> None:
    try:
        answers.put((args[1], work(*args)))
    except BaseException as exc:  # the test reports what any worker raised
        answers.put((args[1], f"crashed: {exc!r}"))


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _open_and_add(barrier: Barrier, index: int, path: str) -> str:
    barrier.wait()
    try:
        with Store.open(Path(path), create=True) as store:
            store.add_source(title=f"Source {index}")
    except FactcheckError as exc:
        return str(exc)
    return "ok"


def test_a_new_ledger_opened_by_8_processes_at_once(tmp_path: Path) -> None:
    for round_ in range(3):
        path = tmp_path / f"new-{round_}.db"
        assert _together(_open_and_add, str(path)) == ["ok"] * PROCESSES
        with Store.open(path, create=False) as store:
            titles = sorted(s.title for s in store.list_sources())
            names = [r[0] for r in store.conn.execute("SELECT name FROM _migrations")]
        assert titles == sorted(f"Source {i}" for i in range(PROCESSES))
        assert names == [m.__name__ for m in MIGRATIONS]
        assert _integrity(path) == "ok"


def _cli_source_add(barrier: Barrier, index: int, db: str, *args: str) -> str:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    command = [str(SCRIPT), "--db", db, "source", "add", *args]
    barrier.wait()
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    if proc.returncode == 0:
        return "ok"
    return f"exit {proc.returncode}: {proc.stderr}"


def test_8_source_add_commands_on_a_new_path(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    results = _together(_cli_source_add, str(db), "Wire report")
    assert results == ["ok"] * PROCESSES
    with Store.open(db, create=False) as store:
        assert [s.title for s in store.list_sources()] == ["Wire report"] * PROCESSES
    assert _integrity(db) == "ok"


def _add_same_text(barrier: Barrier, index: int, path: str) -> str:
    with Store.open(Path(path), create=False) as store:
        barrier.wait()
        try:
            source = store.add_source(title=f"Copy {index}", text=TEXT)
            store.add_claims(source.id, [draft()])
        except SourceExists as exc:
            return f"exists {exc.source.id}"
    return "ok"


def test_the_same_text_added_by_8_processes_is_stored_once(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with Store.open(path, create=True):
        pass
    results = _together(_add_same_text, str(path))
    assert sorted(results) == ["exists 1"] * (PROCESSES - 1) + ["ok"]
    with Store.open(path, create=False) as store:
        assert [s.id for s in store.list_sources()] == [1]
        assert len(store.list_claims()) == 1
    assert _integrity(path) == "ok"


def test_4_source_add_file_commands_store_the_text_once(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    with Store.open(db, create=True):
        pass
    results = _together(_cli_source_add, str(db), "Article", "--file", str(article), processes=4)
    for result in results:  # "ok", or one clean line saying where the text already is
        assert result == "ok" or (
            result.startswith("exit 1: Error: This text is already in the ledger as source 1")
            and result.count("\n") == 1
        ), result
    with Store.open(db, create=False) as store:
        assert [s.title for s in store.list_sources()] == ["Article"]
    assert _integrity(db) == "ok"


def _write_sources(barrier: Barrier, index: int, path: str) -> str:
    with Store.open(Path(path), create=False) as store:
        barrier.wait()
        for n in range(40):
            with store.transaction():
                source = store.add_source(title=f"W{index}-{n}")
                store.add_claims(source.id, [draft(text=f"claim {index}-{n}")])
    return "ok"


def _read_rows(barrier: Barrier, index: int, path: str) -> str:
    columns = ("id", "source_id", "source_title", "speaker")
    with Store.open(Path(path), create=False) as store:
        barrier.wait()
        try:
            for _ in range(40):
                for row in store.iter_claim_rows(columns):
                    assert row[2] is not None
                store.claims_by_keys([("country:RU", "troops")])
        except (KeyError, AssertionError, sqlite3.Error) as exc:
            return repr(exc)
    return "ok"


def _write_or_read(barrier: Barrier, index: int, path: str) -> str:
    return (_write_sources if index % 2 else _read_rows)(barrier, index, path)


def test_readers_while_4_writers_commit(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with Store.open(path, create=True) as store:
        store.add_claims(store.add_source(title="First").id, [draft()])
    assert _together(_write_or_read, str(path)) == ["ok"] * PROCESSES
    with Store.open(path, create=False) as store:
        assert store.counts()["sources"] == 1 + 4 * 40
        assert store.counts()["claims"] == 1 + 4 * 40
    assert _integrity(path) == "ok"


def test_rows_come_from_one_state_of_the_ledger(tmp_path: Path) -> None:
    """A writer commits a source and its claim just as the claims are about to be read, after
    the sources were: the rows still come from the state the read began in."""
    path = tmp_path / "claims.db"
    with Store.open(path, create=True) as store:
        store.add_claims(store.add_source(title="First").id, [draft()])
    writer = Store.open(path, create=False)
    reader = Store.open(path, create=False)

    def commit_meanwhile(statement: str) -> None:
        if statement.startswith("SELECT") and "FROM claims" in statement:
            reader.conn.set_trace_callback(None)
            source = writer.add_source(title="Second")
            writer.add_claims(source.id, [draft(text="Another claim")])

    reader.conn.set_trace_callback(commit_meanwhile)
    try:
        rows = list(reader.iter_claim_rows(("id", "source_title")))
    finally:
        writer.close()
        reader.close()
    assert rows == [(1, "First")]


def _cli_extract(barrier: Barrier, index: int, db: str, article: str) -> str:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    command = [str(SCRIPT), "--db", db, "extract", article, "--yes"]
    barrier.wait()
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=180)
    if proc.returncode == 0:
        return "ok"
    return f"exit {proc.returncode}: {proc.stderr}"


def test_4_extracts_of_one_file_store_it_and_its_claims_once(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    alone, db = tmp_path / "alone.db", tmp_path / "claims.db"
    assert _together(_cli_extract, str(alone), str(article), processes=1) == ["ok"]
    results = _together(_cli_extract, str(db), str(article), processes=4)
    for result in results:  # "ok", or one clean line saying where the text already is
        assert result == "ok" or (
            result.startswith("exit 1: Error: This text is already in the ledger as source 1")
            and result.count("\n") == 1
        ), result
    with Store.open(alone, create=False) as store:
        once = [(c.text, c.source_id) for c in store.list_claims()]
    with Store.open(db, create=False) as store:
        assert len(store.list_sources()) == 1
        assert [(c.text, c.source_id) for c in store.list_claims()] == once
    assert once
    assert _integrity(db) == "ok"
