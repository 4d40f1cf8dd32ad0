"""Hedges and earlier-state markers, Russian and English, on whole words only."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.markers import is_earlier_state, is_hedged


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Скорее всего, пострадавших больше.", True),
        ("Возможно, задержаны 200 человек.", True),
        ("Это невозможно проверить.", False),
        ("По предварительным данным, погибли 12 человек.", True),
        ("По предварительной информации, ранены 40.", True),
        ("Число жертв может быть больше.", True),
        ("Потери могут оказаться выше.", True),
        ("Вероятно, колонна уже в пути.", True),
        ("Невероятно, но факт: 300 машин.", False),
        ("Предположительно, в здании было 50 человек.", True),
        ("Протестующие якобы захватили аэропорт.", True),
        ("Не исключено, что задержанных больше.", True),
        ("Полиция задержала 3 тысячи человек.", False),
        ("Police reportedly detained 3,000 people.", True),
        ("The group allegedly seized the airport.", True),
        ("The toll may rise.", True),
        ("May be more than 26.", True),
        ("On May 7 the toll was 26.", False),
        ("It happened on 7 May.", False),
        ("The number might be higher.", True),
        ("The death toll could be higher.", True),
        ("Preliminary figures show 18 injured.", True),
        ("Possibly 40 people were hurt.", True),
        ("Officials said 26 people died.", False),
        ("Forty people were likely hurt.", True),
    ],
)
def test_is_hedged(sentence: str, hedged: bool) -> None:
    assert is_hedged(sentence) is hedged


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("Ранее сообщалось о трёх странах.", True),
        ("Днём ранее стало известно о задержаниях.", True),
        ("Заранее никто не знал.", False),
        ("Пока согласие дали три страны.", True),
        ("Согласие дали пока три страны.", True),
        ("Полиция показала видео.", False),
        ("До тех пор, пока не уйдут войска.", False),
        ("На данный момент известно о 26 погибших.", True),
        ("На текущий момент задержаны 3000.", True),
        ("Первоначально сообщалось о 8 погибших.", True),
        ("Войска прибыли в среду.", False),
        ("Earlier it was reported that two died.", True),
        ("So far three countries agreed.", True),
        ("As yet no troops have arrived.", True),
        ("Initially 8 deaths were reported.", True),
        ("It was previously reported that 5 died.", True),
        ("Yet the ministry gave no figure.", False),
        ("Three countries agreed.", False),
        ("The figure has not yet been confirmed.", True),
        ("To date, 164 deaths are known.", True),
    ],
)
def test_is_earlier_state(sentence: str, earlier: bool) -> None:
    assert is_earlier_state(sentence) is earlier


@given(st.text(max_size=200))
def test_markers_never_crash(sentence: str) -> None:
    assert isinstance(is_hedged(sentence), bool)
    assert isinstance(is_earlier_state(sentence), bool)
