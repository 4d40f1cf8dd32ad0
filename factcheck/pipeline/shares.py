"""A share of a group broken down by a category: each share is of its own sub-group.

"31% of teachers struck in primary schools, 24% in secondary schools", "31% учителей начальных
классов, 24% — в средней школе": the first share is of primary-school teachers, the second of
secondary-school teachers, and the elliptical second item keeps the group noun of the first. The
sub-group is the group's key scoped by the category (``lemma:teacher@in:primary school``), so
shares of different sub-groups are never compared, while two speakers' shares of one sub-group
are. The category is a noun of ``parts.categories`` with a word that says which before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.keys import IN, LEMMA
from factcheck.lang.base import in_every_language
from factcheck.models import Quantity
from factcheck.pipeline.lists import named_before
from factcheck.pipeline.reading import PERCENT_UNIT, Scene
from factcheck.text.hints import Contains
from factcheck.text.morph import Word

# Where what a share's words say of it ends: a clause's end, or the next item of a list.
_ITEM_END = re.compile(r"[,;:.!?(]|\s(?:and|или|or|but|while|и|а|но)\s", re.IGNORECASE)
# Words between "of" and the group: "of the employees", "of all teachers".
_LEAD = frozenset("the a an all those these".split())
_GROUP_WORDS = 3  # how far after "of" the group's noun may stand
_MODIFIERS = 2  # words that say which category: "public health service"
_DASH = re.compile(r"\s*[—–-]?\s*")
# A share that closes its clause: nothing after it but the clause's or the sentence's end.
_CLOSES = re.compile(r"\s*(?:[,;.!?)]|$)")
# Where a clause of its own begins after a share: ", and the union…", ", а профсоюз…".
_NEW_CLAUSE = re.compile(r";\s*|,\s*(?:and|while|whereas|but|и|а|но|тогда\s+как)\s", re.IGNORECASE)
_STEM = 4  # the letters every form of a category's noun begins with: "школ", "indu"


@dataclass(frozen=True, slots=True)
class SubGroup:
    """The sub-group a share is of: its name as written and its key."""

    name: str
    key: str


@cache
def _categories() -> frozenset[str]:
    return in_every_language("parts.categories")


@cache
def _links() -> frozenset[str]:
    return in_every_language("parts.category_links")


def sub_group(scene: Scene, q: Quantity) -> SubGroup | None:
    """The sub-group the share ``q`` is of, when a category breaks its group down; else None.

    The group is the share's own ("31% of teachers", "31% учителей") or, for an item that
    names only a category ("24% in secondary schools", "24% — в средней школе"), the group of
    the share before it in the sentence (or of the share a clause of its own answers, see
    :func:`_told_before`).
    """
    if q.unit != PERCENT_UNIT:
        return None
    group = _own_group(scene, q)
    if group is None:
        group = _elided_group(scene, q) if _any_category(scene) else None
        start = q.end
    else:
        start = max(group.end, q.end)
    if group is None:
        return _told_before(scene, q)
    category = _category(scene, start) if _any_category(scene) else None
    if category is None:
        return None
    words, text = category
    return SubGroup(f"{group.text} {text}", f"{LEMMA}{group.lemma}@{IN}:{_key(words)}")


def _key(words: list[Word]) -> str:
    return " ".join(w.lemma for w in words)


def _any_category(scene: Scene) -> bool:
    """The sentence may have a category's noun at all: most sentences are told here, by the
    first letters every form of the noun begins with ("школ" of "школах")."""
    return _category_hint().may_match(scene.text)


@cache
def _category_hint() -> Contains:
    return Contains([re.escape(w[:_STEM]) for w in _categories()], ignore_case=True)


def _own_group(scene: Scene, q: Quantity) -> Word | None:
    """The group a share names right after it: "31% of teachers", "31% учителей"; a share in
    brackets after its group ("teachers (31%)") names it before."""
    after = scene.words_in(q.end, q.end + 80)
    if not after or scene.text[q.end : after[0].start].strip() not in ("", ")"):
        return None
    if scene.text[q.end : after[0].start].strip() == ")":
        before = [w for w in scene.words_in(max(0, q.start - 40), q.start) if w.end <= q.start]
        return before[-1] if before and _plural(before[-1]) else None
    first = after[0]
    if first.cyrillic:
        return first if first.morph.pos == "NOUN" and first.morph.case == "gent" else None
    if first.lower != "of":
        return None
    near = [w for w in after[1 : 1 + _GROUP_WORDS + 1] if w.lower not in _LEAD]
    return next((w for w in near[:_GROUP_WORDS] if _plural(w)), None)


def _plural(w: Word) -> bool:
    """An English plural noun ("teachers", "employees"); any Russian noun."""
    if w.cyrillic:
        return w.morph.pos == "NOUN"
    return w.text.isalpha() and w.lemma != w.lower


def _elided_group(scene: Scene, q: Quantity) -> Word | None:
    """The group of the share before ``q`` in the sentence, when ``q`` names only a category
    ("…, 24% in secondary schools", "…, 24% — в средней школе")."""
    gap = _DASH.match(scene.text, q.end)
    after = scene.words_in(gap.end() if gap else q.end, q.end + 40)[:1]
    if not after or (after[0].lemma if after[0].cyrillic else after[0].lower) not in _links():
        return None
    before = [f for f in scene.sentence.figures if f.end <= q.start and f.unit == PERCENT_UNIT]
    return _own_group(scene, before[-1]) if before else None


def _told_before(scene: Scene, q: Quantity) -> SubGroup | None:
    """A bare share closing a clause of its own: of the group of the share before it in the
    sentence, in the category the clause names before it ("…, and the largest secondary
    school union puts it at 52%", "…, а профсоюз средних классов говорит о 61%"), or of that
    share's own sub-group when it names none ("…, and the union gives 52%")."""
    if not _CLOSES.match(scene.text, q.end):
        return None
    before = [f for f in scene.sentence.figures if f.end <= q.start and f.unit == PERCENT_UNIT]
    group = _own_group(scene, before[-1]) if before else None
    if group is None:
        return None
    starts = [m.end() for m in _NEW_CLAUSE.finditer(scene.text, before[-1].end, q.start)]
    comma = scene.text.rfind(",", before[-1].end, q.start)
    if not starts and comma >= 0 and named_before(scene.text, q.start):
        starts = [comma + 1]  # "…, министерство назвало цифру в 31%": a rival's figure of it
    if not starts:
        return None
    words = list(scene.words_in(starts[-1], q.start))  # the share's own clause
    categories = _categories()
    for k in range(len(words) - 1, 0, -1):
        which, noun = words[k - 1], words[k]
        if noun.lemma in categories and _says_which(which):
            name = scene.text[which.start : noun.end]
            return SubGroup(
                f"{group.text} {name}", f"{LEMMA}{group.lemma}@{IN}:{_key([which, noun])}"
            )
    # no category of its own: a rival's share of the same ("…, and the union gives 52%")
    return sub_group(scene, before[-1]) or SubGroup(group.text, f"{LEMMA}{group.lemma}")


def _says_which(w: Word) -> bool:
    """A word that says which category, right before its noun: "primary", "средних"."""
    if w.cyrillic:
        return w.morph.pos == "ADJF"
    return w.text.isalpha() and w.lower not in _LEAD and w.lower not in _links()


def _category(scene: Scene, start: int) -> tuple[list[Word], str] | None:
    """The category the words after ``start`` name, up to the item's end: its words (which,
    then the noun) and its text as written ("in primary schools", "начальных классов")."""
    end = _ITEM_END.search(scene.text, start + 1)
    words = list(scene.words_in(start, end.start() if end else len(scene.text)))
    categories = _categories()
    for k, w in enumerate(words):
        if w.lemma not in categories:
            continue
        which = _which(words[:k])
        if which:
            return [*which, w], scene.text[_opening(words, k - len(which)) : w.end]
    return None


def _which(before: list[Word]) -> list[Word]:
    """The words that say which category, right before its noun: "primary", "средних"."""
    out: list[Word] = []
    for w in reversed(before):
        says = w.morph.pos == "ADJF" if w.cyrillic else w.text.isalpha() and w.lower not in _LEAD
        if not says or w.lower in _links() or len(out) == _MODIFIERS:
            break
        out.insert(0, w)
    if out and not out[0].cyrillic:
        # an English category is led to: "in primary schools", "at the secondary school"
        k = len(before) - len(out) - 1
        while k >= 0 and before[k].lower in _LEAD:
            k -= 1
        if k < 0 or before[k].lower not in _links():
            return []
    return out


def _opening(words: list[Word], k: int) -> int:
    """Where the category's text begins: at its link word ("in primary schools") if any."""
    j = k - 1
    while j >= 0 and (words[j].lower in _LEAD or words[j].lower in _links()):
        j -= 1
    return words[j + 1].start if j + 1 < k else words[k].start
