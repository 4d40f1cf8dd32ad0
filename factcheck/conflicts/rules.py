"""The conflict rules, each one function registered under its name, and the judges that apply
them (pure).

A rule says, of claims that a judge found comparable, how severe the conflict is, which claim
comes first and the sentence that says why; the registry (:data:`RULES`, in the order
docs/conflicts.md lists them, which a test checks) gives it its name and kind. Every rule
reads :class:`~factcheck.conflicts.facts.Facts`. Four judges, called by the engine, decide
which claims meet and which rule applies:

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

from collections.abc import Callable
from typing import Any, NamedTuple

from factcheck.conflicts.facts import Facts
from factcheck.conflicts.keys import (
    COUNT_PROPERTY,
    EVENT_MEASURES,
    GROUP_OF_KIND,
    ROLE_PROPERTIES,
    SHARE,
)
from factcheck.conflicts.relations import (
    MEMBERSHIP_SIMILARITY,
    different_days,
    in_window,
    is_cumulative,
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
)
from factcheck.conflicts.wording import conflict_id, fig, name, names, said, topic, who
from factcheck.models import Conflict, ConflictKind, Severity

# What a rule finds: the severity, the two claims in the order the conflict names them, and the
# sentence that says why.
Finding = tuple[Severity, Facts, Facts, str]

_new = tuple.__new__  # a Conflict straight from its fields: a full run makes hundreds of thousands


class Rule(NamedTuple):
    """A conflict rule: its name, as every conflict it finds carries it; the kind of those
    conflicts; and the function that finds them (None when it does not fire)."""

    name: str
    kind: ConflictKind
    find: Callable[..., Finding | None]

    def conflict(self, *claims: Any) -> Conflict | None:
        """The conflict this rule finds among ``claims`` (the arguments of :attr:`find`)."""
        found = self.find(*claims)
        if found is None:
            return None
        severity, a, b, explanation = found
        kind = self.kind
        cid = conflict_id(kind, a.uuid, b.uuid)
        return _new(Conflict, (kind, severity, a.id, b.id, self.name, explanation, cid))


RULES: dict[str, Rule] = {}


def rule(name: str, kind: ConflictKind) -> Callable[[Callable[..., Finding | None]], Rule]:
    """Register a rule under ``name`` (written nowhere else), after those already registered."""

    def register(find: Callable[..., Finding | None]) -> Rule:
        if name in RULES:
            raise ValueError(f"two conflict rules are named {name}")
        made = RULES[name] = Rule(name, kind, find)
        return made

    return register


# ---- the rules, in the order docs/conflicts.md lists them --------------------------------


@rule("value.disjoint", ConflictKind.VALUE)
def value_disjoint(a: Facts, b: Facts) -> Finding:
    """Same subject and measure, intervals that cannot overlap; softer when either figure is
    vague or hedged, or open-ended or "about"."""
    why = f"{topic(a)}: {said(a)} vs {said(b)} — the figures cannot both be true."
    return _value_severity(a, b), a, b, why


@rule("value.disputed", ConflictKind.VALUE)
def value_disputed(a: Facts, b: Facts) -> Finding:
    """Two rival speakers give figures for the same thing at the same time that cannot both be
    true — in one sentence ("police counted 8,200, the unions 26,000"), or a day apart (not
    a toll, which may have grown) with nothing marking either as an earlier state; softer as
    :func:`value_disjoint`."""
    why = (
        f"{topic(a)}: {said(a)} vs {said(b)} — two sources dispute the figure "
        "at the same time; they cannot both be true."
    )
    return _value_severity(a, b), a, b, why


@rule("value.cumulative_decrease", ConflictKind.VALUE)
def value_cumulative_decrease(first: Facts, second: Facts) -> Finding:
    """A figure that only grows (killed…) is smaller later."""
    soft = first.vague or second.vague or first.hedged or second.hedged
    named = first if first.id < second.id else second  # the claim recorded first names it
    why = (
        f"{topic(named)}: {said(first)} and later {said(second)} — this figure only grows, "
        "yet the later one is smaller."
    )
    return Severity.LOW if soft else Severity.MEDIUM, first, second, why


@rule("count.changed", ConflictKind.COUNT)
def count_changed(a: Facts, b: Facts) -> Finding:
    """Counts of one group in similar sentences differ, and nothing says which came first."""
    soft = a.vague or b.vague or a.hedged or b.hedged
    why = (
        f"{topic(a)}: {said(a)} vs {said(b)} in a similar context — the counts cannot both be true."
    )
    return Severity.LOW if soft else Severity.MEDIUM, a, b, why


@rule("count.member_list", ConflictKind.COUNT)
def count_member_list(f: Facts) -> Finding | None:
    """A count that disagrees with the length of its own list ("three countries: A, B, C, D")."""
    n = len(f.members)
    if f.lo <= n <= f.hi:
        return None
    why = f"{topic(f)}: {who(f)} gives {fig(f)} but lists {n} ({', '.join(names(f.members))})."
    return Severity.MEDIUM, f, f, why


@rule("membership.left_out", ConflictKind.MEMBERSHIP)
def membership_left_out(listing: Facts, role: Facts) -> Finding:
    """A closed member list leaves out an entity that another claim gives a role; softer when
    the list was provisional or either side hedged."""
    provisional = listing.earlier or listing.hedged or role.hedged
    note = " — the list was given as provisional" if listing.earlier else ""
    why = (
        f"{name(role.key, role.subject)} ({role.prop}: {fig(role)}; {who(role)}) is not "
        f"among the {fig(listing)} listed ({who(listing)}): "
        f"{', '.join(names(listing.members))}{note}."
    )
    return Severity.LOW if provisional else Severity.MEDIUM, listing, role, why


@rule("update.later_date", ConflictKind.UPDATE)
def update_later_date(first: Facts, second: Facts) -> Finding:
    """The figures differ and the second is dated after the first."""
    return Severity.LOW, first, second, _update(first, second, "the second is dated later")


@rule("update.earlier_marked", ConflictKind.UPDATE)
def update_earlier_marked(first: Facts, second: Facts) -> Finding:
    """The figures differ and the first is marked as an earlier state ("so far")."""
    return Severity.LOW, first, second, _update(first, second, "the first is marked as earlier")


@rule("update.cumulative", ConflictKind.UPDATE)
def update_cumulative(a: Facts, b: Facts, why: str = "a toll that only grows") -> Finding:
    """A toll that only grows differs, and the smaller figure is taken as the earlier: the dates
    cannot order the two, or (``why`` says so) a part was counted after its whole."""
    first, second = (a, b) if a.hi < b.lo else (b, a)
    return Severity.LOW, first, second, _update(first, second, why)


@rule("retracted.restated", ConflictKind.RETRACTED)
def retracted_restated(gone: Facts, kept: Facts) -> Finding:
    """A figure retracted in one source, stated by another."""
    why = f"{topic(gone)}: {said(gone)} was retracted, but {who(kept)} restates it as {fig(kept)}."
    return Severity.HIGH, gone, kept, why


@rule("part_whole.exceeds", ConflictKind.PART_WHOLE)
def part_whole_exceeds(part: Facts, whole: Facts) -> Finding:
    """A part larger than its whole; softer when either is vague or hedged, or when the whole
    is a toll marked as an earlier state ("ранее сообщалось"), which may have grown since."""
    grown = is_cumulative(part.prop) and whole.earlier and not part.earlier
    soft = part.vague or whole.vague or part.hedged or whole.hedged or grown
    why = f"{topic(part)}: {said(part)} is more than the whole, {topic(whole)}: {said(whole)}."
    return Severity.LOW if soft else Severity.HIGH, part, whole, why


def _value_severity(a: Facts, b: Facts) -> Severity:
    """Low when either figure is vague or hedged; medium when open-ended or "about"."""
    if a.vague or b.vague or a.hedged or b.hedged:
        return Severity.LOW
    if a.open_ended or b.open_ended or a.about or b.about:
        return Severity.MEDIUM
    return Severity.HIGH


def _update(first: Facts, second: Facts, why: str) -> str:
    return (
        f"{topic(first)}: {said(first)} → {said(second)} "
        f"— a later figure, not a contradiction ({why})."
    )


# ---- the judges ---------------------------------------------------------------------------


def judge_pair(a: Facts, b: Facts) -> Conflict | None:
    """Two claims of one subject and measure: the rule that applies, if any.

    Never two figures of different units, moments or places, nor two shares ("12 of them"),
    nor two days' figures of a measure bound to one event (the detained of each protest);
    figures that can both be true, or that one sentence lists, are no conflict — unless two
    rival speakers give them; counts meet only in similar sentences. Two rival speakers in one
    sentence, or a day apart, dispute the figure (unless one is marked as earlier). Figures in
    order of date (or of an "earlier" mark) are an update, or a toll that shrank; a toll that
    cannot be ordered, or that one page gives twice in one voice, is an update, smaller first.
    """
    if a.id == b.id or a.pct != b.pct or not in_window(a, b) or not same_scene(a, b):
        return None
    if _different_quantities(a, b):
        return None
    if a.id > b.id:  # the same answer whichever claim is new: the lower id goes first
        a, b = b, a
    if a.retracted or b.retracted:
        return _judge_retracted(a, b)
    if overlaps(a, b):
        return None
    rivals = rival_speakers(a, b)
    one_sentence = same_sentence(a, b)
    if one_sentence and not rivals:
        return None
    is_count = a.prop == COUNT_PROPERTY
    if is_count and not similar_counts(a, b):
        return None
    if rivals and a.earlier == b.earlier and (one_sentence or _a_day_apart(a, b)):
        chosen = value_disputed
    else:
        chosen, a, b = _choose(a, b, is_count)
    found = chosen.find(a, b)
    if found is None:
        return None
    # Rule.conflict, written out: this is the hot path of a full run
    severity, a, b, explanation = found
    kind = chosen.kind
    cid = conflict_id(kind, a.uuid, b.uuid)
    return _new(Conflict, (kind, severity, a.id, b.id, chosen.name, explanation, cid))


def _different_quantities(a: Facts, b: Facts) -> bool:
    """Two figures of one key and measure that still count different things: two shares ("12
    of them in hospital, 5 of them in a serious state" in one source; in two sources, shares
    of two figures), or the detained of two protests days apart (two events, not an update)."""
    return a.key.endswith(SHARE) or (a.prop in EVENT_MEASURES and different_days(a, b))


def _a_day_apart(a: Facts, b: Facts) -> bool:
    """Dated to different days close enough to be one time (on one day, the rules for any two
    figures apply), of a measure that does not only grow: a toll a day later may have grown."""
    return same_time(a, b) and a.day_lo != b.day_lo and not is_cumulative(a.prop)


def _choose(a: Facts, b: Facts, is_count: bool) -> tuple[Rule, Facts, Facts]:
    """The rule for two different figures no rival disputes at one time, and the two in the
    order it names them."""
    in_order = _in_order(a, b)
    if in_order is not None:
        return in_order
    if is_count:
        return count_changed, a, b
    if is_cumulative(a.prop) and not same_day(a, b):
        return update_cumulative, a, b
    if is_cumulative(a.prop) and a.source_id == b.source_id and one_voice(a, b):
        return update_cumulative, a, b  # one page giving its own toll twice: it was updated
    return value_disjoint, a, b


def _judge_retracted(a: Facts, b: Facts) -> Conflict | None:
    """A retracted figure and another: restated by another source, it stands."""
    if a.retracted and b.retracted:
        return None
    gone, kept = (a, b) if a.retracted else (b, a)
    if gone.source_id == kept.source_id or not overlaps(gone, kept):
        return None
    if gone.prop == COUNT_PROPERTY and not similar_counts(gone, kept):
        return None
    return retracted_restated.conflict(gone, kept)


def _in_order(a: Facts, b: Facts) -> tuple[Rule, Facts, Facts] | None:
    """When one of two different figures clearly came first — a later as-of date decides;
    failing that, the one marked as an earlier state ("so far") — the rule that applies, and
    the two in order; else None. (Ordering and choosing in one call: most conflicts of a full
    run are figures in order, and a call per conflict adds up.)"""
    if a.day_hi is not None and b.day_lo is not None and a.day_hi < b.day_lo:
        first, second = a, b
    elif b.day_hi is not None and a.day_lo is not None and b.day_hi < a.day_lo:
        first, second = b, a
    elif a.earlier != b.earlier:
        first, second = (a, b) if a.earlier else (b, a)
    else:
        return None
    if is_cumulative(first.prop) and second.hi < first.lo:
        return value_cumulative_decrease, first, second
    if first.earlier and not second.earlier:
        return update_earlier_marked, first, second
    return update_later_date, first, second


def judge_part_whole(part: Facts, whole: Facts) -> Conflict | None:
    """A part larger than its whole: the caller knows ``whole.key`` is a parent of ``part.key``.
    A toll's part counted on a later day than its whole is an update: the toll grew."""
    if part.retracted or whole.retracted or part.pct or whole.pct or part.prop != whole.prop:
        return None
    if part.prop == COUNT_PROPERTY or part.lo <= whole.hi or not in_window(part, whole):
        return None
    if not same_scene(part, whole):
        return None
    if part.key.endswith(SHARE) and part.source_id != whole.source_id:
        return None  # "12 of them" is a share of its own source's figure, not of another's
    later = whole.day_hi is not None and part.day_lo is not None and whole.day_hi < part.day_lo
    if later and is_cumulative(part.prop):
        return update_cumulative.conflict(whole, part, "a part of it, counted later")
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
