"""Claims: what a source says, as recorded, found again, searched and retracted."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence

from factcheck.errors import FactcheckError
from factcheck.ledger.aliases import EntityAliases
from factcheck.ledger.db import fts_query, like_pattern, now
from factcheck.ledger.sources import Sources, places_of_row
from factcheck.ledger.speakers import SpeakerKind, Speakers
from factcheck.models import Claim, ClaimDraft, ClaimStatus, Qualifier, Source

QUOTE_CONTEXT = 16  # characters of prefix/suffix kept around a quote, to re-anchor it later

_CLAIM_SELECT = """
SELECT claims.*, speakers.name AS speaker_name,
       sources.title AS source_title, sources.published AS source_published,
       sources.places AS source_places
FROM claims
JOIN sources ON sources.id = claims.source_id
LEFT JOIN speakers ON speakers.id = claims.speaker_id
"""


class Claims(Sources, Speakers, EntityAliases):
    """Recording claims from a source, reading them back as :class:`Claim`, retracting them."""

    def add_claim(
        self, source_id: int, draft: ClaimDraft, *, speaker_kind: SpeakerKind | None = None
    ) -> Claim:
        """Store one claim from ``source_id``; returns it as stored."""
        return self.add_claims(source_id, [draft], speaker_kind=speaker_kind)[0]

    def add_claims(
        self,
        source_id: int,
        drafts: Iterable[ClaimDraft],
        *,
        speaker_kind: SpeakerKind | None = None,
    ) -> list[Claim]:
        """Store claims from one source in one transaction; speakers are created as needed,
        of the kind ``speaker_kind`` tells (see :meth:`speaker_id`)."""
        source = self.get_source(source_id)
        ids: list[int] = []
        with self.transaction():
            for draft in drafts:
                ids.append(self._insert_claim(source, draft, speaker_kind=speaker_kind))
        return self._claims_by_ids(ids)

    def _insert_claim(
        self,
        source: Source,
        d: ClaimDraft,
        *,
        action: str = "insert",
        speaker_kind: SpeakerKind | None = None,
    ) -> int:
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
        speaker_id = self.speaker_id(d.speaker, speaker_kind=speaker_kind) if d.speaker else None
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
        with self.reading():  # every chunk from the same state of the ledger
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
        speaker: str | None = None,
        include_retracted: bool = True,
    ) -> list[Claim]:
        """Claims in id order; ``speaker`` matches a speaker's name or alias. (Subjects are matched
        by :mod:`factcheck.subjects`, which knows names in every language.)"""
        where: list[str] = []
        params: list[object] = []
        if source_id is not None:
            where.append("claims.source_id = ?")
            params.append(source_id)
        if not include_retracted:
            where.append("claims.status = ?")
            params.append(str(ClaimStatus.ACTIVE))
        sql = _CLAIM_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        with self.reading():  # the claims and their speakers' names from one state
            claims = [_claim(r) for r in self._execute(sql + " ORDER BY claims.id", params)]
            if speaker:
                names = self.speaker_ids_matching(speaker)
                claims = [c for c in claims if c.speaker_id in names]
        return claims

    def iter_claims(self) -> Iterator[Claim]:
        """Every claim in id order, one row at a time (for large ledgers)."""
        for row in self.conn.execute(f"{_CLAIM_SELECT} ORDER BY claims.id"):
            yield _claim(row)

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
        with self.reading():  # the matches and their claims from one state
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


def _claim(row: sqlite3.Row) -> Claim:
    """A claim as read through ``_CLAIM_SELECT``."""
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
        source_places=places_of_row(row["source_places"]),
    )
