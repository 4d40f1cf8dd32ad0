"""claims.db opened and migrated on real SQLite: the file checks, pragmas, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.ledger import Store, fts_query
from factcheck.ledger.migrations import MIGRATIONS


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


def test_foreign_keys_enforced(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO claims (uuid, source_id, text, created_at) VALUES ('u', 99, 't', 'now')"
        )


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


def test_the_ledger_reads_no_text() -> None:
    """The ledger stores text; reading it (speaker kinds, places) is the caller's job."""
    import ast

    import factcheck.ledger

    folder = Path(factcheck.ledger.__file__).parent
    imported: set[str] = set()
    for module in folder.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    assert imported, "the ledger's modules were read"
    assert not {m for m in imported if m.startswith(("factcheck.text", "factcheck.cli"))}


def test_a_new_file_another_process_is_writing_is_waited_for(tmp_path: Path) -> None:
    """Another opener holds the write lock on the new file while this one switches it to WAL:
    SQLite fails that switch at once instead of waiting, so the switch is tried again."""
    import threading

    path = tmp_path / "claims.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # the other opener's own switch to WAL, in progress
    release = threading.Timer(0.3, other.execute, ["COMMIT"])
    release.start()
    try:
        with Store.open(path, create=True) as store:
            store.add_source(title="One")
    finally:
        release.join()
        other.close()
    with Store.open(path, create=False) as store:
        assert [s.title for s in store.list_sources()] == ["One"]
