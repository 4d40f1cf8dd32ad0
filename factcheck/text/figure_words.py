"""What a figure counts: its noun, its event, and what list items leave unsaid.

"150 военных" counts troops; "18 ранены" has no noun of its own (the event word is not one) and
takes it from the figure before; "с 38 до 45 рублей" gives the first figure the second's noun.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.models import Quantity
from factcheck.text.lexicon import Match
from factcheck.text.morph import Token, fold, has_tag, is_cyrillic, lemma, parses

# Events do not reach across "и/and": "задержан журналист, и несколько офисов разгромлены".
_EVENT_BREAK = re.compile(r"\s(?:и|and)\s", re.IGNORECASE)

# Words between a figure and its noun that do not change what is counted.
_MEASURE_WORDS = frozenset("единица штука шт человек of units unit pieces".split())

PERCENT_UNIT = "%"


@dataclass
class Reading:
    """What one figure was found to count, before it becomes a ClaimDraft."""

    quantity: Quantity
    noun: Token | None = None
    noun_key: str | None = None  # group:… when the noun is a group of people or things
    count_measure: str | None = None  # troops, vehicles… from the noun
    event: str | None = None  # killed, injured… from the clause
    actor: Match | None = None
    span_start: int = 0
    span_end: int = 0
    members: tuple[Match, ...] = ()
    inherited: bool = False
    head: tuple[str, str] | None = None  # (display, key) of a named or nominal subject
    currency: str | None = None  # "EUR" for "€30 million"


def narrow(sentence: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The part of a clause between the "и/and" around a figure."""
    for m in _EVENT_BREAK.finditer(sentence, lo, hi):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


def find_noun(
    r: Reading,
    sentence: str,
    tokens: Sequence[Token],
    lexicon_matches: tuple[Sequence[Match], Sequence[Match], Sequence[Match]],
    entities: Sequence[Match],
    events: Sequence[Match],
    clause_end: int,
) -> None:
    """The counted noun: within the few words after the figure, in the same clause.

    An event word right after the figure ("18 ранены", "23 injured") is no noun: the figure's
    noun is then elided and comes from the figure before it.
    """
    groups, counts, ignored = lexicon_matches
    q = r.quantity
    if q.unit == PERCENT_UNIT:
        return
    sign = _CURRENCY_SIGN.search(sentence, max(0, q.start - 1), q.end)
    if sign:  # "€30 million", "$2 billion": money, whatever word follows
        r.count_measure, r.currency = "money", _CURRENCIES[sign.group()]
        return
    event_starts = {m.start for m in events}
    entity_starts = {m.start for m in entities}
    # "five of them children", "пятеро из них — дети": the noun after the share says who
    share = _OF_THEM_SAY.match(sentence, q.end)
    begin = share.end() if share else q.end
    after = [t for t in tokens if t.start >= begin and t.start < clause_end][:4]
    for k, tok in enumerate(after):
        gap = sentence[(after[k - 1].end if k else begin) : tok.start]
        if re.search(r"[.!?;:—–]", gap):
            break
        for matches in (groups, counts, ignored):
            for m in matches:
                if m.start == tok.start:
                    r.noun = Token(sentence[m.start : m.end], m.start, m.end)
                    r.noun_key = m.value if matches is not counts else None
                    r.count_measure = m.value if matches is counts else None
                    if matches is ignored:
                        r.noun_key = "ignore"
                    r.span_end = max(r.span_end, m.end)
                    return
        if tok.start in event_starts:
            return
        w = fold(tok.text)
        if lemma(tok.text) in _MEASURE_WORDS or w in _MEASURE_WORDS:
            continue
        if is_cyrillic(tok.text):
            pos = pos_of(tok.text)
            if pos == "NOUN" and not has_tag(tok.text, "Geox"):
                r.noun = tok
                r.span_end = max(r.span_end, tok.end)
                return
            if pos in ("ADJF", "PRTF"):
                continue
            return
        if w in EN_LEAD:
            continue  # "dozens of homes", "six of the miners"
        if w in EN_FUNCTION or (tok.start in entity_starts and k + 1 < len(after)):
            if w in EN_FUNCTION:
                return  # "21 on Saturday", "six of them": no noun here
            continue  # "1,400 Russian troops": the name is the actor; the noun follows
        if w.endswith("ly") and len(w) > 4:
            return  # "nine of them seriously": an adverb, no noun
        if share and not _plural(w):
            return  # "40 of them swept away": after a share, only a plural names who
        r.noun = _english_compound(sentence, after[k:], event_starts)
        r.span_end = max(r.span_end, r.noun.end)
        return


