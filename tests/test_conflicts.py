"""The conflict engine on hand-built claims: every kind, every non-conflict, in Russian and English.

Each case is a list of claims (ids 1, 2, … in order) and the conflicts expected among them as
(kind, rule, severity, claim_a, claim_b). Every case is also checked claim by claim, the way
``add`` does it, and through plain rows, the way a full run over a big ledger does it.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from factcheck.conflicts import (
    ROW_COLUMNS,
    check_claim,
    conflicts_for,
    find_conflicts,
    find_conflicts_in_rows,
    find_conflicts_in_store,
    related_keys,
    select_conflicts,
)
from factcheck.conflicts.rules import RULES
from factcheck.conflicts.run import _tasks
from factcheck.errors import FactcheckError
from factcheck.models import (
    Claim,
    ClaimDraft,
    ClaimStatus,
    Conflict,
    ConflictKind,
    Decision,
    DecisionVerdict,
    Qualifier,
    Severity,
)
from factcheck.store import Store

K = ConflictKind
S = Severity
Q = Qualifier

RU_COUNT_3 = ("ранее", "сообщаться", "согласие", "участие", "миссия", "одкб", "дать", "страна")
RU_COUNT_5 = ("согласие", "участие", "миссия", "одкб", "дать", "страна", "пять")
EN_COUNT_3 = ("three", "countries", "agreed", "join", "csto", "mission", "kazakhstan")
EN_COUNT_5 = ("five", "countries", "agreed", "join", "csto", "mission", "kazakhstan")
EN_ROLE = ("belarus", "sends", "troops", "csto", "mission", "kazakhstan", "join")
RU_OTHER = ("выборы", "парламент", "голосование", "страна", "наблюдатель")
LIST_3 = ("country:AM", "country:TJ", "country:RU")
LIST_5 = ("country:AM", "country:TJ", "country:KG", "country:BY", "country:RU")


def claim(
    key: str,
    prop: str,
    low: float | None,
    high: float | None = -1.0,
    q: Qualifier = Q.EXACT,
    **kw: Any,
) -> dict[str, Any]:
    """One claim's fields; ``high`` defaults to ``low`` (an exact figure)."""
    fields = {
        "subject_key": key,
        "property": prop,
        "low": low,
        "high": low if high == -1.0 else high,
        "qualifier": q,
        "as_of": "2022-01-07",
        "source_id": 1,
    }
    return {**fields, **kw}


def build(case: list[dict[str, Any]]) -> list[Claim]:
    return [
        Claim(text=f"claim {i}", id=i, uuid=f"00000000-0000-4000-8000-{i:012d}", **fields)
        for i, fields in enumerate(case, start=1)
    ]


Expected = tuple[ConflictKind, str, Severity, int, int]

