"""Gathering a :class:`~factcheck.report.model.Report` from the ledger's models (pure), or from a
store.

Order is stable everywhere, so two reports of the same ledger diff cleanly.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.models import SEVERITY_RANK, Claim, Conflict, ConflictKind, Decision, Source, Verdict
from factcheck.report.model import (
    EVIDENCE_SOURCE_PREFIX,
    ClaimEntry,
    ConflictEntry,
    Passage,
    Report,
    SubjectGroup,
    Summary,
    Timeline,
)

if TYPE_CHECKING:
    from factcheck.ledger import Store


def build_report(
    sources: Iterable[Source],
    claims: Iterable[Claim],
    conflicts: Iterable[Conflict],
    decisions: Mapping[str, Decision],
    verdicts: Iterable[Verdict],
    *,
    subject: str | None = None,
    since: str | None = None,
    source_ids: Collection[int] | None = None,
    aliases: Mapping[str, str] | None = None,
) -> Report:
    """Gather a report from the ledger's models.

    ``claims`` should be every claim of the ledger, so a conflict can show its other claim even
    when that one falls outside the filters. The filters pick the claims shown: ``source_ids``,
    ``subject`` (read by :func:`factcheck.subjects.subject_matcher`, with the journalist's
    ``aliases``) and ``since`` (an ISO date; claims dated earlier, or not dated at all, are
    left out).
    """
    sources_by_id = {s.id: s for s in sources}
    verdicts_by_claim: dict[int, list[Verdict]] = {}
    for verdict in verdicts:
        verdicts_by_claim.setdefault(verdict.claim_id, []).append(verdict)
    entries = {
        c.id: _entry(c, sources_by_id.get(c.source_id), verdicts_by_claim.get(c.id, []))
        for c in sorted(claims, key=lambda c: c.id)
    }
    selected = _select(entries.values(), subject, since, source_ids, aliases)
    conflict_entries = _conflict_entries(conflicts, entries, selected, decisions)
    shown = [*selected, *(x for e in conflict_entries for x in (e.a, e.b))]
    cited = _cited_sources(shown, sources_by_id.values())
    return Report(
        summary=_summary(selected, conflict_entries),
        sources=tuple(cited[i] for i in sorted(cited)),
        claims=selected,
        conflicts=conflict_entries,
        subjects=_group_by_subject(selected),
        timelines=_timelines(selected),
        subject=subject,
        since=since,
        source_ids=tuple(sorted(source_ids)) if source_ids is not None else (),
    )


def gather_report(
    store: Store,
    *,
    source_ids: Collection[int] | None = None,
    subject: str | None = None,
    since: str | None = None,
) -> Report:
    """The report of a whole ledger, its conflicts found afresh, filtered as asked.

    An unknown source id in ``source_ids`` is a FactcheckError, not an empty report.
    """
    from factcheck.conflicts import decisions_by_conflict, find_conflicts_in_store

    for source_id in source_ids or ():
        store.get_source(source_id)
    claims = list(store.iter_claims())
    conflicts = find_conflicts_in_store(store)
    return build_report(
        store.list_sources(),
        claims,
        conflicts,
        decisions_by_conflict(store, conflicts),  # (following renamed conflicts)
        store.all_verdicts(),
        subject=subject,
        since=since,
        source_ids=source_ids or None,
        aliases=store.entity_aliases() if subject is not None else None,
    )


def _select(
    entries: Iterable[ClaimEntry],
    subject: str | None,
    since: str | None,
    source_ids: Collection[int] | None,
    aliases: Mapping[str, str] | None,
) -> tuple[ClaimEntry, ...]:
    """The claims the filters pick, in claim order."""
    if source_ids is not None:
        entries = [e for e in entries if e.claim.source_id in source_ids]
    if subject is not None:
        from factcheck.subjects import subject_matcher

        about = subject_matcher(subject, aliases)
        entries = [e for e in entries if about(e.claim)]
    if since is not None:
        entries = [e for e in entries if e.date is not None and e.date >= since]
    return tuple(entries)


def _conflict_entries(
    conflicts: Iterable[Conflict],
    entries: Mapping[int, ClaimEntry],
    selected: Iterable[ClaimEntry],
    decisions: Mapping[str, Decision],
) -> tuple[ConflictEntry, ...]:
    """Conflicts touching a selected claim: open before decided, most severe first."""
    selected_ids = {e.claim.id for e in selected}
    found = [
        ConflictEntry(c, entries[c.claim_a], entries[c.claim_b], decisions.get(c.id))
        for c in conflicts
        if (c.claim_a in selected_ids or c.claim_b in selected_ids)
        and c.claim_a in entries
        and c.claim_b in entries
    ]
    found.sort(
        key=lambda e: (
            not e.is_open,
            -SEVERITY_RANK[e.conflict.severity],
            e.conflict.kind,
            e.conflict.pair,
            e.conflict.id,
        )
    )
    return tuple(found)


def _cited_sources(shown: Iterable[ClaimEntry], sources: Iterable[Source]) -> dict[int, Source]:
    """Sources of the claims shown and of the evidence their verdicts name, by id."""
    by_uuid = {s.uuid: s for s in sources}
    cited: dict[int, Source] = {}
    for e in shown:
        if e.source is not None:
            cited[e.source.id] = e.source
        for ev in (ev for v in e.verdicts for ev in v.evidence):
            found = by_uuid.get(ev.removeprefix(EVIDENCE_SOURCE_PREFIX))
            if ev.startswith(EVIDENCE_SOURCE_PREFIX) and found is not None:
                cited[found.id] = found
    return cited


def _summary(selected: tuple[ClaimEntry, ...], conflicts: tuple[ConflictEntry, ...]) -> Summary:
    open_kinds = Counter(e.conflict.kind for e in conflicts if e.is_open)
    return Summary(
        sources=len({e.claim.source_id for e in selected}),
        claims=len(selected),
        retracted=sum(e.retracted for e in selected),
        speakers=len({e.claim.speaker for e in selected if e.claim.speaker}),
        open_conflicts=tuple((k, open_kinds[k]) for k in ConflictKind if open_kinds[k]),
        decided_conflicts=sum(not e.is_open for e in conflicts),
        verdicts=sum(bool(e.verdicts) for e in selected),
    )


def _entry(claim: Claim, source: Source | None, verdicts: list[Verdict]) -> ClaimEntry:
    quote = claim.quote or claim.text
    return ClaimEntry(
        claim=claim,
        source=source,
        quote=quote,
        passage=_passage(claim, source, quote),
        verdicts=tuple(sorted(verdicts, key=lambda v: v.decided_at)),
        date=claim.as_of or claim.source_published or (source.published if source else None),
    )


def _passage(claim: Claim, source: Source | None, quote: str) -> Passage:
    """The sentence of the source holding the quote; the quote alone when offsets are unknown."""
    text = source.text if source else None
    start, end = claim.start, claim.end
    if not text or start is None or end is None or not 0 <= start < end <= len(text):
        return Passage("", quote, "")
    starts, spans = _sentences_of(text)
    at = bisect_right(starts, start) - 1
    if at >= 0:
        s_start, s_end = spans[at]
        if start < s_end:
            return Passage(
                text[s_start:start].lstrip(),
                text[start:end],
                text[end : max(end, s_end)].rstrip(),
            )
    return Passage("", text[start:end], "")


@lru_cache(maxsize=16)
def _sentences_of(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """A source's sentences, split once however many of its claims a report shows (a long
    article has thousands): their starts, to bisect, and their spans."""
    from factcheck.text.sentences import split_sentences

    spans = list(split_sentences(text))
    return [s for s, _ in spans], spans


def _group_by_subject(entries: Iterable[ClaimEntry]) -> tuple[SubjectGroup, ...]:
    groups: dict[str, list[ClaimEntry]] = {}
    for e in entries:
        key = e.claim.subject_key or e.claim.subject or ""
        groups.setdefault(key, []).append(e)
    out = [
        SubjectGroup(
            key, next((e.claim.subject for e in g if e.claim.subject), "") or key, tuple(g)
        )
        for key, g in groups.items()
    ]
    # Claims without a subject come last, under their own heading.
    out.sort(key=lambda g: (g.key == "", g.name.casefold(), g.key))
    return tuple(out)


def _timelines(entries: Iterable[ClaimEntry]) -> tuple[Timeline, ...]:
    figures: dict[tuple[str, str], list[ClaimEntry]] = {}
    for e in entries:
        c = e.claim
        if c.subject_key and c.property and (c.low is not None or c.high is not None):
            figures.setdefault((c.subject_key, c.property), []).append(e)
    out = [_timeline(key, prop, points) for (key, prop), points in figures.items()]
    out.sort(key=lambda t: (t.subject.casefold(), t.property, t.subject_key))
    return tuple(t for t in out if len(t.points) > 1)


def _timeline(key: str, prop: str, points: list[ClaimEntry]) -> Timeline:
    """One figure's points, earliest first (undated last)."""
    points = sorted(points, key=lambda e: (e.date is None, e.date or "", e.claim.id))
    name = next((p.claim.subject for p in points if p.claim.subject), None) or key
    moved = len({(p.claim.low, p.claim.high) for p in points}) > 1
    return Timeline(key, name, prop, tuple(points), moved)
