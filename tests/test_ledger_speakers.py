"""Speakers on real SQLite: shared by name and alias, stored with their kind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ledger_fixtures import draft

from factcheck.ingest import ArticleMeta, ingest_article
from factcheck.ledger import Store
from factcheck.text.speakers import speaker_kind


def test_speakers_are_shared_by_name_and_alias(store: Store) -> None:
    src = store.add_source(title="Wire")
    a = store.add_claim(src.id, draft(speaker="Interior Ministry"))
    # no command writes speaker aliases yet: the reading side is what is tested here
    store.conn.execute("INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, 'МВД')", [1])
    b = store.add_claim(src.id, draft(speaker="МВД"))
    c = store.add_claim(src.id, draft(speaker="Someone else"))
    assert a.speaker_id == b.speaker_id != c.speaker_id
    assert [x.id for x in store.list_claims(speaker="мвд")] == [1, 2]
    assert store.get_speaker(1).aliases == ("МВД",)


def _kinds(store: Store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT name, kind FROM speakers ORDER BY id").fetchall())


def test_speaker_kind_comes_from_the_caller(store: Store) -> None:
    src = store.add_source(title="Wire")
    asked: list[str] = []

    def kind_of(name: str) -> str:
        asked.append(name)
        return "ministry" if "Ministry" in name else "person"

    store.add_claims(
        src.id,
        [draft(speaker="Interior Ministry"), draft(speaker="Ташиев"), draft(speaker="Ташиев")],
        speaker_kind=kind_of,
    )
    store.add_claim(src.id, draft(speaker="Someone else"))
    assert _kinds(store) == {
        "Interior Ministry": "ministry",
        "Ташиев": "person",
        "Someone else": "unknown",
    }
    assert asked == ["Interior Ministry", "Ташиев"]  # once per new speaker
    first = store.list_speakers()[0]
    assert (first.name, first.kind) == ("Interior Ministry", "ministry")


def test_unknown_kind_is_learnt_when_the_speaker_is_seen_again(store: Store) -> None:
    src = store.add_source(title="Wire")
    store.add_claim(src.id, draft(speaker="Defence Ministry"))
    store.add_claim(src.id, draft(speaker="Defence Ministry"), speaker_kind=speaker_kind)
    store.add_claim(src.id, draft(speaker="Defence Ministry"), speaker_kind=lambda _: "person")
    assert _kinds(store) == {"Defence Ministry": "ministry"}  # learnt once, then kept


def test_ingested_article_stores_real_speaker_kinds(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "Astana, 7 January 2022. Russia has sent 1,400 troops, the Defence Ministry said.\n"
        "По словам Ташиева, задержаны 300 человек.\n",
        encoding="utf-8",
    )
    db = tmp_path / "claims.db"
    with Store.open(db, create=True) as store:
        ingest_article(store, article, ArticleMeta(title="Wire"))
    conn = sqlite3.connect(db)
    kinds = dict(conn.execute("SELECT name, kind FROM speakers").fetchall())
    conn.close()
    assert kinds == {"Defence Ministry": "ministry", "Ташиев": "person"}
