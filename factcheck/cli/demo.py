"""`factcheck demo`: the whole job on the built-in example articles, in one command."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import app, state

DEMO_REPORT = Path("factcheck-demo.md")


@app.command("demo")
def demo(
    ctx: typer.Context,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the Markdown summary.")
    ] = DEMO_REPORT,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the --output file if it already exists.")
    ] = False,
) -> None:
    """Extract the built-in example articles, show their conflicts, write a Markdown report.

    Uses a temporary ledger unless --db (or FACTCHECK_DB) names one. The default report file is
    the demo's own and is replaced on every run; any other existing file needs --force.
    """
    from factcheck.output import check_output_target

    force = force or output == DEMO_REPORT
    check_output_target(output, force=force, ledger=state(ctx).db)  # before any work is done
    # Compared by name: typer ships its own copy of click, whose enum is not click's.
    source = ctx.find_root().get_parameter_source("db")
    chosen = source is not None and source.name != "DEFAULT"
    if chosen:
        _run(ctx, state(ctx).db, output, force)
        return
    with tempfile.TemporaryDirectory(prefix="factcheck-demo-") as tmp:
        _run(ctx, Path(tmp) / "claims.db", output, force)


def _run(ctx: typer.Context, db: Path, output: Path, force: bool) -> None:
    from factcheck.actions import all_conflicts, gather_report, ingest_examples, open_ledger
    from factcheck.cli.conflicts import print_new_conflicts
    from factcheck.cli.reports import write_text
    from factcheck.export.markdown import to_markdown
    from factcheck.render import stderr_console, stdout_console

    err = stderr_console()
    with open_ledger(db, create=True) as store:
        results = ingest_examples(store)
        for file, result in results:
            err.print(f"{file}: {len(result.claims)} claims", soft_wrap=True)
        conflicts = all_conflicts(store)
        err.print(f"{len(conflicts)} conflicts across {len(results)} articles:")
        print_new_conflicts(store, conflicts, stdout_console())
        write_text(ctx, to_markdown(gather_report(store)), output, force=force)
