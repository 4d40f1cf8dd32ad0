"""A hostile ledger: control characters in every piece of user text never reach the terminal or a
file raw. ESC sequences would clear the screen (``\\x1b[2J``) or make hidden links (OSC 8); U+009B
is a CSI on its own. Every command's output is walked, and every file format's."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from conftest import Invoke, dump

from factcheck.serialize import escape_controls, json_text

DB = Path("claims.db")
# Our own hostile payload: clear the screen, an OSC 8 hidden link, a C1 CSI, a bell, a backspace.
EVIL = "\x1b[2J\x1b]8;;http://evil.example/\x07click\x1b]8;;\x07\x9b2J\x08\x7f\r"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ARTICLE = (
    f"Wire{EVIL} report\n\nMoscow has sent 1,400 troops to the region{EVIL}, "
    "the defence ministry said on Friday.\n"
)


@pytest.fixture
def hostile(cli: Invoke, tmp_path: Path) -> Path:
    """A ledger with control characters in titles, claims, speakers, quotes, notes and aliases."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    steps = [
        ("source", "add", f"Morning{EVIL}", "--outlet", f"Wire{EVIL}", "--url",
         f"https://example.org/{EVIL}", "--author", f"A.{EVIL}", "--file", str(article)),
        ("source", "add", f"Evening{EVIL}", "--outlet", f"Paper{EVIL}"),
        ("add", f"Russia sends 1400 troops{EVIL}", "--source", "1", "--by", f"Ministry{EVIL}",
         "--subject", "Russia", "--property", "troops", "--value", "1400",
         "--quote", f"region{EVIL}"),
        ("add", f"Russia sends 2000 troops{EVIL}", "--source", "2", "--by", f"Anon{EVIL}",
         "--subject", "Russia", "--property", "troops", "--value", "2000"),
        ("add", f"Unrelated{EVIL}", "--source", "2", "--subject", f"Mars{EVIL}"),
        ("verify", "1", "--rating", "false", "--note", f"checked{EVIL}",
         "--evidence", f"https://example.org/{EVIL}"),
        ("retract", "3", "--reason", f"typo{EVIL}"),
        ("alias", f"Kremlin{EVIL}", "Russia"),
        ("source", "places", "2", f"Almaty{EVIL}", "Kazakhstan"),
    ]  # fmt: skip
    for args in steps:
        result = cli(*args)
        assert result.exit_code == 0, (args, result.stderr)
    return article


def _assert_inert(text: str, where: object) -> None:
    assert RAW.search(text) is None, (where, text)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [s for item in items for s in _strings(item)]


