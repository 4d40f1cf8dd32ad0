"""A claim's attribution in JSON: the phrase as written and whom it resolves to."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims
from factcheck.serialize import attribution_to_dict, draft_to_dict


@pytest.mark.parametrize(
    ("text", "quote", "phrase", "speaker"),
    [
        (
            "Mayor Lena Ortiz said 40 homes burned. She added that 12 families were rehoused.",
            "12 families",
            "She added",
            "Lena Ortiz",
        ),
        (
            "Мэр Олег Панин сообщил о пожаре. По его словам, сгорели 40 домов.",
            "40 домов",
            "По его словам",
            "Олег Панин",
        ),
        ("The river rose by 2 metres, the agency said.", "2 metres", "the agency said", "agency"),
    ],
)
def test_json_carries_phrase_and_speaker(text: str, quote: str, phrase: str, speaker: str) -> None:
    draft = next(d for d in extract_claims(text) if d.quote == quote)
    assert draft_to_dict(draft)["attribution"] == {"text": phrase, "speaker": speaker}


@pytest.mark.parametrize(
    ("phrase", "speaker", "want"),
    [
        (None, None, None),
        (None, "Defence ministry", {"text": None, "speaker": "Defence ministry"}),
        ("he said", "Tom Hale", {"text": "he said", "speaker": "Tom Hale"}),
    ],
)
def test_attribution_to_dict(phrase: str | None, speaker: str | None, want: object) -> None:
    assert attribution_to_dict(phrase, speaker) == want
