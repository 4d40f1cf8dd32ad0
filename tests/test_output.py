"""Writing reports to files: what is refused, what is replaced, and how."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.output import check_output_target, is_sqlite_file, write_output


def _sqlite(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    return path


def test_a_new_file_is_written(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    assert write_output(out, "héllo\n", force=False) == out.resolve()
    assert out.read_bytes() == "héllo\n".encode()
    assert os.listdir(tmp_path) == ["r.md"]


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_the_ledger_and_its_side_files_are_refused(tmp_path: Path, suffix: str) -> None:
    ledger = tmp_path / "claims.db"
    target = tmp_path / f"claims.db{suffix}"
    with pytest.raises(FactcheckError, match="is the ledger itself"):
        check_output_target(target, force=True, ledger=ledger)


def test_any_sqlite_file_is_refused_even_with_force(tmp_path: Path) -> None:
    db = _sqlite(tmp_path / "notes.txt")  # the name does not matter, the header does
    assert is_sqlite_file(db)
    before = db.read_bytes()
    with pytest.raises(FactcheckError, match="is a SQLite database"):
        write_output(db, "report", force=True)
    assert db.read_bytes() == before


def test_an_existing_file_needs_force_and_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    with pytest.raises(FactcheckError, match="already exists; add --force"):
        write_output(out, "new", force=False)
    assert out.read_text(encoding="utf-8") == "old"
    write_output(out, "new", force=True)
    assert out.read_text(encoding="utf-8") == "new"
    assert out.stat().st_mode & 0o777 == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "r.md"
    out.write_text("old", encoding="utf-8")

    def no_space(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(FactcheckError, match=r"Cannot write .*No space left on device"):
        write_output(out, "new", force=True)
    assert out.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["r.md"]


def test_a_device_is_written_as_is() -> None:
    assert write_output(Path(os.devnull), "report", force=False) == Path(os.devnull)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FactcheckError, match="is a folder"):
        write_output(tmp_path, "report", force=True)
