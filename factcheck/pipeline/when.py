"""As of when, and how surely: the date a sentence's figures hold on, a clause's own year,
hedges ("по предварительным данным") and marks of an earlier state ("ранее сообщалось"), the
day of a weekday a lead names ("Saturday's march")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from factcheck.lang.base import Words, words
from factcheck.pipeline.document import Sentence
from factcheck.text import dates, markers
from factcheck.text.hints import Contains, skipping
from factcheck.text.morph import parses

# A word of up to three letters right before a year: a preposition ("ко", "до", "by").
_SHORT_WORD_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]{1,3}\s+$")


@dataclass(frozen=True, slots=True)
class _Patterns:
    """Built from both languages' words files (``when.*``, ``dates.year_words``)."""

    year_in: re.Pattern[str]  # "в 2010 году", "since 2010": group 1 is the year
    when: re.Pattern[str]  # ", когда", "when" opening a clause
    quarter: re.Pattern[str]  # "in Q2", "во втором квартале": the quarter in group q1…q4
    year: re.Pattern[str]  # a year alone: "2023", "2023 года"
    any_year: re.Pattern[str]  # digits of a year anywhere: "year_in" and "year_of" need one
    last_year: re.Pattern[str]  # "last year", "в прошлом году"
    year_of: re.Pattern[str]  # a year with its word and no preposition: "спад 2022 года"
    forecast: re.Pattern[str]  # "прогнозирует", "expects": the figure is a forecast
    forecast_hint: Contains  # most sentences cannot match ``forecast``: told cheaply
    until_now: re.Pattern[str]  # "to date", "на сегодняшний день": a figure up to the present
    until_now_hint: Contains
    # where the words after a figure stop being its own: the next figure, a clause mark, or a
    # comma before a linking word (", а на данный момент…", ", and so far…")
    figure_end: re.Pattern[str]


@cache
def _patterns_of(ru: Words, en: Words) -> _Patterns:
    # Each choice is followed by a space or a word's end, so their order does not matter.
    def choice(words_: frozenset[str]) -> str:
        return "|".join(sorted(map(re.escape, words_)))

    prepositions = choice(ru.set("when.year_prepositions") | en.set("when.year_prepositions"))
    year_words = choice(ru.set("dates.year_words"))
    openers = choice(ru.set("when.clause_openers") | en.set("when.clause_openers"))
    last_year = "|".join(p for w in (ru, en) for p in w.list("numbers.periods.last_year"))
    forecast_phrases = [p for w in (ru, en) for p in w.list("numbers.economy.forecasts")]
    forecasts = "|".join(forecast_phrases)
    now_phrases = [p for w in (ru, en) for p in w.list("when.until_now")]
    links = choice(ru.set("clauses.leading_links") | en.set("clauses.leading_links"))
    return _Patterns(
        year_in=re.compile(
            rf"(?<![\w-])(?:{prepositions})\s+((?:19|20)\d\d)(?:-м|-го)?"
            rf"(?:\s*(?:{year_words}))?(?![\w-])",
            re.IGNORECASE,
        ),
        when=re.compile(rf"[\s,;]*(?:{openers})\b", re.IGNORECASE),
        quarter=_quarter_pattern(ru, en),
        year=skipping(r"(?<![\w.,-])((?:19|20)\d\d)(?![\d.,]\d|\w)"),
        any_year=re.compile(r"(?:19|20)\d\d"),
        last_year=skipping(rf"(?<![\w-])(?:{last_year})(?![\w-])", re.IGNORECASE),
        year_of=skipping(rf"(?<![\w.,-])((?:19|20)\d\d)\s*(?:{year_words})(?![\w-])"),
        forecast=skipping(rf"(?<![\w-])(?:{forecasts})(?![\w-])", re.IGNORECASE),
        forecast_hint=Contains(forecast_phrases, ignore_case=True),
        until_now=skipping(rf"(?<![\w-])(?:{'|'.join(now_phrases)})(?![\w-])", re.IGNORECASE),
        until_now_hint=Contains(now_phrases, ignore_case=True),
        figure_end=re.compile(rf"\s\d|[.;:—–()]|,\s*(?:{links})(?![\w-])", re.IGNORECASE),
    )


def _quarter_pattern(ru: Words, en: Words) -> re.Pattern[str]:
    """ "Q2", "2-й квартал", "II квартал", "the second quarter": group q1…q4 names which."""
    quarter = "|".join(re.escape(w.word("numbers.periods.quarter")) for w in (ru, en))
    ordinals = [w.list("numbers.periods.quarter_ordinals") for w in (ru, en)]
    numbers = ("1|I", "2|II", "3|III", "4|IV")
    alternatives = [
        rf"(?P<q{k + 1}>Q[{k + 1}]|(?:{numbers[k]})(?:-?[а-я]{{1,2}})?\s+(?:{quarter})"
        rf"|(?:{'|'.join(o[k] for o in ordinals)})\w*\s+(?:{quarter}))"
        for k in range(4)
    ]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})\w*", re.IGNORECASE)


