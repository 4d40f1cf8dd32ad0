"""How fast `extract` reads: throughput of the extractor, and one article end to end.

    python benchmarks/extract_speed.py            # 5 runs each, medians
    python benchmarks/extract_speed.py --runs 9 --kb 2000
    python benchmarks/extract_speed.py --article ../shared/corpus/kazakhstan-2022-ru.txt
    python benchmarks/extract_speed.py --only cold --runs 9 --against ../base/.venv/bin/python

Three numbers, each beside a baseline measured in the same run on the same machine:

1. **Throughput** (KB of article text per second, after start-up): the built-in example
   articles, repeated with their figures changed each time (so the number parser never sees the
   same figure twice), through ``extract_claims``. The first pass runs in a fresh process with
   cold caches; later passes are warm, as in a long session. Baseline: ``split_sentences`` over
   the same text (the cheapest full pass over it), reported as a ratio.
2. **End to end**: ``factcheck --db TMP extract ARTICLE --yes --json`` as a subprocess, database
   write included, for each example article. Baseline: ``factcheck --version`` (interpreter and
   CLI start-up alone).

3. **Cold first pass**: in a fresh process, as every CLI call is, ``import factcheck.extract``
   and the first ``extract_claims`` over the example articles (once each, joined), before any
   cache is warm: regexes compiled, data files read, words looked up for the first time.
   Baseline: ``split_sentences`` over the same text in the same process, as a ratio. With
   ``--against PYTHON``, the same is measured in turns with another interpreter and the
   factcheck it imports (an older checkout's virtualenv), so both are timed under one load.
   The processes read what bytecode this environment has (with ``PYTHONDONTWRITEBYTECODE``
   set and no ``__pycache__``, a checkout's modules are compiled from source in each); with
   ``--bytecode-cache`` they read a cache an untimed first run filled, as an installed
   factcheck does (pip compiles its modules when it installs them).

Targets (issue 3): throughput ≥ 500 KB/s; one article end to end < 1 s.
"""

from __future__ import annotations

import argparse
import os
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


# What a fresh process times: the import, the first pass over the text in the file named by
# its argument, and the splitter over the same text afterwards (median of five).
_COLD = """
import statistics, sys, time
start = time.perf_counter()
from factcheck.extract import extract_claims
from factcheck.text.sentences import split_sentences
imported = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
extract_claims(text)
first = time.perf_counter()
splits = []
for _ in range(5):
    t = time.perf_counter()
    split_sentences(text)
    splits.append(time.perf_counter() - t)
print(imported - start, first - imported, statistics.median(splits))
"""


def cold_runs(
    python: str, path: Path, runs: int, cwd: Path, env: dict[str, str]
) -> list[tuple[float, ...]]:
    """``runs`` fresh processes of ``python`` (started in ``cwd`` with ``env``), each timing
    :data:`_COLD` on the text at ``path``: import, first pass, splitter, in seconds."""
    out = []
    for _ in range(runs):
        done = subprocess.run(
            [python, "-c", _COLD, str(path)],
            check=True,
            capture_output=True,
            text=True,
            cwd=cwd,
            env=env,
        )
        out.append(tuple(map(float, done.stdout.split())))
    return out


