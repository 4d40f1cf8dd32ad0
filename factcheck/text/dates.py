"""Dates in Russian and English text: parse one, find them all, find an article's own date.

Values are ISO 8601 strings: "2022-01-07", or partial "2022-01" and "2022". A day and month
without a year ("7 января") is written "--01-07" (ISO 8601's month-day form) until a reference
date gives it a year. Month and weekday names are the words files' (lang/<code>/words.toml: every
Russian case, the usual abbreviations): a dozen words do not earn babel's import time.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from factcheck.errors import FactcheckError
from factcheck.lang.base import Words, detect, words
from factcheck.text.alternation import alternation
from factcheck.text.hints import Contains, any_of

_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_ORD = r"(?:st|nd|rd|th)?"


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The date patterns, built once from both languages' words files."""

    date: re.Pattern[str]
    month_numbers: dict[str, int]  # every form and abbreviation, folded: "января" → 1
    weekday: re.Pattern[str]  # a weekday opening a line: "Friday, ", "Пятница "
    dateline_label: re.Pattern[str]  # "Published:", "Дата публикации —"
    day_before: re.Pattern[str]  # "накануне", "yesterday"
    day_before_hint: Contains  # most sentences cannot match ``day_before``: told cheaply
    as_of: re.Pattern[str]  # an as-of phrase ending the text: "по состоянию на", "as of"
    period_bound: re.Pattern[str]  # a period's bound ending the text: "до", "since"
    event_before: re.Pattern[str]  # a disaster's name ending the text: "теракта", "the attack on"
    event_after: re.Pattern[str]  # a disaster's name opening the text: " earthquake", " attack"
    month: re.Pattern[str]  # a month's name alone: "в феврале", "in February"
    bare_days: tuple[re.Pattern[str], ...]  # a day without its month in a list: "the 11th", "12-го"
    comparison: re.Pattern[str]  # a comparison ending the text: "as many as on", "что равно"
    # Every date has a year or a month's name (its first three letters, found far faster at a
    # word's start than the names): a text with neither is not searched for one.
    year: re.Pattern[str]
    month_start: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _month_forms(w: Words, key: str, *, capitalised: bool = False) -> list[str]:
    """The month names or abbreviations (``key``), capitalised too when ``capitalised``."""
    found = list(w.list(key))
    return found + [f[:1].upper() + f[1:] for f in found] if capitalised else found


def _month_names(w: Words, *, capitalised: bool = False) -> str:
    """The language's month names and abbreviations (these may take a stop), capitalised too
    when ``capitalised``, as tries under first letters ("[Аа](?:вгуст…|прел…)"): held five
    times in the date pattern, a flat list cost more to compile than the rest of it."""
    tries = []
    for key in ("dates.months", "dates.month_abbreviations"):
        rests: dict[str, list[str]] = {}
        for form in w.list(key):
            rests.setdefault(form[:1], []).append(re.escape(form[1:]))
        head = (lambda c: f"[{c.upper()}{c}]") if capitalised else re.escape
        tries.append("|".join(head(c) + alternation(after) for c, after in sorted(rests.items())))
    return rf"(?:(?:{tries[0]})|(?:{tries[1]})\.?)"


def _month_heads(ru: Words, en: Words, letters: int) -> list[str]:
    """The first ``letters`` letters of each month name and abbreviation it reads, escaped."""
    heads = {
        re.escape(form[:letters])
        for w, capitalised in ((ru, True), (en, False))
        for key in ("dates.months", "dates.month_abbreviations")
        for form in _month_forms(w, key, capitalised=capitalised)
    }
    return sorted(heads)


def _month_numbers(*languages: Words) -> dict[str, int]:
    numbers: dict[str, int] = {}
    for w in languages:
        for key in ("dates.months", "dates.month_abbreviations"):
            for n, forms in enumerate(w.forms(key), start=1):
                numbers.update((f.lower().replace("ё", "е"), n) for f in forms)
    return numbers


