"""A line of an information box, "Label: N" or "Label: N+", counts what its label names, and
"N+" is a lower bound (factcheck/pipeline/figures.py)."""

from __future__ import annotations

import pytest

from factcheck.pipeline.article import extract_claims

_Row = tuple[float | None, float | None, str | None, str | None]


def _read(text: str) -> list[_Row]:
    return [(c.low, c.high, c.subject_key, c.property) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Outbreak.\n\n- Severe cases: 64+", [(64, None, "lemma:severe case", "count")]),
        ("Outbreak.\n\n- Critical Cases: 12+", [(12, None, "lemma:critical case", "count")]),
        ("Flood.\n\n* Schools closed: 31", [(31, 31, "lemma:school closed", "count")]),
        ("Вспышка.\n\n- Тяжелых случаев: 40+", [(40, None, "lemma:тяжелый случай", "count")]),
        ("Паводок.\n\n- Регионов: 4", [(4, 4, "lemma:регион", "count")]),
        # a label that names an event keeps it
        ("Вспышка.\n\n- Погибших: 30+", [(30, None, "group:people", "killed")]),
        ("Outbreak.\n\n- Deaths: 3+", [(3, None, "group:people", "killed")]),
    ],
)
def test_a_labelled_line_counts_what_its_label_names(text: str, expected: list[_Row]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # more than the figure after the label: a sentence, not a line of a box
        "Outbreak.\n\nSevere cases: 64 were reported by noon in the town of Ely.",
        "Note: 12 of them were never seen again.",
    ],
)
def test_a_label_followed_by_more_text_is_no_box_line(text: str) -> None:
    assert all(not (key or "").startswith("lemma:severe") for _, _, key, _ in _read(text))
    assert all(not (key or "").startswith("lemma:note") for _, _, key, _ in _read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Outbreak.\n\n- Confirmed Cases: 512\n- Severe cases: 64+",
        "Outbreak.\n\n- Reported Deaths: 3",
        "Вспышка.\n\n- Подтвержденных случаев: 512\n- Тяжелых случаев: 40+",
    ],
)
def test_the_label_of_a_line_is_no_speaker(text: str) -> None:
    assert [c.speaker for c in extract_claims(text)] == [None] * len(extract_claims(text))
