"""What a figure counts when its noun is generic: the predicate or the condition says it."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _measures(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.low, c.property) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rescued: brought out alive
        ("A total of 86 miners were brought to the surface.", [(86.0, "rescued")]),
        ("Firefighters said 212 workers were rescued.", [(212.0, "rescued")]),
        ("Из шахты вывели на поверхность 117 человек.", [(117.0, "rescued")]),
        ("Спасены 300 пассажиров парома.", [(300.0, "rescued")]),
        # hospitalised: taken to hospital
        ("Another 35 people were taken to hospital.", [(35.0, "hospitalised")]),
        ("Госпитализированы 40 человек.", [(40.0, "hospitalised")]),
        # sought a doctor's help: more than those kept in hospital
        ("In the town, 48 people have sought medical help.", [(48.0, "medical_help")]),
        ("За медицинской помощью обратились 64 человека.", [(64.0, "medical_help")]),
        ("Some 70 residents requested medical assistance.", [(70.0, "medical_help")]),
        # diagnosed: fell ill
        ("Twelve people were diagnosed with measles.", [(12.0, "ill")]),
        # identified
        ("So far 31 bodies have been identified.", [(31.0, "identified")]),
        ("Опознаны 26 тел.", [(26.0, "identified")]),
        # killed, told by the predicate
        ("The flood claimed the lives of 23 people.", [(23.0, "killed")]),
        ("Пожар унес жизни 19 человек.", [(19.0, "killed")]),
        # the state of some of the hurt
        ("17 of them are in serious condition.", [(17.0, "serious")]),
        ("Eleven patients remain in critical condition.", [(11.0, "serious")]),
        ("В тяжелом состоянии находятся 12 человек.", [(12.0, "serious")]),
        ("Nine people are in intensive care.", [(9.0, "icu")]),
        ("В реанимации остаются 8 человек.", [(8.0, "icu")]),
        ("At least 30 patients were placed on ventilators.", [(30.0, "ventilator")]),
        ("Трое пациентов подключены к аппаратам ИВЛ.", [(3.0, "ventilator")]),
    ],
)
def test_a_generic_nouns_measure_comes_from_its_predicate(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Another 41 people sought medical treatment, 9 of them in intensive care.",
            [(41.0, "medical_help"), (9.0, "icu")],
        ),
        (
            "Госпитализированы 40 человек, 12 из них — в тяжёлом состоянии.",
            [(40.0, "hospitalised"), (12.0, "serious")],
        ),
        (
            "Doctors treated 60 people, 14 of whom were in critical condition.",
            [(60.0, "count"), (14.0, "serious")],
        ),
    ],
)
def test_a_share_of_a_figure_takes_its_own_condition(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Some 310,000 protesters marched in Lisbon.",
        "About 1.2 million people took to the streets.",
        "The prefecture counted 52,000 marchers.",
        "Organisers said 95,000 people came out.",
        "На улицы вышли около 310 тыс. человек.",
        "В акции участвовали 95 тыс. демонстрантов.",
        "Полиция насчитала 40 тыс. манифестантов.",
        "На площадь вышли 200 протестующих.",
    ],
)
def test_a_crowd_is_one_quantity_however_it_is_told(text: str) -> None:
    [claim] = extract_claims(text)
    assert (claim.subject_key, claim.property) == ("group:people", "participants")


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        ("Police detained 30 protesters.", "detained"),
        ("Задержаны 30 демонстрантов.", "detained"),
        ("Из шахты вышли 20 человек.", "count"),
        ("One protester, a student, died in hospital.", "count"),
        ("About 400 people live in the village.", "count"),
    ],
)
def test_people_are_no_crowd_without_a_protest(text: str, prop: str) -> None:
    [claim] = extract_claims(text)
    assert claim.property == prop


@pytest.mark.parametrize(
    "text",
    [
        "Таких очередей город не видел лет 15.",
        "10 Декабря 2011 Митинг на площади завершен.",
        "Митинг прошёл 12 Марта.",
    ],
)
def test_dates_and_durations_are_no_counts(text: str) -> None:
    # a duration is a claim of its own (tests/test_economy.py), never a head count
    assert not [c for c in extract_claims(text) if c.property in ("count", "participants")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Толчок произошёл на глубине 9 км.", ("lemma:depth", "depth", "км")),
        ("Землетрясение с эпицентром на глубине 14 км.", ("lemma:depth", "depth", "км")),
        ("The quake struck at a depth of 12 km.", ("lemma:depth", "depth", "km")),
        ("A second tremor had a depth of 31 kilometres.", ("lemma:depth", "depth", "kilometre")),
    ],
)
def test_a_unit_after_a_dimension_measures_it(text: str, expected: tuple[str, str, str]) -> None:
    [claim] = extract_claims(text)
    assert (claim.subject_key, claim.property, claim.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number of X: the measure is X's
        ("The number of victims has risen to 77.", [(77.0, "killed")]),
        ("Officials reported an increase in the number of dead to 64.", [(64.0, "killed")]),
        ("The number of those who died after the May 4 collapse rose to 41.", [(41.0, "killed")]),
        ("Количество пострадавших увеличилось до 240.", [(240.0, "injured")]),
        # what the predicate says happened to them
        ("Из шахты удалось вывести 239 человек.", [(239.0, "rescued")]),
        ("Four firefighters who perished were buried on Monday.", [(4.0, "killed")]),
        ("Divers resumed the search for 17 others.", [(17.0, "missing")]),
    ],
)
def test_the_measure_comes_from_what_is_counted(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined the march on Sunday.",
        "Police counted 4,000, far below the 31,000 put forward by organisers.",
    ],
)
def test_a_verb_is_never_a_subject(text: str) -> None:
    assert all(c.subject not in ("joined", "put forward") for c in extract_claims(text))


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        ("Russia sent 1,400 troops.", "troops"),
        ("Кыргызстан направит 150 военнослужащих.", "troops"),
        ("Some 4,000 troops will be deployed to Latvia.", "troops"),
        ("Nearly 6,000 troops already in Estonia will stay.", "stationed"),
        ("В стране дислоцированы 700 военнослужащих.", "stationed"),
        ("Ещё 300 военных, которые уже находятся в Литве, останутся там.", "stationed"),
        ("A further 4,700 troops were put on high alert.", "on_alert"),
        ("В повышенную боевую готовность приведены 5 тыс. военнослужащих.", "on_alert"),
    ],
)
def test_troops_sent_stationed_or_on_alert_are_three_quantities(text: str, prop: str) -> None:
    assert [c.property for c in extract_claims(text)] == [prop]


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        ("Investigators have now identified 37 bodies of the victims.", "identified"),
        ("Twelve families of the injured were evacuated.", "evacuated"),
        ("К утру 84 тела погибших были опознаны.", "identified"),
        ("Погибли 15 человек.", "killed"),
    ],
)
def test_the_predicate_says_what_happened_not_the_noun_s_qualifier(text: str, prop: str) -> None:
    assert [c.property for c in extract_claims(text)] == [prop]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The nurses' union speaks of 61%.", "union"),
        ("The central bank thinks inflation of 1.5% is likely.", "inflation"),
        ("Output was adjusted from 1.8%.", "output"),
        ("Turnout reached 48%.", "turnout"),
    ],
)
def test_a_verb_is_never_the_subject_of_a_share(text: str, subject: str) -> None:
    assert [c.subject for c in extract_claims(text)] == [subject]


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        # a condition said of the figure counts those in it, whatever else happened to them
        ("Another 26 people were hospitalised in serious condition.", "serious"),
        ("Dozens more were admitted to hospital in critical condition.", "serious"),
        ("Семеро пострадавших госпитализированы в тяжелом состоянии.", "serious"),
        ("В реанимацию доставлены 9 отравившихся.", "icu"),
        ("Eleven of the injured were taken to intensive care.", "icu"),
    ],
)
def test_a_condition_of_the_figure_is_its_measure(text: str, prop: str) -> None:
    assert [c.property for c in extract_claims(text)] == [prop]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a depth is a depth, whatever country is named beside it
        (
            "Толчок произошёл в 60 км от иранской границы на глубине 11 км.",
            ("lemma:depth", "depth"),
        ),
        (
            "The quake hit 60 km from the Iranian border at a depth of 11 km.",
            ("lemma:depth", "depth"),
        ),
    ],
)
def test_a_depth_beside_a_country_is_still_a_depth(text: str, expected: tuple[str, str]) -> None:
    assert (expected[0], expected[1]) in [(c.subject_key, c.property) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state said of one figure does not make another of its clause a share
        (
            "Two people died and 31 are in serious condition.",
            [("group:people", "killed"), ("group:people@part", "serious")],
        ),
        (
            "Погибли двое, и 31 человек находится в тяжелом состоянии.",
            [("group:people", "killed"), ("group:people@part", "serious")],
        ),
    ],
)
def test_a_state_is_said_of_its_own_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.subject_key, c.property) for c in extract_claims(text)] == expected
