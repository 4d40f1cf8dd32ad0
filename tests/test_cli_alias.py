"""`factcheck alias --speaker` end to end: run the CLI, then reopen claims.db and check its rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import Invoke, dump, rows

DB = Path("claims.db")
MINISTRY = "МВД Франции"
INTERIOR = "the Interior"


def assert_one_line_error(result: Any, message: str) -> None:
    assert result.exit_code == 1, result.stderr
    assert result.stderr == f"Error: {message}\n"
    assert result.stdout == ""


@pytest.fixture
def marchers(cli: Invoke) -> None:
    """Two sources, each giving a count of marchers a day apart, by two names of one ministry:
    as two speakers, they are rivals disputing the figure."""
    steps = [
        ("source", "add", "Morning wire"),
        ("source", "add", "Evening paper"),
        ("add", "12,000 marched in Lyon", "--source", "1", "--by", MINISTRY, "--subject", "Lyon",
         "--property", "participants", "--value", "12000", "--as-of", "2023-03-07"),
        ("add", "40,000 marched in Lyon", "--source", "2", "--by", INTERIOR, "--subject", "Lyon",
         "--property", "participants", "--value", "40000", "--as-of", "2023-03-08"),
    ]  # fmt: skip
    for args in steps:
        result = cli(*args)
        assert result.exit_code == 0, (args, result.stderr)


def _rules(cli_json: Any) -> list[tuple[str, list[int]]]:
    return [(c["rule"], c["claims"]) for c in cli_json("conflicts")["conflicts"]]


def test_merging_a_speaker_repoints_its_claims_and_ends_the_rivalry(
    cli: Invoke, cli_json: Any, marchers: None
) -> None:
    assert _rules(cli_json) == [("value.disputed", [1, 2])]
    result = cli("alias", "--speaker", INTERIOR, MINISTRY)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        f"Speaker {INTERIOR} merged into {MINISTRY}: its 1 claim(s) are now {MINISTRY}'s.\n"
    )
    assert rows(DB, "SELECT id, name FROM speakers") == [(1, MINISTRY)]
    assert rows(DB, "SELECT speaker_id, alias FROM speaker_aliases") == [(1, INTERIOR)]
    assert rows(DB, "SELECT id, speaker_id FROM claims ORDER BY id") == [(1, 1), (2, 1)]
    # one voice giving a later figure: an update, no longer a dispute between rivals
    assert _rules(cli_json) == [("update.later_date", [1, 2])]
    claims = cli_json("list", "--speaker", INTERIOR)["claims"]
    assert [(c["id"], c["speaker"]) for c in claims] == [(1, MINISTRY), (2, MINISTRY)]


def test_merge_leaves_a_history_trail(cli: Invoke, cli_json: Any, marchers: None) -> None:
    [(kind,)] = rows(DB, "SELECT kind FROM speakers WHERE id = 2")
    assert cli("alias", "--speaker", INTERIOR, MINISTRY).exit_code == 0
    assert rows(
        DB,
        "SELECT claim_id, source_id, action, field, old, new FROM history"
        " WHERE action LIKE 'speaker%' ORDER BY id",
    ) == [
        (2, 2, "speaker", "speaker", INTERIOR, MINISTRY),
        (None, None, "speaker_alias", INTERIOR, f"speaker 2 ({kind}), aliases: -", MINISTRY),
    ]
    trail = cli_json("history", "2")["history"]
    assert [(h["action"], h["old"], h["new"]) for h in trail] == [
        ("insert", None, "40,000 marched in Lyon"),
        ("speaker", INTERIOR, MINISTRY),
    ]
    assert [h["action"] for h in cli_json("history", "1")["history"]] == ["insert"]


def test_merge_json_and_the_alias_read_back(cli: Invoke, cli_json: Any, marchers: None) -> None:
    kinds = dict(rows(DB, "SELECT id, kind FROM speakers"))  # as text.speakers reads them
    assert cli_json("alias", "--speaker", INTERIOR, MINISTRY) == {
        "alias": INTERIOR,
        "added": True,
        "speaker": {"id": 1, "name": MINISTRY, "kind": kinds[1]},
        "aliases": [INTERIOR],
        "merged": {"id": 2, "name": INTERIOR, "kind": kinds[2]},
        "claims": [2],
    }
    # a claim added later under the alias finds the merged speaker
    added = cli_json("add", "41,000 marched", "--source", "2", "--by", INTERIOR)["claim"]
    assert (added["id"], added["speaker"]) == (3, MINISTRY)
    assert rows(DB, "SELECT id, speaker_id FROM claims WHERE id = 3") == [(3, 1)]


def test_a_new_name_becomes_an_alias(cli: Invoke, cli_json: Any, marchers: None) -> None:
    result = cli("alias", "Place Beauvau", MINISTRY, "--speaker")
    assert (result.exit_code, result.stderr) == (
        0,
        f"Place Beauvau now names the speaker {MINISTRY}.\n",
    )
    assert rows(DB, "SELECT speaker_id, alias FROM speaker_aliases") == [(1, "Place Beauvau")]
    speaker_rows = "SELECT action, field, old, new FROM history WHERE claim_id IS NULL"
    assert rows(DB, speaker_rows + " AND source_id IS NULL") == [
        ("speaker_alias", "Place Beauvau", None, MINISTRY)
    ]
    # the speaker may be named by an alias too; teaching the same alias again changes nothing
    assert cli_json("alias", "--speaker", "Beauvau", "Place Beauvau")["aliases"] == [
        "Beauvau",
        "Place Beauvau",
    ]
    before = dump(DB)
    assert cli_json("alias", "--speaker", "Beauvau", MINISTRY)["added"] is False
    again = cli("alias", "--speaker", "Beauvau", MINISTRY)
    assert (again.exit_code, again.stderr) == (0, f"Beauvau was already an alias of {MINISTRY}.\n")
    assert dump(DB) == before


def test_a_merged_speaker_brings_its_aliases(cli: Invoke, cli_json: Any, marchers: None) -> None:
    assert cli("alias", "--speaker", "Interior", INTERIOR).exit_code == 0
    [(kind,)] = rows(DB, "SELECT kind FROM speakers WHERE id = 2")
    merged = cli_json("alias", "--speaker", INTERIOR, MINISTRY)
    assert merged["aliases"] == ["Interior", INTERIOR]
    assert rows(DB, "SELECT speaker_id, alias FROM speaker_aliases ORDER BY alias") == [
        (1, "Interior"),
        (1, INTERIOR),
    ]
    assert rows(DB, "SELECT old FROM history WHERE action = 'speaker_alias' ORDER BY id")[-1] == (
        f"speaker 2 ({kind}), aliases: Interior",
    )


def test_alias_list_shows_speaker_aliases(cli: Invoke, cli_json: Any, marchers: None) -> None:
    assert cli("alias", "list").stdout == "No aliases.\n"
    assert cli_json("alias", "list") == {"aliases": {}, "speaker_aliases": {}}
    assert cli("alias", "--speaker", INTERIOR, MINISTRY).exit_code == 0
    assert cli_json("alias", "list") == {"aliases": {}, "speaker_aliases": {INTERIOR: MINISTRY}}
    table = cli("alias", "list").stdout
    assert "speaker" in table and INTERIOR in table and MINISTRY in table
    assert cli("alias", "Kremlin", "Russia").exit_code == 0
    assert cli_json("alias", "list") == {
        "aliases": {"Kremlin": "country:RU"},
        "speaker_aliases": {INTERIOR: MINISTRY},
    }
    both = cli("alias").stdout
    assert both.index("Kremlin") < both.index(INTERIOR)


BAD = [
    pytest.param(
        ("Beauvau", "Ministère"),
        "No speaker is called 'Ministère'; `factcheck list` shows each claim's speaker",
        id="unknown speaker",
    ),
    pytest.param(
        ("Beauvau", "МВД"), f"No speaker is called 'МВД'; did you mean '{MINISTRY}'?", id="close"
    ),
    pytest.param(("  ", MINISTRY), "A speaker alias needs a name", id="empty name"),
    pytest.param(("", MINISTRY), "A speaker alias needs a name", id="no name"),
    pytest.param((MINISTRY, MINISTRY), f"'{MINISTRY}' cannot be an alias of itself", id="itself"),
    pytest.param(
        (MINISTRY, "Beauvau"),
        f"'Beauvau' is an alias of '{MINISTRY}': '{MINISTRY}' cannot be an alias of its own alias",
        id="cycle",
    ),
    pytest.param(
        ("Beauvau", INTERIOR),
        f"'Beauvau' is already an alias of '{MINISTRY}'; to make them one speaker, merge it:"
        f" factcheck alias --speaker '{MINISTRY}' '{INTERIOR}'",
        id="another's alias",
    ),
]


@pytest.mark.parametrize(("args", "message"), BAD)
def test_bad_speaker_alias_changes_nothing(
    cli: Invoke, marchers: None, args: tuple[str, str], message: str
) -> None:
    assert cli("alias", "--speaker", "Beauvau", MINISTRY).exit_code == 0
    before = dump(DB)
    assert_one_line_error(cli("alias", "--speaker", *args), message)
    assert_one_line_error(cli("alias", "--speaker", *args, "--json"), message)
    assert dump(DB) == before


def test_speaker_alias_needs_a_ledger_and_both_names(cli: Invoke) -> None:
    assert_one_line_error(
        cli("alias", "--speaker", INTERIOR, MINISTRY),
        "No claims.db at claims.db; start with `factcheck source add`",
    )
    assert not DB.exists()
    assert_one_line_error(
        cli("alias", "--speaker", INTERIOR),
        'Give a name and what it means, e.g. `factcheck alias --speaker "the Interior"'
        ' "МВД Франции"`',
    )


def test_merged_claims_show_one_speaker_in_the_report(cli: Invoke, marchers: None) -> None:
    def speakers() -> int:
        result = cli("report", "-f", "json")
        assert result.exit_code == 0, result.stderr
        return int(json.loads(result.stdout)["summary"]["speakers"])

    assert speakers() == 2
    assert cli("alias", "--speaker", INTERIOR, MINISTRY).exit_code == 0
    assert speakers() == 1
    assert json.loads(cli("show", "2", "--json").stdout)["claim"]["speaker"] == MINISTRY


def test_a_later_extract_finds_the_merged_speaker(
    cli: Invoke, cli_json: Any, marchers: None, tmp_path: Path
) -> None:
    def extract(text: str) -> list[str]:
        article = tmp_path / "article.txt"
        article.write_text(text, encoding="utf-8")
        found = cli_json("extract", str(article), "--yes")["claims"]
        return [c["speaker"] for c in found]

    [named] = extract(
        "LYON, 9 March 2023. About 15,000 people marched in Lyon, the Interior said.\n"
    )
    assert named != MINISTRY
    assert cli("alias", "--speaker", named, MINISTRY).exit_code == 0
    later = extract("LYON, 10 March 2023. Some 9,000 people marched in Lyon, the Interior said.\n")
    assert later == [MINISTRY]
    assert rows(DB, "SELECT id, speaker_id FROM claims WHERE id > 2 ORDER BY id") == [
        (3, 1),
        (4, 1),
    ]


def test_control_characters_in_a_speaker_alias_are_shown_escaped(
    cli: Invoke, marchers: None
) -> None:
    evil = "Beauvau\x1b[2J\x07"
    added = cli("alias", "--speaker", evil, MINISTRY)
    assert added.exit_code == 0, added.stderr
    assert "\x1b" not in added.stderr and "Beauvau\\x1b[2J\\x07" in added.stderr
    listed = cli("alias", "list").stdout
    assert "\x1b" not in listed and "Beauvau\\x1b[2J\\x07" in listed
    assert rows(DB, "SELECT alias FROM speaker_aliases") == [(evil,)]


def test_export_and_import_carry_the_merge_and_the_aliases(
    cli: Invoke, cli_json: Any, marchers: None
) -> None:
    assert cli("alias", "--speaker", INTERIOR, MINISTRY).exit_code == 0
    assert cli("alias", "the Elysee", "country:FR").exit_code == 0
    assert cli("export", "-o", "shared.jsonl").exit_code == 0
    result = cli("--db", "colleague.db", "import", "shared.jsonl")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        "Imported 2 sources, 2 claims, 0 decisions, 0 verdicts, 2 aliases"
        " (0 already in the ledger)\n"
    )
    theirs = Path("colleague.db")
    assert rows(theirs, "SELECT name FROM speakers") == [(MINISTRY,)]
    assert rows(theirs, "SELECT alias FROM speaker_aliases") == [(INTERIOR,)]
    assert rows(theirs, "SELECT alias, key FROM entity_aliases") == [("the Elysee", "country:FR")]
    # the colleague sees one voice updating its figure, as here
    conflicts = cli_json("--db", "colleague.db", "conflicts")["conflicts"]
    assert [c["rule"] for c in conflicts] == ["update.later_date"]
