"""How a conflict is named: by the two claims of one article that gives both figures, else by
the first claim of each figure; one disagreement is listed once, and the per-claim check names
it as the full run does."""

from __future__ import annotations

from typing import Any

import pytest
from conflict_cases import EN_COUNT_3, EN_COUNT_5, Q, build, claim
from ledger_fixtures import marchers_article

from factcheck.actions import ConflictFilter, conflict_entries, gather_report, list_conflicts
from factcheck.conflicts import (
    conflicts_for,
    decisions_by_conflict,
    find_conflicts,
    find_conflicts_in_store,
    select_conflicts,
)
from factcheck.ledger import Store
from factcheck.models import DecisionVerdict

# Three articles of one day: the first and the third repeat one side's figure; the second
# gives both sides. A journalist checks the second article first.
THREE_ARTICLES: dict[str, tuple[list[dict[str, Any]], tuple[int, int]]] = {
    "marchers: organisers repeated, police in one article (en)": (
        [
            claim("group:people", "participants", 50_000, speaker="the organisers"),
            claim("group:people", "participants", 50_000, speaker="the organisers", source_id=2),
            claim("group:people", "participants", 9_000, speaker="the police", source_id=2),
            claim("group:people", "participants", 50_000, speaker="the organisers", source_id=3),
        ],
        (2, 3),
    ),
    "участники: профсоюз повторён, МВД в одной статье (ru)": (
        [
            claim("group:people", "participants", 250_000, speaker="профсоюз"),
            claim("group:people", "participants", 250_000, speaker="профсоюз", source_id=3),
            claim("group:people", "participants", 80_000, speaker="МВД", source_id=2),
            claim("group:people", "participants", 250_000, speaker="профсоюз", source_id=2),
        ],
        (3, 4),
    ),
    "a toll: the ministry's figure repeated, a hospital's in one article (en)": (
        [
            claim("group:people", "injured", 120, speaker="the ministry"),
            claim("group:people", "injured", 340, speaker="the hospital", source_id=2),
            claim("group:people", "injured", 120, speaker="the ministry", source_id=3),
            claim("group:people", "injured", 120, speaker="the ministry", source_id=2),
        ],
        (2, 4),
    ),
    "погибшие: часть больше целого в одной статье (ru)": (
        [
            claim("group:protesters", "killed", 30, None, Q.AT_LEAST, subject="протестующие"),
            claim("group:protesters", "killed", 30, None, Q.AT_LEAST, source_id=3),
            claim("group:people", "killed", 12, subject="люди", source_id=2),
            claim("group:protesters", "killed", 30, None, Q.AT_LEAST, source_id=2),
        ],
        (4, 3),
    ),
    "countries: a count repeated, the other count in one article (en)": (
        [
            claim("group:countries", "count", 3, context=EN_COUNT_3),
            claim("group:countries", "count", 5, context=EN_COUNT_5, source_id=2),
            claim("group:countries", "count", 3, context=EN_COUNT_3, source_id=3),
            claim("group:countries", "count", 3, context=EN_COUNT_3, source_id=2),
        ],
        (2, 4),
    ),
}

# No article gives both figures: the first claim of each names the conflict, as before.
NO_COMMON_ARTICLE: dict[str, tuple[list[dict[str, Any]], tuple[int, int]]] = {
    "two articles each repeat their own figure (en)": (
        [
            claim("group:people", "participants", 50_000, speaker="the organisers"),
            claim("group:people", "participants", 9_000, speaker="the police", source_id=2),
            claim("group:people", "participants", 50_000, speaker="the organisers"),
            claim("group:people", "participants", 9_000, speaker="the police", source_id=2),
        ],
        (1, 2),
    ),
    "три статьи, в каждой одна цифра (ru)": (
        [
            claim("country:RU", "troops", 2000, subject="Россия", source_id=2),
            claim("country:RU", "troops", 1400, subject="Россия", source_id=1),
            claim("country:RU", "troops", 2000, subject="Россия", source_id=3),
        ],
        (1, 2),
    ),
}


@pytest.mark.parametrize("name", list(THREE_ARTICLES) + list(NO_COMMON_ARTICLE))
def test_the_pair_a_journalist_checks_first_names_the_conflict(name: str) -> None:
    case, pair = THREE_ARTICLES[name] if name in THREE_ARTICLES else NO_COMMON_ARTICLE[name]
    claims = build(case)
    found = find_conflicts(claims)
    assert [(c.claim_a, c.claim_b) for c in found] == [pair]
    for c in claims:  # the per-claim check names it the same way, for its claims only
        mine = [f for f in found if c.id in f.pair]
        assert conflicts_for(c, claims) == mine


