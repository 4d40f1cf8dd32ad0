"""A text whose letters are all Latin or Cyrillic is cut into the same words by the listed
letters (text/morph.py: PLAIN_LETTERS) as by the letter category."""

from __future__ import annotations

import re

from factcheck.text.hints import plain
from factcheck.text.morph import PLAIN_LETTERS, word_columns

_LETTER = re.compile(r"[^\W\d_]")


def test_the_listed_letters_are_the_plain_letters() -> None:
    listed = re.compile(f"[{PLAIN_LETTERS}]")
    chars = [chr(c) for c in range(0x500)]
    assert [c for c in chars if bool(listed.match(c)) != bool(_LETTER.match(c) and plain(c))] == []


def test_a_plain_text_is_cut_as_any_other() -> None:
    text = "Saint-Petersburg's 12 доклада, об'єкт: Київ—Ґрунт; ёлка_5 д'Артаньян ‘quoted’ №5"
    assert plain(text)
    words, starts, ends = word_columns(text)
    found = [
        (m.group(), m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", text)
    ]
    assert list(zip(words, starts, ends, strict=True)) == found
