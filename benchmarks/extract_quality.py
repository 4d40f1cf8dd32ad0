#!/usr/bin/env python3
"""How well `factcheck extract` reads articles: claims, attributions, members and conflicts.

Usage (from the repo root):
    python benchmarks/extract_quality.py                      # every example article
    python benchmarks/extract_quality.py --min 0.9            # exit 1 below 0.9
    python benchmarks/extract_quality.py --article ../shared/corpus/kazakhstan-2022-ru.txt \
        --gold ../shared/acceptance/seed_gold.json            # any article with a gold file

It drives the public CLI only, in a temporary directory, as ../shared/acceptance/check_seed.py
does, and scores with the same matching rules (see benchmarks/README.md):
    factcheck --db DB extract FILE --yes --json [--published DATE] [--lang ru|en]
    factcheck --db DB conflicts --json          (once, after every article is extracted)

This module is also the one place the scoring lives: tests/test_examples.py imports it.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "factcheck" / "examples"
GOLD_DIR = ROOT / "tests" / "gold"

Json = dict[str, Any]


# --- matching: the rules of check_seed.py, plus "up to N" (low null) -------------------------


def listed(data: object, key: str) -> list[Json]:
    """The dicts under ``key`` of a JSON answer (or the answer itself when it is a list)."""
    if isinstance(data, dict):
        data = data.get(key, [])
    return [x for x in data or [] if isinstance(x, dict)] if isinstance(data, list) else []


def text_of(x: object) -> str:
    """A field as lowercase text; a dict gives its name, text, label, speaker or phrase."""
    if isinstance(x, dict):
        x = x.get("name") or x.get("text") or x.get("label") or x.get("speaker") or x.get("phrase")
    return str(x or "").lower()


def interval(claim: Json) -> tuple[float | None, float | None] | None:
    v = claim.get("value")
    if not isinstance(v, dict):
        return None
    return v.get("low"), v.get("high")


def value_matches(want: Json, claim: Json) -> bool:
    """Whether a claim's interval is the gold value (bounds, exact figure, or vague 'contains')."""
    got = interval(claim)
    if got is None:
        return False
    low, high = got
    if "contains" in want:
        lo = float("-inf") if low is None else low
        hi = float("inf") if high is None else high
        return all(lo <= x <= hi for x in want["contains"])
    if want["high"] is None:  # 'at least' / 'more than': accept the open bound just above too
        return high is None and low is not None and want["low"] <= low <= want["low"] + 1
    if want["low"] is None:  # 'up to' / 'less than': accept the open bound just below too
        return low is None and high is not None and want["high"] - 1 <= high <= want["high"]
    return (
        low is not None
        and high is not None
        and abs(low - want["low"]) < 1e-9
        and abs(high - want["high"]) < 1e-9
    )


def names_match(names: Sequence[str], got: str) -> bool:
    return any(n in got for n in names)


def span_of(claim: Json) -> tuple[int, int] | None:
    s, e = claim.get("start"), claim.get("end")
    if s is None and isinstance(claim.get("span"), list):
        s, e = claim["span"][:2]
    return (s, e) if isinstance(s, int) and isinstance(e, int) else None


def overlaps(span: tuple[int, int], anchor: Sequence[int]) -> bool:
    return not (span[1] <= anchor[0] or span[0] >= anchor[1])


def claim_matches(gold: Json, g: Json, claim: Json) -> bool:
    """check_seed.py's rule: overlapping span, matching value, an accepted subject name."""
    sp = span_of(claim)
    if not sp or not overlaps(sp, g["anchor"]) or not value_matches(g["value"], claim):
        return False
    where = text_of(claim.get("subject"))
    if g.get("match_in") == "any":
        where += " " + text_of(claim.get("property")) + " " + text_of(claim.get("unit"))
    return names_match(gold["subjects"][g["subject"]], where)


def attributed(claim: Json) -> bool:
    """Whether a claim names who said it: a phrase, and a speaker when it has that field.

    A phrase kept without a speaker ("Ранее сообщалось", "Известно") marks an unattributed
    report: that is no attribution.
    """
    if not text_of(claim.get("attribution")).strip():
        return False
    return "speaker" not in claim or bool(text_of(claim.get("speaker")).strip())


def ignore_spans(gold: Json) -> list[list[int]]:
    """The gold's "ignore" spans, written as [start, end] or {"anchor": [start, end], …}."""
    return [i["anchor"] if isinstance(i, dict) else i for i in gold.get("ignore", [])]


