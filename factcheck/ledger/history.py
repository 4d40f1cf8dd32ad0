"""History: everything that happened to a claim, read back from the ``history`` table.

Rows are written by :meth:`factcheck.ledger.db.Connection._log`, once per write; none is removed.
"""

from __future__ import annotations

from typing import Any

from factcheck.ledger.claims import Claims


class History(Claims):
    """Reading a claim's history."""

    def history(self, claim_id: int) -> list[dict[str, Any]]:
        """Everything that happened to a claim, oldest first: inserts, retractions, verdicts and
        decisions on conflicts it is part of."""
        with self.reading():
            claim = self.get_claim(claim_id)
            rows = self._execute(
                "SELECT id, claim_id, source_id, action, field, old, new, at, note FROM history"
                " WHERE claim_id = ? OR (action = 'decide' AND field IN (SELECT conflict_id FROM"
                " decisions WHERE claim_a_uuid = ? OR claim_b_uuid = ?)) ORDER BY id",
                [claim_id, claim.uuid, claim.uuid],
            )
            return [dict(r) for r in rows]
