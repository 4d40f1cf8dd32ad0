"""Writing a report or an export to a file without ever destroying what is there.

A report written over the ledger (``report -o claims.db``) would lose every source, claim and
decision, so a SQLite file, and the ledger's own files, are never written over. Any other
existing file is replaced only when the user says ``--force``. The text goes to a temporary file
beside the target first and is renamed over it, so a crash or a full disk leaves either the old
file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from factcheck.errors import FactcheckError

SQLITE_MAGIC = b"SQLite format 3\x00"
LEDGER_SUFFIXES = ("", "-wal", "-shm", "-journal")


def is_sqlite_file(path: Path) -> bool:
    """Whether ``path`` is a regular file that starts with SQLite's header."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _ledger_files(ledger: Path | None) -> set[Path]:
    if ledger is None:
        return set()
    base = ledger.resolve()
    return {base.with_name(base.name + suffix) for suffix in LEDGER_SUFFIXES}


def check_output_target(path: Path, *, force: bool, ledger: Path | None = None) -> Path:
    """Where ``path`` really writes (links followed), or a FactcheckError saying why not.

    Refused always: the ledger and its -wal/-shm/-journal files, any SQLite database, a folder.
    Refused without ``force``: any other existing regular file.
    """
    target = path.resolve()
    if target in _ledger_files(ledger):
        raise FactcheckError(f"{path} is the ledger itself; write the report to another file")
    if not target.exists():
        if not target.parent.is_dir():
            raise FactcheckError(f"Cannot write {path}: no folder {target.parent}")
        return target
    mode = target.stat().st_mode
    if stat.S_ISDIR(mode):
        raise FactcheckError(f"{path} is a folder; name a file to write")
    if not stat.S_ISREG(mode):
        return target  # a terminal, a pipe, /dev/null: written as is, nothing to lose
    if is_sqlite_file(target):
        raise FactcheckError(
            f"{path} is a SQLite database (perhaps a ledger); a report never replaces one"
        )
    if not force:
        raise FactcheckError(f"{path} already exists; add --force to replace it")
    return target


def write_output(path: Path, text: str, *, force: bool, ledger: Path | None = None) -> Path:
    """Write ``text`` (UTF-8) to ``path`` as :func:`check_output_target` allows; the file written.

    A regular file is written through a temporary file in the same folder and an atomic rename.
    """
    target = check_output_target(path, force=force, ledger=ledger)
    data = text.encode("utf-8")
    try:
        if target.exists() and not target.is_file():
            with target.open("wb") as handle:
                handle.write(data)
            return target
        _replace_atomically(target, data)
    except OSError as exc:
        raise FactcheckError(f"Cannot write {path}: {exc.strerror or exc}") from exc
    return target


def _replace_atomically(target: Path, data: bytes) -> None:
    existing = target.stat().st_mode & 0o7777 if target.exists() else None
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; give it what a plain open() would have given
        os.chmod(tmp, existing if existing is not None else 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
