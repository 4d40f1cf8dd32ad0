"""The judges: which claims meet, and which rule (:mod:`~factcheck.conflicts.rules`) applies
(pure). Four judges, called by the engine:

* :func:`judge_pair` — two claims of one subject and measure;
* :func:`judge_part_whole` — a part and its whole (the caller knows which is which);
* :func:`judge_member_list` — a member list, against its own length;
* :func:`judge_membership` — a member list and a claim giving an entity a role.

A judge picks its rule with a few plain tests rather than asking each rule in turn: a full run
of a big ledger judges millions of pairs, and a call per rule per pair would add up. The full
run and the per-claim check call the same judges, so ``add`` reports what ``factcheck
conflicts`` lists.
"""

from __future__ import annotations

from factcheck.conflicts.facts import Facts
from factcheck.conflicts.keys import (
    COUNT_PROPERTY,
    GROUP_OF_KIND,
    ROLE_PROPERTIES,
)
from factcheck.conflicts.relations import (
    MEMBERSHIP_SIMILARITY,
    OUTGROWN,
    OUTGROWN_DAYS,
    SAME_TIME_DAYS,
    different_days,
    floor_reach,
    in_window,
    kind_of,
    kinds_of,
    one_voice,
    overlaps,
    rival_speakers,
    same_day,
    same_scene,
    same_sentence,
    same_time,
    shared_entities,
    similar_counts,
    similarity,
    within_period,
)
from factcheck.conflicts.rules import (
    Rule,
    count_changed,
    count_member_list,
    membership_left_out,
    part_whole_exceeds,
    retracted_restated,
    update_cumulative,
    update_earlier_marked,
    update_later_date,
    update_revised,
    value_cumulative_decrease,
    value_disjoint,
    value_disputed,
    value_outgrown,
)
from factcheck.conflicts.wording import conflict_id
from factcheck.models import Conflict

_new = tuple.__new__  # a Conflict straight from its fields: a full run makes hundreds of thousands


def judge_pair(a: Facts, b: Facts) -> Conflict | None:
    """Two claims of one subject and measure: the conflict of :func:`pair_rule`'s rule, if
    one applies."""
    picked = pair_rule(a, b)
    return None if picked is None else pair_conflict(*picked)


def pair_rule(a: Facts, b: Facts) -> tuple[Rule, Facts, Facts] | None:
    """Two claims of one subject and measure: the rule that applies, if any, and the two in
    the order it names them (the conflict is made by :func:`pair_conflict`).

    Never two figures of different units, moments or places, nor two shares ("12 of them"),
    nor two days' figures of a measure bound to one event (the detained of each protest);
    figures that can both be true, or that one sentence lists, are no conflict — unless two
    rival speakers give them; counts meet only in similar sentences. Two rival speakers in one
    sentence, or a day apart, dispute the figure (unless one is marked as earlier). Figures in
    order of date (or of an "earlier" mark) are an update, or a toll that shrank; a toll that
    cannot be ordered, or that one page gives twice in one voice, is an update, smaller first.

    The tests run cheapest and most decisive first (a full run judges millions of pairs, most
    of them two figures of different dates from different pages): who the speakers are is
    asked only when it can change the answer.
    """
    if a.id == b.id or a.pct != b.pct or not in_window(a, b) or not same_scene(a, b):
        return None
    if a.share or (a.event and different_days(a, b)):
        return None  # two shares, or two events: different quantities (see Facts)
    if a.id > b.id:  # the same answer whichever claim is new: the lower id goes first
        a, b = b, a
    is_count = a.prop == COUNT_PROPERTY
    if is_count and not similar_counts(a, b):
        return None  # asked early: it decides most pairs of counts, whatever else holds
    if a.retracted or b.retracted:
        return _judge_retracted(a, b)
    if overlaps(a, b) and not _floor_disputed(a, b):
        return None
    one_sentence = same_sentence(a, b)
    rivals = one_sentence and rival_speakers(a, b)  # else asked below only when it matters
    if one_sentence and not rivals:
        return None
    return _pick(a, b, is_count, rivals)


def pair_conflict(rule: Rule, a: Facts, b: Facts) -> Conflict | None:
    """The conflict ``rule`` finds between two claims: :meth:`Rule.conflict`, written out, as
    this is the hot path of a full run."""
    found = rule.find(a, b)
    if found is None:
        return None
    severity, a, b, explanation = found
    kind = rule.kind
    cid = conflict_id(kind, a.uuid, b.uuid)
    return _new(Conflict, (kind, severity, a.id, b.id, rule.name, explanation, cid, ()))


def _nested(a: Facts, b: Facts) -> tuple[Facts, Facts] | None:
    """The two as (month, year) when one's period lies within the other's."""
    if (a.day_lo == b.day_lo and a.day_hi == b.day_hi) or (
        a.day_lo == a.day_hi and b.day_lo == b.day_hi
    ):
        return None  # one period, or two moments (days, or undated): neither within the other
    if within_period(a, b):
        return a, b
    return (b, a) if within_period(b, a) else None


