"""Speakers: a noun phrase as written → the speaker's base form, and what kind of speaker it is.

"по словам Ташиева" → "Ташиев"; "в пресс-службе МВД" → "пресс-служба МВД"; "казахских СМИ" →
"казахские СМИ"; "премьер-министра Армении Никола Пашиняна" → "Никол Пашинян". Only the head
of the phrase (and adjectives agreeing with it) changes case: the words after it are already in
the genitive a name needs ("МВД Казахстана"). A title followed by a person's name gives the
name. Abbreviations, Latin words and indeclinable words stay exactly as written. Titles and the
words of each speaker kind are the words files' (lang/<code>/words.toml, ``titles``, ``kinds``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from factcheck.lang import base
from factcheck.text.morph import analyzer, fold, is_cyrillic, parses


@dataclass(frozen=True, slots=True)
class _Words:
    """Titles and the words of each speaker kind, from both languages' words files, folded."""

    ru_titles: frozenset[str]
    en_titles: frozenset[str]
    titles: frozenset[str]  # Russian and English: "глава", "president"
    determiners: frozenset[str]  # English articles and possessives: "the", "its"
    kinds: tuple[tuple[str, frozenset[str]], ...]  # ("media", {"сми", "reuters", …}), …
    document: frozenset[str]  # the words of the "document" kind
    ministry_prefixes: tuple[str, ...]
    outlet_back: frozenset[str]  # "издание", "the agency": an outlet named before


@cache
def _words_of(ru: base.Words, en: base.Words) -> _Words:
    def both(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in ru.set(key) | en.set(key))

    kinds = tuple(
        (kind, both(f"kinds.{kind}"))
        for kind in ("unnamed", "media", "ministry", "document", "agency")
    )
    return _Words(
        ru_titles=frozenset(fold(w) for w in ru.set("titles.words")),
        en_titles=en.set("titles.words"),
        titles=both("titles.words"),
        determiners=en.set("speaker.determiners") | en.set("speaker.possessives"),
        kinds=kinds,
        document=dict(kinds)["document"],
        ministry_prefixes=tuple(sorted(ru.set("kinds.ministry_prefixes"))),
        outlet_back=both("source.outlet_nouns"),
    )


def _words() -> _Words:
    return _words_of(base.words("ru"), base.words("en"))


@lru_cache(maxsize=1024)  # asked of every attribution a sentence gives
def names_outlet_before(name: str) -> bool:
    """Is a speaker's name only the common noun for an outlet ("агентство", "the agency"),
    which stands for the outlet the article named before?"""
    known = _words()
    words = [w for w in re.split(r"[\s«»\"]+", name) if w and w.lower() not in known.determiners]
    return bool(words) and all(
        fold(w) in known.outlet_back
        or any(fold(p.normal_form) in known.outlet_back for p in parses(w)[:1])
        for w in words
    )


def calls(common: str, name: str) -> bool:
    """Does ``name`` have the noun of ``common`` ("the agency" in "the Federal Emergency
    Management Agency", "агентство" in "агентство «Интерфакс»")?"""
    return not _forms(common).isdisjoint(_forms(name))


def _forms(name: str) -> frozenset[str]:
    """The words of a name, folded, and their dictionary forms, without articles."""
    determiners = _words().determiners
    words = [w for w in re.split(r"[\s«»\"]+", name) if w and w.lower() not in determiners]
    return frozenset(fold(w) for w in words) | {
        fold(p.normal_form) for w in words for p in parses(w)[:1]
    }


def document_nouns() -> frozenset[str]:
    """Nouns naming a text that speaks for itself: "документ", "statement"."""
    return _words().document


def is_title(word: str) -> bool:
    """Is the word a title before a name ("председатель", "главы", "president")?"""
    w = _words()
    return fold(word) in w.titles or any(fold(p.normal_form) in w.ru_titles for p in parses(word))


_DOMAIN = re.compile(r"\w\.(?:kz|ru|kg|com|org|net|uz|by|ua|am|tj|info|news)$", re.IGNORECASE)
_SURNAME = re.compile(
    r"\w\w(?:[оеё]в|[иы]н|ян|енко|[юу]к|вич|швили|дзе|бек|уулу|улы|кызы)(?:а|у|ым|ом|е|ой|ы)?$"
)
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
_PLACE_TAGS = frozenset({"Geox", "Orgn"})


def is_known(word: str) -> bool:
    """Is the Russian word in the dictionary (rather than guessed from its ending)?"""
    return bool(analyzer().word_is_known(fold(word)))


def _score(word: str, tags: frozenset[str]) -> float:
    return max((p.score for p in parses(word) if tags & set(p.tag.grammemes)), default=0.0)


