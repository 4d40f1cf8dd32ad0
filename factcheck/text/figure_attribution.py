"""A figure's own speaker, when its sentence gives different figures different sources.

Most sentences have one speaker for all their figures (:func:`attribution.find_attribution`).
Some give a figure its own:
- a bracket around the figure or right after it: "(64,000, according to the town hall)",
  "25 тыс. (данные МВД)", "до 2,3 млн (по данным профсоюза)", "15,000 (police)";
- a clause of its own after a comma or a contrast: "police counted 8,200, while the unions
  claimed 26,000", "…, when the ministry counted 1.1 million", "а профсоюз заявил о 40 тыс.";
  or with its verb left out: "полиция насчитала 18 тыс., профсоюзы – 110 тыс.";
- a sentence glued to the next without a space ("…were injured.The ministry said…"): each
  part is read as a sentence of its own, taking a source from the part after it that reports
  back, or from the part before.
The words are the language's words file's (``source.contrasts``, ``source.data_nouns``,
``speaker.groups``, lang/<code>/words.toml).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import pairwise

from factcheck.lang.base import Words, detect, words
from factcheck.models import Attribution
from factcheck.text import attribution
from factcheck.text import attribution_en as en
from factcheck.text import attribution_ru as ru
from factcheck.text.alternation import alternation
from factcheck.text.attribution_base import Tok, make, tokens
from factcheck.text.attribution_en_np import names_somebody, speaker_of
from factcheck.text.attribution_named import named_figure
from factcheck.text.hints import Contains
from factcheck.text.morph import fold, is_cyrillic, parses

__all__ = ["figure_attribution"]

# A full stop with a capitalised word right after it, no space between: two sentences glued
# together ("injured.The", "ФСБ.Директор"); a decimal point, "U.S." or "Orda.kz" is not one.
# (The stop comes first, the letters before it looked back at: a search then skips to the
# next stop.)
_GLUED = re.compile(
    r"[.!?](?:(?<=[a-zа-яё0-9%)»”\"][.!?])|(?<=[A-ZА-ЯЁ]{2}[.!?]))(?=[A-ZА-ЯЁ«“][a-zа-яё])"
)
# A bracket after a figure: up to three words (its noun: "тыс. человек") and then "(…)".
_BRACKET_AFTER = re.compile(r"\s*(?:[^\W\d][\w.-]*\s*){0,3}\(([^()]{1,120})\)")
_DASH = frozenset({"—", "–", "-"})


@cache
def _clause_break(w: Words) -> re.Pattern[str]:
    """Where a clause with a source of its own may begin: a comma (not one inside a number), a
    semicolon, a colon, a dash between spaces, or a contrast ("while", "а", "тогда как")."""
    contrasts = alternation(w.list("source.contrasts"))
    return re.compile(rf"[;:]|,(?!\d)|\s[—–-]\s|(?<![\w-]){contrasts}(?![\w-])", re.IGNORECASE)


def figure_attribution(
    sentence: str, start: int, end: int, whole: Attribution | None
) -> Attribution | None:
    """The attribution of the figure at ``sentence[start:end]``: its own, when the sentence
    gives it one apart from the rest, else ``whole``, the sentence's."""
    parts = _parts(sentence)
    k = next(i for i, (a, b) in enumerate(parts) if start < b or i == len(parts) - 1)
    a, b = parts[k]
    found = _own(sentence[a:b], start - a, end - a, whole, a)
    if found is not None:
        return _shifted(found, a)
    if len(parts) == 1:
        return whole
    return _glued(sentence, parts, k, whole)


# A sentence's figures share its clauses and parts: each is read once (find_attribution keeps
# what it read).
_find = attribution.find_attribution


@lru_cache(maxsize=1024)
def _parts(sentence: str) -> list[tuple[int, int]]:
    cuts = [m.end() for m in _GLUED.finditer(sentence)]
    bounds = [0, *cuts, len(sentence)]
    return list(pairwise(bounds))


def _shifted(found: Attribution, by: int) -> Attribution:
    if found.start >= found.end:
        return found  # borrowed from another sentence: no offsets here
    return Attribution(found.speaker, found.phrase, found.start + by, found.end + by)


