"""Russian attribution: "по словам/данным/оценке X", "X заявил", "в X заявили", "как сообщили
в X", ", сообщил в субботу аким города", "«…», — заявил X", "в X говорится".

The speaker is a noun phrase of nouns, adjectives and names (up to eight words, «quoted
names» whole). Between the verb and its speaker a time or place adverbial may stand ("в
субботу", "в пятницу вечером", "накануне", "позже", "7 января") and a possessive ("его
координатор"). The speaker is put into the nominative by :func:`normalise_ru`: only the head
noun and its adjectives change case.
"""

from __future__ import annotations

from factcheck.models import Attribution
from factcheck.text.attribution_base import Tok, make, skip_bracket
from factcheck.text.attribution_place import records_a_place
from factcheck.text.attribution_ru_np import (
    VENUE_BEFORE,
    forward_np,
    has_case,
    is_preposition,
    is_venue,
    np_word,
    of_the_body,
    speaker,
    told_len,
    venue_len,
)
from factcheck.text.attribution_ru_words import noun_base, speech_stems
from factcheck.text.attribution_ru_words import russian as _w
from factcheck.text.morph import fold, parses
from factcheck.text.speakers import is_title, short_ministry, speaker_kind

__all__ = [
    "forward_np",
    "has_case",
    "np_word",
    "source_phrase",
    "speaker",
    "speech_stems",
    "speech_verb",
    "spoken",
    "verb_units",
]

_SKIP_POS = frozenset({"ADVB", "PRCL", "NUMR", "COMP", "PRED"})
_DASHES = frozenset({"—", "–"})


def _top_pos(word: str) -> str | None:
    ps = parses(word)
    return str(ps[0].tag.POS) if ps else None


def source_phrase(
    sentence: str, toks: list[Tok], first: int, start: int, case: str
) -> Attribution | None:
    """The speaker from token ``first`` after "по словам", "по оценке" (genitive) or, when
    ``case`` "accs", "со ссылкой на" (accusative), or "datv", "как стало известно" (dative);
    the phrase starts at ``start``."""
    if first < len(toks) and toks[first].low in _w().possessives:
        first += 1  # "по словам его помощника": the possessive names nobody
    elif first > 0 and toks[first - 1].text == "," and toks[first].low in _w().data_participles:
        first, case = first + 1, "ablt"  # "по данным, опубликованным МВД": its agent
    end = forward_np(toks, first)
    words = toks[first:end]
    if not any(w.text not in "«»" for w in words):
        return None
    return make(sentence, speaker(sentence, words, case, False), start, words[-1].end)


def verb_units(toks: list[Tok], refers_back: bool = False) -> list[tuple[int, int, str]]:
    """Russian speech verbs as token ranges [i, j) with their number ("sing", "plur"). A
    figure verb speaks before a figure, or anywhere in a sentence that ``refers_back`` to the
    figures before it ("Такие цифры привёл X")."""
    ru = _w()
    units = []
    # a receipt or a revision speaks only when no speech verb does: "поступило 30 жалоб, сообщил X"
    received = []
    for i, t in enumerate(toks):
        if not t.is_word or not ru.verb_stem.match(t.low):
            continue  # most words are no speech verb: spare the dictionary look-up
        ps = parses(t.text)
        if not ps or ps[0].tag.POS not in {"VERB", "PRTS"}:
            continue  # "сказано в сообщении" speaks too
        if ps[0].tag.POS == "PRTS" and "neut" not in ps[0].tag:
            continue  # …but only impersonally: "рост отмечен в Канаде" says what was seen
        number = "plur" if "plur" in ps[0].tag else "sing"
        lemma = fold(ps[0].normal_form)
        gives_figure = refers_back or _figure_follows(toks, i)
        if lemma in ru.verbs or (lemma in ru.figure_verbs and gives_figure):
            units.append((i, i + 1, number))
        elif _speaks_late(lemma, toks, i):
            # "СК получил 143 заявления", "МЧС увеличило число погибших до 31"
            received.append((i, i + 1, number))
        elif lemma in ru.start_verbs and i + 1 < len(toks):
            nxt = parses(toks[i + 1].text)
            if nxt and nxt[0].tag.POS == "INFN" and fold(nxt[0].normal_form) in ru.verbs:
                units.append((i, i + 2, number))  # "СМИ стали сообщать"
    return units + received


