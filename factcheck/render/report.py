"""The report and figure timelines as rich renderables for the terminal.

User text is always wrapped in :class:`~factcheck.render.InertText` (never markup; control
characters escaped), so a claim holding ``[citation needed]`` or ``[/b]`` prints as typed.
Styles are given by argument; with NO_COLOR or a pipe they fall away and the text stays plain.
"""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from factcheck.models import Verdict
from factcheck.render import InertText
from factcheck.report.model import (
    KIND_LABELS,
    RATING_LABELS,
    ClaimEntry,
    ConflictEntry,
    Report,
    Timeline,
    format_value,
    source_label,
)

_RATING_STYLES = {
    "true": "bold green",
    "mostly-true": "green",
    "mixed": "yellow",
    "misleading": "bold yellow",
    "false": "bold red",
    "unproven": "magenta",
}
_BAR_WIDTH = 30


def _date(value: str | None) -> str:
    return value[:10] if value else ""


def _rating(v: Verdict) -> Text:
    return InertText(RATING_LABELS[v.rating], style=_RATING_STYLES.get(v.rating.value, "bold"))


def report_renderable(report: Report) -> RenderableType:
    """The whole report: summary, conflicts, claims by subject, timelines, verdicts, sources."""
    parts: list[RenderableType] = [Rule(InertText("Fact-check report", style="bold"))]
    parts.append(_summary(report))
    parts.append(Rule(InertText("Conflicts", style="bold")))
    if not report.conflicts:
        parts.append(InertText("No conflicts among these claims."))
    parts += [_conflict(n, c) for n, c in enumerate(report.conflicts, start=1)]
    parts.append(Rule(InertText("Claims by subject", style="bold")))
    if not report.subjects:
        parts.append(InertText("No claims match."))
    for group in report.subjects:
        title = InertText(group.name if group.key else "Other claims", style="bold")
        parts.append(_claims_table(title, group.claims))
    moved = [t for t in report.timelines if t.moved]
    if moved:
        parts.append(Rule(InertText("How figures changed", style="bold")))
        parts += [timeline_renderable(t) for t in moved]
    if report.verdicts:
        parts.append(Rule(InertText("Verdicts", style="bold")))
        parts.append(_verdicts(report))
    if report.sources:
        parts.append(Rule(InertText("Sources", style="bold")))
        parts.append(_sources(report))
    return Group(*parts)


def _summary(report: Report) -> Table:
    s = report.summary
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    kinds = ", ".join(f"{k.value} {n}" for k, n in s.open_conflicts)
    rows = [
        ("Sources", str(s.sources)),
        ("Claims", f"{s.claims} ({s.retracted} retracted)" if s.retracted else str(s.claims)),
        ("Speakers", str(s.speakers)),
        ("Open conflicts", f"{s.open_total} ({kinds})" if kinds else "0"),
        ("Resolved conflicts", str(s.decided_conflicts)),
        ("Claims with a verdict", str(s.verdicts)),
    ]
    filters = []
    if report.source_ids:
        filters.append("sources " + ", ".join(source_label(i) for i in report.source_ids))
    if report.subject:
        filters.append(f"subject “{report.subject}”")
    if report.since:
        filters.append(f"since {report.since}")
    if filters:
        rows.insert(0, ("Filters", " · ".join(filters)))
    for label, value in rows:
        table.add_row(InertText(label), InertText(value))
    return table


def passage_text(entry: ClaimEntry) -> Text:
    """The sentence around a claim's quote, the quote highlighted."""
    p = entry.passage
    text = InertText(p.before)
    text.append(p.quote, style="bold reverse")
    text.append(p.after)
    return text


def _claim_heading(entry: ClaimEntry) -> Text:
    c = entry.claim
    about = [f"Claim #{c.id}", source_label(c.source_id)]
    if c.speaker:
        about.append(c.speaker)
    if entry.date:
        about.append(_date(entry.date))
    heading = InertText(" · ".join(about), style="dim")
    if entry.verdict is not None:
        heading.append("  ")
        heading.append_text(_rating(entry.verdict))
    if entry.retracted:
        heading.append("  retracted", style="italic")
    return heading


