"""The example articles, their gold annotations, and the extraction-quality benchmark's scoring."""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from factcheck.models import ConflictKind
from factcheck.text.datelines import find_dateline

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "factcheck" / "examples"
GOLD_DIR = ROOT / "tests" / "gold"
REFERENCE = ROOT.parent / "shared" / "corpus" / "kazakhstan-2022-ru.txt"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


bench = _load("extract_quality", ROOT / "benchmarks" / "extract_quality.py")
anchor_tool = _load("gold_anchor", GOLD_DIR / "anchor.py")

INDEX = json.loads((EXAMPLES / "index.json").read_text(encoding="utf-8"))["articles"]
NAMES = [Path(a["file"]).stem for a in INDEX]
GOLDS = {
    n: json.loads((GOLD_DIR / f"{n}.json").read_text(encoding="utf-8"))
    for n in NAMES
    if (GOLD_DIR / f"{n}.json").exists()
}


def _text(name: str) -> str:
    return (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")


# --- (a) the articles and their gold ------------------------------------------------------------


def test_index_lists_every_example_with_its_metadata() -> None:
    assert sorted(NAMES) == sorted(p.stem for p in EXAMPLES.glob("*.txt"))
    assert sorted(GOLDS) == sorted(NAMES) == sorted(p.stem for p in GOLD_DIR.glob("*.json"))
    for entry in INDEX:
        assert set(entry) == {"file", "title", "outlet", "url", "published", "lang"}
        assert entry["lang"] in ("ru", "en")
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", entry["published"])
    langs = [e["lang"] for e in INDEX]
    assert langs.count("ru") >= 2 and langs.count("en") >= 2


@pytest.mark.parametrize("entry", INDEX, ids=NAMES)
def test_article_is_a_news_length_text_with_its_own_date_line(entry: dict[str, str]) -> None:
    text = _text(Path(entry["file"]).stem)
    assert 250 <= len(text.split()) <= 600
    assert find_dateline(text) == entry["published"]
    assert text.endswith("\n") and "\r" not in text


@pytest.mark.skipif(not REFERENCE.exists(), reason="the shared reference article is not beside")
@pytest.mark.parametrize("name", NAMES)
def test_article_copies_no_words_of_the_reference_article(name: str) -> None:
    ref = re.findall(r"\w+", REFERENCE.read_text(encoding="utf-8").lower())
    windows = {" ".join(ref[i : i + 7]) for i in range(len(ref) - 6)}
    ours = re.findall(r"\w+", _text(name).lower())
    copied = [" ".join(ours[i : i + 7]) for i in range(len(ours) - 6)]
    assert [w for w in copied if w in windows] == []


@pytest.mark.parametrize("name", NAMES)
def test_every_gold_quote_is_the_text_at_its_anchor(name: str) -> None:
    gold, text = GOLDS[name], _text(name)
    assert gold["article"] == f"{name}.txt"
    for item in [*gold["claims"], *gold["ignore"]]:
        start, end = item["anchor"]
        assert text[start:end] == item["quote"], item


@pytest.mark.parametrize("name", NAMES)
def test_gold_anchors_are_fresh(name: str) -> None:
    """Anchors come from tests/gold/anchor.py, never from a hand: recomputing changes nothing."""
    gold = GOLDS[name]
    again = anchor_tool.anchored(json.loads(json.dumps(gold)), _text(name))
    assert again == gold
    path = GOLD_DIR / f"{name}.json"
    assert anchor_tool.dumps(gold) == path.read_text(encoding="utf-8")


CLAIM_KEYS = {"id", "quote", "anchor", "subject", "value", "attribution", "members", "level"}
CLAIM_KEYS |= {"match_in", "occurrence"}


def _check_value(value: dict[str, Any]) -> None:
    if "contains" in value:
        assert set(value) == {"contains"} and len(value["contains"]) == 2
        return
    assert set(value) == {"low", "high"}
    low, high = value["low"], value["high"]
    assert low is not None or high is not None
    assert low is None or high is None or low <= high


@pytest.mark.parametrize("name", NAMES)
def test_gold_claims_are_well_formed(name: str) -> None:
    gold = GOLDS[name]
    ids = [c["id"] for c in gold["claims"]]
    assert len(ids) == len(set(ids)) and all(":" not in i for i in ids)
    for names in gold["subjects"].values():
        assert names and all(n == n.lower() and n.strip() for n in names)
    for c in gold["claims"]:
        assert set(c) <= CLAIM_KEYS, c["id"]
        assert c["subject"] in gold["subjects"]
        assert c["level"] in ("must", "should")
        assert c.get("match_in") in (None, "any")
        _check_value(c["value"])
        assert all(n == n.lower() and n for n in c.get("attribution", ["x"]))
        assert all(m in gold["subjects"] for m in c.get("members", []))
    anchors = sorted(c["anchor"] for c in gold["claims"])
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(anchors)), "anchors overlap"
    for item in gold["ignore"]:
        assert set(item) == {"quote", "anchor", "why"}
        assert not any(bench.overlaps(tuple(item["anchor"]), a) for a in anchors), item["quote"]


