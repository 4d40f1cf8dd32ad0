"""The sentence's own predicate says what a figure counts, not a clause hung on its noun that
gives a status the people had before ("one man, who was presumed dead, was found alive")."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims

CASES = [
    # a status believed before, then the main clause: the figure is not of the dead or missing
    ("Одна туристка, считавшаяся погибшей, позже вернулась в лагерь.", "count"),
    ("Семь туристов, которых считали пропавшими, были найдены спасателями.", "count"),
    ("Пятеро горняков, числившихся пропавшими, найдены.", "count"),
    ("One man, who was presumed dead, was found alive on Friday.", "rescued"),
    ("Four hikers, who were feared missing, were found by rescuers.", "count"),
    # the main clause names its own event ("found alive" is a rescue)
    ("Один горняк, считавшийся погибшим, найден живым.", "rescued"),
    ("Спасатели обнаружили живыми двух рабочих, которых считали пропавшими.", "rescued"),
    ("Two climbers feared dead were found alive near the summit.", "rescued"),
    ("Two workers, who were believed to be missing, were rescued by divers.", "rescued"),
    ("Three miners thought to be dead were rescued on Sunday.", "rescued"),
    ("Спасатели вывели на поверхность 4 горняков, считавшихся пропавшими.", "rescued"),
    ("Three people, who were injured in the blast, died in hospital.", "killed"),
    ("Три человека, пострадавших при взрыве, скончались в больнице.", "killed"),
    ("40 человек, пострадавших при пожаре, госпитализированы.", "hospitalised"),
    # the believed status is all the sentence says of them: it is the figure's
    ("At least 51 people are presumed dead.", "killed"),
    ("51 человек, считающихся погибшими, по данным МЧС.", "killed"),
    # the clause hung on the noun decides when the main clause names no event
    ("15 подростков, которых задержали, отпустили.", "detained"),
    ("Twelve protesters, who were detained on Monday, were released.", "detained"),
]


@pytest.mark.parametrize(("text", "prop"), CASES)
def test_the_main_clause_says_what_the_figure_counts(text: str, prop: str) -> None:
    (claim,) = extract_claims(text, published="2024-03-01")
    assert claim.property == prop
