"""Russian verb forms built from an infinitive, so a speech verb is written once, as the
dictionary writes it, and the patterns that find it in text follow.

No dictionary is consulted: these are cheap first looks (prefilters, "он заявил"), and every
verb the readers accept is checked against its pymorphy3 parse anyway.
"""

from __future__ import annotations

# "сказать" → "скажет", "писать" → "пишет": the consonants that alternate in the present.
_ALTERNATES = {"з": "ж", "с": "ш"}
# "назвать" → "назовёт", "начать" → "начнёт": after these the "а" of "-ать" is gone in the present.
_A_DROPS_AFTER = frozenset("звсчщ")


def verb_stems(infinitive: str) -> frozenset[str]:
    """Beginnings shared by the verb's forms: "заявить" → {"заяв"} (заявил, заявят),
    "сказать" → {"сказ", "скаж"}, "передавать" → {"переда"} (передаёт), "стать" → {"ста"}."""
    verb = infinitive.removesuffix("ся").removesuffix("сь")
    stem = verb[:-2] if verb.endswith(("ть", "ти")) else verb
    if stem.endswith(("ова", "ева")):
        stem = stem[:-3]  # "информировать" → "информирует"
    elif stem.endswith("ава"):
        stem = stem[:-2]  # "передавать" → "передаёт"
    elif stem[-1:] in "иеу" or (stem[-1:] == "а" and stem[-2:-1] in _A_DROPS_AFTER):
        stem = stem[:-1]  # "заяви-ть" → "заяв-ят", "подчеркну-ть" → "подчеркн-ёт"
    stems = {stem}
    if stem[-1:] in _ALTERNATES:
        stems.add(stem[:-1] + _ALTERNATES[stem[-1]])
    return frozenset(stems)


def past_forms(infinitive: str) -> tuple[str, ...]:
    """The past tense a speaker's "он"/"она" goes with: "заявить" → ("заявил", "заявила");
    none for a reflexive verb ("говориться" is said of documents, not of people)."""
    if not infinitive.endswith("ть"):
        return ()
    masculine = infinitive[:-2] + "л"
    return masculine, masculine + "а"