def is_name_like(word: str) -> bool:
    """A capitalised word that reads as a person's name rather than a place or an organisation."""
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    if not is_cyrillic(word):
        return True
    if not parses(word) or not is_known(word) or _SURNAME.search(word):
        return True  # unknown ("Пашинян") or shaped like a surname ("Токаев" is also a wine)
    person = _score(word, _PERSON_TAGS)
    return person > 0 and person >= _score(word, _PLACE_TAGS)


def _keep_case(original: str, new: str) -> str:
    """Give ``new`` the capitals of ``original``, part by part across hyphens."""
    parts_old = original.split("-")
    parts_new = new.split("-")
    if len(parts_old) != len(parts_new):
        return new[:1].upper() + new[1:] if original[:1].isupper() else new
    return "-".join(
        (n[:1].upper() + n[1:]) if o[:1].isupper() else n
        for o, n in zip(parts_old, parts_new, strict=True)
    )


def short_ministry(word: str) -> bool:
    """Is the word a ministry's short name ("Минздрав", "минпросвещения"), which may stand
    unchanged in any case ("в минпросвещения")?"""
    return fold(word).startswith(_words().ministry_prefixes)


def _fixed(word: str) -> bool:
    """Words that never change form: Latin, abbreviations, indeclinable nouns."""
    if not is_cyrillic(word) or (len(word) > 1 and word.isupper()):
        return True
    ps = parses(word)
    return bool(ps) and "Fixd" in ps[0].tag


def _parse_in(word: str, case: str, *, pos: str | None = None) -> Any:
    for p in parses(word):
        if case in p.tag and (pos is None or pos in p.tag):
            return p
    return None


def to_nominative(word: str, case: str, *, number: str | None = None) -> str:
    """One word from ``case`` to the nominative, keeping its number and capitals."""
    if case == "nomn" or _fixed(word):
        return word
    p = _parse_in(word, case, pos="NOUN") or _parse_in(word, case)
    if p is None:
        return word
    wanted = {"nomn"} | ({number} if number else set())
    form = p.inflect(wanted) or p.inflect({"nomn"})
    return _keep_case(word, str(form.word)) if form else word


def _name_to_nominative(names: list[str], case: str) -> list[str]:
    """A person's name ("Никола Пашиняна") in the nominative, with one gender for all parts."""
    if case == "nomn":
        return names
    gender = None
    for g in ("masc", "femn"):
        if any(case in p.tag and g in p.tag and "Surn" in p.tag for w in names for p in parses(w)):
            gender = g
            break
    out = []
    for w in names:
        if _fixed(w):
            out.append(w)
            continue
        fitting = [p for p in parses(w) if case in p.tag and (gender is None or gender in p.tag)]
        fitting.sort(key=lambda p: not (_PERSON_TAGS & set(p.tag.grammemes)))
        form = fitting[0].inflect({"nomn", "sing"}) if fitting else None
        if form is not None:
            out.append(_keep_case(w, str(form.word)))
        elif gender == "masc" and case == "gent" and fold(w).endswith("а"):
            out.append(w[:-1])  # "Касым-Жомарта": an unknown man's name in the genitive
        else:
            out.append(w)
    return out


def _head_index(words: list[str]) -> int:
    """The head noun: the first word that is not an adjective (adjectives agree with it)."""
    for i, w in enumerate(words):
        ps = parses(w)
        if not ps or _fixed(w) or not any(p.tag.POS in {"ADJF", "PRTF"} for p in ps):
            return i
        if ps[0].tag.POS not in {"ADJF", "PRTF"}:
            return i
    return len(words) - 1


def normalise_ru(words: list[str], case: str, *, sentence_start: bool = False) -> str:
    """A Russian noun phrase, written in ``case``, as a speaker in the nominative."""
    return _normalise_ru(tuple(words), case, sentence_start)


@lru_cache(maxsize=8192)  # inflection is the slow part, and speakers recur through an article
def _normalise_ru(phrase: tuple[str, ...], case: str, sentence_start: bool) -> str:
    words = list(phrase)
    if not words:
        return ""
    head = _head_index(words)
    names = _person_named(words, head, case)
    if names:
        return " ".join(_name_to_nominative(names, case))
    out = _head_to_nominative(words, head, case)
    if sentence_start and _capital_only_for_start(out[0]):
        out[0] = out[0][:1].lower() + out[0][1:]
    return " ".join(out)


def _person_named(words: list[str], head: int, case: str) -> list[str]:
    """The person's name a phrase gives: the names after a title ("премьер-министра Армении
    Никола Пашиняна"), or the whole phrase when it is up to three names; else none."""
    run = 0
    while run < len(words) - head - 1 and is_name_like(words[-1 - run]):
        run += 1
    if run and _is_title_in(words[head], case):
        return words[-run:]
    if head == 0 and len(words) <= 3 and all(is_name_like(w) for w in words):
        return words
    return []


