"""build_report: filters, summary counts, conflicts with both claims, subjects, timelines."""

from __future__ import annotations

import pytest
from report_fixtures import (
    CLAIMS,
    CONFLICTS,
    DECISIONS,
    SOURCE_1,
    SOURCE_2,
    VERDICTS,
    sample_report,
)

from factcheck.models import Claim, ConflictKind, Qualifier, Rating
from factcheck.report import Passage, build_report, format_value


def test_summary_counts() -> None:
    s = sample_report().summary
    assert (s.sources, s.claims, s.retracted, s.speakers) == (2, 5, 1, 2)
    assert s.open_conflicts == ((ConflictKind.COUNT, 1),)
    assert (s.open_total, s.decided_conflicts, s.verdicts) == (1, 1, 1)


def test_conflicts_open_first_with_both_claims_and_decision() -> None:
    report = sample_report()
    assert [(c.conflict.id, c.a.claim.id, c.b.claim.id) for c in report.conflicts] == [
        ("k13", 1, 3),
        ("v24", 2, 4),
    ]
    assert report.conflicts[0].decision is None
    assert report.conflicts[1].decision == DECISIONS["v24"]


def test_subjects_grouped_by_key_in_name_order_unnamed_last() -> None:
    report = sample_report()
    assert [(g.key, g.name, [e.claim.id for e in g.claims]) for g in report.subjects] == [
        ("org:CSTO", "CSTO", [1, 3]),
        ("country:RU", "Russia", [2, 4]),
        ("", "", [5]),
    ]


def test_timelines_order_points_by_date() -> None:
    report = sample_report()
    assert [
        (t.subject, t.property, t.moved, [(p.date, p.claim.id) for p in t.points])
        for t in report.timelines
    ] == [
        ("CSTO", "count", True, [("2022-01-06", 1), ("2022-01-08", 3)]),
        ("Russia", "troops", True, [("2022-01-06", 2), ("2022-01-08", 4)]),
    ]


def test_verdicts_oldest_first_current_last() -> None:
    entry = sample_report().claims[3]
    assert [v.rating for v in entry.verdicts] == [Rating.MIXED, Rating.FALSE]
    assert entry.verdict == VERDICTS[1]


def test_passage_is_the_sentence_around_the_quote() -> None:
    entry = sample_report().claims[1]
    assert entry.passage == Passage("", "Russia will send 1400 soldiers", ", she added.")
    assert sample_report().claims[2].passage == Passage(
        "According to the ministry, ", "five countries will take part", "."
    )


def test_evidence_source_is_cited_and_labelled() -> None:
    report = sample_report(subject="Russia", source_ids=[2])
    assert [s.id for s in report.sources] == [1, 2]  # S1 is cited by the conflict and evidence
    assert report.evidence_label(f"source:{SOURCE_1.uuid}") == "S1"
    assert report.evidence_label("https://example.org/x") == "https://example.org/x"


@pytest.mark.parametrize(
    ("filters", "claim_ids", "conflict_ids"),
    [
        ({}, [1, 2, 3, 4, 5], ["k13", "v24"]),
        ({"subject": "Russia"}, [2, 4], ["v24"]),
        ({"subject": "country:ru"}, [2, 4], ["v24"]),
        ({"subject": "Россия"}, [2, 4], ["v24"]),  # another language, through the lexicon
        ({"subject": "csto"}, [1, 3], ["k13"]),
        ({"subject": "Narnia"}, [], []),
        ({"since": "2022-01-07"}, [3, 4, 5], ["k13", "v24"]),
        ({"since": "2023-01-01"}, [], []),
        ({"source_ids": [1]}, [1, 2], ["k13", "v24"]),
        ({"source_ids": [2], "subject": "CSTO"}, [3], ["k13"]),
        ({"subject": "РФ"}, [2, 4], ["v24"]),
        ({"subject": "ОДКБ"}, [1, 3], ["k13"]),
        ({"subject": "Kremlin", "aliases": {"Kremlin": "country:RU"}}, [2, 4], ["v24"]),
    ],
)
def test_filters(filters: dict[str, object], claim_ids: list[int], conflict_ids: list[str]) -> None:
    report = sample_report(**filters)
    assert [e.claim.id for e in report.claims] == claim_ids
    assert [c.conflict.id for c in report.conflicts] == conflict_ids
    assert report.summary.claims == len(claim_ids)


