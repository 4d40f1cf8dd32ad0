"""A status the counted people had before, not what befell them: "one miner, who had been
presumed dead, was found alive", "один турист, считавшийся погибшим, найден живым", "three
workers thought to be missing were rescued". The sentence's own predicate says what the figure
counts, not a clause hung on the figure's noun ("three people, who were hurt in the blast, died
in hospital"); an event word after a status believed or held before (``figures.former_status``)
is none of the figure's, unless it is all the sentence says of them ("51 presumed dead").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from factcheck.lang.base import LANGUAGES, words
from factcheck.pipeline.reading import Scene
from factcheck.text.lexicon import Match
from factcheck.text.morph import Word

# How far before an event word its status may begin: "who had been thought to be".
_REACH = 40
# Russian parts of speech of a predicate: "найден", "спасли".
_PREDICATES = frozenset(("VERB", "PRTS"))


@cache
def _former() -> re.Pattern[str]:
    """A status believed or held before, right before an event word (one word may stand
    between: "считавшийся ранее погибшим")."""
    found = "|".join(p for lang in LANGUAGES for p in words(lang).list("figures.former_status"))
    return re.compile(rf"(?<![\w-])(?:{found})\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


@cache
def _auxiliaries() -> frozenset[str]:
    """ "was", "were", "has": an English predicate's first word."""
    return words("en").set("figures.auxiliaries")


def former(scene: Scene, m: Match) -> bool:
    """The event word ``m`` follows a status believed or held before: "presumed dead",
    "считавшийся погибшим"."""
    return _former().search(scene.text, max(0, m.start - _REACH), m.start) is not None


def current(scene: Scene, lo: int, hi: int) -> Sequence[Match]:
    """The event words in ``[lo, hi)`` of the sentence, without those of a former status when
    another stands there too: "three workers thought to be missing were rescued" → rescued."""
    events = [m for m in scene.events if lo <= m.start < hi]
    if len(events) < 2:
        return events
    now = [m for m in events if not former(scene, m)]
    return now or events


def former_in(scene: Scene, lo: int, hi: int) -> bool:
    """The clause ``[lo, hi)`` gives a status believed or held before: "считавшийся погибшим"."""
    return any(former(scene, m) for m in current(scene, lo, hi))


def main_clause(scene: Scene, attached: tuple[int, int]) -> tuple[int, int] | None:
    """The clause that goes on after a clause hung on the figure's noun (``attached``) with
    the sentence's own predicate: "трое, пострадавшие при взрыве, | скончались в больнице",
    "один человек, считавшийся погибшим, | найден живым"; None when the sentence ends there or
    goes on with no predicate ("51 человек, считающихся погибшими, | по данным МЧС")."""
    hi = attached[1]
    if scene.text[hi : hi + 1] != ",":
        return None
    after = scene.clauses.of(hi + 1)
    return after if any(_predicate(w) for w in scene.words_in(*after)) else None


def _predicate(w: Word) -> bool:
    """A word that opens or makes a predicate: a Russian verb or short participle, an English
    auxiliary or past form ("was", "rescued")."""
    if w.cyrillic:
        return w.morph.pos in _PREDICATES
    return w.lower in _auxiliaries() or (w.lower.endswith("ed") and len(w.lower) > 3)