@pytest.mark.parametrize("name", list(THREE_ARTICLES))
def test_the_named_pair_comes_from_onemarchers_article(name: str) -> None:
    claims = build(THREE_ARTICLES[name][0])
    (conflict,) = find_conflicts(claims)
    a, b = (claims[i - 1] for i in conflict.pair)
    assert a.source_id == b.source_id == 2


@pytest.mark.parametrize(
    "sides",
    [
        ((40_000, "the organisers"), (12_000, "the police")),
        ((1400, "Ташиев"), (2000, "агентство")),
    ],
)
def test_one_disagreement_is_listed_once_however_many_articles_repeat_it(
    sides: tuple[tuple[int, str], tuple[int, str]],
) -> None:
    case = [
        claim("group:people", "participants", n, speaker=who, source_id=s)
        for s in (3, 1, 2, 1, 3)
        for n, who in sides
    ]
    claims = build(case)
    (conflict,) = find_conflicts(claims)
    a, b = (claims[i - 1] for i in conflict.pair)
    assert a.source_id == b.source_id == 1
    assert conflict.pair == (3, 4)  # the first claims of source 1, not of the ledger


@pytest.mark.parametrize("others", [0, 3])  # other decisions: looked up from either side
@pytest.mark.parametrize(
    "sides",
    [((40_000.0, "the organisers"), (12_000.0, "the police")), ((1e6, "профсоюз"), (3e5, "МВД"))],
)
def test_a_decision_follows_its_conflict_when_an_article_renames_it(
    store: Store, sides: list[tuple[float, str]], others: int
) -> None:
    ours, theirs = sides
    for n in range(others):  # decisions on conflicts of claims no longer in the ledger
        store.save_decision(f"c{n:010d}", f"gone-{n}-a", f"gone-{n}-b", DecisionVerdict.ERROR, "")
    (a,) = marchers_article(store, "Organisers", [ours])
    (b,) = marchers_article(store, "Police", [theirs])
    (before,) = find_conflicts_in_store(store)
    assert before.pair == (a, b)
    uuids = [store.get_claim(i).uuid for i in (before.claim_a, before.claim_b)]
    store.save_decision(before.id, *uuids, DecisionVerdict.EXPLAINED, "two counts")
    both = marchers_article(store, "Both", [ours, theirs])  # now one article gives both figures
    (after,) = find_conflicts_in_store(store)
    assert after.pair == tuple(both) and after.id != before.id
    assert after.id not in store.decisions()  # stored under the old name…
    decisions = decisions_by_conflict(store, [after])
    assert decisions[after.id].note == "two counts"  # …and found by its claims
    assert select_conflicts([after], decisions) == []  # still decided, not open again


def test_decisions_of_listed_conflicts_are_read_as_stored(store: Store) -> None:
    (a,) = marchers_article(store, "Organisers", [(40_000.0, "the organisers")])
    (b,) = marchers_article(store, "Police", [(12_000.0, "the police")])
    conflicts = find_conflicts_in_store(store)
    uuids = [store.get_claim(i).uuid for i in (a, b)]
    store.save_decision(conflicts[0].id, *uuids, DecisionVerdict.ERROR, "a typo")
    assert decisions_by_conflict(store, conflicts) == store.decisions()


@pytest.mark.parametrize(
    "sides",
    [((40_000.0, "the organisers"), (12_000.0, "the police")), ((1e6, "профсоюз"), (3e5, "МВД"))],
)
def test_the_desk_still_sees_its_decision_once_an_article_renames_the_conflict(
    store: Store, sides: list[tuple[float, str]]
) -> None:
    ours, theirs = sides
    marchers_article(store, "Organisers", [ours])
    marchers_article(store, "Police", [theirs])
    (before,) = find_conflicts_in_store(store)
    uuids = [store.get_claim(i).uuid for i in (before.claim_a, before.claim_b)]
    store.save_decision(before.id, *uuids, DecisionVerdict.EXPLAINED, "two counts")
    marchers_article(store, "Both", [ours, theirs])
    listed = list_conflicts(store, ConflictFilter())
    assert (listed.shown, listed.still_open, listed.decided_hidden) == ((), 0, 1)
    (after,) = list_conflicts(store, ConflictFilter(include_decided=True)).shown
    assert after.id != before.id
    (entry,) = gather_report(store).conflicts
    assert entry.conflict.id == after.id and entry.decision is not None
    assert entry.decision.note == "two counts"
    (shown,) = conflict_entries(store, [after])  # as `add` and `extract` show it
    assert shown.decision is not None and not shown.is_open
