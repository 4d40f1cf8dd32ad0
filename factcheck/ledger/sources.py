"""Sources: the articles, statements and wire reports claims come from, kept word for word."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Sequence

from factcheck.errors import FactcheckError
from factcheck.ledger.db import Connection, fts_query, like_pattern, now
from factcheck.models import Source


def sha256_of(text: str) -> str:
    """The hex SHA-256 of ``text`` in UTF-8: how the same article added twice is recognised."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def places_json(places: Sequence[str]) -> str | None:
    """Places as stored: a JSON list, NULL when none are known."""
    return json.dumps(sorted(places), ensure_ascii=False) if places else None


def places_of_row(stored: str | None) -> tuple[str, ...]:
    """Places as read back from their stored JSON (none when NULL)."""
    return tuple(json.loads(stored)) if stored else ()


class SourceExists(FactcheckError):
    """The text given for a new source is already in the ledger, as :attr:`source`."""

    def __init__(self, source: Source) -> None:
        super().__init__(
            f"This text is already in the ledger as source {source.id} ({source.title})"
        )
        self.source = source


class Sources(Connection):
    """Recording, finding and placing sources."""

    def add_source(
        self,
        *,
        title: str,
        outlet: str | None = None,
        url: str | None = None,
        author: str | None = None,
        published: str | None = None,
        language: str | None = None,
        text: str | None = None,
        places: Sequence[str] = (),
    ) -> Source:
        """Record a source. Its text is kept exactly as given, with its sha256; ``places`` are
        where it is set (see :mod:`factcheck.text.places`), none when unknown.

        A text already in the ledger is not stored twice: :class:`SourceExists` says where it
        is. The check is made under the write lock (and backed by a unique index), so two
        processes adding the same text at once record it once.
        """
        if not title.strip():
            raise FactcheckError("A source needs a title")
        sha = sha256_of(text) if text is not None else None
        with self.transaction():
            existing = None if sha is None else self.source_by_sha256(sha)
            if existing is not None:
                raise SourceExists(existing)
            cur = self._execute(
                "INSERT INTO sources (uuid, title, outlet, url, author, published, language,"
                " text, sha256, added_at, places) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    str(uuid.uuid4()),
                    title,
                    outlet,
                    url,
                    author,
                    published,
                    language,
                    text,
                    sha,
                    now(),
                    places_json(places),
                ],
            )
            source_id = int(cur.lastrowid or 0)
            self._log("insert", source_id=source_id, new=title)
        return self.get_source(source_id)

    def set_source_places(self, source_id: int, places: Sequence[str]) -> Source:
        """Say where a source is set (none: unknown, compared with every other), in history."""
        source = self.get_source(source_id)
        with self.transaction():
            self._execute(
                "UPDATE sources SET places = ? WHERE id = ?", [places_json(places), source_id]
            )
            self._log(
                "places",
                source_id=source_id,
                field="places",
                old=places_json(source.places),
                new=places_json(places),
            )
        return self.get_source(source_id)

    def get_source(self, source_id: int) -> Source:
        row = self._execute("SELECT * FROM sources WHERE id = ?", [source_id]).fetchone()
        if row is None:
            raise FactcheckError(f"No source with id {source_id}")
        return _source(row)

    def source_by_sha256(self, sha: str) -> Source | None:
        row = self._execute("SELECT * FROM sources WHERE sha256 = ?", [sha]).fetchone()
        return None if row is None else _source(row)

    def list_sources(self) -> list[Source]:
        return [_source(r) for r in self._execute("SELECT * FROM sources ORDER BY id")]

    def claim_counts(self) -> dict[int, int]:
        """Number of claims per source id (sources without claims are absent)."""
        rows = self._execute("SELECT source_id, count(*) FROM claims GROUP BY source_id")
        return {int(r[0]): int(r[1]) for r in rows}

    def search_sources(self, query: str) -> list[Source]:
        """Sources whose title or text match the user's words (FTS5; any text is safe)."""
        match = fts_query(query)
        if not match:
            like = like_pattern(query)
            rows = self._execute(
                "SELECT * FROM sources WHERE title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\'"
                " ORDER BY id",
                [like, like],
            )
        else:
            rows = self._execute(
                "SELECT sources.* FROM sources_fts"
                " JOIN sources ON sources.rowid = sources_fts.rowid"
                " WHERE sources_fts MATCH ? ORDER BY sources_fts.rank, sources.id",
                [match],
            )
        return [_source(r) for r in rows]


def _source(row: sqlite3.Row) -> Source:
    return Source(
        id=row["id"],
        uuid=row["uuid"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        author=row["author"],
        published=row["published"],
        language=row["language"],
        text=row["text"],
        sha256=row["sha256"],
        added_at=row["added_at"],
        places=places_of_row(row["places"]),
    )
