"""A body named with its country's adjective speaks for that country, for countries often in
the news (factcheck/text/lexicon.toml [countries])."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Chilean Health Ministry said 40 people died. In Peru, 12 people died.", "CL"),
        ("Pakistani officials said 75 people were injured. In India, 9 were injured.", "PK"),
        ("The Indonesian disaster agency said 31 people died. In Malaysia, 4 died.", "ID"),
        ("Мексиканские власти сообщили о 30 погибших. В Гватемале погибли 5 человек.", "MX"),
        ("Египетский минздрав сообщил о 18 раненых. В Судане ранены 7 человек.", "EG"),
    ],
)
def test_a_country_adjective_gives_the_body_its_country(text: str, key: str) -> None:
    first = extract_claims(text, published="2024-06-18")[0]
    assert first.subject_key == f"group:people@country:{key}"
