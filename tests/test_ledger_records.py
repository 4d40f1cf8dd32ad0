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
        assert counts == {
            "sources": 1,
            "claims": 2,
            "decisions": 1,
            "verdicts": 1,
            "aliases": 0,
            "skipped": 0,
        }
        assert [(c.uuid, c.status, c.speaker) for c in other.iter_claims()] == [
            (a.uuid, ClaimStatus.ACTIVE, "Defence ministry"),
            (b.uuid, ClaimStatus.RETRACTED, None),
        ]
        assert other.list_sources()[0].uuid == src.uuid
        assert other.decisions()["value-1"].verdict == DecisionVerdict.ERROR
        assert [v.rating for v in other.all_verdicts()] == [Rating.TRUE]
        again = other.import_records(parse_jsonl(text))
        assert again == {
            "sources": 0,
            "claims": 0,
            "decisions": 0,
            "verdicts": 0,
            "aliases": 0,
            "skipped": 5,
        }
        assert other.counts()["claims"] == 2


def _shared_with_aliases(store: Store) -> str:
    """A ledger whose journalist merged two names of one speaker and named an entity."""
    from factcheck.actions import ledger_contents
    from factcheck.export.tabular import to_jsonl

    src = store.add_source(title="Wire", text=TEXT)
    store.add_claim(src.id, draft(speaker="Defence ministry"))
    store.add_claim(src.id, draft(low=2000.0, high=2000.0, speaker="MoD"))
    store.add_speaker_alias("MoD", "Defence ministry")
    store.add_entity_alias("the Kremlin", "country:RU")
    c = ledger_contents(store)
    return to_jsonl(
        c.sources, c.claims, c.decisions, c.verdicts, c.entity_aliases, c.speaker_aliases
    )


def _history_actions(store: Store) -> list[tuple[str, str | None]]:
    rows = store._execute("SELECT action, field FROM history ORDER BY id")
    return [(r[0], r[1]) for r in rows]


def test_aliases_travel_with_an_exported_ledger(store: Store) -> None:
    from factcheck.export.tabular import parse_jsonl

    text = _shared_with_aliases(store)
    with Store.open(MEMORY, create=True) as other:
        counts = other.import_records(parse_jsonl(text))
        assert counts["aliases"] == 2
        assert other.entity_aliases() == {"the Kremlin": "country:RU"}
        assert other.speaker_aliases() == {"MoD": "Defence ministry"}
        assert {c.speaker for c in other.iter_claims()} == {"Defence ministry"}
        assert ("alias", "the Kremlin") in _history_actions(other)
        assert ("speaker_alias", "MoD") in _history_actions(other)
        again = other.import_records(parse_jsonl(text))
        assert (again["aliases"], again["skipped"]) == (0, 5)


def test_an_imported_speaker_alias_merges_the_speaker_of_that_name_here(store: Store) -> None:
    from factcheck.export.tabular import parse_jsonl

    text = _shared_with_aliases(store)
    with Store.open(MEMORY, create=True) as mine:
        own = mine.add_source(title="Local paper", text="МВД: 300 задержанных. " + TEXT)
        claim = mine.add_claim(own.id, draft(low=300.0, high=300.0, speaker="MoD"))
        mine.add_entity_alias("the Kremlin", "org:presidency")  # mine: kept
        counts = mine.import_records(parse_jsonl(text))
        assert (counts["aliases"], counts["skipped"]) == (1, 1)
        assert mine.get_claim(claim.id).speaker == "Defence ministry"
        assert mine.entity_aliases() == {"the Kremlin": "org:presidency"}
        assert [h["action"] for h in mine.history(claim.id)][-1] == "speaker"


def test_a_speaker_alias_for_a_speaker_not_here_is_skipped() -> None:
    from factcheck.export.tabular import parse_jsonl

    header = '{"type": "ledger", "format": "factcheck-ledger", "version": 1}\n'
    text = header + '{"type": "speaker_alias", "alias": "HO", "speaker": "Home Office"}\n'
    with Store.open(MEMORY, create=True) as mine:
        counts = mine.import_records(parse_jsonl(text))
        assert (counts["aliases"], counts["skipped"]) == (0, 1)
        assert mine.speaker_aliases() == {}
