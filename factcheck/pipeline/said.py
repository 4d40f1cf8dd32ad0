"""Who said it: each sentence's attribution (:mod:`factcheck.text.attribution`), or one
borrowed from a sentence near it.

A sentence whose speaker is a bare message ("— сказано в сообщении", "the statement said")
speaks for the one named as its speaker in one of the sentences just before.

A sentence with no speaker of its own takes, in this order:
- for "he said", the person who spoke in one of the sentences just before;
- the speaker of a sentence just after it, in the same paragraph, that gives the source of
  what came before ("Об этом сообщил X", "Такие цифры привёл X", "…, the ministry said."),
  or in the next paragraph when it opens with a back reference ("Об этом сообщил X", "Это
  следует из анализа X");
- the speaker of the sentence just before it, in the same paragraph, when named before that
  sentence's figures ("По данным МЧС, погибли 40"); one named after them ("…, the mayor
  said.") goes on only into a sentence that goes on from its figure ("Of these…", "Ещё 12…");
- the outlet that writes the paragraph up in its last sentence (", пишет Reuters.");
- the article's one source so far, when its paragraph names nobody and every sentence before
  it that names a speaker names the same one (a story written from one release or one
  analysis goes on with it through paragraphs that name nobody);
- for a headline, the speaker of the first sentence after it that gives its figure again.

A borrowed attribution keeps its phrase as written in the sentence it comes from, with no
offsets: nothing of the borrowing sentence is the speaker's phrase.
"""

from __future__ import annotations

import re

from factcheck.models import Attribution
from factcheck.pipeline.document import Document
from factcheck.text import attribution
from factcheck.text.numbers import find_quantities
from factcheck.text.speakers import calls, names_outlet_before, same_source, speaker_kind

# How many sentences back a "he said" may look for the person who spoke.
_PRONOUN_REACH = 3
# How many sentences ahead ", пишет Reuters." may close the paragraph.
_PARAGRAPH_REACH = 5
# Who never wrote the message a sentence quotes: another message, or nobody named.
_NOT_AUTHORS = frozenset({"document", "unnamed"})
# How many sentences ahead "Об этом сообщил X" may be: two figure sentences and then it.
_REPORT_REACH = 2
# A headline is one of the first lines of an article; the sentences after it that may give
# its figure again with a source (a photo caption may stand between).
_HEADLINE_LINES = 3
_LEAD_REACH = 6
# A short name in brackets after a speaker's name: "the State Statistics Service (Rosstat)".
_BRACKETED = re.compile(r"\(([^()]{2,40})\)")


