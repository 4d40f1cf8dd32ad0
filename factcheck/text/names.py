"""Who a speaker's name names, across scripts and languages (pure).

Two names are one voice when they share a word that identifies a speaker (:func:`same_voice`):
a word of four letters or more, or an acronym ("CGT", "МВД"); a Russian word also matches its
romanised spelling ("Эрдоган" ~ "Erdogan", "Шойгу" ~ "Shoigu"); and an official body or an
international organisation the lexicon knows counts as its key in either language
("Следственный комитет РФ" ~ "the Investigative Committee", "ВОЗ" ~ "WHO"). Names that share
nothing are rivals: the police and the union, the ministry and the WHO.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from factcheck.text.lexicon import bodies_named
from factcheck.text.morph import fold, is_cyrillic, lemma

# The words that name a speaker: four letters or more ("ministry", "профсоюз") or an acronym
# ("CGT", "МВД", "WHO"); short lower-case words ("of", "the", "по") name nobody.
_NAME_WORD = re.compile(r"\w{4,}|\b[^\W\d_a-zа-яё]{2,}\b")

# Russian letters in Latin, as English-language news spells Russian names (close to BGN/PCGN,
# without its marks): "Шойгу" → "shoygu", "Щербаков" → "shcherbakov".
ROMAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
_ROMAN_TABLE = str.maketrans(ROMAN)
# BGN/PCGN writes "е" as "ye" at a word's start and after a vowel or a sign ("Евгений" →
# "Yevgeniy", "Сергеев" → "Sergeyev"); much of the press writes "e" ("Sergeev"): both count.
_YE = re.compile(r"(^|[аеиоуыэюяьъ])е")

# Spellings that vary between transliterations of one name, folded to one: "Shoygu" and
# "Shoigu", "Maxim" and "Maksim", "Brennan" and "Бреннан" (doubled letters are often single).
_VARIANTS = (("x", "ks"), ("y", "i"))
_DOUBLED = re.compile(r"(\w)\1+")


class Voice(NamedTuple):
    """What identifies a speaker's name: its words (folded) and the keys of the bodies it
    names; the spellings of its Latin words, and of its Russian words in Latin letters."""

    words: frozenset[str]
    latin: frozenset[str]
    romanised: frozenset[str]


def romanised(word: str) -> str:
    """A Russian word in Latin letters (:data:`ROMAN`), folded; other letters are kept."""
    return fold(word).translate(_ROMAN_TABLE)


def romanisations(word: str) -> frozenset[str]:
    """A Russian word's spellings in Latin letters (:func:`romanised`, and with "ye" where
    BGN/PCGN writes it), as :func:`spelling` compares them."""
    folded = fold(word)
    return frozenset(map(spelling, {romanised(folded), romanised(_YE.sub(r"\1ye", folded))}))


def spelling(word: str) -> str:
    """A Latin word as spellings of one name compare: folded, without accents, its variant
    letters (:data:`_VARIANTS`) one, doubled letters single: "Gérald" → "gerald"."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", fold(word)) if not unicodedata.combining(c)
    )
    for variant, usual in _VARIANTS:
        plain = plain.replace(variant, usual)
    return _DOUBLED.sub(r"\1", plain)


@lru_cache(maxsize=4096)
def voice(name: str) -> Voice:
    """The words and keys that identify the speaker ``name``."""
    found = _NAME_WORD.findall(name)
    latin = frozenset(spelling(w) for w in found if not is_cyrillic(w))
    # a Russian word in any case form ("Эрдогана") is compared by its dictionary form too
    roman = frozenset(
        spelt
        for w in found
        if is_cyrillic(w)
        for form in (w, lemma(w))
        for spelt in romanisations(form)
    )
    return Voice(frozenset(map(fold, found)) | bodies_named(name), latin, roman)


def same_voice(x: str, y: str) -> bool:
    """The two names share a word or a body, or a Latin word of one is a Russian word of the
    other spelled in Latin letters. Two Russian names are never matched by their romanised
    words: those are dictionary forms, and "французский профсоюз" and "французское МВД"
    would share one."""
    a, b = voice(x), voice(y)
    return not (
        a.words.isdisjoint(b.words)
        and a.latin.isdisjoint(b.latin)
        and a.latin.isdisjoint(b.romanised)
        and a.romanised.isdisjoint(b.latin)
    )
