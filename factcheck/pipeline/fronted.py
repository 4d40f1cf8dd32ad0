"""A Russian group named before its figure, in the genitive: "Митингующих было около 5 тысяч",
"Участников акции полиция насчитала 12 тысяч". The figure counts that group, as "около 5 тысяч
митингующих" would."""

from __future__ import annotations

import re

from factcheck.models import Quantity
from factcheck.pipeline.reading import Scene
from factcheck.pipeline.tallies import Counted
from factcheck.text.morph import Token, has_tag

# Words that may stand between the group and its figure: a verb, who counted, a bound
# ("было около", "полиция насчитала", "собралось не менее").
_BETWEEN_WORDS = 4
# Between the group and its figure: no clause mark, no other figure.
_BREAK = re.compile(r"[,;:.!?()\d]")


def fronted(scene: Scene, q: Quantity, counted: Counted) -> Counted:
    """``counted``, or when it says nothing and a group in the genitive plural stands before
    the figure in its clause (no noun or preposition before it: "число демонстрантов" is a
    tally's), with a few words between and nothing else counted, that group."""
    if counted.noun is not None or counted.key is not None or counted.measure is not None:
        return counted
    if counted.currency is not None or scene.sentence.lang != "ru" or not scene.groups:
        return counted  # most figures: a noun of their own, or no Russian group to look back to
    lo = scene.clauses.of(q.start)[0]
    before = [m for m in scene.groups if lo <= m.start and m.end <= q.start]
    if not before:
        return counted
    group = before[-1]
    gap = scene.text[group.end : q.start]
    if _BREAK.search(gap) or len(scene.words_in(group.end, q.start)) > _BETWEEN_WORDS:
        return counted
    first = scene.words_in(group.start, group.end)[:1]
    if not first or not first[0].cyrillic or not has_tag(first[0].text, "gent", "plur"):
        return counted
    head = [w for w in scene.words_in(lo, group.start) if w.end <= group.start][-1:]
    if head and head[0].morph.pos in ("NOUN", "PREP"):
        return counted  # "число демонстрантов было…", "среди митингующих…": another's noun
    return Counted(Token(scene.text[group.start : group.end], group.start, group.end), group.value)
