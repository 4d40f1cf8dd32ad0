"""The built-in example articles read into a ledger: what `factcheck demo` does first."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.ingest import ExtractResult
    from factcheck.ledger import Store


def ingest_examples(store: Store) -> list[tuple[str, ExtractResult]]:
    """Extract every example article into ``store``, each with its metadata; (file, result)."""
    from factcheck.examples import example_articles, example_path
    from factcheck.ingest import ArticleMeta, ingest_article

    results = []
    for article in example_articles():
        meta = ArticleMeta(
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            published=article.published,
            lang=article.lang,
        )
        with example_path(article) as path:
            results.append((article.file, ingest_article(store, path, meta)))
    return results
