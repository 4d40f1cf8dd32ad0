#!/usr/bin/env python3
"""Score factcheck's extractor on the held-out articles, all in one database.

Usage (from the repo root):
    python benchmarks/heldout/run.py [--cmd "python -m factcheck"] [--quiet] [--min X]
    python benchmarks/heldout/run.py --dir benchmarks/heldout2     # another held-out set

The scoring is benchmarks/extract_quality.py's (imported, not copied). Unlike its --article
option, which takes one article, this extracts every article listed in
benchmarks/heldout/index.json into the same database, so the planted conflicts across articles
(and languages) count. Keep these articles out of tuning: see README.md here.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import extract_quality as bench  # noqa: E402  (a script beside this folder, not a package)


def heldout(folder: Path = HERE) -> list[bench.Article]:
    """Every held-out article listed in a folder's index.json, with its gold file beside it."""
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    out = []
    for entry in index["articles"]:
        path = folder / entry["file"]
        gold = json.loads((folder / f"{path.stem}.json").read_text(encoding="utf-8"))
        out.append(bench.Article(path.stem, path, gold, entry.get("published"), entry.get("lang")))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--cmd", help="how to call the CLI (default: factcheck, else python -m)")
    ap.add_argument("--min", type=float, help="exit 1 when a headline number is below this")
    ap.add_argument("--quiet", action="store_true", help="the table only, not each miss")
    ap.add_argument("--dir", type=Path, default=HERE, help="the held-out set (default: this one)")
    opts = ap.parse_args(argv)
    cmd = shlex.split(opts.cmd) if opts.cmd else bench.default_cmd()
    articles = heldout(opts.dir)
    report = bench.evaluate(articles, cmd)
    print(bench.render(report, articles, details=not opts.quiet))
    if opts.min is not None:
        low = bench.below(report, opts.min)
        if low:
            print(f"below {opts.min}: {', '.join(low)}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
