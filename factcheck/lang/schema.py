"""Which keys a words file holds, by area of the reader, and how each is written.

:data:`KEYS` is what :func:`factcheck.lang.base.load` checks a words file against: a key the
code reads and the file lacks, a key the file has and nothing reads, or a value of the wrong
shape is refused when the file is first read.
"""

from __future__ import annotations

from typing import Literal

Language = Literal["ru", "en"]
LANGUAGES: tuple[Language, ...] = ("ru", "en")

# How each key's value is written: "set" (one string of words), "word" (one word or pattern, no
# blanks), "entries" (an array of words, phrases or patterns), "forms" (an array of lines, each the
# forms of one word); tables from words: "values" (to a whole number), "intervals" (to
# [low, high]), "links" (to a string of words).
_SHARED = {
    "speech.verbs": "forms",
    "speech.receipts": "set",
    "speech.receipt_nouns": "set",
    "source.openers": "entries",
    "source.unattributed": "entries",
    "source.back_references": "entries",
    "source.contrasts": "entries",
    "source.writing": "set",
    "source.citing": "entries",
    "source.outlet_nouns": "set",
    "source.data_nouns": "set",
    "pronoun.subjects": "set",
    "pronoun.adverbs": "set",
    "pronoun.quoted": "entries",
    "speaker.stop": "set",
    "speaker.possessives": "set",
    "speaker.groups": "set",
    "titles.words": "set",
    "kinds.unnamed": "set",
    "kinds.media": "set",
    "kinds.ministry": "set",
    "kinds.document": "set",
    "kinds.agency": "set",
    "markers.hedges": "entries",
    "markers.earlier": "entries",
    "markers.denials": "entries",
    "markers.denial_ends": "entries",
    "dates.months": "forms",
    "dates.month_abbreviations": "forms",
    "dates.weekdays": "forms",
    "dates.as_of": "entries",
    "dates.period_bounds": "set",
    "dates.event_stems": "set",
    "dates.event_links": "entries",
    "dates.day_before": "set",
    "dates.dateline_labels": "entries",
    "dates.bare_days": "entries",
    "dates.comparisons": "entries",
    # who said it, across sentences and per figure
    "source.continuations": "set",
    "source.share_openers": "entries",
    "pronoun.bodies": "set",
    "source.follows": "entries",
    "speech.agent_participles": "set",
    # whose figure a figure's own noun names ("the official figure of 24", "официальная цифра в 24")
    "source.official": "set",
    "source.official_speaker": "word",
    # a time said in a phrase between a speaker and its verb ("so far", "на данный момент")
    "speaker.time_phrases": "entries",
    # a place as the subject of these verbs is the figure's scope, not its speaker
    "speech.record_verbs": "set",
    # a body revising a figure speaks: "X raised the toll to 31", "МЧС увеличило число до 31"
    "speech.revision_verbs": "set",
    "speech.revised_nouns": "set",
    # common nouns of places: "в регионе зарегистрировано 310 жалоб" names where, not who
    "speaker.place_nouns": "set",
}
_ATTRIBUTION: dict[Language, dict[str, str]] = {
    "ru": _SHARED
    | {
        "speech.figure_verbs": "set",
        "speech.start_verbs": "set",
        "source.nouns": "entries",
        "source.relative_openers": "entries",
        # "по данным, опубликованным МВД": the participle whose agent (instrumental) speaks
        "source.data_participles": "set",
        # "как стало известно «Коммерсанту»": who learned it (dative) reports it
        "source.learned": "entries",
        "pronoun.possessives": "set",
        "speaker.venues": "set",
        "speaker.own": "set",
        "speaker.time_words": "set",
        "speaker.asides": "entries",
        "kinds.ministry_prefixes": "set",
        "dates.year_words": "set",
    },
    "en": _SHARED
    | {
        "speech.needs_clause": "set",
        "speech.figure_claims": "set",
        "speech.loss_nouns": "set",
        "speech.needs_figure_at": "set",
        "speaker.joins": "set",
        "speech.also_nouns": "set",
        "source.data_links": "set",
        "source.relatives": "set",
        "speaker.aux": "set",
        "speaker.absolutes": "set",
        "speech.data_verbs": "set",
        "speaker.day_parts": "set",
        "speaker.passive": "set",
        "speaker.common": "set",
        "speaker.determiners": "set",
        "speaker.inner": "set",
        "speaker.place_preps": "set",
        "speaker.locatives": "set",
        "speaker.locative_preps": "set",
        "speaker.number_words": "set",
        "speaker.ed_adjectives": "set",
        "speaker.aside_openers": "set",
    },
}

