"""The English speaker's noun phrase: which words may belong to it, where it ends, whether it
names anybody, and the speaker it gives; and the English words file's sets the reader uses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from factcheck.lang import base
from factcheck.text.attribution_base import Tok
from factcheck.text.speakers import normalise_en

__all__ = [
    "English",
    "backward_np",
    "english",
    "forward_np",
    "names_somebody",
    "np_word",
    "speaker_of",
]


@dataclass(frozen=True, slots=True)
class English:
    """The English words file's sets, as the reader uses them (see lang/en/words.toml)."""

    verbs: frozenset[str]
    needs_clause: frozenset[str]
    figure_claims: frozenset[str]
    loss_nouns: frozenset[str]
    needs_at: frozenset[str]
    passive: frozenset[str]
    aux: frozenset[str]
    common: frozenset[str]
    determiners: frozenset[str]  # articles and possessives: they open a phrase
    inner: frozenset[str]
    place_preps: frozenset[str]
    stop: frozenset[str]
    number_words: frozenset[str]
    ends_phrase: frozenset[str]  # a phrase ending in one names nobody ("the three")
    ed_adjectives: frozenset[str]
    aside_openers: frozenset[str]
    data_nouns: frozenset[str]
    data_links: frozenset[str]
    documents: frozenset[str]  # "statement", "report": "a statement from X" is X's
    relatives: frozenset[str]
    receipts: frozenset[str]  # "received": speech only of messages received
    receipt_nouns: frozenset[str]
    joins: frozenset[str]  # "and": two names in one speaker
    calendar: frozenset[
        str
    ]  # weekdays, months, parts of a day: "on Thursday confirmed" names nobody
    locatives: frozenset[str]  # "located", "situated": where the speaker is, told after it
    locative_preps: frozenset[str]  # "on", "near": after a locative
    citing: frozenset[str]  # "citing": after a speech verb, who is cited
    time_phrases: tuple[tuple[str, ...], ...]  # "so far": between a speaker and its verb
    absolutes: frozenset[str]  # "with": "With all ballots counted, …" names nobody
    data_verbs: frozenset[str]  # "gave", "released": speech only of data ("gave the figure")
    revisions: frozenset[str]  # "raised": speech only of a figure revised ("raised the toll to 31")
    revised_nouns: frozenset[str]  # "toll", "estimate": what a revision verb revises
    possessives: frozenset[str]  # "its": "its growth forecast" is a noun, not a verb
    also_nouns: frozenset[str]  # "forecast", "estimates": speech verbs that are also nouns


@cache
def _english_words(w: base.Words) -> English:
    verbs = w.set("speech.verbs")
    determiners = w.set("speaker.determiners") | w.set("speaker.possessives")
    number_words, inner = w.set("speaker.number_words"), w.set("speaker.inner")
    return English(
        verbs=verbs,
        needs_clause=w.set("speech.needs_clause"),
        figure_claims=w.set("speech.figure_claims"),
        loss_nouns=w.set("speech.loss_nouns"),
        needs_at=w.set("speech.needs_figure_at"),
        passive=w.set("speaker.passive"),
        aux=w.set("speaker.aux"),
        common=w.set("speaker.common"),
        determiners=determiners,
        inner=inner,
        place_preps=w.set("speaker.place_preps"),
        # A speech verb ends the phrase before it, unless it is also a noun ("estimates").
        stop=w.set("speaker.stop") | (verbs - w.set("speech.also_nouns")),
        number_words=number_words,
        ends_phrase=number_words | determiners | inner,
        ed_adjectives=w.set("speaker.ed_adjectives"),
        aside_openers=w.set("speaker.aside_openers"),
        data_nouns=w.set("source.data_nouns"),
        data_links=w.set("source.data_links"),
        documents=w.set("kinds.document"),
        relatives=w.set("source.relatives"),
        receipts=w.set("speech.receipts"),
        receipt_nouns=w.set("speech.receipt_nouns"),
        joins=w.set("speaker.joins"),
        calendar=frozenset(
            f.lower() for key in ("dates.weekdays", "dates.months") for f in w.set(key)
        )
        | w.set("speaker.day_parts"),
        locatives=w.set("speaker.locatives"),
        locative_preps=w.set("speaker.locative_preps"),
        citing=frozenset(w.list("source.citing")),
        time_phrases=tuple(tuple(p.split()) for p in w.list("speaker.time_phrases")),
        absolutes=w.set("speaker.absolutes"),
        data_verbs=w.set("speech.data_verbs"),
        revisions=w.set("speech.revision_verbs"),
        revised_nouns=w.set("speech.revised_nouns"),
        possessives=w.set("speaker.possessives"),
        also_nouns=w.set("speech.also_nouns"),
    )


def english() -> English:
    return _english_words(base.words("en"))


