"""Every figure of a sentence read: what it counts, whose it is, and what its list leaves
unsaid. Each reading is built from what the stages return; none is filled in place."""

from __future__ import annotations

from dataclasses import replace

from factcheck.models import Quantity
from factcheck.pipeline.counts import event_of, find_measured, find_noun
from factcheck.pipeline.lists import inherit, inherit_backwards
from factcheck.pipeline.owners import find_actor, find_head, is_reference_number, members_after
from factcheck.pipeline.reading import IGNORE, Reading, Scene
from factcheck.text.morph import is_cyrillic


def read_figures(scene: Scene) -> list[Reading]:
    """The readings of the sentence's figures, in order; labels and durations left out."""
    readings = [r for q in scene.sentence.figures if (r := read_figure(scene, q)) is not None]
    return inherit(inherit_backwards(readings, scene.text), scene.text)


def read_figure(scene: Scene, q: Quantity) -> Reading | None:
    """One figure's reading, or None when it is no claim's: part of who is speaking ("по
    данным 5 источников"), a label ("по номеру 109"), a duration ("в течение 3 дней")."""
    if scene.in_attribution(q.start) or is_reference_number(scene.words, q.start):
        return None
    lo, hi = scene.clauses.of(q.start)
    counted = find_noun(scene, q, hi)
    if counted.key == IGNORE:
        return None
    span_end = max(q.end, counted.noun.end) if counted.noun else q.end
    if counted.noun is None and counted.measure is None:
        counted = find_measured(scene, q)
    event = event_of(scene, q, (lo, hi), counted.noun is not None)
    noun_end = counted.noun.end if counted.noun else q.end
    actor, span_start = find_actor(scene, q, noun_end, lo, hi)
    if actor is None and counted.measure and not event:
        # "Таджикистан, по словам министра, направил 200 военных": the actor heads the sentence
        actor, span_start = find_actor(scene, q, noun_end, 0, hi)
    r = Reading(
        quantity=q,
        noun=counted.noun,
        noun_key=counted.key,
        count_measure=counted.measure,
        event=event,
        actor=actor,
        span_start=span_start,
        span_end=span_end,
        currency=counted.currency,
    )
    return _with_members(scene, _with_head(scene, r, lo, hi))


def _with_head(scene: Scene, r: Reading, lo: int, hi: int) -> Reading:
    """A share, a sum or a Russian figure with no noun, owned by no one: its subject."""
    wants_head = (
        r.is_percent
        or r.count_measure == "money"
        or (r.noun is None and is_cyrillic(scene.text[lo:hi]))
    )
    if r.actor is not None or r.noun_key is not None or not wants_head:
        return r
    head = find_head(scene, lo, r.quantity)
    if head is None and lo > 0:  # "Ущерб, по оценке палаты, превышает 87 млрд тенге"
        head = find_head(scene, 0, r.quantity)
    return replace(r, head=head)


def _with_members(scene: Scene, r: Reading) -> Reading:
    """A count of countries keeps the list after it; a member is then no actor."""
    if r.noun_key != "group:countries":
        return r
    members = members_after(scene, r.span_end)
    actor = None if members and r.actor in members else r.actor
    return replace(r, members=members, actor=actor)
