"""The rules that decide whether two claims conflict, and the sentence that says why (pure).

Every rule reads :class:`~factcheck.conflict_facts.Facts`. The full run and the per-claim check
call the same judges, so ``add`` reports what ``factcheck conflicts`` lists.

Rules, by kind (docs/conflicts.md has examples):

* ``value.disjoint`` — same subject and measure, intervals that cannot overlap;
* ``value.cumulative_decrease`` — a measure that only grows (killed…) is smaller later;
* ``count.changed`` / ``count.member_list`` — counts of a group in a similar context differ,
  or a count disagrees with the length of its own member list;
* ``membership.left_out`` — a closed member list leaves out an entity given a role;
* ``update.later_date`` / ``update.earlier_marked`` / ``update.cumulative`` — a later figure;
* ``retracted.restated`` — a retracted figure restated by another source;
* ``part_whole.exceeds`` — a part larger than its whole.

No rule pairs claims dated more than :data:`WINDOW_DAYS` apart, or claims of two sources set in
different places (:func:`same_scene`).
"""

from __future__ import annotations

import hashlib
from functools import cache, lru_cache

from factcheck.conflict_facts import (
    COUNT_PROPERTY,
    ROLE_PROPERTIES,
    Facts,
    context_entities,
    context_words,
)
from factcheck.models import Conflict, ConflictKind, Severity
from factcheck.text import lexicon

# Counts of the same noun are compared only in a similar sentence (Jaccard of context lemmas
# and member keys); a role claim is tied to a member list from another source by its context.
COUNT_SIMILARITY = 0.3
MEMBERSHIP_SIMILARITY = 0.25
# Figures dated further apart than this describe different moments (a war's toll in March and
# in June); they are not paired.
WINDOW_DAYS = 31
# A member list tells which kind of entity it lists by its keys' prefix ("country:").
GROUP_OF_KIND = {"country": "group:countries", "org": "group:countries"}


_TEXT = {kind: kind.value for kind in ConflictKind}
_SHARE = f"@{lexicon.PART}"  # a share of a figure given before it ("12 of them")
_sha1 = hashlib.sha1
_new = tuple.__new__  # a Conflict straight from its fields: a full run makes hundreds of thousands


def conflict_id(kind: ConflictKind, uuid_a: str, uuid_b: str) -> str:
    """Stable across runs: the kind and the sorted pair of claim uuids, hashed."""
    # the enum's own format and .value are slow: _TEXT has the kind's text
    if uuid_a <= uuid_b:
        text = f"{_TEXT[kind]}:{uuid_a}:{uuid_b}"
    else:
        text = f"{_TEXT[kind]}:{uuid_b}:{uuid_a}"
    return "c" + _sha1(text.encode(), usedforsecurity=False).hexdigest()[:10]


# ---- relations between two claims ---------------------------------------------------------


def in_window(a: Facts, b: Facts) -> bool:
    """Close enough in time to compare (an undated claim is compared with every date)."""
    if a.day_lo is None or b.day_lo is None or a.day_hi is None or b.day_hi is None:
        return True
    return b.day_lo - a.day_hi <= WINDOW_DAYS and a.day_lo - b.day_hi <= WINDOW_DAYS


def same_scene(a: Facts, b: Facts) -> bool:
    """Not known to be set in different places: two sources that name no place or country in
    common report different events (a fire's dead and a flood's). Unknown places (no text,
    none found) never keep claims apart, nor does one source from itself."""
    x, y = a.scene, b.scene
    return x is y or x is None or y is None or a.source_id == b.source_id or not x.isdisjoint(y)


def overlaps(a: Facts, b: Facts) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi


def same_sentence(a: Facts, b: Facts) -> bool:
    """Two figures of one sentence of one source list different things, never a conflict."""
    if a.source_id != b.source_id or not a.ctx_id or a.ctx_id != b.ctx_id:
        return False
    return a.start is None or b.start is None or abs(a.start - b.start) < 1000


