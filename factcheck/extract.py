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

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from factcheck.models import ClaimDraft, Quantity
from factcheck.text import attribution as attribution_mod
from factcheck.text import dates, markers, numbers
from factcheck.text.lexicon import Lexicon, Match, default_lexicon, token_forms
from factcheck.text.morph import Token, fold, has_tag, is_cyrillic, lemma, parses, words
from factcheck.text.sentences import split_sentences

# Where a clause ends inside a sentence. A dash is not one: "Россия — 1400" and
# "три страны — Армения, …" hang on it.
_CLAUSE_BREAK = re.compile(
    r"[;()\[\]]|,(?!\d)|\s(?:а|но|однако|тогда как|while|whereas|but)\s", re.IGNORECASE
)
# Events do not reach across "и/and": "задержан журналист, и несколько офисов разгромлены".
_EVENT_BREAK = re.compile(r"\s(?:и|and)\s", re.IGNORECASE)
_DASH_BEFORE = re.compile(r"\s*[—–-]\s*$")
_LIST_GLUE = re.compile(r"^\s*(?:[—–:,-]|\s|и\b|and\b|а также\b|as well as\b)*\s*$", re.IGNORECASE)

# Prepositions after which a name is a place or a target, not the actor.
_NOT_ACTOR_BEFORE = frozenset(
    "в во на к ко по до для против о об при через между у с со из-за среди "
    "in into to toward towards against at on across for about of with within near".split()
)
# Prepositions after which a name *is* the actor, when it follows the figure ("troops from Russia").
_ACTOR_AFTER = frozenset("из от from by".split())
# Words between a figure and its noun that do not change what is counted.
_MEASURE_WORDS = frozenset("единица штука шт человек of units unit pieces".split())
_PERCENT_UNIT = "%"


@dataclass
class _Reading:
    """What one figure was found to count, before it becomes a ClaimDraft."""

    quantity: Quantity
    noun: Token | None = None
    noun_key: str | None = None  # group:… when the noun is a group of people or things
    count_measure: str | None = None  # troops, vehicles… from the noun
    event: str | None = None  # killed, injured… from the clause
    actor: Match | None = None
    span_start: int = 0
    span_end: int = 0
    members: tuple[Match, ...] = ()
    inherited: bool = False
    head: tuple[str, str] | None = None  # (display, key) of a named or nominal subject
    currency: str | None = None  # "EUR" for "€30 million"


def extract_claims(
    text: str,
    *,
    published: str | None = None,
    lang: str | None = None,
    lexicon: Lexicon | None = None,
) -> list[ClaimDraft]:
    """Every claim the article makes about a figure, with exact offsets into ``text``."""
    lex = lexicon or default_lexicon()
    reference = published or dates.find_dateline(text)
    out: list[ClaimDraft] = []
    for start, end in split_sentences(text):
        out.extend(_sentence_claims(text, start, end, reference=reference, lex=lex))
    return out


def parse_claim_text(
    text: str, lang: str | None = None, *, lexicon: Lexicon | None = None
) -> ClaimDraft:
    """Read one claim written by hand ("Russia sends 1400 troops") into its structured parts.

    Offsets are left unset: they belong to a quote in a source, not to the claim's own text.
    """
    lex = lexicon or default_lexicon()
    claims = list(_sentence_claims(text, 0, len(text), reference=None, lex=lex))
    if not claims:
        return ClaimDraft(text=text)
    best = claims[0]
    return replace(best, text=text, start=None, end=None, quote=None, as_of=None)


