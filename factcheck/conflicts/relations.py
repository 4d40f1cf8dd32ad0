"""How two claims relate — in time, place, sentence and lexicon — as the rules ask it (pure).

No rule pairs claims dated more than :data:`WINDOW_DAYS` apart (:func:`in_window`), or claims of
two sources set in different places (:func:`same_scene`).
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache, lru_cache

from factcheck.conflicts.facts import Facts, context_entities, context_words
from factcheck.keys import COUNTRY, KILLED
from factcheck.text import lexicon
from factcheck.text.names import same_voice

# Counts of the same noun are compared only in a similar sentence (Jaccard of context lemmas
# and member keys); a role claim is tied to a member list from another source by its context.
COUNT_SIMILARITY = 0.3
MEMBERSHIP_SIMILARITY = 0.25
# Figures dated further apart than this describe different moments (a war's toll in March and
# in June); they are not paired.
WINDOW_DAYS = 31
# Two speakers' figures dated at most this many days apart are given at the same time: a
# ministry's evening toll and an agency's next-morning report describe one moment.
SAME_TIME_DAYS = 1
# How many times a rival's toll a day later may be before it is a count of its own, not growth.
OUTGROWN = 2
# How many days apart a rival's toll may still be judged so, by measure (else one day): the dead
# are counted from one event and their toll slows within days, while the ill of an outbreak may
# well double in two days.
OUTGROWN_DAYS = {KILLED: 2}
# Exact figures given in round thousands or coarser may be roundings of one count.
_ROUND_UNIT_MIN = 1_000


def in_window(a: Facts, b: Facts) -> bool:
    """Close enough in time to compare (an undated claim is compared with every date)."""
    if a.day_lo is None or b.day_lo is None or a.day_hi is None or b.day_hi is None:
        return True
    return b.day_lo - a.day_hi <= WINDOW_DAYS and a.day_lo - b.day_hi <= WINDOW_DAYS


def within_period(inner: Facts, outer: Facts) -> bool:
    """``inner`` is dated to a period (a month, a quarter) that lies within ``outer``'s longer
    period (its year): December's deaths and the year's are two quantities, the month's a part
    of the year's. Day-level dates are moments, not periods, and never nest here."""
    lo, hi, o_lo, o_hi = inner.day_lo, inner.day_hi, outer.day_lo, outer.day_hi
    if lo is None or hi is None or o_lo is None or o_hi is None or lo == hi:
        return False
    return o_lo <= lo and hi <= o_hi and hi - lo < o_hi - o_lo


def same_scene(a: Facts, b: Facts) -> bool:
    """Not known to be set in different places: two sources that name no place or country in
    common report different events (a fire's dead and a flood's). Unknown places (no text,
    none found) never keep claims apart, nor does one source from itself, nor a source that
    names only countries from one that names only towns (the town may be in the country)."""
    x, y = a.scene, b.scene
    if x is y or x is None or y is None or a.source_id == b.source_id or not x.isdisjoint(y):
        return True
    return _country_and_town(x, y)