# The keys of each area of the reader, one table per area (shared keys, then per language), so
# that each area's words are declared beside one another.
# Numbers: numerals, scales, vague amounts, bounds (factcheck/text/number_words.py reads them for
# factcheck/text/numbers/).
_NUMBERS: dict[str, str] = {
    "numbers.numerals": "values",
    "numbers.scales": "values",
    "numbers.dozen": "values",
    "numbers.abbreviated_scales": "values",
    "numbers.vague_counts": "intervals",
    "numbers.bounds.at_least": "entries",
    "numbers.bounds.more_than": "entries",
    "numbers.bounds.at_most": "entries",
    "numbers.bounds.less_than": "entries",
    "numbers.bounds.about": "entries",
    "numbers.range_openers": "links",
    "numbers.range_alternatives": "set",
    "numbers.section_words": "set",
    "numbers.year_prepositions": "set",
    "numbers.one_not_before": "set",
    "numbers.one_not_after": "set",
    "numbers.percent_words": "entries",
    "numbers.time_words": "entries",
    "numbers.time_prepositions": "set",
    "numbers.month_hints": "set",
    "numbers.day_endings": "set",
    "numbers.signs": "values",
    "numbers.economy.gdp": "entries",
    "numbers.economy.growth": "entries",
    "numbers.economy.share": "word",
    "numbers.economy.other": "set",
    "numbers.economy.forecasts": "entries",
    "numbers.economy.future": "set",
    "numbers.ages": "set",
    "numbers.changes.up": "set",
    "numbers.changes.down": "set",
    "numbers.changes.by": "set",
    "numbers.changes.than": "set",
    "numbers.changes.factor": "set",
    "numbers.multiples": "values",
    "numbers.fractions": "intervals",
    "numbers.fraction_not_after": "set",
    "numbers.ordinals": "values",
    "numbers.ordinal_series": "set",
    "numbers.ordinal_ranks": "set",
    "numbers.periods.quarter": "word",
    "numbers.periods.quarter_ordinals": "set",
    "numbers.periods.last_year": "entries",
}
_NUMBERS_BY_LANGUAGE: dict[Language, dict[str, str]] = {
    "ru": {
        "numbers.collective": "values",
        "numbers.one_and_a_half": "word",
        "numbers.hundred_noun": "word",
        "numbers.counts_before_plural": "set",
        "numbers.missing_forms": "values",
        "numbers.excluded_forms": "forms",
        "numbers.half_scales": "values",
        "numbers.genitive_bounds": "entries",
        "numbers.change_verb_stems": "set",
        "numbers.change_to": "word",
        "numbers.change_from": "set",
        "numbers.section_stems": "set",
        "numbers.cardinal_suffixes": "set",
        "numbers.decade_suffix": "word",
        "numbers.year_word_stems": "set",
        "numbers.ending_letters": "word",
        "numbers.percent_stems": "set",
        "numbers.genitive_joiners": "set",
        "numbers.inverted_units": "set",
    },
    "en": {
        "numbers.change_verb_stems": "set",
        "numbers.verb_changes": "links",
        "numbers.hundred": "word",
        "numbers.half": "word",
        "numbers.vague_plurals": "values",
        "numbers.glued_scales": "values",
        "numbers.range_joiners": "set",
        "numbers.articles": "set",
        "numbers.counts_after_article": "set",
        "numbers.unit_link": "word",
        "numbers.compound_link": "word",
        "numbers.day_month_links": "set",
        "numbers.time_patterns": "entries",
        "numbers.hyphen_measures": "set",
    },
}

