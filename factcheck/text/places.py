"""Where an article is set: the towns, regions and countries it names (pure).

Two articles that name no place in common, not even a country, report different events: a
toll of a dam collapse in Kyrgyzstan and one of a fire in Novoozersk are not rivals. The
conflict engine uses this as a veto only; an article whose places are unknown (no text, or
none found) is compared with everything, as before.

A place is read from a dateline ("BISHKEK, May 15 (…) -"), a capitalised name after "в", "во",
"in", "at", "near" ("в Алматы", "in Port Aldwin"), or after a settlement noun ("в селе
Сарытокой", "the village of Sarytokoi"); a country is any the lexicon knows. Russian words the
dictionary knows as something other than a place ("в Министерстве") are not places. Place keys
are in Latin letters ("place:almaty"); :func:`scene_keys` compares them by their consonants, so
"Алматы" = "Almaty" and "Sarytokoi" = "Сарытокой". The words are the words files' (``places.*``,
and the names of ``dates.months`` and ``dates.weekdays``, of lang/<code>/words.toml).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import compress
from operator import attrgetter, itemgetter

from factcheck.errors import FactcheckError
from factcheck.lang import base
from factcheck.lang.base import LANGUAGES
from factcheck.text.gazetteer import known_name, place_at
from factcheck.text.lexicon import Lexicon, default_lexicon
from factcheck.text.morph import Word, fold, word_columns, words, words_at


def _of_both(key: str) -> frozenset[str]:
    """A words-file key's words in either language, folded."""
    return frozenset(fold(w) for language in LANGUAGES for w in base.words(language).set(key))


def _names(key: str) -> frozenset[str]:
    """The names of the months or weekdays in either language (each line's first form), folded."""
    return frozenset(fold(line[0]) for lang in LANGUAGES for line in base.words(lang).forms(key))


# The words files' words, read when the module is (other stages import these sets).
# "в Алматы", "in Almaty": a capitalised word after these may name a place.
PLACE_BEFORE = _of_both("places.before")
SETTLEMENTS = _of_both("places.settlements")
_SETTLEMENT_LINKS = base.words("en").set("places.settlement_links")
# Endings of English adjectives of places: "Cornish", "Chinese", "Bavarian".
_ADJECTIVE_ENDINGS = tuple(base.words("en").set("places.adjective_endings"))
# A capitalised name with one of these is a building, not a town: "at Grand Crown Hall".
_VENUES = _of_both("places.venues")
# "улицы", "streets": "на улицы Лиона", "the streets of Paris".
_STREETS = _of_both("places.streets")
# "где", "where": "Marseille, where 16,000 marched".
_WHERES = _of_both("places.where")
# Words before an item of a list of places.
_LIST_WORDS = frozenset("and or as notably including и или а также".split())
# Capitalised words that name no place: "in January", "в Telegram".
NOT_PLACES = (
    base.words("en").set("places.not_places") | _names("dates.months") | _names("dates.weekdays")
)
# "BISHKEK, May 15 (Wire) -" or "KAMENNOGORSK, Russia, Oct 28": capitals, then a comma
# A line opening with a name in capitals and a comma. Looked for after each line break (a
# search for a fixed character skips to it; one for "^" tries every position of the text), and
# at the text's start.
_DATELINE_NAME = r"[ \t]*([A-ZА-ЯЁ][A-ZА-ЯЁ'’. -]{2,40}?),"
_FIRST_DATELINE = re.compile(_DATELINE_NAME)
_DATELINE = re.compile(rf"\n{_DATELINE_NAME}")
_VOWELS = str.maketrans("", "", "aeiouy'’- .")
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    }
)  # fmt: skip


def place_key(name: str) -> str:
    """A place a journalist types, as a key: a key as is ("place:almaty", "country:KZ"), a
    country the lexicon knows ("Kazakhstan", "Казахстан"), else a town ("Алматы" →
    "place:almaty")."""
    name = name.strip()
    kind, _, rest = name.partition(":")
    if kind in ("place", "country") and rest and " " not in name:
        return name
    tokens = words(name)
    if not tokens:
        raise FactcheckError(f"Not a place: {name!r}; give a town, a region or a country")
    found = default_lexicon().entities.find(tokens)
    whole = len(found) == 1 and found[0].i == 0 and found[0].j == len(tokens)
    if whole and found[0].value.startswith("country:"):
        return found[0].value
    typed = word_columns(name)
    listed = place_at(name, words_at(*typed), 0)
    if listed is not None and listed[1] == len(typed[0]):
        return f"place:{listed[0]}"
    return f"place:{latin(' '.join(t.text for t in tokens))}"


