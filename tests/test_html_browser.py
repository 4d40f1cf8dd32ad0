"""The HTML report in a real browser (headless Chromium): hostile claim text stays text.

Chromium parses the page and dumps the DOM it built; if a claim could inject markup, the
injected element would be in that DOM. CI installs Debian's `chromium` (see .ci/run); outside
CI, a machine without it skips this test and says why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_fixtures import CLAIMS, HOSTILE, SOURCE_2

from factcheck.export.html import to_html
from factcheck.models import Rating, Verdict
from factcheck.report import build_report

EVIL = (
    HOSTILE + ' <img src=x onerror="document.title=1"> <iframe src="https://example.org"></iframe>'
)


def _chromium() -> str:
    found = shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail("chromium is not installed: .ci/run installs it with apt-get in CI")
    pytest.skip("chromium is not installed here (apt-get install chromium); CI runs this test")


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in {"style", "title"}:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"style", "title"}:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def _render(chromium: str, text: str, folder: Path) -> _Dom:
    """The DOM Chromium builds from a report whose claim, and verdict note, is ``text``."""
    claim = replace(CLAIMS[4], text=text, quote=None, start=None, end=None)
    verdict = Verdict(claim.id, Rating.FALSE, text, ("javascript:alert(1)",), "2022-02-01")
    folder.mkdir()
    page = folder / "report.html"
    page.write_text(to_html(build_report([SOURCE_2], [claim], [], {}, [verdict])), "utf-8")
    result = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={folder / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    dom = _Dom()
    dom.feed(result.stdout)
    return dom


def test_hostile_claim_stays_text_in_chromium(tmp_path: Path) -> None:
    chromium = _chromium()
    plain = _render(chromium, "Plain words", tmp_path / "plain")
    evil = _render(chromium, EVIL, tmp_path / "evil")
    assert "main" in evil.tags  # the page was really rendered
    assert evil.tags == plain.tags  # not one element more: nothing was injected
    for injected in ("script", "img", "iframe"):
        assert injected not in evil.tags
    text = " ".join("".join(evil.text).split())
    # claim, quote and verdict note under the claim; claim and note again under Verdicts
    assert text.count(" ".join(EVIL.split())) == 5
    assert "javascript:alert(1)" in text  # shown as text, never a link
