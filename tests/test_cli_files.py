"""Files that could hang or flood a command: FIFOs, devices, files larger than they say, one
huge line. Run as real processes (a timeout guards against a hang), the ledger reopened after."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import rows

from factcheck.errors import FactcheckError
from factcheck.files import read_file

SCRIPT = Path(sys.executable).parent / "factcheck"
SENTENCES = (
    "The port authority said on Monday that cargo volumes rose by 8% to 3.2 million tonnes. "
    "Rescuers said 140 people were moved from the riverside streets overnight. "
)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    command = [str(SCRIPT), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "article.fifo"
    os.mkfifo(path)  # nobody ever writes to it: reading it would wait forever
    return path


@pytest.fixture
def zero(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.symlink_to("/dev/zero")  # reading it would never end
    return path


def _refused(proc: subprocess.CompletedProcess[str], path: Path, kind: str) -> None:
    assert proc.returncode == 1
    assert (
        proc.stderr
        == f"Error: {path} is {kind}, not a file: factcheck reads only files saved on disk\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ["extract", "{path}", "--yes"],
        ["extract", "{path}", "--dry-run"],
        ["source", "add", "Wire", "--file", "{path}"],
        ["import", "{path}"],
    ],
)
@pytest.mark.parametrize(("make", "kind"), [("fifo", "a pipe (FIFO)"), ("zero", "a device")])
def test_a_special_file_is_refused_before_reading(
    request: pytest.FixtureRequest, tmp_path: Path, command: list[str], make: str, kind: str
) -> None:
    path: Path = request.getfixturevalue(make)
    proc = run(*(a.format(path=path) for a in command), cwd=tmp_path)
    _refused(proc, path, kind)
    db = tmp_path / "claims.db"  # extract opens the ledger first; nothing is stored in it
    assert not db.exists() or rows(db, "SELECT count(*) FROM sources") == [(0,)]


@pytest.mark.parametrize(("make", "kind"), [("fifo", "a pipe (FIFO)"), ("zero", "a device")])
def test_a_special_file_as_the_ledger_is_refused(
    request: pytest.FixtureRequest, tmp_path: Path, make: str, kind: str
) -> None:
    path: Path = request.getfixturevalue(make)
    for command in (["list"], ["source", "add", "Wire"]):
        _refused(run("--db", str(path), *command, cwd=tmp_path), path, kind)


def test_the_size_limit_is_kept_while_reading_not_taken_from_stat() -> None:
    status = Path("/proc/self/status")  # reports a size of 0, holds ~1 KB
    assert status.stat().st_size == 0
    assert len(read_file(status, limit=100)) == 101  # one byte more says: too large
    assert len(read_file(status)) > 101


def test_a_file_over_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import ingest

    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 1024 * 1024)
    path = tmp_path / "long.txt"
    path.write_text(SENTENCES * (1024 * 1024 // len(SENTENCES) + 1), encoding="utf-8")
    with pytest.raises(FactcheckError, match=r"is over 1 MB; .* split it into articles first"):
        ingest.read_article(path)


def test_missing_file_and_folder_are_one_line() -> None:
    with pytest.raises(FactcheckError, match=r"^No file at /nonexistent/x\.txt$"):
        read_file(Path("/nonexistent/x.txt"))
    with pytest.raises(FactcheckError, match=r"^/tmp is a folder, not a file$"):
        read_file(Path("/tmp"))


def test_one_long_line_of_repeated_sentences_is_read_whole(tmp_path: Path) -> None:
    """Thousands of like claims on one line: each is checked for conflicts against its related
    claims in one run, not against all the others once per claim (that took hours for 5 MB)."""
    article = tmp_path / "line.txt"
    article.write_text(SENTENCES * 1500, encoding="utf-8")
    proc = run("--db", "claims.db", "extract", str(article), "--yes", "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    db = tmp_path / "claims.db"
    assert rows(db, "SELECT count(*) FROM sources") == [(1,)]
    assert rows(db, "SELECT count(*) FROM claims") == [(3000,)]
