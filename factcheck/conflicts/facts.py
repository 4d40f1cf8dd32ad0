"""What the conflict engine knows of one claim: a small record, built from a claim or a row.

A full run keeps one :class:`Facts` per claim of the ledger, so it holds only what the rules
read (``__slots__``, strings interned, the context only where a rule needs it). It can be built
from a :class:`~factcheck.models.Claim` (:func:`facts_of`) or, much faster, from a plain row of
:data:`ROW_COLUMNS` (:func:`facts_from_row`), where list columns are still JSON text and are
decoded only for the claims that need them.
"""

from __future__ import annotations

import builtins
import json
import sys
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from json.scanner import make_scanner
from typing import Any, Protocol

from factcheck.conflicts.days import day_span
from factcheck.conflicts.keys import COUNT_PROPERTY, EVENT_MEASURES, ROLE_PROPERTIES, SHARE
from factcheck.models import ClaimStatus, Qualifier
from factcheck.text import lexicon
from factcheck.text.places import scene_keys

# "около 2000" is compatible with anything within 10 % of 2000.
ABOUT_TOLERANCE = 0.10

_INF = float("inf")
_NO_MEMBERS: frozenset[str] = frozenset()
_NEG_INF = float("-inf")
# The least a vague word of a magnitude ("dozens": 20) means; below it, "several" (2 to 9).
_MAGNITUDE = 10
# The plain texts of the marks a row holds: an enum member's attribute costs more to look up
# than the comparison itself, once per claim of a full run.
ABOUT, VAGUE = Qualifier.ABOUT.value, Qualifier.VAGUE.value
_RESHAPED = frozenset({ABOUT, VAGUE})  # qualifiers whose figure is compared by another interval
RETRACTED = ClaimStatus.RETRACTED.value


class ClaimLike(Protocol):
    """What the engine reads from a claim: :class:`factcheck.models.Claim` fits, and so would a
    lighter row object from the store."""

    @builtins.property
    def id(self) -> int: ...
    @builtins.property
    def uuid(self) -> str: ...
    @builtins.property
    def source_id(self) -> int: ...
    @builtins.property
    def subject(self) -> str | None: ...
    @builtins.property
    def subject_key(self) -> str | None: ...
    @builtins.property
    def property(self) -> str | None: ...
    @builtins.property
    def unit(self) -> str | None: ...
    @builtins.property
    def low(self) -> float | None: ...
    @builtins.property
    def high(self) -> float | None: ...
    @builtins.property
    def qualifier(self) -> str | None: ...
    @builtins.property
    def member_keys(self) -> Sequence[str]: ...
    @builtins.property
    def as_of(self) -> str | None: ...
    @builtins.property
    def hedged(self) -> bool: ...
    @builtins.property
    def earlier(self) -> bool: ...
    @builtins.property
    def context(self) -> Sequence[str]: ...
    @builtins.property
    def status(self) -> str: ...
    @builtins.property
    def speaker(self) -> str | None: ...
    @builtins.property
    def source_title(self) -> str | None: ...
    @builtins.property
    def source_published(self) -> str | None: ...
    @builtins.property
    def source_places(self) -> Sequence[str]: ...
    @builtins.property
    def start(self) -> int | None: ...


class Facts:
    """The fields of one claim that the rules read, with its interval and dates precomputed."""

    __slots__ = (
        "about",
        "ctx",
        "ctx_id",
        "cumulative",
        "day_hi",
        "day_lo",
        "earlier",
        "ents",
        "event",
        "figure",
        "hedged",
        "hi",
        "high",
        "id",
        "key",
        "lo",
        "low",
        "members",
        "pct",
        "peers",
        "prop",
        "pub",
        "retracted",
        "said",
        "scene",
        "share",
        "source_id",
        "speaker",
        "start",
        "subject",
        "title",
        "uuid",
        "vague",
        "words",
    )

    id: int
    uuid: str
    source_id: int
    key: str
    prop: str
    # what the key and measure say, looked up once per claim rather than once per pair:
    share: bool  # a share of a figure given before it ("12 of them"), see keys.SHARE
    event: bool  # a measure bound to one event (the detained of one protest)
    cumulative: bool  # a figure that only grows (killed, injured…)
    pct: bool  # a percentage: never compared with a plain count
    low: float | None
    high: float | None
    lo: float  # the interval compared: open bounds are infinite, "about" is widened
    hi: float
    about: bool
    vague: bool
    hedged: bool
    earlier: bool
    retracted: bool
    day_lo: int | None  # as-of date as a span of day numbers ("2022-01" is the whole month)
    day_hi: int | None
    pub: int | None  # the day its source was published, kept for a figure of a period only
    # The sentence's lemmas as stored (JSON text or a tuple), kept for counts and roles only and
    # decoded on first use into ``words``: most never need it (see :func:`context_words`).
    ctx: str | Sequence[str] | None
    words: frozenset[str] | None
    ctx_id: int  # identifies the sentence (hash of its lemmas), for the same-sentence rule
    start: int | None
    members: frozenset[str]
    subject: str | None
    speaker: str | None
    title: str | None
    ents: frozenset[str] | None  # entity keys of the context (made on first use)
    # the figure as said on its date: (day_lo, day_hi, low, high, about, vague, earlier, pct),
    # what restatements share
    figure: tuple[int | None, int | None, float | None, float | None, bool, bool, bool, bool]
    # where the source is set, as keys to compare (None: unknown), shared by a source's claims
    scene: frozenset[str] | None
    said: str | None  # the figure and who said it, as conflicts word it (made on first use)
    # of the claim that speaks for a figure cluster given by several sources: the first firm
    # claim of each other source by source id (see figures.Figures), to name a conflict in
    # one source (see naming.py); never itself, so that no cycle keeps a ledger alive; a peer
    # read from the store stays its row until used (see peers.py)
    peers: dict[int, Facts | Sequence[Any]] | None

    @property
    def open_ended(self) -> bool:
        return self.low is None or self.high is None


