"""The pipeline's parts: the document read once, the stages, the named claim rules."""

from __future__ import annotations

import pytest

from factcheck.pipeline import claims
from factcheck.pipeline.claims import SUBJECT_RULES, subject_of
from factcheck.pipeline.document import read_claim, read_document
from factcheck.pipeline.figures import read_figures
from factcheck.pipeline.reading import Clauses, Scene
from factcheck.pipeline.said import Speakers
from factcheck.text.lexicon import default_lexicon
from factcheck.text.morph import analyse


def test_a_document_is_cut_into_sentences_each_with_its_language() -> None:
    doc = read_document("Погибли 16 человек. At least 26 were killed.", default_lexicon())
    assert [s.text for s in doc.sentences()] == ["Погибли 16 человек.", "At least 26 were killed."]
    assert [s.lang for s in doc.sentences()] == ["ru", "en"]


def test_a_sentences_words_carry_their_morphology_with_offsets_into_it() -> None:
    doc = read_document("Первое. Погибли 16 мирных жителей.", default_lexicon())
    sentence = list(doc.sentences())[1]
    words = {w.text: w for w in sentence.words}
    assert sentence.text[words["жителей"].start : words["жителей"].end] == "жителей"
    assert words["жителей"].lemma == "житель"
    assert words["жителей"].morph.pos == "NOUN"
    assert words["мирных"].morph.pos == "ADJF"
    assert [(q.low, q.start) for q in sentence.figures] == [(16.0, 8)]


def test_a_word_is_analysed_once_whatever_its_offsets() -> None:
    sentence = next(read_document("Армения и Армения.", default_lexicon()).sentences())
    first, second = sentence.words[0], sentence.words[2]
    assert first.morph is second.morph is analyse("Армения")
    assert first.morph.place_name and not first.morph.person


def test_the_lexicon_is_matched_on_the_sentences_words() -> None:
    sentence = next(
        read_document("Россия направила 150 военнослужащих.", default_lexicon()).sentences()
    )
    assert [m.value for m in sentence.lexical.entities] == ["country:RU"]
    assert [m.value for m in sentence.lexical.counts] == ["troops"]


def test_a_claim_written_by_hand_is_one_sentence() -> None:
    doc = read_claim("Russia sent 2,000 troops. Or more.", default_lexicon())
    assert len(list(doc.sentences())) == 1


@pytest.mark.parametrize(
    ("sentence", "pos", "clause"),
    [
        ("Погибли 16, ранены 40.", 8, "Погибли 16"),
        ("Погибли 16, ранены 40.", 20, ", ранены 40."),
        ("Armenia sent 70 while Russia sent 1,400.", 36, "while Russia sent 1,400."),
    ],
)
def test_clauses(sentence: str, pos: int, clause: str) -> None:
    lo, hi = Clauses(sentence).of(pos)
    assert sentence[lo:hi] == clause


@pytest.mark.parametrize(
    "sentence",
    [
        "Погибли 16, ранены 40.",
        "В Омске вышли 300 человек, а в Томске — около 200.",
        "Однако 12 шахтёров (по другим данным, 14) остались под землёй; спасатели ищут их.",
        "Cases rose to 52, but 9 of them were mild.",
        "Armenia sent 70 while Russia sent 1,400 [officials said].",
        "The ministry gave 31 whereas the union counted 45.",
        "Тогда как власти говорят о 20, волонтёры насчитали 35.",
    ],
)
def test_clauses_told_from_words_are_the_same(sentence: str) -> None:
    words = next(read_claim(sentence, default_lexicon()).sentences()).words
    cheap, full = Clauses(sentence, words), Clauses(sentence)
    assert [cheap.of(k) for k in range(len(sentence))] == [full.of(k) for k in range(len(sentence))]


def test_readings_are_built_not_filled_in_place() -> None:
    text = "Беларусь направит 200 военнослужащих, Армения — 150."
    sentence = next(read_document(text, default_lexicon()).sentences())
    readings = read_figures(Scene(sentence, None))
    assert [(r.actor.value if r.actor else None, r.count_measure) for r in readings] == [
        ("country:BY", "troops"),
        ("country:AM", "troops"),  # the noun of the figure before
    ]


def test_each_subject_rule_is_named_and_listed_once() -> None:
    names = [rule.__name__ for rule in SUBJECT_RULES]
    assert len(set(names)) == len(names)
    assert all(
        getattr(claims, name) is rule for name, rule in zip(names, SUBJECT_RULES, strict=True)
    )
    assert all(rule.__doc__ for rule in SUBJECT_RULES)


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Миссию составили три страны — Армения, Таджикистан и Россия.", "count_of_countries"),
        ("Погибли 16 человек.", "event_toll"),
        ("На площадь вышли 200 протестующих.", "group_count"),
        ("Russia sent 1,400 troops.", "actor_measure"),
        ("Ремонт моста обошелся в 12 млн рублей.", "headed"),
        ("Crews were backed by 60 fire engines.", "counted_noun"),
    ],
)
def test_the_first_rule_that_speaks_decides(sentence: str, rule: str) -> None:
    lex = default_lexicon()
    scene = Scene(next(read_claim(sentence, lex).sentences()), None)
    r = read_figures(scene)[0]
    facts = claims.Facts(r, scene, lex)
    spoke = [f.__name__ for f in SUBJECT_RULES if f(facts) is not None]
    assert spoke[0] == rule
    assert subject_of(r, scene, lex) is not None


def test_he_said_looks_back_a_few_sentences_only() -> None:
    text = (
        "Министр Иванов заявил, что помощь прибудет. Первое. Второе. Третье. "
        "По его словам, погибли 5 человек."
    )
    far = Speakers(read_document(text, default_lexicon()))
    assert far.of(4) is None
    near = Speakers(read_document(text.replace("Первое. Второе. ", ""), default_lexicon()))
    found = near.of(2)
    assert found is not None and found.speaker == "Иванов"
