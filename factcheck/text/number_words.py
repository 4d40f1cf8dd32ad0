"""The words figures are made of, in Russian and English: one readable place for the number parser.

Russian numerals are listed in their dictionary form only; ``factcheck.text.numbers`` asks
pymorphy3 for every case form ("три" → трёх, трём, тремя…). English words are listed as written.

Vague amounts are read as documented intervals (qualifier ``vague``):

==========================================  =====================
words                                       interval
==========================================  =====================
несколько, several, a few                   [2, 9]
пара, a couple                              [2, 3]
десяток                                     [10, 19]
десятки, dozens, tens                       [20, 99]
сотни, hundreds                             [200, 999]
тысячи, thousands                           [2000, 9999]
миллионы, millions                          [2 000 000, 9 999 999]
десятки тысяч, tens of thousands            [20 000, 99 999]
сотни тысяч, hundreds of thousands          [200 000, 999 999]
несколько тысяч, several thousand           [2000, 9000]
несколько сотен, several hundred            [200, 900]
несколько десятков                          [20, 90]
пара сотен, a couple of hundred             [200, 300]
==========================================  =====================

The rule behind the table: a plural of X ("сотни") is [2X, 10X − 1]; "несколько X" is [2X, 9X];
"пара X" is [2X, 3X]; a plural followed by a larger unit multiplies ("десятки тысяч").
"a dozen" is about 12; "два десятка" about 20; "сотня" about 100.
With a bound word the interval opens: "более нескольких сотен" is more than 200, "до нескольких
тысяч" at most 9000; "более десятка" is more than 10, "около сотни" about 100.
"""

from __future__ import annotations

from factcheck.models import Qualifier


def _wordset(text: str) -> frozenset[str]:
    """A set of words written as one readable string."""
    return frozenset(text.split())


# Russian cardinal numerals, dictionary form → value. Everything is additive except the scales.
RU_NUMERALS: dict[str, int] = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40,
    "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500,
    "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
}  # fmt: skip
# Collective numerals: "двое задержанных", "пятеро погибших".
RU_COLLECTIVE: dict[str, int] = {
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
    "восьмеро": 8, "девятеро": 9, "десятеро": 10,
}  # fmt: skip
RU_HALF = "полтора"  # 1.5: "полторы тысячи"
# Scales multiply what is before them; alone and plural they are vague ("тысячи людей").
RU_SCALES: dict[str, int] = {
    "тысяча": 1_000, "миллион": 1_000_000, "миллиард": 1_000_000_000,
    "триллион": 1_000_000_000_000,
}  # fmt: skip
RU_DOZEN = "десяток"  # about 10; "десятки" are [20, 99]
RU_HUNDRED = "сотня"  # about 100; "сотни" are [200, 999]
RU_SEVERAL = "несколько"
RU_PAIR = "пара"
# Forms pymorphy3 gives that mostly mean something else in news text.
RU_EXCLUDED_FORMS = frozenset(
    {
        "семью",  # "семья" (family) far more often than "семью" (seven, instrumental)
        "сот",  # "соты"
        "одни", "одних", "одними",  # "alone", "some": plural "один" is not a count
        "пар", "парам", "парами", "парах", "паре", "парой", "парою",  # steam, pairs
    }
)  # fmt: skip
# Single words for half a scale, with the forms pymorphy3 does not know.
RU_HALF_SCALES: dict[str, int] = {
    "полсотни": 50, "полусотни": 50, "полтысячи": 500, "полутысячи": 500,
    "полмиллиона": 500_000, "полумиллиона": 500_000,
    "полмиллиарда": 500_000_000, "полумиллиарда": 500_000_000,
}  # fmt: skip
# Abbreviated scales, read only after a figure ("3 тыс.", "2,5 млн", "$4bn").
ABBREVIATED_SCALES: dict[str, int] = {
    "тыс": 1_000, "млн": 1_000_000, "млрд": 1_000_000_000, "трлн": 1_000_000_000_000,
    "mln": 1_000_000, "bn": 1_000_000_000,
}  # fmt: skip

EN_NUMERALS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
EN_SCALES: dict[str, int] = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
EN_HUNDRED = "hundred"
EN_DOZEN = "dozen"  # about 12; "dozens" are [20, 99]
# Plural words and the X of their [2X, 10X − 1] interval.
EN_VAGUE_PLURALS: dict[str, int] = {
    "tens": 10, "dozens": 10, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
    "billions": 1_000_000_000,
}  # fmt: skip
# Vague counts: "several" always, "few" and "couple" only after "a".
EN_VAGUE_COUNTS: dict[str, tuple[int, int]] = {"several": (2, 9), "few": (2, 9), "couple": (2, 3)}
RU_VAGUE_COUNTS: dict[str, tuple[int, int]] = {RU_SEVERAL: (2, 9), RU_PAIR: (2, 3)}
DOZEN_VALUES: dict[str, int] = {RU_DOZEN: 10, EN_DOZEN: 12}

