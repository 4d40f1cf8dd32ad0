"""A report as one self-contained HTML page: inline CSS, no scripts, no external assets.

Every user string goes through :func:`html.escape`; links are made only from http(s) URLs.
A Content-Security-Policy forbids scripts and outside loads, in case anything slipped through.
The layout is one readable column that fits a phone; wide tables scroll inside their box.
"""

from __future__ import annotations

import re
from html import escape

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

_SAFE_URL = re.compile(r"https?://\S+", re.IGNORECASE)

_CSS = """
:root { color-scheme: light dark; --muted: #666; --line: #ddd; --mark: #fff3a3; }
@media (prefers-color-scheme: dark) { :root { --muted: #aaa; --line: #444; --mark: #665c00; } }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
  padding: 1rem; max-width: 48rem; margin-inline: auto; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; }
.muted, .meta { color: var(--muted); font-size: .9rem; }
.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
  gap: .5rem; padding: 0; list-style: none; }
.summary li { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem; }
.summary b { display: block; font-size: 1.4rem; }
.card { border: 1px solid var(--line); border-radius: .4rem; padding: .75rem; margin: .75rem 0; }
.open { border-left: .3rem solid #c0392b; } .resolved { border-left: .3rem solid #7f8c8d; }
mark { background: var(--mark); color: inherit; }
blockquote { margin: .3rem 0; padding-left: .75rem; border-left: 3px solid var(--line); }
.rating { font-weight: bold; text-transform: uppercase; font-size: .85rem; }
.table { overflow-x: auto; } table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
code { font-size: .8rem; }
ul.claims { padding-left: 1.1rem; } ul.claims > li { margin-bottom: .75rem; }
"""


def _e(text: str | None) -> str:
    """User text as HTML text or attribute; control characters (invalid HTML) as ``\\x1b``."""
    return escape(escape_controls(text or ""), quote=True)


def _date(value: str | None) -> str:
    return _e(value[:10]) if value else ""


def _link(url: str) -> str:
    if _SAFE_URL.fullmatch(url) and url.isprintable():
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>'
    return _e(url)


def to_html(report: Report) -> str:
    """The whole report as one HTML document (deterministic: same ledger, same bytes)."""
    body: list[str] = ["<h1>Fact-check report</h1>"]
    filters = filters_text(report, _e)
    if filters:
        body.append(f'<p class="muted">Filters: {filters}</p>')
    body += _summary(report)
    body.append("<h2>Conflicts</h2>")
    if not report.conflicts:
        body.append("<p>No conflicts among these claims.</p>")
    body += [_conflict(n, c) for n, c in enumerate(report.conflicts, start=1)]
    body.append("<h2>Claims by subject</h2>")
    if not report.subjects:
        body.append("<p>No claims match.</p>")
    for group in report.subjects:
        body.append(f"<h3>{_e(group.name) if group.key else 'Other claims'}</h3>")
        body.append('<ul class="claims">')
        body += [_claim(e, report) for e in group.claims]
        body.append("</ul>")
    moved = [t for t in report.timelines if t.moved]
    if moved:
        body.append("<h2>How figures changed</h2>")
        body += [_timeline(t) for t in moved]
    if report.verdicts:
        body.append("<h2>Verdicts</h2>")
        body.append("<ul>")
        body += [_verdicts(e, report) for e in report.verdicts]
        body.append("</ul>")
    if report.sources:
        body.append("<h2>Sources</h2>")
        body.append("<ul>")
        body += [_source(s) for s in report.sources]
        body.append("</ul>")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta http-equiv="Content-Security-Policy" '
            "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            "<title>Fact-check report</title>",
            f"<style>{_CSS}</style>",
            "</head>",
            "<body>",
            "<main>",
            *body,
            "</main>",
            "</body>",
            "</html>",
            "",
        ]
    )


def _summary(report: Report) -> list[str]:
    s = report.summary
    kinds = ", ".join(f"{kind.value} {n}" for kind, n in s.open_conflicts)
    items = [
        ("Sources", str(s.sources), ""),
        ("Claims", str(s.claims), f"{s.retracted} retracted" if s.retracted else ""),
        ("Speakers", str(s.speakers), ""),
        ("Open conflicts", str(s.open_total), kinds),
        ("Resolved conflicts", str(s.decided_conflicts), ""),
        ("Claims with a verdict", str(s.verdicts), ""),
    ]
    lines = ["<h2>Summary</h2>", '<ul class="summary">']
    for label, value, detail in items:
        extra = f' <span class="muted">{_e(detail)}</span>' if detail else ""
        lines.append(f"<li><b>{value}</b>{label}{extra}</li>")
    lines.append("</ul>")
    return lines


