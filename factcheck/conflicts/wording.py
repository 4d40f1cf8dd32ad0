"""How a conflict names its claims: subjects, figures, who said them, and its stable id (pure).

A full run words the same few thousand subjects and figures again and again, so the pieces are
cached, and each claim's "figure (speaker, source)" is worded once however many conflicts name
it.
"""

from __future__ import annotations

from functools import cache, lru_cache

from factcheck.conflicts.facts import Facts
from factcheck.conflicts.relations import kind_of
from factcheck.keys import CONFIRMED, IN, PART
from factcheck.models import ConflictKind
from factcheck.text import lexicon

try:
    # CPython's own SHA-1 gives the same digest for a quarter less work per conflict than
    # OpenSSL's, which sets up a context each call (a full run names hundreds of thousands)
    from _sha1 import sha1 as _sha1  # type: ignore[import-not-found]
except ImportError:  # (a Python built without it)
    from hashlib import sha1 as _sha1

_TEXT = {kind: kind.value for kind in ConflictKind}


def conflict_id(kind: ConflictKind, uuid_a: str, uuid_b: str) -> str:
    """Stable across runs: the kind and the sorted pair of claim uuids, hashed."""
    # the enum's own format and .value are slow: _TEXT has the kind's text
    if uuid_a <= uuid_b:
        text = f"{_TEXT[kind]}:{uuid_a}:{uuid_b}"
    else:
        text = f"{_TEXT[kind]}:{uuid_b}:{uuid_a}"
    digest: str = _sha1(text.encode(), usedforsecurity=False).hexdigest()
    return "c" + digest[:10]


@cache
def display(key: str) -> str:
    """A key in words: "Russia", "people", and for a scoped key "people in Almaty", "people in
    Turkey", "teachers in primary school", "people (confirmed so far)" or "people (a share of a
    figure)"."""
    base, *scopes = key.split("@")
    words = [lexicon.display_name(base)]
    for scope in scopes:
        kind, _, value = scope.partition(":")
        if scope == PART:
            words.append("(a share of a figure)")
        elif scope == CONFIRMED:
            words.append("(confirmed so far)")
        elif kind == "country":
            words.append(f"in {lexicon.display_name(scope)}")
        elif kind == "area":
            words.append(f"(area: {value})")
        elif kind in ("place", IN):
            words.append(f"in {value.title() if kind == 'place' else value}")
    return " ".join(words)


def name(key: str, subject: str | None) -> str:
    """An entity or group by its lexicon name, anything else as the text called it."""
    if kind_of(key) in ("country", "org", "group"):
        return display(key)
    return subject or key.partition(":")[2] or key


def names(keys: frozenset[str]) -> list[str]:
    """A member list's entities by name, in alphabetical order."""
    return sorted(display(k) for k in keys)


def topic(f: Facts) -> str:
    """What the figure is of: "Russia (troops)"."""
    return _topic_of(f.key, f.prop, f.subject)


@lru_cache(maxsize=65536)
def _topic_of(key: str, prop: str, subject: str | None) -> str:
    return f"{name(key, subject)} ({prop})"


def _number(x: float) -> str:
    return str(int(x)) if x.is_integer() else f"{x:g}"


def fig(f: Facts) -> str:
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


def said(f: Facts) -> str:
    """The figure and who said it: "1400 (Ташиев, “Kazakh report”)" — worded once per claim,
    since a claim in many conflicts is named in each."""
    text = f.said
    if text is None:
        text = f.said = f"{fig(f)} ({who(f)})"
    return text


def who(f: Facts) -> str:
    """Who said it, in which source: "Ташиев, “Kazakh report”"."""
    if f.speaker and f.title:
        return f"{f.speaker}, “{f.title}”"
    if f.title:
        return f"“{f.title}”"
    return f.speaker or "unattributed"
