"""The factcheck command line: a Typer app in ``app.py``, one module per command family.

Importing the modules registers their commands on ``app``.
"""

from __future__ import annotations

from factcheck.cli import conflicts, demo, extract, ledger, reports, sources  # noqa: F401
from factcheck.cli.app import app, main

__all__ = ["app", "main"]
