"""Whose figure it is: the actor ("Россия — 1400", "Кыргызстан направит в Казахстан 150"), a
named subject ("Андрей Сомов — 46,8%"), the clause's subject noun ("Явка составила 38,4%"), the
whole a share is of ("40% of the forest"), and the member list after a count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.text.figure_words import EN_FUNCTION, EN_LEAD, Reading, measured_noun, pos_of
from factcheck.text.lexicon import Match
from factcheck.text.morph import Token, fold, is_cyrillic, lemma, parses
from factcheck.text.places import NOT_PLACES, PLACE_BEFORE, latin

DASH_BEFORE = re.compile(r"\s*[—–-]\s*$")

_LIST_GLUE = re.compile(r"^\s*(?:[—–:,-]|\s|и\b|and\b|а также\b|as well as\b)*\s*$", re.IGNORECASE)

# Prepositions after which a name is a place or a target, not the actor.
_NOT_ACTOR_BEFORE = frozenset(
    "в во на к ко по до для против о об при через между у с со из-за среди "
    "in into to toward towards against at on across for about of with within near".split()
)

# Prepositions after which a name *is* the actor, when it follows the figure ("troops from Russia").
_ACTOR_AFTER = frozenset("из от from by".split())


def find_actor(
    r: Reading,
    sentence: str,
    tokens: Sequence[Token],
    entities: Sequence[Match],
    lo: int,
    hi: int,
) -> None:
    """Whose figure it is: "X — N", "N Russian troops", or the clause's name that is no target."""
    q = r.quantity
    in_clause = [m for m in entities if lo <= m.start < hi]
    for m in in_clause:  # "Россия — 1400"
        if (
            m.end <= q.start
            and DASH_BEFORE.search(sentence[m.end : q.start])
            and not sentence[m.end : q.start].strip(" —–-")
        ):
            r.actor = m
            r.span_start = min(r.span_start, m.start)
            return
    noun_end = r.noun.end if r.noun else q.end
    for m in in_clause:  # "1,400 Russian troops", "150 кыргызских военных"
        if q.end <= m.start < noun_end:
            r.actor = m
            return
    before = [m for m in in_clause if m.end <= q.start and not _after_preposition(tokens, m)]
    if before:
        r.actor = before[-1]
        return
    for m in in_clause:  # "troops from Russia"
        if m.start >= noun_end and m.i > 0 and fold(tokens[m.i - 1].text) in _ACTOR_AFTER:
            r.actor = m
            return


_REFERENCE_WORDS = frozenset(
    "номер телефон код статья пункт глава параграф number phone hotline code article section "
    "chapter paragraph room flight call calling dial dialling dialing звонить позвонить".split()
)

_EN_HEAD_SKIP = frozenset(
    "was is were are be been being has have had stood stands at reached reach rose risen rise "
    "fell fall dropped drop to of by about around nearly almost some only just totalled totaled "
    "hit came in the a an its their his her it up down from than more less over under "
    "could would will may might can should must exceed exceeds exceeded top tops topped "
    "surpass surpassed put estimated estimate worth valued totalling totaling costing".split()
)


def is_reference_number(tokens: Sequence[Token], start: int) -> bool:
    before = [t for t in tokens if t.end <= start][-2:]
    return any(lemma(t.text) in _REFERENCE_WORDS for t in before)


def find_head(
    sentence: str,
    tokens: Sequence[Token],
    lo: int,
    start: int,
    attr: tuple[int, int],
    figure_end: int,
) -> tuple[str, str] | None:
    """The subject of a figure with no counted group: a name ("Андрей Сомов — 46,8%"), the
    clause's subject noun ("Явка составила 38,4%"), or, for a participle clause ("Сомов,
    получивший 46,8%"), the word it hangs on."""
    dash = DASH_BEFORE.search(sentence[:start])
    if dash:  # "Андрей Сомов — 46,8%": capitalised words right before the dash
        names: list[Token] = []
        for t in reversed([t for t in tokens if t.end <= dash.start()]):
            if (
                t.text[:1].isupper()
                and not sentence[t.end : (names[0].start if names else dash.start())].strip()
            ):
                names.insert(0, t)
                if len(names) == 3:
                    break
            else:
                break
        if names:
            text = sentence[names[0].start : names[-1].end]
            return text, _name_key(names[-1].text)
    before = [t for t in tokens if lo <= t.start < start and not attr[0] <= t.start < attr[1]]
    if before and is_cyrillic(before[0].text) and pos_of(before[0].text) in ("PRTF", "ADJF"):
        prior = [t for t in tokens if t.end <= lo][-1:]
        if prior and prior[0].text[:1].isupper():  # "Сомов, получивший 46,8% голосов"
            word = prior[0].text
            return word, _name_key(word)
    if before and is_cyrillic(before[0].text):
        for k, t in enumerate(before):
            ps = parses(t.text)
            if ps and ps[0].tag.POS == "NOUN" and any(p.tag.case == "nomn" for p in ps[:3]):
                words_ = [t]
                if (
                    k + 1 < len(before)
                    and _case(before[k + 1].text) == "gent"
                    and pos_of(before[k + 1].text) == "NOUN"
                ):
                    words_.append(before[k + 1])
                display = " ".join(
                    [fold(lemma(words_[0].text))] + [fold(w.text) for w in words_[1:]]
                )
                if t.text[:1].isupper() and ("Surn" in ps[0].tag or "Name" in ps[0].tag):
                    return t.text, _name_key(t.text)
                return display, f"lemma:{display}"
        return None
    of_what = _percent_of(sentence, tokens, figure_end)
    if of_what is not None:
        return of_what
    measured = measured_noun(sentence, tokens, start)  # "put the damage at $3 million"
    if measured is not None:
        return fold(measured.text), f"lemma:{lemma(measured.text)}"
    english = [t for t in before if fold(t.text) not in _EN_HEAD_SKIP]
    if english and not is_cyrillic(english[-1].text):
        word = english[-1].text
        if word[:1].isupper() and english[-1] is not before[0]:
            return word, f"name:{fold(word)}"
        return fold(word), f"lemma:{lemma(word)}"
    return None


