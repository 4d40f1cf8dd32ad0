"""Numbered, append-only schema steps for claims.db.

Each step is a function ``mNNN_name(db)``; the ``_migrations`` table records the names already
applied (the pattern simonw/llm uses). Never edit or reorder a step that has shipped: add a new
one at the end. A database that records a step this version does not know was written by a
newer factcheck and is refused.

The pending steps run in one transaction that holds the write lock (BEGIN IMMEDIATE): several
processes opening a new ledger at once wait for each other, and the first one migrates it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from factcheck.errors import FactcheckError

Migration = Callable[[Any], None]  # takes a sqlite_utils.Database (see steps_db.py)


def m001_initial(db: Any) -> None:
    """Sources, speakers, claims, history, decisions, verdicts, entity aliases and FTS indexes."""
    # IF NOT EXISTS: the FTS step below commits on its own (sqlite-utils runs executescript),
    # so a step interrupted half-way must be safe to run again.
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS sources (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            outlet TEXT,
            url TEXT,
            author TEXT,
            published TEXT,
            language TEXT,
            text TEXT,
            sha256 TEXT,
            added_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS sources_sha256 ON sources (sha256);

        CREATE TABLE IF NOT EXISTS speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'unknown'
        );
        CREATE TABLE IF NOT EXISTS speaker_aliases (
            speaker_id INTEGER NOT NULL REFERENCES speakers (id),
            alias TEXT NOT NULL,
            PRIMARY KEY (speaker_id, alias)
        );
        CREATE INDEX IF NOT EXISTS speaker_aliases_alias ON speaker_aliases (alias);

        CREATE TABLE IF NOT EXISTS claims (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            source_id INTEGER NOT NULL REFERENCES sources (id),
            speaker_id INTEGER REFERENCES speakers (id),
            text TEXT NOT NULL,
            attribution TEXT,
            quote TEXT,
            start INTEGER,
            "end" INTEGER,
            prefix TEXT,
            suffix TEXT,
            subject TEXT,
            subject_key TEXT,
            property TEXT,
            unit TEXT,
            low REAL,
            high REAL,
            qualifier TEXT,
            members TEXT NOT NULL DEFAULT '[]',
            member_keys TEXT NOT NULL DEFAULT '[]',
            as_of TEXT,
            hedged INTEGER NOT NULL DEFAULT 0,
            earlier INTEGER NOT NULL DEFAULT 0,
            context TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'active',
            retract_reason TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS claims_subject_key_property ON claims (subject_key, property);
        CREATE INDEX IF NOT EXISTS claims_property_unit ON claims (property, unit);
        CREATE INDEX IF NOT EXISTS claims_source_id ON claims (source_id);

        CREATE TABLE IF NOT EXISTS history (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER REFERENCES claims (id),
            source_id INTEGER REFERENCES sources (id),
            action TEXT NOT NULL,
            field TEXT,
            old TEXT,
            new TEXT,
            at TEXT NOT NULL,
            note TEXT
        );
        CREATE INDEX IF NOT EXISTS history_claim_id ON history (claim_id);

        CREATE TABLE IF NOT EXISTS decisions (
            conflict_id TEXT PRIMARY KEY,
            claim_a_uuid TEXT NOT NULL,
            claim_b_uuid TEXT NOT NULL,
            verdict TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS verdicts (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims (id),
            rating TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL DEFAULT '[]',
            decided_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS verdicts_claim_id ON verdicts (claim_id);

        CREATE TABLE IF NOT EXISTS entity_aliases (
            alias TEXT PRIMARY KEY,
            key TEXT NOT NULL
        );
        """
    )
    db["claims"].enable_fts(
        ["text", "quote", "subject"], fts_version="FTS5", create_triggers=True, replace=True
    )
    db["sources"].enable_fts(
        ["title", "text"], fts_version="FTS5", create_triggers=True, replace=True
    )


