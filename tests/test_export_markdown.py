"""Markdown export: the whole document for a small fixture, and user text kept literal."""

# ruff: noqa: E501  (the expected document has long lines, as an editor's paste would)

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt
from report_fixtures import HOSTILE, sample_report

from factcheck.export.markdown import escape, to_markdown

EXPECTED = r"""# Fact-check report

## Summary

- Sources: 2
- Claims: 5 (1 retracted)
- Speakers: 2
- Open conflicts: 1 (count 1)
- Resolved conflicts: 1
- Claims with a verdict: 1

## Conflicts

### 1. Count disagrees · high · open

The number of countries changes from 3 to 5.

- **Claim #1** (S1, Ivanova, 2022-01-06): Minister Ivanova said on Monday that **three countries would send troops**.
- **Claim #3** (S2, Ministry of Defence, 2022-01-08): According to the ministry, **five countries will take part**.

Rule: `count.changed` · Conflict: `k13`

### 2. Figures disagree · medium · resolved

Russia's troops: 1400 in one source, at least 2000 in the other.

- **Claim #2** (S1, Ivanova, 2022-01-06): **Russia will send 1400 soldiers**, she added.
- **Claim #4** (S2, Ministry of Defence, 2022-01-08): **Russia has sent 2000 soldiers**, the ministry said. — verdict: **False**

Rule: `value.disjoint_intervals` · Conflict: `v24`

Decision: **update** — Later figure \<confirmed\> (2022-01-11)

## Claims by subject

### CSTO

- **Three countries will send troops** (claim #1)
  - Quote: “three countries would send troops” (S1)
  - Speaker: Ivanova, “Minister Ivanova said”
  - Figure: count, 3 country
- **Five countries will take part** (claim #3)
  - Quote: “five countries will take part” (S2)
  - Speaker: Ministry of Defence, “According to the ministry”
  - Figure: count, 5 country

### Russia

- **Russia will send 1400 soldiers** (claim #2)
  - Quote: “Russia will send 1400 soldiers” (S1)
  - Speaker: Ivanova
  - Figure: troops, 1400 soldier
- **Russia has sent at least 2000 soldiers** (claim #4)
  - Quote: “Russia has sent 2000 soldiers” (S2)
  - Speaker: Ministry of Defence
  - Figure: troops, at least 2000 soldier, as of 2022-01-08
  - Verdict: **False** — Only 1400 arrived \| see \*both\*; evidence: S1, <https://example.org/check> (2022-01-12)

### Other claims

- **\[citation needed\] \[/b\] \<b\>x\</b\> \| \*y\* \<script\>alert(1)\</script\> \# \_z\_ \`c\` \&amp;** (claim #5)
  - Quote: “\[citation needed\] \[/b\] \<b\>x\</b\> \| \*y\* \<script\>alert(1)\</script\> \# \_z\_ \`c\` \&amp;” (S2)
  - Status: retracted

## How figures changed

### CSTO · count

| Date | Figure | Speaker | Source | Claim |
| --- | --- | --- | --- | --- |
| 2022-01-06 | 3 country | Ivanova | S1 | #1 |
| 2022-01-08 | 5 country | Ministry of Defence | S2 | #3 |

### Russia · troops

| Date | Figure | Speaker | Source | Claim |
| --- | --- | --- | --- | --- |
| 2022-01-06 | 1400 soldier | Ivanova | S1 | #2 |
| 2022-01-08 | at least 2000 soldier | Ministry of Defence | S2 | #4 |

## Verdicts

- Claim #4 “Russia has sent at least 2000 soldiers”: **False** — Only 1400 arrived \| see \*both\*; evidence: S1, <https://example.org/check> (2022-01-12)
  - earlier: **Mixed** — First look (2022-01-11)

## Sources

- **S1**: Allies promise troops — Daily Example, 2022-01-06, by A. Writer. <https://example.org/allies>. sha256 `2f9269b141adca362061a8139d9c7c4b78ec5a8c573e3571a77e6a30fc6cccda`
- **S2**: Five \| countries \*join\* — Wire \<Service\>, 2022-01-08. <https://example.org/wire?a=1&b=2>. sha256 `cf9f379fddaea910065663240ba19758705f800550259aec61a36a8d65ee6fed`
"""


def test_whole_document() -> None:
    assert to_markdown(sample_report()) == EXPECTED


def test_deterministic() -> None:
    assert to_markdown(sample_report()) == to_markdown(sample_report())


class _Text(HTMLParser):
    """Collects text and element names of rendered HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _render(markdown: str) -> _Text:
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)
    parser = _Text()
    parser.feed(html)
    return parser


@pytest.mark.parametrize(
    "text",
    [
        HOSTILE,
        "**bold** _it_ `code` ~~gone~~ [link](https://x.org) ![img](a.png)",
        "<img src=x onerror=alert(1)> &lt; &#65; $x^2$",
        "# not a heading | a | b |",
        "ends with a backslash \\",
        "[citation needed] [/b] [bold red]rich[/]",
    ],
)
def test_user_text_renders_literally(text: str) -> None:
    rendered = _render(f"- **{escape(text)}**")
    assert "".join(rendered.text).strip() == text
    assert rendered.tags == ["ul", "li", "strong"]


def test_hostile_claim_in_report_stays_text() -> None:
    rendered = _render(to_markdown(sample_report()))
    assert "script" not in rendered.tags and "b" not in rendered.tags
    assert re.search(re.escape(HOSTILE), "".join(rendered.text))


def test_escape_joins_lines() -> None:
    assert escape("two\n  lines\t") == "two lines"
