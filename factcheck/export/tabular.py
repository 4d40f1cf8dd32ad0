"""A ledger as JSON Lines, to share with a colleague and import back.

The first line names the format; then one record per line, each with a ``type`` ("source",
"claim", "decision", "verdict"). Records refer to each other by uuid, never by the
local row ids, so a colleague's ledger merges into yours without clashes. :func:`parse_jsonl`
reads such a file back into records, checking every field as strictly as ``add`` does and
refusing a bad file before anything is stored. (Claims as CSV, for a spreadsheet, are written
by :mod:`factcheck.export.spreadsheet`.)
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
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
from factcheck.serialize import json_text

FORMAT = "factcheck-ledger"
VERSION = 1

# Fields kept for each record type. Local ids (id, source_id, claim_id, speaker_id) and copies
# of the source's fields on a claim are left out: they mean nothing in another ledger.
_SOURCE_FIELDS = tuple(f.name for f in fields(Source) if f.name != "id")
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
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
    claim_lines: list[int] = []
    for n, line in lines:
        record = _json_object(line, f"{name}, line {n}")
        kind = record.get("type")
        try:
            _no_nul(record)
            if n == lines[0][0]:
                _check_header(record)
            elif kind == "source":
                sources.append(_source(record))
            elif kind == "claim":
                claims.append(ClaimRecord(_str(record, "source_uuid"), _claim(record)))
                claim_lines.append(n)
            elif kind == "decision":
                decisions.append(_decision(record))
            elif kind == "verdict":
                verdicts.append(_verdict(record))
            else:
                raise ValueError(f"unknown record type {kind!r}")
        except (ValueError, TypeError, KeyError) as exc:
            raise FactcheckError(f"{name}, line {n}: {_reason(exc)}") from exc
    texts = {s.uuid: s.text for s in sources}
    for n, rec in zip(claim_lines, claims, strict=True):
        if rec.source_uuid in texts and not _quote_holds(rec.claim, texts[rec.source_uuid]):
            raise FactcheckError(
                f"{name}, line {n}: the quote is not the source's text at its offsets"
            )
    return LedgerRecords(tuple(sources), tuple(claims), tuple(decisions), tuple(verdicts))


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


def _no_nul(value: object) -> None:
    """Refuse a NUL byte in any string of a record: SQLite and C tools cut text there."""
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("a field holds a NUL byte")
    if isinstance(value, dict):
        for item in value.values():
            _no_nul(item)
    elif isinstance(value, list):
        for item in value:
            _no_nul(item)


def _quote_holds(claim: Claim, text: str | None) -> bool:
    """Whether a claim's offsets, if it has any, hold its quote in its source's ``text``."""
    if claim.start is None or claim.end is None:
        return True
    return (
        text is not None and claim.end <= len(text) and text[claim.start : claim.end] == claim.quote
    )


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
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        return _finite(key, value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"field {key!r} must be {kind.__name__} or null")
    return value


def _finite(key: str, value: float) -> float:
    try:
        number = float(value)
    except OverflowError:  # an integer with hundreds of digits
        number = math.inf
    if not math.isfinite(number):
        raise ValueError(f"field {key!r} must be a finite number")
    return number


def _flag(record: Mapping[str, Any], key: str) -> bool:
    value = record.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ValueError(f"field {key!r} must be true or false")
    return value


def _date(record: Mapping[str, Any], key: str) -> str | None:
    """An ISO date as ``add`` stores it: 2022, 2022-01 or 2022-01-07, and a real one."""
    value: str | None = _opt(record, key, str)
    if value is not None:
        try:
            if not _ISO_DATE.fullmatch(value):
                raise ValueError(value)
            date.fromisoformat((value + "-01-01")[:10])  # a partial date as its first day
        except ValueError:
            raise ValueError(f"field {key!r} must be a date like 2022-01-07") from None
    return value


def _timestamp(record: Mapping[str, Any], key: str) -> str:
    """An ISO 8601 time as the ledger writes it, or "" (the ledger then sets the time)."""
    value = _opt(record, key, str) or ""
    if value:
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(
                f"field {key!r} must be a time like 2022-01-07T09:00:00+00:00"
            ) from None
    return value


def _span(record: Mapping[str, Any]) -> tuple[int | None, int | None]:
    """The quote's offsets: both or neither, 0 ≤ start ≤ end, as long as the quote."""
    start, end = _opt(record, "start", int), _opt(record, "end", int)
    if (start is None) != (end is None):
        raise ValueError("fields 'start' and 'end' go together")
    if start is not None and not 0 <= start <= end < 2**63:  # SQLite's largest integer
        raise ValueError("field 'start' must be between 0 and 'end'")
    quote = _opt(record, "quote", str)
    if start is not None and (quote is None or len(quote) != end - start):
        raise ValueError("fields 'start' and 'end' must hold the quote")
    return start, end


def _bounds(record: Mapping[str, Any]) -> tuple[float | None, float | None]:
    low, high = _opt(record, "low", float), _opt(record, "high", float)
    if low is not None and high is not None and low > high:
        raise ValueError("field 'low' is above 'high'")
    return low, high


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
            if k not in {"uuid", "title", "added_at", "places", "published"}
        },
        published=_date(r, "published"),
        added_at=_timestamp(r, "added_at"),
        places=_strings(r, "places"),
    )


def _claim(r: Mapping[str, Any]) -> Claim:
    qualifier = _opt(r, "qualifier", str)
    (start, end), (low, high) = _span(r), _bounds(r)
    return Claim(
        uuid=_str(r, "uuid"),
        text=_str(r, "text"),
        start=start,
        end=end,
        quote=_opt(r, "quote", str),
        subject=_opt(r, "subject", str),
        subject_key=_opt(r, "subject_key", str),
        property=_opt(r, "property", str),
        unit=_opt(r, "unit", str),
        low=low,
        high=high,
        qualifier=Qualifier(qualifier) if qualifier is not None else None,
        members=_strings(r, "members"),
        member_keys=_strings(r, "member_keys"),
        speaker=_opt(r, "speaker", str),
        attribution=_opt(r, "attribution", str),
        as_of=_date(r, "as_of"),
        hedged=_flag(r, "hedged"),
        earlier=_flag(r, "earlier"),
        context=_strings(r, "context"),
        status=ClaimStatus(r.get("status") or ClaimStatus.ACTIVE),
        created_at=_timestamp(r, "created_at"),
    )


def _decision(r: Mapping[str, Any]) -> DecisionRecord:
    pair = _strings(r, "claims")
    if len(pair) != 2:
        raise ValueError("field 'claims' must hold the uuids of two claims")
    decision = Decision(
        conflict_id=_str(r, "conflict_id"),
        verdict=DecisionVerdict(_str(r, "verdict")),
        note=_opt(r, "note", str) or "",
        decided_at=_timestamp(r, "decided_at"),
    )
    return DecisionRecord(decision, pair[0], pair[1])


def _verdict(r: Mapping[str, Any]) -> VerdictRecord:
    verdict = Verdict(
        claim_id=0,
        rating=Rating(_str(r, "rating")),
        note=_opt(r, "note", str) or "",
        evidence=_strings(r, "evidence"),
        decided_at=_timestamp(r, "decided_at"),
    )
    return VerdictRecord(_str(r, "claim_uuid"), verdict)
