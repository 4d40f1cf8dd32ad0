"""A ledger as JSON Lines (to share with a colleague and import back) and claims as CSV.

JSON Lines: the first line names the format; then one record per line, each with a ``type``
("source", "claim", "decision", "verdict"). Records refer to each other by uuid, never by the
local row ids, so a colleague's ledger merges into yours without clashes. :func:`parse_jsonl`
reads such a file back into records, refusing a bad file before anything is stored.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from factcheck.errors import FactcheckError
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


def to_jsonl(
    sources: Iterable[Source],
    claims: Iterable[Claim],
    decisions: Iterable[DecisionRecord],
    verdicts: Iterable[Verdict],
) -> str:
    """The ledger as JSON Lines, in a stable order (sources, claims, decisions, verdicts)."""
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
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _plain(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def parse_jsonl(text: str, name: str = "the file") -> LedgerRecords:
    """Read a ledger file written by :func:`to_jsonl`; any bad line is a FactcheckError."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if not lines:
        raise FactcheckError(f"{name} is empty: export a ledger with `factcheck export`")
    sources: list[Source] = []
    claims: list[ClaimRecord] = []
    decisions: list[DecisionRecord] = []
    verdicts: list[VerdictRecord] = []
    for n, line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FactcheckError(f"{name}, line {n}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise FactcheckError(f"{name}, line {n}: expected a JSON object")
        kind = record.get("type")
        try:
            if n == lines[0][0]:
                if kind != "ledger" or record.get("format") != FORMAT:
                    raise ValueError("this is not a factcheck ledger (make one with `export`)")
                if not isinstance(record.get("version"), int) or record["version"] > VERSION:
                    raise ValueError("written by a newer factcheck: upgrade factcheck first")
            elif kind == "source":
                sources.append(_source(record))
            elif kind == "claim":
                claims.append(ClaimRecord(_str(record, "source_uuid"), _claim(record)))
            elif kind == "decision":
                decisions.append(_decision(record))
            elif kind == "verdict":
                verdicts.append(_verdict(record))
            else:
                raise ValueError(f"unknown record type {kind!r}")
        except (ValueError, TypeError, KeyError) as exc:
            raise FactcheckError(f"{name}, line {n}: {_reason(exc)}") from exc
    return LedgerRecords(tuple(sources), tuple(claims), tuple(decisions), tuple(verdicts))


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc)


def _str(record: Mapping[str, Any], key: str) -> str:
    value = record[key]
    if not isinstance(value, str) or not value:
        raise ValueError(f"field {key!r} must be a non-empty string")
    return value


def _opt(record: Mapping[str, Any], key: str, kind: type) -> Any:
    value = record.get(key)
    if value is None:
        return None
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"field {key!r} must be {kind.__name__} or null")
    return value


def _strings(record: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = record.get(key) or []
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise ValueError(f"field {key!r} must be a list of strings")
    return tuple(value)


def _source(r: Mapping[str, Any]) -> Source:
    text, sha = _opt(r, "text", str), _opt(r, "sha256", str)
    if text is not None and sha is not None and hashlib.sha256(text.encode()).hexdigest() != sha:
        raise ValueError("the source's text does not match its sha256 (was the file edited?)")
    return Source(
        id=0,
        uuid=_str(r, "uuid"),
        title=_str(r, "title"),
        **{
            k: _opt(r, k, str)
            for k in _SOURCE_FIELDS
            if k not in {"uuid", "title", "added_at", "places"}
        },
        added_at=_opt(r, "added_at", str) or "",
        places=_strings(r, "places"),
    )


def _claim(r: Mapping[str, Any]) -> Claim:
    qualifier = _opt(r, "qualifier", str)
    return Claim(
        uuid=_str(r, "uuid"),
        text=_str(r, "text"),
        start=_opt(r, "start", int),
        end=_opt(r, "end", int),
        quote=_opt(r, "quote", str),
        subject=_opt(r, "subject", str),
        subject_key=_opt(r, "subject_key", str),
        property=_opt(r, "property", str),
        unit=_opt(r, "unit", str),
        low=_opt(r, "low", float),
        high=_opt(r, "high", float),
        qualifier=Qualifier(qualifier) if qualifier is not None else None,
        members=_strings(r, "members"),
        member_keys=_strings(r, "member_keys"),
        speaker=_opt(r, "speaker", str),
        attribution=_opt(r, "attribution", str),
        as_of=_opt(r, "as_of", str),
        hedged=bool(r.get("hedged", False)),
        earlier=bool(r.get("earlier", False)),
        context=_strings(r, "context"),
        status=ClaimStatus(r.get("status") or ClaimStatus.ACTIVE),
        created_at=_opt(r, "created_at", str) or "",
    )


def _decision(r: Mapping[str, Any]) -> DecisionRecord:
    pair = _strings(r, "claims")
    if len(pair) != 2:
        raise ValueError("field 'claims' must hold the uuids of two claims")
    decision = Decision(
        conflict_id=_str(r, "conflict_id"),
        verdict=DecisionVerdict(_str(r, "verdict")),
        note=_opt(r, "note", str) or "",
        decided_at=_opt(r, "decided_at", str) or "",
    )
    return DecisionRecord(decision, pair[0], pair[1])


def _verdict(r: Mapping[str, Any]) -> VerdictRecord:
    verdict = Verdict(
        claim_id=0,
        rating=Rating(_str(r, "rating")),
        note=_opt(r, "note", str) or "",
        evidence=_strings(r, "evidence"),
        decided_at=_opt(r, "decided_at", str) or "",
    )
    return VerdictRecord(_str(r, "claim_uuid"), verdict)


# Spreadsheets run a cell that starts with one of these as a formula ("CSV injection");
# a leading apostrophe makes Excel, LibreOffice and Google Sheets show it as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CSV_COLUMNS = (
    "id", "uuid", "source_id", "source_title", "source_published", "speaker", "attribution",
    "subject", "subject_key", "property", "unit", "low", "high", "qualifier", "members",
    "as_of", "hedged", "earlier", "status", "text", "quote", "start", "end", "created_at",
    "verdict", "verdict_note",
)  # fmt: skip


def to_csv(claims: Iterable[Claim], verdicts: Iterable[Verdict] = ()) -> str:
    """Claims as CSV, one row each in id order, with the current verdict if there is one."""
    latest: dict[int, Verdict] = {}
    for v in sorted(verdicts, key=lambda v: v.decided_at):
        latest[v.claim_id] = v
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for c in sorted(claims, key=lambda c: c.id):
        current = latest.get(c.id)
        row: dict[str, object] = {k: getattr(c, k) for k in _CSV_COLUMNS[:-2]}
        row["members"] = "; ".join(c.members)
        row["verdict"] = current.rating.value if current else None
        row["verdict_note"] = current.note if current else None
        writer.writerow(_cell(row[k]) for k in _CSV_COLUMNS)
    return out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
