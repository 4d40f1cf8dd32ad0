"""Economic percentages, and other readings of numbers the count rules would get wrong.

A percentage with no counted noun belongs to the nearest word of the economy before it in the
sentence (GDP, ВВП, bare "growth"/"рост") unless another measure (inflation, prices) stands
nearer, so an elliptical continuation ("revised from 2.1%", "после 4,4% годом ранее") keeps its
subject; a country beside it is its scope ("economy:gdp@place:india"). Also ages, durations
("лет 20"), changes ("на 9% больше"), ratios and places in a series ("the ninth day").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from factcheck.keys import COUNT, GROUP, PEOPLE
from factcheck.lang.base import Words, words
from factcheck.models import Quantity
from factcheck.pipeline.reading import PERCENT_UNIT, Reading, Scene
from factcheck.pipeline.when import is_forecast, period_kind
from factcheck.text.lexicon import Lexicon
from factcheck.text.morph import Word
from factcheck.text.numbers.bounds import negated
from factcheck.text.numbers.changes import DECREASE, change_words, direction
from factcheck.text.numbers.ordinals import ordinal_value, series_after

if TYPE_CHECKING:  # claims.py lists this module's rules among its own
    from factcheck.pipeline.claims import Facts, Subject

GDP_KEY = "economy:gdp"
SHARE_KEY = "economy:share:"
GROWTH = "growth"  # the property: a change of the economy over a year (or unsaid), in percent
# A change over a shorter period is another measure than the year's: "2.2% in Q4".
_GROWTH_OF = {
    "quarter": "quarterly growth",
    "month": "monthly growth",
    "months": "growth over months",
}
SHARE = "share"
AGE = "age"
DURATION = "duration"
RATIO = "ratio"
ORDINAL = "ordinal"
_AGE_REACH = 6  # words before a figure searched for the age it gives
_AFTER = 4  # words after a figure searched for its economy: "2.9% Chilean GDP growth"
_HOLDER = 5  # words before "share" that may name who holds it
_HOLDER_STOP = frozenset("the a an its their this that his her our of in at on by".split())
_OF = frozenset(("of", "in", "on", "for"))
_IN = frozenset(("в", "во"))
_LEVEL_BEFORE = frozenset("to from до с со".split())  # "fell to 16%": a level, no change


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """The economy's words of both languages, each phrase as a tuple of lemmas."""

    gdp: frozenset[tuple[str, ...]]
    growth: frozenset[tuple[str, ...]]
    share: frozenset[str]
    other: frozenset[str]
    ages: frozenset[str]


@cache
def _vocabulary_of(ru: Words, en: Words) -> _Vocabulary:
    def phrases(key: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(p.lower().split()) for w in (ru, en) for p in w.list(key))

    return _Vocabulary(
        gdp=phrases("numbers.economy.gdp"),
        growth=phrases("numbers.economy.growth"),
        share=frozenset(w.word("numbers.economy.share") for w in (ru, en)),
        other=ru.set("numbers.economy.other") | en.set("numbers.economy.other"),
        ages=ru.set("numbers.ages") | en.set("numbers.ages"),
    )


def _vocabulary() -> _Vocabulary:
    return _vocabulary_of(words("ru"), words("en"))


@dataclass(frozen=True, slots=True)
class Economic:
    """What an economic percentage is of: its name as written, key and property."""

    name: str
    key: str
    prop: str


def economic_figure(f: Facts) -> Subject | None:
    """ "ВВП вырос на 2,4%", "growth was 2.8% in Q2": a percentage of the economy, with no
    counted noun of its own."""
    r = f.r
    if r.noun is not None or r.noun_key is not None:
        return None
    found = economic_subject(f.scene, r.quantity, f.lex)
    return f.subject(found.name, found.key, found.prop) if found else None


def age_figure(f: Facts) -> Subject | None:
    """ "raises the pension age from 60 to 63", "пенсионный возраст с 60 до 63 лет": ages,
    of the age named before them."""
    r = f.r
    if r.noun_key is not None or r.is_percent:
        return None
    named = age_named(f.scene, r.quantity.start)
    return f.subject(named[0], named[1], AGE) if named else None


