"""Who holds a share of the vote: a party or a candidate named as its clause's subject ("The
Green Alliance won 54.2% of the vote", "«Зелёный союз» набрал 54,2% голосов"), before a dash in
a list ("the Workers' Front – 8.9%", "«Рабочий фронт» — 8,9%") or after "for" ("47.6% for
Anders Holm"). A party's name is kept whole ("Union for Renewal" is not "renewal"); a person
is keyed by the surname, as everywhere else ("Anders Holm" → name:holm)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from factcheck.keys import LEMMA
from factcheck.lang.base import in_every_language, words
from factcheck.models import Quantity
from factcheck.pipeline.reading import Place, Reading, Scene
from factcheck.pipeline.status import whole_before
from factcheck.text.lexicon import Match
from factcheck.text.morph import Word, fold
from factcheck.text.places import NOT_PLACES

# A name in quotes: «Зелёный союз», "Green Alliance".
_QUOTED = re.compile(r"[«\"“„]([^«»\"“”„]{2,60})[»\"”]")
_NAME_WORDS = 6  # the longest name read: "Party of the Regions of Ukraine"
_VERB_WORDS = 3  # a verb and a bound between a name and its share: "won more than"
_FOR = re.compile(r"\s*(?:of\s+the\s+votes?\s+)?(?:for|(?:went|go|goes)\s+to)\s+", re.IGNORECASE)
_ARTICLES = frozenset(("the", "a", "an"))
_APOSTROPHES = " '’"
_OPENING, _CLOSING = "«“", "»”"
DASH_BEFORE = re.compile(r"\s*[—–-]\s*$")  # a dash ending the text before a figure


@cache
def _joiners() -> frozenset[str]:
    """Lower-case words inside a name: "Union for Renewal", "Party of the Regions"."""
    return in_every_language("holders.joiners")


@cache
def _vote_nouns() -> frozenset[str]:
    return in_every_language("holders.vote_nouns")


def held_by(key: str | None, r: Reading, scene: Scene, where: Place) -> str | None:
    """Votes or seats a party or candidate won are theirs: "The Green Alliance won 89 seats"
    → ``lemma:seat@name:green alliance``; list items after it too ("…, the Workers' Front 12",
    "«Рабочий фронт» — 12"). Two parties' seats are then never set against each other."""
    if not key or not key.startswith(LEMMA) or key.removeprefix(LEMMA) not in _counted():
        return key
    q = r.quantity
    lo = where.clause[0]
    if whole_before(scene.text, lo, q.start):
        return key  # "89 мандатов из 150": the whole, nobody's
    dash = DASH_BEFORE.search(scene.text, lo, q.start)
    held = (
        holder_before(scene, lo, dash.start(), 0)
        if dash is not None
        else holder_before(scene, lo, q.start)
    ) or holder_after(scene, q)
    return f"{key}@{held[1]}" if held else key


@cache
def _counted() -> frozenset[str]:
    """The nouns of what a party wins, by dictionary form: votes and seats."""
    return in_every_language("holders.vote_nouns") | in_every_language("holders.seat_nouns")


def of_the_vote(scene: Scene, q: Quantity) -> bool:
    """The share is of the vote: "54% of the vote", "54,2% голосов"."""
    return any(
        (w.lemma if w.cyrillic else w.lower) in _vote_nouns()
        for w in scene.words_in(q.end, q.end + 30)[:3]
    )


def holder_before(
    scene: Scene, lo: int, end: int, verb_words: int = _VERB_WORDS
) -> tuple[str, str] | None:
    """The party or candidate named before ``end`` in ``[lo, end)``, with at most
    ``verb_words`` lower-case words after it ("The Green Alliance won", "«Зелёный союз» набрал
    около"): its name and key; None when no name stands there."""
    text = scene.text
    quotes = [m for m in _QUOTED.finditer(text, lo, end) if not scene.in_attribution(m.start())]
    if quotes and _only_verb(scene, quotes[-1].end(), end, verb_words):
        return _party(quotes[-1].group(1))
    words = [w for w in scene.words_in(lo, end) if w.end <= end]
    k = len(words)
    while k > 0 and len(words) - k < verb_words and _lower(words[k - 1]):
        k -= 1
    run = _run_before(scene, words[:k])
    if not run or (len(run) == 1 and not _after_a_word(scene, lo, run[0])):
        return None  # one word opening its clause is capitalised as any word there
    if any(scene.in_attribution(w.start) for w in run):
        return None  # "по оценке Национальной палаты, превышает": the speaker's name
    return _holder(scene, run)


