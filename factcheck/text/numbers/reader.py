"""One pass over one text: every anchor (a digit or a number word) read as zero to two figures."""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang import base as lang
from factcheck.models import Qualifier, Quantity
from factcheck.text.hints import lookahead
from factcheck.text.morph import fold
from factcheck.text.numbers.bounds import (
    BOUND_WORDS,
    LOOKBACK,
    Before,
    Lead,
    lead_before,
    phrase_before,
    quantity,
)
from factcheck.text.numbers.changes import find_multiples, multiple_cues
from factcheck.text.numbers.exclusions import (
    changed_to,
    names_a_thing,
    one_counts,
    year_after_preposition,
)
from factcheck.text.numbers.figure import SIGN_BEFORE, SIGN_REACH, read_figure
from factcheck.text.numbers.fractions import fraction_cues, with_fractions
from factcheck.text.numbers.masks import masked
from factcheck.text.numbers.ordinals import find_ordinals, ordinal_cues
from factcheck.text.numbers.ranges import Found, range_after
from factcheck.text.numbers.scan import Figure, Scan
from factcheck.text.numbers.vocabulary import ARTICLES, LANGUAGES, is_half, word_trie

_ARTICLE_BEFORE = phrase_before(sorted(ARTICLES))


_UNITS = sorted(u for words in LANGUAGES for u in words.inverted_units)
_UNIT_BEFORE = Before(
    re.compile(
        rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, _UNITS)) or '(?!)'})[^\S\n]+$",
        re.IGNORECASE,
    ),
    _UNITS,
)


_PLUS_AFTER = re.compile(r"\+(?![\w+])")


@cache
def _cues(*files: lang.Words) -> re.Pattern[str]:
    """A word that may begin a fraction, an ordinal or a multiple: most sentences have none,
    and one search for them all costs less than each reader's own."""
    cues = fraction_cues(*files) | ordinal_cues(*files) | multiple_cues(*files)
    trie = word_trie(sorted(cues))
    return re.compile(rf"{lookahead([trie])}(?<![\w-])(?:{trie})")


def find_quantities(text: str) -> list[Quantity]:
    """Every figure stated in ``text``, in order, with offsets into ``text``; never overlapping.

    Dates and phone numbers are skipped whole.
    """
    if not text:
        return []
    scan = Scan(text)
    out: list[Quantity] = []
    floor = 0
    for m in scan.anchor.finditer(text):
        pos = m.start()
        if pos < floor:
            continue
        date_end = masked(text, pos)
        if date_end >= 0:
            floor = date_end
            continue
        found, stop = _at(scan, pos, m.end(), floor)
        out.extend(found)
        floor = max(stop, m.end())
    if not _cues(*scan.files).search(text):
        return out
    out = with_fractions(text, out)
    words = [o for o in find_ordinals(text) + find_multiples(text) if not _any_overlap(o, out)]
    return sorted(out + words, key=lambda q: q.start) if words else out


def _any_overlap(a: Quantity, found: list[Quantity]) -> bool:
    return any(_overlap(a, q) for q in found)


def _overlap(a: Quantity, b: Quantity) -> bool:
    return a.start < b.end and b.start < a.end


def _at(scan: Scan, pos: int, anchor_end: int, floor: int) -> Found:
    """The quantities found at an anchor, and where the next search may start."""
    text = scan.text
    lo = max(floor, pos - LOOKBACK)
    article = None if text[pos].isdigit() else _article_before(scan, pos, anchor_end, lo)
    sign = SIGN_BEFORE.search(text, lo, pos) if article is None else None
    start = article.start() if article else sign.start() if sign else pos
    lead = lead_before(text, lo, start)
    # no sign word ends at pos from lo on: none does from nearer either
    unsigned = article is None and sign is None and lo <= max(0, pos - SIGN_REACH)
    fig = read_figure(
        scan, pos, genitive=lead.genitive, article=article is not None, unsigned=unsigned
    )
    if fig is None:
        return [], scan.token_end(pos, anchor_end)
    fig.start = start
    if fig.digits and names_a_thing(text, pos, fig):
        return [], fig.end
    ranged = range_after(scan, fig, lead)
    if ranged is not None:
        return ranged
    if _not_a_count(scan, fig, lo, pos):
        return [], fig.end
    return [_single(scan, fig, lead, lo, pos)], fig.end


def _article_before(scan: Scan, pos: int, anchor_end: int, lo: int) -> re.Match[str] | None:
    """ "a"/"an" before an English number word ("a dozen", "a few", "half")."""
    text = scan.text
    word = fold(text[pos:anchor_end])
    e = scan.words.get(word)
    if (e and e.english) or is_half(word):
        return _ARTICLE_BEFORE.search(text, lo, pos)
    return None


def _not_a_count(scan: Scan, fig: Figure, lo: int, pos: int) -> bool:
    """A year after a preposition, "one of", or a figure hyphenated onto a word."""
    if fig.year_like and year_after_preposition(scan.text, lo, pos):
        return True  # "в 2022", "since 2014"
    if fig.one and not one_counts(scan, fig):
        return True
    return scan.glued_after(fig.end)


def _single(scan: Scan, fig: Figure, lead: Lead, lo: int, pos: int) -> Quantity:
    """One figure with its bound word, the bound's text included."""
    qualifier = BOUND_WORDS.get(lead.word) if lead.word else None
    bound = lead.bound
    if bound and changed_to(scan.text, lo, pos, fig.end, lead.word):
        bound, qualifier = None, None  # "выросло до 40": the new figure, not a bound
    if bound and qualifier:
        fig.start = bound.start()
    elif qualifier is None and not fig.vague:
        unit = _UNIT_BEFORE.search(scan.text, lo, pos)
        if unit:  # "лет 20": about twenty years
            qualifier, fig.start = Qualifier.ABOUT, unit.start()
        elif scan.text.startswith("+", fig.end) and _PLUS_AFTER.match(scan.text, fig.end):
            # "Severe cases: 40+"
            qualifier, fig.end = Qualifier.AT_LEAST, fig.end + 1
    return quantity(scan.text, fig, qualifier)
