"""Ranges after a figure: "от 100 до 300", "100–300", "between 100 and 300", "5 or 6", and the
change "с 26 до 40" (two figures, the old and the new)."""

from __future__ import annotations

import re

from factcheck.models import Qualifier, Quantity
from factcheck.text.morph import fold
from factcheck.text.numbers.bounds import BOUND_WORDS, RANGE_OPENERS, SIGNS, Lead, quantity
from factcheck.text.numbers.figure import SIGN_AFTER, read_figure
from factcheck.text.numbers.masks import masked
from factcheck.text.numbers.scan import Figure, Scan
from factcheck.text.numbers.vocabulary import LANGUAGES

# Words that join two figures only when the second is the larger ("5 or 6").
_ALTERNATIVES = frozenset(w for words in LANGUAGES for w in words.range_alternatives)
# Words that join two figures into a range with no opener before the first ("5 to 7").
_BARE_JOINERS = frozenset(w for words in LANGUAGES for w in words.range_joiners) | _ALTERNATIVES
_GENITIVE_JOINERS = frozenset().union(*(words.genitive_joiners for words in LANGUAGES))
# Opener → the joiner that makes a change of two figures: "с 26 до 40".
_CHANGES = {opener: words.change_to for words in LANGUAGES for opener in words.change_from}
# Opener → the joiners that make a change after a verb of change: "raised from 62 to 64".
_VERB_CHANGES = {
    opener: joiners for words in LANGUAGES for opener, joiners in words.verb_changes.items()
}
_CHANGE_VERB = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        stem for words in LANGUAGES if words.verb_changes for stem in words.change_verb_stems
    )
    + r")[^\W\d_]*\b(?:\s+[^\W\d_]+){0,4}\s+$",
    re.IGNORECASE,
)
_VERB_REACH = 60  # characters before the opener searched for the verb of change
_JOINERS = sorted(
    {j for joiners in RANGE_OPENERS.values() for j in joiners} | _BARE_JOINERS,
    key=lambda w: (-len(w), w),
)
_DASH = re.compile(r"[^\S\n]*[-–—‒][^\S\n]*")
_CONNECTOR = re.compile(rf"\s+({'|'.join(map(re.escape, _JOINERS))})\s+", re.IGNORECASE)

Found = tuple[list[Quantity], int]  # the quantities, and where the next search may start


def range_after(scan: Scan, f1: Figure, lead: Lead) -> Found | None:
    """A range (or a change "с 26 до 40") starting with ``f1``; None when there is none."""
    opener_word = lead.opener_word
    link = _link(scan.text, f1.end, opener_word)
    if link is None:
        return None
    word, at = link
    date_end = masked(scan.text, at)
    if date_end >= 0 and (word != "-" or f1.digits):
        return [], date_end  # "с 5 по 10 января", "5-7 января": a span of dates
    f2 = read_figure(
        scan, at, genitive=word in _GENITIVE_JOINERS, article=False, after_dash=word == "-"
    )
    if f2 is None or f2.one:
        return None
    if _years(f1, f2, at):
        return [], f2.end  # "2021-2022", "2021–22": years; round "1900–2000" stay counts
    if _CHANGES.get(opener_word or "") == word or _changed_by_verb(scan.text, lead, word):
        return _change(scan, f1, f2)
    return _range(scan, f1, f2, lead, word)


def _changed_by_verb(text: str, lead: Lead, word: str) -> bool:
    """True for "raised the pension age from 60 to 63": a verb of change before the opener
    (at most four words between) makes the two figures the old and the new."""
    opener = lead.opener
    if opener is None or word not in _VERB_CHANGES.get(lead.opener_word or "", ()):
        return False
    start = opener.start()
    return _CHANGE_VERB.search(text, max(0, start - _VERB_REACH), start) is not None


def _change(scan: Scan, f1: Figure, f2: Figure) -> Found | None:
    """ "выросло с 26 до 40", "снизилось с 40 до 26": the old figure and the new one."""
    if scan.glued_after(f2.end):
        return None
    f1.low, f1.high = _first_scaled(f1, f2)
    f1.percent = f1.percent or f2.percent
    return [quantity(scan.text, f1, None), quantity(scan.text, f2, None)], f2.end


def _range(scan: Scan, f1: Figure, f2: Figure, lead: Lead, word: str) -> Found | None:
    """Two figures joined by ``word`` as one range; None when they do not make one."""
    text = scan.text
    low, high = _first_scaled(f1, f2)
    if word in _ALTERNATIVES and not f2.low > high:
        return None
    if low > f2.high or scan.glued_after(f2.end):
        return None
    start = _range_start(f1, lead, word)
    q = Quantity(
        float(low), float(f2.high), Qualifier.RANGE, start, f2.end, text[start : f2.end],
        "%" if f1.percent or f2.percent else None,
    )  # fmt: skip
    return [q], f2.end


def _link(text: str, end: int, opener_word: str | None) -> tuple[str, int] | None:
    """The dash or word joining a figure to the next ("-", "до", "and") and where that begins."""
    dash = _DASH.match(text, end)
    if dash:
        word, at = "-", dash.end()
    else:
        conn = _CONNECTOR.match(text, end)
        if conn is None:
            return None
        word, at = fold(conn.group(1)), conn.end()
        allowed = RANGE_OPENERS.get(opener_word or "", ())
        if not (word in allowed or (word in _BARE_JOINERS and opener_word is None)):
            return None
    if text[at : at + 1] in SIGNS and text[at + 1 : at + 2].isdigit():
        at += 1  # "between £80 million and £120 million": the sign again
    sign = SIGN_AFTER.match(text, at)
    if sign:
        at = sign.end()  # "от минус 2 до плюс 3%": the figure reads its sign itself
    return word, at


def _years(f1: Figure, f2: Figure, at: int) -> bool:
    """True for a span of years: "2021-2022", "2021–22" (not round "1900–2000")."""
    years = f1.year_like and (
        (f2.year_like and f1.low < f2.low <= f1.low + 100)
        or (f2.digits and at + 2 == f2.end and f2.low > f1.low % 100)
    )
    return years and not (f1.low % 100 == 0 and f2.low % 100 == 0)


def _first_scaled(f1: Figure, f2: Figure) -> tuple[float, float]:
    """The first figure, taking the second's scale: "от двух до трёх тысяч", "2-3 million"."""
    if f2.scale > 1 and f1.scale == 1 and f1.base <= f2.base:
        return f1.low * f2.scale, f1.high * f2.scale
    return f1.low, f1.high


def _range_start(f1: Figure, lead: Lead, word: str) -> int:
    """Where the range's text begins: its opener, or an "about" bound before it."""
    start = lead.opener.start() if lead.opener and word != "-" else f1.start
    if lead.bound and BOUND_WORDS.get(lead.word or "") == Qualifier.ABOUT:
        start = lead.bound.start()
    return start