@cache
def _patterns_of(ru: Words, en: Words) -> _Patterns:
    # Russian month names lower case or capitalised: a title may write "10 Декабря 2011".
    ru_month = _month_names(ru, capitalised=True) + "(?![а-яё])"
    # English month names are matched capitalised only: "may" and "march" are also verbs.
    en_month = _month_names(en) + "(?![A-Za-z])"
    year_word = _alternation([re.escape(y) for y in ru.list("dates.year_words")])
    # A digit or a month's first letter begins each date: looked at first, a search skips on.
    firsts = "".join(_month_heads(ru, en, 1))
    date_pattern = re.compile(
        rf"(?=[\d{firsts}])(?<![\w.])(?:"
        rf"(?P<iy>{_YEAR})-(?P<im>\d\d)(?:-(?P<id>\d\d))?(?![\w-])"
        rf"|(?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})\.(?P<dy>{_YEAR})(?!\d)"
        rf"|(?P<rd>\d{{1,2}})(?:-?го)?\s+(?P<rm>{ru_month})"
        rf"(?:\s+(?P<ry>{_YEAR})(?:\s*(?:{year_word}))?)?"
        rf"|(?P<rmm>{ru_month})\s+(?P<rmy>{_YEAR})(?:\s*(?:{year_word}))?"
        rf"|(?P<em>{en_month})\s*(?P<ed>\d{{1,2}}){_ORD}(?!\d)(?:,?\s+(?P<ey>{_YEAR}))?"
        rf"|(?P<fd>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<fm>{en_month})(?:,?\s+(?P<fy>{_YEAR}))?"
        rf"|(?P<emm>{en_month}),?\s+(?P<emy>{_YEAR})"
        rf"|(?P<ry2>{_YEAR})\s*(?:{year_word})"
        rf"|(?<=\b(?:in|In) )(?P<ey2>{_YEAR})(?![\w-]|[.,]\d)"
        rf")(?!\d)",
    )
    weekdays = [forms[0] for w in (en, ru) for forms in w.forms("dates.weekdays")]
    labels = [label for w in (en, ru) for label in w.list("dates.dateline_labels")]
    day_before = list(ru.set("dates.day_before") | en.set("dates.day_before"))
    as_of = "|".join(rf"\b(?:{cue})" for w in (ru, en) for cue in w.list("dates.as_of"))
    bounds = _alternation(list(ru.set("dates.period_bounds") | en.set("dates.period_bounds")))
    events = _alternation(list(ru.set("dates.event_stems") | en.set("dates.event_stems")))
    links = _alternation([re.escape(x) for w in (ru, en) for x in w.list("dates.event_links")])
    linked = rf"(?:\s+(?:{links}))?" if links else ""
    bare_days = [d for w in (ru, en) for d in w.list("dates.bare_days")]
    comparisons = "|".join(c for w in (ru, en) for c in w.list("dates.comparisons"))
    return _Patterns(
        date=date_pattern,
        month_numbers=_month_numbers(ru, en),
        weekday=re.compile(rf"^(?:{_alternation(weekdays)})\s*,?\s*", re.IGNORECASE),
        dateline_label=re.compile(
            rf"^\s*(?:{_alternation(labels)})\b\s*[:\-—–]?\s*", re.IGNORECASE
        ),
        day_before=re.compile(rf"(?<![\w-])(?:{_alternation(day_before)})(?![\w-])", re.IGNORECASE),
        day_before_hint=Contains(day_before, ignore_case=True),
        as_of=re.compile(rf"(?:{as_of})\s*,?\s*$", re.IGNORECASE),
        period_bound=re.compile(rf"\b(?:{bounds})\s*$", re.IGNORECASE),
        event_before=re.compile(rf"(?<![\w-])(?:{events})\w*{linked}\s+$", re.IGNORECASE),
        # one word may stand between: "the March 22 terrorist attack"
        event_after=re.compile(rf"\s+(?:[^\W\d_]+\s+)?(?:{events})", re.IGNORECASE),
        month=re.compile(rf"(?<![\w.])(?:{ru_month}|{en_month})"),
        # each language's pattern names its own "day" group: they are kept apart
        bare_days=tuple(re.compile(rf"(?<![\w.,-])(?:{d})", re.IGNORECASE) for d in bare_days),
        # up to three words, none a number, between the comparison and its date
        comparison=re.compile(
            rf"(?<![\w-])(?:{comparisons})(?:\s+[^\W\d_]+){{0,3}}[\s,]+$", re.IGNORECASE
        ),
        year=re.compile(_YEAR),
        month_start=any_of([rf"(?<![\w.])(?:{'|'.join(_month_heads(ru, en, 3))})"]),
    )


def _patterns() -> _Patterns:
    return _patterns_of(words("ru"), words("en"))


_ERROR = "Cannot read the date '{}': use YYYY-MM-DD, e.g. 2022-01-07"


