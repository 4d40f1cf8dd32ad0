"""The place of the sentence before carried to a figure of the same measure that names none."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims

# Each article names two towns, so a town's figure stays the town's (not the article's whole).
CARRIED = [
    (
        "In Ghent the police counted 12,000 marchers. The organisers counted 30,000 marchers. "
        "In Bruges, 4,000 marchers walked.",
        ["group:people@place:ghent", "group:people@place:ghent", "group:people@place:bruges"],
    ),
    (
        "In Ghent the police counted 12,000 marchers.\nTheir count in the previous march was "
        "9,000 marchers, the organisers said. In Bruges, 4,000 marchers walked.",
        ["group:people@place:ghent", "group:people@place:ghent", "group:people@place:bruges"],
    ),
    (
        "В Гродно полиция насчитала 12 тысяч участников. Организаторы насчитали 30 тысяч "
        "участников. В Пинске вышли 4 тысячи участников.",
        ["group:people@place:grodno", "group:people@place:grodno", "group:people@place:pinsk"],
    ),
    (
        "В Гродно полиция насчитала 12 тысяч участников.\nПо ее данным, в прошлый раз вышли "
        "9 тысяч участников. В Пинске вышли 4 тысячи участников.",
        ["group:people@place:grodno", "group:people@place:grodno", "group:people@place:pinsk"],
    ),
]

NOT_CARRIED = [
    # a whole of its own
    (
        "In Ghent 12,000 marchers walked, police said. Nationwide the ministry counted "
        "200,000 marchers. In Bruges, 4,000 marchers walked.",
        ["group:people@place:ghent", "group:people", "group:people@place:bruges"],
    ),
    (
        "In Ghent 12,000 marchers walked. In total the union counted 300,000 marchers. "
        "In Bruges, 4,000 marchers walked.",
        ["group:people@place:ghent", "group:people", "group:people@place:bruges"],
    ),
    # a country of its own
    (
        "In Ghent 12,000 marchers walked. The union says 300,000 marchers walked across "
        "Belgium. In Bruges, 4,000 marchers walked.",
        ["group:people@place:ghent", "group:people", "group:people@place:bruges"],
    ),
    # a new paragraph with no reference back
    (
        "In Ghent the police counted 12,000 marchers.\nThe organisers counted 300,000 marchers. "
        "In Bruges, 4,000 marchers walked.",
        ["group:people@place:ghent", "group:people", "group:people@place:bruges"],
    ),
    # a headline's place is not the body's
    (
        "Police count 12,000 marchers in Ghent\nThe organisers counted 30,000 marchers. "
        "In Bruges, 4,000 marchers walked.",
        ["group:people@place:ghent", "group:people", "group:people@place:bruges"],
    ),
    (
        "В Гродно вышли 12 тысяч участников\nОрганизаторы насчитали 30 тысяч участников. "
        "В Пинске вышли 4 тысячи участников.",
        ["group:people@place:grodno", "group:people", "group:people@place:pinsk"],
    ),
    # a figure above the same speaker's whole of that day is no part of it
    (
        "In Ghent the police counted 12,000 marchers. The police counted 210,000 marchers. "
        "Nationwide the police counted 200,000 marchers. In Bruges, 4,000 marchers walked.",
        ["group:people@place:ghent", "group:people", "group:people", "group:people@place:bruges"],
    ),
    # parts of the place: the next figure may be the whole event's
    (
        "In Ghent, police said, 12,000 people gathered on Main Square and 3,000 more crowded "
        "into nearby streets. The organisers counted 30,000 people. In Bruges, 4,000 people "
        "walked.",
        [
            "group:people@place:ghent",
            "group:people@place:ghent@part",
            "group:people",
            "group:people@place:bruges",
        ],
    ),
    (
        "В Гродно, по данным полиции, на площади собрались 12 тысяч человек и еще 3 тысячи "
        "человек на соседних улицах. Организаторы насчитали 30 тысяч человек. В Пинске вышли "
        "4 тысячи человек.",
        [
            "group:people@place:grodno",
            "group:people@place:grodno@part",
            "group:people",
            "group:people@place:pinsk",
        ],
    ),
    (
        "В Гродно вышли 12 тысяч участников. Всего профсоюз насчитал 300 тысяч участников. "
        "В Пинске вышли 4 тысячи участников.",
        ["group:people@place:grodno", "group:people", "group:people@place:pinsk"],
    ),
    (
        "В Гродно вышли 12 тысяч участников. По всей стране профсоюз насчитал 300 тысяч "
        "участников. В Пинске вышли 4 тысячи участников.",
        ["group:people@place:grodno", "group:people", "group:people@place:pinsk"],
    ),
    (
        "В Гродно полиция насчитала 12 тысяч участников.\nОрганизаторы насчитали 300 тысяч "
        "участников. В Пинске вышли 4 тысячи участников.",
        ["group:people@place:grodno", "group:people", "group:people@place:pinsk"],
    ),
]


@pytest.mark.parametrize(("text", "keys"), CARRIED + NOT_CARRIED)
def test_a_figure_takes_the_place_of_the_sentence_before(text: str, keys: list[str]) -> None:
    assert [c.subject_key for c in extract_claims(text, published="2024-05-01")] == keys
