"""Figures of lists of places.

Bare figures in brackets after the places of a list: "in towns such as Dover (3,500 to
7,000), Ely (4,800) or Bath (2,700 by the police count)", "в Самаре (1200), в Казани
(800–900)". Each counts what its sentence counts elsewhere ("…, and Hull, where police counted
16,000 marchers"), else what the sentence before counted: the list goes on with it. So does a
bare figure that opens its sentence ("A total of 1,200 are in Leeds", "Всего 1200 — в Казани").

A figure counted once for each of the places listed beside it: "Lyon and Nice each recorded
40 arrests", "police in Ely and Bath held 12 people apiece", "в Казани и Самаре выявили по 12
случаев". Each place gets a claim of its own, with the same figure, quote and speaker: the list
says the figure once for each place, and never sums it. The words are the words files'
(``lists.each``, by dictionary form, anywhere in the figure's clause; ``lists.each_before``,
right before the figure). Extraction passes most sentences over with a plain ``in`` for the
letters of an "each" word and a look-up of the word before each figure; only the rest have
their words read for it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from factcheck.keys import COUNTRY, GROUP, LEMMA, MONEY, PART, SHARE
from factcheck.lang.base import LANGUAGES, in_every_language, words
from factcheck.models import Attribution
from factcheck.pipeline.claims import Subject
from factcheck.pipeline.document import Sentence
from factcheck.pipeline.reading import PERCENT_UNIT, Reading, Scene
from factcheck.pipeline.scopes import bracket_place
from factcheck.text.gazetteer import place_at
from factcheck.text.morph import Word, fold, parses
from factcheck.text.places import PLACE_BEFORE, name_at


def listed_subjects(
    readings: Sequence[Reading],
    subjects: Sequence[Subject | None],
    scene: Scene,
    before: Subject | None,
) -> list[Subject | None]:
    """``subjects`` (one per reading, None where no rule spoke) with each bare figure of a
    list of places given the measure its sentence counts, else ``before``, the one of the
    sentence before; other figures keep theirs."""
    out: list[Subject | None] = []
    for r, s in zip(readings, subjects, strict=True):
        row = _table_row(scene, r, s, before)
        if row is not None:
            s = row
        elif s is None and _bare(r) and bracket_place(scene, r.quantity.start) is not None:
            at = r.quantity.start  # the nearest figure that counts a group (few figures ask)
            pairs = zip(readings, subjects, strict=True)
            counted = [(o.quantity.start, c) for o, c in pairs if counts_a_group(c)]
            s = min(counted, key=lambda c: abs(c[0] - at))[1] if counted else before
        elif s is None and before is not None and _opens_bare(r, scene):
            s = Subject(before.name, f"{before.key}@{PART}", before.prop, before.unit)
        out.append(s)
    return out


# A row of a table of places: a name (its first word capitalised, up to three words), a dash
# or colon, and the figure alone at the end of its line: "Northfield - 14", "Eastbrook: 9",
# "Северный район — 14".
_ROW = re.compile(
    r"(?:^|\n)[ \t•*·]*(?P<name>[^\W\d_][\w'’.]*(?:[ \t]+[^\W\d_][\w'’.]*){0,2})"
    r"[ \t]*(?:[-–—:~])[ \t]*$"
)
_ROW_END = re.compile(r"[ \t]*(?:\n|$)")


def _table_row(
    scene: Scene, r: Reading, s: Subject | None, before: Subject | None
) -> Subject | None:
    """A figure of a row of a table of places, under a heading that says what the table
    counts ("Deaths by district:", "Число погибших по районам:"), or after a row that did:
    what the heading counts, in the row's place (a country's scope when the gazetteer knows
    it: "Armenia - 9"). None for any other figure, and for a row whose label says what it
    counts ("Critical cases: 30", "Погибших: 30")."""
    m = _row_name(scene, r)
    if m is None:
        return None
    label = r.noun is not None  # "Eastbrook: 9": the name, read as what the figure counts
    if label and s is not None and (s.prop != "count" or not (s.key or "").startswith(LEMMA)):
        return None  # "Deaths: 14": the label is a measure
    lo, hi = m.span("name")
    country = next(
        (
            e.value
            for e in scene.sentence.lexical.entities
            if e.value.startswith(COUNTRY) and lo <= e.start < hi
        ),
        None,
    )
    measure = _row_measure(None if label else s, before)
    if measure is None:
        return None
    place = country or f"place:{' '.join(fold(m.group('name')).split())}"
    return Subject(measure.name, f"{measure.key}@{place}", measure.prop, measure.unit)


def _row_name(scene: Scene, r: Reading) -> re.Match[str] | None:
    """The name of the row the figure ``r`` ends, when it is a place's: a figure with no
    noun of its own after it, alone at the end of its line, after a name and a dash."""
    q, text = r.quantity, scene.text
    if r.is_percent or not _ROW_END.match(text, q.end):
        return None
    if r.noun is not None and r.noun.start >= q.end:
        return None  # a noun of its own after the figure
    m = _ROW.search(text, 0, q.start + (text[q.start] == "~"))  # "Millbrook ~ 5"
    if m is None or not _names_place(m.group("name").split()):
        return None
    if any(m.start("name") <= e.start < m.end("name") for e in scene.events):
        return None  # "Погибших: 30": the name says what is counted
    return m


def _row_measure(s: Subject | None, before: Subject | None) -> Subject | None:
    """What a row of a table counts: the heading's in the row's sentence, else the row
    before's (either without its place)."""
    if s is not None and counts_a_group(s):
        return base_subject(s)
    if before is not None and counts_a_group(before):
        return base_subject(before)
    return None


