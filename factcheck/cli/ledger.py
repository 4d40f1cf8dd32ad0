"""Claim commands: add one by hand, list, show, search, retract, history; aliases of entities
and speakers.

Each command parses its options, calls one action (:mod:`factcheck.actions`) and renders:
``--json`` puts one JSON document on stdout; otherwise a table on stdout and messages on stderr.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli.app import (
    JsonOption,
    app,
    check_id,
    note,
    open_store,
    out,
    parse_figure,
    print_json,
)
from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from rich.console import RenderableType


@app.command("add")
def add(
    ctx: typer.Context,
    text: Annotated[
        str, typer.Argument(metavar="TEXT", help="The claim, in the words you want on record.")
    ],
    source_id: Annotated[
        int, typer.Option("--source", metavar="ID", help="The source's id.", callback=check_id)
    ],
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
    from factcheck.actions import ClaimFields, add_claim
    from factcheck.serialize import claim_to_dict, conflict_to_dict

    # Parse every option before touching the database: a bad one changes nothing.
    quantity = parse_figure(value) if value is not None else None
    as_of_iso = None
    if as_of:
        from factcheck.text.dates import parse_date

        as_of_iso = parse_date(as_of)
    fields = ClaimFields(
        text,
        speaker=by,
        quote=quote,
        subject=subject,
        property=prop,
        value=quantity,
        unit=unit,
        as_of=as_of_iso,
    )
    with open_store(ctx, create=False) as store:
        added = add_claim(store, source_id, fields)
        claim, conflicts = added.claim, added.conflicts
        if as_json:
            print_json(
                {
                    "claim": claim_to_dict(claim),
                    "conflicts": [
                        conflict_to_dict(c, added.decisions.get(c.id)) for c in conflicts
                    ],
                }
            )
            return
        note(f"Added claim {claim.id} from source {claim.source_id}.")
        if conflicts:
            from factcheck.cli.conflicts import print_new_conflicts
            from factcheck.render import stderr_console

            note(f"It conflicts with {len(conflicts)} claim(s) already recorded:")
            print_new_conflicts(store, conflicts, stderr_console())


@app.command("list")
def list_claims(
    ctx: typer.Context,
    source_id: Annotated[
        int | None,
        typer.Option(
            "--source", metavar="ID", help="Only claims from this source.", callback=check_id
        ),
    ] = None,
    subject: Annotated[
        str | None, typer.Option(help="Only claims about this subject (name or key).")
    ] = None,
    speaker: Annotated[str | None, typer.Option(help="Only claims by this speaker.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List claims, oldest first, retracted ones included."""
    from factcheck.actions import find_claims
    from factcheck.serialize import claim_to_dict

    with open_store(ctx, create=False) as store:
        claims = find_claims(store, source_id=source_id, subject=subject, speaker=speaker)
    if as_json:
        print_json({"claims": [claim_to_dict(c) for c in claims]})
        return
    from factcheck.render.claims import claims_table

    out(claims_table(claims))


@app.command("show")
def show(
    ctx: typer.Context,
    claim_id: Annotated[
        int, typer.Argument(metavar="ID", help="The claim's id.", callback=check_id)
    ],
    as_json: JsonOption = False,
) -> None:
    """Show one claim: its quote in context, figure, speaker, source and verdicts."""
    from factcheck.actions import show_claim
    from factcheck.serialize import claim_to_dict, verdict_to_dict

    with open_store(ctx, create=False) as store:
        record = show_claim(store, claim_id)
    if as_json:
        data = claim_to_dict(record.claim) | {"retract_reason": record.retract_reason}
        print_json({"claim": data, "verdicts": [verdict_to_dict(v) for v in record.verdicts]})
        return
    from factcheck.render.claims import claim_detail

    out(
        claim_detail(
            record.claim,
            source=record.source,
            verdicts=record.verdicts,
            retract_reason=record.retract_reason,
        )
    )


@app.command("search")
def search(
    ctx: typer.Context,
    query: Annotated[
        str, typer.Argument(metavar="QUERY", help="Words to find; any characters are fine.")
    ],
    as_json: JsonOption = False,
) -> None:
    """Find claims (text, quote, subject) and sources (title, text) by their words."""
    from factcheck.actions import search as find
    from factcheck.serialize import claim_to_dict, source_to_dict

    with open_store(ctx, create=False) as store:
        found = find(store, query)
    if as_json:
        print_json(
            {
                "claims": [claim_to_dict(c) for c in found.claims],
                "sources": [source_to_dict(s) for s in found.sources],
            }
        )
        return
    from factcheck.render import literal
    from factcheck.render.claims import claims_table, sources_table

    out(literal("Claims", style="bold"))
    out(claims_table(found.claims))
    out(literal("\nSources", style="bold"))
    out(sources_table(found.sources, found.claim_counts))


