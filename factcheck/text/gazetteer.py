"""The places factcheck knows by name: one language-neutral key for a place's English and
Russian names (``text/places.toml``: world capitals, large cities, the regions of Russia).

"в Париже", "Paris" and "PARIS," are all ``paris``; "в Московской области", "Moscow Oblast" and
"Подмосковье" are all ``moscow region``. A Russian name is read in any case: by its words'
dictionary forms ("Нижнем Новгороде" → "нижний новгород"), else by the word without its
ending ("Газиантепе" → "газиантеп"), for names the dictionary does not know. A place not
listed keeps the key it is written with (:func:`~factcheck.text.places.latin`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise, product
from pathlib import Path

from factcheck.text.index_file import index_text, read_index
from factcheck.text.morph import Word, fold, is_cyrillic, lemma, normal_forms

# A Russian name's ending in the nominative, and the case endings a written name may have
# instead: a name's stem is what is left ("Газиантеп" and "Газиантепе", "Хатай" and "Хатае").
_NAME_END = re.compile(r"[аяоеёьйыиу]$")
_CASE_END = re.compile(r"(?:ой|ей|ою|ею|ом|ем|ах|ях|а|я|е|у|ю|ы|и|о|ь|й)$")
_SHORTEST_STEM = 3
# The longest name, in words ("Rio de Janeiro", "Ho Chi Minh City").
_MOST_WORDS = 4
# Lower-case words inside English names: "Rio de Janeiro", "Dar es Salaam".
_LINKS = frozenset({"de", "es", "la", "on"})
# The index of places.toml, generated beside it and read instead of it.
INDEX_FILE = "gazetteer.toml"
_GENERATED = """\
# The index of places.toml (factcheck.text.gazetteer.build): do not edit. After places.toml
# changes, generate it again: python -m factcheck.text.gazetteer"""


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The places of ``places.toml``, indexed for reading."""

    names: dict[str, str]  # a name's words (Russian ones by their dictionary forms) → key
    stems: dict[str, str]  # a one-word Russian name without its ending → key
    adjectives: dict[str, str]  # "parisian", "парижский" → key
    capitals: dict[str, str]  # a country's code → its capital's key


def stem(word: str, *, written: bool = True) -> str:
    """A Russian name without its ending, folded: "Газиантепе" → "газиантеп"; a name as
    listed (not ``written``) loses only its nominative ending ("Хатай" → "хата")."""
    w = fold(word)
    bare = (_CASE_END if written else _NAME_END).sub("", w)
    return bare if len(bare) >= _SHORTEST_STEM else w


def _name_forms(name: str) -> set[str]:
    """The index forms of a name as written in the data file."""
    folded = fold(name.replace(".", ""))
    if not is_cyrillic(name) or " " not in folded:
        return {folded}  # a one-word Russian name is read by the written word's forms
    return {folded, *_dictionary_forms(tuple(folded.split()))}


@lru_cache(maxsize=4096)
def _dictionary_forms(words: tuple[str, ...]) -> frozenset[str]:
    """Every reading of Russian words by their dictionary forms: "Тверской области" →
    {"тверской область", "тверская область"} (worked out once for each run of words: a
    text names its places again and again)."""
    return frozenset(" ".join(forms) for forms in product(*map(sorted, map(normal_forms, words))))


@cache
def gazetteer() -> Gazetteer:
    """The index of the places data file, as generated into ``gazetteer.toml`` (reading
    ``places.toml`` and every Russian name's dictionary forms anew takes longer than the first
    article a command reads)."""
    data = read_index(INDEX_FILE)
    return Gazetteer(data["names"], data["stems"], data["adjectives"], data["capitals"])


def build() -> Gazetteer:
    """The index of ``places.toml``, built anew: what ``gazetteer.toml`` holds."""
    raw = Path(__file__).with_name("places.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    names: dict[str, str] = {}
    stems: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for table in data.values():
        for key, place in table.items():
            for name in [*place["en"], *place["ru"]]:
                for form in _name_forms(name):
                    names.setdefault(form, key)
                if is_cyrillic(name) and " " not in name:
                    stems.setdefault(stem(name, written=False), key)
            for adjective in place.get("adjectives", ()):
                adjectives[lemma(adjective) if is_cyrillic(adjective) else fold(adjective)] = key
            if place.get("capital"):
                capitals[place["country"]] = key
    return Gazetteer(names, stems, adjectives, capitals)


def index_source(g: Gazetteer) -> str:
    """The text of ``gazetteer.toml`` for an index."""
    names = ("names", "stems", "adjectives", "capitals")
    tables = {name: dict(sorted(getattr(g, name).items())) for name in names}
    return index_text(_GENERATED, tables)


def place_at(text: str, tokens: Sequence[Word], k: int) -> tuple[str, int] | None:
    """The listed place whose name starts at token ``k`` (the longest that does), as its key
    and how many words it takes; None when no listed name starts there. Words of an English
    name are capitalised; a Russian one may end in a lower-case noun ("Московской области")."""
    g = gazetteer()
    for n in range(min(_MOST_WORDS, len(tokens) - k), 0, -1):
        run = tokens[k : k + n]
        if not _one_name(text, run):
            continue
        if run[0].cyrillic and n == 1:
            found = _russian_word(run[0].text)
        elif run[0].cyrillic:
            forms = _dictionary_forms(tuple(t.text for t in run))
            found = next((g.names[f] for f in sorted(forms) if f in g.names), None)
        else:
            found = g.names.get(" ".join(t.lower for t in run))
        if found is not None:
            return found, n
    return None


def _one_name(text: str, run: Sequence[Word]) -> bool:
    """The words stand one after another, spaced only, and may form a name."""
    for a, b in pairwise(run):
        if text[a.end : b.start].strip() or a.cyrillic != b.cyrillic:
            return False
        if not b.cyrillic and not b.text[:1].isupper() and b.lower not in _LINKS:
            return False
    return True


def _russian_word(word: str) -> str | None:
    """A one-word Russian name in any case: by its dictionary forms, else by its stem."""
    g = gazetteer()
    for form in (fold(word), *sorted(normal_forms(word))):
        if form in g.names:
            return g.names[form]
    return g.stems.get(stem(word))


def known_name(name: str) -> str:
    """A place name as found (folded, Latin or Cyrillic) → its listed key, else as it is."""
    g = gazetteer()
    found = g.names.get(name)
    if found is None and is_cyrillic(name) and " " not in name:
        found = _russian_word(name)
    return found or name


def place_adjective(word: Word) -> str | None:
    """The place a word names as an adjective ("Parisian", "парижском"), or None."""
    morph = word.morph
    return gazetteer().adjectives.get(morph.lemma if morph.cyrillic else morph.lower)


def capital_of(country: str) -> str | None:
    """The key of a country's capital ("FR" → "paris"), if listed."""
    return gazetteer().capitals.get(country)


if __name__ == "__main__":
    Path(__file__).with_name(INDEX_FILE).write_text(index_source(build()), encoding="utf-8")
