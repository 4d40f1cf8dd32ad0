"""Who said a figure when its sentence names nobody: the source given by the sentence just
after it, or the speaker of the sentence just before it, in the same paragraph."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text, published="2024-05-15")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the next sentence gives the source of the figure before it
        ("The toll rose to 57. This was reported by the regional governor.", ["regional governor"]),
        (
            "Nine bodies were found in the cellar. "
            "Four more lay near the exit, a local channel said.",
            ["local channel", "local channel"],
        ),
        ("Some 212 people were infected. The health department reported.", ["health department"]),
        ("Число погибших выросло до 57. Об этом сообщил губернатор.", ["губернатор"]),
        (
            "Погибли 9 человек. Такие цифры привёл глава ведомства Пётр Орлов.",
            ["Пётр Орлов"],
        ),
        (
            "Выявлены ещё 12 случаев. Всего заболели 230 человек. Об этом сообщили в Минздраве.",
            ["Минздрав", "Минздрав"],
        ),
        # the speaker of the sentence just before goes on speaking
        (
            "The ministry said 40 people had died. Another 112 were injured.",
            ["ministry", "ministry"],
        ),
        (
            "По данным МЧС, погибли 40 человек. Ранены ещё 112.",
            ["МЧС", "МЧС"],
        ),
    ],
)
def test_speaker_from_a_sentence_beside(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the article's one source goes on through a paragraph that names nobody
        ("The ministry said 40 people had died.\n\nAnother 112 were injured.", ["ministry"] * 2),
        # a back reference opening the next paragraph gives the source of the one before
        ("Погибли 40 человек.\nОб этом сообщил губернатор.", ["губернатор"]),
    ],
)
def test_speaker_past_a_paragraph(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a new paragraph starts afresh, unless it opens with a back reference
        ("The toll rose to 57.\n\nThe governor reported.", [None]),
        (
            "The ministry said 40 people had died. Police said 9 were missing.\n\n"
            "Another 112 were injured.",
            ["ministry", "police", None],
        ),
        # a speaker who opens the next sentence speaks for it alone
        ("The toll rose to 57. Officials said 12 more were missing.", [None, "officials"]),
        ("Погибли 9 человек. Губернатор сообщил, что ранены 12.", [None, "губернатор"]),
        # a sentence with a source of its own is never the next one's
        (
            "Погибли 5 человек. По данным МЧС, ранены 12. Об этом пишет агентство.",
            [None, "МЧС"],
        ),
        # a report that says it has no source stays without one
        (
            "The ministry said 40 had died. It was reported that 112 were injured.",
            ["ministry", None],
        ),
        ("По данным МЧС, погибли 40 человек. Сообщалось, что ранены 112.", ["МЧС", None]),
    ],
)
def test_no_speaker_borrowed(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def test_a_borrowed_speaker_keeps_its_phrase_and_no_offsets() -> None:
    text = "The toll rose to 57. This was reported by the regional governor."
    (claim,) = extract_claims(text, published="2024-05-15")
    assert claim.attribution == "was reported by the regional governor"
    assert claim.attribution in text


@pytest.mark.parametrize(
    ("text", "speaker", "phrase"),
    [
        # an outlet relays "his words": the person named before speaks, not the outlet
        (
            "Министр Иван Орлов заявил, что ситуация сложная. "
            "«Погибли около 3 тыс.», — цитирует агентство его слова.",
            "Иван Орлов",
            "цитирует агентство его слова",
        ),
        (
            "Такие цифры привёл министр Иван Орлов.\n\n"
            "«Ранены 40 человек», — приводит РИА Новости его слова.",
            "Иван Орлов",
            "приводит РИА Новости его слова",
        ),
        (
            "Health chief Ana Ruiz said the toll would rise. "
            "“About 3,000 have died,” a news agency quoted her as saying.",
            "Ana Ruiz",
            "quoted her as saying",
        ),
        (
            "Mayor Tom Hale said the river was still rising. "
            "His words were quoted by local radio: 400 homes were flooded.",
            "Tom Hale",
            "His words were quoted",
        ),
    ],
)
def test_his_words_relayed_by_an_outlet(text: str, speaker: str, phrase: str) -> None:
    claim = extract_claims(text, published="2024-05-15")[-1]
    assert (claim.speaker, claim.attribution) == (speaker, phrase)
