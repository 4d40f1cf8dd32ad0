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

from factcheck.lang import base
from factcheck.models import Attribution
from factcheck.text.attribution_base import Tok, make, skip_bracket
from factcheck.text.attribution_en_np import (
    backward_np,
    english,
    forward_np,
    is_number_word,
    names_somebody,
    np_word,
    speaker_of,
)
from factcheck.text.attribution_place import records_a_place
from factcheck.text.speakers import is_title, speaker_kind

__all__ = [
    "according_to",
    "backward_np",
    "forward_np",
    "np_word",
    "source_phrase",
    "speech_verb",
    "spoken",
]


def according_to(sentence: str, toks: list[Tok], first: int, start: int) -> Attribution | None:
    """The speaker after "according to", from token ``first``; the phrase starts at ``start``."""
    if first < len(toks) and toks[first].low in english().relatives:
        return _antecedent(sentence, toks, first)
    end = forward_np(toks, first)
    words = toks[first:end]
    if not names_somebody(words):
        return None
    en = english()
    last = words[-1].low
    documented = last in en.documents and end < len(toks) and toks[end].low in en.data_links
    if last in en.data_nouns or documented:
        # "according to preliminary data": a hedge; "according to data from X", "according
        # to a statement from X": X speaks.
        k = end
        while k < len(toks) and toks[k].low in english().data_links:
            k += 1
        if k == end or toks[k - 1].low not in {"from", "by", "of"}:
            return _data_owner(sentence, words, start)
        source_end = forward_np(toks, k)
        if not names_somebody(toks[k:source_end]):
            return None
        words, end = toks[k:source_end], source_end
    return make(sentence, speaker_of(words, False), start, toks[end - 1].end)


def _data_owner(sentence: str, words: list[Tok], start: int) -> Attribution | None:
    """The owner a data noun's phrase names before it: "police figures", "the union's count",
    "the unions’ figures", "a Reuters tally"; None for "preliminary data" or "official figures",
    which name nobody (as "по официальным данным" does not)."""
    owner = [w for w in words[:-1] if w.low not in english().determiners]
    possessive = bool(owner) and (owner[-1].text in "'’" or owner[-1].low.endswith(("'s", "’s")))
    owner = [w for w in owner if w.text not in "'’"]
    if not owner:
        return None
    groups = base.words("en").set("speaker.groups")
    named = owner[0].text[:1].isupper() or all(t.low in groups for t in owner)
    if not (possessive or named):
        return None
    name = " ".join(t.text.removesuffix("'s").removesuffix("’s") for t in owner)
    return make(sentence, name, start, words[-1].end)


def _antecedent(sentence: str, toks: list[Tok], which: int) -> Attribution | None:
    """ "a tally by the union, according to which …": the noun phrase before the comma, or
    the source its data noun names ("summary of the union" → "union")."""
    b = next((k for k in range(which - 1, -1, -1) if toks[k].text == ","), -1)
    if b < 1 or which - b > 4:
        return None  # the comma ends the phrase just before "according to which"
    a = backward_np(toks, b)
    words = toks[a:b]
    if a >= 3 and toks[a - 1].text == ")" and toks[a - 3].text == "(":
        # "the Confederation of Labour (CGT) trade union": the bracket repeats the name
        a = backward_np(toks, a - 3)
        words = toks[a : b - len(words) - 3] + words
    for k, t in enumerate(words[:-1]):
        if t.low in english().data_nouns and words[k + 1].low in english().data_links:
            words = words[k + 2 :]
            break
    if not names_somebody(words) or words[-1].low in english().data_nouns:
        return None  # "a tally, according to which": the tally names nobody
    return make(sentence, speaker_of(words, a == 0), toks[a].start, toks[which].end)


def source_phrase(
    sentence: str, toks: list[Tok], first: int, start: int, case: str
) -> Attribution | None:
    """The speaker after a source phrase's opener ("according to"); see :func:`according_to`."""
    return according_to(sentence, toks, first, start)


