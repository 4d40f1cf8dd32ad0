"""HTML, JSON and ClaimReview exports, and a hostile claim kept literal in every format."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from report_fixtures import CLAIMS, HOSTILE, SOURCE_1, SOURCE_2, VERDICTS, sample_report
from rich.console import Console

from factcheck.export.claimreview import to_claimreview
from factcheck.export.html import to_html
from factcheck.export.json_export import to_json
from factcheck.export.markdown import to_markdown
from factcheck.export.spreadsheet import to_csv
from factcheck.export.tabular import to_jsonl
from factcheck.models import Rating, Verdict
from factcheck.render.report import report_renderable, timeline_renderable


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def test_html_is_self_contained_and_fits_a_phone() -> None:
    html = to_html(sample_report())
    page = _page(html)
    names = [t for t, _ in page.tags]
    assert html.startswith("<!DOCTYPE html>\n")
    assert ("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}) in (
        page.tags
    )
    assert "script" not in names and "link" not in names and "img" not in names
    assert not any("src" in attrs for _, attrs in page.tags)
    hrefs = [a.get("href") or "" for t, a in page.tags if t == "a"]
    assert [h for h in hrefs if not h.startswith("#")] == [
        "https://example.org/check",
        "https://example.org/check",
        "https://example.org/allies",
        "https://example.org/wire?a=1&b=2",
    ]
    assert names.count("section") == 2  # the two conflicts
    assert "".join(page.text).count(HOSTILE) == 2  # the claim and its quote


def test_html_links_only_web_urls() -> None:
    from factcheck.models import Source
    from factcheck.report import build_report

    bad = Source(id=1, uuid="u", title="t", url="javascript:alert(1)")
    page = _page(to_html(build_report([bad], [CLAIMS[0]], [], {}, [])))
    assert not any(
        t == "a" and (a.get("href") or "").startswith("javascript") for t, a in page.tags
    )
    assert "javascript:alert(1)" in "".join(page.text)


def test_json_holds_the_whole_report() -> None:
    data = json.loads(to_json(sample_report(source_ids=[2])))
    assert data["filters"] == {"sources": [2], "subject": None, "since": None}
    assert data["summary"] == {
        "sources": 1,
        "claims": 3,
        "retracted": 1,
        "speakers": 1,
        "open_conflicts": 1,
        "open_conflicts_by_kind": {"count": 1},
        "resolved_conflicts": 1,
        "claims_with_verdict": 1,
    }
    assert [c["id"] for c in data["claims"]] == [3, 4, 5]
    assert [c["id"] for c in data["related_claims"]] == [1, 2]
    assert [s["id"] for s in data["sources"]] == [1, 2]
    claim4 = data["claims"][1]
    assert claim4["value"] == {"low": 2000.0, "high": None, "qualifier": "at_least"}
    assert claim4["verdict"]["rating"] == "false"
    assert [v["rating"] for v in claim4["verdicts"]] == ["mixed", "false"]
    assert claim4["sentence"] == {
        "before": "",
        "quote": "Russia has sent 2000 soldiers",
        "after": ", the ministry said.",
    }
    assert data["conflicts"][1]["status"] == "resolved"
    assert data["conflicts"][1]["decision"] == {
        "conflict_id": "v24",
        "verdict": "update",
        "note": "Later figure <confirmed>",
        "decided_at": "2022-01-11T08:00:00+00:00",
    }
    assert data["claims"][2]["text"] == HOSTILE


def test_claimreview_fields() -> None:
    reviews = json.loads(to_claimreview(sample_report(), newsroom="Example Desk"))
    assert reviews == [
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": "Russia has sent at least 2000 soldiers",
            "itemReviewed": {
                "@type": "Claim",
                "author": {"@type": "Organization", "name": "Ministry of Defence"},
                "datePublished": "2022-01-08",
                "appearance": {
                    "@type": "CreativeWork",
                    "headline": "Five | countries *join*",
                    "url": "https://example.org/wire?a=1&b=2",
                    "datePublished": "2022-01-08",
                    "publisher": {"@type": "Organization", "name": "Wire <Service>"},
                },
                "firstAppearance": {
                    "@type": "CreativeWork",
                    "headline": "Five | countries *join*",
                    "url": "https://example.org/wire?a=1&b=2",
                    "datePublished": "2022-01-08",
                    "publisher": {"@type": "Organization", "name": "Wire <Service>"},
                },
            },
            "author": {"@type": "Organization", "name": "Example Desk"},
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": 1,
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": "False",
            },
            "datePublished": "2022-01-12",
            "reviewBody": "Only 1400 arrived | see *both*",
        }
    ]


@pytest.mark.parametrize(
    ("rating", "value", "name"),
    [
        (Rating.TRUE, 5, "True"),
        (Rating.MOSTLY_TRUE, 4, "Mostly true"),
        (Rating.MIXED, 3, "Mixed"),
        (Rating.MISLEADING, 2, "Misleading"),
        (Rating.FALSE, 1, "False"),
        (Rating.UNPROVEN, None, "Unproven"),
    ],
)
def test_claimreview_rating_scale(rating: Rating, value: int | None, name: str) -> None:
    from factcheck.report import build_report

    verdict = Verdict(2, rating, "n", (), "2022-02-01T00:00:00+00:00")
    [review] = json.loads(to_claimreview(build_report([SOURCE_1], [CLAIMS[1]], [], {}, [verdict])))
    assert review["reviewRating"].get("ratingValue") == value
    assert review["reviewRating"]["alternateName"] == name
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Ivanova"}


def test_claimreview_can_sit_inside_a_script_tag() -> None:
    from factcheck.report import build_report

    verdict = Verdict(5, Rating.FALSE, "</script><b>", (), "2022-02-01")
    text = to_claimreview(build_report([SOURCE_2], [CLAIMS[4]], [], {}, [verdict]))
    assert "<" not in text and ">" not in text
    assert json.loads(text)[0]["claimReviewed"] == HOSTILE


def _terminal(report: object) -> str:
    console = Console(width=200, record=True, color_system=None, markup=False)
    console.print(report)
    return console.export_text()


@pytest.mark.parametrize(
    "render",
    [
        pytest.param(lambda r: to_json(r), id="json"),
        pytest.param(lambda r: to_html(r), id="html"),
        pytest.param(lambda r: to_markdown(r), id="markdown"),
        pytest.param(lambda r: _terminal(report_renderable(r)), id="terminal"),
        pytest.param(lambda r: to_claimreview(r), id="claimreview"),
    ],
)
def test_hostile_claim_survives_every_format(render: object) -> None:
    verdict = Verdict(5, Rating.FALSE, "checked", (), "2022-02-01")
    from factcheck.report import build_report

    report = build_report([SOURCE_2], [CLAIMS[4]], [], {}, [verdict])
    out = render(report)  # type: ignore[operator]  # the parametrized renderers
    if out.startswith("<!DOCTYPE"):
        assert "".join(_page(out).text).count(HOSTILE) == 3  # claim, quote, verdict list
        assert "<script>" not in out and "<b>x" not in out
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    elif out.startswith(("{", "[")):
        assert HOSTILE in json.dumps(json.loads(out), ensure_ascii=False)
    elif out.startswith("#"):
        assert "\\[citation needed\\] \\[/b\\] \\<b\\>x\\</b\\> \\|" in out
    else:
        assert " ".join(out.split()).count(HOSTILE) >= 1  # wrapped in a table cell


def test_terminal_timeline_draws_bars() -> None:
    timeline = sample_report().timelines[1]
    text = _terminal(timeline_renderable(timeline))
    assert text.splitlines()[0].strip() == "Russia · troops"
    assert "█" * 30 + "▶" in text  # "at least 2000": the top of the scale, open-ended
    assert "█" * 21 + " " in text  # 1400 of 2000 on a 30-character bar


def test_jsonl_and_csv_keep_user_text() -> None:
    jsonl = to_jsonl([SOURCE_1, SOURCE_2], CLAIMS, [], VERDICTS)
    assert HOSTILE in [json.loads(line).get("text") for line in jsonl.splitlines()]
    csv_text = to_csv(CLAIMS, VERDICTS)
    assert HOSTILE in csv_text


@pytest.mark.parametrize(
    ("name", "kind", "author_type"),
    [
        ("Иван Петров", "person", "Person"),
        ("Health Ministry", "ministry", "Organization"),
        ("the annual report", "document", "Organization"),
        ("Daily Wire", "media", "Organization"),
        ("officials", "unnamed", "Person"),  # nothing known: the name decides
        ("police officials", "unnamed", "Organization"),
        ("Министерство обороны", "unknown", "Organization"),
        ("Анна Смирнова", None, "Person"),
    ],
)
def test_claimreview_author_type_from_the_speakers_kind(
    name: str, kind: str | None, author_type: str
) -> None:
    from factcheck.export.claimreview import _author_type

    assert _author_type(name, kind) == author_type