CONFLICTS: dict[str, tuple[list[dict[str, Any]], list[Expected]]] = {
    "value: 1400 vs 2000 (ru)": (
        [
            claim("country:RU", "troops", 1400, subject="Россия", speaker="Ташиев"),
            claim("country:RU", "troops", 2000, subject="Россия", source_id=2),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 1, 2)],
    ),
    "value: across languages, the English claim undated": (
        [
            claim("country:RU", "troops", 1400, subject="Россия", context=RU_COUNT_5),
            claim(
                "country:RU",
                "troops",
                2000,
                subject="Russia",
                as_of=None,
                context=EN_ROLE,
                source_id=2,
                speaker="Wire agency",
            ),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 1, 2)],
    ),
    "value: a range and a figure outside it (от 100 до 300 / 500)": (
        [
            claim("country:AM", "troops", 100, 300, Q.RANGE),
            claim("country:AM", "troops", 500, source_id=2),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 1, 2)],
    ),
    "value: несколько vs десятки is low severity": (
        [
            claim("country:BY", "troops", 2, 9, Q.VAGUE),
            claim("country:BY", "troops", 20, 99, Q.VAGUE, source_id=2),
        ],
        [(K.VALUE, "value.disjoint", S.LOW, 1, 2)],
    ),
    "value: about 2000 vs 2300 is beyond 10 %": (
        [
            claim("country:RU", "troops", 2000, q=Q.ABOUT),
            claim("country:RU", "troops", 2300, source_id=2),
        ],
        [(K.VALUE, "value.disjoint", S.MEDIUM, 1, 2)],
    ),
    "value: a hedged side is low severity (reportedly)": (
        [
            claim("country:RU", "troops", 1400),
            claim("country:RU", "troops", 3000, hedged=True, source_id=2),
        ],
        [(K.VALUE, "value.disjoint", S.LOW, 1, 2)],
    ),
    "count: три страны vs пять стран in the same context": (
        [
            claim("group:countries", "count", 3, context=(*RU_COUNT_5[:-1], "три")),
            claim("group:countries", "count", 5, context=RU_COUNT_5, source_id=2),
        ],
        [(K.COUNT, "count.changed", S.MEDIUM, 1, 2)],
    ),
    "count: three countries vs five (en)": (
        [
            claim("group:countries", "count", 3, context=EN_COUNT_3),
            claim("group:countries", "count", 5, context=EN_COUNT_5, source_id=2),
        ],
        [(K.COUNT, "count.changed", S.MEDIUM, 1, 2)],
    ),
    "count: the member lists decide across languages": (
        [
            claim("group:countries", "count", 3, context=RU_COUNT_3, member_keys=LIST_3),
            claim("group:countries", "count", 5, context=EN_COUNT_5, member_keys=LIST_5),
        ],
        [(K.COUNT, "count.changed", S.MEDIUM, 1, 2)],
    ),
    "count: 'three countries' listing four": (
        [claim("group:countries", "count", 3, member_keys=(*LIST_3, "country:BY"))],
        [(K.COUNT, "count.member_list", S.MEDIUM, 1, 1)],
    ),
    "update: пока три страны, then five (count with an earlier side)": (
        [
            claim("group:countries", "count", 5, context=RU_COUNT_5, member_keys=LIST_5),
            claim(
                "group:countries", "count", 3, context=RU_COUNT_3, member_keys=LIST_3, earlier=True
            ),
        ],
        [(K.UPDATE, "update.earlier_marked", S.LOW, 2, 1)],
    ),
    "membership: Belarus sends 300 but is not among the three (same source)": (
        [
            claim("group:countries", "count", 3, context=RU_COUNT_5, member_keys=LIST_3),
            claim("country:BY", "troops", 300, subject="Беларусь"),
            claim("country:BY", "troops", 300, subject="Беларусь"),  # restated: flagged once
            claim("country:BY", "vehicles", 11, subject="Беларусь"),  # not a role
        ],
        [(K.MEMBERSHIP, "membership.left_out", S.MEDIUM, 1, 2)],
    ),
    "membership: a provisional list ('so far') is low severity": (
        [
            claim(
                "group:countries", "count", 3, context=RU_COUNT_3, member_keys=LIST_3, earlier=True
            ),
            claim("country:KG", "troops", 150, subject="Кыргызстан"),
        ],
        [(K.MEMBERSHIP, "membership.left_out", S.LOW, 1, 2)],
    ),
    "membership: another source, a fellow CSTO member, a similar sentence (en)": (
        [
            claim("group:countries", "count", 3, context=EN_COUNT_3, member_keys=LIST_3),
            claim("country:BY", "troops", 300, subject="Belarus", context=EN_ROLE, source_id=2),
        ],
        [(K.MEMBERSHIP, "membership.left_out", S.MEDIUM, 1, 2)],
    ),
    "membership: across languages, the sentences naming the same places": (
        [
            claim(
                "group:countries",
                "count",
                4,
                context=("контингент", "страна", "country:KZ"),
                member_keys=("country:RU", "country:BY", "country:AM", "country:TJ"),
                as_of="2022-01-09",
            ),
            claim(
                "country:KG",
                "troops",
                150,
                subject="Kyrgyzstan",
                source_id=2,
                context=("kyrgyzstan", "sent", "country:KG", "country:AM"),
                as_of="2022-01-08",
            ),
        ],
        [(K.MEMBERSHIP, "membership.left_out", S.MEDIUM, 1, 2)],
    ),
    "update: a later as-of date": (
        [
            claim("country:RU", "troops", 2000, as_of="2022-01-08"),
            claim("country:RU", "troops", 1400, as_of="2022-01-06", source_id=2),
        ],
        [(K.UPDATE, "update.later_date", S.LOW, 2, 1)],
    ),
    "update: so far 3 killed, then 5 (earlier mark)": (
        [
            claim("group:people", "killed", 3, earlier=True),
            claim("group:people", "killed", 5, source_id=2),
        ],
        [(K.UPDATE, "update.earlier_marked", S.LOW, 1, 2)],
    ),
    "update: a toll only grows (dates too coarse to order)": (
        [
            claim("group:people", "killed", 40, as_of="2022-01"),
            claim("group:people", "killed", 26, as_of="2022-01-07", source_id=2),
        ],
        [(K.UPDATE, "update.cumulative", S.LOW, 2, 1)],
    ),
    "update: each state against the one before, not every earlier one": (
        [
            claim("country:RU", "troops", 100, as_of="2022-01-05"),
            claim("country:RU", "troops", 200, as_of="2022-01-06"),
            claim("country:RU", "troops", 300, as_of="2022-01-07"),
        ],
        [
            (K.UPDATE, "update.later_date", S.LOW, 1, 2),
            (K.UPDATE, "update.later_date", S.LOW, 2, 3),
        ],
    ),
    "value: a toll that shrinks later": (
        [
            claim("group:people", "killed", 40, as_of="2022-01-06"),
            claim("group:people", "killed", 26, as_of="2022-01-07", source_id=2),
        ],
        [(K.VALUE, "value.cumulative_decrease", S.MEDIUM, 1, 2)],
    ),
    "retracted: retracted in one source, restated in another": (
        [
            claim("country:RU", "troops", 1400, status=ClaimStatus.RETRACTED),
            claim("country:RU", "troops", 1400, source_id=2),
        ],
        [(K.RETRACTED, "retracted.restated", S.HIGH, 1, 2)],
    ),
    "part_whole: killed among protesters above all killed": (
        [
            claim("group:protesters", "killed", 26, None, Q.AT_LEAST),
            claim("group:people", "killed", 10, source_id=2),
        ],
        [(K.PART_WHOLE, "part_whole.exceeds", S.HIGH, 1, 2)],
    ),
    "part_whole: a contingent a day later above the whole force": (
        [
            claim("org:CSTO", "troops", 2500, q=Q.ABOUT, as_of="2022-01-08"),
            claim("country:RU", "troops", 3000, None, Q.MORE_THAN, as_of="2022-01-09", source_id=2),
        ],
        [(K.PART_WHOLE, "part_whole.exceeds", S.HIGH, 2, 1)],
    ),
    "part_whole: one country's contingent above the whole CSTO force": (
        [
            claim("org:CSTO", "troops", 2500),
            claim("country:RU", "troops", 3000, source_id=2),
        ],
        [(K.PART_WHOLE, "part_whole.exceeds", S.HIGH, 2, 1)],
    ),
    "update: a town's toll a day later above the earlier whole (it grew)": (
        [
            claim("group:people", "killed", 11, as_of="2023-10-26"),
            claim("group:people@place:kamennogorsk", "killed", 14, as_of="2023-10-27"),
        ],
        [(K.UPDATE, "update.cumulative", S.LOW, 1, 2)],
    ),
    "value: two sources naming one town (Alma-Ata, Almaty)": (
        [
            claim("group:people", "killed", 16, source_places=("place:alma-ata",)),
            claim("group:people", "killed", 40, source_id=2, source_places=("place:almaty",)),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 1, 2)],
    ),
    "value: two sources naming one country, different towns": (
        [
            claim("group:people", "killed", 16, source_places=("country:KZ", "place:almaty")),
            claim("group:people", "killed", 40, source_id=2, source_places=("country:KZ",)),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 1, 2)],
    ),
    "part_whole: a share larger than the figure it is a share of": (
        [
            claim("group:people", "injured", 31),
            claim("group:people@part", "injured", 40),
        ],
        [(K.PART_WHOLE, "part_whole.exceeds", S.HIGH, 2, 1)],
    ),
    "value: the same share in two sources differs": (
        [
            claim("group:people@part", "injured", 12),
            claim("group:people@part", "injured", 20, source_id=2),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 1, 2)],
    ),
    "value: one source's places unknown": (
        [
            claim("group:people", "killed", 16, source_places=("place:novoozersk",)),
            claim("group:people", "killed", 40, source_id=2),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 1, 2)],
    ),
}