def _all_refs() -> set[str]:
    return {f"{n}:{c['id']}" for n, g in GOLDS.items() for c in g["claims"]}


@pytest.mark.parametrize("name", NAMES)
def test_gold_conflict_entries_name_real_claims(name: str) -> None:
    gold, refs = GOLDS[name], _all_refs()
    for key in ("conflicts", "allowed", "not_conflicts"):
        for entry in gold[key]:
            assert len(entry["between"]) == 2 and all(entry["between"]), entry["why"]
            for ref in entry["between"][0] + entry["between"][1]:
                assert bench.qualify(name, ref) in refs, ref
            if key == "conflicts":
                assert entry["kind"] in {k.value for k in ConflictKind}
                assert entry["level"] in ("must", "should")


def test_examples_plant_every_kind_of_conflict_including_across_languages() -> None:
    kinds = {e["kind"] for g in GOLDS.values() for e in g["conflicts"]}
    assert kinds == {"value", "count", "membership", "update", "part_whole"}
    lang = {Path(e["file"]).stem: e["lang"] for e in INDEX}
    cross = [
        e
        for n, g in GOLDS.items()
        for e in g["conflicts"]
        if e["kind"] == "value"
        and {lang[bench.qualify(n, r).split(":")[0]] for side in e["between"] for r in side}
        == {"ru", "en"}
    ]
    assert cross, "a Russian figure against an English one about the same thing"


# --- (b) scoring, on fake extractor output -------------------------------------------------------

MINI_GOLD: dict[str, Any] = {
    "subjects": {
        "russia": ["russia", "россия"],
        "armenia": ["armenia"],
        "people": ["people", "killed"],
        "countries": ["countr"],
    },
    "claims": [
        {"id": "g1", "anchor": [0, 10], "subject": "russia", "value": {"low": 1400, "high": 1400},
         "attribution": ["tashiev"], "level": "must"},
        {"id": "g2", "anchor": [20, 30], "subject": "people", "value": {"low": 26, "high": None},
         "attribution": ["ministry"], "level": "must", "match_in": "any"},
        {"id": "g3", "anchor": [40, 50], "subject": "countries", "value": {"low": 2, "high": 2},
         "members": ["russia", "armenia"], "level": "must", "match_in": "any"},
        {"id": "g4", "anchor": [60, 70], "subject": "russia", "value": {"low": None, "high": 500},
         "level": "must"},
        {"id": "g5", "anchor": [110, 120], "subject": "people",
         "value": {"contains": [30, 90]}, "level": "should", "match_in": "any"},
    ],
    "ignore": [{"quote": "", "anchor": [80, 90], "why": "debatable"}],
    "conflicts": [],
    "allowed": [],
    "not_conflicts": [],
}  # fmt: skip

