"""Article text → candidate claims: each figure with what it counts, whose it is, who said so, when.

The reading is deliberately local and explainable. A sentence is cut into clauses (at commas,
semicolons, brackets and "а/но/while"); each figure takes

* its **counted noun** from the words right after it ("150 военных", "8 единиц бронетехники"),
  or, when elided ("Россия — 1400", "18 ранены"), from the figure before it in the sentence;
* its **event** (killed, injured, detained…) from the nearest event word in its clause;
* its **actor** from "X — N", an adjective or name inside the figure ("1,400 Russian troops"),
  or the nearest name in its clause that is not a destination ("направит в Казахстан"); list
  items without their own actor inherit the one before ("150 военных, 11 авто");
* its **attribution**, hedge, earlier-state mark and as-of date from its own sentence only —
  never from a neighbouring one.

A count of countries ("три страны — Армения, Таджикистан и Россия") keeps its member list.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache

from factcheck.models import Attribution, ClaimDraft
from factcheck.text import attribution as attribution_mod
from factcheck.text import dates, markers, numbers
from factcheck.text.figure_owner import (
    find_actor,
    find_head,
    find_place,
    is_reference_number,
    members_after,
)
from factcheck.text.figure_words import (
    PERCENT_UNIT,
    Reading,
    find_event,
    find_measured,
    find_noun,
    inherit,
    inherit_backwards,
    narrow,
)
from factcheck.text.lexicon import PART, Lexicon, Match, default_lexicon, token_forms
from factcheck.text.morph import fold, is_cyrillic, lemma, parses, words
from factcheck.text.places import only_town, places_of, town_of
from factcheck.text.sentences import split_sentences

# Where a clause ends inside a sentence. A dash is not one: "Россия — 1400" and
# "три страны — Армения, …" hang on it.
_CLAUSE_BREAK = re.compile(
    r"[;()\[\]]|,(?!\d)|\s(?:а|но|однако|тогда как|while|whereas|but)\s", re.IGNORECASE
)


def extract_claims(
    text: str,
    *,
    published: str | None = None,
    lang: str | None = None,
    lexicon: Lexicon | None = None,
    places: tuple[str, ...] | None = None,
) -> list[ClaimDraft]:
    """Every claim the article makes about a figure, with exact offsets into ``text``.

    ``places`` are the article's, when the caller has read them already (:func:`places_of`).
    """
    lex = lexicon or default_lexicon()
    reference = published or dates.find_dateline(text)
    home = only_town(places if places is not None else places_of(text, lex))
    out: list[ClaimDraft] = []
    said = _Speakers()
    for start, end in split_sentences(text):
        said.add(text[start:end])
        out.extend(
            _sentence_claims(
                text, start, end, reference=reference, lex=lex, home=home, attribute=said.last
            )
        )
    return out


# How many sentences back a "he said" may look for the person who spoke.
_PRONOUN_REACH = 3


class _Speakers:
    """Who speaks in each of the last few sentences: its own attribution, or for "he said" the
    speaker of the nearest of the sentences before it that has one (when a person). Read only
    when asked: most sentences have no figure, and nobody asks who spoke in them."""

    def __init__(self) -> None:
        self._recent: deque[tuple[str, list[Attribution | None]]] = deque(maxlen=_PRONOUN_REACH + 1)

    def add(self, sentence: str) -> None:
        self._recent.append((sentence, []))

    def last(self) -> Attribution | None:
        return self._of(len(self._recent) - 1)

    def _of(self, k: int) -> Attribution | None:
        sentence, known = self._recent[k]
        if not known:
            found = attribution_mod.find_attribution(sentence)
            if found is None:
                found = attribution_mod.pronoun_attribution(sentence, lambda: self._before(k))
            known.append(found)
        return known[0]

    def _before(self, k: int) -> str | None:
        for j in range(k - 1, -1, -1):
            found = self._of(j)
            if found is not None:
                return found.speaker
        return None


def parse_claim_text(
    text: str, lang: str | None = None, *, lexicon: Lexicon | None = None
) -> ClaimDraft:
    """Read one claim written by hand ("Russia sends 1400 troops") into its structured parts.

    Offsets are left unset: they belong to a quote in a source, not to the claim's own text.
    """
    lex = lexicon or default_lexicon()
    claims = list(
        _sentence_claims(
            text,
            0,
            len(text),
            reference=None,
            lex=lex,
            attribute=lambda: attribution_mod.find_attribution(text),
        )
    )
    if not claims:
        return ClaimDraft(text=text)
    best = claims[0]
    return replace(best, text=text, start=None, end=None, quote=None, as_of=None)


def _sentence_claims(
    text: str,
    s_start: int,
    s_end: int,
    *,
    reference: str | None,
    lex: Lexicon,
    home: str | None = None,
    attribute: Callable[[], Attribution | None],
) -> Iterator[ClaimDraft]:
    """The claims of one sentence, said by ``attribute()`` (the caller finds it; asked only
    when the sentence has a figure). ``home`` is the one town the article names, if only one
    (:func:`~factcheck.text.places.only_town`): a figure "in" it is the whole event's."""
    sentence = text[s_start:s_end]
    quantities = numbers.find_quantities(sentence)
    if not quantities:
        return
    tokens = words(sentence)
    attribution = attribute()
    forms = token_forms(tokens)
    all_entities = lex.entities.find(tokens, forms)
    taken = {k for m in all_entities for k in range(m.i, m.j)}
    # Names inside "по словам министра обороны России" belong to the speaker, not to a figure.
    entities = [
        m
        for m in all_entities
        if not (attribution and attribution.start <= m.start < attribution.end)
    ]
    groups = [m for m in lex.groups.find(tokens, forms) if not (set(range(m.i, m.j)) & taken)]
    counts = [m for m in lex.counts.find(tokens, forms) if not (set(range(m.i, m.j)) & taken)]
    events = lex.events.find(tokens, forms)
    ignored = lex.ignored.find(tokens, forms)
    attr_span = (attribution.start, attribution.end) if attribution else (0, 0)
    breaks = [
        0,
        *(
            m.start() + (1 if m.group().startswith(" ") else 0)
            for m in _CLAUSE_BREAK.finditer(sentence)
        ),
        len(sentence),
    ]

    def clause_of(pos: int) -> tuple[int, int]:
        lo, hi = 0, len(sentence)
        for b in breaks:
            if b <= pos:
                lo = b
            elif b > pos:
                hi = b
                break
        return lo, hi

    readings: list[Reading] = []
    for q in quantities:
        if attribution and attribution.start <= q.start < attribution.end:
            continue  # "по данным 5 источников": part of who is speaking, not a claim
        if is_reference_number(tokens, q.start):
            continue  # "по номеру 109", "article 5": a label, not an amount
        lo, hi = clause_of(q.start)
        r = Reading(quantity=q, span_start=q.start, span_end=q.end)
        find_noun(r, sentence, tokens, (groups, counts, ignored), entities, events, hi)
        if r.noun is not None and r.noun_key == "ignore":
            continue  # "в течение нескольких дней": a duration, not a claim
        find_measured(r, sentence, tokens, (groups, counts, ignored), events)
        ev_lo, ev_hi = narrow(sentence, lo, hi, q.start, q.end)
        find_event(r, tokens, events, ev_lo, ev_hi)
        if r.event is None and r.noun is None and _LINK_BEFORE.match(sentence, lo, q.start):
            # "Число заболевших, по данным ведомства, достигло 64": the event is the subject's
            outside = [m for m in events if not attr_span[0] <= m.start < attr_span[1]]
            find_event(r, tokens, outside, 0, q.start)
        find_actor(r, sentence, tokens, entities, lo, hi)
        if r.actor is None and r.count_measure and not r.event:
            # "Таджикистан, по словам министра, направил 200 военных": the actor heads the sentence
            find_actor(r, sentence, tokens, entities, 0, hi)
        wants_head = (
            q.unit == PERCENT_UNIT
            or r.count_measure == "money"
            or (r.noun is None and is_cyrillic(sentence[lo:hi]))
        )
        if r.actor is None and r.noun_key is None and wants_head:
            r.head = find_head(sentence, tokens, lo, q.start, attr_span, q.end)
            if r.head is None and lo > 0:  # "Ущерб, по оценке палаты, превышает 87 млрд тенге"
                r.head = find_head(sentence, tokens, 0, q.start, attr_span, q.end)
        if r.noun_key == "group:countries":
            r.members = members_after(sentence, entities, r.span_end)
            if r.members and r.actor in r.members:
                r.actor = None
        readings.append(r)

    inherit_backwards(readings, sentence)
    inherit(readings, sentence)
    hedged = markers.is_hedged(sentence)
    earlier = markers.is_earlier_state(sentence)
    as_of = dates.find_as_of(sentence, reference) or reference
    member_tokens = {k for r in readings for m in r.members for k in range(m.i, m.j)}
    context = tuple(
        sorted(
            {
                lemma(t.text)
                for k, t in enumerate(tokens)
                if k not in member_tokens and len(t.text) > 3
            }
            | {m.value for m in entities if not (set(range(m.i, m.j)) & member_tokens)}
        )
    )
    for r in readings:
        draft = _to_draft(r, sentence, lex)
        if draft is None:
            continue
        start, end = s_start + r.span_start, s_start + r.span_end
        lo, hi = clause_of(r.quantity.start)
        if r.members:  # the claim reads to the end of its member list
            hi = max(hi, r.members[-1].end)
        clause = _LEADING_LINK.sub("", sentence[lo:hi].strip(" ,;—–-"))
        claim_as_of = _year_of_clause(sentence, lo, hi, reference) or as_of
        subject_key = draft.subject_key
        if r.event and subject_key and subject_key.startswith("group:"):
            # "в Алматы погибли 10": a city's figure is part of the whole, not a rival to it
            # — unless the whole article is set in that one town: then it is the event's toll
            place = find_place(sentence, tokens, lo, hi, all_entities, attr_span)
            if place and (home is None or town_of(place) != home):
                subject_key = f"{subject_key}@{place}"
        # "31 injured, 12 of them in hospital": a share of a figure just given, not a rival
        # (a named group, "трое детей", is a part already)
        q = r.quantity
        if subject_key == "group:people" and _is_partitive(sentence, q.start, q.end, clause):
            subject_key = f"{subject_key}@{PART}"
        yield replace(
            draft,
            subject_key=subject_key,
            text=clause or text[start:end],
            start=start,
            end=end,
            quote=text[start:end],
            speaker=attribution.speaker if attribution else None,
            attribution=attribution.phrase if attribution else None,
            as_of=claim_as_of,
            hedged=hedged,
            earlier=earlier,
            context=context,
        )


