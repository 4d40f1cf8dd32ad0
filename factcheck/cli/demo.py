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
    from factcheck.actions import (
        ArticleMeta,
        all_conflicts,
        gather_report,
        ingest_article,
        open_ledger,
    )
    from factcheck.cli.conflicts import print_new_conflicts
    from factcheck.cli.reports import write_text
    from factcheck.examples import example_articles, example_path
    from factcheck.export.markdown import to_markdown
    from factcheck.render import stderr_console, stdout_console

    err = stderr_console()
    with open_ledger(db, create=True) as store:
        for article in example_articles():
            meta = ArticleMeta(
                title=article.title,
                outlet=article.outlet,
                url=article.url,
                published=article.published,
                lang=article.lang,
            )
            with example_path(article) as path:
                result = ingest_article(store, path, meta)
            err.print(f"{article.file}: {len(result.claims)} claims", soft_wrap=True)
        conflicts = all_conflicts(store)
        err.print(f"{len(conflicts)} conflicts across {len(example_articles())} articles:")
        print_new_conflicts(store, conflicts, stdout_console())
        write_text(ctx, to_markdown(gather_report(store)), output, force=force)
