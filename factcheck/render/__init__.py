"""Terminal rendering with rich. Only this package and factcheck/cli/ import rich.

Consoles never interpret markup or highlight: claim and source text is user data and must print
exactly as typed, except control characters (ESC above all), which print escaped (``\\x1b``)
so that no text in the ledger can clear the screen or hide a link. rich itself honours NO_COLOR
and drops colour when output is not a terminal.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from factcheck.serialize import escape_controls


class InertText(Text):
    """A rich Text for user data: control characters given to it, or appended, print escaped."""

    def __init__(self, text: str = "", style: str | Style = "", **kwargs: Any) -> None:
        super().__init__(escape_controls(text), style, **kwargs)

    def append(self, text: str | Text, style: str | Style | None = None) -> InertText:
        super().append(escape_controls(text) if isinstance(text, str) else text, style)
        return self


def literal(value: object, style: str = "") -> InertText:
    """User data as literal text, control characters escaped ("" for None)."""
    return InertText("" if value is None else str(value), style=style)


class _InertConsole(Console):
    """A console that escapes any control character left in the text it prints.

    Renderers escape user text as they build it (:func:`literal`), so tables measure what is
    shown; this is the last guard for text that reached a renderable some other way. rich's own
    control segments (cursor moves of a progress bar) pass, and its colours are added later.
    """

    def render(
        self, renderable: RenderableType, options: ConsoleOptions | None = None
    ) -> Iterable[Segment]:
        for segment in super().render(renderable, options):
            if segment.control or segment.text.isprintable():
                yield segment
            else:
                yield Segment(escape_controls(segment.text), segment.style)


def stdout_console() -> Console:
    """Where tables and details go."""
    return _InertConsole(markup=False, highlight=False, emoji=False)


def file_console(file: IO[str]) -> Console:
    """Plain text for a file: no colour, 100 columns, control characters escaped."""
    return _InertConsole(
        file=file, width=100, color_system=None, markup=False, highlight=False, emoji=False
    )


def stderr_console() -> Console:
    """Where messages, notes and warnings go, so stdout stays clean for pipes."""
    return _InertConsole(stderr=True, markup=False, highlight=False, emoji=False)


# A rich Table measures every cell of every row before it prints one: past this many rows a
# listing prints as plain lines instead (an article of a few MB can propose tens of thousands of
# claims, and a table of them took minutes to lay out).
TABLE_ROWS_MAX = 500


class PlainRows:
    """Rows printed one a line, fields separated by a tab (a header line first): a listing too
    long to lay out as a table, and easy to cut or grep. Control characters print escaped."""

    def __init__(self, header: Iterable[str], rows: Iterable[Iterable[object]]) -> None:
        self.header = tuple(header)
        self.rows = rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterable[Segment]:
        yield Segment("\t".join(self.header) + "\n", Style(bold=True))
        for row in self.rows:
            fields = ("" if v is None else escape_controls(str(v)) for v in row)
            # a tab or a line break inside a field would break the line into false columns
            yield Segment("\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields) + "\n")
