"""One figure at a position, in digits or in words, with a percent sign or word after it."""

from __future__ import annotations

import re

from factcheck.text.numbers.bounds import Before
from factcheck.text.numbers.digits import digit_figure
from factcheck.text.numbers.scan import Figure, Scan
from factcheck.text.numbers.vocabulary import LANGUAGES, stem_patterns
from factcheck.text.numbers.words import word_figure

_PERCENT_WORDS = stem_patterns(lambda words: words.percent_stems, "*") + [
    r"\s+".join(re.escape(w) for w in phrase.split())
    for words in LANGUAGES
    for phrase in sorted(words.percent_words, key=len, reverse=True)
]
_SIGNS = {word: sign for words in LANGUAGES for word, sign in words.signs.items()}
SIGN_BEFORE = Before(
    re.compile(
        rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, sorted(_SIGNS)))})[^\S\n]+$", re.IGNORECASE
    ),
    _SIGNS,
)
SIGN_REACH = 12  # characters before a figure searched for its sign word
SIGN_AFTER = re.compile(
    rf"(?:{'|'.join(map(re.escape, sorted(_SIGNS)))})[^\S\n]+(?=\d)", re.IGNORECASE
)
_PERCENT = re.compile(rf"[^\S\n]*%|\s+(?:{'|'.join(_PERCENT_WORDS)})(?![^\W\d_])", re.IGNORECASE)


def read_figure(
    scan: Scan,
    pos: int,
    *,
    genitive: bool,
    article: bool,
    after_dash: bool = False,
    unsigned: bool = False,
) -> Figure | None:
    """The figure starting exactly at ``pos`` (a digit or a number word), or None; negative
    after a sign word ("минус 1") within ``SIGN_REACH`` characters, unless ``unsigned`` (the
    caller looked there for one already and found none)."""
    text = scan.text
    if pos >= len(text) or not (after_dash or scan.free_before(pos)):
        return None
    if text[pos].isdigit():
        fig = digit_figure(scan, pos)
    else:
        m = scan.anchor.match(text, pos)
        if m is None or m.group()[:1].isdigit():
            return None
        fig = word_figure(scan, pos, m.end(), genitive=genitive, article=article)
    if fig is None:
        return None
    sign = None if unsigned else SIGN_BEFORE.search(text, max(0, pos - SIGN_REACH), pos)
    if sign and _SIGNS[sign.group().split()[0].lower()] < 0:  # "минус 1"
        fig.low, fig.high = -fig.high, -fig.low
        fig.point = None if fig.point is None else -fig.point
    pm = _PERCENT.match(text, fig.end)
    if pm:
        fig.percent = True
        fig.end = pm.end()
    return fig
