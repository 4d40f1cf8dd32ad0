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
vouch for. The Russian and English readers live in :mod:`attribution_ru` and
:mod:`attribution_en`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.models import Attribution
from factcheck.text import attribution_en as en
from factcheck.text import attribution_ru as ru
from factcheck.text.attribution_base import Tok, tokens
from factcheck.text.morph import is_cyrillic
from factcheck.text.speakers import speaker_kind

__all__ = [
    "find_attribution",
    "is_unattributed_report",
    "pronoun_attribution",
    "speaker_kind",
]

_RU_SOURCE_NOUNS = (
    r"словам|данным|информации|сообщению|сообщениям|сведениям|заявлению|подсч[её]там"
    r"|расч[её]там|оценке|оценкам|мнению|версии|прогнозу|утверждению"
)
# "по [предварительной] [официальной] оценке X": up to two adjectives before the noun.
_SOURCE_PHRASE = re.compile(
    r"(?<![\w-])(?:(?:по|согласно)\s+(?:[а-яё]+(?:ым|им|ой|ей)\s+){0,2}(?:"
    + _RU_SOURCE_NOUNS
    + r")|со\s+ссылкой\s+на|according\s+to)\s+",
    re.IGNORECASE,
)
# Cheap first look: a sentence with none of these has no attribution (most sentences).
# A cheap first look (on the lower-cased sentence, no case folding in the engine): a sentence
# without any of these stems cannot carry an attribution, and most sentences have none.
_PREFILTER = re.compile(
    "(?:" + _RU_SOURCE_NOUNS + ")|ссылкой|заяв|сообщ|отмет|отмеч|подчерк|расска|уточн|сказа"
    r"|говор|подтвер|добав|поясн|объяв|напис|пиш|переда|указа|утвержд|завер|констат|информир"
    r"|призна|подсчит|посчит|оцени|обещ|назва|назыв|according|said|says|say|told|tell|report|announc|stated|add|noted|confirm|claim"
    r"|wrote|writes|explain|insist|warn|acknowledg|admit|reveal|tweet|estimat|put"
)
_UNATTRIBUTED = re.compile(
    r"(?<![\w-])(?:(?:стало\s+|как\s+стало\s+|также\s+|уже\s+)?известно|сообщалось|сообщается"
    r"|по\s+(?:имеющимся|неофициальным|неподтвержденным|неподтверждённым|некоторым)\s+"
    r"(?:данным|сведениям|информации)|(?:появилась|поступила|поступает)\s+информация"
    r"|появились\s+сообщения|it\s+(?:is|was|has\s+been|had\s+been)\s+(?:known|reported"
    r"|announced|learned|learnt|understood)|it\s+(?:emerged|became\s+known)|reportedly"
    r"|according\s+to\s+(?:reports|media\s+reports)|there\s+(?:were|have\s+been)\s+reports)"
    r"(?![\w-])",
    re.IGNORECASE,
)


_RU_SPEECH = (
    r"(?:заявил|сказал|сообщил|отметил|добавил|подчеркнул|пояснил|уточнил|рассказал|указал"
    r"|признал|напомнил|констатировал)а?"
)
_EN_SPEECH = r"(?:said|says|told|tells|added|adds|noted|explained|stated|confirmed|warned|wrote)"
# A person named by a pronoun: "по его словам", "сказал он", "она заявила", "he said".
_PRONOUN_SPEECH = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        (
            r"по\s+(?:его|ее|её)\s+(?:словам|мнению|данным|оценке|подсч[её]там)",
            r"(?:он|она)\s+(?:также\s+|ранее\s+|уже\s+|позже\s+)?" + _RU_SPEECH,
            _RU_SPEECH + r"\s+(?:он|она)",
            r"(?:he|she)\s+(?:also\s+|later\s+|then\s+|further\s+|had\s+|has\s+)?" + _EN_SPEECH,
        )
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)


def pronoun_attribution(sentence: str, earlier: Callable[[], str | None]) -> Attribution | None:
    """A sentence whose speaker is "he"/"she" ("…, he said", "По его словам, …") speaks for
    ``earlier()`` — the person who spoke in a sentence just before (the caller finds them,
    asked only when the sentence has such a phrase) — with the phrase as written; None
    without such a phrase or without such a person."""
    m = _PRONOUN_SPEECH.search(sentence)
    if m is None:
        return None
    speaker = earlier()
    if speaker is None or speaker_kind(speaker) != "person":
        return None
    return Attribution(speaker=speaker, phrase=m.group(), start=m.start(), end=m.end())


def is_unattributed_report(sentence: str) -> bool:
    """True for a report with no source: "Известно, что", "сообщалось", "it was reported"."""
    return bool(_UNATTRIBUTED.search(sentence))


def _source_phrase(sentence: str, toks: list[Tok]) -> Attribution | None:
    for m in _SOURCE_PHRASE.finditer(sentence):
        first = next((k for k, t in enumerate(toks) if t.start >= m.end()), len(toks))
        lead = m.group().lower()
        if lead.startswith("according"):
            found = en.according_to(sentence, toks, first, m.start())
        else:
            case = "accs" if "ссылкой" in lead else "gent"
            found = ru.source_phrase(sentence, toks, first, m.start(), case)
        if found is not None:
            return found
    return None


def find_attribution(sentence: str) -> Attribution | None:
    """The sentence's own attribution (speaker in base form, phrase as written), or None."""
    if not _PREFILTER.search(sentence.lower()):
        return None
    toks = tokens(sentence)
    found = _source_phrase(sentence, toks)
    if found is not None:
        return found
    units = ru.verb_units(toks) + [
        (i, i + 1, "") for i, t in enumerate(toks) if t.low in en.EN_VERBS
    ]
    for i, j, number in sorted(units):
        if is_cyrillic(toks[i].text):
            found = ru.speech_verb(sentence, toks, i, j, number)
        else:
            found = en.speech_verb(sentence, toks, i)
        if found is not None:
            return found
    return None
