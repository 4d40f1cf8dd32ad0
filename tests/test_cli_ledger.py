"""The ledger commands end to end: run the CLI, then reopen claims.db and check its rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Invoke, dump, rows

from factcheck.ledger import Store
from factcheck.models import ClaimDraft, Qualifier

DB = Path("claims.db")
# Our own wording (never the reference article's sentences).
WIRE = "Moscow has sent 1,400 troops to the region, the defence ministry said on Friday.\n"
LITERAL = "[citation needed] [/b] <b>x</b> | *y*"
DATELINED = "ALMATY, Jan 7 (Wire) - Moscow has sent 1,400 troops to Kazakhstan, officials said.\n"


def seed(text: str | None = WIRE) -> None:
    """Two sources (the first with kept text) and two claims, written through the store."""
    with Store.open(DB, create=True) as s:
        one = s.add_source(title="Morning wire", outlet="Wire", text=text)
        two = s.add_source(title="Evening paper", outlet="Paper")
        s.add_claim(
            one.id,
            ClaimDraft(
                text="Russia sends 1400 troops",
                subject="Russia",
                subject_key="country:RU",
                property="troops",
                low=1400.0,
                high=1400.0,
                qualifier=Qualifier.EXACT,
                speaker="Defence ministry",
            ),
        )
        s.add_claim(two.id, ClaimDraft(text=LITERAL, speaker="[bold]Anon[/bold]"))


def assert_one_line_error(result: object, message: str) -> None:
    exit_code = result.exit_code  # type: ignore[attr-defined]
    stderr: str = result.stderr  # type: ignore[attr-defined]
    assert exit_code == 1, stderr
    assert stderr == f"Error: {message}\n"
    assert result.stdout == ""  # type: ignore[attr-defined]


# ---- sources ---------------------------------------------------------------------------------


def test_source_add_json_and_rows(cli: Invoke) -> None:
    result = cli(
        "source", "add", "Morning wire", "--outlet", "Wire", "--url", "https://example.org/1",
        "--author", "A. Reporter", "--published", "2022-01-07", "--lang", "en", "--json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"]["id"] == 1
    assert data["source"]["title"] == "Morning wire"
    assert result.stderr == "Added source 1: Morning wire\n"
    assert rows(
        DB, "SELECT id, title, outlet, url, author, published, language, text FROM sources"
    ) == [
        (
            1,
            "Morning wire",
            "Wire",
            "https://example.org/1",
            "A. Reporter",
            "2022-01-07",
            "en",
            None,
        )
    ]
    assert rows(DB, "SELECT action, source_id, new FROM history") == [("insert", 1, "Morning wire")]


def test_source_add_file_keeps_text(cli: Invoke, tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(DATELINED, encoding="utf-8")
    result = cli("source", "add", "Wire", "--file", "wire.txt", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"]["language"] == "en"
    [(text, sha)] = rows(DB, "SELECT text, sha256 FROM sources")
    assert text == DATELINED
    assert len(sha) == 64
    # where the text is set, read once and kept: the conflict engine compares by it
    assert json.loads(result.stdout)["source"]["places"] == ["country:KZ", "place:almaty"]
    assert rows(DB, "SELECT places FROM sources") == [('["country:KZ", "place:almaty"]',)]
    again = cli("source", "add", "Same text again", "--file", "wire.txt", "--json")
    assert json.loads(again.stdout)["source"]["id"] == 1
    assert again.stderr == "This text is already source 1 (Wire); nothing added.\n"
    assert rows(DB, "SELECT count(*) FROM sources") == [(1,)]


def test_source_places_show_set_and_forget(cli: Invoke) -> None:
    seed()
    assert cli("source", "places", "1").stdout == "unknown places\n"
    result = cli("source", "places", "1", "Алматы", "Kazakhstan", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"]["places"] == ["country:KZ", "place:almaty"]
    assert result.stderr == "Source 1 is set in: country:KZ, place:almaty\n"
    assert cli("source", "places", "1").stdout == "country:KZ, place:almaty\n"
    assert cli("source", "places", "1", "--unknown").exit_code == 0
    assert rows(DB, "SELECT places FROM sources WHERE id = 1") == [(None,)]
    assert rows(DB, "SELECT action, source_id, old, new FROM history WHERE action = 'places'") == [
        ("places", 1, None, '["country:KZ", "place:almaty"]'),
        ("places", 1, '["country:KZ", "place:almaty"]', None),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("9", "Almaty"), "No source with id 9"),
        (("1", "!!!"), "Not a place: '!!!'; give a town, a region or a country"),
        (("1", "Almaty", "--unknown"), "Give places or --unknown, not both"),
    ],
)
def test_source_places_bad_input_changes_nothing(
    cli: Invoke, args: tuple[str, ...], message: str
) -> None:
    seed()
    cli("source", "places", "1", "Almaty")
    before = rows(DB, "SELECT id, places FROM sources ORDER BY id")
    assert_one_line_error(cli("source", "places", *args), message)
    assert rows(DB, "SELECT id, places FROM sources ORDER BY id") == before


def test_sources_set_in_different_places_are_not_compared(cli: Invoke) -> None:
    seed()
    with Store.open(DB, create=False) as s:
        s.add_claim(2, ClaimDraft(text="Russia sends 2000 troops", subject_key="country:RU",
                                  property="troops", low=2000.0, high=2000.0,
                                  qualifier=Qualifier.EXACT))  # fmt: skip

    def flagged() -> int:
        return len(json.loads(cli("conflicts", "--json").stdout)["conflicts"])

    assert flagged() == 1
    cli("source", "places", "1", "Almaty")
    cli("source", "places", "2", "Damascus")
    assert flagged() == 0
    cli("source", "places", "2", "Алматы")  # the same town, in Russian
    assert flagged() == 1


def test_source_add_cp1251_cyrillic_is_read(cli: Invoke, tmp_path: Path) -> None:
    text = "Власти сообщили о 300 задержанных в центре города.\n"
    (tmp_path / "ru.txt").write_bytes(text.encode("cp1251"))
    result = cli("source", "add", "Ru", "--file", "ru.txt", "--json")
    assert result.exit_code == 0, result.stderr
    assert "cp1251" in result.stderr
    assert rows(DB, "SELECT text, language FROM sources") == [(text, "ru")]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "No file at missing.txt"),
        ("folder", "folder is a folder, not a file"),
        (
            "binary",
            "binary.bin looks like a binary file, not text: save the article as plain UTF-8 text",
        ),
        (
            "latin1",
            "latin1.txt is not UTF-8 text: save it as UTF-8 (e.g. `iconv -f cp1251 -t utf-8`)",
        ),
    ],
)
def test_source_add_bad_file(cli: Invoke, tmp_path: Path, setup: str, message: str) -> None:
    seed()
    before = dump(DB)
    (tmp_path / "folder").mkdir()
    (tmp_path / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes(
        "Caf\xe9 na\xefve r\xe9sum\xe9 d\xe9j\xe0 vu".encode("latin-1")
    )
    name = {
        "missing": "missing.txt",
        "folder": "folder",
        "binary": "binary.bin",
        "latin1": "latin1.txt",
    }
    result = cli("source", "add", "T", "--file", name[setup])
    assert_one_line_error(result, message)
    assert dump(DB) == before


def test_source_list_and_show(cli: Invoke) -> None:
    seed()
    listed = cli("source", "list")
    assert listed.exit_code == 0
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["id", "title", "outlet", "published", "lang", "text", "claims"]
    assert lines[2].split() == ["1", "Morning", "wire", "Wire", f"{len(WIRE)}", "chars", "1"]
    assert lines[3].split() == ["2", "Evening", "paper", "Paper", "1"]
    data = json.loads(cli("source", "list", "--json").stdout)
    assert [(s["id"], s["claims"]) for s in data["sources"]] == [(1, 1), (2, 1)]
    shown = json.loads(cli("source", "show", "1", "--json").stdout)
    assert shown["source"]["text"] == WIRE
    assert [c["text"] for c in shown["claims"]] == ["Russia sends 1400 troops"]
    table = cli("source", "show", "1", "--text")
    assert table.exit_code == 0
    assert "Morning wire" in table.stdout and WIRE.strip() in table.stdout


# ---- claims ----------------------------------------------------------------------------------


def test_add_with_quote_and_fields(cli: Invoke, tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    cli("source", "add", "Wire", "--file", "wire.txt")
    result = cli(
        "add", "Russia sends 1400 troops", "--source", "1", "--by", "Defence ministry",
        "--quote", "1,400 troops", "--subject", "Russia", "--property", "troops",
        "--value", "1400", "--unit", "troop", "--as-of", "2022-01-07", "--json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"claim", "conflicts"}
    claim = data["claim"]
    start = WIRE.index("1,400 troops")
    want = {
        "id": 1, "text": "Russia sends 1400 troops", "start": start, "end": start + 12,
        "quote": "1,400 troops", "subject": "Russia", "subject_key": "country:RU",
        "property": "troops", "unit": "troop", "as_of": "2022-01-07", "source_id": 1,
        "speaker": "Defence ministry", "status": "active", "source_title": "Wire",
        "members": [], "value": {"low": 1400.0, "high": 1400.0, "qualifier": "exact"},
    }  # fmt: skip
    assert {k: claim[k] for k in want} == want
    assert data["conflicts"] == []
    stored = rows(DB, 'SELECT start, "end", prefix, suffix, quote, low, high FROM claims')
    assert stored == [
        (start, start + 12, WIRE[start - 16 : start], WIRE[start + 12 : start + 28], "1,400 troops",
         1400.0, 1400.0)
    ]  # fmt: skip
    assert rows(DB, "SELECT name FROM speakers") == [("Defence ministry",)]
    assert rows(DB, "SELECT action, claim_id FROM history WHERE claim_id IS NOT NULL") == [
        ("insert", 1)
    ]


@pytest.mark.parametrize(
    ("spec", "low", "high", "qualifier"),
    [
        ("1400", 1400.0, 1400.0, "exact"),
        ("100-300", 100.0, 300.0, "range"),
        (">3000", 3000.0, None, "more_than"),
        ("~2000", 2000.0, 2000.0, "about"),
    ],
)
def test_add_value_forms(
    cli: Invoke, spec: str, low: float, high: float | None, qualifier: str
) -> None:
    seed()
    result = cli("add", "A figure", "--source", "2", "--value", spec, "--json")
    assert result.exit_code == 0, result.stderr
    value = json.loads(result.stdout)["claim"]["value"]
    assert value == {"low": low, "high": high, "qualifier": qualifier}
    assert rows(DB, "SELECT low, high, qualifier FROM claims WHERE id = 3") == [
        (low, high, qualifier)
    ]


def test_add_parses_fields_from_text(cli_json: object) -> None:
    seed()
    data = cli_json("add", "Russia sends 2000 troops", "--source", "2")  # type: ignore[operator]
    claim = data["claim"]
    assert (claim["subject_key"], claim["property"]) == ("country:RU", "troops")
    assert claim["value"]["low"] == 2000.0 and claim["value"]["high"] == 2000.0


def test_session_two_sources_conflict(cli: Invoke, cli_json: object, tmp_path: Path) -> None:
    """The issue's session: 1400 troops (quoted) against 2000 troops from another source."""
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    run = cli_json  # type: ignore[assignment]
    run("source", "add", "Morning wire", "--file", "wire.txt")  # type: ignore[operator]
    run("source", "add", "Evening paper")  # type: ignore[operator]
    first = run("add", "Russia sends 1400 troops", "--source", "1", "--by", "Defence ministry",  # type: ignore[operator]
                "--quote", "1,400 troops")  # fmt: skip
    assert first["conflicts"] == []
    second = run("add", "Russia sends 2000 troops", "--source", "2", "--by", "Unnamed officials")  # type: ignore[operator]
    assert [sorted(c["claims"]) for c in second["conflicts"]] == [[1, 2]]
    table = cli("add", "Russia sends 2100 troops", "--source", "2", "--by", "Unnamed officials")
    assert table.exit_code == 0
    assert "Added claim 3 from source 2." in table.stderr
    assert "Morning wire" in table.stderr and "Defence ministry" in table.stderr


