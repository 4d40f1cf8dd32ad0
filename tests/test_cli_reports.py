"""verify, report, timeline, export and import, end to end on a real claims.db."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Invoke, dump, rows
from report_fixtures import HOSTILE, TEXT_1, TEXT_2

from factcheck.ledger import Store
from factcheck.models import ClaimDraft, DecisionVerdict, Qualifier, Source


def _draft(source: Source, quote: str, **fields: object) -> ClaimDraft:
    assert source.text is not None
    start = source.text.index(quote)
    return ClaimDraft(text=quote, quote=quote, start=start, end=start + len(quote), **fields)  # type: ignore[arg-type]  # test data


RUSSIA = {"subject": "Russia", "subject_key": "country:RU", "property": "troops", "unit": "soldier"}


def _seed(db: Path) -> None:
    """Two sources, Russia's troops given as 1400 and then 2000, and a hostile claim."""
    with Store.open(db, create=True) as store:
        a = store.add_source(
            title="Allies promise troops",
            outlet="Daily Example",
            url="https://example.org/allies",
            published="2022-01-06",
            language="en",
            text=TEXT_1,
        )
        b = store.add_source(
            title="Five countries join",
            outlet="Wire",
            url="https://example.org/wire",
            published="2022-01-08",
            language="en",
            text=TEXT_2,
        )
        exact = {"qualifier": Qualifier.EXACT}
        store.add_claims(
            a.id,
            [
                _draft(a, "Russia will send 1400 soldiers", speaker="Ivanova", low=1400.0,
                       high=1400.0, **RUSSIA, **exact),
            ],
        )  # fmt: skip
        store.add_claims(
            b.id,
            [
                _draft(b, "Russia has sent 2000 soldiers", speaker="Ministry of Defence",
                       low=2000.0, high=2000.0, as_of="2022-01-08", **RUSSIA, **exact),
                _draft(b, HOSTILE),
            ],
        )  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "claims.db"
    _seed(path)
    return path


def test_verify_records_a_verdict_with_portable_evidence(cli: Invoke, db: Path) -> None:
    result = cli(
        "verify", "2", "--rating", "false", "--note", "Only 1400 arrived",
        "--evidence", "1", "--evidence", "https://example.org/check",
    )  # fmt: skip
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "Claim 2: False\n")
    [source_uuid] = rows(db, "SELECT uuid FROM sources WHERE id = 1")[0]
    assert rows(db, "SELECT claim_id, rating, note, evidence FROM verdicts") == [
        (
            2,
            "false",
            "Only 1400 arrived",
            json.dumps([f"source:{source_uuid}", "https://example.org/check"]),
        )
    ]
    assert rows(
        db, "SELECT action, new FROM history WHERE claim_id = 2 AND action = 'verdict'"
    ) == [("verdict", "false")]


def test_verify_json(cli: Invoke, db: Path) -> None:
    result = cli("verify", "1", "--rating", "mostly-true", "--note", "ok", "--json")
    data = json.loads(result.stdout)
    assert data["verdict"]["rating"] == "mostly-true"
    assert data["verdict"]["claim_id"] == 1


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["99", "--rating", "false", "--note", "x"], 1, "Error: No claim with id 99\n"),
        (
            ["2", "--rating", "false", "--note", "  "],
            1,
            "Error: Say what the check found (--note)\n",
        ),
        (
            ["2", "--rating", "false", "--note", "x", "--evidence", "7"],
            1,
            "Error: No source with id 7\n",
        ),
        (
            ["2", "--rating", "false", "--note", "x", "--evidence", "javascript:alert(1)"],
            1,
            "Error: Evidence must be a web address (https://…) or a source id, not"
            " 'javascript:alert(1)'\n",
        ),
    ],
)
def test_verify_bad_input_changes_nothing(
    cli: Invoke, db: Path, args: list[str], code: int, message: str
) -> None:
    before = dump(db)
    result = cli("verify", *args)
    assert (result.exit_code, result.stderr) == (code, message)
    assert dump(db) == before


