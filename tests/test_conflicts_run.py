"""The full run's lean paths over a real store: collapsed rows, the per-claim date window and
worker processes change nothing (tests/conflict_cases.py has the cases)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from conflict_cases import (
    CONFLICTS,
    EN_COUNT_3,
    EN_COUNT_5,
    EN_ROLE,
    LIST_3,
    LIST_5,
    NOT_CONFLICTS,
    Q,
    claim,
    summary,
)

from factcheck.conflicts import (
    ROW_COLUMNS,
    check_claim,
    conflicts_for,
    find_conflicts,
    find_conflicts_in_rows,
    find_conflicts_in_store,
    related_keys,
)
from factcheck.conflicts.run import _tasks
from factcheck.errors import FactcheckError
from factcheck.ledger import Store
from factcheck.models import Claim, ClaimDraft, ClaimStatus, Conflict

_NOT_DRAFT = (
    "source_id",
    "status",
    "source_title",
    "source_published",
    "source_places",
    "id",
    "uuid",
)


def stored(store: Store, case: list[dict[str, Any]]) -> Store:
    """A case written through the store: sources 1…n (titled as the case says), then claims in
    order (ids 1, 2, …), retracted where the case says so."""
    titles = {f["source_id"]: f.get("source_title") for f in case}
    published = {f["source_id"]: f.get("source_published") for f in case}
    places = {f["source_id"]: f.get("source_places", ()) for f in case}
    for n in range(1, max(titles) + 1):
        store.add_source(
            title=titles.get(n) or f"S{n}",
            published=published.get(n),
            text="x" * 5000 + f"\n{n}",  # a text of its own: the ledger keeps one text once
            places=places.get(n, ()),
        )
    for fields in case:
        draft = {k: v for k, v in fields.items() if k not in _NOT_DRAFT}
        if fields.get("start") is not None:
            draft["end"] = fields["start"]
        draft.setdefault("text", "a claim")
        made = store.add_claim(fields["source_id"], ClaimDraft(**draft))
        if fields.get("status") == ClaimStatus.RETRACTED:
            store.retract(made.id, "withdrawn")
    return store


def unwindowed(store: Store, c: Claim) -> list[Conflict]:
    return conflicts_for(c, store.claims_by_keys(related_keys(c)))


@pytest.mark.parametrize("name", list(CONFLICTS) + list(NOT_CONFLICTS))
def test_store_paths_agree_with_the_claims(store: Store, name: str) -> None:
    case = CONFLICTS[name][0] if name in CONFLICTS else NOT_CONFLICTS[name]
    expected = CONFLICTS[name][1] if name in CONFLICTS else []
    stored(store, case)
    claims = list(store.iter_claims())
    full = find_conflicts(claims)
    assert summary(full) == sorted(expected)
    assert find_conflicts_in_store(store) == full
    for c in claims:
        assert check_claim(store, c) == unwindowed(store, c)


def random_ledger(store: Store, n: int, seed: int) -> Store:
    """Claims of a few keys over two years: restated, hedged, vague, retracted, undated, from
    sources with and without a publication date — what the lean paths must not change."""
    rng = random.Random(seed)
    keys = [
        ("country:RU", "troops"),
        ("country:BY", "troops"),
        ("org:CSTO", "troops"),
        ("group:people", "killed"),
        ("group:protesters", "killed"),
        ("group:countries", "count"),
    ]
    days = ["2022-01-07", "2022-01-08", "2022-01", "2022-02-20", "2022-06-01", "2023-01-09", None]
    sources = [
        store.add_source(title=f"S{i}", published=rng.choice(["2022-01-09", None])).id
        for i in range(8)
    ]
    for _ in range(n):
        key, prop = rng.choice(keys)
        low = float(rng.choice([3, 5, 300, 1400, 2000]))
        q = rng.choice([Q.EXACT, Q.EXACT, Q.ABOUT, Q.AT_LEAST, Q.VAGUE])
        members = rng.choice([(), LIST_3, LIST_5]) if prop == "count" else ()
        draft = ClaimDraft(
            text="a claim",
            subject_key=key,
            property=prop,
            low=low,
            high=None if q == Q.AT_LEAST else low,
            qualifier=q,
            member_keys=members,
            as_of=rng.choice(days),
            hedged=rng.random() < 0.2,
            earlier=rng.random() < 0.1,
            context=rng.choice([EN_COUNT_3, EN_COUNT_5, EN_ROLE]),
        )
        made = store.add_claim(rng.choice(sources), draft)
        if rng.random() < 0.05:
            store.retract(made.id, "withdrawn")
    return store


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_collapsed_rows_and_date_window_change_nothing(store: Store, seed: int) -> None:
    random_ledger(store, 300, seed)
    claims = list(store.iter_claims())
    full = find_conflicts(claims)
    assert len(full) > 50  # the ledger is worth checking
    collapsed = list(store.iter_claim_rows(ROW_COLUMNS, collapse=True, keep_every=("count",)))
    assert len(collapsed) < len(claims)
    assert find_conflicts_in_store(store) == full
    assert find_conflicts_in_rows(store.iter_claim_rows(ROW_COLUMNS)) == full
    for c in claims:
        assert check_claim(store, c) == unwindowed(store, c)


def test_iter_claim_rows_columns(store: Store) -> None:
    stored(store, [claim("country:RU", "troops", 1400, speaker="Петров", source_title="Wire")])
    assert list(store.iter_claim_rows(["source_title", "low", "speaker", "as_of"])) == [
        ("Wire", 1400.0, "Петров", "2022-01-07")
    ]
    with pytest.raises(FactcheckError, match="No claim column nope"):
        list(store.iter_claim_rows(["id", "nope"]))


@pytest.mark.parametrize(
    ("near", "days", "expected"),
    [
        (None, 0, [1, 2, 3, 4, 5]),
        ("2022-01-10", 5, [1, 3, 4]),  # 2022-01-07 is within 5 days; the partial and undated
        ("2022-01-10", 1, [3, 4]),
        ("2022-03", 20, [2, 3, 4]),  # March and 20 days either side reach 2022-03-15
        ("2022", 0, [1, 2, 3, 4]),
        ("not a date", 0, [1, 2, 3, 4, 5]),
    ],
)
def test_claims_by_keys_date_window(
    store: Store, near: str | None, days: int, expected: list[int]
) -> None:
    dates = ["2022-01-07", "2022-03-15", "2022-01", None, "2023-05-01"]
    stored(store, [claim("country:RU", "troops", 1400, as_of=d) for d in dates])
    stored_ids = store.claims_by_keys([("country:RU", "troops")], near=near, days=days)
    assert [c.id for c in stored_ids] == expected


def test_two_processes_find_what_one_finds(tmp_path: Path) -> None:
    with Store.open(tmp_path / "claims.db", create=True) as store:
        random_ledger(store, 300, 4)
        one = find_conflicts_in_store(store, workers=1)
        assert len(one) > 50
        assert find_conflicts_in_store(store, workers=2) == one


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"troops": 5, "killed": 9}, [("count", "troops"), ("killed",)]),
        (
            {"count": 2, "troops": 5, "killed": 4, "injured": 30, "vehicles": 1},
            [("count", "troops"), ("injured",), ("killed",), ("vehicles",)],
        ),
        ({"killed": 4, "injured": 0}, [("killed",)]),  # nothing to share
        ({"troops": 5}, [("count", "troops")]),
    ],
)
def test_tasks_keep_counts_with_roles_heaviest_first(
    counts: dict[str, int], expected: list[tuple[str, ...]]
) -> None:
    assert _tasks(counts) == expected
