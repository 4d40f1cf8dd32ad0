"""A set key's words in every language together (lang.base.in_every_language)."""

from __future__ import annotations

from factcheck.lang.base import in_every_language, words


def test_the_words_of_every_language_together() -> None:
    got = in_every_language("places.capitals")
    assert got == words("ru").set("places.capitals") | words("en").set("places.capitals")
    assert "capital" in got and any(w.startswith("столиц") for w in got)
