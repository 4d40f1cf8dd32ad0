"""Who said it: each sentence's attribution (:mod:`factcheck.text.attribution`), or one
borrowed from a sentence near it.

A sentence whose speaker is a bare message ("— сказано в сообщении", "the statement said")
speaks for the one named as its speaker in one of the sentences just before.

A sentence with no speaker of its own takes, in this order:
- for "he said", the person who spoke in one of the sentences just before;
- the speaker of a sentence just after it, in the same paragraph, that gives the source of
  what came before ("Об этом сообщил X", "Такие цифры привёл X", "…, the ministry said.");
- the speaker of the sentence just before it, in the same paragraph;
- the outlet that writes the paragraph up in its last sentence (", пишет Reuters.").

A borrowed attribution keeps its phrase as written in the sentence it comes from, with no
offsets: nothing of the borrowing sentence is the speaker's phrase.
"""

from __future__ import annotations

from factcheck.models import Attribution
from factcheck.pipeline.document import Document
from factcheck.text import attribution
from factcheck.text.speakers import speaker_kind

# How many sentences back a "he said" may look for the person who spoke.
_PRONOUN_REACH = 3
# How many sentences ahead ", пишет Reuters." may close the paragraph.
_PARAGRAPH_REACH = 5
# Who never wrote the message a sentence quotes: another message, or nobody named.
_NOT_AUTHORS = frozenset({"document", "unnamed"})
# How many sentences ahead "Об этом сообщил X" may be: two figure sentences and then it.
_REPORT_REACH = 2


class Speakers:
    """Who speaks in each sentence of a document, read only when asked: most sentences have
    no figure, and nobody asks who spoke in them."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._known: dict[int, Attribution | None] = {}
        self._own: dict[int, Attribution | None] = {}

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
        return self._reported_after(k) or self._carried_over(k) or self._written_up(k)

    def _author(self, k: int, found: Attribution) -> Attribution:
        """ "«…», — сказано в сообщении", "the statement said": a bare message speaks for the
        one who spoke in one of the sentences just before it, when there is one."""
        if speaker_kind(found.speaker) != "document":
            return found
        for j in range(k - 1, max(0, k - _PRONOUN_REACH) - 1, -1):
            earlier = self._own_of(j)
            if earlier is not None and speaker_kind(earlier.speaker) not in _NOT_AUTHORS:
                return Attribution(earlier.speaker, found.phrase, found.start, found.end)
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
            self._own[k] = attribution.find_attribution(self._document.sentence_text(k))
        return self._own[k]

    def _before(self, k: int, floor: int) -> str | None:
        for j in range(k - 1, floor - 1, -1):
            found = self._of(j, floor)
            if found is not None:
                return found.speaker
        return None

    def _reported_after(self, k: int) -> Attribution | None:
        """The source a sentence just after gives for what came before it, in the same
        paragraph; sentences with no speaker may stand between, one with its own may not."""
        last = min(len(self._document.spans) - 1, k + _REPORT_REACH)
        for j in range(k + 1, last + 1):
            if not self._same_paragraph(j - 1, j):
                return None
            found = self._own_of(j)
            if found is None:
                continue
            if attribution.reports_back(self._document.sentence_text(j), found):
                return _borrowed(found)
            return None
        return None

    def _carried_over(self, k: int) -> Attribution | None:
        """The speaker of the sentence just before, in the same paragraph, goes on speaking."""
        if k == 0 or not self._same_paragraph(k - 1, k):
            return None
        found = self._own_of(k - 1)
        return _borrowed(found) if found is not None else None

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

    def _same_paragraph(self, j: int, k: int) -> bool:
        """Are sentences ``j`` and ``k`` (j < k) in one paragraph: no line break between?"""
        spans = self._document.spans
        return "\n" not in self._document.text[spans[j][1] : spans[k][0]]


def _borrowed(found: Attribution) -> Attribution:
    return Attribution(speaker=found.speaker, phrase=found.phrase)
