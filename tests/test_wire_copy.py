"""Wire copy as agencies file it: a dateline opening the story, an "UPDATE n" slug, the day a
statement was made after its verb, and whom it was told between the verb and the speaker —
none of it is a figure, a claim's words or the speaker (both languages)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.text.attribution import find_attribution

DAY = "2026-03-12"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "TEGUCIGALPA, March 11 (Wire) - At least 31 people died in a mudslide, officials said.",
            "At least 31 people died in a mudslide",
        ),
        ("OSLO (Wire) — Police detained 140 people at a rally.", "Police detained 140 people"),
        ("PERTH, March 9 - Nine people were hurt in a bus crash.", "Nine people were hurt"),
        ("ТОМСК, 11 марта — В результате пожара погибли 6 человек.", "В результате пожара"),
    ],
)
def test_a_claim_never_opens_with_a_dateline(text: str, claim: str) -> None:
    (found,) = extract_claims(text, published=DAY)
    assert found.text.startswith(claim)


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE 3: The toll from the ferry fire rose to 27, the coast guard said.",
        "UPDATE 2-Storm kills 27 in Fiji, Red Cross says",
    ],
)
def test_an_update_slug_is_no_figure(text: str) -> None:
    assert [(c.property, c.low) for c in extract_claims(text, published=DAY)] == [("killed", 27)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a verb that gives a figure only before "that" may end the sentence with its day
        (
            "Damage could reach 3 billion euros, the growers' union warned on Monday.",
            "growers' union",
        ),
        ("The toll could climb to 150, aid workers fear.", "aid workers"),
        ("Ущерб может превысить 4 млрд рублей, предупредил губернатор.", "губернатор"),
        ("Врачи опасаются, что число отравившихся превысит 200.", "врачи"),
        # whom it was told, or where, between the verb and the speaker
        ("Пострадали 19 человек, сообщил журналистам мэр города.", "мэр города"),
        ("«Погибли трое», — рассказал ТАСС представитель МЧС.", "представитель МЧС"),
        ("Эвакуированы 600 человек, написал в своем телеграм-канале глава района.", "глава района"),
        # a plural speaker that could be a dative is the speaker
        ("Пострадали 19 человек, сообщили власти.", "власти"),
    ],
)
def test_who_said_it_past_the_verb(sentence: str, speaker: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.speaker == speaker


def test_a_verb_with_an_object_after_it_names_nobody() -> None:
    assert find_attribution("Doctors fear 200 more cases.") is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # "X reported, citing Y": Y gives the figure
        ("A landslide buried 23 homes, Kyodo reported, citing a town official.", "town official"),
        (
            "At least 40 people died, the agency said, citing figures from the health ministry.",
            "health ministry",
        ),
        (
            "Turnout was 58%, the paper said, citing the Central Election Board.",
            "Central Election Board",
        ),
        # a reason cited is no source: the speaker stays
        ("Police held 60 people, the ministry said, citing breaches of the curfew.", "ministry"),
    ],
)
def test_the_source_a_report_cites(sentence: str, speaker: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    ("text", "key", "prop", "speaker"),
    [
        # the verb first, then the tally and "at" the figure
        ("Police estimated the crowd at 9,000.", "group:people", "participants", "police"),
        (
            "Stewards put the number of marchers at about 3,500.",
            "group:people",
            "participants",
            "Stewards",
        ),
        # «число X оценили в N»: the speaker is the body after «в», not the tally
        (
            "В полиции число участников шествия оценили в 7 тысяч.",
            "group:people",
            "participants",
            "полиция",
        ),
    ],
)
def test_a_tally_put_at_a_figure(text: str, key: str, prop: str, speaker: str) -> None:
    (found,) = extract_claims(text, published=DAY)
    assert (found.subject_key, found.property, found.speaker) == (key, prop, speaker)


@pytest.mark.parametrize(
    ("text", "denied", "kept"),
    [
        (
            "The governor's office denied reports that 45 people had drowned, saying the toll "
            "stood at 6.",
            45,
            6,
        ),
        (
            "Officials dismissed claims that 900 people were arrested, adding that 70 were.",
            900,
            70,
        ),
        (
            "В мэрии опровергли сообщения о 25 погибших, уточнив, что погибли четыре человека.",
            25,
            4,
        ),
    ],
)
def test_a_denied_figure_is_nobodys_and_unsure(text: str, denied: float, kept: float) -> None:
    found = {c.low: c for c in extract_claims(text, published=DAY)}
    assert found[denied].hedged and found[denied].speaker is None
    assert not found[kept].hedged


def test_a_denier_never_asserts_the_figure_it_denies() -> None:
    text = "В пресс-службе полиции заявили, что не давали таких данных о 300 задержанных."
    (found,) = extract_claims(text, published=DAY)
    assert found.speaker is None and found.hedged