def _month_number(word: str) -> int:
    return _patterns().month_numbers.get(word.lower().rstrip(".").replace("ё", "е"), 0)


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    """An ISO string for the parts given, or None when they are not a real date."""
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        # Without a year, 29 February is allowed: some year has it.
        last = calendar.monthrange(year if year is not None else 2000, month or 1)[1]
        if not 1 <= day <= last:
            return None
    if year is None:
        return f"--{month:02d}-{day:02d}" if month and day else None
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def _value(m: re.Match[str]) -> str | None:
    g = m.groupdict()

    def num(key: str) -> int | None:
        return int(g[key]) if g[key] else None

    if g["iy"]:
        return _iso(num("iy"), num("im"), num("id"))
    if g["dd"]:
        return _iso(num("dy"), num("dm"), num("dd"))
    if g["rd"]:
        return _iso(num("ry"), _month_number(g["rm"]), num("rd"))
    if g["rmm"]:
        return _iso(num("rmy"), _month_number(g["rmm"]), None)
    if g["em"]:
        return _iso(num("ey"), _month_number(g["em"]), num("ed"))
    if g["fd"]:
        return _iso(num("fy"), _month_number(g["fm"]), num("fd"))
    if g["emm"]:
        return _iso(num("emy"), _month_number(g["emm"]), None)
    return _iso(num("ry2") or num("ey2"), None, None)


def find_dates(sentence: str) -> list[tuple[int, int, str]]:
    """Every date mention as (start, end, value); a day without a year is "--MM-DD"."""
    p = _patterns()
    if not (p.year.search(sentence) or p.month_start.search(sentence)):
        return []
    found = []
    for m in p.date.finditer(sentence):
        value = _value(m)
        if value is not None:
            found.append((m.start(), m.end(), value))
    return found


def parse_date(s: str) -> str:
    """Read a date a journalist typed and return it as ISO ("2022-01-07", "2022-01" or "2022").

    Raises FactcheckError when the text is not one real date.
    """
    text = _patterns().weekday.sub("", " ".join(s.split()))
    for start, end, value in find_dates(text):
        rest = text[end:].strip().rstrip(".")
        if start == 0 and not rest and not value.startswith("--"):
            return value
    if re.fullmatch(_YEAR, text):
        return text
    shown = " ".join(s.split())
    raise FactcheckError(_ERROR.format(shown if len(shown) <= 40 else shown[:37] + "..."))


