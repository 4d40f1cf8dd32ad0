"""Figures in Russian and English text, each read as an interval with a qualifier.

``find_quantities(text)`` finds every figure a sentence states: digits with Russian and English
separators ("1 400", "1,400", "3,5 млн", "2.5 million"), number words in every Russian case form
("трёх", "двумя тысячами", "полторы тысячи") and in English ("twenty-six", "a dozen"), ranges
("от 100 до 300", "100–300", "between 100 and 300"), bounds ("как минимум", "более", "до",
"около", "at least", "up to", "nearly") and percentages ("12,5%", "12 процентов"). Each
``Quantity`` spans the whole phrase, bound words included: ``text[start:end] == quantity.text``.

Vague amounts ("несколько", "десятки", "dozens", "hundreds") are documented intervals with
the qualifier ``vague``: the table and the rule behind it are in
:mod:`factcheck.text.number_words` (несколько/several [2, 9], десятки/dozens [20, 99], …).

Not figures: times of day ("23:00", "7.30 a.m."), years ("в 2022 году", "in 2022",
"2021–2022"), dates ("7 января", "Jan. 7", "19.01.2022"), phone numbers, ordinals ("3-й",
"1st", "the first time"; but "the ninth day of strikes" and "the third highest" are places in
a series), numbers glued to letters ("COVID-19", "Су-25", "G7") and section numbers
("статья 5").

``parse_value(spec)`` reads what a journalist types after ``--value``: "1400", "100-300",
">3000", "<=50", "~2000", or any phrase ``find_quantities`` reads whole ("at least 26").

The reading, in the order the data flows: :mod:`.vocabulary` (the number words of every
language, from the "numbers" tables of ``factcheck/lang/<code>/words.toml`` through
:mod:`factcheck.text.number_words`), :mod:`.masks` (dates and
phone numbers skipped), :mod:`.figure` (one figure: :mod:`.digits`, :mod:`.words`,
:mod:`.vague` amounts), :mod:`.bounds` (the words before it and the figure as a Quantity),
:mod:`.ranges`, :mod:`.exclusions` (figures that name rather than count), :mod:`.reader` (one
pass over a text, sharing a :mod:`.scan`), :mod:`.fractions` ("a third", "половина" as shares
in percent), :mod:`.ordinals` ("the ninth day", "девятого дня": places in a series),
:mod:`.changes` (the words that make a figure a change: "больше", "rose", "by a factor of"),
:mod:`.value` (``--value``).
"""

from __future__ import annotations

from factcheck.text.numbers.reader import find_quantities
from factcheck.text.numbers.value import parse_value

__all__ = ["find_quantities", "parse_value"]
