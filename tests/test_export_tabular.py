"""JSON Lines and CSV: the ledger written out and read back, bad files refused line by line."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from report_fixtures import CLAIMS, DECISIONS, HOSTILE, SOURCE_1, SOURCE_2, VERDICTS

from factcheck.errors import FactcheckError
from factcheck.export.spreadsheet import to_csv
from factcheck.export.tabular import DecisionRecord, parse_jsonl, to_jsonl
from factcheck.models import Claim

DECISION = DecisionRecord(DECISIONS["v24"], CLAIMS[1].uuid, CLAIMS[3].uuid)


def _jsonl() -> str:
    return to_jsonl([SOURCE_2, SOURCE_1], CLAIMS, [DECISION], VERDICTS)


def test_jsonl_records_reference_by_uuid() -> None:
    records = [json.loads(line) for line in _jsonl().splitlines()]
    assert [r["type"] for r in records] == ["ledger"] + ["source"] * 2 + ["claim"] * 5 + [
        "decision"
    ] + ["verdict"] * 2
    assert records[0] == {"type": "ledger", "format": "factcheck-ledger", "version": 1}
    assert [r["uuid"] for r in records[1:3]] == [SOURCE_1.uuid, SOURCE_2.uuid]  # id order
    assert records[3]["source_uuid"] == SOURCE_1.uuid
    assert "id" not in records[3] and "source_id" not in records[3]
    assert records[8] == {
        "type": "decision",
        "conflict_id": "v24",
        "claims": [CLAIMS[1].uuid, CLAIMS[3].uuid],
        "verdict": "update",
        "note": "Later figure <confirmed>",
        "decided_at": "2022-01-11T08:00:00+00:00",
    }
    assert records[10]["claim_uuid"] == CLAIMS[3].uuid
    assert records[10]["evidence"] == [f"source:{SOURCE_1.uuid}", "https://example.org/check"]


def _local(claim: Claim) -> Claim:
    """A claim as read from a file: no local ids, no copies of its source's fields."""
    return replace(claim, id=0, source_id=0, source_title=None, source_published=None)


def test_jsonl_reads_back_what_it_wrote() -> None:
    records = parse_jsonl(_jsonl())
    assert records.sources == (replace(SOURCE_1, id=0), replace(SOURCE_2, id=0))
    assert [r.claim for r in records.claims] == [_local(c) for c in CLAIMS]
    assert [r.source_uuid for r in records.claims] == [SOURCE_1.uuid] * 2 + [SOURCE_2.uuid] * 3
    assert records.decisions == (DECISION,)
    assert [(r.claim_uuid, r.verdict) for r in records.verdicts] == [
        (CLAIMS[3].uuid, replace(v, claim_id=0)) for v in VERDICTS
    ]


def test_jsonl_refuses_a_claim_whose_source_is_left_out() -> None:
    with pytest.raises(FactcheckError, match="Claim 1 cites source 1, which is not exported"):
        to_jsonl([SOURCE_2], CLAIMS, [], [])


