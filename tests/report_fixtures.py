"""A small ledger of model objects shared by the report and export tests (no database)."""

from __future__ import annotations

import hashlib

from factcheck.models import (
    Claim,
    ClaimStatus,
    Conflict,
    ConflictKind,
    Decision,
    DecisionVerdict,
    Qualifier,
    Rating,
    Severity,
    Source,
    Verdict,
)
from factcheck.report import Report, build_report

HOSTILE = "[citation needed] [/b] <b>x</b> | *y* <script>alert(1)</script> # _z_ `c` &amp;"

TEXT_1 = (
    "Minister Ivanova said on Monday that three countries would send troops. "
    "Russia will send 1400 soldiers, she added."
)
TEXT_2 = (
    "According to the ministry, five countries will take part. "
    "Russia has sent 2000 soldiers, the ministry said. " + HOSTILE
)

SOURCE_1 = Source(
    id=1,
    uuid="11111111-1111-4111-8111-111111111111",
    title="Allies promise troops",
    outlet="Daily Example",
    url="https://example.org/allies",
    author="A. Writer",
    published="2022-01-06",
    language="en",
    text=TEXT_1,
    sha256=hashlib.sha256(TEXT_1.encode()).hexdigest(),
    added_at="2022-01-10T09:00:00+00:00",
)
SOURCE_2 = Source(
    id=2,
    uuid="22222222-2222-4222-8222-222222222222",
    title="Five | countries *join*",
    outlet="Wire <Service>",
    url="https://example.org/wire?a=1&b=2",
    published="2022-01-08",
    language="en",
    text=TEXT_2,
    sha256=hashlib.sha256(TEXT_2.encode()).hexdigest(),
    added_at="2022-01-10T09:05:00+00:00",
)


def _claim(id: int, source: Source, quote: str, text: str, **fields: object) -> Claim:
    assert source.text is not None
    start = source.text.index(quote)
    return Claim(
        id=id,
        uuid=f"c{id}c{id}c{id}c{id}-0000-4000-8000-00000000000{id}",
        source_id=source.id,
        text=text,
        quote=quote,
        start=start,
        end=start + len(quote),
        source_title=source.title,
        source_published=source.published,
        created_at="2022-01-10T10:00:00+00:00",
        **fields,  # type: ignore[arg-type]  # test data: the fields are Claim's own
    )


CLAIMS = (
    _claim(
        1, SOURCE_1, "three countries would send troops", "Three countries will send troops",
        subject="CSTO", subject_key="org:CSTO", property="count", unit="country",
        low=3.0, high=3.0, qualifier=Qualifier.EXACT, speaker="Ivanova",
        attribution="Minister Ivanova said",
    ),
    _claim(
        2, SOURCE_1, "Russia will send 1400 soldiers", "Russia will send 1400 soldiers",
        subject="Russia", subject_key="country:RU", property="troops", unit="soldier",
        low=1400.0, high=1400.0, qualifier=Qualifier.EXACT, speaker="Ivanova",
    ),
    _claim(
        3, SOURCE_2, "five countries will take part", "Five countries will take part",
        subject="CSTO", subject_key="org:CSTO", property="count", unit="country",
        low=5.0, high=5.0, qualifier=Qualifier.EXACT, speaker="Ministry of Defence",
        attribution="According to the ministry",
    ),
    _claim(
        4, SOURCE_2, "Russia has sent 2000 soldiers", "Russia has sent at least 2000 soldiers",
        subject="Russia", subject_key="country:RU", property="troops", unit="soldier",
        low=2000.0, high=None, qualifier=Qualifier.AT_LEAST, speaker="Ministry of Defence",
        as_of="2022-01-08",
    ),
    _claim(5, SOURCE_2, HOSTILE, HOSTILE, status=ClaimStatus.RETRACTED),
)  # fmt: skip

CONFLICTS = (
    Conflict(
        kind=ConflictKind.VALUE,
        severity=Severity.MEDIUM,
        claim_a=2,
        claim_b=4,
        rule="value.disjoint_intervals",
        explanation="Russia's troops: 1400 in one source, at least 2000 in the other.",
        id="v24",
    ),
    Conflict(
        kind=ConflictKind.COUNT,
        severity=Severity.HIGH,
        claim_a=1,
        claim_b=3,
        rule="count.changed",
        explanation="The number of countries changes from 3 to 5.",
        id="k13",
    ),
)
DECISIONS = {
    "v24": Decision(
        "v24", DecisionVerdict.UPDATE, "Later figure <confirmed>", "2022-01-11T08:00:00+00:00"
    )
}
VERDICTS = (
    Verdict(4, Rating.MIXED, "First look", (), "2022-01-11T09:00:00+00:00"),
    Verdict(
        4,
        Rating.FALSE,
        "Only 1400 arrived | see *both*",
        (f"source:{SOURCE_1.uuid}", "https://example.org/check"),
        "2022-01-12T09:00:00+00:00",
    ),
)


def sample_report(**filters: object) -> Report:
    """The fixture ledger as a report, with optional filters (subject, since, source_ids)."""
    return build_report(
        (SOURCE_1, SOURCE_2),
        CLAIMS,
        CONFLICTS,
        DECISIONS,
        VERDICTS,
        **filters,  # type: ignore[arg-type]
    )
