"""Each language's words file: well formed, every entry reachable, and one line is enough.

In the manner of dateparser's data-integrity test: every key the code reads is in the file and
every key in the file is read; nothing is written twice; every speech verb, source noun, month,
weekday, hedge and title is recognised in a sentence built around it.
"""

from __future__ import annotations

import re
from pathlib import Path
from re import _parser as sre_parse  # type: ignore[attr-defined]  # builds examples of a pattern
from typing import Any

import pytest

from factcheck.errors import FactcheckError
from factcheck.lang import base
from factcheck.lang.base import KEYS, LANGUAGES, Language, detect, load, words, words_file
from factcheck.text.attribution import (
    find_attribution,
    is_unattributed_report,
    pronoun_attribution,
)
from factcheck.text.datelines import find_dateline
from factcheck.text.dates import find_as_of, find_dates, parse_date
from factcheck.text.markers import is_earlier_state, is_hedged
from factcheck.text.morph import parses
from factcheck.text.speakers import is_title, normalise_en, speaker_kind

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("language", LANGUAGES)
def test_words_file_loads(language: Language) -> None:
    w = load(language, words_file(language))
    assert set(w.values) == set(KEYS[language])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_key_is_read_by_the_code(language: Language) -> None:
    code = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (ROOT / "factcheck").rglob("*.py")
        if p.name != "base.py"
    )
    unread = [k for k in KEYS[language] if f'"{k}"' not in code and f"'{k}'" not in code]
    # Keys read by their table's name: "kinds.<kind>" in speakers.py.
    unread = [k for k in unread if not (k.startswith("kinds.") and f'"{k[6:]}"' in code)]
    assert unread == []


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (
            lambda s: s.replace("[speech]", "[speech]\nspelling = 'x'"),
            "unknown key speech.spelling",
        ),
        (lambda s: s.replace('    "заявлять",\n', '    "заявлять",\n    "заявить",\n'), "twice"),
        (lambda s: s.replace('"его ее её"', '"его его"'), "twice"),
        (lambda s: re.sub(r"(?m)^day_before = .*$", "", s), "missing key dates.day_before"),
        (lambda s: s.replace('subjects = "он она"', "subjects = []"), "should be a string"),
        (lambda s: s.replace('subjects = "он она"', "subjects = он"), "Invalid value"),
        # the number tables: word → number, word → [low, high], word → words, one word
        (
            lambda s: s.replace('"один" = 1', '"один" = "1"'),
            "numbers.numerals should be a table of whole numbers",
        ),
        (lambda s: s.replace('"два" = 2', '"два" = 2.5'), "numbers.numerals should be a table"),
        (lambda s: s.replace('"два" = 2', '"два" = true'), "numbers.numerals should be a table"),
        (lambda s: s.replace('"два" = 2', '"два" = 2\n"два" = 3'), "Cannot overwrite"),
        (
            lambda s: s.replace('"пара" = [2, 3]', '"пара" = [3, 2]'),
            "numbers.vague_counts should be a table of .low, high. pairs",
        ),
        (lambda s: s.replace('"пара" = [2, 3]', '"пара" = [2]'), "numbers.vague_counts should"),
        (
            lambda s: s.replace('"от" = "до"', '"от" = 5'),
            "numbers.range_openers should be a table of strings",
        ),
        (
            lambda s: s.replace('hundred_noun = "сотня"', 'hundred_noun = "сотня сотни"'),
            "numbers.hundred_noun should be one word",
        ),
        (lambda s: s.replace('"год гг"', '"год год"'), "numbers.year_word_stems has 'год' twice"),
        (
            lambda s: s.replace("[numbers.scales]", '[numbers.scales]\n"тысяча" = 1000'),
            "Cannot overwrite",
        ),
        (
            lambda s: s.replace("[numbers.dozen]", "[numbers.dozen]\n[numbers.dozens]"),
            "unknown key numbers.dozens",
        ),
    ],
)
def test_a_bad_words_file_is_refused(tmp_path: Path, edit: Any, problem: str) -> None:
    bad = tmp_path / "words.toml"
    bad.write_text(edit(words_file("ru").read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(FactcheckError, match=problem):
        load("ru", bad)


# --- speech verbs -----------------------------------------------------------------------------


def _ru_form(infinitive: str, grammemes: set[str]) -> str:
    p = next(p for p in parses(infinitive) if p.tag.POS == "INFN")
    form = p.inflect(grammemes)
    assert form is not None, infinitive
    return str(form.word)


@pytest.mark.parametrize("verb", words("ru").list("speech.verbs"))
def test_every_russian_speech_verb_is_recognised(verb: str) -> None:
    if verb.endswith("ся"):  # "в докладе говорится": a text speaks
        sentence = f"В докладе {_ru_form(verb, {'pres', '3per', 'sing'})}, что погибли 26 человек."
        speaker = "доклад"
    else:
        sentence = f"Министр {_ru_form(verb, {'past', 'masc', 'sing'})}, что погибли 26 человек."
        speaker = "министр"
    found = find_attribution(sentence)
    assert found is not None, sentence
    assert found.speaker == speaker


@pytest.mark.parametrize("verb", sorted(words("ru").set("speech.figure_verbs")))
def test_every_russian_figure_verb_is_recognised_before_a_figure(verb: str) -> None:
    past = _ru_form(verb, {"past", "masc", "sing"})
    found = find_attribution(f"Министр {past} 26 погибших.")
    assert found is not None and found.speaker == "министр"
    assert find_attribution(f"Министр {past} протестующих бандитами.") is None


@pytest.mark.parametrize("verb", sorted(words("ru").set("speech.start_verbs")))
def test_every_russian_start_verb_opens_speech(verb: str) -> None:
    past = _ru_form(verb, {"past", "plur"})
    found = find_attribution(f"Местные СМИ {past} сообщать о 26 погибших.")
    assert found is not None
    assert found.phrase == f"Местные СМИ {past} сообщать"


@pytest.mark.parametrize("form", words("en").list("speech.verbs"))
def test_every_english_speech_verb_is_recognised(form: str) -> None:
    if form in words("en").set("speech.needs_figure_at"):
        sentence = f"The minister {form} the death toll at 26."
    else:
        sentence = f"The minister {form} that 26 people had died."
    found = find_attribution(sentence)
    assert found is not None, sentence
    assert (found.speaker, found.phrase) == ("minister", f"The minister {form}")


def _with_extra_verb(tmp_path: Path, language: Language, line: str) -> Path:
    text = words_file(language).read_text(encoding="utf-8")
    copy = tmp_path / language / "words.toml"
    copy.parent.mkdir()
    copy.write_text(text.replace("verbs = [\n", f"verbs = [\n    {line},\n", 1), encoding="utf-8")
    return copy


@pytest.mark.usefixtures("fresh_words")
@pytest.mark.parametrize(
    ("language", "line", "sentence", "speaker"),
    [
        ("ru", '"заметить"', "Министр заметил, что погибли 26 человек.", "министр"),
        ("ru", '"заметить"', "Как заметили в МВД, задержаны 40 человек.", "МВД"),
        ("en", '"observed observes"', "The ministry observed that 26 people died.", "ministry"),
    ],
)
def test_a_speech_verb_added_only_to_the_words_file_is_recognised(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: Language,
    line: str,
    sentence: str,
    speaker: str,
) -> None:
    assert find_attribution(sentence) is None
    copy = _with_extra_verb(tmp_path, language, line)
    original = base.words_file
    monkeypatch.setattr(
        base, "words_file", lambda lang: copy if lang == language else original(lang)
    )
    base.words.cache_clear()
    found = find_attribution(sentence)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    "key", ["speech.needs_clause", "speech.needs_figure_at", "speech.also_nouns"]
)
def test_every_english_verb_condition_names_a_speech_verb_form(key: str) -> None:
    assert words("en").set(key) <= words("en").set("speech.verbs")


# --- the words around a speaker ---------------------------------------------------------------


def _each(language: Language, key: str) -> list[str]:
    return sorted(words(language).set(key))


@pytest.mark.parametrize("aux", _each("en", "speaker.aux"))
def test_every_english_auxiliary_stands_between_speaker_and_verb(aux: str) -> None:
    found = find_attribution(f"The ministry {aux} said that 26 people had died.")
    assert found is not None
    assert (found.speaker, found.phrase) == ("ministry", f"The ministry {aux} said")


@pytest.mark.parametrize("word", _each("en", "speaker.common"))
def test_every_common_english_speaker_loses_the_capital_of_the_sentence_start(word: str) -> None:
    found = find_attribution(f"{word.capitalize()} said that 26 people had died.")
    assert found is not None
    assert found.speaker == normalise_en([word])


@pytest.mark.parametrize("word", _each("en", "speaker.number_words"))
def test_a_phrase_ending_in_a_number_word_names_nobody(word: str) -> None:
    assert find_attribution(f"The {word} said that 26 people had died.") is None


@pytest.mark.parametrize("word", _each("en", "speaker.ed_adjectives"))
def test_every_ed_adjective_stays_in_the_speaker(word: str) -> None:
    found = find_attribution(f"The {word} group said that 26 people had died.")
    assert found is not None and found.speaker == f"{word} group"


@pytest.mark.parametrize("word", _each("en", "speaker.aside_openers"))
def test_every_aside_is_stepped_over(word: str) -> None:
    found = find_attribution(f"The ministry, {word} yesterday, said that 26 people had died.")
    assert found is not None and found.speaker == "ministry"


@pytest.mark.parametrize("word", _each("en", "speaker.passive"))
def test_a_passive_put_gives_no_figure(word: str) -> None:
    assert find_attribution(f"The troops {word} put the toll at 26.") is None


@pytest.mark.parametrize("noun", _each("en", "source.data_nouns"))
def test_every_data_noun_gives_way_to_its_source(noun: str) -> None:
    found = find_attribution(f"According to {noun} from the ministry, 26 people died.")
    assert found is not None and found.speaker == "ministry"


@pytest.mark.parametrize("link", _each("en", "source.data_links"))
def test_every_data_link_leads_to_the_source(link: str) -> None:
    found = find_attribution(f"According to figures {link} by the ministry, 26 people died.")
    assert found is not None and found.speaker == "ministry"


@pytest.mark.parametrize("venue", _each("ru", "speaker.venues"))
def test_every_russian_venue_is_no_speaker(venue: str) -> None:
    found = find_attribution(f"«Погибли 26 человек», — заявил в {venue} министр.")
    assert found is not None and found.speaker == "министр"


@pytest.mark.parametrize("word", _each("ru", "speaker.possessives"))
def test_every_russian_possessive_names_nobody(word: str) -> None:
    found = find_attribution(f"«Погибли 26 человек», — сообщил {word} помощник.")
    assert found is not None and found.speaker == "помощник"


_PRONOUN = {
    "ru": ("{} {} заявил, что погибли 26 человек.", "По {} словам, погибли 26 человек."),
    "en": ("{} {} said that 26 people had died.", ""),
}


@pytest.mark.parametrize(
    ("language", "subject", "adverb"),
    [
        (lang, s, a)
        for lang in LANGUAGES
        for s in _each(lang, "pronoun.subjects")
        for a in _each(lang, "pronoun.adverbs")
    ],
)
def test_every_pronoun_and_adverb_speak_for_the_person_before(
    language: Language, subject: str, adverb: str
) -> None:
    sentence = _PRONOUN[language][0].format(subject.capitalize(), adverb)
    found = pronoun_attribution(sentence, lambda: "Иван Петров")
    assert found is not None and found.speaker == "Иван Петров"


@pytest.mark.parametrize("word", _each("ru", "pronoun.possessives"))
def test_every_russian_possessive_pronoun_speaks_for_the_person_before(word: str) -> None:
    found = pronoun_attribution(_PRONOUN["ru"][1].format(word), lambda: "Иван Петров")
    assert found is not None and found.phrase == f"По {word} словам"


# --- source phrases, titles, speaker kinds --------------------------------------------------


@pytest.mark.parametrize("noun", words("ru").list("source.nouns"))
def test_every_russian_source_noun_opens_a_source_phrase(noun: str) -> None:
    found = find_attribution(f"По {noun} министра, погибли 26 человек.")
    assert found is not None
    assert (found.speaker, found.phrase) == ("министр", f"По {noun} министра")


def test_the_source_openers_and_citing_phrases_are_recognised() -> None:
    for opener in words("ru").list("source.openers"):
        found = find_attribution(f"{opener.capitalize()} данным министра, погибли 26 человек.")
        assert found is not None and found.speaker == "министр"
    for citing in words("ru").list("source.citing"):
        found = find_attribution(f"Газета {citing} министра пишет о 26 погибших.")
        assert found is not None and found.speaker == "министр"
    for opener in words("en").list("source.openers"):
        found = find_attribution(f"{opener.capitalize()} the minister, 26 people died.")
        assert found is not None and found.speaker == "minister"


@pytest.mark.parametrize("title", sorted(words("ru").set("titles.words")))
def test_every_russian_title_is_a_title(title: str) -> None:
    assert is_title(title)
    assert speaker_kind(f"{title} Иван Петров") != "person"


@pytest.mark.parametrize("title", sorted(words("en").set("titles.words")))
def test_every_english_title_gives_way_to_the_name(title: str) -> None:
    assert normalise_en(["the", title, "John", "Smith"]) == "John Smith"


def _kinds() -> list[tuple[str, str]]:
    cases = []
    for language in LANGUAGES:
        for key in KEYS[language]:
            if key.startswith("kinds.") and key != "kinds.ministry_prefixes":
                cases += [(word, key[6:]) for word in sorted(words(language).set(key))]
    return cases


@pytest.mark.parametrize(("word", "kind"), _kinds())
def test_every_speaker_kind_word_gives_its_kind(word: str, kind: str) -> None:
    # A word listed under two kinds takes the first of unnamed, media, ministry, document, agency.
    order = ["unnamed", "media", "ministry", "document", "agency"]
    listed = [k for k in order if any(word in words(lang).set(f"kinds.{k}") for lang in LANGUAGES)]
    assert kind in listed
    assert speaker_kind(word) == listed[0]


@pytest.mark.parametrize("prefix", sorted(words("ru").set("kinds.ministry_prefixes")))
def test_every_ministry_prefix_names_a_ministry(prefix: str) -> None:
    assert speaker_kind(prefix.capitalize() + "а") == "ministry"


def _markers(key: str) -> list[tuple[Language, str]]:
    return [(lang, p) for lang in LANGUAGES for p in words(lang).list(key)]


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_month_form_and_abbreviation_is_read(language: Language) -> None:
    w = words(language)
    for key in ("dates.months", "dates.month_abbreviations"):
        assert len(w.forms(key)) == 12
        for month, forms in enumerate(w.forms(key), start=1):
            for form in forms:
                text = f"7 {form} 2022" if language == "ru" else f"{form} 7, 2022"
                assert [d[2] for d in find_dates(text)] == [f"2022-{month:02d}-07"], text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_weekday_may_open_a_typed_date(language: Language) -> None:
    forms = words(language).forms("dates.weekdays")
    assert len(forms) == 7
    for weekday in forms:
        date = "7 января 2022" if language == "ru" else "January 7, 2022"
        assert parse_date(f"{weekday[0]}, {date}") == "2022-01-07"


@pytest.mark.parametrize("weekday", [f[-1] for f in words("ru").forms("dates.weekdays")])
def test_every_russian_weekday_after_v_stands_between_speaker_and_verb(weekday: str) -> None:
    found = find_attribution(f"МВД в {weekday} сообщило, что погибли 26 человек.")
    assert found is not None
    assert (found.speaker, found.phrase) == ("МВД", f"МВД в {weekday} сообщило")


@pytest.mark.parametrize(
    "word", sorted(words("ru").set("speaker.time_words") | words("ru").set("dates.year_words"))
)
def test_every_russian_time_word_stands_between_speaker_and_verb(word: str) -> None:
    word = word.rstrip(".")
    found = find_attribution(f"Министр {word} заявил, что погибли 26 человек.")
    assert found is not None
    assert found.speaker == "министр"


_AS_OF = {
    "ru": (
        "Погибли 26 человек (данные от 5 января), {} 7 января.",
        "{} 5 января погибли 26 человек.",
    ),
    "en": ("26 people died (figures of January 5), {} January 7.", "{} January 5, 26 people died."),
}


@pytest.mark.parametrize(("language", "pattern"), _markers("dates.as_of"))
def test_every_as_of_phrase_gives_the_date_after_it(language: Language, pattern: str) -> None:
    sentence = _AS_OF[language][0].format(_example(pattern))
    assert find_as_of(sentence, "2022-01") == "2022-01-07"


@pytest.mark.parametrize(
    ("language", "bound"),
    [(lang, b) for lang in LANGUAGES for b in sorted(words(lang).set("dates.period_bounds"))],
)
def test_a_date_after_a_period_bound_is_no_as_of_date(language: Language, bound: str) -> None:
    sentence = _AS_OF[language][1].format(bound.capitalize())
    assert find_as_of(sentence, "2022-01") is None


@pytest.mark.parametrize(
    ("language", "word"), [(lang, w) for lang in LANGUAGES for w in _each(lang, "dates.day_before")]
)
def test_every_day_before_word_gives_the_day_before(language: Language, word: str) -> None:
    sentence = (
        f"{word.capitalize()} погибли 26 человек."
        if language == "ru"
        else (f"{word.capitalize()} 26 people died.")
    )
    assert find_as_of(sentence, "2022-01-07") == "2022-01-06"


@pytest.mark.parametrize(("language", "pattern"), _markers("dates.dateline_labels"))
def test_every_dateline_label_opens_an_articles_date(language: Language, pattern: str) -> None:
    date = "7 января 2022" if language == "ru" else "January 7, 2022"
    assert find_dateline(f"{_example(pattern).capitalize()}: {date}\nText.") == "2022-01-07"


# --- hedges and earlier states ----------------------------------------------------------------


def _example(pattern: str) -> str:
    """The shortest text a phrase pattern matches: each choice its first, each repeat least."""
    return _write(sre_parse.parse(pattern))


def _write(parsed: Any) -> str:
    out = []
    for op, arg in parsed:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "IN":
            out.append(_one_of(arg))
        elif name == "SUBPATTERN":
            out.append(_write(arg[-1]))
        elif name == "BRANCH":
            out.append(_write(arg[1][0]))
        elif name in {"MAX_REPEAT", "MIN_REPEAT"}:
            out.append(_write(arg[2]) * arg[0] if arg[0] else "")
        elif name not in {"ASSERT", "ASSERT_NOT", "AT"}:
            raise AssertionError(f"no example for {name}")
    return "".join(out)


def _one_of(items: Any) -> str:
    op, arg = items[0]
    if str(op) == "LITERAL":
        return chr(arg)
    return {"CATEGORY_SPACE": " ", "CATEGORY_DIGIT": "1", "CATEGORY_WORD": "a"}[str(arg)]


_TEMPLATES = {"ru": "Погибли, {}, 26 человек.", "en": "The toll, {}, is 26 people."}


@pytest.mark.parametrize(("language", "pattern"), _markers("markers.hedges"))
def test_every_hedge_is_recognised(language: Language, pattern: str) -> None:
    assert is_hedged(_TEMPLATES[language].format(_example(pattern)))


@pytest.mark.parametrize(("language", "pattern"), _markers("source.unattributed"))
def test_every_unattributed_report_is_recognised(language: Language, pattern: str) -> None:
    assert is_unattributed_report(_TEMPLATES[language].format(_example(pattern)))


@pytest.mark.parametrize(("language", "pattern"), _markers("markers.earlier"))
def test_every_earlier_marker_is_recognised(language: Language, pattern: str) -> None:
    assert is_earlier_state(_TEMPLATES[language].format(_example(pattern)))


# --- the language of a sentence ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("В МВД заявили, что задержаны 40 человек.", "ru"),
        ("Агентство Reuters сообщило о 26 погибших.", "ru"),
        ("Associated Press сообщило о 26 погибших.", "ru"),
        ("The ministry said 26 people died in Алматы.", "en"),
        ("Reuters, AFP, BBC", "en"),
        ("Казахстан, Россия", "ru"),
        ("«The situation is under full control», — заявил Токаев.", "ru"),
        ("«Ситуация под контролем», said Tokayev.", "en"),
        ("«Всё под контролем»", "ru"),
        ("", "en"),
    ],
)
def test_detect(sentence: str, language: str) -> None:
    assert detect(sentence) == language
