"""One disagreement, one conflict: value conflicts whose figures agree side by side are listed
once, the other claims kept on it as `also` (docs/conflicts.md, "One disagreement, one
conflict")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conflict_cases import Q, build, claim
from conftest import Invoke
from ledger_fixtures import marchers_article
from test_conflicts_run import stored

from factcheck.conflicts import conflicts_for, find_conflicts, find_conflicts_in_store
from factcheck.conflicts.copies import decisions_on_copies
from factcheck.export.html import to_html
from factcheck.export.markdown import to_markdown
from factcheck.ledger import Store
from factcheck.models import Conflict, DecisionVerdict, Qualifier
from factcheck.report.gather import build_report
from factcheck.serialize import conflict_to_dict

Case = tuple[list[dict[str, Any]], list[tuple[int, int, tuple[int, ...]]]]


def marchers(n: float, who: str, source: int, q: Qualifier = Q.EXACT, **kw: Any) -> dict[str, Any]:
    """A figure of the marchers of one day: ``n`` exact, or a floor with ``Q.MORE_THAN``."""
    high = None if q in (Q.MORE_THAN, Q.AT_LEAST) else n
    return claim("group:people", "participants", n, high, q, speaker=who, source_id=source, **kw)


# (claims, then the conflicts listed: (claim_a, claim_b, also)). Each article's own pair of
# figures names the disagreement; the articles that restate one side, alone or with a figure
# that does not disagree with it (about so many, more than so many, the same count rounded),
# are its copies.
COPIES: dict[str, Case] = {
    "organisers and police in one article, each restated elsewhere (en)": (
        [
            marchers(60_000, "the organisers", 1),
            marchers(15_000, "the police", 1),
            marchers(15_000, "the police", 2, Q.ABOUT),  # "about 15,000, police said"
            marchers(60_000, "the organisers", 3, Q.AT_LEAST),  # "at least 60,000"
        ],
        [(1, 2, (3, 4))],
    ),
    "МВД и профсоюз в одной статье, другие повторяют одну сторону (ru)": (
        [
            marchers(1_100_000, "МВД", 1, Q.MORE_THAN),  # «более 1,1 млн, по данным МВД»
            marchers(2_000_000, "профсоюз", 1),  # «профсоюз насчитал 2 млн»
            marchers(1_120_000, "МВД", 2),  # «МВД тогда называло 1,12 млн»
            marchers(2_000_000, "профсоюз", 3, Q.MORE_THAN),  # «более 2 млн, заявил профсоюз»
        ],
        [(1, 2, (3, 4))],
    ),
    "the same count rounded on one side (en)": (
        [
            marchers(1_089_000, "the interior ministry", 1),
            marchers(3_500_000, "the union", 1),
            marchers(1_090_000, "the interior ministry", 2),  # "1.09 million"
            marchers(3_500_000, "the union", 3, Q.ABOUT),  # "some 3.5 million"
        ],
        [(1, 2, (3, 4))],
    ),
    "no article gives both: the earliest claims name it (ru)": (
        [
            marchers(15_000, "полиция", 1),
            marchers(60_000, "организаторы", 2),
            marchers(15_000, "полиция", 3, Q.ABOUT),  # «около 15 тысяч»
            marchers(60_000, "организаторы", 4, Q.AT_LEAST),  # «не менее 60 тысяч»
        ],
        [(1, 2, (3, 4))],
    ),
    "two articles each give both: each keeps its own, copies go to the first (en)": (
        [
            marchers(60_000, "the organisers", 1),
            marchers(15_000, "the police", 1),
            marchers(60_000, "the organisers", 2, Q.ABOUT),
            marchers(15_000, "the police", 2, Q.ABOUT),
            marchers(15_000, "the police", 3, Q.AT_LEAST),  # "at least 15,000, police said"
        ],
        [(1, 2, (3, 4, 5)), (3, 4, ())],
    ),
}

# Conflicts that are not copies: each listed on its own.
NOT_COPIES: dict[str, Case] = {
    "a third figure disagrees with both sides (en)": (
        [
            marchers(60_000, "the organisers", 1),
            marchers(15_000, "the police", 1),
            marchers(30_000, "a reporter", 2),  # "our reporter counted 30,000"
        ],
        [(1, 2, ()), (1, 3, ()), (2, 3, ())],
    ),
    "третья цифра расходится с обеими (ru)": (
        [
            marchers(1_100_000, "МВД", 1, Q.MORE_THAN),
            marchers(2_000_000, "профсоюз", 1),
            marchers(400_000, "мэрия", 2),  # «мэрия насчитала 400 тысяч»
        ],
        [(1, 2, ()), (1, 3, ()), (2, 3, ())],
    ),
    "a rival's floor far below is the other side, not a restatement (en)": (
        [
            marchers(700_000, "the union", 1),
            marchers(81_000, "the prefecture", 1),
            marchers(80_000, "the authorities", 2, Q.MORE_THAN),  # "more than 80,000"
            marchers(700, "the union", 2, Q.ABOUT),  # "about 700" (a misread figure)
        ],
        # the union's 700,000 against the authorities' "more than 80,000" is the article's
        # disagreement restated (folded); against "about 700" it is a disagreement of its own
        [(1, 2, (3,)), (1, 4, ()), (3, 4, (2,))],
    ),
    "другой день — другая цифра, не копия (ru)": (
        [
            marchers(60_000, "организаторы", 1),
            marchers(15_000, "полиция", 1),
            marchers(15_000, "полиция", 2, as_of="2022-01-14"),  # неделей позже
            marchers(60_000, "организаторы", 3, as_of="2022-01-14"),
        ],
        [(1, 2, ()), (3, 4, ())],
    ),
}


def _listed(conflicts: list[Conflict]) -> list[tuple[int, int, tuple[int, ...]]]:
    values = [c for c in conflicts if c.kind == "value"]
    return sorted((*c.pair, c.also) for c in values)


@pytest.mark.parametrize("name", list(COPIES) + list(NOT_COPIES))
def test_one_disagreement_is_one_conflict(name: str) -> None:
    case, expected = COPIES[name] if name in COPIES else NOT_COPIES[name]
    claims = build(case)
    found = find_conflicts(claims)
    assert _listed(found) == expected
    for c in claims:  # the per-claim check lists what the full run lists for the claim
        assert conflicts_for(c, claims) == [f for f in found if c.id in f.pair]


@pytest.mark.parametrize("name", list(COPIES))
def test_the_store_lists_the_same(store: Store, name: str) -> None:
    case, expected = COPIES[name]
    assert _listed(find_conflicts_in_store(stored(store, case))) == expected


def test_two_processes_keep_also(tmp_path: Path) -> None:
    case = COPIES["organisers and police in one article, each restated elsewhere (en)"][0]
    other = [{**c, "property": "injured"} for c in case]  # a second task for the second process
    with Store.open(tmp_path / "claims.db", create=True) as store:
        stored(store, case + other)
        one = find_conflicts_in_store(store, workers=1)
        assert [c.also for c in one] == [(3, 4), (7, 8)]
        assert find_conflicts_in_store(store, workers=2) == one


def test_also_is_shown(store: Store) -> None:
    case = COPIES["organisers and police in one article, each restated elsewhere (en)"][0]
    stored(store, case)
    (conflict,) = find_conflicts_in_store(store)
    as_json = conflict_to_dict(conflict)
    assert as_json["claims"] == [1, 2] and as_json["also"] == [3, 4]
    report = build_report(
        [store.get_source(i) for i in (1, 2, 3)],
        [store.get_claim(i) for i in (1, 2, 3, 4)],
        [conflict],
        {},
        [],
    )
    assert "Also reported by claims #3, #4." in to_markdown(report)
    assert "Also reported by claims #3, #4." in to_html(report)


def test_the_listing_shows_also(tmp_path: Path, cli: Invoke) -> None:
    db = tmp_path / "claims.db"
    with Store.open(db, create=True) as store:
        stored(store, COPIES["no article gives both: the earliest claims name it (ru)"][0])
    result = cli("--db", str(db), "conflicts")
    assert result.exit_code == 0, result.stderr
    assert "also reported by claims #3, #4" in result.stdout
    (listed,) = json.loads(cli("--db", str(db), "conflicts", "--json").stdout)["conflicts"]
    assert (listed["claims"], listed["also"]) == ([1, 2], [3, 4])


@pytest.mark.parametrize(
    "sides",
    [
        ((60_000.0, "the organisers"), (15_000.0, "the police")),
        ((2e6, "профсоюз"), (1.12e6, "МВД")),
    ],
)
def test_a_decision_on_a_copy_stays_with_the_disagreement(
    store: Store, sides: tuple[tuple[float, str], tuple[float, str]]
) -> None:
    (ours, us), (theirs, them) = sides
    (a,) = marchers_article(store, "Organisers", [(ours, us, Q.EXACT)])
    (b,) = marchers_article(store, "Police", [(theirs, them, Q.EXACT)])
    (before,) = find_conflicts_in_store(store)
    uuids = [store.get_claim(i).uuid for i in (before.claim_a, before.claim_b)]
    store.save_decision(before.id, *uuids, DecisionVerdict.EXPLAINED, "two counts")
    # an article gives both sides, one of them rounded: the first conflict is now its copy
    both = marchers_article(store, "Both", [(ours, us, Q.EXACT), (theirs, them, Q.ABOUT)])
    (after,) = find_conflicts_in_store(store)
    assert after.pair == tuple(both) and after.also == (a, b)
    found = decisions_on_copies(store, [after], store.decision_records())
    assert found[after.id].note == "two counts"
    # a decision of the listed conflict's own comes first
    mine = [store.get_claim(i).uuid for i in after.pair]
    store.save_decision(after.id, *mine, DecisionVerdict.ERROR, "a typo")
    assert decisions_on_copies(store, [after], store.decision_records()) == {}


def test_the_listing_follows_a_decision_and_a_source_into_its_copies(
    tmp_path: Path, cli: Invoke
) -> None:
    db = tmp_path / "claims.db"
    with Store.open(db, create=True) as store:
        (a,) = marchers_article(store, "Organisers", [(60_000.0, "the organisers", Q.EXACT)])
        marchers_article(store, "Police", [(15_000.0, "the police", Q.EXACT)])
        (before,) = find_conflicts_in_store(store)
        uuids = [store.get_claim(i).uuid for i in (before.claim_a, before.claim_b)]
        store.save_decision(before.id, *uuids, DecisionVerdict.EXPLAINED, "two counts")
        marchers_article(
            store, "Both", [(60_000.0, "the organisers", Q.EXACT), (15_000.0, "police", Q.ABOUT)]
        )
        organisers = store.get_claim(a).source_id

    def listed(*args: str) -> list[dict[str, Any]]:
        result = cli("--db", str(db), "conflicts", "--json", *args)
        assert result.exit_code == 0, result.stderr
        return list(json.loads(result.stdout)["conflicts"])

    # decided as a copy: no longer open, shown with --all
    assert listed() == []
    (shown,) = listed("--all")
    assert a in shown["also"]
    # the source of a claim that only also reports it still finds it
    assert [c["id"] for c in listed("--all", "--source", str(organisers))] == [shown["id"]]
