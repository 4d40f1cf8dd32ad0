"""Economic percentages: what they are of, their signs, bounds and changes, and their periods."""

from __future__ import annotations

import pytest

from factcheck.models import Qualifier
from factcheck.pipeline.article import extract_claims
from factcheck.pipeline.when import period_kind, timing, year_of_clause
from factcheck.text.numbers import find_quantities

Row = tuple[float | None, float | None, str | None, str | None]


def _rows(text: str, published: str = "2024-05-10") -> list[Row]:
    return [
        (c.low, c.high, c.subject_key, c.property)
        for c in extract_claims(text, published=published)
    ]


GDP = "economy:gdp"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the economic noun of the clause is the subject; the country is its scope
        ("In Chile, GDP grew 2.4% in 2022.", [(2.4, 2.4, f"{GDP}@place:chile", "growth")]),
        ("ВВП Чили в 2022 году вырос на 2,4%.", [(2.4, 2.4, f"{GDP}@place:chile", "growth")]),
        # a fall is negative: "more than 5%" down is below -5
        ("Экономика сократилась более чем на 5%.", [(None, -5.0, GDP, "growth")]),
        ("The economy shrank by more than 5% in 2020.", [(None, -5.0, GDP, "growth")]),
        ("The economy fell 0.8% in 2021.", [(-0.8, -0.8, GDP, "growth")]),
        ("Спад 2020 года на 2,7% был компенсирован.", [(-2.7, -2.7, GDP, "growth")]),
        # a level after "to"/"до" keeps its sign
        ("GDP growth fell to 1.1% in 2021.", [(1.1, 1.1, GDP, "growth")]),
        # bare growth, a forecaster's
        ("Фонд прогнозирует рост на 0,8%.", [(0.8, 0.8, GDP, "growth forecast")]),
        ("The bank thinks 1.5%-2.5% growth is likely.", [(1.5, 2.5, GDP, "growth forecast")]),
        ("Economists think growth of 1.5% is likely.", [(1.5, 1.5, GDP, "growth forecast")]),
        (
            "По мнению банка, в 2025 году ВВП Чили упадет более чем на 2%.",
            [(None, -2.0, f"{GDP}@place:chile", "growth forecast")],
        ),
        # elliptical continuations keep the subject and take their own period
        (
            "GDP in Peru grew 2.7% in 2022, revised from 2.5%.",
            [(2.7, 2.7, f"{GDP}@place:peru", "growth"), (2.5, 2.5, f"{GDP}@place:peru", "growth")],
        ),
        (
            "The economy grew 3.1% in March and 2.2% in February.",
            [(3.1, 3.1, GDP, "monthly growth"), (2.2, 2.2, GDP, "monthly growth")],
        ),
        (
            "Во втором квартале ВВП вырос на 4,9%, а в первом квартале снизился на 1,8%.",
            [(4.9, 4.9, GDP, "quarterly growth"), (-1.8, -1.8, GDP, "quarterly growth")],
        ),
        # "с X до Y" / "до Y с X" are two values, the old and the new
        (
            "В Перу темпы роста замедлились с 3,1% в 2021 до 2,7% в 2022.",
            [(3.1, 3.1, f"{GDP}@place:peru", "growth"), (2.7, 2.7, f"{GDP}@place:peru", "growth")],
        ),
        (
            "Рост отмечен и в Канаде (до 1,5% с 1,1% в 2019-м).",
            [
                (1.5, 1.5, f"{GDP}@place:canada", "growth"),
                (1.1, 1.1, f"{GDP}@place:canada", "growth"),
            ],
        ),
        (
            "Лидирует Вьетнам, где рост ускорился до 6,8%.",
            [(6.8, 6.8, f"{GDP}@place:vietnam", "growth")],
        ),
        # a signed range
        (
            "По оценке банка, ВВП в будущем году изменится от минус 2 до плюс 2%.",
            [(-2.0, 2.0, GDP, "growth forecast")],
        ),
        # a share of the economy is held by the sector, not the economy's growth
        (
            "The farm sector's share of GDP slipped to 11.2%, down from 12.9%.",
            [
                (11.2, 11.2, "economy:share:farm sector", "share"),
                (12.9, 12.9, "economy:share:farm sector", "share"),
            ],
        ),
        (
            "Доля аграрного сектора в ВВП снизилась до 4,1%.",
            [(4.1, 4.1, "economy:share:аграрный сектор", "share")],
        ),
    ],
)
def test_an_economic_percentage_is_the_economys(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another measure stands nearer, or growth has a thing of its own
        "The economy slowed as inflation reached 7%.",
        "Экономика замедлилась, а безработица достигла 7%.",
        "Рост цен составил 9%.",
        "Growth in exports was 9%.",
        # a counted noun owns the figure
        "Despite the economy, 45% of voters backed the plan.",
    ],
)
def test_a_percentage_of_another_measure_is_not_the_economys(text: str) -> None:
    assert all(not (key or "").startswith("economy:") for *_, key, _ in _rows(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ВВП сократился более чем на 4%.", [(4.0, None, Qualifier.MORE_THAN)]),
        ("Выпуск вырос не менее чем на 2%.", [(2.0, None, Qualifier.AT_LEAST)]),
        ("Output fell by more than 4%.", [(4.0, None, Qualifier.MORE_THAN)]),
        ("от минус 2 до плюс 3%", [(-2.0, 3.0, Qualifier.RANGE)]),
        ("from minus 2 to plus 3 percent", [(-2.0, 3.0, Qualifier.RANGE)]),
        ("температура минус 5 градусов", [(-5.0, -5.0, Qualifier.EXACT)]),
        ("темпы замедлились с 6,1% в 2020 году до 4,2%", [
            (6.1, 6.1, Qualifier.EXACT), (4.2, 4.2, Qualifier.EXACT),
        ]),
        ("в Норвегии (до 2,7% с 0,8% в прошлом году)", [
            (2.7, 2.7, Qualifier.EXACT), (0.8, 0.8, Qualifier.EXACT),
        ]),
        # "до" alone stays a bound
        ("В зале было до 300 человек.", [(None, 300.0, Qualifier.AT_MOST)]),
    ],
)  # fmt: skip
def test_bounds_signs_and_changes(
    text: str, expected: list[tuple[float | None, float | None, Qualifier]]
) -> None:
    assert [(q.low, q.high, q.qualifier) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("sentence", "clause", "expected"),
    [
        ("Growth was 2.8% in Q2 2023.", "Growth was 2.8% in Q2 2023.", "2023-04"),
        ("Growth was 2.8% in the third quarter of 2022.", "Growth was", "2022-07"),
        ("Во II квартале 2023 года ВВП вырос на 4%.", "Во II квартале", "2023-04"),
        ("В четвёртом квартале прошлого года ВВП вырос на 4%.", "ВВП вырос", "2023-10"),
        ("Exports rose 4% in February.", "Exports rose 4% in February.", "2024-02"),
        ("В феврале экспорт вырос на 4%.", "В феврале экспорт", "2024-02"),
        ("Спад 2022 года составил 1,2%.", "Спад 2022 года составил 1,2%.", "2022"),
        ("Рост в 2021-м составил 3%.", "Рост в 2021-м составил 3%.", "2021"),
        # a month inside a day's date is the date's, not a period
        ("Митинг 5 марта 2012 года собрал 20 тыс. человек.", "Митинг", None),
    ],
)
def test_a_clause_dates_its_figures_by_quarter_month_or_year(
    sentence: str, clause: str, expected: str | None
) -> None:
    lo = sentence.index(clause)
    assert year_of_clause(sentence, lo, len(sentence), "2024-05-10") == expected