COMMANDS = [
    ("list",),
    ("show", "1"),
    ("show", "3"),
    ("search", "troops"),
    ("history", "1"),
    ("history", "3"),
    ("alias", "list"),
    ("source", "list"),
    ("source", "show", "1", "--text"),
    ("source", "show", "2"),
    ("source", "places", "2"),
    ("conflicts",),
    ("conflicts", "--all"),
    ("report",),
    ("report", "-f", "md"),
    ("report", "-f", "html"),
    ("report", "-f", "json"),
    ("report", "-f", "claimreview"),
    ("timeline", "Russia"),
    ("export",),
    ("export", "-f", "csv"),
    ("show", "99"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_no_control_character_reaches_the_terminal(
    cli: Invoke, hostile: Path, args: tuple[str, ...]
) -> None:
    before = dump(DB)
    for extra in ((), ("--json",)) if args[0] not in {"report", "export"} else ((),):
        result = cli(*args, *extra)
        assert result.exit_code in (0, 1), result.stderr
        _assert_inert(result.stdout, (args, extra, "stdout"))
        _assert_inert(result.stderr, (args, extra, "stderr"))
    assert dump(DB) == before


def test_hostile_text_shows_escaped_not_dropped(cli: Invoke, hostile: Path) -> None:
    shown = cli("show", "1").stdout
    assert "\\x1b[2J" in shown and "\\x9b2J" in shown
    assert "\\x1b]8;;http://evil.example/" in cli("list").stdout


def test_extract_drafts_and_notes_are_inert(cli: Invoke, hostile: Path, tmp_path: Path) -> None:
    other = tmp_path / "other\x1b[2J\x9b.txt"  # a file name is user text too
    other.write_text(ARTICLE.replace("1,400", "2,400"), encoding="utf-8")
    for args in (("extract", "--dry-run", str(other)), ("extract", "-y", str(other))):
        result = cli(*args)
        assert result.exit_code == 0, result.stderr
        _assert_inert(result.stdout + result.stderr, args)


def test_drafts_show_control_characters_escaped() -> None:
    from rich.console import Group

    from factcheck.models import ClaimDraft
    from factcheck.render import file_console
    from factcheck.render.drafts import draft_panel, drafts_table

    draft = ClaimDraft(text=f"claim{EVIL}", quote=f"quote{EVIL}", speaker=f"who{EVIL}")
    buffer = io.StringIO()
    file_console(buffer).print(Group(drafts_table([draft]), draft_panel(draft, f"t{EVIL}")))
    _assert_inert(buffer.getvalue(), "drafts")
    assert buffer.getvalue().count("\\x1b[2J") >= 4


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("md", "r.md"), ("html", "r.html"), ("json", "r.json"), ("claimreview", "r.jsonld"),
     ("terminal", "r.txt")],
)  # fmt: skip
def test_report_files_hold_no_raw_control_character(
    cli: Invoke, hostile: Path, fmt: str, name: str
) -> None:
    result = cli("report", "-f", fmt, "-o", name)
    assert result.exit_code == 0, result.stderr
    text = Path(name).read_text(encoding="utf-8")
    _assert_inert(text, fmt)
    assert "x1b" in text or "u001b" in text  # shown escaped, not dropped
    if fmt in {"json", "claimreview"}:
        assert any(EVIL in s for s in _strings(json.loads(text)))  # the data is intact


@pytest.mark.parametrize(("fmt", "name"), [("jsonl", "l.jsonl"), ("csv", "l.csv")])
def test_export_files_hold_no_raw_control_character(
    cli: Invoke, hostile: Path, fmt: str, name: str
) -> None:
    assert cli("export", "-f", fmt, "-o", name).exit_code == 0
    text = Path(name).read_text(encoding="utf-8")
    _assert_inert(text, fmt)


def test_jsonl_keeps_hostile_text_through_export_and_import(
    cli: Invoke, hostile: Path, tmp_path: Path
) -> None:
    assert cli("export", "-o", "l.jsonl").exit_code == 0
    other = tmp_path / "other.db"
    result = cli("--db", str(other), "import", "l.jsonl")
    assert result.exit_code == 0, result.stderr
    stored = dump(other)
    assert len(stored["claims"]) == 3
    assert any(f"Morning{EVIL}" in row for row in stored["sources"])  # kept as it was


def test_error_lines_are_inert(cli: Invoke, hostile: Path) -> None:
    result = cli("timeline", f"Nowhere{EVIL}")
    _assert_inert(result.stderr + result.stdout, "timeline")
    result = cli("conflicts", "resolve", f"c{EVIL}", "--as", "update")
    assert result.exit_code == 1
    _assert_inert(result.stderr, "resolve")


def test_escape_controls_and_json_text() -> None:
    assert escape_controls("a\x1b[2Jb\tc\nd\x9b\x00") == "a\\x1b[2Jb\tc\nd\\x9b\\x00"
    assert escape_controls("Россия, 1 400 — «вот»") == "Россия, 1 400 — «вот»"
    text = json_text({"t": EVIL})
    _assert_inert(text.replace("\n", ""), "json")
    assert json.loads(text) == {"t": EVIL}
