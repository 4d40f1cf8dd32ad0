"""A report as a Markdown document an editor can read, paste and diff.

Every string that comes from users (claims, quotes, titles, notes, names) goes through
:func:`escape`, so Markdown, HTML and table pipes in a claim show as typed. Claims cite their
source as "S<id>"; the Sources section at the end gives each one's URL, date and sha256.
"""

from __future__ import annotations

import re

from factcheck.models import Source, Verdict
from factcheck.report.model import (
    KIND_LABELS,
    RATING_LABELS,
    ClaimEntry,
    ConflictEntry,
    Report,
    Timeline,
    filters_text,
    format_value,
    source_label,
)
from factcheck.serialize import escape_controls

# Characters with a meaning in CommonMark/GFM inline text (emphasis, code, links, HTML, tables,
# headings, strikethrough, entities, GitHub math). Block markers ("-", "1.", ">") need no escape:
# user text never starts a line here.
_SPECIAL = re.compile(r"[\\`*_\[\]<>#|~&$]")
_IDENTIFIER = re.compile(r"[\w.:-]+")
_SPACES = re.compile(r"\s+")
_AUTOLINK = re.compile(r"https?://[^\s<>]+")


def escape(text: str) -> str:
    """User text → Markdown that renders exactly as the text, on one line.

    Control characters (ESC above all) are written out as ``\\x1b``: inert when the file is shown
    in a terminal, and visible to the reader.
    """
    return _SPECIAL.sub(lambda m: "\\" + m.group(), escape_controls(" ".join(text.split())))


def _inline(text: str) -> str:
    """Like :func:`escape`, but keeps a leading or trailing space (parts of one sentence)."""
    return _SPECIAL.sub(lambda m: "\\" + m.group(), escape_controls(_SPACES.sub(" ", text)))


def _code(text: str) -> str:
    """An identifier (rule, conflict id, sha256) in a code span; anything odd as escaped text."""
    return f"`{text}`" if _IDENTIFIER.fullmatch(text) else escape(text)


def _url(url: str) -> str:
    return f"<{url}>" if _AUTOLINK.fullmatch(url) and url.isprintable() else escape(url)


def _date(value: str | None) -> str:
    return escape(value[:10]) if value else ""


def to_markdown(report: Report) -> str:
    """The whole report as one Markdown document (deterministic: same ledger, same bytes)."""
    out: list[str] = ["# Fact-check report", ""]
    filters = filters_text(report, escape)
    if filters:
        out += [f"Filters: {filters}", ""]
    out += _summary(report)
    out += ["## Conflicts", ""]
    if not report.conflicts:
        out += ["No conflicts among these claims.", ""]
    for n, conflict in enumerate(report.conflicts, start=1):
        out += _conflict(n, conflict)
    out += ["## Claims by subject", ""]
    if not report.subjects:
        out += ["No claims match.", ""]
    for group in report.subjects:
        out += [f"### {escape(group.name) if group.key else 'Other claims'}", ""]
        for entry in group.claims:
            out += _claim(entry, report)
        out.append("")
    moved = [t for t in report.timelines if t.moved]
    if moved:
        out += ["## How figures changed", ""]
        for timeline in moved:
            out += _timeline(timeline)
    if report.verdicts:
        out += ["## Verdicts", ""]
        for entry in report.verdicts:
            out += _verdicts(entry, report)
        out.append("")
    if report.sources:
        out += ["## Sources", ""]
        out += [_source_line(s) for s in report.sources]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _summary(report: Report) -> list[str]:
    s = report.summary
    claims = f"{s.claims} ({s.retracted} retracted)" if s.retracted else str(s.claims)
    kinds = ", ".join(f"{kind.value} {n}" for kind, n in s.open_conflicts)
    open_line = f"{s.open_total} ({kinds})" if kinds else "0"
    return [
        "## Summary",
        "",
        f"- Sources: {s.sources}",
        f"- Claims: {claims}",
        f"- Speakers: {s.speakers}",
        f"- Open conflicts: {open_line}",
        f"- Resolved conflicts: {s.decided_conflicts}",
        f"- Claims with a verdict: {s.verdicts}",
        "",
    ]