def similarity(a: Facts, b: Facts) -> float:
    """Jaccard of the two sentences' lemmas and member keys (0 when either is unknown)."""
    x, y = context_words(a), context_words(b)
    if not x or not y:
        return 0.0
    common = len(x & y)
    return common / (len(x) + len(y) - common)


def shared_entities(listing: Facts, role: Facts) -> bool:
    """The role claim's sentence names an entity (a key such as ``country:KZ``) that the list
    names too, among its members or in its sentence; the role's own subject does not count."""
    common = context_entities(role) & context_words(listing)
    return len(common) > 1 or (bool(common) and role.key not in common)


def similar_counts(a: Facts, b: Facts) -> bool:
    """Counts of the same noun about the same thing: a similar sentence or mostly the same list
    (the list decides across languages, where the sentences share no word)."""
    shared = len(a.members & b.members)
    if shared >= 2 and shared * 2 >= min(len(a.members), len(b.members)):
        return True
    return similarity(a, b) >= COUNT_SIMILARITY


def order(a: Facts, b: Facts) -> tuple[Facts, Facts] | None:
    """(earlier, later) when one claim clearly came first, else None.

    A later as-of date decides; failing that, the one marked as an earlier state ("so far").
    """
    if a.day_hi is not None and b.day_lo is not None and a.day_hi < b.day_lo:
        return a, b
    if b.day_hi is not None and a.day_lo is not None and b.day_hi < a.day_lo:
        return b, a
    if a.earlier != b.earlier:
        return (a, b) if a.earlier else (b, a)
    return None


def _same_day(a: Facts, b: Facts) -> bool:
    return a.day_lo is not None and a.day_lo == a.day_hi == b.day_lo == b.day_hi


# ---- the judges ---------------------------------------------------------------------------


def judge_pair(a: Facts, b: Facts) -> Conflict | None:
    """Two claims with the same subject and measure: value, count, update or retracted."""
    if a.id == b.id or a.pct != b.pct or not in_window(a, b) or not same_scene(a, b):
        return None
    if a.source_id == b.source_id and a.key.endswith(_SHARE):
        return None  # "12 of them in hospital, 5 of them in a serious state": two shares
    if a.id > b.id:  # the same answer whichever claim is new: the lower id goes first
        a, b = b, a
    is_count = a.prop == COUNT_PROPERTY
    if a.retracted or b.retracted:
        if a.retracted and b.retracted:
            return None
        gone, kept = (a, b) if a.retracted else (b, a)
        if gone.source_id == kept.source_id or not overlaps(gone, kept):
            return None
        if is_count and not similar_counts(gone, kept):
            return None
        return _conflict(
            ConflictKind.RETRACTED,
            Severity.HIGH,
            gone,
            kept,
            "retracted.restated",
            f"{_topic(gone)}: {_said(gone)} was retracted, but {_who(kept)} "
            f"restates it as {_fig(kept)}.",
        )
    if overlaps(a, b) or same_sentence(a, b):
        return None
    if is_count and not similar_counts(a, b):
        return None
    soft = a.vague or b.vague or a.hedged or b.hedged
    ordered = order(a, b)
    cumulative = _is_cumulative(a.prop)
    if ordered is None and cumulative and not is_count and not _same_day(a, b):
        ordered = (a, b) if a.hi < b.lo else (b, a)  # a toll that only grows: smaller first
        return _update(ordered, "update.cumulative", "a toll that only grows")
    if ordered is not None:
        first, second = ordered
        if cumulative and second.hi < first.lo:
            return _conflict(
                ConflictKind.VALUE,
                Severity.LOW if soft else Severity.MEDIUM,
                first,
                second,
                "value.cumulative_decrease",
                f"{_topic(a)}: {_said(first)} and later {_said(second)} — this figure only "
                "grows, yet the later one is smaller.",
            )
        if first.earlier and not second.earlier:
            return _update(ordered, "update.earlier_marked", "the first is marked as earlier")
        return _update(ordered, "update.later_date", "the second is dated later")
    if is_count:
        return _conflict(
            ConflictKind.COUNT,
            Severity.LOW if soft else Severity.MEDIUM,
            a,
            b,
            "count.changed",
            f"{_topic(a)}: {_said(a)} vs {_said(b)} in a similar "
            "context — the counts cannot both be true.",
        )
    if soft:
        severity = Severity.LOW
    elif a.open_ended or b.open_ended or a.about or b.about:
        severity = Severity.MEDIUM
    else:
        severity = Severity.HIGH
    return _conflict(
        ConflictKind.VALUE,
        severity,
        a,
        b,
        "value.disjoint",
        f"{_topic(a)}: {_said(a)} vs {_said(b)} — the figures cannot both be true.",
    )


