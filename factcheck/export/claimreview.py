"""schema.org ClaimReview JSON-LD for every claim with a verdict (what search engines read).

One ClaimReview per claim, for its current verdict: ``claimReviewed`` is the claim;
``itemReviewed`` is a Claim whose author is the speaker and whose appearance is the source;
``reviewRating`` maps the rating onto 1 (false) … 5 (true) with the rating's name as
``alternateName``. "Unproven" has no place on that scale, so it carries no ``ratingValue``.
"""

from __future__ import annotations

import re
from typing import Any

from factcheck.models import Rating
from factcheck.report.model import RATING_LABELS, ClaimEntry, Report
from factcheck.serialize import json_text

RATING_VALUES: dict[Rating, int] = {
    Rating.TRUE: 5,
    Rating.MOSTLY_TRUE: 4,
    Rating.MIXED: 3,
    Rating.MISLEADING: 2,
    Rating.FALSE: 1,
}

# A speaker is an organisation when its name says so; otherwise a person. The ledger's speaker
# kinds, when known, are passed in and win over this guess.
_ORGANISATION = re.compile(
    r"\b(ministry|department|agency|service|office|government|council|committee|police|army"
    r"|forces|command|press|news|media|union|organi[sz]ation|party|embassy|court|bank"
    r"|министерств\w*|ведомств\w*|служб\w*|агентств\w*|правительств\w*|пресс\w*|комитет\w*"
    r"|совет|совета|полици\w*|арми\w*|штаб\w*|администраци\w*|посольств\w*|парти\w*)\b",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"\b[A-ZА-ЯЁ]{2,}\b")
_ORGANISATION_KINDS = {"ministry", "agency", "media", "document", "organisation", "organization"}
# Kinds that say nothing of person or body ("officials", "sources"): the name decides.
_UNDECIDED_KINDS = {"unknown", "unnamed"}


def _author_type(name: str, kind: str | None) -> str:
    if kind and kind not in _UNDECIDED_KINDS:
        return "Organization" if kind in _ORGANISATION_KINDS else "Person"
    if _ORGANISATION.search(name) or _ACRONYM.search(name):
        return "Organization"
    return "Person"


def claim_review(
    entry: ClaimEntry,
    *,
    newsroom: str = "factcheck",
    speaker_kinds: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The ClaimReview of one claim's current verdict (the claim must have a verdict)."""
    verdict = entry.verdict
    if verdict is None:
        raise ValueError(f"claim {entry.claim.id} has no verdict")
    claim, source = entry.claim, entry.source
    rating: dict[str, Any] = {"@type": "Rating"}
    if verdict.rating in RATING_VALUES:
        rating["ratingValue"] = RATING_VALUES[verdict.rating]
    rating |= {"bestRating": 5, "worstRating": 1, "alternateName": RATING_LABELS[verdict.rating]}

    item: dict[str, Any] = {"@type": "Claim"}
    if claim.speaker:
        kind = (speaker_kinds or {}).get(claim.speaker)
        item["author"] = {"@type": _author_type(claim.speaker, kind), "name": claim.speaker}
    if entry.date:
        item["datePublished"] = entry.date
    if source is not None:
        appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": source.title}
        if source.url:
            appearance["url"] = source.url
        if source.published:
            appearance["datePublished"] = source.published
        if source.outlet:
            appearance["publisher"] = {"@type": "Organization", "name": source.outlet}
        item["appearance"] = appearance
        item["firstAppearance"] = appearance

    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": newsroom},
        "reviewRating": rating,
    }
    if verdict.decided_at:
        review["datePublished"] = verdict.decided_at[:10]
    if verdict.note:
        review["reviewBody"] = verdict.note
    return review


def to_claimreview(
    report: Report,
    *,
    newsroom: str = "factcheck",
    speaker_kinds: dict[str, str] | None = None,
) -> str:
    """A JSON array of ClaimReview objects, one per claim of the report that has a verdict.

    ``<``, ``>`` and ``&`` are written as ``\\u003c`` etc., so the JSON can be pasted inside
    ``<script type="application/ld+json">`` even when a claim holds ``</script>``.
    """
    reviews = [
        claim_review(e, newsroom=newsroom, speaker_kinds=speaker_kinds) for e in report.verdicts
    ]
    text = json_text(reviews)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"