def np_word(t: Tok) -> bool:
    """Can this token belong to an English speaker phrase?"""
    if not t.is_word:
        return False
    en = english()
    w = t.low
    if w in en.stop and not (len(t.text) > 1 and t.text.isupper()):
        return False  # a stop word, unless written as an acronym: "the WHO said"
    if t.text[:1].isupper() or "'" in w or "’" in w or w in en.data_nouns:
        return True  # a name, a possessive, or "figures", "tally" before their source
    last = w.rsplit("-", 1)[-1]
    if last.endswith("ly") and len(last) > 4:
        return False  # "officially", "previously": an adverb, not a name
    return not (last.endswith("ed") and last not in en.ed_adjectives)


def _opens_phrase_inward(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` an "of"/"for" with a noun phrase word before it ("head of the agency")?"""
    return k >= 1 and toks[k].low in english().inner and np_word(toks[k - 1])


def backward_np(toks: list[Tok], b: int) -> int:
    """The first token of the speaker phrase ending just before token ``b`` (== b if none)."""
    en = english()
    a = b
    aside = 0  # tokens of a place told after the speaker ("located on the river X")
    while a > 0 and b - a - aside < 7:
        t = toks[a - 1]
        w = t.low
        article = w in en.determiners
        if _locative_at(toks, a - 1 - article, en):
            a -= 2 + article  # "… located on (the) Volga": the speaker is before the place
            aside = b - a
            continue
        if article:
            a -= 1
            if _opens_phrase_inward(toks, a - 1):
                a -= 1  # "the head of the agency": go on past "of"
                continue
            if a >= 2 and toks[a - 1].low in en.place_preps and np_word(toks[a - 2]):
                a -= 1  # "Police in the capital said": go on past "in"
                continue
            break
        if w in en.inner and a < b and a >= 2 and np_word(toks[a - 2]):
            a -= 1
            continue
        if w in en.joins and _names_joined_after_of(toks, a - 1):
            a -= 1  # "the water boards of the towns of Leeds and York said": one speaker,
            aside = b - a  # named by the first place; the second does not lengthen it
            continue
        if _plural_possessive(toks, a - 1):
            a -= 1  # "Farmers' groups said": a plural's possessive belongs to the phrase
            continue
        if not np_word(t):
            break
        a -= 1
    while a < b and toks[a].low in en.inner:
        a += 1
    return a


def _plural_possessive(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` the apostrophe of a plural's possessive ("farmers'")?"""
    t = toks[k]
    return (
        t.text in "'’" and k >= 1 and toks[k - 1].low.endswith("s") and toks[k - 1].end == t.start
    )


def _names_joined_after_of(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` an "and" between two names that an "of" opens ("… of Leeds and York"),
    the names in capitals, the first of at most three words?"""
    if k + 1 >= len(toks) or k < 2 or not toks[k + 1].text[:1].isupper():
        return False
    inner = english().inner
    for j in range(k - 1, max(k - 4, 0), -1):
        t = toks[j]
        if not (t.is_word and t.text[:1].isupper()):
            return j < k - 1 and t.low in inner
    return False


def _locative_at(toks: list[Tok], k: int, en: English) -> bool:
    """Do tokens ``k - 1`` and ``k`` read "located on", "situated near" (a place told after
    the speaker), with a word before them?"""
    return (
        2 <= k < len(toks) and toks[k].low in en.locative_preps and toks[k - 1].low in en.locatives
    )


def forward_np(toks: list[Tok], i: int) -> int:
    """The end index of the speaker phrase starting at token ``i`` (== i if none)."""
    en = english()
    j = i
    while j < len(toks) and j - i < 7:
        t = toks[j]
        w = t.low
        if w in en.determiners:
            if j > i and toks[j - 1].low not in en.inner:
                break
            j += 1
            continue
        if w in en.inner and j > i and j + 1 < len(toks):
            nxt = toks[j + 1]
            if nxt.low in en.determiners or np_word(nxt):
                j += 1
                continue
            break
        if not np_word(t):
            break
        j += 1
    while j > i and toks[j - 1].low in en.inner | en.determiners:
        j -= 1
    return j


def is_number_word(low: str) -> bool:
    """A number written in words ("seven", "dozens"), hyphenated ones too ("twenty-seven")."""
    return all(part in english().number_words for part in low.split("-"))


def names_somebody(words: list[Tok]) -> bool:
    en = english()
    if not words or all(w.low in en.calendar for w in words):
        return False  # "Thursday confirmed": a day is no speaker
    return words[-1].low not in en.ends_phrase


def speaker_of(words: list[Tok], at_start: bool) -> str:
    """The speaker of a phrase as written: "Police in the capital" speak as "police"."""
    en = english()
    cut = next(
        (
            k
            for k, w in enumerate(words)
            if k and (w.low in en.place_preps or _locative_at(words, k + 1, en))
        ),
        len(words),
    )
    texts: list[str] = []
    for w in words[:cut]:
        if w.text in "'’" and texts:
            texts[-1] += w.text  # "Farmers' groups": the mark stays on its word
        else:
            texts.append(w.text)
    first = texts[0].lower()
    if at_start and (first in english().common or is_number_word(first)) and not texts[0].isupper():
        texts[0] = texts[0].lower()  # "Officials said": a capital only for the sentence start
    return normalise_en(texts)
