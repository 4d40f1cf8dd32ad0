"""The words English figures are made of, as written."""

from __future__ import annotations

from factcheck.models import Qualifier
from factcheck.text.number_words import NumberWords, wordset

ENGLISH = NumberWords(
    numerals={
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    },
    scales={
        "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000,
    },
    hundred="hundred",
    half="half",
    dozen=("dozen", 12),  # "dozens" are [20, 99]
    vague_plurals={
        "tens": 10, "dozens": 10, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
        "billions": 1_000_000_000,
    },
    # "several" always, "few" and "couple" only after "a".
    vague_counts={"several": (2, 9), "few": (2, 9), "couple": (2, 3)},
    abbreviated_scales={"mln": 1_000_000, "bn": 1_000_000_000},
    glued_scales={"bn": 1_000_000_000},
    bounds={
        Qualifier.AT_LEAST: (
            "at least", "at the very least", "no fewer than", "no less than", "not less than",
            "not fewer than", "a minimum of",
        ),
        Qualifier.MORE_THAN: (
            "more than", "over", "in excess of", "upwards of", "above", "greater than",
            "just over", "well over", "slightly more than", "well above", "just above",
            "exceeds", "exceeded", "exceed", "topped", "tops", "surpassed",
        ),
        Qualifier.AT_MOST: (
            "up to", "no more than", "at most", "at the most", "not more than", "a maximum of",
            "as many as", "did not exceed", "does not exceed", "do not exceed",
            "will not exceed",
        ),
        Qualifier.LESS_THAN: (
            "fewer than", "less than", "under", "below", "just under", "slightly less than",
            "just below",
        ),
        Qualifier.ABOUT: (
            "about", "around", "approximately", "roughly", "nearly", "almost", "some",
            "an estimated", "estimated", "close to", "circa",
        ),
    },
    range_openers={"between": ("and",), "from": ("to",)},
    range_joiners=("to",),
    range_alternatives=("or",),
    percent_words=("percent", "per cent", "pct"),
    articles=("a", "an"),
    counts_after_article=frozenset({"few", "couple"}),
    unit_link="of",
    compound_link="and",
    section_words=(
        "article", "section", "chapter", "clause", "paragraph", "para.", "page", "p.", "pp.",
        "no.", "nos.", "number", "#", "resolution", "flight", "room", "version", "route",
        "highway", "road", "street", "episode", "season", "level", "grade", "gate",
    ),
    year_prepositions=wordset("since until till by before after during"),
    one_not_before=wordset(
        """of another other day time hand side way thing point such or and that which who is
        was in on at by to for more less"""
    ),
    # "no one" is nobody.
    one_not_after=wordset("no any every each the this that which some someone anyone"),
)  # fmt: skip