# --- one article ------------------------------------------------------------------------------


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hit / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hit + other.hit, self.total + other.total)

    def __str__(self) -> str:
        v = self.value
        return f"{'  n/a' if v is None else f'{v:5.2f}'} ({self.hit}/{self.total})"


@dataclass
class ArticleScore:
    """What one article's extraction got right; ``matched`` maps gold ids to claim indices."""

    name: str
    precision: Ratio = field(default_factory=Ratio)  # matched extracted claims / extracted
    recall: Ratio = field(default_factory=Ratio)  # gold claims matched / gold claims
    attribution: Ratio = field(default_factory=Ratio)  # over matched gold claims
    members: Ratio = field(default_factory=Ratio)  # over matched gold claims with members
    ignored: int = 0  # extracted claims left out of precision: inside an "ignore" span
    matched: dict[str, set[int]] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)  # gold ids with no claim
    extra: list[int] = field(default_factory=list)  # indices of claims matching no gold claim
    wrong_attribution: list[str] = field(default_factory=list)
    wrong_members: list[str] = field(default_factory=list)


def score_article(name: str, gold: Json, claims: Sequence[Json]) -> ArticleScore:
    """Score one article's extracted claims against its gold."""
    score = ArticleScore(name)
    for g in gold["claims"]:
        hits = {i for i, c in enumerate(claims) if claim_matches(gold, g, c)}
        score.matched[g["id"]] = hits
        score.recall.total += 1
        if not hits:
            score.missed.append(g["id"])
            continue
        score.recall.hit += 1
        want = g.get("attribution")
        if want:
            ok = any(names_match(want, text_of(claims[i].get("attribution"))) for i in hits)
        else:
            ok = any(not attributed(claims[i]) for i in hits)
        score.attribution.total += 1
        score.attribution.hit += ok
        if not ok:
            score.wrong_attribution.append(g["id"])
        if "members" in g:
            ok = any(_members_ok(gold, g, claims[i]) for i in hits)
            score.members.total += 1
            score.members.hit += ok
            if not ok:
                score.wrong_members.append(g["id"])
    used = set().union(*score.matched.values()) if score.matched else set()
    ignore = ignore_spans(gold)
    for i, c in enumerate(claims):
        if i in used:
            score.precision.hit += 1
            score.precision.total += 1
            continue
        sp = span_of(c)
        if sp and any(overlaps(sp, a) for a in ignore):
            score.ignored += 1
            continue
        score.precision.total += 1
        score.extra.append(i)
    return score


def _members_ok(gold: Json, g: Json, claim: Json) -> bool:
    got = [text_of(m) for m in claim.get("members") or []]
    return all(any(names_match(gold["subjects"][m], x) for x in got) for m in g["members"])


# --- conflicts across every article in one database -------------------------------------------


@dataclass
class ConflictScore:
    found: Ratio = field(default_factory=Ratio)  # planted conflicts flagged
    kind_right: Ratio = field(default_factory=Ratio)  # of those found, flagged with their kind
    not_conflicts_flagged: Ratio = field(default_factory=Ratio)  # entries flagged / entries
    false_pairs: int = 0  # flagged pairs that no "conflicts" or "allowed" entry covers
    unlisted_pairs: int = 0  # flagged pairs that no entry at all covers
    flagged: int = 0
    missed: list[str] = field(default_factory=list)
    wrong_kind: list[str] = field(default_factory=list)
    wrongly_flagged: list[str] = field(default_factory=list)


def qualify(name: str, ref: str) -> str:
    """A gold claim id as "<article>:<id>"; ids of other articles already carry their article."""
    return ref if ":" in ref else f"{name}:{ref}"


def pair_ids(conflict: Json) -> tuple[Any, ...]:
    ids = conflict.get("claims") or [conflict.get("claim_a"), conflict.get("claim_b")]
    return tuple(x.get("id") if isinstance(x, dict) else x for x in ids)


