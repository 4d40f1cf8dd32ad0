"""`factcheck extract` and `factcheck demo` end to end; the database is reopened after each call."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.ingest import MAX_ARTICLE_BYTES
from tests.conftest import Invoke, dump, rows

ARTICLE_RU = (
    "date 2022-01-10\n\n"
    "По словам министра обороны, Беларусь направила в Казахстан 250 военнослужащих, "
    "а Армения — от 70 до 100.\n\n"
    "В МВД заявили, что на утро 9 января задержаны более 4 тысяч человек."
)
ARTICLE_EN = (
    "Published: January 11, 2022\n\n"
    "Belarus has sent 600 servicemen to Kazakhstan, the Defence Ministry said on Tuesday.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE_RU, encoding="utf-8")
    return path


def test_extract_stores_source_and_claims(cli: Invoke, article: Path, tmp_path: Path) -> None:
    result = cli("extract", str(article), "--yes", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(c["subject"], c["value"]["low"], c["value"]["high"]) for c in data["claims"]] == [
        ("Беларусь", 250, 250),
        ("Армения", 70, 100),
        ("человек", 4000, None),
    ]
    db = tmp_path / "claims.db"
    (source,) = rows(db, "SELECT id, published, language, text FROM sources")
    assert source[1:] == ("2022-01-10", "ru", ARTICLE_RU)
    stored = rows(db, "SELECT start, [end], quote, attribution, as_of FROM claims ORDER BY id")
    for start, end, quote, _, _ in stored:
        assert ARTICLE_RU[start:end] == quote
    said_by = "По словам министра обороны"
    assert [r[3] for r in stored] == [said_by, said_by, "В МВД заявили"]
    assert stored[2][4] == "2022-01-09"


def test_same_file_twice_is_recognised(cli: Invoke, article: Path, tmp_path: Path) -> None:
    assert cli("extract", str(article), "--yes").exit_code == 0
    second = cli("extract", str(article), "--yes", "--json")
    assert second.exit_code == 0
    assert len(json.loads(second.stdout)["claims"]) == 3
    db = tmp_path / "claims.db"
    assert rows(db, "SELECT count(*) FROM sources") == [(1,)]
    assert rows(db, "SELECT count(*) FROM claims") == [(3,)]


def test_dry_run_stores_nothing(cli: Invoke, article: Path, tmp_path: Path) -> None:
    result = cli("extract", str(article), "--dry-run", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["stored"] is False and len(data["claims"]) == 3
    assert not (tmp_path / "claims.db").exists()


def test_without_terminal_and_without_yes_is_an_error(cli: Invoke, article: Path) -> None:
    result = cli("extract", str(article))
    assert result.exit_code == 1
    assert "--yes" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cross_language_conflict_is_reported(cli: Invoke, article: Path, tmp_path: Path) -> None:
    english = tmp_path / "wire.txt"
    english.write_text(ARTICLE_EN, encoding="utf-8")
    assert cli("extract", str(article), "--yes").exit_code == 0
    result = cli("extract", str(english), "--yes", "--json")
    data = json.loads(result.stdout)
    (conflict,) = data["conflicts"]
    assert conflict["kind"] in ("value", "update")
    assert len(conflict["claims"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Published: June 2, 2023\n\nPolice put the size of the rally at about 3,000 people. "
        "Its organisers, the Clean Air Alliance, said more than 9,000 had taken part.\n",
        "date 2023-06-02\n\nВ шествии приняли участие около 3 тысяч человек, сообщили в "
        "полиции. Организаторы заявили, что на митинг вышли более 9 тысяч.\n",
    ],
)
def test_crowd_sizes_of_police_and_organisers_conflict(
    cli: Invoke, tmp_path: Path, text: str
) -> None:
    path = tmp_path / "rally.txt"
    path.write_text(text, encoding="utf-8")
    data = json.loads(cli("extract", str(path), "--yes", "--json").stdout)
    assert [(c["property"], c["value"]["low"]) for c in data["claims"]] == [
        ("participants", 3000),
        ("participants", 9000),
    ]
    (conflict,) = data["conflicts"]
    assert (conflict["kind"], conflict["rule"]) == ("value", "value.disjoint")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\xff\xfe\x00\x00garbage\x80\x81", "binary"),
        ("caf\u00e9 \u2014 na\u00efve".encode("latin-1", "replace") + b"\x81\x8d", "not UTF-8"),
    ],
)
def test_bad_files_are_refused_and_change_nothing(
    cli: Invoke, article: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    assert cli("extract", str(article), "--yes").exit_code == 0
    db = tmp_path / "claims.db"
    before = dump(db)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = cli("extract", str(bad), "--yes")
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert dump(db) == before


def test_missing_file_and_folder(cli: Invoke, tmp_path: Path) -> None:
    assert "No file" in cli("extract", str(tmp_path / "nope.txt"), "--yes").stderr
    assert "folder" in cli("extract", str(tmp_path), "--yes").stderr


def test_cp1251_russian_is_decoded(cli: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "cp1251.txt"
    path.write_bytes(ARTICLE_RU.encode("cp1251"))
    result = cli("extract", str(path), "--yes", "--json")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["claims"]) == 3
    assert rows(tmp_path / "claims.db", "SELECT text FROM sources") == [(ARTICLE_RU,)]


def test_too_large_file_says_what_to_do(cli: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: no need to write 10 MB
    result = cli("extract", str(path), "--yes")
    assert result.exit_code == 1
    assert "split it" in result.stderr
    assert not (tmp_path / "claims.db").exists() or rows(
        tmp_path / "claims.db", "SELECT count(*) FROM sources"
    ) == [(0,)]


def test_several_files_one_failing_keeps_the_good_ones(
    cli: Invoke, article: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = cli("extract", str(article), str(empty), "--yes")
    assert result.exit_code == 1
    # the first article was stored whole in its own transaction; the empty one added nothing
    assert rows(tmp_path / "claims.db", "SELECT count(*) FROM claims") == [(3,)]


def test_bad_lang_and_date(cli: Invoke, article: Path) -> None:
    assert cli("extract", str(article), "--yes", "--lang", "de").exit_code == 1
    result = cli("extract", str(article), "--yes", "--published", "2022-13-45")
    assert result.exit_code == 1
    assert "Cannot read the date" in result.stderr


def test_demo_uses_a_temporary_ledger_and_writes_markdown(cli: Invoke, tmp_path: Path) -> None:
    result = cli("demo", "-o", "summary.md")
    assert result.exit_code == 0, result.stderr
    assert not (tmp_path / "claims.db").exists()
    report = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert report.startswith("# Fact-check report")
    assert "Part larger than the whole" in report


def test_demo_with_db_keeps_the_ledger(cli: Invoke, tmp_path: Path) -> None:
    result = cli("--db", "demo.db", "demo", "-o", "summary.md")
    assert result.exit_code == 0, result.stderr
    assert rows(tmp_path / "demo.db", "SELECT count(*) FROM sources") == [(4,)]


def test_demo_replaces_its_own_report_but_no_other_file(cli: Invoke, tmp_path: Path) -> None:
    assert cli("demo").exit_code == 0
    assert cli("demo").exit_code == 0  # factcheck-demo.md is the demo's own: run it again
    notes = tmp_path / "notes.md"
    notes.write_text("mine\n", encoding="utf-8")
    refused = cli("demo", "-o", "notes.md")
    assert (refused.exit_code, refused.stderr.splitlines()[-1]) == (
        1,
        "Error: notes.md already exists; add --force to replace it",
    )
    assert notes.read_text(encoding="utf-8") == "mine\n"
    assert cli("--db", "demo.db", "demo", "-o", "summary.md", "--force").exit_code == 0
    ledger = cli("--db", "demo.db", "demo", "-o", "demo.db", "--force")
    assert (ledger.exit_code, ledger.stdout) == (1, "")  # refused before reading any article
    assert rows(tmp_path / "demo.db", "SELECT count(*) FROM sources") == [(4,)]


def test_review_at_a_terminal_keeps_what_the_journalist_accepts(
    cli: Invoke, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.cli.extract as extract_cli

    monkeypatch.setattr(extract_cli, "_interactive", lambda: True)
    # accept the first, skip the second, edit the third (subject and value), then done
    answers = "a\ns\ne\nзадержанные\ndetained\n>4100\n"
    result = cli("extract", str(article), input=answers)
    assert result.exit_code == 0, result.stderr
    stored = rows(tmp_path / "claims.db", "SELECT subject, low, high FROM claims ORDER BY id")
    assert stored == [("Беларусь", 250, 250), ("задержанные", 4100, None)]


@pytest.mark.parametrize("seed", [1, 2])
def test_the_new_claims_conflicts_are_those_each_claim_finds_alone(seed: int) -> None:
    """extract judges all its claims in one run; that run finds what checking each claim alone
    against its own related claims finds, in the same order."""
    from test_conflicts_run import random_ledger

    from factcheck.conflicts import check_claim
    from factcheck.ingest import conflicts_for_new
    from factcheck.ledger import MEMORY, Store

    with Store.open(MEMORY, create=True) as store:
        claims = list(random_ledger(store, 300, seed).iter_claims())
        for new in (claims[:40], claims[120:200], claims[260:]):
            alone = list({c.id: c for claim in new for c in check_claim(store, claim)}.values())
            assert conflicts_for_new(store, new) == alone
            assert alone


@pytest.mark.parametrize(
    "noise",
    [
        "9" * 320,  # past a float
        "7" * 4400,  # past Python's int-from-text limit
        "1" + "0" * 5000 + ".5",
        "1," + "000," * 400 + "000",
        "1 " + "000 " * 400 + "000",
        "𘂒ь",  # a Tangut letter before a Cyrillic one: pymorphy3 cannot name it
        "𘂒ь 𘂒ого",
    ],
)
def test_absurd_digit_runs_and_unreadable_words_are_no_figures(
    cli: Invoke, tmp_path: Path, noise: str
) -> None:
    article = tmp_path / "noise.txt"
    article.write_text(
        f"Спасатели сообщили о {noise} пострадавших. Эвакуированы 300 человек.", encoding="utf-8"
    )
    result = cli("extract", str(article), "--yes", "--json")
    assert result.exit_code == 0, result.stderr
    claims = json.loads(result.stdout)["claims"]
    assert [(c["quote"], c["value"]["low"]) for c in claims] == [("300 человек", 300)]
    assert rows(tmp_path / "claims.db", "SELECT quote FROM claims") == [("300 человек",)]