def test_list_show_search_print_user_text_literally(cli: Invoke) -> None:
    seed()
    for args in (["list"], ["show", "2"], ["search", "citation"], ["search", "[/b]"]):
        result = cli(*args)
        assert result.exit_code == 0, (args, result.stderr)
        assert LITERAL in result.stdout, args
    assert "[bold]Anon[/bold]" in cli("list").stdout


def test_list_filters_and_json(cli: Invoke) -> None:
    seed()
    assert [c["id"] for c in json.loads(cli("list", "--json").stdout)["claims"]] == [1, 2]
    only = json.loads(cli("list", "--source", "2", "--json").stdout)["claims"]
    assert [c["text"] for c in only] == [LITERAL]
    assert [
        c["id"] for c in json.loads(cli("list", "--subject", "russia", "--json").stdout)["claims"]
    ] == [1]
    assert [
        c["id"] for c in json.loads(cli("list", "--speaker", "defence", "--json").stdout)["claims"]
    ] == [1]
    table = cli("list").stdout.splitlines()
    assert table[0].split() == ["id", "claim", "subject", "value", "speaker", "source", "status"]
    assert table[2].split()[:4] == ["1", "Russia", "sends", "1400"]


def test_show_json(cli: Invoke) -> None:
    seed()
    data = json.loads(cli("show", "1", "--json").stdout)
    assert data["claim"]["text"] == "Russia sends 1400 troops"
    assert data["claim"]["retract_reason"] is None
    assert data["verdicts"] == []


