"""Claims on real SQLite: recorded with their quote, listed, searched, retracted."""

from __future__ import annotations

import pytest
from ledger_fixtures import TEXT, draft

from factcheck.errors import FactcheckError
from factcheck.ledger import Store
from factcheck.models import ClaimStatus, Qualifier


def test_add_claim_round_trip(store: Store) -> None:
    src = store.add_source(title="Wire", published="2022-01-07", text=TEXT)
    start = TEXT.index("1,400 troops")
    claim = store.add_claim(
        src.id,
        draft(
            quote="1,400 troops",
            start=start,
            end=start + 12,
            speaker="Defence ministry",
            attribution="the ministry said",
            members=("Armenia", "Russia"),
            member_keys=("country:AM", "country:RU"),
            as_of="2022-01-07",
            hedged=True,
            context=("troop", "arrive"),
        ),
    )
    assert claim.id == 1
    assert claim.speaker == "Defence ministry" and claim.speaker_id == 1
    assert claim.source_title == "Wire" and claim.source_published == "2022-01-07"
    assert (claim.low, claim.high, claim.qualifier) == (1400.0, 1400.0, Qualifier.EXACT)
    assert claim.members == ("Armenia", "Russia")
    assert claim.member_keys == ("country:AM", "country:RU")
    assert claim.context == ("troop", "arrive")
    assert claim.hedged is True and claim.earlier is False
    assert claim.status == ClaimStatus.ACTIVE
    assert store.get_claim(1) == claim
    prefix, suffix = store.conn.execute("SELECT prefix, suffix FROM claims").fetchone()
    assert prefix == TEXT[start - 16 : start] == "he ministry said "[-16:]
    assert suffix == TEXT[start + 12 : start + 28]
    assert [h["action"] for h in store.history(1)] == ["insert"]


def test_add_claims_is_one_transaction(store: Store) -> None:
    src = store.add_source(title="Wire", text=TEXT)
    with pytest.raises(FactcheckError, match="outside source 1's text"):
        store.add_claims(src.id, [draft(), draft(start=0, end=10_000)])
    assert store.list_claims() == []
    assert store.counts()["claims"] == 0


def test_unknown_claim(store: Store) -> None:
    with pytest.raises(FactcheckError, match=r"^No claim with id 3$"):
        store.get_claim(3)


def test_list_claims_filters(store: Store) -> None:
    one = store.add_source(title="One")
    two = store.add_source(title="Two")
    store.add_claim(one.id, draft())
    store.add_claim(two.id, draft(subject="протестующие", subject_key="group:protesters"))
    store.add_claim(two.id, draft(subject="Казахстан", subject_key="country:KZ"))
    store.retract(3, "wrong country")
    assert [c.id for c in store.list_claims(source_id=two.id)] == [2, 3]
    assert [c.id for c in store.list_claims(include_retracted=False)] == [1, 2]


def test_iter_claims_streams_in_order(store: Store) -> None:
    src = store.add_source(title="One")
    store.add_claims(src.id, [draft(text=f"claim {i}") for i in range(5)])
    assert [c.text for c in store.iter_claims()] == [f"claim {i}" for i in range(5)]


def test_retract_keeps_claim_and_logs(store: Store) -> None:
    src = store.add_source(title="One")
    store.add_claim(src.id, draft())
    claim = store.retract(1, "the agency corrected itself")
    assert claim.status == ClaimStatus.RETRACTED
    assert store.retract_reason(1) == "the agency corrected itself"
    last = store.history(1)[-1]
    assert (last["action"], last["field"], last["old"], last["new"], last["note"]) == (
        "retract",
        "status",
        "active",
        "retracted",
        "the agency corrected itself",
    )
    with pytest.raises(FactcheckError, match="already retracted"):
        store.retract(1, "again")
    store.add_claim(src.id, draft())
    with pytest.raises(FactcheckError, match="Say why"):
        store.retract(2, "  ")


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("Касым-Жомарт", [1]),
        ("касым-жомарт токаев", [1]),
        ('"unbalanced', []),
        ("AND (", []),
        ("(", []),
        ("*", [3]),
        ("<b>", [3]),
        ("troops", [2]),
        ("NOT troops", []),
        ("протестующих", [1]),
        ("[citation", [3]),
        ("needed]", [3]),
        ("|", [3]),
        ("%", []),
        ("_", []),
    ],
)
def test_search_any_text_is_safe(store: Store, query: str, ids: list[int]) -> None:
    src = store.add_source(title="One")
    store.add_claim(src.id, draft(text="Касым-Жомарт Токаев назвал протестующих террористами"))
    store.add_claim(src.id, draft(text="Russia sends 1400 troops"))
    store.add_claim(src.id, draft(text="[citation needed] [/b] <b>x</b> | *y*", subject=None))
    assert [c.id for c in store.search(query)] == ids
