"""Sources on real SQLite: recorded word for word, found by hash and by search."""

from __future__ import annotations

import pytest
from ledger_fixtures import TEXT

from factcheck.errors import FactcheckError
from factcheck.ledger import Store


def test_add_source_keeps_text_and_hash(store: Store) -> None:
    s = store.add_source(title="Wire", outlet="Agency", published="2022-01-07", text=TEXT)
    assert (s.id, s.title, s.outlet, s.published, s.text) == (
        1,
        "Wire",
        "Agency",
        "2022-01-07",
        TEXT,
    )
    assert s.sha256 is not None and len(s.sha256) == 64
    assert store.source_by_sha256(s.sha256) == s
    assert store.source_by_sha256("0" * 64) is None
    assert store.get_source(1) == s
    assert store.list_sources() == [s]
    assert len(s.uuid) == 36


def test_unknown_source(store: Store) -> None:
    with pytest.raises(FactcheckError, match=r"^No source with id 7$"):
        store.get_source(7)


def test_search_sources(store: Store) -> None:
    store.add_source(title="Morning wire", text=TEXT)
    store.add_source(title="Evening paper", text="Nothing about that.")
    assert [s.id for s in store.search_sources("troops")] == [1]
    assert [s.id for s in store.search_sources("evening")] == [2]
    assert [s.id for s in store.search_sources('AND ("')] == []
