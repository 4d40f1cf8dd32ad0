"""The journalist's checks and reports: a verdict on a claim, how a figure moved over time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.models import Rating, Verdict
from factcheck.report.model import Report, evidence_ref

if TYPE_CHECKING:
    from factcheck.ledger import Store


def verify(
    store: Store, claim_id: int, rating: Rating, note: str, evidence: Sequence[str] = ()
) -> Verdict:
    """Record a fact-check verdict on a claim; earlier verdicts stay in its history.

    ``evidence`` holds web addresses and ledger source ids (kept as the source's uuid).
    """
    if not note.strip():
        raise FactcheckError("Say what the check found (--note)")
    refs = [evidence_ref(e, store.get_source) for e in evidence]
    return store.add_verdict(claim_id, rating, note, refs)


def speaker_kinds(store: Store) -> dict[str, str]:
    """Each speaker's kind (person, organisation…), by name, for ClaimReview."""
    return {s.name: s.kind for s in store.list_speakers()}


def timeline(store: Store, subject: str, prop: str | None = None) -> Report:
    """The report about ``subject``, keeping only the timelines of ``prop`` (any case; all
    figures when None). Nothing to show is a FactcheckError saying why."""
    from factcheck.report.gather import gather_report

    built = gather_report(store, subject=subject)
    wanted = None if prop is None else prop.casefold()
    found = tuple(t for t in built.timelines if wanted in (None, t.property.casefold()))
    if not found:
        what = f"'{subject}'" + (f" ({prop})" if prop else "")
        if not built.claims:
            raise FactcheckError(f"No claims about {what}: see `factcheck list` for subjects")
        raise FactcheckError(f"No figure about {what} was given twice: nothing to compare")
    return replace(built, timelines=found)