def _own(
    part: str, start: int, end: int, whole: Attribution | None, offset: int
) -> Attribution | None:
    """The figure's own attribution inside one (glued) part: its bracket's, or its clause's."""
    found = (
        _inside_bracket(part, start, end)
        or _bracket_after(part, end)
        or _agent_after(part, end)
        or named_figure(part, start)
    )
    if found is not None:
        return found
    if whole is None and _find(part) is None:
        return None  # nobody speaks anywhere in the part: no clause has a source of its own
    lo, hi = _clause(part, start, end)
    if (lo, hi) == (0, len(part)):
        return None  # the clause is the whole part: nothing apart from the sentence's own
    found = _find(part[lo:hi])
    if found is None:
        # "…, по данным организаторов — 60 тыс.", "…; the ministry gave another figure – 15%":
        # the source stands before a dash that sets the figure off
        wider = _clause(part, start, end, dashes=False)
        if wider != (lo, hi):  # the same clause when no dash sets the figure off: read once
            lo, hi = wider
            found = _find(part[lo:hi]) if (lo, hi) != (0, len(part)) else None
    if found is not None:
        if whole is not None and _closes(part, hi, whole.start - offset, whole.end - offset):
            return None  # "…, according to X.": the sentence's last words speak for it all
        return _shifted(found, lo)
    if whole is not None and whole.start < whole.end <= offset + lo:
        found = _gapped(part[lo:hi], start - lo)
        return _shifted(found, lo) if found is not None else None
    return None


def _closes(part: str, hi: int, start: int, end: int) -> bool:
    """Does the attribution ``part[start:end]`` close the part, after the clause ending at
    ``hi``, outside any bracket?"""
    inside = part[:start].count("(") > part[:start].count(")")
    return start >= hi and not inside and not any(c.isalnum() for c in part[end:])


def _clause(part: str, start: int, end: int, *, dashes: bool = True) -> tuple[int, int]:
    """The clause around the figure ``part[start:end]``: from the break before it to the one
    after it; a dash between spaces is one only if ``dashes``."""
    lo, hi = 0, len(part)
    for a, b, opens, dash in _breaks(part):
        if not dashes and dash:
            continue
        if b <= start:
            lo = a if opens else b
        elif a >= end:
            hi = a
            break
    return lo, hi


# Each figure of a part asks for its clause, some twice: the part's breaks are found once.
@lru_cache(maxsize=1024)
def _breaks(part: str) -> list[tuple[int, int, bool, bool]]:
    """Each clause break of the part: where it starts and ends, whether it opens the next
    clause (a contrast word, "while", "а"), whether it is a dash between spaces."""
    return [
        (m.start(), m.end(), m.group()[:1].isalpha(), m.group().strip() in _DASH)
        for m in _clause_break(words(detect(part))).finditer(part)
    ]


def _inside_bracket(part: str, start: int, end: int) -> Attribution | None:
    """ "(64,000, according to the town hall)", "(22 тыс., по данным полиции)": the source
    in the bracket that holds the figure."""
    opening = part.rfind("(", 0, start)
    closing = part.find(")", end)
    if opening < 0 or closing < 0 or ")" in part[opening:start] or "(" in part[end:closing]:
        return None
    content = part[opening + 1 : closing]
    found = _find(content)
    if found is None:
        rest = end - opening - 1
        found = _named_source(content[rest:].lstrip(" ,"), content)
    return _shifted(found, opening + 1) if found is not None else None


def _bracket_after(part: str, end: int) -> Attribution | None:
    """ "25 тыс. (данные МВД)", "2,3 млн (по данным профсоюза)", "60,000 (organisers)": the
    source a bracket right after the figure names."""
    # most figures have no bracket after them: spare the pattern its backtracking over words
    m = _BRACKET_AFTER.match(part, end) if "(" in part[end:] else None
    if m is None:
        return None
    content = m.group(1)
    if any(c.isdigit() for c in content):
        return None  # "(95,000, according to the police)": the bracket's own figure's source
    found = _find(content) or _named_source(content, content)
    return _shifted(found, m.start(1)) if found is not None else None