def latin(name: str) -> str:
    """A name in Latin letters, folded: "Алматы" → "almaty"."""
    return fold(name).translate(_TRANSLIT)


def places_of(text: str, lexicon: Lexicon, words_: Sequence[Word] | None = None) -> tuple[str, ...]:
    """The places and countries an article names, as sorted keys ("country:KZ",
    "place:almaty"); empty when it names none. ``words_`` are the text's words when the caller
    has read them already (:func:`~factcheck.text.morph.words_at`)."""
    tokens = words_at(*word_columns(text)) if words_ is None else words_
    found = set(_datelines(text))
    entities = lexicon.entities.find(tokens, list(map(attrgetter("morph.forms"), tokens)))
    found.update(m.value for m in entities if m.value.startswith("country:"))
    taken = {k for m in entities for k in range(m.i, m.j)}
    # most words are not capitalised: told without a Python step each, and not looked at
    firsts = map(itemgetter(slice(0, 1)), map(attrgetter("text"), tokens))
    for k in compress(range(len(tokens)), map(str.isupper, firsts)):
        if k == 0 or k in taken or not spaced(text, tokens, k):
            continue
        if tokens[k - 1].lower in PLACE_BEFORE or _after_settlement(text, tokens, k):
            name = name_at(text, tokens, k, taken)
            if name:
                found.add(f"place:{name}")
        elif region := _region_past_the(text, tokens, k, taken):
            found.add(f"place:{region}")
    return tuple(sorted(found))


def _region_past_the(text: str, tokens: Sequence[Word], k: int, taken: set[int]) -> str | None:
    """ "in the Nizhny Novgorod region", "in the outlying Tver region": a region's name, past
    "the" and one lower-case word, with its noun."""
    j = k - 2 if k > 2 and tokens[k - 1].text.islower() and tokens[k - 1].lower != "the" else k - 1
    if j < 1 or tokens[j].lower != "the" or tokens[j - 1].lower not in PLACE_BEFORE:
        return None
    name = name_at(text, tokens, k, taken)
    if not name:
        return None
    after = k + len(name.split())
    noun = tokens[after] if after < len(tokens) else None
    if noun is None or noun.lower not in SETTLEMENTS or not spaced(text, tokens, after):
        return None
    return known_name(f"{name} {noun.lower}")


# A wire dateline opening a sentence: "DHAKA, March 11 (Reuters) - ", "MOSCOW (AP) — ",
# "LIMA, March 9 - ": a city in capitals, then a short date and an agency in brackets, then a dash.
_WIRE_DATELINE = re.compile(
    r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’. ]{1,40}(?:,[^\n()—–-]{1,30})?(?:\s*\([^()\n]{1,40}\))?\s*[—–-]{1,2}\s+"
)


def wire_dateline_end(sentence: str) -> int:
    """Where a sentence's wire dateline ends (0 when it has none): a claim's text never opens
    with its leftovers (") - Police said…")."""
    found = _WIRE_DATELINE.match(sentence)
    return found.end() if found else 0


def _datelines(text: str) -> Iterator[str]:
    """Places of datelines: "BISHKEK, May 15 (Wire) -"."""
    first = _FIRST_DATELINE.match(text)
    for m in [first, *_DATELINE.finditer(text)] if first else _DATELINE.finditer(text):
        name = m.group(1).strip(" .-'’")
        if name and not any(c.islower() for c in name) and fold(name) not in NOT_PLACES:
            yield f"place:{latin(known_name(fold(name)))}"