def holder_after(scene: Scene, q: Quantity) -> tuple[str, str] | None:
    """ "47.6% for Anders Holm", "48% of the vote went to X": the name after "for" or "to"."""
    m = _FOR.match(scene.text, q.end)
    if m is None:
        return None
    run: list[Word] = []
    after = list(scene.words_in(m.end(), m.end() + 80)[: _NAME_WORDS + 1])
    if after and after[0].lower in _ARTICLES:
        after = after[1:]  # "went to the Green Alliance"
    for w in after[:_NAME_WORDS]:
        gap = scene.text[run[-1].end : w.start] if run else ""
        if gap.strip(_APOSTROPHES) or (_lower(w) and not (run and w.lower in _joiners())):
            break
        run.append(w)
    while run and _lower(run[-1]):
        run.pop()
    return _holder(scene, run) if run else None


def in_a_name(scene: Scene, m: Match) -> bool:
    """The lexicon's name ``m`` is a word of a longer name: in quotes («Единая Россия») or next
    to a capitalised word that is no direction ("Strong Georgia", "Georgian Dream")."""
    text = scene.text
    opened = max(text.rfind(mark, 0, m.start) for mark in _OPENING)
    if opened >= 0:
        closed = [p for p in (text.find(mark, opened) for mark in _CLOSING) if p >= 0]
        if closed and min(closed) >= m.end:
            return True
    return any(
        not _lower(w)
        and (w.lemma if w.cyrillic else w.lower) not in _directions()
        and text[min(w.end, m.end) : max(w.start, m.start)] == " "
        for w in scene.words
        if w.end == m.start - 1 or w.start == m.end + 1
    )


@cache
def _party_nouns() -> frozenset[str]:
    return words("en").set("holders.party_nouns")  # a Russian name is in quotes


@cache
def _directions() -> frozenset[str]:
    return in_every_language("holders.directions")


def _only_verb(scene: Scene, start: int, end: int, most: int) -> bool:
    between = scene.words_in(start, end)
    return len(between) <= most and all(_lower(w) for w in between)


def _run_before(scene: Scene, words: Sequence[Word]) -> list[Word]:
    """The capitalised words ending ``words``, with the lower-case joiners between them
    ("Union for Renewal"); none when a preposition leads them ("in Lyon", "в Москве")."""
    run: list[Word] = []
    for w in reversed(words):
        gap = scene.text[w.end : run[0].start] if run else ""
        if gap.strip(_APOSTROPHES) or len(run) == _NAME_WORDS:
            break
        if _lower(w) and not (run and w.lower in _joiners()):
            break
        run.insert(0, w)
    while run and (_lower(run[0]) or fold(run[0].text) in _ARTICLES or _a_title(run[0])):
        run.pop(0)  # "The", "Candidate Maria Lind", "President Aliev"
    if not run or any(fold(w.text) in NOT_PLACES for w in run):
        return []
    if len(run) == 1 and run[0].morph.place_name:
        return []  # "Москва набрала…" is read elsewhere: a place, not a party
    k = words.index(run[0])
    if k > 0 and _preposition(words[k - 1]):
        return []
    return run


def _preposition(w: Word) -> bool:
    return w.lower in _prepositions()


@cache
def _prepositions() -> frozenset[str]:
    return in_every_language("holders.prepositions")


def _after_a_word(scene: Scene, lo: int, first: Word) -> bool:
    return bool(scene.words_in(lo, first.start))


def _holder(scene: Scene, run: Sequence[Word]) -> tuple[str, str] | None:
    """A person's surname key ("Anders Holm", "Андрей Сомов": two plain names), else the whole
    name's (joiners, an apostrophe, a country's name in it, or more than two words)."""
    name = scene.text[run[0].start : run[-1].end]
    last = run[-1]
    if last.cyrillic and last.morph.person:
        return name, f"name:{last.morph.person_lemma or last.lower}"
    if last.cyrillic and any(w.morph.person for w in run) and len(run) <= 3:
        return name, f"name:{last.morph.person_lemma or last.lower}"  # "Андрей Сомов"
    plain = len(run) == 2 and not any(c in name for c in "'’") and not last.cyrillic
    if plain and not any(w.start in scene.entity_starts or w.lower in _party_nouns() for w in run):
        return name, f"name:{last.lower}"
    return _party(name)


def _party(name: str) -> tuple[str, str] | None:
    name = " ".join(name.split()).strip(_APOSTROPHES)
    return (name, f"name:{fold(name)}") if name else None


def _a_title(w: Word) -> bool:
    return (w.lemma if w.cyrillic else w.lower) in _titles()


@cache
def _titles() -> frozenset[str]:
    return in_every_language("titles.words") | in_every_language("holders.titles")


def _lower(w: Word) -> bool:
    return not w.text[:1].isupper()