def _pick(
    a: Facts, b: Facts, is_count: bool, rivals_in_one_sentence: bool
) -> tuple[Rule, Facts, Facts] | None:
    """The rule for two different figures, and the two in the order it names them; None when
    they are a month's and its year's figures that can both be true (:func:`within_period`:
    only a month's count above the year's cannot; shares of two periods are two shares)."""
    nested = _nested(a, b)
    if nested is not None:
        inner, outer = nested
        if inner.pct or inner.lo <= outer.hi:
            return None
        return part_whole_exceeds, inner, outer
    if _disputed(a, b, rivals_in_one_sentence):
        return value_disputed, a, b
    outgrown = _outgrown(a, b)
    if outgrown is not None:
        return value_outgrown, *outgrown
    return _choose(a, b, is_count)


def _floor_disputed(a: Facts, b: Facts) -> bool:
    """A floor one rival speaker counted, against the other's figure at one time, for a measure
    that does not only grow: the ministry's "more than 1.1 million" and the union's "2 million"
    dispute the count; "more than 1.1 million" is not any number above it
    (:func:`~factcheck.conflicts.relations.floor_reach`)."""
    if (a.high is not None and b.high is not None) or a.cumulative or a.earlier != b.earlier:
        return False
    if not (same_sentence(a, b) or same_time(a, b)) or not rival_speakers(a, b):
        return False
    a_hi = a.hi if a.high is not None or a.low is None else floor_reach(a.low)
    b_hi = b.hi if b.high is not None or b.low is None else floor_reach(b.low)
    return a_hi < b.lo or b_hi < a.lo


def _disputed(a: Facts, b: Facts, rivals_in_one_sentence: bool) -> bool:
    """Two rival speakers give the two figures at one time, neither marked as an earlier state:
    in one sentence (the caller knows), or a day apart."""
    if a.earlier != b.earlier:
        return False
    return rivals_in_one_sentence or (_a_day_apart(a, b) and rival_speakers(a, b))


def _a_day_apart(a: Facts, b: Facts) -> bool:
    """Dated to different days close enough to be one time (on one day, the rules for any two
    figures apply), of a measure that does not only grow: a toll a day later may have grown."""
    return a.day_lo != b.day_lo and not a.cumulative and same_time(a, b)


def _outgrown(a: Facts, b: Facts) -> tuple[Facts, Facts] | None:
    """A toll given by rival speakers a day apart (the dead: up to :data:`OUTGROWN_DAYS`), the
    later more than :data:`OUTGROWN` times the earlier (a range's top, a floor's bottom): the
    two, earlier first; else None. A toll may grow overnight, but seldom more than doubles once
    counted; neither may be an estimate hedged ("could reach") or marked as an earlier state."""
    if not a.cumulative or a.earlier or b.earlier or a.hedged or b.hedged:
        return None
    if a.day_lo is None or b.day_lo is None or a.day_lo != a.day_hi or b.day_lo != b.day_hi:
        return None
    apart = abs(a.day_lo - b.day_lo)
    if not SAME_TIME_DAYS <= apart <= OUTGROWN_DAYS.get(a.prop, SAME_TIME_DAYS):
        return None
    first, second = (a, b) if a.day_lo < b.day_lo else (b, a)
    if second.lo <= OUTGROWN * first.hi or not rival_speakers(a, b):
        return None
    return first, second


def _choose(a: Facts, b: Facts, is_count: bool) -> tuple[Rule, Facts, Facts]:
    """The rule for two different figures no rival disputes at one time, and the two in the
    order it names them."""
    in_order = _in_order(a, b)
    if in_order is not None:
        return in_order
    if _revised(a, b):
        first, second = (a, b) if (a.pub or 0) < (b.pub or 0) else (b, a)
        return update_revised, first, second
    if is_count:
        return count_changed, a, b
    if a.cumulative and not same_day(a, b) and not _closed_rivals(a, b):
        return update_cumulative, a, b
    if a.cumulative and a.source_id == b.source_id and one_voice(a, b):
        return update_cumulative, a, b  # one page giving its own toll twice: it was updated
    return value_disjoint, a, b


def _closed_rivals(a: Facts, b: Facts) -> bool:
    """Two rival speakers' totals of one period that had ended before either was published
    (2020's deaths, reported in 2021): final counts that disagree, not a toll that grew."""
    if a.pub is None or b.pub is None or a.day_hi is None or b.day_hi is None:
        return False
    if a.day_lo != b.day_lo or a.day_hi != b.day_hi or a.day_hi >= min(a.pub, b.pub):
        return False
    return rival_speakers(a, b)


