"""Reading article files and turning them into sources and claims: the core of `extract`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.models import Claim, ClaimDraft, Conflict, Source

if TYPE_CHECKING:
    from factcheck.conflicts.check import Key
    from factcheck.ledger import Store

MAX_ARTICLE_BYTES = 10 * 1024 * 1024


def decode_article(data: bytes, name: str) -> tuple[str, str]:
    """Bytes → text and the encoding used. UTF-8 first; clearly Cyrillic cp1251 is accepted too.

    Refuses empty, binary and undecodable files with a message that says what to do.
    """
    if not data.strip():
        raise FactcheckError(f"{name} is empty: there is nothing to read")
    if b"\x00" in data[:65536]:
        raise FactcheckError(
            f"{name} looks like a binary file, not text: save the article as plain UTF-8 text"
        )
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        text = ""
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum("а" <= c.lower() <= "я" or c in "ёЁ" for c in letters)
    if letters and cyrillic / len(letters) > 0.5:
        return text, "cp1251"
    raise FactcheckError(
        f"{name} is not UTF-8 text: save it as UTF-8 (e.g. `iconv -f cp1251 -t utf-8`)"
    )


def read_article(path: Path) -> tuple[str, str]:
    """The text of an article file and its encoding, or a FactcheckError saying what is wrong.

    Only a regular file is read (a FIFO or a device could block or never end), and no more
    than MAX_ARTICLE_BYTES of it, whatever size it reports.
    """
    from factcheck.files import read_file

    data = read_file(path, limit=MAX_ARTICLE_BYTES)
    if len(data) > MAX_ARTICLE_BYTES:
        megabytes = MAX_ARTICLE_BYTES // 1024 // 1024
        raise FactcheckError(
            f"{path} is over {megabytes} MB; factcheck reads articles up to {megabytes} MB:"
            " split it into articles first"
        )
    return decode_article(data, str(path))


@dataclass
class ExtractResult:
    """What one article gave: its source, the claims stored (or proposed), new conflicts."""

    path: str
    source: Source | None
    claims: list[Claim] = field(default_factory=list)
    drafts: list[ClaimDraft] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    already_stored: bool = False
    encoding: str = "utf-8"


# The journalist's say over the candidates: (file name, candidates) → the ones to keep.
Review = Callable[[str, Sequence[ClaimDraft]], list[ClaimDraft]]


@dataclass(frozen=True)
class ArticleMeta:
    """What the journalist tells about the article(s): all optional."""

    source_id: int | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO, already parsed
    lang: str | None = None  # None = detect


def ingest_article(
    store: Store,
    path: Path | str,
    meta: ArticleMeta,
    *,
    review: Review | None = None,
    dry_run: bool = False,
) -> ExtractResult:
    """Read one article — a file, or a web page by its URL — keep it as a source, extract its
    claims and store them in one go. What the journalist tells in ``meta`` wins over what a
    page says of itself (its title, outlet and date).

    The same text twice is recognised by its sha256: its source and claims are reused.
    """
    from factcheck.web import fetch_page, is_url

    if isinstance(path, str) and is_url(path):
        page = fetch_page(path)
        meta = replace(
            meta,
            url=meta.url or page.url,
            title=meta.title or page.title,
            outlet=meta.outlet or page.outlet,
            published=meta.published or page.published,
        )
        return ingest_text(store, path, page.text, meta, review=review, dry_run=dry_run)
    text, encoding = read_article(Path(path))
    return ingest_text(
        store, str(path), text, meta, encoding=encoding, review=review, dry_run=dry_run
    )


def ingest_text(
    store: Store,
    name: str,
    text: str,
    meta: ArticleMeta,
    *,
    encoding: str = "utf-8",
    review: Review | None = None,
    dry_run: bool = False,
) -> ExtractResult:
    """Keep an article's text (read from ``name``) as a source and store its claims."""
    from factcheck.ledger import sha256_of
    from factcheck.pipeline.article import document_claims
    from factcheck.pipeline.document import read_document
    from factcheck.text.datelines import find_dateline
    from factcheck.text.dates import detect_language
    from factcheck.text.lexicon import Lexicon, default_lexicon
    from factcheck.text.speakers import speaker_kind

    sha = sha256_of(text)
    source = _existing_source(store, meta, sha)
    if source is not None and not dry_run and store.list_claims(source_id=source.id):
        claims = store.list_claims(source_id=source.id)
        return ExtractResult(name, source, claims, already_stored=True, encoding=encoding)
    published = meta.published or (source.published if source else None) or find_dateline(text)
    aliases = store.entity_aliases()
    lexicon = Lexicon(extra_aliases=aliases) if aliases else default_lexicon()
    doc = read_document(text, lexicon)  # read once: for its places and for its claims
    places = doc.places
    drafts = document_claims(doc, published=published)
    if review is not None:
        drafts = review(name, drafts)
    if dry_run:
        return ExtractResult(name, source, drafts=drafts, encoding=encoding)
    from factcheck.ledger import SourceExists

    try:
        with store.transaction():
            if source is None:
                source = store.add_source(
                    title=meta.title or _title_of(text, name),
                    outlet=meta.outlet,
                    url=meta.url,
                    published=published,
                    language=meta.lang or detect_language(text),
                    text=text,
                    places=places,
                )
            claims = store.add_claims(source.id, drafts, speaker_kind=speaker_kind)
            claims = _denied_retracted(store, claims, drafts)
    except SourceExists as exc:  # another process stored this text since the first check
        stored = store.list_claims(source_id=exc.source.id)
        return ExtractResult(name, exc.source, stored, already_stored=True, encoding=encoding)
    return ExtractResult(
        name, source, claims, drafts, conflicts_for_new(store, claims), encoding=encoding
    )


