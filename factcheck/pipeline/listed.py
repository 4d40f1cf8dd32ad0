"""Bare figures in brackets after the places of a list: "in towns such as Dover (3,500 to
7,000), Ely (4,800) or Bath (2,700 by the police count)", "в Самаре (1200), в Казани
(800–900)". Each counts what its sentence counts elsewhere ("…, and Hull, where police counted
16,000 marchers"), else what the sentence before counted: the list goes on with it. So does a
bare figure that opens its sentence ("A total of 1,200 are in Leeds", "Всего 1200 — в Казани")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from factcheck.keys import GROUP, LEMMA, MONEY, PART, SHARE
from factcheck.lang.base import LANGUAGES, words
from factcheck.models import Attribution
from factcheck.pipeline.claims import Subject
from factcheck.pipeline.reading import PERCENT_UNIT, Reading, Scene
from factcheck.pipeline.scopes import bracket_place


def listed_subjects(
    readings: Sequence[Reading],
    subjects: Sequence[Subject | None],
    scene: Scene,
    before: Subject | None,
) -> list[Subject | None]:
    """``subjects`` (one per reading, None where no rule spoke) with each bare figure of a
    list of places given the measure its sentence counts, else ``before``, the one of the
    sentence before; other figures keep theirs."""
    counted = [
        (r.quantity.start, s) for r, s in zip(readings, subjects, strict=True) if counts_a_group(s)
    ]
    out: list[Subject | None] = []
    for r, s in zip(readings, subjects, strict=True):
        if s is None and _bare(r) and bracket_place(scene, r.quantity.start) is not None:
            at = r.quantity.start
            s = min(counted, key=lambda c: abs(c[0] - at))[1] if counted else before
        elif s is None and before is not None and _opens_bare(r, scene):
            s = Subject(before.name, f"{before.key}@{PART}", before.prop, before.unit)
        out.append(s)
    return out


def counts_a_group(s: Subject | None) -> bool:
    """The subject is how many of a group of people or things, not a share or a sum."""
    if s is None or s.unit == PERCENT_UNIT or s.prop in (MONEY, SHARE, "value"):
        return False
    return (s.key or "").startswith((GROUP, LEMMA))


def base_subject(s: Subject) -> Subject:
    """The subject with its scope taken off ("group:people@place:lyon" → "group:people"): the
    measure a list carries from one place to the next."""
    return Subject(s.name, (s.key or "").partition("@")[0], s.prop, s.unit)


def _bare(r: Reading) -> bool:
    """A figure with nothing of its own to say what it counts."""
    return r.noun is None and r.count_measure is None and r.event is None and not r.is_percent


# The parts of speech of a Russian noun phrase ("спасательных судна").
_NOUN_PHRASE = frozenset(("NOUN", "ADJF", "PRTF"))
# A year that opens a sentence ("2024 was worse") is no count.
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _opens_bare(r: Reading, scene: Scene) -> bool:
    """A figure with nothing of its own to say what it counts opens its sentence: a part of
    what the sentence before counted ("A total of 1,200 are in Leeds", "Of those, 12…")."""
    q = r.quantity
    if not _bare(r) or _YEAR.fullmatch(q.text):
        return False
    after = scene.words_in(q.end, len(scene.text))[:1]
    if after and after[0].morph.pos in _NOUN_PHRASE:
        return False  # "Два спасательных судна…": a noun of its own, though not one known
    return _opening().match(scene.text[: q.start]) is not None


@cache
def _opening() -> re.Pattern[str]:
    """All that may stand before a figure that opens its sentence: "A total of", "Всего"
    (``lists.total_openers``), or nothing."""
    choices = "|".join(
        r"\s+".join(map(re.escape, p.split()))
        for lang in LANGUAGES
        for p in words(lang).list("lists.total_openers")
    )
    return re.compile(rf"^[\W_]*(?:(?:{choices})[\s,:]*)?$", re.IGNORECASE)


def aside_of_another(sentence: str, said: Attribution, at: int) -> bool:
    """The speaker is named inside a bracket after a figure of its own ("Bath (2,700 according
    to the police)") that the figure at ``at`` stands outside: the bracket's figure is the
    speaker's, not every figure of the sentence (a bracket of a speaker alone, "60,000 people
    (organisers)", is the figure's before it)."""
    if said.start >= said.end:
        return False  # borrowed from another sentence: no offsets here
    opening = sentence.rfind("(", 0, said.start)
    if opening < 0 or ")" in sentence[opening : said.start]:
        return False
    if not any(c.isdigit() for c in sentence[opening : said.start]):
        return False
    closing = sentence.find(")", said.end)
    return not (opening < at < (closing if closing >= 0 else len(sentence)))