# "X put the number of damaged houses at 200", "estimated the damage at $3 million": the
# figure after "at" measures the phrase before it.
_MEASURED = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|estimate|placed|places|set|sets)\s+"
    r"(?:the|its|their|his|her|this|that)\s+([^,;:.!?()]{1,80}?)\s+at\s+$",
    re.IGNORECASE,
)
_MEASURED_STOP = frozenset(
    "of from in on at caused after since for among across by to during with over".split()
)
# Heads that only say "how many": what is measured is their "of" phrase ("the number of houses").
_MEASURED_GENERIC = frozenset(
    "number total size scale figure count tally extent amount level numbers".split()
)


def measured_noun(sentence: str, tokens: Sequence[Token], start: int) -> Token | None:
    """The noun a figure measures when it is given as "X put <the noun phrase> at <figure>":
    the phrase's head ("the damage from the riot" → damage), or for a head that only counts,
    the head of its "of" phrase ("the number of damaged or destroyed houses" → houses)."""
    m = _MEASURED.search(sentence, 0, start)
    if m is None or m.end() != start:
        return None
    phrase = [t for t in tokens if m.start(1) <= t.start < m.end(1) and t.text[:1].isalpha()]
    head: Token | None = None
    for k, t in enumerate(phrase):
        w = fold(t.text)
        if w not in _MEASURED_STOP:
            head = t
            continue
        if w == "of" and head is not None and fold(head.text) in _MEASURED_GENERIC:
            rest = list(
                itertools.takewhile(lambda x: fold(x.text) not in _MEASURED_STOP, phrase[k + 1 :])
            )
            head = rest[-1] if rest else None
        break
    if head is None or fold(head.text) in _MEASURED_GENERIC or is_cyrillic(head.text):
        return None
    return head


def find_measured(
    r: Reading,
    sentence: str,
    tokens: Sequence[Token],
    lexicon_matches: tuple[Sequence[Match], Sequence[Match], Sequence[Match]],
    events: Sequence[Match],
) -> None:
    """A figure with no noun after it takes the noun it measures from "put <noun> at"
    (:func:`measured_noun`) — unless that noun is an event ("the death toll"): the event
    then says what is counted."""
    q = r.quantity
    if r.noun is not None or r.count_measure is not None or q.unit == PERCENT_UNIT:
        return
    noun = measured_noun(sentence, tokens, q.start)
    if noun is None or any(m.start <= noun.start < m.end for m in events):
        return
    groups, counts, ignored = lexicon_matches
    for matches in (groups, counts, ignored):
        for m in matches:
            if m.start <= noun.start < m.end:
                if matches is ignored:
                    return
                r.noun = Token(sentence[m.start : m.end], m.start, m.end)
                r.noun_key = m.value if matches is groups else None
                r.count_measure = m.value if matches is counts else None
                return
    r.noun = noun


_CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB"}

_CURRENCY_SIGN = re.compile("[" + "".join(_CURRENCIES) + "]")

EN_LEAD = frozenset("of the a an more other additional further".split())

EN_FUNCTION = frozenset(
    "on in at to for from by with and or but as than per into over after before since during "
    "about across were was is are be been being had has have will would could may might must "
    "shall said says say told who which that this these those them they it its their his her "
    "our we you he she more less up down out off also still only just already each "
    # verbs that follow a bare figure ("15 remain missing", "40 fled"): the noun is elided
    "remain remained remains stay stayed fled flee live lived went came left arrived returned "
    "can cannot should do did does got when where while whose because although if".split()
) | frozenset(
    # irregular past participles: "300 brought in from England" has no noun of its own
    "brought sent taken given made found held kept lost seen shot built caught bought sold "
    "told spent won led fed flown drawn driven thrown grown known shown begun become gone done "
    "flown hidden stolen".split()
)


