"""Opening claims.db: the file checks, the connection settings, transactions and the history log.

``Connection.open`` is the one way in: it checks the file (:mod:`.checks`, reading only), sets
WAL, foreign keys and a busy timeout, and runs the migrations. Writes go through
:meth:`Connection.transaction`, multi-statement reads through :meth:`Connection.reading`. Every
write leaves a row in ``history`` (:meth:`_log`); nothing is deleted but a speaker merged into
another, whose history row keeps what it was.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from factcheck.errors import FactcheckError
from factcheck.ledger.checks import check_file, check_ledger, file_errors, ledger_error
from factcheck.ledger.migrations import migrate

MEMORY = Path(":memory:")
BUSY_TIMEOUT_MS = 5000
_FTS_TOKEN = re.compile(r"\w", re.UNICODE)


def now() -> str:
    """The current UTC time, ISO 8601 to the second: every timestamp in claims.db."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its own % and _ taken literally (ESCAPE '\\')."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_query(query: str) -> str:
    """A user's words as a safe FTS5 query: each token quoted, so no character is syntax.

    ``Касым-Жомарт`` becomes a phrase, ``AND (`` the word "and", an unbalanced quote nothing.
    Returns "" when nothing searchable is left.
    """
    tokens = []
    for chunk in query.split():
        if _FTS_TOKEN.search(chunk):
            tokens.append('"' + chunk.replace('"', '""') + '"')
    return " ".join(tokens)


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the ledger to WAL (once per file; a no-op after), waiting for other processes up
    to the busy timeout.

    The switch reads the file's header and then upgrades to a write lock. SQLite does not wait
    for that upgrade when another process holds the write lock (the busy handler is skipped, as
    waiting could deadlock): it fails at once with SQLITE_BUSY. That happens when several
    processes open a new ledger together, so the switch is tried again until the timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            busy = exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY
            if not busy or time.monotonic() > deadline:
                raise
        time.sleep(0.005)


def _configure(conn: sqlite3.Connection) -> None:
    """Every connection's settings: rows read by name, the busy timeout, foreign keys, and
    recursive triggers (sqlite-utils' setting, which every connection has always had: a row
    that INSERT OR REPLACE replaces fires its delete trigger, which keeps the FTS index
    right)."""
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA recursive_triggers = ON")


class Connection:
    """One open claims.db (or an in-memory one, for tests): what every part of the ledger shares."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._depth = 0

    @classmethod
    def open(cls, path: Path, *, create: bool) -> Self:
        """Open claims.db at ``path`` and bring its schema up to date.

        Nothing is written before the file is known to be a factcheck ledger or a new, empty
        one: another program's SQLite file is refused as it is, and so is, with
        ``create=False``, a missing or empty file (read-only commands must not leave an empty
        claims.db behind). A damaged ledger is refused in one line.
        """
        if path != MEMORY:
            check_file(path, create=create)
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise FactcheckError(f"Cannot open {path}: {exc}") from exc
        try:
            _configure(conn)
            store = cls(conn, path)
            if path != MEMORY:
                check_ledger(conn, path, create=create)
                _use_wal(conn)
            migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            error = ledger_error(path, exc) or FactcheckError(
                f"{path} is not a factcheck database ({exc})"
            )
            raise error from exc
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def reopen(cls, path: Path) -> Self:
        """One more connection to the ledger at ``path``, which :meth:`open` has checked and
        migrated in this run, for another process (a worker of a full run): only connected,
        since checking its pages again would cost each worker up to QUICK_CHECK_SECONDS."""
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            _configure(conn)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside happen together or not at all. Nests (inner ones are savepoints).

        The outermost takes the write lock first (BEGIN IMMEDIATE, waiting for other writers up
        to the busy timeout), so what is read inside to decide a write is still true when the
        write is made. A ledger that cannot be written is a FactcheckError.
        """
        name = f"sp{self._depth}"
        with file_errors(self.path):
            self.conn.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            with file_errors(self.path):
                yield
        except BaseException:
            self._depth -= 1
            self._undo(name)
            raise
        self._depth -= 1
        try:
            with file_errors(self.path):
                self.conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")
        except BaseException:
            self._undo(name)
            raise

    def _undo(self, savepoint: str) -> None:
        """Roll back the transaction (or the savepoint, when nested), unless SQLite already
        has (it does after some errors, such as a full disk)."""
        if not self.conn.in_transaction:
            return
        if self._depth == 0:
            self.conn.execute("ROLLBACK")
        else:
            self.conn.execute(f"ROLLBACK TO {savepoint}")
            self.conn.execute(f"RELEASE {savepoint}")

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Reads inside see the ledger as it was at the first of them: writers committing
        meanwhile (other processes) change nothing they see. Inside a transaction, a no-op."""
        if self._depth or self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")  # deferred: the snapshot is taken by the first read
        self._depth += 1
        try:
            with file_errors(self.path):
                yield
        finally:
            self._depth -= 1
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run one statement; SQLite's errors about the file (a damaged page the check on open
        did not reach, a read-only file) become their one line."""
        try:
            return self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            error = ledger_error(self.path, exc)
            if error is None:
                raise
            raise error from exc

    def _log(
        self,
        action: str,
        *,
        claim_id: int | None = None,
        source_id: int | None = None,
        field: str | None = None,
        old: str | None = None,
        new: str | None = None,
        note: str | None = None,
    ) -> None:
        """Add a row to ``history``: every write to the ledger calls this once."""
        self._execute(
            "INSERT INTO history (claim_id, source_id, action, field, old, new, at, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [claim_id, source_id, action, field, old, new, now(), note],
        )

    def counts(self) -> dict[str, int]:
        """Rows per table, for tests and summaries."""
        tables = ("sources", "speakers", "claims", "history", "decisions", "verdicts")
        with self.reading():
            return {
                t: int(self._execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables
            }