def test_verify_unknown_rating_is_a_usage_error(cli: Invoke, db: Path) -> None:
    result = cli("verify", "2", "--rating", "pants-on-fire", "--note", "x")
    assert result.exit_code == 2
    assert "'pants-on-fire' is not one of 'true', 'mostly-true'" in result.stderr


@pytest.mark.parametrize("command", [["report"], ["timeline", "Russia"], ["export"]])
def test_read_commands_create_no_database(cli: Invoke, tmp_path: Path, command: list[str]) -> None:
    result = cli(*command)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: No claims.db at claims.db")
    assert not (tmp_path / "claims.db").exists()


def test_markdown_report_names_the_conflict_quotes_verdict_and_sources(
    cli: Invoke, db: Path
) -> None:
    cli("verify", "2", "--rating", "false", "--note", "Only 1400 arrived", "--evidence", "1")
    result = cli("report", "--format", "md")
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    assert md.startswith("# Fact-check report\n\n## Summary\n\n- Sources: 2\n- Claims: 3\n")
    assert "**Russia will send 1400 soldiers**, she added." in md
    assert "**Russia has sent 2000 soldiers**, the ministry said. — verdict: **False**" in md
    assert "  - Verdict: **False** — Only 1400 arrived; evidence: S1 (" in md
    assert "| 2022-01-08 | 2000 soldier | Ministry of Defence | S2 | #2 |" in md
    assert (
        "- **S1**: Allies promise troops — Daily Example, 2022-01-06. <https://example.org/allies>"
        in md
    )
    assert "\\[citation needed\\] \\[/b\\] \\<b\\>x\\</b\\> \\|" in md


@pytest.mark.parametrize(
    ("fmt", "start"),
    [
        ("md", "# Fact-check report\n"),
        ("html", "<!DOCTYPE html>\n"),
        ("json", "{\n"),
        ("claimreview", "[]\n"),  # no verdict yet: an empty list
        ("terminal", "─"),
    ],
)
def test_report_to_a_file(cli: Invoke, db: Path, tmp_path: Path, fmt: str, start: str) -> None:
    out = tmp_path / f"report.{fmt}"
    result = cli("report", "--format", fmt, "-o", str(out))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", f"Wrote {out}\n")
    text = out.read_text(encoding="utf-8")
    assert text.startswith(start)
    if fmt == "terminal":  # plain text, user text literal
        assert HOSTILE[:30] in text
        assert "Claims with a verdict  0" in text


@pytest.mark.parametrize("command", [["report", "-f", "md"], ["report"], ["export"]])
@pytest.mark.parametrize("force", [[], ["--force"]])
def test_output_never_replaces_the_ledger(
    cli: Invoke, db: Path, command: list[str], force: list[str]
) -> None:
    before = _ledger_rows(db)
    size = db.stat().st_size
    result = cli(*command, "-o", "claims.db", *force)
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: claims.db is the ledger itself; write the report to another file\n"
    )
    assert db.stat().st_size == size
    assert _ledger_rows(db) == before


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_output_never_replaces_another_database(
    cli: Invoke, db: Path, tmp_path: Path, force: list[str]
) -> None:
    other = tmp_path / "colleague.db"
    with Store.open(other, create=True) as store:
        store.add_source(title="Kept", outlet="", url="", published="2022-01-01", language="en",
                         text="Kept text.")  # fmt: skip
    result = cli("--db", str(db), "report", "-f", "json", "-o", str(other), *force)
    assert result.exit_code == 1
    assert "is a SQLite database" in result.stderr
    assert rows(other, "SELECT title FROM sources") == [("Kept",)]