def judge_member_list(f: Facts) -> Conflict | None:
    """A count that disagrees with the length of its own list ("three countries: A, B, C, D")."""
    if f.prop != COUNT_PROPERTY or len(f.members) < 2 or f.retracted:
        return None
    n = len(f.members)
    if f.lo <= n <= f.hi:
        return None
    return _conflict(
        ConflictKind.COUNT,
        Severity.MEDIUM,
        f,
        f,
        "count.member_list",
        f"{_topic(f)}: {_who(f)} gives {_fig(f)} but lists {n} ({', '.join(_names(f.members))}).",
    )


def judge_part_whole(part: Facts, whole: Facts) -> Conflict | None:
    """A part larger than its whole: the caller knows ``whole.key`` is a parent of ``part.key``."""
    if part.retracted or whole.retracted or part.pct or whole.pct or part.prop != whole.prop:
        return None
    if part.prop == COUNT_PROPERTY or part.lo <= whole.hi or not in_window(part, whole):
        return None
    if not same_scene(part, whole):
        return None
    later = whole.day_hi is not None and part.day_lo is not None and whole.day_hi < part.day_lo
    if later and _is_cumulative(part.prop):  # a part counted on a later day: the toll grew
        return _update((whole, part), "update.cumulative", "a part of it, counted later")
    # a whole marked as an earlier state ("ранее сообщалось") may have grown since: a low flag
    grown = _is_cumulative(part.prop) and whole.earlier and not part.earlier
    soft = part.vague or whole.vague or part.hedged or whole.hedged or grown
    return _conflict(
        ConflictKind.PART_WHOLE,
        Severity.LOW if soft else Severity.HIGH,
        part,
        whole,
        "part_whole.exceeds",
        f"{_topic(part)}: {_said(part)} is more than the whole, {_topic(whole)}: {_said(whole)}.",
    )


def judge_membership(listing: Facts, role: Facts, siblings: frozenset[str]) -> Conflict | None:
    """A closed member list that leaves out an entity another claim gives a role.

    Related only when both are dated within the window and either come from one source, or
    the entity belongs with the members (``siblings``: e.g. fellow members of the CSTO) and the
    two sentences name an entity in common (Kazakhstan, a listed member) or are alike.
    """
    if listing.prop != COUNT_PROPERTY or not listing.members or role.prop not in ROLE_PROPERTIES:
        return None
    if listing.retracted or role.retracted or role.key in listing.members:
        return None
    if listing.key != GROUP_OF_KIND.get(_kind(role.key)):
        return None
    if _kind(role.key) not in _kinds(listing.members):
        return None
    related = (
        in_window(listing, role)
        and same_scene(listing, role)
        and (
            listing.source_id == role.source_id
            or (
                role.key in siblings
                and (
                    shared_entities(listing, role)
                    or similarity(listing, role) >= MEMBERSHIP_SIMILARITY
                )
            )
        )
    )
    if not related:
        return None
    provisional = listing.earlier or listing.hedged or role.hedged
    note = " — the list was given as provisional" if listing.earlier else ""
    return _conflict(
        ConflictKind.MEMBERSHIP,
        Severity.LOW if provisional else Severity.MEDIUM,
        listing,
        role,
        "membership.left_out",
        f"{_name(role.key, role.subject)} ({role.prop}: {_fig(role)}; {_who(role)}) is not "
        f"among the {_fig(listing)} listed ({_who(listing)}): "
        f"{', '.join(_names(listing.members))}{note}.",
    )


