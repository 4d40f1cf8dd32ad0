"""The generated index of the places data file (``gazetteer.toml``) is the one the data file
and the dictionary give today."""

from __future__ import annotations

from importlib import resources

from factcheck.text.gazetteer import INDEX_FILE, build, gazetteer, index_source

REGENERATE = "gazetteer.toml is stale: run `python -m factcheck.text.gazetteer`"


def test_the_index_file_is_the_index_of_the_data_file() -> None:
    written = resources.files("factcheck.text").joinpath(INDEX_FILE).read_text(encoding="utf-8")
    assert written == index_source(build()), REGENERATE


def test_the_index_read_is_the_index_built() -> None:
    assert gazetteer() == build(), REGENERATE
