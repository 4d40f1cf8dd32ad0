"""The store on real SQLite: opening and migrating, sources, claims, search, history."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.migrations import MIGRATIONS
from factcheck.models import (
    ClaimDraft,
    ClaimStatus,
    DecisionVerdict,
    Qualifier,
    Rating,
)
from factcheck.store import MEMORY, Store, fts_query

TEXT = "The ministry said 1,400 troops had arrived by Friday. Officials later gave a larger number."


# ---- opening ---------------------------------------------------------------------------------


def test_open_creates_schema_and_records_migrations(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with Store.open(path, create=True):
        pass
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM _migrations")]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.close()
    assert names == [m.__name__ for m in MIGRATIONS]
    want = {"sources", "speakers", "speaker_aliases", "claims", "history", "decisions"}
    want |= {"verdicts", "entity_aliases", "claims_fts", "sources_fts", "_migrations"}
    assert want <= tables
    assert mode == "wal"


def test_open_twice_applies_nothing_new(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with Store.open(path, create=True) as s:
        s.add_source(title="One")
    with Store.open(path, create=False) as s:
        assert [x.title for x in s.list_sources()] == ["One"]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM _migrations").fetchone()[0] == len(MIGRATIONS)
    conn.close()


def test_pragmas(store: Store) -> None:
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_missing_database_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with pytest.raises(FactcheckError, match=r"^No claims.db at .*claims.db; start with"):
        Store.open(path, create=False)
    assert not path.exists()


def test_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    path.write_text("these are my notes, not a database\n")
    with pytest.raises(FactcheckError, match="is not a factcheck database"):
        Store.open(path, create=True)
    assert path.read_text() == "these are my notes, not a database\n"


def test_other_programs_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(FactcheckError) as info:
        Store.open(path, create=True)
    assert str(info.value) == f"{path} is not a factcheck database (another program's SQLite file)"
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes"]
    conn.close()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with Store.open(path, create=True) as s:
        s.conn.execute("INSERT INTO _migrations VALUES ('m999_from_the_future', 'x')")
    with pytest.raises(FactcheckError) as info:
        Store.open(path, create=False)
    assert str(info.value) == (
        "claims.db was written by a newer factcheck (schema step m999_from_the_future); "
        "upgrade factcheck"
    )


def test_folder_as_database(tmp_path: Path) -> None:
    with pytest.raises(FactcheckError, match="is a folder"):
        Store.open(tmp_path, create=True)


# ---- sources ---------------------------------------------------------------------------------


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


# ---- claims ----------------------------------------------------------------------------------


def _draft(**kw: object) -> ClaimDraft:
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


def test_add_claim_round_trip(store: Store) -> None:
    src = store.add_source(title="Wire", published="2022-01-07", text=TEXT)
    start = TEXT.index("1,400 troops")
    claim = store.add_claim(
        src.id,
        _draft(
            quote="1,400 troops",
            start=start,
            end=start + 12,
            speaker="Defence ministry",
            attribution="the ministry said",
            members=("Armenia", "Russia"),
            member_keys=("country:AM", "country:RU"),
            as_of="2022-01-07",
            hedged=True,
            context=("troop", "arrive"),
        ),
    )
    assert claim.id == 1
    assert claim.speaker == "Defence ministry" and claim.speaker_id == 1
    assert claim.source_title == "Wire" and claim.source_published == "2022-01-07"
    assert (claim.low, claim.high, claim.qualifier) == (1400.0, 1400.0, Qualifier.EXACT)
    assert claim.members == ("Armenia", "Russia")
    assert claim.member_keys == ("country:AM", "country:RU")
    assert claim.context == ("troop", "arrive")
    assert claim.hedged is True and claim.earlier is False
    assert claim.status == ClaimStatus.ACTIVE
    assert store.get_claim(1) == claim
    prefix, suffix = store.conn.execute("SELECT prefix, suffix FROM claims").fetchone()
    assert prefix == TEXT[start - 16 : start] == "he ministry said "[-16:]
    assert suffix == TEXT[start + 12 : start + 28]
    assert [h["action"] for h in store.history(1)] == ["insert"]


def test_add_claims_is_one_transaction(store: Store) -> None:
    src = store.add_source(title="Wire", text=TEXT)
    with pytest.raises(FactcheckError, match="outside source 1's text"):
        store.add_claims(src.id, [_draft(), _draft(start=0, end=10_000)])
    assert store.list_claims() == []
    assert store.counts()["claims"] == 0


def test_speakers_are_shared_by_name_and_alias(store: Store) -> None:
    src = store.add_source(title="Wire")
    a = store.add_claim(src.id, _draft(speaker="Interior Ministry"))
    store.add_speaker_alias("Interior Ministry", "МВД")
    b = store.add_claim(src.id, _draft(speaker="МВД"))
    c = store.add_claim(src.id, _draft(speaker="Someone else"))
    assert a.speaker_id == b.speaker_id != c.speaker_id
    assert [x.id for x in store.list_claims(speaker="мвд")] == [1, 2]


def test_unknown_claim(store: Store) -> None:
    with pytest.raises(FactcheckError, match=r"^No claim with id 3$"):
        store.get_claim(3)


def test_list_claims_filters(store: Store) -> None:
    one = store.add_source(title="One")
    two = store.add_source(title="Two")
    store.add_claim(one.id, _draft())
    store.add_claim(two.id, _draft(subject="протестующие", subject_key="group:protesters"))
    store.add_claim(two.id, _draft(subject="Казахстан", subject_key="country:KZ"))
    store.retract(3, "wrong country")
    assert [c.id for c in store.list_claims(source_id=two.id)] == [2, 3]
    assert [c.id for c in store.list_claims(subject="ПРОТЕСТУЮЩИЕ")] == [2]
    assert [c.id for c in store.list_claims(subject="country:RU")] == [1]
    assert [c.id for c in store.list_claims(include_retracted=False)] == [1, 2]
    store.add_entity_alias("Kremlin", "country:RU")
    assert [c.id for c in store.list_claims(subject="Kremlin")] == [1]


def test_claims_by_keys(store: Store) -> None:
    src = store.add_source(title="One")
    store.add_claim(src.id, _draft())
    store.add_claim(src.id, _draft(property="vehicles"))
    store.add_claim(src.id, _draft(subject_key="country:KZ"))
    store.add_claim(src.id, _draft(subject_key=None, property="troops"))
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


def test_iter_claims_streams_in_order(store: Store) -> None:
    src = store.add_source(title="One")
    store.add_claims(src.id, [_draft(text=f"claim {i}") for i in range(5)])
    assert [c.text for c in store.iter_claims()] == [f"claim {i}" for i in range(5)]


def test_retract_keeps_claim_and_logs(store: Store) -> None:
    src = store.add_source(title="One")
    store.add_claim(src.id, _draft())
    claim = store.retract(1, "the agency corrected itself")
    assert claim.status == ClaimStatus.RETRACTED
    assert store.retract_reason(1) == "the agency corrected itself"
    last = store.history(1)[-1]
    assert (last["action"], last["field"], last["old"], last["new"], last["note"]) == (
        "retract",
        "status",
        "active",
        "retracted",
        "the agency corrected itself",
    )
    with pytest.raises(FactcheckError, match="already retracted"):
        store.retract(1, "again")
    store.add_claim(src.id, _draft())
    with pytest.raises(FactcheckError, match="Say why"):
        store.retract(2, "  ")


# ---- search ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Касым-Жомарт", '"Касым-Жомарт"'),
        ('"unbalanced', '"""unbalanced"'),
        ("AND (", '"AND"'),
        ("( ) * ^ :", ""),
        ("troops NEAR/2 Russia", '"troops" "NEAR/2" "Russia"'),
        ("", ""),
    ],
)
def test_fts_query_quotes_every_token(query: str, expected: str) -> None:
    assert fts_query(query) == expected


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("Касым-Жомарт", [1]),
        ("касым-жомарт токаев", [1]),
        ('"unbalanced', []),
        ("AND (", []),
        ("(", []),
        ("*", [3]),
        ("<b>", [3]),
        ("troops", [2]),
        ("NOT troops", []),
        ("протестующих", [1]),
        ("[citation", [3]),
        ("needed]", [3]),
        ("|", [3]),
        ("%", []),
        ("_", []),
    ],
)
def test_search_any_text_is_safe(store: Store, query: str, ids: list[int]) -> None:
    src = store.add_source(title="One")
    store.add_claim(src.id, _draft(text="Касым-Жомарт Токаев назвал протестующих террористами"))
    store.add_claim(src.id, _draft(text="Russia sends 1400 troops"))
    store.add_claim(src.id, _draft(text="[citation needed] [/b] <b>x</b> | *y*", subject=None))
    assert [c.id for c in store.search(query)] == ids


