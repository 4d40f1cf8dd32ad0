"""What list items leave unsaid: "…300 военнослужащих, Россия — 1400" (the noun of the figure
before), "с 38 до 45 рублей" (the noun of the figure after)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from factcheck.keys import GROUP
from factcheck.lang.base import Words, words
from factcheck.pipeline.reading import Reading
from factcheck.text.hints import skipping

_DASH_END = re.compile(r"[—–]\s*$")
_ASIDE = re.compile(r"\([^()]*\)")
# "51 человек — 46 шахтеров", "38 people died - 33 miners": a dash opens a list of members
_DASH_LIST = re.compile(r"^[^\d,;:.()!?]*(?:[—–]|\s-)\s*$")
# "…46 шахтеров и пять спасателей", "12 в Москве, 9 в Казани": the next member
_NEXT_MEMBER = re.compile(r"^[^\d;:.()!?—–]*(?:,|\s(?:и|and))\s*$", re.IGNORECASE)
# "Таджикистан — 200, Армения — 70 военных": the next item of a list of names and figures
_NAMED_ITEM = re.compile(r"^\s*[,;/]\s*[^\d,;/()]{1,40}?\s*(?:[—–~-]\s*)?$")
# "350 in the south and 120 in the north": a second bare figure of the same kind, by "and"
# (a date may stand between, and a preposition may lead the figure: "52 on May 7 and at 60")
_AND_NEXT = re.compile(r"^[^,;:.()—–]*\s(?:and|и)\s+(?:(?:at|to|в|до)\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Patterns:
    """Built from both languages' words files (``lists.*``)."""

    of_them: re.Pattern[str]  # " из них", " of them" right after a figure
    toll: re.Pattern[str]  # "the death toll", "число погибших": a toll of its own between
    opener: re.Pattern[str]  # "в том числе ", "including " right before a figure
    range_glue: re.Pattern[str]  # all that stands between a range's figures: "до", "to", "–"
    # "the official figure of 24", "официальную цифру в 24": a figure set against the one before
    named_figure: re.Pattern[str]


@cache
def _patterns_of(ru: Words, en: Words) -> _Patterns:
    # "из них" → "из\s+них"; each choice ends at a word's end, so their order does not matter.
    of_them = "|".join(
        r"\s+".join(map(re.escape, p.split())) for w in (ru, en) for p in w.list("lists.of_them")
    )
    glue = "|".join(sorted(map(re.escape, ru.set("lists.range_glue") | en.set("lists.range_glue"))))
    openers = "|".join(
        r"\s+".join(map(re.escape, p.split()))
        for w in (ru, en)
        for p in w.list("lists.part_openers")
    )
    tolls = "|".join(sorted(ru.set("lists.tolls") | en.set("lists.tolls")))
    named = "|".join(
        r"\s+".join(p.split()) for w in (ru, en) for p in w.list("lists.named_figures")
    )
    return _Patterns(
        of_them=re.compile(rf"\s+(?:{of_them})\b", re.IGNORECASE),
        # searched over all the words before a figure: a search skips the letters none begins with
        toll=skipping(rf"(?<!\w)(?:{tolls})(?!\w)", re.IGNORECASE),
        opener=skipping(rf"(?<!\w)(?:{openers})[\s,:—–-]*$", re.IGNORECASE),
        range_glue=re.compile(rf"^\s*(?:{glue}|[-–—])\s*$", re.IGNORECASE),
        named_figure=skipping(rf"(?<!\w)(?:{named})\s*$", re.IGNORECASE),
    )


def _patterns() -> _Patterns:
    return _patterns_of(words("ru"), words("en"))


def named_before(sentence: str, start: int) -> bool:
    """The figure at ``start`` is named as someone's figure ("the government figure of",
    "назвало цифру в"): it gives what the figure before it gives (``lists.named_figures``)."""
    return _patterns().named_figure.search(sentence, 0, start) is not None


