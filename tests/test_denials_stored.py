"""A figure a text gives only to deny it is stored retracted, the denial its reason, and set
against any other source that asserts it (retracted.restated)."""

from __future__ import annotations

import pytest

from factcheck.conflicts import find_conflicts
from factcheck.ingest import ArticleMeta, ingest_text
from factcheck.ledger import MEMORY, Store
from factcheck.models import ClaimStatus

DAY = ArticleMeta(published="2026-03-10")


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "The regional governor denied reports that 27 villagers had drowned.",
            "Local volunteers said 27 villagers drowned in the flood.",
        ),
        (
            "В администрации области опровергли сообщения о 19 погибших.",
            "По данным волонтёров, при обрушении погибли 19 человек.",
        ),
    ],
)
def test_a_denied_figure_is_retracted_and_set_against_its_assertion(
    denial: str, assertion: str
) -> None:
    with Store.open(MEMORY, create=True) as store:
        denied = ingest_text(store, "denial.txt", denial, DAY).claims
        assert [(c.status, c.speaker) for c in denied] == [(ClaimStatus.RETRACTED, None)]
        assert store.retract_reason(denied[0].id) == "denied in its source"
        assert [h["action"] for h in store.history(denied[0].id)] == ["insert", "retract"]
        ingest_text(store, "assertion.txt", assertion, DAY)
        found = find_conflicts(store.list_claims())
    assert [c.rule for c in found] == ["retracted.restated"]


@pytest.mark.parametrize(
    "text",
    [
        # the denier's own account after the denial is asserted, not denied
        "The governor denied reports that 27 had drowned, saying four people died.",
        "В мэрии опровергли сообщения о 19 погибших, уточнив, что погибли трое.",
    ],
)
def test_the_deniers_own_figure_stays_asserted(text: str) -> None:
    with Store.open(MEMORY, create=True) as store:
        claims = ingest_text(store, "denial.txt", text, DAY).claims
    assert [c.status for c in claims] == [ClaimStatus.RETRACTED, ClaimStatus.ACTIVE]