def test_a_clause_with_no_period_continues_the_quarter_before_it() -> None:
    sentence = "GDP fell 0.7% in Q1, revised from 0.9%; it rose 2% in Q2."
    lo = sentence.index(", revised")
    hi = sentence.index(";")
    assert year_of_clause(sentence, lo, hi, "2024-05-10") == "2024-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in Q3", "quarter"),
        ("в третьем квартале", "quarter"),
        ("in February", "month"),
        ("for January-February 2024", "months"),
        ("в январе–феврале", "months"),
        ("in 2023", None),
    ],
)
def test_period_kind(text: str, expected: str | None) -> None:
    assert period_kind(text, 0, len(text)) == expected


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("The ministry expects GDP will grow 1.7% in 2026.", True),
        ("Analysts forecast growth of 1.9%.", True),
        ("МВФ прогнозирует рост на 0,6%.", True),
        ("Ожидается, что экономика вырастет на 2%.", True),
        ("GDP grew 1.7% in 2021.", False),
        ("ВВП вырос на 2,3%.", False),
    ],
)
def test_a_forecast_is_hedged(sentence: str, hedged: bool) -> None:
    assert timing(sentence).hedged is hedged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of passing a figure are lower bounds; "as high as" an upper one
        ("The toll passes 8,000.", [(8000.0, None, Qualifier.MORE_THAN)]),
        ("The toll has surpassed 12,000.", [(12000.0, None, Qualifier.MORE_THAN)]),
        ("Daily cases topped 9,000.", [(9000.0, None, Qualifier.MORE_THAN)]),
        ("Число заражений перевалило за 9 тыс.", [(9000.0, None, Qualifier.MORE_THAN)]),
        ("Число погибших перевалило за 300.", [(300.0, None, Qualifier.MORE_THAN)]),
        ("The crowd could be as high as 6,000.", [(None, 6000.0, Qualifier.AT_MOST)]),
        # "between A to B" is a range, as "between A and B" is
        ("between 793 to 8,498 people", [(793.0, 8498.0, Qualifier.RANGE)]),
        ("between 12,000 and 30,000", [(12000.0, 30000.0, Qualifier.RANGE)]),
        # after a verb of change, "from A to B" is the old and the new figure
        ("The bill raises the retirement age from 60 to 63.", [
            (60.0, 60.0, Qualifier.EXACT), (63.0, 63.0, Qualifier.EXACT),
        ]),
        ("Fees went up from 40 to 55 euros.", [
            (40.0, 40.0, Qualifier.EXACT), (55.0, 55.0, Qualifier.EXACT),
        ]),
        ("From 100 to 300 people attended.", [(100.0, 300.0, Qualifier.RANGE)]),
        # each end with its own source is two figures
        ("от 15 тыс. (по данным полиции) до 60 тыс. (по данным организаторов)", [
            (15000.0, 15000.0, Qualifier.EXACT), (60000.0, 60000.0, Qualifier.EXACT),
        ]),
        # a unit before its figure makes it approximate
        ("Таких очередей город не видел лет 15.", [(15.0, 15.0, Qualifier.ABOUT)]),
        ("Пострадали человек десять.", [(10.0, 10.0, Qualifier.ABOUT)]),
        # a title-case month keeps its year a date: no count
        ("Митинг завершен 10 Декабря 2011", []),
    ],
)  # fmt: skip
def test_passing_ranges_changes_and_inverted_units(
    text: str, expected: list[tuple[float | None, float | None, Qualifier]]
) -> None:
    assert [(q.low, q.high, q.qualifier) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bill raises the retirement age from 60 to 63.",
            [(60.0, "lemma:retirement age", "age"), (63.0, "lemma:retirement age", "age")],
        ),
        (
            "The voting age was lowered from 18 to 16.",
            [(18.0, "lemma:voting age", "age"), (16.0, "lemma:voting age", "age")],
        ),
        (
            "Закон повышает пенсионный возраст с 60 до 63 лет.",
            [
                (60.0, "lemma:пенсионный возраст", "age"),
                (63.0, "lemma:пенсионный возраст", "age"),
            ],
        ),
        (
            "Реформа предусматривает повышение пенсионного возраста с 62 до 65 лет.",
            [
                (62.0, "lemma:пенсионный возраст", "age"),
                (65.0, "lemma:пенсионный возраст", "age"),
            ],
        ),
        # a unit of time before the figure: a duration, never a head count
        ("Таких очередей город не видел лет 15.", [(15.0, "lemma:год", "duration")]),
        ("Такой жары здесь не было лет 30.", [(30.0, "lemma:год", "duration")]),
    ],
)
def test_ages_and_durations(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(c.low, c.subject_key, c.property) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # by how much a measure changed is not the measure
        ("Умерло на 9% больше людей, чем годом ранее.", [(9.0, "killed increase")]),
        ("Умерли на 41 тысячу человек больше.", [(41000.0, "killed increase")]),
        (
            "За год умерли 1,9 млн человек, что на 210 тысяч человек больше, чем годом ранее.",
            [(1_900_000.0, "killed"), (210_000.0, "killed increase")],
        ),
        ("Deaths rose 9 per cent year on year.", [(9.0, "killed increase")]),
        ("Deaths fell by 6% compared with last year.", [(6.0, "killed decrease")]),
        ("There were 41,000 more deaths than in 2019.", [(41000.0, "killed increase")]),
        # a level reached is the measure itself
        ("The toll rose to 300.", [(300.0, "killed")]),
        # ratios have no key: compared with nothing
        ("Police figures were twelve times lower.", [(12.0, "ratio")]),
        ("The estimates varied by a factor of three.", [(3.0, "ratio")]),
        ("Участников было в 5 раз меньше.", [(5.0, "ratio")]),
        ("Он звонил 3 раза.", []),
        ("Участников было вдвое меньше.", [(2.0, "ratio")]),
        ("Police counted twice as many marchers.", [(2.0, "ratio")]),
        ("Он вдвое старше её.", []),
        # "times" is the ratio's, not the next figure's noun
        (
            "The toll was three times higher than the 4,210 deaths reported.",
            [(3.0, "ratio"), (4210.0, "killed")],
        ),
    ],
)
def test_changes_and_ratios(text: str, expected: list[tuple[float, str]]) -> None:
    claims = extract_claims(text, published="2023-03-20")
    assert [(c.low, c.property) for c in claims] == expected
    assert all(c.subject_key is None for c in claims if c.property == "ratio")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Severe cases: 40+", (40.0, None, Qualifier.AT_LEAST)),
        ("Тяжёлых: 40+ человек", (40.0, None, Qualifier.AT_LEAST)),
        ("Visitors must be 18+.", (18.0, None, Qualifier.AT_LEAST)),
    ],
)
def test_a_plus_after_a_figure_is_a_lower_bound(
    text: str, expected: tuple[float, float | None, Qualifier]
) -> None:
    q = find_quantities(text)[0]
    assert (q.low, q.high, q.qualifier) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Almost a third of nurses joined.", [("Almost a third", 33.0, 34.0, Qualifier.ABOUT)]),
        ("Half of the staff stayed home.", [("Half", 50.0, 50.0, Qualifier.EXACT)]),
        ("Two thirds of voters agreed.", [("Two thirds", 66.0, 67.0, Qualifier.ABOUT)]),
        ("Половина опрошенных против.", [("Половина", 50.0, 50.0, Qualifier.EXACT)]),
        ("Пришли около трети участников.", [("около трети", 33.0, 34.0, Qualifier.ABOUT)]),
        # parts of time, and "half" of a number, are not shares
        ("В первую половину дня было тихо.", []),
        ("It rained in the second half of the match.", []),
        ("half a million people", [("half a million", 500_000.0, 500_000.0, Qualifier.EXACT)]),
        # an English fraction needs "of" or a bound
        ("They won by half.", []),
    ],
)
def test_fractions_are_shares(
    text: str, expected: list[tuple[str, float, float, Qualifier]]
) -> None:
    assert [(q.text, q.low, q.high, q.qualifier) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was the sixth day of strikes.", [(6.0, "sixth day")]),
        ("Marchers returned for the seventh week of protests.", [(7.0, "seventh week")]),
        # a day with nothing it is a day of, and rounds of a vote, are not numbered here
        ("It was the third day on Wednesday.", []),
        ("Во втором туре выборов победил Иванов.", []),
        ("It has the third highest toll in Europe.", [(3.0, "third highest")]),
        ("Это был шестой день забастовки.", [(6.0, "шестой день")]),
        ("Во время восьмого дня протестов задержали 12 человек.", [(8.0, "восьмого дня")]),
        # an ordinal before anything but a series is no figure
        ("It was the first time he spoke.", []),
        ("В первую очередь пострадали дети.", []),
    ],
)
def test_ordinals_of_a_series(text: str, expected: list[tuple[float, str]]) -> None:
    claims = extract_claims(text, published="2023-03-20")
    ordinals = [(c.low, c.subject) for c in claims if c.property == "ordinal"]
    assert ordinals == expected
    assert all(c.subject_key is None for c in claims if c.property == "ordinal")


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # the fall named just before the economy's word
        ("Падение ВВП в 2020 году составило 3%.", -3.0),
        ("The decline of the economy over the year was 2%.", -2.0),
        ("В 2020 году упал ВВП на 3%.", -3.0),
        # the fall said between the economy's word and the figure
        ("ВВП снизился на 2,1%.", -2.1),
        ("The economy fell 1.2% in 2020.", -1.2),
        # a fall said before, of another time: the growth is growth
        ("После спада рост ВВП составил 2,5%.", 2.5),
        ("After the slump, growth of the economy reached 2%.", 2.0),
    ],
)
def test_where_a_fall_is_said_signs_the_growth(text: str, low: float) -> None:
    [claim] = extract_claims(text)
    assert claim.low == low
