"""Recompute every anchor in the gold files from its quote, so no offset is ever typed by hand.

Usage (from the repo root):  python tests/gold/anchor.py [--check]

Each claim and each "ignore" entry carries a "quote": the exact words of the article it points
at. The anchor becomes [start, end) of that quote in code points of the article's text exactly
as read (UTF-8, nothing stripped). A quote must occur once; when the same words occur more than
once, add "occurrence": N (1-based). With --check nothing is written: exit 1 if an anchor is stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
EXAMPLES = ROOT / "factcheck" / "examples"


def locate(text: str, quote: str, occurrence: int | None = None) -> list[int]:
    """[start, end) of ``quote`` in ``text``: unique, unless ``occurrence`` picks one."""
    starts = []
    at = text.find(quote)
    while at >= 0:
        starts.append(at)
        at = text.find(quote, at + 1)
    if not starts:
        raise ValueError(f"quote not in the article: {quote!r}")
    if occurrence is None:
        if len(starts) > 1:
            raise ValueError(f"quote occurs {len(starts)} times, add 'occurrence': {quote!r}")
        occurrence = 1
    start = starts[occurrence - 1]
    return [start, start + len(quote)]


def anchored(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """The gold with every anchor recomputed from its quote."""
    for item in [*gold["claims"], *gold.get("ignore", [])]:
        if isinstance(item, dict):
            item["anchor"] = locate(text, item["quote"], item.get("occurrence"))
    return gold


def dumps(gold: dict[str, Any]) -> str:
    """JSON with one claim, conflict or subject per line: diffs stay readable."""
    lines = ["{"]
    keys = list(gold)
    for n, key in enumerate(keys):
        value = gold[key]
        comma = "," if n < len(keys) - 1 else ""
        if isinstance(value, list) and value:
            lines.append(f"  {json.dumps(key)}: [")
            rows = [f"    {json.dumps(v, ensure_ascii=False)}" for v in value]
            lines.append(",\n".join(rows))
            lines.append(f"  ]{comma}")
        elif isinstance(value, dict) and value:
            lines.append(f"  {json.dumps(key)}: {{")
            rows = [
                f"    {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                for k, v in value.items()
            ]
            lines.append(",\n".join(rows))
            lines.append(f"  }}{comma}")
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str], gold_dir: Path = GOLD, articles: Path = EXAMPLES) -> int:
    """Re-anchor (or, with --check, verify) every gold file in ``gold_dir``."""
    check = "--check" in argv
    stale = 0
    for path in sorted(gold_dir.glob("*.json")):
        if path.name == "index.json":
            continue
        old = path.read_text(encoding="utf-8")
        gold = json.loads(old)
        text = (articles / gold["article"]).read_text(encoding="utf-8")
        new = dumps(anchored(gold, text))
        if new != old:
            stale += 1
            print(f"{'stale' if check else 'rewrote'} {path.name}")
            if not check:
                path.write_text(new, encoding="utf-8")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