@app.command("retract")
def retract(
    ctx: typer.Context,
    claim_id: Annotated[
        int, typer.Argument(metavar="ID", help="The claim's id.", callback=check_id)
    ],
    reason: Annotated[str, typer.Option(help="Why the claim no longer stands.")],
    as_json: JsonOption = False,
) -> None:
    """Mark a claim retracted. It stays in the ledger, with the reason, in its history."""
    from factcheck.actions import retract as retract_claim
    from factcheck.serialize import claim_to_dict

    with open_store(ctx, create=False) as store:
        claim = retract_claim(store, claim_id, reason)
    if as_json:
        print_json({"claim": claim_to_dict(claim) | {"retract_reason": reason}})
        return
    note(f"Claim {claim.id} retracted.")


@app.command("history")
def history(
    ctx: typer.Context,
    claim_id: Annotated[
        int, typer.Argument(metavar="ID", help="The claim's id.", callback=check_id)
    ],
    as_json: JsonOption = False,
) -> None:
    """Everything that happened to a claim: added, retracted, rated, decided."""
    from factcheck.actions import history as claim_history

    with open_store(ctx, create=False) as store:
        rows = claim_history(store, claim_id)
    if as_json:
        print_json({"history": rows})
        return
    from factcheck.render.claims import history_table

    out(history_table(rows))


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
        typer.Argument(
            metavar="KEY_OR_NAME",
            help="A key (country:RU) or a known name (Russia); with --speaker, a speaker.",
        ),
    ] = None,
    speaker: Annotated[
        bool,
        typer.Option(
            "--speaker",
            help="NAME is another name of the speaker KEY_OR_NAME; a speaker NAME is merged in.",
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Teach factcheck that NAME means an entity (`alias Kremlin Russia`) or, with --speaker,
    a speaker (`alias --speaker "the Interior" "МВД Франции"`); `alias list` lists."""
    if name in (None, "list") and key_or_name is None:
        _list_aliases(ctx, as_json)
        return
    if name is None or key_or_name is None:
        example = '--speaker "the Interior" "МВД Франции"' if speaker else "Kremlin Russia"
        raise FactcheckError(f"Give a name and what it means, e.g. `factcheck alias {example}`")
    if speaker:
        _alias_speaker(ctx, name, key_or_name, as_json)
        return
    from factcheck.actions import add_alias

    with open_store(ctx, create=True) as store:
        key = add_alias(store, name, key_or_name)
    if as_json:
        print_json({"alias": name, "key": key})
        return
    note(f"{name} now means {key}.")


def _list_aliases(ctx: typer.Context, as_json: bool) -> None:
    """`alias list`: entity aliases, then speaker aliases (the table once there are some)."""
    from factcheck.actions import all_aliases

    with open_store(ctx, create=False) as store:
        known = all_aliases(store)
    if as_json:
        print_json({"aliases": dict(known.entities), "speaker_aliases": dict(known.speakers)})
        return
    if not known.speakers:
        out(_aliases_table(known.entities, "key"))
        return
    if known.entities:
        from factcheck.render import literal

        out(_aliases_table(known.entities, "key"))
        out(literal(""))
    out(_aliases_table(known.speakers, "speaker"))


def _alias_speaker(ctx: typer.Context, name: str, speaker: str, as_json: bool) -> None:
    """`alias --speaker NAME SPEAKER`: NAME becomes an alias of SPEAKER, merged if a speaker."""
    from factcheck.actions import add_speaker_alias

    with open_store(ctx, create=False) as store:
        done = add_speaker_alias(store, name, speaker)
    target = done.speaker
    if as_json:
        merged = done.merged
        print_json(
            {
                "alias": done.alias,
                "added": done.added,
                "speaker": {"id": target.id, "name": target.name, "kind": target.kind},
                "aliases": list(target.aliases),
                "merged": None
                if merged is None
                else {"id": merged.id, "name": merged.name, "kind": merged.kind},
                "claims": list(done.claim_ids),
            }
        )
        return
    if not done.added:
        note(f"{done.alias} was already an alias of {target.name}.")
    elif done.merged is None:
        note(f"{done.alias} now names the speaker {target.name}.")
    else:
        note(
            f"Speaker {done.merged.name} merged into {target.name}: its"
            f" {len(done.claim_ids)} claim(s) are now {target.name}'s."
        )


def _aliases_table(aliases: Mapping[str, str], means: str) -> RenderableType:
    from rich.table import Table

    from factcheck.render import literal

    if not aliases:
        return literal("No aliases.")
    table = Table("alias", means, show_edge=False, pad_edge=False)
    for name, key in sorted(aliases.items()):
        table.add_row(literal(name), literal(key))
    return table