def spoken(sentence: str, toks: list[Tok], refers_back: bool = False) -> Attribution | None:
    """The first speech verb with a speaker: "X said", "X, however, said", ", said X".
    (``refers_back`` changes nothing in English: every verb listed speaks without a figure.)"""
    verbs, receipts = english().verbs, english().receipts
    said = [
        i for i, t in enumerate(toks) if t.low in verbs or _gives_data(toks, i) or _revises(toks, i)
    ]
    # a receipt or data given speaks only when no other verb does: "received 30 complaints,
    # the mayor said", "under the figures the unions gave: the union announced 65%"
    for i in sorted(said, key=lambda i: toks[i].low in receipts or toks[i].low not in verbs):
        found = speech_verb(sentence, toks, i)
        if found is not None and not records_a_place(found):
            return _cited(sentence, toks, found) or found
    return None


def _cited(sentence: str, toks: list[Tok], found: Attribution) -> Attribution | None:
    """ "X reported, citing Y": the one X cites right after its verb gives the figure."""
    k = next((k for k, t in enumerate(toks) if t.start >= (found.end or 0)), len(toks))
    k += k < len(toks) and toks[k].text == ","
    if k >= len(toks) or toks[k].low not in english().citing:
        return None
    cited = according_to(sentence, toks, k + 1, found.start or 0)
    if cited is None or not _a_source(cited.speaker):
        return None  # "the ministry said, citing public order violations": a reason
    return make(sentence, cited.speaker, found.start or 0, cited.end or 0)


def _a_source(name: str) -> bool:
    """Can ``name`` give a figure: a name, a title, or a kind of source ("officials",
    "police", "the ministry") — not a reason ("security concerns")?"""
    words = name.split()
    if any(w[:1].isupper() for w in words) or any(is_title(w) for w in words):
        return True
    return speaker_kind(name) != "organisation"


def _skip_aside(toks: list[Tok], b: int) -> int:
    """Before a verb, step over ", however," or ", in a statement," (up to six words)."""
    if b < 2 or toks[b - 1].text != ",":
        return b
    for k in range(b - 2, max(b - 9, 0), -1):
        if toks[k].text == ",":
            inside = toks[k + 1 : b - 1]
            if (
                inside
                and inside[0].low in english().aside_openers
                and all(t.is_word for t in inside)
            ):
                return k
            return b
    return b