def _names_place(name: Sequence[str]) -> bool:
    """A row's name is a place's: every word capitalised ("Northfield", "East Vale"), or its
    last word is one of a place (``lists.row_places``: "Северный район")."""
    if all(w[:1].isupper() for w in name):
        return True
    return name[0][:1].isupper() and _row_places().fullmatch(fold(name[-1])) is not None


@cache
def _row_places() -> re.Pattern[str]:
    places = "|".join(p for lang in LANGUAGES for p in words(lang).list("lists.row_places"))
    return re.compile(rf"(?:{places})", re.IGNORECASE)


def counts_a_group(s: Subject | None) -> bool:
    """The subject is how many of a group of people or things, not a share or a sum."""
    if s is None or s.unit == PERCENT_UNIT or s.prop in (MONEY, SHARE, "value"):
        return False
    return (s.key or "").startswith((GROUP, LEMMA))


def base_subject(s: Subject) -> Subject:
    """The subject with its scope taken off ("group:people@place:lyon" → "group:people"): the
    measure a list carries from one place to the next."""
    return Subject(s.name, (s.key or "").partition("@")[0], s.prop, s.unit)


def _bare(r: Reading) -> bool:
    """A figure with nothing of its own to say what it counts."""
    return r.noun is None and r.count_measure is None and r.event is None and not r.is_percent


# The parts of speech of a Russian noun phrase ("спасательных судна").
_NOUN_PHRASE = frozenset(("NOUN", "ADJF", "PRTF"))
# A year that opens a sentence ("2024 was worse") is no count.
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _opens_bare(r: Reading, scene: Scene) -> bool:
    """A figure with nothing of its own to say what it counts opens its sentence: a part of
    what the sentence before counted ("A total of 1,200 are in Leeds", "Of those, 12…")."""
    q = r.quantity
    if not _bare(r) or _YEAR.fullmatch(q.text):
        return False
    after = scene.words_in(q.end, len(scene.text))[:1]
    if after and after[0].morph.pos in _NOUN_PHRASE:
        return False  # "Два спасательных судна…": a noun of its own, though not one known
    return _opening().match(scene.text[: q.start]) is not None


@cache
def _opening() -> re.Pattern[str]:
    """All that may stand before a figure that opens its sentence: "A total of", "Всего"
    (``lists.total_openers``), or nothing."""
    choices = "|".join(
        r"\s+".join(map(re.escape, p.split()))
        for lang in LANGUAGES
        for p in words(lang).list("lists.total_openers")
    )
    return re.compile(rf"^[\W_]*(?:(?:{choices})[\s,:]*)?$", re.IGNORECASE)


