"""What claims.db is before anything is written to it, and what SQLite's errors about the file
mean for the journalist: each a FactcheckError of one line.

Opening reads, never writes, until the file is known to be a factcheck ledger (or a new, empty
one): another program's SQLite file is refused as it was found, not switched to WAL first.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.files import not_regular, special_kind

_SQLITE_HEADER = b"SQLite format 3\x00"
_START = "start with `factcheck source add`"
# what the check of the pages may add to opening a ledger: a full check costs ~1.4 ms per
# 1,000 claims (140 ms for 100,000), too much for every `add` on a large ledger
QUICK_CHECK_SECONDS = 0.05


def check_file(path: Path, *, create: bool) -> None:
    """Refuse a folder, a FIFO or device, a missing file (unless ``create``) and a file that is
    not SQLite."""
    if path.is_dir():
        raise FactcheckError(f"{path} is a folder; --db needs a file such as {path / 'claims.db'}")
    kind = special_kind(path.stat().st_mode) if path.exists() else None
    if kind is not None:  # a FIFO would block the read below, a device never end
        raise not_regular(path, kind)
    if not path.exists():
        if not create:
            raise FactcheckError(f"No claims.db at {path}; {_START}")
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


def check_ledger(conn: sqlite3.Connection, path: Path, *, create: bool) -> None:
    """Refuse, by reading only, what must not be written to: another program's SQLite file, an
    empty file when nothing is to be created (``create=False``), a damaged ledger."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        if not create:
            raise FactcheckError(f"{path} is empty, not yet a ledger; {_START}")
        return
    if "_migrations" not in tables:
        # another program's SQLite file: adding our tables to it would make a mess
        raise FactcheckError(f"{path} is not a factcheck database (another program's SQLite file)")
    problem = _quick_check(conn)
    if problem is not None:
        raise damaged(path, problem)


def _quick_check(conn: sqlite3.Connection) -> str | None:
    """SQLite's quick_check of every page, or of those it reaches in QUICK_CHECK_SECONDS: the
    whole of a ledger up to some 30,000 claims; of a bigger one, the first tables (the rest is
    checked by SQLite as it is read). The first problem found, or None."""
    timer = threading.Timer(QUICK_CHECK_SECONDS, conn.interrupt)
    timer.start()
    try:
        answer = str(conn.execute("PRAGMA quick_check(1)").fetchall()[0][0])
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode != sqlite3.SQLITE_INTERRUPT:
            raise
        return None  # out of time, and nothing found so far
    finally:
        timer.cancel()
        timer.join()  # no interrupt may reach a later statement
    if answer == "ok":
        return None
    # "*** in database main ***\nPage 12: …": the page, on one line
    return " ".join(answer.replace("*** in database main ***", "").split())


def damaged(path: Path, what: str) -> FactcheckError:
    """The one line for a ledger whose pages are broken."""
    return FactcheckError(
        f"{path} is damaged ({what}): nothing was changed; restore it from a backup"
    )


def ledger_error(path: Path, exc: sqlite3.Error) -> FactcheckError | None:
    """What an error from SQLite says about the file, for the journalist; None when it is not
    about the file (a bug, which keeps its traceback)."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # the primary code, without extensions
    if code == sqlite3.SQLITE_READONLY:
        return FactcheckError(
            f"{path} is read-only: nothing was changed (check the permissions of the file"
            " and its folder)"
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return FactcheckError(
            f"{path} is busy: another program held it for too long; nothing was changed, try again"
        )
    if code == sqlite3.SQLITE_CANTOPEN:
        return FactcheckError(
            f"Cannot open {path} ({exc}): check the permissions of the file and its folder"
        )
    if code == sqlite3.SQLITE_FULL:
        return FactcheckError(f"The disk holding {path} is full: nothing was changed")
    if code == sqlite3.SQLITE_IOERR:
        return FactcheckError(f"Cannot read or write {path} ({exc}): nothing was changed")
    if code == sqlite3.SQLITE_CORRUPT:
        return damaged(path, str(exc))
    if code == sqlite3.SQLITE_NOTADB:
        return FactcheckError(f"{path} is not a factcheck database ({exc})")
    return None


@contextmanager
def file_errors(path: Path) -> Iterator[None]:
    """Errors from SQLite about the file inside become their one line (:func:`ledger_error`)."""
    try:
        yield
    except sqlite3.Error as exc:
        error = ledger_error(path, exc)
        if error is None:
            raise
        raise error from exc
