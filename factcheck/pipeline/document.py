"""An article read once: its sentences, their words, lexicon matches and figures.

spaCy's ``Doc`` in miniature. :func:`read_document` cuts the text into sentences and words;
every word carries its morphology (:class:`~factcheck.text.morph.Morph`), worked out once per
distinct word. What a sentence holds beyond that (its figures, its lexicon matches) is worked
out the first time a stage asks for it, and kept: most sentences have no figure, and nobody
asks for their matches.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from factcheck.models import Quantity
from factcheck.text import numbers
from factcheck.text.lexicon import Lexicon, Match
from factcheck.text.morph import Word, is_cyrillic, read_words
from factcheck.text.places import places_of
from factcheck.text.sentences import split_sentences


@dataclass(frozen=True, slots=True)
class Lexical:
    """A sentence's lexicon matches, each list left to right and non-overlapping."""

    entities: tuple[Match, ...]  # countries, organisations, the journalist's aliases
    groups: tuple[Match, ...]  # group:people, group:protesters…
    counts: tuple[Match, ...]  # what a figure counts: troops, vehicles, money…
    events: tuple[Match, ...]  # what happened to those counted: killed, injured…
    ignored: tuple[Match, ...]  # nouns after which a figure is no claim ("дней", "years")


class Sentence:
    """One sentence of a :class:`Document`. Offsets of its words, matches and figures are
    into :attr:`text`; :attr:`start` is where the sentence begins in the article."""

    def __init__(self, document: Document, start: int, end: int) -> None:
        self.document = document
        self.start = start
        self.end = end
        self.text = document.text[start:end]

    @cached_property
    def lang(self) -> str:
        """The sentence's language: "ru" when it has Cyrillic letters, else "en"."""
        return "ru" if is_cyrillic(self.text) else "en"

    @cached_property
    def words(self) -> tuple[Word, ...]:
        """The document's words within the sentence."""
        doc = self.document
        lo = bisect.bisect_left(doc.word_starts, self.start)
        hi = bisect.bisect_left(doc.word_starts, self.end)
        return tuple(w.shifted(self.start) for w in doc.words[lo:hi])

    @cached_property
    def figures(self) -> list[Quantity]:
        """The figures of the sentence (:func:`~factcheck.text.numbers.find_quantities`)."""
        return numbers.find_quantities(self.text)

    @cached_property
    def lexical(self) -> Lexical:
        """What the lexicon finds among the sentence's words."""
        lex = self.document.lexicon
        words = self.words
        forms = [w.morph.forms for w in words]
        return Lexical(
            entities=tuple(lex.entities.find(words, forms)),
            groups=tuple(lex.groups.find(words, forms)),
            counts=tuple(lex.counts.find(words, forms)),
            events=tuple(lex.events.find(words, forms)),
            ignored=tuple(lex.ignored.find(words, forms)),
        )


class Document:
    """An article: its text, the lexicon it is read with, its sentences and its words."""

    def __init__(
        self, text: str, lexicon: Lexicon, spans: list[tuple[int, int]] | None = None
    ) -> None:
        self.text = text
        self.lexicon = lexicon
        cuts = split_sentences(text) if spans is None else spans
        self.sentences = tuple(Sentence(self, start, end) for start, end in cuts)

    @cached_property
    def words(self) -> list[Word]:
        return read_words(self.text)

    @cached_property
    def word_starts(self) -> list[int]:
        return [w.start for w in self.words]

    @cached_property
    def places(self) -> tuple[str, ...]:
        """The places and countries the article names (:func:`~factcheck.text.places.places_of`)."""
        return places_of(self.text, self.lexicon, self.words)


def read_document(text: str, lexicon: Lexicon) -> Document:
    """An article, cut into sentences."""
    return Document(text, lexicon)


def read_claim(text: str, lexicon: Lexicon) -> Document:
    """A claim written by hand: the whole text is one sentence, whatever its full stops."""
    return Document(text, lexicon, [(0, len(text))])
