"""An alternation of many words as a regular expression that does not try each word in turn.

``re`` tries the alternatives of ``(?:a|b|c)`` one after the other at every position a search
visits, and a case-insensitive pattern cannot skip an alternative by its first letter: a list of
two hundred verb forms costs two hundred tries per position. Shaped as a trie (``(?:с(?:ообщ…|
каз…))``) it costs one try per distinct letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# One step of a word's pattern: spaces between words, an escaped character, "[её]"
# (lang.base.yo), or a character that means itself.
_SYMBOL = re.compile(r",\?\\s\+|\\s\+|\\\W|\[её\]|[^\\\[\](){}|.*+?^$]")
# The steps between words: spaces, or spaces after a comma that may be left out.
_GAPS = frozenset({r"\s+", r",?\s+"})


def alternation(alternatives: Iterable[str]) -> str:
    """``(?:A|B|…)`` with the alternatives longest first, as a trie when each is a word or
    phrase in lower case (letters, escaped characters, "[её]", ``\\s+`` or ``,?\\s+`` between
    words).

    The trie matches what the list matches, preferring the same alternative: at one position
    the words that match are each a prefix of the next, so longest first is deepest first.
    """
    ordered = sorted(alternatives, key=len, reverse=True)
    plain = "(?:" + "|".join(ordered) + ")"
    symbols = [_symbols(a) for a in ordered]
    if len(ordered) < 2 or any(s is None for s in symbols):
        return plain
    root: dict[str, dict] = {}  # type: ignore[type-arg]  # a recursive dict
    for word in symbols:
        node = root
        for symbol in word or ():
            node = node.setdefault(symbol, {})
        node[""] = {}
    # two branches that read one letter alike ("[её]" and "е") would not be one path
    return plain if _forked(root) else "(?:" + _emit(root) + ")"


def _symbols(pattern: str) -> list[str] | None:
    """The characters of a word's pattern, or None when it is not a plain word in lower case."""
    found = _SYMBOL.findall(pattern)
    if not found or "".join(found) != pattern or pattern != pattern.lower():
        return None
    return found


def _forked(node: dict) -> bool:  # type: ignore[type-arg]  # the recursive dict above
    """Do two branches read one character alike ("[её]" and "е"; a gap and " " or ","), or
    may what follows a gap begin with what the gap reads (it would take it back)?"""
    if "[её]" in node and ("е" in node or "ё" in node):
        return True
    gaps = _GAPS.intersection(node)
    if gaps:
        after = node[next(iter(gaps))]
        if len(gaps) > 1 or any(map(_loose, [*node, *after])) or _GAPS.intersection(after):
            return True
    return any(_forked(child) for child in node.values())


def _loose(symbol: str) -> bool:
    """Does a step other than a gap between words match what a gap may (a space, a comma)?"""
    return symbol[-1:].isspace() or symbol[-1:] == ","


def _emit(node: dict) -> str:  # type: ignore[type-arg]  # the recursive dict above
    alts = [symbol + _emit(child) for symbol, child in sorted(node.items()) if symbol]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body