# Sentences, places, member lists and dates of figures (factcheck/pipeline/, text/places.py,
# text/sentences.py).
_DOCUMENT: dict[str, str] = {
    "sentences.never_end": "set",
    "sentences.maybe_end": "set",
    "sentences.starters": "set",
    "places.before": "set",
    "places.settlements": "set",
    "places.capitals": "set",
    "places.streets": "set",
    "places.where": "set",
    "places.whole": "entries",
    "places.areas": "links",
    "places.capital_adjectives": "set",
    "places.not_after_adjective": "set",
    "places.topic_before": "set",
    "places.country_before": "set",
    "places.venues": "set",
    "places.part_markers": "entries",
    "places.carry_stops": "entries",
    "places.carry_back": "entries",
    "places.national_bodies": "set",
    "places.regional_bodies": "set",
    "places.body_links": "set",
    "places.national_officials": "set",
    "places.where_said": "set",
    "lists.of_them": "entries",
    "lists.tolls": "set",
    "lists.part_openers": "entries",
    "lists.range_glue": "set",
    "lists.total_openers": "entries",
    "lists.each": "set",
    "lists.each_before": "set",
    "lists.each_not": "set",
    "lists.both": "set",
    # listed.py: a row of a table of places ("Northfield - 14", "Северный район — 14")
    "lists.row_places": "entries",
    "when.year_prepositions": "set",
    "when.clause_openers": "set",
    "when.until_now": "entries",
    "clauses.leading_links": "set",
    "clauses.relatives": "set",
}
_DOCUMENT_BY_LANGUAGE: dict[Language, dict[str, str]] = {
    "ru": {},
    "en": {
        "sentences.acronyms": "set",
        "sentences.before_number": "set",
        "places.settlement_links": "set",
        "places.not_places": "set",
        "places.adjective_endings": "set",
    },
}

# What a figure counts and whose it is (factcheck/pipeline/counts.py, owners.py, claims.py…).
_FIGURES: dict[str, str] = {
    "figures.crowd": "entries",
    "figures.before_no_count": "set",
    "figures.among": "set",
    "figures.dimensions": "links",
    "figures.dimensions_after": "links",
    "figures.troop_states": "links",
    "figures.causes": "entries",
    # cases.py: cases of a disease count people ill of it
    "figures.diseases": "links",
    "figures.illnesses": "entries",
    "figures.case_nouns": "set",
    "figures.case_kinds": "set",
    "figures.new_cases": "set",
    "figures.case_links": "entries",
    "figures.case_not_after": "set",
    "figures.compared": "entries",
    "parts.after": "entries",
    "parts.before": "entries",
    "parts.state": "entries",
    "parts.added_before": "entries",
    "parts.added_after": "entries",
    "parts.added_not": "entries",
    "tallies.heads": "set",
    "tallies.links": "set",
    "tallies.glue": "set",
    "tallies.lead": "set",
    "tallies.ends": "set",
    "tallies.generic": "set",
    "tallies.between": "set",
    "tallies.crowds": "set",
    "figures.former_status": "entries",
    # status.py: "two of the 40 injured died": the share's event, the whole's status
    "figures.of_whole": "entries",
    # copulas.py: "12 were children", "12 — дети": the group a copula names after a figure
    "figures.copulas": "entries",
    # status.py: deaths confirmed so far, a floor of the toll
    "parts.confirmed_before": "entries",
    "parts.confirmed_after": "entries",
    "parts.bodies": "entries",
    "parts.unconfirmed": "entries",
    # shares.py: a share of a group broken down by a category
    "parts.categories": "set",
    "parts.category_links": "set",
    # holders.py: the party or candidate a share of the vote is of
    "lists.named_figures": "entries",
    "holders.vote_nouns": "set",
    "holders.joiners": "set",
    "holders.prepositions": "set",
    "holders.directions": "set",
    "holders.titles": "set",
    "holders.seat_nouns": "set",
}
_FIGURES_BY_LANGUAGE: dict[Language, dict[str, str]] = {
    "ru": {},
    "en": {
        "figures.not_subjects": "set",
        "figures.auxiliaries": "set",
        "holders.party_nouns": "set",
    },
}

KEYS: dict[Language, dict[str, str]] = {
    language: _ATTRIBUTION[language]
    | _NUMBERS
    | _NUMBERS_BY_LANGUAGE[language]
    | _DOCUMENT
    | _DOCUMENT_BY_LANGUAGE[language]
    | _FIGURES
    | _FIGURES_BY_LANGUAGE[language]
    for language in LANGUAGES
}
