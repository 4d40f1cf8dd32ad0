"""The journalist's actions as library calls, on a real ledger in memory (no CLI)."""

from __future__ import annotations

import pytest

from factcheck import actions
from factcheck.errors import FactcheckError
from factcheck.ledger import MEMORY, Store
from factcheck.models import ClaimStatus, Qualifier, Quantity, Rating

# Our own wording (never a real article's sentences).
WIRE = "Moscow has sent 1,400 troops to Kazakhstan, the defence ministry said on Friday.\n"
PAPER = "Москва направила в Казахстан 2000 военнослужащих, сообщили в министерстве обороны.\n"


@pytest.fixture
def wire(store: Store) -> actions.AddedSource:
    return actions.add_source(store, actions.NewSource("Morning wire", outlet="Wire", text=WIRE))


def test_add_source_guesses_language_and_places_and_never_doubles_a_text(
    store: Store, wire: actions.AddedSource
) -> None:
    assert wire.added
    assert (wire.source.language, wire.source.places) == ("en", ("country:KZ",))
    again = actions.add_source(store, actions.NewSource("Same text, other title", text=WIRE))
    assert (again.added, again.source.id) == (False, wire.source.id)
    listed = actions.list_sources(store)
    assert [s.id for s in listed.sources] == [1]
    assert listed.claim_counts == {}


def test_source_places_read_set_and_forget(store: Store, wire: actions.AddedSource) -> None:
    sid = wire.source.id
    assert actions.source_places(store, sid).places == ("country:KZ",)
    assert actions.source_places(store, sid, ["Алматы", "Kazakhstan"]).places == (
        "country:KZ",
        "place:almaty",
    )
    assert actions.source_places(store, sid, []).places == ()


def test_add_claim_reads_the_text_and_takes_the_fields_given(
    store: Store, wire: actions.AddedSource
) -> None:
    fields = actions.ClaimFields(
        "Russia has sent 1400 troops",
        speaker="Defence ministry",
        quote="1,400 troops",
        subject="Россия",
        value=Quantity(1500.0, None, Qualifier.AT_LEAST),
        as_of="2022-01-07",
    )
    added = actions.add_claim(store, wire.source.id, fields)
    claim = added.claim
    assert (claim.subject, claim.subject_key, claim.property) == ("Россия", "country:RU", "troops")
    assert (claim.low, claim.high, claim.qualifier) == (1500.0, None, Qualifier.AT_LEAST)
    assert (claim.quote, claim.start) == ("1,400 troops", WIRE.index("1,400"))
    assert (claim.speaker, claim.as_of) == ("Defence ministry", "2022-01-07")
    assert added.conflicts == ()


def test_add_claim_reports_the_conflict_it_creates(store: Store, wire: actions.AddedSource) -> None:
    paper = actions.add_source(store, actions.NewSource("Evening paper", text=PAPER)).source
    actions.add_claim(store, wire.source.id, actions.ClaimFields("Russia sent 1400 troops"))
    added = actions.add_claim(store, paper.id, actions.ClaimFields("Россия направила 2000 военных"))
    assert [c.pair for c in added.conflicts] == [(1, 2)]


@pytest.mark.parametrize(
    ("quote", "message"),
    [
        (" ", "--quote is empty: give the exact words from the source"),
        ("2,000 troops", 'The quote "2,000 troops" does not occur in source 1\'s text'),
    ],
)
def test_add_claim_refuses_a_quote_not_in_the_text(
    store: Store, wire: actions.AddedSource, quote: str, message: str
) -> None:
    with pytest.raises(FactcheckError, match=message):
        actions.add_claim(store, wire.source.id, actions.ClaimFields("x", quote=quote))
    assert list(store.iter_claims()) == []


def test_find_show_search_retract_history(store: Store, wire: actions.AddedSource) -> None:
    actions.add_claim(store, wire.source.id, actions.ClaimFields("Russia sent 1400 troops"))
    assert [c.id for c in actions.find_claims(store, subject="РФ")] == [1]
    assert actions.find_claims(store, subject="Kazakhstan") == []
    assert [c.id for c in actions.find_claims(store, source_id=1, speaker=None)] == [1]
    with pytest.raises(FactcheckError, match="No source with id 9"):
        actions.find_claims(store, source_id=9)
    assert [c.id for c in actions.search(store, "troops").claims] == [1]
    retracted = actions.retract(store, 1, "the ministry corrected it")
    assert retracted.status == ClaimStatus.RETRACTED
    record = actions.show_claim(store, 1)
    assert (record.source.id, record.retract_reason) == (1, "the ministry corrected it")
    assert [h["action"] for h in actions.history(store, 1)] == ["insert", "retract"]


