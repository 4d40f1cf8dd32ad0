"""Terminal rendering with rich. Only this package and factcheck/cli/ import rich.

Consoles never interpret markup or highlight: claim and source text is user data and must print
exactly as typed. rich itself honours NO_COLOR and drops colour when output is not a terminal.
"""

from __future__ import annotations

from rich.console import Console


def stdout_console() -> Console:
    """Where tables and details go."""
    return Console(markup=False, highlight=False, emoji=False)


def stderr_console() -> Console:
    """Where messages, notes and warnings go, so stdout stays clean for pipes."""
    return Console(stderr=True, markup=False, highlight=False, emoji=False)
