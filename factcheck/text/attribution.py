"""Who says so: the attribution phrase of one sentence, Russian or English, or None.

Found, in this order of preference:
- a source phrase: "по словам X", "по данным X", "по предварительной оценке X", "по подсчетам
  X", "согласно данным X", "со ссылкой на X", "according to X";
- a speech verb with its speaker: "X заявил/сообщила/отметили", "X стали сообщать", "в X
  заявили", "как сообщили в X", ", сообщил в субботу аким города", "«…», — заявил X", "в X
  говорится", "X said/told/reported", "X, however, said", "said X".
The speaker comes back in base form (see :mod:`factcheck.text.speakers`); the phrase exactly as
written, ``sentence[start:end]``. Nothing is guessed: no such phrase, or a pronoun for a
speaker ("он заявил", "he said"), gives None here: :func:`pronoun_attribution` gives it the
person who spoke just before, when the caller knows one. "В документе говорится" gives the speaker
"документ", whose :func:`speaker_kind` is "document": the caller decides what a document may
vouch for. The sentence's language decides the reader (:mod:`attribution_ru` or
:mod:`attribution_en`); the words both read come from the language's words file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.lang.base import Words, detect, words, yo
from factcheck.lang.ru.grammar import past_forms
from factcheck.models import Attribution
from factcheck.text import attribution_en as en
from factcheck.text import attribution_ru as ru
from factcheck.text.alternation import alternation
from factcheck.text.attribution_base import Tok, tokens
from factcheck.text.attribution_en_np import english
from factcheck.text.attribution_relative import russian_antecedent
from factcheck.text.attribution_ru_words import noun_base, russian
from factcheck.text.hints import lookahead
from factcheck.text.morph import fold, is_cyrillic, parses
from factcheck.text.numbers import find_quantities
from factcheck.text.speakers import speaker_kind

__all__ = [
    "find_attribution",
    "has_pronoun_speaker",
    "introduces",
    "is_data",
    "is_unattributed_report",
    "may_write_up",
    "pronoun_attribution",
    "refers_back",
    "reports_back",
    "speaker_kind",
    "writes_up",
]


@dataclass(frozen=True, slots=True)
class _Patterns:
    """What one language's words file gives the attribution reader, compiled once."""

    prefilter: re.Pattern[str]  # a folded sentence without any of these has no attribution
    source: re.Pattern[str]  # "по словам", "со ссылкой на", "according to" (group "citing")
    pronoun: re.Pattern[str]  # "по его словам", "она заявила", "he said"
    body_pronoun: re.Pattern[str]  # "они заявили", "it said": a body, not a person
    unattributed: re.Pattern[str]  # "сообщалось", "it was reported"
    back_reference: re.Pattern[str]  # "Об этом сообщил", "This was reported by", at the start


def _any(alternatives: list[str]) -> str:
    return alternation(alternatives)