# The columns of a claim row that :func:`facts_from_row` reads, in this order. ``member_keys``
# and ``context`` are the JSON text stored in claims.db; ``speaker``, ``source_title`` and
# ``source_published`` come from the speakers and sources tables.
ROW_COLUMNS = (
    "id",
    "uuid",
    "source_id",
    "subject",
    "subject_key",
    "property",
    "unit",
    "low",
    "high",
    "qualifier",
    "member_keys",
    "as_of",
    "hedged",
    "earlier",
    "context",
    "status",
    "start",
    "speaker",
    "source_title",
    "source_published",
    "source_places",
)


def facts_of(claim: ClaimLike) -> Facts | None:
    """The facts of a claim the rules can judge, or None (no subject, measure or figure)."""
    return facts_from_fields(
        claim.id,
        claim.uuid,
        claim.source_id,
        claim.subject,
        claim.subject_key,
        claim.property,
        claim.unit,
        claim.low,
        claim.high,
        claim.qualifier,
        claim.member_keys,
        claim.as_of,
        claim.hedged,
        claim.earlier,
        claim.context,
        claim.status,
        claim.start,
        claim.speaker,
        claim.source_title,
        claim.source_published,
        tuple(claim.source_places),
    )


def facts_from_row(row: Sequence[Any]) -> Facts | None:
    """The facts of a plain row of :data:`ROW_COLUMNS` (what a full run reads from the store)."""
    return facts_from_fields(*row)


def facts_from_fields(
    id: int,
    uuid: str,
    source_id: int,
    subject: str | None,
    key: str | None,
    prop: str | None,
    unit: str | None,
    low: float | None,
    high: float | None,
    qualifier: str | None,
    member_keys: Sequence[str] | str,
    as_of: str | None,
    hedged: bool,
    earlier: bool,
    context: Sequence[str] | str,
    status: str,
    start: int | None,
    speaker: str | None,
    title: str | None,
    published: str | None,
    places: tuple[str, ...] | str | None,
) -> Facts | None:
    """The facts of a claim given as the fields of :data:`ROW_COLUMNS`, in that order (a full
    run maps it over the store's rows: one call per row); None as :func:`facts_of`."""
    if not key or not prop or (low is None and high is None):
        return None
    f = Facts()
    f.id, f.uuid, f.source_id = id, uuid, source_id
    measure = _MEASURES.get((key, prop))
    if measure is None:
        measure = _MEASURES[(key, prop)] = _measure(key, prop)
    f.key, f.prop, f.share, f.event, f.cumulative = measure
    prop = f.prop
    f.pct = pct = unit == "%"
    # SQLite gives floats; hand-built claims may hold ints (float() of a float is free)
    low = None if low is None else float(low)
    high = None if high is None else float(high)
    f.low, f.high = low, high
    f.about = about = qualifier == ABOUT
    f.vague = vague = qualifier == VAGUE
    lo = _NEG_INF if low is None else low
    hi = _INF if high is None else high
    if qualifier in _RESHAPED:
        lo, hi = _compared(lo, hi, qualifier)
    f.lo, f.hi = lo, hi
    f.hedged, f.earlier = bool(hedged), bool(earlier)
    f.retracted = status == RETRACTED
    f.day_lo, f.day_hi = day_lo, day_hi = day_span(as_of or published)
    # the day a figure of a period (a year, a quarter) was published; None for a figure of a
    # day, whose own date says when it was given (written out: once per claim of a full run)
    if as_of is None or published is None or day_lo == day_hi:
        f.pub = None
    else:
        f.pub = day_span(published)[0]
    _sentence(f, prop, context, member_keys)
    f.start = start
    f.subject, f.speaker, f.title = subject, speaker, title  # only worded, never looked up
    f.said = f.ents = f.words = f.peers = None
    f.figure = (day_lo, day_hi, low, high, about, vague, f.earlier, pct)
    if not places:
        f.scene = None  # unknown: compared with every place
    else:
        f.scene = scene_keys(places) if not isinstance(places, str) else _scene_of_json(places)
    return f


