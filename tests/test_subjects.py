"""One subject matcher: what a journalist types picks the same claims in every command."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import Invoke

from factcheck.actions import ingest_examples
from factcheck.ledger import Store
from factcheck.models import ClaimDraft
from factcheck.subjects import subject_matcher

CLAIMS = {
    "ru": ClaimDraft("Россия направит 500 военных", subject="Россия", subject_key="country:RU"),
    "en": ClaimDraft("Russia sends 500 troops", subject="Russia", subject_key="country:RU"),
    "moscow": ClaimDraft("Moscow sends 600 troops", subject="Moscow", subject_key="country:RU"),
    "kz": ClaimDraft(
        "Казахстан принял 300 военных", subject="Kazakhstan", subject_key="country:KZ"
    ),
    "protest": ClaimDraft(
        "задержаны 40 протестующих", subject="протестующие", subject_key="group:protesters"
    ),
    "town": ClaimDraft(
        "в городе пострадали 12 человек", subject="люди", subject_key="group:people@place:astana"
    ),
    "residents": ClaimDraft("200 residents left", subject="residents", subject_key="group:people"),
    "person": ClaimDraft(
        "Ирина Лаптева набрала 31%", subject="Ирина Лаптева", subject_key="name:лаптев"
    ),
    "turnout": ClaimDraft("явка составила 40%", subject="явка", subject_key="lemma:явка"),
    "none": ClaimDraft("something happened"),
}
RUSSIA = ["ru", "en", "moscow"]
PEOPLE = ["town", "residents"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Russia", RUSSIA),
        ("russia", RUSSIA),
        ("Россия", RUSSIA),
        ("России", RUSSIA),  # any case form
        ("РФ", RUSSIA),
        ("country:RU", RUSSIA),
        ("country:ru", RUSSIA),
        ("  Russia ", RUSSIA),
        ("Kazakhstan", ["kz"]),
        ("Казахстан", ["kz"]),
        ("people", PEOPLE),  # a group in a place is still the group
        ("люди", PEOPLE),
        ("group:people", PEOPLE),
        ("group:people@place:astana", ["town"]),
        ("protesters", ["protest"]),
        ("протестующих", ["protest"]),
        ("group:protesters", ["protest"]),
        ("Лаптевой", ["person"]),  # a surname in another case
        ("Ирина Лаптева", ["person"]),
        ("явки", ["turnout"]),  # other words by their dictionary form
        ("Mosc", ["moscow"]),  # part of the subject as written
        ("Narnia", []),
        ("", list(CLAIMS)),  # no subject: no filter
    ],
)
def test_matcher(typed: str, expected: list[str]) -> None:
    about = subject_matcher(typed)
    assert [name for name, claim in CLAIMS.items() if about(claim)] == expected


@pytest.mark.parametrize("typed", ["Kremlin", "kremlin"])
def test_matcher_reads_the_journalists_aliases(typed: str) -> None:
    about = subject_matcher(typed, {"Kremlin": "country:RU"})
    assert [name for name, claim in CLAIMS.items() if about(claim)] == RUSSIA


@pytest.fixture(scope="module")
def example_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ledger of the four example articles, as `factcheck demo` builds it."""
    db = tmp_path_factory.mktemp("examples") / "claims.db"
    with Store.open(db, create=True) as store:
        ingest_examples(store)
    return db


def _picked(cli: Invoke, cli_json: Callable[..., Any], db: Path, typed: str) -> dict[str, Any]:
    """The claims each command shows for a subject."""
    report = cli("--db", str(db), "report", "--subject", typed, "--format", "json")
    assert report.exit_code == 0, report.stderr
    conflicts = cli_json("--db", str(db), "conflicts", "--all", "--subject", typed)
    timelines = cli_json("--db", str(db), "timeline", typed)
    return {
        "list": [c["id"] for c in cli_json("--db", str(db), "list", "--subject", typed)["claims"]],
        "report": [c["id"] for c in json.loads(report.stdout)["claims"]],
        "conflicts": sorted(sorted(c["claims"]) for c in conflicts["conflicts"]),
        "timelines": [[p["claim_id"] for p in t["points"]] for t in timelines["timelines"]],
    }


@pytest.mark.parametrize(
    "spellings", [("Russia", "Россия", "РФ", "country:RU"), ("people", "люди", "group:people")]
)
def test_list_report_conflicts_and_timeline_agree(
    example_ledger: Path, cli: Invoke, cli_json: Callable[..., Any], spellings: tuple[str, ...]
) -> None:
    picked = [_picked(cli, cli_json, example_ledger, typed) for typed in spellings]
    assert all(p == picked[0] for p in picked), dict(zip(spellings, picked, strict=True))
    first = picked[0]
    listed = set(first["list"])
    assert listed and first["conflicts"] and first["timelines"]
    assert first["report"] == first["list"]
    assert all(listed & set(pair) for pair in first["conflicts"])
    assert {i for points in first["timelines"] for i in points} <= listed