def _spaced(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


@cache
def _ru_patterns(w: Words) -> _Patterns:
    """The Russian patterns: speech verbs by their stems and past forms (lang/ru/grammar.py)."""
    nouns = _any([yo(n) for n in w.list("source.nouns")])
    citing = _any([_spaced(p) for p in w.list("source.citing")])
    learned = _any([_spaced(p) for p in w.list("source.learned")])
    verbs = [fold(v) for v in w.list("speech.verbs")]
    figure_verbs = [fold(v) for v in w.list("speech.figure_verbs")]
    figure_verbs += [fold(v) for v in w.list("speech.receipts")]
    figure_verbs += [fold(v) for v in w.list("speech.revision_verbs")]
    stems = sorted(ru.speech_stems(verbs + figure_verbs))
    past = _any([yo(f) for v in verbs for f in past_forms(v)])
    subjects = _any(sorted(w.set("pronoun.subjects")))
    bodies = _any(sorted(w.set("pronoun.bodies")))
    adverbs = _any(sorted(w.set("pronoun.adverbs")))
    # "по [предварительной] [официальной] оценке X": up to two adjectives before the noun.
    source = (
        _any([_spaced(p) for p in w.list("source.openers")])
        + r"\s+(?:[а-яё]+(?:ым|им|ой|ей)\s+){0,2}"
        + nouns
    )
    # "Это следует из анализа X": what the figures follow from names its author
    source = _any([source, *w.list("source.follows")])
    pronoun = [
        *w.list("pronoun.quoted"),
        rf"по\s+{_any(sorted(w.set('pronoun.possessives')))}\s+{nouns}",
        rf"{subjects}\s+(?:{adverbs}\s+)?{past}",
        rf"{past}\s+{subjects}",
    ]
    # "подсчёты, согласно которым": the relative points back to the clause before
    relative = _any(list(w.list("source.relative_openers"))) + r"(?![\w-])"
    participles = _any(sorted(w.set("source.data_participles"))) + r"(?![\w-])"
    return _Patterns(
        prefilter=re.compile(
            _any([nouns, citing, learned, relative, _any(stems), *w.list("source.follows")])
        ),
        # "по данным, опубликованным МВД": a comma, then a participle whose agent speaks
        source=re.compile(
            rf"(?<![\w-])(?:(?:{source}(?:,(?=\s+{participles}))?|(?P<citing>{citing})"
            rf"|(?P<learned>{learned}))\s+"
            rf"|{relative})",
            re.IGNORECASE,
        ),
        pronoun=_whole_words(pronoun),
        body_pronoun=_whole_words([rf"{bodies}\s+(?:{adverbs}\s+)?{past}", rf"{past}\s+{bodies}"]),
        unattributed=_whole_words(list(w.list("source.unattributed"))),
        back_reference=_opening(w),
    )


@cache
def _en_patterns(w: Words) -> _Patterns:
    """The English patterns: speech verbs by the forms the words file lists."""
    forms = w.list("speech.verbs")
    # "gave the figure", "raised the toll to 31": speech only of data given or revised
    data_verbs = sorted(w.set("speech.data_verbs") | w.set("speech.revision_verbs"))
    openers = [_spaced(p) for p in w.list("source.openers")] + list(w.list("source.follows"))
    subjects = _any(sorted(w.set("pronoun.subjects")))
    bodies = _any(sorted(w.set("pronoun.bodies")))
    adverbs = _any(sorted(w.set("pronoun.adverbs")))
    return _Patterns(
        # whole words only: "put" in "output", "says" in "essays" would send a sentence to be
        # tokenised and read for nothing
        prefilter=re.compile(
            rf"(?<![\w-]){_any([re.escape(f) for f in (*forms, *data_verbs)])}(?![\w-])"
            rf"|{_any(openers)}"
        ),
        source=re.compile(rf"(?<![\w-]){_any(openers)}\s+", re.IGNORECASE),
        pronoun=_whole_words(
            [*w.list("pronoun.quoted"), rf"{subjects}\s+(?:{adverbs}\s+)?{_any(list(forms))}"]
        ),
        body_pronoun=_whole_words([rf"{bodies}\s+(?:{adverbs}\s+)?{_any(list(forms))}"]),
        unattributed=_whole_words(list(w.list("source.unattributed"))),
        back_reference=_opening(w),
    )


def _opening(w: Words) -> re.Pattern[str]:
    """The words file's back references, matched at the start of a folded sentence."""
    return re.compile(r"\W*" + _any(list(w.list("source.back_references"))) + r"(?![\w-])")


_SourceReader = Callable[[str, list[Tok], int, int, str], Attribution | None]
_VerbReader = Callable[[str, list[Tok], bool], Attribution | None]
# Each language's reader: the speaker after a source phrase's opener; the speaker of a verb.
_READERS: dict[str, tuple[_SourceReader, _VerbReader]] = {
    "ru": (ru.source_phrase, ru.spoken),
    "en": (en.source_phrase, en.spoken),
}


def _whole_words(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(
        lookahead(patterns) + r"(?<![\w-])" + _any(patterns) + r"(?![\w-])", re.IGNORECASE
    )


def _patterns(language: str) -> _Patterns:
    if language == "ru":
        return _ru_patterns(words("ru"))
    return _en_patterns(words("en"))


def pronoun_attribution(sentence: str, earlier: Callable[[], str | None]) -> Attribution | None:
    """A sentence whose speaker is "he"/"she" ("…, he said", "По его словам, …") speaks for
    ``earlier()`` — the person who spoke in a sentence just before (the caller finds them,
    asked only when the sentence has such a phrase) — with the phrase as written; "it said",
    "они заявили" speaks so for a body that spoke just before (a ministry, the unions). None
    without such a phrase or without such a speaker."""
    m = _pronoun(sentence)
    person = m is not None
    if m is None:
        m = _patterns(detect(sentence)).body_pronoun.search(sentence)
    if m is None:
        return None
    speaker = earlier()
    if speaker is None or not _may_be(speaker, person):
        return None
    return Attribution(speaker=speaker, phrase=m.group(), start=m.start(), end=m.end())


def _may_be(speaker: str, person: bool) -> bool:
    """May "he"/"she" (``person``) or "it"/"они" stand for ``speaker``? One capitalised word
    may be a person or a body ("Rosstat", "Росстат")."""
    kind = speaker_kind(speaker)
    if person:
        return kind == "person"
    return kind != "person" or len(speaker.split()) == 1


def has_pronoun_speaker(sentence: str) -> bool:
    """True when the sentence's speaker is a pronoun ("he said", "по его словам")."""
    return _pronoun(sentence) is not None


def _pronoun(sentence: str) -> re.Match[str] | None:
    return _pronoun_in(sentence, words("ru"), words("en"))


# Who-said-it asks both pronoun_attribution and has_pronoun_speaker of a sentence with no
# speaker of its own: searched once (with the words files it was searched with).
@lru_cache(maxsize=256)
def _pronoun_in(sentence: str, ru_words: Words, en_words: Words) -> re.Match[str] | None:
    return _patterns(detect(sentence)).pronoun.search(sentence)


def refers_back(sentence: str) -> bool:
    """Does the sentence open with a back reference ("Об этом сообщил", "This was reported
    by", "Это следует из")?"""
    return bool(_patterns(detect(sentence)).back_reference.match(fold(sentence)))


def reports_back(sentence: str, found: Attribution) -> bool:
    """Does the sentence's attribution ``found`` also give the source of the sentences just
    before it? It does when the sentence opens with a back reference ("Об этом сообщил X",
    "This was reported by X") or ends with its attribution (", the ministry said.", "X
    reported.", ", пишет Reuters.") after no figure of its own: "At least 26 died, the
    ministry said." speaks for its own figure only."""
    if refers_back(sentence):
        return True
    language = detect(sentence)
    if _own_figure(sentence[: found.start], words(language)):
        return False  # "26 died, the ministry said.": the speaker gives its own sentence's figure
    rest = sentence[found.end :]
    if not any(c.isalnum() for c in rest):
        return True
    # ", the agency wrote in a note late on Monday.": a clause-final attribution
    return sentence[: found.start].rstrip()[-1:] in {",", "—", "–"} and _only_circumstances(
        rest, words(language)
    )


def speaks_on(before: str, found: Attribution, sentence: str) -> bool:
    """Does the speaker of the sentence ``before`` (its attribution ``found``) go on speaking in
    the next ``sentence``, which names nobody? One named before its sentence's figures ("По
    данным МЧС, погибли 40", "The ministry said 40 had died") does: what follows goes on in
    that voice. One named after them ("40 had died, the mayor said.") speaks for its own
    sentence, and goes on only into a sentence that goes on from its figure: a share of it or
    more of it ("Of these, 12…", "Из них…", "Another 30…", "Ещё 12…")."""
    if not _own_figure(before[: found.start], words(detect(before))):
        return True
    w = words(detect(sentence))
    if _share_opening(w).match(fold(sentence)):
        return True
    going_on = {fold(x) for x in w.set("source.continuations")}
    return any(fold(x) in going_on for x in re.findall(r"\w+", sentence))


@cache
def _share_opening(w: Words) -> re.Pattern[str]:
    """The words file's openers of a share of a figure just given, at a folded sentence's start."""
    return re.compile(r"\W*" + _any(list(w.list("source.share_openers"))) + r"(?![\w-])")


# A sentence that may report back is asked so by each of the two sentences before it.
@lru_cache(maxsize=64)
def _own_figure(said: str, w: Words) -> bool:
    """Does ``said`` give a figure of its own, not one that goes on from the sentence before
    ("Four more…", "Ещё четверо…")?"""
    if not find_quantities(said):
        return False
    going_on = {fold(x) for x in w.set("source.continuations")}
    return not any(fold(x) in going_on for x in re.findall(r"\w+", said))


def _only_circumstances(rest: str, w: Words) -> bool:
    """Is what follows an attribution only where and when it was said ("in a note late on
    Monday", "в пятницу вечером"): a few words, no figure, no new clause?"""
    said = rest.split()
    if len(said) > 5 or any(c.isdigit() or c in ",;:" for c in rest):
        return False
    links = w.set("clauses.leading_links")
    return not any(fold(x.strip(".!?")) in links for x in said)


def is_data(speaker: str) -> bool:
    """Is the speaker data rather than who gave it ("the second estimate", "эти данные")?"""
    named = re.findall(r"\w+", speaker)
    data = {fold(n) for n in words(detect(speaker)).set("source.data_nouns")}
    return bool(named) and fold(named[-1]) in data


def may_write_up(sentence: str) -> bool:
    """Has the sentence a word of an outlet writing something up ("пишет", "writes")?"""
    verbs = _writing(words(detect(sentence)))
    folded = fold(sentence)
    if not any(v in folded for v in verbs):
        return False  # each word's folded form is a part of the folded sentence
    return any(fold(w) in verbs for w in re.findall(r"\w+", sentence))


@cache
def _writing(w: Words) -> frozenset[str]:
    return frozenset(fold(v) for v in w.set("source.writing"))


def written(found: Attribution) -> bool:
    """Is ``found`` an outlet writing something ("пишет Bloomberg", "the Post writes")?"""
    verbs = _writing(words(detect(found.phrase)))
    return any(fold(w) in verbs for w in re.findall(r"\w+", found.phrase))


def writes_up(sentence: str, found: Attribution) -> bool:
    """Is the sentence's attribution ``found`` an outlet writing it up, at the sentence's end
    (", пишет Reuters.", ", the paper writes.")? Closing a paragraph, it reports all of it."""
    verbs = words(detect(sentence)).set("source.writing")
    said = {fold(w) for w in re.findall(r"\w+", found.phrase)}
    after_comma = sentence[: found.start].rstrip().endswith(",")
    return (
        after_comma
        and bool(said & {fold(v) for v in verbs})
        and not any(c.isalnum() for c in sentence[found.end :])
    )


def introduces(found: Attribution) -> bool:
    """Does the phrase speak with a verb of its own ("Mayor John Smith said", "рассказал глава
    района"), as one introducing what follows a colon does, not as a line's label does
    ("Confirmed cases: 369")? A Russian phrase's finite verb, or an English phrase's last word
    as a speech verb's form."""
    toks = tokens(found.phrase)
    if not toks:
        return False
    if is_cyrillic(found.phrase):
        return any(p and p[0].tag.POS == "VERB" for p in map(parses, (t.text for t in toks)))
    en_words = english()
    return toks[-1].low in en_words.verbs - en_words.also_nouns  # not "live updates:"


def is_unattributed_report(sentence: str) -> bool:
    """True for a report with no source: "Известно, что", "сообщалось", "it was reported"."""
    return bool(_patterns(detect(sentence)).unattributed.search(sentence))


def _fronted_data(toks: list[Tok], language: str) -> bool:
    """Does a Russian sentence open with the noun for its figures ("Данные о 40 погибших
    привёл губернатор", "Цифру в 40 человек назвали в МЧС")?"""
    return language == "ru" and bool(toks) and noun_base(toks[0].text) in russian().data_nouns


def _case_of(m: re.Match[str]) -> str:
    """The case a source phrase's speaker stands in after its opener: the accusative after
    "со ссылкой на", the dative after "как стало известно", else the genitive ("по словам X")."""
    found = m.groupdict()
    return "accs" if found.get("citing") else "datv" if found.get("learned") else "gent"


def find_attribution(sentence: str) -> Attribution | None:
    """The sentence's own attribution (speaker in base form, phrase as written), or None."""
    return _found(sentence, words("ru"), words("en"))


# Each sentence is asked about by who-said-it and again for each of its figures: read once
# (with the words files it was read with: a changed file reads it anew), its language too.
@lru_cache(maxsize=4096)
def _found(sentence: str, ru_words: Words, en_words: Words) -> Attribution | None:
    language = detect(sentence)
    return _read(sentence, language, ru_words if language == "ru" else en_words)


def _read(sentence: str, language: str, w: Words) -> Attribution | None:
    patterns = _patterns(language)
    folded = fold(sentence)
    if not patterns.prefilter.search(folded):
        return None
    toks = tokens(sentence)
    # "Такие цифры привёл X": after a back reference, a figure verb speaks without a figure.
    # "Данные о 40 погибших привёл X": so after the figures' noun, fronted as the object
    refers_back = bool(patterns.back_reference.match(folded)) or _fronted_data(toks, language)
    source_phrase, spoken = _READERS[language]
    for m in patterns.source.finditer(sentence):
        if not m.group()[-1].isspace():  # "…, согласно которым": the clause before says whose
            found = russian_antecedent(sentence, toks, m.start())
            if found is not None:
                return found
            continue
        first = next((k for k, t in enumerate(toks) if t.start >= m.end()), len(toks))
        found = source_phrase(sentence, toks, first, m.start(), _case_of(m))
        if found is not None:
            return found
    return spoken(sentence, toks, refers_back)