def _sentence(
    f: Facts, prop: str, context: Sequence[str] | str, members: Sequence[str] | str
) -> None:
    """The claim's sentence as the rules read it: its hash, its member keys, and (for counts
    and roles only) its lemmas."""
    # The same sentence gives the same context: its hash is all the same-sentence rule needs.
    if not context or context == "[]":
        f.ctx_id = 0
    else:
        f.ctx_id = hash(context if isinstance(context, (str, tuple)) else tuple(context))
    if isinstance(members, str):
        f.members = _NO_MEMBERS if members == "[]" else _members_of(members)
    else:
        f.members = frozenset(members) if members else _NO_MEMBERS
    # value claims never need their context: save the memory
    f.ctx = context if prop == COUNT_PROPERTY or prop in ROLE_PROPERTIES else None


def _measure(key: str, prop: str) -> tuple[str, str, bool, bool, bool]:
    """What a key and measure say of every claim of them: (key, prop, share, event,
    cumulative), the key and measure interned, so that every claim of them holds one string."""
    key, prop = sys.intern(key), sys.intern(prop)
    return key, prop, key.endswith(SHARE), prop in EVENT_MEASURES, lexicon.is_cumulative(prop)


# the stored lists are compact JSON arrays, which the decoder's C scanner reads without the
# layers of json.loads or raw_decode (a full run decodes one per count claim it compares)
_scan: Callable[[str, int], tuple[Any, int]] = make_scanner(
    json.JSONDecoder()  # type: ignore[arg-type]  # (typeshed types its argument as itself)
)


# A ledger repeats its member lists (each restatement of one stores its text): each is
# decoded once, and the claims that give it share one set.
@lru_cache(maxsize=4096)
def _members_of(text: str) -> frozenset[str]:
    return frozenset(_scan(text, 0)[0])


# _measure of each (key, property) met: a plain dict, since a full run looks it up per claim
# (as relations.is_cumulative, it holds for the lexicon of the process)
_MEASURES: dict[tuple[str, str], tuple[str, str, bool, bool, bool]] = {}


def context_words(f: Facts) -> frozenset[str]:
    """The claim's context lemmas and member keys as a set (decoded once, then kept)."""
    words = f.words
    if words is not None:
        return words
    ctx = f.ctx
    if ctx is None:
        words = frozenset()
    else:
        lemmas = _scan(ctx, 0)[0] if isinstance(ctx, str) else ctx
        words = frozenset(lemmas)
        if f.members:  # (a union with no member would copy the set)
            words = words.union(f.members)  # keys, as the context writes entities
    f.words, f.ctx = words, None  # the decoded set replaces the text
    return words


@lru_cache(maxsize=4096)
def _scene_of_json(places: str) -> frozenset[str] | None:
    """A source's places as stored (JSON text), as keys to compare: once per source."""
    return scene_keys(tuple(json.loads(places)))


def context_entities(f: Facts) -> frozenset[str]:
    """The entity keys ("country:KZ") among the claim's context words (found once, then kept)."""
    ents = f.ents
    if ents is None:
        ents = f.ents = frozenset(w for w in context_words(f) if ":" in w)
    return ents


@cache
def _compared(lo: float, hi: float, qualifier: str | None) -> tuple[float, float]:
    """The interval a qualified figure is compared by: "about" widened by
    :data:`ABOUT_TOLERANCE`; a vague word of a magnitude ("dozens", "сотни", "tens of
    thousands") says at least so many, with no ceiling, so no count above it contradicts it
    ("several", "несколько", under ten, say few and keep theirs)."""
    if qualifier == ABOUT:
        return lo * (1 - ABOUT_TOLERANCE), hi * (1 + ABOUT_TOLERANCE)
    if qualifier == VAGUE and lo >= _MAGNITUDE:
        return lo, _INF
    return lo, hi
