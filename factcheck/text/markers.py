"""Words that qualify a figure: hedges ("скорее всего", "reportedly") and earlier states
("ранее сообщалось", "пока", "so far").

Phrases are matched on whole words, case-insensitively, with ё read as е, in every case form a
journalist writes them ("по предварительным данным", "по предварительной информации"). Word
boundaries keep "возможно" out of "невозможно" and "пока" out of "показал".
"""

from __future__ import annotations

import re

from factcheck.text.morph import fold

# One readable list per marker; each entry is a regex over folded text (lower case, ё → е).
_HEDGES = (
    r"скорее всего",
    r"возможно",
    r"вероятно",
    r"вероятнее всего",
    r"по всей вероятности",
    r"предположительно",
    r"предварительн\w*",  # "по предварительным данным", "предварительно", "предварительные итоги"
    r"по (?:неподтвержденн|неофициальн|некотор|разн)\w* (?:данн|сведени|информаци|оценк)\w*",
    r"(?:может|могут|могло|могла|мог) (?:быть|оказаться|составить|составлять|достигать|достичь)"
    r" (?:и )?(?:больше|выше|меньше|ниже|значительно|гораздо|намного|еще)",
    r"не исключ\w*",
    r"якобы",
    r"видимо",
    r"по-видимому",
    r"судя по всему",
    r"как (?:утверждается|предполагается|полагают)",
    r"ориентировочно",
    r"reportedly",
    r"allegedly",
    r"possibly",
    r"probably",
    r"(?:un)?likely",
    r"might",
    r"may(?! \d)",  # the month "May 7" is handled below, before folding loses the capital
    r"could (?:be|have|reach|rise|climb|exceed)",
    r"perhaps",
    r"apparently",
    r"preliminary",
    r"unconfirmed",
    r"(?:is|are|was|were) (?:believed|thought|estimated|said) to",
    r"it is (?:believed|thought|feared)",
)
_EARLIER = (
    r"ранее",
    r"(?<!тех пор, )(?<!тех пор )пока",
    r"пока что",
    r"на (?:данный|текущий|настоящий) момент",
    r"на сегодняшний день",
    r"на момент (?:публикации|написания)",
    r"первоначальн\w*",
    r"изначальн\w*",
    r"earlier",
    r"previously",
    r"so far",
    r"thus far",
    r"as yet",
    r"not yet",
    r"to date",
    r"initially",
    r"originally",
    r"at first",
    r"for now",
    r"for the time being",
    r"at the time of (?:writing|publication)",
)


def _compile(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(phrases) + r")(?![\w-])")


_HEDGE = _compile(_HEDGES)
_EARLIER_STATE = _compile(_EARLIER)
_MONTH_MAY = re.compile(r"(?<=\d )May\b|\bMay(?= \d)|(?<!^)(?<![.!?] )\bMay\b")


def is_hedged(sentence: str) -> bool:
    """True when the sentence hedges its figures: "скорее всего", "может быть больше", "may"."""
    # "May" the month (capitalised, not opening the sentence) is no hedge.
    return bool(_HEDGE.search(fold(_MONTH_MAY.sub("Mai", sentence))))


def is_earlier_state(sentence: str) -> bool:
    """True when the sentence gives an earlier or provisional state: "ранее", "пока", "so far"."""
    return bool(_EARLIER_STATE.search(fold(sentence)))
