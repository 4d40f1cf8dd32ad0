"""Reading the journalist's files (articles, exports, the ledger's header): regular files only,
and no more than a limit.

A path to a FIFO, a device or a socket (``/dev/zero``, ``/dev/stdin`` in a pipe, a link to
either) is refused before a byte is read: reading one can block forever or never end. The
size limit is kept while reading, not taken from the size the file reports, so a file that
grows as it is read is refused too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from factcheck.errors import FactcheckError

_CHUNK = 1024 * 1024
_KINDS = (
    (stat.S_ISFIFO, "a pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def special_kind(mode: int) -> str | None:
    """What a file of this ``st_mode`` is when it is neither a regular file nor a folder."""
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return None if stat.S_ISREG(mode) or stat.S_ISDIR(mode) else "not a regular file"


def not_regular(path: Path, kind: str) -> FactcheckError:
    """The one line for a path that is not a file on disk."""
    return FactcheckError(f"{path} is {kind}, not a file: factcheck reads only files saved on disk")


def read_file(path: Path, *, limit: int | None = None) -> bytes:
    """The bytes of the regular file at ``path`` (links followed), or a FactcheckError: no such
    file, a folder, a special file, unreadable. With a ``limit``, at most ``limit + 1`` bytes
    are read: more than ``limit`` says the file is too large, however large it claims to be."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except FileNotFoundError as exc:
        raise FactcheckError(f"No file at {path}") from exc
    except OSError as exc:
        raise FactcheckError(f"Cannot read {path}: {exc.strerror}") from exc
    try:
        mode = os.fstat(fd).st_mode  # of what was opened, not of what the path named before
        if stat.S_ISDIR(mode):
            raise FactcheckError(f"{path} is a folder, not a file")
        kind = special_kind(mode)
        if kind is not None:
            raise not_regular(path, kind)
        return _read_up_to(fd, path, None if limit is None else limit + 1)
    finally:
        os.close(fd)


def _read_up_to(fd: int, path: Path, most: int | None) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while most is None or size < most:
        want = _CHUNK if most is None else min(_CHUNK, most - size)
        try:
            chunk = os.read(fd, want)
        except OSError as exc:
            raise FactcheckError(f"Cannot read {path}: {exc.strerror}") from exc
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)
