"""The lexicon keys and properties the code relies on, each named once.

Extraction and the conflict rules test claims against these names. Every group and measure
here must exist in ``factcheck/text/lexicon.toml``; the lexicon checks that when it loads
(:data:`LEXICON_KEYS`), so renaming one there fails loudly instead of switching a rule off.
"""

from __future__ import annotations

# Kinds of key, by their prefix.
COUNTRY = "country:"
ORG = "org:"
GROUP = "group:"
LEMMA = "lemma:"  # a noun the lexicon does not know, by its dictionary form

# Groups of the lexicon.
PEOPLE = "group:people"
PROTESTERS = "group:protesters"
COUNTRIES = "group:countries"

# Measures of the lexicon.
TROOPS = "troops"
MONEY = "money"
PARTICIPANTS = "participants"  # how many took part in a march or rally
KILLED = "killed"  # a death toll
ILL = "ill"  # people who fell ill: an outbreak's cases

# Properties the extractor gives itself (not lexicon measures).
COUNT = "count"  # a counted noun: "three countries", "12 offices"
SHARE = "share"  # a percentage of something

# The scope of a share of a figure given just before it ("12 of them"): group:people@part.
PART = "part"
# The scope of the deaths confirmed so far beside a presumed toll: group:people@confirmed.
CONFIRMED = "confirmed"
# The scope of a share of a group's category: lemma:teacher@in:primary school.
IN = "in"
# The scope of the ill or dead of a disease, a part of all of them: group:people@cause:disease.
DISEASE = "cause:disease"

# What the lexicon must define: (table, name).
LEXICON_KEYS: tuple[tuple[str, str], ...] = (
    ("groups", PEOPLE.removeprefix(GROUP)),
    ("groups", PROTESTERS.removeprefix(GROUP)),
    ("groups", COUNTRIES.removeprefix(GROUP)),
    ("measures", TROOPS),
    ("measures", MONEY),
    ("measures", PARTICIPANTS),
    ("measures", KILLED),
    ("measures", ILL),
)
