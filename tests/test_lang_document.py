"""The words files' document keys: sentences, places, member lists, years of clauses.

Every abbreviation, place word, list word and clause word of ``sentences.*``, ``places.*``,
``lists.*``, ``when.*`` and ``clauses.*`` is recognised in a sentence built around it; none is
written twice, nor where another key would hide it; and an abbreviation added only to a words
file keeps a sentence whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import extract_claims
from factcheck.lang import base
from factcheck.lang.base import KEYS, LANGUAGES, Language, words
from factcheck.models import Qualifier, Quantity
from factcheck.pipeline.lists import inherit, inherit_backwards
from factcheck.pipeline.reading import Reading
from factcheck.pipeline.when import year_of_clause
from factcheck.text.lexicon import default_lexicon
from factcheck.text.morph import Token, fold, lemma
from factcheck.text.places import latin, places_of
from factcheck.text.sentences import split_sentences

_AREAS = ("sentences.", "places.", "lists.", "when.", "clauses.")


def _entries(key: str) -> list[tuple[Language, str]]:
    """Every word or entry of a key, in each language whose file has it."""
    return [(lang, w) for lang in LANGUAGES if key in KEYS[lang] for w in words(lang).list(key)]


def _words(key: str) -> list[str]:
    return [w for _, w in _entries(key)]


def _sentence_count(text: str) -> int:
    return len(split_sentences(text))


# --- no duplicates ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_document_word_is_written_twice_even_with_yo_folded(language: Language) -> None:
    w = words(language)
    for key in (k for k in KEYS[language] if k.startswith(_AREAS)):
        folded = [fold(item) for item in w.list(key)]
        assert len(folded) == len(set(folded)), key


def test_no_abbreviation_is_hidden_by_another_key() -> None:
    never_end = set(_words("sentences.never_end"))
    acronyms = set(_words("sentences.acronyms"))
    maybe_end = set(_words("sentences.maybe_end")) | {
        a.lower() for lang in LANGUAGES for a in words(lang).list("dates.month_abbreviations")
    }
    assert never_end & acronyms == set()
    assert (never_end | acronyms) & maybe_end == set()


# --- sentences ----------------------------------------------------------------------------------


def test_a_word_in_no_list_ends_a_sentence_at_its_stop() -> None:
    assert _sentence_count("Это было в гараже. Далее пусто.") == 2
    assert _sentence_count("It rained at the garage. Smith left.") == 2
    assert _sentence_count("The toll rose to 12. 5 more were found.") == 2


@pytest.mark.parametrize("abbreviation", _words("sentences.never_end"))
def test_every_never_ending_abbreviation_keeps_the_sentence_whole(abbreviation: str) -> None:
    assert _sentence_count(f"Это было на {abbreviation}. Абая вчера.") == 1
    assert _sentence_count(f"It was the {abbreviation}. Smith case.") == 1


def _month_abbreviations() -> list[str]:
    """Every month abbreviation that is not also the month's whole name ("May")."""
    return [
        short
        for lang in LANGUAGES
        for names, shorts in zip(
            words(lang).forms("dates.months"),
            words(lang).forms("dates.month_abbreviations"),
            strict=True,
        )
        for short in shorts
        if short.lower() not in {n.lower() for n in names}
    ]


@pytest.mark.parametrize("abbreviation", [*_words("sentences.maybe_end"), *_month_abbreviations()])
def test_every_maybe_ending_abbreviation_ends_a_sentence_only_before_a_capital(
    abbreviation: str,
) -> None:
    assert _sentence_count(f"Было {abbreviation}. 5 из них ушли.") == 1
    assert _sentence_count(f"Было {abbreviation}. Затем ушли.") == 2


@pytest.mark.parametrize("acronym", _words("sentences.acronyms"))
def test_every_acronym_ends_a_sentence_only_before_a_starter(acronym: str) -> None:
    written = acronym.upper()
    assert _sentence_count(f"Troops came from the {written}. Army bases.") == 1
    assert _sentence_count(f"Troops came from the {written}. The bases emptied.") == 2


@pytest.mark.parametrize("starter", _words("sentences.starters"))
def test_every_starter_opens_a_sentence_after_an_acronym(starter: str) -> None:
    acronym = _words("sentences.acronyms")[0].upper()
    assert _sentence_count(f"Troops came from the {acronym}. {starter.capitalize()} left.") == 2


@pytest.mark.parametrize("word", _words("sentences.before_number"))
def test_a_number_sign_never_ends_a_sentence_before_a_figure(word: str) -> None:
    assert _sentence_count(f"The decree {word}. 5 was signed.") == 1


@pytest.mark.usefixtures("fresh_words")
@pytest.mark.parametrize(
    ("language", "key_line", "added", "text"),
    [
        ("ru", 'never_end = """ул ', "доц", "Лекцию читал доц. Петров из Омска."),
        ("en", 'never_end = "mr ', "supt", "The report was read by Supt. Brown at noon."),
    ],
)
def test_an_abbreviation_added_only_to_the_words_file_keeps_the_sentence_whole(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: Language,
    key_line: str,
    added: str,
    text: str,
) -> None:
    assert _sentence_count(text) == 2
    original = base.words_file(language)
    written = original.read_text(encoding="utf-8")
    assert written.count(key_line) == 1
    copy = tmp_path / "words.toml"
    copy.write_text(written.replace(key_line, f"{key_line}{added} "), encoding="utf-8")
    files = base.words_file
    monkeypatch.setattr(base, "words_file", lambda lang: copy if lang == language else files(lang))
    base.words.cache_clear()
    assert _sentence_count(text) == 1