def _patterns() -> _Patterns:
    return _patterns_of(words("ru"), words("en"))


@dataclass(frozen=True, slots=True)
class Timing:
    """Whether a sentence hedges its figures or gives an earlier state."""

    hedged: bool
    earlier: bool


def timing(sentence: str) -> Timing:
    """The sentence's hedge (a forecast is one: "expects GDP will grow 2%") and earlier mark."""
    return Timing(
        hedged=markers.is_hedged(sentence) or _forecasts(sentence),
        earlier=markers.is_earlier_state(sentence),
    )


# How far after a figure a relative clause may say it is up to the present ("3100 смертей, о
# которых сообщалось на сегодняшний день"), up to the next figure or clause (_Patterns.figure_end).
_AFTER_FIGURE = 80
_NUMBER = re.compile(r"\d[\d\s.,]*")


def until_now(sentence: str, lo: int, hi: int, at: int) -> str | None:
    """Whether the figure at ``at`` is given up to the present ("the 3,100 deaths confirmed to
    date", "3100 смертей, о которых сообщалось на сегодняшний день"): "figure" when the words
    right after it say so (before the next figure or clause mark: then no year the sentence
    names is its date), "clause" when only its clause ``sentence[lo:hi]`` does; else None."""
    patterns = _patterns()
    if not patterns.until_now_hint.may_match(sentence):
        return None
    after = sentence[at : at + _AFTER_FIGURE]
    number = _NUMBER.search(after)  # (the figure may open with its bound: "больше, чем 3100")
    begin = number.end() if number else 0
    stop = patterns.figure_end.search(after, begin)
    if patterns.until_now.search(after, begin, stop.start() if stop else len(after)):
        return "figure"
    return "clause" if patterns.until_now.search(sentence, lo, hi) else None


def year_of_clause(sentence: str, lo: int, hi: int, reference: str | None) -> str | None:
    """ "в 2010 году погибли 66 человек", "since 2010, when 66 died": a figure of another year;
    "growth was 2.8% in Q2", "3.9% in March": of a quarter (dated by its first month) or a
    month.

    Only a year other than the article's own counts; "когда/when" clauses take the year of
    the clause they hang on. A clause with no period of its own continues the quarter or month
    of an earlier clause ("0.7% in Q1, revised from 0.9%").
    """
    patterns = _patterns()
    period = _period(sentence, lo, hi, reference)
    # most clauses have no year at all: then neither year pattern is searched
    dated = patterns.any_year.search(sentence, lo, hi) is not None
    year_in = patterns.year_in.search(sentence, lo, hi) if dated else None
    if period is None and year_in is None:
        period = _period(sentence, 0, lo, reference, last=True)
    if period is not None:
        return period
    m = year_in or (_year_of(sentence, lo, hi) if dated else None)
    if m is None and patterns.when.match(sentence, lo):
        m = patterns.year_in.search(sentence, max(0, lo - 60), lo)
    if m is None or (reference and reference.startswith(m.group(1))):
        return None
    return m.group(1)


def _period(
    sentence: str, lo: int, hi: int, reference: str | None, *, last: bool = False
) -> str | None:
    """A quarter or a month named in ``sentence[lo:hi]`` (the last one when ``last``), as
    "YYYY-MM"; its year written after it, else the sentence's, else the article's."""
    marks = _marks(sentence)
    if not marks:
        return None  # (most sentences name no quarter and no month)
    marks = tuple(m for m in marks if lo <= m.start and m.end <= hi)
    quarters = [m for m in marks if m.quarter]
    if quarters:
        q = quarters[-1] if last else quarters[0]
        return _dated(sentence, q.end, q.month, reference)
    return _dated(sentence, marks[0].end, marks[0].month, reference) if marks else None


@dataclass(frozen=True, slots=True)
class _Mark:
    """A quarter ("in Q2", dated by its first month) or a month named as a period."""

    start: int
    end: int
    month: int
    quarter: bool


@lru_cache(maxsize=4096)
def _marks(sentence: str) -> tuple[_Mark, ...]:
    """The quarters and months a sentence names as periods, in order; read once a sentence."""
    found = [
        _Mark(q.start(), q.end(), 3 * next(k for k in range(1, 5) if q.group(f"q{k}")) - 2, True)
        for q in _patterns().quarter.finditer(sentence)
    ]
    month = _bare_month(sentence, 0, len(sentence))
    while month is not None:
        found.append(_Mark(month[1], month[2], month[0], False))
        month = _bare_month(sentence, month[2], len(sentence))
    return tuple(sorted(found, key=lambda m: m.start))


