"""Deaths confirmed so far, or bodies recovered, in an article that says the toll may go beyond
them (some presumed dead, or missing), are a floor of the toll: a part of it (``@confirmed``),
never its rival. "Officials confirmed 14 deaths" and "51 are presumed dead" can both be true; two
confirmed counts of one day, or two presumed tolls, still disagree."""

from __future__ import annotations

import pytest
from ledger_fixtures import extracted_ledger

from factcheck.conflicts import find_conflicts
from factcheck.models import ClaimDraft
from factcheck.pipeline.article import extract_claims

CONFIRMED = [
    # a confirming verb right before the figure, or its deaths
    ("Officials confirmed 12 deaths after the flood.", "12", "group:people@confirmed"),
    ("Police have confirmed the deaths of seven passengers.", "seven passengers", "@confirmed"),
    ("Подтверждена гибель 12 человек.", "12 человек", "group:people@confirmed"),
    ("Власти подтвердили гибель трёх туристов.", "трёх туристов", "@confirmed"),
    # confirmed right after the figure or its noun
    ("The toll stands at 40, with 12 deaths confirmed.", "12", "group:people@confirmed"),
    ("Officials said 17 people are confirmed dead.", "17 people", "group:people@confirmed"),
    ("Гибель 8 туристов официально подтверждена.", "8 туристов", "@confirmed"),
    # the bodies of those counted: they are dead, and that is known for sure
    ("The bodies of 9 climbers were recovered on Monday.", "9 climbers", "@confirmed"),
    ("Rescuers pulled the remains of four hikers from the ravine.", "four hikers", "@confirmed"),
    ("Из-под завалов извлечены тела 15 человек.", "15 человек", "group:people@confirmed"),
    ("Спасатели подняли тела 9 горняков.", "9 горняков", "@confirmed"),
    # a list after a dash spells out a confirmed figure
    (
        "The ministry confirmed 21 deaths — 15 villagers and six soldiers who died in the mud.",
        "six soldiers",
        "@confirmed",
    ),
]

NOT_CONFIRMED = [
    # presumed, feared, said: the toll itself
    ("Officials confirmed 12 deaths, and 40 people are presumed dead.", "40 people"),
    ("The ministry confirmed that 30 people died.", "30 people"),
    ("At least 51 people are presumed dead.", "At least 51 people"),
    ("Подтверждена гибель 12 человек, а 40 считаются погибшими.", "40"),
    ("По данным МЧС, погибли 46 шахтеров.", "46 шахтеров"),
    # bodies counted as such are bodies, and a confirmed figure of no deaths is no floor
    ("Rescuers found 14 bodies in the mine.", "14 bodies"),
    ("Doctors confirmed 30 new cases of measles.", "30 new cases"),
    ("Врачи подтвердили 30 случаев кори.", "30 случаев"),
]


# What makes a confirmed count a floor: the article goes on to say the toll may be higher.
OPEN_TOLL = {
    "en": " Dozens of people are still missing.",
    "ru": " Десятки человек пропали без вести.",
}


def _claim(text: str, quote: str, *, open_toll: bool = True) -> ClaimDraft:
    lang = "ru" if any("а" <= ch <= "я" for ch in text.lower()) else "en"
    article = text + OPEN_TOLL[lang] if open_toll else text
    (found,) = [c for c in extract_claims(article, published="2024-03-01") if c.quote == quote]
    return found


@pytest.mark.parametrize(("text", "quote", "key"), CONFIRMED)
def test_confirmed_deaths_are_a_floor_of_the_toll(text: str, quote: str, key: str) -> None:
    claim = _claim(text, quote)
    assert claim.property == "killed"
    assert claim.subject_key is not None and claim.subject_key.endswith(key)


@pytest.mark.parametrize(("text", "quote"), NOT_CONFIRMED)
def test_other_figures_are_not_confirmed(text: str, quote: str) -> None:
    claim = _claim(text, quote)
    assert not (claim.subject_key or "").endswith("@confirmed")


@pytest.mark.parametrize(("text", "quote", "key"), CONFIRMED)
def test_with_nobody_presumed_or_missing_a_confirmed_count_is_the_toll(
    text: str, quote: str, key: str
) -> None:
    claim = _claim(text, quote, open_toll=False)
    assert claim.property == "killed"
    assert not (claim.subject_key or "").endswith("@confirmed")


@pytest.mark.parametrize(
    "texts",
    [
        ("Officials confirmed 14 deaths; 40 are missing.", "Police said 51 are presumed dead."),
        ("Подтверждена гибель 14 человек, 40 пропали.", "По данным МЧС, погибли 51 человек."),
        (
            "The bodies of 11 miners were found; others are trapped.",
            "Dozens of climbers are presumed dead.",
        ),
        ("Из шахты извлечены тела 11 горняков, 30 числятся пропавшими.", "Погибли 40 горняков."),
    ],
)
def test_a_confirmed_count_below_the_toll_is_no_conflict(texts: tuple[str, str]) -> None:
    assert find_conflicts(extracted_ledger(*texts)) == []


@pytest.mark.parametrize(
    "texts",
    [
        (
            "Officials confirmed 14 deaths; 9 are missing.",
            "Police confirmed 20 deaths; 3 are missing.",
        ),
        (
            "Подтверждена гибель 14 человек, 9 пропали.",
            "Подтверждена гибель 20 человек, 3 пропали.",
        ),
        ("Officials said 51 people are presumed dead.", "Police said 80 people are presumed dead."),
        # more confirmed than the whole toll cannot be
        ("Officials confirmed 60 deaths; 9 are missing.", "Officials said 51 people died."),
        # with nobody presumed or missing, a confirmed count is the toll itself
        ("Officials confirmed 14 deaths.", "The union said 51 people died."),
    ],
)
def test_confirmed_counts_and_tolls_still_disagree(texts: tuple[str, str]) -> None:
    assert find_conflicts(extracted_ledger(*texts)) != []