def spoken(sentence: str, toks: list[Tok], refers_back: bool = False) -> Attribution | None:
    """The first speech verb with a speaker: "X заявил", "в X заявили", "— заявил X"."""
    for i, j, number in verb_units(toks, refers_back):
        # "Такие цифры привёл X": the figures come first, the speaker after the verb
        after = _speaker_after(sentence, toks, i, j) if refers_back else None
        found = after or speech_verb(sentence, toks, i, j, number)
        if found is not None and not records_a_place(found):
            return found
    return None


def _figure_follows(toks: list[Tok], i: int, reach: int = 3) -> bool:
    """A figure among the ``reach`` words after token ``i``: a number or a number word; or
    among the five after the noun for it ("назвали другую цифру — 15%", "пересмотрел оценку
    роста ВВП до 0,9%")."""
    for t in toks[i + 1 : i + 1 + reach]:
        if t.text[:1].isdigit():
            return True
        ps = parses(t.text) if t.is_word else []
        if ps and ps[0].tag.POS == "NUMR":
            return True
    nouns = _w().data_nouns
    return reach == 3 and any(
        noun_base(toks[k].text) in nouns and _figure_follows(toks, k, 5)
        for k in range(i + 1, min(i + 3, len(toks)))
    )


def _speaks_late(lemma: str, toks: list[Tok], i: int) -> bool:
    """Does the verb at ``i`` (base form ``lemma``) speak of messages received or of a figure
    revised ("увеличило число погибших до 31")?"""
    ru = _w()
    if lemma in ru.receipts:
        return _receives_messages(toks, i)
    if lemma not in ru.revisions:
        return False
    after = toks[i + 1 : i + 4]
    noun = next(
        (k for k, t in enumerate(after, i + 1) if {t.low, noun_base(t.text)} & ru.revised_nouns),
        None,
    )
    return noun is not None and _figure_follows(toks, noun, 5)


def _receives_messages(toks: list[Tok], i: int) -> bool:
    """A figure among the words after token ``i``, then a message it counts ("заявления")."""
    after = toks[i + 1 : i + 5]
    at = next((k for k, t in enumerate(after) if t.text[:1].isdigit()), None)
    nouns = _w().receipt_nouns
    return at is not None and any(
        fold(p.normal_form) in nouns for t in after[at + 1 :] for p in parses(t.text)[:1]
    )


def _adverbial_len(toks: list[Tok], k: int) -> int:
    """How many tokens from ``k`` form a time adverbial ("в субботу", "накануне", "7 января")."""
    if k >= len(toks):
        return 0
    t = toks[k]
    if t.low in {"в", "во"} and k + 1 < len(toks) and toks[k + 1].low in _w().weekdays:
        return 2
    if t.text.isdigit() or t.low in _w().time_words:
        return 1
    return 0


def _skip_time(toks: list[Tok], i: int) -> int:
    """Where the phrase before token ``i`` ends, past an aside ("со своей стороны") and a
    time between it and the verb ("в пятницу", "7 января", "также"): up to four words."""
    ru = _w()
    b = i
    for aside in ru.asides:
        if b >= len(aside) and tuple(t.low for t in toks[b - len(aside) : b]) == aside:
            b -= len(aside)  # "профсоюз со своей стороны заявил"
            break
    b = _skip_dashed(toks, skip_bracket(toks, b))
    floor = b - 4
    while b > floor and b > 0:
        t = toks[b - 1]
        if t.low in ru.weekdays and b >= 2 and toks[b - 2].low in {"в", "во"}:
            b -= 2  # "в пятницу сообщила"
            continue
        is_time = t.text.isdigit() or t.low in ru.time_words or _top_pos(t.text) in _SKIP_POS
        if not is_time or (t.text[:1].isupper() and b - 1 == 0):
            break
        b -= 1
    return b


def _skip_dashed(toks: list[Tok], b: int) -> int:
    """Before a verb, step over an apposition between dashes after the speaker: "глава
    профсоюза — Всеобщей конфедерации труда — заявил"."""
    if b < 4 or toks[b - 1].text not in _DASHES:
        return b
    opening = next((k for k in range(b - 2, max(b - 10, 0), -1) if toks[k].text in _DASHES), 0)
    inside = toks[opening + 1 : b - 1]
    if opening < 1 or not inside or not all(np_word(t, False) for t in inside):
        return b
    return opening if np_word(toks[opening - 1], opening - 1 == 0) else b