def test_output_replaces_an_existing_file_only_with_force(
    cli: Invoke, db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "notes.md"
    out.write_text("my notes\n", encoding="utf-8")
    refused = cli("report", "-f", "md", "-o", str(out))
    assert (refused.exit_code, refused.stderr) == (
        1,
        f"Error: {out} already exists; add --force to replace it\n",
    )
    assert out.read_text(encoding="utf-8") == "my notes\n"
    replaced = cli("report", "-f", "md", "-o", str(out), "--force")
    assert replaced.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Fact-check report\n")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".notes")] == []


def test_output_through_a_link_to_the_ledger_is_refused(
    cli: Invoke, db: Path, tmp_path: Path
) -> None:
    link = tmp_path / "report.md"
    link.symlink_to(db)
    result = cli("report", "-f", "md", "-o", str(link), "--force")
    assert result.exit_code == 1
    assert "is the ledger itself" in result.stderr
    assert rows(db, "SELECT count(*) FROM claims") == [(3,)]


def test_output_into_a_missing_folder_or_a_folder(cli: Invoke, db: Path, tmp_path: Path) -> None:
    missing = cli("report", "-f", "md", "-o", str(tmp_path / "nope" / "r.md"))
    assert missing.exit_code == 1
    assert missing.stderr.startswith("Error: Cannot write ")
    folder = cli("report", "-f", "md", "-o", str(tmp_path))
    assert (folder.exit_code, folder.stderr) == (
        1,
        f"Error: {tmp_path} is a folder; name a file to write\n",
    )


def test_claimreview_lists_only_checked_claims(cli: Invoke, db: Path) -> None:
    cli("verify", "1", "--rating", "true", "--note", "Confirmed")
    result = cli("report", "--format", "claimreview", "--newsroom", "Example Desk")
    [review] = json.loads(result.stdout)
    assert review["claimReviewed"] == "Russia will send 1400 soldiers"
    assert review["author"] == {"@type": "Organization", "name": "Example Desk"}
    assert review["itemReviewed"]["appearance"]["url"] == "https://example.org/allies"
    assert review["reviewRating"]["ratingValue"] == 5


@pytest.mark.parametrize(
    ("args", "claims"),
    [
        ([], [1, 2, 3]),
        (["--source", "1"], [1]),
        (["--source", "1", "--source", "2"], [1, 2, 3]),
        (["--subject", "Russia"], [1, 2]),
        (["--subject", "Россия"], [1, 2]),
        (["--since", "2022-01-07"], [2, 3]),
        (["--since", "8 января 2022"], [2, 3]),
        (["--source", "2", "--subject", "russia", "--since", "2022-01-01"], [2]),
    ],
)
def test_report_filters(cli: Invoke, db: Path, args: list[str], claims: list[int]) -> None:
    result = cli("report", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    assert [c["id"] for c in json.loads(result.stdout)["claims"]] == claims


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--source", "9"], "Error: No source with id 9\n"),
        (
            ["--since", "someday"],
            "Error: Cannot read the date 'someday': use YYYY-MM-DD, e.g. 2022-01-07\n",
        ),
    ],
)
def test_report_bad_filters(cli: Invoke, db: Path, args: list[str], message: str) -> None:
    result = cli("report", *args)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", message)


def test_report_shows_a_decision(cli: Invoke, db: Path) -> None:
    from factcheck.conflicts import find_conflicts

    with Store.open(db, create=False) as store:
        claims = list(store.iter_claims())
        [conflict] = [c for c in find_conflicts(claims) if c.pair == (1, 2)]
        store.save_decision(
            conflict.id, claims[0].uuid, claims[1].uuid, DecisionVerdict.UPDATE, "Later figure"
        )
    data = json.loads(cli("report", "--format", "json").stdout)
    assert data["summary"]["resolved_conflicts"] == 1
    [entry] = [c for c in data["conflicts"] if c["id"] == conflict.id]
    assert entry["decision"]["note"] == "Later figure"


