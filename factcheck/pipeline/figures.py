"""Every figure of a sentence read: what it counts, whose it is, and what its list leaves
unsaid. Each reading is built from what the stages return; none is filled in place."""

from __future__ import annotations

import re

from factcheck.keys import COUNTRIES
from factcheck.models import Quantity
from factcheck.pipeline.counts import Counted, event_of, find_measured, find_noun
from factcheck.pipeline.economy import age_named, is_ratio, signed
from factcheck.pipeline.fronted import fronted
from factcheck.pipeline.holders import of_the_vote
from factcheck.pipeline.joined import joined
from factcheck.pipeline.lists import inherit, inherit_backwards
from factcheck.pipeline.owners import find_actor, find_head, is_reference_number, members_after
from factcheck.pipeline.reading import IGNORE, PERCENT_UNIT, Reading, Scene
from factcheck.pipeline.scopes import bracket_place
from factcheck.pipeline.status import share_of_whole
from factcheck.text.lexicon import Match
from factcheck.text.morph import Token, Word, is_cyrillic
from factcheck.text.numbers.ordinals import ordinal_value


def read_figures(scene: Scene) -> list[Reading]:
    """The readings of the sentence's figures, in order; labels and durations left out."""
    readings = [r for q in scene.sentence.figures if (r := read_figure(scene, q)) is not None]
    return inherit(inherit_backwards(readings, scene.text), scene.text)


def read_figure(scene: Scene, q: Quantity) -> Reading | None:
    """One figure's reading, or None when it is no claim's: part of who is speaking ("по
    данным 5 источников"), a label ("по номеру 109"), a duration ("в течение 3 дней")."""
    if scene.in_attribution(q.start) or is_reference_number(scene, q.start):
        return None
    lo, hi = scene.clauses.of(q.start)
    counted = joined(scene, fronted(scene, q, find_noun(scene, q, hi)), hi)
    if counted.key == IGNORE:
        if counted.noun is not None and is_ratio(scene, counted.noun.end):
            counted = Counted()  # "twelve times lower": a ratio, and "times" no one's noun
        elif ordinal_value(q.text) is not None:
            counted = Counted(counted.noun)  # "the ninth day": a place in a series
        elif age_named(scene, q.start) is not None:
            counted = Counted()  # "возраст с 62 до 64 лет": ages, not durations
        else:
            return None
    span_end = max(q.end, counted.noun.end) if counted.noun else q.end
    if counted.noun is None and counted.measure is None:
        counted = find_measured(scene, q)
    noun_end = counted.noun.end if counted.noun else q.end
    event = event_of(scene, q, (lo, hi), counted.noun is not None, noun_end)
    counted = _labelled(scene, q, counted, event)
    noun_end = counted.noun.end if counted.noun else q.end
    actor, span_start = find_actor(scene, q, noun_end, lo, hi)
    if actor is None and counted.measure and not event:
        # "Таджикистан, по словам министра, направил 200 военных": the actor heads the sentence
        actor, span_start = find_actor(scene, q, noun_end, 0, hi)
    head = _head(scene, q, counted, actor, (lo, hi))
    members = members_after(scene, span_end) if counted.key == COUNTRIES else ()
    if members and actor in members:
        actor = None  # a member of the list is no actor
    return Reading(
        quantity=signed(scene, q) if q.unit == PERCENT_UNIT else q,
        noun=counted.noun,
        noun_key=counted.key,
        count_measure=counted.measure,
        event=event,
        actor=actor,
        span_start=span_start,
        span_end=span_end,
        members=members,
        head=head,
        currency=counted.currency,
    )


# A line of an information box: "- Severe cases: 76+", "Погибших: 30+" (the label, up to
# four words, then the figure alone).
_LABEL = re.compile(r"^[\s\-–—•*·]*([^\W\d_]+(?:[ -][^\W\d_]+){0,3})\s*:\s*$")
_LABEL_END = re.compile(r"[\s.;]*$")
_DIGIT = re.compile(r"\d")


def _labelled(scene: Scene, q: Quantity, counted: Counted, event: str | None) -> Counted:
    """The label before a figure that stands alone on its line ("Critical cases: 30+") as what
    it counts, when nothing else (``counted``, ``event``, a unit) says; else ``counted``."""
    if counted.noun is not None or counted.measure is not None or event or q.unit:
        return counted
    before = scene.text[: q.start]
    if not before.rstrip().endswith(":"):
        return counted  # most figures: no colon right before them, told without the pattern
    m = _LABEL.match(before)
    if m is None or not _LABEL_END.fullmatch(scene.text, q.end):
        return counted
    return Counted(Token(m.group(1), m.start(1), m.end(1)))


def _head(
    scene: Scene, q: Quantity, counted: Counted, actor: Match | None, clause: tuple[int, int]
) -> tuple[str, str] | None:
    """A share, a sum or a Russian figure with no noun, owned by no one: its subject."""
    lo, hi = clause
    if actor is not None or counted.key is not None:
        return None  # told before the clause's letters are read
    wants_head = (
        q.unit == PERCENT_UNIT
        or counted.measure == "money"
        or (counted.noun is None and is_cyrillic(scene.text[lo:hi]))
    )
    if not wants_head:
        return None
    if q.unit != PERCENT_UNIT and counted.measure is None and bracket_place(scene, q.start):
        return None  # "в Самаре (1200)": a list's figure counts what the list does (:mod:`.listed`)
    head = _whole_after(scene, q, hi) or find_head(scene, lo, q)
    if head is None and not of_the_vote(scene, q):  # a share of the vote is its holder's
        head = _genitive_after(scene, q, hi)  # "Опрос показал, что 40% россиян…": россиян
    if head is None and lo > 0:  # "Ущерб, по оценке палаты, превышает 87 млрд тенге"
        head = find_head(scene, 0, q)
    return head or _genitive_after(scene, q, hi)


def _whole_after(scene: Scene, q: Quantity, hi: int) -> tuple[str, str] | None:
    """The whole a share is of, counted right after it: "more than half of the 300 homes" →
    homes, "около трети из 90 школ" → школа."""
    whole = share_of_whole(scene, q) if q.unit == PERCENT_UNIT else None
    noun = find_noun(scene, whole, hi).noun if whole is not None else None
    return None if noun is None else _named(scene.words_in(noun.start, noun.end)[-1])


def _genitive_after(scene: Scene, q: Quantity, hi: int) -> tuple[str, str] | None:
    """A share's whole in the genitive right after it: "около трети школ" → школа, "35%
    учителей" → учитель, "12% населения" → население."""
    if q.unit != PERCENT_UNIT:
        return None
    after = scene.words_in(q.end, hi)[:1]
    if not after or not after[0].cyrillic:
        return None
    word = after[0]
    return _named(word) if word.morph.pos == "NOUN" and word.morph.case == "gent" else None


def _named(word: Word) -> tuple[str, str]:
    """A noun as a subject: how it is shown, and its key."""
    return (word.lemma if word.cyrillic else word.lower), f"lemma:{word.lemma}"
