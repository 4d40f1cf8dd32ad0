"""The as-of date of a claim as the rules compare it: a span of day numbers (pure)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache


# a full run reads a few thousand dates a hundred thousand times: each is parsed once
@lru_cache(maxsize=65536)
def day_span(iso: str | None) -> tuple[int | None, int | None]:
    """An ISO date (or "2022-01", "2022") as first and last day numbers; (None, None) if unknown."""
    if not iso:
        return None, None
    parts = iso[:10].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
        month = int(parts[1])
        if len(parts) == 2:
            nxt = date(year + month // 12, month % 12 + 1, 1).toordinal()
            return date(year, month, 1).toordinal(), nxt - 1
        day = date(year, month, int(parts[2])).toordinal()
    except (ValueError, IndexError):
        return None, None
    return day, day
