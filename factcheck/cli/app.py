"""The Typer app: the global ``--db`` option, and the one place errors become exit codes.

Command modules (``ledger``, ``conflicts``, …) add their commands to ``app``. They import the
store, the parsers and rich inside their functions, so ``factcheck --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from factcheck import __version__
from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    from rich.console import RenderableType

    from factcheck.ledger import Store

DEFAULT_DB = Path("claims.db")


class FactcheckGroup(TyperGroup):
    """The root command group: turns a FactcheckError into one line on stderr and its exit code.

    Doing it here (rather than around ``app()``) means the installed ``factcheck``, ``python -m
    factcheck`` and tests through CliRunner all behave the same. Usage errors keep Click's exit
    2; any other exception is a bug and keeps its traceback.
    """

    def main(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().main(*args, **kwargs)
        except FactcheckError as exc:
            message = " ".join(str(exc).split())  # one line, whatever the message held
            sys.stderr.write(f"Error: {message}\n")
            sys.exit(exc.exit_code)


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
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def out(renderable: RenderableType) -> None:
    """A table or text for the reader, on stdout."""
    from factcheck.render import stdout_console

    stdout_console().print(renderable)


def note(message: str) -> None:
    """A message for the person at the terminal, on stderr."""
    from factcheck.render import stderr_console

    stderr_console().print(message, soft_wrap=True)


def main() -> None:
    """The ``factcheck`` entry point."""
    app()
