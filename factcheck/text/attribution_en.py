"""English attribution: "according to X", "X said", "X, however, said", ", the alliance said on
Saturday, as …", "said X".

A speaker is a noun phrase of up to seven words: capitalised names, lower-case nouns and
adjectives ("the United Nations humanitarian office", "rescue coordinators"), joined by "of"
or "for" ("a spokesman for its Defence Ministry"). Without a part-of-speech tagger, the phrase
ends at a function word (a pronoun, a preposition, an auxiliary, a conjunction), a mark, a
number, or a determiner, which opens it. A phrase whose last word is a number word ("the
three") names nobody.
"""

from __future__ import annotations

from factcheck.models import Attribution
from factcheck.text.attribution_base import Tok, make, wordset

__all__ = ["EN_VERBS", "according_to", "speech_verb"]
from factcheck.text.speakers import normalise_en

EN_VERBS = wordset(
    """said says say told tells reported reports announced announces stated added adds noted
    confirmed confirms claimed claims wrote writes explained insisted warned acknowledged
    admitted revealed tweeted estimated estimates put puts"""
)
# Verbs with another sense ("admitted 450 patients"): speech only before "that" or a mark.
_NEEDS_CLAUSE = wordset("admitted admits claimed claims warned")
# Verbs that give a figure only with "at" and the figure after them ("X put the toll at 14"),
# and never in the passive ("were put at risk").
_NEEDS_AT = wordset("put puts")
_PASSIVE = wordset("was were is are be been being get gets got")
# Between a speaker and its verb: "the ministry has also said", "officials later told".
_AUX = wordset(
    """has have had was were is are will would also earlier later previously then since now
    separately again initially repeatedly publicly first further"""
)
# Lower-case words that, first in a sentence, are capitalised only because the sentence starts.
_COMMON_SPEAKERS = wordset(
    """local state state-run government police authorities officials official senior sources
    source media witnesses residents spokesman spokeswoman spokesperson military army
    prosecutors prosecutor protesters rescuers doctors analysts experts observers organisers
    organizers volunteers activists lawyers investigators rescue health interior defence
    defense foreign regional city municipal hospital medical emergency election electoral"""
)
_DETERMINERS = wordset("the a an its his her their our")
_INNER = wordset("of for")
# "Police in the capital", "officials at the scene": a place inside the speaker's phrase.
_PLACE_PREPS = wordset("in at")
# Words that end a speaker phrase: pronouns, prepositions, conjunctions, auxiliaries, adverbs.
_STOP = wordset(
    """it he she they we i you me him them us this that these those there who whom whose which
    what when where why how and but or nor as if while since because although though so than
    then in on at from to by with after before during into onto over under across about against
    between among through without within near until per via upon be been being is are was were
    has have had do does did will would can could may might must shall should not no also
    however meanwhile earlier later yesterday today tonight according said says say told tells
    reported announced added noted confirmed claimed wrote some all any each every more most
    many much other such only just still even here now"""
)
_NUMBER_WORDS = wordset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousand thousands million millions dozen dozens several few both"""
)
# "-ed" words that are adjectives in a speaker's name rather than verbs ending the phrase.
_ED_ADJECTIVES = wordset("armed united unnamed concerned elected based appointed")
# Parentheses between a speaker and its verb: "The ministry, however, said".
_ASIDE_OPENERS = wordset(
    "however meanwhile though too separately moreover nevertheless also in for citing speaking"
)
# "according to figures from the ministry": the figures are not the speaker, the ministry is.
_DATA_NOUNS = wordset("data figures estimates estimate statistics tally count numbers")
_DATA_LINKS = wordset("from by of released published compiled provided issued")


def np_word(t: Tok) -> bool:
    """Can this token belong to an English speaker phrase?"""
    if not t.is_word:
        return False
    w = t.low
    if w in _STOP:
        return False
    if t.text[:1].isupper() or "'" in w or "’" in w:
        return True
    last = w.rsplit("-", 1)[-1]
    if last.endswith("ly") and len(last) > 4:
        return False  # "officially", "previously": an adverb, not a name
    return not (last.endswith("ed") and last not in _ED_ADJECTIVES)


def _opens_phrase_inward(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` an "of"/"for" with a noun phrase word before it ("head of the agency")?"""
    return k >= 1 and toks[k].low in _INNER and np_word(toks[k - 1])


def backward_np(toks: list[Tok], b: int) -> int:
    """The first token of the speaker phrase ending just before token ``b`` (== b if none)."""
    a = b
    while a > 0 and b - a < 7:
        t = toks[a - 1]
        w = t.low
        if w in _DETERMINERS:
            a -= 1
            if _opens_phrase_inward(toks, a - 1):
                a -= 1  # "the head of the agency": go on past "of"
                continue
            if a >= 2 and toks[a - 1].low in _PLACE_PREPS and np_word(toks[a - 2]):
                a -= 1  # "Police in the capital said": go on past "in"
                continue
            break
        if w in _INNER and a < b and a >= 2 and np_word(toks[a - 2]):
            a -= 1
            continue
        if (
            t.text in "'’"
            and a >= 2
            and toks[a - 2].low.endswith("s")
            and toks[a - 2].end == t.start
        ):
            a -= 1  # "Farmers' groups said": a plural's possessive belongs to the phrase
            continue
        if not np_word(t):
            break
        a -= 1
    while a < b and toks[a].low in _INNER:
        a += 1
    return a


