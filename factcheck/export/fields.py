"""Strict readers of one field of a ledger-file record (see :mod:`factcheck.export.tabular`):
each returns the value as the ledger stores it, or raises ValueError naming the field."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def no_nul(value: object) -> None:
    """Refuse a NUL byte in any string of a record: SQLite and C tools cut text there."""
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("a field holds a NUL byte")
    if isinstance(value, dict):
        for item in value.values():
            no_nul(item)
    elif isinstance(value, list):
        for item in value:
            no_nul(item)


def reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc)


def required(record: Mapping[str, Any], key: str) -> str:
    value = record[key]
    if not isinstance(value, str) or not value:
        raise ValueError(f"field {key!r} must be a non-empty string")
    return value


def optional(record: Mapping[str, Any], key: str, kind: type) -> Any:
    value = record.get(key)
    if value is None:
        return None
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        return finite(key, value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"field {key!r} must be {kind.__name__} or null")
    return value


def finite(key: str, value: float) -> float:
    try:
        number = float(value)
    except OverflowError:  # an integer with hundreds of digits
        number = math.inf
    if not math.isfinite(number):
        raise ValueError(f"field {key!r} must be a finite number")
    return number


def flag(record: Mapping[str, Any], key: str) -> bool:
    value = record.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ValueError(f"field {key!r} must be true or false")
    return value


def iso_date(record: Mapping[str, Any], key: str) -> str | None:
    """An ISO date as ``add`` stores it: 2022, 2022-01 or 2022-01-07, and a real one."""
    value: str | None = optional(record, key, str)
    if value is not None:
        try:
            if not _ISO_DATE.fullmatch(value):
                raise ValueError(value)
            date.fromisoformat((value + "-01-01")[:10])  # a partial date as its first day
        except ValueError:
            raise ValueError(f"field {key!r} must be a date like 2022-01-07") from None
    return value


def timestamp(record: Mapping[str, Any], key: str) -> str:
    """An ISO 8601 time as the ledger writes it, or "" (the ledger then sets the time)."""
    value = optional(record, key, str) or ""
    if value:
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(
                f"field {key!r} must be a time like 2022-01-07T09:00:00+00:00"
            ) from None
    return value


def span(record: Mapping[str, Any]) -> tuple[int | None, int | None]:
    """The quote's offsets: both or neither, 0 ≤ start ≤ end, as long as the quote."""
    start, end = optional(record, "start", int), optional(record, "end", int)
    if (start is None) != (end is None):
        raise ValueError("fields 'start' and 'end' go together")
    if start is not None and not 0 <= start <= end < 2**63:  # SQLite's largest integer
        raise ValueError("field 'start' must be between 0 and 'end'")
    quote = optional(record, "quote", str)
    if start is not None and (quote is None or len(quote) != end - start):
        raise ValueError("fields 'start' and 'end' must hold the quote")
    return start, end


def bounds(record: Mapping[str, Any]) -> tuple[float | None, float | None]:
    low, high = optional(record, "low", float), optional(record, "high", float)
    if low is not None and high is not None and low > high:
        raise ValueError("field 'low' is above 'high'")
    return low, high


def strings(record: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = record.get(key) or []
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise ValueError(f"field {key!r} must be a list of strings")
    return tuple(value)
