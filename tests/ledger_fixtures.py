"""What the ledger tests share: a source text and a claim draft to vary."""

from __future__ import annotations

from factcheck.models import ClaimDraft, Qualifier

TEXT = "The ministry said 1,400 troops had arrived by Friday. Officials later gave a larger number."


def draft(**kw: object) -> ClaimDraft:
    base: dict[str, object] = {
        "text": "Russia sends 1400 troops",
        "subject": "Russia",
        "subject_key": "country:RU",
        "property": "troops",
        "unit": "troop",
        "low": 1400.0,
        "high": 1400.0,
        "qualifier": Qualifier.EXACT,
    }
    base.update(kw)
    return ClaimDraft(**base)  # type: ignore[arg-type]  # test data built from a dict
