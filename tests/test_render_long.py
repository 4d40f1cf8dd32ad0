"""A listing too long for a table prints as plain lines: one row a line, tab-separated."""

from __future__ import annotations

import io

from factcheck.extract import extract_claims
from factcheck.render import TABLE_ROWS_MAX, PlainRows, file_console
from factcheck.render.drafts import drafts_table


def _printed(n: int, extra: str = "") -> list[str]:
    text = " ".join(f"In the town, {100 + k} people were injured{extra}." for k in range(n))
    drafts = extract_claims(text)
    assert len(drafts) == n
    buf = io.StringIO()
    file_console(buf).print(drafts_table(drafts))
    return buf.getvalue().splitlines()


def test_a_long_listing_is_one_line_a_row() -> None:
    lines = _printed(TABLE_ROWS_MAX + 1)
    assert len(lines) == TABLE_ROWS_MAX + 2  # the header, then a line per row
    assert lines[0].split("\t")[:3] == ["#", "quote", "subject"]
    fields = lines[-1].split("\t")
    assert fields[0] == str(TABLE_ROWS_MAX + 1)
    assert fields[1] == f"{100 + TABLE_ROWS_MAX} people"


def test_a_short_listing_stays_a_table() -> None:
    lines = _printed(3)
    assert not any("\t" in line for line in lines)
    assert any("people" in line for line in lines)


def test_control_characters_tabs_and_breaks_in_a_field_cannot_forge_lines_or_columns() -> None:
    buf = io.StringIO()
    file_console(buf).print(PlainRows(("a", "b"), [("x\x1b[2Jy", "one\ttwo\nthree"), (None, 5)]))
    assert buf.getvalue().splitlines() == ["a\tb", "x\\x1b[2Jy\tone two three", "\t5"]