# A clause that only links its subject to the figure: "…, достигло 64", "…, reached 64".
_LINK_BEFORE = re.compile(
    r"[\s,]*(?:(?:достиг|состав|превы)[а-яё]*|(?:вырос|увеличил)[а-яё]*\s+до"
    r"|reached|rose\s+to|stood\s+at|climbed\s+to)\s+$",
    re.IGNORECASE,
)

_YEAR_IN = re.compile(
    r"(?<![\w-])(?:в|с|со|in|since|of)\s+((?:19|20)\d\d)(?:\s*(?:году|года|г\.))?(?![\w-])",
    re.IGNORECASE,
)

_WHEN = re.compile(r"[\s,;]*(?:когда|when)\b", re.IGNORECASE)


# "12 of them", "из них 12", "в том числе трое", "including five": a share of a figure just given
_PART_AFTER = re.compile(r"\s+(?:of them|of whom|of those|из них|из которых)\b", re.IGNORECASE)
# the state of some of the hurt: "пятеро в тяжелом состоянии", "three in critical condition"
_PART_STATE = re.compile(
    r"\bв\s+(?:крайне\s+)?(?:тяж[её]лом|критическом|крайне\s+тяж[её]лом)\s+состоянии"
    r"|\bin\s+(?:a\s+)?(?:serious|critical|grave)\s+condition",
    re.IGNORECASE,
)
_PART_BEFORE = re.compile(
    r"(?:\bof them|\bof whom|\bamong them|\bincluding|\bиз них|\bиз которых|\bсреди них"
    r"|\bв том числе)[\s,:—–-]*$",
    re.IGNORECASE,
)