def relative_change(f: Facts) -> Subject | None:
    """ "умерло на 9% больше", "на 41 тысячу человек меньше", "deaths rose 9 per cent",
    "41,000 more deaths than in 2019": by how much a measure changed, not the measure."""
    r = f.r
    way = _change_of(f.scene, r)
    if way is None:
        return None
    # the measure may be named in the clause before: "умерли 2 млн, на 300 тысяч больше"
    before = [m for m in f.scene.events if m.end <= r.quantity.start]
    event = r.event or (before[-1].value if before else None)
    if not (event or (r.noun_key or "").startswith(GROUP)):
        return None
    key = r.noun_key if r.noun_key and r.noun_key.startswith(GROUP) else PEOPLE
    name = f.noun_display or f.lex.display_name(PEOPLE, f.scene.sentence.lang)
    return f.subject(name, key, f"{event or COUNT} {way}")


def _change_of(scene: Scene, r: Reading) -> str | None:
    """ "increase" or "decrease" when the figure says by how much: "на N … больше", "N more …
    than", "rose (by) N%"; None otherwise."""
    vocab, ws, q = change_words(), scene.words, r.quantity
    at = _index_at(scene, q.start)
    after = _index_at(scene, max(q.end, r.span_end))
    prior = ws[at - 1] if at else None
    nxt = ws[after] if after < len(ws) else None
    if nxt is not None and prior is not None and prior.lower in vocab.by and nxt.cyrillic:
        return direction(nxt.lower)  # "на 9% больше"
    if nxt is None or nxt.cyrillic:
        return None
    way = direction(nxt.lower)  # most words after a figure are no comparative: told first
    if not (way or r.is_percent):
        return None  # neither "41,000 more … than" nor "rose 9%"
    clause_end = scene.clauses.of(q.start)[1]
    if way and any(w.lower in vocab.than for w in scene.words_in(nxt.end, clause_end)):
        return way  # "41,000 more deaths than"
    if prior is not None and prior.lower in vocab.by and at > 1:
        prior = ws[at - 2]  # "fell by 6%"
    if r.is_percent and prior is not None and not prior.cyrillic:
        return direction(prior.lower)  # "rose 9 per cent"
    return None


def ratio_figure(f: Facts) -> Subject | None:
    """ "twelve times lower", "в 17 раз меньше", "by a factor of three": a ratio of two figures,
    compared with nothing (it has no key)."""
    q, ws, at = f.r.quantity, f.scene.words, _index_at(f.scene, f.r.quantity.start)
    if at >= 2 and ws[at - 1].lower == "of" and ws[at - 2].lower in change_words().factor:
        return f.subject(ws[at - 2].lower, None, RATIO)
    # "вдвое меньше", "twice as many": a multiple is a word, and most figures start with a digit
    if not q.text[:1].isdigit() and q.text.lower() in change_words().multiples:
        return f.subject(q.text.lower(), None, RATIO)
    ignored = f.scene.ignored  # most sentences have no such noun: no search for one
    times = next((m for m in ignored if q.end < m.start <= q.end + 1), None) if ignored else None
    if times is None or not is_ratio(f.scene, times.end):
        return None
    word = f.scene.words_in(times.start, times.end)[0]
    return f.subject(word.lemma if word.cyrillic else word.lower, None, RATIO)  # "раз", "times"


def is_ratio(scene: Scene, noun_end: int) -> bool:
    """True when the word after "times"/"раз" at ``noun_end`` compares: "twelve times lower"."""
    k = _index_at(scene, noun_end)
    return k < len(scene.words) and direction(scene.words[k].lower) is not None


def ordinal_figure(f: Facts) -> Subject | None:
    """ "the ninth day of strikes", "девятого дня протестов": a place in a series, keyless
    (an ordinal is a word of letters: a figure in digits is none, told at once)."""
    q = f.r.quantity
    end = series_after(f.scene.text, q.end) if q.text.isalpha() and ordinal_value(q.text) else None
    return f.subject(f.scene.text[q.start : end], None, ORDINAL) if end else None


def duration_figure(f: Facts) -> Subject | None:
    """ "не видела лет 20": a unit of time before the figure makes it a duration, never a
    count of people."""
    q = f.r.quantity
    unit = next((m for m in f.scene.ignored if m.start == q.start), None)
    if unit is None:
        return None
    name = " ".join(w.lemma for w in f.scene.words_in(unit.start, unit.end))
    return f.subject(name, f"lemma:{name}", DURATION)


