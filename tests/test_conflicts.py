"""The conflict engine on hand-built claims (tests/conflict_cases.py): every kind, every
non-conflict, in Russian and English.

Every case is also checked claim by claim, the way ``add`` does it, and through plain rows, the
way a full run over a big ledger does it.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

import pytest
from conflict_cases import (
    CONFLICTS,
    EN_COUNT_3,
    EN_COUNT_5,
    LIST_3,
    NOT_CONFLICTS,
    K,
    S,
    build,
    claim,
    summary,
)

from factcheck.conflicts import (
    ROW_COLUMNS,
    conflicts_for,
    find_conflicts,
    find_conflicts_in_rows,
    related_keys,
    select_conflicts,
)
from factcheck.conflicts.rules import RULES
from factcheck.models import Claim, Conflict, Decision, DecisionVerdict


def per_claim(claims: list[Claim]) -> list[Conflict]:
    """What add does for each claim: fetch the related keys, judge the claim against them."""
    found: dict[str, Conflict] = {}
    for c in claims:
        keys = related_keys(c)
        related = [
            r
            for r in claims
            if any(k in (None, r.subject_key) and p in (None, r.property) for k, p in keys)
        ]
        for conflict in conflicts_for(c, related):
            assert c.id in (conflict.claim_a, conflict.claim_b)
            found[conflict.id] = conflict
    return list(found.values())


def as_row(c: Claim) -> tuple[Any, ...]:
    """A claim as the store's plain row: lists still JSON text, enums as their strings."""
    values = {f: getattr(c, f) for f in ROW_COLUMNS}
    values["member_keys"] = json.dumps(list(c.member_keys), ensure_ascii=False)
    values["context"] = json.dumps(list(c.context), ensure_ascii=False)
    values["qualifier"] = None if c.qualifier is None else str(c.qualifier)
    values["status"] = str(c.status)
    return tuple(values[f] for f in ROW_COLUMNS)


def test_every_rule_is_found_by_a_case() -> None:
    found = {rule for _, expected in CONFLICTS.values() for _, rule, *_ in expected}
    assert found == set(RULES)


@pytest.mark.parametrize("name", list(CONFLICTS))
def test_conflict_found(name: str) -> None:
    case, expected = CONFLICTS[name]
    claims = build(case)
    assert summary(find_conflicts(claims)) == sorted(expected)


@pytest.mark.parametrize("name", list(CONFLICTS) + list(NOT_CONFLICTS))
def test_per_claim_check_and_rows_agree_with_full_run(name: str) -> None:
    claims = build(CONFLICTS[name][0] if name in CONFLICTS else NOT_CONFLICTS[name])
    full = find_conflicts(claims)
    assert summary(per_claim(claims)) == summary(full)
    assert find_conflicts_in_rows(as_row(c) for c in claims) == full


@pytest.mark.parametrize("name", list(NOT_CONFLICTS))
def test_not_a_conflict(name: str) -> None:
    assert find_conflicts(build(NOT_CONFLICTS[name])) == []


def test_explanation_names_both_figures_subjects_and_sources() -> None:
    claims = build(CONFLICTS["value: across languages, the English claim undated"][0])
    claims[0] = replace(claims[0], speaker="Ташиев", source_title="Kazakh desk")
    claims[1] = replace(claims[1], source_title="Wire report")
    [conflict] = find_conflicts(claims)
    assert conflict.explanation == (
        "Russia (troops): 1400 (Ташиев, “Kazakh desk”) vs 2000 (Wire agency, “Wire report”)"
        " — the figures cannot both be true."
    )


@pytest.mark.parametrize(
    ("name", "direction"),
    [
        (
            "update: пока три страны, then five (count with an earlier side)",
            ": 3 (unattributed) → 5",
        ),
        ("update: a later as-of date", ": 1400 (unattributed) → 2000"),
        ("membership: a provisional list ('so far') is low severity", "Kyrgyzstan (troops: 150;"),
        ("part_whole: killed among protesters above all killed", "at least 26 (unattributed)"),
    ],
)
def test_explanation_words(name: str, direction: str) -> None:
    [conflict] = find_conflicts(build(CONFLICTS[name][0]))
    assert direction in conflict.explanation


