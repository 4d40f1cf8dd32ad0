"""A ledger as JSON Lines, to share with a colleague and import back.

The first line names the format; then one record per line, each with a ``type`` ("source",
"claim", "decision", "verdict", "entity_alias", "speaker_alias"). Records refer to each other
by uuid (an alias names its entity key or its speaker's name), never by the local row ids,
so a colleague's ledger merges into yours without clashes. :func:`parse_jsonl` reads such a
file back into records, checking every field as strictly as ``add`` does and
refusing a bad file before anything is stored. (Claims as CSV, for a spreadsheet, are written
by :mod:`factcheck.export.spreadsheet`.)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.export.fields import (
    bounds,
    flag,
    iso_date,
    no_nul,
    optional,
    reason,
    required,
    span,
    strings,
    timestamp,
)
from factcheck.models import (
    Claim,
    ClaimDraft,
    ClaimStatus,
    Decision,
    DecisionVerdict,
    Qualifier,
    Rating,
    Source,
    Verdict,
)
from factcheck.serialize import json_text

FORMAT = "factcheck-ledger"
VERSION = 1

# Fields kept for each record type. Local ids (id, source_id, claim_id, speaker_id) and copies
# of the source's fields on a claim are left out: they mean nothing in another ledger.
_SOURCE_FIELDS = tuple(f.name for f in fields(Source) if f.name != "id")
_CLAIM_FIELDS = ("uuid", *(f.name for f in fields(ClaimDraft)), "status", "created_at")


@dataclass(frozen=True)
class ClaimRecord:
    """A claim read from a ledger file: ``claim.id`` and ``claim.source_id`` are 0."""

    source_uuid: str
    claim: Claim


@dataclass(frozen=True)
class DecisionRecord:
    """A desk's decision on a conflict, with the uuids of its two claims."""

    decision: Decision
    claim_a: str
    claim_b: str


@dataclass(frozen=True)
class VerdictRecord:
    """A verdict read from a ledger file: ``verdict.claim_id`` is 0."""

    claim_uuid: str
    verdict: Verdict


@dataclass(frozen=True)
class LedgerRecords:
    sources: tuple[Source, ...]
    claims: tuple[ClaimRecord, ...]
    decisions: tuple[DecisionRecord, ...]
    verdicts: tuple[VerdictRecord, ...]
    # the journalist's names: (alias, entity key) and (alias, the speaker's name)
    entity_aliases: tuple[tuple[str, str], ...] = ()
    speaker_aliases: tuple[tuple[str, str], ...] = ()


def to_jsonl(
    sources: Iterable[Source],
    claims: Iterable[Claim],
    decisions: Iterable[DecisionRecord],
    verdicts: Iterable[Verdict],
    entity_aliases: Mapping[str, str] | None = None,
    speaker_aliases: Mapping[str, str] | None = None,
) -> str:
    """The ledger as JSON Lines, in a stable order (sources, claims, decisions, verdicts, then
    the aliases: an entity's by alias, and a speaker's, by alias, naming the speaker)."""
    sources = sorted(sources, key=lambda s: s.id)
    claims = sorted(claims, key=lambda c: c.id)
    source_uuid = {s.id: s.uuid for s in sources}
    claim_uuid = {c.id: c.uuid for c in claims}
    records: list[dict[str, Any]] = [{"type": "ledger", "format": FORMAT, "version": VERSION}]
    for s in sources:
        records.append({"type": "source", **{k: getattr(s, k) for k in _SOURCE_FIELDS}})
    for c in claims:
        if c.source_id not in source_uuid:
            raise FactcheckError(f"Claim {c.id} cites source {c.source_id}, which is not exported")
        record: dict[str, Any] = {"type": "claim", "source_uuid": source_uuid[c.source_id]}
        record |= {k: _plain(getattr(c, k)) for k in _CLAIM_FIELDS}
        records.append(record)
    for d in sorted(decisions, key=lambda d: d.decision.conflict_id):
        records.append(
            {
                "type": "decision",
                "conflict_id": d.decision.conflict_id,
                "claims": [d.claim_a, d.claim_b],
                "verdict": d.decision.verdict.value,
                "note": d.decision.note,
                "decided_at": d.decision.decided_at,
            }
        )
    for v in sorted(verdicts, key=lambda v: (v.claim_id, v.decided_at)):
        if v.claim_id not in claim_uuid:
            raise FactcheckError(f"A verdict is on claim {v.claim_id}, which is not exported")
        records.append(
            {
                "type": "verdict",
                "claim_uuid": claim_uuid[v.claim_id],
                "rating": v.rating.value,
                "note": v.note,
                "evidence": list(v.evidence),
                "decided_at": v.decided_at,
            }
        )
    for alias, key in sorted((entity_aliases or {}).items()):
        records.append({"type": "entity_alias", "alias": alias, "key": key})
    for alias, name in sorted((speaker_aliases or {}).items()):
        records.append({"type": "speaker_alias", "alias": alias, "speaker": name})
    return "".join(json_text(r, indent=None) + "\n" for r in records)