def _bytecode_env(prefix: str) -> dict[str, str]:
    """The environment of processes that read and write bytecode in ``prefix`` alone (the
    checkouts' ``__pycache__`` is neither read nor written)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": prefix}


def cold(runs: int, against: str | None, bytecode_cache: bool = False) -> None:
    """The cold first pass in fresh processes, this checkout's and (``against``) another's,
    taking turns."""
    texts = []
    for article in example_articles():
        with example_path(article) as path:
            texts.append(path.read_text(encoding="utf-8"))
    text = "\n\n".join(texts)
    kb = len(text.encode("utf-8")) / 1024
    pythons = {"this checkout": (sys.executable, ROOT)}
    if against:
        pythons[against] = (against, Path(tempfile.gettempdir()))
    timings: dict[str, list[tuple[float, ...]]] = {name: [] for name in pythons}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.txt"
        path.write_text(text, encoding="utf-8")
        env = dict(os.environ)
        if bytecode_cache:  # an untimed run fills the cache
            env = _bytecode_env(str(Path(tmp) / "bytecode"))
            for python, cwd in pythons.values():
                cold_runs(python, path, 1, cwd, env)
        for _ in range(runs):
            for name, (python, cwd) in pythons.items():
                timings[name] += cold_runs(python, path, 1, cwd, env)
    modules = "a bytecode cache" if bytecode_cache else "this environment's bytecode (if any)"
    print(f"cold first pass, fresh process ({runs} runs, median; example articles, {kb:.0f} KB;")
    print(f"  modules from {modules}):")
    for name, rows in timings.items():
        imported, first, split = (statistics.median(column) for column in zip(*rows, strict=True))
        print(f"  {name}:")
        print(f"    import factcheck.extract         {imported:6.3f} s")
        print(
            f"    extract_claims, first pass       {first:6.3f} s   {kb / first:5.0f} KB/s"
            f"   ratio {first / split:.0f}x split_sentences"
        )
        print(f"    import and first pass            {imported + first:6.3f} s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--kb", type=int, default=1000, help="KB of text for the throughput test")
    ap.add_argument("--cmd", default=None, help="how to call the CLI (default: factcheck)")
    ap.add_argument(
        "--only", choices=("throughput", "end-to-end", "cold"), help="measure this one only"
    )
    ap.add_argument(
        "--against",
        metavar="PYTHON",
        help="for the cold first pass, also time this interpreter's factcheck, in turns",
    )
    ap.add_argument(
        "--article",
        action="append",
        type=Path,
        help="measure throughput on these articles instead of the examples (repeatable)",
    )
    ap.add_argument(
        "--bytecode-cache",
        action="store_true",
        help="for the cold first pass, read modules from a bytecode cache, as installed",
    )
    opts = ap.parse_args(argv)
    if opts.only in (None, "throughput"):
        throughput(opts.kb, opts.runs, opts.article)
    if opts.only in (None, "end-to-end"):
        end_to_end(opts.runs, opts.cmd)
    if opts.only in (None, "cold"):
        cold(opts.runs, opts.against, opts.bytecode_cache)
    return 0


def throughput(kb_wanted: int, runs: int, articles: list[Path] | None) -> None:
    """Warm throughput on about ``kb_wanted`` KB, beside the splitter's."""
    text = corpus(kb_wanted, articles=articles)
    kb = len(text.encode("utf-8")) / 1024
    first = timed(extract_claims, text)
    warm = [timed(extract_claims, text) for _ in range(runs)]
    base = [timed(split_sentences, text) for _ in range(runs)]
    med, med_base = statistics.median(warm), statistics.median(base)
    print(f"throughput on {kb:.0f} KB ({runs} runs, median):")
    print(f"  extract_claims, cold first pass  {kb / first:8.0f} KB/s")
    print(f"  extract_claims, warm             {kb / med:8.0f} KB/s")
    ratio = med / med_base
    print(f"  split_sentences (baseline)       {kb / med_base:8.0f} KB/s   ratio {ratio:.1f}x")


def end_to_end(runs: int, how: str | None) -> None:
    """Each example article through the CLI, beside ``factcheck --version``."""
    cmd = shlex.split(how) if how else [shutil.which("factcheck") or "factcheck"]
    startup = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*cmd, "--version"], check=True, capture_output=True)
        startup.append(time.perf_counter() - start)
    print(f"end to end ({runs} runs, median; fresh database each run):")
    print(f"  factcheck --version (baseline)   {statistics.median(startup):6.3f} s")
    for article in example_articles():
        times = []
        with example_path(article) as path:
            for _ in range(runs):
                with tempfile.TemporaryDirectory() as tmp:
                    db = Path(tmp) / "claims.db"
                    start = time.perf_counter()
                    subprocess.run(
                        [*cmd, "--db", str(db), "extract", str(path), "--yes", "--json"],
                        check=True,
                        capture_output=True,
                    )
                    times.append(time.perf_counter() - start)
        size = len(path.name)
        t = statistics.median(times)
        ratio = t / statistics.median(startup)
        print(f"  extract {article.file:<{size + 8}} {t:6.3f} s   ratio {ratio:.1f}x start-up")


if __name__ == "__main__":
    sys.exit(main())
