"""Who gives a figure decides between a dispute and an update (docs/conflicts.md): rival
speakers in one sentence or a day apart, one side's figures, one page updating its own toll —
on hand-built claims, in Russian and English."""

from __future__ import annotations

from typing import Any

import pytest
from conflict_cases import Expected, K, Q, S, build, claim, summary
from test_conflicts import as_row, per_claim

from factcheck.conflicts import find_conflicts, find_conflicts_in_rows

EN_MARCH = ("police", "count", "marcher", "rennes", "union", "claim")
RU_MARCH = ("нант", "полиция", "насчитать", "человек", "профсоюз")
SUNDAY, MONDAY, TUESDAY = "2023-02-12", "2023-02-13", "2023-02-14"


def said(value: float, speaker: str | None, **kw: Any) -> dict[str, Any]:
    """A participants figure, or (``prop``) another measure, given by ``speaker``."""
    prop = kw.pop("prop", "participants")
    return claim(kw.pop("key", "group:people"), prop, value, speaker=speaker, **kw)


def dead(value: float, speaker: str | None, **kw: Any) -> dict[str, Any]:
    return said(value, speaker, prop="killed", **kw)


CASES: dict[str, tuple[list[dict[str, Any]], list[Expected]]] = {
    # "Police counted 8,200 marchers in Rennes, while the unions claimed 26,000."
    "rivals in one sentence (en)": (
        [
            said(8200, "police", context=EN_MARCH, start=0),
            said(26000, "unions", context=EN_MARCH, start=50),
        ],
        [(K.VALUE, "value.disputed", S.HIGH, 1, 2)],
    ),
    # «В Нанте полиция насчитала 9 400 человек, профсоюзы – 31 тыс.»
    "rivals in one sentence (ru)": (
        [
            said(9400, "полиция", context=RU_MARCH, start=0),
            said(31000, "профсоюзы", context=RU_MARCH, start=40),
        ],
        [(K.VALUE, "value.disputed", S.HIGH, 1, 2)],
    ),
    # "The prefecture counted 4,100 demonstrators; the CGT, 12,000": bare counts of a group
    "rival counts of one group in one sentence": (
        [
            said(4100, "prefecture", prop="count", key="group:protesters", context=EN_MARCH),
            said(12000, "CGT", prop="count", key="group:protesters", context=EN_MARCH),
        ],
        [(K.VALUE, "value.disputed", S.HIGH, 1, 2)],
    ),
    # "Police counted 12,000 marchers on Saturday" / "the organisers said on Sunday 40,000"
    "rivals a day apart (en)": (
        [
            said(12000, "police", as_of=SUNDAY),
            said(40000, "organisers", q=Q.ABOUT, as_of=MONDAY, source_id=2),
        ],
        [(K.VALUE, "value.disputed", S.MEDIUM, 1, 2)],
    ),
    # «Полиция: в шествии 12 тыс.» / «организаторы на следующий день: около 40 тыс.»
    "rivals a day apart (ru)": (
        [
            said(40000, "организаторы", q=Q.ABOUT, as_of=MONDAY, source_id=2),
            said(12000, "полиция", as_of=SUNDAY),
        ],
        [(K.VALUE, "value.disputed", S.MEDIUM, 1, 2)],
    ),
    # "11 dead, the ministry said"; a day later "the toll rose to 14, the governor said"
    "rivals a day apart, a toll that grew: an update": (
        [dead(11, "ministry", as_of=SUNDAY), dead(14, "governor", as_of=MONDAY, source_id=2)],
        [(K.UPDATE, "update.later_date", S.LOW, 1, 2)],
    ),
    "rivals a day apart, a toll that shrank": (
        [dead(14, "ministry", as_of=SUNDAY), dead(11, "governor", as_of=MONDAY, source_id=2)],
        [(K.VALUE, "value.cumulative_decrease", S.MEDIUM, 1, 2)],
    ),
    "rivals on one page, one day, two sentences": (
        [dead(1408, "Минздрав Сирии"), dead(4000, "ВОЗ", q=Q.ABOUT)],
        [(K.VALUE, "value.disjoint", S.MEDIUM, 1, 2)],
    ),
    # "the CGT said 1.2 million marched"; a day later "the CGT's general secretary: 1.5 million"
    "one side a day later is an update": (
        [
            said(1_200_000, "CGT", as_of=SUNDAY),
            said(1_500_000, "general secretary of the CGT", as_of=MONDAY, source_id=2),
        ],
        [(K.UPDATE, "update.later_date", S.LOW, 1, 2)],
    ),
    # «Ранее полиция сообщала о 20 тыс. участников», then the organisers' 31,000 the next day
    "a rival's figure marked as earlier is an update": (
        [
            said(20000, "полиция", earlier=True, as_of=SUNDAY),
            said(31000, "организаторы", as_of=MONDAY, source_id=2),
        ],
        [(K.UPDATE, "update.earlier_marked", S.LOW, 1, 2)],
    ),
    # "2,100 dead, the Health Ministry said" / next day "the UN puts the dead at about 6,000"
    "a rival's toll more than double a day later (en)": (
        [
            dead(2100, "Health Ministry", as_of=SUNDAY),
            dead(6000, "UN agency", q=Q.ABOUT, as_of=MONDAY, source_id=2),
        ],
        [(K.VALUE, "value.outgrown", S.MEDIUM, 1, 2)],
    ),
    # «МЧС: погибли 310 человек» / на следующий день «ООН: не менее 800 погибших»
    "a rival's toll more than double a day later (ru)": (
        [
            dead(800, "ООН", q=Q.AT_LEAST, high=None, as_of=MONDAY, source_id=2),
            dead(310, "МЧС", as_of=SUNDAY),
        ],
        [(K.VALUE, "value.outgrown", S.MEDIUM, 2, 1)],
    ),
    # "МЧС: погибли 1 200 человек" / two days later "ВОЗ: около 3 000 погибших"
    "a rival's death toll more than double two days later": (
        [
            dead(1200, "МЧС", as_of=SUNDAY),
            dead(3000, "ВОЗ", q=Q.ABOUT, as_of=TUESDAY, source_id=2),
        ],
        [(K.VALUE, "value.outgrown", S.MEDIUM, 1, 2)],
    ),
    # an outbreak's cases, 140 then 290 two days later: the count of the ill grew
    "a rival's count of the ill more than double two days later: it grew": (
        [
            said(140, "health ministry", prop="ill", as_of=SUNDAY),
            said(290, "regional office", prop="ill", as_of=TUESDAY, source_id=2),
        ],
        [(K.UPDATE, "update.later_date", S.LOW, 1, 2)],
    ),
    "a rival's toll under double a day later: the toll grew": (
        [
            dead(2100, "Health Ministry", as_of=SUNDAY),
            dead(3900, "UN agency", as_of=MONDAY, source_id=2),
        ],
        [(K.UPDATE, "update.later_date", S.LOW, 1, 2)],
    ),
    # «МВД: 100 погибших» / "the Interior Ministry said 350 had died": one voice's series
    "one voice's toll more than double a day later: an update": (
        [
            dead(100, "МВД", as_of=SUNDAY),
            dead(350, "the Interior Ministry", as_of=MONDAY, source_id=2),
        ],
        [(K.UPDATE, "update.later_date", S.LOW, 1, 2)],
    ),
    # "the toll could reach 6,000, the UN warned": an estimate, not a count
    "a rival's hedged estimate a day later: no dispute": (
        [
            dead(2100, "Health Ministry", as_of=SUNDAY),
            dead(6000, "UN agency", hedged=True, as_of=MONDAY, source_id=2),
        ],
        [(K.UPDATE, "update.later_date", S.LOW, 1, 2)],
    ),
    "an unattributed toll more than double a day later: an update": (
        [dead(2100, "Health Ministry", as_of=SUNDAY), dead(6000, None, as_of=MONDAY, source_id=2)],
        [(K.UPDATE, "update.later_date", S.LOW, 1, 2)],
    ),
    "rivals two days apart, under double: the toll grew": (
        [
            dead(1420, "Health Ministry", as_of=SUNDAY),
            dead(2700, "WHO", as_of=TUESDAY, source_id=2),
        ],
        [(K.UPDATE, "update.later_date", S.LOW, 1, 2)],
    ),
    # "deaths in 2020: 162,000, the statistics service said" / "… 78,000, the task force said"
    "rivals' tolls of one year: too coarse to be the same time": (
        [
            dead(162000, "statistics service", as_of="2020"),
            dead(78000, "task force", as_of="2020", source_id=2),
        ],
        [(K.UPDATE, "update.cumulative", S.LOW, 2, 1)],
    ),
    # a year's totals reported after it ended: final counts, so rivals' differ in dispute
    "rivals' tolls of a year that had ended: a dispute": (
        [
            dead(162000, "statistics service", as_of="2020", source_published="2021-02-08"),
            dead(78000, "task force", as_of="2020", source_id=2, source_published="2021-02-08"),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 1, 2)],
    ),
    "one voice's tolls of a year that had ended: not disputed by a rival": (
        [
            dead(162000, "statistics service", as_of="2020", source_published="2021-02-08"),
            dead(
                78000,
                "statistics service",
                as_of="2020",
                source_id=2,
                source_published="2021-02-08",
            ),
        ],
        [(K.UPDATE, "update.cumulative", S.LOW, 2, 1)],
    ),
    # «Число погибших достигло 93» … «к вечеру выросло до 133»: one page, one voice
    "one page updating its toll (ru)": (
        [dead(133, None, start=300), dead(93, None, start=10)],
        [(K.UPDATE, "update.cumulative", S.LOW, 2, 1)],
    ),
    "one page updating its toll in one speaker's voice (en)": (
        [
            dead(61, "Investigative Committee", start=10),
            dead(70, "the Investigative Committee of Russia", start=200),
        ],
        [(K.UPDATE, "update.cumulative", S.LOW, 1, 2)],
    ),
    "one page, a named and an unattributed toll: still a conflict": (
        [dead(1408, "Минздрав Сирии"), dead(4000, None, q=Q.ABOUT)],
        [(K.VALUE, "value.disjoint", S.MEDIUM, 1, 2)],
    ),
    "two pages' tolls on one day, no speakers: still a conflict": (
        [dead(150, None), dead(133, None, source_id=2)],
        [(K.VALUE, "value.disjoint", S.HIGH, 1, 2)],
    ),
    # "Police said 12 were arrested in Lyon and 30 in Paris": one speaker's list
    "one speaker's two figures in one sentence": (
        [
            said(12, "police", prop="detained", context=EN_MARCH, start=0),
            said(30, "police", prop="detained", context=EN_MARCH, start=30),
        ],
        [],
    ),
    "one figure unattributed in one sentence": (
        [
            said(8200, "police", context=EN_MARCH, start=0),
            said(26000, None, context=EN_MARCH, start=50),
        ],
        [],
    ),
    # a speaker is one voice across scripts and languages (text/names.py)
    # «Следственный комитет: погибли 24 человека» / "the Investigative Committee had earlier
    # put the toll at 31": one voice's series, 24 → 31
    "one voice, two pages, one marked earlier (ru, en)": (
        [
            dead(24, "Следственный комитет", as_of=SUNDAY),
            dead(31, "the Investigative Committee", as_of=SUNDAY, earlier=True, source_id=2),
        ],
        [(K.UPDATE, "update.cumulative", S.LOW, 1, 2)],
    ),
    # "The Emergencies Ministry had earlier put the toll at 9" / «МЧС: шесть погибших»
    "one voice, two pages, one marked earlier (en, ru)": (
        [
            dead(9, "the Emergencies Ministry", as_of=SUNDAY, earlier=True),
            dead(6, "МЧС", as_of=SUNDAY, source_id=2),
        ],
        [(K.UPDATE, "update.cumulative", S.LOW, 2, 1)],
    ),
    # the same two pages, the lower toll given by a rival: a toll that shrank, as before
    "rivals, two pages, one marked earlier: still a conflict": (
        [
            dead(9, "the Emergencies Ministry", as_of=SUNDAY, earlier=True),
            dead(6, "губернатор", as_of=SUNDAY, source_id=2),
        ],
        [(K.VALUE, "value.cumulative_decrease", S.MEDIUM, 1, 2)],
    ),
    # two pages each giving one voice's toll as it stands, differently: they disagree
    "one voice, two pages, neither marked: a conflict": (
        [
            dead(31, "Следственный комитет", as_of=SUNDAY),
            dead(40, "the Investigative Committee", as_of=SUNDAY, source_id=2),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 1, 2)],
    ),
    # «МВД: в шествии 12 тыс.» / "the Interior Ministry said 15,000 marched", the next day:
    # one voice a day later is an update, not a dispute
    "one body in two languages a day apart": (
        [
            said(12000, "МВД", as_of=SUNDAY),
            said(15000, "the Interior Ministry", as_of=MONDAY, source_id=2),
        ],
        [(K.UPDATE, "update.later_date", S.LOW, 1, 2)],
    ),
    "a body and a rival a day apart: a dispute": (
        [
            said(12000, "МВД", as_of=SUNDAY),
            said(40000, "the organisers", as_of=MONDAY, source_id=2),
        ],
        [(K.VALUE, "value.disputed", S.HIGH, 1, 2)],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_speakers_decide(name: str) -> None:
    case, expected = CASES[name]
    claims = build(case)
    full = find_conflicts(claims)
    assert summary(full) == sorted(expected)
    assert summary(per_claim(claims)) == summary(full)
    assert find_conflicts_in_rows(as_row(c) for c in claims) == full