def test_terminal_report_prints_user_text_literally(cli: Invoke, db: Path) -> None:
    result = cli("report")
    assert result.exit_code == 0, result.stderr
    assert "Fact-check report" in result.stdout
    assert HOSTILE[:40] in result.stdout  # "[citation needed] [/b] <b>x</b> | *y* …" as typed


def test_timeline(cli: Invoke, db: Path) -> None:
    result = cli("timeline", "Russia", "troops")
    assert result.exit_code == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    assert lines[0] == "Russia · troops"
    assert lines[-2].startswith("2022-01-06   1400 soldier   " + "█" * 21)
    assert lines[-1].startswith("2022-01-08   2000 soldier   " + "█" * 30)
    assert lines[-1].endswith("Ministry of Defence   S2       2")


def test_timeline_json(cli: Invoke, db: Path) -> None:
    data = json.loads(cli("timeline", "country:RU", "--json").stdout)
    [timeline] = data["timelines"]
    assert [(p["date"], p["figure"], p["speaker"]) for p in timeline["points"]] == [
        ("2022-01-06", "1400 soldier", "Ivanova"),
        ("2022-01-08", "2000 soldier", "Ministry of Defence"),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Narnia"], "Error: No claims about 'Narnia': see `factcheck list` for subjects\n"),
        (
            ["Russia", "killed"],
            "Error: No figure about 'Russia' (killed) was given twice: nothing to compare\n",
        ),
    ],
)
def test_timeline_nothing_to_show(cli: Invoke, db: Path, args: list[str], message: str) -> None:
    result = cli("timeline", *args)
    assert (result.exit_code, result.stderr) == (1, message)


def _ledger_rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """What an export must carry, keyed by uuid (local ids may differ between ledgers)."""
    return {
        "sources": rows(
            db,
            "SELECT uuid, title, outlet, url, author, published, language, text, sha256, added_at"
            " FROM sources ORDER BY uuid",
        ),
        "claims": rows(
            db,
            'SELECT c.uuid, s.uuid, sp.name, c.text, c.attribution, c.quote, c.start, c."end",'
            " c.prefix, c.suffix, c.subject, c.subject_key, c.property, c.unit, c.low, c.high,"
            " c.qualifier, c.members, c.member_keys, c.as_of, c.hedged, c.earlier, c.context,"
            " c.status, c.created_at FROM claims c JOIN sources s ON s.id = c.source_id"
            " LEFT JOIN speakers sp ON sp.id = c.speaker_id ORDER BY c.uuid",
        ),
        "decisions": rows(db, "SELECT * FROM decisions ORDER BY conflict_id"),
        "verdicts": rows(
            db,
            "SELECT c.uuid, v.rating, v.note, v.evidence, v.decided_at FROM verdicts v"
            " JOIN claims c ON c.id = v.claim_id ORDER BY c.uuid, v.id",
        ),
    }


def _decide_and_verify(cli: Invoke, db: Path) -> None:
    with Store.open(db, create=False) as store:
        a, b = store.get_claim(1), store.get_claim(2)
        store.save_decision("conflict-x", a.uuid, b.uuid, DecisionVerdict.UPDATE, "Later figure")
    cli("verify", "2", "--rating", "mixed", "--note", "First look")
    cli("verify", "2", "--rating", "false", "--note", "Only 1400", "--evidence", "1")


def test_export_then_import_into_an_empty_ledger_gives_it_all_back(
    cli: Invoke, db: Path, tmp_path: Path
) -> None:
    _decide_and_verify(cli, db)
    exported = tmp_path / "ledger.jsonl"
    assert cli("export", "-o", str(exported)).exit_code == 0
    other = tmp_path / "other.db"
    result = cli("--db", str(other), "import", str(exported))
    assert (result.exit_code, result.stderr) == (
        0,
        "Imported 2 sources, 3 claims, 1 decisions, 2 verdicts, 0 aliases"
        " (0 already in the ledger)\n",
    )
    assert _ledger_rows(other) == _ledger_rows(db)
    again = cli("--db", str(other), "export")
    assert again.stdout == exported.read_text(encoding="utf-8")