def _conflict(n: int, entry: ConflictEntry) -> str:
    c = entry.conflict
    status = "open" if entry.is_open else "resolved"
    parts = [
        f'<section class="card {status}">',
        f"<h3>{n}. {_e(KIND_LABELS[c.kind])} · {_e(c.severity.value)} · {status}</h3>",
        f"<p>{_e(c.explanation)}</p>",
        _conflict_claim(entry.a),
        _conflict_claim(entry.b),
    ]
    if c.also:  # the copies of this disagreement folded into it
        parts.append("<p>Also reported by claims " + ", ".join(f"#{i}" for i in c.also) + ".</p>")
    parts.append(
        f'<p class="meta">Rule <code>{_e(c.rule)}</code>'
        + (f" · conflict <code>{_e(c.id)}</code>" if c.id else "")
        + "</p>"
    )
    if entry.decision is not None:
        d = entry.decision
        note = f" — {_e(d.note)}" if d.note.strip() else ""
        when = f' <span class="muted">({_date(d.decided_at)})</span>' if d.decided_at else ""
        parts.append(f"<p>Decision: <b>{_e(d.verdict.value)}</b>{note}{when}</p>")
    parts.append("</section>")
    return "\n".join(parts)


def _conflict_claim(entry: ClaimEntry) -> str:
    c = entry.claim
    about = [source_label(c.source_id)]
    if c.speaker:
        about.append(_e(c.speaker))
    if entry.date:
        about.append(_date(entry.date))
    p = entry.passage
    verdict = ""
    if entry.verdict is not None:
        verdict = f' <span class="rating">{_e(RATING_LABELS[entry.verdict.rating])}</span>'
    return (
        f'<p class="meta">Claim #{c.id} ({", ".join(about)}){verdict}</p>'
        f"<blockquote>{_e(p.before)}<mark>{_e(p.quote)}</mark>{_e(p.after)}</blockquote>"
    )


def _claim(entry: ClaimEntry, report: Report) -> str:
    c = entry.claim
    lines = [
        f'<li id="claim-{c.id}"><b>{_e(c.text)}</b> <span class="muted">claim #{c.id}</span>',
        f"<blockquote>“{_e(entry.quote)}” ({source_label(c.source_id)})</blockquote>",
    ]
    meta = []
    if c.speaker:
        said = f", “{_e(c.attribution)}”" if c.attribution else ""
        meta.append(f"Speaker: {_e(c.speaker)}{said}")
    figure = [_e(x) for x in (c.property, format_value(c)) if x]
    if c.as_of:
        figure.append(f"as of {_date(c.as_of)}")
    if figure:
        meta.append("Figure: " + ", ".join(figure))
    if entry.retracted:
        meta.append("<b>Retracted</b>")
    if meta:
        lines.append(f'<div class="meta">{"<br>".join(meta)}</div>')
    if entry.verdict is not None:
        lines.append(f"<div>Verdict: {_verdict(entry.verdict, report)}</div>")
    lines.append("</li>")
    return "\n".join(lines)


def _verdict(v: Verdict, report: Report) -> str:
    text = f'<span class="rating">{_e(RATING_LABELS[v.rating])}</span>'
    if v.note.strip():
        text += f" — {_e(v.note)}"
    if v.evidence:
        text += "; evidence: " + ", ".join(_link(report.evidence_label(x)) for x in v.evidence)
    if v.decided_at:
        text += f' <span class="muted">({_date(v.decided_at)})</span>'
    return text


def _verdicts(entry: ClaimEntry, report: Report) -> str:
    latest, *earlier = reversed(entry.verdicts)
    c = entry.claim
    out = (
        f'<li><a href="#claim-{c.id}">Claim #{c.id}</a> “{_e(c.text)}”: {_verdict(latest, report)}'
    )
    if earlier:
        items = "".join(f"<li>earlier: {_verdict(v, report)}</li>" for v in earlier)
        out += f"<ul>{items}</ul>"
    return out + "</li>"


def _timeline(t: Timeline) -> str:
    rows = "".join(
        "<tr>"
        f"<td>{_date(e.date) or 'undated'}</td>"
        f"<td>{_e(format_value(e.claim))}</td>"
        f"<td>{_e(e.claim.speaker) or 'unattributed'}</td>"
        f"<td>{source_label(e.claim.source_id)}</td>"
        f'<td><a href="#claim-{e.claim.id}">#{e.claim.id}</a></td>'
        "</tr>"
        for e in t.points
    )
    return (
        f"<h3>{_e(t.subject)} · {_e(t.property)}</h3>"
        '<div class="table"><table><thead><tr><th>Date</th><th>Figure</th><th>Speaker</th>'
        f"<th>Source</th><th>Claim</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )


def _source(source: Source) -> str:
    details = [_e(x) for x in (source.outlet, source.published) if x]
    if source.author:
        details.append(f"by {_e(source.author)}")
    line = f'<li id="source-{source.id}"><b>{source_label(source.id)}</b>: {_e(source.title)}'
    if details:
        line += " — " + ", ".join(details)
    if source.url:
        line += f"<br>{_link(source.url)}"
    if source.sha256:
        line += f'<br><span class="muted">sha256 <code>{_e(source.sha256)}</code></span>'
    return line + "</li>"
