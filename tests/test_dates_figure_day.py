"""A figure takes the day named before it in its sentence; a day that an as-of phrase ("by",
"к") gives later in the sentence belongs to the figures after it."""

from __future__ import annotations

import pytest

from factcheck.text.dates import find_as_of

REF = "2024-05-09"


@pytest.mark.parametrize(
    ("sentence", "figure", "as_of"),
    [
        ("On May 6 the toll was 41; by May 8 it had reached 57.", "41", "2024-05-06"),
        ("On May 6 the toll was 41; by May 8 it had reached 57.", "57", "2024-05-08"),
        ("6 мая погибших было 41, к 8 мая их число достигло 57.", "41", "2024-05-06"),
        ("6 мая погибших было 41, к 8 мая их число достигло 57.", "57", "2024-05-08"),
        ("41 people had died as of May 6.", "41", "2024-05-06"),
        ("The toll rose to 57 on May 8 from 41 on May 6.", "41", "2024-05-06"),
        ("The toll rose to 57 on May 8 from 41 on May 6.", "57", "2024-05-08"),
        ("Погибших было 41 на 6 мая и 57 на 8 мая.", "57", "2024-05-08"),
        ("По состоянию на 6 мая погиб 41 человек.", "41", "2024-05-06"),
    ],
)
def test_a_figure_takes_its_own_day(sentence: str, figure: str, as_of: str) -> None:
    assert find_as_of(sentence, REF, sentence.index(figure)) == as_of
