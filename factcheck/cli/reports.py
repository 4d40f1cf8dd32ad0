"""Report commands: `verify`, `report`, `timeline`, `export` and `import`.

Each calls an action (:mod:`factcheck.actions`) for its models, hands them to the pure
renderers (``factcheck.export``, ``factcheck.render``) and writes what comes back to stdout or
to ``-o FILE``.
"""

from __future__ import annotations

import io
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import app, check_id, open_store, print_json, state
from factcheck.errors import FactcheckError
from factcheck.models import Rating
from factcheck.serialize import escape_controls


class ReportFormat(StrEnum):
    TERMINAL = "terminal"
    MD = "md"
    HTML = "html"
    JSON = "json"
    CLAIMREVIEW = "claimreview"


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"


OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", help="Write to this file instead of stdout (never over a database)."
    ),
]
ForceOption = Annotated[
    bool, typer.Option("--force", help="Replace the --output file if it already exists.")
]


def write_text(ctx: typer.Context, text: str, output: Path | None, *, force: bool) -> None:
    """Text to stdout, or to ``output`` (said on stderr, so a pipe stays clean).

    The ledger, any SQLite file and (without ``force``) any existing file are never written over.
    """
    from factcheck.output import write_output

    if output is None:
        typer.echo(text, nl=False)
        return
    write_output(output, text, force=force, ledger=state(ctx).db)
    typer.echo(escape_controls(f"Wrote {output}"), err=True)


@app.command()
def verify(
    ctx: typer.Context,
    claim_id: Annotated[
        int, typer.Argument(metavar="CLAIM", help="The claim's id.", callback=check_id)
    ],
    rating: Annotated[Rating, typer.Option("--rating", help="The verdict.")],
    note: Annotated[str, typer.Option("--note", help="Why: what the check found.")],
    evidence: Annotated[
        list[str] | None,
        typer.Option("--evidence", help="A web address or a source id; repeat for more."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the verdict as JSON.")] = False,
) -> None:
    """Record a fact-check verdict on a claim (kept in its history; earlier verdicts stay)."""
    from factcheck.actions import verify as record_verdict
    from factcheck.report.model import RATING_LABELS
    from factcheck.serialize import verdict_to_dict

    for item in evidence or ():
        _check_evidence_id(item)
    with open_store(ctx, create=False) as store:
        verdict = record_verdict(store, claim_id, rating, note, evidence or ())
    if as_json:
        print_json({"verdict": verdict_to_dict(verdict)})
    else:
        typer.echo(f"Claim {claim_id}: {RATING_LABELS[verdict.rating]}", err=True)


def _check_evidence_id(item: str) -> None:
    """An ``--evidence`` written in digits is a source id: refuse one out of range (or ``²``)."""
    digits = item.strip()
    if not digits.isdigit():
        return
    if not digits.isdecimal():
        raise FactcheckError(f"Evidence must be a web address or a source id, not {digits!r}")
    check_id(int(digits))


@app.command()
def report(
    ctx: typer.Context,
    source: Annotated[
        list[int] | None,
        typer.Option("--source", help="Only claims from this source; repeat.", callback=check_id),
    ] = None,
    subject: Annotated[
        str | None, typer.Option("--subject", help="Only claims about this subject.")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only claims dated on or after DATE.")
    ] = None,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="How to write the report.")
    ] = ReportFormat.TERMINAL,
    output: OutputOption = None,
    force: ForceOption = False,
    newsroom: Annotated[
        str,
        typer.Option(
            "--newsroom", envvar="FACTCHECK_NEWSROOM", help="Who signs ClaimReview verdicts."
        ),
    ] = "factcheck",
) -> None:
    """A report for editors: summary, conflicts with both quotes, claims by subject, verdicts."""
    from factcheck.actions import gather_report, speaker_kinds
    from factcheck.text.dates import parse_date

    since_date = parse_date(since) if since is not None else None
    with open_store(ctx, create=False) as store:
        built = gather_report(store, source_ids=source, subject=subject, since=since_date)
        kinds = speaker_kinds(store)
    if fmt == ReportFormat.TERMINAL:
        from factcheck.render.report import report_renderable

        _print(ctx, report_renderable(built), output, force=force)
        return
    if fmt == ReportFormat.MD:
        from factcheck.export.markdown import to_markdown

        text = to_markdown(built)
    elif fmt == ReportFormat.HTML:
        from factcheck.export.html import to_html

        text = to_html(built)
    elif fmt == ReportFormat.JSON:
        from factcheck.export.json_export import to_json

        text = to_json(built)
    else:
        from factcheck.export.claimreview import to_claimreview

        text = to_claimreview(built, newsroom=newsroom, speaker_kinds=kinds)
    write_text(ctx, text, output, force=force)