def m002_claims_as_of_index(db: Any) -> None:
    """An index on (subject_key, property, as_of): the per-claim conflict check fetches the
    claims of a few keys dated near the new claim, without reading the rest of each key."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS claims_subject_key_property_as_of"
        " ON claims (subject_key, property, as_of)"
    )


def m003_claims_figure_index(db: Any) -> None:
    """A covering index in the order the full conflict run groups claims by figure: it reads
    each group straight from the index, in order, instead of sorting the whole table."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS claims_figure ON claims (property, subject_key, as_of, low,"
        " high, qualifier, earlier, unit, source_id, hedged, id, status)"
    )


def m004_source_places(db: Any) -> None:
    """Where each source is set (a JSON list of place and country keys), so the conflict engine
    does not pit figures of two different events against each other. NULL: not known (sources
    recorded before this step, or without text), and then compared with everything."""
    if "places" not in db["sources"].columns_dict:
        db.execute("ALTER TABLE sources ADD COLUMN places TEXT")


def m005_sources_sha256_unique(db: Any) -> None:
    """The same text is stored once: a unique index on the sources' sha256, so the check made
    before recording a source cannot be raced. A ledger that already holds copies keeps them
    (their claims point at them), but only the first keeps its sha256: the others' is cleared,
    and history says of each which source it repeats."""
    db.execute(
        "INSERT INTO history (source_id, action, field, old, at, note)"
        " SELECT copy.id, 'duplicate', 'sha256', copy.sha256, ?,"
        " 'same text as source ' || first.id"
        " FROM sources AS copy JOIN sources AS first"
        " ON first.sha256 = copy.sha256 AND first.id < copy.id"
        " WHERE NOT EXISTS (SELECT 1 FROM sources AS earlier"
        " WHERE earlier.sha256 = copy.sha256 AND earlier.id < first.id)",
        [datetime.now(UTC).isoformat(timespec="seconds")],
    )
    db.execute(
        "UPDATE sources SET sha256 = NULL WHERE EXISTS (SELECT 1 FROM sources AS first"
        " WHERE first.sha256 = sources.sha256 AND first.id < sources.id)"
    )
    db.execute("CREATE UNIQUE INDEX sources_sha256_unique ON sources (sha256)")
    db.execute("DROP INDEX IF EXISTS sources_sha256")  # the unique index serves its lookups


def m006_claims_retracted_index(db: Any) -> None:
    """A partial index of the retracted claims (few): the full conflict run reads them all,
    each one alone, and finds them without a pass over every claim."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS claims_retracted ON claims (property)"
        " WHERE status = 'retracted'"
    )


MIGRATIONS: list[Migration] = [
    m001_initial,
    m002_claims_as_of_index,
    m003_claims_figure_index,
    m004_source_places,
    m005_sources_sha256_unique,
    m006_claims_retracted_index,
]


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the steps this database has recorded, oldest first."""
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'"
    if conn.execute(sql).fetchone() is None:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]


def migrate(conn: sqlite3.Connection) -> None:
    """Apply every step not yet recorded, in order, all in one transaction under the write
    lock. Refuse a database from a newer factcheck."""
    if not _pending(conn):
        return
    # sqlite-utils, which the steps use, takes ~0.1 s to import: only a ledger that has steps
    # to run pays for it, not every command
    from factcheck.ledger.steps_db import OneTransaction

    steps_db = OneTransaction(conn)
    conn.execute("BEGIN IMMEDIATE")  # waits up to the busy timeout for another process
    try:
        # again, under the lock: the process that held it may have just migrated this ledger
        pending = _pending(conn)
        conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations"
            " (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        for step in pending:
            step(steps_db)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                [step.__name__, datetime.now(UTC).isoformat(timespec="seconds")],
            )
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _pending(conn: sqlite3.Connection) -> list[Migration]:
    """The steps this database has not recorded; a FactcheckError if it records a step this
    version does not know."""
    done = applied(conn)
    known = {step.__name__ for step in MIGRATIONS}
    unknown = [name for name in done if name not in known]
    if unknown:
        raise FactcheckError(
            f"claims.db was written by a newer factcheck (schema step {', '.join(unknown)}); "
            "upgrade factcheck"
        )
    return [step for step in MIGRATIONS if step.__name__ not in done]
