"""claims.db: the only module that reads and writes the ledger.

``Store.open`` is the one way in: it checks the file, sets WAL, foreign keys and a busy timeout,
and runs the migrations. Every write leaves a row in ``history``; nothing is deleted.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import uuid
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from factcheck.errors import FactcheckError
from factcheck.migrations import migrate
from factcheck.models import (
    Claim,
    ClaimDraft,
    ClaimStatus,
    Decision,
    DecisionVerdict,
    Qualifier,
    Rating,
    Source,
    Speaker,
    Verdict,
)

if TYPE_CHECKING:
    from factcheck.export.tabular import LedgerRecords

MEMORY = Path(":memory:")
QUOTE_CONTEXT = 16  # characters of prefix/suffix kept around a quote, to re-anchor it later
BUSY_TIMEOUT_MS = 5000
_SQLITE_HEADER = b"SQLite format 3\x00"
_FTS_TOKEN = re.compile(r"\w", re.UNICODE)

_CLAIM_SELECT = """
SELECT claims.*, speakers.name AS speaker_name,
       sources.title AS source_title, sources.published AS source_published,
       sources.places AS source_places
FROM claims
JOIN sources ON sources.id = claims.source_id
LEFT JOIN speakers ON speakers.id = claims.speaker_id
"""


def now() -> str:
    """The current UTC time, ISO 8601 to the second: every timestamp in claims.db."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its own % and _ taken literally (ESCAPE '\\')."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_query(query: str) -> str:
    """A user's words as a safe FTS5 query: each token quoted, so no character is syntax.

    ``Касым-Жомарт`` becomes a phrase, ``AND (`` the word "and", an unbalanced quote nothing.
    Returns "" when nothing searchable is left.
    """
    tokens = []
    for chunk in query.split():
        if _FTS_TOKEN.search(chunk):
            tokens.append('"' + chunk.replace('"', '""') + '"')
    return " ".join(tokens)


