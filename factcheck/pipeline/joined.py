"""Two kinds of people one figure counts together: "23 villagers and rescuers", "14 строителей и
спасателей". The figure is of both, so it counts people, not the first noun alone."""

from __future__ import annotations

import re

from factcheck.keys import GROUP, PEOPLE, TROOPS
from factcheck.pipeline.reading import IGNORE, Scene
from factcheck.pipeline.tallies import Counted
from factcheck.text.lexicon import parents
from factcheck.text.morph import Token, Word, has_tag, parses

_AND = re.compile(r"[ \t]+(?:and|и)[ \t]+", re.IGNORECASE)


def joined(scene: Scene, counted: Counted, clause_end: int) -> Counted:
    """``counted`` widened to the noun joined to it by "and/и" when both name people (a group
    of people, soldiers, or for Russian an animate noun in the same case); else ``counted``."""
    first = counted.noun
    if first is None or counted.key == IGNORE or counted.currency:
        return counted
    link = _AND.match(scene.text, first.end)
    if link is None:
        return counted
    words = scene.words_in(first.start, clause_end)
    second = next((w for w in words if w.start == link.end()), None)
    if second is None or not second.text[:1].isalpha():
        return counted  # "12 miners and 5 rescuers": two figures, each with its noun
    head = next((w for w in words if w.start >= first.start and w.end == first.end), None)
    if head is None or (head.cyrillic and not _cases(head.text) & _cases(second.text)):
        return counted  # "погибли 12 человек и спасатели": not one noun phrase
    people = (_people(scene, head, counted.key, counted.measure), _second_people(scene, second))
    if not all(people) or ("known" not in people and not head.cyrillic):
        return counted  # English: one of the two must be known to name people
    end = _second_end(scene, second)
    key = _common_group(counted.key, _group_at(scene, second))
    return Counted(Token(scene.text[first.start : end], first.start, end), key=key)


def _group_at(scene: Scene, word: Word) -> str | None:
    found = scene.nouns_at.get(word.start)
    return found[1].value if found is not None and found[0] == "group" else None


def _common_group(a: str | None, b: str | None) -> str:
    """The narrowest group both keys are in ("police and gendarmes": security forces), else
    people."""
    if a is None or b is None:
        return PEOPLE
    both = ({a} | parents(a)) & ({b} | parents(b))
    narrowest = [k for k in both if not any(k in parents(other) for other in both)]
    return narrowest[0] if len(narrowest) == 1 else PEOPLE


def _people(scene: Scene, word: Word, key: str | None, measure: str | None) -> str:
    """ "known" when the lexicon says ``word`` names people, "noun" when it may (a Russian
    animate noun, an English plural the lexicon does not know), "" when it does not."""
    if key is not None and key.startswith(GROUP):
        return "known" if key == PEOPLE or PEOPLE in parents(key) else ""
    if measure is not None:
        return "known" if measure == TROOPS else ""
    if word.cyrillic:
        return "noun" if word.morph.pos == "NOUN" and has_tag(word.text, "anim") else ""
    return "noun" if word.lower.endswith("s") and not word.text[:1].isupper() else ""


def _second_people(scene: Scene, word: Word) -> str:
    """What :func:`_people` says of the noun after "and/и"."""
    found = scene.nouns_at.get(word.start)
    if found is None:
        return _people(scene, word, None, None)
    kind, m = found
    if kind == "group":
        return _people(scene, word, m.value, None)
    return _people(scene, word, None, m.value) if kind == "count" else ""


def _second_end(scene: Scene, word: Word) -> int:
    """Where the noun after "and/и" ends: its lexicon phrase ("police officers"), or the word."""
    found = scene.nouns_at.get(word.start)
    return found[1].end if found is not None else word.end


def _cases(word: str) -> frozenset[tuple[str, str]]:
    """The cases and numbers a Russian noun may be in ("шахтеров": genitive or accusative
    plural)."""
    return frozenset(
        (str(p.tag.case), str(p.tag.number)) for p in parses(word) if p.tag.POS == "NOUN"
    )
