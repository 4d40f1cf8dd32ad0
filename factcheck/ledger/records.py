"""Import: a ledger exported elsewhere (``factcheck export``) merged into this one by uuid.

Export needs no code of its own here: it reads :meth:`list_sources`, :meth:`iter_claims`,
:meth:`decision_records` and :meth:`all_verdicts`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.ledger.db import now
from factcheck.ledger.decisions import Decisions
from factcheck.ledger.sources import places_json, sha256_of
from factcheck.ledger.speakers import SpeakerKind

if TYPE_CHECKING:
    from factcheck.export.tabular import LedgerRecords


class Records(Decisions):
    """Merging exported records: sources, claims, decisions and verdicts, matched by uuid."""

    def import_records(
        self, records: LedgerRecords, *, speaker_kind: SpeakerKind | None = None
    ) -> dict[str, int]:
        """Merge a ledger exported elsewhere, matching by uuid, in one transaction.

        Sources and claims already here (same uuid) are kept as they are; a decision already
        taken here on the same conflict wins; a verdict identical to one here is not doubled;
        an alias already here wins (see :meth:`_import_aliases`).
        New speakers get the kind ``speaker_kind`` tells (see :meth:`speaker_id`).
        Returns how many of each were added and how many records were skipped.
        """
        counts = {"sources": 0, "claims": 0, "decisions": 0, "verdicts": 0, "aliases": 0}
        counts["skipped"] = 0
        with self.transaction():
            source_ids = self._import_sources(records, counts)
            claim_ids = self._import_claims(records, source_ids, counts, speaker_kind)
            self._import_decisions(records, counts)
            self._import_verdicts(records, claim_ids, counts)
            self._import_aliases(records, counts)
        return counts

    def _import_sources(self, records: LedgerRecords, counts: dict[str, int]) -> dict[str, int]:
        """Add the sources not here yet; returns every source id by uuid. A source whose text
        is here already under another uuid is that source: its claims join it."""
        source_ids = {r[0]: int(r[1]) for r in self._execute("SELECT uuid, id FROM sources")}
        for src in records.sources:
            if src.uuid in source_ids:
                counts["skipped"] += 1
                continue
            same_text = None if src.text is None else self.source_by_sha256(sha256_of(src.text))
            if same_text is not None:
                source_ids[src.uuid] = same_text.id
                counts["skipped"] += 1
                continue
            cur = self._execute(
                "INSERT INTO sources (uuid, title, outlet, url, author, published, language,"
                " text, sha256, added_at, places) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [src.uuid, src.title, src.outlet, src.url, src.author, src.published,
                 src.language, src.text,
                 sha256_of(src.text) if src.text is not None else src.sha256,
                 src.added_at or now(), places_json(src.places)],
            )  # fmt: skip
            source_ids[src.uuid] = int(cur.lastrowid or 0)
            self._log("import", source_id=source_ids[src.uuid], new=src.title)
            counts["sources"] += 1
        return source_ids

    def _import_claims(
        self,
        records: LedgerRecords,
        source_ids: dict[str, int],
        counts: dict[str, int],
        speaker_kind: SpeakerKind | None,
    ) -> dict[str, int]:
        """Add the claims not here yet, with their uuid, status and date; returns every claim
        id by uuid."""
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
            claim_id = self._insert_claim(
                source, rec.claim, action="import", speaker_kind=speaker_kind
            )
            # keep the identity and life of the claim as exported
            self._execute(
                "UPDATE claims SET uuid = ?, status = ?, created_at = ? WHERE id = ?",
                [rec.claim.uuid, str(rec.claim.status), rec.claim.created_at or now(), claim_id],
            )
            claim_ids[rec.claim.uuid] = claim_id
            counts["claims"] += 1
        return claim_ids

    def _import_decisions(self, records: LedgerRecords, counts: dict[str, int]) -> None:
        """Add the decisions on conflicts not decided here."""
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
                "decide",
                field=d.decision.conflict_id,
                new=str(d.decision.verdict),
                note=d.decision.note,
            )
            taken.add(d.decision.conflict_id)
            counts["decisions"] += 1

    def _import_verdicts(
        self, records: LedgerRecords, claim_ids: dict[str, int], counts: dict[str, int]
    ) -> None:
        """Add the verdicts not already here, identical in every field."""
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
                "verdict",
                claim_id=cid,
                field="rating",
                new=str(v.verdict.rating),
                note=v.verdict.note,
            )
            counts["verdicts"] += 1

    def _import_aliases(self, records: LedgerRecords, counts: dict[str, int]) -> None:
        """Add the aliases not here yet, each with its history row. An entity alias that means
        another key here is kept as it is here. A speaker alias that is a speaker's name here
        merges that speaker in, as ``alias --speaker`` does; one for a speaker not here, or
        already another speaker's alias here, is skipped."""
        known = self.entity_aliases()
        for alias, key in records.entity_aliases:
            if alias in known:
                counts["skipped"] += 1
                continue
            self.add_entity_alias(alias, key)
            known[alias] = key
            counts["aliases"] += 1
        for alias, speaker in records.speaker_aliases:
            try:
                added = self.add_speaker_alias(alias, speaker).added
            except FactcheckError:  # unknown here, the speaker's own name, or another's alias
                added = False
            counts["aliases" if added else "skipped"] += 1
