"""What the ledger tests share: a source text and a claim draft to vary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields

from factcheck.ledger import Store
from factcheck.models import Claim, ClaimDraft, Qualifier
from factcheck.pipeline.article import extract_claims

TEXT = "The ministry said 1,400 troops had arrived by Friday. Officials later gave a larger number."


def draft(**kw: object) -> ClaimDraft:
    base: dict[str, object] = {
        "text": "Russia sends 1400 troops",
        "subject": "Russia",
        "subject_key": "country:RU",
        "property": "troops",
        "unit": "troop",
        "low": 1400.0,
        "high": 1400.0,
        "qualifier": Qualifier.EXACT,
    }
    base.update(kw)
    return ClaimDraft(**base)  # type: ignore[arg-type]  # test data built from a dict


def extracted_ledger(*texts: str, published: str = "2024-03-01") -> list[Claim]:
    """The claims extracted from each text, each text its own source, all of one day."""
    out: list[Claim] = []
    for source, text in enumerate(texts, start=1):
        for d in extract_claims(text, published=published):
            values = {f.name: getattr(d, f.name) for f in fields(ClaimDraft)}
            n = len(out) + 1
            uuid = f"00000000-0000-4000-8000-{n:012d}"
            out.append(Claim(**values, id=n, uuid=uuid, source_id=source))
    return out


def marchers_article(
    store: Store,
    title: str,
    figures: Sequence[tuple[float, str] | tuple[float, str, Qualifier]],
) -> list[int]:
    """A source of one day giving each (figure, speaker[, qualifier]) of the marchers (exact
    unless a qualifier is given); the claims' ids."""
    source = store.add_source(title=title, published="2022-03-05", text=f"{title} {figures}")
    drafts = [
        ClaimDraft(
            text=f"{figure[1]}: {figure[0]} marchers",
            subject="marchers",
            subject_key="group:people",
            property="participants",
            low=figure[0],
            high=figure[0],
            qualifier=figure[2] if len(figure) > 2 else Qualifier.EXACT,
            speaker=figure[1],
        )
        for figure in figures
    ]
    return [c.id for c in store.add_claims(source.id, drafts)]
