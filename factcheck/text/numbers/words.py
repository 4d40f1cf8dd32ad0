"""Figures written in number words: "двадцать шесть", "две тысячи триста", "a hundred".

A compound is read word by word; each kind of word is one small step that either joins the
figure or ends it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factcheck.text.morph import fold
from factcheck.text.numbers.scan import HYPHEN_WORD, Figure, Scan, Word
from factcheck.text.numbers.vague import vague_count, vague_plural
from factcheck.text.numbers.vocabulary import (
    ARTICLES,
    COMPOUND_LINKS,
    PLURAL_UNITS,
    Entry,
    is_half,
)


def word_figure(scan: Scan, pos: int, end: int, *, genitive: bool, article: bool) -> Figure | None:
    """The figure starting with the number word ``scan.text[pos:end]``, or None."""
    word = fold(scan.text[pos:end])
    if is_half(word):
        return half_figure(scan, pos, end)
    e = scan.words[word]
    if e.kind == "vague":
        return vague_count(scan, pos, end, word, e, article=article)
    plural = e.plural or (e.plural is None and not genitive)
    if e.kind in PLURAL_UNITS and plural:
        return vague_plural(scan, pos, end, e)
    if e.kind == "abbr":
        return None
    if e.english and e.kind in ("scale", "hundred", "dozen") and not article:
        return None  # a bare "thousand" or "dozen" is not a figure
    return compound(scan, pos, end, e)


def half_figure(scan: Scan, pos: int, end: int) -> Figure | None:
    """ "half a million" → 500 000."""
    a = scan.next_word(end)
    if a is None or fold(a[0]) not in ARTICLES:
        return None
    s = scan.next_word(a[2])
    e = scan.entry(s[0]) if s else None
    if s is None or e is None or e.kind not in ("scale", "hundred") or e.plural:
        return None
    value = e.value / 2
    return Figure(value, value, pos, s[2], base=0.5, scale=e.value)


@dataclass(slots=True)
class _Compound:
    """A compound so far: the sum of finished scales, the group being built, what may follow."""

    total: float = 0.0
    group: float = 0.0
    cap: float = 999.0  # the largest numeral that may come next
    last_scale: float = float("inf")
    approx: bool = False
    base: float = 0.0
    scale: float = 1.0
    count: int = 0  # words read


def _cap_after(value: float) -> float:
    """The largest number word that may follow this one in a compound ("сто" → up to 99)."""
    if value >= 100:
        return 99
    if value >= 20 and value % 10 == 0:
        return 9
    return 0


def _numeral(c: _Compound, e: Entry) -> bool:
    """ "двадцать" then "шесть": a smaller numeral adds to the group."""
    if e.value > c.cap:
        return False
    c.group += e.value
    c.cap = _cap_after(e.value)
    return True


def _one_and_a_half(c: _Compound, e: Entry) -> bool:
    """ "полторы", "полмиллиона": only first in a compound."""
    if c.count:
        return False
    c.group = 1.5 if e.kind == "half" else e.value
    c.cap = 0
    return True


def _hundred(c: _Compound, e: Entry) -> bool:
    """ "two hundred": the group times a hundred."""
    if c.group >= 100 or (c.count and not c.group):
        return False
    c.group = (c.group or 1) * 100
    c.cap = 99
    return True


def _scale(c: _Compound, e: Entry) -> bool:
    """ "две тысячи", "3 млн": the group times a scale larger than any before it."""
    if e.value >= c.last_scale or (c.count and not c.group) or (e.kind == "abbr" and not c.count):
        return False
    c.base, c.scale = c.group or 1, e.value
    c.total += (c.group or 1) * e.value
    c.group, c.cap, c.last_scale = 0, 999, e.value
    return True


def _dozen(c: _Compound, e: Entry) -> bool:
    """ "два десятка", "a dozen", "сотня": about the group times the unit."""
    if (c.count and not c.group) or c.group >= 100:
        return False
    c.group = (c.group or 1) * e.value
    c.approx = True
    c.cap = 0
    return True


_STEPS: dict[str, Callable[[_Compound, Entry], bool]] = {
    "add": _numeral,
    "half": _one_and_a_half,
    "halfscale": _one_and_a_half,
    "hundred": _hundred,
    "scale": _scale,
    "abbr": _scale,
    "dozen": _dozen,
    "sotnya": _dozen,
}


def compound(scan: Scan, pos: int, end: int, e: Entry) -> Figure:
    """Number words read as one figure: "двадцать шесть", "две тысячи триста", "a hundred"."""
    c = _Compound()
    fig_end = word_end = end
    while True:
        step = _STEPS.get(e.kind)
        if step is None or not step(c, e):
            break
        if e.kind == "abbr" and scan.text.startswith(".", word_end):
            word_end += 1
        c.count += 1
        fig_end = word_end
        nxt = next_compound_word(scan, fig_end, e, c.cap)
        if nxt is None:
            break
        e, word_end = nxt
    value = c.total + c.group
    fig = Figure(value, value, pos, fig_end, approx=c.approx, base=c.base or value, scale=c.scale)
    first = scan.words[fold(scan.text[pos:end])]
    if c.count == 1 and first.kind == "dozen" and not first.english:
        fig.low, fig.high, fig.point = 10, 19, 10  # "десяток": [10, 19]
        fig.vague, fig.approx = True, False
    fig.one = c.count == 1 and value == 1 and first.kind == "add"
    return fig


def next_compound_word(scan: Scan, pos: int, e: Entry, cap: float) -> tuple[Entry, int] | None:
    """The next number word of a compound, across a space, an English hyphen or "and"."""
    if e.english and e.kind == "add" and cap == 9:
        unit = _hyphenated_unit(scan, pos)
        if unit:
            return unit
    nxt = scan.next_word(pos)
    if nxt is None:
        return None
    if e.english and fold(nxt[0]) in COMPOUND_LINKS and cap == 99:
        return _after_and(scan, nxt)
    n = scan.entry(nxt[0])
    return (n, nxt[2]) if n else None


def _hyphenated_unit(scan: Scan, pos: int) -> tuple[Entry, int] | None:
    """The unit of "twenty-six"."""
    hm = HYPHEN_WORD.match(scan.text, pos)
    if hm is None:
        return None
    h = scan.entry(hm.group(1))
    if h and h.english and h.kind == "add" and h.value <= 9:
        return h, hm.end()
    return None


def _after_and(scan: Scan, and_word: Word) -> tuple[Entry, int] | None:
    """The numeral after "and" in "a hundred and twenty"; None when no numeral follows."""
    after = scan.next_word(and_word[2])
    a = scan.entry(after[0]) if after else None
    if after and a and a.kind == "add" and a.value <= 99:
        return a, after[2]
    return None
