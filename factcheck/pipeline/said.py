"""Who said it: each sentence's attribution (:mod:`factcheck.text.attribution`), or for
"he said" the person who spoke in one of the sentences just before."""

from __future__ import annotations

from factcheck.models import Attribution
from factcheck.pipeline.document import Document
from factcheck.text import attribution

# How many sentences back a "he said" may look for the person who spoke.
_PRONOUN_REACH = 3


class Speakers:
    """Who speaks in each sentence of a document, read only when asked: most sentences have
    no figure, and nobody asks who spoke in them."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._known: dict[int, Attribution | None] = {}

    def of(self, k: int) -> Attribution | None:
        """The attribution of sentence ``k``: its own, or for "he said" the speaker of the
        nearest of the few sentences before it that has one (when a person)."""
        return self._of(k, max(0, k - _PRONOUN_REACH))

    def _of(self, k: int, floor: int) -> Attribution | None:
        # A sentence read while looking back from a later one looks back no further than
        # that one may (``floor``): who spoke is never sought more than a few sentences away.
        if k not in self._known:
            sentence = self._document.sentence_text(k)
            found = attribution.find_attribution(sentence)
            if found is None:
                found = attribution.pronoun_attribution(sentence, lambda: self._before(k, floor))
            self._known[k] = found
        return self._known[k]

    def _before(self, k: int, floor: int) -> str | None:
        for j in range(k - 1, floor - 1, -1):
            found = self._of(j, floor)
            if found is not None:
                return found.speaker
        return None
