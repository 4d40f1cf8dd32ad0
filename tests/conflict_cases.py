"""Conflict cases on hand-built claims, shared by the conflict tests: every kind, every
non-conflict, in Russian and English. Each case is a list of claims (ids 1, 2, … in order) and
the conflicts expected among them as (kind, rule, severity, claim_a, claim_b)."""

from __future__ import annotations

from typing import Any

from factcheck.models import Claim, ClaimStatus, Conflict, ConflictKind, Qualifier, Severity

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
RIVALS = ((15000, "полиция"), (60000, "организаторы"))


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
    "value: police and organisers in one sentence": (
        [claim("group:people", "participants", n, speaker=w, context=RU_OTHER) for n, w in RIVALS],
        [(K.VALUE, "value.disputed", S.HIGH, 1, 2)],
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
    "value: a count below 'tens of thousands' contradicts it (low severity)": (
        [
            claim("group:people", "participants", 20_000, 99_999, Q.VAGUE, speaker="organisers"),
            claim("group:people", "participants", 4000, speaker="police", source_id=2),
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
    "update: a venue's toll above a whole given as an earlier state (en)": (
        [
            claim("group:people", "killed", 40, earlier=True, speaker="the ministry"),
            claim("group:people@place:riverside arena", "killed", 52),
        ],
        [(K.UPDATE, "update.cumulative", S.LOW, 1, 2)],
    ),
    "part_whole: another source's part above a whole marked as earlier (it may have grown)": (
        [
            claim("group:people", "killed", 40, earlier=True, speaker="the ministry"),
            claim("group:people@place:riverside arena", "killed", 52, source_id=2),
        ],
        [(K.PART_WHOLE, "part_whole.exceeds", S.LOW, 2, 1)],
    ),
    "update: a town's toll above a whole marked «ранее сообщалось» (ru)": (
        [
            claim("group:people", "injured", 16, earlier=True, speaker="МЧС"),
            claim("group:people@place:verkhnegorsk", "injured", 21, speaker="МЧС"),
        ],
        [(K.UPDATE, "update.cumulative", S.LOW, 1, 2)],
    ),
    "part_whole: a part above an earlier-marked whole, of a measure that does not only grow": (
        [
            claim("group:people", "participants", 9000, earlier=True),
            claim("group:people@place:verkhnegorsk", "participants", 12000, source_id=2),
        ],
        [(K.PART_WHOLE, "part_whole.exceeds", S.HIGH, 2, 1)],
    ),
    "update: one year's growth published again a year later (a revision)": (
        [
            claim(
                "economy:gdp", "growth", -2.1, unit="%", as_of="2022", source_published="2023-03-20"
            ),
            claim(
                "economy:gdp",
                "growth",
                -1.2,
                unit="%",
                as_of="2022",
                source_published="2024-04-02",
                source_id=2,
            ),
        ],
        [(K.UPDATE, "update.revised", S.LOW, 1, 2)],
    ),
    "update: рост ВВП за квартал, опубликованный заново через месяц (пересмотр)": (
        [
            claim(
                "economy:gdp",
                "growth",
                3.1,
                unit="%",
                as_of="2023-04",
                source_published="2023-09-10",
                source_id=2,
            ),
            claim(
                "economy:gdp",
                "growth",
                2.7,
                unit="%",
                as_of="2023-04",
                source_published="2023-08-11",
            ),
        ],
        [(K.UPDATE, "update.revised", S.LOW, 2, 1)],
    ),
    "value: one year's growth, two figures published the same day": (
        [
            claim(
                "economy:gdp", "growth", -2.1, unit="%", as_of="2022", source_published="2023-03-20"
            ),
            claim(
                "economy:gdp",
                "growth",
                -1.2,
                unit="%",
                as_of="2022",
                source_published="2023-03-20",
                source_id=2,
            ),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 1, 2)],
    ),
    "value: one source names only the country, the other only a town in it": (
        [
            claim("group:rescuers", "killed", 6, source_places=("country:KG",)),
            claim("group:rescuers", "killed", 5, source_id=2, source_places=("place:sarytokoi",)),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 1, 2)],
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
    "value: one source's places unknown": (
        [
            claim("group:people", "killed", 16, source_places=("place:novoozersk",)),
            claim("group:people", "killed", 40, source_id=2),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 1, 2)],
    ),
    "value: a ministry's counted floor against the union's figure, same day (en)": (
        [
            claim("group:people", "participants", 1.3e6, None, Q.MORE_THAN, speaker="the ministry"),
            claim("group:people", "participants", 2.5e6, speaker="the union", source_id=2),
        ],
        [(K.VALUE, "value.disjoint", S.MEDIUM, 1, 2)],
    ),
    "value: «более 1,3 млн» по данным МВД против «2,5 млн» профсоюза в одной фразе (ru)": (
        [
            claim(
                "group:people",
                "participants",
                1.3e6,
                None,
                Q.MORE_THAN,
                speaker="МВД",
                context=RU_OTHER,
            ),
            claim("group:people", "participants", 2.5e6, speaker="профсоюз", context=RU_OTHER),
        ],
        [(K.VALUE, "value.disputed", S.MEDIUM, 1, 2)],
    ),
    # "The ministry counted 540 dead" / next day "the Red Cross says 1,300 have died"
    "value: a rival's toll more than double a day later": (
        [
            claim("group:people", "killed", 540, speaker="ministry", as_of="2022-01-06"),
            claim("group:people", "killed", 1300, speaker="Red Cross", source_id=2),
        ],
        [(K.VALUE, "value.outgrown", S.MEDIUM, 1, 2)],
    ),
    "part_whole: a month's deaths above its year's (ru)": (
        [
            claim("group:people", "killed", 41_000, as_of="2019", speaker="Росстат"),
            claim("group:people", "killed", 52_000, as_of="2019-11", source_id=2),
        ],
        [(K.PART_WHOLE, "part_whole.exceeds", S.HIGH, 2, 1)],
    ),
    "part_whole: one month's arrivals above the whole year's (en)": (
        [
            claim("group:migrants", "arrivals", 9_000, as_of="2018-06"),
            claim("group:migrants", "arrivals", 8_000, as_of="2018", source_id=2),
        ],
        [(K.PART_WHOLE, "part_whole.exceeds", S.HIGH, 1, 2)],
    ),
    # how a conflict is named: by the pair of one source that gives both figures (the lowest
    # such source), else by the first claim of each figure (docs/conflicts.md)
    "naming: the organisers' figure, repeated, against the police's in one article (en)": (
        [
            claim("group:people", "participants", 40_000, speaker="the organisers"),
            claim("group:people", "participants", 40_000, speaker="the organisers", source_id=2),
            claim("group:people", "participants", 12_000, speaker="the police", source_id=2),
            claim("group:people", "participants", 40_000, speaker="the organisers", source_id=3),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 2, 3)],
    ),
    "naming: две цифры одной статьи, а не первые упоминания каждой (ru)": (
        [
            claim("country:RU", "troops", 2000, subject="Россия", speaker="агентство"),
            claim("country:RU", "troops", 1400, subject="Россия", source_id=2),
            claim("country:RU", "troops", 2000, subject="Россия", speaker="агентство", source_id=3),
            claim("country:RU", "troops", 1400, subject="Россия", source_id=3),
            claim("country:RU", "troops", 2000, subject="Россия", source_id=4),
            claim("country:RU", "troops", 1400, subject="Россия", source_id=4),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 3, 4)],
    ),
    "naming: a part above its whole, both in the second article (en)": (
        [
            claim("group:protesters", "killed", 26, None, Q.AT_LEAST),
            claim("group:people", "killed", 10, source_id=2),
            claim("group:protesters", "killed", 26, None, Q.AT_LEAST, source_id=2),
        ],
        [(K.PART_WHOLE, "part_whole.exceeds", S.HIGH, 3, 2)],
    ),
    "naming: первое твёрдое упоминание в статье, а не оговорка (ru)": (
        [
            claim("group:people", "injured", 300, speaker="минздрав"),
            claim("group:people", "injured", 300, hedged=True, source_id=2),
            claim("group:people", "injured", 800, speaker="спасатели", source_id=2),
            claim("group:people", "injured", 300, source_id=2),
        ],
        [(K.VALUE, "value.disjoint", S.HIGH, 3, 4)],
    ),
    "naming: counts of one article's sentence pair (en)": (
        [
            claim("group:countries", "count", 3, context=EN_COUNT_3),
            claim("group:countries", "count", 3, context=EN_COUNT_3, source_id=2),
            claim("group:countries", "count", 5, context=EN_COUNT_5, source_id=2),
        ],
        [(K.COUNT, "count.changed", S.MEDIUM, 2, 3)],
    ),
}

