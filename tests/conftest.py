"""Shared fixtures: every test runs in its own empty folder, with stable terminal settings."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from factcheck.cli import app
from factcheck.ledger import MEMORY, Store


@pytest.fixture(autouse=True)
def _in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test writes claims.db into the repository, and output is plain and wide enough."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


@pytest.fixture
def store() -> Iterator[Store]:
    """An empty ledger in memory."""
    with Store.open(MEMORY, create=True) as s:
        yield s


@pytest.fixture
def fresh_words() -> Iterator[None]:
    """The language words files read anew for the test, and again after it."""
    from factcheck.lang import base

    base.words.cache_clear()
    yield
    base.words.cache_clear()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"NO_COLOR": "1", "COLUMNS": "200", "TERM": "dumb"})


Invoke = Callable[..., Result]


@pytest.fixture
def cli(runner: CliRunner) -> Invoke:
    """Run ``factcheck ARGS`` in-process; a bug (any exception but SystemExit) fails the test."""

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def cli_json(cli: Invoke) -> Callable[..., Any]:
    """Run ``factcheck ARGS --json``, insist on exit 0, and return the parsed stdout."""

    def invoke(*args: str) -> Any:
        result = cli(*args, "--json")
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)

    return invoke


def rows(db: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Reopen the database as plain SQLite and read rows: what a CLI call really stored."""
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every user table's rows, to prove a failed command changed nothing."""
    conn = sqlite3.connect(db)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%'"
                " AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {n: [tuple(r) for r in conn.execute(f"SELECT * FROM [{n}]")] for n in names}
    finally:
        conn.close()