@cache
def _agent_pattern(w: Words, language: str) -> re.Pattern[str]:
    """After a figure and its noun, a participle of giving it and its agent: "the 64,000
    put forward by the organisers", "57,000 deaths attributed to flu by the task force",
    "280 тыс., заявленных профсоюзом" (``speech.agent_participles``)."""
    participles = "|".join(sorted(map(re.escape, w.set("speech.agent_participles")), key=len))
    if language == "ru":
        return re.compile(rf"\s*(?:[^\W\d][\w.-]*\s*){{0,2}},?\s*(?P<said>{participles})\s+", re.I)
    return re.compile(
        rf"\s*(?P<noun>(?:[^\W\d][\w.-]*\s+){{0,2}})(?P<said>{participles})(?:\s+forward)?"
        r"(?:\s+[^\s,;:()]+){0,5}?\s+by\s+",
        re.IGNORECASE,
    )


@cache
def _participles(w: Words) -> Contains:
    """The participles of :func:`_agent_pattern`: a text with none of them has no agent."""
    return Contains(map(re.escape, w.set("speech.agent_participles")), ignore_case=True)


# Each figure of a part asks: the part is looked at once.
@lru_cache(maxsize=1024)
def _names_a_giver(part: str) -> bool:
    """A participle of giving a figure (``speech.agent_participles``) may stand in the part."""
    return _participles(words(detect(part))).may_match(part)


def _agent_after(part: str, end: int) -> Attribution | None:
    """The agent of a participle right after the figure ending at ``end``: the one who gave
    it ("put forward by the CGT", "заявленных профсоюзом")."""
    if not _names_a_giver(part):
        return None  # most parts have none: no figure of theirs is given by an agent
    language = detect(part)
    w = words(language)
    if not _participles(w).may_match(part[end:]):
        return None  # no participle of giving a figure after it: spare the pattern's backtracking
    m = _agent_pattern(w, language).match(part, end)
    if m is None:
        return None
    if language == "en" and set(m.group("noun").lower().split()) & w.set("speaker.passive"):
        return None  # "900 people were given by…": a passive clause, read with its sentence
    toks = [t for t in tokens(part) if t.start >= m.end()]
    if language == "ru":
        stop = ru.forward_np(toks, 0)
        if not stop or not ru.has_case(toks[0].text, "ablt"):
            return None
        name = ru.speaker(part, toks[:stop], "ablt", False)
    else:
        stop = en.forward_np(toks, 0)
        if not names_somebody(toks[:stop]):
            return None
        name = speaker_of(toks[:stop], False)
    return make(part, name, m.start("said"), toks[stop - 1].end)


def _named_source(text: str, content: str) -> Attribution | None:
    """A bracket's source without a source phrase: "данные МВД", "police figures", "police",
    "организаторы". ``text`` ends ``content``; offsets are into ``content``."""
    toks = tokens(text)
    if not toks or len(toks) > 6 or any(not t.is_word for t in toks):
        return None
    at = len(content) - len(text)
    language = detect(text)
    w = words(language)
    data = {fold(n) for n in w.set("source.data_nouns")}
    if language == "ru":
        named = _russian_source(text, toks, data, w)
    else:
        named = _english_source(toks, data, w)
    if named is None:
        return None
    return make(content, named, at, at + toks[-1].end)


def _russian_source(text: str, toks: list[Tok], data: set[str], w: Words) -> str | None:
    if toks[0].low in data and len(toks) > 1:
        end = ru.forward_np(toks, 1)
        if end < len(toks) - 1 and toks[end].low == "и":
            # "данные наблюдателей и организаторов": the first named speaks for both
            return ru.speaker(text, toks[1:end], "gent", False) if _runs_to_end(toks, end) else None
        if end == len(toks):
            return ru.speaker(text, toks[1:], "gent", False)  # "данные независимых наблюдателей"
        return None
    if len(toks) == 1 and toks[0].low in {fold(g) for g in w.set("speaker.groups")}:
        return toks[0].text
    return None


def _runs_to_end(toks: list[Tok], conj: int) -> bool:
    return conj > 1 and ru.forward_np(toks, conj + 1) == len(toks)


