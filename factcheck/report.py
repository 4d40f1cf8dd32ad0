"""The report an editor reads: claims, conflicts, verdicts and figure timelines, gathered (pure).

``build_report`` takes plain models (as the store returns them) and returns one frozen
:class:`Report`. Every exporter (Markdown, HTML, JSON, ClaimReview, the terminal) renders the
same report, so the formats agree. Order is stable everywhere, so two reports diff cleanly.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.models import (
    SEVERITY_RANK,
    Claim,
    ClaimDraft,
    ClaimStatus,
    Conflict,
    ConflictKind,
    Decision,
    Qualifier,
    Rating,
    Source,
    Verdict,
)

RATING_LABELS: dict[Rating, str] = {
    Rating.TRUE: "True",
    Rating.MOSTLY_TRUE: "Mostly true",
    Rating.MIXED: "Mixed",
    Rating.MISLEADING: "Misleading",
    Rating.FALSE: "False",
    Rating.UNPROVEN: "Unproven",
}
KIND_LABELS: dict[ConflictKind, str] = {
    ConflictKind.VALUE: "Figures disagree",
    ConflictKind.COUNT: "Count disagrees",
    ConflictKind.MEMBERSHIP: "Membership disagrees",
    ConflictKind.UPDATE: "Figure updated",
    ConflictKind.RETRACTED: "Retracted figure restated",
    ConflictKind.PART_WHOLE: "Part larger than the whole",
}

if TYPE_CHECKING:
    from factcheck.ledger import Store

# Evidence that names a source of the ledger is stored as "source:<uuid>" (portable across
# ledgers); anything else is kept as the journalist wrote it (a URL).
EVIDENCE_SOURCE_PREFIX = "source:"
_WEB_ADDRESS = re.compile(r"https?://[^\s/]+\S*", re.IGNORECASE)


@dataclass(frozen=True)
class Passage:
    """The sentence around a quote, split so the quote can be highlighted inside it."""

    before: str
    quote: str
    after: str


@dataclass(frozen=True)
class ClaimEntry:
    """One claim as the report shows it: with its source, exact quote and verdicts."""

    claim: Claim
    source: Source | None
    quote: str  # the exact words from the source (the claim text when no quote was kept)
    passage: Passage
    verdicts: tuple[Verdict, ...]  # oldest first; the last one is the current verdict
    date: str | None  # as_of, else the source's publication date

    @property
    def verdict(self) -> Verdict | None:
        """The current verdict, if the claim has one."""
        return self.verdicts[-1] if self.verdicts else None

    @property
    def retracted(self) -> bool:
        return self.claim.status == ClaimStatus.RETRACTED


@dataclass(frozen=True)
class ConflictEntry:
    """A conflict with both of its claims and the desk's decision, if any."""

    conflict: Conflict
    a: ClaimEntry
    b: ClaimEntry
    decision: Decision | None

    @property
    def is_open(self) -> bool:
        return self.decision is None


@dataclass(frozen=True)
class SubjectGroup:
    """Claims about one subject (one canonical key), in claim order."""

    key: str
    name: str
    claims: tuple[ClaimEntry, ...]


@dataclass(frozen=True)
class Timeline:
    """How one figure (subject and property) was stated over time, earliest first."""

    subject_key: str
    subject: str
    property: str
    points: tuple[ClaimEntry, ...]
    moved: bool  # the sources did not all give the same value


@dataclass(frozen=True)
class Summary:
    sources: int
    claims: int
    retracted: int
    speakers: int
    open_conflicts: tuple[tuple[ConflictKind, int], ...]  # by kind, in kind order
    decided_conflicts: int
    verdicts: int  # claims with a verdict

    @property
    def open_total(self) -> int:
        return sum(n for _, n in self.open_conflicts)