FIRE = ("place:novoozersk",)
DAM = ("country:KG", "place:sarytokoi")

NOT_CONFLICTS: dict[str, list[dict[str, Any]]] = {
    "the dead of two events set in different places (a fire, a dam)": [
        claim("group:people", "killed", 5, source_places=FIRE),
        claim("group:people", "killed", 9, source_id=2, source_places=DAM),
    ],
    "a later toll of another event, set elsewhere, is no update": [
        claim("group:people", "killed", 5, source_places=FIRE),
        claim("group:people", "killed", 14, as_of="2022-01-08", source_id=2, source_places=DAM),
    ],
    "two shares of one figure in one source ('12 of them', '5 of them')": [
        claim("group:people", "injured", 31),
        claim("group:people@part", "injured", 12),
        claim("group:people@part", "injured", 5),
    ],
    "a part and a whole of two events set in different places": [
        claim("group:children", "injured", 12, source_places=FIRE),
        claim("group:people", "injured", 5, source_id=2, source_places=DAM),
    ],
    "a restated figure (Россия — 1400 twice)": [
        claim("country:RU", "troops", 1400, speaker="Ташиев"),
        claim("country:RU", "troops", 1400, source_id=2),
    ],
    "overlapping ranges (от 100 до 300 and 200)": [
        claim("country:TJ", "troops", 100, 300, Q.RANGE),
        claim("country:TJ", "troops", 200, source_id=2),
    ],
    "'dozens' beside 'at least 26'": [
        claim("group:people", "killed", 20, 99, Q.VAGUE),
        claim("group:people", "killed", 26, None, Q.AT_LEAST, source_id=2),
    ],
    "about 2000 and 2150 (within 10 %)": [
        claim("country:RU", "troops", 2000, q=Q.ABOUT),
        claim("country:RU", "troops", 2150, source_id=2),
    ],
    "killed, injured and detained are different quantities": [
        claim("group:protesters", "killed", 26, None, Q.AT_LEAST),
        claim("group:protesters", "injured", 18),
        claim("group:protesters", "detained", 3000, None, Q.MORE_THAN),
    ],
    "Armenia's and Russia's contingents are different subjects": [
        claim("country:AM", "troops", 100, 300, Q.RANGE),
        claim("country:RU", "troops", 1400),
    ],
    "two figures of one sentence of one quote": [
        claim("lemma:офис", "count", 3, context=RU_OTHER, start=10),
        claim("lemma:офис", "count", 12, context=RU_OTHER, start=40),
    ],
    "counts of countries in unrelated sentences": [
        claim("group:countries", "count", 3, context=RU_COUNT_3),
        claim("group:countries", "count", 40, context=RU_OTHER, source_id=2),
    ],
    "every country sending troops is on the list": [
        claim("group:countries", "count", 5, context=RU_COUNT_5, member_keys=LIST_5),
        claim("country:BY", "troops", 300),
        claim("country:KG", "troops", 150),
    ],
    "vehicles and armour are not a role in the mission": [
        claim("group:countries", "count", 3, context=RU_COUNT_5, member_keys=LIST_3),
        claim("country:KG", "vehicles", 11),
        claim("country:KG", "armour", 8),
    ],
    "a list and an unrelated role claim from another source": [
        claim("group:countries", "count", 3, context=EN_COUNT_3, member_keys=LIST_3),
        claim("country:BY", "troops", 300, context=RU_OTHER, source_id=2),
    ],
    "a retraction restated by the same source": [
        claim("country:RU", "troops", 1400, status=ClaimStatus.RETRACTED),
        claim("country:RU", "troops", 1400),
    ],
    "a retracted figure and a different one": [
        claim("country:RU", "troops", 1400, status=ClaimStatus.RETRACTED),
        claim("country:RU", "troops", 2000, source_id=2),
    ],
    "figures more than a month apart": [
        claim("country:RU", "troops", 1400, as_of="2022-01-07"),
        claim("country:RU", "troops", 3000, as_of="2022-06-01", source_id=2),
    ],
    "a percentage and a count": [
        claim("group:people", "share", 40, unit="%"),
        claim("group:people", "share", 4000, source_id=2),
    ],
    "a list and a role claim naming only the role's own country": [
        claim("group:countries", "count", 3, context=("страна",), member_keys=LIST_3),
        claim("country:BY", "troops", 300, context=("country:BY", "minsk"), source_id=2),
    ],
    "a part within its whole": [
        claim("group:protesters", "killed", 26, None, Q.AT_LEAST),
        claim("group:people", "killed", 20, 99, Q.VAGUE, source_id=2),
    ],
}


def summary(conflicts: list[Conflict]) -> list[Expected]:
    return sorted((c.kind, c.rule, c.severity, c.claim_a, c.claim_b) for c in conflicts)


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


# ---- the store's lean paths: collapsed rows for a full run, a date window per claim --------

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
            text="x" * 5000,
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
    collapsed = list(
        store.iter_claim_rows(
            ROW_COLUMNS, collapse=True, keep_every=("count",), first_per_source=("troops",)
        )
    )
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