def aside_of_another(sentence: str, said: Attribution, at: int) -> bool:
    """The speaker is named inside a bracket after a figure of its own ("Bath (2,700 according
    to the police)") that the figure at ``at`` stands outside: the bracket's figure is the
    speaker's, not every figure of the sentence (a bracket of a speaker alone, "60,000 people
    (organisers)", is the figure's before it)."""
    if said.start >= said.end:
        return False  # borrowed from another sentence: no offsets here
    opening = sentence.rfind("(", 0, said.start)
    if opening < 0 or ")" in sentence[opening : said.start]:
        return False
    if not any(c.isdigit() for c in sentence[opening : said.start]):
        return False
    closing = sentence.find(")", said.end)
    return not (opening < at < (closing if closing >= 0 else len(sentence)))


# What may stand between two places of one list: "Leeds and York", "в Казани, в Самаре и Уфе".
_BETWEEN = re.compile(
    r"^\s*(?:,\s*(?:(?:and|и)\s+)?|(?:and|и|&)\s+)(?:(?:in|в|во)\s+)?$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class _Each:
    """The words that say a figure is counted once for each place listed beside it."""

    anywhere: frozenset[str]  # "each", "каждый": anywhere in the figure's clause
    before: frozenset[str]  # "по": right before the figure
    not_after: frozenset[str]  # "year", "из": after "each", a rate in time or a pick, no list
    both: frozenset[str]  # "both", "оба": the two places of the list before
    # Letters every written form of an ``anywhere`` word holds ("each", "Кажд"): a sentence
    # with none of them is passed over by a plain ``in``, without reading its words.
    marks: tuple[str, ...]


@cache
def _each() -> _Each:
    def both(key: str) -> frozenset[str]:
        return frozenset(map(fold, in_every_language(key)))

    anywhere, before = both("lists.each"), both("lists.each_before")
    return _Each(
        anywhere,
        before,
        both("lists.each_not"),
        both("lists.both"),
        _marks(anywhere),
    )


def _marks(lemmas: frozenset[str]) -> tuple[str, ...]:
    """What a text holding a form of one of ``lemmas`` holds as written, in lower case and
    capitalised: the letters all a Russian word's forms begin with ("кажд-" of "каждый,
    каждого…") or, when they share fewer than three, each form that holds no shorter one
    ("оба", "обе", "обоих"…); an English word itself."""
    found: list[str] = []
    for lemma in sorted(lemmas):
        forms = sorted(_written_forms(lemma), key=lambda f: (len(f), f))
        prefix = _shared_beginning(forms)
        for form in [prefix] if len(prefix) >= 3 else forms:
            if not any(m in form for m in found):
                found.append(form)
    return tuple(dict.fromkeys(v for m in found for v in (m, m.capitalize())))


def _shared_beginning(forms: Sequence[str]) -> str:
    """The letters all ``forms`` begin with."""
    first, last = min(forms), max(forms)  # the first and last in order share what all share
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def _written_forms(lemma: str) -> set[str]:
    """Every form of a Russian word in dictionary form, with ё and with е; an English word."""
    forms = {f.word for p in parses(lemma) for f in p.lexeme} or {lemma}
    return forms | {f.replace("ё", "е") for f in forms}


def _forms(w: Word) -> tuple[str, str]:
    return w.morph.lower, w.morph.lemma  # both folded already


def may_count_each(scene: Scene) -> bool:
    """The sentence may say "each" ("каждый") of a figure: it holds the letters of such a word
    (a plain ``in``, no regex). False for most sentences, whose words are then not read for
    it; "по" right before a figure is looked at by the figure (:func:`may_follow_each`)."""
    text = scene.text
    for mark in _each().marks:  # noqa: SIM110 -- a loop costs half what any() does, per sentence
        if mark in text:
            return True
    return False


def may_follow_each(scene: Scene, at: int) -> bool:
    """The figure at ``at`` may follow a word that says it is counted once for each place
    ("по 12 случаев"): the word right before it is one (a look-up, whatever the clause)."""
    k = bisect.bisect_left(scene.word_starts, at)
    if not k:
        return False
    word, before = scene.words[k - 1].morph, _each().before
    return word.lower in before or word.lemma in before


def each_place(
    scene: Scene, r: Reading, clause: tuple[int, int], *, marked: bool, prior: Sentence | None
) -> tuple[str, ...]:
    """The scope keys ("place:kazan", "country:TR") of the places the figure counts once
    each: two or more listed in its clause, when the clause says "each" ("каждый"; not "each
    year", "each of the 30"; looked for only when ``marked``, :func:`may_count_each`) or "по"
    stands right before the figure; else none. With no list in the clause, a clause that says
    "both" ("в обоих городах") means the two places listed in ``prior``, the sentence before."""
    lo, hi = clause
    each = _each()
    opening = scene.words_in(lo, r.quantity.start)[-1:]
    by_figure = opening and each.before.intersection(_forms(opening[0]))
    if not by_figure and not (marked and _says_each(scene.words_in(lo, hi), each)):
        return ()
    listed = _listed(scene.sentence, _list_start(scene, lo), hi)
    if listed or prior is None or not _says_both(scene.words_in(lo, hi)):
        return listed
    both = listed_places(prior)
    return both if len(both) == 2 else ()


def listed_places(sentence: Sentence) -> tuple[str, ...]:
    """The longest list of two or more places the sentence names, else none."""
    return _listed(sentence, 0, len(sentence.text))


def _says_both(clause: Sequence[Word]) -> bool:
    return any(_each().both.intersection(_forms(w)) for w in clause)


def _list_start(scene: Scene, lo: int) -> int:
    """Where a list of places that runs into the clause at ``lo`` starts: the commas of "in
    Ely, Bath and Dover" cut clauses a list does not stop at."""
    while lo > 1 and "," in scene.text[lo - 2 : lo + 1]:
        before = scene.words_in(0, lo)[-1:]
        if not (before and before[0].text[:1].isupper()):
            break
        earlier = scene.clauses.of(before[0].start)[0]
        if earlier >= lo:
            break
        lo = earlier
    return lo


def _says_each(clause: Sequence[Word], each: _Each) -> bool:
    """A word of ``clause`` says "each", not followed by a period ("each year") or by the
    group it picks from ("each of the 30 victims")."""
    following: list[Word | None] = [*clause[1:], None] if clause else []
    return any(
        each.anywhere.intersection(_forms(w))
        and not (n is not None and each.not_after.intersection(_forms(n)))
        for w, n in zip(clause, following, strict=True)
    )


@dataclass(frozen=True, slots=True)
class _Named:
    """A name that may be a place: its scope key, where it is written, whether it is known as
    a place (a country, a town of the gazetteer, a name after "in"/"в")."""

    key: str
    start: int
    end: int
    known: bool


def _listed(sentence: Sentence, lo: int, hi: int) -> tuple[str, ...]:
    """The longest list of two or more places in ``[lo, hi)`` of which one at least is known
    as a place; else none."""
    best: list[_Named] = []
    run: list[_Named] = []
    for item in _names(sentence, lo, hi):
        if run and not _BETWEEN.match(sentence.text[run[-1].end : item.start]):
            run = []
        run.append(item)
        if len(run) > len(best):
            best = list(run)
    keys = tuple(dict.fromkeys(n.key for n in best))
    return keys if len(keys) > 1 and any(n.known for n in best) else ()


def _names(sentence: Sentence, lo: int, hi: int) -> Iterator[_Named]:
    """The countries and capitalised names that may be places in ``[lo, hi)``, left to right."""
    text, tokens = sentence.text, sentence.words
    entities = sentence.lexical.entities
    countries = {m.i: m for m in entities if m.value.startswith(COUNTRY)}
    taken = {k for m in entities for k in range(m.i, m.j)}
    for k, w in enumerate(tokens):
        if not lo <= w.start < hi:
            continue
        if k in countries:
            yield _Named(countries[k].value, countries[k].start, countries[k].end, True)
            continue
        if k in taken or not w.text[:1].isupper() or w.text.isupper():
            continue
        name = name_at(text, tokens, k, taken)
        if name:
            after_in = k > 0 and tokens[k - 1].lower in PLACE_BEFORE
            known = after_in or place_at(text, tokens, k) is not None
            yield _Named(f"place:{name}", w.start, w.end, known)