def inherit(readings: list[Reading], sentence: str) -> list[Reading]:
    """Elided nouns, events and actors come from the figure before; the members of a list
    after a dash take its event ("погибли 51 человек — 46 шахтеров и пять спасателей")."""
    out: list[Reading] = readings[:1]
    listed = False
    for k, r in enumerate(readings[1:]):
        prev = out[-1]
        if prev.event is None and _patterns().named_figure.search(sentence, 0, r.quantity.start):
            # "…61 погибшем, что почти втрое больше официальной цифры в 22": past the ratio
            prev = next((o for o in reversed(out) if o.event is not None), prev)
        listed = _listed(prev, r, sentence, listed)
        if not (_tallied(readings[k]) and r.event is not None) and not _own_toll(prev, r, sentence):
            r = _from_previous(prev, r, sentence)
        if listed and r.event is None:
            r = replace(r, event=prev.event)
        out.append(r)
    return out


def _own_toll(prev: Reading, r: Reading, sentence: str) -> bool:
    """A bare figure of an event after a toll that stands between it and the figure before
    ("found three bodies, bringing the death toll to 21"): the toll's own, not more of the
    noun before."""
    if r.noun is not None or r.event is None or prev.event is not None:
        return False
    return _patterns().toll.search(sentence, prev.quantity.end, r.quantity.start) is not None


def _tallied(r: Reading) -> bool:
    """The figure's own noun is written before it, a tally's ("infections soared to 27,000"):
    not the noun of a next figure with an event of its own ("…, saw 812 deaths")."""
    return r.noun is not None and r.noun.end <= r.quantity.start


def _listed(prev: Reading, r: Reading, sentence: str, prev_listed: bool) -> bool:
    """``r`` is a member of the list a dash opens after a figure ("51 человек — 46 шахтеров
    и пять спасателей", "14 deaths — 11 miners and three rescuers"): right after the dash, or
    after a member by "и/and" or a comma."""
    gap = sentence[prev.span_end : r.quantity.start]
    if _DASH_LIST.match(gap):
        return True
    return prev_listed and _NEXT_MEMBER.match(gap) is not None


def _of_previous(sentence: str, start: int, end: int) -> bool:
    """The figure at ``[start, end)`` is a share of the one before: "11 of them", "из них 12",
    "including three"."""
    if _patterns().of_them.match(sentence, end):
        return True
    return _patterns().opener.search(sentence, 0, start) is not None


def _from_previous(prev: Reading, r: Reading, sentence: str) -> Reading:
    q = r.quantity
    if r.noun is None and not r.is_percent and not prev.is_percent:
        part_of_previous = _of_previous(sentence, q.start, q.end)
        elided = (
            _DASH_END.search(sentence, 0, q.start) is not None  # "в Таразе — 5"
            or _AND_NEXT.match(sentence[prev.quantity.end : q.start]) is not None
        )
        named = _patterns().named_figure.search(sentence, 0, q.start) is not None
        takes_event = r.event is None and (
            r.actor is not None or part_of_previous or elided or named
        )
        r = replace(
            r,
            noun=prev.noun,
            noun_key=prev.noun_key,
            count_measure=prev.count_measure,
            event=prev.event if takes_event else r.event,
        )
    elif r.event is None and (
        _of_previous(sentence, q.start, q.end) or named_before(sentence, q.start)
    ):
        # "40 injured, 11 of them police officers", "…, из них 12 — дети": injured too; "…58
        # dead, above the official figure of 24 people": dead too
        r = replace(r, event=prev.event)
    if (
        r.actor is None
        and prev.actor is not None
        and r.event is None
        and not (r.noun_key or "").startswith(GROUP)
    ):
        r = replace(r, actor=prev.actor)
    return r


def inherit_backwards(readings: list[Reading], sentence: str) -> list[Reading]:
    """ "с 38 до 45 рублей", "from 38 to 45 roubles", also past an aside ("от 18 000 (данные
    МВД) до 64 000 человек"), and the items of a list of names before the one that names the
    noun ("Таджикистан — 200, Армения — 70 военных"): the first figure shares the second's noun."""
    out: list[Reading] = readings[-1:]
    for r in reversed(readings[:-1]):
        nxt = out[0]
        gap = _ASIDE.sub(" ", sentence[r.quantity.end : nxt.quantity.start])
        if (
            r.noun is None
            and nxt.noun is not None
            and (
                _patterns().range_glue.match(gap)
                or (r.actor is not None and nxt.actor is not None and _NAMED_ITEM.match(gap))
            )
        ):
            r = replace(
                r,
                noun=nxt.noun,
                noun_key=nxt.noun_key,
                count_measure=nxt.count_measure,
                actor=r.actor or nxt.actor,
            )
        out.insert(0, r)
    return out
