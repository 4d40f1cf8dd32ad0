"""Decisions on conflicts and verdicts on claims, on real SQLite, with their history."""

from __future__ import annotations

import pytest
from ledger_fixtures import draft

from factcheck.errors import FactcheckError
from factcheck.ledger import Store
from factcheck.models import DecisionVerdict, Rating


def test_decisions_upsert_with_history(store: Store) -> None:
    src = store.add_source(title="One")
    a = store.add_claim(src.id, draft())
    b = store.add_claim(src.id, draft(low=2000.0, high=2000.0))
    store.save_decision("value-x", a.uuid, b.uuid, DecisionVerdict.ERROR, "typo")
    d = store.save_decision("value-x", a.uuid, b.uuid, DecisionVerdict.UPDATE, "later figure")
    assert store.decisions() == {"value-x": d}
    assert d.verdict == DecisionVerdict.UPDATE and d.note == "later figure"
    decided = [(h["action"], h["old"], h["new"]) for h in store.history(b.id)[1:]]
    assert decided == [("decide", None, "error"), ("decide", "error", "update")]


def test_verdicts(store: Store) -> None:
    src = store.add_source(title="One")
    store.add_claim(src.id, draft())
    v = store.add_verdict(1, Rating.MISLEADING, "counts only one unit", ["https://example.org/a"])
    assert store.verdicts_for(1) == [v]
    assert v.evidence == ("https://example.org/a",)
    assert store.history(1)[-1]["new"] == "misleading"
    with pytest.raises(FactcheckError, match="No claim with id 9"):
        store.add_verdict(9, Rating.TRUE, "", [])