def forward_np(toks: list[Tok], i: int) -> int:
    """The end index of the speaker phrase starting at token ``i`` (== i if none)."""
    j = i
    while j < len(toks) and j - i < 7:
        t = toks[j]
        w = t.low
        if w in _DETERMINERS:
            if j > i and toks[j - 1].low not in _INNER:
                break
            j += 1
            continue
        if w in _INNER and j > i and j + 1 < len(toks):
            nxt = toks[j + 1]
            if nxt.low in _DETERMINERS or np_word(nxt):
                j += 1
                continue
            break
        if not np_word(t):
            break
        j += 1
    while j > i and toks[j - 1].low in _INNER | _DETERMINERS:
        j -= 1
    return j


def _names_somebody(words: list[Tok]) -> bool:
    return bool(words) and words[-1].low not in _NUMBER_WORDS | _DETERMINERS | _INNER


def _speaker(words: list[Tok], at_start: bool) -> str:
    """The speaker of a phrase as written: "Police in the capital" speak as "police"."""
    cut = next((k for k, w in enumerate(words) if k and w.low in _PLACE_PREPS), len(words))
    texts: list[str] = []
    for w in words[:cut]:
        if w.text in "'’" and texts:
            texts[-1] += w.text  # "Farmers' groups": the mark stays on its word
        else:
            texts.append(w.text)
    first = texts[0].lower()
    if at_start and first in _COMMON_SPEAKERS | _NUMBER_WORDS and not texts[0].isupper():
        texts[0] = texts[0].lower()  # "Officials said": a capital only for the sentence start
    return normalise_en(texts)


def according_to(sentence: str, toks: list[Tok], first: int, start: int) -> Attribution | None:
    """The speaker after "according to", from token ``first``; the phrase starts at ``start``."""
    end = forward_np(toks, first)
    words = toks[first:end]
    if not _names_somebody(words):
        return None
    if words[-1].low in _DATA_NOUNS:
        # "according to preliminary data": a hedge; "according to data from X": X speaks.
        k = end
        while k < len(toks) and toks[k].low in _DATA_LINKS:
            k += 1
        if k == end or toks[k - 1].low not in {"from", "by", "of"}:
            return None
        source_end = forward_np(toks, k)
        if not _names_somebody(toks[k:source_end]):
            return None
        words, end = toks[k:source_end], source_end
    return make(sentence, _speaker(words, False), start, toks[end - 1].end)


def _skip_aside(toks: list[Tok], b: int) -> int:
    """Before a verb, step over ", however," or ", in a statement," (up to six words)."""
    if b < 2 or toks[b - 1].text != ",":
        return b
    for k in range(b - 2, max(b - 9, 0), -1):
        if toks[k].text == ",":
            inside = toks[k + 1 : b - 1]
            if inside and inside[0].low in _ASIDE_OPENERS and all(t.is_word for t in inside):
                return k
            return b
    return b


def speech_verb(sentence: str, toks: list[Tok], i: int) -> Attribution | None:
    """The speaker of the English speech verb at token ``i``: before it, or after ", said"."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if toks[i].low in _NEEDS_CLAUSE and nxt and nxt.text[:1].isalnum() and nxt.low != "that":
        return None  # "Hospitals admitted 450 people", "the quake claimed 40 lives"
    if toks[i].low in _NEEDS_AT and not _puts_figure_at(toks, i):
        return None  # "put forward a plan", "were put at risk": no figure is given
    b = i
    for _ in range(2):
        while b > 0 and (toks[b - 1].low in _AUX or _is_adverb(toks[b - 1])):
            b -= 1
        b = _skip_aside(toks, b)
    a = backward_np(toks, b)
    words = toks[a:b]
    if not words:
        a, words = _apposition(toks, b)
    if _names_somebody(words):
        speaker = _speaker(words, a == 0)
        if speaker:
            return make(sentence, speaker, toks[a].start, toks[i].end)
    # ", said Tokayev." / "— said the ministry"
    if i == 0 or toks[i - 1].is_word:
        return None
    end = forward_np(toks, i + 1)
    words = toks[i + 1 : end]
    if not _names_somebody(words):
        return None
    return make(sentence, _speaker(words, False), toks[i].start, toks[end - 1].end)


def _apposition(toks: list[Tok], b: int) -> tuple[int, list[Tok]]:
    """ "Martin Hale, the police chief, said", "The organisers, the Fair Fuel Coalition,
    said": the phrase starts at the subject before the commas; the speaker is the subject, or
    the apposition when only it is a name. ``(b, [])`` when there is none."""
    if b < 4 or toks[b - 1].text != ",":
        return b, []
    k = backward_np(toks, b - 1)
    if k == b - 1 or k < 2 or toks[k - 1].text != ",":
        return b, []
    a = backward_np(toks, k - 1)
    subject, inside = toks[a : k - 1], toks[k : b - 1]
    if not _names_somebody(subject) or not _names_somebody(inside):
        return b, []
    if not _named(subject[1:] if a == 0 else subject) and _named(inside):
        return a, inside  # the phrase from the subject, the name from the apposition
    return a, subject


def _named(words: list[Tok]) -> bool:
    return any(t.text[:1].isupper() for t in words if t.low not in _DETERMINERS)


def _puts_figure_at(toks: list[Tok], i: int) -> bool:
    """ "X put the death toll at 14", "put the damage at about $3 million": active, and "at"
    comes later with a figure within the next few words."""
    if i > 0 and toks[i - 1].low in _PASSIVE:
        return False
    for k in range(i + 1, min(len(toks), i + 20)):
        if toks[k].low == "at":
            return any(
                t.text[:1].isdigit() or t.text in "$€£¥₽" or t.low in _NUMBER_WORDS
                for t in toks[k + 1 : k + 5]
            )
    return False


def _is_adverb(t: Tok) -> bool:
    return t.is_word and t.text.islower() and t.low.endswith("ly") and len(t.low) > 4