def test_undated_claims_are_left_out_by_since() -> None:
    undated = Claim(text="Undated", id=9, uuid="u9", source_id=99)
    report = build_report([], [undated], [], {}, [], since="2000-01-01")
    assert report.claims == ()
    assert build_report([], [undated], [], {}, []).claims[0].date is None


def test_conflict_with_an_unknown_claim_is_skipped() -> None:
    report = build_report([SOURCE_1, SOURCE_2], CLAIMS[:2], CONFLICTS, DECISIONS, VERDICTS)
    assert report.conflicts == ()


@pytest.mark.parametrize(
    ("low", "high", "qualifier", "unit", "expected"),
    [
        (1400.0, 1400.0, Qualifier.EXACT, "soldier", "1400 soldier"),
        (2000.0, 2000.0, Qualifier.ABOUT, None, "about 2000"),
        (26.0, None, Qualifier.AT_LEAST, None, "at least 26"),
        (3000.0, None, Qualifier.MORE_THAN, None, "more than 3000"),
        (None, 300.0, Qualifier.AT_MOST, None, "up to 300"),
        (None, 50.0, Qualifier.LESS_THAN, None, "fewer than 50"),
        (100.0, 300.0, Qualifier.RANGE, None, "100–300"),
        (10.0, 99.0, Qualifier.VAGUE, None, "10–99 (vague)"),
        (3.5, 3.5, None, "%", "3.5%"),
        (None, None, None, "soldier", ""),
    ],
)
def test_format_value(
    low: float | None,
    high: float | None,
    qualifier: Qualifier | None,
    unit: str | None,
    expected: str,
) -> None:
    claim = Claim(text="x", low=low, high=high, qualifier=qualifier, unit=unit)
    assert format_value(claim) == expected


def test_sources_without_text_give_the_quote_alone() -> None:
    bare = SOURCE_2.__class__(id=2, uuid=SOURCE_2.uuid, title="t")
    report = build_report([bare], [CLAIMS[2]], [], {}, [])
    assert report.claims[0].passage == Passage("", "five countries will take part", "")


def test_a_long_source_is_split_once_for_all_its_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    """A report of an article with thousands of claims splits its text once, not once a claim
    (a 5 MB article's report used to be quadratic); each passage is still its own sentence."""
    import factcheck.text.sentences as sentences
    from factcheck.models import Source

    calls = []
    split = sentences.split_sentences

    def counted(text: str) -> list[tuple[int, int]]:
        calls.append(len(text))
        return list(split(text))

    monkeypatch.setattr(sentences, "split_sentences", counted)
    text = "".join(f"Police said {n} people were held. " for n in range(100, 400))
    source = Source(id=9, uuid="00000000-0000-4000-8000-000000000009", title="t", text=text)
    claims = []
    for i, n in enumerate(range(100, 400), start=1):
        start = text.index(f"{n} people")
        claims.append(
            Claim(
                id=i,
                uuid=f"00000000-0000-4000-8000-{i:012d}",
                text=f"{n} people",
                source_id=9,
                quote=f"{n} people",
                start=start,
                end=start + len(f"{n} people"),
            )
        )
    report = build_report([source], claims, [], [], [])
    assert len(calls) == 1
    passages = {e.claim.id: e.passage for e in report.claims}
    assert passages[1] == Passage("Police said ", "100 people", " were held.")
    assert passages[300] == Passage("Police said ", "399 people", " were held.")