def _english_compound(sentence: str, words_: Sequence[Token], event_starts: set[int]) -> Token:
    """ "95 fire engines", "11 water-dropping aircraft": the noun is the last of the run."""
    last = words_[0]
    for tok in words_[1:3]:
        w = fold(tok.text)
        if (
            sentence[last.end : tok.start].strip()
            or w in EN_FUNCTION
            or w in EN_LEAD
            or tok.start in event_starts
            or tok.text[:1].isupper()
            or w.endswith("ed")  # "two men suspected of looting": a participle ends the noun
            or _plural(fold(last.text))  # "236 miners underground": the plural head ends it
        ):
            break
        last = tok
    return Token(sentence[words_[0].start : last.end], words_[0].start, last.end)


def _plural(word: str) -> bool:
    """An English plural in -s ("engines", "officers"), the head of its compound."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def pos_of(word: str) -> str | None:
    """The part of speech of a Russian word's likeliest reading."""
    ps = parses(word)
    return str(ps[0].tag.POS) if ps else None


def find_event(
    r: Reading, tokens: Sequence[Token], events: Sequence[Match], lo: int, hi: int
) -> None:
    """The nearest event word of the figure's clause (killed, injured, detained…)."""
    q = r.quantity
    best: tuple[int, Match] | None = None
    for m in events:
        if lo <= m.start < hi:
            distance = q.start - m.end if m.end <= q.start else m.start - q.end
            if best is None or distance < best[0]:
                best = (distance, m)
    if best:
        r.event = best[1].value


def inherit(readings: list[Reading], sentence: str) -> None:
    """Elided nouns and actors come from the figure before: "…300 военнослужащих, Россия — 1400"."""
    for prev, r in itertools.pairwise(readings):
        if (
            r.noun is None
            and r.quantity.unit != PERCENT_UNIT
            and prev.quantity.unit != PERCENT_UNIT
        ):
            r.noun, r.noun_key, r.count_measure = prev.noun, prev.noun_key, prev.count_measure
            r.inherited = True
            part_of_previous = _OF_THEM.match(sentence, r.quantity.end) is not None
            elided = _DASH_END.search(sentence, 0, r.quantity.start) is not None  # "в Таразе — 5"
            if r.event is None and (r.actor is not None or part_of_previous or elided):
                r.event = prev.event
        elif r.event is None and _OF_THEM.match(sentence, r.quantity.end):
            r.event = prev.event  # "40 injured, 11 of them police officers": injured too
        if (
            r.actor is None
            and prev.actor is not None
            and r.event is None
            and r.noun_key not in ("group:countries",)
            and not (r.noun_key or "").startswith("group:")
        ):
            r.actor = prev.actor


_DASH_END = re.compile(r"[—–]\s*$")
_OF_THEM = re.compile(r"\s+(?:of\s+them|из\s+них)\b", re.IGNORECASE)
_OF_THEM_SAY = re.compile(
    r"\s+(?:of\s+(?:them|whom)|из\s+(?:них|которых))(?:\s*[—–-]|\s+(?:were|are|was))?\s+",
    re.IGNORECASE,
)

_RANGE_GLUE = re.compile(r"^\s*(?:до|по|to|and|или|or|и|[-–—])\s*$", re.IGNORECASE)


def inherit_backwards(readings: list[Reading], sentence: str) -> None:
    """ "с 38 до 45 рублей", "from 38 to 45 roubles": the first figure shares the second's noun."""
    for r, nxt in itertools.pairwise(reversed(readings)):
        nxt, r = r, nxt
        if (
            r.noun is None
            and nxt.noun is not None
            and _RANGE_GLUE.match(sentence[r.quantity.end : nxt.quantity.start])
        ):
            r.noun, r.noun_key, r.count_measure = nxt.noun, nxt.noun_key, nxt.count_measure
            r.actor = r.actor or nxt.actor
