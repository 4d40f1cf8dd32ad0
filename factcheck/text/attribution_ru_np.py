"""The Russian speaker's noun phrase: which words may belong to it, where it ends, and its base
form ("пресс-службы МВД" → "пресс-служба МВД"; a «quoted name» stays whole)."""

from __future__ import annotations

from functools import cache

from factcheck.lang import base
from factcheck.text.attribution_base import Tok
from factcheck.text.attribution_ru_words import russian
from factcheck.text.morph import fold, is_cyrillic, parses
from factcheck.text.speakers import (
    document_nouns,
    is_name_like,
    is_title,
    normalise_ru,
    short_ministry,
    speaker_kind,
)

__all__ = ["forward_np", "has_case", "np_word", "past_quoted_name", "speaker"]

_NOT_NP_POS = frozenset(
    {"PREP", "CONJ", "PRCL", "INTJ", "VERB", "INFN", "ADVB", "PRED", "NPRO", "GRND", "NUMR"}
)


# The most words a speaker's phrase may have: "региональный советник министра по внешним
# делам Анна Петрова".
_LONGEST = 10


@cache
def _stop(w: base.Words) -> frozenset[str]:
    # Tokens are folded, and a stop is a token of its own.
    return frozenset(fold(x).rstrip(".") for x in w.list("speaker.stop"))


def np_word(tok: Tok, at_sentence_start: bool) -> bool:
    """Can this word belong to a Russian speaker phrase (a noun, an adjective, a name)?"""
    if not tok.is_word:
        return False
    w = tok.text
    if fold(w) in _stop(base.words("ru")):
        return False
    if not is_cyrillic(w) or (len(w) > 1 and w.isupper()):
        return True
    if w[:1].isupper() and not at_sentence_start:
        return True  # a capital mid-sentence: a name, whatever the dictionary thinks
    ps = parses(w)
    if not ps:
        return w[:1].isupper()
    if str(ps[0].tag.POS) in _NOT_NP_POS or "Apro" in ps[0].tag:
        return False
    return any(p.tag.POS in {"NOUN", "ADJF", "PRTF"} for p in ps)


def has_case(word: str, case: str) -> bool:
    """Can the word stand in ``case``? Names, abbreviations and Latin words always can."""
    if not is_cyrillic(word) or (len(word) > 1 and word.isupper()) or short_ministry(word):
        return True  # "в минпросвещения": a ministry's short name may stand unchanged
    ps = parses(word)
    if not ps or (word[:1].isupper() and is_name_like(word)):
        return word[:1].isupper()  # a name ("Токаев"): its case cannot be read reliably
    return any(case in p.tag or "Fixd" in p.tag for p in ps if p.tag.POS != "ADJS")


def past_quoted_name(toks: list[Tok], i: int) -> int:
    """The index after a «quoted name» opening at ``i`` ("«Хабар 24»"), or 0 if it never closes
    within a few words."""
    close = next((k for k in range(i + 1, min(i + 8, len(toks))) if toks[k].text == "»"), 0)
    return close + 1 if close else 0


def forward_np(toks: list[Tok], i: int) -> int:
    """The end index of a speaker phrase starting at token ``i`` (== i when there is none)."""
    j = i
    while j < len(toks) and j - i < _LONGEST:
        t = toks[j]
        if t.text == "«":
            after = past_quoted_name(toks, j)
            if not after:
                break
            j = after
            continue
        if t.low == "и" and j + 1 < len(toks) and is_title(toks[j + 1].text):
            j += 1
            continue
        if t.low == "по" and _titled(toks[i:j]) and j + 1 < len(toks) and _dative(toks[j + 1]):
            j += 1  # "советник министра по связям Анна Петрова": a title's field
            continue
        if not np_word(t, False):
            break
        j += 1
    return j


def _titled(words: list[Tok]) -> bool:
    return any(is_title(w.text) for w in words)


def _dative(tok: Tok) -> bool:
    return tok.is_word and any("datv" in p.tag for p in parses(tok.text))


def speaker(sentence: str, words: list[Tok], case: str, sentence_start: bool) -> str:
    """The speaker in base form; a «quoted name» stays as written ("телеканал «Хабар 24»")."""
    quote = next((k for k, w in enumerate(words) if w.text == "«"), len(words))
    texts = [w.text for w in words[:quote]]
    quoted = sentence[words[quote].start : words[-1].end] if quote < len(words) else ""
    if not texts:
        return _named_in(quoted.strip("«»"), case)
    doc = _document_owner(texts, case)
    head = doc if doc is not None else normalise_ru(texts, case, sentence_start=sentence_start)
    return f"{head} {quoted}".strip()


