"""A group a copula names after a figure: "Of them, 12 were children", "из них 12 — дети". The
figure counts that group, as "12 children" would (``figures.copulas`` of the words files)."""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang.base import LANGUAGES, words
from factcheck.models import Quantity
from factcheck.pipeline.reading import Scene
from factcheck.pipeline.tallies import NOTHING, Counted, counted_by


def copula_group(scene: Scene, q: Quantity) -> Counted:
    """The group a copula right after the figure ``q`` names, or NOTHING."""
    if not scene.groups:
        return NOTHING  # most sentences: no group to name
    m = _copula().match(scene.text, q.end)
    if m is None:
        return NOTHING
    found = scene.nouns_at.get(m.end())
    return counted_by(scene, *found) if found is not None and found[0] == "group" else NOTHING


@cache
def _copula() -> re.Pattern[str]:
    choices = "|".join(p for lang in LANGUAGES for p in words(lang).list("figures.copulas"))
    return re.compile(rf"(?:{choices})", re.IGNORECASE)
