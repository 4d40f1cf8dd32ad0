"""Recompute every anchor in the held-out gold files from its quote (never typed by hand).

Usage (from the repo root):  python benchmarks/heldout/anchor.py [--check] [--dir FOLDER]

tests/gold/anchor.py, pointed at benchmarks/heldout/: each gold file
benchmarks/heldout/<article>.json names its article (a file in the same folder). A quote must
occur once in the article, or say "occurrence": N (1-based). With --check nothing is written:
exit 1 if an anchor is stale.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location(
    "gold_anchor", HERE.parents[1] / "tests/gold/anchor.py"
)
assert _SPEC is not None and _SPEC.loader is not None
anchor = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(anchor)


def main(argv: list[str]) -> int:
    """--dir FOLDER: another held-out set (gold files beside their articles)."""
    folder = HERE
    if "--dir" in argv:
        at = argv.index("--dir")
        folder = Path(argv[at + 1]).resolve()
        argv = argv[:at] + argv[at + 2 :]
    result: int = anchor.main(argv, gold_dir=folder, articles=folder)
    return result


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
