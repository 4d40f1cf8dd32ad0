"""Split article text into sentences: (start, end) code-point spans, Russian and English.

One regex scan finds every place a sentence may end (terminal punctuation followed by a space,
a line break); a few rules decide: abbreviations ("янв.", "т.е.", "Mr.", "U.S."), initials
("К.-Ж. Токаев", "J. Smith"), a full stop inside «quotes», what the next sentence starts with.
A blank line always ends a sentence; so does a line without terminal punctuation (a headline)
unless the next line goes on in lower case (hard-wrapped prose). The abbreviations are the words
files' (``sentences.*`` and ``dates.month_abbreviations`` of lang/<code>/words.toml).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from factcheck.lang.base import Words, words
from factcheck.text.datelines import dateline_span

_CLOSERS = "»”\"’')]"
_CANDIDATE = re.compile(
    rf"(?P<term>[.!?…]+(?:[{re.escape(_CLOSERS)}]+[.!?…]*)*)(?=\s|\Z)"
    r"|(?P<nl>\n[^\S\n]*(?:\n\s*)?)"
    # "rose to 48.Officials said": no space (the stop first, so other positions fail at once)
    r"|(?P<glued>\.(?<=[^\W_]{2}\.)(?=[^\W\d_]))"
)
_TOKEN_BEFORE = re.compile(r"[^\s«“„\"'(\[]*\Z")
_NON_SPACE = re.compile(r"\S")
_NEXT_WORD = re.compile(r"\w+")
_INITIALS = re.compile(r"(?:[A-ZА-ЯЁ]\.-?)*[A-ZА-ЯЁ]")
_LIST_NUMBER = re.compile(r"\d{1,3}|[a-zа-я]")
_OPENERS = "«“„\"'(["
_LINK_MARKS = re.compile(r"[./@:]")  # before a glued stop: a link, an address, "U.S.Army"
# Domains that news text writes capitalised: "Lenta.Ru", "Example.Com" end no sentence.
_DOMAINS = frozenset({"ru", "com", "net", "org", "info", "kz", "ua", "by", "uk", "рф"})


@dataclass(frozen=True, slots=True)
class _Abbreviations:
    """The words a full stop may follow without ending the sentence, from both languages' words
    files (``sentences.*``): a text is split before any sentence has a language."""

    never_end: frozenset[str]  # "ул", "Mr": a stop after them never ends a sentence
    maybe_end: frozenset[str]  # "тыс", "etc", "янв": it does before a capital
    acronyms: frozenset[str]  # "U.S.": it does before a word that usually starts a sentence…
    starters: frozenset[str]  # …one of these
    before_number: frozenset[str]  # "No. 5": as written, never before a figure


@cache
def _abbreviations_of(ru: Words, en: Words) -> _Abbreviations:
    def every(key: str) -> frozenset[str]:
        return ru.set(key) | en.set(key)

    return _Abbreviations(
        never_end=every("sentences.never_end"),
        maybe_end=every("sentences.maybe_end")
        | _month_abbreviations(ru)
        | _month_abbreviations(en),
        acronyms=en.set("sentences.acronyms"),
        starters=every("sentences.starters"),
        before_number=en.set("sentences.before_number"),
    )


def _month_abbreviations(w: Words) -> frozenset[str]:
    """The language's month abbreviations, in lower case; not one that is the month's whole
    name ("May"): after that a stop ends a sentence as after any word."""
    return frozenset(
        short.lower()
        for names, shorts in zip(
            w.forms("dates.months"), w.forms("dates.month_abbreviations"), strict=True
        )
        for short in shorts
        if short.lower() not in {name.lower() for name in names}
    )


def _quoted_spans(text: str) -> tuple[list[int], list[int]]:
    """Top-level «…» and “…” pairs (opening, closing index), each within one paragraph."""
    pairs: list[tuple[int, int]] = []
    stacks: dict[str, list[int]] = {"«": [], "“": []}
    closing = {"»": "«", "”": "“"}
    for m in re.finditer(r"[«»“”]|\n\s*\n", text):
        ch = m.group()
        if ch in stacks:
            stacks[ch].append(m.start())
        elif ch in closing:
            stack = stacks[closing[ch]]
            if stack:
                start = stack.pop()
                if m.start() - start <= 600:  # longer: an unbalanced quote, not a quotation
                    pairs.append((start, m.start()))
        else:  # a paragraph break: quotes never run across it
            stacks = {"«": [], "“": []}
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(pairs):
        if ends and start < ends[-1]:
            continue  # nested inside the previous pair
        starts.append(start)
        ends.append(end)
    return starts, ends


def _inside_quote(pos: int, starts: list[int], ends: list[int]) -> bool:
    i = bisect.bisect_left(starts, pos) - 1
    return i >= 0 and pos <= ends[i]


def _word_at(text: str, pos: int) -> str:
    found = _NEXT_WORD.search(text, pos)
    return found.group() if found else ""


def _ends_sentence(text: str, m: re.Match[str], nxt: str, abbreviations: _Abbreviations) -> bool:
    """Does the terminal punctuation in ``m`` end its sentence, given the next character?"""
    punct = m.group("term")
    plain_stop = punct == "."
    if nxt.islower() or nxt in ",;:—–-":
        return False  # "…!» — сказал он", "т.е. в первую очередь", "and so…"
    if nxt == "(":
        # "«Шал, кет!» («Старик, уходи!»)." stays one sentence; so does a bracket that goes on
        # in lower case after an abbreviation: "25 тыс. (по данным полиции) до 40 тыс."
        return plain_stop and not _word_at(text, m.end())[:1].islower()
    if not plain_stop:
        return True
    token = _TOKEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
    word = token.group() if token else ""
    lower = word.lower()
    if lower in abbreviations.never_end or (word in abbreviations.before_number and nxt.isdigit()):
        return False
    if lower in abbreviations.acronyms:
        return _word_at(text, m.end()).lower() in abbreviations.starters
    if lower in abbreviations.maybe_end:
        return nxt.isupper() or nxt in _OPENERS
    if _INITIALS.fullmatch(word):
        return False  # "J. Smith", "К.-Ж. Токаев"
    if _LIST_NUMBER.fullmatch(word):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start : m.start() - len(word)].strip():
            return False  # a numbered list: "1. Первый пункт"
    return nxt.isupper() or nxt.isdigit() or nxt in _OPENERS


def _glued_stop_ends(text: str, m: re.Match[str], abbreviations: _Abbreviations) -> bool:
    """Does a full stop with a letter right after it end its sentence ("…rose to 48.Officials
    said…")? Only before a capitalised word, after a word of two or more letters or digits
    that is no abbreviation ("ул.Абая", "Mr.Smith"), not in a link or a domain ("Lenta.Ru",
    "www.example.Com") and not before an all-capital word ("ASP.NET")."""
    nxt = _word_at(text, m.end())
    if not (nxt[:1].isupper() and nxt[1:2].islower()) or nxt.lower() in _DOMAINS:
        return False
    token = _TOKEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
    word = token.group() if token else ""
    if _LINK_MARKS.search(word):
        return False
    lower = word.lower()
    return lower not in abbreviations.never_end | abbreviations.maybe_end | abbreviations.acronyms


def _stop_ends(
    text: str, m: re.Match[str], quotes: tuple[list[int], list[int]], abbreviations: _Abbreviations
) -> bool:
    """Does the punctuation in ``m`` (followed by a space, or a full stop glued to a letter)
    end its sentence? Never inside a «quotation» or at the end of the text."""
    if _inside_quote(m.end(), *quotes):
        return False
    if m.group("glued") is not None:
        return _glued_stop_ends(text, m, abbreviations)
    following = _NON_SPACE.search(text, m.end())
    if following is None:
        return False
    # At a line break only the word before the stop decides: read it as if a capital followed.
    nxt = "X" if "\n" in text[m.end() : following.start()] else following.group()
    return _ends_sentence(text, m, nxt, abbreviations)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) into ``text``, trimmed of whitespace, in order.

    Every non-space character of ``text`` lies in exactly one span.
    """
    abbreviations = _abbreviations_of(words("ru"), words("en"))
    starts, ends = _quoted_spans(text)
    cuts: list[int] = []
    dateline = dateline_span(text)
    if dateline is not None:
        cuts.append(dateline[1])  # "date 2022-01 Пресс-служба …": the date line stands alone
    for m in _CANDIDATE.finditer(text):
        newline = m.group("nl")
        if newline is None:
            if _stop_ends(text, m, (starts, ends), abbreviations):
                cuts.append(m.end())
            continue
        if newline.count("\n") > 1:
            cuts.append(m.start())
            continue
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip()
        following = _NON_SPACE.search(text, m.end())
        if not line or following is None:
            continue
        if line[-1] in ".!?…" or line[-1] in _CLOSERS or line[-1] in ",;:—–-":
            continue  # punctuation decides (above), or the sentence plainly goes on
        if not following.group().islower():
            cuts.append(m.start())
    spans: list[tuple[int, int]] = []
    begin = 0
    for cut in [*sorted(set(cuts)), len(text)]:
        if cut <= begin:
            continue
        piece = text[begin:cut]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((begin + lead, begin + lead + len(stripped)))
        begin = cut
    return spans