FIRE = ("place:novoozersk",)
DAM = ("country:KG", "place:sarytokoi")

NOT_CONFLICTS: dict[str, list[dict[str, Any]]] = {
    "one count, rounded and cut: 1,346,000 vs 1.35 million vs 1.34 million": [
        claim("group:people", "participants", 1_346_000, speaker="ministry"),
        claim("group:people", "participants", 1_350_000, source_id=2),
        claim("group:people", "participants", 1_340_000, source_id=3),
    ],
    "«более 1,3 млн» и «1,35 млн» одного ведомства": [
        claim("group:people", "participants", 1.3e6, None, Q.MORE_THAN, speaker="МВД"),
        claim("group:people", "participants", 1.35e6, speaker="МВД", source_id=2),
    ],
    "«более 1,3 млн» по данным МВД и 2,5 млн без источника: пол без соперника открыт": [
        claim("group:people", "participants", 1.3e6, None, Q.MORE_THAN, speaker="МВД"),
        claim("group:people", "participants", 2.5e6, source_id=2),
    ],
    "a floor of a toll against a rival's higher toll the same day (a toll grows)": [
        claim("group:people", "killed", 1200, None, Q.MORE_THAN, speaker="the ministry"),
        claim("group:people", "killed", 2600, speaker="the red cross", source_id=2),
    ],
    "the dead of two events set in different places (a fire, a dam)": [
        claim("group:people", "killed", 5, source_places=FIRE),
        claim("group:people", "killed", 9, source_id=2, source_places=DAM),
    ],
    "two sources naming only countries, different ones": [
        claim("group:people", "killed", 5, source_places=("country:KG",)),
        claim("group:people", "killed", 9, source_id=2, source_places=("country:TJ",)),
    ],
    "a town and a country's town against another country only": [
        claim("group:people", "killed", 5, source_places=("country:KG", "place:sarytokoi")),
        claim("group:people", "killed", 9, source_id=2, source_places=("country:TJ",)),
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
    "shares in two sources are shares of two figures ('12 of them', '20 of them')": [
        claim("group:people@part", "injured", 12),
        claim("group:people@part", "injured", 20, source_id=2),
    ],
    "a share in one source against another source's smaller whole": [
        claim("group:people@part", "icu", 40),
        claim("group:people", "icu", 31, source_id=2),
    ],
    "the detained of two protests a fortnight apart (43, then 33)": [
        claim("group:people", "detained", 43, as_of="2022-03-07"),
        claim("group:people", "detained", 33, as_of="2022-03-21", source_id=2),
    ],
    "участники двух митингов в разные дни (120 тыс., потом 20 тыс.)": [
        claim("group:people", "participants", 120000, as_of="2022-01-10"),
        claim("group:people", "participants", 20000, as_of="2022-01-24", source_id=2),
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
    "'tens of thousands' (at least so many) beside a count of 1.1 million": [
        claim("group:people", "participants", 20_000, 99_999, Q.VAGUE, speaker="a reporter"),
        claim("group:people", "participants", 1_100_000, speaker="the union", source_id=2),
    ],
    "«сотни» (vague) against 1200 detained, and a part above its vague whole": [
        claim("group:people", "detained", 200, 999, Q.VAGUE, speaker="правозащитники"),
        claim("group:people", "detained", 1200, speaker="МВД", source_id=2),
        claim("group:people@place:moscow", "detained", 1100, source_id=3),
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
    "a month's deaths and the year's are two quantities (en)": [
        claim("group:people", "killed", 31_250, as_of="2019-12", speaker="the statistics office"),
        claim("group:people", "killed", 118_400, as_of="2019", source_id=2),
    ],
    "смерти за год по причине больше, чем все смерти одного месяца": [
        claim("group:people@cause:disease", "killed", 96_300, as_of="2019", speaker="Росстат"),
        claim("group:people", "killed", 27_800, as_of="2019-12", source_id=2),
    ],
    "a month's share and the year's share are two shares": [
        claim("group:voters", "share", 61.5, as_of="2019-03", unit="%"),
        claim("group:voters", "share", 48.0, as_of="2019", unit="%", source_id=2),
    ],
}


def summary(conflicts: list[Conflict]) -> list[Expected]:
    return sorted((c.kind, c.rule, c.severity, c.claim_a, c.claim_b) for c in conflicts)
