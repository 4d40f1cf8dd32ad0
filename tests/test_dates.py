"""Dates: parsing what a journalist types, finding dates, datelines and as-of dates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import FactcheckError
from factcheck.text.datelines import dateline_span, find_dateline
from factcheck.text.dates import detect_language, find_as_of, find_dates, parse_date


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("2022-01-07", "2022-01-07"),
        ("2022-01", "2022-01"),
        ("2022", "2022"),
        ("07.01.2022", "2022-01-07"),
        ("7.1.2022", "2022-01-07"),
        ("7 января 2022", "2022-01-07"),
        ("7 января 2022 года", "2022-01-07"),
        ("29 февраля 2024 г.", "2024-02-29"),
        ("3 мая 2021", "2021-05-03"),
        ("15 авг. 2020", "2020-08-15"),
        ("январь 2022", "2022-01"),
        ("January 7, 2022", "2022-01-07"),
        ("Jan. 7, 2022", "2022-01-07"),
        ("7 Jan 2022", "2022-01-07"),
        ("7th of March 2022", "2022-03-07"),
        ("Sept 30 2021", "2021-09-30"),
        ("Friday, January 7, 2022", "2022-01-07"),
        ("  2022-01-07  ", "2022-01-07"),
        ("December 2021", "2021-12"),
    ],
)
def test_parse_date(typed: str, iso: str) -> None:
    assert parse_date(typed) == iso


@pytest.mark.parametrize(
    "typed",
    [
        "2022-13-45",
        "yesterday?",
        "",
        "31.02.2022",
        "29 февраля 2023",
        "7 января",
        "1400",
        "2022-1-7x",
    ],
)
def test_parse_date_refuses(typed: str) -> None:
    with pytest.raises(FactcheckError) as caught:
        parse_date(typed)
    assert str(caught.value) == (
        f"Cannot read the date '{typed.strip()}': use YYYY-MM-DD, e.g. 2022-01-07"
    )


def test_parse_date_message_stays_short_and_on_one_line() -> None:
    with pytest.raises(FactcheckError) as caught:
        parse_date("not\na date " + "x" * 100)
    assert str(caught.value) == (
        "Cannot read the date 'not a date xxxxxxxxxxxxxxxxxxxxxxxxxx...': "
        "use YYYY-MM-DD, e.g. 2022-01-07"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Митинг прошёл 2 января 2022 года.", [(14, 32, "2022-01-02")]),
        ("С 4 января по 6 января.", [(2, 10, "--01-04"), (14, 22, "--01-06")]),
        ("В 2021 году было тихо.", [(2, 11, "2021")]),
        ("В январе 2022 года начались протесты.", [(2, 18, "2022-01")]),
        ("It began on Jan. 2 in Zhanaozen.", [(12, 18, "--01-02")]),
        ("Data from 07.01.2022 and 2022-01-08.", [(10, 20, "2022-01-07"), (25, 35, "2022-01-08")]),
        ("Россия — 1400, Беларусь — 300, 3.5 млн.", []),
        ("Комендантский час с 23:00 до 07:00.", []),
        ("The vote in 2020 was close.", [(12, 16, "2020")]),
        ("They met on May 7.", [(12, 17, "--05-07")]),
        ("31 июня не бывает.", []),
    ],
)
def test_find_dates(sentence: str, expected: list[tuple[int, int, str]]) -> None:
    assert find_dates(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "reference", "as_of"),
    [
        ("По данным полиции на утро 7 января, пострадали 40 человек.", "2022-01", "2022-01-07"),
        ("К вечеру 5 января число задержанных выросло.", "2022-01-09", "2022-01-05"),
        ("6 января власти объявили режим ЧП.", "2022", "2022-01-06"),
        (
            "Протесты начались 2 января, а по состоянию на 8 января погибли 30.",
            "2022-01",
            "2022-01-08",
        ),
        ("Режим продлится до 19 января.", "2022-01", None),
        ("С 2 января погибли 5 человек.", "2022-01", None),
        ("На 30 декабря в больницах было 12 человек.", "2022-01-03", "2021-12-30"),
        ("По данным на 7 января, 26 погибших.", None, None),
        ("Погибли 26 человек на 7 января 2022 года.", None, "2022-01-07"),
        ("On Jan. 7 the ministry said 26 died.", "2022-01", "2022-01-07"),
        ("As of January 9, 164 people had died, up from 26 on Jan. 7.", "2022", "2022-01-09"),
        ("By Friday the toll had risen.", "2022-01", None),
        ("Погибли 26 человек.", "2022-01", None),
    ],
)
def test_find_as_of(sentence: str, reference: str | None, as_of: str | None) -> None:
    assert find_as_of(sentence, reference) == as_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2021-06 Парламент одобрил закон.", "2021-06"),
        ("Дата: 7 января 2022\nТекст статьи.", "2022-01-07"),
        ("Протесты в Алматы\n07.01.2022 12:30\nТекст.", "2022-01-07"),
        ("Headline here\nJanuary 7, 2022\n\nBody text.", "2022-01-07"),
        ("Published: Jan. 7, 2022 10:00 GMT\nBody.", "2022-01-07"),
        ("Title\nBy Staff\nUpdated: Friday, January 7, 2022", "2022-01-07"),
        ("Опубликовано 5 января 2022 года\nТекст.", "2022-01-05"),
        ("7 января 2022 года в Алматы начались протесты.", None),
        ("Заголовок\nТекст без даты.", None),
        ("", None),
    ],
)
def test_find_dateline(text: str, expected: str | None) -> None:
    assert find_dateline(text) == expected


def test_dateline_span_marks_the_date_words() -> None:
    text = " date 2021-06 Парламент одобрил закон."
    assert dateline_span(text) == (1, 13, "2021-06")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Протесты в Казахстане", "ru"),
        ("Protests in Kazakhstan", "en"),
        ("Агентство Reuters сообщило", "ru"),
        ("The word Алматы appears once in this English line", "en"),
        ("", "en"),
        ("12 345", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@given(st.text(max_size=60))
def test_parse_date_raises_only_factcheck_error(typed: str) -> None:
    try:
        value = parse_date(typed)
    except FactcheckError:
        return
    assert value[:4].isdigit()


@given(st.text(max_size=120), st.sampled_from([None, "2022", "2022-01", "2022-01-07"]))
def test_as_of_is_none_or_iso(sentence: str, reference: str | None) -> None:
    value = find_as_of(sentence, reference)
    assert value is None or value == parse_date(value)
