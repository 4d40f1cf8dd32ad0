"""Conflicts for the terminal: kind, severity, rule, the explanation and both passages.

Each passage is the sentence around the quote with the quote highlighted, then who said it and
where. Every piece of user text goes in through :class:`~factcheck.render.InertText` (never
markup; control characters escaped).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.text import Text

from factcheck.models import Severity
from factcheck.render import InertText
from factcheck.report.model import (
    KIND_LABELS,
    ClaimEntry,
    ConflictEntry,
    format_value,
    source_label,
)

_SPACES = re.compile(r"\s+")
_SEVERITY_STYLE = {Severity.HIGH: "bold red", Severity.MEDIUM: "yellow", Severity.LOW: "dim"}


def passage_text(entry: ClaimEntry) -> Text:
    """The sentence holding the quote, the quote itself highlighted (line breaks folded)."""
    p = entry.passage
    out = InertText(_fold(p.before))
    out.append(_fold(p.quote), style="bold underline")
    out.append(_fold(p.after))
    return out


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text)


def _side(label: str, entry: ClaimEntry) -> Text:
    c = entry.claim
    head = InertText(f"  {label} #{c.id} ", style="bold")
    head.append(format_value(c) or c.text)
    who = c.speaker or "unattributed"
    where = entry.source.title if entry.source else c.source_title or ""
    head.append(f"  — {who}; {source_label(c.source_id)} {where}".rstrip(), style="dim")
    if entry.date:
        head.append(f"; {entry.date}", style="dim")
    if entry.retracted:
        head.append("  RETRACTED", style="red")
    body = InertText("    ")
    body.append_text(passage_text(entry))
    return InertText("\n").join([head, body])


def conflict_view(entry: ConflictEntry) -> RenderableType:
    """One conflict: a heading line, its explanation, and both passages."""
    c = entry.conflict
    head = InertText()
    head.append(c.id, style="bold")
    head.append(f"  {c.kind} · ")
    head.append(str(c.severity), style=_SEVERITY_STYLE[c.severity])
    head.append(f" · {c.rule}  ({KIND_LABELS[c.kind]})", style="dim")
    if entry.decision is not None:
        d = entry.decision
        head.append(f"  [decided: {d.verdict}", style="green")
        head.append(f" — {d.note}]" if d.note else "]", style="green")
    parts: list[RenderableType] = [head, InertText(f"  {c.explanation}")]
    if c.claim_a == c.claim_b:
        parts.append(_side("claim", entry.a))
    else:
        parts += [_side("A", entry.a), _side("B", entry.b)]
    if c.also:  # the copies of this disagreement folded into it
        also = ", ".join(f"#{i}" for i in c.also)
        parts.append(InertText(f"  also reported by claims {also}", style="dim"))
    return Group(*parts)


def conflicts_view(entries: Sequence[ConflictEntry], *, decided_hidden: int = 0) -> RenderableType:
    """Every conflict of a listing, blank-line separated, with a closing count."""
    if not entries:
        message = "No open conflicts." if decided_hidden else "No conflicts."
        return InertText(message + _hidden_note(decided_hidden))
    parts: list[RenderableType] = []
    for entry in entries:
        parts += [conflict_view(entry), InertText("")]
    open_count = sum(e.is_open for e in entries)
    summary = f"{len(entries)} conflict(s), {open_count} open." + _hidden_note(decided_hidden)
    parts.append(InertText(summary, style="bold"))
    return Group(*parts)


def new_conflicts_view(entries: Sequence[ConflictEntry]) -> RenderableType:
    """What ``add`` and ``extract`` print after storing claims: the conflicts just created."""
    if not entries:
        return InertText("No new conflicts.")
    parts: list[RenderableType] = [InertText(f"{len(entries)} new conflict(s):", style="bold")]
    for entry in entries:
        parts += [conflict_view(entry), InertText("")]
    parts.append(InertText("Decide with `factcheck conflicts resolve ID --as …`.", style="dim"))
    return Group(*parts)


def _hidden_note(decided_hidden: int) -> str:
    if not decided_hidden:
        return ""
    return f" {decided_hidden} decided conflict(s) hidden; --all shows them."