def dateline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The label a dateline may open with ("Дата:", "Published:"), and a weekday opening a line
    (:mod:`~factcheck.text.datelines`)."""
    return _patterns().dateline_label, _patterns().weekday


def find_as_of(sentence: str, reference: str | None, at: int | None = None) -> str | None:
    """The date a figure in the sentence (the one at offset ``at``, if given) is given as of,
    in ISO form, or None.

    A date after an as-of phrase wins (unless all come after the figure and another is before
    it), else one that bounds no period ("до 19 января", "since January 2") nor names a
    disaster's day ("взрыва 11 мая", "the February 6 earthquake"): those say nothing of when the
    figure held. Of those, the figure takes the nearest before it ("on 4 May 300 came, on the
    11th – 420": a day alone takes the month of the date before it), else the first. A date
    after a comparison ("…, as many as on 6 May") dates only the figures inside it. A day
    without a year takes the reference's year (a December day against a January reference
    takes the year before); with no year to be had the answer is None: never a guess.
    """
    found = _dates_of(sentence)
    if not found:
        return _relative_day(sentence, reference)
    value = _figure_date(sentence, list(found), at)
    if value is None or not value.startswith("--"):
        return value
    if not reference or not re.match(r"\d{4}", reference):
        return None
    year = int(reference[:4])
    month = int(value[2:4])
    ref_month = re.match(r"\d{4}-(\d\d)", reference)
    if ref_month and month - int(ref_month.group(1)) > 6:
        year -= 1  # "30 декабря" in an article of 2 January: last year's December
    return _iso(year, month, int(value[5:7]))


@lru_cache(maxsize=256)
def _dates_of(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """The sentence's dates with its days of a list (:func:`_with_list_days`), read once for
    all its figures."""
    found = find_dates(sentence)
    return tuple(_with_list_days(sentence, found)) if found else ()


def _figure_date(sentence: str, found: list[tuple[int, int, str]], at: int | None) -> str | None:
    """Which of the sentence's dates (``found``) dates the figure at ``at`` (see
    :func:`find_as_of`)."""
    p = _patterns()
    compared = {
        d: m.start() for d in found if (m := p.comparison.search(sentence, max(0, d[0] - 80), d[0]))
    }
    inside = [d for d, start in compared.items() if at is not None and start <= at < d[1]]
    if inside:
        return inside[0][2]
    dating = [d for d in found if d not in compared]
    cued = [d for d in dating if p.as_of.search(sentence[max(0, d[0] - 40) : d[0]])]
    plain = [d for d in dating if not _bound_or_event(p, sentence, d[0], d[1])]
    return _nearest_before(sentence, cued or plain, plain, at)


def _nearest_before(
    sentence: str,
    pool: list[tuple[int, int, str]],
    plain: list[tuple[int, int, str]],
    at: int | None,
) -> str | None:
    """The date right after the figure at ``at`` ("52 on May 7 and 60 on May 9"), else the
    date of ``pool`` nearest before it, else (when no date of the pool, as-of dates, stands
    before it) of ``plain`` ("On May 7 the toll was 52; by May 9 it was 60": 52 is May 7's),
    else the pool's first."""
    if not pool or at is None:
        return pool[0][2] if pool else None
    own = [d for d in plain if d[0] > at and _RIGHT_AFTER.fullmatch(sentence, at, d[0])]
    before = own or [d for d in pool if d[1] <= at] or [d for d in plain if d[1] <= at]
    return (before[-1] if before else pool[0])[2]


# A figure and up to two words (no comma), then "on"/"в"/"на" before a date: the figure's
# own day.
_RIGHT_AFTER = re.compile(r"\S*[\d%](?:\s+[^\W\d_]+){0,2}\s+(?:on|в|на)\s+", re.IGNORECASE)


def _with_list_days(sentence: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` and the days written alone after one of them ("on the 11th", "12-го"), each
    in the month (and year) of the date before it, or the next month when its day is smaller."""
    days = []
    for pattern in _patterns().bare_days:
        for m in pattern.finditer(sentence, found[0][1]):
            if any(d[0] <= m.start() < d[1] for d in found):
                continue
            year, month, previous = _parts(next(d for d in reversed(found) if d[1] <= m.start())[2])
            day = int(m.group("day"))
            if month is None:
                continue  # "in 2022 … the 11th": no month to take
            if previous is not None and day < previous:
                year, month = (year and year + 1, 1) if month == 12 else (year, month + 1)
            value = _iso(year, month, day)
            if value is not None:
                days.append((m.start(), m.end(), value))
    return sorted(found + days)


def _parts(value: str) -> tuple[int | None, int | None, int | None]:
    """The year, month and day of an ISO value ("2022-01-07", "2022-01", "2022", "--01-07")."""
    if value.startswith("--"):
        return None, int(value[2:4]), int(value[5:7])
    numbers = [int(x) for x in value.split("-")] + [0, 0]
    return numbers[0], numbers[1] or None, numbers[2] or None


def _bound_or_event(p: _Patterns, sentence: str, start: int, end: int) -> bool:
    """The date at ``[start, end)`` bounds a period ("до 19 января") or is a disaster's day."""
    bound = p.period_bound.search(sentence[max(0, start - 20) : start])
    return bool(bound) or _event_date(p, sentence, start, end)


def _event_date(p: _Patterns, sentence: str, start: int, end: int) -> bool:
    """ "жертв взрыва 11 мая на складе", "the May 9 flood": the date of a
    disaster or an attack, not of when its toll was counted (a later report's figure)."""
    return bool(
        p.event_before.search(sentence[max(0, start - 40) : start])
        or p.event_after.match(sentence, end)
    )


@lru_cache(maxsize=256)
def _relative_day(sentence: str, reference: str | None) -> str | None:
    """ "Накануне", "yesterday": the day before a full reference date (else None); read once a
    sentence, for all its figures."""
    p = _patterns()
    if not reference or not (
        p.day_before_hint.may_match(sentence) and p.day_before.search(sentence)
    ):
        return None
    try:
        day = date.fromisoformat(reference)
    except ValueError:
        return None
    return (day - timedelta(days=1)).isoformat()


def find_month(text: str, lo: int, hi: int) -> tuple[int, int, int] | None:
    """The first month named in ``text[lo:hi]`` ("в феврале", "in February", "January-March"):
    its number and where its name starts and ends; None when there is none."""
    m = _patterns().month.search(text, lo, hi)
    return (_month_number(m.group()), m.start(), m.end()) if m else None


def detect_language(text: str) -> str:
    """ "ru" for a Russian text, else "en" (see :func:`factcheck.lang.base.detect`)."""
    return detect(text[:200_000])  # a long article's opening is enough to know its language