def _backward(toks: list[Tok], i: int) -> tuple[int, int]:
    """Token range [a, b) of the phrase before token ``i``, skipping "7 января", "также" and
    a phrase after a preposition ("со сцены")."""
    b = _skip_time(toks, i)
    a = b
    while a > 0 and b - a < 8:
        t = toks[a - 1]
        if t.text == "»":
            opening = next((k for k in range(a - 2, max(a - 9, -1), -1) if toks[k].text == "«"), -1)
            if opening < 0:
                break
            a = opening
            continue
        if t.low == "и" and _joins_titles(toks, a, b):
            a -= 1  # "премьер-министр Армении и председатель ОДКБ"
            continue
        if not np_word(t, a - 1 == 0):
            break
        a -= 1
    a += _venue_at(toks, a, b) or _aside_tail(
        toks, a, b
    )  # "В свою очередь профсоюз заявил": the aside is no speaker
    if 0 < a < b and toks[a - 1].low not in {"в", "во"} and is_preposition(toks[a - 1]):
        if toks[a - 1].low == "по" and a >= 2 and _body_word(toks[a - 2]) and _a_region(toks[a:b]):
            # "ГУ МЧС по Кемеровской области сообщило": the region is the body's own
            return _backward(toks, a - 1)[0], b
        # "к утру местные СМИ сообщили", "мэр с утра сообщил", "об этом со сцены сообщили
        # организаторы": the word after a preposition is a time, a place or a means; the
        # speaker follows it, or stands before it, or after the verb
        return (a + 1, b) if a + 1 < b else _backward(toks, a - 1)
    return a, b


def _venue_at(toks: list[Tok], a: int, b: int) -> int:
    """1 when the phrase ``[a, b)`` opens with where it was said, after "в/на/свой": "В своём
    Telegram-канале губернатор сообщил" (the speaker follows it); else 0."""
    if 0 < a < b - 1 and toks[a - 1].low in VENUE_BEFORE | _w().own and is_venue(toks[a].text):
        return 1
    return 0


def _a_region(words: list[Tok]) -> bool:
    """Do the words after "по" name a region ("Москве", "Кемеровской области"), not a means
    ("по телефону")?"""
    places = _w().place_nouns
    return any(t.text[:1].isupper() or noun_base(t.text) in places for t in words)


def _body_word(t: Tok) -> bool:
    """An abbreviation ("МЧС", "УМВД") or a ministry's short name: a body a region follows."""
    return (len(t.text) > 1 and t.text.isupper()) or short_ministry(t.text)


def _aside_tail(toks: list[Tok], a: int, b: int) -> int:
    """How many words from ``a`` end an aside that began before it ("в свою | очередь")."""
    for aside in _w().asides:
        for cut in range(1, min(len(aside), b - a + 1)):
            begun = a - (len(aside) - cut)
            if begun >= 0 and tuple(t.low for t in toks[begun : a + cut]) == aside:
                return cut
    return 0


def _joins_titles(toks: list[Tok], a: int, b: int) -> bool:
    """Does the "и" before token ``a`` join two titled speakers into one phrase?"""
    return a < b and a >= 2 and is_title(toks[a].text) and np_word(toks[a - 2], a - 2 == 0)


def _agrees(word: str, number: str) -> bool:
    return any("nomn" in p.tag and number in p.tag and p.tag.POS == "NOUN" for p in parses(word))


def _coordinated_verb(toks: list[Tok], conj: int, number: str) -> int | None:
    """The finite verb before "и" that shares its subject with the verb after it."""
    for k in range(conj - 1, max(conj - 12, -1), -1):
        if toks[k].text in {";", ":", "—", "«", "»", "(", ")"}:
            return None
        ps = parses(toks[k].text)
        if ps and ps[0].tag.POS == "VERB" and "indc" in ps[0].tag and number in ps[0].tag:
            return k
    return None


