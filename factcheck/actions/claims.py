"""The journalist's actions on claims: add one by hand, find, look at, retract, trace; aliases
of entities and speakers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from factcheck.errors import FactcheckError
from factcheck.models import Claim, ClaimDraft, Conflict, Decision, Quantity, Source, Verdict

if TYPE_CHECKING:
    from factcheck.ledger import Store
    from factcheck.ledger.speakers import SpeakerAliasAdded


@dataclass(frozen=True)
class ClaimFields:
    """A claim written by hand: its text, and the parts the journalist states (None: read from
    the text)."""

    text: str
    speaker: str | None = None
    quote: str | None = None  # exact words from the source's kept text
    subject: str | None = None
    property: str | None = None
    value: Quantity | None = None
    unit: str | None = None
    as_of: str | None = None  # ISO, already parsed


@dataclass(frozen=True)
class AddedClaim:
    """The claim recorded, the conflicts it creates, and any decision already taken on them."""

    claim: Claim
    conflicts: tuple[Conflict, ...]
    decisions: Mapping[str, Decision]


@dataclass(frozen=True)
class ClaimRecord:
    """One claim with its source, its verdicts (oldest first) and why it was retracted."""

    claim: Claim
    source: Source
    verdicts: tuple[Verdict, ...]
    retract_reason: str | None


@dataclass(frozen=True)
class Aliases:
    """The journalist's names: for entities (name → key) and for speakers (alias → name)."""

    entities: Mapping[str, str]
    speakers: Mapping[str, str]


@dataclass(frozen=True)
class Found:
    """What a search finds: claims (best match first) and sources, with claims per source."""

    claims: tuple[Claim, ...]
    sources: tuple[Source, ...]
    claim_counts: Mapping[int, int]


def add_claim(store: Store, source_id: int, fields: ClaimFields) -> AddedClaim:
    """Record a claim from a source; what ``fields`` leave out is read from its text (with the
    journalist's aliases). The conflicts it creates are checked against related claims only."""
    source = store.get_source(source_id)
    span = _quote_span(source, fields.quote) if fields.quote is not None else {}
    draft = _parse_text(store, fields.text, source.language)
    changes: dict[str, Any] = {"text": fields.text, "as_of": fields.as_of or draft.as_of, **span}
    if fields.value is not None:
        q = fields.value
        changes |= {"low": q.low, "high": q.high, "qualifier": q.qualifier}
        if q.unit and fields.unit is None:
            changes["unit"] = q.unit
    if fields.subject is not None:
        from factcheck.text.lexicon import key_for

        key = key_for(fields.subject, store.entity_aliases())
        changes |= {"subject": fields.subject, "subject_key": key}
    if fields.property is not None:
        changes["property"] = fields.property
    if fields.unit is not None:
        changes["unit"] = fields.unit
    if fields.speaker is not None:
        changes["speaker"] = fields.speaker
    from factcheck.text.speakers import speaker_kind

    claim = store.add_claim(source.id, replace(draft, **changes), speaker_kind=speaker_kind)
    from factcheck.conflicts import check_claim

    conflicts = tuple(check_claim(store, claim))
    return AddedClaim(claim, conflicts, store.decisions() if conflicts else {})


def _parse_text(store: Store, text: str, lang: str | None) -> ClaimDraft:
    """Read the structured parts of a hand-written claim, with the journalist's aliases."""
    from factcheck import extract

    aliases = store.entity_aliases()
    if not aliases:
        return extract.parse_claim_text(text, lang)
    from factcheck.text.lexicon import Lexicon

    return extract.parse_claim_text(text, lang, lexicon=Lexicon(extra_aliases=aliases))


def _quote_span(source: Source, quote: str) -> dict[str, Any]:
    """Offsets of the quote's first occurrence in the source's kept text."""
    if not quote.strip():
        raise FactcheckError("--quote is empty: give the exact words from the source")
    if source.text is None:
        raise FactcheckError(
            f"Source {source.id} has no kept text to quote from; add the source with --file"
        )
    start = source.text.find(quote)
    if start < 0:
        shown = quote if len(quote) <= 60 else quote[:57] + "..."
        raise FactcheckError(f'The quote "{shown}" does not occur in source {source.id}\'s text')
    return {"quote": quote, "start": start, "end": start + len(quote)}


def find_claims(
    store: Store,
    *,
    source_id: int | None = None,
    subject: str | None = None,
    speaker: str | None = None,
) -> list[Claim]:
    """Claims in id order, retracted ones included: from one source (an unknown id is a
    FactcheckError), about a subject (see :func:`factcheck.subjects.subject_matcher`), by a
    speaker (a name or alias, in part)."""
    if source_id is not None:
        store.get_source(source_id)
    claims = store.list_claims(source_id=source_id, speaker=speaker)
    if not subject:
        return claims
    from factcheck.subjects import subject_matcher

    about = subject_matcher(subject, store.entity_aliases())
    return [c for c in claims if about(c)]


def show_claim(store: Store, claim_id: int) -> ClaimRecord:
    """One claim with its source and verdicts; an unknown id is a FactcheckError."""
    claim = store.get_claim(claim_id)
    return ClaimRecord(
        claim,
        store.get_source(claim.source_id),
        tuple(store.verdicts_for(claim_id)),
        store.retract_reason(claim_id),
    )


def search(store: Store, query: str) -> Found:
    """Claims (text, quote, subject) and sources (title, text) matching the words of ``query``;
    any characters are safe."""
    return Found(
        tuple(store.search(query)), tuple(store.search_sources(query)), store.claim_counts()
    )


def retract(store: Store, claim_id: int, reason: str) -> Claim:
    """Mark a claim retracted; it stays in the ledger, with the reason, in its history."""
    return store.retract(claim_id, reason)


def history(store: Store, claim_id: int) -> list[dict[str, Any]]:
    """Everything that happened to a claim, oldest first."""
    return store.history(claim_id)


def aliases(store: Store) -> dict[str, str]:
    """The journalist's entity aliases: name → key."""
    return store.entity_aliases()


def all_aliases(store: Store) -> Aliases:
    """The journalist's entity aliases and speaker aliases, read as of one moment."""
    with store.reading():
        return Aliases(store.entity_aliases(), store.speaker_aliases())


def add_alias(store: Store, name: str, key_or_name: str) -> str:
    """Make ``name`` mean an entity, given by key ("country:RU") or a name the lexicon knows
    ("Russia"); returns the key. A name factcheck does not know is a FactcheckError."""
    from factcheck.text.lexicon import key_for

    key = key_for(key_or_name, store.entity_aliases())
    if key is None or key.startswith("lemma:"):
        raise FactcheckError(
            f"factcheck does not know {key_or_name!r}; give a key such as country:RU or org:CSTO"
        )
    store.add_entity_alias(name, key)
    return key


def add_speaker_alias(store: Store, name: str, speaker: str) -> SpeakerAliasAdded:
    """Make ``name`` another name of ``speaker`` (a speaker's name or alias), so claims under
    either are one speaker's; when ``name`` is a speaker, it is merged into ``speaker``, its
    claims with it (see :meth:`~factcheck.ledger.speakers.Speakers.add_speaker_alias`)."""
    return store.add_speaker_alias(name, speaker)