@pytest.mark.parametrize(
    "query", ["Касым-Жомарт", '"unbalanced', "AND (", "NOT", "*", "troops NEAR", "''", "%_"]
)
def test_search_odd_queries_just_work(cli: Invoke, query: str) -> None:
    seed()
    result = cli("search", query, "--json")
    assert result.exit_code == 0, result.stderr
    assert set(json.loads(result.stdout)) == {"claims", "sources"}


def test_search_finds_claims_and_sources(cli: Invoke) -> None:
    seed()
    data = json.loads(cli("search", "troops", "--json").stdout)
    assert [c["id"] for c in data["claims"]] == [1]
    assert [s["id"] for s in data["sources"]] == [1]


def test_retract_and_history(cli: Invoke) -> None:
    seed()
    result = cli("retract", "1", "--reason", "the ministry corrected the figure")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "Claim 1 retracted.\n"
    assert rows(DB, "SELECT status, retract_reason FROM claims WHERE id = 1") == [
        ("retracted", "the ministry corrected the figure")
    ]
    assert rows(DB, "SELECT count(*) FROM claims") == [(2,)]
    hist = json.loads(cli("history", "1", "--json").stdout)["history"]
    assert [(h["action"], h["old"], h["new"]) for h in hist] == [
        ("insert", None, "Russia sends 1400 troops"),
        ("retract", "active", "retracted"),
    ]
    table = cli("history", "1").stdout
    assert "retract" in table and "the ministry corrected the figure" in table
    again = cli("retract", "1", "--reason", "twice")
    assert_one_line_error(again, "Claim 1 is already retracted")


