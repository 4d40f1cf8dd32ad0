"""The conflict engine on random claim sets (hypothesis): keys with parts and wholes, figures
of every qualifier, dates whole and partial, speakers, hedges, retractions, member lists.

Whatever the claims, the engine does not crash; its answer is the same in any order of the
claims and run after run; each conflict names claims it was given (two different ones, unless
its rule judges one claim alone) and a registered rule of its kind; a restatement is never
flagged; and the per-claim check of ``add`` finds what the full run lists.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from typing import Any

from conflict_cases import EN_COUNT_3, EN_ROLE, LIST_3, LIST_5, RU_COUNT_5, RU_OTHER
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.conflicts import conflicts_for, find_conflicts
from factcheck.conflicts.rules import RULES
from factcheck.models import Claim, ClaimStatus, Conflict, Qualifier

KEYS = [
    ("country:RU", "troops"),
    ("country:BY", "troops"),
    ("org:CSTO", "troops"),
    ("group:people", "killed"),
    ("group:people@place:city:almaty", "killed"),
    ("group:protesters", "killed"),
    ("group:people", "participants"),
    ("group:countries", "count"),
    ("Россия", "troops"),  # a lemma key, as extraction leaves an unknown subject
    (None, None),
]
DATES = [None, "2022", "2022-01", "2022-01-07", "2022-01-08", "2022-02-20", "2023-01-09"]
FIGURES = [0.0, 1.0, 3.0, 5.0, 70.0, 100.0, 300.0, 1400.0, 2000.0, 2200.0, 15000.0, 1e9]


@st.composite
def figures(draw: st.DrawFn) -> tuple[float | None, float | None, Qualifier]:
    """An interval the way extraction and import store it: low ≤ high, open ends by qualifier."""
    q = draw(st.sampled_from(list(Qualifier)))
    a, b = sorted(draw(st.lists(st.sampled_from(FIGURES), min_size=2, max_size=2)))
    if q in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        return a, None, q
    if q in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
        return None, b, q
    if q in (Qualifier.RANGE, Qualifier.VAGUE):
        return a, b, q
    return a, a, q


@st.composite
def claim_fields(draw: st.DrawFn) -> dict[str, Any]:
    key, prop = draw(st.sampled_from(KEYS))
    low, high, q = draw(figures())
    return {
        "subject_key": key,
        "property": prop,
        "subject": draw(st.sampled_from([None, "Россия", "people", "протестующие"])),
        "low": low,
        "high": high,
        "qualifier": q,
        "unit": draw(st.sampled_from([None, None, "%"])),
        "as_of": draw(st.sampled_from(DATES)),
        "source_id": draw(st.integers(1, 4)),
        "source_published": draw(st.sampled_from([None, "2022-01-09", "2022-03-01"])),
        "source_places": draw(st.sampled_from([(), ("country:KZ",), ("country:FR",)])),
        "speaker": draw(st.sampled_from([None, "Ташиев", "police", "organisers"])),
        "hedged": draw(st.booleans()),
        "earlier": draw(st.booleans()),
        "status": draw(st.sampled_from([ClaimStatus.ACTIVE] * 5 + [ClaimStatus.RETRACTED])),
        "member_keys": draw(st.sampled_from([(), LIST_3, LIST_5])) if prop == "count" else (),
        "context": draw(st.sampled_from([(), EN_COUNT_3, EN_ROLE, RU_COUNT_5, RU_OTHER])),
    }


def build(cases: Sequence[dict[str, Any]]) -> list[Claim]:
    return [
        Claim(text=f"claim {i}", id=i, uuid=f"00000000-0000-4000-8000-{i:012d}", **fields)
        for i, fields in enumerate(cases, start=1)
    ]


def by_pair(conflicts: list[Conflict]) -> list[Conflict]:
    return sorted(conflicts, key=lambda c: (c.pair, c.kind, c.rule, c.id))


claim_sets = st.lists(claim_fields(), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(claim_sets, st.randoms(use_true_random=False))
def test_the_answer_is_well_formed_and_the_same_in_any_order(
    cases: list[dict[str, Any]], random: Any
) -> None:
    claims = build(cases)
    found = find_conflicts(claims)
    shuffled = claims[:]
    random.shuffle(shuffled)
    assert by_pair(find_conflicts(shuffled)) == by_pair(found)
    assert find_conflicts(claims) == found  # deterministic
    ids = {c.id for c in claims}
    assert len({c.id for c in found}) == len(found)  # no conflict twice
    for conflict in found:
        assert conflict.rule in RULES
        assert RULES[conflict.rule].kind == conflict.kind
        # two different claims, unless the rule judges one claim alone ("three countries: A,
        # B, C, D" contradicts itself), and then it names that claim twice
        one_claim = len(inspect.signature(RULES[conflict.rule].find).parameters) == 1
        assert (conflict.claim_a == conflict.claim_b) == one_claim, conflict
        assert {conflict.claim_a, conflict.claim_b} <= ids
        assert conflict.explanation and conflict.id


@settings(max_examples=100, deadline=None)
@given(claim_sets, st.data())
def test_a_restatement_is_never_flagged(cases: list[dict[str, Any]], data: st.DataObject) -> None:
    """The same figure on the same date, said again (by another source or speaker), is never a
    conflict with what it restates."""
    original = data.draw(st.integers(0, len(cases) - 1))
    again = {
        **cases[original],
        "source_id": data.draw(st.integers(1, 4)),
        "speaker": data.draw(st.sampled_from([None, "Ташиев", "police"])),
    }
    claims = build([*cases, again])
    pair = (original + 1, len(claims))
    assert [c for c in find_conflicts(claims) if c.pair == pair] == []


@settings(max_examples=100, deadline=None)
@given(claim_sets)
def test_the_per_claim_check_finds_what_the_full_run_lists(cases: list[dict[str, Any]]) -> None:
    claims = build(cases)
    full = find_conflicts(claims)
    for claim in claims:
        mine = [c for c in full if claim.id in c.pair]
        assert by_pair(conflicts_for(claim, claims)) == by_pair(mine)
