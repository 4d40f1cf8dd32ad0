"""`factcheck conflicts` and `conflicts resolve` on a real claims.db in tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import Invoke, dump, rows

from factcheck.ledger import Store
from factcheck.models import ClaimDraft, Qualifier

HOSTILE = "[citation needed] [/b]"
KAZAKH_TEXT = (
    "Ранее три страны — Армения, Таджикистан и Россия — дали согласие. "
    "По словам министра, Россия направит 1400 военнослужащих, Беларусь — 300."
)
WIRE_TEXT = f"Russia sends 2000 troops to Kazakhstan {HOSTILE}, the agency said. More later."


def span(text: str, quote: str) -> dict[str, Any]:
    start = text.index(quote)
    return {"start": start, "end": start + len(quote), "quote": quote}


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    """Two sources: a list of three countries, Russia 1400 and Belarus 300; a wire with 2000."""
    db = tmp_path / "claims.db"
    with Store.open(db, create=True) as store:
        ru = store.add_source(title="Казахский обзор", text=KAZAKH_TEXT, published="2022-01-07")
        en = store.add_source(title=f"Wire {HOSTILE}", text=WIRE_TEXT)
        common = {"as_of": "2022-01-07", "context": ("согласие", "страна", "направить")}
        store.add_claims(
            ru.id,
            [
                ClaimDraft(
                    text="три страны",
                    subject="страна",
                    subject_key="group:countries",
                    property="count",
                    low=3,
                    high=3,
                    qualifier=Qualifier.EXACT,
                    member_keys=("country:AM", "country:TJ", "country:RU"),
                    **span(KAZAKH_TEXT, "три страны"),
                    **common,
                ),
                ClaimDraft(
                    text="Россия — 1400",
                    subject="Россия",
                    subject_key="country:RU",
                    property="troops",
                    low=1400,
                    high=1400,
                    qualifier=Qualifier.EXACT,
                    speaker="министр",
                    **span(KAZAKH_TEXT, "1400 военнослужащих"),
                    **common,
                ),
                ClaimDraft(
                    text="Беларусь — 300",
                    subject="Беларусь",
                    subject_key="country:BY",
                    property="troops",
                    low=300,
                    high=300,
                    qualifier=Qualifier.EXACT,
                    **span(KAZAKH_TEXT, "Беларусь — 300"),
                    **common,
                ),
            ],
        )
        store.add_claims(
            en.id,
            [
                ClaimDraft(
                    text="Russia sends 2000 troops",
                    subject="Russia",
                    subject_key="country:RU",
                    property="troops",
                    low=2000,
                    high=2000,
                    qualifier=Qualifier.EXACT,
                    speaker="Wire agency",
                    **span(WIRE_TEXT, "2000 troops"),
                ),
            ],
        )
    return db


def listed(cli_json: Callable[..., Any], db: Path, *args: str) -> list[tuple[str, str, list[int]]]:
    data = cli_json("--db", str(db), "conflicts", *args)
    return [(c["kind"], c["severity"], c["claims"]) for c in data["conflicts"]]


def conflict_id(cli_json: Callable[..., Any], db: Path, kind: str) -> str:
    data = cli_json("--db", str(db), "conflicts", "--all")
    return str(next(c["id"] for c in data["conflicts"] if c["kind"] == kind))


def test_json_lists_every_conflict_with_its_claims(
    ledger: Path, cli_json: Callable[..., Any]
) -> None:
    data = cli_json("--db", str(ledger), "conflicts")
    assert [
        (c["kind"], c["severity"], c["rule"], c["claims"], c["decision"]) for c in data["conflicts"]
    ] == [
        ("value", "high", "value.disjoint", [2, 4], None),
        ("membership", "medium", "membership.left_out", [1, 3], None),
    ]
    assert data["conflicts"][0]["explanation"] == (
        f"Russia (troops): 1400 (министр, “Казахский обзор”) vs 2000 (Wire agency, “Wire"
        f" {HOSTILE}”) — the figures cannot both be true."
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--kind", "membership"), [("membership", "medium", [1, 3])]),
        (("--min-severity", "high"), [("value", "high", [2, 4])]),
        (("--source", "2"), [("value", "high", [2, 4])]),
        (("--subject", "Беларусь"), [("membership", "medium", [1, 3])]),
        (("--subject", "country:RU"), [("value", "high", [2, 4])]),
        (("--subject", "Russia"), [("value", "high", [2, 4])]),
        (("--source", "2", "--kind", "membership"), []),
    ],
)
def test_filters(
    ledger: Path, cli_json: Callable[..., Any], args: tuple[str, ...], expected: list[Any]
) -> None:
    assert listed(cli_json, ledger, *args) == expected


def test_resolve_hides_the_conflict_keeps_it_with_all_and_records_history(
    ledger: Path, cli: Invoke, cli_json: Callable[..., Any]
) -> None:
    cid = conflict_id(cli_json, ledger, "value")
    result = cli(
        "--db",
        str(ledger),
        "conflicts",
        "resolve",
        cid,
        "--as",
        "error",
        "--note",
        "wire misread 1,400",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Conflict {cid} recorded as error.\n"
    assert listed(cli_json, ledger) == [("membership", "medium", [1, 3])]
    everything = cli_json("--db", str(ledger), "conflicts", "--all")["conflicts"]
    decided = next(c for c in everything if c["id"] == cid)
    assert (decided["decision"]["verdict"], decided["decision"]["note"]) == (
        "error",
        "wire misread 1,400",
    )
    uuids = {r[0]: r[1] for r in rows(ledger, "SELECT id, uuid FROM claims")}
    assert rows(
        ledger, "SELECT conflict_id, claim_a_uuid, claim_b_uuid, verdict FROM decisions"
    ) == [(cid, uuids[2], uuids[4], "error")]
    assert rows(ledger, "SELECT action, field, new, note FROM history WHERE action = 'decide'") == [
        ("decide", cid, "error", "wire misread 1,400")
    ]


def test_ids_are_stable_across_runs(ledger: Path, cli_json: Callable[..., Any]) -> None:
    first = cli_json("--db", str(ledger), "conflicts")
    assert cli_json("--db", str(ledger), "conflicts") == first


def test_fail_on_open_exits_3_until_every_conflict_is_decided(
    ledger: Path, cli: Invoke, cli_json: Callable[..., Any]
) -> None:
    assert cli("--db", str(ledger), "conflicts", "--fail-on-open").exit_code == 3
    assert cli("--db", str(ledger), "conflicts", "--json", "--fail-on-open").exit_code == 3
    assert cli("--db", str(ledger), "conflicts", "--kind", "count", "--fail-on-open").exit_code == 0
    for kind, verdict in (("value", "explained"), ("membership", "not-a-conflict")):
        cid = conflict_id(cli_json, ledger, kind)
        assert cli("--db", str(ledger), "conflicts", "resolve", cid, "--as", verdict).exit_code == 0
    result = cli("--db", str(ledger), "conflicts", "--fail-on-open")
    assert result.exit_code == 0
    assert result.stdout == "No open conflicts. 2 decided conflict(s) hidden; --all shows them.\n"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("resolve", "c0000000000", "--as", "error"),
            1,
            "Error: No conflict with id 'c0000000000': `factcheck conflicts --all` lists the ids\n",
        ),
        (("--source", "99"), 1, "Error: No source with id 99\n"),
    ],
)
def test_bad_input_is_a_clear_error_and_changes_nothing(
    ledger: Path, cli: Invoke, args: tuple[str, ...], code: int, message: str
) -> None:
    before = dump(ledger)
    result = cli("--db", str(ledger), "conflicts", *args)
    assert (result.exit_code, result.stderr) == (code, message)
    assert dump(ledger) == before


def test_unknown_verdict_is_a_usage_error(ledger: Path, cli: Invoke) -> None:
    result = cli("--db", str(ledger), "conflicts", "resolve", "c1", "--as", "maybe")
    assert result.exit_code == 2


def test_missing_database_is_not_created(tmp_path: Path, cli: Invoke) -> None:
    result = cli("--db", str(tmp_path / "none.db"), "conflicts")
    assert result.exit_code == 1
    assert "No claims.db" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_terminal_shows_kind_rule_explanation_and_both_passages(ledger: Path, cli: Invoke) -> None:
    result = cli("--db", str(ledger), "conflicts")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "value · high · value.disjoint  (Figures disagree)" in out
    assert "membership · medium · membership.left_out" in out
    assert "По словам министра, Россия направит 1400 военнослужащих, Беларусь — 300." in out
    assert f"Russia sends 2000 troops to Kazakhstan {HOSTILE}, the agency said." in out
    assert f"Wire agency; S2 Wire {HOSTILE}" in out
    assert out.rstrip().endswith("2 conflict(s), 2 open.")
