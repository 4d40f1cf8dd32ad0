"""A figure its own noun names the owner of: "the government figure of 24", "the police
estimate of 12,000", "the union's count of 3,000", "официальная цифра в 24 человека",
"оценка полиции в 15 тысяч".

The noun for a figure (``source.data_nouns``) stands right before it, "of" or "в" between;
its owner is the words before the noun in English (names, and the common words of speakers:
``speaker.groups``, ``speaker.common``), the genitive after it in Russian. An official figure
(``source.official``) is the authorities' (``source.official_speaker``).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang.base import Words, detect, words
from factcheck.models import Attribution
from factcheck.text import attribution_ru as ru
from factcheck.text.attribution_base import Tok, make, tokens
from factcheck.text.attribution_en_np import english, speaker_of
from factcheck.text.attribution_ru_words import noun_base
from factcheck.text.morph import fold, parses

__all__ = ["named_figure"]

# How many words may name the owner of a figure.
_LONGEST = 4
# The word between the noun and its figure, right before the figure: "of", "в".
_LINKED = re.compile(r"(?<!\w)(?:of|в)\s+$", re.IGNORECASE)


@cache
def _nouns(w: Words) -> frozenset[str]:
    """The base forms of the nouns for a figure ("цифра", "оценка", "figure", "estimate")."""
    return frozenset(noun_base(n) for n in w.set("source.data_nouns"))


def _lemma(t: Tok) -> str:
    return noun_base(t.text) if t.is_word else t.low


def named_figure(part: str, start: int) -> Attribution | None:
    """The owner the noun before the figure at ``part[start:]`` names, or None."""
    if not _LINKED.search(part, max(0, start - 6), start):
        return None  # most figures: no "of"/"в" right before, no named figure (told cheaply)
    toks = tokens(part)
    at = next((k for k, t in enumerate(toks) if t.start == start), None)
    if at is None or at < 2:
        return None
    language = detect(part)
    w = words(language)
    if language == "ru":
        return _russian(part, toks, at, w)
    return _english(part, toks, at, w)


def _english(part: str, toks: list[Tok], at: int, w: Words) -> Attribution | None:
    """ "the government figure of 24", "the union's count of 3,000"."""
    noun = at - 2
    if toks[at - 1].low != "of" or _lemma(toks[noun]) not in _nouns(w):
        return None
    speakers = w.set("speaker.groups") | w.set("speaker.common")
    first = noun
    while first > max(0, noun - _LONGEST):
        t = toks[first - 1]
        owner = t.low.removesuffix("'s").removesuffix("’s")
        named = t.text[:1].isupper() and first > 1 and owner not in english().calendar
        if not t.is_word or not (owner in speakers or named):
            break  # "the March figure of 400": a month owns no figure
        first -= 1
    if first == noun:
        return None
    owners = toks[first:noun]
    if len(owners) == 1 and owners[0].low in w.set("source.official"):
        name = w.word("source.official_speaker")
    else:
        name = speaker_of(owners, False).removesuffix("'s").removesuffix("’s")
    return make(part, name, owners[0].start, toks[noun].end)


def _russian(part: str, toks: list[Tok], at: int, w: Words) -> Attribution | None:
    """ "официальная цифра в 24 человека", "оценка полиции в 15 тысяч"."""
    if toks[at - 1].low not in {"в", "во"}:
        return None
    nouns = _nouns(w)
    noun = next(
        (k for k in range(at - 2, max(-1, at - 2 - _LONGEST), -1) if _lemma(toks[k]) in nouns),
        None,
    )
    if noun is None:
        return None
    owners = toks[noun + 1 : at - 1]
    if owners:
        if ru.forward_np(toks, noun + 1) != at - 1 or not ru.has_case(owners[0].text, "gent"):
            return None
        name = ru.speaker(part, owners, "gent", False)
        return make(part, name, toks[noun].start, owners[-1].end)
    ps = parses(toks[noun - 1].text) if noun else []
    if not ps or fold(ps[0].normal_form) not in w.set("source.official"):
        return None
    return make(part, w.word("source.official_speaker"), toks[noun - 1].start, toks[noun].end)
