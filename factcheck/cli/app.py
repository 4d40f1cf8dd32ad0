"""The Typer app: the global ``--db`` option, and the one place errors become exit codes.

Command modules (``ledger``, ``conflicts``, …) add their commands to ``app``. They import the
store, the parsers and rich inside their functions, so ``factcheck --help`` stays fast.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from typer.core import TyperGroup

from factcheck import __version__
from factcheck.errors import EXIT_BUG, FactcheckError
from factcheck.serialize import escape_controls, json_text

if TYPE_CHECKING:
    from rich.console import RenderableType

    from factcheck.ledger import Store
    from factcheck.models import Quantity

DEFAULT_DB = Path("claims.db")
# Ledger ids are SQLite rowids: positive and below 2**63.
MAX_ID = 2**63 - 1
# The largest whole number a figure keeps exactly (a float's 53-bit mantissa); 20-digit "figures"
# are typos or garbage, and SQLite cannot even bind an integer past 2**63.
MAX_FIGURE = 2**53


class FactcheckGroup(TyperGroup):
    """The root command group: every error ends here as one line on stderr and an exit code.

    A FactcheckError (the user can fix it) exits with its code, 1 by default; usage errors keep
    Click's exit 2; any other exception is a bug: its traceback goes to a file in the temp folder,
    named on the one line, and the exit code is ``EXIT_BUG``, so scripts can tell the two apart.
    Doing it here (rather than around ``app()``) means the installed ``factcheck``, ``python -m
    factcheck`` and tests through CliRunner all behave the same.
    """

    def main(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().main(*args, **kwargs)
        except FactcheckError as exc:
            _error_line(str(exc))
            sys.exit(exc.exit_code)
        except Exception as exc:  # anything else is a bug: reported once, here
            _error_line(f"factcheck hit a bug ({type(exc).__name__}: {exc}). {_save_traceback()}")
            sys.exit(EXIT_BUG)


def _error_line(message: str) -> None:
    """``Error: message`` on stderr, on one line and with no control character raw."""
    sys.stderr.write(f"Error: {escape_controls(' '.join(message.split()))}\n")


def _save_traceback() -> str:
    """Write the current exception's traceback to a new file in the temp folder; say where."""
    try:
        with tempfile.NamedTemporaryFile(
            "w", prefix="factcheck-crash-", suffix=".txt", delete=False, encoding="utf-8"
        ) as file:
            traceback.print_exc(file=file)
    except OSError as exc:
        return f"The traceback could not be saved ({exc})."
    return f"Please report it with the traceback saved in {file.name}"


Id = TypeVar("Id", int, list[int], None)


def check_id(value: Id) -> Id:
    """Typer callback for an id option or argument (one, several or none): 1 ≤ id < 2**63."""
    for one in value if isinstance(value, list) else [value]:
        if one is not None and not 1 <= one <= MAX_ID:
            raise FactcheckError(f"{one} is not an id: ids are whole numbers from 1 to {MAX_ID}")
    return value


def parse_figure(value: str) -> Quantity:
    """A ``--value`` read as a figure, refused if it is too large to keep exactly."""
    from factcheck.text.numbers import parse_value

    quantity = parse_value(value)
    for bound in (quantity.low, quantity.high):
        if bound is not None and not abs(bound) <= MAX_FIGURE:  # `not <=` also refuses NaN
            shown = value if len(value) <= 30 else value[:27] + "..."
            raise FactcheckError(
                f"The value {shown!r} is too large: figures go up to {MAX_FIGURE:,}"
            )
    return quantity


app = typer.Typer(
    cls=FactcheckGroup,
    name="factcheck",
    help="Fact-check and source tracking for journalists: sources, quoted claims, conflicts.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,  # help texts quote user-like text; never read them as markup
    pretty_exceptions_enable=False,  # a bug shows a plain traceback, an error one line
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass(frozen=True)
class AppState:
    """What the global options set; ``ctx.obj`` holds it for every command."""

    db: Path


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    db: Annotated[
        Path,
        typer.Option(
            "--db",
            envvar="FACTCHECK_DB",
            help="The ledger file (default ./claims.db; env FACTCHECK_DB).",
            dir_okay=True,
        ),
    ] = DEFAULT_DB,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Fact-check and source tracking for journalists: sources, quoted claims, conflicts."""
    ctx.obj = AppState(db=db)


def state(ctx: typer.Context) -> AppState:
    """The global options of this run."""
    obj = ctx.find_root().obj
    if not isinstance(obj, AppState):  # a sub-command invoked on its own, e.g. in a test
        obj = AppState(db=DEFAULT_DB)
    return obj


def open_store(ctx: typer.Context, *, create: bool) -> Store:
    """Open the ledger named by ``--db``; ``create=False`` for commands that only read."""
    from factcheck.actions import open_ledger

    return open_ledger(state(ctx).db, create=create)


JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")]


def print_json(data: Any) -> None:
    """Machine-readable output: one JSON document on stdout, UTF-8 as is."""
    typer.echo(json_text(data))


def out(renderable: RenderableType) -> None:
    """A table or text for the reader, on stdout."""
    from factcheck.render import stdout_console

    stdout_console().print(renderable)


def note(message: str) -> None:
    """A message for the person at the terminal, on stderr."""
    from factcheck.render import literal, stderr_console

    stderr_console().print(literal(message), soft_wrap=True)


def main() -> None:
    """The ``factcheck`` entry point."""
    app()
