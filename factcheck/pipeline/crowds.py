"""A crowd: the people a figure counts said to take part in a street protest ("took to the
streets", "вышли на улицы", "собрались": ``figures.crowd`` of the words files)."""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang.base import words
from factcheck.models import Quantity
from factcheck.pipeline.reading import Scene
from factcheck.pipeline.status import attached_clause
from factcheck.text.hints import Contains, skipping


def in_a_crowd(scene: Scene, q: Quantity) -> bool:
    """The clause of the figure ``q``, or one that hangs on its noun ("1,5 млн участников,
    вышедших на площади"), says its people took part in a street protest. A bracket between
    the figure and the start of its clause is an aside ("собралось от 12 тыс. (по оценке МВД)
    до 30 тыс.")."""
    lo, hi = scene.clauses.of(q.start)
    if scene.text[: lo + 1].rstrip().endswith(")"):
        opening = scene.text.rfind("(", 0, lo)
        lo = scene.clauses.of(opening - 1)[0] if opening > 0 else lo
    attached = attached_clause(scene, q, hi)
    if attached is not None:
        hi = attached[1]
    hint, crowd = _crowd()
    # most clauses hold none of the words a crowd needs: told without the pattern's search
    return hint.may_match(scene.text[lo:hi]) and crowd.search(scene.text, lo, hi) is not None


@cache
def _crowd() -> tuple[Contains, re.Pattern[str]]:
    """The crowd's phrases as one pattern, and the literal texts one of which each needs."""
    phrases = [p for lang in ("ru", "en") for p in words(lang).list("figures.crowd")]
    pattern = skipping(rf"(?<!\w)(?:{'|'.join(phrases)})", re.IGNORECASE)
    return Contains(phrases, ignore_case=True), pattern