def _sentence_claims(
    text: str, s_start: int, s_end: int, *, reference: str | None, lex: Lexicon
) -> Iterator[ClaimDraft]:
    sentence = text[s_start:s_end]
    quantities = numbers.find_quantities(sentence)
    if not quantities:
        return
    tokens = words(sentence)
    attribution = attribution_mod.find_attribution(sentence)
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

    readings: list[_Reading] = []
    for q in quantities:
        if attribution and attribution.start <= q.start < attribution.end:
            continue  # "по данным 5 источников": part of who is speaking, not a claim
        if _is_reference_number(tokens, q.start):
            continue  # "по номеру 109", "article 5": a label, not an amount
        lo, hi = clause_of(q.start)
        r = _Reading(quantity=q, span_start=q.start, span_end=q.end)
        _find_noun(r, sentence, tokens, (groups, counts, ignored), entities, events, hi)
        if r.noun is not None and r.noun_key == "ignore":
            continue  # "в течение нескольких дней": a duration, not a claim
        ev_lo, ev_hi = _narrow(sentence, lo, hi, q.start, q.end)
        _find_event(r, tokens, events, ev_lo, ev_hi)
        _find_actor(r, sentence, tokens, entities, lo, hi)
        if r.actor is None and r.count_measure and not r.event:
            # "Таджикистан, по словам министра, направил 200 военных": the actor heads the sentence
            _find_actor(r, sentence, tokens, entities, 0, hi)
        wants_head = (
            q.unit == _PERCENT_UNIT
            or r.count_measure == "money"
            or (r.noun is None and is_cyrillic(sentence[lo:hi]))
        )
        if r.actor is None and r.noun_key is None and wants_head:
            r.head = _head(sentence, tokens, lo, q.start, attr_span, q.end)
            if r.head is None and lo > 0:  # "Ущерб, по оценке палаты, превышает 87 млрд тенге"
                r.head = _head(sentence, tokens, 0, q.start, attr_span, q.end)
        if r.noun_key == "group:countries":
            r.members = _members_after(sentence, entities, r.span_end)
            if r.members and r.actor in r.members:
                r.actor = None
        readings.append(r)

    _inherit_backwards(readings, sentence)
    _inherit(readings, sentence)
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
        clause = sentence[lo:hi].strip(" ,;—–-")
        clause = re.sub(r"^(?:а|но|и|and|but|while)\s+", "", clause, flags=re.IGNORECASE)
        claim_as_of = _year_of_clause(sentence, lo, hi, reference) or as_of
        yield replace(
            draft,
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


def _narrow(sentence: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The part of a clause between the "и/and" around a figure."""
    for m in _EVENT_BREAK.finditer(sentence, lo, hi):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


def _find_noun(
    r: _Reading,
    sentence: str,
    tokens: Sequence[Token],
    lexicon_matches: tuple[Sequence[Match], Sequence[Match], Sequence[Match]],
    entities: Sequence[Match],
    events: Sequence[Match],
    clause_end: int,
) -> None:
    """The counted noun: within the few words after the figure, in the same clause.

    An event word right after the figure ("18 ранены", "23 injured") is no noun: the figure's
    noun is then elided and comes from the figure before it.
    """
    groups, counts, ignored = lexicon_matches
    q = r.quantity
    if q.unit == _PERCENT_UNIT:
        return
    sign = _CURRENCY_SIGN.search(sentence, max(0, q.start - 1), q.end)
    if sign:  # "€30 million", "$2 billion": money, whatever word follows
        r.count_measure, r.currency = "money", _CURRENCIES[sign.group()]
        return
    event_starts = {m.start for m in events}
    entity_starts = {m.start for m in entities}
    after = [t for t in tokens if t.start >= q.end and t.start < clause_end][:4]
    for k, tok in enumerate(after):
        gap = sentence[(after[k - 1].end if k else q.end) : tok.start]
        if re.search(r"[.!?;:—–]", gap):
            break
        for matches in (groups, counts, ignored):
            for m in matches:
                if m.start == tok.start:
                    r.noun = tok
                    r.noun_key = m.value if matches is not counts else None
                    r.count_measure = m.value if matches is counts else None
                    if matches is ignored:
                        r.noun_key = "ignore"
                    r.span_end = max(r.span_end, m.end)
                    return
        if tok.start in event_starts:
            return
        w = fold(tok.text)
        if lemma(tok.text) in _MEASURE_WORDS or w in _MEASURE_WORDS:
            continue
        if is_cyrillic(tok.text):
            pos = _pos(tok.text)
            if pos == "NOUN" and not has_tag(tok.text, "Geox"):
                r.noun = tok
                r.span_end = max(r.span_end, tok.end)
                return
            if pos in ("ADJF", "PRTF"):
                continue
            return
        if w in _EN_LEAD:
            continue  # "dozens of homes", "six of the miners"
        if w in _EN_FUNCTION or (tok.start in entity_starts and k + 1 < len(after)):
            if w in _EN_FUNCTION:
                return  # "21 on Saturday", "six of them": no noun here
            continue  # "1,400 Russian troops": the name is the actor; the noun follows
        r.noun = _english_compound(sentence, after[k:], event_starts)
        r.span_end = max(r.span_end, r.noun.end)
        return


_CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB"}
_CURRENCY_SIGN = re.compile("[" + "".join(_CURRENCIES) + "]")
_EN_LEAD = frozenset("of the a an more other additional further".split())
_EN_FUNCTION = frozenset(
    "on in at to for from by with and or but as than per into over after before since during "
    "about across were was is are be been being had has have will would could may might must "
    "shall said says say told who which that this these those them they it its their his her "
    "our we you he she more less up down out off also still only just already each".split()
)


def _english_compound(sentence: str, words_: Sequence[Token], event_starts: set[int]) -> Token:
    """ "95 fire engines", "11 water-dropping aircraft": the noun is the last of the run."""
    last = words_[0]
    for tok in words_[1:3]:
        w = fold(tok.text)
        if (
            sentence[last.end : tok.start].strip()
            or w in _EN_FUNCTION
            or w in _EN_LEAD
            or tok.start in event_starts
            or tok.text[:1].isupper()
        ):
            break
        last = tok
    return Token(sentence[words_[0].start : last.end], words_[0].start, last.end)


def _pos(word: str) -> str | None:
    """The part of speech of a Russian word's likeliest reading."""
    ps = parses(word)
    return str(ps[0].tag.POS) if ps else None


def _find_event(
    r: _Reading, tokens: Sequence[Token], events: Sequence[Match], lo: int, hi: int
) -> None:
    """The nearest event word of the figure's clause (killed, injured, detained…)."""
    q = r.quantity
    best: tuple[int, Match] | None = None
    for m in events:
        if lo <= m.start < hi:
            distance = q.start - m.end if m.end <= q.start else m.start - q.end
            if best is None or distance < best[0]:
                best = (distance, m)
    if best:
        r.event = best[1].value


def _find_actor(
    r: _Reading,
    sentence: str,
    tokens: Sequence[Token],
    entities: Sequence[Match],
    lo: int,
    hi: int,
) -> None:
    """Whose figure it is: "X — N", "N Russian troops", or the clause's name that is no target."""
    q = r.quantity
    in_clause = [m for m in entities if lo <= m.start < hi]
    for m in in_clause:  # "Россия — 1400"
        if (
            m.end <= q.start
            and _DASH_BEFORE.search(sentence[m.end : q.start])
            and not sentence[m.end : q.start].strip(" —–-")
        ):
            r.actor = m
            r.span_start = min(r.span_start, m.start)
            return
    noun_end = r.noun.end if r.noun else q.end
    for m in in_clause:  # "1,400 Russian troops", "150 кыргызских военных"
        if q.end <= m.start < noun_end:
            r.actor = m
            return
    before = [m for m in in_clause if m.end <= q.start and not _after_preposition(tokens, m)]
    if before:
        r.actor = before[-1]
        return
    for m in in_clause:  # "troops from Russia"
        if m.start >= noun_end and m.i > 0 and fold(tokens[m.i - 1].text) in _ACTOR_AFTER:
            r.actor = m
            return


_REFERENCE_WORDS = frozenset(
    "номер телефон код статья пункт глава параграф number phone hotline code article section "
    "chapter paragraph room flight call calling dial dialling dialing звонить позвонить".split()
)
_EN_HEAD_SKIP = frozenset(
    "was is were are be been being has have had stood stands at reached reach rose risen rise "
    "fell fall dropped drop to of by about around nearly almost some only just totalled totaled "
    "hit came in the a an its their his her it up down from than more less over under".split()
)


def _is_reference_number(tokens: Sequence[Token], start: int) -> bool:
    before = [t for t in tokens if t.end <= start][-2:]
    return any(lemma(t.text) in _REFERENCE_WORDS for t in before)


def _head(
    sentence: str,
    tokens: Sequence[Token],
    lo: int,
    start: int,
    attr: tuple[int, int],
    figure_end: int,
) -> tuple[str, str] | None:
    """The subject of a figure with no counted group: a name ("Андрей Сомов — 46,8%"), the
    clause's subject noun ("Явка составила 38,4%"), or, for a participle clause ("Сомов,
    получивший 46,8%"), the word it hangs on."""
    dash = _DASH_BEFORE.search(sentence[:start])
    if dash:  # "Андрей Сомов — 46,8%": capitalised words right before the dash
        names: list[Token] = []
        for t in reversed([t for t in tokens if t.end <= dash.start()]):
            if (
                t.text[:1].isupper()
                and not sentence[t.end : (names[0].start if names else dash.start())].strip()
            ):
                names.insert(0, t)
                if len(names) == 3:
                    break
            else:
                break
        if names:
            text = sentence[names[0].start : names[-1].end]
            return text, _name_key(names[-1].text)
    before = [t for t in tokens if lo <= t.start < start and not attr[0] <= t.start < attr[1]]
    if before and is_cyrillic(before[0].text) and _pos(before[0].text) in ("PRTF", "ADJF"):
        prior = [t for t in tokens if t.end <= lo][-1:]
        if prior and prior[0].text[:1].isupper():  # "Сомов, получивший 46,8% голосов"
            word = prior[0].text
            return word, _name_key(word)
    if before and is_cyrillic(before[0].text):
        for k, t in enumerate(before):
            ps = parses(t.text)
            if ps and ps[0].tag.POS == "NOUN" and any(p.tag.case == "nomn" for p in ps[:3]):
                words_ = [t]
                if (
                    k + 1 < len(before)
                    and _case(before[k + 1].text) == "gent"
                    and _pos(before[k + 1].text) == "NOUN"
                ):
                    words_.append(before[k + 1])
                display = " ".join(
                    [fold(lemma(words_[0].text))] + [fold(w.text) for w in words_[1:]]
                )
                if t.text[:1].isupper() and ("Surn" in ps[0].tag or "Name" in ps[0].tag):
                    return t.text, _name_key(t.text)
                return display, f"lemma:{display}"
        return None
    of_what = _percent_of(sentence, tokens, figure_end)
    if of_what is not None:
        return of_what
    english = [t for t in before if fold(t.text) not in _EN_HEAD_SKIP]
    if english and not is_cyrillic(english[-1].text):
        word = english[-1].text
        if word[:1].isupper() and english[-1] is not before[0]:
            return word, f"name:{fold(word)}"
        return fold(word), f"lemma:{lemma(word)}"
    return None


_PERCENT_OF = re.compile(r"^\s*%?\s*(?:percent\s+)?of\s+", re.IGNORECASE)


def _percent_of(sentence: str, tokens: Sequence[Token], end: int) -> tuple[str, str] | None:
    """ "40% of the peninsula's protected forest" → forest: the whole a share is of."""
    m = _PERCENT_OF.match(sentence[end:])
    if not m:
        return None
    pos = end + m.end()
    run = [t for t in tokens if t.start >= pos][:5]
    head: Token | None = None
    for k, t in enumerate(run):
        gap = sentence[(run[k - 1].end if k else pos) : t.start]
        if gap.strip(" '’") or fold(t.text) in _EN_FUNCTION:
            break
        if fold(t.text) in _EN_LEAD or t.text.endswith(("'s", "’s")):
            continue
        if head is not None and fold(t.text).endswith("ed"):
            break  # "30% of the vineyards burned": the verb ends the phrase
        head = t
    if head is None:
        return None
    return fold(head.text), f"lemma:{lemma(head.text)}"


def _name_key(word: str) -> str:
    """A person's key: the surname's dictionary form where pymorphy knows it as a name
    ("Лаптевой" → лаптев), else the word itself ("Сомов" is read as an adjective)."""
    names = [p for p in parses(word) if {"Surn", "Name"} & set(p.tag.grammemes)]
    return f"name:{fold(names[0].normal_form) if names else fold(word)}"


def _case(word: str) -> str | None:
    ps = parses(word)
    return str(ps[0].tag.case) if ps else None


def _after_preposition(tokens: Sequence[Token], m: Match) -> bool:
    return m.i > 0 and fold(tokens[m.i - 1].text) in _NOT_ACTOR_BEFORE


def _members_after(sentence: str, entities: Sequence[Match], pos: int) -> tuple[Match, ...]:
    """The list of names right after a count: "три страны — Армения, Таджикистан и Россия"."""
    members: list[Match] = []
    cursor = pos
    for m in sorted(entities, key=lambda m: m.start):
        if m.start < cursor:
            continue
        if not _LIST_GLUE.match(sentence[cursor : m.start]):
            break
        if not m.value.startswith("country:") and not m.value.startswith("org:"):
            break
        members.append(m)
        cursor = m.end
    return tuple(members) if len(members) >= 2 else ()


def _inherit(readings: list[_Reading], sentence: str) -> None:
    """Elided nouns and actors come from the figure before: "…300 военнослужащих, Россия — 1400"."""
    for prev, r in itertools.pairwise(readings):
        if (
            r.noun is None
            and r.quantity.unit != _PERCENT_UNIT
            and prev.quantity.unit != _PERCENT_UNIT
        ):
            r.noun, r.noun_key, r.count_measure = prev.noun, prev.noun_key, prev.count_measure
            r.inherited = True
            part_of_previous = _OF_THEM.match(sentence, r.quantity.end) is not None
            if r.event is None and (r.actor is not None or part_of_previous):
                r.event = prev.event
        if (
            r.actor is None
            and prev.actor is not None
            and r.event is None
            and r.noun_key not in ("group:countries",)
            and not (r.noun_key or "").startswith("group:")
        ):
            r.actor = prev.actor


_OF_THEM = re.compile(r"\s+(?:of\s+them|из\s+них)\b", re.IGNORECASE)
_RANGE_GLUE = re.compile(r"^\s*(?:до|по|to|and|или|or|и|[-–—])\s*$", re.IGNORECASE)


_YEAR_IN = re.compile(
    r"(?<![\w-])(?:в|с|со|in|since|of)\s+((?:19|20)\d\d)(?:\s*(?:году|года|г\.))?(?![\w-])",
    re.IGNORECASE,
)
_WHEN = re.compile(r"[\s,;]*(?:когда|when)\b", re.IGNORECASE)


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


def _inherit_backwards(readings: list[_Reading], sentence: str) -> None:
    """ "с 38 до 45 рублей", "from 38 to 45 roubles": the first figure shares the second's noun."""
    for r, nxt in itertools.pairwise(reversed(readings)):
        nxt, r = r, nxt
        if (
            r.noun is None
            and nxt.noun is not None
            and _RANGE_GLUE.match(sentence[r.quantity.end : nxt.quantity.start])
        ):
            r.noun, r.noun_key, r.count_measure = nxt.noun, nxt.noun_key, nxt.count_measure
            r.actor = r.actor or nxt.actor


def _to_draft(r: _Reading, sentence: str, lex: Lexicon) -> ClaimDraft | None:
    q = r.quantity
    noun_text = r.noun.text if r.noun else None
    unit = _PERCENT_UNIT if q.unit == _PERCENT_UNIT else (lemma(noun_text) if noun_text else None)
    unit = r.currency or unit
    actor_key = r.actor.value if r.actor else None
    actor_name = _display(sentence, r.actor, lex) if r.actor else None

    subject: str | None
    if r.noun_key == "group:countries" and q.unit != _PERCENT_UNIT:
        subject, subject_key, prop = _noun_display(noun_text), "group:countries", "count"
    elif r.event and r.count_measure != "money" and not (r.count_measure and actor_key):
        if r.noun_key and r.noun_key.startswith("group:"):
            # "52 протестующих" and "37 человек" задержаны are one figure told two ways
            key = "group:people" if r.noun_key == "group:protesters" else r.noun_key
            subject, subject_key = _noun_display(noun_text), key
        elif actor_key:
            subject, subject_key = actor_name, actor_key
        elif noun_text:
            subject, subject_key = _noun_display(noun_text), f"lemma:{lemma(noun_text)}"
        else:
            subject, subject_key = (
                lex.display_name("group:people", "ru" if is_cyrillic(sentence) else "en"),
                "group:people",
            )
        prop = r.event
    elif actor_key and (r.count_measure or r.noun or q.unit == _PERCENT_UNIT):
        subject, subject_key = actor_name, actor_key
        prop = r.count_measure or (f"{lemma(noun_text)}" if noun_text else "share")
    elif r.noun_key and r.noun_key.startswith("group:"):
        subject, subject_key, prop = _noun_display(noun_text), r.noun_key, "count"
    elif r.count_measure and noun_text and not (r.count_measure == "money" and r.head):
        subject, subject_key, prop = (
            _noun_display(noun_text),
            f"lemma:{lemma(noun_text)}",
            r.count_measure,
        )
    elif r.head is not None and (
        q.unit == _PERCENT_UNIT or r.count_measure == "money" or r.noun is None
    ):
        subject, subject_key = r.head
        if q.unit == _PERCENT_UNIT:
            prop = "share"
        elif noun_text:
            prop = r.count_measure or lemma(noun_text)
            unit = lemma(noun_text)
        else:
            prop = r.count_measure or "value"
    elif noun_text:
        subject, subject_key, prop = _noun_display(noun_text), f"lemma:{lemma(noun_text)}", "count"
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
    parsed = parses(noun)
    if not parsed:
        return fold(noun)
    form = parsed[0].inflect({"nomn"})
    return fold(str(form.word)) if form is not None else lemma(noun)
