"""The Russian words file's sets as the Russian attribution reader uses them (see
lang/ru/words.toml), read once per words file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.lang import base
from factcheck.lang.ru.grammar import verb_stems
from factcheck.text.morph import fold, parses

__all__ = ["Russian", "russian", "speech_stems"]


@dataclass(frozen=True, slots=True)
class Russian:
    """The Russian words file's sets, as the reader uses them (see lang/ru/words.toml); words
    folded (ё → е) as tokens are."""

    verb_stem: re.Pattern[str]  # a word not starting so is no speech verb: no look-up needed
    verbs: frozenset[str]
    figure_verbs: frozenset[str]
    start_verbs: frozenset[str]
    receipts: frozenset[str]  # "получить": speech only of messages received
    receipt_nouns: frozenset[str]
    revisions: frozenset[str]  # "увеличить": speech only of a figure revised
    revised_nouns: frozenset[str]  # "число", "оценка": what a revision verb revises
    place_nouns: frozenset[str]  # "область", "регион": "ГУ МЧС по области" is the body's own
    data_nouns: frozenset[str]  # "цифра", "оценка": base forms of what a figure is called
    time_words: frozenset[str]  # "накануне", "января", "года": between a speaker and the verb
    weekdays: frozenset[str]  # after "в": "в пятницу"
    possessives: frozenset[str]
    data_participles: frozenset[str]  # "по данным, опубликованным X": X speaks
    venues: frozenset[str]
    own: frozenset[str]  # "свой": before a venue
    # "со своей стороны", "на данный момент": words between a speaker and verb
    asides: tuple[tuple[str, ...], ...]


@cache
def _russian(w: base.Words) -> Russian:
    def folded(key: str) -> frozenset[str]:
        # Tokens are folded, and a stop is a token of its own: "г." is read as "г".
        return frozenset(fold(x).rstrip(".") for x in w.list(key))

    verbs = folded("speech.verbs")
    figure_verbs = folded("speech.figure_verbs")
    start_verbs = folded("speech.start_verbs")
    receipts = folded("speech.receipts")
    revisions = folded("speech.revision_verbs")
    stems = speech_stems(verbs | figure_verbs | start_verbs | receipts | revisions)
    return Russian(
        verb_stem=re.compile("|".join(sorted(stems, key=len, reverse=True))),
        verbs=verbs,
        figure_verbs=figure_verbs,
        start_verbs=start_verbs,
        receipts=receipts,
        receipt_nouns=folded("speech.receipt_nouns"),
        revisions=revisions,
        revised_nouns=folded("speech.revised_nouns"),
        place_nouns=folded("speaker.place_nouns") | folded("places.settlements"),
        data_nouns=frozenset(map(noun_base, folded("source.data_nouns"))),
        time_words=folded("speaker.time_words")
        | folded("dates.months")
        | folded("dates.year_words"),
        weekdays=frozenset(fold(forms[-1]) for forms in w.forms("dates.weekdays")),
        possessives=folded("speaker.possessives"),
        data_participles=folded("source.data_participles"),
        venues=folded("speaker.venues"),
        own=folded("speaker.own"),
        asides=tuple(
            tuple(fold(a).split())
            for a in (*w.list("speaker.asides"), *w.list("speaker.time_phrases"))
        ),
    )


def noun_base(word: str) -> str:
    """A word's base form as a noun ("цифру" → "цифра", "данные" → "данные", not "дать"), or
    the word folded when the dictionary knows no noun of it."""
    p = next((p for p in parses(word) if p.tag.POS == "NOUN"), None)
    return fold(p.normal_form) if p is not None else fold(word)


def speech_stems(infinitives: frozenset[str] | list[str]) -> frozenset[str]:
    """The beginnings the forms of these verbs share (:func:`verb_stems`), and for a "-сти"
    verb its past's too: "привести" → "привёл" ("привес" and "привед" do not start it)."""
    stems = {s for v in infinitives for s in verb_stems(v)}
    return frozenset(stems | {v[:-3] for v in infinitives if v.endswith("сти")})


def russian() -> Russian:
    """The Russian words the reader uses, from the current words file."""
    return _russian(base.words("ru"))