@dataclass(frozen=True)
class Report:
    """Everything a report shows. ``sources`` lists every source cited anywhere in it."""

    summary: Summary
    sources: tuple[Source, ...]
    claims: tuple[ClaimEntry, ...]
    conflicts: tuple[ConflictEntry, ...]
    subjects: tuple[SubjectGroup, ...]
    timelines: tuple[Timeline, ...]
    subject: str | None = None
    since: str | None = None
    source_ids: tuple[int, ...] = ()

    @property
    def verdicts(self) -> tuple[ClaimEntry, ...]:
        """Claims that have a verdict, in claim order."""
        return tuple(e for e in self.claims if e.verdicts)

    def evidence_label(self, evidence: str) -> str:
        """A reader's name for one piece of evidence: "S3" for a ledger source, else as written."""
        if evidence.startswith(EVIDENCE_SOURCE_PREFIX):
            uuid = evidence.removeprefix(EVIDENCE_SOURCE_PREFIX)
            for source in self.sources:
                if source.uuid == uuid:
                    return source_label(source.id)
        return evidence


def evidence_ref(item: str, get_source: Callable[[int], Source]) -> str:
    """What a verdict keeps of one ``--evidence``: a web address as typed, or a ledger source.

    A source id becomes "source:<uuid>" so the evidence still points at the right source in a
    colleague's ledger after export and import. ``get_source`` raises for an unknown id.
    """
    item = item.strip()
    if item.isdigit():
        return EVIDENCE_SOURCE_PREFIX + get_source(int(item)).uuid
    if _WEB_ADDRESS.fullmatch(item):
        return item
    raise FactcheckError(
        f"Evidence must be a web address (https://…) or a source id, not '{item[:60]}'"
    )


def source_label(source_id: int) -> str:
    """How claims cite a source in every format: "S3" (the ledger's source id)."""
    return f"S{source_id}"


def format_number(x: float) -> str:
    """1400.0 → "1400", 3.5 → "3.5": no locale, so reports diff the same everywhere."""
    return str(int(x)) if x.is_integer() else repr(x)


def format_value(claim: ClaimDraft) -> str:
    """The figure of a claim in plain words: "1400", "at least 26", "100–300", "about 2000 %"."""
    low, high = claim.low, claim.high
    if low is None and high is None:
        return ""
    q = claim.qualifier
    if low is not None and high is not None:
        if low == high:
            text = format_number(low)
            if q == Qualifier.ABOUT:
                text = f"about {text}"
        else:
            text = f"{format_number(low)}–{format_number(high)}"
            if q == Qualifier.VAGUE:
                text += " (vague)"
    elif low is not None:
        word = "more than" if q == Qualifier.MORE_THAN else "at least"
        text = f"{word} {format_number(low)}"
    else:
        assert high is not None  # both-None returned above
        word = "fewer than" if q == Qualifier.LESS_THAN else "up to"
        text = f"{word} {format_number(high)}"
    if claim.unit == "%":
        return f"{text}%"
    return f"{text} {claim.unit}" if claim.unit else text


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
) -> Report:
    """Gather a report from the ledger's models.

    ``claims`` should be every claim of the ledger, so a conflict can show its other claim even
    when that one falls outside the filters. The filters pick the claims shown: ``source_ids``,
    ``subject`` (the subject as written, its canonical key, or a name of it in another language)
    and ``since`` (an ISO date; claims dated earlier, or not dated at all, are left out).
    """
    sources_by_id = {s.id: s for s in sources}
    verdicts_by_claim: dict[int, list[Verdict]] = {}
    for verdict in verdicts:
        verdicts_by_claim.setdefault(verdict.claim_id, []).append(verdict)
    entries = {
        c.id: _entry(c, sources_by_id.get(c.source_id), verdicts_by_claim.get(c.id, []))
        for c in sorted(claims, key=lambda c: c.id)
    }
    matches_subject = _subject_matcher(subject)
    selected = tuple(
        e
        for e in entries.values()
        if (source_ids is None or e.claim.source_id in source_ids)
        and matches_subject(e.claim)
        and (since is None or (e.date is not None and e.date >= since))
    )
    selected_ids = {e.claim.id for e in selected}

    conflict_entries = [
        ConflictEntry(c, entries[c.claim_a], entries[c.claim_b], decisions.get(c.id))
        for c in conflicts
        if (c.claim_a in selected_ids or c.claim_b in selected_ids)
        and c.claim_a in entries
        and c.claim_b in entries
    ]
    conflict_entries.sort(
        key=lambda e: (
            not e.is_open,
            -SEVERITY_RANK[e.conflict.severity],
            e.conflict.kind,
            e.conflict.pair,
            e.conflict.id,
        )
    )

    cited: dict[int, Source] = {}
    shown = [*selected, *(x for e in conflict_entries for x in (e.a, e.b))]
    for e in shown:
        if e.source is not None:
            cited[e.source.id] = e.source
    by_uuid = {s.uuid: s for s in sources_by_id.values()}
    for e in shown:
        for v in e.verdicts:
            for ev in v.evidence:
                found = by_uuid.get(ev.removeprefix(EVIDENCE_SOURCE_PREFIX))
                if ev.startswith(EVIDENCE_SOURCE_PREFIX) and found is not None:
                    cited[found.id] = found

    open_kinds = Counter(e.conflict.kind for e in conflict_entries if e.is_open)
    summary = Summary(
        sources=len({e.claim.source_id for e in selected}),
        claims=len(selected),
        retracted=sum(e.retracted for e in selected),
        speakers=len({e.claim.speaker for e in selected if e.claim.speaker}),
        open_conflicts=tuple((k, open_kinds[k]) for k in ConflictKind if open_kinds[k]),
        decided_conflicts=sum(not e.is_open for e in conflict_entries),
        verdicts=sum(bool(e.verdicts) for e in selected),
    )
    return Report(
        summary=summary,
        sources=tuple(cited[i] for i in sorted(cited)),
        claims=selected,
        conflicts=tuple(conflict_entries),
        subjects=_group_by_subject(selected),
        timelines=_timelines(selected),
        subject=subject,
        since=since,
        source_ids=tuple(sorted(source_ids)) if source_ids is not None else (),
    )


