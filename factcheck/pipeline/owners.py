"""Whose figure it is: the actor ("Россия — 1400", "Кыргызстан направит в Казахстан 150"), a
named subject ("Андрей Сомов — 46,8%"), the clause's subject noun ("Явка составила 38,4%"), the
whole a share is of ("40% of the forest"), the member list after a count, and the town a
figure is about.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache

from factcheck.keys import COUNTRY, ORG
from factcheck.lang.base import words
from factcheck.models import Quantity
from factcheck.pipeline.counts import EN_FUNCTION, EN_LEAD
from factcheck.pipeline.holders import (
    DASH_BEFORE,
    holder_after,
    holder_before,
    in_a_name,
    of_the_vote,
)
from factcheck.pipeline.reading import PERCENT_UNIT, Scene
from factcheck.pipeline.tallies import measured_noun
from factcheck.text.attribution_en_np import english
from factcheck.text.lexicon import Match
from factcheck.text.morph import Word

_LIST_GLUE = re.compile(r"^\s*(?:[—–:,-]|\s|и\b|and\b|а также\b|as well as\b)*\s*$", re.IGNORECASE)

# Prepositions after which a name is a place or a target, not the actor.
_NOT_ACTOR_BEFORE = frozenset(
    "в во на к ко по до для против о об при через между у с со из-за среди "
    "in into to toward towards against at on across for about of with within near".split()
)

# Prepositions after which a name *is* the actor, when it follows the figure ("troops from Russia").
_ACTOR_AFTER = frozenset("из от from by".split())

_DIRECTIONS = frozenset(
    "southern northern eastern western central south north east west "
    "южный северный восточный западный центральный".split()
)

_REFERENCE_WORDS = frozenset(
    "номер телефон код статья пункт глава параграф number phone hotline code article section "
    "chapter paragraph room flight call calling dial dialling dialing звонить позвонить".split()
)


def is_reference_number(scene: Scene, start: int) -> bool:
    """A number that labels ("по номеру 109", "article 5"), not an amount."""
    at = bisect.bisect_left(scene.word_starts, start)  # the words before: not all of them read
    before = scene.words[max(0, at - 3) : at]
    if before and before[-1].end > start:
        before = before[:-1]  # words do not overlap: only the last may run past the figure
    return any(w.morph.lemma in _REFERENCE_WORDS for w in before[-2:])


def find_actor(
    scene: Scene, q: Quantity, noun_end: int, lo: int, hi: int
) -> tuple[Match | None, int]:
    """Whose figure it is, "X — N", "N Russian troops", or the clause's name that is no
    target; and where the claim's span starts ("Россия — 1400" takes the name in)."""
    text = scene.text
    in_clause = [m for m in scene.entities if lo <= m.start < hi]
    if q.unit == PERCENT_UNIT:  # "Strong Georgia – 8.8%": a party's share, not the country's
        in_clause = [m for m in in_clause if not in_a_name(scene, m)]
    for m in in_clause:  # "Россия — 1400"
        gap = text[m.end : q.start]
        if m.end <= q.start and DASH_BEFORE.search(gap) and not gap.strip(" —–-"):
            return m, min(q.start, m.start)
    for m in in_clause:  # "1,400 Russian troops", "150 кыргызских военных"
        if q.end <= m.start < noun_end:
            return m, q.start
    before = [m for m in in_clause if m.end <= q.start and not _after_preposition(scene, m)]
    if before:
        return before[-1], q.start
    for m in in_clause:  # "troops from Russia"
        if m.start >= noun_end and m.i > 0 and scene.words[m.i - 1].lower in _ACTOR_AFTER:
            return m, q.start
    return None, q.start


def _after_preposition(scene: Scene, m: Match) -> bool:
    """A name after a preposition ("in Kyrgyzstan"), also past a word of direction ("in
    southern Kyrgyzstan", "в южном Кыргызстане"): where something happened, not who did it."""
    k = m.i - 1
    if k > 0 and scene.words[k].lemma in _DIRECTIONS:
        k -= 1
    return k >= 0 and scene.words[k].lower in _NOT_ACTOR_BEFORE


def members_after(scene: Scene, pos: int) -> tuple[Match, ...]:
    """The list of names right after a count: "три страны — Армения, Таджикистан и Россия"."""
    members: list[Match] = []
    cursor = pos
    for m in sorted(scene.entities, key=lambda m: m.start):
        if m.start < cursor:
            continue
        if not _LIST_GLUE.match(scene.text[cursor : m.start]):
            break
        if not m.value.startswith(COUNTRY) and not m.value.startswith(ORG):
            break
        members.append(m)
        cursor = m.end
    return tuple(members) if len(members) >= 2 else ()


_EN_HEAD_SKIP = frozenset(
    "was is were are be been being has have had stood stands at reached reach rose risen rise "
    "fell fall dropped drop to of by about around nearly almost some only just totalled totaled "
    "hit came in the a an its their his her it up down from than more less over under "
    "could would will may might can should must exceed exceeds exceeded top tops topped "
    "surpass surpassed put estimated estimate worth valued totalling totaling costing".split()
)


def find_head(scene: Scene, lo: int, q: Quantity) -> tuple[str, str] | None:
    """The subject of a figure with no counted group: a name ("Андрей Сомов — 46,8%"), the
    clause's subject noun ("Явка составила 38,4%"), or, for a participle clause ("Сомов,
    получивший 46,8%"), the word it hangs on; in English, the whole a share is of, the noun
    measured, or the last content word before the figure."""
    named = _dashed_name(scene, q.start)
    if named is not None:
        return named
    before = [w for w in scene.words_in(lo, q.start) if not scene.in_attribution(w.start)]
    if before and before[0].cyrillic:
        held = holder_before(scene, lo, q.start) if q.unit == PERCENT_UNIT else None
        return held or _russian_head(scene, lo, before)
    return _english_head(scene, lo, q, before)


