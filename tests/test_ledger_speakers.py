"""Speakers on real SQLite: shared by name and alias, stored with their kind, merged by alias."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from ledger_fixtures import draft

from factcheck.errors import FactcheckError
from factcheck.ingest import ArticleMeta, ingest_article
from factcheck.ledger import Store
from factcheck.text.speakers import speaker_kind


def test_speakers_are_shared_by_name_and_alias(store: Store) -> None:
    src = store.add_source(title="Wire")
    a = store.add_claim(src.id, draft(speaker="Interior Ministry"))
    store.add_speaker_alias("МВД", "Interior Ministry")
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


def _tables(store: Store) -> dict[str, list[tuple[object, ...]]]:
    tables = ("speakers", "speaker_aliases", "claims", "history")
    return {t: [tuple(r) for r in store.conn.execute(f"SELECT * FROM {t}")] for t in tables}


def test_merging_a_speaker_moves_claims_aliases_and_kind(store: Store) -> None:
    src = store.add_source(title="Wire")
    store.add_claim(src.id, draft(speaker="Interior Ministry"))
    store.add_claims(
        src.id,
        [draft(speaker="Home Office"), draft(speaker="Home Office")],
        speaker_kind=lambda _: "ministry",
    )
    store.add_speaker_alias("HO", "Home Office")
    done = store.add_speaker_alias("Home Office", "Interior Ministry")
    assert (done.merged and done.merged.name, done.claim_ids) == ("Home Office", (2, 3))
    assert done.speaker.aliases == ("HO", "Home Office")
    assert done.speaker.kind == "ministry"  # the merged speaker's kind, unknown before
    assert [(s.id, s.name) for s in store.list_speakers()] == [(1, "Interior Ministry")]
    assert {c.speaker for c in store.list_claims()} == {"Interior Ministry"}
    assert store.speaker_id("HO") == store.speaker_id("Home Office") == 1
    assert store.speaker_aliases() == {
        "HO": "Interior Ministry",
        "Home Office": "Interior Ministry",
    }
    assert [r["action"] for r in store.history(2)] == ["insert", "speaker"]


def test_a_known_kind_is_kept_on_merge(store: Store) -> None:
    src = store.add_source(title="Wire")
    store.add_claim(src.id, draft(speaker="Ташиев"), speaker_kind=lambda _: "person")
    store.add_claim(src.id, draft(speaker="Home Office"), speaker_kind=lambda _: "ministry")
    assert store.add_speaker_alias("Home Office", "Ташиев").speaker.kind == "person"


def test_a_merge_that_fails_half_way_changes_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = store.add_source(title="Wire")
    store.add_claim(src.id, draft(speaker="Interior Ministry"))
    store.add_claim(src.id, draft(speaker="Home Office"))
    store.add_speaker_alias("HO", "Home Office")
    before = _tables(store)
    log = store._log

    def fail_at_the_end(action: str, **fields: str | int | None) -> None:
        if action == "speaker_alias":
            raise FactcheckError("disk full")
        log(action, **fields)  # type: ignore[arg-type]  # the fields _log takes, as given

    monkeypatch.setattr(store, "_log", fail_at_the_end)
    with pytest.raises(FactcheckError, match="disk full"):
        store.add_speaker_alias("Home Office", "Interior Ministry")
    assert _tables(store) == before