def test_import_twice_adds_nothing(cli: Invoke, db: Path, tmp_path: Path) -> None:
    _decide_and_verify(cli, db)
    exported = tmp_path / "ledger.jsonl"
    cli("export", "-o", str(exported))
    result = cli("import", str(exported), "--json")
    assert json.loads(result.stdout) == {
        "imported": {
            "sources": 0,
            "claims": 0,
            "decisions": 0,
            "verdicts": 0,
            "aliases": 0,
            "skipped": 8,
        }
    }
    assert rows(db, "SELECT count(*) FROM claims") == [(3,)]


def test_import_merges_a_colleagues_work(cli: Invoke, db: Path, tmp_path: Path) -> None:
    """A colleague imports my ledger, adds a verdict; mine gets it back without doubles."""
    mine = tmp_path / "mine.jsonl"
    cli("export", "-o", str(mine))
    theirs_db = tmp_path / "theirs.db"
    cli("--db", str(theirs_db), "import", str(mine))
    cli("--db", str(theirs_db), "verify", "3", "--rating", "unproven", "--note", "Cannot tell")
    theirs = tmp_path / "theirs.jsonl"
    cli("--db", str(theirs_db), "export", "-o", str(theirs))
    result = cli("import", str(theirs))
    assert result.stderr == (
        "Imported 0 sources, 0 claims, 0 decisions, 1 verdicts, 0 aliases"
        " (5 already in the ledger)\n"
    )
    assert rows(db, "SELECT claim_id, rating FROM verdicts") == [(3, "unproven")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "is empty: export a ledger with `factcheck export`"),
        ("{not json\n", ", line 1: not JSON (Expecting property name enclosed in double quotes)"),
        (
            '{"type": "ledger", "format": "factcheck-ledger", "version": 1}\n'
            '{"type": "source", "uuid": "s-new", "title": "New"}\n'
            '{"type": "claim", "uuid": "c-new", "source_uuid": "s-missing", "text": "x"}\n',
            "Claim c-new cites source s-missing, which is neither in the file nor in the ledger:"
            " nothing was imported",
        ),
        (
            '{"type": "ledger", "format": "factcheck-ledger", "version": 1}\n'
            '{"type": "source", "uuid": "s-new", "title": "New"}\n'
            '{"type": "verdict", "claim_uuid": "c-missing", "rating": "false"}\n',
            "A verdict is on claim c-missing, which is neither in the file nor in the ledger:"
            " nothing was imported",
        ),
    ],
)
def test_a_bad_import_changes_nothing(
    cli: Invoke, db: Path, tmp_path: Path, content: str, message: str
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    before = dump(db)
    result = cli("import", str(bad))
    assert result.exit_code == 1
    assert message in result.stderr
    assert dump(db) == before


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "Error: No file at {p}\n"),
        (
            lambda p: p.write_bytes(b"\xff\xfe\x00binary"),
            "Error: {p} is not a factcheck export (not UTF-8 text)\n",
        ),
    ],
)
def test_import_unreadable_file(
    cli: Invoke, db: Path, tmp_path: Path, make: object, message: str
) -> None:
    path = tmp_path / "x.jsonl"
    make(path)  # type: ignore[operator]  # the parametrized file makers
    result = cli("import", str(path))
    assert (result.exit_code, result.stderr) == (1, message.format(p=path))


def test_export_csv(cli: Invoke, db: Path) -> None:
    cli("verify", "2", "--rating", "false", "--note", "Only 1400")
    result = cli("export", "--format", "csv")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("id,uuid,source_id,source_title,source_published,speaker,")
    assert len(lines) == 4
    assert lines[2].endswith(",false,Only 1400")