def age_named(scene: Scene, start: int) -> tuple[str, str] | None:
    """The age a figure at ``start`` gives, named at most a few words before it in its
    sentence ("the retirement age from 62", "возраст с 62"), as (name, key); None if none."""
    ages = _vocabulary().ages
    ws = scene.words
    at = _index_at(scene, start)
    for k in range(at - 1, max(-1, at - 1 - _AGE_REACH), -1):
        w = ws[k]
        if w.morph.lemma not in ages and w.morph.lower not in ages:
            continue
        before = ws[k - 1] if k else None
        if before is not None and _modifies(before):
            name = f"{before.lemma if before.cyrillic else before.lower} {w.lemma}"
        else:
            name = w.lemma
        return name, f"lemma:{name}"
    return None


def _modifies(w: Word) -> bool:
    """True for the word that says which age: "пенсионный", "retirement", "voting"."""
    if w.cyrillic:
        return w.morph.pos == "ADJF"
    return w.lower not in _HOLDER_STOP and w.text.isalpha() and w.text.islower()


def economic_subject(scene: Scene, q: Quantity, lex: Lexicon) -> Economic | None:
    """The economy a percentage is of, or None when no word of the economy owns it."""
    if q.unit != PERCENT_UNIT:
        return None
    ws = scene.words
    at = _index_at(scene, q.start)
    if _share_of_something(ws, _index_at(scene, q.end)):
        return None
    lo = _before(scene, at)
    if lo is None:
        lo = _after(scene, q.end)
    if lo is None:
        return None
    scope = _country(scene, q, lo, lex)
    at_scope = f"@place:{scope}" if scope else ""
    held = _share_holder(ws, lo)
    if held is not None:
        holder, name = held
        return Economic(name, f"{SHARE_KEY}{holder}{at_scope}", SHARE)
    name = "ВВП" if scene.sentence.lang == "ru" else "GDP"
    lo_clause, hi_clause = scene.clauses.of(q.start)
    period = period_kind(scene.text, min(lo_clause, ws[lo].start), max(hi_clause, q.end))
    prop = _GROWTH_OF.get(period or "", GROWTH)
    # a forecast is another measure than the outcome it foretells
    return Economic(
        name, GDP_KEY + at_scope, f"{prop} forecast" if is_forecast(scene.text) else prop
    )


def signed(scene: Scene, q: Quantity) -> Quantity:
    """A fall said after the economy's word ("ВВП упал на 2%") or just before it is negative."""
    ws = scene.words
    at = _index_at(scene, q.start)
    subject = _before(scene, at) if q.unit == PERCENT_UNIT and at > 0 else None
    if subject is None or ws[at - 1].lower in _LEVEL_BEFORE:
        return q
    head = subject - 1
    while head > 0 and ws[head].lower in ("of", "the", "in"):  # "the decline of the economy"
        head -= 1
    said = (*ws[max(subject, at - 4) : at], *ws[max(head, 0) : subject][:1])
    return negated(q) if any(direction(w.lower) == DECREASE for w in said) else q


def _index_at(scene: Scene, pos: int) -> int:
    """The index of the first word starting at or after ``pos``."""
    return bisect.bisect_left(scene.word_starts, pos)


