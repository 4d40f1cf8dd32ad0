"""The keys the conflict rules rely on, each named once.

Every key but ``count`` is the lexicon's (``factcheck/text/lexicon.toml``); a test checks that
the lexicon still has them, so renaming one there cannot silently switch a rule off.
"""

from __future__ import annotations

from factcheck.text import lexicon

# The property of a counted noun ("three countries", "12 offices"): the extractor's, not a
# lexicon measure.
COUNT_PROPERTY = "count"
# Measures that mean "taking part" in an undertaking: sending troops. Vehicles and armour are
# left out on purpose, or one country sending troops, trucks and tanks would be flagged thrice.
TROOPS = "troops"
ROLE_PROPERTIES = frozenset({TROOPS})
# The group a member list of countries or organisations counts.
COUNTRIES = "group:countries"
# A member list tells which kind of entity it lists by its keys' prefix ("country:").
GROUP_OF_KIND = {"country": COUNTRIES, "org": COUNTRIES}
# The scope of a share of a figure given before it ("12 of them"): group:people@part.
SHARE = f"@{lexicon.PART}"

# What the lexicon must define for the rules above to fire: (table, name).
LEXICON_KEYS = (("measures", TROOPS), ("groups", COUNTRIES.partition(":")[2]))
