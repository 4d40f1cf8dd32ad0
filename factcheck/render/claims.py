"""Claims, sources and history as rich tables for the terminal.

Every piece of user text goes in through :class:`~factcheck.render.InertText`, so
``[citation needed]`` or ``[/b]`` prints as typed and a control character prints escaped. Tables
use a plain box; with NO_COLOR or a pipe the output is stable text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from factcheck.models import Claim, ClaimStatus, Source, Verdict
from factcheck.render import TABLE_ROWS_MAX, InertText, PlainRows, literal
from factcheck.report.model import format_value

_BOX = box.SIMPLE_HEAD


def _table(*columns: str, no_wrap: tuple[str, ...] = ("id",)) -> Table:
    """A table; columns named in ``no_wrap`` (ids, times) never break across lines."""
    table = Table(box=_BOX, show_edge=False, pad_edge=False, header_style="bold")
    for name in columns:
        table.add_column(name, overflow="fold", no_wrap=name in no_wrap)
    return table


def claims_table(claims: Sequence[Claim]) -> RenderableType:
    """One row per claim: id, the claim, its figure, who said it, its source."""
    if not claims:
        return InertText("No claims.")
    columns = ("id", "claim", "subject", "value", "speaker", "source", "status")
    if len(claims) > TABLE_ROWS_MAX:
        return PlainRows(
            columns,
            (
                (c.id, c.text, c.subject, format_value(c), c.speaker, c.source_id, c.status)
                for c in claims
            ),
        )
    table = _table(*columns)
    for c in claims:
        retracted = c.status == ClaimStatus.RETRACTED
        table.add_row(
            literal(c.id),
            literal(c.text, "dim" if retracted else ""),
            literal(c.subject),
            literal(format_value(c)),
            literal(c.speaker),
            literal(f"{c.source_id} {c.source_title or ''}".strip()),
            literal(c.status, "red" if retracted else ""),
        )
    return table


def _fields(rows: Iterable[tuple[str, object]]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")
    for name, value in rows:
        if value not in (None, "", (), []):
            grid.add_row(literal(name), value if isinstance(value, Text) else literal(value))
    return grid


def quote_in_context(claim: Claim, source: Source | None) -> Text | None:
    """The quote with a little of the text around it, the quote itself underlined."""
    if claim.start is None or claim.end is None or source is None or source.text is None:
        return None
    text = source.text
    before = text[max(0, claim.start - 40) : claim.start]
    after = text[claim.end : claim.end + 40]
    out = InertText("…" if claim.start > 40 else "")
    out.append(before.replace("\n", " "))
    out.append(text[claim.start : claim.end].replace("\n", " "), style="bold underline")
    out.append(after.replace("\n", " "))
    out.append("…" if claim.end + 40 < len(text) else "")
    return out


def claim_detail(
    claim: Claim,
    *,
    source: Source | None = None,
    verdicts: Sequence[Verdict] = (),
    retract_reason: str | None = None,
) -> RenderableType:
    """Everything known about one claim."""
    offsets = f"{claim.start}–{claim.end}" if claim.start is not None else None
    rows: list[tuple[str, object]] = [
        ("claim", literal(claim.text, "bold")),
        ("id", f"{claim.id}  ({claim.uuid})"),
        ("status", claim.status),
        ("retracted because", retract_reason),
        ("source", f"{claim.source_id} {claim.source_title or ''}".strip()),
        ("published", claim.source_published),
        ("speaker", claim.speaker),
        ("attribution", claim.attribution),
        ("quote", claim.quote),
        ("offsets", offsets),
        ("in context", quote_in_context(claim, source)),
        ("subject", claim.subject),
        ("subject key", claim.subject_key),
        ("property", claim.property),
        ("value", format_value(claim)),
        ("interval", _interval(claim)),
        ("qualifier", claim.qualifier),
        ("members", ", ".join(claim.members)),
        ("as of", claim.as_of),
        ("hedged", "yes" if claim.hedged else None),
        ("earlier state", "yes" if claim.earlier else None),
        ("added", claim.created_at),
    ]
    parts: list[RenderableType] = [_fields(rows)]
    if verdicts:
        table = _table("verdict", "note", "evidence", "decided")
        for v in verdicts:
            table.add_row(
                literal(v.rating),
                literal(v.note),
                literal(" ".join(v.evidence)),
                literal(v.decided_at),
            )
        parts += [InertText(""), table]
    return Group(*parts)


def _interval(claim: Claim) -> str | None:
    if claim.low is None and claim.high is None:
        return None
    low = "−∞" if claim.low is None else f"{claim.low:g}"
    high = "+∞" if claim.high is None else f"{claim.high:g}"
    return f"[{low}, {high}]"


def sources_table(sources: Sequence[Source], claim_counts: Mapping[int, int]) -> RenderableType:
    if not sources:
        return InertText("No sources.")
    table = _table("id", "title", "outlet", "published", "lang", "text", "claims")
    for s in sources:
        table.add_row(
            literal(s.id),
            literal(s.title),
            literal(s.outlet),
            literal(s.published),
            literal(s.language),
            literal("" if s.text is None else f"{len(s.text)} chars"),
            literal(claim_counts.get(s.id, 0)),
        )
    return table


def source_detail(source: Source, claims: Sequence[Claim]) -> RenderableType:
    rows: list[tuple[str, object]] = [
        ("source", literal(source.title, "bold")),
        ("id", f"{source.id}  ({source.uuid})"),
        ("outlet", source.outlet),
        ("url", source.url),
        ("author", source.author),
        ("published", source.published),
        ("language", source.language),
        ("text", None if source.text is None else f"{len(source.text)} characters kept"),
        ("sha256", source.sha256),
        ("places", ", ".join(source.places) or None),
        ("added", source.added_at),
    ]
    return Group(_fields(rows), InertText(""), claims_table(claims))


def history_table(rows: Sequence[Mapping[str, Any]]) -> RenderableType:
    if not rows:
        return InertText("No history.")
    table = _table("at", "action", "field", "old", "new", "note", no_wrap=("at", "action"))
    for r in rows:
        table.add_row(
            literal(r["at"]),
            literal(r["action"]),
            literal(r["field"]),
            literal(r["old"]),
            literal(r["new"]),
            literal(r["note"]),
        )
    return table