def _named_in(name: str, case: str) -> str:
    """A quoted name as its nominative: "Коммерсанту" after "как стало известно" (dative) is
    "Коммерсант"; a name of several words, or one in another case, stays as written."""
    if case != "datv" or " " in name:
        return name
    p = next((p for p in parses(name) if "datv" in p.tag), None)
    nominative = p.inflect({"nomn"}) if p is not None else None  # its number kept: "Известиям"
    return name if nominative is None else name[:1] + str(nominative.word)[1:]


def _document_owner(texts: list[str], case: str) -> str | None:
    """ "в сообщении МВД говорится" → "МВД"; "в документе" → "документ"."""
    p = next((p for p in parses(texts[0]) if case in p.tag), None)
    if p is None or fold(p.normal_form) not in document_nouns():
        return None
    if len(texts) == 1:
        return str(p.normal_form)
    return normalise_ru(texts[1:], "gent")


def is_preposition(t: Tok) -> bool:
    ps = parses(t.text)
    return bool(ps) and str(ps[0].tag.POS) == "PREP"


def addressee_len(toks: list[Tok], k: int) -> int:
    """How many tokens from ``k`` say to whom ("телеканалу «Хабар»", "местной газете")."""
    start = k
    while k < len(toks) and k - start < 6:
        t = toks[k]
        if t.text == "«":
            after = past_quoted_name(toks, k)
            if not after:
                break
            k = after
            continue
        if not (t.text.islower() and _dative(t)):
            break
        k += 1
    return k - start


def is_venue(word: str) -> bool:
    """Does the word say where something was said ("интервью", "телеграм-канале"), by its
    dictionary form or its last part's ("Telegram-канале", which the dictionary does not know)?"""
    return any(
        (found := parses(part)) and fold(found[0].normal_form) in russian().venues
        for part in (word, word.rsplit("-", 1)[-1])
    )


VENUE_BEFORE = frozenset({"в", "во", "на"})


def venue_len(toks: list[Tok], k: int) -> int:
    """How many tokens from ``k`` say where it was said, and to whom: "в интервью телеканалу",
    "в своем телеграм-канале"."""
    if k + 1 >= len(toks) or toks[k].low not in VENUE_BEFORE:
        return 0
    at = k + 1 + (k + 2 < len(toks) and toks[k + 1].low in russian().own)
    if not is_venue(toks[at].text):
        return 0
    return at + 1 - k + addressee_len(toks, at + 1)


def told_len(toks: list[Tok], k: int) -> int:
    """How many tokens from ``k`` say whom it was told, when the speaker follows them:
    "сообщил журналистам губернатор", "заявил РИА Новости глава МЧС"."""
    if k >= len(toks) or is_preposition(toks[k]):
        return 0  # "сообщили в пресс-службе": where, not whom
    n = addressee_len(toks, k)
    if not n:
        n = next((n for n in (2, 1) if _outlet_at(toks, k, n)), 0)
    after = k + n
    if n and after < len(toks) and toks[after].is_word and has_case(toks[after].text, "nomn"):
        return n
    return 0


def _outlet_at(toks: list[Tok], k: int, n: int) -> bool:
    """Are the ``n`` tokens from ``k`` an outlet's name ("РИА Новости", "ТАСС")?"""
    name = toks[k : k + n]
    if len(name) < n or not all(t.is_word and t.text[:1].isupper() for t in name):
        return False
    return speaker_kind(" ".join(t.text for t in name)) == "media"


def of_the_body(words: list[Tok]) -> list[Tok]:
    """The words of a body after "в" ("в пресс-службе больницы"), to the first word in lower
    case that cannot belong to it (no genitive, prepositional or instrumental form): "в полиции
    число митингующих оценили" → "полиции"."""
    for k in range(1, len(words)):
        t = words[k]
        if t.text == "«":
            break
        if (
            t.is_word
            and t.text.islower()
            and not any(
                _OBLIQUE & set(str(p.tag).replace(" ", ",").split(",")) for p in parses(t.text)
            )
        ):
            return words[:k]
    return words


_OBLIQUE = frozenset({"gent", "loct", "ablt", "gen2", "loc2"})
