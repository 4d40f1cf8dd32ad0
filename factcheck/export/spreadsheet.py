"""Claims as CSV for a spreadsheet, with the current verdict of each.

Cells are made inert: control characters are written as ``\\x1b`` and a cell a spreadsheet
would run as a formula is shown as text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

from factcheck.models import Claim, Verdict
from factcheck.serialize import escape_controls

# Spreadsheets run a cell that starts with one of these as a formula ("CSV injection"), also
# after leading blanks and in the full-width forms some of them accept; a leading tab hides the
# start (a carriage return is escaped by then). A leading apostrophe makes Excel, LibreOffice and
# Google Sheets show the cell as text.
_FORMULA_START = re.compile(r"\t|\s*[=+\-@\uff1d\uff0b\uff0d\uff20]")
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
    text = escape_controls(str(value))
    return "'" + text if _FORMULA_START.match(text) else text
