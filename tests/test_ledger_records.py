"""Import of an exported ledger on real SQLite, matched by uuid."""

from __future__ import annotations

from ledger_fixtures import TEXT, draft

from factcheck.ledger import MEMORY, Store
from factcheck.models import ClaimStatus, DecisionVerdict, Rating


def test_export_import_round_trip_by_uuid(store: Store) -> None:
    from factcheck.export.tabular import DecisionRecord, parse_jsonl, to_jsonl

    src = store.add_source(title="Wire", text=TEXT)
    a = store.add_claim(src.id, draft(speaker="Defence ministry"))
    b = store.add_claim(src.id, draft(low=2000.0, high=2000.0))
    store.retract(b.id, "typo")
    store.save_decision("value-1", a.uuid, b.uuid, DecisionVerdict.ERROR, "typo")
    store.add_verdict(a.id, Rating.TRUE, "confirmed", ["https://example.org/x"])
    records = [DecisionRecord(d, x, y) for d, x, y in store.decision_records()]
    text = to_jsonl(store.list_sources(), list(store.iter_claims()), records, store.all_verdicts())

    with Store.open(MEMORY, create=True) as other:
        counts = other.import_records(parse_jsonl(text))
        assert counts == {"sources": 1, "claims": 2, "decisions": 1, "verdicts": 1, "skipped": 0}
        assert [(c.uuid, c.status, c.speaker) for c in other.iter_claims()] == [
            (a.uuid, ClaimStatus.ACTIVE, "Defence ministry"),
            (b.uuid, ClaimStatus.RETRACTED, None),
        ]
        assert other.list_sources()[0].uuid == src.uuid
        assert other.decisions()["value-1"].verdict == DecisionVerdict.ERROR
        assert [v.rating for v in other.all_verdicts()] == [Rating.TRUE]
        again = other.import_records(parse_jsonl(text))
        assert again == {"sources": 0, "claims": 0, "decisions": 0, "verdicts": 0, "skipped": 5}
        assert other.counts()["claims"] == 2
