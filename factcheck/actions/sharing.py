"""Sharing a ledger with a colleague: everything it holds, and merging theirs into it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.models import Claim, Source, Verdict

if TYPE_CHECKING:
    from factcheck.export.tabular import DecisionRecord, LedgerRecords
    from factcheck.ledger import Store


@dataclass(frozen=True)
class LedgerContents:
    """Every source, claim, decision (with its claims' uuids) and verdict, in ledger order,
    and the journalist's aliases: entity keys and speaker names, by alias."""

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    decisions: tuple[DecisionRecord, ...]
    verdicts: tuple[Verdict, ...]
    entity_aliases: dict[str, str]
    speaker_aliases: dict[str, str]


def ledger_contents(store: Store) -> LedgerContents:
    """The whole ledger, for `export`."""
    from factcheck.export.tabular import DecisionRecord

    return LedgerContents(
        tuple(store.list_sources()),
        tuple(store.iter_claims()),
        tuple(DecisionRecord(d, a, b) for d, a, b in store.decision_records()),
        tuple(store.all_verdicts()),
        store.entity_aliases(),
        store.speaker_aliases(),
    )


def import_ledger(store: Store, records: LedgerRecords) -> dict[str, int]:
    """Merge a colleague's ledger by uuid in one transaction: nothing doubled, their decisions,
    verdicts and aliases kept. Returns how many of each were added, and how many were already
    here."""
    from factcheck.text.speakers import speaker_kind

    return store.import_records(records, speaker_kind=speaker_kind)
