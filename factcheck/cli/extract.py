"""`factcheck extract`: read articles, propose their claims, let the journalist review, store."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli.app import app, check_id, open_store, parse_figure, print_json, state
from factcheck.errors import FactcheckError
from factcheck.serialize import escape_controls

if TYPE_CHECKING:
    from factcheck.ingest import ExtractResult
    from factcheck.ledger import Store
    from factcheck.models import ClaimDraft


@app.command("extract")
def extract(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE|URL...",
            help="Article text files, or web pages by URL (fetched once; the text is kept).",
        ),
    ],
    source_id: Annotated[
        int | None,
        typer.Option(
            "--source",
            metavar="ID",
            help="Attach to a source already holding this text.",
            callback=check_id,
        ),
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title (default: the first line).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    url: Annotated[str | None, typer.Option(help="Where it was published.")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (default: the article's date line).")
    ] = None,
    lang: Annotated[str, typer.Option(help="auto, ru or en.")] = "auto",
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Store every candidate, no review.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show the candidates; store nothing.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")] = False,
) -> None:
    """Read articles (Russian or English) and record their claims with quotes, speakers, dates."""
    from factcheck.actions import ArticleMeta, ingest_article
    from factcheck.text.dates import parse_date

    if lang not in ("auto", "ru", "en"):
        raise FactcheckError(f"--lang must be auto, ru or en, not '{lang}'")
    for name in files:  # a mistyped file name is told before anything else
        if "://" not in name and not Path(name).exists():
            raise FactcheckError(f"No file at {name}")
    if not yes and not dry_run and not _interactive():
        raise FactcheckError(
            "extract asks you to review each claim, which needs a terminal: "
            "add --yes to store them all, or --dry-run to see them"
        )
    meta = ArticleMeta(
        source_id=source_id,
        title=title,
        outlet=outlet,
        url=url,
        published=parse_date(published) if published else None,
        lang=None if lang == "auto" else lang,
    )
    review = None if (yes or dry_run) else _review
    results: list[ExtractResult] = []
    with _store_for(ctx, dry_run) as store:
        if len(files) > 1 and not as_json and review is None:
            from factcheck.render.drafts import progress_bar

            with progress_bar() as bar:
                task = bar.add_task("Reading", total=len(files))
                for path in files:
                    results.append(ingest_article(store, path, meta, dry_run=dry_run))
                    bar.advance(task)
        else:
            for path in files:
                results.append(ingest_article(store, path, meta, review=review, dry_run=dry_run))
        if as_json:
            _print_json(results, dry_run)
        else:
            _print_results(store, results, dry_run)


def _interactive() -> bool:
    """Whether someone is at a terminal to review candidates."""
    return sys.stdin.isatty()


def _store_for(ctx: typer.Context, dry_run: bool) -> Store:
    """The ledger; a dry run without one reads into an empty ledger in memory, creating no file."""
    from factcheck.actions import open_ledger

    if dry_run and not state(ctx).db.exists():
        return open_ledger(None, create=True)
    return open_store(ctx, create=True)


def _print_json(results: Sequence[ExtractResult], dry_run: bool) -> None:
    from factcheck.serialize import claim_to_dict, conflict_to_dict, draft_to_dict, source_to_dict

    print_json(
        {
            "sources": [source_to_dict(r.source) for r in results if r.source is not None],
            "claims": [draft_to_dict(d) for r in results for d in r.drafts]
            if dry_run
            else [claim_to_dict(c) for r in results for c in r.claims],
            "conflicts": [conflict_to_dict(c) for r in results for c in r.conflicts],
            "stored": not dry_run,
        }
    )


def _print_results(store: Store, results: Sequence[ExtractResult], dry_run: bool) -> None:
    from factcheck.cli.conflicts import print_new_conflicts
    from factcheck.render import stderr_console, stdout_console
    from factcheck.render.claims import claims_table
    from factcheck.render.drafts import drafts_table

    out, err = stdout_console(), stderr_console()
    for r in results:
        if r.encoding != "utf-8":
            err.print(f"Read {r.path} as {r.encoding}.", soft_wrap=True)
        if dry_run:
            err.print(
                f"{r.path}: {len(r.drafts)} candidate claim(s); nothing stored.", soft_wrap=True
            )
            out.print(drafts_table(r.drafts))
            continue
        assert r.source is not None
        if r.already_stored:
            err.print(
                f"{r.path} is already source {r.source.id}; its {len(r.claims)} claim(s) are kept.",
                soft_wrap=True,
            )
            continue
        err.print(
            f"{r.path} → source {r.source.id}: {len(r.claims)} claim(s) stored.", soft_wrap=True
        )
        out.print(claims_table(r.claims))
    print_new_conflicts(store, [c for r in results for c in r.conflicts], err)


def _review(path: str, drafts: Sequence[ClaimDraft]) -> list[ClaimDraft]:
    """Ask about each candidate: [a]ccept, [s]kip, [e]dit, accept [A]ll, [q]uit (keep so far)."""
    from factcheck.render import stderr_console
    from factcheck.render.drafts import draft_panel

    err = stderr_console()
    kept: list[ClaimDraft] = []
    for n, draft in enumerate(drafts, 1):
        err.print(draft_panel(draft, f"{path} — candidate {n} of {len(drafts)}"))
        answer = typer.prompt("[a]ccept, [s]kip, [e]dit, accept [A]ll, [q]uit", default="a")
        if answer == "A":
            kept.extend(drafts[n - 1 :])
            break
        if answer.lower().startswith("q"):
            break
        if answer.lower().startswith("s"):
            continue
        if answer.lower().startswith("e"):
            draft = _edit(draft)
        kept.append(draft)
    return kept


def _edit(draft: ClaimDraft) -> ClaimDraft:
    subject = typer.prompt("Subject", default=draft.subject or "")
    prop = typer.prompt("Property", default=draft.property or "")
    current = "" if draft.low is None and draft.high is None else _value_text(draft)
    while True:
        value = typer.prompt("Value (1400, 100-300, >3000, ~2000)", default=current)
        try:
            q = parse_figure(value)
            break
        except FactcheckError as exc:
            typer.echo(escape_controls(str(exc)), err=True)
    return replace(
        draft, subject=subject, property=prop, low=q.low, high=q.high, qualifier=q.qualifier
    )


def _value_text(draft: ClaimDraft) -> str:
    def n(x: float | None) -> str:
        return "" if x is None else (str(int(x)) if float(x).is_integer() else str(x))

    if draft.low == draft.high:
        return n(draft.low)
    if draft.high is None:
        return f">={n(draft.low)}"
    if draft.low is None:
        return f"<={n(draft.high)}"
    return f"{n(draft.low)}-{n(draft.high)}"