def _dated(sentence: str, end: int, month: int, reference: str | None) -> str | None:
    """The month ``month`` of the year written right after ``end`` ("Q4 2023", "квартале 2023
    года"), else of the sentence's year ("last year", "2023"), else of the article's."""
    patterns = _patterns()
    after = patterns.year.search(sentence, end, end + 12)
    anywhere = patterns.year.search(sentence)
    ref_year = int(reference[:4]) if reference and reference[:4].isdigit() else None
    if after or anywhere:
        year = int((after or anywhere).group(1))  # type: ignore[union-attr]
    elif ref_year is None:
        return None
    elif patterns.last_year.search(sentence):
        year = ref_year - 1
    else:
        ref_month = int(reference[5:7]) if reference and len(reference) >= 7 else 12
        year = ref_year - 1 if month > ref_month else ref_year
    return f"{year:04d}-{month:02d}"


def period_kind(sentence: str, lo: int, hi: int) -> str | None:
    """ "quarter", "month" or "months" (a span: "January-February") when ``sentence[lo:hi]``
    names one; None for a year or no period."""
    marks = [m for m in _marks(sentence) if lo <= m.start and m.end <= hi]
    if any(m.quarter for m in marks):
        return "quarter"
    if not marks:
        return None
    span = len(marks) > 1 and marks[1].start - marks[0].end <= 3  # "January-February"
    return "months" if span else "month"


def _year_of(sentence: str, lo: int, hi: int) -> re.Match[str] | None:
    """ "спад 2019 года на 0,8%": a year with its word after a noun, not the end of a date ("5
    марта 2022 года" is the date's) nor after a preposition."""
    m = _patterns().year_of.search(sentence, lo, hi)
    if m is None or dates.find_month(sentence, max(0, m.start() - 12), m.start()):
        return None
    if _SHORT_WORD_BEFORE.search(sentence, max(0, m.start() - 5), m.start()):
        return None  # "ко 2010 году", "до 2010 года": a preposition makes it a bound
    return m


def _bare_month(sentence: str, lo: int, hi: int) -> tuple[int, int, int] | None:
    """A month named as a period in ``sentence[lo:hi]`` ("in February"), not inside a day's
    date ("5 марта 2012 года" is the day's)."""
    month = dates.find_month(sentence, lo, hi)
    while month is not None:
        days = [d for d in dates.find_dates(sentence) if d[0] <= month[1] < d[1]]
        if not any(len(d[2]) == 10 or d[2].startswith("--") for d in days):
            return month
        month = dates.find_month(sentence, month[2], hi)
    return None


def is_forecast(sentence: str) -> bool:
    """True when the sentence forecasts: a word of forecast ("прогнозирует", "expects"), of
    the future ("will", "might"), or a Russian verb in the future tense ("упадёт")."""
    if _forecasts(sentence):
        return True
    future = _future_words(words("ru"), words("en"))
    found = re.findall(r"[^\W\d_]+", sentence)
    if any(w.lower() in future for w in found):
        return True
    return any("futr" in p.tag for w in found if len(w) > 3 for p in parses(w)[:1])


def _forecasts(sentence: str) -> bool:
    """Has the sentence a word of forecast ("прогнозирует", "expects")?"""
    patterns = _patterns()
    return patterns.forecast_hint.may_match(sentence) and bool(patterns.forecast.search(sentence))


@cache
def _future_words(ru: Words, en: Words) -> frozenset[str]:
    return ru.set("numbers.economy.future") | en.set("numbers.economy.future")


def _any_of(choices: set[str]) -> str:
    """An alternation of words, the longest first."""
    return "|".join(sorted(map(re.escape, choices), key=len, reverse=True))


@cache
def _disaster() -> re.Pattern[str]:
    """A disaster or an attack named anywhere (``dates.event_stems``)."""
    stems = words("ru").set("dates.event_stems") | words("en").set("dates.event_stems")
    return re.compile(rf"(?<![\w-])(?:{_any_of(set(stems))})", re.IGNORECASE)


@cache
def _weekdays() -> tuple[re.Pattern[str], ...]:
    """Each weekday's names in either language, Monday first ("Saturday", "в субботу")."""
    lines = [w.forms("dates.weekdays") for w in (words("en"), words("ru"))]
    return tuple(
        re.compile(rf"(?<![\w-])(?:{_any_of({*en, *ru})})(?![\w-])", re.IGNORECASE)
        for en, ru in zip(*lines, strict=True)
    )


