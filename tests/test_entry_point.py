"""The installed ``factcheck`` script and ``python -m factcheck`` really start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).parent / "factcheck"


@pytest.mark.parametrize(
    "command", [[str(SCRIPT), "--help"], [sys.executable, "-m", "factcheck", "--help"]]
)
def test_help_runs(command: list[str]) -> None:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "Usage:" in proc.stdout
    for name in ("source", "add", "list", "show", "search", "retract", "history", "alias"):
        assert f"  {name} " in proc.stdout, name


def test_error_is_one_line_and_exit_1(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(
        [str(SCRIPT), "--db", str(tmp_path / "none.db"), "list"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr == (
        f"Error: No claims.db at {tmp_path / 'none.db'}; start with `factcheck source add`\n"
    )
    assert not (tmp_path / "none.db").exists()


def test_help_imports_nothing_heavy() -> None:
    code = (
        "import sys\n"
        "from factcheck.cli import app\n"
        "heavy = [m for m in ('rich.console', 'sqlite_utils', 'pymorphy3', 'babel', 'pydantic',"
        " 'factcheck.ledger', 'factcheck.extract') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""
