"""The extractor on any Unicode text (hypothesis): random characters from every plane, alone and
mixed with pieces of news sentences so that figures, speakers and dates do occur.

Whatever the text, extraction does not crash, every quote is the text between its offsets, and
every figure is a finite interval with low ≤ high.
"""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_claims

PIECES = [
    "Россия направила 1400 военнослужащих.",
    "По данным МВД, задержаны более 4 тыс. человек",
    "от 70 до 100",
    "около 2 000",
    "9 января",
    "According to the ministry, 2,500 troops arrived",
    "at least 26 people were killed",
    "between 100 and 300",
    "3.5 million",
    "said on Tuesday",
    "«",
    "»",
    "—",
    ".",
    "\n\n",
    "1,000,000",
    "12%",
    "7 p.m.",
    "𘂒ь",  # a letter without a Unicode name before a Cyrillic one
    "9" * 400,  # a digit run past a float
]

unicode_text = st.text(max_size=200)  # any code point but surrogates, from every plane
news_like = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(PIECES)), max_size=20).map(
    "".join
)


def _check(text: str) -> None:
    for claim in extract_claims(text):
        assert claim.start is not None and claim.end is not None
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.quote
        for bound in (claim.low, claim.high):
            assert bound is None or math.isfinite(bound)
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.high


@settings(max_examples=200, deadline=None)
@given(unicode_text)
def test_any_unicode_text(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(news_like)
def test_news_sentences_mixed_with_any_unicode(text: str) -> None:
    _check(text)
