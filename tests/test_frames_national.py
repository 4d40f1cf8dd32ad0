"""A national body's figure is its country's in an article that counts in two or more countries."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims

CASES = [
    (
        "The Kazakh Health Ministry counted 310 people dead. The Kyrgyz government said 120 "
        "people died. A local priest said 15 people died.",
        ["group:people@country:KZ", "group:people@country:KG", "group:people"],
    ),
    (
        "The Armenian government said 44 people were injured. Azerbaijani authorities reported "
        "18 injured people.",
        ["group:people@country:AM", "group:people@country:AZ"],
    ),
    (
        "По данным казахстанских властей, погибли 310 человек. Минздрав Киргизии сообщил о 120 "
        "погибших.",
        ["group:people@country:KZ", "group:people@country:KG"],
    ),
    (
        "Правительство Армении сообщило о 44 пострадавших. По данным МЧС Азербайджана, "
        "пострадали 18 человек.",
        ["group:people@country:AM", "group:people@country:AZ"],
    ),
    # one country: its bodies' figures stay the whole event's
    (
        "The Italian Interior Ministry counted 90,000 marchers. The union counted 400,000 "
        "marchers.",
        ["group:people", "group:people"],
    ),
    (
        "МВД Италии насчитало 90 тысяч участников. Профсоюз насчитал 400 тысяч участников.",
        ["group:people", "group:people"],
    ),
]


@pytest.mark.parametrize(("text", "keys"), CASES)
def test_a_national_body_scopes_its_figure_to_its_country(text: str, keys: list[str]) -> None:
    found = extract_claims(text, published="2024-03-01")
    assert [c.subject_key for c in found] == keys
