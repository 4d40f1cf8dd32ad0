"""The conflict engine's lean reads on real SQLite."""

from __future__ import annotations

from ledger_fixtures import draft

from factcheck.ledger import Store


def test_claims_by_keys(store: Store) -> None:
    src = store.add_source(title="One")
    store.add_claim(src.id, draft())
    store.add_claim(src.id, draft(property="vehicles"))
    store.add_claim(src.id, draft(subject_key="country:KZ"))
    store.add_claim(src.id, draft(subject_key=None, property="troops"))
    assert [c.id for c in store.claims_by_keys([("country:RU", "troops")])] == [1]
    assert [c.id for c in store.claims_by_keys([("country:RU", None)])] == [1, 2]
    assert [c.id for c in store.claims_by_keys([(None, "troops")])] == [1, 3, 4]
    assert [
        c.id for c in store.claims_by_keys([("country:KZ", None), ("country:RU", "vehicles")])
    ] == [2, 3]
    assert store.claims_by_keys([]) == []
    plan = store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM claims WHERE subject_key = ? AND property = ?",
        ["country:RU", "troops"],
    ).fetchall()
    assert "claims_subject_key_property" in " ".join(str(r[-1]) for r in plan)
