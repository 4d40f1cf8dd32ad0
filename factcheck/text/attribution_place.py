"""A town that records a figure is where it was counted, not who said it: "Samara recorded
54 cases", "в Казани зафиксировали 54 случая".

A speaker is a person, a body, an outlet or a role phrase. A town or region the gazetteer
knows, as the subject of a verb of recording a figure (``speech.record_verbs``), is the
figure's scope: the sentence has no speaker of its own. A country stands for its government
("Chile counted 40 dead"), and with other verbs so may a capital ("Moscow said", "в Казани
заявили"): they speak.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from factcheck.lang.base import Words, detect, words
from factcheck.models import Attribution
from factcheck.text.gazetteer import place_at
from factcheck.text.morph import fold, parses, word_columns, words_at

__all__ = ["records_a_place"]


def records_a_place(found: Attribution) -> bool:
    """Is ``found`` a town recording a figure ("Samara recorded", "в Самаре зафиксировали")?"""
    verbs = _record_verbs(words(detect(found.phrase)))
    said = re.findall(r"\w+", found.phrase)
    if not any(fold(w) in verbs or _lemma(w) in verbs for w in said):
        return False
    return _a_place(found.speaker)


@cache
def _record_verbs(w: Words) -> frozenset[str]:
    return frozenset(fold(v) for v in w.set("speech.record_verbs"))


def _lemma(word: str) -> str:
    ps = parses(word)
    return fold(ps[0].normal_form) if ps else ""


@lru_cache(maxsize=1024)
def _a_place(name: str) -> bool:
    """Is the name only a listed town's or region's, or a common noun of a place ("регион",
    "the city": ``speaker.place_nouns``, ``places.settlements``)?"""
    w = words(detect(name))
    nouns = w.set("speaker.place_nouns") | w.set("places.settlements")
    if len(name.split()) == 1 and (fold(name) in nouns or _lemma(name) in nouns):
        return True
    tokens = words_at(*word_columns(name))
    listed = place_at(name, tokens, 0) if tokens else None
    return listed is not None and listed[1] == len(tokens)