def _conflict(n: int, entry: ConflictEntry) -> list[str]:
    c = entry.conflict
    status = "open" if entry.is_open else "resolved"
    lines = [
        f"### {n}. {KIND_LABELS[c.kind]} · {c.severity.value} · {status}",
        "",
        escape(c.explanation),
        "",
        _conflict_claim(entry.a),
        _conflict_claim(entry.b),
        "",
    ]
    if c.also:  # the copies of this disagreement folded into it
        lines += ["Also reported by claims " + ", ".join(f"#{i}" for i in c.also) + ".", ""]
    lines += [
        f"Rule: {_code(c.rule)} · Conflict: {_code(c.id)}" if c.id else f"Rule: {_code(c.rule)}",
        "",
    ]
    if entry.decision is not None:
        d = entry.decision
        note = f" — {escape(d.note)}" if d.note.strip() else ""
        when = f" ({_date(d.decided_at)})" if d.decided_at else ""
        lines += [f"Decision: **{d.verdict.value}**{note}{when}", ""]
    return lines


def _conflict_claim(entry: ClaimEntry) -> str:
    c = entry.claim
    about = [source_label(c.source_id)]
    if c.speaker:
        about.append(escape(c.speaker))
    if entry.date:
        about.append(_date(entry.date))
    p = entry.passage
    passage = f"{_inline(p.before)}**{escape(p.quote)}**{_inline(p.after)}"
    line = f"- **Claim #{c.id}** ({', '.join(about)}): {passage}"
    if entry.verdict is not None:
        line += f" — verdict: **{RATING_LABELS[entry.verdict.rating]}**"
    return line


def _claim(entry: ClaimEntry, report: Report) -> list[str]:
    c = entry.claim
    lines = [
        f"- **{escape(c.text)}** (claim #{c.id})",
        f"  - Quote: “{escape(entry.quote)}” ({source_label(c.source_id)})",
    ]
    if c.speaker:
        said = f", “{escape(c.attribution)}”" if c.attribution else ""
        lines.append(f"  - Speaker: {escape(c.speaker)}{said}")
    figure = [escape(x) for x in (c.property, format_value(c)) if x]
    if c.as_of:
        figure.append(f"as of {_date(c.as_of)}")
    if figure:
        lines.append(f"  - Figure: {', '.join(figure)}")
    if entry.verdict is not None:
        lines.append(f"  - Verdict: {_verdict_text(entry.verdict, report)}")
    if entry.retracted:
        lines.append("  - Status: retracted")
    return lines


def _verdict_text(v: Verdict, report: Report) -> str:
    text = f"**{RATING_LABELS[v.rating]}**"
    if v.note.strip():
        text += f" — {escape(v.note)}"
    if v.evidence:
        text += "; evidence: " + ", ".join(_url(report.evidence_label(e)) for e in v.evidence)
    if v.decided_at:
        text += f" ({_date(v.decided_at)})"
    return text


def _verdicts(entry: ClaimEntry, report: Report) -> list[str]:
    latest, *earlier = reversed(entry.verdicts)
    lines = [
        f"- Claim #{entry.claim.id} “{escape(entry.claim.text)}”: {_verdict_text(latest, report)}"
    ]
    lines += [f"  - earlier: {_verdict_text(v, report)}" for v in earlier]
    return lines


def _timeline(t: Timeline) -> list[str]:
    lines = [
        f"### {escape(t.subject)} · {escape(t.property)}",
        "",
        "| Date | Figure | Speaker | Source | Claim |",
        "| --- | --- | --- | --- | --- |",
    ]
    for e in t.points:
        c = e.claim
        cells = [
            _date(e.date) or "undated",
            escape(format_value(c)),
            escape(c.speaker or "") or "unattributed",
            source_label(c.source_id),
            f"#{c.id}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    return lines


def _source_line(source: Source) -> str:
    details = [escape(x) for x in (source.outlet, source.published) if x]
    if source.author:
        details.append(f"by {escape(source.author)}")
    line = f"- **{source_label(source.id)}**: {escape(source.title)}"
    if details:
        line += " — " + ", ".join(details)
    if source.url:
        line += f". {_url(source.url)}"
    if source.sha256:
        line += f". sha256 {_code(source.sha256)}"
    return line