def score_conflicts(
    golds: dict[str, Json], matched: dict[str, set[Any]], conflicts: Sequence[Json]
) -> ConflictScore:
    """Planted conflicts found, not-conflicts flagged and unlisted flags.

    ``matched`` maps qualified gold ids ("<article>:<id>") to the tool's claim ids.
    """
    pairs = [(pair_ids(c), str(c.get("kind") or "")) for c in conflicts]
    score = ConflictScore(flagged=len(pairs))

    def side(name: str, refs: Iterable[str]) -> set[Any]:
        return set().union(*(matched.get(qualify(name, r), set()) for r in refs))

    def covers(name: str, entry: Json, pair: tuple[Any, ...]) -> bool:
        a, b = side(name, entry["between"][0]), side(name, entry["between"][1])
        return any((x in a and y in b) or (x in b and y in a) for x in pair for y in pair if x != y)

    expected = [
        (n, e) for n, g in golds.items() for e in [*g.get("conflicts", []), *g.get("allowed", [])]
    ]
    denied = [(n, e) for n, g in golds.items() for e in g.get("not_conflicts", [])]
    for name, gold in golds.items():
        for entry in gold.get("conflicts", []):
            hits = [kind for pair, kind in pairs if covers(name, entry, pair)]
            score.found.total += 1
            if not hits:
                score.missed.append(f"{name}: {entry['why']}")
                continue
            score.found.hit += 1
            score.kind_right.total += 1
            right = not entry.get("kind") or entry["kind"] in hits
            score.kind_right.hit += right
            if not right:
                flagged = ", ".join(sorted(set(hits)))
                score.wrong_kind.append(
                    f"{name}: flagged as {flagged}, not {entry['kind']}: {entry['why']}"
                )
    for name, entry in denied:
        flagged = any(covers(name, entry, pair) for pair, _ in pairs)
        score.not_conflicts_flagged.total += 1
        score.not_conflicts_flagged.hit += flagged
        if flagged:
            score.wrongly_flagged.append(f"{name}: {entry['why']}")
    for pair, _ in pairs:
        if not any(covers(n, e, pair) for n, e in expected):
            score.false_pairs += 1
            if not any(covers(n, e, pair) for n, e in denied):
                score.unlisted_pairs += 1
    return score


# --- running the CLI --------------------------------------------------------------------------


@dataclass
class Article:
    name: str  # the file's stem, used in "<name>:<claim id>"
    path: Path
    gold: Json
    published: str | None = None
    lang: str | None = None


def examples(examples_dir: Path = EXAMPLES, gold_dir: Path = GOLD_DIR) -> list[Article]:
    """Every example article listed in index.json, with its gold file."""
    index = json.loads((examples_dir / "index.json").read_text(encoding="utf-8"))
    out = []
    for entry in index["articles"]:
        path = examples_dir / entry["file"]
        gold = json.loads((gold_dir / f"{path.stem}.json").read_text(encoding="utf-8"))
        out.append(Article(path.stem, path, gold, entry.get("published"), entry.get("lang")))
    return out