def _revised(a: Facts, b: Facts) -> bool:
    """Figures of one period (a year, a quarter) from sources published days apart."""
    if a.pub is None or b.pub is None or abs(a.pub - b.pub) <= SAME_TIME_DAYS:
        return False
    return a.day_lo == b.day_lo and a.day_hi == b.day_hi


def _judge_retracted(a: Facts, b: Facts) -> tuple[Rule, Facts, Facts] | None:
    """A retracted figure and another (two counts the caller found alike): restated by another
    source, it stands."""
    if a.retracted and b.retracted:
        return None
    gone, kept = (a, b) if a.retracted else (b, a)
    if gone.source_id == kept.source_id or not overlaps(gone, kept):
        return None
    return retracted_restated, gone, kept


def _in_order(a: Facts, b: Facts) -> tuple[Rule, Facts, Facts] | None:
    """When one of two different figures clearly came first — a later as-of date decides;
    failing that, the one marked as an earlier state ("so far"), unless that is one voice's
    toll above another page's figure (:func:`_one_voice_moved`) — the rule that applies, and
    the two in order; else None. (Ordering and choosing in one call: most conflicts of a full
    run are figures in order, and a call per conflict adds up.)"""
    if a.day_hi is not None and b.day_lo is not None and a.day_hi < b.day_lo:
        first, second = a, b
    elif b.day_hi is not None and a.day_lo is not None and b.day_hi < a.day_lo:
        first, second = b, a
    elif a.earlier != b.earlier:
        first, second = (a, b) if a.earlier else (b, a)
        if first.cumulative and second.hi < first.lo and _one_voice_moved(first, second):
            return update_cumulative, second, first
    else:
        return None
    if first.cumulative and second.hi < first.lo:
        return value_cumulative_decrease, first, second
    if first.earlier and not second.earlier:
        return update_earlier_marked, first, second
    return update_later_date, first, second


def _one_voice_moved(marked: Facts, other: Facts) -> bool:
    """A toll one page marks as an earlier state, above another page's figure of the same
    voice: the mark says it came before its own page's figure, not before the other page's;
    the voice's toll moved in between, and the smaller figure is the earlier one (as when one
    page gives its own toll twice). From a rival, the smaller figure is still a decrease."""
    return marked.source_id != other.source_id and one_voice(marked, other)


def judge_part_whole(part: Facts, whole: Facts) -> Conflict | None:
    """A part larger than its whole: the caller knows ``whole.key`` is a parent of ``part.key``.
    A toll's part counted on a later day than its whole, or above a whole its own page gives
    as an earlier state ("so far", "ранее сообщалось"), is an update: the toll grew."""
    if part.retracted or whole.retracted or part.pct or whole.pct or part.prop != whole.prop:
        return None
    if part.prop == COUNT_PROPERTY or part.lo <= whole.hi or not in_window(part, whole):
        return None
    if not same_scene(part, whole) or within_period(whole, part):
        return None  # elsewhere, or a longer period's figure against a month of it
    if part.share and part.source_id != whole.source_id:
        return None  # "12 of them" is a share of its own source's figure, not of another's
    if part.cumulative:
        if whole.day_hi is not None and part.day_lo is not None and whole.day_hi < part.day_lo:
            return update_cumulative.conflict(whole, part, "a part of it, counted later")
        if whole.earlier and not part.earlier and whole.source_id == part.source_id:
            # one page marks its own whole as earlier: its part was counted since
            return update_cumulative.conflict(whole, part, "the whole was an earlier state")
    return part_whole_exceeds.conflict(part, whole)


def judge_member_list(f: Facts) -> Conflict | None:
    """A count with a list of at least two members, against the list's length."""
    if f.prop != COUNT_PROPERTY or len(f.members) < 2 or f.retracted:
        return None
    return count_member_list.conflict(f)


def judge_membership(listing: Facts, role: Facts, siblings: frozenset[str]) -> Conflict | None:
    """A closed member list and a role claim of an entity it does not list, of the kind it
    lists, when the two are related (:func:`_related`)."""
    if listing.prop != COUNT_PROPERTY or not listing.members or role.prop not in ROLE_PROPERTIES:
        return None
    if listing.retracted or role.retracted or role.key in listing.members:
        return None
    kind = kind_of(role.key)
    if listing.key != GROUP_OF_KIND.get(kind) or kind not in kinds_of(listing.members):
        return None
    if not _related(listing, role, siblings):
        return None
    return membership_left_out.conflict(listing, role)


def _related(listing: Facts, role: Facts, siblings: frozenset[str]) -> bool:
    """Dated within the window and set in one scene, and either from one source, or the entity
    belongs with the members (``siblings``: e.g. fellow members of the CSTO) and the two
    sentences name an entity in common (Kazakhstan, a listed member) or are alike."""
    if not in_window(listing, role) or not same_scene(listing, role):
        return False
    if listing.source_id == role.source_id:
        return True
    return role.key in siblings and (
        shared_entities(listing, role) or similarity(listing, role) >= MEMBERSHIP_SIMILARITY
    )