MINI_CLAIMS: list[dict[str, Any]] = [
    # g1, attribution right
    {"id": 1, "start": 0, "end": 5, "subject": "Russia", "value": {"low": 1400, "high": 1400},
     "attribution": "said Tashiev"},
    # g2 through the property (match_in any) and the open bound just above; attribution missing
    {"id": 2, "start": 22, "end": 28, "subject": "protesters", "property": "killed",
     "value": {"low": 27, "high": None}, "attribution": None},
    # g3, but Armenia is missing from the members; no attribution, as the gold has none
    {"id": 3, "start": 45, "end": 55, "subject": "countries", "members": ["Russia"],
     "value": {"low": 2, "high": 2}, "attribution": "Ранее сообщалось", "speaker": None},
    # g4, with an attribution the sentence does not have
    {"id": 4, "start": 60, "end": 70, "subject": "Russia", "value": {"low": None, "high": 500},
     "attribution": {"speaker": "officials"}},
    # inside the ignored span: left out of precision
    {"id": 5, "start": 82, "end": 85, "subject": "year", "value": {"low": 5, "high": 5}},
    # matches nothing
    {"id": 6, "start": 100, "end": 105, "subject": "people", "value": {"low": 5, "high": 5}},
    # g1's span, wrong value
    {"id": 7, "start": 0, "end": 5, "subject": "Russia", "value": {"low": 1500, "high": 1500}},
    # no span at all
    {"id": 8, "subject": "Russia", "value": {"low": 1400, "high": 1400}},
]  # fmt: skip


def test_score_article_counts_exactly() -> None:
    s = bench.score_article("mini", MINI_GOLD, MINI_CLAIMS)
    assert (s.precision.hit, s.precision.total) == (4, 7)
    assert (s.recall.hit, s.recall.total) == (4, 5)
    assert (s.attribution.hit, s.attribution.total) == (2, 4)
    assert (s.members.hit, s.members.total) == (0, 1)
    assert s.ignored == 1
    assert s.missed == ["g5"]
    assert s.extra == [5, 6, 7]
    assert s.wrong_attribution == ["g2", "g4"]
    assert s.wrong_members == ["g3"]
    assert s.matched == {"g1": {0}, "g2": {1}, "g3": {2}, "g4": {3}, "g5": set()}


@pytest.mark.parametrize(
    ("want", "low", "high", "ok"),
    [
        ({"low": 1400, "high": 1400}, 1400, 1400, True),
        ({"low": 1400, "high": 1400}, 1400, None, False),
        ({"low": 100, "high": 300}, 100, 300, True),
        ({"low": 100, "high": 300}, 100, 299, False),
        ({"low": 26, "high": None}, 26, None, True),
        ({"low": 26, "high": None}, 27, None, True),  # "more than 26" read as 27 and up
        ({"low": 26, "high": None}, 28, None, False),
        ({"low": 26, "high": None}, 26, 26, False),
        ({"low": None, "high": 500}, None, 500, True),
        ({"low": None, "high": 500}, None, 499, True),  # "fewer than 500"
        ({"low": None, "high": 500}, 0, 500, False),
        ({"contains": [30, 90]}, 20, 99, True),
        ({"contains": [30, 90]}, 20, None, True),
        ({"contains": [30, 90]}, 31, 99, False),
        ({"contains": [3, 7]}, 2, 9, True),
        ({"low": 46.8, "high": 46.8}, 46.8, 46.8, True),
    ],
)
def test_value_matches(
    want: dict[str, Any], low: float | None, high: float | None, ok: bool
) -> None:
    assert bench.value_matches(want, {"value": {"low": low, "high": high}}) is ok


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ({"attribution": "По словам Ташиева", "speaker": "Ташиев"}, True),
        ({"attribution": "the agency said"}, True),
        ({"attribution": {"speaker": "МВД", "phrase": "В МВД заявили"}}, True),
        ({"attribution": "Ранее сообщалось", "speaker": None}, False),
        ({"attribution": "", "speaker": None}, False),
        ({"attribution": None}, False),
        ({}, False),
    ],
)
def test_attributed(claim: dict[str, Any], expected: bool) -> None:
    assert bench.attributed(claim) is expected