def _denied_retracted(
    store: Store, claims: list[Claim], drafts: Sequence[ClaimDraft]
) -> list[Claim]:
    """The claims, each one its text gives only to deny retracted with the denial as reason
    (kept in the ledger and its history, set against any source that asserts it)."""
    return [
        store.retract(c.id, d.denied) if d.denied else c
        for c, d in zip(claims, drafts, strict=True)
    ]


def places_for(store: Store, text: str) -> tuple[str, ...]:
    """Where a source's text is set, read with the journalist's entity aliases."""
    from factcheck.text.lexicon import Lexicon, default_lexicon
    from factcheck.text.places import places_of

    aliases = store.entity_aliases()
    return places_of(text, Lexicon(extra_aliases=aliases) if aliases else default_lexicon())


def _existing_source(store: Store, meta: ArticleMeta, sha: str) -> Source | None:
    if meta.source_id is None:
        return store.source_by_sha256(sha)
    source = store.get_source(meta.source_id)
    if source.sha256 != sha:
        raise FactcheckError(
            f"The file's text is not source {source.id}'s kept text; "
            "extract it without --source to record it as a new source"
        )
    return source


def _title_of(text: str, name: str) -> str:
    """The article's first line or sentence (not its date line), or the file name."""
    from factcheck.text.datelines import dateline_span
    from factcheck.text.sentences import split_sentences

    span = dateline_span(text)
    body = text[span[1] :] if span else text
    first_line = next((line for line in body.splitlines() if line.strip()), "")
    spans = split_sentences(first_line)
    title = " ".join(first_line[spans[0][0] : spans[0][1]].split()) if spans else ""
    if not title:
        return Path(name).name
    return title if len(title) <= 100 else title[:99].rstrip() + "…"


def conflicts_for_new(store: Store, claims: Iterable[Claim]) -> list[Conflict]:
    """Conflicts that the new claims create, each new claim judged against its related claims
    only (same keys, near in time: an index lookup, never a scan), in the order of the claims.

    The related claims of all the new ones are judged in one run of the engine, each distinct
    fetch made once: an article of thousands of like claims costs what its claims do, not their
    square (checked one by one, each claim would meet all the others each time).
    """
    from factcheck.conflicts import find_conflicts

    claims = list(claims)
    related, fetched_for = _related_claims(store, claims)
    by_claim: dict[int, list[Conflict]] = {}
    for conflict in find_conflicts(related[i] for i in sorted(related)):
        by_claim.setdefault(conflict.claim_a, []).append(conflict)
        by_claim.setdefault(conflict.claim_b, []).append(conflict)
    seen: set[str] = set()
    out: list[Conflict] = []
    for claim in claims:
        for conflict in by_claim.get(claim.id, []):
            other = conflict.claim_b if conflict.claim_a == claim.id else conflict.claim_a
            # only what the claim's own check finds: its fetch, not another claim's
            if other in fetched_for[claim.id] and conflict.id not in seen:
                seen.add(conflict.id)
                out.append(conflict)
    return out


def _related_claims(
    store: Store, claims: Sequence[Claim]
) -> tuple[dict[int, Claim], dict[int, frozenset[int]]]:
    """The claims fetched for the new ones (by id), and the ids fetched for each new claim:
    its related keys near its date, one fetch per distinct keys and date."""
    from factcheck.conflicts import related_keys
    from factcheck.conflicts.check import FETCH_DAYS

    related: dict[int, Claim] = {}
    fetches: dict[tuple[tuple[Key, ...], str | None], frozenset[int]] = {}
    fetched_for: dict[int, frozenset[int]] = {}
    for claim in claims:
        keys, near = tuple(related_keys(claim)), claim.as_of or claim.source_published
        if (keys, near) not in fetches:
            found = store.claims_by_keys(keys, near=near, days=FETCH_DAYS) if keys else []
            related.update((c.id, c) for c in found)
            fetches[keys, near] = frozenset(c.id for c in found)
        fetched_for[claim.id] = fetches[keys, near]
    return related, fetched_for