def _is_partitive(sentence: str, start: int, end: int, clause: str) -> bool:
    """The figure at ``sentence[start:end]`` is a share of one given before it: "12 of them",
    "из них 12", or its ``clause`` gives the state of some of the hurt ("в тяжелом
    состоянии")."""
    if _PART_AFTER.match(sentence, end) or _PART_BEFORE.search(sentence, 0, start):
        return True
    return bool(_PART_STATE.search(clause))


# Words that tie a clause to the sentence, not part of the claim: "что Кыргызстан направит…".
_LEADING_LINK = re.compile(r"^(?:(?:а|но|и|что|чтобы|and|but|while|that)\s+)+", re.IGNORECASE)


def _year_of_clause(sentence: str, lo: int, hi: int, reference: str | None) -> str | None:
    """ "в 2010 году погибли 66 человек", "since 2010, when 66 died": a figure of another year.

    Only a year other than the article's own counts; "когда/when" clauses take the year of
    the clause they hang on.
    """
    m = _YEAR_IN.search(sentence, lo, hi)
    if m is None and _WHEN.match(sentence, lo):
        m = _YEAR_IN.search(sentence, max(0, lo - 60), lo)
    if m is None or (reference and reference.startswith(m.group(1))):
        return None
    return m.group(1)


def _to_draft(r: Reading, sentence: str, lex: Lexicon) -> ClaimDraft | None:
    q = r.quantity
    noun_text = r.noun.text if r.noun else None
    unit = (
        PERCENT_UNIT
        if q.unit == PERCENT_UNIT
        else (_lemma_phrase(noun_text) if noun_text else None)
    )
    unit = r.currency or unit
    actor_key = r.actor.value if r.actor else None
    actor_name = _display(sentence, r.actor, lex) if r.actor else None

    subject: str | None
    if r.noun_key == "group:countries" and q.unit != PERCENT_UNIT:
        subject, subject_key, prop = _noun_display(noun_text), "group:countries", "count"
    elif r.event and r.count_measure != "money" and not (r.count_measure and actor_key):
        if r.noun_key and r.noun_key.startswith("group:"):
            # "52 протестующих" and "37 человек" задержаны are one figure told two ways
            key = "group:people" if r.noun_key == "group:protesters" else r.noun_key
            subject, subject_key = _noun_display(noun_text), key
        elif actor_key:
            subject, subject_key = actor_name, actor_key
        elif noun_text:
            subject, subject_key = _noun_display(noun_text), f"lemma:{_lemma_phrase(noun_text)}"
        else:
            subject, subject_key = (
                lex.display_name("group:people", "ru" if is_cyrillic(sentence) else "en"),
                "group:people",
            )
        prop = r.event
    elif r.noun_key and r.noun_key.startswith("group:") and not r.count_measure:
        subject, subject_key, prop = _noun_display(noun_text), r.noun_key, "count"
    elif actor_key and (r.count_measure or r.noun or q.unit == PERCENT_UNIT):
        subject, subject_key = actor_name, actor_key
        prop = r.count_measure or (f"{_lemma_phrase(noun_text)}" if noun_text else "share")
    elif r.noun_key and r.noun_key.startswith("group:"):
        subject, subject_key, prop = _noun_display(noun_text), r.noun_key, "count"
    elif r.count_measure and noun_text and not (r.count_measure == "money" and r.head):
        subject, subject_key, prop = (
            _noun_display(noun_text),
            f"lemma:{_lemma_phrase(noun_text)}",
            r.count_measure,
        )
    elif r.head is not None and (
        q.unit == PERCENT_UNIT or r.count_measure == "money" or r.noun is None
    ):
        subject, subject_key = r.head
        if q.unit == PERCENT_UNIT:
            prop = "share"
        elif noun_text:
            prop = r.count_measure or _lemma_phrase(noun_text)
            unit = _lemma_phrase(noun_text)
        else:
            prop = r.count_measure or "value"
    elif noun_text:
        subject, subject_key, prop = (
            _noun_display(noun_text),
            f"lemma:{_lemma_phrase(noun_text)}",
            "count",
        )
    else:
        return None  # a bare number with nothing to say what it counts
    members = tuple(_display(sentence, m, lex) for m in r.members)
    return ClaimDraft(
        text="",
        subject=subject,
        subject_key=subject_key,
        property=prop,
        unit=unit,
        low=q.low,
        high=q.high,
        qualifier=q.qualifier,
        members=members,
        member_keys=tuple(m.value for m in r.members),
    )


def _display(sentence: str, m: Match, lex: Lexicon) -> str:
    """A name as a journalist writes it: the dictionary form of the words in the article."""
    written = sentence[m.start : m.end]
    if written.isupper():
        return written
    lang = "ru" if is_cyrillic(written) else "en"
    if m.j - m.i == 1 and written[:1].isupper():
        base = lemma(written) if lang == "ru" else written
        return base[:1].upper() + base[1:]
    return lex.display_name(m.value, lang)


@lru_cache(maxsize=16384)
def _noun_display(noun: str | None) -> str:
    """The counted noun in the nominative: "протестующих" → "протестующие", "стран" → "страны"."""
    if noun is None:
        return ""
    if not is_cyrillic(noun):
        return noun.lower()
    return " ".join(_nominative(w) for w in noun.split())


def _nominative(word: str) -> str:
    parsed = parses(word)
    if not parsed:
        return fold(word)
    form = parsed[0].inflect({"nomn"})
    return fold(str(form.word)) if form is not None else lemma(word)


def _lemma_phrase(text: str) -> str:
    """Each word's dictionary form: "мирных жителей" → "мирный житель"."""
    return " ".join(lemma(w) for w in text.split())
