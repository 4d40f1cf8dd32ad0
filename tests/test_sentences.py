"""Sentence splitting: Russian and English, abbreviations, quotes, headlines, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.sentences import split_sentences


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Первое. Второе.", ["Первое.", "Второе."]),
        (
            "Новость первой опубликовала Tengrinews.kz. Затем её подтвердил Vlast.kz.",
            ["Новость первой опубликовала Tengrinews.kz.", "Затем её подтвердил Vlast.kz."],
        ),
        (
            "Люди скандировали «Кет!» («Уходи!»). Полиция молчала.",
            ["Люди скандировали «Кет!» («Уходи!»).", "Полиция молчала."],
        ),
        (
            "«Мы остаёмся. Решение окончательное», — сказал мэр. Зал затих.",
            ["«Мы остаёмся. Решение окончательное», — сказал мэр.", "Зал затих."],
        ),
        ("«Хватит.» Он вышел.", ["«Хватит.»", "Он вышел."]),
        ("Указ подписал К.-Ж. Токаев в среду.", ["Указ подписал К.-Ж. Токаев в среду."]),
        (
            "Письмо подписал Н.А. Иванов. Ответа нет.",
            ["Письмо подписал Н.А. Иванов.", "Ответа нет."],
        ),
        ("J. Smith met Mr. Brown and Dr. Lee.", ["J. Smith met Mr. Brown and Dr. Lee."]),
        (
            "Это случилось 5 янв. 2021 г. в Бишкеке. Ущерб — 2 млн. сомов, т.е. немало.",
            ["Это случилось 5 янв. 2021 г. в Бишкеке.", "Ущерб — 2 млн. сомов, т.е. немало."],
        ),
        (
            "Пришли 4 тыс. человек, и т.д. Потом всё.",
            ["Пришли 4 тыс. человек, и т.д.", "Потом всё."],
        ),
        ("Он живёт на ул. Абая, д. 5. Сосед тоже.", ["Он живёт на ул. Абая, д. 5.", "Сосед тоже."]),
        (
            "The U.S. Embassy said so. Aid came from the U.S. The UN agreed.",
            ["The U.S. Embassy said so.", "Aid came from the U.S.", "The UN agreed."],
        ),
        (
            "Prices rose 3.5 percent, e.g. bread. Room No. 5 was shut.",
            ["Prices rose 3.5 percent, e.g. bread.", "Room No. 5 was shut."],
        ),
        (
            "It happened on Jan. 4 in Aktau. Then it spread.",
            ["It happened on Jan. 4 in Aktau.", "Then it spread."],
        ),
        ("Неужели?! Да... Всё так.", ["Неужели?!", "Да...", "Всё так."]),
        ("Wait… Really? Yes!", ["Wait…", "Really?", "Yes!"]),
        (
            "Заголовок без точки\nТекст статьи. Ещё.",
            ["Заголовок без точки", "Текст статьи.", "Ещё."],
        ),
        ("Строка без точки\n\nновый абзац", ["Строка без точки", "новый абзац"]),
        (
            "Длинная фраза, перенесённая\nна следующую строку. Конец.",
            ["Длинная фраза, перенесённая\nна следующую строку.", "Конец."],
        ),
        ("1. Первый пункт\n2. Второй пункт", ["1. Первый пункт", "2. Второй пункт"]),
        (
            "date 2021-06 Парламент одобрил закон. Вот.",
            ["date 2021-06", "Парламент одобрил закон.", "Вот."],
        ),
        ("Он ушёл. (Это было вчера.) Всё.", ["Он ушёл.", "(Это было вчера.)", "Всё."]),
        # a bracket that goes on in lower case after an abbreviation continues the sentence
        (
            "Пришло от 12 тыс. (по словам полиции) до 30 тыс. человек. Дождь шёл.",
            ["Пришло от 12 тыс. (по словам полиции) до 30 тыс. человек.", "Дождь шёл."],
        ),
        (
            "Долг вырос на 3 млрд. (данные банка) за год.",
            ["Долг вырос на 3 млрд. (данные банка) за год."],
        ),
        (
            "Sales hit 4 bn. (company figures) in May. Costs fell.",
            ["Sales hit 4 bn. (company figures) in May.", "Costs fell."],
        ),
        ("He said: “Go.” Then he left.", ["He said: “Go.”", "Then he left."]),
        ("   \n  ", []),
        ("", []),
        ("Без точки в конце", ["Без точки в конце"]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports rose to 48.Officials said more would follow.",
            ["Exports rose to 48.", "Officials said more would follow."],
        ),
        ("Prices went up.Traders were calm.", ["Prices went up.", "Traders were calm."]),
        (
            "Выручка выросла до 48.Власти обещают больше.",
            ["Выручка выросла до 48.", "Власти обещают больше."],
        ),
        ("Цены выросли.Торговцы спокойны.", ["Цены выросли.", "Торговцы спокойны."]),
        # no sentence ends: an initial, an abbreviation, a decimal, a domain, a link, a name
        ("J.Smith arrived at noon.", ["J.Smith arrived at noon."]),
        ("Mr.Brown and Dr.Lee arrived.", ["Mr.Brown and Dr.Lee arrived."]),
        ("The U.S.Army sent 300 troops.", ["The U.S.Army sent 300 troops."]),
        ("Output grew 3.5 percent.", ["Output grew 3.5 percent."]),
        ("The story ran on Example.Com first.", ["The story ran on Example.Com first."]),
        ("Details are at www.example.Org today.", ["Details are at www.example.Org today."]),
        ("The ASP.NET site went down.", ["The ASP.NET site went down."]),
        ("Об этом написала Газета.Ru утром.", ["Об этом написала Газета.Ru утром."]),
        ("Он живёт на ул.Абая с женой.", ["Он живёт на ул.Абая с женой."]),
        ("Пришли 4 тыс.Человек было больше.", ["Пришли 4 тыс.Человек было больше."]),
        ("Он сказал: «Рост.Падение.» Всё.", ["Он сказал: «Рост.Падение.»", "Всё."]),
    ],
)
def test_a_full_stop_glued_to_a_capital(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


def test_spans_are_trimmed_offsets() -> None:
    text = "  Первое.\n\n  Второе!  "
    assert split_sentences(text) == [(2, 9), (13, 20)]


@given(st.text(alphabet=st.sampled_from(list("аБ zZ.!?…«»“”\"'()\n-1.К")), max_size=200))
def test_spans_ordered_disjoint_and_cover_all_text(text: str) -> None:
    spans = split_sentences(text)
    covered = [False] * len(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        for i in range(start, end):
            covered[i] = True
        previous_end = end
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))


@given(st.text(max_size=300))
def test_never_crashes_on_any_text(text: str) -> None:
    for start, end in split_sentences(text):
        assert text[start:end].strip() == text[start:end]
