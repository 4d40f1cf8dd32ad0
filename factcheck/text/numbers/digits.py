"""Figures written in digits: digit groups and decimal marks, suffixes, times, a scale after.

Digit groups: a comma or full stop followed by exactly three digits (and no more) separates
thousands ("1,400", "1.400"); otherwise it is a decimal mark ("3,5", "2.5"). Spaces, no-break
and narrow no-break spaces separate thousands when every group after the first has three digits.

Before a scale word the mark is read as the scale's language writes it: a full stop is a decimal
mark in both languages ("172.148 trillion", "1.089 млн"), a comma is one before a Russian scale
("1,089 млн" is 1 089 000) and groups thousands before an English one ("1,214 million" is
1 214 000 000). A smaller scaled figure right after a scaled one adds to it: "2 миллиона 300
тысяч", "3 million 450 thousand" are one figure.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.text.morph import fold
from factcheck.text.numbers.bounds import phrase_before, phrases
from factcheck.text.numbers.scan import DIGIT_RUN, HYPHEN_WORD, Figure, Scan
from factcheck.text.numbers.vocabulary import HYPHEN_MEASURES, LANGUAGES, MULTIPLIERS, Entry

_SP = "[ \u00a0\u202f\u2009]"  # spaces that may separate digit groups
# (the first group is possessive: a shorter one is followed by a digit, never by a space)
_SPACED_DIGITS = re.compile(rf"[0-9]{{1,3}}+(?:{_SP}[0-9]{{3}})+(?![0-9])")
_MIDDLE_GROUP = re.compile(rf"{_SP}[0-9]{{3}}{_SP}")  # "… 000 " right before a group
_DECIMAL_TAIL = re.compile(r"[.,][0-9]+")
_SEPARATOR = re.compile(r"[.,]")
# A time of day: "7 утра", "7 p.m.", "19.30 по местному"; "в 19.30", "at 7.30".
_TIME_AFTER = re.compile(
    r"\s*(?:"
    + "|".join(
        [p for words in LANGUAGES for p in words.time_patterns]
        + [phrases([w for words in LANGUAGES for w in words.time_words], r"\s+")]
    )
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_TIME_BEFORE = phrase_before([w for words in LANGUAGES for w in sorted(words.time_prepositions)])
_HOUR_MINUTES = re.compile(r"(?:[01]?[0-9]|2[0-4])\.[0-5][0-9]")
_CARDINAL_SUFFIXES = frozenset().union(*(words.cardinal_suffixes for words in LANGUAGES))
_DECADE_SUFFIXES = frozenset(words.decade_suffix for words in LANGUAGES if words.decade_suffix)
_YEAR_WORD_STEMS = tuple(stem for words in LANGUAGES for stem in words.year_word_stems)
_GLUED_SCALES = {word: value for words in LANGUAGES for word, value in words.glued_scales.items()}
_SCALES = frozenset({"scale", "abbr"})  # the kinds of word a decimal mark may stand before
_SPACES = re.compile(r"[^\S\n]+")
# A longer run of digits is not read as a number at all: Python reads no more than 4,300 digits
# as one, and nobody writes or types a figure of this length.
READABLE_DIGITS = 1000
# The largest figure an article gives in digits (the largest a float holds exactly; `add --value`
# refuses above it too). A larger run is an identifier or noise, and past 309 digits not even a
# float.
MAX_FIGURE = 2**53


class Digits(NamedTuple):
    """A number written in digits (a named tuple: read for every figure, made faster than a
    frozen dataclass)."""

    value: float
    end: int
    plain: bool  # digits only, no separators: years and leading zeros are judged on these
    # One mark before three digits ("1,089", "172.148"): the value were it a decimal mark.
    decimal: float | None = None
    mark: str = ""


def read_digits(text: str, pos: int) -> Digits | None:
    """The number written in digits at ``pos``, by the digit-group rule; None when it is not one."""
    # (the digit before the space before pos tells most figures apart without a search)
    if pos >= 5 and text[pos - 2].isdigit() and _MIDDLE_GROUP.fullmatch(text, pos - 5, pos):
        return None  # the last groups of a run too large to read (a smaller one is read whole)
    m = _SPACED_DIGITS.match(text, pos)
    if m:
        return None if text.startswith("00", pos) else _spaced(text, m)
    m = DIGIT_RUN.match(text, pos)
    if m is None:
        return None
    run = m.group()
    if ":" in run or "/" in run:
        return None  # a time, a date or a fraction
    parts = [run] if run.isdigit() else _SEPARATOR.split(run)  # (most runs have no mark)
    if sum(map(len, parts)) > READABLE_DIGITS:
        return None
    head = parts[0]
    if len(head) > 1 and head.startswith("0"):
        return None  # "07": a time or a date part
    if len(parts) == 1:
        return Digits(int(head), m.end(), True)
    value = _grouped(parts, _SEPARATOR.findall(run))
    if value is None:
        return None
    if len(parts) == 2 and len(parts[1]) == 3 and value == int(head + parts[1]):
        return Digits(value, m.end(), False, float(f"{head}.{parts[1]}"), run[len(head)])
    return Digits(value, m.end(), False)


def _spaced(text: str, m: re.Match[str]) -> Digits | None:
    """Digits in space-separated groups ("1 400", "12 400 000,5")."""
    digits = re.sub(r"[^0-9]", "", m.group())
    tail = _DECIMAL_TAIL.match(text, m.end())
    fraction = tail.group()[1:] if tail else ""
    if len(digits) + len(fraction) > READABLE_DIGITS:
        return None
    value: float = int(digits)
    end = m.end()
    if tail:
        if len(fraction) == 3:
            return None  # "1 400.000": no reading is safe
        value += float("0." + fraction)
        end = tail.end()
    return Digits(value, end, False)


def _grouped(parts: list[str], seps: list[str]) -> float | None:
    """Digit parts split at commas and full stops, read as thousands and a decimal mark."""
    head = parts[0]
    groups_ok = len(head) <= 3 and head != "0"
    if len(parts) == 2:
        if groups_ok and len(parts[1]) == 3:
            return int(head + parts[1])
        return float(head + "." + parts[1])
    if not groups_ok:
        return None
    if len(set(seps)) == 1 and all(len(p) == 3 for p in parts[1:]):
        return int("".join(parts))
    if len(set(seps[:-1])) == 1 and seps[-1] != seps[0] and all(len(p) == 3 for p in parts[1:-1]):
        return float("".join(parts[:-1]) + "." + parts[-1])
    return None  # "19.01.2022", "1.2.3": a date or a version


def digit_figure(scan: Scan, pos: int) -> Figure | None:
    """The figure written in digits at ``pos``, with any case suffix or scale word after it."""
    text = scan.text
    d = read_digits(text, pos)
    if d is None or d.value > MAX_FIGURE:
        return None
    fig = Figure(d.value, d.value, pos, d.end, digits=True, base=d.value)
    fig.year_like = d.plain and d.end - pos == 4 and 1800 <= d.value <= 2199
    end = _suffix_end(scan, fig, d.end) if text.startswith("-", d.end) else d.end
    if end < 0:
        return None
    after = text[end : end + 1]
    if after.isalpha() or after in ("_", "@"):
        return _glued_scale(text, fig, end, d)
    if after in ("/", ".", ",") and _continues(text, end):
        return None
    if _time_of_day(text, pos, end, d):
        return None
    fig.end = end
    _scale_after(scan, fig, d)
    return fig


def _suffix_end(scan: Scan, fig: Figure, end: int) -> int:
    """Where the figure ends after a hyphenated case ending ("3-х"); -1 when it is no count."""
    hm = HYPHEN_WORD.match(scan.text, end)
    if hm is None:
        return end
    suffix = fold(hm.group(1))
    if suffix in HYPHEN_MEASURES:
        return end  # "a 5.9-magnitude quake": the measure is hyphenated onto the figure
    if suffix not in _CARDINAL_SUFFIXES or fig.year_like:
        if scan.entry(suffix) is None:
            return -1  # "3-й", "5-го", "10-летний": ordinals and adjectives
        return end
    after = scan.next_word(hm.end())
    if suffix in _DECADE_SUFFIXES and after and fold(after[0]).startswith(_YEAR_WORD_STEMS):
        return -1  # "90-х годах": a decade
    return hm.end()


def _glued_scale(text: str, fig: Figure, end: int, d: Digits) -> Figure | None:
    """ "4bn" is four billion; any other word glued to the digits ("5G", "3D") is no count."""
    for word, value in _GLUED_SCALES.items():
        after = end + len(word)
        if text.startswith(word, end) and not text[after : after + 1].isalpha():
            if d.decimal is not None and d.mark == ".":
                fig.base = d.decimal  # "$1.250bn"
            fig.scale = value
            fig.low = fig.high = fig.base * value
            fig.end = after
            return fig
    return None


def _continues(text: str, end: int) -> bool:
    """True when the digits run on as a fraction or a separator the reader refused."""
    nxt = text[end : end + 1]
    return nxt == "/" or (nxt in ".," and text[end + 1 : end + 2].isdigit())


def _time_of_day(text: str, pos: int, end: int, d: Digits) -> bool:
    """True for a time of day: "7 утра", "7 p.m.", "19.30 по местному", "в 19.30"."""
    if d.plain:  # "7 утра", "7 p.m.": an hour; a figure above 24 is none, nor "7 часов"
        time = _TIME_AFTER.match(text, end) if d.value <= 24 else None
        return time is not None and not time.group().strip().lower().startswith("ч")
    if _HOUR_MINUTES.fullmatch(text, pos, end) is None:
        return False  # (digits with a mark but no hour and minutes)
    # "7.30 a.m.", "19.30 по местному", "в 19.30"
    return (
        _TIME_AFTER.match(text, end) is not None
        or _TIME_BEFORE.search(text, max(0, pos - 8), pos) is not None
    )


def _scale_after(scan: Scan, fig: Figure, d: Digits) -> None:
    """Multiply by a scale word after the digits: "3 тысячи", "2,5 млн", "1,089 млн", "4 dozen";
    then add any smaller scaled figures after it ("2 миллиона 300 тысяч")."""
    nxt = scan.next_word(fig.end)
    if nxt is None:
        return
    e = scan.entry(nxt[0])
    if e is None or e.kind not in MULTIPLIERS:
        return
    if _decimal_before(d, e):
        fig.base = d.decimal or 0.0
    fig.scale = e.value
    fig.low = fig.high = fig.base * e.value
    fig.end = _scale_end(scan, e, nxt[2])
    fig.approx = e.kind in ("dozen", "sotnya")
    if e.kind in _SCALES:
        _smaller_scales_after(scan, fig)


def _decimal_before(d: Digits, e: Entry) -> bool:
    """True when the digits' one mark is a decimal mark before this scale word: a full stop in
    both languages, a comma before a Russian scale ("1,089 млн"; "1,214 million" groups)."""
    return d.decimal is not None and e.kind in _SCALES and (d.mark == "." or not e.english)


def _scale_end(scan: Scan, e: Entry, end: int) -> int:
    """Where a scale word ends: an abbreviation takes its full stop ("3 тыс.")."""
    return end + 1 if e.kind == "abbr" and scan.text.startswith(".", end) else end


def _smaller_scales_after(scan: Scan, fig: Figure) -> None:
    """ "2 миллиона 300 тысяч", "3 million 450 thousand", "1 млрд 200 млн": each smaller scaled
    figure after a scaled one, with only spaces between, adds to it while it stays below the
    scale before it."""
    last = fig.scale
    while (gap := _SPACES.match(scan.text, fig.end)) is not None:
        d = read_digits(scan.text, gap.end())
        nxt = scan.next_word(d.end) if d else None
        if d is None or nxt is None or "\n" in scan.text[d.end : nxt[1]]:
            return
        e = scan.entry(nxt[0])
        if e is None or e.kind not in _SCALES or e.value >= last:
            return
        value = (d.decimal if _decimal_before(d, e) else d.value) or 0.0
        if value * e.value >= last:
            return
        fig.low = fig.high = fig.low + value * e.value
        fig.base = fig.low / fig.scale
        fig.end = _scale_end(scan, e, nxt[2])
        last = e.value