def test_value_matches_needs_a_value() -> None:
    assert bench.value_matches({"low": 1, "high": 1}, {"value": None}) is False


def _side_gold(conflicts: list[Any], allowed: list[Any], not_conflicts: list[Any]) -> Any:
    return {"conflicts": conflicts, "allowed": allowed, "not_conflicts": not_conflicts}


def test_score_conflicts_across_articles() -> None:
    golds = {
        "a": _side_gold(
            [{"between": [["x"], ["b:y"]], "kind": "value", "why": "x vs y"},
             {"between": [["x"], ["z"]], "kind": "count", "why": "x vs z"}],
            [{"between": [["z"], ["b:v"]], "why": "fair"}],
            [{"between": [["z"], ["b:w"]], "why": "z and w differ"}],
        ),
        "b": _side_gold([], [], [{"between": [["y"], ["w"]], "why": "y and w differ"}]),
    }  # fmt: skip
    matched = {"a:x": {1}, "b:y": {2}, "a:z": {3}, "b:w": {4}, "b:v": {6}}
    flagged = [
        {"claims": [2, 1], "kind": "update"},  # x vs y, found with another kind
        {"claims": [{"id": 3}, {"id": 4}], "kind": "value"},  # a not-conflict
        {"claim_a": 1, "claim_b": 5, "kind": "value"},  # unlisted
        {"claims": [6, 3], "kind": "value"},  # allowed
    ]
    s = bench.score_conflicts(golds, matched, flagged)
    assert (s.found.hit, s.found.total) == (1, 2)
    assert (s.kind_right.hit, s.kind_right.total) == (0, 1)
    assert (s.not_conflicts_flagged.hit, s.not_conflicts_flagged.total) == (1, 2)
    assert (s.false_pairs, s.unlisted_pairs, s.flagged) == (2, 1, 4)
    assert s.missed == ["a: x vs z"]
    assert s.wrongly_flagged == ["a: z and w differ"]


# --- the script end to end, on a fake CLI ---------------------------------------------------------

FAKE_CLI = """
import json, sys
args = sys.argv[1:]
if "extract" in args:
    print(json.dumps({"claims": CLAIMS}))
elif "conflicts" in args:
    print(json.dumps({"conflicts": CONFLICTS}))
else:
    sys.exit(2)
"""


def _fake(tmp_path: Path, claims: Any, conflicts: Any, *, broken: bool = False) -> str:
    script = tmp_path / "fake_factcheck.py"
    body = (
        "import sys\nprint('Usage: nope', file=sys.stderr)\nsys.exit(2)\n"
        if broken
        else (f"CLAIMS = {claims!r}\nCONFLICTS = {conflicts!r}\n" + FAKE_CLI)
    )
    script.write_text(body, encoding="utf-8")
    return f"{sys.executable} {script}"


def _mini_article(tmp_path: Path) -> tuple[str, str]:
    article = tmp_path / "mini.txt"
    article.write_text("x" * 130, encoding="utf-8")
    gold = dict(MINI_GOLD, conflicts=[{"between": [["g1"], ["g4"]], "kind": "value", "why": "w"}])
    (tmp_path / "mini.json").write_text(json.dumps(gold), encoding="utf-8")
    return str(article), str(tmp_path / "mini.json")