def speech_verb(sentence: str, toks: list[Tok], i: int, j: int, number: str) -> Attribution | None:
    """The speaker of the Russian speech verb toks[i:j]: before it, or after it."""
    a, b = _backward(toks, i)
    words = toks[a:b]
    before = toks[a - 1].low if a > 0 else ""
    if any(w.text not in "«»" for w in words) and before in {"в", "во"}:
        split = _subject_after_body(toks, i, words, number)
        subject = _subject_before_place(toks, a - 1, i) if split is None else None
        if subject is not None:  # "Руководство завода в Тольятти заявило"
            words, a = toks[subject : a - 1], subject
        elif split is None:  # "В МВД заявили", "в СК поступило"
            received = fold(parses(toks[i].text)[0].normal_form) in _w().receipts
            found = speaker(sentence, of_the_body(words), "accs" if received else "loct", False)
            return make(sentence, found, toks[a - 1].start, toks[j - 1].end)
        else:
            words = words[split:]
            a += split
    # The subject's first word must be able to be nominative ("на 6 января власти": "власти").
    while words and not has_case(words[0].text, "nomn"):
        words = words[1:]
        a += 1
    if any(w.text not in "«»" for w in words):
        return make(
            sentence, speaker(sentence, words, "nomn", a == 0), toks[a].start, toks[j - 1].end
        )
    if not words and a > 0 and toks[a - 1].low == "и":
        first = _first_verbs_speaker(sentence, toks, a - 1, j, number)
        if first is not None:
            return first
    return _speaker_after(sentence, toks, i, j)


def _subject_after_body(toks: list[Tok], i: int, words: list[Tok], number: str) -> int | None:
    """Where the subject starts among the words after "в" before the verb at ``i``: "В
    Казахстане власти заявили", "В Нанте полиция насчитала" → at the subject; None when the
    body after "в" speaks ("В МВД заявили"; "в полиции число митингующих оценили": the rest
    is what was counted)."""
    if toks[i].low == "говорится" or fold(parses(toks[i].text)[0].normal_form) in _w().receipts:
        return None  # "в сообщении говорится", "в СК поступило"
    split = next(
        (k for k in range(1, len(words)) if number and _agrees(words[k].text, number)), None
    )
    body = of_the_body(words)
    if len(body) < len(words) and split != len(body):
        return None  # the first word past the body is no subject of the verb
    if split is not None and _a_body(words[0]) and has_case(words[split].text, "gent"):
        return None  # "в пресс-службе больницы сообщили": the body's genitive, no subject
    return split


def _a_body(t: Tok) -> bool:
    """Does the word name a body that speaks ("пресс-службе", "администрации", "министерстве")?"""
    ps = parses(t.text)
    return bool(ps) and speaker_kind(str(ps[0].normal_form)) in {"agency", "ministry"}


def _subject_before_place(toks: list[Tok], at: int, i: int) -> int | None:
    """Where the subject starts of a verb in the singular past ("заявило", "сообщила") that
    has "в X" (token ``at``) before it: "Руководство завода в Тольятти заявило" — a body "в
    X" speaks only in the plural ("в МВД заявили"), a place never. None without a subject."""
    ps = parses(toks[i].text)
    if not ps or "past" not in ps[0].tag or "sing" not in ps[0].tag:
        return None
    a, b = _backward(toks, at)
    if a == b or b != at or not has_case(toks[a].text, "nomn"):
        return None
    return a


def _first_verbs_speaker(
    sentence: str, toks: list[Tok], conj: int, j: int, number: str
) -> Attribution | None:
    """ "Токаев выступил с речью и заявил": the subject of the verb before "и" speaks."""
    first_verb = _coordinated_verb(toks, conj, number)
    if first_verb is None:
        return None
    found = speech_verb(sentence, toks, first_verb, first_verb + 1, number)
    if found is None or found.end > toks[first_verb].end:
        return None
    return make(sentence, found.speaker, found.start, toks[j - 1].end)


def _speaker_after(sentence: str, toks: list[Tok], i: int, j: int) -> Attribution | None:
    """ "как заявили в МВД", "— заявил Токаев", ", сообщил в субботу его координатор Зуев"."""
    start = toks[i - 1].start if i > 0 and toks[i - 1].low == "как" else toks[i].start
    k = j
    for _ in range(4):
        step = _adverbial_len(toks, k) or venue_len(toks, k) or told_len(toks, k)
        if not step:
            break
        k += step
    case = "nomn"
    if k < len(toks) and toks[k].low in {"в", "во"}:
        case = "loct"
        k += 1
    elif k < len(toks) and toks[k].low in _w().possessives:
        k += 1  # "сообщил его координатор": the possessive names nobody
    end = forward_np(toks, k)
    words = toks[k:end]
    if not words or not has_case(words[0].text, case):
        return None
    return make(sentence, speaker(sentence, words, case, False), start, words[-1].end)
