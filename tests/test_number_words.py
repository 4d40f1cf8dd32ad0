"""The number word tables, per language: every entry is reachable, none shadows another.

In the manner of dateparser's data-integrity test: a word added to
``number_words_ru``/``number_words_en`` is checked here to be read by the number reader.
"""

from __future__ import annotations

import pytest

from factcheck.models import Qualifier
from factcheck.text.morph import fold
from factcheck.text.number_words import NumberWords
from factcheck.text.number_words_en import ENGLISH
from factcheck.text.number_words_ru import RUSSIAN
from factcheck.text.numbers import find_quantities
from factcheck.text.numbers.vocabulary import LANGUAGES, anchor

EXACT = Qualifier.EXACT
RANGE = Qualifier.RANGE

_LANGUAGES = [pytest.param(words, id=name) for name, words in (("ru", RUSSIAN), ("en", ENGLISH))]


def _one(words: NumberWords) -> str:
    return next(w for w, value in words.numerals.items() if value == 1)


def test_bound_phrases_are_unique() -> None:
    phrases = [p for words in LANGUAGES for ps in words.bounds.values() for p in ps]
    assert len(phrases) == len(set(phrases))


def test_languages_share_no_number_word() -> None:
    ru, en = (
        {fold(w) for w in [*words.numerals, *words.scales, *words.abbreviated_scales]}
        for words in (RUSSIAN, ENGLISH)
    )
    assert not ru & en


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_number_word_starts_a_figure(words: NumberWords) -> None:
    listed = [
        *words.numerals, *words.scales, *words.half_scales, *words.vague_counts,
        *words.vague_plurals, *words.missing_forms, words.dozen[0],
    ]  # fmt: skip
    assert [w for w in listed if not anchor().fullmatch(w)] == []


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_bound_phrase_bounds(words: NumberWords) -> None:
    for qualifier, phrases in words.bounds.items():
        for phrase in phrases:
            found = find_quantities(f"{phrase} 100")
            assert [(q.text, q.qualifier) for q in found] == [(f"{phrase} 100", qualifier)]


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_range_opener_opens_a_range(words: NumberWords) -> None:
    for opener, joiners in words.range_openers.items():
        for joiner in joiners:
            found = find_quantities(f"{opener} 100 {joiner} 300")
            assert found and found[-1].high == 300, (opener, joiner)


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_word_that_names_a_number_hides_it(words: NumberWords) -> None:
    named = [f"{w} 5" for w in words.section_words] + [f"{s}е 5" for s in words.section_stems]
    named += [f"{p} 2022" for p in words.year_prepositions]
    named += [f"{_one(words)} {w} " for w in words.one_not_before]
    named += [f"{w} {_one(words)} " for w in words.one_not_after]
    assert [text for text in named if find_quantities(text)] == []


@pytest.mark.parametrize("stem", RUSSIAN.change_verb_stems)
def test_every_change_verb_states_the_new_figure(stem: str) -> None:
    assert [(q.qualifier, q.low) for q in find_quantities(f"{stem}о до 40")] == [(EXACT, 40)]


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_percent_word_makes_a_percentage(words: NumberWords) -> None:
    written = [f"12 {w}" for w in words.percent_words]
    written += [f"12 {s}ов" for s in words.percent_stems]
    assert [text for text in written if [q.unit for q in find_quantities(text)] != ["%"]] == []


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_range_joiner_joins(words: NumberWords) -> None:
    for joiner in [*words.range_joiners, *words.range_alternatives]:
        found = find_quantities(f"5 {joiner} 7")
        assert [(q.low, q.high, q.qualifier) for q in found] == [(5, 7, RANGE)], joiner


@pytest.mark.parametrize("words", _LANGUAGES)
def test_counts_after_an_article_need_one(words: NumberWords) -> None:
    for word in words.counts_after_article:
        assert find_quantities(f"{word} people") == []
        for article in words.articles:
            assert len(find_quantities(f"{article} {word} people")) == 1, (article, word)


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_glued_scale_scales(words: NumberWords) -> None:
    for word, value in words.glued_scales.items():
        assert [q.low for q in find_quantities(f"$4{word} in aid")] == [4 * value]


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_decade_suffix_makes_a_decade(words: NumberWords) -> None:
    for stem in words.year_word_stems:
        assert find_quantities(f"в 90-{words.decade_suffix} {stem}ах") == []