# --- places -------------------------------------------------------------------------------------


def _places(text: str) -> tuple[str, ...]:
    return places_of(text, default_lexicon())


@pytest.mark.parametrize(("language", "word"), _entries("places.before"))
def test_every_place_preposition_opens_a_place(language: Language, word: str) -> None:
    text = f"Пожар случился {word} Новоозерске." if language == "ru" else f"Fire {word} Aldwin."
    assert _places(text.replace(f" {word} ", " за ")) == ()
    assert _places(text) == (("place:novoozersk",) if language == "ru" else ("place:aldwin",))


@pytest.mark.parametrize(("language", "noun"), _entries("places.settlements"))
def test_every_settlement_noun_opens_a_place(language: Language, noun: str) -> None:
    opening = "Спасатели добрались до" if language == "ru" else "Rescuers reached the"
    name = "Сарытокой" if language == "ru" else "Sarytokoi"
    assert _places(f"{opening} {name}.") == ()
    assert _places(f"{opening} {noun} {name}.") == (f"place:{latin(lemma(name))}",)


@pytest.mark.parametrize("link", _words("places.settlement_links"))
def test_every_settlement_link_stands_between_noun_and_name(link: str) -> None:
    assert _places("Rescuers reached the village by Sarytokoi.") == ()
    assert _places(f"Rescuers reached the village {link} Sarytokoi.") == ("place:sarytokoi",)


@pytest.mark.parametrize(
    "word",
    [
        *_words("places.not_places"),
        *(line[0] for lang in LANGUAGES for line in words(lang).forms("dates.months")),
        *(line[0] for lang in LANGUAGES for line in words(lang).forms("dates.weekdays")),
    ],
)
def test_no_month_weekday_or_listed_word_is_a_place(word: str) -> None:
    assert _places("Fire in Aldwin soon.") == ("place:aldwin",)
    assert _places("ALDWIN, 7 (Wire) - Fire.") == ("place:aldwin",)
    assert _places(f"Fire in {word.capitalize()} soon.") == ()
    assert _places(f"{word.upper()}, 7 (Wire) - Fire.") == ()


# --- member lists -------------------------------------------------------------------------------


def _figure(
    sentence: str, figure: str, noun: Token | None = None, event: str | None = None
) -> Reading:
    """A reading of ``figure`` as it stands in ``sentence``."""
    start = sentence.index(figure)
    value = float(figure)
    q = Quantity(value, value, Qualifier.EXACT, start, start + len(figure), figure)
    return Reading(quantity=q, noun=noun, event=event)


@pytest.mark.parametrize(("language", "phrase"), _entries("lists.of_them"))
def test_every_of_them_phrase_makes_a_part_of_the_figure_before(
    language: Language, phrase: str
) -> None:
    noun = "полицейские" if language == "ru" else "officers"
    for written, event in ((f"{phrase} ", "injured"), ("", None)):
        sentence = f"40 injured, 11 {written}{noun}"
        first = _figure(sentence, "40", event="injured")
        second = _figure(sentence, "11", noun=Token(noun, 0, 1))
        assert inherit([first, second], sentence)[1].event == event


@pytest.mark.parametrize(("language", "glue"), _entries("lists.range_glue"))
def test_every_range_word_gives_the_first_figure_the_nouns_of_the_second(
    language: Language, glue: str
) -> None:
    noun = Token("рублей" if language == "ru" else "roubles", 0, 1)
    for between, shared in ((glue, noun), ("за" if language == "ru" else "for", None)):
        sentence = f"38 {between} 45 {noun.text}"
        first, second = _figure(sentence, "38"), _figure(sentence, "45", noun=noun)
        assert inherit_backwards([first, second], sentence)[0].noun == shared


# --- years of clauses, leading links ------------------------------------------------------------


@pytest.mark.parametrize(("language", "preposition"), _entries("when.year_prepositions"))
def test_every_year_preposition_gives_the_clause_its_year(
    language: Language, preposition: str
) -> None:
    rest = "году погибли 66 человек" if language == "ru" else ", 66 people died"
    for opening, year in ((preposition, "2010"), ("ко" if language == "ru" else "by", None)):
        sentence = f"{opening.capitalize()} 2010 {rest}"
        assert year_of_clause(sentence, 0, len(sentence), "2022-01-10") == year


@pytest.mark.parametrize(("language", "opener"), _entries("when.clause_openers"))
def test_every_clause_opener_takes_the_year_of_the_clause_before(
    language: Language, opener: str
) -> None:
    before = "Пожар был в 2010 году" if language == "ru" else "The fire was in 2010"
    for between, year in ((opener, "2010"), ("as", None)):
        sentence = f"{before}, {between} 66 died"
        assert year_of_clause(sentence, len(before), len(sentence), "2022-01-10") == year


@pytest.mark.parametrize(("language", "link"), _entries("clauses.leading_links"))
def test_every_leading_link_is_left_out_of_the_claim(language: Language, link: str) -> None:
    if language == "ru":
        (claim,) = extract_claims(f"Министр молчал, {link} погибли 26 человек.")
        assert claim.text == "погибли 26 человек."
    else:
        (claim,) = extract_claims(f"The minister was silent, {link} 26 people died.")
        assert claim.text == "26 people died."
