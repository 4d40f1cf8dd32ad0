"""What a journalist does, one function each: every command of the CLI calls one of these.

Each takes the open :class:`~factcheck.ledger.Store` and plain arguments (already parsed: dates
as ISO text, figures as :class:`~factcheck.models.Quantity`) and returns models; nothing here
prints. Heavy modules (the extractor, the lexicon, the conflict engine) load on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.actions.claims import (
        AddedClaim,
        Aliases,
        ClaimFields,
        ClaimRecord,
        Found,
        add_alias,
        add_claim,
        add_speaker_alias,
        aliases,
        all_aliases,
        find_claims,
        history,
        retract,
        search,
        show_claim,
    )
    from factcheck.actions.conflicts import (
        ConflictFilter,
        ConflictList,
        all_conflicts,
        conflict_claim_ids,
        conflict_entries,
        list_conflicts,
        resolve_conflict,
    )
    from factcheck.actions.examples import ingest_examples
    from factcheck.actions.ledger import open_ledger
    from factcheck.actions.reports import speaker_kinds, timeline, verify
    from factcheck.actions.sharing import LedgerContents, import_ledger, ledger_contents
    from factcheck.actions.sources import (
        AddedSource,
        NewSource,
        SourceList,
        SourceRecord,
        add_source,
        list_sources,
        show_source,
        source_places,
    )
    from factcheck.ingest import ArticleMeta, ExtractResult, ingest_article, read_article
    from factcheck.report.gather import gather_report

# Where each action lives. A command imports only the modules of the actions it calls (PEP 562):
# ``extract`` need not load the report and the ledger-wide listings first.
_HOMES = {
    name: module
    for module, names in {
        "factcheck.actions.claims": (
            "AddedClaim Aliases ClaimFields ClaimRecord Found add_alias add_claim "
            "add_speaker_alias aliases all_aliases find_claims history retract search show_claim"
        ),
        "factcheck.actions.conflicts": (
            "ConflictFilter ConflictList all_conflicts conflict_claim_ids conflict_entries "
            "list_conflicts resolve_conflict"
        ),
        "factcheck.actions.examples": "ingest_examples",
        "factcheck.actions.ledger": "open_ledger",
        "factcheck.actions.reports": "speaker_kinds timeline verify",
        "factcheck.actions.sharing": "LedgerContents import_ledger ledger_contents",
        "factcheck.actions.sources": (
            "AddedSource NewSource SourceList SourceRecord add_source list_sources show_source "
            "source_places"
        ),
        "factcheck.ingest": "ArticleMeta ExtractResult ingest_article read_article",
        "factcheck.report.gather": "gather_report",
    }.items()
    for name in names.split()
}


def __getattr__(name: str) -> object:
    """An action of this package, imported from its module on first use."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_HOMES[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "AddedClaim",
    "AddedSource",
    "Aliases",
    "ArticleMeta",
    "ClaimFields",
    "ClaimRecord",
    "ConflictFilter",
    "ConflictList",
    "ExtractResult",
    "Found",
    "LedgerContents",
    "NewSource",
    "SourceList",
    "SourceRecord",
    "add_alias",
    "add_claim",
    "add_source",
    "add_speaker_alias",
    "aliases",
    "all_aliases",
    "all_conflicts",
    "conflict_claim_ids",
    "conflict_entries",
    "find_claims",
    "gather_report",
    "history",
    "import_ledger",
    "ingest_article",
    "ingest_examples",
    "ledger_contents",
    "list_conflicts",
    "list_sources",
    "open_ledger",
    "read_article",
    "resolve_conflict",
    "retract",
    "search",
    "show_claim",
    "show_source",
    "source_places",
    "speaker_kinds",
    "timeline",
    "verify",
]
