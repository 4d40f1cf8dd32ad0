"""`factcheck conflicts` (list, filter, script checks) and `factcheck conflicts resolve`.

The listing runs the whole engine over the ledger, read lean
(:func:`factcheck.conflicts.find_conflicts_in_store`), then filters; decisions are stored per
conflict id, which is stable across runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli.app import app, check_id, open_store, print_json
from factcheck.models import ConflictKind, DecisionVerdict, Severity

if TYPE_CHECKING:
    from rich.console import Console

    from factcheck.ledger import Store
    from factcheck.models import Conflict

# `--fail-on-open` exits with this code while open conflicts remain (documented in usage.md).
EXIT_OPEN_CONFLICTS = 3

conflicts_app = typer.Typer(
    help="List the conflicts between claims, and record decisions on them.",
    invoke_without_command=True,
    no_args_is_help=False,
    rich_markup_mode=None,
)
app.add_typer(conflicts_app, name="conflicts")


@conflicts_app.callback()
def conflicts_list(
    ctx: typer.Context,
    source: Annotated[
        int | None,
        typer.Option(
            "--source",
            help="Only conflicts with a claim from this source id.",
            callback=check_id,
        ),
    ] = None,
    subject: Annotated[
        str | None,
        typer.Option("--subject", help="Only conflicts about this subject (name or key)."),
    ] = None,
    kind: Annotated[
        ConflictKind | None, typer.Option("--kind", help="Only conflicts of this kind.")
    ] = None,
    min_severity: Annotated[
        Severity | None, typer.Option("--min-severity", help="Hide conflicts below this severity.")
    ] = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also show conflicts already decided.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")] = False,
    fail_on_open: Annotated[
        bool,
        typer.Option(
            "--fail-on-open",
            help=f"Exit {EXIT_OPEN_CONFLICTS} while open conflicts remain (for scripted checks).",
        ),
    ] = False,
) -> None:
    """List conflicts between claims: most severe first, decided ones hidden unless --all."""
    if ctx.invoked_subcommand is not None:
        return
    from factcheck.actions import ConflictFilter, conflict_entries, list_conflicts
    from factcheck.serialize import conflict_to_dict

    wanted = ConflictFilter(source, subject, kind, min_severity, include_decided=show_all)
    with open_store(ctx, create=False) as store:
        listed = list_conflicts(store, wanted)
        if as_json:
            decisions = listed.decisions
            print_json(
                {"conflicts": [conflict_to_dict(c, decisions.get(c.id)) for c in listed.shown]}
            )
        else:
            from factcheck.render import stdout_console
            from factcheck.render.conflicts import conflicts_view

            entries = conflict_entries(store, listed.shown, listed.decisions)
            stdout_console().print(conflicts_view(entries, decided_hidden=listed.decided_hidden))
    if fail_on_open and listed.still_open:
        raise typer.Exit(EXIT_OPEN_CONFLICTS)


@conflicts_app.command("resolve")
def conflicts_resolve(
    ctx: typer.Context,
    conflict_id: Annotated[str, typer.Argument(metavar="ID", help="The conflict's id (c…).")],
    verdict: Annotated[
        DecisionVerdict,
        typer.Option("--as", help="update, error, explained or not-a-conflict."),
    ],
    note: Annotated[str, typer.Option("--note", help="Why: what you checked.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")] = False,
) -> None:
    """Record the desk's decision on a conflict; it is then hidden from the default list."""
    from factcheck.actions import resolve_conflict
    from factcheck.serialize import conflict_to_dict

    with open_store(ctx, create=False) as store:
        found, decision = resolve_conflict(store, conflict_id, verdict, note)
    if as_json:
        print_json({"conflict": conflict_to_dict(found, decision)})
    else:
        from factcheck.render import stderr_console

        stderr_console().print(f"Conflict {found.id} recorded as {verdict}.")


def print_new_conflicts(store: Store, conflicts: Sequence[Conflict], console: Console) -> None:
    """For ``add`` and ``extract``: show the conflicts their new claims just created."""
    from factcheck.actions import conflict_entries
    from factcheck.render.conflicts import new_conflicts_view

    if conflicts:
        console.print(new_conflicts_view(conflict_entries(store, conflicts)))
