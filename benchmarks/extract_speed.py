"""How fast `extract` reads: throughput of the extractor, and one article end to end.

    python benchmarks/extract_speed.py            # 5 runs each, medians
    python benchmarks/extract_speed.py --runs 9 --kb 2000
    python benchmarks/extract_speed.py --article ../shared/corpus/kazakhstan-2022-ru.txt

Two numbers, each beside a baseline measured in the same run on the same machine:

1. **Throughput** (KB of article text per second, after start-up): the built-in example
   articles, repeated with their figures changed each time (so the number parser never sees the
   same figure twice), through ``extract_claims``. The first pass runs in a fresh process with
   cold caches; later passes are warm, as in a long session. Baseline: ``split_sentences`` over
   the same text (the cheapest full pass over it), reported as a ratio.
2. **End to end**: ``factcheck --db TMP extract ARTICLE --yes --json`` as a subprocess, database
   write included, for each example article. Baseline: ``factcheck --version`` (interpreter and
   CLI start-up alone).

Targets (issue 3): throughput ≥ 500 KB/s; one article end to end < 1 s.
"""

from __future__ import annotations

import argparse
import random
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.examples import example_articles, example_path  # noqa: E402
from factcheck.extract import extract_claims  # noqa: E402
from factcheck.text.sentences import split_sentences  # noqa: E402


def corpus(kb: int, seed: int = 7, articles: list[Path] | None = None) -> str:
    """About ``kb`` KB of article text: the examples (or ``articles``), figures changed on
    every repetition."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in articles or []]
    for article in [] if articles else example_articles():
        with example_path(article) as path:
            texts.append(path.read_text(encoding="utf-8"))
    out: list[str] = []
    size = 0
    while size < kb * 1024:
        for text in texts:
            varied = re.sub(r"\d+", lambda m: str(rng.randint(2, 9999)), text)
            out.append(varied)
            size += len(varied.encode("utf-8"))
    return "\n\n".join(out)


def timed(fn: object, *args: object) -> float:
    start = time.perf_counter()
    fn(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--kb", type=int, default=1000, help="KB of text for the throughput test")
    ap.add_argument("--cmd", default=None, help="how to call the CLI (default: factcheck)")
    ap.add_argument(
        "--article",
        action="append",
        type=Path,
        help="measure throughput on these articles instead of the examples (repeatable)",
    )
    opts = ap.parse_args(argv)

    text = corpus(opts.kb, articles=opts.article)
    kb = len(text.encode("utf-8")) / 1024
    cold = timed(extract_claims, text)
    warm = [timed(extract_claims, text) for _ in range(opts.runs)]
    base = [timed(split_sentences, text) for _ in range(opts.runs)]
    med, med_base = statistics.median(warm), statistics.median(base)
    print(f"throughput on {kb:.0f} KB ({opts.runs} runs, median):")
    print(f"  extract_claims, cold first pass  {kb / cold:8.0f} KB/s")
    print(f"  extract_claims, warm             {kb / med:8.0f} KB/s")
    ratio = med / med_base
    print(f"  split_sentences (baseline)       {kb / med_base:8.0f} KB/s   ratio {ratio:.1f}x")

    cmd = shlex.split(opts.cmd) if opts.cmd else [shutil.which("factcheck") or "factcheck"]
    startup = []
    for _ in range(opts.runs):
        start = time.perf_counter()
        subprocess.run([*cmd, "--version"], check=True, capture_output=True)
        startup.append(time.perf_counter() - start)
    print(f"end to end ({opts.runs} runs, median; fresh database each run):")
    print(f"  factcheck --version (baseline)   {statistics.median(startup):6.3f} s")
    for article in example_articles():
        runs = []
        with example_path(article) as path:
            for _ in range(opts.runs):
                with tempfile.TemporaryDirectory() as tmp:
                    db = Path(tmp) / "claims.db"
                    start = time.perf_counter()
                    subprocess.run(
                        [*cmd, "--db", str(db), "extract", str(path), "--yes", "--json"],
                        check=True,
                        capture_output=True,
                    )
                    runs.append(time.perf_counter() - start)
        size = len(path.name)
        t = statistics.median(runs)
        ratio = t / statistics.median(startup)
        print(f"  extract {article.file:<{size + 8}} {t:6.3f} s   ratio {ratio:.1f}x start-up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
