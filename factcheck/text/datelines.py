"""An article's own date, stated in its first lines: "Дата: 7 января 2022", "Published: Jan. 7,
2022", or a line that is a date and nothing more ("07.01.2022 12:30")."""

from __future__ import annotations

import re

from factcheck.text.dates import dateline_patterns, find_dates

_AFTER_DATE = re.compile(
    r"[\s,|·•—–-]*(?:(?:в|at)\s+)?(?:\d{1,2}:\d\d(?::\d\d)?)?\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"\s*(?:UTC|GMT|MSK|МСК|ALMT)?(?:\s*[+-]\d{1,2}(?::?\d\d)?)?[\s.]*"
)


def dateline_span(text: str) -> tuple[int, int, str] | None:
    """Where an article states its own date in its first lines: (start, end, ISO value).

    A labelled date ("date 2022-01", "Дата: 7 января 2022", "Published: Jan. 7, 2022") may be
    followed by the article on the same line; an unlabelled one must fill its line, with at
    most a time after it ("07.01.2022 12:30").
    """
    labels, weekday = dateline_patterns()
    offset = 0
    lines_seen = 0
    for line in text[:2000].split("\n"):
        if lines_seen >= 6:
            break
        if line.strip():
            lines_seen += 1
            label = labels.match(line)
            at = label.end() if label else len(line) - len(line.lstrip())
            body = weekday.sub("", line[at:])
            at += len(line[at:]) - len(body)
            for start, end, value in find_dates(line[at:]):
                if start != 0 or value.startswith("--"):
                    break
                tail = _AFTER_DATE.match(line, at + end)
                whole = tail is not None and tail.end() == len(line)
                if label or whole:
                    stop = tail.end() if tail and whole else at + end
                    first = len(line) - len(line.lstrip())
                    return (offset + first, offset + stop, value)
                break
        offset += len(line) + 1
    return None


def find_dateline(text: str) -> str | None:
    """The article's own date from its first lines, ISO or partial ("2022-01"), or None."""
    found = dateline_span(text)
    return found[2] if found else None