def test_alias(cli: Invoke) -> None:
    seed()
    assert cli("alias", "Kremlin", "Russia").stderr == "Kremlin now means country:RU.\n"
    assert cli("alias", "Moscow officials", "country:RU").exit_code == 0
    assert json.loads(cli("alias", "list", "--json").stdout) == {
        "aliases": {"Kremlin": "country:RU", "Moscow officials": "country:RU"},
        "speaker_aliases": {},
    }
    assert rows(DB, "SELECT alias, key FROM entity_aliases ORDER BY alias") == [
        ("Kremlin", "country:RU"),
        ("Moscow officials", "country:RU"),
    ]
    assert [
        c["id"] for c in json.loads(cli("list", "--subject", "Kremlin", "--json").stdout)["claims"]
    ] == [1]
    assert_one_line_error(
        cli("alias", "Blob", "Qwxyzzy"),
        "factcheck does not know 'Qwxyzzy'; give a key such as country:RU or org:CSTO",
    )


def test_db_option_and_env(cli: Invoke, runner: object, tmp_path: Path) -> None:
    assert cli("--db", "other.db", "source", "add", "Elsewhere").exit_code == 0
    assert rows(tmp_path / "other.db", "SELECT title FROM sources") == [("Elsewhere",)]
    assert not DB.exists()
    from factcheck.cli import app

    result = runner.invoke(app, ["source", "list", "--json"], env={"FACTCHECK_DB": "other.db"})  # type: ignore[attr-defined]
    assert [s["title"] for s in json.loads(result.stdout)["sources"]] == ["Elsewhere"]


