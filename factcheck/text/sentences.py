"""Split article text into sentences: (start, end) code-point spans, Russian and English.

One regex scan finds every place a sentence may end (terminal punctuation followed by a space,
a line break); a few rules decide: abbreviations ("янв.", "т.е.", "Mr.", "U.S."), initials
("К.-Ж. Токаев", "J. Smith"), a full stop inside «quotes», what the next sentence starts with.
A blank line always ends a sentence; so does a line without terminal punctuation (a headline)
unless the next line goes on in lower case (hard-wrapped prose).
"""

from __future__ import annotations

import bisect
import re

from factcheck.text.dates import dateline_span

_CLOSERS = "»”\"’')]"
_CANDIDATE = re.compile(
    rf"(?P<term>[.!?…]+(?:[{re.escape(_CLOSERS)}]+[.!?…]*)*)(?=\s|\Z)"
    r"|(?P<nl>\n[^\S\n]*(?:\n\s*)?)"
)
_TOKEN_BEFORE = re.compile(r"[^\s«“„\"'(\[]*\Z")
_NON_SPACE = re.compile(r"\S")
_NEXT_WORD = re.compile(r"\w+")
_INITIALS = re.compile(r"(?:[A-ZА-ЯЁ]\.-?)*[A-ZА-ЯЁ]")
_LIST_NUMBER = re.compile(r"\d{1,3}|[a-zа-я]")
_OPENERS = "«“„\"'(["


def _wordset(text: str) -> frozenset[str]:
    """A set of words written as one readable string."""
    return frozenset(text.split())


# Words after which a full stop never ends a sentence: titles and words that point forward.
_NEVER_END = _wordset(
    """mr mrs ms dr prof st vs e.g i.e cf fig approx gen col lt sgt capt rep sen gov rev
    ул пр просп пер им см проф акад ген св тел рис т.е т.к т.н напр ок гр д кв пл обл пос р-н
    ср стр гл"""
)
# "U.S." ends a sentence only before a word that usually starts one: "the U.S. Army" goes on.
_ACRONYMS = _wordset("u.s u.k u.n u.s.a e.u")
_STARTERS = _wordset(
    """the a an he she it they we i but and in on at this that there however meanwhile then
    earlier later in в на по он она они это но а и однако также ранее позже тогда при"""
)
# Abbreviations that may still end a sentence: the next word must start with a capital.
_MAYBE_END = _wordset(
    """т.д т.п др пр г гг в вв тыс млн млрд трлн руб долл коп etc inc ltd co corp jr sr
    u.s u.k u.n a.m p.m ph.d янв фев февр мар апр июн июл авг сен сент окт ноя нояб дек
    jan feb mar apr jun jul aug sep sept oct nov dec"""
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


def _ends_sentence(text: str, m: re.Match[str], nxt: str) -> bool:
    """Does the terminal punctuation in ``m`` end its sentence, given the next character?"""
    punct = m.group("term")
    plain_stop = punct == "."
    if nxt.islower() or nxt in ",;:—–-":
        return False  # "…!» — сказал он", "т.е. в первую очередь", "and so…"
    if nxt == "(":
        return plain_stop  # "«Шал, кет!» («Старик, уходи!»)." stays one sentence
    if not plain_stop:
        return True
    token = _TOKEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
    word = token.group() if token else ""
    lower = word.lower()
    if lower in _NEVER_END or (word == "No" and nxt.isdigit()):
        return False
    if lower in _ACRONYMS:
        return _word_at(text, m.end()).lower() in _STARTERS
    if lower in _MAYBE_END:
        return nxt.isupper() or nxt in _OPENERS
    if _INITIALS.fullmatch(word):
        return False  # "J. Smith", "К.-Ж. Токаев"
    if _LIST_NUMBER.fullmatch(word):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start : m.start() - len(word)].strip():
            return False  # a numbered list: "1. Первый пункт"
    return nxt.isupper() or nxt.isdigit() or nxt in _OPENERS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) into ``text``, trimmed of whitespace, in order.

    Every non-space character of ``text`` lies in exactly one span.
    """
    starts, ends = _quoted_spans(text)
    cuts: list[int] = []
    dateline = dateline_span(text)
    if dateline is not None:
        cuts.append(dateline[1])  # "date 2022-01 Пресс-служба …": the date line stands alone
    for m in _CANDIDATE.finditer(text):
        if m.group("term") is not None:
            following = _NON_SPACE.search(text, m.end())
            if following is None:
                continue
            if _inside_quote(m.end(), starts, ends):
                continue
            # At a line break only the word before the stop decides: read it as if a capital
            # followed.
            nxt = "X" if "\n" in text[m.end() : following.start()] else following.group()
            if _ends_sentence(text, m, nxt):
                cuts.append(m.end())
            continue
        newline = m.group("nl")
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
