"""A share of a group broken down by a category is a share of its own sub-group; an item that
names only a category keeps the group of the share before it. Shares of different sub-groups
are never compared; two speakers' shares of one sub-group are."""

from __future__ import annotations

import pytest
from ledger_fixtures import extracted_ledger

from factcheck.conflicts import find_conflicts
from factcheck.models import ClaimDraft
from factcheck.pipeline.article import extract_claims

PRIMARY_EN = "lemma:teacher@in:primary school"
SECONDARY_EN = "lemma:teacher@in:secondary school"

CASES = [
    (
        "The ministry said 31% of teachers were on strike in primary schools and 24% in "
        "secondary schools.",
        [PRIMARY_EN, SECONDARY_EN],
    ),
    (
        "In detail, 30% of teachers struck at primary schools, 22% at secondary schools.",
        [PRIMARY_EN, SECONDARY_EN],
    ),
    ("The union reported a strike rate of 47% of teachers in primary schools.", [PRIMARY_EN]),
    ("According to the union, 58% of teachers at the secondary school walked out.", [SECONDARY_EN]),
    (
        "About 20% of employees in the public sector were on strike, officials said.",
        ["lemma:employee@in:public sector"],
    ),
    (
        "Almost one in five nurses (19%) in the health service joined the walkout.",
        ["lemma:nurse@in:health service"],
    ),
    (
        "По данным министерства, бастовали 31% учителей начальных классов, 24% — в начальных "
        "школах.",
        ["lemma:учитель@in:начальный класс", "lemma:учитель@in:начальный школа"],
    ),
    (
        "Профсоюз сообщил, что бастуют 60% учителей средних школ.",
        ["lemma:учитель@in:средний школа"],
    ),
    (
        "В забастовке участвовали 18% сотрудников государственного сектора.",
        ["lemma:сотрудник@in:государственный сектор"],
    ),
    ("Бастуют 40% врачей в районных больницах.", ["lemma:врач@in:районный больница"]),
    # a bare share closing a clause of its own, the category named before it in that clause
    (
        "The ministry counted 31% of teachers in primary schools, and the largest secondary "
        "school union gives 52%.",
        [PRIMARY_EN, SECONDARY_EN],
    ),
    (
        "Officials put it at 27% of teachers at primary schools; the secondary school union "
        "speaks of 49%.",
        [PRIMARY_EN, SECONDARY_EN],
    ),
    (
        "По данным министерства, бастовали 28% учителей начальных классов, а профсоюз учителей "
        "средних классов говорит о 61%.",
        ["lemma:учитель@in:начальный класс", "lemma:учитель@in:средний класс"],
    ),
]

NO_CATEGORY = [
    ("Officials said 18% of public-sector staff and 35% of rail workers joined.", "lemma:worker"),
    ("At the national railway, 40% of the employees stopped work.", "lemma:employee"),
    ("The party won 40% of the vote in rural districts.", "lemma:vote"),
    ("Turnout was 40% in the capital.", "lemma:turnout"),
    # a bare share closing a clause that names no category: the share before's own sub-group
    (
        "The ministry counted 31% of teachers in primary schools, and the union gives 52%.",
        PRIMARY_EN,
    ),
    ("По данным министерства, бастовали 35% учителей, а профсоюз говорит о 52%.", "lemma:учитель"),
]


def _shares(text: str) -> list[ClaimDraft]:
    return [c for c in extract_claims(text, published="2024-03-01") if c.property == "share"]


@pytest.mark.parametrize(("text", "keys"), CASES)
def test_each_share_is_of_its_own_sub_group(text: str, keys: list[str]) -> None:
    assert [c.subject_key for c in _shares(text)] == keys


@pytest.mark.parametrize(("text", "key"), NO_CATEGORY)
def test_a_share_with_no_category_keeps_its_group(text: str, key: str) -> None:
    assert _shares(text)[-1].subject_key == key


MINISTRY = "The ministry said 31% of teachers struck in primary schools, 24% in secondary schools."
MINISTRY_RU = (
    "По данным министерства, бастовали 31% учителей средних школ, 24% — в начальных школах."
)


@pytest.mark.parametrize(
    ("texts", "conflicts"),
    [
        ((MINISTRY, "The union said 60% of teachers in secondary schools struck."), 1),
        ((MINISTRY, "The union said 31% of teachers in primary schools struck."), 0),
        ((MINISTRY_RU, "Профсоюз сообщил, что бастуют 60% учителей средних школ."), 1),
        ((MINISTRY_RU,), 0),
        ((MINISTRY,), 0),
    ],
)
def test_shares_of_one_sub_group_are_compared(texts: tuple[str, ...], conflicts: int) -> None:
    assert len(find_conflicts(extracted_ledger(*texts))) == conflicts