# ---- bad input: one line, exit 1, nothing changed ---------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "Russia sends 1400 troops", "--source", "9"], "No source with id 9"),
        (["show", "99"], "No claim with id 99"),
        (["history", "99"], "No claim with id 99"),
        (["retract", "99", "--reason", "r"], "No claim with id 99"),
        (["source", "show", "9"], "No source with id 9"),
        (["list", "--source", "9"], "No source with id 9"),
        (
            ["add", "Russia sends 1400 troops", "--source", "1", "--quote", "2,000 soldiers"],
            'The quote "2,000 soldiers" does not occur in source 1\'s text',
        ),
        (
            ["add", "Russia sends 1400 troops", "--source", "2", "--quote", "1,400 troops"],
            "Source 2 has no kept text to quote from; add the source with --file",
        ),
        (["retract", "1", "--reason", " "], "Say why the claim is retracted (--reason)"),
    ],
)
def test_bad_input_changes_nothing(cli: Invoke, args: list[str], message: str) -> None:
    seed()
    before = dump(DB)
    assert_one_line_error(cli(*args), message)
    assert dump(DB) == before


@pytest.mark.parametrize(
    "args",
    [
        ["add", "Russia sends troops", "--source", "1", "--value", "lots"],
        ["add", "Russia sends troops", "--source", "1", "--value", "5-2-7"],
        ["add", "Russia sends troops", "--source", "1", "--as-of", "someday"],
        ["add", "Russia sends troops", "--source", "1", "--as-of", "2022-02-30"],
        ["source", "add", "T", "--published", "the other week"],
    ],
)
def test_unparseable_value_or_date(cli: Invoke, args: list[str]) -> None:
    seed()
    before = dump(DB)
    result = cli(*args)
    assert result.exit_code == 1, result.stderr
    assert result.stderr.startswith("Error: ")
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
    assert dump(DB) == before


@pytest.mark.parametrize(
    "args",
    [["list"], ["show", "1"], ["search", "x"], ["source", "list"], ["source", "show", "1"],
     ["history", "1"], ["retract", "1", "--reason", "r"], ["alias", "list"],
     ["add", "Russia sends 1400 troops", "--source", "1"]],
)  # fmt: skip
def test_missing_database_is_not_created(cli: Invoke, args: list[str]) -> None:
    assert_one_line_error(
        cli(*args), "No claims.db at claims.db; start with `factcheck source add`"
    )
    assert not DB.exists()


def test_not_sqlite_database(cli: Invoke) -> None:
    DB.write_bytes(b"%PDF-1.4 not a database at all")
    for args in (["list"], ["source", "add", "T"]):
        assert_one_line_error(
            cli(*args), "claims.db is not a factcheck database (not an SQLite file)"
        )
    assert DB.read_bytes() == b"%PDF-1.4 not a database at all"


def test_newer_database(cli: Invoke) -> None:
    seed()
    with Store.open(DB, create=False) as s:
        s.conn.execute("INSERT INTO _migrations VALUES ('m002_from_the_future', 'x')")
    before = dump(DB)
    assert_one_line_error(
        cli("source", "add", "T"),
        "claims.db was written by a newer factcheck (schema step m002_from_the_future); "
        "upgrade factcheck",
    )
    assert dump(DB) == before


def test_usage_error_exits_2(cli: Invoke) -> None:
    result = cli("add", "no source given")
    assert result.exit_code == 2
    assert "Missing option '--source'" in result.stderr
    assert cli("show", "not-a-number").exit_code == 2
