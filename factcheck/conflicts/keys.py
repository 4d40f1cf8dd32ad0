"""The keys the conflict rules rely on, named from :mod:`factcheck.keys` (checked against the
lexicon when it loads)."""

from __future__ import annotations

from factcheck.keys import COUNT, COUNTRIES, PART, TROOPS

# The property of a counted noun ("three countries", "12 offices"): the extractor's, not a
# lexicon measure.
COUNT_PROPERTY = COUNT
# Measures that mean "taking part" in an undertaking: sending troops. Vehicles and armour are
# left out on purpose, or one country sending troops, trucks and tanks would be flagged thrice.
ROLE_PROPERTIES = frozenset({TROOPS})
# A member list tells which kind of entity it lists by its keys' prefix ("country:").
GROUP_OF_KIND = {"country": COUNTRIES, "org": COUNTRIES}
# The scope of a share of a figure given before it ("12 of them"): group:people@part.
SHARE = f"@{PART}"
# Measures bound to one event: the people detained at, or taking part in, one day's protest.
# Figures of such a measure dated to days further apart than a day count different events.
EVENT_MEASURES = frozenset({"detained", "participants"})
