"""How the conflict engine scales: a generated ledger, a full run and the per-claim check.

Usage (from the project root):

    .venv/bin/python benchmarks/conflicts_scale.py 10000 100000 1000000
    .venv/bin/python benchmarks/conflicts_scale.py 100000 --runs 5 --db /tmp/bench.db
    .venv/bin/python benchmarks/conflicts_scale.py 1000000 --places 100 --skip-claims

For each N it builds claims.db (cached under --dir, keyed by N and the seed) from generated
stories: each story is a few sources on one date reporting the same figures about a few
subjects, mostly restated, sometimes disagreeing, vague, hedged, retracted or updated. Then it
measures, each in a fresh subprocess so the peak memory is that step's own:

* claims path — baseline: iterating every claim as a ``Claim`` (``Store.iter_claims``);
  full: ``find_conflicts(store.iter_claims())``;
* rows path — baseline: every claim as a plain row (``Store.iter_claim_rows``); full:
  ``find_conflicts_in_store(store)``, what ``factcheck conflicts`` runs (restatements collapsed
  in SQL, then the engine);
* per-claim — for sampled claims: ``check_claim`` (``related_keys`` + ``Store.claims_by_keys``
  near the claim's date + ``conflicts_for``), what ``add`` and ``extract`` do for each new
  claim; with --all-dates also the same check fetching every date of the related keys.

Times are medians of --runs runs, baseline and full interleaved; the ratio full/baseline says
what the full run costs next to only reading every row. Peak memory comes from --memory-runs
further runs, in which the memory of the process and its workers together is sampled from /proc
every 20 ms (their times are printed too, but not counted: sampling slows the run); the first
process's ru_maxrss is also printed.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COUNTRIES = [
    "RU",
    "BY",
    "AM",
    "KZ",
    "KG",
    "TJ",
    "UZ",
    "AZ",
    "UA",
    "GE",
    "CN",
    "US",
    "GB",
    "DE",
    "FR",
    "TR",
    "IN",
    "JP",
    "KR",
    "IR",
    "IL",
    "PL",
    "IT",
    "ES",
    "MD",
]
GROUPS = ["people", "protesters", "security_forces", "journalists", "civilians", "children"]
PROPERTIES = ("troops", "vehicles", "armour", "killed", "injured", "detained")
EVENTS = ("killed", "injured", "detained")
SPEAKERS = [f"Speaker {i}" for i in range(500)]
VOCABULARY = [f"слово{i}" for i in range(20000)]
CLAIMS_PER_SOURCE = 40
SOURCES_PER_STORY = 3
LIST_SHARE = 0.2  # one story in five counts the countries taking part, or some other noun
REPLICATE_ABOVE = 100_000  # bigger ledgers are copies of this one, moved in time
MODES = ("baseline", "full", "rows-baseline", "rows-full", "per-claim", "per-claim-all")


def generate(db_path: Path, n: int, seed: int, places: int = 0) -> None:
    """A ledger of ``n`` claims written through the store's own API (one transaction per source).

    With ``places``, each story is set in one of that many towns (and its country), as the
    sources of real articles are (``sources.places``); without, no source has places, so every
    story is compared with every other near in time — the most work for the engine."""
    from factcheck.ledger import Store
    from factcheck.models import ClaimDraft, Qualifier

    rng = random.Random(seed)
    where = random.Random(seed + 1)  # its own draws: the ledger without places is unchanged
    start = date(2018, 1, 1)
    made = 0
    with Store.open(db_path, create=True) as store:
        while made < n:
            day = start + timedelta(days=rng.randrange(5 * 365))
            words = rng.sample(VOCABULARY, 12)
            facts = _story_facts(rng)
            town = where.randrange(places) if places else 0
            scene = (f"country:{COUNTRIES[town % len(COUNTRIES)]}", f"place:town{town}")
            for s in range(SOURCES_PER_STORY):
                if made >= n:
                    break
                source = store.add_source(
                    title=f"Story {made} part {s}",
                    published=day.isoformat(),
                    language="ru",
                    places=scene if places else (),
                )
                drafts = []
                for _ in range(min(CLAIMS_PER_SOURCE, n - made)):
                    key, prop, low, high, q, members = rng.choice(facts)
                    roll = rng.random()
                    if roll < 0.05:  # a disagreeing figure
                        low = high = float(round((high or low or 10) * rng.uniform(1.5, 3)))
                        q = Qualifier.EXACT
                    elif roll < 0.08:
                        q = Qualifier.ABOUT
                    context = (*rng.sample(words, 8), *rng.sample(VOCABULARY, 2))
                    drafts.append(
                        ClaimDraft(
                            text=f"{key} {prop} {low}",
                            subject=key.partition(":")[2],
                            subject_key=key,
                            property=prop,
                            unit=None,
                            low=low,
                            high=high,
                            qualifier=q,
                            members=members,
                            member_keys=members,
                            speaker=rng.choice(SPEAKERS),
                            as_of=day.isoformat(),
                            hedged=rng.random() < 0.05,
                            earlier=rng.random() < 0.03,
                            context=tuple(sorted(context)),
                        )
                    )
                made += len(store.add_claims(source.id, drafts))


def replicate(base: Path, db_path: Path, n: int) -> None:
    """A big ledger from copies of a generated one, each moved six months later with new uuids.

    Writing a million claims through the store takes ~20 minutes; copying rows in SQL takes
    seconds and gives the same shape of data. (Benchmark only: in factcheck, SQL lives in
    factcheck/ledger/.)
    """
    import shutil
    import sqlite3

    shutil.copyfile(base, db_path)
    conn = sqlite3.connect(db_path)
    base_n = have = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    cols = [r[1] for r in conn.execute("PRAGMA table_info(claims)") if r[1] != "id"]
    quoted = ", ".join(f'"{c}"' for c in cols)
    copy = 1
    while have < n:
        moved = {"as_of": f"date(as_of, '+{182 * copy} days')", "uuid": f"uuid || '-{copy}'"}
        values = ", ".join(moved.get(c, f'"{c}"') for c in cols)
        conn.execute(
            f"INSERT INTO claims ({quoted}) SELECT {values} FROM claims"
            f" WHERE id <= {base_n} ORDER BY id LIMIT {n - have}"
        )
        conn.commit()
        have = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        copy += 1
    conn.close()


def _story_facts(rng: random.Random) -> list[tuple]:  # type: ignore[type-arg]
    """The figures one story reports: country contingents, tolls, a count of countries."""
    from factcheck.models import Qualifier

    facts: list[tuple] = []  # type: ignore[type-arg]
    for code in rng.sample(COUNTRIES, 4):
        prop = rng.choice(PROPERTIES[:3])
        low = float(rng.randrange(10, 3000))
        if rng.random() < 0.2:
            facts.append((f"country:{code}", prop, low, low * 2, Qualifier.RANGE, ()))
        else:
            facts.append((f"country:{code}", prop, low, low, Qualifier.EXACT, ()))
    for group in rng.sample(GROUPS, 2):
        prop = rng.choice(EVENTS)
        low = float(rng.randrange(1, 500))
        if rng.random() < 0.2:
            facts.append((f"group:{group}", prop, 2.0, 9.0, Qualifier.VAGUE, ()))
        else:
            facts.append((f"group:{group}", prop, low, None, Qualifier.AT_LEAST, ()))
    # the countries taking part; one story in ten leaves one of them out of its list
    sending = [key for key, prop, *_ in facts if prop in ("troops", "vehicles", "armour")]
    members = tuple(sending[1:] if rng.random() < 0.1 else sending)
    if len(members) >= 2 and rng.random() < LIST_SHARE:
        n = float(len(members))
        facts.append(("group:countries", "count", n, n, Qualifier.EXACT, members))
    word = rng.choice(VOCABULARY)
    if rng.random() < LIST_SHARE:
        facts.append(
            (f"lemma:{word}", "count", float(rng.randrange(2, 90)), None, Qualifier.EXACT, ())
        )
    return facts


def measure(mode: str, db_path: Path, sample: int, seed: int) -> dict[str, float]:
    """One measurement in this process: seconds, peak RSS in MB, and what was found."""
    from factcheck.conflicts import (
        ROW_COLUMNS,
        check_claim,
        conflicts_for,
        find_conflicts,
        find_conflicts_in_store,
        related_keys,
    )
    from factcheck.ledger import Store
    from factcheck.text.lexicon import default_lexicon

    default_lexicon()  # loaded once per process by any command; not the engine's cost
    store = Store.open(db_path, create=False)
    t0 = time.perf_counter()
    if mode == "baseline":
        count = sum(1 for _ in store.iter_claims())
    elif mode == "full":
        count = len(find_conflicts(store.iter_claims()))
    elif mode == "rows-baseline":
        count = sum(1 for _ in store.iter_claim_rows(ROW_COLUMNS))
    elif mode == "rows-full":
        count = len(find_conflicts_in_store(store))
    seconds = time.perf_counter() - t0
    if mode in ("per-claim", "per-claim-all"):
        total = store.counts()["claims"]
        rng = random.Random(seed)
        ids = [rng.randrange(1, total + 1) for _ in range(sample)]
        claims = [store.get_claim(i) for i in ids]
        times = []
        count = 0
        for claim in claims:
            t0 = time.perf_counter()
            if mode == "per-claim":
                count += len(check_claim(store, claim))
            else:  # every claim of the related keys, whatever its date (the old check)
                count += len(conflicts_for(claim, store.claims_by_keys(related_keys(claim))))
            times.append(time.perf_counter() - t0)
        seconds = statistics.median(times)
        times.sort()
        p95 = times[int(len(times) * 0.95)]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # a big full run shares its work with forked worker processes
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out = {"seconds": seconds, "peak_mb": peak_mb, "worker_mb": worker_mb, "found": count}
    if mode in ("per-claim", "per-claim-all"):
        out["p95"] = p95
    return out


def run_child(
    mode: str, db_path: Path, sample: int, seed: int, *, memory: bool = False
) -> dict[str, float]:
    """One measurement in a fresh process. With ``memory``, ``tree_mb`` is the peak of the
    memory of it and its workers together (their PSS summed, sampled every 20 ms; Linux /proc,
    else 0). Sampling is not free — the kernel walks every page of the processes it reads,
    and holds their memory maps meanwhile (1M claims: 20–35 % slower) — so a timed run is
    never a sampled one."""
    args = ["--measure", mode, "--db", str(db_path), "--sample", str(sample), "--seed", str(seed)]
    proc = subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    while memory and proc.poll() is None:
        peak = max(peak, tree_pss(proc.pid))
        time.sleep(0.02)
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"measuring {mode} failed:\n{err}")
    result: dict[str, float] = json.loads(out)
    result["tree_mb"] = peak / 2**20
    return result


def tree_pss(root: int) -> int:
    """Bytes of memory of a process and all its descendants (proportional set size, so pages
    a forked worker shares with its parent count once); 0 without /proc."""
    children: dict[int, list[int]] = {}
    proc = Path("/proc")
    if not proc.is_dir():
        return 0
    for entry in proc.iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(stat[1]), []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            rollup = (proc / str(pid) / "smaps_rollup").read_text()
        except OSError:
            continue
        for line in rollup.splitlines():
            if line.startswith("Pss:"):
                total += int(line.split()[1]) * 1024
    return total


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    ap.add_argument("--runs", type=int, default=3, help="timed runs per size (median reported)")
    ap.add_argument(
        "--memory-runs",
        type=int,
        default=1,
        help="further runs per size with the memory of every process sampled (peak reported)",
    )
    ap.add_argument("--sample", type=int, default=200, help="claims checked one by one")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--places",
        type=int,
        default=0,
        help="set each story in one of this many towns (default: no places, every story is "
        "compared with every other near in time)",
    )
    ap.add_argument("--dir", type=Path, default=Path("/tmp/factcheck-bench"))
    ap.add_argument("--db", type=Path, help="with --measure: the ledger to measure")
    ap.add_argument("--measure", choices=MODES, help=argparse.SUPPRESS)
    ap.add_argument(
        "--all-dates",
        action="store_true",
        help="also time the per-claim check that fetches every date of the related keys",
    )
    ap.add_argument(
        "--skip-claims",
        action="store_true",
        help="skip the runs through Store.iter_claims (slow at 1M)",
    )
    opts = ap.parse_args()

    if opts.measure:
        print(json.dumps(measure(opts.measure, opts.db, opts.sample, opts.seed)))
        return 0

    opts.dir.mkdir(parents=True, exist_ok=True)
    print("seconds are medians; 'claims' = through Store.iter_claims, 'rows' = through plain rows")
    print(
        f"{'claims':>9} {'path':>6} {'iterate s':>9} {'full s':>7} {'ratio':>6} "
        f"{'peak MB':>8} {'conflicts':>9}  (peak MB: every process of the run together)"
    )
    for n in opts.sizes:
        tag = f"-p{opts.places}" if opts.places else ""
        db = opts.dir / f"claims-{n}-{opts.seed}{tag}.db"
        if not db.exists():
            t0 = time.perf_counter()
            if n > REPLICATE_ABOVE:
                base = opts.dir / f"claims-{REPLICATE_ABOVE}-{opts.seed}{tag}.db"
                if not base.exists():
                    generate(base, REPLICATE_ABOVE, opts.seed, opts.places)
                replicate(base, db.with_suffix(".tmp"), n)
            else:
                generate(db.with_suffix(".tmp"), n, opts.seed, opts.places)
            db.with_suffix(".tmp").rename(db)
            print(
                f"(generated {n} claims in {time.perf_counter() - t0:.0f} s: {db})", file=sys.stderr
            )
        paths = [("rows", "rows-baseline", "rows-full")]
        if not opts.skip_claims:
            paths.insert(0, ("claims", "baseline", "full"))
        for name, base_mode, full_mode in paths:
            base, full = [], []
            for _ in range(opts.runs):  # interleaved, so that a slow minute slows both alike
                base.append(run_child(base_mode, db, opts.sample, opts.seed))
                full.append(run_child(full_mode, db, opts.sample, opts.seed))
            sampled = [
                run_child(full_mode, db, opts.sample, opts.seed, memory=True)
                for _ in range(opts.memory_runs)
            ]
            b = statistics.median(r["seconds"] for r in base)
            f = statistics.median(r["seconds"] for r in full)
            peak = max(r["peak_mb"] for r in full + sampled)
            worker = max(r.get("worker_mb", 0) for r in full + sampled)
            tree = max((r["tree_mb"] for r in sampled), default=0)
            runs = " ".join(f"{r['seconds']:.2f}" for r in full)
            slow = " ".join(f"{r['seconds']:.2f}" for r in sampled)
            print(
                f"{n:>9} {name:>6} {b:>9.2f} {f:>7.2f} {f / b:>6.2f} {tree:>8.0f} "
                f"{int(full[0]['found']):>9}  (runs {runs}; sampled for memory {slow or '-'}; "
                f"first process {peak:.0f} MB"
                + (f", largest worker {worker:.0f} MB)" if worker else ")"),
                flush=True,
            )
        for mode, what in (("per-claim", "near in time"), ("per-claim-all", "all dates")):
            if mode == "per-claim-all" and not opts.all_dates:
                continue
            one = run_child(mode, db, opts.sample, opts.seed)
            print(
                f"{n:>9} per-claim check ({what}: related_keys + claims_by_keys + "
                f"conflicts_for) of {opts.sample} claims: median {one['seconds'] * 1000:.1f} ms, "
                f"p95 {one['p95'] * 1000:.1f} ms, peak {one['peak_mb']:.0f} MB",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