HEADER = '{"type": "ledger", "format": "factcheck-ledger", "version": 1}\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "f.jsonl is empty: export a ledger with `factcheck export`"),
        ("\n  \n", "f.jsonl is empty: export a ledger with `factcheck export`"),
        ("not json\n", "f.jsonl, line 1: not JSON (Expecting value)"),
        ("[1, 2]\n", "f.jsonl, line 1: expected a JSON object"),
        (
            '{"type": "source", "uuid": "u", "title": "t"}\n',
            "f.jsonl, line 1: this is not a factcheck ledger (make one with `export`)",
        ),
        (
            '{"type": "ledger", "format": "factcheck-ledger", "version": 9}\n',
            "f.jsonl, line 1: written by a newer factcheck: upgrade factcheck first",
        ),
        (HEADER + '{"type": "speaker"}\n', "f.jsonl, line 2: unknown record type 'speaker'"),
        (HEADER + '{"type": "source", "title": "t"}\n', "f.jsonl, line 2: missing field 'uuid'"),
        (
            HEADER + '{"type": "source", "uuid": "u", "title": ""}\n',
            "f.jsonl, line 2: field 'title' must be a non-empty string",
        ),
        (
            HEADER + '{"type": "source", "uuid": "u", "title": "t", "text": "a", "sha256": "0"}\n',
            "f.jsonl, line 2: the source's text does not match its sha256 (was the file edited?)",
        ),
        (
            HEADER
            + '{"type": "claim", "uuid": "c", "source_uuid": "s", "text": "x", "low": "1"}\n',
            "f.jsonl, line 2: field 'low' must be float or null",
        ),
        (
            HEADER
            + '{"type": "claim", "uuid": "c", "source_uuid": "s", "text": "x", "start": true}\n',
            "f.jsonl, line 2: field 'start' must be int or null",
        ),
        (
            HEADER + '{"type": "verdict", "claim_uuid": "c", "rating": "pants-on-fire"}\n',
            "f.jsonl, line 2: 'pants-on-fire' is not a valid Rating",
        ),
        (
            HEADER
            + '{"type": "decision", "conflict_id": "x", "claims": ["a"], "verdict": "error"}\n',
            "f.jsonl, line 2: field 'claims' must hold the uuids of two claims",
        ),
        (
            HEADER
            + '\n{"type": "verdict", "claim_uuid": "c", "rating": "false", "evidence": "x"}\n',
            "f.jsonl, line 3: field 'evidence' must be a list of strings",
        ),
        (
            HEADER + '{"type": "entity_alias", "alias": "the Kremlin"}\n',
            "f.jsonl, line 2: missing field 'key'",
        ),
        (
            HEADER + '{"type": "speaker_alias", "alias": "", "speaker": "Home Office"}\n',
            "f.jsonl, line 2: field 'alias' must be a non-empty string",
        ),
    ],
)
def test_bad_files_are_refused_with_the_line(text: str, message: str) -> None:
    with pytest.raises(FactcheckError) as error:
        parse_jsonl(text, "f.jsonl")
    assert str(error.value) == message


def test_csv_rows_in_id_order_with_the_current_verdict() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(reversed(CLAIMS), VERDICTS))))
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert rows[3] | {"uuid": "", "text": "", "quote": "", "created_at": ""} == {
        "id": "4",
        "uuid": "",
        "source_id": "2",
        "source_title": "Five | countries *join*",
        "source_published": "2022-01-08",
        "speaker": "Ministry of Defence",
        "attribution": "",
        "subject": "Russia",
        "subject_key": "country:RU",
        "property": "troops",
        "unit": "soldier",
        "low": "2000",
        "high": "",
        "qualifier": "at_least",
        "members": "",
        "as_of": "2022-01-08",
        "hedged": "false",
        "earlier": "false",
        "status": "active",
        "text": "",
        "quote": "",
        "start": str(CLAIMS[3].start),
        "end": str(CLAIMS[3].end),
        "created_at": "",
        "verdict": "false",
        "verdict_note": "Only 1400 arrived | see *both*",
    }
    assert rows[4]["text"] == HOSTILE


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+7 troops", "'+7 troops"),
        ("-5 degrees", "'-5 degrees"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Russia sends 1400 troops", "Russia sends 1400 troops"),
        (" =1+1", "' =1+1"),
        ("\t=1+1", "'\t=1+1"),
        ("\n+1", "'\n+1"),
        ("  @SUM(A1)", "'  @SUM(A1)"),
        ("\u3000-1", "'\u3000-1"),
        ("＝1+1", "'＝1+1"),
        ("＋7", "'＋7"),
        ("－5", "'－5"),
        ("＠SUM(A1)", "'＠SUM(A1)"),
        ("\r=1+1", "\\x0d=1+1"),
        ("\x1b[2J=1", "\\x1b[2J=1"),
        ("troops =1+1", "troops =1+1"),
    ],
)
def test_csv_cells_never_run_as_spreadsheet_formulas(text: str, cell: str) -> None:
    [row] = csv.DictReader(io.StringIO(to_csv([replace(CLAIMS[0], text=text)])))
    assert row["text"] == cell


def _claim_line(**fields: object) -> str:
    record = {"type": "claim", "uuid": "c", "source_uuid": "s", "text": "x"} | fields
    return json.dumps(record, ensure_ascii=False) + "\n"