def _is_title_in(word: str, case: str) -> bool:
    """Is the word a Russian title as written, or as a form in ``case`` ("главы")?"""
    titles = _words().ru_titles
    if fold(word) in titles:
        return True
    return fold(next((p.normal_form for p in parses(word) if case in p.tag), "")) in titles


def _head_to_nominative(words: list[str], head: int, case: str) -> list[str]:
    """The phrase with its head noun, and the adjectives before it, in the nominative."""
    hp = _parse_in(words[head], case, pos="NOUN")
    number = None if hp is None else "plur" if "plur" in hp.tag else "sing"
    out = list(words)
    out[head] = to_nominative(words[head], case, number=number)
    if case == "nomn":
        return out
    wanted = {"nomn", number or "sing"}
    if number != "plur" and hp is not None and hp.tag.gender:
        wanted.add(hp.tag.gender)
    for i in range(head):
        p = _parse_in(words[i], case, pos="ADJF") or _parse_in(words[i], case, pos="PRTF")
        form = p.inflect(wanted) if p is not None else None
        if form is not None:
            out[i] = _keep_case(words[i], str(form.word))
    return out


def _capital_only_for_start(word: str) -> bool:
    """Is the word capitalised only because the sentence starts with it (no name or place)?"""
    return (
        word[:1].isupper()
        and not _fixed(word)
        and not is_name_like(word)
        and not any(_PLACE_TAGS & set(p.tag.grammemes) for p in parses(word))
    )


def normalise_en(words: list[str]) -> str:
    """An English noun phrase as a speaker: no article or leading possessive ("its Defence
    Ministry" → "Defence Ministry"); a title gives way to the name after it."""
    known = _words()
    while words and fold(words[0]) in known.determiners:
        words = words[1:]
    while words and fold(words[-1]) in {"of", "for", "the", "at", "and"}:
        words = words[:-1]
    if not words:
        return ""
    heads = {w.rstrip("s") for w in map(fold, words)}
    if heads & {"source", "people familiar with the matter"} or fold(words[-1]).startswith(
        "source"
    ):
        return "unnamed sources"
    last_title = max((i for i, w in enumerate(words) if fold(w) in known.en_titles), default=-1)
    tail = words[last_title + 1 :]
    if last_title >= 0 and tail and all(w[:1].isupper() for w in tail):
        return " ".join(tail)
    return " ".join(words)


def speaker_kind(name: str) -> str:
    """What kind of speaker a base-form name is.

    One of "unnamed", "media", "ministry", "document" (the text itself: "документ",
    "statement"), "agency", "person", "organisation" (the rest: parties, countries, the CSTO).
    """
    return _kind(name, base.words("ru"), base.words("en"))


# Who-said-it asks again of each speaker for every sentence the speaker is borrowed into: read
# once (with the words files it was read with, compared by identity: a changed file reads it
# anew).
@lru_cache(maxsize=4096)
def _kind(name: str, ru: base.Words, en: base.Words) -> str:
    known = _words_of(ru, en)
    words = [w for w in re.split(r"[\s«»\"]+", name) if w]
    if not words or fold(name) == "unnamed sources":
        return "unnamed"
    folded = {fold(w).strip(".,") for w in words}
    lemmas = {fold(p.normal_form) for w in words for p in parses(w)[:1]} | folded
    listed = _listed_kind(words, folded, lemmas)
    if listed is not None:
        return listed
    titled = lemmas & known.titles
    if len(words) <= 4 and all(is_name_like(w) for w in words) and not titled:
        return "person"
    return "organisation"


def same_source(a: str, b: str) -> bool:
    """Do two speakers' names share a name word ("State Statistics Service (Rosstat)" and
    "Rosstat"; "Роспотребнадзор Татарстана" and "специалисты Роспотребнадзора")? Words of a
    speaker kind or title ("ministry", "министерство") name nobody in particular."""
    common = _words().titles | {w for _, listed in _words().kinds for w in listed}
    x, y = _name_words(a, common), _name_words(b, common)
    return any(u[:n] == v[:n] for u in x for v in y for n in [max(4, min(len(u), len(v)) - 2)])


def _name_words(name: str, common: frozenset[str]) -> list[str]:
    words = [fold(w) for w in re.findall(r"\w+", name)]
    return [w for w in words if (len(w) >= 4 or w.isupper()) and w not in common]


def _listed_kind(words: list[str], folded: set[str], lemmas: set[str]) -> str | None:
    """The first kind whose words the name has (a document only alone: "документ"), or whose
    shape it has: a web domain is media ("Orda.kz"), "Минтруда" a ministry."""
    known = _words()
    for kind, listed in known.kinds:
        if kind == "document" and len(words) != 1:
            continue
        if lemmas & listed:
            return kind
        if kind == "media" and any(_DOMAIN.search(w) for w in words):
            return kind
        if kind == "ministry" and any(w.startswith(known.ministry_prefixes) for w in folded):
            return kind
    return None
