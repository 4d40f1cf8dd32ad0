"""The journalist's actions on sources: record one, list them, look at one, say where it is set."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.models import Claim, Source

if TYPE_CHECKING:
    from factcheck.ledger import Store


@dataclass(frozen=True)
class NewSource:
    """A source as the journalist describes it; every field but the title is optional."""

    title: str
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # ISO, already parsed
    language: str | None = None  # None: guessed from the text, if there is one
    text: str | None = None  # kept verbatim, so claims can quote it


@dataclass(frozen=True)
class AddedSource:
    """The source recorded, or the one already holding the same text (``added`` is False)."""

    source: Source
    added: bool


@dataclass(frozen=True)
class SourceList:
    """Sources in id order, with the number of claims taken from each (absent: none)."""

    sources: tuple[Source, ...]
    claim_counts: Mapping[int, int]


@dataclass(frozen=True)
class SourceRecord:
    """One source and the claims taken from it, in id order."""

    source: Source
    claims: tuple[Claim, ...]


def add_source(store: Store, new: NewSource) -> AddedSource:
    """Record a source. A text already in the ledger (same sha256) is not recorded twice; a kept
    text gives the source its language (unless given) and the places it is set in."""
    text, language = new.text, new.language
    if language is None and text:
        from factcheck.text.dates import detect_language

        language = detect_language(text)
    if text is not None:
        from factcheck.ledger import sha256_of

        existing = store.source_by_sha256(sha256_of(text))
        if existing is not None:
            return AddedSource(existing, added=False)
    from factcheck.ingest import places_for
    from factcheck.ledger import SourceExists

    try:
        source = store.add_source(
            title=new.title,
            outlet=new.outlet,
            url=new.url,
            author=new.author,
            published=new.published,
            language=language,
            text=text,
            places=places_for(store, text) if text else (),
        )
    except SourceExists as exc:  # another process stored this text since the check above
        return AddedSource(exc.source, added=False)
    return AddedSource(source, added=True)


def list_sources(store: Store) -> SourceList:
    """Every source, with its number of claims."""
    return SourceList(tuple(store.list_sources()), store.claim_counts())


def show_source(store: Store, source_id: int) -> SourceRecord:
    """One source with its claims; an unknown id is a FactcheckError."""
    source = store.get_source(source_id)
    return SourceRecord(source, tuple(store.list_claims(source_id=source_id)))


def source_places(store: Store, source_id: int, places: Sequence[str] | None = None) -> Source:
    """Where a source is set: read it (``places`` None), or set it to the places a journalist
    types ("Алматы", "Kazakhstan", "country:KZ"); an empty list forgets them, so the source is
    compared with every other."""
    if places is None:
        return store.get_source(source_id)
    from factcheck.text.places import place_key

    keys = sorted({place_key(name) for name in places})
    return store.set_source_places(source_id, keys)
