"""The report model: what a report shows (frozen dataclasses), its labels and figure wording.

:mod:`factcheck.report.gather` fills a :class:`Report` from the ledger's models; every exporter
(Markdown, HTML, JSON, ClaimReview, the terminal) renders the same one, so the formats agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.errors import FactcheckError
from factcheck.models import (
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
    if item.isdecimal():
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
