"""People counted among a group are of that group (pure): "Среди силовиков погибли четыре
человека", "Among the security forces, four people were killed" count security forces, not
people (``figures.among`` of the words files)."""

from __future__ import annotations

import re
from functools import cache

from factcheck.keys import COUNTRIES, PEOPLE
from factcheck.lang.base import in_every_language
from factcheck.pipeline.reading import Place, Reading, Scene

# How far before a group its "среди" / "among" may stand (an article between).
_REACH = 12


def among_a_group(key: str | None, r: Reading, scene: Scene, where: Place) -> str | None:
    """The key of the group a toll of people is counted among, the nearest before the figure
    in its sentence ("среди силовиков — двое, среди мирных жителей — пятеро"); else ``key``."""
    if key != PEOPLE or r.event is None:
        return key
    start, found = r.quantity.start, key
    for m in scene.groups:  # in order: the last before the figure is its own
        if m.start >= start:
            break
        if m.value not in (PEOPLE, COUNTRIES) and _among().search(
            scene.text, max(0, m.start - _REACH), m.start
        ):
            found = m.value
    return found


@cache
def _among() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, in_every_language("figures.among"))))
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:\w+\s+)?$", re.IGNORECASE)