def test_explanation_names_groups_in_plain_words() -> None:
    part = claim("group:people@place:taraz", "killed", 30, subject="человек")
    whole = claim("group:people", "killed", 20, subject="человек", source_id=2)
    force = claim("group:security_forces", "killed", 25, subject="police", source_id=3)
    found = find_conflicts(build([part, whole, force]))
    assert sorted(c.explanation.split(" is more than")[0] for c in found) == [
        "people in Taraz (killed): 30 (unattributed)",
        "security forces (killed): 25 (unattributed)",
    ]
    assert all("the whole, people (killed): 20" in c.explanation for c in found)


def test_ids_are_stable_and_independent_of_order() -> None:
    claims = build(
        CONFLICTS["value: 1400 vs 2000 (ru)"][0]
        + NOT_CONFLICTS["a restated figure (Россия — 1400 twice)"]
    )
    first = find_conflicts(claims)
    again = find_conflicts(list(reversed(claims)))
    assert first == again
    assert [c.id for c in first] == [c.id for c in find_conflicts(claims)]
    assert all(re.fullmatch(r"c[0-9a-f]{10}", c.id) for c in first)


def test_counts_pair_the_same_claims_whatever_the_order() -> None:
    claims = build(
        [
            claim("group:countries", "count", 3, context=EN_COUNT_3),
            claim("group:countries", "count", 3, context=EN_COUNT_3, source_id=2),
            claim("group:countries", "count", 5, context=EN_COUNT_5, source_id=3),
        ]
    )
    expected = [(K.COUNT, "count.changed", S.MEDIUM, 1, 3)]
    assert summary(find_conflicts(claims)) == expected
    assert summary(find_conflicts(list(reversed(claims)))) == expected


def test_a_restatement_makes_no_new_conflict() -> None:
    claims = build(CONFLICTS["value: 1400 vs 2000 (ru)"][0])
    restated = replace(claims[0], id=3, uuid="00000000-0000-4000-8000-000000000003")
    assert conflicts_for(restated, [*claims, restated]) == []
    assert summary(find_conflicts([*claims, restated])) == [
        (K.VALUE, "value.disjoint", S.HIGH, 1, 2)
    ]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            claim("country:RU", "troops", 1400),
            [
                ("country:RU", "troops"),
                ("org:CSTO", "troops"),
                ("org:EAEU", "troops"),
                ("group:countries", "count"),
            ],
        ),
        (
            claim("group:countries", "count", 3, member_keys=LIST_3),
            [
                ("group:countries", "count"),
                ("country:BY", "troops"),
                ("country:KG", "troops"),
                ("country:KZ", "troops"),
            ],
        ),
        (
            claim("group:protesters", "killed", 26),
            [("group:protesters", "killed"), ("group:people", "killed")],
        ),
        (claim("lemma:офис", "count", 3), [("lemma:офис", "count")]),
        (claim("", "troops", 3), []),
    ],
)
def test_related_keys(fields: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    assert related_keys(build([fields])[0]) == expected


def test_related_keys_of_a_whole_include_its_parts() -> None:
    keys = related_keys(build([claim("group:people", "killed", 26)])[0])
    assert ("group:protesters", "killed") in keys
    assert ("group:journalists", "killed") in keys


def test_select_conflicts_filters() -> None:
    claims = build(
        CONFLICTS["value: 1400 vs 2000 (ru)"][0]
        + [claim("group:countries", "count", 3, member_keys=(*LIST_3, "country:BY"), source_id=3)]
    )
    conflicts = find_conflicts(claims)
    value = next(c for c in conflicts if c.kind == K.VALUE)
    decided = {value.id: Decision(value.id, DecisionVerdict.ERROR, "checked")}
    assert [c.kind for c in select_conflicts(conflicts, decided)] == [K.COUNT]
    assert len(select_conflicts(conflicts, decided, include_decided=True)) == 2
    assert select_conflicts(conflicts, {}, kind=K.VALUE) == [value]
    assert select_conflicts(conflicts, {}, min_severity=S.HIGH) == [value]
    assert select_conflicts(conflicts, {}, claim_ids={3}) == [
        c for c in conflicts if c.kind == K.COUNT
    ]
