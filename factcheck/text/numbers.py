"""Figures in Russian and English text, each read as an interval with a qualifier.

``find_quantities(text)`` finds every figure a sentence states: digits with Russian and English
separators ("1 400", "1,400", "3,5 млн", "2.5 million"), number words in every Russian case form
("трёх", "двумя тысячами", "полторы тысячи") and in English ("twenty-six", "a dozen"), ranges
("от 100 до 300", "100–300", "between 100 and 300"), bounds ("как минимум", "более", "до",
"около", "at least", "up to", "nearly") and percentages ("12,5%", "12 процентов"). Each
``Quantity`` spans the whole phrase, bound words included: ``text[start:end] == quantity.text``.

Digit groups: a comma or full stop followed by exactly three digits (and no more) separates
thousands ("1,400", "1.400"); otherwise it is a decimal mark ("3,5", "2.5"). Spaces, no-break
and narrow no-break spaces separate thousands when every group after the first has three digits.

Vague amounts ("несколько", "десятки", "dozens", "hundreds") are documented intervals with
the qualifier ``vague``: the table and the rule behind it are in
:mod:`factcheck.text.number_words` (несколько/several [2, 9], десятки/dozens [20, 99], …).

Not figures: times of day ("23:00", "7.30 a.m."), years ("в 2022 году", "in 2022",
"2021–2022"), dates ("7 января", "Jan. 7", "19.01.2022"), phone numbers, ordinals ("3-й",
"1st"), numbers glued to letters ("COVID-19", "Су-25", "G7") and section numbers ("статья 5").

``parse_value(spec)`` reads what a journalist types after ``--value``: "1400", "100-300",
">3000", "<=50", "~2000", or any phrase ``find_quantities`` reads whole ("at least 26").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from factcheck.errors import FactcheckError
from factcheck.models import Qualifier, Quantity
from factcheck.text import number_words as nw
from factcheck.text.dates import find_dates
from factcheck.text.morph import analyzer, fold, has_tag

Kind = Literal["add", "half", "halfscale", "scale", "hundred", "dozen", "sotnya", "vague", "abbr"]


@dataclass(frozen=True, slots=True)
class _Entry:
    """What one number word contributes to a figure."""

    kind: Kind
    value: float  # the numeral; for a plural scale ("тысячи") the X of [2X, 10X − 1]
    plural: bool | None = None  # scales: True plural only, False singular only, None either
    high: float = 0.0  # vague counts: the top of the interval
    english: bool = False


@dataclass(slots=True)
class _Figure:
    """One figure before its bound and range are known."""

    low: float
    high: float
    start: int
    end: int
    approx: bool = False  # "a dozen", "сотня"
    vague: bool = False  # a documented interval
    point: float | None = None  # the value a bound uses for a vague word ("более десятка": 10)
    base: float = 0.0  # value before its scale word: 3 in "3 тысячи"
    scale: float = 1.0
    percent: bool = False
    year_like: bool = False  # four plain digits 1800–2199
    one: bool = False  # the bare word "one"/"один"
    digits: bool = False


_SP = "[ \u00a0\u202f\u2009]"  # spaces that may separate digit groups
_SPACED_DIGITS = re.compile(rf"[0-9]{{1,3}}(?:{_SP}[0-9]{{3}})+(?![0-9])")
_DIGIT_RUN = re.compile(r"[0-9]+(?:[.,:/][0-9]+)*")
_DECIMAL_TAIL = re.compile(r"[.,][0-9]+")
_GAP_WORD = re.compile(r"([^\S\n]+|[^\S\n]*\n[^\S\n]*)([^\W\d_]+)")
_HYPHEN_WORD = re.compile(r"-([^\W\d_]+)")
_PERCENT = re.compile(
    r"[^\S\n]*%|\s+(?:процент[а-яё]*|проц\.|percent|per\s+cent|pct)(?![^\W\d_])", re.IGNORECASE
)
_DASH = re.compile(r"[^\S\n]*[-–—‒][^\S\n]*")
_CONNECTOR = re.compile(r"\s+(до|по|и|and|to|or|или)\s+", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"\s*(?:[ap]\.?\s?m\.?|утра|вечера|ночи|ч\.|час(?:а|ов)?|по\s+местному|мск|utc|gmt)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_TIME_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:в|во|с|со|к|до|at|by|until|till|from)\s+$", re.IGNORECASE
)
_HOUR_MINUTES = re.compile(r"(?:[01]?[0-9]|2[0-4])\.[0-5][0-9]")
_CLOSING_QUOTES = frozenset('»”"')
_NAME_BEFORE = re.compile(r"[«“\"][^\W\d_]*[A-ZА-ЯЁ][^\W\d_]*[^\S\n]$")
_LEAD_END = frozenset(" \t\n\u00a0\u202f\u2009~≈$€£¥₽")
# A date needs a month name next to the figure, a year-like figure or digits joined by
# punctuation; only then are the date patterns run at all.
_DATE_HINT_AFTER = re.compile(
    r"[0-9]+(?:-?го)?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт"
    r"|ноя|дек|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|[0-9]+[.\-/][0-9]|[0-9]{4}(?![0-9])",
    re.IGNORECASE,
)
_DATE_HINT_BEFORE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s*$"
)
_PHONE_HINT = re.compile(r"[+(]|[0-9][ \u00a0\-][0-9]+[ \u00a0\-][0-9]")
_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])an?\s+$", re.IGNORECASE)
_PHONE = re.compile(
    r"\+[0-9][0-9 \u00a0()\-]{6,}[0-9]"
    r"|(?<![\w.,])(?:[0-9][ \u00a0\-]?)?\([0-9]{3,5}\)[ \u00a0\-]?[0-9][0-9 \u00a0\-]{4,}[0-9]"
    r"|(?<![\w.,\-])[0-9]{3}-[0-9]{2}-[0-9]{2}(?![\w\-])"
)
_DIGIT_GROUPS = re.compile(r"(?<![\w.,])[0-9]+(?:[ \u00a0\-][0-9]+){2,}(?![\w])")


def _phrases(words: tuple[str, ...] | frozenset[str] | list[str]) -> str:
    """An alternation of phrases, longest first, spaces matching any whitespace."""
    alts = []
    for phrase in sorted(words, key=len, reverse=True):
        alts.append(r",?\s+".join(re.escape(w) for w in phrase.split()))
    return "|".join(alts)


def _before(words: tuple[str, ...] | frozenset[str] | list[str]) -> re.Pattern[str]:
    """A pattern for a phrase that ends right before a figure (matched with search up to it)."""
    return re.compile(rf"(?<![^\W\d_])(?:{_phrases(words)})\s+$", re.IGNORECASE)


_BOUND_WORDS = {phrase: q for q, phrases in nw.BOUNDS.items() for phrase in phrases}
# What may stand right before a figure: a range opener, a bound phrase (a currency sign may
# sit between: "more than €30 million"), or "~".
_LEAD_BEFORE = re.compile(
    rf"(?:(?<![^\W\d_])(?:(?P<opener>{_phrases(list(nw.RANGE_OPENERS))})"
    rf"|(?P<bound>{_phrases(list(_BOUND_WORDS))}))\s+[$€£¥₽]?|[~≈][^\S\n]*)$",
    re.IGNORECASE,
)
_SIGNS = frozenset("$€£¥₽")
_YEAR_PREP_BEFORE = _before(list(nw.YEAR_PREPOSITIONS))
_CHANGE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(nw.CHANGE_VERB_STEMS)})[^\W\d_]*\s+до\s+$", re.IGNORECASE
)
_SECTION_BEFORE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(w) for w in sorted(nw.SECTION_WORDS, key=len, reverse=True))
    + "|(?:"
    + "|".join(nw.SECTION_STEMS)
    + r")[а-яё]{0,3})\s*$",
    re.IGNORECASE,
)
_LOOKBACK = 28  # characters before a figure searched for its bound words


def _cap_after(value: float) -> float:
    """The largest number word that may follow this one in a compound ("сто" → up to 99)."""
    if value >= 100:
        return 99
    if value >= 20 and value % 10 == 0:
        return 9
    return 0


@cache
def _lexicon() -> dict[str, _Entry]:
    """Every number word, folded (ё → е), with what it contributes. Russian forms via pymorphy3."""
    morph = analyzer()
    numbers: dict[str, set[str | None]] = {}
    entries: dict[str, _Entry] = {}

    def forms(base: str) -> list[tuple[str, str | None]]:
        for p in morph.parse(base):
            tag = p.tag
            if fold(p.normal_form) == base and ("NUMR" in tag or "NOUN" in tag or "Anum" in tag):
                return [(fold(f.word), f.tag.number) for f in p.lexeme]
        return [(base, None)]

    def put(base: str, kind: Kind, value: float, high: float = 0.0) -> None:
        for form, number in forms(base):
            if form in nw.RU_EXCLUDED_FORMS:
                continue
            numbers.setdefault(form, set()).add(number)
            entries.setdefault(form, _Entry(kind, value, high=high))

    for base, value in (nw.RU_NUMERALS | nw.RU_COLLECTIVE).items():
        put(base, "add", value)
    put(nw.RU_HALF, "half", 1.5)
    for base, value in nw.RU_SCALES.items():
        put(base, "scale", value)
    put(nw.RU_DOZEN, "dozen", nw.DOZEN_VALUES[nw.RU_DOZEN])
    put(nw.RU_HUNDRED, "sotnya", 100)
    for base, (low, high) in nw.RU_VAGUE_COUNTS.items():
        put(base, "vague", low, high)
    entries.setdefault("ста", _Entry("add", 100))  # pymorphy3 reads "сто" as an abbreviation
    out: dict[str, _Entry] = {}
    for form, entry in entries.items():
        seen = numbers.get(form, set())
        plural = None if {"sing", "plur"} <= seen else ("plur" in seen)
        out[form] = _Entry(entry.kind, entry.value, plural, entry.high)
    for word, value in nw.RU_HALF_SCALES.items():
        out[word] = _Entry("halfscale", value)
    for word, value in nw.ABBREVIATED_SCALES.items():
        out[word] = _Entry("abbr", value)
    for word, value in nw.EN_NUMERALS.items():
        out[word] = _Entry("add", value, english=True)
    for word, value in nw.EN_SCALES.items():
        out[word] = _Entry("scale", value, False, english=True)
        out[word + "s"] = _Entry("scale", value, True, english=True)
    out[nw.EN_HUNDRED] = _Entry("hundred", 100, False, english=True)
    out[nw.EN_DOZEN] = _Entry("dozen", nw.DOZEN_VALUES[nw.EN_DOZEN], False, english=True)
    for word, value in nw.EN_VAGUE_PLURALS.items():
        kind: Kind = "hundred" if value == 100 else "dozen" if value == 10 else "scale"
        out[word] = _Entry(kind, value, True, english=True)
    for word, (low, high) in nw.EN_VAGUE_COUNTS.items():
        out[word] = _Entry("vague", low, high=high, english=True)
    return out


def _trie(words: list[str]) -> str:
    """A regex alternation of words shaped as a trie, so matching does not try each word."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]  # a recursive dict
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]  # the recursive dict above
        alts = [
            ("[её]" if ch == "е" else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@cache
def _anchor() -> re.Pattern[str]:
    """Where a figure may begin: a digit, or a number word standing alone."""
    words = [w for w, e in _lexicon().items() if e.kind != "abbr"] + ["half"]
    # Case-sensitive with capitalised variants: twice as fast as IGNORECASE on long texts.
    words += [w[:1].upper() + w[1:] for w in words]
    return re.compile(rf"[0-9]+|\b(?:{_trie(words)})\b")


@dataclass(frozen=True, slots=True)
class _Digits:
    value: float
    end: int
    plain: bool  # digits only, no separators: years and leading zeros are judged on these


def _read_digits(text: str, pos: int) -> _Digits | None:
    """The number written in digits at ``pos``, by the digit-group rule; None when it is not one."""
    m = _SPACED_DIGITS.match(text, pos)
    if m:
        value: float = int(re.sub(r"[^0-9]", "", m.group()))
        end = m.end()
        tail = _DECIMAL_TAIL.match(text, end)
        if tail:
            fraction = tail.group()[1:]
            if len(fraction) == 3:
                return None  # "1 400.000": no reading is safe
            value += float("0." + fraction)
            end = tail.end()
        return _Digits(value, end, False)
    m = _DIGIT_RUN.match(text, pos)
    if m is None:
        return None
    run = m.group()
    if ":" in run or "/" in run:
        return None  # a time, a date or a fraction
    parts = re.split(r"[.,]", run)
    seps = re.findall(r"[.,]", run)
    head = parts[0]
    if len(head) > 1 and head.startswith("0"):
        return None  # "07": a time or a date part
    if len(parts) == 1:
        return _Digits(int(head), m.end(), True)
    groups_ok = len(head) <= 3 and head != "0"
    if len(parts) == 2:
        if groups_ok and len(parts[1]) == 3:
            return _Digits(int(head + parts[1]), m.end(), False)
        return _Digits(float(head + "." + parts[1]), m.end(), False)
    if groups_ok and len(set(seps)) == 1 and all(len(p) == 3 for p in parts[1:]):
        return _Digits(int("".join(parts)), m.end(), False)
    if (
        groups_ok
        and len(set(seps[:-1])) == 1
        and seps[-1] != seps[0]
        and all(len(p) == 3 for p in parts[1:-1])
    ):
        return _Digits(float("".join(parts[:-1]) + "." + parts[-1]), m.end(), False)
    return None  # "19.01.2022", "1.2.3": a date or a version


class _Reader:
    """One pass over one text. Anchors are visited in order; each yields zero to two figures."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = _lexicon()

    def masked(self, pos: int) -> int:
        """The end of the date or phone number covering ``pos``, or -1.

        Looked for in a window of whole words around ``pos``: running the date patterns over
        a whole article costs more than the rest of the parser.
        """
        text = self.text
        if pos >= len(text) or not text[pos].isdigit():
            return -1
        a = max(0, pos - 24)
        while a > 0 and not text[a - 1].isspace() and pos - a < 48:
            a -= 1
        b = min(len(text), pos + 48)
        while b < len(text) and not text[b].isspace() and b - pos < 96:
            b += 1
        window = text[a:b]
        spans: list[tuple[int, int]] = []
        if _DATE_HINT_AFTER.match(text, pos) or _DATE_HINT_BEFORE.search(text, a, pos):
            spans += [(s, e) for s, e, _ in find_dates(window)]
        if _PHONE_HINT.search(window):
            spans += [m.span() for m in _PHONE.finditer(window)]
            spans += [m.span() for m in _DIGIT_GROUPS.finditer(window) if _phone_like(m.group())]
        for s, e in spans:
            if a + s <= pos < a + e:
                return a + e
        return -1

    def run(self) -> list[Quantity]:
        out: list[Quantity] = []
        floor = 0
        for m in _anchor().finditer(self.text):
            pos = m.start()
            if pos < floor:
                continue
            masked = self.masked(pos)
            if masked >= 0:
                floor = masked
                continue
            found, stop = self.at(pos, m.end(), floor)
            out.extend(found)
            floor = max(stop, m.end())
        return out

    # -- reading one figure -------------------------------------------------------------

    def entry(self, word: str) -> _Entry | None:
        return self.words.get(fold(word))

    def next_word(self, pos: int) -> tuple[str, int, int] | None:
        """The word after ``pos`` when only spaces (at most one line break) come between."""
        m = _GAP_WORD.match(self.text, pos)
        return (m.group(2), m.start(2), m.end(2)) if m else None

    def free_before(self, pos: int) -> bool:
        """False when the figure is glued to what comes before: "G7", "COVID-19", "+7"."""
        if pos == 0:
            return True
        c = self.text[pos - 1]
        if c.isalpha() or c.isdigit() or c in "_+/\\@#&$€£":
            return c in "$€£"
        return not (c in "-.‐" and pos >= 2 and self.text[pos - 2].isalpha())

    def figure(
        self, pos: int, *, genitive: bool, article: bool, after_dash: bool = False
    ) -> _Figure | None:
        """The figure starting exactly at ``pos`` (a digit or a number word), or None."""
        if pos >= len(self.text) or not (after_dash or self.free_before(pos)):
            return None
        if self.text[pos].isdigit():
            fig = self.digit_figure(pos)
        else:
            m = _anchor().match(self.text, pos)
            if m is None or m.group()[:1].isdigit():
                return None
            fig = self.word_figure(pos, m.end(), genitive=genitive, article=article)
        if fig is None:
            return None
        pm = _PERCENT.match(self.text, fig.end)
        if pm:
            fig.percent = True
            fig.end = pm.end()
        return fig

    def digit_figure(self, pos: int) -> _Figure | None:
        text = self.text
        d = _read_digits(text, pos)
        if d is None:
            return None
        end = d.end
        fig = _Figure(d.value, d.value, pos, end, digits=True, base=d.value)
        fig.year_like = d.plain and end - pos == 4 and 1800 <= d.value <= 2199
        hm = _HYPHEN_WORD.match(text, end)
        if hm:
            suffix = fold(hm.group(1))
            if suffix not in nw.CARDINAL_SUFFIXES or fig.year_like:
                if self.entry(suffix) is None:
                    return None  # "3-й", "5-го", "10-летний": ordinals and adjectives
            else:
                after = self.next_word(hm.end())
                if suffix == "х" and after and fold(after[0]).startswith(("год", "гг")):
                    return None  # "90-х годах": a decade
                end = hm.end()
        glued = end < len(text) and (text[end].isalpha() or text[end] in "_@")
        if glued:
            if text.startswith("bn", end) and not text[end + 2 : end + 3].isalpha():
                fig.scale = 1e9
                fig.low = fig.high = d.value * 1e9
                fig.end = end + 2
                return fig
            return None
        if text[end : end + 1] == "/" or (
            text[end : end + 1] in ".," and text[end + 1 : end + 2].isdigit()
        ):
            return None
        time = _TIME_AFTER.match(text, end)
        if time and (d.plain or _HOUR_MINUTES.fullmatch(text, pos, end)):
            word = time.group().strip().lower()
            if d.plain and d.value <= 24 and not word.startswith("ч"):
                return None  # "7 утра", "7 p.m."
            if not d.plain:
                return None  # "7.30 a.m.", "19.30 по местному"
        if _HOUR_MINUTES.fullmatch(text, pos, end) and _TIME_BEFORE.search(
            text, max(0, pos - 8), pos
        ):
            return None  # "в 19.30", "с 23.00"
        fig.end = end
        nxt = self.next_word(end)
        if nxt:
            e = self.entry(nxt[0])
            if e and e.kind in ("scale", "abbr", "hundred", "dozen", "sotnya"):
                fig.scale = e.value
                fig.low = fig.high = d.value * e.value
                fig.end = nxt[2]
                fig.approx = e.kind in ("dozen", "sotnya")
                if e.kind == "abbr" and text.startswith(".", nxt[2]):
                    fig.end += 1
        return fig

    def word_figure(self, pos: int, end: int, *, genitive: bool, article: bool) -> _Figure | None:
        text = self.text
        word = fold(text[pos:end])
        if word == "half":
            return self.half_figure(pos, end)
        e = self.words[word]
        if e.kind == "vague":
            return self.vague_count(pos, end, word, e, article=article)
        plural = e.plural or (e.plural is None and not genitive)
        if e.kind in ("scale", "hundred", "dozen", "sotnya") and plural:
            return self.vague_plural(pos, end, e)
        if e.kind == "abbr":
            return None
        if e.english and e.kind in ("scale", "hundred", "dozen") and not article:
            return None  # a bare "thousand" or "dozen" is not a figure
        return self.compound(pos, end, e)

    def half_figure(self, pos: int, end: int) -> _Figure | None:
        """ "half a million" → 500 000."""
        a = self.next_word(end)
        if a is None or fold(a[0]) not in ("a", "an"):
            return None
        s = self.next_word(a[2])
        e = self.entry(s[0]) if s else None
        if s is None or e is None or e.kind not in ("scale", "hundred") or e.plural:
            return None
        value = e.value / 2
        return _Figure(value, value, pos, s[2], base=0.5, scale=e.value)

    def vague_count(
        self, pos: int, end: int, word: str, e: _Entry, *, article: bool
    ) -> _Figure | None:
        """ "несколько", "several", "a few", "пара", "a couple", with any scale words after."""
        if e.english and word != "several" and not article:
            return None  # "few people" says "not many"; "the couple" is two people, not a count
        nxt = self.next_word(end)
        pair = not e.english and e.value == 2 and e.high == 3
        if pair and (nxt is None or not has_tag(nxt[0], "gent", "plur")):
            return None  # "супружеская пара погибла": a couple, not "a couple of"
        low, high = e.value, e.high
        fig = _Figure(low, high, pos, end, vague=True)
        while nxt:
            if e.english and fold(nxt[0]) == "of":
                after = self.next_word(nxt[2])
                if after is None:
                    break
                nxt = after
            s = self.entry(nxt[0])
            if s is None or s.kind not in ("scale", "hundred", "dozen", "sotnya"):
                break
            fig.low *= s.value
            fig.high *= s.value
            fig.end = nxt[2]
            nxt = self.next_word(fig.end)
        return fig

    def vague_plural(self, pos: int, end: int, e: _Entry) -> _Figure:
        """ "десятки", "сотни тысяч", "tens of thousands": [2X, 10X − 1]."""
        x = e.value
        fig = _Figure(2 * x, 10 * x - 1, pos, end, vague=True)
        nxt = self.next_word(end)
        if nxt and e.english and fold(nxt[0]) == "of":
            nxt = self.next_word(nxt[2])
        if nxt:
            s = self.entry(nxt[0])
            if s and s.kind in ("scale", "hundred") and s.value > x:
                fig.low, fig.high = 2 * x * s.value, 10 * x * s.value - 1
                fig.end = nxt[2]
        return fig

    def compound(self, pos: int, end: int, e: _Entry) -> _Figure | None:
        """Number words read as one figure: "двадцать шесть", "две тысячи триста", "a hundred"."""
        text = self.text
        total = group = 0.0
        cap = 999.0
        last_scale = float("inf")
        approx = False
        base, scale = 0.0, 1.0
        count = 0
        fig_end = end
        word_end = end
        while True:
            k = e.kind
            if k == "add":
                if e.value > cap:
                    break
                group += e.value
                cap = _cap_after(e.value)
            elif k in ("half", "halfscale"):
                if count:
                    break
                group = 1.5 if k == "half" else e.value
                cap = 0
            elif k == "hundred":
                if group >= 100 or (count and not group):
                    break
                group = (group or 1) * 100
                cap = 99
            elif k in ("scale", "abbr"):
                if e.value >= last_scale or (count and not group) or (k == "abbr" and not count):
                    break
                base, scale = group or 1, e.value
                total += (group or 1) * e.value
                group, cap, last_scale = 0, 999, e.value
                if k == "abbr" and text.startswith(".", word_end):
                    word_end += 1
            elif k in ("dozen", "sotnya"):
                if (count and not group) or group >= 100:
                    break
                group = (group or 1) * e.value
                approx = True
                cap = 0
            else:
                break
            count += 1
            fig_end = word_end
            nxt = self.next_compound_word(fig_end, k, e, cap)
            if nxt is None:
                break
            e, word_end = nxt
        value = total + group
        fig = _Figure(value, value, pos, fig_end, approx=approx, base=base or value, scale=scale)
        first = self.words[fold(text[pos:end])]
        if count == 1 and first.kind == "dozen" and not first.english:
            fig.low, fig.high, fig.point = 10, 19, 10  # "десяток": [10, 19]
            fig.vague, fig.approx = True, False
        fig.one = count == 1 and value == 1 and first.kind == "add"
        return fig

    def next_compound_word(
        self, pos: int, kind: Kind, e: _Entry, cap: float
    ) -> tuple[_Entry, int] | None:
        """The next number word of a compound, across a space, an English hyphen or "and"."""
        text = self.text
        if e.english and kind == "add" and cap == 9:
            hm = _HYPHEN_WORD.match(text, pos)  # "twenty-six"
            if hm:
                h = self.entry(hm.group(1))
                if h and h.english and h.kind == "add" and h.value <= 9:
                    return h, hm.end()
        nxt = self.next_word(pos)
        if nxt is None:
            return None
        if e.english and fold(nxt[0]) == "and" and cap == 99:
            after = self.next_word(nxt[2])
            a = self.entry(after[0]) if after else None
            if after and a and a.kind == "add" and a.value <= 99:
                return a, after[2]
            return None
        n = self.entry(nxt[0])
        return (n, nxt[2]) if n else None

    # -- one anchor: bounds, ranges, rejections -----------------------------------------

    def at(self, pos: int, anchor_end: int, floor: int) -> tuple[list[Quantity], int]:
        """The quantities found at an anchor, and where the next search may start."""
        text = self.text
        lo = max(floor, pos - _LOOKBACK)
        article = None
        if not text[pos].isdigit():
            e = self.words.get(fold(text[pos:anchor_end]))
            if (e and e.english) or fold(text[pos:anchor_end]) == "half":
                article = _ARTICLE_BEFORE.search(text, lo, pos)
        start = article.start() if article else pos
        lead = None
        if start and text[start - 1] in _LEAD_END:
            lead = _LEAD_BEFORE.search(text, lo, start)
        opener = lead if lead and lead.group("opener") else None
        bound = lead if lead and not opener else None
        bound_word = _bound_word(bound)
        fig = self.figure(
            pos, genitive=bound_word in nw.GENITIVE_BOUNDS or opener is not None,
            article=article is not None,
        )  # fmt: skip
        if fig is None:
            return [], self.token_end(pos, anchor_end)
        fig.start = start
        if fig.digits and _SECTION_BEFORE.search(text, max(0, pos - 24), pos):
            return [], fig.end
        name_end = text[fig.end : fig.end + 1] in _CLOSING_QUOTES
        if fig.digits and name_end and _NAME_BEFORE.search(text, max(0, pos - 40), pos):
            return [], fig.end  # «Хабар 24», "Channel 4": part of a name
        ranged = self.range_after(fig, opener, bound)
        if ranged is not None:
            return ranged
        if fig.year_like and _YEAR_PREP_BEFORE.search(text, lo, pos):
            return [], fig.end  # "в 2022", "since 2014"
        if fig.one and not self.one_counts(fig):
            return [], fig.end
        if self.glued_after(fig.end):
            return [], fig.end
        qualifier = _BOUND_WORDS.get(bound_word) if bound_word else None
        if bound and bound_word == "до" and _CHANGE_BEFORE.search(text, lo, pos):
            bound, qualifier = None, None  # "выросло до 40": the new figure, not a bound
        if bound and qualifier:
            fig.start = bound.start()
        return [self.quantity(fig, qualifier)], fig.end

    def token_end(self, pos: int, anchor_end: int) -> int:
        """Where a rejected figure's digits end, so its inner digits are not read again."""
        m = _DIGIT_RUN.match(self.text, pos)
        return m.end() if m else anchor_end

    def glued_after(self, end: int) -> bool:
        """True when a word is hyphenated onto the figure: "three-year", "пяти-этажный"."""
        hm = _HYPHEN_WORD.match(self.text, end)
        return hm is not None and self.entry(hm.group(1)) is None

    def one_counts(self, fig: _Figure) -> bool:
        """ "еще один журналист", "one person" count; "один из", "one of", "no one" do not."""
        nxt = self.next_word(fig.end)
        if nxt is None or fold(nxt[0]) in nw.ONE_NOT_BEFORE:
            return False
        m = re.search(r"([^\W\d_]+)\s+$", self.text[max(0, fig.start - 20) : fig.start])
        return not (m and fold(m.group(1)) in nw.ONE_NOT_AFTER)

    def range_after(
        self, f1: _Figure, opener: re.Match[str] | None, bound: re.Match[str] | None
    ) -> tuple[list[Quantity], int] | None:
        """A range (or a change "с 26 до 40") starting with ``f1``; None when there is none."""
        text = self.text
        opener_word = fold(opener.group("opener")) if opener else None  # without a sign
        dash = _DASH.match(text, f1.end)
        conn = None if dash else _CONNECTOR.match(text, f1.end)
        if dash is None and conn is None:
            return None
        word = fold(conn.group(1)) if conn else "-"
        if conn:
            allowed = nw.RANGE_OPENERS.get(opener_word or "", ())
            if not (
                word in allowed
                or (word == "to" and opener_word is None)
                or (word in ("or", "или") and opener_word is None)
            ):
                return None
        at = (dash or conn).end()  # type: ignore[union-attr]  # one of them matched
        if text[at : at + 1] in _SIGNS and text[at + 1 : at + 2].isdigit():
            at += 1  # "between £80 million and £120 million": the sign again
        masked = self.masked(at)
        if masked >= 0 and (word != "-" or f1.digits):
            return [], masked  # "с 5 по 10 января", "5-7 января": a span of dates
        f2 = self.figure(at, genitive=word in ("до", "и"), article=False, after_dash=word == "-")
        if f2 is None or f2.one:
            return None
        years = f1.year_like and (
            (f2.year_like and f1.low < f2.low <= f1.low + 100)
            or (f2.digits and at + 2 == f2.end and f2.low > f1.low % 100)
        )
        if years and not (f1.low % 100 == 0 and f2.low % 100 == 0):
            return [], f2.end  # "2021-2022", "2021–22": years; round "1900–2000" stay counts
        low, high = f1.low, f1.high
        if f2.scale > 1 and f1.scale == 1 and f1.base <= f2.base:
            low, high = low * f2.scale, high * f2.scale  # "от двух до трёх тысяч", "2-3 million"
        if word in ("or", "или") and not f2.low > high:
            return None
        if opener_word in ("с", "со") and word == "до" and not self.glued_after(f2.end):
            # "выросло с 26 до 40", "снизилось с 40 до 26": the old figure and the new one.
            f1.low, f1.high, f1.percent = low, high, f1.percent or f2.percent
            return [self.quantity(f1, None), self.quantity(f2, None)], f2.end
        if low > f2.high or self.glued_after(f2.end):
            return None
        start = opener.start() if opener and word != "-" else f1.start
        if bound and _BOUND_WORDS.get(_bound_word(bound) or "") == Qualifier.ABOUT:
            start = bound.start()
        q = Quantity(
            float(low), float(f2.high), Qualifier.RANGE, start, f2.end, text[start : f2.end],
            "%" if f1.percent or f2.percent else None,
        )  # fmt: skip
        return [q], f2.end

    def quantity(self, fig: _Figure, bound: Qualifier | None) -> Quantity:
        """The figure as a Quantity, its interval opened or kept by the bound word."""
        low: float | None
        high: float | None
        if bound is None:
            low, high = fig.low, fig.high
            q = Qualifier.VAGUE if fig.vague else Qualifier.ABOUT if fig.approx else Qualifier.EXACT
        else:
            point_low, point_high = (
                (fig.point, fig.point) if fig.point is not None else (fig.low, fig.high)
            )
            q = bound
            if bound in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
                low, high = point_low, None
            elif bound in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
                low, high = None, point_high
            elif fig.vague and fig.point is None:
                low, high, q = fig.low, fig.high, Qualifier.VAGUE
            else:
                low, high = point_low, point_high
        return Quantity(
            _float(low), _float(high), q, fig.start, fig.end, self.text[fig.start : fig.end],
            "%" if fig.percent else None,
        )  # fmt: skip


def _bound_word(bound: re.Match[str] | None) -> str | None:
    """The bound phrase as a key of the bound table: folded, single-spaced, "~" read as about."""
    if bound is None:
        return None
    word = " ".join(fold(bound.group().rstrip("$€£¥₽")).replace(",", " ").split())
    return "около" if word in ("~", "≈") else word


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


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


def find_quantities(text: str) -> list[Quantity]:
    """Every figure stated in ``text``, in order, with offsets into ``text``; never overlapping."""
    if not text:
        return []
    return _Reader(text).run()


_VALUE_ERROR = "Cannot read the value '{}': use 1400, 100-300, >3000, <50 or ~2000"
_VALUE_OPS = {
    ">": Qualifier.MORE_THAN, ">=": Qualifier.AT_LEAST, "≥": Qualifier.AT_LEAST,
    "<": Qualifier.LESS_THAN, "<=": Qualifier.AT_MOST, "≤": Qualifier.AT_MOST,
    "~": Qualifier.ABOUT, "≈": Qualifier.ABOUT,
}  # fmt: skip
_VALUE_NUMBER = r"[0-9]+(?:[ \u00a0\u202f,.][0-9]+)*"
_VALUE_SIMPLE = re.compile(
    rf"(?P<op>>=|<=|[><~≈≥≤])?\s*(?P<a>{_VALUE_NUMBER})"
    rf"(?:\s*(?:\.\.|[-–—])\s*(?P<b>{_VALUE_NUMBER}))?\s*(?P<pct>%)?"
)


def _value_number(s: str) -> float | None:
    d = _read_digits(s, 0)
    return d.value if d is not None and d.end == len(s) else None


def parse_value(spec: str) -> Quantity:
    """Read a figure a journalist typed: "1400", "100-300", ">3000", "<=50", "~2000", "12%",
    or a phrase such as "at least 26" or "от 100 до 300". Raises FactcheckError otherwise."""
    text = " ".join(spec.split())
    m = _VALUE_SIMPLE.fullmatch(text)
    unit = "%" if m and m.group("pct") else None
    if m:
        a = _value_number(m.group("a"))
        b = _value_number(m.group("b")) if m.group("b") else None
        op = m.group("op")
        if a is not None and m.group("b") is None:
            q = _VALUE_OPS.get(op or "", Qualifier.EXACT)
            low = None if q in (Qualifier.AT_MOST, Qualifier.LESS_THAN) else a
            high = None if q in (Qualifier.AT_LEAST, Qualifier.MORE_THAN) else a
            return Quantity(low, high, q, 0, len(text), text, unit)
        if a is not None and b is not None and op is None and a <= b:
            return Quantity(a, b, Qualifier.RANGE, 0, len(text), text, unit)
    found = find_quantities(text)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0]
    shown = text if len(text) <= 40 else text[:37] + "..."
    raise FactcheckError(_VALUE_ERROR.format(shown))