def run(cmd: Sequence[str], db: Path, *args: str) -> tuple[int, object, str]:
    """Run the CLI; (exit code, parsed JSON or None, a log excerpt)."""
    try:
        proc = subprocess.run(
            [*cmd, "--db", str(db), *args],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return 127, None, str(exc)
    try:
        data = json.loads(proc.stdout) if proc.stdout.strip() else None
    except json.JSONDecodeError:
        data = None
    return proc.returncode, data, (proc.stderr + proc.stdout[:2000]).strip()


@dataclass
class Report:
    articles: list[ArticleScore]
    conflicts: ConflictScore
    claims: dict[str, list[Json]]
    errors: list[str]

    def overall(self, attr: str) -> Ratio:
        total = Ratio()
        for a in self.articles:
            total = total + getattr(a, attr)
        return total


def evaluate(articles: Sequence[Article], cmd: Sequence[str]) -> Report:
    """Extract every article into one temporary database, then score claims and conflicts."""
    scores: list[ArticleScore] = []
    extracted: dict[str, list[Json]] = {}
    errors: list[str] = []
    matched: dict[str, set[Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "claims.db"
        for art in articles:
            args = ["extract", str(art.path), "--yes", "--json"]
            args += ["--published", art.published] if art.published else []
            args += ["--lang", art.lang] if art.lang else []
            code, data, log = run(cmd, db, *args)
            claims = listed(data, "claims")
            if code != 0 or data is None:
                errors.append(f"{art.name}: extract exited {code}: {log[:300]}")
            extracted[art.name] = claims
            score = score_article(art.name, art.gold, claims)
            scores.append(score)
            for gid, hits in score.matched.items():
                matched[f"{art.name}:{gid}"] = {claims[i].get("id") for i in hits}
        code, data, log = run(cmd, db, "conflicts", "--json")
        if code != 0 or data is None:
            errors.append(f"conflicts exited {code}: {log[:300]}")
        golds = {a.name: a.gold for a in articles}
        conflicts = score_conflicts(golds, matched, listed(data, "conflicts"))
    return Report(scores, conflicts, extracted, errors)


# --- printing ---------------------------------------------------------------------------------


def _describe(claim: Json) -> str:
    v = interval(claim) or (None, None)
    return (
        f"[{claim.get('start')},{claim.get('end')}) {v[0]}..{v[1]} "
        f"subject={claim.get('subject')!r} property={claim.get('property')!r} "
        f"attribution={claim.get('attribution')!r}"
    )


def render(report: Report, articles: Sequence[Article], details: bool = True) -> str:
    """The printed report: a table per article, the overall line, conflicts, then the misses."""
    head = f"{'article':24} {'claims':>6} {'gold':>5}  {'precision':14} {'recall':14} "
    head += f"{'attribution':14} {'members':14}"
    lines = [head]
    for s in report.articles:
        n = len(report.claims.get(s.name, []))
        lines.append(
            f"{s.name[:24]:24} {n:6} {s.recall.total:5}  {s.precision!s:14} {s.recall!s:14} "
            f"{s.attribution!s:14} {s.members!s:14}"
        )
    n = sum(len(c) for c in report.claims.values())
    lines.append(
        f"{'overall':24} {n:6} {report.overall('recall').total:5}  "
        f"{report.overall('precision')!s:14} {report.overall('recall')!s:14} "
        f"{report.overall('attribution')!s:14} {report.overall('members')!s:14}"
    )
    c = report.conflicts
    lines.append(
        f"conflicts: planted found {c.found}, kind right {c.kind_right}; "
        f"not-conflicts flagged {c.not_conflicts_flagged}; "
        f"false conflicts {c.false_pairs} of {c.flagged} flagged ({c.unlisted_pairs} unlisted)"
    )
    if details:
        by_name = {a.name: a for a in articles}
        for s in report.articles:
            gold = {g["id"]: g for g in by_name[s.name].gold["claims"]}
            claims = report.claims.get(s.name, [])
            for gid in s.missed:
                g = gold[gid]
                lines.append(
                    f"  missed      {s.name}:{gid} {g['anchor']} {g.get('quote', '')!r} "
                    f"want {g['value']} {g['subject']}"
                )
            for i in s.extra:
                lines.append(f"  extra       {s.name}: {_describe(claims[i])}")
            for gid in s.wrong_attribution:
                got = [claims[i].get("attribution") for i in sorted(s.matched[gid])]
                want = gold[gid].get("attribution", "none")
                lines.append(f"  attribution {s.name}:{gid} want {want} got {got}")
            for gid in s.wrong_members:
                got = [claims[i].get("members") for i in sorted(s.matched[gid])]
                lines.append(f"  members     {s.name}:{gid} want {gold[gid]['members']} got {got}")
        lines += [f"  conflict not flagged: {m}" for m in c.missed]
        lines += [f"  conflict of another kind: {m}" for m in c.wrong_kind]
        lines += [f"  false conflict: {m}" for m in c.wrongly_flagged]
    lines += [f"  error: {e}" for e in report.errors]
    return "\n".join(line.rstrip() for line in lines)


def below(report: Report, minimum: float) -> list[str]:
    """The headline numbers under ``minimum`` (precision, recall, attribution, conflicts found)."""
    checks = {
        "precision": report.overall("precision"),
        "recall": report.overall("recall"),
        "attribution": report.overall("attribution"),
        "conflicts found": report.conflicts.found,
    }
    return [k for k, r in checks.items() if r.value is not None and r.value < minimum]


def default_cmd() -> list[str]:
    return ["factcheck"] if shutil.which("factcheck") else [sys.executable, "-m", "factcheck"]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--cmd", help="how to call the CLI (default: factcheck, else python -m)")
    ap.add_argument("--article", help="score this article instead of the examples (needs --gold)")
    ap.add_argument("--gold", help="the gold file for --article")
    ap.add_argument("--published", help="with --article: the article's date")
    ap.add_argument("--lang", help="with --article: ru or en")
    ap.add_argument("--min", type=float, help="exit 1 when a headline number is below this")
    ap.add_argument("--quiet", action="store_true", help="the table only, not each miss")
    opts = ap.parse_args(argv)
    if bool(opts.article) != bool(opts.gold):
        ap.error("--article and --gold go together")
    cmd = shlex.split(opts.cmd) if opts.cmd else default_cmd()
    if opts.article:
        path = Path(opts.article)
        gold = json.loads(Path(opts.gold).read_text(encoding="utf-8"))
        articles = [Article(path.stem, path, gold, opts.published, opts.lang)]
    else:
        articles = examples()
    report = evaluate(articles, cmd)
    print(render(report, articles, details=not opts.quiet))
    if opts.min is not None:
        low = below(report, opts.min)
        if low:
            print(f"below {opts.min}: {', '.join(low)}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
