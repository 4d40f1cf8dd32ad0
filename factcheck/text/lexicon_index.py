"""Generates ``lexicon_index.toml``: what babel and pymorphy3 say of the lexicon, read by
:mod:`factcheck.text.lexicon` instead of asking them in every process.

    python -m factcheck.text.lexicon_index    # after lexicon.toml, babel or pymorphy3 changes
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from factcheck.text.index_file import index_text
from factcheck.text.lexicon import (
    CLDR_LANGUAGES,
    INDEX_FILE,
    SKIPPED_CLDR,
    is_abbreviation,
    lexicon_data,
    phrase_words,
)
from factcheck.text.morph import is_cyrillic, lemma

_GENERATED = """\
# CLDR's country names and the dictionary forms of lexicon.toml's Russian words: do not edit.
# After lexicon.toml or babel or pymorphy3 changes: python -m factcheck.text.lexicon_index"""


def cldr_countries(lang: str) -> dict[str, str]:
    """CLDR's name of every country (two-letter code → name), as babel gives it, without the
    names that are also everyday words."""
    from babel import Locale

    return {
        code: name
        for code, name in Locale(lang).territories.items()
        if len(code) == 2 and code.isalpha() and code not in SKIPPED_CLDR
    }


def index_source() -> str:
    """The text of ``lexicon_index.toml`` as babel and pymorphy3 give it today."""
    countries = {lang: cldr_countries(lang) for lang in CLDR_LANGUAGES}
    data = lexicon_data()
    phrases = [name for names in countries.values() for name in names.values()]
    phrases += [a for table in ("countries", "organisations", "bodies") for a in _flat(data[table])]
    phrases += [w for group in data["groups"].values() for w in group["words"]]
    phrases += [
        w for m in data["measures"].values() for w in [*m.get("counts", []), *m.get("events", [])]
    ]
    phrases += data["ignore"]["counts"]
    lemmas = {
        t.text: lemma(t.text)
        for phrase in phrases
        for t in phrase_words(phrase)
        if is_cyrillic(t.text) and not is_abbreviation(t.text)
    }
    # the countries in CLDR's order: the lexicon adds their names in it
    tables = {f"countries_{lang}": names for lang, names in countries.items()}
    return index_text(_GENERATED, {**tables, "lemmas": dict(sorted(lemmas.items()))})


def _flat(table: Mapping[str, list[str]]) -> list[str]:
    return [a for aliases in table.values() for a in aliases]


if __name__ == "__main__":
    Path(__file__).with_name(INDEX_FILE).write_text(index_source(), encoding="utf-8")
