"""A source named by a relative: "Профсоюз обнародовал подсчёты, согласно которым…" — the
clause before the comma says whose figures they are: the subject of its verb.

(English "a tally by the union, according to which" is read by :mod:`attribution_en`.)
"""

from __future__ import annotations

from factcheck.models import Attribution
from factcheck.text import attribution_ru as ru
from factcheck.text.attribution_base import Tok, make
from factcheck.text.morph import parses

# How far before the comma the clause's verb may stand: "X обнародовала собственные подсчёты".
_VERB_REACH = 8


def russian_antecedent(sentence: str, toks: list[Tok], start: int) -> Attribution | None:
    """The speaker of "…, согласно которым" whose phrase starts at ``sentence[start]``: the
    subject of the last verb before the comma; the phrase runs from it to the relative."""
    opener = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    comma = opener - 1
    if comma < 1 or toks[comma].text != ",":
        return None
    relative = min(opener + 1, len(toks) - 1)
    for k in range(comma - 1, max(comma - _VERB_REACH, 0) - 1, -1):
        ps = parses(toks[k].text) if toks[k].is_word else []
        if not ps or ps[0].tag.POS != "VERB":
            continue
        number = "plur" if "plur" in ps[0].tag else "sing"
        found = ru.speech_verb(sentence, toks, k, k + 1, number)
        if found is None:
            return None
        return make(sentence, found.speaker, found.start, toks[relative].end)
    return None
