"""Claims, sources and history as rich tables for the terminal.

Every piece of user text goes in through :class:`rich.text.Text`, so ``[citation needed]`` or
``[/b]`` prints as typed. Tables use a plain box; with NO_COLOR or a pipe the output is stable text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from factcheck.models import Claim, ClaimStatus, Source, Verdict
from factcheck.report.model import format_value

_BOX = box.SIMPLE_HEAD


def _t(value: object, style: str = "") -> Text:
    """User data as literal text ("" for None)."""
    return Text("" if value is None else str(value), style=style)


def _table(*columns: str, no_wrap: tuple[str, ...] = ("id",)) -> Table:
    """A table; columns named in ``no_wrap`` (ids, times) never break across lines."""
    table = Table(box=_BOX, show_edge=False, pad_edge=False, header_style="bold")
    for name in columns:
        table.add_column(name, overflow="fold", no_wrap=name in no_wrap)
    return table


def claims_table(claims: Sequence[Claim]) -> RenderableType:
    """One row per claim: id, the claim, its figure, who said it, its source."""
    if not claims:
        return Text("No claims.")
    table = _table("id", "claim", "subject", "value", "speaker", "source", "status")
    for c in claims:
        retracted = c.status == ClaimStatus.RETRACTED
        table.add_row(
            _t(c.id),
            _t(c.text, "dim" if retracted else ""),
            _t(c.subject),
            _t(format_value(c)),
            _t(c.speaker),
            _t(f"{c.source_id} {c.source_title or ''}".strip()),
            _t(c.status, "red" if retracted else ""),
        )
    return table


def _fields(rows: Iterable[tuple[str, object]]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")
    for name, value in rows:
        if value not in (None, "", (), []):
            grid.add_row(_t(name), value if isinstance(value, Text) else _t(value))
    return grid


def quote_in_context(claim: Claim, source: Source | None) -> Text | None:
    """The quote with a little of the text around it, the quote itself underlined."""
    if claim.start is None or claim.end is None or source is None or source.text is None:
        return None
    text = source.text
    before = text[max(0, claim.start - 40) : claim.start]
    after = text[claim.end : claim.end + 40]
    out = Text("…" if claim.start > 40 else "")
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
        ("claim", _t(claim.text, "bold")),
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
            table.add_row(_t(v.rating), _t(v.note), _t(" ".join(v.evidence)), _t(v.decided_at))
        parts += [Text(""), table]
    return Group(*parts)


def _interval(claim: Claim) -> str | None:
    if claim.low is None and claim.high is None:
        return None
    low = "−∞" if claim.low is None else f"{claim.low:g}"
    high = "+∞" if claim.high is None else f"{claim.high:g}"
    return f"[{low}, {high}]"


def sources_table(sources: Sequence[Source], claim_counts: Mapping[int, int]) -> RenderableType:
    if not sources:
        return Text("No sources.")
    table = _table("id", "title", "outlet", "published", "lang", "text", "claims")
    for s in sources:
        table.add_row(
            _t(s.id),
            _t(s.title),
            _t(s.outlet),
            _t(s.published),
            _t(s.language),
            _t("" if s.text is None else f"{len(s.text)} chars"),
            _t(claim_counts.get(s.id, 0)),
        )
    return table


def source_detail(source: Source, claims: Sequence[Claim]) -> RenderableType:
    rows: list[tuple[str, object]] = [
        ("source", _t(source.title, "bold")),
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
    return Group(_fields(rows), Text(""), claims_table(claims))


def history_table(rows: Sequence[Mapping[str, Any]]) -> RenderableType:
    if not rows:
        return Text("No history.")
    table = _table("at", "action", "field", "old", "new", "note", no_wrap=("at", "action"))
    for r in rows:
        table.add_row(
            _t(r["at"]), _t(r["action"]), _t(r["field"]), _t(r["old"]), _t(r["new"]), _t(r["note"])
        )
    return table