def weekday_date(sentence: str, reference: str | None) -> str | None:
    """The day of the first weekday the sentence names ("on Saturday", "Saturday's protest", "в
    субботу"; of "arrested on Tuesday, a spokesman said on Wednesday", the Tuesday): the last
    such day on or before a full reference date; None when it names none or two joined ("on
    Saturday and Sunday"), when the reference is no full date, or when the sentence names a
    disaster ("the blast was on Friday": its day is not when its toll was counted)."""
    found = sorted(
        (m.start(), m.end(), n) for n, p in enumerate(_weekdays()) if (m := p.search(sentence))
    )
    if not found or not reference or len(reference) != 10:
        return None
    if len(found) > 1 and _joined(sentence[found[0][1] : found[1][0]]):
        return None  # "on Saturday and Sunday": two days, no one day
    if _disaster().search(sentence):
        return None
    try:
        day = date.fromisoformat(reference)
    except ValueError:
        return None
    first = found[0][2]
    return (day - timedelta(days=(day.weekday() - first) % 7)).isoformat()


def _joined(between: str) -> bool:
    """Do two weekdays stand joined ("Saturday and Sunday", "в субботу и в воскресенье"):
    a word or two between them, no comma?"""
    return "," not in between and len(between.split()) <= 2


# A mark right after a figure, past at most a few words of time ("31 a day earlier", "31
# днём ранее"), is that figure's own.
_OWN_MARK = re.compile(r"^\s*%?\s+(?:[^\W\d_]+\s+){0,2}$")


def earlier_here(
    timed: Timing, sentence: str, clause: tuple[int, int], start: int, end: int
) -> bool:
    """Does an earlier mark of the sentence (``timed.earlier``: it has one) reach the figure at
    ``[start, end)``? A mark reaches the figures of its clause and of the clauses after it ("52
    dead; 31 were reported earlier": not the 52), but one right after another figure is that
    figure's alone ("rose to 52 from 31 a day earlier": not the 52)."""
    if not timed.earlier:
        return False
    lo = clause[0]
    for a, b in markers.earlier_marks(sentence):
        if b <= lo and a < start:
            return True  # a mark of a clause before the figure's ("Ранее сообщалось, что…")
        if lo <= a < clause[1]:
            own = _figure_before(sentence, a)
            if own is None or start <= own[0] < end:
                return True
    return False


def _figure_before(sentence: str, at: int) -> tuple[int, int] | None:
    """The figure a mark at ``at`` stands right after, as the digits' span; else None."""
    digits = list(re.finditer(r"\d[\d\s.,]*\d|\d", sentence[:at]))
    if not digits or not _OWN_MARK.match(sentence[digits[-1].end() : at]):
        return None
    return digits[-1].span()


def figure_date(
    sentence: str, clause: tuple[int, int], reference: str | None, at: int
) -> str | None:
    """The date of the figure at ``at``: its ``clause``'s year or period, else the sentence's
    date nearest before it (:func:`~factcheck.text.dates.find_as_of`); None when it has none. A
    figure given up to the present ("the 3,100 deaths confirmed to date") is of the article's
    day unless the sentence names a day for it: a year named elsewhere in it is not its date."""
    now = until_now(sentence, *clause, at) if reference else None
    if now is None:  # (most figures)
        return year_of_clause(sentence, *clause, reference) or dates.find_as_of(
            sentence, reference, at
        )
    day = dates.find_as_of(sentence, reference, at)
    a_day = day is not None and len(day) == 10
    if now == "figure" and not a_day:
        return reference
    year = year_of_clause(sentence, *clause, reference)
    if year:
        return year
    return day if a_day else reference


# How many days before the article's date its lead may date the event it reports.
_LEAD_DAYS = 3


def lead_date(sentence: Sentence, reference: str | None) -> str | None:
    """The day a lead dates the article's event ("On Thursday, 23 March, protests broke out…"
    in an article of the 24th, "Crowds filled the square at Saturday's rally" in one of the
    Tuesday after): its figures and those after it with no date of their own are of that day.
    Only a day up to three days before the article's own."""
    if reference is None or len(reference) != 10:
        return None
    day = dates.find_as_of(sentence.text, reference)
    if day is None:
        day = weekday_date(sentence.text, reference)
    elif sentence.figures:
        return None  # a date beside figures is theirs: "3 марта … погибли 12 человек"
    if day is None or len(day) != 10:
        return None
    before = (date.fromisoformat(reference) - date.fromisoformat(day)).days
    return day if 0 <= before <= _LEAD_DAYS else None
