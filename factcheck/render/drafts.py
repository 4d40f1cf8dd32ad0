"""Candidate claims (not yet stored) and the progress bar of `extract`."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import RenderableType
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from factcheck.models import ClaimDraft
from factcheck.render import TABLE_ROWS_MAX, InertText, PlainRows, literal, stderr_console
from factcheck.report.model import format_value


def drafts_table(drafts: Sequence[ClaimDraft]) -> RenderableType:
    """One row per candidate: its quote, subject, measure, figure and speaker."""
    if not drafts:
        return InertText("No candidate claims.")
    columns = ("#", "quote", "subject", "property", "value", "speaker", "as of")
    if len(drafts) > TABLE_ROWS_MAX:
        return PlainRows(
            columns,
            (
                (n, d.quote, d.subject, d.property, format_value(d), d.speaker, d.as_of)
                for n, d in enumerate(drafts, 1)
            ),
        )
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    for name in columns:
        table.add_column(name, overflow="fold")
    for n, d in enumerate(drafts, 1):
        table.add_row(
            literal(n),
            literal(d.quote),
            literal(d.subject),
            literal(d.property),
            literal(format_value(d)),
            literal(d.speaker),
            literal(d.as_of),
        )
    return table


def draft_panel(draft: ClaimDraft, title: str) -> RenderableType:
    """One candidate, for review: the clause, then its parts."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")
    rows = [
        ("claim", draft.text),
        ("quote", draft.quote),
        ("subject", draft.subject),
        ("property", draft.property),
        ("value", format_value(draft)),
        ("members", ", ".join(draft.members)),
        ("said by", draft.attribution),
        ("as of", draft.as_of),
        ("hedged", "yes" if draft.hedged else None),
        ("earlier report", "yes" if draft.earlier else None),
    ]
    for name, value in rows:
        if value:
            grid.add_row(literal(name), literal(value))
    return Panel(grid, title=InertText(title), title_align="left")


def progress_bar() -> Progress:
    """A bar on stderr for several files; it disappears when done."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=stderr_console(),
        transient=True,
    )
