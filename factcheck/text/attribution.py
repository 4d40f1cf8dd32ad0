"""Who says so: the attribution phrase of one sentence, Russian or English, or None.

Found, in this order of preference:
- a source phrase: "по словам X", "по данным X", "согласно данным X", "according to X";
- a speech verb with its speaker: "X заявил/сообщила/отметили", "X стали сообщать", "в X
  заявили", "как сообщили в X", "«…», — заявил X", "в X говорится", "говорится в X",
  "X said/told/reported", "said X".
The speaker comes back in base form (see :mod:`factcheck.text.speakers`); the phrase exactly as
written, ``sentence[start:end]``. Nothing is guessed: no such phrase, or a pronoun for a
speaker ("он заявил"), gives None. "В документе говорится" gives the speaker "документ",
whose :func:`speaker_kind` is "document": the caller decides what a document may vouch for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.models import Attribution
from factcheck.text.morph import fold, is_cyrillic, parses
from factcheck.text.speakers import (
    DOCUMENT_NOUNS,
    EN_TITLES,
    RU_TITLES,
    is_name_like,
    normalise_en,
    normalise_ru,
    speaker_kind,
)

__all__ = ["find_attribution", "is_unattributed_report", "speaker_kind"]


def _wordset(text: str) -> frozenset[str]:
    """A set of words written as one readable string."""
    return frozenset(text.split())


_RU_VERBS = _wordset(
    """заявить заявлять сообщить сообщать отметить отмечать подчеркнуть подчеркивать рассказать
    рассказывать уточнить уточнять сказать говорить подтвердить подтверждать добавить добавлять
    пояснить пояснять объявить объявлять написать писать передать передавать указать указывать
    утверждать заверить констатировать информировать проинформировать признать признавать
    говориться"""
)
_RU_START_VERBS = frozenset({"стать", "начать", "начинать", "продолжить", "продолжать"})
_EN_VERBS = _wordset(
    """said says say told tells reported reports announced announces stated added adds noted
    confirmed confirms claimed claims wrote writes explained insisted warned acknowledged
    admitted revealed tweeted"""
)
_EN_AUX = _wordset("has have had was were is are also earlier later previously then")
# Lower-case English words a speaker phrase may hold ("local media", "the Interior Ministry").
_EN_PHRASE_WORDS = _wordset(
    """the of for at local state state-run government police authorities ministry officials
    official senior sources source media witnesses residents spokesman spokeswoman spokesperson
    interior health defence defense foreign news agency press service office department
    military army prosecutors prosecutor two three several"""
)
_EN_STOP = _wordset(
    """it he she they we i you this that there these those who which what when after before
    earlier later however but and also meanwhile then on in at as if while since because"""
)
_RU_STOP = _wordset(
    """на в во к ко по о об что чтобы и а но до после с со от за для из при это как который
    которая которые когда где уже также же ли не бы тоже лишь только еще ещё"""
)
_RU_SKIP_POS = frozenset({"ADVB", "PRCL", "NUMR", "COMP", "PRED"})
_RU_MONTH_OR_TIME = re.compile(
    r"(?:январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*|года?|г"
    r"|утром|вечером|днем|днём|ночью|накануне|вчера|сегодня"
)
_RU_WEEKDAY = re.compile(r"понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье")
_NOT_NP_POS = frozenset(
    {"PREP", "CONJ", "PRCL", "INTJ", "VERB", "INFN", "ADVB", "PRED", "NPRO", "GRND", "NUMR"}
)

_TOKEN = re.compile(r"[^\W_]+(?:[-.'’][^\W_]+)*|\S")
_SOURCE_PHRASE = re.compile(
    r"(?<![\w-])(?:по\s+(?:[а-яё]+(?:ым|им|ой|ей)\s+)?(?:словам|данным|информации|сообщению"
    r"|сведениям|заявлению|подсчетам|подсчётам|мнению)|согласно\s+(?:[а-яё]+(?:ым|им|ой|ей)\s+)?"
    r"(?:данным|информации|сообщению|заявлению)|со\s+ссылкой\s+на|according\s+to)\s+",
    re.IGNORECASE,
)
_RU_VERB_STEM = re.compile(
    r"заяв|сообщ|отмет|отмеч|подчерк|расска|уточн|сказ|говор|подтвер|добав|поясн|объяв|напис|пиш"
    r"|переда|указ|утвержд|завер|констат|информир|проинформир|призна|ста|нач|продолж"
)
_PREFILTER = re.compile(
    r"по\s+(?:[а-яё]+\s+)?(?:словам|данным|информации|сообщению|сведениям|заявлению|подсч"
    r"|мнению)|согласно|ссылкой|заяв|сообщ|отмет|отмеч|подчерк|расска|уточн|сказа|говор|подтвер"
    r"|добав|поясн|объяв|напис|пиш|переда|указа|утвержд|завер|констат|информир|призна"
    r"|according|said|says|say|told|tell|report|announc|stated|add|noted|confirm|claim|wrote"
    r"|writes|explain|insist|warn|acknowledg|admit|reveal|tweet",
    re.IGNORECASE,
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


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


def _tokens(sentence: str) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]


def is_unattributed_report(sentence: str) -> bool:
    """True for a report with no source: "Известно, что", "сообщалось", "it was reported"."""
    return bool(_UNATTRIBUTED.search(sentence))


def _top_pos(word: str) -> str | None:
    ps = parses(word)
    return str(ps[0].tag.POS) if ps else None


def _ru_np_word(tok: _Tok, at_sentence_start: bool) -> bool:
    """Can this word belong to a Russian speaker phrase (a noun, an adjective, a name)?"""
    if not tok.is_word:
        return False
    w = tok.text
    if fold(w) in _RU_STOP:
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


def _has_case(word: str, case: str) -> bool:
    if not is_cyrillic(word) or (len(word) > 1 and word.isupper()):
        return True
    ps = parses(word)
    if not ps or (word[:1].isupper() and is_name_like(word)):
        return word[:1].isupper()  # a name ("Токаев"): its case cannot be read reliably
    return any(case in p.tag or "Fixd" in p.tag for p in ps if p.tag.POS != "ADJS")


def _forward_np(toks: list[_Tok], i: int, russian: bool) -> int:
    """The end index of a speaker phrase starting at token ``i`` (== i when there is none)."""
    j = i
    while j < len(toks) and j - i < 8:
        t = toks[j]
        if t.text == "«":
            close = next((k for k in range(j + 1, min(j + 8, len(toks))) if toks[k].text == "»"), 0)
            if not close:
                break
            j = close + 1
            continue
        if russian:
            if fold(t.text) == "и" and j + 1 < len(toks) and _is_title(toks[j + 1].text):
                j += 1
                continue
            if not _ru_np_word(t, False):
                break
        elif not _en_np_word(t, j):
            break
        j += 1
    return j


def _is_title(word: str) -> bool:
    w = fold(word)
    return w in RU_TITLES or w in EN_TITLES or any(p.normal_form in RU_TITLES for p in parses(word))


def _en_np_word(t: _Tok, index: int) -> bool:
    if not t.is_word:
        return False
    w = fold(t.text)
    if w in _EN_STOP:
        return False
    return t.text[:1].isupper() or w in _EN_PHRASE_WORDS or w.endswith("'s")


def _make(sentence: str, speaker: str, start: int, end: int) -> Attribution | None:
    speaker = speaker.strip()
    if not speaker or fold(speaker) in {"the", "a"}:
        return None
    return Attribution(speaker=speaker, phrase=sentence[start:end], start=start, end=end)


def _speaker_ru(words: list[_Tok], case: str, sentence_start: bool) -> str:
    texts = [w.text for w in words if w.text not in "«»"]
    doc = _document_owner(texts, case)
    if doc is not None:
        return doc
    return normalise_ru(texts, case, sentence_start=sentence_start)


def _document_owner(texts: list[str], case: str) -> str | None:
    """ "в сообщении МВД говорится" → "МВД"; "в документе" → "документ"."""
    if not texts:
        return None
    p = next((p for p in parses(texts[0]) if case in p.tag), None)
    if p is None or p.normal_form not in DOCUMENT_NOUNS:
        return None
    if len(texts) == 1:
        return str(p.normal_form)
    return normalise_ru(texts[1:], "gent")


def _source_phrase(sentence: str, toks: list[_Tok]) -> Attribution | None:
    for m in _SOURCE_PHRASE.finditer(sentence):
        first = next((k for k, t in enumerate(toks) if t.start >= m.end()), len(toks))
        russian = not m.group().lower().startswith("according")
        end = _forward_np(toks, first, russian)
        if end == first:
            continue
        words = toks[first:end]
        if russian:
            case = "accs" if "ссылкой" in m.group().lower() else "gent"
            speaker = _speaker_ru(words, case, False)
        else:
            speaker = normalise_en([w.text for w in words])
            if fold(speaker.split()[-1] if speaker else "") in {"data", "figures", "estimates"}:
                continue  # "according to preliminary data": a hedge, not a source
        found = _make(sentence, speaker, m.start(), words[-1].end)
        if found:
            return found
    return None


def _verb_units(toks: list[_Tok]) -> list[tuple[int, int, str]]:
    """Speech verbs as token ranges [i, j) with their number ("sing", "plur", "" unknown)."""
    units = []
    for i, t in enumerate(toks):
        if not t.is_word:
            continue
        w = fold(t.text)
        if not is_cyrillic(w):
            if w in _EN_VERBS:
                units.append((i, i + 1, ""))
            continue
        if not _RU_VERB_STEM.match(w):
            continue  # most words are no speech verb: spare the dictionary look-up
        ps = parses(t.text)
        if not ps or ps[0].tag.POS != "VERB":
            continue
        number = "plur" if "plur" in ps[0].tag else "sing"
        if ps[0].normal_form in _RU_VERBS:
            units.append((i, i + 1, number))
        elif ps[0].normal_form in _RU_START_VERBS and i + 1 < len(toks):
            nxt = parses(toks[i + 1].text)
            if nxt and nxt[0].tag.POS == "INFN" and nxt[0].normal_form in _RU_VERBS:
                units.append((i, i + 2, number))  # "СМИ стали сообщать"
    return units


def _backward_ru(toks: list[_Tok], i: int) -> tuple[int, int]:
    """Token range [a, b) of the phrase before token ``i``, skipping "7 января", "также"."""
    b = i
    skipped = 0
    while b > 0 and skipped < 4:
        t = toks[b - 1]
        w = fold(t.text)
        if _RU_WEEKDAY.fullmatch(w) and b >= 2 and fold(toks[b - 2].text) in {"в", "во"}:
            b -= 2  # "в пятницу сообщила"
            skipped += 2
            continue
        if t.text.isdigit() or _RU_MONTH_OR_TIME.fullmatch(w) or _top_pos(t.text) in _RU_SKIP_POS:
            if t.text[:1].isupper() and b - 1 == 0:
                break
            b -= 1
            skipped += 1
            continue
        break
    a = b
    while a > 0 and b - a < 8:
        t = toks[a - 1]
        if t.text == "»":
            opening = next((k for k in range(a - 2, max(a - 9, -1), -1) if toks[k].text == "«"), -1)
            if opening < 0:
                break
            a = opening
            continue
        if (
            fold(t.text) == "и"
            and a < b
            and a >= 2
            and _is_title(toks[a].text)
            and _ru_np_word(toks[a - 2], a - 2 == 0)
        ):
            a -= 1  # "премьер-министр Армении и председатель ОДКБ"
            continue
        if not _ru_np_word(t, a - 1 == 0):
            break
        a -= 1
    return a, b


def _agrees(word: str, number: str) -> bool:
    return any("nomn" in p.tag and number in p.tag and p.tag.POS == "NOUN" for p in parses(word))


def _coordinated_verb(toks: list[_Tok], conj: int, number: str) -> int | None:
    """The finite verb before "и" that shares its subject with the verb after it."""
    for k in range(conj - 1, max(conj - 12, -1), -1):
        if toks[k].text in {";", ":", "—", "«", "»", "(", ")"}:
            return None
        ps = parses(toks[k].text)
        if ps and ps[0].tag.POS == "VERB" and "indc" in ps[0].tag and number in ps[0].tag:
            return k
    return None


def _verb_ru(sentence: str, toks: list[_Tok], i: int, j: int, number: str) -> Attribution | None:
    a, b = _backward_ru(toks, i)
    words = toks[a:b]
    words_only = [w for w in words if w.text not in "«»"]
    before = fold(toks[a - 1].text) if a > 0 else ""
    if words_only and before in {"в", "во"}:
        # "В МВД заявили" — unless a plural subject follows: "В Казахстане власти заявили".
        split = next(
            (k for k in range(1, len(words)) if number and _agrees(words[k].text, number)), None
        )
        if split is None or fold(toks[i].text) == "говорится":
            speaker = _speaker_ru(words, "loct", False)
            return _make(sentence, speaker, toks[a - 1].start, toks[j - 1].end)
        words = words[split:]
        a += split
    # The subject's first word must be able to be nominative ("на 6 января власти": "власти").
    while words and not _has_case(words[0].text, "nomn"):
        words = words[1:]
        a += 1
    if words and any(w.text not in "«»" for w in words):
        speaker = _speaker_ru(words, "nomn", a == 0)
        return _make(sentence, speaker, toks[a].start, toks[j - 1].end)
    if not words and a > 0 and fold(toks[a - 1].text) == "и":
        # "Токаев выступил с речью и заявил": the subject of the first verb speaks.
        first_verb = _coordinated_verb(toks, a - 1, number)
        if first_verb is not None:
            found = _verb_ru(sentence, toks, first_verb, first_verb + 1, number)
            if found is not None and found.end <= toks[first_verb].end:
                return _make(sentence, found.speaker, found.start, toks[j - 1].end)
    # Nothing before the verb: the speaker follows it ("как заявили в МВД", "— заявил Токаев").
    start = toks[i - 1].start if i > 0 and fold(toks[i - 1].text) == "как" else toks[i].start
    k = j
    case = "nomn"
    if k < len(toks) and fold(toks[k].text) in {"в", "во"}:
        case = "loct"
        k += 1
    end = _forward_np(toks, k, True)
    words = toks[k:end]
    if not words or not _has_case(words[0].text, case):
        return None
    return _make(sentence, _speaker_ru(words, case, False), start, words[-1].end)


def _verb_en(sentence: str, toks: list[_Tok], i: int) -> Attribution | None:
    b = i
    while b > 0 and fold(toks[b - 1].text) in _EN_AUX:
        b -= 1
    a = b
    while a > 0 and b - a < 8 and _en_np_word(toks[a - 1], a - 1):
        a -= 1
    if a < b:
        texts = [t.text for t in toks[a:b]]
        if a == 0 and fold(texts[0]) in _EN_PHRASE_WORDS:
            texts[0] = texts[0].lower()  # "Officials said": capital only for the sentence start
        speaker = normalise_en(texts)
        if speaker:
            return _make(sentence, speaker, toks[a].start, toks[i].end)
    # ", said Tokayev." / "— said the ministry"
    if i == 0 or toks[i - 1].is_word:
        return None
    end = _forward_np(toks, i + 1, False)
    if end == i + 1:
        return None
    speaker = normalise_en([t.text for t in toks[i + 1 : end]])
    return _make(sentence, speaker, toks[i].start, toks[end - 1].end)


def find_attribution(sentence: str) -> Attribution | None:
    """The sentence's own attribution (speaker in base form, phrase as written), or None."""
    if not _PREFILTER.search(sentence):
        return None
    toks = _tokens(sentence)
    found = _source_phrase(sentence, toks)
    if found is not None:
        return found
    for i, j, number in _verb_units(toks):
        if is_cyrillic(toks[i].text):
            found = _verb_ru(sentence, toks, i, j, number)
        else:
            found = _verb_en(sentence, toks, i)
        if found is not None:
            return found
    return None
