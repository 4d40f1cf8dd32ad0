"""The number words of each words file: every entry is reachable, none shadows another, and one
line in a words file is enough.

In the manner of dateparser's data-integrity test: a word added to the "numbers" tables of
``factcheck/lang/<code>/words.toml`` is checked here to be read by the number reader.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.lang import base
from factcheck.lang.base import Language, words_file
from factcheck.models import Qualifier
from factcheck.text.morph import fold, parses
from factcheck.text.number_words import NumberWords, languages, number_words
from factcheck.text.numbers import find_quantities
from factcheck.text.numbers.masks import date_hint
from factcheck.text.numbers.vocabulary import anchor

EXACT = Qualifier.EXACT
RANGE = Qualifier.RANGE
VAGUE = Qualifier.VAGUE

RUSSIAN, ENGLISH = (number_words(base.words(language)) for language in ("ru", "en"))
_LANGUAGES = [pytest.param(words, id=name) for name, words in (("ru", RUSSIAN), ("en", ENGLISH))]


def _genitive(word: str) -> str:
    form = next(p for p in parses(word) if "NOUN" in p.tag).inflect({"gent", "sing"})
    assert form is not None, word
    return str(form.word)


def _one(words: NumberWords) -> str:
    return next(w for w, value in words.numerals.items() if value == 1)


def test_the_reader_reads_the_words_files() -> None:
    assert languages() == (RUSSIAN, ENGLISH)
    assert RUSSIAN.numerals["двое"] == 2 and ENGLISH.scales["million"] == 1_000_000


def test_bound_phrases_are_unique() -> None:
    phrases = [p for words in languages() for ps in words.bounds.values() for p in ps]
    assert len(phrases) == len(set(phrases))


def test_languages_share_no_number_word() -> None:
    ru, en = (
        {fold(w) for w in [*words.numerals, *words.scales, *words.abbreviated_scales]}
        for words in (RUSSIAN, ENGLISH)
    )
    assert not ru & en


@pytest.mark.parametrize("words", _LANGUAGES)
def test_no_number_word_is_listed_twice(words: NumberWords) -> None:
    listed = [
        *words.numerals, *words.scales, *words.half_scales, *words.vague_counts,
        *words.vague_plurals, *words.missing_forms, words.dozen[0],
    ]  # fmt: skip
    assert len(listed) == len(set(listed))


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_number_word_starts_a_figure(words: NumberWords) -> None:
    listed = [
        *words.numerals, *words.scales, *words.half_scales, *words.vague_counts,
        *words.vague_plurals, *words.missing_forms, words.dozen[0],
    ]  # fmt: skip
    assert [w for w in listed if not anchor().fullmatch(w)] == []


def _numerals() -> Iterator[tuple[str, int]]:
    for words in languages():
        yield from words.numerals.items()
        yield from words.missing_forms.items()


@pytest.mark.parametrize(("numeral", "value"), list(_numerals()))
def test_every_numeral_reads_as_its_value(numeral: str, value: int) -> None:
    sentence = f"Погибли {numeral} человек." if value != 1 else f"Погиб {numeral} человек."
    if numeral.isascii():
        sentence = f"They found {numeral} bodies."
    assert [(q.low, q.high, q.qualifier) for q in find_quantities(sentence)] == [
        (value, value, EXACT)
    ]


def _scales() -> Iterator[tuple[str, float]]:
    for words in languages():
        article = "" if words.inflected else f"{words.articles[0]} "
        for word, value in words.scales.items():
            yield f"{article}{word}", value  # "тысяча", "a thousand"
        for word, value in words.abbreviated_scales.items():
            yield f"3 {word}", 3 * value  # "3 млн", "3 bn"
        for word, value in words.half_scales.items():
            yield word, value  # "полмиллиона"


@pytest.mark.parametrize(("phrase", "value"), list(_scales()))
def test_every_scale_multiplies(phrase: str, value: float) -> None:
    assert [q.low for q in find_quantities(f"Собрали {phrase} голосов.")] == [value]


def _vague() -> Iterator[tuple[str, tuple[int, int], str]]:
    for words in languages():
        for word, interval in words.vague_counts.items():
            before = f"{words.articles[0]} " if word in words.counts_after_article else ""
            after = "сотен" if word in words.counts_before_plural else "people"
            yield word, interval, f"{before}{word} {after}"


@pytest.mark.parametrize(("word", "interval", "phrase"), list(_vague()))
def test_every_vague_count_gives_its_interval(
    word: str, interval: tuple[int, int], phrase: str
) -> None:
    found = find_quantities(phrase)
    low, high = interval
    if phrase.endswith("сотен"):
        low, high = low * 100, high * 100
    assert [(q.low, q.high, q.qualifier) for q in found] == [(low, high, VAGUE)], word


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_vague_plural_gives_its_interval(words: NumberWords) -> None:
    for word, x in words.vague_plurals.items():
        found = find_quantities(f"{word} of people")
        assert [(q.low, q.high) for q in found] == [(2 * x, 10 * x - 1)], word


@pytest.mark.parametrize("words", _LANGUAGES)
def test_the_dozen_reads_as_about_its_value(words: NumberWords) -> None:
    word, value = words.dozen
    phrase, expected = f"{words.articles[0] if words.articles else ''} {word} people", value
    if words.inflected:  # "два десятка": about 20
        phrase, expected = f"два {_genitive(word)} людей", 2 * value
    found = find_quantities(phrase)
    assert [(q.low, q.qualifier) for q in found] == [(expected, Qualifier.ABOUT)]


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_bound_phrase_bounds(words: NumberWords) -> None:
    for qualifier, phrases in words.bounds.items():
        for phrase in phrases:
            found = find_quantities(f"{phrase} 100")
            assert [(q.text, q.qualifier) for q in found] == [(f"{phrase} 100", qualifier)]


def test_every_genitive_bound_takes_the_genitive() -> None:
    for bound in RUSSIAN.genitive_bounds:
        joiners = RUSSIAN.range_openers.get(bound)
        tail = f" {joiners[0]} пяти тысяч" if joiners else ""  # "от тысячи до пяти тысяч"
        found = find_quantities(f"{bound} тысячи{tail} человек")
        assert found and (found[0].low or found[0].high) == 1000, bound


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


@pytest.mark.parametrize("opener", sorted(RUSSIAN.change_from))
def test_every_change_opener_gives_the_old_and_the_new_figure(opener: str) -> None:
    found = find_quantities(f"число выросло {opener} 26 {RUSSIAN.change_to} 40")
    assert [(q.low, q.qualifier) for q in found] == [(26, EXACT), (40, EXACT)]


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


def test_every_genitive_joiner_takes_the_genitive() -> None:
    openers: dict[str, str] = {}
    for opener, joiners in RUSSIAN.range_openers.items():
        for joiner in joiners:
            openers.setdefault(joiner, opener)
    for joiner in RUSSIAN.genitive_joiners:
        found = find_quantities(f"{openers[joiner]} двух {joiner} трёх тысяч")
        assert [(q.low, q.high) for q in found] == [(2000, 3000)], joiner


@pytest.mark.parametrize("words", _LANGUAGES)
def test_counts_after_an_article_need_one(words: NumberWords) -> None:
    for word in words.counts_after_article:
        assert find_quantities(f"{word} people") == []
        for article in words.articles:
            assert len(find_quantities(f"{article} {word} people")) == 1, (article, word)


def test_the_english_links_and_half_are_read() -> None:
    rows = [
        (f"{ENGLISH.half} a million", 500_000),
        (f"tens {ENGLISH.unit_link} thousands", 20_000),
        (f"a {ENGLISH.hundred} {ENGLISH.compound_link} twenty", 120),
    ]
    for text, low in rows:
        assert [q.low for q in find_quantities(text)] == [low], text


def test_the_russian_one_and_a_half_and_hundred_noun_are_read() -> None:
    assert [q.low for q in find_quantities(f"{RUSSIAN.one_and_a_half} тысячи")] == [1500]
    assert [q.low for q in find_quantities(f"{RUSSIAN.hundred_noun} людей")] == [100]


@pytest.mark.parametrize("form", sorted(RUSSIAN.excluded_forms))
def test_every_excluded_form_is_no_figure(form: str) -> None:
    assert find_quantities(f"Он видел {form} вчера.") == []


@pytest.mark.parametrize("suffix", sorted(RUSSIAN.cardinal_suffixes))
def test_every_cardinal_suffix_keeps_the_count(suffix: str) -> None:
    assert [q.text for q in find_quantities(f"в 3-{suffix} домах")] == [f"3-{suffix}"]


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_glued_scale_scales(words: NumberWords) -> None:
    for word, value in words.glued_scales.items():
        assert [q.low for q in find_quantities(f"$4{word} in aid")] == [4 * value]


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_decade_suffix_makes_a_decade(words: NumberWords) -> None:
    for stem in words.year_word_stems:
        assert find_quantities(f"в 90-{words.decade_suffix} {stem}ах") == []


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_time_word_makes_a_time_of_day(words: NumberWords) -> None:
    written = [f"19.30 {w}" for w in words.time_words]
    written += [f"{p} 19.30" for p in words.time_prepositions]
    assert [text for text in written if find_quantities(text)] == []


@pytest.mark.parametrize("words", _LANGUAGES)
def test_every_month_hint_opens_the_date_reader(words: NumberWords) -> None:
    hinted = [f"7 {hint}" for hint in words.month_hints]
    hinted += [f"5{ending} {words.month_hints[4]}" for ending in words.day_endings]
    hinted += [f"5 {link} {words.month_hints[4]}" for link in words.day_month_links]
    assert [text for text in hinted if not date_hint(text)] == []


@pytest.mark.parametrize(
    "sentence", ["Это случилось 5-го мая 2021 года.", "It happened on the 5th of May 2021."]
)
def test_a_date_after_its_hint_is_no_figure(sentence: str) -> None:
    assert find_quantities(sentence) == []


# --- one line in a words file is enough ---------------------------------------------------------


@pytest.mark.usefixtures("fresh_words")
@pytest.mark.parametrize(
    ("language", "table", "line", "sentence", "low"),
    [
        ("ru", "[numbers.numerals]", '"оба" = 2', "Погибли оба водителя.", 2),
        ("ru", "[numbers.scales]", '"квадриллион" = 1_000_000_000_000_000', "3 квадриллиона", 3e15),
        ("en", "[numbers.numerals]", '"zero" = 0', "There were zero deaths.", 0),
        ("en", "[numbers.scales]", '"quadrillion" = 1_000_000_000_000_000', "3 quadrillion", 3e15),
    ],
)
def test_a_number_word_added_only_to_the_words_file_is_read(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: Language,
    table: str,
    line: str,
    sentence: str,
    low: float,
) -> None:
    assert [q.low for q in find_quantities(sentence)] != [low]
    copy = tmp_path / language / "words.toml"
    copy.parent.mkdir()
    text = words_file(language).read_text(encoding="utf-8")
    copy.write_text(text.replace(f"{table}\n", f"{table}\n{line}\n", 1), encoding="utf-8")
    original = base.words_file
    monkeypatch.setattr(
        base, "words_file", lambda lang: copy if lang == language else original(lang)
    )
    base.words.cache_clear()
    assert [q.low for q in find_quantities(sentence)] == [low]


def test_the_dozen_is_one_word(tmp_path: Path) -> None:
    bad = tmp_path / "words.toml"
    text = words_file("en").read_text(encoding="utf-8")
    bad.write_text(text.replace("[numbers.dozen]\n", '[numbers.dozen]\n"score" = 20\n'), "utf-8")
    with pytest.raises(FactcheckError, match=r"numbers\.dozen should name one word"):
        number_words(base.load("en", bad))
