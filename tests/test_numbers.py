"""The number parser: figures in Russian and English sentences, and values typed after --value."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.errors import FactcheckError
from factcheck.models import Qualifier, Quantity
from factcheck.text.numbers import find_quantities, parse_value

EXACT = Qualifier.EXACT
AT_LEAST = Qualifier.AT_LEAST
MORE_THAN = Qualifier.MORE_THAN
AT_MOST = Qualifier.AT_MOST
LESS_THAN = Qualifier.LESS_THAN
ABOUT = Qualifier.ABOUT
RANGE = Qualifier.RANGE
VAGUE = Qualifier.VAGUE

Row = tuple[str, float | None, float | None, Qualifier, str | None]


def _rows(sentence: str) -> list[Row]:
    return [(q.text, q.low, q.high, q.qualifier, q.unit) for q in find_quantities(sentence)]


# (sentence, [(matched text, low, high, qualifier, unit), ...])
CASES: list[tuple[str, list[Row]]] = [
    # a currency sign between the bound and the figure
    ("damage put at more than €40 million", [
        ("more than €40 million", 40_000_000, None, MORE_THAN, None),
    ]),
    ("ущерб составил примерно $3 млн", [("примерно $3 млн", 3_000_000, 3_000_000, ABOUT, None)]),
    # a range with the sign on both ends
    ("losses of between £80 million and £95 million", [
        ("between £80 million and £95 million", 80_000_000, 95_000_000, RANGE, None),
    ]),
    ("от $2 млн до $3 млн в год", [("от $2 млн до $3 млн", 2_000_000, 3_000_000, RANGE, None)]),
    # digits and separators
    ("Таджикистан отправит 200 военных, 9 машин и 4 вертолёта", [
        ("200", 200, 200, EXACT, None), ("9", 9, 9, EXACT, None), ("4", 4, 4, EXACT, None),
    ]),
    ("Беларусь — 500 человек, Россия — 3000", [
        ("500", 500, 500, EXACT, None), ("3000", 3000, 3000, EXACT, None),
    ]),
    ("в колонне было 1 250 единиц техники", [("1 250", 1250, 1250, EXACT, None)]),
    ("в колонне было 1\u00a0250 единиц", [("1\u00a0250", 1250, 1250, EXACT, None)]),
    ("бюджет 12\u202f400\u202f000 тенге", [("12\u202f400\u202f000", 12.4e6, 12.4e6, EXACT, None)]),
    ("Officials counted 2,750 ballots", [("2,750", 2750, 2750, EXACT, None)]),
    ("The fund holds 1,200,000 dollars", [("1,200,000", 1_200_000, 1_200_000, EXACT, None)]),
    ("по оценке, 1.600 домов остались без света", [("1.600", 1600, 1600, EXACT, None)]),
    ("ущерб составил 4,2 млн тенге", [("4,2 млн", 4_200_000, 4_200_000, EXACT, None)]),
    ("рост составил 1,5 раза", [("1,5", 1.5, 1.5, EXACT, None)]),
    ("The loan was 3.75 billion dollars", [("3.75 billion", 3.75e9, 3.75e9, EXACT, None)]),
    ("About 1,400.5 tonnes", [("About 1,400.5", 1400.5, 1400.5, ABOUT, None)]),
    ("мобилизовали 6 тыс. резервистов", [("6 тыс.", 6000, 6000, EXACT, None)]),
    ("мобилизовали 6 тыс резервистов", [("6 тыс", 6000, 6000, EXACT, None)]),
    ("на счетах 2 млрд рублей", [("2 млрд", 2_000_000_000, 2_000_000_000, EXACT, None)]),
    ("A $4bn package was approved", [("4bn", 4_000_000_000, 4_000_000_000, EXACT, None)]),
    ("3 тысячи добровольцев", [("3 тысячи", 3000, 3000, EXACT, None)]),
    ("ещё 7 миллионов зрителей", [("7 миллионов", 7_000_000, 7_000_000, EXACT, None)]),
    ("нашли 3-х пострадавших", [("3-х", 3, 3, EXACT, None)]),
    ("до 5-ти тысяч участников", [("до 5-ти тысяч", None, 5000, AT_MOST, None)]),
    # Russian number words in their case forms
    ("погибли трое горняков", [("трое", 3, 3, EXACT, None)]),
    ("из четырёх областей пришли сообщения", [("четырёх", 4, 4, EXACT, None)]),
    ("в семи городах прошли митинги", [("семи", 7, 7, EXACT, None)]),
    ("помощь получили двумя тысячами семей", [("двумя тысячами", 2000, 2000, EXACT, None)]),
    ("за сутки задержали полторы тысячи человек", [("полторы тысячи", 1500, 1500, EXACT, None)]),
    ("в больницах остаются тридцать два человека", [("тридцать два", 32, 32, EXACT, None)]),
    ("на площадь вышли двести пятьдесят студентов", [("двести пятьдесят", 250, 250, EXACT, None)]),
    ("на границе стоят сто сорок машин", [("сто сорок", 140, 140, EXACT, None)]),
    ("со ста двадцатью участниками", [("ста двадцатью", 120, 120, EXACT, None)]),
    ("около трёхсот пятидесяти домов", [("около трёхсот пятидесяти", 350, 350, ABOUT, None)]),
    ("пострадали шесть тысяч двести жителей", [("шесть тысяч двести", 6200, 6200, EXACT, None)]),
    ("в два миллиона триста тысяч", [("два миллиона триста тысяч", 2.3e6, 2.3e6, EXACT, None)]),
    ("тысяча человек пришли к акимату", [("тысяча", 1000, 1000, EXACT, None)]),
    ("продали полмиллиона билетов", [("полмиллиона", 500_000, 500_000, EXACT, None)]),
    ("туда вылетели четыре страны", [("четыре", 4, 4, EXACT, None)]),
    ("ещё один полицейский погиб", [("один", 1, 1, EXACT, None)]),
    ("задержана одна женщина", [("одна", 1, 1, EXACT, None)]),
    # English number words
    ("Police arrested twenty-six people", [("twenty-six", 26, 26, EXACT, None)]),
    ("Seven ministers resigned", [("Seven", 7, 7, EXACT, None)]),
    ("four hundred soldiers arrived", [("four hundred", 400, 400, EXACT, None)]),
    ("a hundred and twelve houses burned", [("a hundred and twelve", 112, 112, EXACT, None)]),
    ("three thousand five hundred", [("three thousand five hundred", 3500, 3500, EXACT, None)]),
    ("half a million people marched", [("half a million", 500_000, 500_000, EXACT, None)]),
    ("one journalist was detained", [("one", 1, 1, EXACT, None)]),
    ("a dozen villages flooded", [("a dozen", 12, 12, ABOUT, None)]),
    ("two dozen trucks", [("two dozen", 24, 24, ABOUT, None)]),
    ("eleven regions and nineteen cities", [
        ("eleven", 11, 11, EXACT, None), ("nineteen", 19, 19, EXACT, None),
    ]),
    # ranges
    ("Беларусь пришлёт от 150 до 500 солдат", [("от 150 до 500", 150, 500, RANGE, None)]),
    ("от трёх до пяти тысяч беженцев", [("от трёх до пяти тысяч", 3000, 5000, RANGE, None)]),
    ("от 100 до 300 тысяч тенге", [("от 100 до 300 тысяч", 100_000, 300_000, RANGE, None)]),
    ("от 500 до 2 тысяч человек", [("от 500 до 2 тысяч", 500, 2000, RANGE, None)]),
    ("на митинг пришли 400–600 человек", [("400–600", 400, 600, RANGE, None)]),
    ("на митинг пришли 400-600 человек", [("400-600", 400, 600, RANGE, None)]),
    ("на митинг пришли 400 — 600 человек", [("400 — 600", 400, 600, RANGE, None)]),
    ("собрали 20 000-35 000 подписей", [("20 000-35 000", 20000, 35000, RANGE, None)]),
    ("2-3 тысячи участников", [("2-3 тысячи", 2000, 3000, RANGE, None)]),
    ("пострадали два-три человека", [("два-три", 2, 3, RANGE, None)]),
    ("между 40 и 60 машинами", [("между 40 и 60", 40, 60, RANGE, None)]),
    ("between 40 and 60 vehicles", [("between 40 and 60", 40, 60, RANGE, None)]),
    ("from 20 to 35 percent of voters", [("from 20 to 35 percent", 20, 35, RANGE, "%")]),
    ("crowds of 5,000 to 8,000 people", [("5,000 to 8,000", 5000, 8000, RANGE, None)]),
    ("two or three officers", [("two or three", 2, 3, RANGE, None)]),
    ("between 2 and 4 million people", [("between 2 and 4 million", 2e6, 4e6, RANGE, None)]),
    ("примерно 300-400 человек", [("примерно 300-400", 300, 400, RANGE, None)]),
    # bounds
    ("погибли по меньшей мере 41 человек", [("по меньшей мере 41", 41, None, AT_LEAST, None)]),
    ("ранены не менее 90 человек", [("не менее 90", 90, None, AT_LEAST, None)]),
    ("минимум 12 машин сгорели", [("минимум 12", 12, None, AT_LEAST, None)]),
    ("at least 41 miners died", [("at least 41", 41, None, AT_LEAST, None)]),
    ("no fewer than 15 towns", [("no fewer than 15", 15, None, AT_LEAST, None)]),
    ("свыше 5 тысяч задержанных", [("свыше 5 тысяч", 5000, None, MORE_THAN, None)]),
    ("больше 70 человек", [("больше 70", 70, None, MORE_THAN, None)]),
    ("более чем 200 компаний", [("более чем 200", 200, None, MORE_THAN, None)]),
    ("more than 9,000 detained", [("more than 9,000", 9000, None, MORE_THAN, None)]),
    ("well over 400 flights", [("well over 400", 400, None, MORE_THAN, None)]),
    ("in excess of 300 claims", [("in excess of 300", 300, None, MORE_THAN, None)]),
    ("в зале может поместиться до 800 человек", [("до 800", None, 800, AT_MOST, None)]),
    ("не более 20 человек", [("не более 20", None, 20, AT_MOST, None)]),
    ("up to 2,500 troops", [("up to 2,500", None, 2500, AT_MOST, None)]),
    ("no more than 30 people", [("no more than 30", None, 30, AT_MOST, None)]),
    ("менее 10 процентов", [("менее 10 процентов", None, 10, LESS_THAN, "%")]),
    ("fewer than 60 passengers", [("fewer than 60", None, 60, LESS_THAN, None)]),
    ("under 18 years old", [("under 18", None, 18, LESS_THAN, None)]),
    ("около 700 человек", [("около 700", 700, 700, ABOUT, None)]),
    ("порядка 40 тысяч", [("порядка 40 тысяч", 40000, 40000, ABOUT, None)]),
    ("почти 90 школ закрыты", [("почти 90", 90, 90, ABOUT, None)]),
    ("nearly 3,000 homes", [("nearly 3,000", 3000, 3000, ABOUT, None)]),
    ("some 450 families", [("some 450", 450, 450, ABOUT, None)]),
    ("roughly 70 buses", [("roughly 70", 70, 70, ABOUT, None)]),
    ("an estimated 12,000 refugees", [("an estimated 12,000", 12000, 12000, ABOUT, None)]),
    ("~250 участников", [("~250", 250, 250, ABOUT, None)]),
    ("более десятка машин", [("более десятка", 10, None, MORE_THAN, None)]),
    ("около сотни человек", [("около сотни", 100, 100, ABOUT, None)]),
    ("более тысячи обращений", [("более тысячи", 1000, None, MORE_THAN, None)]),
    ("more than a dozen towns", [("more than a dozen", 12, None, MORE_THAN, None)]),
    ("до нескольких тысяч", [("до нескольких тысяч", None, 9000, AT_MOST, None)]),
    ("число задержанных превысило 4 тысячи", [("превысило 4 тысячи", 4000, None, MORE_THAN, None)]),
    ("доля не превышает 5%", [("не превышает 5%", None, 5, AT_MOST, "%")]),
    ("losses exceeded 2 billion", [("exceeded 2 billion", 2_000_000_000, None, MORE_THAN, None)]),
    # change, not a bound
    ("число жертв выросло с 30 до 45", [("30", 30, 30, EXACT, None), ("45", 45, 45, EXACT, None)]),
    ("число жертв выросло до 45", [("45", 45, 45, EXACT, None)]),
    ("цена снизилась с 90 до 75", [("90", 90, 90, EXACT, None), ("75", 75, 75, EXACT, None)]),
    # vague amounts
    ("на улицах лежали десятки раненых", [("десятки", 20, 99, VAGUE, None)]),
    ("погибли несколько полицейских", [("несколько", 2, 9, VAGUE, None)]),
    ("в течение нескольких часов", [("нескольких", 2, 9, VAGUE, None)]),
    ("сотни людей вышли", [("сотни", 200, 999, VAGUE, None)]),
    ("тысячи жителей остались без газа", [("тысячи", 2000, 9999, VAGUE, None)]),
    ("десятки тысяч протестующих", [("десятки тысяч", 20_000, 99_999, VAGUE, None)]),
    ("сотнями тысяч голосов", [("сотнями тысяч", 200_000, 999_999, VAGUE, None)]),
    ("несколько тысяч участников", [("несколько тысяч", 2000, 9000, VAGUE, None)]),
    ("нескольких сотен метров", [("нескольких сотен", 200, 900, VAGUE, None)]),
    ("десяток машин", [("десяток", 10, 19, VAGUE, None)]),
    ("пару дней назад", [("пару", 2, 3, VAGUE, None)]),
    ("several hundred protesters", [("several hundred", 200, 900, VAGUE, None)]),
    ("a few officers", [("a few", 2, 9, VAGUE, None)]),
    ("dozens of arrests", [("dozens", 20, 99, VAGUE, None)]),
    ("hundreds of thousands of voters", [("hundreds of thousands", 200_000, 999_999, VAGUE, None)]),
    ("tens of thousands marched", [("tens of thousands", 20_000, 99_999, VAGUE, None)]),
    ("thousands fled", [("thousands", 2000, 9999, VAGUE, None)]),
    ("a couple of weeks", [("a couple", 2, 3, VAGUE, None)]),
    # percentages
    ("явка составила 63%", [("63%", 63, 63, EXACT, "%")]),
    ("явка составила 63,4 %", [("63,4 %", 63.4, 63.4, EXACT, "%")]),
    ("за него отдали 81 процент голосов", [("81 процент", 81, 81, EXACT, "%")]),
    ("turnout reached 47.5 percent", [("47.5 percent", 47.5, 47.5, EXACT, "%")]),
    ("about 12 per cent", [("about 12 per cent", 12, 12, ABOUT, "%")]),
    ("более 50% голосов", [("более 50%", 50, None, MORE_THAN, "%")]),
    ("от 30 до 40%", [("от 30 до 40%", 30, 40, RANGE, "%")]),
    ("пятьдесят процентов опрошенных", [("пятьдесят процентов", 50, 50, EXACT, "%")]),
    # figures next to dates and times are still read
    ("7 января задержали 120 человек", [("120", 120, 120, EXACT, None)]),
    ("On Jan. 8, 42 people were injured", [("42", 42, 42, EXACT, None)]),
    ("в 2021 году пострадали 15 человек", [("15", 15, 15, EXACT, None)]),
    ("с 22:00 до 06:00 действует режим, задержано 30 человек", [("30", 30, 30, EXACT, None)]),
    ("по статье 5 задержаны 8 человек", [("8", 8, 8, EXACT, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_find_quantities(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


def test_enough_cases() -> None:
    assert len(CASES) >= 80


# Before a scale word a full stop is a decimal mark in both languages and a comma in Russian;
# an English comma still groups thousands. A smaller scaled figure after a scaled one adds to it.
SCALED: list[tuple[str, str, float]] = [
    ("Экспорт составил 3,275 млн тонн.", "3,275 млн", 3_275_000),
    ("В фонд поступило 14,608 тыс. заявок.", "14,608 тыс.", 14_608),
    ("Долг достиг 2.315 трлн рублей.", "2.315 трлн", 2.315e12),
    ("Бюджет — 7,041 миллиарда тенге.", "7,041 миллиарда", 7.041e9),
    ("The deficit hit 4.062 trillion yen.", "4.062 trillion", 4.062e12),
    ("Exports reached 6.518 million tonnes.", "6.518 million", 6_518_000),
    ("The aid came to $2.375bn last year.", "2.375bn", 2.375e9),
    ("Turnout was 2,317 million voters.", "2,317 million", 2_317_000_000),
    ("Some 4,250 thousand households lost power.", "Some 4,250 thousand", 4_250_000),
    ("Город потратил 3 миллиона 640 тысяч рублей.", "3 миллиона 640 тысяч", 3_640_000),
    ("Прибыль — 5 млрд 120 млн 400 тыс. рублей.", "5 млрд 120 млн 400 тыс.", 5_120_400_000),
    ("Набрали 1 миллион 215,5 тысячи подписей.", "1 миллион 215,5 тысячи", 1_215_500),
    ("The town paid 6 million 210 thousand dollars.", "6 million 210 thousand", 6_210_000),
    ("Sales hit 2 billion 75 million euros.", "2 billion 75 million", 2_075_000_000),
]


@pytest.mark.parametrize(("sentence", "text", "value"), SCALED)
def test_a_figure_before_a_scale_word(sentence: str, text: str, value: float) -> None:
    found = [(q.text, q.low, q.high) for q in find_quantities(sentence)]
    assert found == [(text, pytest.approx(value), pytest.approx(value))]


@pytest.mark.parametrize(
    "sentence",
    ["Собрали 2 млн, 300 тыс. из них вернули.", "They had 3 million,\n450 thousand left."],
)
def test_scaled_figures_apart_stay_two(sentence: str) -> None:
    assert len(find_quantities(sentence)) == 2


def test_offsets_point_into_the_text() -> None:
    sentence = "Итог: как минимум 26 погибших, а задержанных более 3 тысяч."
    found = find_quantities(sentence)
    assert [(q.start, q.end) for q in found] == [(6, 20), (45, 58)]
    assert [sentence[q.start : q.end] for q in found] == ["как минимум 26", "более 3 тысяч"]


NOT_QUANTITIES = [
    "встреча назначена на 23:00",
    "комендантский час с 23:00 до 07:00",
    "the rally starts at 7.30 a.m. sharp",
    "в 7 утра начался штурм",
    "протесты 2022 года",
    "в 2022 году",
    "это было в 2019",
    "in 2022 the protests began",
    "since 2014 nothing changed",
    "в 2021-2022 годах",
    "the 2014–2022 period",
    "7 января",
    "до 19 января",
    "2 января 2022 года",
    "Jan. 7",
    "January 7, 2022",
    "7 January",
    "on the 7th of March",
    "19.01.2022",
    "2022-01-07",
    "звоните +7 727 123 45 67",
    "телефон 8 (727) 300-40-50",
    "справки по номеру 250-11-22",
    "первый заместитель",
    "the 1st battalion",
    "3-й батальон",
    "5-го числа",
    "10-летний мальчик",
    "в 90-х годах",
    "сайт Orda.kz сообщил",
    "вспышка COVID-19",
    "штурмовик Су-25",
    "саммит G7",
    "статья 5 устава",
    "согласно пункту 3",
    "No. 4 platform",
    "one of the leaders",
    "no one was hurt",
    "один из лидеров",
    "с одной стороны",
    "few people came",
    "the couple left",
    "супружеская пара погибла",
    "a thousand-year-old temple",
    "a three-year term",
    "",
    "   ",
    "ничего",
    "в эфире «Канал 31» показали",
    "ремонт займёт не один год",
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_quantities(sentence: str) -> None:
    assert _rows(sentence) == []


VALUES = [
    ("1400", 1400, 1400, EXACT, None),
    ("1 400", 1400, 1400, EXACT, None),
    ("1,400", 1400, 1400, EXACT, None),
    ("2,5", 2.5, 2.5, EXACT, None),
    ("100-300", 100, 300, RANGE, None),
    ("100..300", 100, 300, RANGE, None),
    ("100–300", 100, 300, RANGE, None),
    (">3000", 3000, None, MORE_THAN, None),
    (">=3000", 3000, None, AT_LEAST, None),
    ("<50", None, 50, LESS_THAN, None),
    ("<=50", None, 50, AT_MOST, None),
    ("~2000", 2000, 2000, ABOUT, None),
    ("about 2000", 2000, 2000, ABOUT, None),
    ("от 100 до 300", 100, 300, RANGE, None),
    ("at least 26", 26, None, AT_LEAST, None),
    ("12%", 12, 12, EXACT, "%"),
    ("> 40 %", 40, None, MORE_THAN, "%"),
    ("  2022 ", 2022, 2022, EXACT, None),
    ("несколько тысяч", 2000, 9000, VAGUE, None),
]


@pytest.mark.parametrize(("spec", "low", "high", "qualifier", "unit"), VALUES)
def test_parse_value(
    spec: str, low: float | None, high: float | None, qualifier: Qualifier, unit: str | None
) -> None:
    q = parse_value(spec)
    assert (q.low, q.high, q.qualifier, q.unit) == (low, high, qualifier, unit)


@pytest.mark.parametrize(
    "spec", ["xyz", "", "   ", "300-100", "many", "1400 troops", ">", "1,2,3", "23:00", "~"]
)
def test_parse_value_refuses(spec: str) -> None:
    with pytest.raises(FactcheckError) as error:
        parse_value(spec)
    shown = " ".join(spec.split())
    assert str(error.value) == (
        f"Cannot read the value '{shown}': use 1400, 100-300, >3000, <50 or ~2000"
    )


def _check(text: str, found: list[Quantity]) -> None:
    previous_end = 0
    for q in found:
        assert q.text == text[q.start : q.end]
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= previous_end
        previous_end = q.end
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
        assert q.low is not None or q.high is not None


_PIECES = st.sampled_from(
    [
        "от", "до", "более", "около", "как минимум", "не более", "between", "and", "to", "at least",
        "up to", "—", "-", "–", "%", ",", ".", ":", "/", "+", " ", "\u00a0", "1", "07", "2022",
        "3,5", "1 400", "100", "тысяч", "тысячи", "млн", "тыс.", "десятки", "несколько", "сотни",
        "двух", "трёх", "пять", "one", "hundred", "a", "dozen", "several", "thousands", "of",
        "января", "Jan.", "года", "пара", "человек", "статья", "COVID", "а", "й", "го",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_string_parses(text: str) -> None:
    _check(text, find_quantities(text))


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=14).map(" ".join))
def test_figure_like_strings_parse(text: str) -> None:
    _check(text, find_quantities(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_parse_value_never_crashes(spec: str) -> None:
    try:
        q = parse_value(spec)
    except FactcheckError:
        return
    if q.low is not None and q.high is not None:
        assert q.low <= q.high


def test_repeated_article_reads_the_same() -> None:
    """Each copy of an article yields the same figures: nothing read across copies or skipped."""
    examples = Path(factcheck.__file__).parent / "examples"
    article = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt")))
    per_copy = len(find_quantities(article))
    assert per_copy > 50
    assert len(find_quantities(article * 3)) == per_copy * 3