def _english_source(toks: list[Tok], data: set[str], w: Words) -> str | None:
    texts = [t.text for t in toks]
    if len(toks) > 1 and toks[-1].low in data and all(en.np_word(t) for t in toks[:-1]):
        return " ".join(texts[:-1])  # "police figures", "union estimate"
    groups = w.set("speaker.groups")
    if toks[-1].low in groups and all(en.np_word(t) or t.low == "the" for t in toks):
        return " ".join(t for t in texts if t.lower() != "the")  # "police", "the organisers"
    return None


def _gapped(clause: str, figure: int) -> Attribution | None:
    """ "…, профсоюзы – 110 тыс.", "…, the unions – 26,000", "…, the organisers 45,000": a
    clause that leaves out the counting verb of the clause before; the words before the
    figure (and its dash) are its speaker: any noun phrase before a dash, a group of speakers
    (``speaker.groups``) before the figure itself."""
    before, glued = _before_gap(clause[:figure].rstrip())
    if not before or (before[-1] not in _DASH and not _ends_with_group(before, clause)):
        return None  # most clauses: neither a dash nor a group of speakers before the figure
    toks = tokens(clause)
    at = next((k - glued for k, t in enumerate(toks) if t.start == figure), None)
    if not at:
        return None
    dashed = toks[at - 1].text in _DASH
    words_ = toks[: at - 1] if dashed else toks[:at]
    if not words_:
        return None
    language = detect(clause)
    grouped = words_[-1].low in _speaker_groups(words(language))
    if language == "ru":
        # the cheap tests first: a capitalised word before the dash is told at once
        if any(_place_like(t.text) for t in words_) or not (dashed or grouped):
            return None  # "Лион – 20 тыс.": a place, not a source
        if ru.forward_np(toks, 0) != len(words_) or not ru.has_case(words_[0].text, "nomn"):
            return None
        name = ru.speaker(clause, words_, "nomn", False)
    else:
        if not grouped or en.forward_np(toks, 0) != len(words_):
            return None
        name = " ".join(t.text for t in words_ if t.low != "the")
    return make(clause, name, words_[0].start, words_[-1].end)


_LAST_WORD = re.compile(r"(\w+)$")
# A preposition between a gapped clause's speaker and its figure.
_GAP_GLUE = re.compile(r"(?<=\s)(?:в|at)$", re.IGNORECASE)


def _before_gap(before: str) -> tuple[str, int]:
    """The text before a gapped clause's figure without the preposition that may lead the
    figure ("…, организаторы — в 30 тыс.", "…, the organisers at 30,000"), and how many
    words it took (0 or 1)."""
    glued = _GAP_GLUE.search(before)
    return (before[: glued.start()].rstrip(), 1) if glued else (before, 0)


def _ends_with_group(before: str, clause: str) -> bool:
    """The text before a figure ends with a group of speakers ("…, the organisers 45,000")."""
    # the last word is in the text after the last space: a search of all of it would try
    # every position
    last = _LAST_WORD.search(before, before.rfind(" ") + 1)
    return last is not None and fold(last.group(1)) in _speaker_groups(words(detect(clause)))


@cache
def _speaker_groups(w: Words) -> frozenset[str]:
    return frozenset(fold(g) for g in w.set("speaker.groups"))


def _place_like(word: str) -> bool:
    """A capitalised word that is no abbreviation ("Лион", "Тверь"), or any place name."""
    if word[:1].isupper() and not word.isupper() and is_cyrillic(word):
        return True
    return any("Geox" in p.tag for p in parses(word))


def _glued(
    sentence: str, parts: list[tuple[int, int]], k: int, whole: Attribution | None
) -> Attribution | None:
    """A part of a glued sentence with no source of its own takes the part after it that
    reports back, or the part before; the first part may keep a source borrowed from the
    sentence before."""

    def own(j: int) -> Attribution | None:
        a, b = parts[j]
        found = _find(sentence[a:b])
        return _shifted(found, a) if found is not None else None

    found = own(k)
    if found is not None:
        return found
    for j in range(k + 1, min(k + 3, len(parts))):
        after = own(j)
        if after is None:
            continue
        a, b = parts[j]
        local = Attribution(after.speaker, after.phrase, after.start - a, after.end - a)
        if attribution.reports_back(sentence[a:b], local):
            return after
        break
    if k > 0 and (before := own(k - 1)) is not None:
        return before
    if k == 0 and whole is not None and whole.start >= whole.end:
        return whole
    return None
