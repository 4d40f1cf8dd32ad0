"""Word forms: Russian through pymorphy3 (loaded lazily, once), English by light stemming.

Two words are "the same" when their sets of possible normal forms overlap; ё folds to е.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return fold(self.text)


def fold(word: str) -> str:
    """Lower case, ё → е: the form every comparison uses."""
    return word.lower().replace("ё", "е")


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


def words(text: str) -> list[Token]:
    """Word tokens (letters, inner hyphens and apostrophes) with their offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


@cache
def analyzer() -> Any:
    """The pymorphy3 analyzer; its dictionaries load on first use (~0.2 s)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3 parses of a Russian word (empty for non-Cyrillic words)."""
    if not is_cyrillic(word):
        return ()
    return tuple(analyzer().parse(word))


def _english_stem(word: str) -> str:
    w = fold(word)
    if w.endswith("sses"):
        return w[:-2]  # "losses" → "loss", "witnesses" → "witness"
    for suffix, repl in (("ies", "y"), ("ves", "f"), ("es", "e"), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: -len(suffix)] + repl
    return w


@lru_cache(maxsize=65536)
def normal_forms(word: str) -> frozenset[str]:
    """Every possible dictionary form of a word, folded."""
    if is_cyrillic(word):
        forms = {fold(p.normal_form) for p in parses(word)}
        return frozenset(forms or {fold(word)})
    w = fold(word)
    return frozenset({w, _english_stem(w)})


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The most likely dictionary form, folded."""
    if is_cyrillic(word):
        ps = parses(word)
        return fold(ps[0].normal_form) if ps else fold(word)
    return _english_stem(word)


def same_word(a: str, b: str) -> bool:
    """True when the two words can be forms of one word ("Армении" ~ "Армения")."""
    return bool(normal_forms(a) & normal_forms(b))


def has_tag(word: str, *grammemes: str) -> bool:
    """True when some parse of the Russian word carries all the grammemes."""
    return any(all(g in p.tag for g in grammemes) for p in parses(word))
