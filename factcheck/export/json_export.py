"""A report as JSON for data desks: every claim, conflict, decision, verdict and timeline.

Sources, claims and conflicts keep the shapes of ``--json`` elsewhere (``factcheck.serialize``),
plus the report's additions: the source's uuid, the claim's date, the sentence around the
quote, its verdicts.
Conflicts name both claim ids; a claim outside the filters that a conflict needs is listed under
``related_claims``.
"""

from __future__ import annotations

from typing import Any

from factcheck.report.model import ClaimEntry, ConflictEntry, Report, Timeline, format_value
from factcheck.serialize import (
    claim_to_dict,
    conflict_to_dict,
    json_text,
    source_to_dict,
    verdict_to_dict,
)


def _entry(entry: ClaimEntry) -> dict[str, Any]:
    p = entry.passage
    return claim_to_dict(entry.claim) | {
        "member_keys": list(entry.claim.member_keys),
        "source_uuid": entry.source.uuid if entry.source else None,
        "date": entry.date,
        "figure": format_value(entry.claim) or None,
        "sentence": {"before": p.before, "quote": p.quote, "after": p.after},
        "verdict": verdict_to_dict(entry.verdict) if entry.verdict else None,
        "verdicts": [verdict_to_dict(v) for v in entry.verdicts],
    }


def _conflict(entry: ConflictEntry) -> dict[str, Any]:
    return conflict_to_dict(entry.conflict, entry.decision) | {
        "status": "open" if entry.is_open else "resolved"
    }


def _timeline(t: Timeline) -> dict[str, Any]:
    return {
        "subject_key": t.subject_key,
        "subject": t.subject,
        "property": t.property,
        "moved": t.moved,
        "points": [
            {
                "claim_id": e.claim.id,
                "date": e.date,
                "low": e.claim.low,
                "high": e.claim.high,
                "figure": format_value(e.claim),
                "speaker": e.claim.speaker,
                "source_id": e.claim.source_id,
            }
            for e in t.points
        ],
    }


def report_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    s = report.summary
    selected = {e.claim.id for e in report.claims}
    related: dict[int, ClaimEntry] = {}
    for c in report.conflicts:
        for e in (c.a, c.b):
            if e.claim.id not in selected:
                related[e.claim.id] = e
    return {
        "filters": {
            "sources": list(report.source_ids),
            "subject": report.subject,
            "since": report.since,
        },
        "summary": {
            "sources": s.sources,
            "claims": s.claims,
            "retracted": s.retracted,
            "speakers": s.speakers,
            "open_conflicts": s.open_total,
            "open_conflicts_by_kind": {k.value: n for k, n in s.open_conflicts},
            "resolved_conflicts": s.decided_conflicts,
            "claims_with_verdict": s.verdicts,
        },
        "sources": [source_to_dict(x, with_text=True) for x in report.sources],
        "claims": [_entry(e) for e in report.claims],
        "related_claims": [_entry(related[i]) for i in sorted(related)],
        "conflicts": [_conflict(c) for c in report.conflicts],
        "subjects": [
            {"key": g.key, "name": g.name, "claims": [e.claim.id for e in g.claims]}
            for g in report.subjects
        ],
        "timelines": [_timeline(t) for t in report.timelines],
    }


def to_json(report: Report) -> str:
    """The whole report as indented JSON (UTF-8 text kept readable)."""
    return json_text(report_dict(report)) + "\n"
