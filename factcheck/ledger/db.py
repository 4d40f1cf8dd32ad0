"""Opening claims.db: the file checks, the connection settings, transactions and the history log.

``Connection.open`` is the one way in: it checks the file, sets WAL, foreign keys and a busy
timeout, and runs the migrations. Every write leaves a row in ``history`` (:meth:`_log`);
nothing is deleted.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from factcheck.errors import FactcheckError
from factcheck.ledger.migrations import migrate

MEMORY = Path(":memory:")
BUSY_TIMEOUT_MS = 5000
_SQLITE_HEADER = b"SQLite format 3\x00"
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


class Connection:
    """One open claims.db (or an in-memory one, for tests): what every part of the ledger shares."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        from sqlite_utils import Database

        self.conn = conn
        self.path = path
        self.db = Database(conn)
        self._depth = 0

    @classmethod
    def open(cls, path: Path, *, create: bool) -> Self:
        """Open claims.db at ``path`` and bring its schema up to date.

        With ``create=False`` a missing file is an error and no file is made: read-only
        commands must not leave an empty claims.db behind.
        """
        if path != MEMORY:
            _check_file(path, create=create)
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise FactcheckError(f"Cannot open {path}: {exc}") from exc
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if path != MEMORY:
                conn.execute("PRAGMA journal_mode = WAL")
            store = cls(conn, path)
            if not store.db["_migrations"].exists() and store.db.table_names():
                # another program's SQLite file: adding our tables to it would make a mess
                raise FactcheckError(
                    f"{path} is not a factcheck database (another program's SQLite file)"
                )
            migrate(store.db)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise FactcheckError(f"{path} is not a factcheck database ({exc})") from exc
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside happen together or not at all. Nests (inner ones are savepoints)."""
        name = f"sp{self._depth}"
        self.conn.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        self.conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

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
        return {t: int(self._execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}


def _check_file(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise FactcheckError(f"{path} is a folder; --db needs a file such as {path / 'claims.db'}")
    if not path.exists():
        if not create:
            raise FactcheckError(f"No claims.db at {path}; start with `factcheck source add`")
        if not path.parent.exists():
            raise FactcheckError(f"No folder {path.parent} for the database {path}")
        return
    try:
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise FactcheckError(f"Cannot read {path}: {exc.strerror}") from exc
    if header and header != _SQLITE_HEADER:
        raise FactcheckError(f"{path} is not a factcheck database (not an SQLite file)")
