"""What a journalist does, one function each: every command of the CLI calls one of these.

Each takes the open :class:`~factcheck.ledger.Store` and plain arguments (already parsed: dates
as ISO text, figures as :class:`~factcheck.models.Quantity`) and returns models; nothing here
prints. Heavy modules (the extractor, the lexicon, the conflict engine) load on first use.
"""

from __future__ import annotations

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