def speech_verb(sentence: str, toks: list[Tok], i: int) -> Attribution | None:
    """The speaker of the English speech verb at token ``i``: before it, or after ", said"."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    needs_clause = toks[i].low in english().needs_clause and not _claims_figure(toks, i)
    needs_clause |= toks[i].low in english().receipts and not _receives_messages(toks, i)
    if (
        needs_clause
        and nxt
        and nxt.text[:1].isalnum()
        and nxt.low != "that"
        and not _only_its_day_after(toks, i)  # "…, the union warned on Thursday."
    ):
        return None  # "Hospitals admitted 450 people", "the quake claimed 40 lives"
    if _gives_no_figure(toks, i):
        return None
    passive = i > 0 and toks[i - 1].low in english().passive
    passive |= toks[i].low in english().data_verbs and nxt is not None and nxt.low == "by"
    agent = _passive_agent(sentence, toks, i) if passive else None
    if agent is not None:
        return agent  # "were counted by the police": the agent speaks, not the counted
    found = _speaker_before(sentence, toks, i, passive)
    if found is not None:
        return found
    # ", said Tokayev." / "— said the ministry"
    if i == 0 or toks[i - 1].is_word:
        return None
    end = forward_np(toks, i + 1)
    words = toks[i + 1 : end]
    if not names_somebody(words):
        return None
    return make(sentence, speaker_of(words, False), toks[i].start, toks[end - 1].end)


def _gives_no_figure(toks: list[Tok], i: int) -> bool:
    """The verb at token ``i`` gives no figure as anyone's speech: "put forward a plan", "were
    put at risk", or a participle putting its noun at a figure ("a crowd estimated at 20,000";
    not "officials estimated at least 40")."""
    if toks[i].low in english().needs_at and not _puts_figure_at(toks, i):
        return True
    after = [t.low for t in toks[i + 1 : i + 3]]
    return toks[i].low.endswith("ed") and after[:1] == ["at"] and after[1:] != ["least"]


def _speaker_before(sentence: str, toks: list[Tok], i: int, passive: bool) -> Attribution | None:
    """The subject of the verb at token ``i`` as its speaker: "The ministry has also said",
    "Authorities on Thursday confirmed", "Martin Hale, the police chief, said"."""
    b = i
    for _ in range(2):
        while b > 0 and (toks[b - 1].low in english().aux or _is_adverb(toks[b - 1])):
            b -= 1
        b = _skip_time_phrase(toks, b)
        while b > 0 and toks[b - 1].low in english().aux:
            b -= 1  # "Officials to date have confirmed"
        b = _skip_aside(toks, _skip_day(toks, skip_bracket(toks, b)))
    a = backward_np(toks, b)
    words = toks[a:b]
    after_figure = a > 0 and toks[a - 1].text[:1].isdigit()
    if after_figure or (passive and words and _counted(words[0])):
        words = []  # "800 thousand participants were counted": the figure's noun, no speaker
    if not words:
        a, words = _apposition(toks, b)
    while len(words) > 1 and words[0].low in english().calendar:
        a, words = a + 1, words[1:]  # "As of Monday morning officials had recorded"
    if words and (_owned_noun(toks, i, words) or _absolute(toks, a)):
        # "its growth forecast": a noun, not a verb; "With all ballots counted, …": what was
        # done, not who spoke
        return None
    if not names_somebody(words):
        return None
    speaker = speaker_of(words, a == 0)
    return make(sentence, speaker, toks[a].start, toks[i].end) if speaker else None


def _owned_noun(toks: list[Tok], i: int, words: list[Tok]) -> bool:
    """Is the speech verb at ``i``, one that is also a noun, owned by the phrase before it
    ("its growth forecast", "the bank's estimates")?"""
    en = english()
    if toks[i].low not in en.also_nouns:
        return False
    return words[0].low in en.possessives or words[-1].low.endswith(("'s", "’s"))


def _absolute(toks: list[Tok], a: int) -> bool:
    """Does "with" open the clause a few words before the phrase at ``a`` ("With all
    ballots counted", "with 90% of precincts counted")?"""
    for k in range(a - 1, max(a - 6, -1), -1):
        if toks[k].low in english().absolutes:
            return k == 0 or not toks[k - 1].is_word
        if not (toks[k].is_word or toks[k].text[:1].isdigit() or toks[k].text == "%"):
            return False
    return False


def _skip_time_phrase(toks: list[Tok], b: int) -> int:
    """Before a verb, step over a time said in a phrase: "Officials have so far confirmed"."""
    for phrase in english().time_phrases:
        n = len(phrase)
        if b > n and tuple(t.low for t in toks[b - n : b]) == phrase:
            return b - n
    return b


def _passive_agent(sentence: str, toks: list[Tok], i: int) -> Attribution | None:
    """ "This was reported by the ministry", "were counted by the police": the agent after "by"."""
    if i + 2 >= len(toks) or toks[i + 1].low != "by":
        return None
    end = forward_np(toks, i + 2)
    words = toks[i + 2 : end]
    if not names_somebody(words):
        return None
    # "were counted by X" from its auxiliary; "the figures given by X" from its verb
    start = toks[i - 1] if toks[i - 1].low in english().passive else toks[i]
    return make(sentence, speaker_of(words, False), start.start, toks[end - 1].end)


def _gives_data(toks: list[Tok], i: int) -> bool:
    """Is token ``i`` a verb of giving data with the noun for it: "gave the figure",
    "released its estimates", "The data were released by", "the figures given by"?"""
    en = english()
    if toks[i].low not in en.data_verbs:
        return False
    after = toks[i + 1 : i + 4]
    if i + 1 < len(toks) and toks[i + 1].low == "by":  # "…were given by X"
        before = toks[max(0, i - 4) : i]
        return any(t.low in en.data_nouns for t in before)
    # "gave the figure", not "gave a figure, according to which…" (that clause says whose)
    at = next((k for k, t in enumerate(after) if t.low in en.data_nouns), None)
    return (
        at is not None
        and not any(t.low in {"a", "an"} or t.text[:1].isdigit() for t in after[:at])
        and not any(t.text[:1].isdigit() for t in after)
    )


def _revises(toks: list[Tok], i: int) -> bool:
    """Is token ``i`` a verb revising a figure: "raised the death toll to 31", "cut its
    growth forecast to 1.5%"? The figure's noun within four words, then "to" and a figure."""
    en = english()
    if toks[i].low not in en.revisions:
        return False
    noun = next(
        (k for k in range(i + 1, min(i + 5, len(toks))) if toks[k].low in en.revised_nouns), 0
    )
    after = toks[noun + 1 : noun + 6] if noun else []
    return any(
        t.low == "to" and k + 1 < len(after) and after[k + 1].text[:1].isdigit()
        for k, t in enumerate(after)
    )


def _receives_messages(toks: list[Tok], i: int) -> bool:
    """ "The committee received 143 statements": a figure, then a message noun it counts."""
    after = toks[i + 1 : i + 5]
    at = next((k for k, t in enumerate(after) if t.text[:1].isdigit()), None)
    return at is not None and any(t.low in english().receipt_nouns for t in after[at + 1 :])


def _claims_figure(toks: list[Tok], i: int) -> bool:
    """ "The union claimed 23,000", "organisers say up to 65,000": a figure within two words
    after the verb, and no loss after it ("claimed 40 lives")."""
    if toks[i].low not in english().figure_claims:
        return False
    at = next((k for k in range(i + 1, min(i + 4, len(toks))) if toks[k].text[:1].isdigit()), 0)
    after = {t.low for t in toks[at + 1 : at + 4]} if at else set()
    return bool(at) and not after & english().loss_nouns


def _counted(t: Tok) -> bool:
    return t.text[:1].isdigit() or is_number_word(t.low)


def _only_its_day_after(toks: list[Tok], i: int) -> bool:
    """Is the verb at ``i`` followed only by the day it was said on, to the clause's end
    ("…, the union warned on Thursday.")?"""
    k = i + 1 + (i + 1 < len(toks) and toks[i + 1].low == "on")
    if k >= len(toks) or toks[k].low not in english().calendar:
        return False
    k += 1
    while k < len(toks) and toks[k].text.isdigit():
        k += 1
    return k == len(toks) or not toks[k].is_word


def _skip_day(toks: list[Tok], b: int) -> int:
    """Before a verb, step over the day it was said on: "Authorities on Thursday confirmed",
    "the ministry on March 3 said"."""
    k = b
    if k > 0 and toks[k - 1].text.isdigit():
        k -= 1
    if k > 1 and toks[k - 1].low in english().calendar and toks[k - 2].low == "on":
        return k - 2
    return b


def _apposition(toks: list[Tok], b: int) -> tuple[int, list[Tok]]:
    """ "Martin Hale, the police chief, said", "The organisers, the Fair Fuel Coalition,
    said": the phrase starts at the subject before the commas; the speaker is the subject, or
    the apposition when only it is a name. ``(b, [])`` when there is none."""
    if b < 4 or toks[b - 1].text != ",":
        return b, []
    k = backward_np(toks, b - 1)
    while k >= 2 and toks[k - 1].low in english().joins and backward_np(toks, k - 1) < k - 1:
        k = backward_np(toks, k - 1)  # ", the movements Left Front and Solidarnost,"
    if k == b - 1 or k < 2 or toks[k - 1].text != ",":
        return b, []
    a = backward_np(toks, k - 1)
    subject, inside = toks[a : k - 1], toks[k : b - 1]
    if not names_somebody(subject) or not names_somebody(inside):
        return b, []
    if not _named(subject[1:] if a == 0 else subject) and _named(inside):
        return a, inside  # the phrase from the subject, the name from the apposition
    return a, subject


def _named(words: list[Tok]) -> bool:
    return any(t.text[:1].isupper() for t in words if t.low not in english().determiners)


def _puts_figure_at(toks: list[Tok], i: int) -> bool:
    """ "X put the death toll at 14", "put the damage at about $3 million": active, and "at"
    comes later with a figure within the next few words."""
    if i > 0 and toks[i - 1].low in english().passive:
        return False
    for k in range(i + 1, min(len(toks), i + 20)):
        if toks[k].low == "at":
            return any(
                t.text[:1].isdigit() or t.text in "$€£¥₽" or is_number_word(t.low)
                for t in toks[k + 1 : k + 5]
            )
    return False


def _is_adverb(t: Tok) -> bool:
    return t.is_word and t.text.islower() and t.low.endswith("ly") and len(t.low) > 4