def _print(ctx: typer.Context, renderable: object, output: Path | None, *, force: bool) -> None:
    """A rich renderable to the terminal, or as plain text (no colour) to a file."""
    from factcheck.render import file_console, stdout_console

    if output is None:
        stdout_console().print(renderable)
        return
    buffer = io.StringIO()
    file_console(buffer).print(renderable)
    write_text(ctx, buffer.getvalue(), output, force=force)


@app.command()
def timeline(
    ctx: typer.Context,
    subject: Annotated[
        str, typer.Argument(metavar="SUBJECT", help="Whom the figure is about, e.g. Russia.")
    ],
    prop: Annotated[
        str | None,
        typer.Argument(metavar="PROPERTY", help="Which figure, e.g. troops (default: all)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the timelines as JSON.")] = False,
) -> None:
    """How a figure moved across sources and dates: who said what, when."""
    from factcheck.actions import timeline as figure_timeline

    with open_store(ctx, create=False) as store:
        built = figure_timeline(store, subject, prop)
    if as_json:
        from factcheck.export.json_export import report_dict

        print_json({"timelines": report_dict(built)["timelines"]})
        return
    from factcheck.render import stdout_console
    from factcheck.render.report import timeline_renderable

    console = stdout_console()
    for t in built.timelines:
        console.print(timeline_renderable(t))


@app.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="jsonl: the whole ledger; csv: claims.")
    ] = ExportFormat.JSONL,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Write the ledger out: JSON Lines to share with a colleague (see `import`), or CSV."""
    from factcheck.actions import ledger_contents
    from factcheck.export.spreadsheet import to_csv
    from factcheck.export.tabular import to_jsonl

    with open_store(ctx, create=False) as store:
        ledger = ledger_contents(store)
    if fmt == ExportFormat.CSV:
        text = to_csv(ledger.claims, ledger.verdicts)
    else:
        text = to_jsonl(
            ledger.sources,
            ledger.claims,
            ledger.decisions,
            ledger.verdicts,
            ledger.entity_aliases,
            ledger.speaker_aliases,
        )
    write_text(ctx, text, output, force=force)


@app.command("import")
def import_(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE.jsonl", help="A `factcheck export` file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Merge a colleague's ledger into yours by uuid: nothing doubled, decisions and verdicts kept.

    The whole file is read and checked first, then stored in one transaction: a bad file
    changes nothing.
    """
    from factcheck.actions import import_ledger
    from factcheck.export.tabular import parse_jsonl
    from factcheck.files import read_file

    try:
        text = read_file(file).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FactcheckError(f"{file} is not a factcheck export (not UTF-8 text)") from exc
    records = parse_jsonl(text, str(file))
    with open_store(ctx, create=True) as store:
        counts = import_ledger(store, records)
    if as_json:
        print_json({"imported": counts})
        return
    kinds = ("sources", "claims", "decisions", "verdicts", "aliases")
    added = ", ".join(f"{counts[k]} {k}" for k in kinds)
    skipped = counts.get("skipped", 0)
    typer.echo(f"Imported {added} ({skipped} already in the ledger)", err=True)
