"""An article read once: its sentences, their words, lexicon matches and figures.

spaCy's ``Doc`` in miniature. :func:`read_document` cuts the text into sentences and words;
every word carries its morphology (:class:`~factcheck.text.morph.Morph`), worked out once per
distinct word. What a sentence holds beyond that (its figures, its lexicon matches) is worked
out the first time a stage asks for it, and kept: most sentences have no figure, and nobody
asks for their matches.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter

from factcheck.lang.base import Language
from factcheck.models import Quantity
from factcheck.text import numbers
from factcheck.text.lexicon import Lexicon, Match
from factcheck.text.morph import Morph, Word, analyse, is_cyrillic, word_columns, words_at
from factcheck.text.places import places_of
from factcheck.text.sentences import split_sentences

# Each word's forms, as the lexicon matches them (mapped in C over a sentence's words).
_FORMS = attrgetter("morph.forms")


@dataclass(frozen=True, slots=True)
class Lexical:
    """A sentence's lexicon matches, each list left to right and non-overlapping."""

    entities: tuple[Match, ...]  # countries, organisations, the journalist's aliases
    groups: tuple[Match, ...]  # group:people, group:protesters…
    counts: tuple[Match, ...]  # what a figure counts: troops, vehicles, money…
    events: tuple[Match, ...]  # what happened to those counted: killed, injured…
    ignored: tuple[Match, ...]  # nouns after which a figure is no claim ("дней", "years")


class TextWords:
    """The words of a whole text, cut and analysed once and kept as columns (each word, its
    start, its end, its :class:`~factcheck.text.morph.Morph`); the words of any part of it as
    asked."""

    __slots__ = ("_columns", "_places", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._columns: tuple[list[str], list[int], list[int], list[Morph]] | None = None
        self._places: tuple[str, ...] | None = None

    def _read(self) -> tuple[list[str], list[int], list[int], list[Morph]]:
        if self._columns is None:
            texts, starts, ends = word_columns(self.text)
            self._columns = (texts, starts, ends, list(map(analyse, texts)))
        return self._columns

    def all(self) -> tuple[Word, ...]:
        """Every word of the text."""
        texts, starts, ends, morphs = self._read()
        return words_at(texts, starts, ends, morphs=morphs)

    def places(self, lexicon: Lexicon) -> tuple[str, ...]:
        """The places and countries the text names (:func:`~factcheck.text.places.places_of`),
        worked out once."""
        if self._places is None:
            self._places = places_of(self.text, lexicon, self.all())
        return self._places

    def within(self, start: int, end: int) -> tuple[Word, ...]:
        """The words in ``text[start:end]``, with offsets into that part."""
        texts, starts, ends, morphs = self._read()
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return words_at(texts[lo:hi], starts[lo:hi], ends[lo:hi], start, morphs[lo:hi])


class Sentence:
    """One sentence of a :class:`Document`. Offsets of its words, matches and figures are
    into :attr:`text`; :attr:`start` is where the sentence begins in the article.

    Its words, figures and matches are worked out on first use and kept as long as the
    sentence is (plain attributes rather than ``cached_property``, whose lock costs more than
    the work on short sentences). A sentence does not point back to its document.
    """

    __slots__ = ("_figures", "_lexical", "_words", "end", "lexicon", "source", "start", "text")

    def __init__(self, source: TextWords, lexicon: Lexicon, start: int, end: int) -> None:
        self.source = source
        self.lexicon = lexicon
        self.start = start
        self.end = end
        self.text = source.text[start:end]
        self._words: tuple[Word, ...] | None = None
        self._figures: list[Quantity] | None = None
        self._lexical: Lexical | None = None

    @property
    def lang(self) -> Language:
        """The language a claim's subject is named in: "ru" when the sentence has any Cyrillic
        letter, else "en"."""
        # Not lang.base.detect, which reads "Outlet: Зеркало" as English: subjects read from
        # such lines are named in Russian, and stay so.
        return "ru" if is_cyrillic(self.text) else "en"

    @property
    def words(self) -> tuple[Word, ...]:
        """The document's words within the sentence."""
        if self._words is None:
            self._words = self.source.within(self.start, self.end)
        return self._words

    @property
    def article_places(self) -> tuple[str, ...]:
        """The places and countries the whole article names."""
        return self.source.places(self.lexicon)

    @property
    def figures(self) -> list[Quantity]:
        """The figures of the sentence (:func:`~factcheck.text.numbers.find_quantities`)."""
        if self._figures is None:
            self._figures = numbers.find_quantities(self.text)
        return self._figures

    @property
    def lexical(self) -> Lexical:
        """What the lexicon finds among the sentence's words."""
        if self._lexical is None:
            words = self.words
            found = self.lexicon.find_each(words, list(map(_FORMS, words)))
            entities, groups, counts, events, ignored = map(tuple, found)
            self._lexical = Lexical(entities, groups, counts, events, ignored)
        return self._lexical


class Document:
    """An article: its text, the lexicon it is read with, where its sentences are, its words.

    :meth:`sentences` gives each sentence to read in turn; what a stage works out of one
    (its words, matches, figures) lives as long as the caller keeps the sentence, so an
    article's annotations are never all held at once.
    """

    def __init__(
        self, text: str, lexicon: Lexicon, spans: list[tuple[int, int]] | None = None
    ) -> None:
        self.text = text
        self.lexicon = lexicon
        self.spans = tuple(split_sentences(text) if spans is None else spans)
        self._words = TextWords(text)

    def sentences(self) -> Iterator[Sentence]:
        """The sentences, in order."""
        for start, end in self.spans:
            yield Sentence(self._words, self.lexicon, start, end)

    def sentence_text(self, k: int) -> str:
        start, end = self.spans[k]
        return self.text[start:end]

    @property
    def places(self) -> tuple[str, ...]:
        """The places and countries the article names (:func:`~factcheck.text.places.places_of`)."""
        return self._words.places(self.lexicon)


def read_document(text: str, lexicon: Lexicon) -> Document:
    """An article, cut into sentences."""
    return Document(text, lexicon)


def read_claim(text: str, lexicon: Lexicon) -> Document:
    """A claim written by hand: the whole text is one sentence, whatever its full stops."""
    return Document(text, lexicon, [(0, len(text))])