class Store:
    """The ledger in one SQLite file (or in memory, for tests)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        from sqlite_utils import Database

        self.conn = conn
        self.path = path
        self.db = Database(conn)
        self._depth = 0

    # ---- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, create: bool) -> Store:
        """Open claims.db at ``path`` and bring its schema up to date.

        With ``create=False`` a missing file is an error and no file is made: read-only
        commands must not leave an empty claims.db behind.
        """
        if path != MEMORY:
            _check_file(path, create=create)
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise FactcheckError(f"Cannot open {path}: {exc}") from exc
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if path != MEMORY:
                conn.execute("PRAGMA journal_mode = WAL")
            store = cls(conn, path)
            if not store.db["_migrations"].exists() and store.db.table_names():
                # another program's SQLite file: adding our tables to it would make a mess
                raise FactcheckError(
                    f"{path} is not a factcheck database (another program's SQLite file)"
                )
            migrate(store.db)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise FactcheckError(f"{path} is not a factcheck database ({exc})") from exc
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside happen together or not at all. Nests (inner ones are savepoints)."""
        name = f"sp{self._depth}"
        self.conn.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        self.conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def _log(
        self,
        action: str,
        *,
        claim_id: int | None = None,
        source_id: int | None = None,
        field: str | None = None,
        old: str | None = None,
        new: str | None = None,
        note: str | None = None,
    ) -> None:
        self._execute(
            "INSERT INTO history (claim_id, source_id, action, field, old, new, at, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [claim_id, source_id, action, field, old, new, now(), note],
        )

    # ---- sources -------------------------------------------------------------------------

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
        where it is set (see :mod:`factcheck.text.places`), none when unknown."""
        if not title.strip():
            raise FactcheckError("A source needs a title")
        sha = sha256_of(text) if text is not None else None
        with self.transaction():
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
                    _places_json(places),
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
                "UPDATE sources SET places = ? WHERE id = ?", [_places_json(places), source_id]
            )
            self._log(
                "places",
                source_id=source_id,
                field="places",
                old=_places_json(source.places),
                new=_places_json(places),
            )
        return self.get_source(source_id)

    def get_source(self, source_id: int) -> Source:
        row = self._execute("SELECT * FROM sources WHERE id = ?", [source_id]).fetchone()
        if row is None:
            raise FactcheckError(f"No source with id {source_id}")
        return _source(row)

    def source_by_sha256(self, sha: str) -> Source | None:
        row = self._execute(
            "SELECT * FROM sources WHERE sha256 = ? ORDER BY id LIMIT 1", [sha]
        ).fetchone()
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

    # ---- speakers ------------------------------------------------------------------------

    def speaker_id(self, name: str, *, kind: str = "unknown") -> int:
        """The id of the speaker called ``name`` (or known by that alias), created if new."""
        row = self._execute("SELECT id FROM speakers WHERE name = ?", [name]).fetchone()
        if row is None:
            row = self._execute(
                "SELECT speaker_id AS id FROM speaker_aliases WHERE alias = ? LIMIT 1", [name]
            ).fetchone()
        if row is not None:
            return int(row["id"])
        cur = self._execute("INSERT INTO speakers (name, kind) VALUES (?, ?)", [name, kind])
        return int(cur.lastrowid or 0)

    def add_speaker_alias(self, speaker: str, alias: str) -> Speaker:
        """Let ``alias`` name the speaker ``speaker`` from now on."""
        with self.transaction():
            sid = self.speaker_id(speaker)
            self._execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
                [sid, alias],
            )
        return self.get_speaker(sid)

    def get_speaker(self, speaker_id: int) -> Speaker:
        row = self._execute("SELECT * FROM speakers WHERE id = ?", [speaker_id]).fetchone()
        if row is None:
            raise FactcheckError(f"No speaker with id {speaker_id}")
        aliases = tuple(
            r[0]
            for r in self._execute(
                "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias",
                [speaker_id],
            )
        )
        return Speaker(id=row["id"], name=row["name"], kind=row["kind"], aliases=aliases)

    def list_speakers(self) -> list[Speaker]:
        ids = [r[0] for r in self._execute("SELECT id FROM speakers ORDER BY name")]
        return [self.get_speaker(i) for i in ids]

    # ---- claims --------------------------------------------------------------------------

    def add_claim(self, source_id: int, draft: ClaimDraft) -> Claim:
        """Store one claim from ``source_id``; returns it as stored."""
        return self.add_claims(source_id, [draft])[0]

    def add_claims(self, source_id: int, drafts: Iterable[ClaimDraft]) -> list[Claim]:
        """Store claims from one source in one transaction; speakers are created as needed."""
        source = self.get_source(source_id)
        ids: list[int] = []
        with self.transaction():
            for draft in drafts:
                ids.append(self._insert_claim(source, draft))
        return self._claims_by_ids(ids)

    def _insert_claim(self, source: Source, d: ClaimDraft, *, action: str = "insert") -> int:
        if not d.text.strip():
            raise FactcheckError("A claim needs some text")
        prefix = suffix = None
        if d.start is not None and d.end is not None:
            kept = source.text or ""
            if not 0 <= d.start <= d.end <= len(kept):
                raise FactcheckError(
                    f"The quote offsets {d.start}-{d.end} are outside source {source.id}'s text"
                )
            prefix = kept[max(0, d.start - QUOTE_CONTEXT) : d.start]
            suffix = kept[d.end : d.end + QUOTE_CONTEXT]
        speaker_id = self.speaker_id(d.speaker) if d.speaker else None
        cur = self._execute(
            "INSERT INTO claims (uuid, source_id, speaker_id, text, attribution, quote, start,"
            ' "end", prefix, suffix, subject, subject_key, property, unit, low, high, qualifier,'
            " members, member_keys, as_of, hedged, earlier, context, status, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                str(uuid.uuid4()),
                source.id,
                speaker_id,
                d.text,
                d.attribution,
                d.quote,
                d.start,
                d.end,
                prefix,
                suffix,
                d.subject,
                d.subject_key,
                d.property,
                d.unit,
                d.low,
                d.high,
                None if d.qualifier is None else str(d.qualifier),
                json.dumps(list(d.members), ensure_ascii=False),
                json.dumps(list(d.member_keys), ensure_ascii=False),
                d.as_of,
                int(d.hedged),
                int(d.earlier),
                json.dumps(list(d.context), ensure_ascii=False),
                str(ClaimStatus.ACTIVE),
                now(),
            ],
        )
        claim_id = int(cur.lastrowid or 0)
        self._log(action, claim_id=claim_id, source_id=source.id, new=d.text)
        return claim_id

    def _claims_by_ids(self, ids: Sequence[int]) -> list[Claim]:
        found: dict[int, Claim] = {}
        for i in range(0, len(ids), 500):  # stay under SQLite's limit on bound parameters
            chunk = ids[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self._execute(f"{_CLAIM_SELECT} WHERE claims.id IN ({marks})", chunk):
                claim = _claim(row)
                found[claim.id] = claim
        return [found[i] for i in ids if i in found]

    def get_claim(self, claim_id: int) -> Claim:
        row = self._execute(f"{_CLAIM_SELECT} WHERE claims.id = ?", [claim_id]).fetchone()
        if row is None:
            raise FactcheckError(f"No claim with id {claim_id}")
        return _claim(row)

    def list_claims(
        self,
        *,
        source_id: int | None = None,
        subject: str | None = None,
        speaker: str | None = None,
        include_retracted: bool = True,
    ) -> list[Claim]:
        """Claims in id order. ``subject`` matches the subject as written (any case) or its key,
        also through ``factcheck alias``; ``speaker`` matches a speaker's name or alias."""
        where: list[str] = []
        params: list[object] = []
        if source_id is not None:
            where.append("claims.source_id = ?")
            params.append(source_id)
        if not include_retracted:
            where.append("claims.status = ?")
            params.append(str(ClaimStatus.ACTIVE))
        sql = _CLAIM_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        claims = [_claim(r) for r in self._execute(sql + " ORDER BY claims.id", params)]
        if subject:
            claims = [c for c in claims if self._subject_matches(c, subject)]
        if speaker:
            names = self._speaker_names(speaker)
            claims = [c for c in claims if c.speaker_id in names]
        return claims

    def _subject_matches(self, claim: Claim, wanted: str) -> bool:
        # casefold in Python: SQLite's lower() and LIKE fold ASCII only, and subjects are Russian
        want = wanted.casefold().strip()
        key = self.entity_aliases().get(wanted.strip())
        return bool(
            (claim.subject and want in claim.subject.casefold())
            or (
                claim.subject_key
                and (claim.subject_key.casefold() == want or claim.subject_key == key)
            )
        )

    def _speaker_names(self, wanted: str) -> set[int]:
        want = wanted.casefold().strip()
        ids: set[int] = set()
        for s in self.list_speakers():
            if any(want in n.casefold() for n in (s.name, *s.aliases)):
                ids.add(s.id)
        return ids

    def iter_claims(self) -> Iterator[Claim]:
        """Every claim in id order, one row at a time (for large ledgers)."""
        for row in self.conn.execute(f"{_CLAIM_SELECT} ORDER BY claims.id"):
            yield _claim(row)

    def claims_by_keys(
        self,
        keys: Iterable[tuple[str | None, str | None]],
        *,
        near: str | None = None,
        days: int = 0,
    ) -> list[Claim]:
        """Claims whose (subject_key, property) equal one of the pairs; None matches anything.

        Uses the (subject_key, property) and (property, unit) indexes; only (None, None) scans.
        Retracted claims are included: the conflict engine reports on them too.

        With ``near`` (an ISO date, possibly partial: "2022-01-07", "2022-01", "2022"), only
        claims whose as-of date may fall within ``days`` days of it are returned, through the
        (subject_key, property, as_of) index. A superset, on purpose: claims with a partial or
        no as-of date (then their source's publication date decides) are always returned.
        """
        window = _date_window(near, days)
        ids: set[int] = set()
        for subject_key, prop in set(keys):
            if subject_key is not None and prop is not None:
                sql, params = "subject_key = ? AND property = ?", [subject_key, prop]
            elif subject_key is not None:
                sql, params = "subject_key = ?", [subject_key]
            elif prop is not None:
                sql, params = "property = ?", [prop]
            else:
                sql, params = "1", []
            if window is not None:
                # ISO dates order as text; partial and missing dates are left to the caller
                sql += " AND (as_of BETWEEN ? AND ? OR as_of IS NULL OR length(as_of) < 10)"
                params += list(window)
            ids.update(r[0] for r in self._execute(f"SELECT id FROM claims WHERE {sql}", params))
        return self._claims_by_ids(sorted(ids))

    def iter_claim_rows(
        self,
        columns: Sequence[str],
        *,
        collapse: bool = False,
        keep_every: Collection[str] = (),
        first_per_source: Collection[str] = (),
        properties: Collection[str] | None = None,
    ) -> Iterator[tuple[Any, ...]]:
        """Every claim as a plain tuple of ``columns``, in id order: the lean read of a whole
        ledger (no Claim objects).

        ``columns`` are claims columns, plus ``speaker`` (the speaker's name), ``source_title``,
        ``source_published`` and ``source_places`` (JSON text, or None), resolved from two small
        lookups. List columns stay JSON text.

        With ``collapse``, restatements are read once: of the claims that give the same figure
        (subject_key, property, low, high, qualifier, unit, earlier mark) on the same as-of
        date (or, undated, in the same source), only the first not hedged — else the first —
        is returned; for properties in ``first_per_source`` also the first of each source.
        Claims with a property in ``keep_every``, retracted claims, and claims without a key,
        measure or figure are not collapsed (the last are not returned at all).

        With ``properties``, only claims of those properties are read (a share of the work
        for one process of a parallel run).
        """
        extra = ("speaker", "source_title", "source_published", "source_places")
        own = [c for c in columns if c not in extra]
        unknown = set(own) - {r[1] for r in self.conn.execute("PRAGMA table_info(claims)")}
        if unknown:
            raise FactcheckError(f"No claim column {', '.join(sorted(unknown))}")
        # two small lookups, not a JOIN: each source's strings are then one shared object
        speakers = dict(self.conn.execute("SELECT id, name FROM speakers").fetchall())
        sources = {
            r[0]: r[1:]
            for r in self.conn.execute("SELECT id, title, published, places FROM sources")
        }
        quoted = ", ".join(f'"{c}"' for c in (*own, "speaker_id", "source_id"))
        params: list[Any] = list(properties or ())
        if collapse:
            ids, params = _collapsed_ids(keep_every, first_per_source, properties)
            where = f"id IN ({ids})"
        elif properties is not None:
            where = f"property IN ({_marks(properties)})"
        else:
            where = "1"
        # each output column: (0, index in the row) or (1, index in ``extra``)
        n = len(own)
        spots = [(0, own.index(c)) if c in own else (1, extra.index(c)) for c in columns]
        in_order = spots[:n] == [(0, i) for i in range(n)]  # own columns first: slice them
        tail_of = [i for _, i in spots[n:]]
        whole_tail = tail_of == [0, 1, 2, 3]
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples: sqlite3.Row costs a lookup per field
        for row in cursor.execute(f"SELECT {quoted} FROM claims WHERE {where} ORDER BY id", params):
            title, published, places = sources[row[n + 1]]
            more = (speakers.get(row[n]), title, published, places)
            if whole_tail:
                yield (*row[:n], *more)
            elif in_order:
                yield (*row[:n], *[more[i] for i in tail_of])
            else:
                yield tuple(row[i] if kind == 0 else more[i] for kind, i in spots)

    def search(self, query: str) -> list[Claim]:
        """Claims whose text, quote or subject match the user's words, best match first.

        Any text is safe: each word is quoted for FTS5; with no word at all, a substring match.
        """
        match = fts_query(query)
        if not match:
            like = like_pattern(query)
            sql = (
                f"{_CLAIM_SELECT} WHERE claims.text LIKE ? ESCAPE '\\'"
                " OR claims.quote LIKE ? ESCAPE '\\' ORDER BY claims.id"
            )
            return [_claim(r) for r in self._execute(sql, [like, like])]
        rows = self._execute(
            "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank", [match]
        )
        return self._claims_by_ids([r[0] for r in rows])

    def retract(self, claim_id: int, reason: str) -> Claim:
        """Mark a claim retracted with a reason. It stays in the ledger and its history."""
        if not reason.strip():
            raise FactcheckError("Say why the claim is retracted (--reason)")
        claim = self.get_claim(claim_id)
        if claim.status == ClaimStatus.RETRACTED:
            raise FactcheckError(f"Claim {claim_id} is already retracted")
        with self.transaction():
            self._execute(
                "UPDATE claims SET status = ?, retract_reason = ? WHERE id = ?",
                [str(ClaimStatus.RETRACTED), reason, claim_id],
            )
            self._log(
                "retract",
                claim_id=claim_id,
                source_id=claim.source_id,
                field="status",
                old=str(claim.status),
                new=str(ClaimStatus.RETRACTED),
                note=reason,
            )
        return self.get_claim(claim_id)

    def retract_reason(self, claim_id: int) -> str | None:
        row = self._execute("SELECT retract_reason FROM claims WHERE id = ?", [claim_id]).fetchone()
        return None if row is None else row[0]

    def history(self, claim_id: int) -> list[dict[str, Any]]:
        """Everything that happened to a claim, oldest first: inserts, retractions, verdicts and
        decisions on conflicts it is part of."""
        claim = self.get_claim(claim_id)
        rows = self._execute(
            "SELECT id, claim_id, source_id, action, field, old, new, at, note FROM history"
            " WHERE claim_id = ? OR (action = 'decide' AND field IN (SELECT conflict_id FROM"
            " decisions WHERE claim_a_uuid = ? OR claim_b_uuid = ?)) ORDER BY id",
            [claim_id, claim.uuid, claim.uuid],
        )
        return [dict(r) for r in rows]

    # ---- decisions, verdicts, aliases ----------------------------------------------------

    def save_decision(
        self,
        conflict_id: str,
        claim_a_uuid: str,
        claim_b_uuid: str,
        verdict: DecisionVerdict,
        note: str,
    ) -> Decision:
        """Record (or replace) the decision on a conflict; history keeps the old one."""
        old = self.decisions().get(conflict_id)
        at = now()
        with self.transaction():
            self._execute(
                "INSERT INTO decisions (conflict_id, claim_a_uuid, claim_b_uuid, verdict, note,"
                " decided_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (conflict_id) DO UPDATE SET"
                " claim_a_uuid = excluded.claim_a_uuid, claim_b_uuid = excluded.claim_b_uuid,"
                " verdict = excluded.verdict, note = excluded.note,"
                " decided_at = excluded.decided_at",
                [conflict_id, claim_a_uuid, claim_b_uuid, str(verdict), note, at],
            )
            self._log(
                "decide",
                field=conflict_id,
                old=None if old is None else str(old.verdict),
                new=str(verdict),
                note=note,
            )
        return Decision(conflict_id=conflict_id, verdict=verdict, note=note, decided_at=at)

    def decisions(self) -> dict[str, Decision]:
        """Every decision, by conflict id."""
        rows = self._execute("SELECT * FROM decisions ORDER BY conflict_id")
        return {r["conflict_id"]: _decision(r) for r in rows}

    def add_verdict(
        self, claim_id: int, rating: Rating, note: str, evidence: Sequence[str]
    ) -> Verdict:
        """Record a fact-check verdict on a claim."""
        claim = self.get_claim(claim_id)
        at = now()
        with self.transaction():
            self._execute(
                "INSERT INTO verdicts (claim_id, rating, note, evidence, decided_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [claim_id, str(rating), note, json.dumps(list(evidence), ensure_ascii=False), at],
            )
            self._log(
                "verdict",
                claim_id=claim_id,
                source_id=claim.source_id,
                field="rating",
                new=str(rating),
                note=note,
            )
        return Verdict(
            claim_id=claim_id, rating=rating, note=note, evidence=tuple(evidence), decided_at=at
        )

    def verdicts_for(self, claim_id: int) -> list[Verdict]:
        rows = self._execute("SELECT * FROM verdicts WHERE claim_id = ? ORDER BY id", [claim_id])
        return [_verdict(r) for r in rows]

    def all_verdicts(self) -> list[Verdict]:
        """Every verdict, oldest first."""
        rows = self._execute("SELECT * FROM verdicts ORDER BY id")
        return [_verdict(r) for r in rows]

    def decision_records(self) -> list[tuple[Decision, str, str]]:
        """Every decision with the uuids of its two claims, by conflict id."""
        rows = self._execute("SELECT * FROM decisions ORDER BY conflict_id")
        return [(_decision(r), r["claim_a_uuid"], r["claim_b_uuid"]) for r in rows]

    def import_records(self, records: LedgerRecords) -> dict[str, int]:
        """Merge a ledger exported elsewhere, matching by uuid, in one transaction.

        Sources and claims already here (same uuid) are kept as they are; a decision already
        taken here on the same conflict wins; a verdict identical to one here is not doubled.
        Returns how many of each were added and how many records were skipped.
        """
        counts = {"sources": 0, "claims": 0, "decisions": 0, "verdicts": 0, "skipped": 0}
        with self.transaction():
            source_ids = {r[0]: int(r[1]) for r in self._execute("SELECT uuid, id FROM sources")}
            for src in records.sources:
                if src.uuid in source_ids:
                    counts["skipped"] += 1
                    continue
                cur = self._execute(
                    "INSERT INTO sources (uuid, title, outlet, url, author, published, language,"
                    " text, sha256, added_at, places) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [src.uuid, src.title, src.outlet, src.url, src.author, src.published,
                     src.language, src.text,
                     sha256_of(src.text) if src.text is not None else src.sha256,
                     src.added_at or now(), _places_json(src.places)],
                )  # fmt: skip
                source_ids[src.uuid] = int(cur.lastrowid or 0)
                self._log("import", source_id=source_ids[src.uuid], new=src.title)
                counts["sources"] += 1
            claim_ids = {r[0]: int(r[1]) for r in self._execute("SELECT uuid, id FROM claims")}
            for rec in records.claims:
                if rec.claim.uuid in claim_ids:
                    counts["skipped"] += 1
                    continue
                if rec.source_uuid not in source_ids:
                    raise FactcheckError(
                        f"Claim {rec.claim.uuid} cites source {rec.source_uuid}, which is neither"
                        " in the file nor in the ledger: nothing was imported"
                    )
                source = self.get_source(source_ids[rec.source_uuid])
                claim_id = self._insert_claim(source, rec.claim, action="import")
                # keep the identity and life of the claim as exported
                self._execute(
                    "UPDATE claims SET uuid = ?, status = ?, created_at = ? WHERE id = ?",
                    [rec.claim.uuid, str(rec.claim.status), rec.claim.created_at or now(),
                     claim_id],
                )  # fmt: skip
                claim_ids[rec.claim.uuid] = claim_id
                counts["claims"] += 1
            taken = {r[0] for r in self._execute("SELECT conflict_id FROM decisions")}
            for d in records.decisions:
                if d.decision.conflict_id in taken:
                    counts["skipped"] += 1
                    continue
                self._execute(
                    "INSERT INTO decisions (conflict_id, claim_a_uuid, claim_b_uuid, verdict,"
                    " note, decided_at) VALUES (?, ?, ?, ?, ?, ?)",
                    [d.decision.conflict_id, d.claim_a, d.claim_b, str(d.decision.verdict),
                     d.decision.note, d.decision.decided_at or now()],
                )  # fmt: skip
                self._log(
                    "decide", field=d.decision.conflict_id, new=str(d.decision.verdict),
                    note=d.decision.note,
                )  # fmt: skip
                taken.add(d.decision.conflict_id)
                counts["decisions"] += 1
            for v in records.verdicts:
                if v.claim_uuid not in claim_ids:
                    raise FactcheckError(
                        f"A verdict is on claim {v.claim_uuid}, which is neither in the file"
                        " nor in the ledger: nothing was imported"
                    )
                cid = claim_ids[v.claim_uuid]
                evidence = json.dumps(list(v.verdict.evidence), ensure_ascii=False)
                same = self._execute(
                    "SELECT 1 FROM verdicts WHERE claim_id = ? AND rating = ? AND note = ?"
                    " AND evidence = ? AND decided_at = ?",
                    [cid, str(v.verdict.rating), v.verdict.note, evidence, v.verdict.decided_at],
                ).fetchone()
                if same is not None:
                    counts["skipped"] += 1
                    continue
                self._execute(
                    "INSERT INTO verdicts (claim_id, rating, note, evidence, decided_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [cid, str(v.verdict.rating), v.verdict.note, evidence,
                     v.verdict.decided_at or now()],
                )  # fmt: skip
                self._log(
                    "verdict", claim_id=cid, field="rating", new=str(v.verdict.rating),
                    note=v.verdict.note,
                )  # fmt: skip
                counts["verdicts"] += 1
        return counts

    def add_entity_alias(self, alias: str, key: str) -> None:
        """Make ``alias`` mean the entity ``key`` (e.g. "Kremlin" → "country:RU")."""
        if not alias.strip() or not key.strip():
            raise FactcheckError("An alias needs a name and a key")
        old = self.entity_aliases().get(alias)
        with self.transaction():
            self._execute(
                "INSERT INTO entity_aliases (alias, key) VALUES (?, ?)"
                " ON CONFLICT (alias) DO UPDATE SET key = excluded.key",
                [alias, key],
            )
            self._log("alias", field=alias, old=old, new=key)

    def entity_aliases(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self._execute("SELECT alias, key FROM entity_aliases")}

    def property_counts(self) -> dict[str, int]:
        """Claims per property (those with none left out), from the (property, unit) index."""
        sql = "SELECT property, count(*) FROM claims WHERE property IS NOT NULL GROUP BY property"
        return {str(r[0]): int(r[1]) for r in self._execute(sql)}

    def counts(self) -> dict[str, int]:
        """Rows per table, for tests and summaries."""
        tables = ("sources", "speakers", "claims", "history", "decisions", "verdicts")
        return {t: int(self._execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}


_ID_BITS = 40  # claim ids stay below 2**40; the hedged flag sits above them


def _collapsed_ids(
    keep_every: Collection[str],
    first_per_source: Collection[str],
    properties: Collection[str] | None,
) -> tuple[str, list[Any]]:
    """The ids :meth:`Store.iter_claim_rows` reads with ``collapse``, as a subquery.

    Each branch groups on a prefix of the ``claims_figure`` index (migration m003), so SQLite
    streams the groups from the index in order — no sort, no read of the wide claim rows — and
    reads the table only for the ids that survive. The first claim of a figure is the first
    firm one (``hedged`` is packed above the id); undated claims and claims of
    ``first_per_source`` properties are grouped per source too (the index's next column).
    """
    mask = (1 << _ID_BITS) - 1
    firm = f"min((hedged << {_ID_BITS}) | id) & {mask}"
    figure = "property, subject_key, as_of, low, high, qualifier, earlier, unit"
    live = (
        "status != ? AND subject_key != '' AND (low IS NOT NULL OR high IS NOT NULL)"
        " AND property != ''"
    )
    kept = list(keep_every)
    per = [p for p in first_per_source if p not in kept]
    if properties is None:
        grouped_only = f"property NOT IN ({_marks(kept)}) AND property NOT IN ({_marks(per)})"
        grouped: list[Any] = [*kept, *per]
    else:
        grouped = [p for p in properties if p not in kept and p not in per]
        grouped_only = f"property IN ({_marks(grouped)})"
        per = [p for p in per if p in properties]
    per_only = f"property IN ({_marks(per)})"
    index = "claims INDEXED BY claims_figure"
    retracted = str(ClaimStatus.RETRACTED)
    share = "1" if properties is None else f"property IN ({_marks(properties)})"
    sql = f"""
  SELECT {firm} FROM {index} WHERE {grouped_only} AND as_of IS NOT NULL AND {live}
  GROUP BY {figure}
  UNION ALL
  SELECT {firm} FROM {index} WHERE {grouped_only} AND as_of IS NULL AND {live}
  GROUP BY {figure}, source_id
  UNION ALL
  SELECT {firm} FROM {index} WHERE {per_only} AND {live}
  GROUP BY {figure}, source_id
  UNION ALL
  SELECT min(id) FROM {index} WHERE {per_only} AND {live}
  GROUP BY {figure}, source_id
  UNION ALL
  SELECT id FROM claims WHERE (status = ? OR property IN ({_marks(kept)})) AND {share}
    AND subject_key != '' AND property != '' AND (low IS NOT NULL OR high IS NOT NULL)
"""
    params: list[Any] = [*grouped, retracted, *grouped, retracted]
    params += [*per, retracted, *per, retracted, retracted, *kept, *(properties or ())]
    return sql, params


def _marks(values: Collection[Any]) -> str:
    """Placeholders for ``IN (…)``; '' for none, since "x NOT IN (NULL)" is never true."""
    return ", ".join("?" * len(values)) or "''"


def _date_window(near: str | None, days: int) -> tuple[str, str] | None:
    """The ISO dates ``days`` days before the first and after the last day of ``near``
    ("2022-01" runs from 1 to 31 January); None when ``near`` is not a date."""
    if not near:
        return None
    parts = near[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else None
        day = int(parts[2]) if len(parts) > 2 else None
        first = date(year, month or 1, day or 1)
        if day is not None:
            last = first
        elif month is not None:
            last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        else:
            last = date(year, 12, 31)
        lo, hi = first - timedelta(days=days), last + timedelta(days=days)
    except (ValueError, OverflowError):
        return None
    return lo.isoformat(), hi.isoformat()


def _check_file(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise FactcheckError(f"{path} is a folder; --db needs a file such as {path / 'claims.db'}")
    if not path.exists():
        if not create:
            raise FactcheckError(f"No claims.db at {path}; start with `factcheck source add`")
        if not path.parent.exists():
            raise FactcheckError(f"No folder {path.parent} for the database {path}")
        return
    try:
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise FactcheckError(f"Cannot read {path}: {exc.strerror}") from exc
    if header and header != _SQLITE_HEADER:
        raise FactcheckError(f"{path} is not a factcheck database (not an SQLite file)")


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
        places=_places(row["places"]),
    )


def _places_json(places: Sequence[str]) -> str | None:
    """Places as stored: a JSON list, NULL when none are known."""
    return json.dumps(sorted(places), ensure_ascii=False) if places else None


def _places(stored: str | None) -> tuple[str, ...]:
    return tuple(json.loads(stored)) if stored else ()


def _claim(row: sqlite3.Row) -> Claim:
    return Claim(
        id=row["id"],
        uuid=row["uuid"],
        source_id=row["source_id"],
        speaker_id=row["speaker_id"],
        speaker=row["speaker_name"],
        text=row["text"],
        attribution=row["attribution"],
        quote=row["quote"],
        start=row["start"],
        end=row["end"],
        subject=row["subject"],
        subject_key=row["subject_key"],
        property=row["property"],
        unit=row["unit"],
        low=row["low"],
        high=row["high"],
        qualifier=None if row["qualifier"] is None else Qualifier(row["qualifier"]),
        members=tuple(json.loads(row["members"])),
        member_keys=tuple(json.loads(row["member_keys"])),
        as_of=row["as_of"],
        hedged=bool(row["hedged"]),
        earlier=bool(row["earlier"]),
        context=tuple(json.loads(row["context"])),
        status=ClaimStatus(row["status"]),
        created_at=row["created_at"],
        source_title=row["source_title"],
        source_published=row["source_published"],
        source_places=_places(row["source_places"]),
    )


def _verdict(row: sqlite3.Row) -> Verdict:
    return Verdict(
        claim_id=row["claim_id"],
        rating=Rating(row["rating"]),
        note=row["note"],
        evidence=tuple(json.loads(row["evidence"])),
        decided_at=row["decided_at"],
    )


def _decision(row: sqlite3.Row) -> Decision:
    return Decision(
        conflict_id=row["conflict_id"],
        verdict=DecisionVerdict(row["verdict"]),
        note=row["note"],
        decided_at=row["decided_at"],
    )
