"""Opening the journalist's ledger."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.ledger import Store


def open_ledger(path: Path | None, *, create: bool) -> Store:
    """The ledger at ``path`` (None: an empty one in memory, for a dry run). ``create=False``
    for what only reads: a missing file is then a FactcheckError, never an empty new ledger."""
    from factcheck.ledger import MEMORY, Store

    return Store.open(MEMORY if path is None else path, create=create)