def _after_settlement(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Token ``k`` follows a settlement noun: "в селе Сарытокой", "the village of Sarytokoi"
    (not one that ends an English name: "the Kemerovo region Gov. …")."""
    if tokens[k - 1].lemma in SETTLEMENTS:
        return tokens[k - 1].cyrillic or k < 2 or not tokens[k - 2].text[:1].isupper()
    return (
        tokens[k - 1].lower in _SETTLEMENT_LINKS
        and k > 1
        and spaced(text, tokens, k - 1)
        and tokens[k - 2].lemma in SETTLEMENTS
    )


def named_place(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Token ``k`` follows a preposition of place ("в Лионе", "in Lyon") or a settlement or
    street noun ("на улицы Лиона", "the streets of Paris", "в селе Сарытокой")."""
    if not spaced(text, tokens, k):
        return False
    prior = tokens[k - 1]
    if prior.lower in PLACE_BEFORE or _settlement(prior):
        return True
    if prior.lower == "of" and k > 1 and _settlement(tokens[k - 2]):
        return True
    return listed_after_noun(text, tokens, k)


def _settlement(word: Word) -> bool:
    """A settlement noun or streets, written as a common noun ("the city of", "на улицы", not
    "City Hall")."""
    return (word.lemma in SETTLEMENTS or word.lower in _STREETS) and word.text.islower()


def where_after(text: str, tokens: Sequence[Word], k: int) -> bool:
    """ "Nantes, where the police put the crowd at…", "в Лионе, где…": the name heads a clause
    about it."""
    j = k + 1
    if j >= len(tokens) or tokens[j].lower not in _WHERES:
        return False
    return text[tokens[k].end : tokens[j].start].strip() in ("", ",")


def spaced(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Only spaces between token ``k`` and the one before it (no comma, no sentence end)."""
    return k > 0 and not text[tokens[k - 1].end : tokens[k].start].strip()


def with_region(name: str, tokens: Sequence[Word], k: int) -> str:
    """ "Moscow region", "Moscow metropolitan area": the region's noun is part of the name
    at token ``k`` (the region is not the city). Russian names are their first word alone."""
    if tokens[k].cyrillic:
        return name
    after = k + len(name.split())
    rest = tokens[after : after + 2]
    for n, t in enumerate(rest, start=1):
        if t.lemma in SETTLEMENTS or t.lower in SETTLEMENTS:
            return " ".join([name, *(x.lower for x in rest[:n])])
        if not t.text.islower():
            break
    return name


def name_at(text: str, tokens: Sequence[Word], k: int, taken: set[int]) -> str | None:
    """The place name starting at token ``k``: a listed place's key
    (:mod:`~factcheck.text.gazetteer`), else up to three capitalised words; or None."""
    listed = None if k in taken or tokens[k].lower in NOT_PLACES else place_at(text, tokens, k)
    if listed is not None and not taken.intersection(range(k, k + listed[1])):
        return listed[0]
    if not tokens[k].cyrillic and k and tokens[k - 1].cyrillic:
        return None  # "в Grand Crown Hall": a Russian text names its towns in its own letters
    if _not_a_name(tokens[k]):
        return None
    parts = _name_words(text, tokens, k, taken)
    if _VENUES.intersection(parts):
        return None
    return " ".join(parts) or None


def _name_words(text: str, tokens: Sequence[Word], k: int, taken: set[int]) -> list[str]:
    """Up to three capitalised words from token ``k`` on, folded (a Russian name's first word,
    by its dictionary form, in Latin letters)."""
    parts: list[str] = []
    for i in range(k, min(k + 3, len(tokens))):
        t = tokens[i]
        if i in taken or not t.text[:1].isupper() or t.text.isupper():
            break
        if i > k and not spaced(text, tokens, i):
            break
        if t.lower in NOT_PLACES or (t.cyrillic and not _may_be_place(t)):
            break
        if t.cyrillic:
            parts.append(latin(t.lemma))
            break  # a Russian name declines word by word; its first word is enough
        parts.append(t.lower)
    return parts


def _not_a_name(w: Word) -> bool:
    """A capitalised word that names no place itself: a possessor ("in Canada's far north"), an
    English adjective of a place ("in a Cornish tin mine", ``places.adjective_endings``), a
    word of ``NOT_PLACES`` before a hyphen ("в Telegram-канале")."""
    lower = w.lower
    if lower.split("-")[0] in NOT_PLACES:
        return True
    if w.cyrillic:
        return False
    return lower.endswith(("'s", "’s")) or (
        len(lower) > _SHORTEST_ADJECTIVE and lower.endswith(_ADJECTIVE_ENDINGS)
    )


# "Asian" and shorter words may be names; "Siberian" is an adjective.
_SHORTEST_ADJECTIVE = 5
_DIRECT_CASES = frozenset({"nomn", "accs"})


def listed_after_noun(text: str, tokens: Sequence[Word], k: int) -> bool:
    """A listed place (:mod:`~factcheck.text.gazetteer`) after a common noun, in the genitive
    ("в больницах Москвы", "жители Лиона") or after "of" ("the hospitals of Moscow")."""
    w = tokens[k]
    if w.cyrillic:
        noun = tokens[k - 1]
        # the likeliest parse of "Казани" may be another oblique case: only the direct ones
        # ("город Казань", "за Казань") are no genitive
        if w.morph.case in _DIRECT_CASES or noun.morph.pos != "NOUN" or not noun.text.islower():
            return False
    elif tokens[k - 1].lower != "of" or k < 2 or not tokens[k - 2].text.islower():
        return False
    return place_at(text, tokens, k) is not None


def _may_be_place(word: Word) -> bool:
    """A Russian word that may name a place: a geographical name, or one the dictionary does
    not know ("Новоозерске"); not a known word of another kind ("Министерстве")."""
    return word.morph.place_name or not word.morph.known


@lru_cache(maxsize=4096)
def scene_keys(places: tuple[str, ...] | None) -> frozenset[str] | None:
    """Keys to compare two articles' places by: countries as they are, places by their
    consonants ("place:lmt" for Almaty and Алматы). None when the places are unknown."""
    if not places:
        return None
    out = set()
    for key in places:
        kind, _, name = key.partition(":")
        out.add(key if kind != "place" else f"place:{_skeleton(name)}")
    return frozenset(out)


def only_town(places: tuple[str, ...]) -> str | None:
    """The one town or region an article names (its consonants), or None if it names several
    or none: then a figure "in X" is a part of the whole toll, else it is the toll itself."""
    towns = {_skeleton(key.partition(":")[2]) for key in places if key.startswith("place:")}
    return towns.pop() if len(towns) == 1 else None


def town_of(key: str) -> str:
    """A place key's consonants, to compare with :func:`only_town`."""
    return _skeleton(key.partition(":")[2])


def _skeleton(name: str) -> str:
    """Consonants only, doubles merged: "kamennogorsk" → "kmngrsk", "bishkek" → "bshk"."""
    bare = name.translate(_VOWELS).replace("kh", "h").replace("j", "")
    return re.sub(r"(.)\1+", r"\1", bare)


def may_name_place(w: Word) -> bool:
    """A capitalised word, not an acronym, that may name a place."""
    if not w.text[:1].isupper() or w.text.isupper() or w.lower in NOT_PLACES:
        return False
    return not w.cyrillic or w.morph.place_name or not w.morph.known


def joined(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Only spaces or a hyphen between token ``k`` and the one before it."""
    return text[tokens[k - 1].end : tokens[k].start].strip() in ("", "-")


def in_a_list(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Token ``k`` opens an item of a list: after a comma, a dash or colon, "and/or", a
    preposition of place, or a word that opens a list ("such as", "notably")."""
    gap = text[tokens[k - 1].end : tokens[k].start]
    if any(c in gap for c in ",:;—–"):
        return True
    return tokens[k - 1].lower in PLACE_BEFORE | _LIST_WORDS


def after_one_of(
    text: str, tokens: Sequence[Word], k: int, before: frozenset[str], *, skip: int
) -> bool:
    """One of ``before`` stands before token ``k``, past at most ``skip`` lower-case Latin
    words ("in the capital", "in the outlying Samara region")."""
    for back in range(1, skip + 2):
        j = k - back
        if j < 0 or not spaced(text, tokens, j + 1):
            return False
        if tokens[j].lower in before:
            return True
        if tokens[j].cyrillic or not tokens[j].text.islower():
            return False
    return False