# Bound words written right before a figure. Longer phrases win over their tails.
BOUNDS: dict[Qualifier, tuple[str, ...]] = {
    Qualifier.AT_LEAST: (
        "как минимум", "минимум", "не менее чем", "не менее", "не меньше чем", "не меньше",
        "по меньшей мере", "по крайней мере", "at least", "at the very least", "no fewer than",
        "no less than", "not less than", "not fewer than", "a minimum of",
    ),
    Qualifier.MORE_THAN: (
        "более чем", "более", "больше чем", "больше", "свыше", "чуть более", "чуть больше",
        "чуть свыше", "немногим более", "немногим больше", "значительно больше",
        "гораздо больше", "намного больше", "more than", "over", "in excess of", "upwards of",
        "above", "greater than", "just over", "well over", "slightly more than",
        "well above", "just above", "превышает", "превышают", "превысил", "превысила",
        "превысило", "превысили", "превысит", "превысят", "exceeds", "exceeded", "exceed",
        "topped", "tops", "surpassed",
    ),
    Qualifier.AT_MOST: (
        "до", "не более чем", "не более", "не больше чем", "не больше", "не свыше", "максимум",
        "up to", "no more than", "at most", "at the most", "not more than", "a maximum of",
        "as many as", "не превышает", "не превышают", "не превысит", "не превысил",
        "не превысило", "не превысила", "did not exceed", "does not exceed", "do not exceed",
        "will not exceed",
    ),
    Qualifier.LESS_THAN: (
        "менее чем", "менее", "меньше чем", "меньше", "чуть менее", "чуть меньше",
        "fewer than", "less than", "under", "below", "just under", "slightly less than",
        "just below",
    ),
    Qualifier.ABOUT: (
        "около", "порядка", "примерно", "приблизительно", "почти", "ориентировочно", "где-то",
        "about", "around", "approximately", "roughly", "nearly", "almost", "some",
        "an estimated", "estimated", "close to", "circa",
    ),
}  # fmt: skip
# Bound words that take the genitive: after them "тысячи", "сотни" are one thousand, one hundred.
GENITIVE_BOUNDS = frozenset(
    (
        "около", "порядка", "более", "более чем", "больше", "больше чем", "свыше", "менее",
        "менее чем", "меньше", "меньше чем", "до", "не менее", "не более", "не больше",
        "не меньше", "чуть более", "чуть больше", "чуть менее", "чуть меньше", "чуть свыше",
        "немногим более", "немногим больше", "от",
    )
)  # fmt: skip
# Words that open a range: "от 100 до 300", "между 100 и 300", "between", "from"; "с 26 до 40"
# reads as a change from one figure to another.
RANGE_OPENERS: dict[str, tuple[str, ...]] = {
    "от": ("до",),
    "между": ("и",),
    "between": ("and",),
    "from": ("to",),
    "с": ("до", "по"),
    "со": ("до", "по"),
}
# Verbs of change before "до": "выросло до 40" states 40, not "at most 40".
CHANGE_VERB_STEMS = (
    "вырос", "выросл", "возрос", "увелич", "сократ", "снизи", "уменьш", "достиг", "повыс",
    "подня", "упал", "упало", "опусти", "дошл", "дошел", "дошёл", "довел", "довед", "доведен",
)  # fmt: skip
# Words after which a number names a thing, not a count: "статья 5", "пункту 3", "No. 7".
# Russian stems take any short ending ("статье", "пунктом", "частью").
SECTION_STEMS = ("стать", "пункт", "част", "глав", "раздел", "номер", "рейс", "корпус", "квартир")
SECTION_WORDS = (
    "ст.", "п.", "ч.", "№", "том", "тома", "дом", "д.", "кв.", "палата", "палаты",
    "article", "section", "chapter", "clause", "paragraph", "para.", "page", "p.", "pp.",
    "no.", "nos.", "number", "#", "resolution", "flight", "room", "version", "route",
    "highway", "road", "street", "episode", "season", "level", "grade", "gate",
)  # fmt: skip
# Prepositions before which a bare 1800–2199 is a year: "в 2022", "since 2014", "by 2030".
YEAR_PREPOSITIONS = _wordset("в во с со к по после since until till by before after during")
# Russian case endings written after a digit that keep it a cardinal ("3-х", "5-ти");
# any other ending ("3-й", "5-го", "10-летний") makes it an ordinal or an adjective.
CARDINAL_SUFFIXES = frozenset({"х", "ти", "ми", "мя", "ух", "ех", "ёх", "и", "ью"})
# Words after "one"/"один" that show it is not a count ("one of", "один из").
ONE_NOT_BEFORE = _wordset(
    """of another other day time hand side way thing point such or and that which who is was
    in on at by to for more less из раз на и или за к по же"""
)
# "не один месяц" means many months; "ни один" means none.
ONE_NOT_AFTER = _wordset("no any every each the this that which some someone anyone не ни с со по")
