"""The places an article as a whole is set in, as keys: the one country it names, and the
town "the capital" is in it."""

from __future__ import annotations

from factcheck.keys import COUNTRY
from factcheck.text.gazetteer import capital_of

CAPITAL = "place:capital"


def capital_key(places: tuple[str, ...]) -> str:
    """ "The capital": the article's one town when it names one, else the capital of its one
    country ("в столице" of a report on France is Paris), else the capital unnamed."""
    towns = [p for p in places if p.startswith("place:")]
    if len(towns) == 1:
        return towns[0]
    country = country_home(places)
    capital = capital_of(country.removeprefix(COUNTRY)) if country else None
    return f"place:{capital}" if capital else CAPITAL


def country_home(places: tuple[str, ...]) -> str | None:
    """The one country an article names, if only one: a figure "in" it is the whole one."""
    countries = [p for p in places if p.startswith(COUNTRY)]
    return countries[0] if len(countries) == 1 else None
