"""Decisions on conflicts and fact-check verdicts on claims: the journalist's judgements."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from factcheck.ledger.claims import Claims
from factcheck.ledger.db import now
from factcheck.models import Decision, DecisionVerdict, Rating, Verdict


class Decisions(Claims):
    """Deciding conflicts (keyed by conflict id) and rating claims, each written to history."""

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

    def decision_records(self) -> list[tuple[Decision, str, str]]:
        """Every decision with the uuids of its two claims, by conflict id."""
        rows = self._execute("SELECT * FROM decisions ORDER BY conflict_id")
        return [(_decision(r), r["claim_a_uuid"], r["claim_b_uuid"]) for r in rows]

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