def _phrase_ending(ws: Sequence[Word], k: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """The first index of a phrase of ``phrases`` that ends at word ``k``, or -1."""
    w = ws[k]
    if not (w.lemma in _last_words(phrases) or w.lower in _last_words(phrases)):
        return -1  # most words end no phrase: say so at once
    for phrase in phrases:
        n = len(phrase)
        if k - n + 1 < 0:
            continue
        span = ws[k - n + 1 : k + 1]
        if all(p in (w.lemma, w.lower) for p, w in zip(phrase, span, strict=True)):
            return k - n + 1
    return -1


@cache
def _last_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(p[-1] for p in phrases)


def _before(scene: Scene, at: int) -> int | None:
    """The nearest word of the economy before word ``at`` in the sentence (GDP, or bare
    growth); None when another measure stands nearer."""
    vocab = _vocabulary()
    ws = scene.words
    gdp_ends, growth_ends = _last_words(vocab.gdp), _last_words(vocab.growth)
    for k in range(at - 1, -1, -1):
        w = ws[k]
        lemma, lower = w.morph.lemma, w.morph.lower  # most words end no phrase: told at once
        first = _phrase_ending(ws, k, vocab.gdp) if lemma in gdp_ends or lower in gdp_ends else -1
        if scene.in_attribution(w.start):
            # "По подсчетам Росстата ВВП …": the acronym is the figure's even when the speaker's
            # phrase takes it in; the names of a speaker ("Economic Ministry") are not
            if first == k and w.text.isupper():
                return first
            continue
        if lemma in vocab.other or lower in vocab.other:
            return None
        if first >= 0:
            return first
        if lemma in growth_ends or lower in growth_ends:
            first = _phrase_ending(ws, k, vocab.growth)
            if first >= 0 and _bare(scene, k):
                return first
    return None


def _after(scene: Scene, end: int) -> int | None:
    """A word of growth right after the figure, in its clause: "2.9% GDP growth", "1.5%-2.5%
    growth is likely"."""
    vocab = _vocabulary()
    ws = scene.words
    at = _index_at(scene, end)
    hi = scene.clauses.of(end)[1]
    for k in range(at, min(at + _AFTER, len(ws))):
        if ws[k].start >= hi:
            break
        first = _phrase_ending(ws, k, vocab.growth)
        if first >= at:
            return first
    return None


def _share_of_something(ws: Sequence[Word], k: int) -> bool:
    """True when the figure's next word ``k`` says what it is a share of: "45% of voters",
    "3% of GDP", "12% избирателей"."""
    if k >= len(ws):
        return False
    nxt = ws[k]
    if nxt.cyrillic:  # "до 6,6% ВВП" after "темпы роста" is the growth's: the words before decide
        genitive = nxt.morph.pos == "NOUN" and nxt.morph.case == "gent"
        return genitive and _phrase_ending(ws, k, _vocabulary().gdp) < 0
    return nxt.lower == "of"


def _bare(scene: Scene, k: int) -> bool:
    """True when growth at word ``k`` has no thing of its own after it: "рост на 1%", "спад
    2020 года", not "рост цен"; "growth of 1%", not "growth in exports"."""
    ws = scene.words
    if k + 1 >= len(ws) or any(c.isdigit() for c in scene.text[ws[k].end : ws[k + 1].start]):
        return True
    nxt = ws[k + 1]
    if nxt.cyrillic:
        return not (nxt.morph.pos == "NOUN" and nxt.morph.case == "gent")
    return nxt.lower not in _OF or scene.text[nxt.end : nxt.end + 2].strip()[:1].isdigit()


def _share_holder(ws: Sequence[Word], lo: int) -> tuple[str, str] | None:
    """ "the oil sector's share of GDP" → ("oil sector", its name); "доля нефтегазового
    сектора в ВВП" → ("нефтегазовый сектор", its name). None when GDP is no share's."""
    share = _vocabulary().share
    if lo < 2 or ws[lo - 1].lower not in _OF | _IN:
        return None
    gdp = ws[lo].text
    if ws[lo - 2].lemma in share or ws[lo - 2].lower in share:  # "share of GDP"
        owners = [w for w in _holder_words(ws, lo - 2) if w.lower not in ("'s", "’s")]
        if not owners:
            return None
        holder = " ".join(w.lower.removesuffix("'s").removesuffix("’s") for w in owners)
        return holder, f"{holder} share of {gdp}"
    for k in range(lo - 2, max(-1, lo - 2 - _HOLDER), -1):  # "доля X в ВВП"
        if ws[k].lemma in share:
            held = ws[k + 1 : lo - 1]
            if not held:
                return None
            holder = " ".join(w.lemma for w in held)
            return holder, f"доля {' '.join(w.text for w in held)} в {gdp}"
    return None


def _holder_words(ws: Sequence[Word], share_at: int) -> list[Word]:
    """The words right before "share" that name who holds it, up to a determiner."""
    out: list[Word] = []
    for k in range(share_at - 1, max(-1, share_at - 1 - _HOLDER), -1):
        if ws[k].lower in _HOLDER_STOP:
            break
        out.insert(0, ws[k])
    return out


def _country(scene: Scene, q: Quantity, lo: int, lex: Lexicon) -> str | None:
    """The country the figure is of: the nearest named before it in the sentence ("ВВП России
    упадет на 3%", "Индия, где рост ускорился до 7%"), or between it and its economy after it
    ("2.9% Chilean GDP growth"); as its English name, lower case."""
    ws = scene.words
    hi = ws[lo].end if lo < len(ws) and ws[lo].start > q.end else q.start
    countries = [m for m in scene.entities if m.value.startswith("country:") and m.start < hi]
    if not countries:
        return None
    return lex.display_name(max(countries, key=lambda m: m.start).value, "en").lower()