_PERCENT_OF = re.compile(r"^\s*%?\s*(?:percent\s+)?of\s+", re.IGNORECASE)


def _percent_of(sentence: str, tokens: Sequence[Token], end: int) -> tuple[str, str] | None:
    """ "40% of the peninsula's protected forest" → forest: the whole a share is of."""
    m = _PERCENT_OF.match(sentence[end:])
    if not m:
        return None
    pos = end + m.end()
    run = [t for t in tokens if t.start >= pos][:5]
    head: Token | None = None
    for k, t in enumerate(run):
        gap = sentence[(run[k - 1].end if k else pos) : t.start]
        if gap.strip(" '’") or fold(t.text) in EN_FUNCTION:
            break
        if fold(t.text) in EN_LEAD or t.text.endswith(("'s", "’s")):
            continue
        if head is not None and fold(t.text).endswith("ed"):
            break  # "30% of the vineyards burned": the verb ends the phrase
        head = t
    if head is None:
        return None
    return fold(head.text), f"lemma:{lemma(head.text)}"


def _name_key(word: str) -> str:
    """A person's key: the surname's dictionary form where pymorphy knows it as a name
    ("Лаптевой" → лаптев), else the word itself ("Сомов" is read as an adjective)."""
    names = [p for p in parses(word) if {"Surn", "Name"} & set(p.tag.grammemes)]
    return f"name:{fold(names[0].normal_form) if names else fold(word)}"


def _case(word: str) -> str | None:
    ps = parses(word)
    return str(ps[0].tag.case) if ps else None


def _after_preposition(tokens: Sequence[Token], m: Match) -> bool:
    """A name after a preposition ("in Kyrgyzstan"), also past a word of direction ("in
    southern Kyrgyzstan", "в южном Кыргызстане"): where something happened, not who did it."""
    k = m.i - 1
    if k > 0 and lemma(tokens[k].text) in _DIRECTIONS:
        k -= 1
    return k >= 0 and fold(tokens[k].text) in _NOT_ACTOR_BEFORE


_DIRECTIONS = frozenset(
    "southern northern eastern western central south north east west "
    "южный северный восточный западный центральный".split()
)


def members_after(sentence: str, entities: Sequence[Match], pos: int) -> tuple[Match, ...]:
    """The list of names right after a count: "три страны — Армения, Таджикистан и Россия"."""
    members: list[Match] = []
    cursor = pos
    for m in sorted(entities, key=lambda m: m.start):
        if m.start < cursor:
            continue
        if not _LIST_GLUE.match(sentence[cursor : m.start]):
            break
        if not m.value.startswith("country:") and not m.value.startswith("org:"):
            break
        members.append(m)
        cursor = m.end
    return tuple(members) if len(members) >= 2 else ()


def find_place(
    sentence: str,
    tokens: Sequence[Token],
    lo: int,
    hi: int,
    entities: Sequence[Match],
    attr: tuple[int, int],
) -> str | None:
    """A town or region the clause's figure is about ("в Алматы", "in Almaty"), as a key.

    Countries are not places here: a country's figure is the whole one, and "в Казахстан" is
    where troops go. Names inside the attribution ("в Минобороны России") are the speaker's.
    """
    entity_starts = {m.start for m in entities}
    for k, t in enumerate(tokens):
        if not lo <= t.start < hi or attr[0] <= t.start < attr[1] or k == 0:
            continue
        if fold(tokens[k - 1].text) not in PLACE_BEFORE or t.start in entity_starts:
            continue
        if not t.text[:1].isupper() or t.text.isupper() or lemma(t.text) in NOT_PLACES:
            continue
        return f"place:{latin(lemma(t.text))}"
    return None