def siblings_of(members: frozenset[str]) -> frozenset[str]:
    """Entities that belong with a list's members: the other members of their organisations."""
    out: set[str] = set()
    for m in members:
        for parent in _parents(m):
            out |= children(parent)
    return frozenset(out - members)


# ---- lexicon lookups, cached: a full run asks the same few keys a million times ----------


@cache
def _parents(key: str) -> frozenset[str]:
    return lexicon.parents(key)


@cache
def _is_cumulative(prop: str) -> bool:
    return lexicon.is_cumulative(prop)


@cache
def children(key: str) -> frozenset[str]:
    """Keys whose wholes include ``key``: ``org:CSTO`` → its member countries."""
    return lexicon.children(key)


def parents_of(key: str) -> frozenset[str]:
    return _parents(key)


# ---- words -------------------------------------------------------------------------------


def _conflict(
    kind: ConflictKind, severity: Severity, a: Facts, b: Facts, rule: str, explanation: str
) -> Conflict:
    cid = conflict_id(kind, a.uuid, b.uuid)
    return _new(Conflict, (kind, severity, a.id, b.id, rule, explanation, cid))


def _update(ordered: tuple[Facts, Facts], rule: str, why: str) -> Conflict:
    first, second = ordered
    return _conflict(
        ConflictKind.UPDATE,
        Severity.LOW,
        first,
        second,
        rule,
        f"{_topic(first)}: {_said(first)} → {_said(second)} "
        f"— a later figure, not a contradiction ({why}).",
    )


@cache
def _kinds(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(_kind(k) for k in keys)


def _kind(key: str) -> str:
    return key.partition(":")[0]


@cache
def _display(key: str) -> str:
    """A key in words: "Russia", "people", and for a scoped key "people in Almaty" or
    "people (a share of a figure)"."""
    base, _, scope = key.partition("@")
    name = lexicon.display_name(base)
    if scope == lexicon.PART:
        return f"{name} (a share of a figure)"
    if scope.startswith("place:"):
        return f"{name} in {scope.partition(':')[2].title()}"
    return name


def _name(key: str, subject: str | None) -> str:
    if _kind(key) in ("country", "org", "group"):
        return _display(key)
    return subject or key.partition(":")[2] or key


def _names(keys: frozenset[str]) -> list[str]:
    return sorted(_display(k) for k in keys)


def _topic(f: Facts) -> str:
    return _topic_of(f.key, f.prop, f.subject)


@lru_cache(maxsize=65536)
def _topic_of(key: str, prop: str, subject: str | None) -> str:
    return f"{_name(key, subject)} ({prop})"


def _number(x: float) -> str:
    return str(int(x)) if x.is_integer() else f"{x:g}"


def _fig(f: Facts) -> str:
    """The figure as said: "1400", "100–300", "at least 26", "about 2000", "3–9 (vague)"."""
    return _fig_of(f.low, f.high, f.about, f.vague, f.pct)


@lru_cache(maxsize=65536)  # a full run words the same few thousand figures again and again
def _fig_of(low: float | None, high: float | None, about: bool, vague: bool, pct_: bool) -> str:
    pct = "%" if pct_ else ""
    if low is not None and high is not None:
        if low == high:
            return f"{'about ' if about else ''}{_number(low)}{pct}"
        return f"{'vague ' if vague else ''}{_number(low)}–{_number(high)}{pct}"
    if low is not None:
        return f"at least {_number(low)}{pct}"
    assert high is not None  # facts_of keeps only claims with a figure
    return f"up to {_number(high)}{pct}"


def _said(f: Facts) -> str:
    """The figure and who said it: "1400 (Ташиев, “Kazakh report”)" — worded once per claim,
    since a claim in many conflicts is named in each."""
    said = f.said
    if said is None:
        said = f.said = f"{_fig(f)} ({_who(f)})"
    return said


def _who(f: Facts) -> str:
    """Who said it, in which source: "Ташиев, “Kazakh report”"."""
    if f.speaker and f.title:
        return f"{f.speaker}, “{f.title}”"
    if f.title:
        return f"“{f.title}”"
    return f.speaker or "unattributed"