def _dashed_name(scene: Scene, start: int) -> tuple[str, str] | None:
    """ "Андрей Сомов — 46,8%": up to three capitalised words right before the dash."""
    text = scene.text
    if not text[:start].rstrip().endswith(("—", "–", "-")):
        return None  # most figures: no dash right before them, told without a search
    dash = DASH_BEFORE.search(text[:start])
    if not dash:
        return None
    held = holder_before(scene, scene.clauses.of(dash.start())[0], dash.start(), 0)
    if held is not None:  # "«Рабочий фронт» — 8,9%", "the Workers' Front – 8.9%"
        return held
    names: list[Word] = []
    for w in reversed([w for w in scene.words if w.end <= dash.start()]):
        if (
            not w.text[:1].isupper()
            or text[w.end : (names[0].start if names else dash.start())].strip()
        ):
            break
        names.insert(0, w)
        if len(names) == 3:
            break
    if not names:
        return None
    return text[names[0].start : names[-1].end], _name_key(names[-1])


def _russian_head(scene: Scene, lo: int, before: Sequence[Word]) -> tuple[str, str] | None:
    """The word a participle clause hangs on ("Сомов, получивший 46,8%"), or the clause's
    subject noun with its genitive ("Явка составила 38,4%", "число погибших")."""
    # "Сомов, получивший 46,8% голосов" (not "…, правящая партия набрала": a noun follows)
    noun_after = len(before) > 1 and before[1].morph.pos == "NOUN" and before[1].morph.nominative
    if before[0].morph.pos in ("PRTF", "ADJF") and not noun_after:
        prior = [w for w in scene.words if w.end <= lo][-1:]
        if prior and prior[0].text[:1].isupper() and not scene.in_attribution(prior[0].start):
            return prior[0].text, _name_key(prior[0])
    for k, w in enumerate(before):
        if w.morph.pos != "NOUN" or not w.morph.nominative:
            continue
        if w.text[:1].isupper() and w.morph.person:
            return w.text, _name_key(w)
        nxt = before[k + 1] if k + 1 < len(before) else None
        display = w.lemma
        if nxt is not None and nxt.morph.case == "gent" and nxt.morph.pos == "NOUN":
            display = f"{w.lemma} {nxt.lower}"  # "число погибших"
        return display, f"lemma:{display}"
    return None


def _english_head(
    scene: Scene, lo: int, q: Quantity, before: Sequence[Word]
) -> tuple[str, str] | None:
    of_what = _percent_of(scene, q.end)
    if q.unit == PERCENT_UNIT and (of_what is None or of_the_vote(scene, q)):
        # "X won 54% of the vote": X's share
        held = holder_before(scene, lo, q.start) or holder_after(scene, q)
        if held is not None:
            return held
    if of_what is not None:
        return of_what
    measured = measured_noun(scene, q.start)  # "put the damage at $3 million"
    if measured is not None:
        return measured.lower, f"lemma:{measured.lemma}"
    # "Inflation in the euro zone eased to 2.4%": the noun before a place, not the place;
    # "…, from 2.9% in October": a month is no subject
    en = english()
    place = next((k for k, w in enumerate(before) if k and w.lower in en.place_preps), None)
    content = [
        w
        for w in before[:place]
        if w.lower not in _EN_HEAD_SKIP and not _verb_like(w) and w.lower not in en.calendar
    ]
    if content and not content[-1].cyrillic:
        word = content[-1]
        if word.text[:1].isupper() and word is not before[0]:
            return word.text, f"name:{word.lower}"
        return word.lower, f"lemma:{word.lemma}"
    return None


def _verb_like(word: Word) -> bool:
    """An English word that says something is done or said, never a subject: "speaks",
    "adjusted", "grew" (the speech verbs and ``figures.not_subjects`` of the words file, and
    past forms in -ed)."""
    w = word.lower
    return w in _speech_forms() or (w.endswith("ed") and len(w) > 4 and not w.endswith("eed"))


@cache
def _speech_forms() -> frozenset[str]:
    en = words("en")
    return en.set("speech.verbs") | en.set("figures.not_subjects")


_PERCENT_OF = re.compile(r"^\s*%?\s*(?:percent\s+)?of\s+", re.IGNORECASE)


def _percent_of(scene: Scene, end: int) -> tuple[str, str] | None:
    """ "40% of the peninsula's protected forest" → forest: the whole a share is of."""
    text = scene.text
    m = _PERCENT_OF.match(text[end:])
    if not m:
        return None
    pos = end + m.end()
    run = [w for w in scene.words if w.start >= pos][:5]
    head: Word | None = None
    for k, w in enumerate(run):
        gap = text[(run[k - 1].end if k else pos) : w.start]
        if gap.strip(" '’") or w.lower in EN_FUNCTION:
            break
        if w.lower in EN_LEAD or w.text.endswith(("'s", "’s")):
            continue
        if head is not None and w.lower.endswith("ed"):
            break  # "30% of the vineyards burned": the verb ends the phrase
        head = w
    if head is None:
        return None
    return head.lower, f"lemma:{head.lemma}"


def _name_key(word: Word) -> str:
    """A person's key: the surname's dictionary form where pymorphy knows it as a name
    ("Лаптевой" → лаптев), else the word itself ("Сомов" is read as an adjective)."""
    return f"name:{word.morph.person_lemma or word.lower}"
