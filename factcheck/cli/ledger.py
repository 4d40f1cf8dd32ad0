"""Ledger commands: sources, claims by hand, listing, search, retraction, history, aliases.

Each command parses its options, calls the store and the parsers, and renders: ``--json`` puts
one JSON document on stdout; otherwise a table on stdout and messages on stderr.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from factcheck.cli.app import app, open_store, print_json
from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    from rich.console import RenderableType

    from factcheck.ledger import Store
    from factcheck.models import Claim, ClaimDraft, Conflict, Source

source_app = typer.Typer(
    help="Record and look at sources (articles, statements, reports).",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(source_app, name="source")

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")]


def _out(renderable: RenderableType) -> None:
    from factcheck.render import stdout_console

    stdout_console().print(renderable)


def _note(message: str) -> None:
    """A message for the person at the terminal, on stderr."""
    from factcheck.render import stderr_console

    stderr_console().print(message, soft_wrap=True)


# ---- sources --------------------------------------------------------------------------------


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
    from factcheck.serialize import source_to_dict

    published_iso = _date(published) if published else None
    text: str | None = None
    if file is not None:
        from factcheck.ingest import read_article

        text, encoding = read_article(file)
        if encoding != "utf-8":
            _note(f"Read {file} as {encoding}; the text is kept as UTF-8.")
    if lang is None and text:
        from factcheck.text.dates import detect_language

        lang = detect_language(text)
    from factcheck.ingest import places_for

    with open_store(ctx, create=True) as store:
        source: Source | None = None
        if text is not None:
            from factcheck.ledger import sha256_of

            source = store.source_by_sha256(sha256_of(text))
            if source is not None:
                _note(f"This text is already source {source.id} ({source.title}); nothing added.")
        if source is None:
            source = store.add_source(
                title=title,
                outlet=outlet,
                url=url,
                author=author,
                published=published_iso,
                language=lang,
                text=text,
                places=places_for(store, text) if text else (),
            )
            _note(f"Added source {source.id}: {source.title}")
    if as_json:
        print_json({"source": source_to_dict(source)})


@source_app.command("list")
def source_list(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List every source with its number of claims."""
    from factcheck.serialize import source_to_dict

    with open_store(ctx, create=False) as store:
        sources = store.list_sources()
        counts = store.claim_counts()
    if as_json:
        print_json(
            {"sources": [source_to_dict(s) | {"claims": counts.get(s.id, 0)} for s in sources]}
        )
        return
    from factcheck.render.claims import sources_table

    _out(sources_table(sources, counts))