SOURCE_WITH_TEXT = (
    '{"type": "source", "uuid": "s", "title": "t", "text": "Moscow sent 1400 troops."}\n'
)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"type": "claim", "uuid": "c", "source_uuid": "s", "text": "x", "low": Infinity}\n',
         "f.jsonl, line 2: not JSON (Infinity is not a JSON number)"),
        ('{"type": "claim", "uuid": "c", "source_uuid": "s", "text": "x", "high": -Infinity}\n',
         "f.jsonl, line 2: not JSON (-Infinity is not a JSON number)"),
        ('{"type": "claim", "uuid": "c", "source_uuid": "s", "text": "x", "low": NaN}\n',
         "f.jsonl, line 2: not JSON (NaN is not a JSON number)"),
        (_claim_line(low=1, high=2).replace("2}", "1e400}"),
         "f.jsonl, line 2: field 'high' must be a finite number"),
        (_claim_line(low=10**400), "f.jsonl, line 2: field 'low' must be a finite number"),
        (_claim_line(low=5, high=3), "f.jsonl, line 2: field 'low' is above 'high'"),
        (_claim_line(hedged="false"), "f.jsonl, line 2: field 'hedged' must be true or false"),
        (_claim_line(earlier=1), "f.jsonl, line 2: field 'earlier' must be true or false"),
        (_claim_line(start=3), "f.jsonl, line 2: fields 'start' and 'end' go together"),
        (_claim_line(start=5, end=2, quote=""),
         "f.jsonl, line 2: field 'start' must be between 0 and 'end'"),
        (_claim_line(start=2**63, end=2**63, quote=""),
         "f.jsonl, line 2: field 'start' must be between 0 and 'end'"),
        (_claim_line(start=-1, end=2, quote="abc"),
         "f.jsonl, line 2: field 'start' must be between 0 and 'end'"),
        (_claim_line(start=0, end=4),
         "f.jsonl, line 2: fields 'start' and 'end' must hold the quote"),
        (_claim_line(start=0, end=4, quote="abc"),
         "f.jsonl, line 2: fields 'start' and 'end' must hold the quote"),
        (_claim_line(as_of="yesterday"),
         "f.jsonl, line 2: field 'as_of' must be a date like 2022-01-07"),
        (_claim_line(as_of="2022-02-30"),
         "f.jsonl, line 2: field 'as_of' must be a date like 2022-01-07"),
        (_claim_line(created_at="noon"),
         "f.jsonl, line 2: field 'created_at' must be a time like 2022-01-07T09:00:00+00:00"),
        ('{"type": "source", "uuid": "s", "title": "t", "published": "2022-13"}\n',
         "f.jsonl, line 2: field 'published' must be a date like 2022-01-07"),
        ('{"type": "verdict", "claim_uuid": "c", "rating": "false", "decided_at": "x"}\n',
         "f.jsonl, line 2: field 'decided_at' must be a time like 2022-01-07T09:00:00+00:00"),
        (_claim_line(text="x\x00y"), "f.jsonl, line 2: a field holds a NUL byte"),
        (_claim_line(members=["a", "b\x00"]), "f.jsonl, line 2: a field holds a NUL byte"),
        ('{"type": "source", "uuid": "s", "title": "t", "text": "' + "a" * 70000 + '\\u0000"}\n',
         "f.jsonl, line 2: a field holds a NUL byte"),
    ],
)  # fmt: skip
def test_import_refuses_what_add_would_refuse(line: str, message: str) -> None:
    with pytest.raises(FactcheckError) as error:
        parse_jsonl(HEADER + line, "f.jsonl")
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("fields", "ok"),
    [
        ({"start": 12, "end": 16, "quote": "1400"}, True),
        ({"start": 12, "end": 16, "quote": "1500"}, False),
        ({"start": 30, "end": 34, "quote": "1400"}, False),  # past the end of the text
        ({"quote": "anything, with no offsets"}, True),
    ],
)
def test_import_checks_the_quote_against_its_sources_text(
    fields: dict[str, object], ok: bool
) -> None:
    text = HEADER + SOURCE_WITH_TEXT + _claim_line(**fields)
    if ok:
        assert parse_jsonl(text, "f.jsonl").claims[0].claim.quote == fields["quote"]
        return
    with pytest.raises(FactcheckError) as error:
        parse_jsonl(text, "f.jsonl")
    assert str(error.value) == "f.jsonl, line 3: the quote is not the source's text at its offsets"


def test_import_reads_json_booleans_and_whole_numbers() -> None:
    line = _claim_line(hedged=True, low=3, high=3, as_of="2022-01", created_at="")
    [record] = parse_jsonl(HEADER + line).claims
    assert (record.claim.hedged, record.claim.earlier, record.claim.low) == (True, False, 3.0)
    assert (record.claim.as_of, record.claim.created_at) == ("2022-01", "")
