"""Whose a document or a body of data is: "according to a statement from the ministry", "согласно
докладу ООН", "по данным, опубликованным МВД" are the ministry's, the UN's, the MVD's."""

from __future__ import annotations

import pytest

from factcheck.text.attribution import find_attribution


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("According to a statement from the ministry, 31 people fell ill.", "ministry"),
        ("According to a report by the UN, 2,400 families were displaced.", "UN"),
        ("According to a press release issued by the police, 58 people were held.", "police"),
        ("Согласно докладу ООН, без крова остались 2,4 тыс. семей.", "ООН"),
        ("Согласно сводке МЧС, погибли девять человек.", "МЧС"),
        ("По статистике МВД, задержаны 58 человек.", "МВД"),
        ("По данным, опубликованным минздравом, заболели 31 человек.", "минздрав"),
        ("Согласно информации, распространённой оперштабом, эвакуированы 400 жителей.", "оперштаб"),
    ],
)
def test_a_document_or_data_speaks_for_its_author(sentence: str, speaker: str) -> None:
    found = find_attribution(sentence)
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "According to provisional data, 31 people fell ill.",
        "По данным, полученным в среду, заболели 31 человек.",
        "По предварительным данным, заболели 31 человек.",
    ],
)
def test_data_with_no_author_names_nobody(sentence: str) -> None:
    assert find_attribution(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("At least 26 people died, according to police figures.", "police"),
        ("At least 26 people died, according to the union's count.", "union"),
        ("At least 26 people died, according to an AFP tally.", "AFP"),
        ("At least 26 people died, according to preliminary figures.", None),
        ("At least 26 people died, according to official figures.", None),
        ("По подсчётам профсоюза, погибли не менее 26 человек.", "профсоюз"),
        ("По официальным данным, погибли не менее 26 человек.", None),
    ],
)
def test_the_owner_of_the_figures(sentence: str, speaker: str | None) -> None:
    found = find_attribution(sentence)
    assert (found.speaker if found else None) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Как стало известно «Вестнику», задержаны 26 человек.", "Вестник"),
        ("Как стало известно «Новостям», задержаны 26 человек.", "Новости"),
        ("Как стало известно ТАСС, задержаны 26 человек.", "ТАСС"),
        ("Стало известно, что задержаны 26 человек.", None),
    ],
)
def test_who_learned_it_reports_it(sentence: str, speaker: str | None) -> None:
    found = find_attribution(sentence)
    assert (found.speaker if found else None) == speaker
