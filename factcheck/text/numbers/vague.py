"""Vague amounts: "несколько", "пара", "several", "a couple", and plurals such as "десятки".

Each is a documented interval (the table is in :mod:`factcheck.text.number_words`).
"""

from __future__ import annotations

from factcheck.text.morph import fold, has_tag
from factcheck.text.numbers.scan import Figure, Scan
from factcheck.text.numbers.vocabulary import (
    COUNTS_AFTER_ARTICLE,
    PLURAL_UNITS,
    UNIT_LINKS,
    Entry,
)


def vague_count(
    scan: Scan, pos: int, end: int, word: str, e: Entry, *, article: bool
) -> Figure | None:
    """ "несколько", "several", "a few", "пара", "a couple", with any scale words after."""
    if e.english and word in COUNTS_AFTER_ARTICLE and not article:
        return None  # "few people" says "not many"; "the couple" is two people, not a count
    nxt = scan.next_word(end)
    if e.before_plural and (nxt is None or not has_tag(nxt[0], "gent", "plur")):
        return None  # "супружеская пара погибла": a couple, not "a couple of"
    fig = Figure(e.value, e.high, pos, end, vague=True)
    while nxt:
        if e.english and fold(nxt[0]) in UNIT_LINKS:
            after = scan.next_word(nxt[2])
            if after is None:
                break
            nxt = after
        s = scan.entry(nxt[0])
        if s is None or s.kind not in PLURAL_UNITS:
            break
        fig.low *= s.value
        fig.high *= s.value
        fig.end = nxt[2]
        nxt = scan.next_word(fig.end)
    return fig


def vague_plural(scan: Scan, pos: int, end: int, e: Entry) -> Figure:
    """ "десятки", "сотни тысяч", "tens of thousands": [2X, 10X − 1]."""
    x = e.value
    fig = Figure(2 * x, 10 * x - 1, pos, end, vague=True)
    nxt = scan.next_word_after_of(end, e.english)
    if nxt:
        s = scan.entry(nxt[0])
        if s and s.kind in ("scale", "hundred") and s.value > x:
            fig.low, fig.high = 2 * x * s.value, 10 * x * s.value - 1
            fig.end = nxt[2]
    return fig
