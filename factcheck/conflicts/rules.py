"""The conflict rules, each one function registered under its name (pure).

A rule says, of claims that a judge (:mod:`~factcheck.conflicts.judges`) found comparable, how
severe the conflict is, which claim comes first and the sentence that says why; the registry
(:data:`RULES`, in the order docs/conflicts.md lists them, which a test checks) gives it its
name and kind. Every rule reads :class:`~factcheck.conflicts.facts.Facts`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from factcheck.conflicts.facts import Facts
from factcheck.conflicts.relations import is_cumulative
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
        return _new(Conflict, (kind, severity, a.id, b.id, self.name, explanation, cid, ()))


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


@rule("value.outgrown", ConflictKind.VALUE)
def value_outgrown(first: Facts, second: Facts) -> Finding:
    """A rival's toll a day (for the dead, up to two days) after another's, more than twice it:
    more likely a count of its own than the toll's growth (a UN agency's 6,000 dead a day after
    a ministry's 2,100); a flag to check, medium at most."""
    soft = first.vague or second.vague
    days = "a day" if (second.day_lo or 0) - (first.day_lo or 0) <= 1 else "two days"
    why = (
        f"{topic(first)}: {said(first)}, and {days} later {said(second)} — more than twice as "
        f"many in {days}: more likely two counts that disagree than a toll that grew."
    )
    return Severity.LOW if soft else Severity.MEDIUM, first, second, why


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


@rule("update.revised", ConflictKind.UPDATE)
def update_revised(first: Facts, second: Facts) -> Finding:
    """A figure of one period (a year, a quarter, a month) published again later with another
    value: a revised estimate, as official statistics are."""
    return Severity.LOW, first, second, _update(first, second, "published later: a revision")


@rule("retracted.restated", ConflictKind.RETRACTED)
def retracted_restated(gone: Facts, kept: Facts) -> Finding:
    """A figure retracted in one source, stated by another."""
    why = f"{topic(gone)}: {said(gone)} was retracted, but {who(kept)} restates it as {fig(kept)}."
    return Severity.HIGH, gone, kept, why


@rule("part_whole.exceeds", ConflictKind.PART_WHOLE)
def part_whole_exceeds(part: Facts, whole: Facts) -> Finding:
    """A part larger than its whole; softer when either is vague or hedged, or when the whole
    is a toll another source marks as an earlier state ("ранее сообщалось"), which may have
    grown since."""
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