def _conflict(n: int, entry: ConflictEntry) -> Panel:
    c = entry.conflict
    status = "open" if entry.is_open else "resolved"
    body: list[RenderableType] = [InertText(c.explanation)]
    for claim in (entry.a, entry.b):
        body += [InertText(""), _claim_heading(claim), passage_text(claim)]
    meta = InertText(f"Rule {c.rule}", style="dim")
    if c.id:
        meta.append(f" · conflict {c.id}")
    body += [InertText(""), meta]
    if entry.decision is not None:
        d = entry.decision
        line = InertText("Decision: ")
        line.append(d.verdict.value, style="bold")
        if d.note.strip():
            line.append(f" — {d.note}")
        if d.decided_at:
            line.append(f" ({_date(d.decided_at)})", style="dim")
        body.append(line)
    title = InertText(f"{n}. {KIND_LABELS[c.kind]} · {c.severity.value} · {status}", style="bold")
    return Panel(
        Group(*body),
        title=title,
        title_align="left",
        border_style="red" if entry.is_open else "dim",
    )


def _claims_table(title: Text, entries: tuple[ClaimEntry, ...]) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Claim and quote", ratio=3)
    table.add_column("Figure", ratio=1)
    table.add_column("Speaker", ratio=1)
    table.add_column("Source", no_wrap=True)
    table.add_column("Date", no_wrap=True)
    table.add_column("Verdict")
    for e in entries:
        c = e.claim
        claim = InertText(c.text, style="strike" if e.retracted else "")
        if e.quote != c.text:
            claim.append("\n“" + e.quote + "”", style="italic")
        figure = " ".join(x for x in (c.property, format_value(c)) if x)
        table.add_row(
            InertText(str(c.id)),
            claim,
            InertText(figure),
            InertText(c.speaker or ""),
            InertText(source_label(c.source_id)),
            InertText(_date(e.date)),
            _rating(e.verdict) if e.verdict else InertText(""),
        )
    return table


def timeline_renderable(timeline: Timeline) -> Table:
    """One figure over time: date, a bar of its value, who said it and where."""
    top = max(
        (x for e in timeline.points for x in (e.claim.low, e.claim.high) if x is not None),
        default=0.0,
    )
    table = Table(
        title=InertText(f"{timeline.subject} · {timeline.property}", style="bold"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
    )
    table.add_column("Date", no_wrap=True)
    table.add_column("Figure", justify="right")
    table.add_column("", no_wrap=True)
    table.add_column("Speaker")
    table.add_column("Source", no_wrap=True)
    table.add_column("#", justify="right", no_wrap=True)
    for e in timeline.points:
        c = e.claim
        table.add_row(
            InertText(_date(e.date) or "undated"),
            InertText(format_value(c)),
            _bar(c.low, c.high, top),
            InertText(c.speaker or "unattributed"),
            InertText(source_label(c.source_id)),
            InertText(str(c.id)),
        )
    return table


def _bar(low: float | None, high: float | None, top: float) -> Text:
    """A solid bar up to the low end, a light one up to the high end, an arrow when open."""
    if top <= 0:
        return InertText("")
    solid = round(_BAR_WIDTH * (low or 0.0) / top)
    light = round(_BAR_WIDTH * high / top) - solid if high is not None else 0
    bar = InertText("█" * solid, style="cyan")
    bar.append("░" * max(light, 0), style="cyan")
    if high is None:
        bar.append("▶", style="cyan")
    return bar


def _verdicts(report: Report) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Claim", ratio=2)
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Note and evidence", ratio=2)
    table.add_column("Date", no_wrap=True)
    for e in report.verdicts:
        for n, v in enumerate(reversed(e.verdicts)):
            note = InertText(v.note)
            if v.evidence:
                note.append(
                    "\nEvidence: " + ", ".join(report.evidence_label(x) for x in v.evidence),
                    style="dim",
                )
            rating = _rating(v)
            if n:
                rating = InertText(f"earlier: {RATING_LABELS[v.rating]}", style="dim")
            table.add_row(
                InertText(str(e.claim.id) if n == 0 else ""),
                InertText(e.claim.text if n == 0 else ""),
                rating,
                note,
                InertText(_date(v.decided_at)),
            )
    return table


def _sources(report: Report) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column("", no_wrap=True)
    table.add_column("Title", ratio=2)
    table.add_column("Outlet")
    table.add_column("Published", no_wrap=True)
    table.add_column("URL and sha256", ratio=2, overflow="fold")
    for s in report.sources:
        where = InertText(s.url or "")
        if s.sha256:
            where.append(("\n" if s.url else "") + f"sha256 {s.sha256[:16]}…", style="dim")
        table.add_row(
            InertText(source_label(s.id), style="bold"),
            InertText(s.title),
            InertText(s.outlet or ""),
            InertText(s.published or ""),
            where,
        )
    return table