def test_search_sources(store: Store) -> None:
    store.add_source(title="Morning wire", text=TEXT)
    store.add_source(title="Evening paper", text="Nothing about that.")
    assert [s.id for s in store.search_sources("troops")] == [1]
    assert [s.id for s in store.search_sources("evening")] == [2]
    assert [s.id for s in store.search_sources('AND ("')] == []


# ---- decisions, verdicts, aliases ------------------------------------------------------------


def test_decisions_upsert_with_history(store: Store) -> None:
    src = store.add_source(title="One")
    a = store.add_claim(src.id, _draft())
    b = store.add_claim(src.id, _draft(low=2000.0, high=2000.0))
    store.save_decision("value-x", a.uuid, b.uuid, DecisionVerdict.ERROR, "typo")
    d = store.save_decision("value-x", a.uuid, b.uuid, DecisionVerdict.UPDATE, "later figure")
    assert store.decisions() == {"value-x": d}
    assert d.verdict == DecisionVerdict.UPDATE and d.note == "later figure"
    decided = [(h["action"], h["old"], h["new"]) for h in store.history(b.id)[1:]]
    assert decided == [("decide", None, "error"), ("decide", "error", "update")]


def test_verdicts(store: Store) -> None:
    src = store.add_source(title="One")
    store.add_claim(src.id, _draft())
    v = store.add_verdict(1, Rating.MISLEADING, "counts only one unit", ["https://example.org/a"])
    assert store.verdicts_for(1) == [v]
    assert v.evidence == ("https://example.org/a",)
    assert store.history(1)[-1]["new"] == "misleading"
    with pytest.raises(FactcheckError, match="No claim with id 9"):
        store.add_verdict(9, Rating.TRUE, "", [])


def test_entity_aliases(store: Store) -> None:
    store.add_entity_alias("Kremlin", "country:RU")
    store.add_entity_alias("Kremlin", "org:KREMLIN")
    assert store.entity_aliases() == {"Kremlin": "org:KREMLIN"}


def test_foreign_keys_enforced(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO claims (uuid, source_id, text, created_at) VALUES ('u', 99, 't', 'now')"
        )


def test_export_import_round_trip_by_uuid(store: Store) -> None:
    from factcheck.export.tabular import DecisionRecord, parse_jsonl, to_jsonl

    src = store.add_source(title="Wire", text=TEXT)
    a = store.add_claim(src.id, _draft(speaker="Defence ministry"))
    b = store.add_claim(src.id, _draft(low=2000.0, high=2000.0))
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