class Speakers:
    """Who speaks in each sentence of a document, read only when asked: most sentences have
    no figure, and nobody asks who spoke in them."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._known: dict[int, Attribution | None] = {}
        self._own: dict[int, Attribution | None] = {}
        # Before each sentence: the latest speaker named, and whether all named were one.
        self._sources: list[tuple[Attribution | None, bool]] = [(None, True)]

    def of(self, k: int) -> Attribution | None:
        """The attribution of sentence ``k``: its own, or for "he said" the speaker of the
        nearest of the few sentences before it that has one (when a person), or one borrowed
        from a sentence beside it in the same paragraph."""
        found = self._of(k, max(0, k - _PRONOUN_REACH))
        if found is not None:
            return self._author(k, found)
        sentence = self._document.sentence_text(k)
        if attribution.has_pronoun_speaker(sentence):
            return None  # "he said" with nobody to be "he": no other speaker is guessed
        if attribution.is_unattributed_report(sentence):
            return None  # "сообщалось": the text says it has no source
        return (
            self._reported_after(k)
            or self._carried_over(k)
            or self._written_up(k)
            or self._sole_source(k)
            or self._headline(k)
        )

    def _author(self, k: int, found: Attribution) -> Attribution:
        """ "«…», — сказано в сообщении", "the statement said": a bare message speaks for the
        one who spoke in one of the sentences just before it, when there is one; "пишет
        издание", "the agency said": the outlet named last before it."""
        if names_outlet_before(found.speaker):
            return self._outlet_before(k, found)
        if speaker_kind(found.speaker) != "document":
            return found
        for j in range(k - 1, max(0, k - _PRONOUN_REACH) - 1, -1):
            earlier = self._own_of(j)
            if earlier is not None and speaker_kind(earlier.speaker) not in _NOT_AUTHORS:
                return Attribution(earlier.speaker, found.phrase, found.start, found.end)
        return found

    def _outlet_before(self, k: int, found: Attribution) -> Attribution:
        """``found`` ("the agency said") spoken by the outlet the article named last before
        sentence ``k`` (or the body whose name has its noun: "the Federal Emergency Management
        Agency … the agency said"), if any."""
        for j in range(k - 1, -1, -1):
            earlier = self._own_of(j)
            if earlier is None or names_outlet_before(earlier.speaker):
                continue
            named = earlier.speaker
            if calls(found.speaker, named) or speaker_kind(named) == "media":
                return Attribution(named, found.phrase, found.start, found.end)
            if attribution.written(earlier):
                return Attribution(named, found.phrase, found.start, found.end)
        return found

    def _of(self, k: int, floor: int) -> Attribution | None:
        # A sentence read while looking back from a later one looks back no further than
        # that one may (``floor``): who spoke is never sought more than a few sentences away.
        if k not in self._known:
            found = self._own_of(k)
            if found is None:
                sentence = self._document.sentence_text(k)
                found = attribution.pronoun_attribution(sentence, lambda: self._before(k, floor))
            self._known[k] = found
        return self._known[k]

    def _own_of(self, k: int) -> Attribution | None:
        if k not in self._own:
            sentence = self._document.sentence_text(k)
            found = attribution.find_attribution(sentence)
            self._own[k] = None if found and _a_label(sentence, found) else found
        return self._own[k]

    def _before(self, k: int, floor: int) -> str | None:
        for j in range(k - 1, floor - 1, -1):
            found = self._of(j, floor)
            if found is not None and not attribution.is_data(found.speaker):
                return found.speaker  # "the estimate shows…; it said": it is who made it
        return None

    def _reported_after(self, k: int) -> Attribution | None:
        """The source a sentence just after gives for what came before it, in the same
        paragraph or, for a back reference, past a paragraph break; sentences with no speaker
        may stand between, one with its own may not."""
        last = min(len(self._document.spans) - 1, k + _REPORT_REACH)
        crossed = False  # a paragraph break stands between
        for j in range(k + 1, last + 1):
            crossed = crossed or not self._same_paragraph(j - 1, j)
            found = self._own_of(j)
            if found is None:
                continue
            sentence = self._document.sentence_text(j)
            if crossed and not attribution.refers_back(sentence):
                return None  # only "Об этом сообщил X" points past its own paragraph
            if attribution.reports_back(sentence, found):
                return _borrowed(found)
            return None
        return None

    def _carried_over(self, k: int) -> Attribution | None:
        """The speaker of the sentence just before, in the same paragraph, goes on speaking —
        unless named after that sentence's figures and this sentence does not go on from them
        (:func:`~factcheck.text.attribution.speaks_on`)."""
        if k == 0 or not self._same_paragraph(k - 1, k):
            return None
        found = self._own_of(k - 1)
        if found is None:
            return None
        before, sentence = self._document.sentence_text(k - 1), self._document.sentence_text(k)
        return _borrowed(found) if attribution.speaks_on(before, found, sentence) else None

    def _written_up(self, k: int) -> Attribution | None:
        """ "…, пишет Reuters." closing the paragraph: the outlet reports all of it, also
        past sentences that give a source of their own."""
        last = len(self._document.spans) - 1
        for j in range(k + 1, min(last, k + _PARAGRAPH_REACH) + 1):
            if not self._same_paragraph(j - 1, j):
                return None
            if j < last and self._same_paragraph(j, j + 1):
                continue
            sentence = self._document.sentence_text(j)
            if not attribution.may_write_up(sentence):
                return None  # most paragraphs end without an outlet: spare reading who spoke
            found = self._own_of(j)
            return _borrowed(found) if found and attribution.writes_up(sentence, found) else None
        return None

    def _sole_source(self, k: int) -> Attribution | None:
        """The speaker every sentence before ``k`` that names one names, if only one, for a
        sentence whose paragraph names nobody."""
        if any(self._own_of(j) is not None for j in self._paragraph(k)):
            return None  # the paragraph has a source of its own: the rest of it is unsourced
        nearest = self._sources_before(k)
        return _borrowed(nearest) if nearest is not None else None

    def _sources_before(self, k: int) -> Attribution | None:
        """The latest speaker named before sentence ``k`` while all named so far are one;
        None when none is, or two are. Read sentence by sentence once, in order."""
        while len(self._sources) <= k:
            j = len(self._sources) - 1  # the sentence the next state reads past
            nearest, one = self._sources[-1]
            # once two sources are named, no later sentence makes them one: read no more
            found = self._of(j, max(0, j - _PRONOUN_REACH)) if one else None
            if found is not None:
                found = self._author(j, found)
                if speaker_kind(found.speaker) == "document" or attribution.is_data(found.speaker):
                    pass  # a message or an estimate: it names no second source
                elif nearest is None or same_source(_named(nearest), _named(found)):
                    nearest = found
                else:
                    nearest, one = None, False
            self._sources.append((nearest, one))
        return self._sources[k][0]

    def _headline(self, k: int) -> Attribution | None:
        """A headline (one of the first lines, a paragraph of its own with no full stop)
        takes the speaker of the first sentence after it that gives one of its figures again
        ("… kills 40" over "The blast killed 40, officials said.")."""
        text = self._document.sentence_text(k).rstrip()
        if k >= _HEADLINE_LINES or text[-1:] in {".", "!", "?"} or len(self._paragraph(k)) > 1:
            return None
        figures = _values(text)
        last = min(len(self._document.spans), k + 1 + _LEAD_REACH)
        for j in range(k + 1, last):
            found = self._own_of(j)
            if found is not None and figures & _values(self._document.sentence_text(j)):
                return _borrowed(self._author(j, found))
        return None

    def _paragraph(self, k: int) -> range:
        """The sentences of sentence ``k``'s paragraph."""
        first, last = k, k
        while first > 0 and self._same_paragraph(first - 1, first):
            first -= 1
        while last + 1 < len(self._document.spans) and self._same_paragraph(last, last + 1):
            last += 1
        return range(first, last + 1)

    def _same_paragraph(self, j: int, k: int) -> bool:
        """Are sentences ``j`` and ``k`` (j < k) in one paragraph: no line break between?"""
        spans = self._document.spans
        return "\n" not in self._document.text[spans[j][1] : spans[k][0]]


# Before a line's label: a bullet, words.
_LABEL_START = re.compile(r"[\s\-–—•*·]*[^\W\d_]*(?:[ -][^\W\d_]+)*\s*")


def _a_label(sentence: str, found: Attribution) -> bool:
    """The phrase is the label of a line of an information box ("- Confirmed cases: 369"):
    what the line counts, not who speaks."""
    if found.start >= found.end or not sentence[found.end :].lstrip().startswith(":"):
        return False
    if attribution.introduces(found):
        return False  # "Mayor John Smith said: …", "Рассказал глава района: …"
    return _LABEL_START.fullmatch(sentence, 0, found.start) is not None


def _values(text: str) -> set[float]:
    """The numbers the figures of ``text`` give."""
    return {v for q in find_quantities(text) for v in (q.low, q.high) if v is not None}


def _named(found: Attribution) -> str:
    """The speaker's name with the short name its phrase gives in brackets: "State
    Statistics Service (Rosstat)"."""
    return " ".join([found.speaker, *_BRACKETED.findall(found.phrase)])


def _borrowed(found: Attribution) -> Attribution:
    return Attribution(speaker=found.speaker, phrase=found.phrase)
