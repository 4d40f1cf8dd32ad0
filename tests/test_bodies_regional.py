"""A body named with its region or town speaks for that place, in an article that counts the
same measure in more than one place."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims

CASES = [
    # the place before the body, English
    (
        "Lyon police counted 41,000 marchers. In Marseille, 30,000 people marched.",
        ["group:people@place:lyon", "group:people@place:marseille"],
    ),
    (
        "The Tatarstan health ministry reported 16 sick people. Moscow police counted 200 "
        "sick people.",
        ["group:people@place:tatarstan", "group:people@place:moscow"],
    ),
    (
        "The Kemerovo region health ministry said 40 people were ill. In Moscow, 120 people "
        "fell ill.",
        ["group:people@place:kemerovo region", "group:people@place:moscow"],
    ),
    (
        "Boston police counted 2,000 marchers, and 5,000 people marched in Chicago.",
        ["group:people@place:boston", "group:people@place:chicago"],
    ),
    # an English possessor
    (
        "Tatarstan's health ministry reported 16 sick people. In Moscow, 200 people fell ill.",
        ["group:people@place:tatarstan", "group:people@place:moscow"],
    ),
    (
        "Chicago's mayor said 35 people were injured. In Houston, 12 people were injured.",
        ["group:people@place:chicago", "group:people@place:houston"],
    ),
    # after it, with "of"
    (
        "The mayor of Chicago said 35 people were injured. In Houston, 12 people were injured.",
        ["group:people@place:chicago", "group:people@place:houston"],
    ),
    # the region in the genitive after the body, Russian
    (
        "Пресс-служба минздрава Башкирии сообщила о 40 заболевших. В Москве заболели 120 человек.",
        ["group:people@place:bashkortostan", "group:people@place:moscow"],
    ),
    (
        "Полиция Казани насчитала 5 тысяч участников. В Уфе насчитали 3 тысячи участников.",
        ["group:people@place:kazan", "group:people@place:ufa"],
    ),
    (
        "По словам губернатора Кузбасса, погибли 12 человек. В Кемерове погибли 5 человек.",
        ["group:people@place:kemerovo region", "group:people@place:kemerovo"],
    ),
    # an adjective of the place
    (
        "Кемеровские власти сообщили о 40 заболевших. В Москве заболели 120 человек.",
        ["group:people@place:kemerovo", "group:people@place:moscow"],
    ),
    # in Russian a capital's authorities are the city's
    (
        "Московские власти сообщили о 40 заболевших. В Казани заболели 120 человек.",
        ["group:people@place:moscow", "group:people@place:kazan"],
    ),
    # the body named alone, where the article names it with its region elsewhere
    (
        "Специалисты Роспотребнадзора сообщили о 16 заболевших. В пресс-службе "
        "Роспотребнадзора Башкирии сообщили, что в Москве заболели 120 человек.",
        ["group:people@place:bashkortostan", "group:people@place:moscow"],
    ),
]

WHOLE = [
    # the article counts the measure in no other place: the body's figure is the event's
    (
        "Lyon police counted 41,000 marchers. The union counted 90,000 marchers.",
        ["group:people", "group:people"],
    ),
    (
        "Полиция Казани насчитала 5 тысяч участников. Организаторы насчитали 9 тысяч участников.",
        ["group:people", "group:people"],
    ),
    # the text says the figure is the whole country's
    (
        "Lyon police said 900,000 people marched nationwide. In Marseille, 30,000 people marched.",
        ["group:people", "group:people@place:marseille"],
    ),
    # in English a capital with a national kind of body names its country's government
    (
        "Moscow officials said 500 people were killed. In Kharkiv, 40 people were killed.",
        ["group:people", "group:people@place:kharkiv"],
    ),
    # a national kind of body named alone is not taken for the region's
    (
        "The ministry said 300 people fell ill. The Tatarstan health ministry reported 16 sick "
        "people, and 120 people fell ill in Moscow.",
        ["group:people", "group:people@place:tatarstan", "group:people@place:moscow"],
    ),
]


@pytest.mark.parametrize(("text", "keys"), CASES)
def test_a_regional_body_scopes_its_figure_to_its_region(text: str, keys: list[str]) -> None:
    found = extract_claims(text, published="2024-03-01")
    assert [c.subject_key for c in found] == keys


@pytest.mark.parametrize(("text", "keys"), WHOLE)
def test_a_regional_body_keeps_a_whole_figure_whole(text: str, keys: list[str]) -> None:
    found = extract_claims(text, published="2024-03-01")
    assert [c.subject_key for c in found] == keys
