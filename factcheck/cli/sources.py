"""`factcheck source …`: record sources, list them, show one, say where one is set.

Each command parses its options, calls one action (:mod:`factcheck.actions`) and renders:
``--json`` puts one JSON document on stdout; otherwise a table on stdout and messages on stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import JsonOption, app, check_id, note, open_store, out, print_json
from factcheck.errors import FactcheckError

source_app = typer.Typer(
    help="Record and look at sources (articles, statements, reports).",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(source_app, name="source")


@source_app.command("add")
def source_add(
    ctx: typer.Context,
    title: Annotated[str, typer.Argument(metavar="TITLE", help="The source's title or headline.")],
    outlet: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    url: Annotated[str | None, typer.Option(help="Where it was published.")] = None,
    author: Annotated[str | None, typer.Option(help="Who wrote it.")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date: 2022-01-07, 7 January 2022, 7.01.2022…")
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language code (ru, en); guessed from --file.")
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option("--file", help="A UTF-8 text file with the source's text, kept verbatim."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Record a source; with --file its text is kept so claims can quote it."""
    from factcheck.actions import NewSource, add_source
    from factcheck.serialize import source_to_dict
    from factcheck.text.dates import parse_date

    # Read every option before touching the database: a bad one creates no ledger.
    published_iso = parse_date(published) if published else None
    text: str | None = None
    if file is not None:
        from factcheck.actions import read_article

        text, encoding = read_article(file)
        if encoding != "utf-8":
            note(f"Read {file} as {encoding}; the text is kept as UTF-8.")
    new = NewSource(
        title,
        outlet=outlet,
        url=url,
        author=author,
        published=published_iso,
        language=lang,
        text=text,
    )
    with open_store(ctx, create=True) as store:
        result = add_source(store, new)
    source = result.source
    if result.added:
        note(f"Added source {source.id}: {source.title}")
    else:
        note(f"This text is already source {source.id} ({source.title}); nothing added.")
    if as_json:
        print_json({"source": source_to_dict(source)})


@source_app.command("list")
def source_list(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List every source with its number of claims."""
    from factcheck.actions import list_sources
    from factcheck.serialize import source_to_dict

    with open_store(ctx, create=False) as store:
        found = list_sources(store)
    sources, counts = found.sources, found.claim_counts
    if as_json:
        print_json(
            {"sources": [source_to_dict(s) | {"claims": counts.get(s.id, 0)} for s in sources]}
        )
        return
    from factcheck.render.claims import sources_table

    out(sources_table(sources, counts))


@source_app.command("show")
def source_show(
    ctx: typer.Context,
    source_id: Annotated[
        int, typer.Argument(metavar="ID", help="The source's id.", callback=check_id)
    ],
    text: Annotated[bool, typer.Option("--text", help="Also print the kept text.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Show one source and the claims taken from it."""
    from factcheck.actions import show_source
    from factcheck.serialize import claim_to_dict, source_to_dict

    with open_store(ctx, create=False) as store:
        record = show_source(store, source_id)
    source = record.source
    if as_json:
        print_json(
            {
                "source": source_to_dict(source, with_text=True),
                "claims": [claim_to_dict(c) for c in record.claims],
            }
        )
        return
    from factcheck.render import literal
    from factcheck.render.claims import source_detail

    out(source_detail(source, record.claims))
    if text and source.text is not None:
        out(literal("\n" + source.text))


@source_app.command("places")
def source_places(
    ctx: typer.Context,
    source_id: Annotated[
        int, typer.Argument(metavar="ID", help="The source's id.", callback=check_id)
    ],
    names: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[PLACE]...",
            help="Where the source is set: towns, regions, countries (Алматы, Kazakhstan, "
            "country:KZ). Replaces the places read from its text.",
        ),
    ] = None,
    unknown: Annotated[
        bool,
        typer.Option("--unknown", help="Forget its places: compare it with every source."),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Show or set where a source is set. Sources with no place or country in common are not
    compared by `factcheck conflicts`; this corrects what was read from the text."""
    from factcheck.actions import source_places as places_of_source
    from factcheck.serialize import source_to_dict

    if names and unknown:
        raise FactcheckError("Give places or --unknown, not both")
    setting = bool(names) or unknown
    with open_store(ctx, create=False) as store:
        source = places_of_source(store, source_id, (names or []) if setting else None)
    if setting:
        note(f"Source {source.id} is set in: {', '.join(source.places) or 'unknown places'}")
    if as_json:
        print_json({"source": source_to_dict(source)})
    elif not setting:
        from factcheck.render import literal

        out(literal(", ".join(source.places) or "unknown places"))
