"""The files generated beside their sources (``gazetteer.toml``, ``lexicon_index.toml``): what
building an index from the data file and the dictionary gives, read in every process instead.

Each table of such a file is one TOML text block of ``name = value`` lines: ``tomllib`` reads
a block at once, where a thousand keys of their own took longer than the data is worth.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path

_SEPARATOR = " = "
_BLOCK = "'''"


def index_text(header: str, tables: Mapping[str, Mapping[str, str]]) -> str:
    """The file holding ``tables`` (each a name → value table, in its order) under ``header``
    (TOML comment lines)."""
    out = [header.rstrip("\n")]
    for name, table in tables.items():
        lines = [f"{k}{_SEPARATOR}{v}" for k, v in table.items()]
        bad = [line for line in lines if line.count(_SEPARATOR) != 1 or not _plain(line)]
        if bad:
            raise ValueError(f"{name}: cannot be written as a line: {bad[0]!r}")
        out += ["", f"{name} = {_BLOCK}", *lines, _BLOCK]
    return "\n".join(out) + "\n"


def _plain(line: str) -> bool:
    return "\n" not in line and _BLOCK not in line and line == line.strip()


def read_index(name: str) -> dict[str, dict[str, str]]:
    """The tables of the generated file ``name`` beside this module."""
    raw = Path(__file__).with_name(name).read_text(encoding="utf-8")
    return {table: _table(block) for table, block in tomllib.loads(raw).items()}


def _table(block: str) -> dict[str, str]:
    pairs = (line.partition(_SEPARATOR) for line in block.splitlines() if line)
    return {name: value for name, _, value in pairs}