@lru_cache(maxsize=65536)
def _country_and_town(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two scenes with no key in common, one of countries only, the other of towns only."""
    x_countries = sum(k.startswith(COUNTRY) for k in x)
    y_countries = sum(k.startswith(COUNTRY) for k in y)
    return (x_countries == len(x) and not y_countries) or (
        y_countries == len(y) and not x_countries
    )


def overlaps(a: Facts, b: Facts) -> bool:
    """The two figures' intervals meet, or their round forms do: both can be true."""
    if a.lo <= b.hi and b.lo <= a.hi:
        return True
    x, y = a.low, b.low  # most figures are no round thousands: told here, without a call
    if (
        x is None
        or y is None
        or x != a.high
        or y != b.high
        or x % _ROUND_UNIT_MIN
        or y % _ROUND_UNIT_MIN
    ):
        return False
    return _round_meet(a, b)


def _round_meet(a: Facts, b: Facts) -> bool:
    """Two exact figures that one count, rounded or cut at the coarser's last digit, gives both:
    "1.09 million", "1,089,000" and "1.08 million" all restate 1,089,000."""
    x, y = rounded(a.low, a.high), rounded(b.low, b.high)
    return x is not None and y is not None and x[0] <= y[1] and y[0] <= x[1]


def rounded(low: float | None, high: float | None) -> tuple[float, float] | None:
    """The counts an exact round figure stands for, or None if it is not one. A figure of three
    or more significant digits ending in thousands ("1.09 million", "119,000") may be rounded
    (half a unit of its last digit either way) or cut (up to a unit above); one of one or two
    digits ("700,000", "80,000") is a figure of its own, not a rounding."""
    if low is None or low != high or low < 100 * _ROUND_UNIT_MIN or low % _ROUND_UNIT_MIN:
        return None  # the common case, told without looking at the digits
    unit = _last_digit_unit(low)
    if unit < _ROUND_UNIT_MIN or low < 100 * unit:
        return None
    return low - unit / 2, low + unit * 0.999


def floor_reach(low: float) -> float:
    """How far a counted floor reaches: "more than 1.1 million" is 1.1 to 1.2 million, not any
    number above; one unit of its last significant digit."""
    return low + _last_digit_unit(low)


@lru_cache(maxsize=4096)
def _last_digit_unit(value: float) -> float:
    """The unit of a number's last significant digit: 1,090,000 → 10,000; 40.5 → 0.1."""
    exponent = Decimal(repr(value)).normalize().as_tuple().exponent
    return 10.0**exponent if isinstance(exponent, int) else 1.0


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
    # :func:`similarity` written out, each set test before the set it would build: most counts
    # list no members, and most pairs of count sentences share no word (a full run asks
    # millions of pairs)
    x, y = a.members, b.members
    if x and y and not x.isdisjoint(y):
        shared = len(x & y)
        if shared >= 2 and shared * 2 >= min(len(x), len(y)):
            return True
    # the words as kept once made, without a call per claim of each pair
    u, v = a.words, b.words
    if u is None:
        u = context_words(a)
    if v is None:
        v = context_words(b)
    if u.isdisjoint(v):
        return False  # no word in common, or no sentence: a similarity of 0
    common = len(u & v)
    return common / (len(u) + len(v) - common) >= COUNT_SIMILARITY


def rival_speakers(a: Facts, b: Facts) -> bool:
    """Both figures are attributed, to speakers that are not one voice
    (:func:`~factcheck.text.names.same_voice`): the police and the union, the ministry and
    the WHO. "CGT" and "the CGT's general secretary", "Syrian state media" and "the Syrian
    Health Ministry", "МВД" and "the Interior Ministry" speak for one side; an unattributed
    figure has no rival."""
    x, y = a.speaker, b.speaker
    return x is not None and y is not None and x != y and not same_voice(x, y)


def one_voice(a: Facts, b: Facts) -> bool:
    """Both unattributed, or attributed to one side (no rivals)."""
    x, y = a.speaker, b.speaker
    return x == y or (x is not None and y is not None and same_voice(x, y))


def same_time(a: Facts, b: Facts) -> bool:
    """Both dated to a day, at most :data:`SAME_TIME_DAYS` apart (a month or a year is too
    coarse to say two figures were given at one time)."""
    x, y = a.day_lo, b.day_lo
    if x is None or y is None or x != a.day_hi or y != b.day_hi:
        return False
    return -SAME_TIME_DAYS <= x - y <= SAME_TIME_DAYS


def different_days(a: Facts, b: Facts) -> bool:
    """Both dated to a day, more than :data:`SAME_TIME_DAYS` apart: two events of a measure
    bound to one event (the detained of two protests), not a figure and its update."""
    x, y = a.day_lo, b.day_lo
    if x is None or y is None or x != a.day_hi or y != b.day_hi:
        return False
    return abs(x - y) > SAME_TIME_DAYS


def same_day(a: Facts, b: Facts) -> bool:
    """Both dated the same single day."""
    return a.day_lo is not None and a.day_lo == a.day_hi == b.day_lo == b.day_hi


# ---- lexicon lookups, cached: a full run asks the same few keys a million times ----------


@cache
def parents_of(key: str) -> frozenset[str]:
    """Keys of the wholes ``key`` is part of: ``group:protesters`` → {``group:people``}."""
    return lexicon.parents(key)


@cache
def is_cumulative(prop: str) -> bool:
    """A figure that only grows (killed, injured, detained…)."""
    return lexicon.is_cumulative(prop)


@cache
def children(key: str) -> frozenset[str]:
    """Keys whose wholes include ``key``: ``org:CSTO`` → its member countries."""
    return lexicon.children(key)


def siblings_of(members: frozenset[str]) -> frozenset[str]:
    """Entities that belong with a list's members: the other members of their organisations."""
    out: set[str] = set()
    for m in members:
        for parent in parents_of(m):
            out |= children(parent)
    return frozenset(out - members)


def kind_of(key: str) -> str:
    """The kind of entity a key names, its prefix: ``country:KZ`` → ``country``."""
    return key.partition(":")[0]


@cache
def kinds_of(keys: frozenset[str]) -> frozenset[str]:
    """The kinds of entity a member list names."""
    return frozenset(kind_of(k) for k in keys)
