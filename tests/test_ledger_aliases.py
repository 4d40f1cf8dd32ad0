"""Entity aliases on real SQLite."""

from __future__ import annotations

from factcheck.ledger import Store


def test_entity_aliases(store: Store) -> None:
    store.add_entity_alias("Kremlin", "country:RU")
    store.add_entity_alias("Kremlin", "org:KREMLIN")
    assert store.entity_aliases() == {"Kremlin": "org:KREMLIN"}