def _plain(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def parse_jsonl(text: str, name: str = "the file") -> LedgerRecords:
    """Read a ledger file written by :func:`to_jsonl`; any bad line is a FactcheckError.

    Every field is checked as strictly as ``add`` checks it: finite numbers with low ≤ high,
    offsets that hold the quote in the source's text, JSON booleans, no NUL byte anywhere.
    """
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if not lines:
        raise FactcheckError(f"{name} is empty: export a ledger with `factcheck export`")
    sources: list[Source] = []
    claims: list[ClaimRecord] = []
    decisions: list[DecisionRecord] = []
    verdicts: list[VerdictRecord] = []
    aliases: dict[str, list[tuple[str, str]]] = {"entity_alias": [], "speaker_alias": []}
    claim_lines: list[int] = []
    for n, line in lines:
        record = _json_object(line, f"{name}, line {n}")
        kind = record.get("type")
        try:
            no_nul(record)
            if n == lines[0][0]:
                _check_header(record)
            elif kind == "source":
                sources.append(_source(record))
            elif kind == "claim":
                claims.append(ClaimRecord(required(record, "source_uuid"), _claim(record)))
                claim_lines.append(n)
            elif kind == "decision":
                decisions.append(_decision(record))
            elif kind == "verdict":
                verdicts.append(_verdict(record))
            elif kind in aliases:
                named = "key" if kind == "entity_alias" else "speaker"
                aliases[kind].append((required(record, "alias"), required(record, named)))
            else:
                raise ValueError(f"unknown record type {kind!r}")
        except (ValueError, TypeError, KeyError) as exc:
            raise FactcheckError(f"{name}, line {n}: {reason(exc)}") from exc
    texts = {s.uuid: s.text for s in sources}
    for n, rec in zip(claim_lines, claims, strict=True):
        if rec.source_uuid in texts and not _quote_holds(rec.claim, texts[rec.source_uuid]):
            raise FactcheckError(
                f"{name}, line {n}: the quote is not the source's text at its offsets"
            )
    return LedgerRecords(
        tuple(sources),
        tuple(claims),
        tuple(decisions),
        tuple(verdicts),
        tuple(aliases["entity_alias"]),
        tuple(aliases["speaker_alias"]),
    )


def _json_object(line: str, where: str) -> dict[str, Any]:
    try:
        record = json.loads(line, parse_constant=_refuse_constant)
    except ValueError as exc:  # json.JSONDecodeError, or a NaN / Infinity token
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise FactcheckError(f"{where}: not JSON ({reason})") from exc
    if not isinstance(record, dict):
        raise FactcheckError(f"{where}: expected a JSON object")
    return record


def _refuse_constant(token: str) -> float:
    raise ValueError(f"{token} is not a JSON number")


def _check_header(record: Mapping[str, Any]) -> None:
    if record.get("type") != "ledger" or record.get("format") != FORMAT:
        raise ValueError("this is not a factcheck ledger (make one with `export`)")
    version = record.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise ValueError("written by a newer factcheck: upgrade factcheck first")


def _quote_holds(claim: Claim, text: str | None) -> bool:
    """Whether a claim's offsets, if it has any, hold its quote in its source's ``text``."""
    if claim.start is None or claim.end is None:
        return True
    return (
        text is not None and claim.end <= len(text) and text[claim.start : claim.end] == claim.quote
    )


def _source(r: Mapping[str, Any]) -> Source:
    text, sha = optional(r, "text", str), optional(r, "sha256", str)
    if text is not None and sha is not None and hashlib.sha256(text.encode()).hexdigest() != sha:
        raise ValueError("the source's text does not match its sha256 (was the file edited?)")
    return Source(
        id=0,
        uuid=required(r, "uuid"),
        title=required(r, "title"),
        **{
            k: optional(r, k, str)
            for k in _SOURCE_FIELDS
            if k not in {"uuid", "title", "added_at", "places", "published"}
        },
        published=iso_date(r, "published"),
        added_at=timestamp(r, "added_at"),
        places=strings(r, "places"),
    )


def _claim(r: Mapping[str, Any]) -> Claim:
    qualifier = optional(r, "qualifier", str)
    (start, end), (low, high) = span(r), bounds(r)
    return Claim(
        uuid=required(r, "uuid"),
        text=required(r, "text"),
        start=start,
        end=end,
        quote=optional(r, "quote", str),
        subject=optional(r, "subject", str),
        subject_key=optional(r, "subject_key", str),
        property=optional(r, "property", str),
        unit=optional(r, "unit", str),
        low=low,
        high=high,
        qualifier=Qualifier(qualifier) if qualifier is not None else None,
        members=strings(r, "members"),
        member_keys=strings(r, "member_keys"),
        speaker=optional(r, "speaker", str),
        attribution=optional(r, "attribution", str),
        as_of=iso_date(r, "as_of"),
        hedged=flag(r, "hedged"),
        earlier=flag(r, "earlier"),
        context=strings(r, "context"),
        status=ClaimStatus(r.get("status") or ClaimStatus.ACTIVE),
        created_at=timestamp(r, "created_at"),
    )


def _decision(r: Mapping[str, Any]) -> DecisionRecord:
    pair = strings(r, "claims")
    if len(pair) != 2:
        raise ValueError("field 'claims' must hold the uuids of two claims")
    decision = Decision(
        conflict_id=required(r, "conflict_id"),
        verdict=DecisionVerdict(required(r, "verdict")),
        note=optional(r, "note", str) or "",
        decided_at=timestamp(r, "decided_at"),
    )
    return DecisionRecord(decision, pair[0], pair[1])


def _verdict(r: Mapping[str, Any]) -> VerdictRecord:
    verdict = Verdict(
        claim_id=0,
        rating=Rating(required(r, "rating")),
        note=optional(r, "note", str) or "",
        evidence=strings(r, "evidence"),
        decided_at=timestamp(r, "decided_at"),
    )
    return VerdictRecord(required(r, "claim_uuid"), verdict)