def test_main_prints_the_scores_and_honours_min(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, gold = _mini_article(tmp_path)
    cmd = _fake(tmp_path, MINI_CLAIMS, [{"claims": [1, 4], "kind": "value"}])
    args = ["--cmd", cmd, "--article", article, "--gold", gold]
    assert bench.main(args) == 0
    out = capsys.readouterr().out
    assert "mini                          8     5   0.57 (4/7)     0.80 (4/5)" in out
    assert "0.50 (2/4)     0.00 (0/1)" in out
    assert "planted found  1.00 (1/1), kind right  1.00 (1/1)" in out
    assert "false conflicts 0 of 1 flagged (0 unlisted)" in out
    assert "  missed      mini:g5 [110, 120]" in out
    assert "  attribution mini:g2 want ['ministry'] got [None]" in out
    assert bench.main([*args, "--min", "0.6"]) == 1
    assert capsys.readouterr().out.endswith("below 0.6: precision, attribution\n")
    assert bench.main([*args, "--min", "0.5", "--quiet"]) == 0
    assert "missed" not in capsys.readouterr().out


def test_main_survives_a_cli_without_extract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, gold = _mini_article(tmp_path)
    cmd = _fake(tmp_path, None, None, broken=True)
    assert bench.main(["--cmd", cmd, "--article", article, "--gold", gold]) == 0
    out = capsys.readouterr().out
    assert "mini                          0     5    n/a (0/0)     0.00 (0/5)" in out
    assert "  error: mini: extract exited 2: Usage: nope" in out
    assert bench.main(["--cmd", cmd, "--article", article, "--gold", gold, "--min", "0.9"]) == 1


ORACLE = '''
"""A perfect extractor read from the gold files: ids are kept in the --db file across calls."""
import json, sys
from pathlib import Path
GOLD = Path(GOLD_DIR)
args = sys.argv[1:]
db = Path(args[args.index("--db") + 1])
state = json.loads(db.read_text()) if db.exists() else {"next": 1, "ids": {}}
if "extract" in args:
    name = Path(args[args.index("extract") + 1]).stem
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    claims = []
    for g in gold["claims"]:
        v = g["value"]
        low, high = v["contains"] if "contains" in v else (v["low"], v["high"])
        first = lambda key: gold["subjects"][key][0]
        claims.append({
            "id": state["next"], "start": g["anchor"][0], "end": g["anchor"][1],
            "subject": first(g["subject"]), "property": "p", "unit": None,
            "value": {"low": low, "high": high},
            "members": [first(m) for m in g.get("members", [])],
            "attribution": g["attribution"][0] if "attribution" in g else None,
        })
        state["ids"][f"{name}:{g['id']}"] = state["next"]
        state["next"] += 1
    print(json.dumps({"claims": claims}))
else:
    out = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for c in gold["conflicts"]:
            ref = lambda r: state["ids"][r if ":" in r else f"{path.stem}:{r}"]
            out.append({"claims": [ref(c["between"][0][0]), ref(c["between"][1][0])],
                        "kind": c["kind"]})
    print(json.dumps({"conflicts": out}))
db.write_text(json.dumps(state))
'''


def test_a_perfect_extractor_scores_full_marks_on_the_gold(tmp_path: Path) -> None:
    """The gold is self-consistent: each claim, as written down, matches itself."""
    script = tmp_path / "oracle.py"
    script.write_text(f"GOLD_DIR = {str(GOLD_DIR)!r}\n" + textwrap.dedent(ORACLE), "utf-8")
    report = bench.evaluate(bench.examples(), [sys.executable, str(script)])
    assert report.errors == []
    total = sum(len(g["claims"]) for g in GOLDS.values())
    for attr in ("precision", "recall", "attribution"):
        r = report.overall(attr)
        assert (r.hit, r.total) == (total, total), attr
    members = sum("members" in c for g in GOLDS.values() for c in g["claims"])
    m = report.overall("members")
    assert (m.hit, m.total) == (members, members)
    planted = sum(len(g["conflicts"]) for g in GOLDS.values())
    c = report.conflicts
    assert (c.found.hit, c.found.total, c.kind_right.hit) == (planted, planted, planted)
    assert (c.not_conflicts_flagged.hit, c.false_pairs) == (0, 0)


# --- (c) the real extractor on every example ----------------------------------------------------


@pytest.mark.e2e
def test_real_extractor_reads_the_examples_well() -> None:
    report = bench.evaluate(bench.examples(), [sys.executable, "-m", "factcheck"])
    shown = bench.render(report, bench.examples())
    assert report.errors == [], shown
    for attr in ("precision", "recall", "attribution"):
        assert (report.overall(attr).value or 0) >= 0.9, f"{attr}\n{shown}"
    c = report.conflicts
    assert c.found.hit == c.found.total, shown
    assert c.not_conflicts_flagged.hit == 0, shown
