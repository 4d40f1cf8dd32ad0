"""Every command, subcommand and option of the CLI is documented in docs/usage.md."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

from factcheck.cli import app

USAGE = Path(__file__).resolve().parent.parent / "docs" / "usage.md"


def _walk(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield (*path, name), sub
        yield from _walk(sub, (*path, name))


COMMANDS = list(_walk(typer.main.get_command(app)))


def test_the_tree_is_found() -> None:
    names = {" ".join(p) for p, _ in COMMANDS}
    assert {"add", "list", "show", "search", "retract", "history", "alias"} <= names
    assert {"source", "source add", "source list", "source show"} <= names


@pytest.mark.parametrize(
    ("path", "command"), COMMANDS, ids=lambda v: " ".join(v) if isinstance(v, tuple) else ""
)
def test_command_is_documented(path: tuple[str, ...], command: Any) -> None:
    doc = USAGE.read_text(encoding="utf-8")
    heading = re.compile(rf"^#+ .*`factcheck {re.escape(' '.join(path))}\b", re.MULTILINE)
    assert heading.search(doc), f"no heading for `factcheck {' '.join(path)}` in docs/usage.md"
    for param in command.params:
        for opt in param.opts:
            if opt.startswith("--") and opt != "--help":
                assert opt in doc, f"{opt} of `factcheck {' '.join(path)}` is not in docs/usage.md"


def test_global_options_and_exit_codes_are_documented() -> None:
    doc = USAGE.read_text(encoding="utf-8")
    for text in ("--db", "FACTCHECK_DB", "NO_COLOR", "--json"):
        assert text in doc
    for code in ("0", "1", "2", "3"):
        assert re.search(rf"^\| *`?{code}`? *\|", doc, re.MULTILINE), f"exit code {code}"


def test_every_table_and_column_is_in_schema_md() -> None:
    import sqlite3

    from factcheck.ledger import MEMORY, Store

    doc = (USAGE.parent / "schema.md").read_text(encoding="utf-8")
    with Store.open(MEMORY, create=True) as store:
        conn: sqlite3.Connection = store.conn
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE '%_fts_%'"
            )
        ]
        for table in tables:
            assert f"`{table}`" in doc, table
            if table.endswith("_fts"):
                continue
            for col in (r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")):
                assert f"`{col}`" in doc or f"`{table}.{col}`" in doc, f"{table}.{col}"


def test_every_conflict_rule_is_documented_in_order() -> None:
    """docs/conflicts.md lists every rule of the registry, with its kind, in the registry's
    order, and no rule the registry does not have."""
    from factcheck.conflicts.rules import RULES

    doc = (USAGE.parent / "conflicts.md").read_text(encoding="utf-8")
    table = doc.split("## Kinds, rules and severities", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| *(\w+) *\| *`([\w.]+)` *\|", table, re.MULTILINE)
    assert [name for _, name in rows] == list(RULES)
    assert all(kind == RULES[name].kind.value for kind, name in rows)


ARCHITECTURE = USAGE.parent / "architecture.md"
PACKAGE = USAGE.parent.parent / "factcheck"


def test_architecture_names_every_module_and_layer() -> None:
    """docs/architecture.md stays true to the tree: every top-level module and package is named,
    and so is every layer of the import-linter contract."""
    import tomllib

    text = ARCHITECTURE.read_text(encoding="utf-8")
    tops = {p.stem for p in PACKAGE.glob("*.py")} | {
        p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()
    }
    missing = sorted(t for t in tops - {"__init__", "__main__"} if t not in text)
    assert missing == []
    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    layers = config["tool"]["importlinter"]["contracts"][0]["layers"]
    named = [m.strip().removeprefix("factcheck.") for line in layers for m in line.split("|")]
    assert [m for m in named if m not in text] == []
