"""The generated index of the lexicon (``lexicon_index.toml``) is what babel and pymorphy3 say
of the lexicon today; a word it does not list is read by the dictionary."""

from __future__ import annotations

from importlib import resources

from factcheck.text.lexicon import INDEX_FILE, Lexicon
from factcheck.text.lexicon_index import index_source
from factcheck.text.morph import words


def test_the_index_file_is_what_babel_and_pymorphy3_say() -> None:
    written = resources.files("factcheck.text").joinpath(INDEX_FILE).read_text(encoding="utf-8")
    assert written == index_source(), (
        "lexicon_index.toml is stale: run `python -m factcheck.text.lexicon_index`"
    )


def test_an_alias_the_index_does_not_list_matches_in_any_case() -> None:
    lexicon = Lexicon(extra_aliases={"Солнечные острова": "place:sun"})
    found = lexicon.entities.find(words("жители Солнечных островов"))
    assert [(m.i, m.j, m.value) for m in found] == [(1, 3, "place:sun")]


def test_country_names_come_from_cldr_in_both_languages() -> None:
    lexicon = Lexicon()
    assert lexicon.display_name("country:FR", "ru") == "Франция"
    assert lexicon.display_name("country:FR", "en") == "France"
