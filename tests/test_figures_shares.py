"""A share of a whole given in one phrase: "more than half of the 300 homes were damaged"
gives the whole (300 homes) and the share of it (more than 50% of homes); "40 of the 120
miners were rescued" gives 40 rescued and 120 miners, not 120 rescued."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims


def _claims(text: str) -> list[tuple[str | None, str | None, float | None, float | None]]:
    return [(c.subject_key, c.property, c.low, c.high) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fraction of a counted whole
        (
            "More than half of the 300 homes in the village were damaged.",
            [("lemma:home", "share", 50.0, None), ("lemma:home", "count", 300.0, 300.0)],
        ),
        (
            "About a third of the 60 schools were closed.",
            [("lemma:school", "share", 33.0, 34.0), ("lemma:school", "count", 60.0, 60.0)],
        ),
        (
            "Half of the 200 workers went on strike.",
            [("lemma:worker", "share", 50.0, 50.0), ("lemma:worker", "count", 200.0, 200.0)],
        ),
        (
            "Около трети из 90 школ закрыты.",
            [("lemma:школа", "share", 33.0, 34.0), ("lemma:школа", "count", 90.0, 90.0)],
        ),
        (
            "Более половины из 300 домов повреждены.",
            [("lemma:дом", "share", 50.0, None), ("lemma:дом", "count", 300.0, 300.0)],
        ),
        # a fraction with its whole in the genitive
        ("Около трети школ закрыты.", [("lemma:школа", "share", 33.0, 34.0)]),
        ("Четверть магазинов не работает.", [("lemma:магазин", "share", 25.0, 25.0)]),
        # a count of a counted whole: the whole takes no event of the share's
        (
            "40 of the 120 miners were rescued.",
            [("lemma:miner", "rescued", 40.0, 40.0), ("lemma:miner", "count", 120.0, 120.0)],
        ),
        (
            "Six of the 25 workers were detained.",
            [("lemma:worker", "detained", 6.0, 6.0), ("lemma:worker", "count", 25.0, 25.0)],
        ),
        (
            "40 из 120 горняков спасены.",
            [("lemma:горняк", "rescued", 40.0, 40.0), ("lemma:горняк", "count", 120.0, 120.0)],
        ),
        # the whole's own status stays its own
        (
            "Two of the 40 injured later died in hospital.",
            [("group:people", "killed", 2.0, 2.0), ("group:people", "injured", 40.0, 40.0)],
        ),
        # a share of votes, as before
        ("Кандидат получил 46,8% голосов.", [("lemma:кандидат", "share", 46.8, 46.8)]),
    ],
)
def test_share_of_whole(text: str, expected: list[tuple[str, str, float, float]]) -> None:
    assert _claims(text) == expected
