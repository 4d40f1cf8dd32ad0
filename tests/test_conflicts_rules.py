"""The conflict rules' registry: each rule named once, the keys it relies on in the lexicon.

What each rule finds is tested claim by claim in test_conflicts.py; that every rule is
documented, in test_docs.py.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest

from factcheck.conflicts.rules import RULES, rule
from factcheck.keys import LEXICON_KEYS
from factcheck.models import ConflictKind

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"


def test_rule_names_say_their_kind() -> None:
    assert len(RULES) == 13
    for name, registered in RULES.items():
        assert registered.name == name
        assert name.partition(".")[0] == registered.kind.value


@pytest.mark.parametrize("name", list(RULES))
def test_a_rule_name_is_written_once_in_the_code(name: str) -> None:
    written = [
        path.relative_to(PACKAGE)
        for path in sorted(PACKAGE.rglob("*.py"))
        for _ in range(path.read_text(encoding="utf-8").count(f'"{name}"'))
    ]
    assert written == [Path("conflicts/rules.py")]


def test_a_second_rule_of_one_name_is_refused() -> None:
    with pytest.raises(ValueError, match=r"two conflict rules are named value\.disjoint"):
        rule("value.disjoint", ConflictKind.VALUE)(lambda a, b: None)
    assert RULES["value.disjoint"].find.__name__ == "value_disjoint"


@pytest.mark.parametrize(("table", "name"), LEXICON_KEYS)
def test_the_lexicon_has_the_keys_the_rules_rely_on(table: str, name: str) -> None:
    text = resources.files("factcheck.text").joinpath("lexicon.toml").read_text(encoding="utf-8")
    assert name in tomllib.loads(text)[table]