def filters_text(report: Report, escape: Callable[[str], str]) -> str:
    """The report's filters in words ("sources S1, S2 · subject “Russia”"), user text escaped
    by the format's own ``escape``."""
    parts = []
    if report.source_ids:
        parts.append("sources " + ", ".join(source_label(i) for i in report.source_ids))
    if report.subject:
        parts.append(f"subject “{escape(report.subject)}”")
    if report.since:
        parts.append(f"since {escape(report.since)}")
    return " · ".join(parts)


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
    from factcheck.conflicts import find_conflicts_in_store

    for source_id in source_ids or ():
        store.get_source(source_id)
    claims = list(store.iter_claims())
    return build_report(
        store.list_sources(),
        claims,
        find_conflicts_in_store(store),
        store.decisions(),
        store.all_verdicts(),
        subject=subject,
        since=since,
        source_ids=source_ids or None,
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
    from factcheck.text.sentences import split_sentences

    for s_start, s_end in split_sentences(text):
        if s_start <= start < s_end:
            return Passage(
                text[s_start:start].lstrip(),
                text[start:end],
                text[end : max(end, s_end)].rstrip(),
            )
    return Passage("", text[start:end], "")


def _subject_matcher(subject: str | None) -> Callable[[Claim], bool]:
    if subject is None:
        return lambda claim: True
    wanted = subject.strip().casefold()
    keys = {wanted}
    if ":" not in wanted:
        # "Russia" should find claims about "Россия": resolve the name through the lexicon.
        from factcheck.text.lexicon import default_lexicon
        from factcheck.text.morph import words

        keys |= {m.value.casefold() for m in default_lexicon().entities.find(words(subject))}

    def matches(claim: Claim) -> bool:
        return (claim.subject or "").casefold() == wanted or (
            claim.subject_key or ""
        ).casefold() in keys

    return matches


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
    out = []
    for (key, prop), points in sorted(figures.items()):
        if len(points) < 2:
            continue
        points.sort(key=lambda e: (e.date is None, e.date or "", e.claim.id))
        name = next((p.claim.subject for p in points if p.claim.subject), None) or key
        moved = len({(p.claim.low, p.claim.high) for p in points}) > 1
        out.append(Timeline(key, name, prop, tuple(points), moved))
    out.sort(key=lambda t: (t.subject.casefold(), t.property, t.subject_key))
    return tuple(out)
