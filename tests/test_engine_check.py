"""The check `extract` runs against the ledger sees what `factcheck conflicts` sees: parts counted
in a place ("group:people@place:derby") are fetched for a new whole, and wholes in a place for
a new part."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Invoke

from factcheck.conflicts import related_keys
from factcheck.ledger import MEMORY, Store
from factcheck.models import ClaimDraft, Qualifier

IN_DERBY = "Arrests were made in Derby and in Bath on Saturday. In Derby, 900 people were detained."
ANYWHERE = "Police said 300 people were detained in Derby and Bath on Saturday."


def _extract(cli: Invoke, tmp_path: Path, name: str, text: str) -> list[dict[str, object]]:
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    result = cli("extract", str(article), "--yes", "--json", "--published", "2022-03-05")
    assert result.exit_code == 0, result.output
    conflicts: list[dict[str, object]] = json.loads(result.stdout)["conflicts"]
    return conflicts


@pytest.mark.parametrize("first, second", [(IN_DERBY, ANYWHERE), (ANYWHERE, IN_DERBY)])
def test_extract_lists_the_part_whole_conflict_with_a_stored_place(
    cli: Invoke, tmp_path: Path, first: str, second: str
) -> None:
    assert _extract(cli, tmp_path, "first.txt", first) == []
    new = _extract(cli, tmp_path, "second.txt", second)
    listed = json.loads(cli("conflicts", "--json").stdout)["conflicts"]
    assert [c["rule"] for c in listed] == ["part_whole.exceeds"]
    assert [c["id"] for c in new] == [c["id"] for c in listed]
    with Store.open(tmp_path / "claims.db", create=False) as store:
        keys = {c.subject_key for c in store.list_claims()}
    assert keys == {"group:people", "group:people@place:derby"}


def _stored(store: Store, key: str, low: float) -> None:
    source = store.add_source(title=key, text=f"{key} {low}", published="2022-03-05")
    draft = ClaimDraft(
        text=f"{low} {key}",
        subject="people",
        subject_key=key,
        property="detained",
        low=low,
        high=low,
        qualifier=Qualifier.EXACT,
    )
    store.add_claims(source.id, [draft])


def test_a_fetch_by_any_scope_finds_every_place_and_only_the_key() -> None:
    with Store.open(MEMORY, create=True) as store:
        for n, key in enumerate(
            [
                "group:people",
                "group:people@place:derby",
                "group:people@place:bath",
                "group:peoples",
                "group:people_x@place:derby",
                "group:protesters@place:derby",
            ]
        ):
            _stored(store, key, 10 * (n + 1))
        whole = store.list_claims()[0]
        assert whole.subject_key == "group:people"
        found = store.claims_by_keys(related_keys(whole))
        assert {c.subject_key for c in found} == {
            "group:people",
            "group:people@place:derby",
            "group:people@place:bath",
            "group:protesters@place:derby",
        }
        in_derby = next(c for c in store.list_claims() if c.subject_key.endswith("derby"))
        assert ("group:protesters@place:derby", "detained") in related_keys(in_derby)
