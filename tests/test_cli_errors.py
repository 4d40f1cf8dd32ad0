"""Errors at the CLI boundary: ids and figures out of range are one clean line (exit 1) that
changes nothing; a bug exits EXIT_BUG with one line naming the file that holds its traceback."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import Invoke, dump

from factcheck.errors import EXIT_BUG

DB = Path("claims.db")
TOO_BIG = str(2**63)
MAX_ID = 2**63 - 1
ARTICLE = "Moscow has sent 1,400 troops to the region, the defence ministry said on Friday.\n"


@pytest.fixture
def ledger(cli: Invoke, tmp_path: Path) -> Path:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert cli("source", "add", "Wire", "--file", str(article)).exit_code == 0
    assert cli("add", "Russia sends 1400 troops", "--source", "1", "--value", "1400").exit_code == 0
    return article


def _id_commands(bad: str, article: Path) -> list[tuple[str, ...]]:
    """Every command that takes an id, with ``bad`` as that id."""
    return [
        ("show", "--", bad),
        ("retract", "--reason", "r", "--", bad),
        ("verify", "--rating", "false", "--note", "n", "--", bad),
        ("history", "--", bad),
        ("source", "show", "--", bad),
        ("source", "places", "--", bad),
        ("source", "places", "--unknown", "--", bad),
        ("report", "--source", bad),
        ("report", "--source", "1", "--source", bad),
        ("conflicts", "--source", bad),
        ("list", "--source", bad),
        ("add", "Russia sends 9 troops", "--source", bad),
        ("extract", "-y", "--source", bad, str(article)),
    ]


@pytest.mark.parametrize("bad", [TOO_BIG, str(2**64 + 5), "-1", "0", "-" + TOO_BIG])
def test_an_id_out_of_range_is_one_line_and_changes_nothing(
    cli: Invoke, ledger: Path, bad: str
) -> None:
    before = dump(DB)
    for args in _id_commands(bad, ledger):
        result = cli(*args)
        assert result.exit_code == 1, (args, result.stderr)
        assert result.stderr == (
            f"Error: {bad} is not an id: ids are whole numbers from 1 to {MAX_ID}\n"
        ), args
        assert result.stdout == ""
    assert dump(DB) == before


def test_the_largest_id_is_merely_not_found(cli: Invoke, ledger: Path) -> None:
    result = cli("show", str(MAX_ID))
    assert (result.exit_code, result.stderr) == (1, f"Error: No claim with id {MAX_ID}\n")


@pytest.mark.parametrize(
    "value",
    ["12345678901234567890", "~" + "9" * 25, "1-" + "9" * 40, "9" * 400, "9007199254740993"],
)
def test_a_figure_too_large_is_one_line_and_changes_nothing(
    cli: Invoke, ledger: Path, value: str
) -> None:
    before = dump(DB)
    result = cli("add", "Russia sends many troops", "--source", "1", "--value", value)
    assert result.exit_code == 1, result.stderr
    assert result.stderr.startswith("Error: The value ")
    assert result.stderr.endswith(" is too large: figures go up to 9,007,199,254,740,992\n")
    assert result.stdout == ""
    assert dump(DB) == before


def test_the_largest_figure_is_stored(cli: Invoke, ledger: Path) -> None:
    result = cli("add", "A huge sum", "--source", "1", "--value", str(2**53), "--json")
    assert result.exit_code == 0, result.stderr


def test_a_bug_exits_with_its_own_code_and_saves_the_traceback(
    cli: Invoke, ledger: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.actions

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something\ninternal")

    monkeypatch.setattr(factcheck.actions, "show_claim", broken)
    crashes = tmp_path / "crashes"
    crashes.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(crashes))
    before = dump(DB)
    result = cli("show", "1")
    assert result.exit_code == EXIT_BUG == 70
    [saved] = crashes.glob("factcheck-crash-*.txt")
    assert result.stderr == (
        "Error: factcheck hit a bug (RuntimeError: something internal). "
        f"Please report it with the traceback saved in {saved}\n"
    )
    assert result.stdout == ""
    traceback = saved.read_text(encoding="utf-8")
    assert traceback.startswith("Traceback") and "RuntimeError: something" in traceback
    assert dump(DB) == before


def test_user_errors_still_exit_1_and_usage_errors_2(cli: Invoke, ledger: Path) -> None:
    assert cli("show", "7").exit_code == 1
    assert cli("show", "seven").exit_code == 2
    assert cli("no-such-command").exit_code == 2


def test_the_installed_command_refuses_a_huge_id(ledger: Path) -> None:
    before = dump(DB)
    factcheck = Path(sys.executable).with_name("factcheck")
    done = subprocess.run(
        [str(factcheck), "--db", str(DB), "show", TOO_BIG],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout) == (1, "")
    assert (
        done.stderr == f"Error: {TOO_BIG} is not an id: ids are whole numbers from 1 to {MAX_ID}\n"
    )
    assert dump(DB) == before


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (('"low": 1400.0', '"low": Infinity'), "not JSON (Infinity is not a JSON number)"),
        (('"low": 1400.0', '"low": 1e400'), "field 'low' must be a finite number"),
        (('"high": 1400.0', '"high": 7.0'), "field 'low' is above 'high'"),
        (('"hedged": false', '"hedged": "false"'), "field 'hedged' must be true or false"),
    ],
)
def test_a_bad_import_is_refused_and_changes_nothing(
    cli: Invoke, ledger: Path, tmp_path: Path, edit: tuple[str, str], message: str
) -> None:
    assert cli("export", "-o", "ledger.jsonl").exit_code == 0
    text = Path("ledger.jsonl").read_text(encoding="utf-8")
    assert edit[0] in text
    Path("bad.jsonl").write_text(text.replace(edit[0], edit[1]), encoding="utf-8")
    other = tmp_path / "other.db"
    assert cli("--db", str(other), "source", "add", "Kept").exit_code == 0
    before = dump(other)
    result = cli("--db", str(other), "import", "bad.jsonl")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: bad.jsonl, line ")
    assert result.stderr.endswith(f": {message}\n")
    assert dump(other) == before


def test_the_bug_exit_code_is_documented() -> None:
    import re

    usage = Path(__file__).resolve().parent.parent / "docs" / "usage.md"
    assert re.search(rf"^\| `{EXIT_BUG}` \| A bug in factcheck", usage.read_text("utf-8"), re.M)


@pytest.mark.parametrize(
    ("evidence", "message"),
    [
        (TOO_BIG, f"{TOO_BIG} is not an id: ids are whole numbers from 1 to {MAX_ID}"),
        ("0", f"0 is not an id: ids are whole numbers from 1 to {MAX_ID}"),
        ("²", "Evidence must be a web address or a source id, not '²'"),
    ],
)
def test_verify_refuses_an_evidence_id_out_of_range(
    cli: Invoke, ledger: Path, evidence: str, message: str
) -> None:
    before = dump(DB)
    result = cli("verify", "1", "--rating", "false", "--note", "n", "--evidence", evidence)
    assert (result.exit_code, result.stderr, result.stdout) == (1, f"Error: {message}\n", "")
    assert dump(DB) == before
