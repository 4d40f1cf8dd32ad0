"""What claims.db does with files it must not write to, damaged files, read-only files, and an
older ledger that holds the same text twice: real files, reopened after each."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from ledger_fixtures import TEXT, draft
from sqlite_utils import Database

from factcheck.errors import FactcheckError
from factcheck.ledger import MEMORY, SourceExists, Store, sha256_of
from factcheck.ledger.migrations import MIGRATIONS


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_another_programs_file_is_refused_before_it_is_switched_to_wal(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(FactcheckError, match="another program's SQLite file"):
        Store.open(path, create=True)
    assert _digest(path) == before  # the header still says "rollback journal", not WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_an_empty_file_given_to_a_read_gets_no_schema(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    path.touch()
    with pytest.raises(FactcheckError) as info:
        Store.open(path, create=False)
    assert str(info.value) == (
        f"{path} is empty, not yet a ledger; start with `factcheck source add`"
    )
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.db"]


def test_list_on_an_empty_file_says_so_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    path.touch()
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "factcheck"), "--db", str(path), "list"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr == (
        f"Error: {path} is empty, not yet a ledger; start with `factcheck source add`\n"
    )
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.db"]


def test_an_empty_file_becomes_a_ledger_when_written_to(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    path.touch()
    with Store.open(path, create=True) as store:
        store.add_source(title="One")
    with Store.open(path, create=False) as store:
        assert [s.title for s in store.list_sources()] == ["One"]


def _damage(path: Path) -> None:
    """Overwrite one page of the claims table with noise, as a failing disk might."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'claims'").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(bytes(range(256)) * (page_size // 256))


def test_a_damaged_ledger_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with Store.open(path, create=True) as store:
        source = store.add_source(title="One", text=TEXT)
        store.add_claims(source.id, [draft(text=f"claim {i}") for i in range(300)])
    _damage(path)
    before = _digest(path)
    for create in (False, True):
        with pytest.raises(FactcheckError) as info:
            Store.open(path, create=create)
        message = str(info.value)
        assert message.startswith(f"{path} is damaged (")
        assert message.endswith("): nothing was changed; restore it from a backup")
        assert "\n" not in message
    assert _digest(path) == before


def test_a_damaged_page_the_check_did_not_reach_is_one_line_when_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "claims.db"
    with Store.open(path, create=True) as store:
        source = store.add_source(title="One", text=TEXT)
        store.add_claims(source.id, [draft(text=f"claim {i}") for i in range(300)])
    _damage(path)
    monkeypatch.setattr("factcheck.ledger.checks._quick_check", lambda conn: None)  # out of time
    damaged = pytest.raises(FactcheckError, match=r"is damaged \(.*\): nothing was changed")
    with Store.open(path, create=False) as store, damaged:
        store.get_claim(5)


def _old_ledger(path: Path) -> None:
    """A ledger as factcheck wrote it before m005: the same text stored three times."""
    db = Database(path)
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for step in MIGRATIONS[:4]:
        step(db)
        db.execute("INSERT INTO _migrations VALUES (?, 'then')", [step.__name__])
    sha = sha256_of(TEXT)
    for n, (title, text, digest) in enumerate(
        [
            ("A", TEXT, sha),
            ("B", "Other text.", sha256_of("Other text.")),
            ("C", TEXT, sha),
            ("D", TEXT, sha),
            ("E", None, None),
        ]
    ):
        db.execute(
            "INSERT INTO sources (uuid, title, text, sha256, added_at) VALUES (?, ?, ?, ?, 'then')",
            [f"u{n}", title, text, digest],
        )
    db.execute(
        "INSERT INTO claims (uuid, source_id, text, created_at) VALUES ('c1', 3, 'claim', 'then')"
    )
    db.conn.commit()
    db.close()


def test_m005_keeps_copies_of_a_text_and_says_which_they_repeat(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    _old_ledger(path)
    with Store.open(path, create=False) as store:
        sources = store.list_sources()
        assert [(s.title, s.sha256) for s in sources] == [
            ("A", sha256_of(TEXT)),
            ("B", sha256_of("Other text.")),
            ("C", None),
            ("D", None),
            ("E", None),
        ]
        assert [c.source_id for c in store.list_claims()] == [3]
        assert store.source_by_sha256(sha256_of(TEXT)) == sources[0]
        noted = store.conn.execute(
            "SELECT source_id, action, field, old, new, note FROM history ORDER BY source_id"
        ).fetchall()
        with pytest.raises(SourceExists, match="already in the ledger as source 1 "):
            store.add_source(title="Again", text=TEXT)
    assert [tuple(r) for r in noted] == [
        (3, "duplicate", "sha256", sha256_of(TEXT), None, "same text as source 1"),
        (4, "duplicate", "sha256", sha256_of(TEXT), None, "same text as source 1"),
    ]
    conn = sqlite3.connect(path)
    indexes = {r[1]: r[2] for r in conn.execute("PRAGMA index_list(sources)")}
    conn.close()
    assert indexes["sources_sha256_unique"] == 1
    assert "sources_sha256" not in indexes


def _failing_step(db: Database) -> None:
    db.execute("CREATE TABLE half_done (x)")
    raise RuntimeError("the step failed half-way")


def test_a_failed_migration_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "claims.db"
    monkeypatch.setattr("factcheck.ledger.migrations.MIGRATIONS", [*MIGRATIONS, _failing_step])
    with pytest.raises(RuntimeError, match="half-way"):
        Store.open(path, create=True)
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    conn.close()
    assert tables == []  # m001 to m005 rolled back with the failed step


def test_an_import_of_a_text_already_here_joins_its_source(store: Store) -> None:
    from factcheck.export.tabular import parse_jsonl, to_jsonl

    here = store.add_source(title="Here", text=TEXT)
    with Store.open(MEMORY, create=True) as other:
        elsewhere = other.add_source(title="Elsewhere", text=TEXT)
        other.add_claims(elsewhere.id, [draft()])
        text = to_jsonl(other.list_sources(), list(other.iter_claims()), [], [])
    counts = store.import_records(parse_jsonl(text))
    assert counts == {
        "sources": 0,
        "claims": 1,
        "decisions": 0,
        "verdicts": 0,
        "aliases": 0,
        "skipped": 1,
    }
    assert [s.title for s in store.list_sources()] == ["Here"]
    assert [c.source_id for c in store.list_claims()] == [here.id]


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can enter (tmp_path is the test user's own)."""
    folder = Path(tempfile.mkdtemp(prefix="factcheck-ro-"))
    folder.chmod(0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


def _as_another_user(path: str, answers: multiprocessing.Queue[str]) -> None:
    """Add a source as a user who may read the ledger but not write it."""
    if os.geteuid() == 0:  # root writes anything: be nobody, as a journalist would be
        os.setgid(65534)
        os.setuid(65534)
    try:
        with Store.open(Path(path), create=True) as store:
            store.add_source(title="Not allowed")
    except FactcheckError as exc:
        answers.put(f"FactcheckError: {exc}")
    except BaseException as exc:  # the test shows what else came out
        answers.put(f"{type(exc).__name__}: {exc}")
    else:
        answers.put("written")


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_a_write_on_a_read_only_ledger_is_one_line(shared_dir: Path, read_only: str) -> None:
    path = shared_dir / "claims.db"
    with Store.open(path, create=True) as store:
        store.add_source(title="One")
    if read_only == "file":
        shared_dir.chmod(0o777)
        path.chmod(0o444)
    else:
        path.chmod(0o666)
        shared_dir.chmod(0o555)
    before = _digest(path)
    fork = multiprocessing.get_context("fork")
    answers: multiprocessing.Queue[str] = fork.Queue()
    worker = fork.Process(target=_as_another_user, args=(str(path), answers))
    worker.start()
    answer = answers.get(timeout=60)
    worker.join(timeout=60)
    assert answer.startswith(f"FactcheckError: {path} is read-only: nothing was changed") or (
        answer.startswith(f"FactcheckError: Cannot open {path} (")
    ), answer
    assert "\n" not in answer
    shared_dir.chmod(0o755)
    assert _digest(path) == before
    with Store.open(path, create=False) as store:
        assert [s.title for s in store.list_sources()] == ["One"]