@source_app.command("show")
def source_show(
    ctx: typer.Context,
    source_id: Annotated[int, typer.Argument(metavar="ID", help="The source's id.")],
    text: Annotated[bool, typer.Option("--text", help="Also print the kept text.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Show one source and the claims taken from it."""
    from factcheck.serialize import claim_to_dict, source_to_dict

    with open_store(ctx, create=False) as store:
        source = store.get_source(source_id)
        claims = store.list_claims(source_id=source_id)
    if as_json:
        print_json(
            {
                "source": source_to_dict(source, with_text=True),
                "claims": [claim_to_dict(c) for c in claims],
            }
        )
        return
    from rich.text import Text

    from factcheck.render.claims import source_detail

    _out(source_detail(source, claims))
    if text and source.text is not None:
        _out(Text("\n" + source.text))


@source_app.command("places")
def source_places(
    ctx: typer.Context,
    source_id: Annotated[int, typer.Argument(metavar="ID", help="The source's id.")],
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
    from factcheck.serialize import source_to_dict
    from factcheck.text.places import place_key

    if names and unknown:
        raise FactcheckError("Give places or --unknown, not both")
    keys = sorted({place_key(name) for name in names or ()})
    with open_store(ctx, create=False) as store:
        if keys or unknown:
            source = store.set_source_places(source_id, keys)
            _note(f"Source {source.id} is set in: {', '.join(source.places) or 'unknown places'}")
        else:
            source = store.get_source(source_id)
    if as_json:
        print_json({"source": source_to_dict(source)})
    elif not (keys or unknown):
        from rich.text import Text

        _out(Text(", ".join(source.places) or "unknown places"))


# ---- claims ---------------------------------------------------------------------------------


@app.command("add")
def add(
    ctx: typer.Context,
    text: Annotated[
        str, typer.Argument(metavar="TEXT", help="The claim, in the words you want on record.")
    ],
    source_id: Annotated[int, typer.Option("--source", metavar="ID", help="The source's id.")],
    by: Annotated[
        str | None, typer.Option("--by", metavar="SPEAKER", help="Who made the claim.")
    ] = None,
    quote: Annotated[
        str | None, typer.Option(help="Exact words from the source's kept text.")
    ] = None,
    subject: Annotated[str | None, typer.Option(help="What the figure is about.")] = None,
    prop: Annotated[
        str | None, typer.Option("--property", help="What is measured: troops, killed, …")
    ] = None,
    value: Annotated[
        str | None, typer.Option(help="The figure: 1400, 100-300, >3000, >=26, <=300, ~2000, 12%.")
    ] = None,
    unit: Annotated[str | None, typer.Option(help="What is counted: troops, %, …")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The date the figure is for.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Record a claim from a source. Fields not given are read from TEXT."""
    from factcheck.serialize import claim_to_dict, conflict_to_dict
    from factcheck.text.speakers import speaker_kind

    # Parse every option before touching the database: a bad one changes nothing.
    quantity = None
    if value is not None:
        from factcheck.text.numbers import parse_value

        quantity = parse_value(value)
    as_of_iso = _date(as_of) if as_of else None
    with open_store(ctx, create=False) as store:
        source = store.get_source(source_id)
        span = _quote_span(source, quote) if quote is not None else {}
        draft = _parse_text(store, text, source.language)
        changes: dict[str, Any] = {"text": text, "as_of": as_of_iso or draft.as_of, **span}
        if quantity is not None:
            changes |= {"low": quantity.low, "high": quantity.high, "qualifier": quantity.qualifier}
            if quantity.unit and unit is None:
                changes["unit"] = quantity.unit
        if subject is not None:
            changes |= {"subject": subject, "subject_key": _entity_key(store, subject)}
        if prop is not None:
            changes["property"] = prop
        if unit is not None:
            changes["unit"] = unit
        if by is not None:
            changes["speaker"] = by
        claim = store.add_claim(source.id, replace(draft, **changes), speaker_kind=speaker_kind)
        conflicts = _conflicts(store, claim)
        decisions = store.decisions() if conflicts else {}
        if as_json:
            print_json(
                {
                    "claim": claim_to_dict(claim),
                    "conflicts": [conflict_to_dict(c, decisions.get(c.id)) for c in conflicts],
                }
            )
            return
        _note(f"Added claim {claim.id} from source {claim.source_id}.")
        if conflicts:
            from factcheck.cli.conflicts import print_new_conflicts
            from factcheck.render import stderr_console

            _note(f"It conflicts with {len(conflicts)} claim(s) already recorded:")
            print_new_conflicts(store, conflicts, stderr_console())


def _parse_text(store: Store, text: str, lang: str | None) -> ClaimDraft:
    """Read the structured parts of a hand-written claim, with the journalist's aliases."""
    from factcheck import extract

    aliases = store.entity_aliases()
    if not aliases:
        return extract.parse_claim_text(text, lang)
    from factcheck.text.lexicon import Lexicon

    return extract.parse_claim_text(text, lang, lexicon=Lexicon(extra_aliases=aliases))


def _quote_span(source: Source, quote: str) -> dict[str, Any]:
    """Offsets of the quote's first occurrence in the source's kept text."""
    if not quote.strip():
        raise FactcheckError("--quote is empty: give the exact words from the source")
    if source.text is None:
        raise FactcheckError(
            f"Source {source.id} has no kept text to quote from; add the source with --file"
        )
    start = source.text.find(quote)
    if start < 0:
        shown = quote if len(quote) <= 60 else quote[:57] + "..."
        raise FactcheckError(f'The quote "{shown}" does not occur in source {source.id}\'s text')
    return {"quote": quote, "start": start, "end": start + len(quote)}


def _conflicts(store: Store, claim: Claim) -> list[Conflict]:
    from factcheck.conflicts import check_claim

    return check_claim(store, claim)


def _entity_key(store: Store, name: str) -> str | None:
    from factcheck.text.lexicon import key_for

    return key_for(name, store.entity_aliases())


def _date(text: str) -> str:
    from factcheck.text.dates import parse_date

    return parse_date(text)


@app.command("list")
def list_claims(
    ctx: typer.Context,
    source_id: Annotated[
        int | None, typer.Option("--source", metavar="ID", help="Only claims from this source.")
    ] = None,
    subject: Annotated[
        str | None, typer.Option(help="Only claims about this subject (name or key).")
    ] = None,
    speaker: Annotated[str | None, typer.Option(help="Only claims by this speaker.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List claims, oldest first, retracted ones included."""
    from factcheck.serialize import claim_to_dict

    with open_store(ctx, create=False) as store:
        if source_id is not None:
            store.get_source(source_id)  # an unknown id is an error, not an empty list
        claims = store.list_claims(source_id=source_id, subject=subject, speaker=speaker)
    if as_json:
        print_json({"claims": [claim_to_dict(c) for c in claims]})
        return
    from factcheck.render.claims import claims_table

    _out(claims_table(claims))


@app.command("show")
def show(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(metavar="ID", help="The claim's id.")],
    as_json: JsonOption = False,
) -> None:
    """Show one claim: its quote in context, figure, speaker, source and verdicts."""
    from factcheck.serialize import claim_to_dict, verdict_to_dict

    with open_store(ctx, create=False) as store:
        claim = store.get_claim(claim_id)
        source = store.get_source(claim.source_id)
        verdicts = store.verdicts_for(claim_id)
        reason = store.retract_reason(claim_id)
    if as_json:
        data = claim_to_dict(claim) | {"retract_reason": reason}
        print_json({"claim": data, "verdicts": [verdict_to_dict(v) for v in verdicts]})
        return
    from factcheck.render.claims import claim_detail

    _out(claim_detail(claim, source=source, verdicts=verdicts, retract_reason=reason))


@app.command("search")
def search(
    ctx: typer.Context,
    query: Annotated[
        str, typer.Argument(metavar="QUERY", help="Words to find; any characters are fine.")
    ],
    as_json: JsonOption = False,
) -> None:
    """Find claims (text, quote, subject) and sources (title, text) by their words."""
    from factcheck.serialize import claim_to_dict, source_to_dict

    with open_store(ctx, create=False) as store:
        claims = store.search(query)
        sources = store.search_sources(query)
        counts = store.claim_counts()
    if as_json:
        print_json(
            {
                "claims": [claim_to_dict(c) for c in claims],
                "sources": [source_to_dict(s) for s in sources],
            }
        )
        return
    from rich.text import Text

    from factcheck.render.claims import claims_table, sources_table

    _out(Text("Claims", style="bold"))
    _out(claims_table(claims))
    _out(Text("\nSources", style="bold"))
    _out(sources_table(sources, counts))


@app.command("retract")
def retract(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(metavar="ID", help="The claim's id.")],
    reason: Annotated[str, typer.Option(help="Why the claim no longer stands.")],
    as_json: JsonOption = False,
) -> None:
    """Mark a claim retracted. It stays in the ledger, with the reason, in its history."""
    from factcheck.serialize import claim_to_dict

    with open_store(ctx, create=False) as store:
        claim = store.retract(claim_id, reason)
    if as_json:
        print_json({"claim": claim_to_dict(claim) | {"retract_reason": reason}})
        return
    _note(f"Claim {claim.id} retracted.")


@app.command("history")
def history(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(metavar="ID", help="The claim's id.")],
    as_json: JsonOption = False,
) -> None:
    """Everything that happened to a claim: added, retracted, rated, decided."""
    with open_store(ctx, create=False) as store:
        rows = store.history(claim_id)
    if as_json:
        print_json({"history": rows})
        return
    from factcheck.render.claims import history_table

    _out(history_table(rows))


@app.command("alias")
def alias(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="NAME", help="The name as sources write it; `list` to list aliases."
        ),
    ] = None,
    key_or_name: Annotated[
        str | None,
        typer.Argument(metavar="KEY_OR_NAME", help="A key (country:RU) or a known name (Russia)."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Teach factcheck that NAME means an entity (`alias Kremlin Russia`); `alias list` lists."""
    if name in (None, "list") and key_or_name is None:
        with open_store(ctx, create=False) as store:
            aliases = store.entity_aliases()
        if as_json:
            print_json({"aliases": aliases})
        else:
            _out(_aliases_table(aliases))
        return
    if name is None or key_or_name is None:
        raise FactcheckError("Give a name and what it means, e.g. `factcheck alias Kremlin Russia`")
    with open_store(ctx, create=True) as store:
        key = _entity_key(store, key_or_name)
        if key is None or key.startswith("lemma:"):
            raise FactcheckError(
                f"factcheck does not know {key_or_name!r}; "
                "give a key such as country:RU or org:CSTO"
            )
        store.add_entity_alias(name, key)
    if as_json:
        print_json({"alias": name, "key": key})
        return
    _note(f"{name} now means {key}.")


def _aliases_table(aliases: dict[str, str]) -> RenderableType:
    from rich.table import Table
    from rich.text import Text

    if not aliases:
        return Text("No aliases.")
    table = Table("alias", "key", show_edge=False, pad_edge=False)
    for name, key in sorted(aliases.items()):
        table.add_row(Text(name), Text(key))
    return table