def test_aliases(store: Store, wire: actions.AddedSource) -> None:
    actions.add_claim(store, wire.source.id, actions.ClaimFields("Russia sent 1400 troops"))
    assert actions.add_alias(store, "Kremlin", "Russia") == "country:RU"
    assert actions.aliases(store) == {"Kremlin": "country:RU"}
    assert [c.id for c in actions.find_claims(store, subject="Kremlin")] == [1]
    with pytest.raises(FactcheckError, match="factcheck does not know 'Qwxyzzy'"):
        actions.add_alias(store, "Blob", "Qwxyzzy")


def test_verify_keeps_evidence_sources_by_uuid(store: Store, wire: actions.AddedSource) -> None:
    actions.add_claim(store, wire.source.id, actions.ClaimFields("Russia sent 1400 troops"))
    verdict = actions.verify(store, 1, Rating.TRUE, "Confirmed", ["1", "https://example.org/x"])
    assert verdict.evidence == (f"source:{wire.source.uuid}", "https://example.org/x")
    with pytest.raises(FactcheckError, match="Say what the check found"):
        actions.verify(store, 1, Rating.TRUE, "  ")


def test_timeline_keeps_the_figures_asked_for(store: Store, wire: actions.AddedSource) -> None:
    paper = actions.add_source(store, actions.NewSource("Evening paper", text=PAPER)).source
    actions.add_claim(store, wire.source.id, actions.ClaimFields("Russia sent 1400 troops"))
    actions.add_claim(store, paper.id, actions.ClaimFields("Россия направила 2000 военных"))
    [line] = actions.timeline(store, "Russia", "TROOPS").timelines
    assert [p.claim.id for p in line.points] == [1, 2]
    with pytest.raises(FactcheckError, match=r"No figure about 'Russia' \(killed\)"):
        actions.timeline(store, "Russia", "killed")
    with pytest.raises(FactcheckError, match="No claims about 'Narnia'"):
        actions.timeline(store, "Narnia")


def test_conflict_claim_ids(store: Store, wire: actions.AddedSource) -> None:
    paper = actions.add_source(store, actions.NewSource("Evening paper", text=PAPER)).source
    actions.add_claim(store, wire.source.id, actions.ClaimFields("Russia sent 1400 troops"))
    actions.add_claim(store, paper.id, actions.ClaimFields("Россия направила 2000 военных"))
    assert actions.conflict_claim_ids(store) is None
    assert actions.conflict_claim_ids(store, subject="Россия") == {1, 2}
    assert actions.conflict_claim_ids(store, source_id=paper.id, subject="Russia") == {2}
    from factcheck.conflicts import find_conflicts_in_store

    [entry] = actions.conflict_entries(store, find_conflicts_in_store(store), {})
    assert (entry.a.source, entry.b.source) == (wire.source, paper)


def test_ledger_contents_import_into_another_ledger(
    store: Store, wire: actions.AddedSource
) -> None:
    from factcheck.export.tabular import parse_jsonl, to_jsonl

    actions.add_claim(store, wire.source.id, actions.ClaimFields("Russia sent 1400 troops"))
    actions.verify(store, 1, Rating.MIXED, "Partly")
    contents = actions.ledger_contents(store)
    assert [len(contents.sources), len(contents.claims), len(contents.verdicts)] == [1, 1, 1]
    text = to_jsonl(contents.sources, contents.claims, contents.decisions, contents.verdicts)
    with Store.open(MEMORY, create=True) as other:
        counts = actions.import_ledger(other, parse_jsonl(text))
        assert (counts["sources"], counts["claims"], counts["verdicts"]) == (1, 1, 1)
        assert [c.uuid for c in other.iter_claims()] == [contents.claims[0].uuid]


def test_every_action_the_package_lists_is_found_in_its_module() -> None:
    # the package imports each action's module on first use; a name listed without a
    # module, or a module without the name, would fail only when a command calls it
    assert sorted(actions._HOMES) == sorted(actions.__all__)
    for name in actions.__all__:
        assert callable(getattr(actions, name)), name
    with pytest.raises(AttributeError):
        actions.no_such_action  # noqa: B018
