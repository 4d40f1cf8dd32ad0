"""Digits that belong to a date or a phone number, so they are not read as figures."""

from __future__ import annotations

import re

from factcheck.lang import base as lang
from factcheck.text.dates import find_dates
from factcheck.text.number_words import number_words
from factcheck.text.numbers.vocabulary import LANGUAGES


def _alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, words))


# A date needs a month name next to the figure, a year (1800–2199, as the date patterns read
# years: a figure of four digits is more often a count) or digits joined by punctuation; only
# then are the date patterns run at all. Each language's day endings are optional in turn
# ("5-го", "5th"), then a link ("5th of May"), then a month's first letters. The runs of digits
# are possessive ("++"): a shorter run is followed by a digit, which no day ending, space or
# separator is, and trying each shorter run in turn cost more than the rest of the hint.
_DATE_HINT_AFTER = re.compile(
    "[0-9]++"
    + "".join(f"(?:{_alternation(list(words.day_endings))})?" for words in LANGUAGES)
    + r"\s+"
    + "".join(
        rf"(?:(?:{_alternation(list(words.day_month_links))})\s+)?"
        for words in LANGUAGES
        if words.day_month_links
    )
    + f"(?:{_alternation([h for words in LANGUAGES for h in words.month_hints])})"
    + r"|[0-9]++[.\-/][0-9]|(?:1[89]|2[01])[0-9]{2}(?![0-9])",
    re.IGNORECASE,
)
# English also writes the month first, capitalised: "Jan. 7", "January 7,".
_DATE_HINT_BEFORE = re.compile(
    f"(?:{_alternation(list(number_words(lang.words('en')).month_hints))})" + r"[a-z]*\.?,?\s*$"
)
# (One class first, the rest after a look back at it: a search skips to the next such
# character.)
_PHONE_HINT = re.compile(r"[+(0-9](?:(?<=[+(])|(?<=[0-9])[ \u00a0\-][0-9]+[ \u00a0\-][0-9])")
_PHONE = re.compile(
    r"\+[0-9][0-9 \u00a0()\-]{6,}[0-9]"
    r"|(?<![\w.,])(?:[0-9][ \u00a0\-]?)?\([0-9]{3,5}\)[ \u00a0\-]?[0-9][0-9 \u00a0\-]{4,}[0-9]"
    r"|(?<![\w.,\-])[0-9]{3}-[0-9]{2}-[0-9]{2}(?![\w\-])"
)
_DIGIT_GROUPS = re.compile(r"(?<![\w.,])[0-9]+(?:[ \u00a0\-][0-9]+){2,}(?![\w])")


def masked(text: str, pos: int) -> int:
    """The end of the date or phone number covering ``pos``, or -1.

    Looked for in a window of whole words around ``pos``: running the date patterns over
    a whole article costs more than the rest of the parser.
    """
    if pos >= len(text) or not text[pos].isdigit():
        return -1
    a, b = _window(text, pos)
    window = text[a:b]
    at = pos - a
    dates = find_dates(window) if date_hint(text, pos, a) else []
    for s, e, _ in dates:
        if s <= at < e:
            return a + e
    if not _PHONE_HINT.search(window):
        return -1  # (most figures: no date and no phone around them)
    phones = [m.span() for m in _PHONE.finditer(window)]
    phones += [m.span() for m in _DIGIT_GROUPS.finditer(window) if _phone_like(m.group())]
    for s, e in phones:
        if s <= at < e:
            return a + e
    return -1


def date_hint(text: str, pos: int = 0, lo: int = 0) -> bool:
    """True when a month name stands next to the figure at ``pos`` (searched back to ``lo``),
    or the figure looks like a year or a date written in digits."""
    return bool(_DATE_HINT_AFTER.match(text, pos) or _DATE_HINT_BEFORE.search(text, lo, pos))


def _window(text: str, pos: int) -> tuple[int, int]:
    """Whole words around ``pos``: from up to 24 characters before to 48 after, widened."""
    a = max(0, pos - 24)
    while a > 0 and not text[a - 1].isspace() and pos - a < 48:
        a -= 1
    b = min(len(text), pos + 48)
    while b < len(text) and not text[b].isspace() and b - pos < 96:
        b += 1
    return a, b


def _phone_like(run: str) -> bool:
    """Three or more digit groups that are not spaced thousands ("1 400 000", "10 000-15 000")."""
    parts = run.split("-")
    if len(parts) > 2:
        return True
    for part in parts:
        groups = re.split(r"[ \u00a0]", part.strip())
        if not (len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return True
    return False
